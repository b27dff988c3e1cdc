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
	return appendChange(b, st.Dev, st.Ino, st.Ctim.Nano())
}

// appendChange appends "dev:ino:ctime".
func appendChange(b []byte, dev, ino uint64, ctime int64) []byte {
	b = strconv.AppendUint(b, dev, 10)
	b = append(b, ':')
	b = strconv.AppendUint(b, ino, 10)
	b = append(b, ':')
	return strconv.AppendInt(b, ctime, 10)
}
