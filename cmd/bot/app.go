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

// loadArticles reads the corpus, logging each bad file (or, with summarize,
// how many there were) and going on without it: one broken article must not
// keep the others from being answered.
func loadArticles(src corpusSource, fsys fs.FS, log *slog.Logger, summarize bool) ([]briefbot.Article, error) {
	articles, problems := corpus.Load(fsys)
	if summarize && len(problems) > 0 {
		log.Warn("some article files could not be read and were skipped; -v lists them", "skipped", len(problems))
	} else {
		for _, p := range problems {
			log.Warn("skipped article", "err", p)
		}
	}
	if len(articles) == 0 && len(problems) > 0 {
		return nil, fmt.Errorf("corpus %s: no readable articles (%d skipped)", src.name, len(problems))
	}
	if len(articles) == 0 {
		log.Warn("the corpus has no articles (.txt, .md, .html); every question will get \"the articles don't say\"", "corpus", src.name)
	}
	return articles, nil
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

// build splits and annotates the articles; the index calls it only when it
// has no generation for the fingerprint.
func (s snapshot) build(context.Context) ([]briefbot.Sentence, error) {
	return sentences(s.articles), nil
}

// readCorpus reads the configured corpus, skipping (and logging) broken
// articles, and fingerprints it. open and reload share it, so a served index
// and a freshly opened one always agree on what "changed" means.
func (a *app) readCorpus() (snapshot, error) {
	src, err := a.cfg.corpus()
	if err != nil {
		return snapshot{}, err
	}
	fsys := corpus.Bundled()
	if src.dir != "" {
		// A Dir reads only regular files, never blocks on one, and
		// keeps out of the way links that lead out of the corpus.
		d, err := corpus.OpenDir(src.dir, corpus.DirOptions{AllowOutsideLinks: a.cfg.Corpus.AllowOutsideLinks})
		if err != nil {
			return snapshot{}, err
		}
		defer d.Close()
		fsys = d
	}
	articles, err := loadArticles(src, fsys, a.log, a.summarizeSkips)
	if err != nil {
		return snapshot{}, err
	}
	return snapshot{src: src, articles: articles, fingerprint: fingerprint(articles)}, nil
}

// open loads the corpus and opens (or builds) its index, then makes the bot.
func (a *app) open(ctx context.Context) error {
	snap, err := a.readCorpus()
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
	return nil
}

// reload re-reads the corpus and makes the open index serve it: a new
// generation is built in the background and swapped in, or nothing happens
// when the fingerprint is unchanged. On error the old index keeps serving.
// A corpus that has lost every article is refused, since an empty index
// answers nothing: that is more likely a copy in progress or a mistake.
func (a *app) reload(ctx context.Context) (changed bool, err error) {
	snap, err := a.readCorpus()
	if err != nil {
		return false, fmt.Errorf("reload: %w", err)
	}
	if len(snap.articles) == 0 {
		return false, fmt.Errorf("reload: corpus %s has no articles; keeping the index served", snap.src.name)
	}
	changed, err = a.index.Reload(ctx, snap.fingerprint, snap.build)
	if err != nil {
		return false, fmt.Errorf("reload: %w", err)
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
