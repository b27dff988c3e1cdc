package main

import (
	"context"
	"fmt"
	"log/slog"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/fsnotify/fsnotify"

	"briefbot/index"
)

func TestReloaderIgnoresWhatTheCorpusSkips(t *testing.T) {
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, "2025"), 0o755)
	w, err := fsnotify.NewWatcher()
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	r := &reloader{log: slog.New(slog.DiscardHandler)}
	tests := []struct {
		name string
		op   fsnotify.Op
		want bool
	}{
		{"talks.txt", fsnotify.Write, true},
		{"talks.MD", fsnotify.Create, true},
		{"page.htm", fsnotify.Write, true},
		{"talks.txt", fsnotify.Chmod, false},
		{".talks.txt.swp", fsnotify.Write, false},
		{"talks.txt~", fsnotify.Create, false},
		{"notes.pdf", fsnotify.Write, false},
		{"notes.pdf", fsnotify.Remove, true}, // might have been a directory of articles
		{"2024.05", fsnotify.Rename, true},
		{"2025", fsnotify.Create, true}, // a new directory: watched, and re-read
		{".git", fsnotify.Create, false},
	}
	for _, tt := range tests {
		ev := fsnotify.Event{Name: filepath.Join(dir, tt.name), Op: tt.op}
		if got := r.relevant(w, ev); got != tt.want {
			t.Errorf("%s %s: relevant = %v, want %v", tt.op, tt.name, got, tt.want)
		}
	}
	if !slices.Contains(w.WatchList(), filepath.Join(dir, "2025")) {
		t.Errorf("new directory not watched: %v", w.WatchList())
	}
}

// Each re-index is counted: a failure, then a success that updates the
// index gauges.
func TestReloaderCountsOutcomes(t *testing.T) {
	var calls atomic.Int32
	hup := make(chan os.Signal, 1)
	m := newMetrics()
	r := &reloader{
		hup: hup,
		reload: func(context.Context) (bool, error) {
			if calls.Add(1) == 1 {
				return false, fmt.Errorf("reload: open index gen-x: %w", index.ErrLocked)
			}
			return true, nil
		},
		stats:   func() index.Stats { return index.Stats{Articles: 7, Sentences: 70} },
		metrics: m,
		log:     slog.New(slog.DiscardHandler),
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { r.run(ctx); close(done) }()
	for want := int32(1); want <= 2; want++ {
		hup <- syscall.SIGHUP
		deadline := time.Now().Add(10 * time.Second)
		for calls.Load() < want && time.Now().Before(deadline) {
			time.Sleep(5 * time.Millisecond)
		}
	}
	cancel()
	<-done
	if n := calls.Load(); n != 2 {
		t.Fatalf("reload called %d times, want 2", n)
	}
	ts := httptest.NewServer(m.handler())
	defer ts.Close()
	for sample, want := range map[string]float64{
		"briefbot_index_reload_failures_total": 1,
		"briefbot_index_reloads_total":         1,
		"briefbot_index_articles":              7,
	} {
		if got := metricValue(t, ts.URL, sample); got != want {
			t.Errorf("%s = %v, want %v", sample, got, want)
		}
	}
}
