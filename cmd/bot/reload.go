package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"

	"briefbot/index"
)

// reloader re-indexes the corpus while `bot serve` runs: when files under the
// corpus directory change (after a quiet period, since editors and copies
// write in several steps) and on SIGHUP. Rebuilds happen one at a time in
// a goroutine of their own while the loop goes on watching, so a change
// during a rebuild is seen and a hung rebuild is noticed; questions keep
// being answered from the old index until the new one is swapped in (see
// index.Reload).
//
// A rebuild can end three ways besides success and failure: the corpus
// changed while it was read (retried once the files are quiet), it would
// lose more than corpus.max_loss of the articles (held back until the corpus
// comes back or an operator forces it: a second SIGHUP within forceWindow
// of one while it is held back, or `bot index --force`; either forces that
// corpus only, by fingerprint, not whatever the corpus has become), or it
// runs past corpus.reload_timeout (cancelled and
// reported as hung until it returns).
type reloader struct {
	dir      string // the corpus directory; "" (the bundled story) has nothing to watch
	debounce time.Duration
	timeout  time.Duration // corpus.reload_timeout
	// every is how often the loop checks for a hung rebuild and for
	// `bot index --force`; defaultCheckEvery when 0.
	every time.Duration
	hup   <-chan os.Signal
	// reload re-indexes; force is the fingerprint of a corpus to serve
	// even if it loses too much, "" for none.
	reload func(ctx context.Context, force string) (changed bool, err error)
	stats  func() index.Stats
	// forced reports whether `bot index --force` asked for the corpus
	// with this fingerprint to be served; nil for never.
	forced  func(fingerprint string) bool
	metrics *metrics
	log     *slog.Logger

	mu    sync.Mutex
	state reloadState // for /readyz
}

// forceWindow is how close two SIGHUPs must be for the second to force
// the rebuild held back. Routine reloads (a deploy script, a timer) send
// one at a time, and force nothing when nothing is held back.
const forceWindow = 10 * time.Second

const defaultCheckEvery = time.Second

// reloadState is what /readyz says about re-indexing.
type reloadState struct {
	held      *heldBack
	hungFor   time.Duration // > 0 while a rebuild runs past the timeout
	watchLost string        // why the corpus is not watched; "" when it is
}

func (a *app) newReloader(m *metrics, hup <-chan os.Signal) *reloader {
	r := &reloader{
		debounce: a.cfg.Corpus.Debounce.Duration,
		timeout:  a.cfg.Corpus.ReloadTimeout.Duration,
		hup:      hup,
		reload:   a.reload,
		stats:    a.index.Stats,
		forced:   a.forceRequested,
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

// outcome is what one rebuild came to.
type outcome struct {
	changed bool
	err     error
	took    time.Duration
}

// run watches and re-indexes until ctx is done.
func (r *reloader) run(ctx context.Context) {
	var w *watch
	if r.dir != "" {
		w = r.newWatch()
		defer w.close()
		if w.id != nil {
			r.log.Info("watching the corpus for changes", "dir", r.dir, "debounce", r.debounce)
		}
	}

	quiet := time.NewTimer(time.Hour)
	quiet.Stop()
	defer quiet.Stop()
	every := r.every
	if every <= 0 {
		every = defaultCheckEvery
	}
	tick := time.NewTicker(every)
	defer tick.Stop()

	var (
		running bool
		forcing string // the fingerprint the rebuild running may force
		started time.Time
		cancel  context.CancelFunc = func() {}
		done                       = make(chan outcome, 1)
		pending bool               // asked for while a rebuild ran: rebuild again after
		force   string             // the fingerprint the next rebuild may force
		lastHUP time.Time
		hung    bool
		held    *heldBack
	)
	// schedule asks for a rebuild after d, or after the one running.
	schedule := func(d time.Duration) {
		if running {
			pending = true
			return
		}
		quiet.Reset(d)
	}
	defer func() {
		if running {
			cancel()
			<-done // the caller bounds the wait (server.shutdown_timeout)
		}
	}()
	for {
		select {
		case <-ctx.Done():
			return
		case <-r.hup:
			now := time.Now()
			if held != nil && !lastHUP.IsZero() && now.Sub(lastHUP) <= forceWindow {
				force = held.fingerprint
				r.log.Warn("second SIGHUP: serving the corpus held back, whatever it loses (corpus.max_loss), if it has not changed since",
					"articles", held.found, "served", held.served)
			} else {
				r.log.Info("SIGHUP: re-indexing the corpus")
			}
			lastHUP = now
			schedule(0)
		case ev, ok := <-w.events():
			if !ok {
				w.w = nil
				continue
			}
			if w.aboutDir(ev) {
				// The directory itself was removed, renamed or
				// replaced under its name.
				if r.checkDir(w) {
					schedule(r.debounce)
				}
			} else if r.relevant(w.w, ev) {
				r.log.Debug("corpus changed", "path", ev.Name, "op", ev.Op.String())
				schedule(r.debounce)
			}
		case err, ok := <-w.errors():
			if !ok {
				w.w = nil
				continue
			}
			// An overflow means events were lost: re-read everything.
			r.log.Warn("watching the corpus", "err", err)
			schedule(r.debounce)
		case <-quiet.C:
			if running {
				pending = true
				continue
			}
			rctx, c := r.rebuildContext(ctx)
			cancel = c
			running, forcing, started, hung = true, force, time.Now(), false
			force = ""
			go func(force string, started time.Time) {
				changed, err := r.reload(rctx, force)
				done <- outcome{changed, err, time.Since(started)}
			}(forcing, started)
		case o := <-done:
			running = false
			cancel()
			if hung {
				hung = false
				// Readiness first: whoever sees the metric cleared sees
				// /readyz cleared too.
				r.setState(func(s *reloadState) { s.hungFor = 0 })
				r.metrics.reloadHung.Set(0)
				r.log.Warn("the hung re-index has ended", "took", o.took.Round(time.Millisecond))
			}
			var changing bool
			held, changing = r.record(ctx, o, held)
			if changing && forcing != "" {
				force = forcing // the retry is what the operator forced
			}
			if changing || pending {
				pending = false
				quiet.Reset(r.debounce)
			}
		case <-tick.C:
			// A missed event, or a link further up the path swapped:
			// ask the directory itself.
			if w != nil && r.checkDir(w) {
				schedule(r.debounce)
			}
			if running && !hung && r.timeout > 0 && time.Since(started) >= r.timeout {
				hung = true
				r.metrics.reloadHung.Set(1)
				r.log.Error("re-index hung: still running after corpus.reload_timeout; cancelled, the previous index keeps serving",
					"running_for", time.Since(started).Round(time.Second))
			}
			if hung {
				d := time.Since(started)
				r.setState(func(s *reloadState) { s.hungFor = d })
			}
			if held != nil && !running && r.forced != nil && r.forced(held.fingerprint) {
				r.log.Info("bot index --force asked for the held-back corpus: re-indexing")
				schedule(0)
			}
		}
	}
}

// rebuildContext bounds a rebuild by corpus.reload_timeout, when set.
func (r *reloader) rebuildContext(ctx context.Context) (context.Context, context.CancelFunc) {
	if r.timeout > 0 {
		return context.WithTimeout(ctx, r.timeout)
	}
	return context.WithCancel(ctx)
}

// record logs a rebuild's outcome and counts it. It returns the rebuild now
// held back (nil for none) and whether the corpus changed while it was read.
func (r *reloader) record(ctx context.Context, o outcome, held *heldBack) (*heldBack, bool) {
	took := o.took.Round(time.Millisecond)
	var hb *heldBack
	switch {
	case ctx.Err() != nil:
		// Shutting down: the build was abandoned, not failed.
		return held, false
	case errors.Is(o.err, errCorpusChanging):
		r.metrics.reloadRetries.Inc()
		r.log.Info("the corpus changed while it was read; re-indexing again once it is quiet", "in", r.debounce, "took", took)
		return held, true
	case errors.As(o.err, &hb):
		r.metrics.reloadsHeld.Inc()
		r.metrics.reloadHeld.Set(1)
		r.log.Warn("re-index held back; the previous index keeps serving until the corpus comes back; "+
			"to serve it anyway send SIGHUP twice within 10s or run bot index --force (either serves this corpus only, not a later change)",
			"reason", hb.Error(), "articles", hb.found, "served", hb.served, "took", took)
		r.setState(func(s *reloadState) { s.held = hb })
		return hb, false
	case o.err != nil:
		r.metrics.reloadFailures.Inc()
		r.log.Error("re-index failed; the previous index keeps serving", "err", o.err, "took", took)
		return held, false
	case o.changed:
		st := r.stats()
		r.metrics.reloads.Inc()
		r.metrics.setIndex(st)
		r.log.Info("re-indexed the corpus", "articles", st.Articles, "sentences", st.Sentences, "took", took)
	default:
		r.log.Info("corpus unchanged; index kept", "took", took)
	}
	if held != nil {
		r.metrics.reloadHeld.Set(0)
		r.setState(func(s *reloadState) { s.held = nil })
	}
	return nil, false
}

func (r *reloader) setState(f func(*reloadState)) {
	r.mu.Lock()
	defer r.mu.Unlock()
	f(&r.state)
}

// readiness is what /readyz says about re-indexing: one line, and never a
// reason for 503, since the previous index keeps answering.
func (r *reloader) readiness() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	line := "reload: ok"
	switch s := r.state; {
	case s.hungFor > 0:
		line = fmt.Sprintf("reload: hung: running for %v (past corpus.reload_timeout); the previous index keeps serving",
			s.hungFor.Round(time.Second))
	case s.held != nil:
		line = fmt.Sprintf("reload: held back: %v; the previous index keeps serving (SIGHUP twice or bot index --force serves it)", s.held)
	}
	switch {
	case r.dir == "":
	case r.state.watchLost != "":
		line += "\nwatch: lost: " + r.state.watchLost
	default:
		line += "\nwatch: ok"
	}
	return line
}

// watch is the fsnotify watch on the corpus: the directory's tree, and its
// parent, so that a directory replaced under its name (mv, rm -rf and
// cp -r, ln -sfn) is noticed; the tick asks the directory itself too, for
// links swapped further up the path. A watch whose directory is replaced
// is closed and a new one made, since inotify watches follow the old
// directory.
type watch struct {
	w      *fsnotify.Watcher // nil when none could be made
	dir    string            // the corpus directory as configured
	parent string
	id     os.FileInfo // what dir named when its tree was watched; nil: not watching it
}

func (w *watch) events() <-chan fsnotify.Event {
	if w == nil || w.w == nil {
		return nil
	}
	return w.w.Events
}

func (w *watch) errors() <-chan error {
	if w == nil || w.w == nil {
		return nil
	}
	return w.w.Errors
}

func (w *watch) close() {
	if w.w != nil {
		go w.w.Close() // see rewatch
	}
}

// aboutDir reports whether an event is about the corpus directory itself:
// its name in the parent, or the watched root removed or moved.
func (w *watch) aboutDir(ev fsnotify.Event) bool {
	if ev.Name == w.dir {
		return true
	}
	return filepath.Dir(ev.Name) == w.parent
}

// newWatch watches the parent of r.dir and, if it is there, its tree.
func (r *reloader) newWatch() *watch {
	w := &watch{dir: r.dir, parent: filepath.Dir(r.dir)}
	r.rewatch(w, true)
	return w
}

// rewatch replaces w's watcher by a new one on the parent and, with tree,
// on the directory's tree when it is there. The old watcher is closed in
// the background: fsnotify's Close can wait for a read in progress, and
// the loop must go on.
func (r *reloader) rewatch(w *watch, tree bool) {
	if old := w.w; old != nil {
		go old.Close()
	}
	w.w, w.id = nil, nil
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		r.lostWatch("cannot watch the corpus; send SIGHUP to re-index", err)
		return
	}
	w.w = fw
	if err := fw.Add(w.parent); err != nil {
		r.log.Warn("cannot watch the corpus directory's parent; a replaced corpus directory is noticed within a second instead", "dir", w.parent, "err", err)
	}
	if !tree {
		return
	}
	fi, err := os.Stat(r.dir)
	if err != nil {
		r.lostWatch("the corpus directory is gone; the previous index keeps serving, and the directory is watched again when it is back", err)
		return
	}
	// The tree is walked where the directory really is: WalkDir does not
	// follow a link at the root.
	real, err := filepath.EvalSymlinks(r.dir)
	if err != nil {
		real = r.dir
	}
	r.watchTree(fw, real)
	w.id = fi
	r.metrics.watching.Set(1)
	r.setState(func(s *reloadState) { s.watchLost = "" })
}

// checkDir compares what the corpus directory's name now leads to with the
// directory watched, and watches anew when they differ. It reports whether
// the corpus should be re-read.
func (r *reloader) checkDir(w *watch) bool {
	fi, err := os.Stat(r.dir)
	switch {
	case err != nil && w.id == nil:
		return false // still gone
	case err != nil:
		r.lostWatch("the corpus directory is gone; the previous index keeps serving, and the directory is watched again when it is back", err)
		r.rewatch(w, false) // the parent only, to see it come back
		return false
	case w.id != nil && os.SameFile(fi, w.id):
		return false
	case w.id == nil:
		r.log.Info("the corpus directory is back; watching it again", "dir", r.dir)
	default:
		r.metrics.watchLost.Inc()
		r.log.Warn("the corpus directory was replaced; watching the new one", "dir", r.dir)
	}
	r.rewatch(w, true)
	return true
}

// lostWatch logs and counts a watch lost (or never had).
func (r *reloader) lostWatch(msg string, err error) {
	r.metrics.watchLost.Inc()
	r.metrics.watching.Set(0)
	r.log.Warn(msg, "dir", r.dir, "err", err)
	r.setState(func(s *reloadState) { s.watchLost = fmt.Sprintf("%s: %v", r.dir, err) })
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
			r.metrics.watchLost.Inc()
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
