package main

import (
	"context"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"

	"briefbot/index"
)

// reloader re-indexes the corpus while `bot serve` runs: when files under the
// corpus directory change (after a quiet period, since editors and copies
// write in several steps) and on SIGHUP. Rebuilds happen one at a time in
// its own goroutine; questions keep being answered from the old index until
// the new one is swapped in (see index.Reload).
type reloader struct {
	dir      string // the corpus directory; "" (the bundled story) has nothing to watch
	debounce time.Duration
	hup      <-chan os.Signal
	reload   func(ctx context.Context) (changed bool, err error)
	stats    func() index.Stats
	metrics  *metrics
	log      *slog.Logger
}

func (a *app) newReloader(m *metrics, hup <-chan os.Signal) *reloader {
	r := &reloader{
		debounce: a.cfg.Corpus.Debounce.Duration,
		hup:      hup,
		reload:   a.reload,
		stats:    a.index.Stats,
		metrics:  m,
		log:      a.log,
	}
	if a.cfg.Corpus.Watch && a.cfg.Corpus.Dir != "" {
		if src, err := a.cfg.corpus(); err == nil {
			r.dir = src.name
		}
	}
	return r
}

// run watches and re-indexes until ctx is done.
func (r *reloader) run(ctx context.Context) {
	var events <-chan fsnotify.Event
	var errs <-chan error
	var w *fsnotify.Watcher
	if r.dir != "" {
		var err error
		w, err = fsnotify.NewWatcher()
		if err != nil {
			r.log.Warn("not watching the corpus; send SIGHUP to re-index", "err", err)
		} else {
			defer w.Close()
			r.watchTree(w, r.dir)
			events, errs = w.Events, w.Errors
			r.log.Info("watching the corpus for changes", "dir", r.dir, "debounce", r.debounce)
		}
	}

	quiet := time.NewTimer(time.Hour)
	quiet.Stop()
	defer quiet.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-r.hup:
			r.log.Info("SIGHUP: re-indexing the corpus")
			quiet.Reset(0)
		case ev, ok := <-events:
			if !ok {
				events = nil
				continue
			}
			if r.relevant(w, ev) {
				r.log.Debug("corpus changed", "path", ev.Name, "op", ev.Op.String())
				quiet.Reset(r.debounce)
			}
		case err, ok := <-errs:
			if !ok {
				errs = nil
				continue
			}
			// An overflow means events were lost: re-read everything.
			r.log.Warn("watching the corpus", "err", err)
			quiet.Reset(r.debounce)
		case <-quiet.C:
			r.once(ctx)
		}
	}
}

// once re-indexes, then records the outcome in the metrics and the log.
func (r *reloader) once(ctx context.Context) {
	start := time.Now()
	changed, err := r.reload(ctx)
	took := time.Since(start).Round(time.Millisecond)
	switch {
	case ctx.Err() != nil:
		// Shutting down: the build was abandoned, not failed.
	case err != nil:
		r.metrics.reloadFailures.Inc()
		r.log.Error("re-index failed; the previous index keeps serving", "err", err, "took", took)
	case changed:
		st := r.stats()
		r.metrics.reloads.Inc()
		r.metrics.setIndex(st)
		r.log.Info("re-indexed the corpus", "articles", st.Articles, "sentences", st.Sentences, "took", took)
	default:
		r.log.Info("corpus unchanged; index kept", "took", took)
	}
}

// watchTree watches dir and every directory under it that the corpus reads
// (hidden ones are skipped by the corpus, so by the watch too). Adding a
// directory that is already watched is harmless.
func (r *reloader) watchTree(w *fsnotify.Watcher, dir string) {
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return nil
		}
		if p != dir && hidden(p) {
			return filepath.SkipDir
		}
		if err := w.Add(p); err != nil {
			r.log.Warn("cannot watch a corpus directory; changes in it need SIGHUP", "dir", p, "err", err)
		}
		return nil
	})
}

// relevant reports whether an event may change the corpus, and starts
// watching new directories. Files the corpus skips (hidden files, editor
// backups, other extensions) don't count, except that a removal or rename
// always does: the name may have been a directory of articles.
func (r *reloader) relevant(w *fsnotify.Watcher, ev fsnotify.Event) bool {
	if hidden(ev.Name) || strings.HasSuffix(ev.Name, "~") {
		return false
	}
	if ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename) {
		return true
	}
	if !ev.Has(fsnotify.Create) && !ev.Has(fsnotify.Write) {
		return false // chmod only
	}
	if info, err := os.Stat(ev.Name); err == nil && info.IsDir() {
		// Files may have landed in it before the watch: the re-index
		// this schedules reads the whole tree anyway.
		r.watchTree(w, ev.Name)
		return true
	}
	switch strings.ToLower(filepath.Ext(ev.Name)) {
	case ".txt", ".md", ".markdown", ".html", ".htm":
		return true
	}
	return false
}

func hidden(p string) bool { return strings.HasPrefix(filepath.Base(p), ".") }
