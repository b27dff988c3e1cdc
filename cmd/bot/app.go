package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	"briefbot"
	"briefbot/answers"
	"briefbot/corpus"
	"briefbot/index"
)

// app is what every command shares: the loaded config, the logger, and,
// once opened, the index and the bot.
type app struct {
	cfg   Config
	log   *slog.Logger
	index *index.Index
	bot   *briefbot.Bot
	// summarizeSkips logs one line for the articles skipped instead of
	// one per file: the quiet commands (bot ask) do so unless -v.
	summarizeSkips bool
	// opened is the corpus reading the index was opened for.
	opened struct {
		src         corpusSource
		fingerprint string
	}
	// onRead, when set, is called once the corpus is listed, before the
	// files whose stamps changed are read: tests change the corpus there
	// to stand for a copy in progress.
	onRead func()
	// progressTerm, when set, is the terminal an index build shows its
	// progress on; the log has it every few seconds otherwise.
	progressTerm io.Writer
}

// corpusSource describes the configured corpus: a directory on disk, or the
// bundled story when none is configured.
type corpusSource struct {
	name string // shown to people and used to key the index directory
	dir  string // the directory, absolute; "" for the bundled story
}

func (c Config) corpus() (corpusSource, error) {
	if c.Corpus.Dir == "" {
		return corpusSource{name: "bundled"}, nil
	}
	abs, err := filepath.Abs(c.Corpus.Dir)
	if err != nil {
		return corpusSource{}, fmt.Errorf("corpus %s: %w", c.Corpus.Dir, err)
	}
	info, err := os.Stat(abs)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return corpusSource{}, fmt.Errorf("corpus directory %s does not exist", c.Corpus.Dir)
		}
		return corpusSource{}, fmt.Errorf("corpus %s: %w", c.Corpus.Dir, err)
	}
	if !info.IsDir() {
		return corpusSource{}, fmt.Errorf("corpus %s is not a directory", c.Corpus.Dir)
	}
	return corpusSource{name: abs, dir: abs}, nil
}

// indexDir is where the index for src lives: the configured directory, or
// one per corpus under the user's cache directory so that indexes of
// different corpora never replace each other.
func (c Config) indexDir(src corpusSource) string {
	if c.Index.Dir != "" {
		return c.Index.Dir
	}
	base, err := os.UserCacheDir()
	if err != nil {
		base = os.TempDir()
	}
	sum := sha256.Sum256([]byte(src.name))
	return filepath.Join(base, "briefbot", "index-"+hex.EncodeToString(sum[:6]))
}

// reportSkipped logs each file the corpus skipped (or, with summarize, how
// many there were): one broken article must not keep the others from being
// answered, but someone should hear of it.
func reportSkipped(problems []error, log *slog.Logger, summarize bool) {
	if summarize && len(problems) > 0 {
		log.Warn("some article files could not be read and were skipped; -v lists them", "skipped", len(problems))
		return
	}
	for _, p := range problems {
		log.Warn("skipped article", "err", p)
	}
}

// sentences splits and annotates articles: the work done once per index
// build, so that questions find it ready.
func sentences(articles []briefbot.Article) []briefbot.Sentence {
	var out []briefbot.Sentence
	for _, a := range articles {
		out = append(out, corpus.Sentences(a)...)
	}
	answers.Annotate(out)
	return out
}

// settleTries is how many times open reads a corpus that keeps changing
// while it is read before indexing the last reading anyway: with nothing
// served yet, something is better than nothing.
const settleTries = 5

// open fingerprints the corpus and opens (or builds) its index, then makes
// the bot. A corpus that changed while it was read (or, for a build,
// indexed) is read again after corpus.debounce, up to settleTries times;
// the last time it is read whole and indexed as read.
func (a *app) open(ctx context.Context) error {
	for try := 1; ; try++ {
		last := try == settleTries
		snap, err := a.readCorpus(last)
		if err == nil || last && errors.Is(err, errCorpusChanging) {
			if last && err != nil {
				a.log.Warn("the corpus is still changing; indexing what was read", "corpus", snap.src.name, "tries", try)
			}
			err = a.openIndex(ctx, snap)
		}
		if !errors.Is(err, errCorpusChanging) || last {
			return err
		}
		wait := max(a.cfg.Corpus.Debounce.Duration, 100*time.Millisecond)
		a.log.Info("the corpus changed while it was read; reading it again once it is quiet", "corpus", snap.src.name, "in", wait)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
	}
}

// openIndex opens (or builds) the index of a snapshot.
func (a *app) openIndex(ctx context.Context, snap snapshot) error {
	dir := a.cfg.indexDir(snap.src)
	snap.progress = newBuildProgress(snap.articles, a.progressTerm, a.log)
	snap.collector = startBuildCollector(os.Getenv)
	ix, err := index.Open(ctx, dir, snap.fingerprint, snap.build, index.Articles(snap.articles))
	snap.collector.stop()
	if err != nil {
		return err
	}
	st := ix.Stats()
	if st.Reused {
		a.log.Info("index reused, corpus unchanged", "dir", dir, "articles", st.Articles, "sentences", st.Sentences, "took", st.Took.Round(time.Millisecond))
	} else {
		a.log.Info("index built", "dir", dir, "articles", st.Articles, "sentences", st.Sentences, "took", st.Took.Round(time.Millisecond))
		freeBuildMemory()
	}
	a.index = ix
	a.bot = a.newBot(ix)
	a.opened.src, a.opened.fingerprint = snap.src, snap.fingerprint
	return nil
}

// freeBuildMemory hands back to the system what a build used (the
// articles read, bleve's batches): the heap would otherwise stay at its
// high-water mark until the next collection, which a quiet server may not
// need for hours.
func freeBuildMemory() {
	debug.FreeOSMemory()
}

// heldBack is the error of a rebuild that would drop more than
// corpus.max_loss of the articles served: more likely a copy in progress or
// a mistake than an edit, so the old index keeps serving until the corpus
// comes back or an operator forces it.
type heldBack struct {
	found, served int
	maxLoss       float64
	fingerprint   string // of the corpus held back
}

func (h *heldBack) Error() string {
	return fmt.Sprintf("the corpus has %d articles where %d are served: more than corpus.max_loss (%g%%) would be lost",
		h.found, h.served, h.maxLoss*100)
}

// losesTooMuch reports whether going from served articles to found loses
// more than maxLoss of them. An empty corpus always does.
func losesTooMuch(served, found int, maxLoss float64) bool {
	switch {
	case served == 0 || found >= served:
		return false
	case found == 0:
		return true
	}
	return float64(served-found) > maxLoss*float64(served)
}

// forceMark is the file by which `bot index --force` tells a server on the
// same index directory to serve the corpus with this fingerprint even if
// that loses more than corpus.max_loss.
func (a *app) forceMark(src corpusSource, fingerprint string) string {
	return filepath.Join(a.cfg.indexDir(src), "force-"+fingerprint[:16])
}

// forceRequested reports whether `bot index --force` asked for the corpus
// with this fingerprint to be served.
func (a *app) forceRequested(fingerprint string) bool {
	src, err := a.cfg.corpus()
	if err != nil {
		return false
	}
	_, err = os.Stat(a.forceMark(src, fingerprint))
	return err == nil
}

// reload re-reads the corpus and makes the open index serve it: a new
// generation is built in the background and swapped in, or nothing happens
// when the fingerprint is unchanged. On error the old index keeps serving.
// The error is errCorpusChanging (wrapped) when the corpus changed while
// it was read, to be retried once it is quiet, and a *heldBack when the
// rebuild would lose too many articles. force (two SIGHUPs) or a mark from
// `bot index --force` lifts the latter, for the corpus with that
// fingerprint only: the one the operator was told of.
func (a *app) reload(ctx context.Context, force string) (changed bool, err error) {
	snap, err := a.readCorpus(false)
	if err != nil {
		return false, fmt.Errorf("reload: %w", err)
	}
	mark := a.forceMark(snap.src, snap.fingerprint)
	_, markErr := os.Stat(mark)
	forced := force == snap.fingerprint || markErr == nil
	if served := a.index.Stats().Articles; !forced && losesTooMuch(served, snap.articles, a.cfg.Corpus.MaxLoss) {
		return false, &heldBack{found: snap.articles, served: served, maxLoss: a.cfg.Corpus.MaxLoss, fingerprint: snap.fingerprint}
	}
	snap.progress = newBuildProgress(snap.articles, nil, a.log)
	snap.collector = startBuildCollector(os.Getenv)
	changed, err = a.index.Reload(ctx, snap.fingerprint, snap.build, index.Articles(snap.articles))
	snap.collector.stop()
	if err != nil {
		return false, fmt.Errorf("reload: %w", err)
	}
	if changed {
		freeBuildMemory()
	}
	if markErr == nil {
		_ = os.Remove(mark)
	}
	return changed, nil
}

func (a *app) newBot(s briefbot.Searcher) *briefbot.Bot {
	return &briefbot.Bot{
		Searcher:       s,
		Answerer:       &answers.Answerer{Threshold: a.cfg.Answers.Threshold},
		Timeout:        a.cfg.Answers.Timeout.Duration,
		MaxQuestionLen: a.cfg.Answers.MaxQuestionLength,
	}
}

func (a *app) close() {
	if a.index != nil {
		if err := a.index.Close(); err != nil {
			a.log.Warn("closing the index", "err", err)
		}
	}
}
