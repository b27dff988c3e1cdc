package index

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"

	"briefbot"
)

// TestOpenLocked holds a generation the way an older binary would, read-write
// with its exclusive lock, and checks that Open reports it instead of
// waiting for ever as bleve would.
func TestOpenLocked(t *testing.T) {
	if testing.Short() {
		t.Skip("waits for the lock timeout")
	}
	ctx := context.Background()
	dir := t.TempDir()
	s := []briefbot.Sentence{{ArticleID: "a", Number: 1, Paragraph: 1, Text: "Medinsky leads the team."}}
	build := Sentences(s)
	ix, err := Open(ctx, dir, "v1", build)
	if err != nil {
		t.Fatal(err)
	}
	gen := ix.cur.path
	ix.Close()

	holder, err := bleve.Open(gen)
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Close()

	done := make(chan error, 1)
	go func() {
		_, err := Open(ctx, dir, "v1", build)
		done <- err
	}()
	select {
	case err := <-done:
		if !errors.Is(err, ErrLocked) {
			t.Errorf("open of a locked generation: %v, want ErrLocked", err)
		}
	case <-time.After(4 * LockTimeout):
		t.Fatal("open of a locked generation hangs")
	}
	if matches, _ := filepath.Glob(filepath.Join(dir, "gen-*")); len(matches) != 1 {
		t.Errorf("generations after a locked open: %v, want the held one kept", matches)
	}
}
