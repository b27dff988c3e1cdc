package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Errors wrapped by the errors Load reports for files it skips in a Dir.
var (
	// ErrNotRegular: a named pipe, socket or device named like an
	// article. Opening a pipe to read it blocks until someone writes.
	ErrNotRegular = errors.New("not a regular file")
	// ErrOutside: a symbolic link that leads outside the directory.
	ErrOutside = errors.New("link leads outside the corpus directory")
)

// Dir is a corpus directory on disk, opened for one reading. It is an
// fs.FS for Load and State that
//
//   - keeps to the directory opened: if the path is renamed or replaced
//     meanwhile, reads go on in the directory that was opened (Replaced
//     says whether that happened);
//   - opens files without blocking and refuses anything but regular files
//     and directories (ErrNotRegular), so a named pipe cannot hang a read;
//   - follows symbolic links that lead to a file inside the directory,
//     relative or absolute, and refuses those that lead outside
//     (ErrOutside) unless AllowOutsideLinks was given: a link to
//     /etc/passwd is not an article.
//
// Close it when done.
type Dir struct {
	root    *os.Root
	path    string // as given
	real    string // path with its symbolic links resolved, when opened
	outside bool
}

// DirOptions tune OpenDir.
type DirOptions struct {
	// AllowOutsideLinks follows symbolic links that lead outside the
	// directory.
	AllowOutsideLinks bool
}

// OpenDir opens the directory path for reading articles. Its errors say
// "load corpus PATH: ...".
func OpenDir(path string, opts DirOptions) (*Dir, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("load corpus %s: %w", path, withoutPath(err))
	}
	if !fi.IsDir() {
		return nil, fmt.Errorf("load corpus %s: not a directory", path)
	}
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return nil, fmt.Errorf("load corpus %s: %w", path, withoutPath(err))
	}
	root, err := os.OpenRoot(real)
	if err != nil {
		return nil, fmt.Errorf("load corpus %s: %w", path, withoutPath(err))
	}
	return &Dir{root: root, path: path, real: real, outside: opts.AllowOutsideLinks}, nil
}

// Close releases the directory.
func (d *Dir) Close() error { return d.root.Close() }

// Replaced reports whether the path the Dir was opened with now names
// another directory, or nothing: the directory was moved, removed or
// replaced (mv, rm -rf and cp -r, ln -sfn) since it was opened.
func (d *Dir) Replaced() bool {
	now, err := os.Stat(d.path)
	if err != nil {
		return true
	}
	opened, err := d.root.Stat(".")
	return err != nil || !os.SameFile(now, opened)
}

// Open opens a file or directory for reading, following a symbolic link
// as the Dir's documentation says.
func (d *Dir) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	f, err := d.open(name)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: withoutPath(err)}
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, &fs.PathError{Op: "open", Path: name, Err: withoutPath(err)}
	}
	if !fi.Mode().IsRegular() && !fi.IsDir() {
		f.Close()
		return nil, &fs.PathError{Op: "open", Path: name, Err: notRegular(fi.Mode())}
	}
	return f, nil
}

func (d *Dir) open(name string) (*os.File, error) {
	native := filepath.FromSlash(name)
	fi, err := d.root.Lstat(native)
	if err != nil {
		return nil, err
	}
	if fi.Mode()&fs.ModeSymlink == 0 {
		return d.root.OpenFile(native, os.O_RDONLY|openNonblock, 0)
	}
	target, inside, err := d.resolve(native)
	if err != nil {
		return nil, err
	}
	if inside != "" {
		return d.root.OpenFile(inside, os.O_RDONLY|openNonblock, 0)
	}
	return os.OpenFile(target, os.O_RDONLY|openNonblock, 0)
}

// resolve follows the symbolic link name (native separators) to the end.
// For a target inside the directory it returns its path relative to the
// directory in inside; for one outside, the target itself when outside
// links are allowed, else ErrOutside.
func (d *Dir) resolve(name string) (target, inside string, err error) {
	target, err = filepath.EvalSymlinks(filepath.Join(d.real, name))
	if err != nil {
		return "", "", err
	}
	rel, err := filepath.Rel(d.real, target)
	if err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel) {
		return target, rel, nil
	}
	if d.outside {
		return target, "", nil
	}
	return "", "", fmt.Errorf("%w (%s)", ErrOutside, target)
}

// ReadDir lists a directory; symbolic links are listed as links.
func (d *Dir) ReadDir(name string) ([]fs.DirEntry, error) {
	return fs.ReadDir(d.root.FS(), name)
}

// Stat describes a file, following a symbolic link as Open does.
func (d *Dir) Stat(name string) (fs.FileInfo, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: fs.ErrInvalid}
	}
	native := filepath.FromSlash(name)
	fi, err := d.root.Lstat(native)
	if err != nil || fi.Mode()&fs.ModeSymlink == 0 {
		return fi, err
	}
	target, inside, err := d.resolve(native)
	if err != nil {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: err}
	}
	if inside != "" {
		return d.root.Stat(inside)
	}
	return os.Stat(target)
}

func notRegular(m fs.FileMode) error {
	kind := "special file"
	switch {
	case m&fs.ModeNamedPipe != 0:
		kind = "named pipe"
	case m&fs.ModeSocket != 0:
		kind = "socket"
	case m&fs.ModeDevice != 0:
		kind = "device"
	case m.IsDir():
		kind = "directory"
	}
	return fmt.Errorf("%w (%s)", ErrNotRegular, kind)
}

// File is an article file as List finds it, before it is read.
type File struct {
	// Path is the slash-separated path from the root: the article's ID.
	Path string
	// Type is the file's type bits as its directory lists it
	// (fs.ModeSymlink for a link, 0 for a regular file).
	Type fs.FileMode
	// Stamp sums up what the file system says of the file (size,
	// modification time, mode and, where the system has them, inode
	// number and change time, which no copy tool can set back, of the file
	// a link leads to): it changes whenever the file's content can have.
	// It is "" when Err is set.
	Stamp string
	// Err is why the file could not be looked at.
	Err error
}

// List returns the files Load would read in fsys, sorted by path, with
// their stamps, without reading any: a corpus whose stamps are unchanged
// need not be read again. On a Dir, directories are listed in parallel,
// since a corpus of tens of thousands of files takes that many stat calls.
// The error is for the root alone; a file or directory that cannot be
// looked at is listed with its Err.
func List(fsys fs.FS) ([]File, error) {
	var files []File
	var err error
	if d, ok := fsys.(*Dir); ok {
		files, err = d.list()
	} else {
		files, err = walkFiles(fsys)
	}
	if err != nil {
		return nil, fmt.Errorf("list corpus: %w", withoutPath(err))
	}
	slices.SortFunc(files, func(a, b File) int { return strings.Compare(a.Path, b.Path) })
	return files, nil
}

// walkFiles lists fsys one directory after another.
func walkFiles(fsys fs.FS) ([]File, error) {
	var files []File
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == "." {
				return err
			}
			files = append(files, File{Path: p, Err: withoutPath(err)})
			return nil
		}
		if skip, dir := leftOut(p, d); skip || dir {
			if skip && dir {
				return fs.SkipDir
			}
			return nil
		}
		files = append(files, stamped(fsys, p, d))
		return nil
	})
	return files, err
}

// leftOut reports whether an entry of a walk is left out (hidden, or not
// an article) and whether it is a directory.
func leftOut(p string, d fs.DirEntry) (skip, dir bool) {
	if p != "." && strings.HasPrefix(d.Name(), ".") {
		return true, d.IsDir()
	}
	if d.IsDir() {
		return false, true
	}
	return parserFor(d.Name()) == nil, false
}

// stamped describes the file entry d at path p of fsys.
func stamped(fsys fs.FS, p string, d fs.DirEntry) File {
	f := File{Path: p, Type: d.Type()}
	var fi fs.FileInfo
	var err error
	if d.Type()&fs.ModeSymlink != 0 {
		fi, err = fs.Stat(fsys, p)
	} else {
		fi, err = d.Info()
	}
	if err != nil {
		f.Err = withoutPath(err)
		return f
	}
	f.Stamp = stampOf(fi)
	return f
}

// stampOf is a file's stamp: size, modification time, mode and change
// stamp, separated by NULs. It is written without fmt, since a start on a
// corpus of 50,000 files formats 50,000 of them.
func stampOf(fi fs.FileInfo) string {
	b := appendStamp(make([]byte, 0, 96), fi.Size(), fi.ModTime().UnixNano(), fi.Mode())
	return string(appendChangeStamp(b, fi))
}

// appendStamp appends the part of a stamp every system has: size,
// modification time and mode, each ended by a NUL.
func appendStamp(b []byte, size, mtime int64, mode fs.FileMode) []byte {
	b = strconv.AppendInt(b, size, 10)
	b = append(b, 0)
	b = strconv.AppendInt(b, mtime, 10)
	b = append(b, 0)
	b = append(b, mode.String()...)
	return append(b, 0)
}

// listWorkers bounds the directories a Dir lists at once.
const listWorkers = 8

// list lists the directory's files, directories in parallel.
func (d *Dir) list() ([]File, error) {
	// Each directory's files are kept in a slice of their own and joined
	// once at the end: appending 50,000 files to one slice as the
	// directories come in copied them over and over (a tenth of a start's
	// CPU at a million sentences).
	var (
		mu    sync.Mutex
		parts [][]File
		n     int
		wg    sync.WaitGroup
		sem   = make(chan struct{}, listWorkers)
	)
	add := func(f []File) {
		mu.Lock()
		parts = append(parts, f)
		n += len(f)
		mu.Unlock()
	}
	var walk func(dir string)
	walk = func(dir string) {
		mine, subdirs, err := d.listOne(dir)
		if err != nil {
			add([]File{{Path: dir, Err: withoutPath(err)}})
			return
		}
		for _, p := range subdirs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				sem <- struct{}{}
				defer func() { <-sem }()
				walk(p)
			}()
		}
		add(mine)
	}
	if _, err := d.ReadDir("."); err != nil {
		return nil, err
	}
	walk(".")
	wg.Wait()
	files := make([]File, 0, n)
	for _, p := range parts {
		files = append(files, p...)
	}
	return files, nil
}

// State sums up the files Load would read in fsys (see File.Stamp), so that
// a reader can tell whether a corpus changed while it was read: take State
// before and after Load, and compare.
func State(fsys fs.FS) (string, error) {
	files, err := List(fsys)
	if err != nil {
		return "", fmt.Errorf("corpus state: %w", errors.Unwrap(err))
	}
	h := sha256.New()
	for _, f := range files {
		if f.Err != nil {
			fmt.Fprintf(h, "%s\x00error %v\n", f.Path, f.Err)
		} else {
			fmt.Fprintf(h, "%s\x00%s\n", f.Path, f.Stamp)
		}
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
