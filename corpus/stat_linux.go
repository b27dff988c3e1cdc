package corpus

import (
	"fmt"
	"io/fs"
	"syscall"
)

// changeStamp is a file's inode and change time: a file rewritten with its
// size and modification time kept (cp -p, rsync -t) still changes them.
func changeStamp(fi fs.FileInfo) string {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return ""
	}
	return fmt.Sprintf("%d:%d:%d", st.Dev, st.Ino, st.Ctim.Nano())
}
