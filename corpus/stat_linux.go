package corpus

import (
	"io/fs"
	"strconv"
	"syscall"
)

// appendChangeStamp appends a file's device, inode and change time
// ("dev:ino:ctime"): a file rewritten with its size and modification time
// kept (cp -p, rsync -t) still changes them.
func appendChangeStamp(b []byte, fi fs.FileInfo) []byte {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return b
	}
	b = strconv.AppendUint(b, uint64(st.Dev), 10)
	b = append(b, ':')
	b = strconv.AppendUint(b, uint64(st.Ino), 10)
	b = append(b, ':')
	return strconv.AppendInt(b, st.Ctim.Nano(), 10)
}
