package corpus

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
)

// TestListAgreesWithWalk: the Linux lister (getdents and fstatat) lists
// the same files with the same stamps as the portable walk over the
// Dir's fs.FS, on a tree with every kind of entry a corpus may hold.
func TestListAgreesWithWalk(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", article)
	write("b.md", "# B\n\nText.\n")
	write("notes.json", "{}")               // not an article
	write(".hidden.txt", article)           // hidden
	write(".git/c.txt", article)            // in a hidden directory
	write("sport/2005/d.txt", article)      // nested
	write("sport/e.html", "<p>E text.</p>") // another format
	write("business/"+strings.Repeat("f", 200)+".txt", article)
	os.Symlink("a.txt", filepath.Join(dir, "link.txt"))
	os.Symlink("/etc/hostname", filepath.Join(dir, "outside.txt"))
	os.Symlink("missing.txt", filepath.Join(dir, "dangling.txt"))
	os.Symlink("sport", filepath.Join(dir, "sportlink"))
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Log("no named pipes here:", err)
	}
	os.Mkdir(filepath.Join(dir, "locked"), 0o755)
	write("locked/g.txt", article)
	os.Chmod(filepath.Join(dir, "locked"), 0)
	t.Cleanup(func() { os.Chmod(filepath.Join(dir, "locked"), 0o755) })
	// Enough files in one directory to take several reads of its entries.
	for i := range 600 {
		write(filepath.Join("many", strings.Repeat("x", 40)+string(rune('a'+i%26))+strings.Repeat("y", i/26)+".txt"), article)
	}

	d, err := OpenDir(dir, DirOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	got, err := List(d)
	if err != nil {
		t.Fatal(err)
	}
	want, err := walkFiles(d)
	if err != nil {
		t.Fatal(err)
	}
	slices.SortFunc(want, func(a, b File) int { return strings.Compare(a.Path, b.Path) })
	if len(got) != len(want) {
		t.Fatalf("listed %d files, the walk %d:\n%v\n%v", len(got), len(want), paths(got), paths(want))
	}
	for i := range got {
		g, w := got[i], want[i]
		if g.Path != w.Path || g.Type != w.Type || g.Stamp != w.Stamp || (g.Err == nil) != (w.Err == nil) {
			t.Errorf("listed %q %v %q %v\nthe walk %q %v %q %v", g.Path, g.Type, g.Stamp, g.Err, w.Path, w.Type, w.Stamp, w.Err)
		}
	}
	if len(got) < 600 || !slices.Contains(paths(got), "sport/2005/d.txt") {
		t.Errorf("listing misses files: %d, %v", len(got), paths(got)[:10])
	}
}

func paths(files []File) []string {
	var out []string
	for _, f := range files {
		out = append(out, f.Path)
	}
	return out
}
