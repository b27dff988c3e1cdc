//go:build unix

package corpus

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
	"testing/fstest"
	"time"
)

const article = "Talks Resume\n\nNegotiators met again in Geneva on Thursday.\n"

// loadWithin loads d, failing the test if that takes longer than 10 s.
func loadWithin(t *testing.T, fsys fs.FS) (ids []string, errs map[string]error) {
	t.Helper()
	type result struct {
		ids  []string
		errs map[string]error
	}
	done := make(chan result, 1)
	go func() {
		arts, problems := Load(fsys)
		r := result{errs: map[string]error{}}
		for _, a := range arts {
			r.ids = append(r.ids, a.ID)
		}
		for _, err := range problems {
			var pe *fs.PathError
			if errors.As(err, &pe) {
				r.errs[pe.Path] = err
			} else {
				r.errs[""] = err
			}
		}
		done <- r
	}()
	select {
	case r := <-done:
		return r.ids, r.errs
	case <-time.After(10 * time.Second):
		t.Fatal("Load hangs")
		return nil, nil
	}
}

func TestDirSkipsWhatIsNotARegularFile(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte(article), 0o644)
	pipe := filepath.Join(dir, "pipe.txt")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	t.Cleanup(func() { // release a reader stuck on the pipe, if any
		if f, err := os.OpenFile(pipe, os.O_RDWR, 0); err == nil {
			f.Close()
		}
	})
	os.Symlink("pipe.txt", filepath.Join(dir, "to-pipe.txt"))
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	os.Symlink("sub", filepath.Join(dir, "dir.txt"))

	d, err := OpenDir(dir, DirOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	ids, errs := loadWithin(t, d)
	if !slices.Equal(ids, []string{"a.txt"}) {
		t.Errorf("loaded %q, want a.txt", ids)
	}
	for _, name := range []string{"pipe.txt", "to-pipe.txt", "dir.txt"} {
		if !errors.Is(errs[name], ErrNotRegular) {
			t.Errorf("%s: %v, want ErrNotRegular", name, errs[name])
		}
	}
	if _, err := State(d); err != nil {
		t.Errorf("State: %v", err)
	}
}

func TestDirLinks(t *testing.T) {
	base := t.TempDir()
	dir := filepath.Join(base, "corpus")
	os.MkdirAll(filepath.Join(dir, "sub"), 0o755)
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte(article), 0o644)
	os.WriteFile(filepath.Join(base, "secret.txt"), []byte("Secret\n\nThe code is swordfish.\n"), 0o644)
	links := map[string]string{
		"sub/rel-inside.txt": "../a.txt",
		"abs-inside.txt":     filepath.Join(dir, "a.txt"),
		"chain.txt":          "sub/rel-inside.txt",
		"rel-outside.txt":    "../secret.txt",
		"abs-outside.txt":    filepath.Join(base, "secret.txt"),
		"via-inside.txt":     "sub/../../secret.txt",
		"dangling.txt":       "nowhere.txt",
	}
	for link, target := range links {
		if err := os.Symlink(target, filepath.Join(dir, link)); err != nil {
			t.Skip("no symbolic links here:", err)
		}
	}
	// The corpus path itself may be a link (ln -sfn deployments).
	live := filepath.Join(base, "live")
	os.Symlink("corpus", live)

	for _, allow := range []bool{false, true} {
		d, err := OpenDir(live, DirOptions{AllowOutsideLinks: allow})
		if err != nil {
			t.Fatal(err)
		}
		ids, errs := loadWithin(t, d)
		d.Close()
		want := []string{"a.txt", "abs-inside.txt", "chain.txt", "sub/rel-inside.txt"}
		outside := []string{"abs-outside.txt", "rel-outside.txt", "via-inside.txt"}
		if allow {
			want = []string{"a.txt", "abs-inside.txt", "abs-outside.txt", "chain.txt", "rel-outside.txt", "sub/rel-inside.txt", "via-inside.txt"}
		}
		if !slices.Equal(ids, want) {
			t.Errorf("allow=%v: loaded %q, want %q", allow, ids, want)
		}
		for _, name := range outside {
			if !allow && !errors.Is(errs[name], ErrOutside) {
				t.Errorf("allow=%v: %s: %v, want ErrOutside", allow, name, errs[name])
			}
		}
		if !errors.Is(errs["dangling.txt"], fs.ErrNotExist) {
			t.Errorf("dangling.txt: %v", errs["dangling.txt"])
		}
	}
}

// State changes with any change Load would see, including a rewrite that
// keeps size and modification time, and a directory replaced under its name.
func TestStateAndReplaced(t *testing.T) {
	base := t.TempDir()
	dir := filepath.Join(base, "live")
	os.Mkdir(dir, 0o755)
	a := filepath.Join(dir, "a.txt")
	os.WriteFile(a, []byte(article), 0o644)
	d, err := OpenDir(dir, DirOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	state := func() string {
		s, err := State(d)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	s0 := state()
	if s1 := state(); s1 != s0 {
		t.Fatal("State changes with nothing changed")
	}
	os.WriteFile(filepath.Join(dir, "notes.pdf"), []byte("x"), 0o644)
	os.WriteFile(filepath.Join(dir, ".draft.txt"), []byte("x"), 0o644)
	if state() != s0 {
		t.Error("State changed for files Load skips")
	}
	fi, _ := os.Stat(a)
	os.WriteFile(a, []byte(article[:len(article)-2]+"X\n"), 0o644) // same size
	os.Chtimes(a, fi.ModTime(), fi.ModTime())
	s2 := state()
	if s2 == s0 {
		t.Error("State missed a rewrite that kept the size and modification time")
	}
	os.Remove(a)
	if state() == s2 {
		t.Error("State missed a removal")
	}
	if d.Replaced() {
		t.Error("Replaced with the directory in place")
	}
	os.Rename(dir, filepath.Join(base, "old"))
	os.Mkdir(dir, 0o755)
	if !d.Replaced() {
		t.Error("Replaced missed a directory replaced under its name")
	}
}

// hangFS has one file whose reading never ends, as on a hung mount.
type hangFS struct {
	fstest.MapFS
	hang    string
	release chan struct{}
}

func (h hangFS) Open(name string) (fs.File, error) {
	if name == h.hang {
		<-h.release
	}
	return h.MapFS.Open(name)
}

func TestLoadTimesOutOnAHungRead(t *testing.T) {
	h := hangFS{
		MapFS:   fstest.MapFS{"a.txt": {Data: []byte(article)}, "b.txt": {Data: []byte(article)}},
		hang:    "a.txt",
		release: make(chan struct{}),
	}
	defer close(h.release)
	start := time.Now()
	arts, errs := Loader{ReadTimeout: 50 * time.Millisecond}.Load(h)
	if len(arts) != 1 || arts[0].ID != "b.txt" || len(errs) != 1 || !errors.Is(errs[0], ErrTimeout) {
		t.Errorf("loaded %d articles, errors %v; want b.txt and a timeout for a.txt", len(arts), errs)
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("took %v", took)
	}
}
