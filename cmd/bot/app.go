package main

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
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
	// onRead, when set, is called once the corpus directory is open for
	// reading, before its files are read: tests change the corpus there
	// to stand for a copy in progress.
	onRead func()
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

// fingerprint identifies a corpus and the analysis applied to it; the index
// is rebuilt whenever it changes.
func fingerprint(articles []briefbot.Article) string {
	h := sha256.New()
	field := func(s string) {
		var n [8]byte
		binary.LittleEndian.PutUint64(n[:], uint64(len(s)))
		h.Write(n[:])
		io.WriteString(h, s)
	}
	field(answers.Version)
	for _, a := range articles {
		field(a.ID)
		field(a.Title)
		field(a.URL)
		field(a.Source)
		field(a.Published.Format(time.RFC3339))
		for _, p := range a.Paragraphs {
			field(p)
		}
		field("\x00end")
	}
	return hex.EncodeToString(h.Sum(nil))
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

// snapshot is one reading of the corpus: what index.Open and Index.Reload
// need to serve it.
type snapshot struct {
	src         corpusSource
	articles    []briefbot.Article
	fingerprint string
}

// build splits and annotates the articles, one at a time, for the index to
// take in while the next is analysed; the index calls it only when it has
// no generation for the fingerprint.
func (s snapshot) build(ctx context.Context, emit func([]briefbot.Sentence) error) error {
	for _, a := range s.articles {
		ss := corpus.Sentences(a)
		answers.Annotate(ss)
		if err := emit(ss); err != nil {
			return err
		}
	}
	return nil
}

// errCorpusChanging: the files changed while the corpus was read, so what
// was read may be half of a copy in progress.
var errCorpusChanging = errors.New("the corpus changed while it was read")

// readCorpus reads the configured corpus, skipping broken articles, and
// fingerprints it. open and reload share it, so a served index and a freshly
// opened one always agree on what "changed" means. When the files changed
// while they were read (corpus.State differs before and after, or the
// directory was replaced) it returns what it read with errCorpusChanging,
// and has not logged the skipped files, which may be artefacts of the
// change.
func (a *app) readCorpus() (snapshot, error) {
	src, err := a.cfg.corpus()
	if err != nil {
		return snapshot{}, err
	}
	var articles []briefbot.Article
	var problems []error
	if src.dir == "" {
		articles, problems = corpus.Load(corpus.Bundled())
	} else {
		// A Dir reads only regular files, never blocks on one, and
		// keeps out links that lead out of the corpus.
		d, err := corpus.OpenDir(src.dir, corpus.DirOptions{AllowOutsideLinks: a.cfg.Corpus.AllowOutsideLinks})
		if err != nil {
			return snapshot{}, err
		}
		defer d.Close()
		before, err := corpus.State(d)
		if err != nil {
			return snapshot{}, fmt.Errorf("corpus %s: %w", src.name, err)
		}
		if a.onRead != nil {
			a.onRead()
		}
		articles, problems = corpus.Load(d)
		after, err := corpus.State(d)
		if err != nil || after != before || d.Replaced() {
			snap := snapshot{src: src, articles: articles, fingerprint: fingerprint(articles)}
			return snap, fmt.Errorf("corpus %s: %w", src.name, errCorpusChanging)
		}
	}
	reportSkipped(problems, a.log, a.summarizeSkips)
	if len(articles) == 0 && len(problems) > 0 {
		return snapshot{}, fmt.Errorf("corpus %s: no readable articles (%d skipped)", src.name, len(problems))
	}
	if len(articles) == 0 {
		a.log.Warn("the corpus has no articles (.txt, .md, .html); every question will get \"the articles don't say\"", "corpus", src.name)
	}
	return snapshot{src: src, articles: articles, fingerprint: fingerprint(articles)}, nil
}

// settleTries is how many times open reads a corpus that keeps changing
// while it is read before indexing the last reading anyway: with nothing
// served yet, something is better than nothing.
const settleTries = 5

// readSettled reads the corpus for open: again, after corpus.debounce, when
// it changed while it was read.
func (a *app) readSettled(ctx context.Context) (snapshot, error) {
	for try := 1; ; try++ {
		snap, err := a.readCorpus()
		if !errors.Is(err, errCorpusChanging) {
			return snap, err
		}
		if try == settleTries {
			a.log.Warn("the corpus is still changing; indexing what was read", "corpus", snap.src.name, "tries", try)
			return snap, nil
		}
		wait := max(a.cfg.Corpus.Debounce.Duration, 100*time.Millisecond)
		a.log.Info("the corpus changed while it was read; reading it again once it is quiet", "corpus", snap.src.name, "in", wait)
		select {
		case <-ctx.Done():
			return snapshot{}, ctx.Err()
		case <-time.After(wait):
		}
	}
}

// open loads the corpus and opens (or builds) its index, then makes the bot.
func (a *app) open(ctx context.Context) error {
	snap, err := a.readSettled(ctx)
	if err != nil {
		return err
	}
	dir := a.cfg.indexDir(snap.src)
	ix, err := index.Open(ctx, dir, snap.fingerprint, snap.build)
	if err != nil {
		return err
	}
	st := ix.Stats()
	if st.Reused {
		a.log.Info("index reused, corpus unchanged", "dir", dir, "articles", st.Articles, "sentences", st.Sentences, "took", st.Took.Round(time.Millisecond))
	} else {
		a.log.Info("index built", "dir", dir, "articles", st.Articles, "sentences", st.Sentences, "took", st.Took.Round(time.Millisecond))
	}
	a.index = ix
	a.bot = a.newBot(ix)
	a.opened.src, a.opened.fingerprint = snap.src, snap.fingerprint
	return nil
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
	snap, err := a.readCorpus()
	if err != nil {
		return false, fmt.Errorf("reload: %w", err)
	}
	mark := a.forceMark(snap.src, snap.fingerprint)
	_, markErr := os.Stat(mark)
	forced := force == snap.fingerprint || markErr == nil
	if served := a.index.Stats().Articles; !forced && losesTooMuch(served, len(snap.articles), a.cfg.Corpus.MaxLoss) {
		return false, &heldBack{found: len(snap.articles), served: served, maxLoss: a.cfg.Corpus.MaxLoss, fingerprint: snap.fingerprint}
	}
	changed, err = a.index.Reload(ctx, snap.fingerprint, snap.build)
	if err != nil {
		return false, fmt.Errorf("reload: %w", err)
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
