//go:build unix

package corpus

import "syscall"

// openNonblock makes opening a named pipe return at once instead of
// waiting for a writer; Dir.Open then refuses it. It changes nothing for
// regular files.
const openNonblock = syscall.O_NONBLOCK
