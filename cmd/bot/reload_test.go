package main

import (
	"context"
	"fmt"
	"log/slog"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/fsnotify/fsnotify"

	"briefbot/index"
	"briefbot/internal/logbuf"
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
		reload: func(context.Context, string) (bool, error) {
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

// A rebuild that does not return is visible: past corpus.reload_timeout it
// is cancelled, logged, shown in /readyz and flagged in the metrics, until
// it ends.
func TestReloaderReportsAHungRebuild(t *testing.T) {
	release := make(chan struct{})
	hup := make(chan os.Signal, 1)
	m := newMetrics()
	logs := &logbuf.Buffer{}
	r := &reloader{
		hup:     hup,
		timeout: 100 * time.Millisecond,
		every:   10 * time.Millisecond,
		reload: func(ctx context.Context, _ string) (bool, error) {
			<-release // deaf to ctx, as a read stuck in the kernel is
			return false, ctx.Err()
		},
		stats:   func() index.Stats { return index.Stats{} },
		metrics: m,
		log:     slog.New(slog.NewTextHandler(logs, nil)),
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { r.run(ctx); close(done) }()
	defer func() { cancel(); <-done }()
	ts := httptest.NewServer(m.handler())
	defer ts.Close()

	hup <- syscall.SIGHUP
	eventually(t, 10*time.Second, "hung rebuild flagged", func() bool {
		return metricValue(t, ts.URL, "briefbot_index_reload_hung") == 1
	})
	if line := r.readiness(); !strings.HasPrefix(line, "reload: hung") {
		t.Errorf("readiness = %q", line)
	}
	if !strings.Contains(logs.String(), "re-index hung") {
		t.Errorf("the hung rebuild is not logged:\n%s", logs)
	}
	close(release)
	eventually(t, 10*time.Second, "flag cleared", func() bool {
		return metricValue(t, ts.URL, "briefbot_index_reload_hung") == 0
	})
	if line := r.readiness(); line != "reload: ok" {
		t.Errorf("readiness after the rebuild ended = %q", line)
	}
}

// At start (and for bot index, bot ask) a corpus that changed while it was
// read is read again once quiet, so the index built is not half of a copy.
func TestOpenRereadsACorpusThatChangedWhileRead(t *testing.T) {
	cfg := defaultConfig()
	cfg.Corpus.Debounce.Duration = 300 * time.Millisecond
	dir := corpusOf(t, 10)
	logs := &logbuf.Buffer{}
	cfg.Corpus.Dir = dir
	cfg.Index.Dir = filepath.Join(t.TempDir(), "index")
	a := &app{cfg: cfg, log: slog.New(slog.NewTextHandler(logs, nil))}
	stash := t.TempDir()
	var once sync.Once
	a.onRead = func() {
		once.Do(func() {
			for i := range 6 {
				name := fmt.Sprintf("a%02d.txt", i)
				os.Rename(filepath.Join(dir, name), filepath.Join(stash, name))
			}
			go func() {
				time.Sleep(50 * time.Millisecond)
				for i := range 6 {
					name := fmt.Sprintf("a%02d.txt", i)
					os.Rename(filepath.Join(stash, name), filepath.Join(dir, name))
				}
			}()
		})
	}
	if err := a.open(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer a.close()
	if n := a.index.Stats().Articles; n != 10 {
		t.Errorf("indexed %d articles, want 10", n)
	}
	if !strings.Contains(logs.String(), "changed while it was read") {
		t.Errorf("the second reading is not logged:\n%s", logs)
	}
}
