package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestStampFormat: a file's stamp is written as it always was, so that the
// stamps and content hashes kept beside an index from before stay valid.
func TestStampFormat(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(p, []byte("Title\n\nBody."), 0o644); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Lstat(p)
	if err != nil {
		t.Fatal(err)
	}
	st := fi.Sys().(*syscall.Stat_t)
	want := fmt.Sprintf("%d\x00%d\x00%v\x00%s", fi.Size(), fi.ModTime().UnixNano(), fi.Mode(),
		fmt.Sprintf("%d:%d:%d", st.Dev, st.Ino, st.Ctim.Nano()))
	if got := stampOf(fi); got != want {
		t.Errorf("stamp %q, want %q", got, want)
	}
}
