package feedback

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// File is the append-only feedback file: JSON Lines, one vote a line.
//
// Each line is written by one write(2) to a file opened with O_APPEND and
// then fsynced, so a vote acknowledged is on disk, lines from concurrent
// writers (several processes too) never interleave, and a crash can leave
// at most one partial last line, which Read skips. A failed write (a full
// disk) is returned, never fatal; the next line then starts on a line of
// its own. Votes come at the pace of people clicking, so an fsync per line
// costs nothing worth saving.
//
// A File is safe for concurrent use. Create it with Open.
type File struct {
	path string

	mu      sync.Mutex
	f       *os.File
	partial bool // the file may end inside a line: start the next with "\n"
}

// Open opens (creating it and its directory if need be) the feedback file
// at path for appending. The file is readable by its owner only: it holds
// what people asked.
func Open(path string) (*File, error) {
	if path == "" {
		return nil, errors.New("feedback: no file given")
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("feedback: %w", err)
	}
	f := &File{path: path}
	if err := f.open(); err != nil {
		return nil, err
	}
	return f, nil
}

// Path is the file's name.
func (f *File) Path() string { return f.path }

// open (re)opens the file for appending and checks how it ends.
func (f *File) open() error {
	fd, err := os.OpenFile(f.path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("feedback: %w", err)
	}
	if f.f != nil {
		f.f.Close()
	}
	f.f = fd
	f.partial = !endsWithNewline(f.path)
	return nil
}

// endsWithNewline reports whether the file is empty or ends with "\n".
func endsWithNewline(path string) bool {
	r, err := os.Open(path)
	if err != nil {
		return true
	}
	defer r.Close()
	info, err := r.Stat()
	if err != nil || info.Size() == 0 {
		return true
	}
	var b [1]byte
	if _, err := r.ReadAt(b[:], info.Size()-1); err != nil {
		return true
	}
	return b[0] == '\n'
}

// Append writes e as one line.
func (f *File) Append(e Entry) error {
	line, err := json.Marshal(e)
	if err != nil {
		return fmt.Errorf("feedback: encode vote: %w", err)
	}
	line = append(line, '\n')
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.f == nil {
		return errors.New("feedback: file closed")
	}
	if err := f.followRename(); err != nil {
		return err
	}
	if f.partial {
		line = append([]byte{'\n'}, line...)
	}
	n, err := f.f.Write(line)
	if err != nil {
		if n > 0 {
			f.partial = true
		}
		return fmt.Errorf("feedback: append to %s: %w", f.path, err)
	}
	f.partial = false
	if err := f.f.Sync(); err != nil {
		return fmt.Errorf("feedback: sync %s: %w", f.path, err)
	}
	return nil
}

// followRename reopens the file when the name no longer leads to the file
// held open: another process pruned it (renaming a new file into place),
// or someone moved it away. Appending to the old one would lose the vote.
func (f *File) followRename() error {
	held, err := f.f.Stat()
	if err != nil {
		return f.open()
	}
	now, err := os.Stat(f.path)
	if err != nil || !os.SameFile(held, now) {
		return f.open()
	}
	return nil
}

// Prune removes the lines of votes older than cutoff, and lines that are
// not votes, by writing the rest to a new file and renaming it into place.
// It reports how many lines it removed; with none to remove it changes
// nothing. Appends wait while it runs.
func (f *File) Prune(cutoff time.Time) (removed int, err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.f == nil {
		return 0, errors.New("feedback: file closed")
	}
	src, err := os.Open(f.path)
	if err != nil {
		return 0, fmt.Errorf("feedback: prune: %w", err)
	}
	defer src.Close()
	tmp, err := os.CreateTemp(filepath.Dir(f.path), "."+filepath.Base(f.path)+".prune-*")
	if err != nil {
		return 0, fmt.Errorf("feedback: prune: %w", err)
	}
	defer os.Remove(tmp.Name()) // gone already after the rename
	w := bufio.NewWriter(tmp)
	br := bufio.NewReaderSize(src, 64<<10)
	for {
		line, rerr := br.ReadBytes('\n')
		if len(line) > 0 {
			e, ok := parse(line)
			switch {
			case ok && !e.Time.Before(cutoff):
				if line[len(line)-1] != '\n' {
					line = append(line, '\n')
				}
				w.Write(line)
			case ok || len(trimSpace(line)) > 0:
				removed++
			}
		}
		if errors.Is(rerr, io.EOF) {
			break
		}
		if rerr != nil {
			tmp.Close()
			return 0, fmt.Errorf("feedback: prune: %w", rerr)
		}
	}
	if removed == 0 {
		tmp.Close()
		return 0, nil
	}
	if err := w.Flush(); err != nil {
		tmp.Close()
		return 0, fmt.Errorf("feedback: prune: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return 0, fmt.Errorf("feedback: prune: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return 0, fmt.Errorf("feedback: prune: %w", err)
	}
	if err := os.Rename(tmp.Name(), f.path); err != nil {
		return 0, fmt.Errorf("feedback: prune: %w", err)
	}
	syncDir(filepath.Dir(f.path))
	return removed, f.open()
}

// syncDir makes a rename in dir durable, where the system allows it.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
}

// Close closes the file; later appends fail.
func (f *File) Close() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.f == nil {
		return nil
	}
	err := f.f.Close()
	f.f = nil
	return err
}
