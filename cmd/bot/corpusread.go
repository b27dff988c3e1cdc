package main

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/gob"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"briefbot"
	"briefbot/answers"
	"briefbot/corpus"
)

// Reading the corpus. A start on an unchanged corpus should not read it: a
// million sentences are some 130 MB of articles, three seconds to read and
// hash and a heap of 300 MB. So the corpus is fingerprinted by stat: its
// files are listed with their stamps (size, modification time, inode and
// change time; see corpus.File), and the hash of the article each file
// held is kept in a cache file beside the index, so that only files whose
// stamp changed are read again. When no stamp changed at all, the cache's
// header gives the fingerprint outright. The index build reads the files
// again (those not read already) and checks that they still make the
// fingerprint it was asked for.

// snapshot is one look at the corpus: what index.Open and Index.Reload
// need to serve it.
type snapshot struct {
	src         corpusSource
	opts        corpus.DirOptions
	fingerprint string
	articles    int    // how many the fingerprint covers
	state       string // of the listing the fingerprint was made from
	// held are articles read to fingerprint the corpus, by ID, for the
	// build to take instead of reading them again. complete is set when
	// held is the whole corpus: the build then indexes it as it is.
	held     map[string]briefbot.Article
	complete bool
	// read counts the files read to make the fingerprint.
	read int
	// progress, when set, hears of each article the build indexes.
	progress *buildProgress
	// collector, when set, is kept to the live heap between articles.
	collector *buildCollector
	// log hears of an article indexed without its annotations.
	log *slog.Logger
}

// errCorpusChanging: the files changed while the corpus was read, so what
// was read may be half of a copy in progress.
var errCorpusChanging = errors.New("the corpus changed while it was read")

// openCorpus opens the corpus for reading: the bundled story, or the
// directory, whose Dir reads only regular files, never blocks on one, and
// keeps out links that lead out of the corpus.
func openCorpus(src corpusSource, opts corpus.DirOptions) (fs.FS, func() bool, func(), error) {
	if src.dir == "" {
		return corpus.Bundled(), func() bool { return false }, func() {}, nil
	}
	d, err := corpus.OpenDir(src.dir, opts)
	if err != nil {
		return nil, nil, nil, err
	}
	return d, d.Replaced, func() { d.Close() }, nil
}

// readCorpus fingerprints the configured corpus, reading only the files
// whose stamps changed since the last time (all of them with full),
// skipping broken articles. open and reload share it, so a served index
// and a freshly opened one always agree on what "changed" means. When the
// files changed while they were read (the listing differs before and
// after, or the directory was replaced) it returns what it found with
// errCorpusChanging, and has not logged the skipped files, which may be
// artefacts of the change.
func (a *app) readCorpus(full bool) (snapshot, error) {
	src, err := a.cfg.corpus()
	if err != nil {
		return snapshot{}, err
	}
	snap := snapshot{src: src, opts: corpus.DirOptions{AllowOutsideLinks: a.cfg.Corpus.AllowOutsideLinks}, log: a.log}
	fsys, replaced, closeFS, err := openCorpus(src, snap.opts)
	if err != nil {
		return snapshot{}, err
	}
	defer closeFS()
	// Listing a corpus of 50,000 files allocates some 15 MB (8 MB kept)
	// on what is, at start, an empty heap: the default target collected
	// it five times over, once at a build's (bot ask at a million
	// sentences: median 280 -> 237 ms, 21 runs each). Reading the
	// articles is left at the default: at the build's target a fresh
	// million-sentence build took 10% more CPU.
	gc := startBuildCollector(os.Getenv)
	files, err := corpus.List(fsys)
	gc.stop()
	if err != nil {
		return snapshot{}, fmt.Errorf("corpus %s: %w", src.name, err)
	}
	snap.state = listState(files)
	cachePath := a.corpusCachePath(src)
	if !full {
		if h, ok := readCacheHeader(cachePath); ok && h.State == snap.state && !h.Retry {
			// Nothing changed since the fingerprint was taken.
			snap.fingerprint, snap.articles = h.Fingerprint, h.Articles
			return snap, a.checkArticles(snap, problemErrors(h.Problems))
		}
	}
	if a.onRead != nil {
		a.onRead()
	}
	var cached map[string]cachedFile
	if !full {
		cached = readCacheTable(cachePath)
	}
	next := corpusCache{Files: make(map[string]cachedFile, len(files))}
	fp := newFingerprint()
	snap.held = map[string]briefbot.Article{}
	var problems []error
	read := 0
	loader := corpus.Loader{}
	for _, f := range files {
		if c, ok := cached[f.Path]; ok && f.Err == nil && c.Stamp == f.Stamp {
			next.Files[f.Path] = c
			if c.Skip != "" {
				problems = append(problems, skipError(f.Path, errors.New(c.Skip)))
				continue
			}
			fp.add(f.Path, c.Hash)
			continue
		}
		if f.Err == nil && f.Type&fs.ModeType&^fs.ModeSymlink == 0 {
			read++
		}
		art, err := loader.LoadFile(fsys, f)
		if err != nil {
			problems = append(problems, skipError(f.Path, err))
			if f.Err == nil && contentError(err) {
				next.Files[f.Path] = cachedFile{Stamp: f.Stamp, Skip: err.Error()}
			} else {
				next.Retry = true // tried again next time
			}
			continue
		}
		h := articleHash(art)
		next.Files[f.Path] = cachedFile{Stamp: f.Stamp, Hash: h}
		fp.add(f.Path, h)
		snap.held[art.ID] = art
	}
	snap.fingerprint, snap.articles, snap.read = fp.sum(), fp.n, read
	snap.complete = len(snap.held) == snap.articles
	if read > 0 {
		after, err := corpus.List(fsys)
		if err != nil || listState(after) != snap.state || replaced() {
			return snap, fmt.Errorf("corpus %s: %w", src.name, errCorpusChanging)
		}
	}
	next.corpusCacheHeader = corpusCacheHeader{Version: cacheVersion, State: snap.state, Fingerprint: snap.fingerprint,
		Articles: snap.articles, Problems: problemStrings(problems), Retry: next.Retry}
	if err := writeCorpusCache(cachePath, next); err != nil {
		a.log.Warn("could not keep the corpus's fingerprint for the next start; it will be read again", "err", err)
	}
	return snap, a.checkArticles(snap, problems)
}

// checkArticles reports the files skipped, and refuses a corpus of nothing
// but broken files.
func (a *app) checkArticles(snap snapshot, problems []error) error {
	reportSkipped(problems, a.log, a.summarizeSkips)
	if snap.articles == 0 && len(problems) > 0 {
		return fmt.Errorf("corpus %s: no readable articles (%d skipped)", snap.src.name, len(problems))
	}
	if snap.articles == 0 {
		a.log.Warn("the corpus has no articles (.txt, .md, .html); every question will get \"the articles don't say\"", "corpus", snap.src.name)
	}
	return nil
}

// loadArticles reads every article of the configured corpus, for the
// commands that need their text (feedback export, bench).
func (a *app) loadArticles() ([]briefbot.Article, error) {
	src, err := a.cfg.corpus()
	if err != nil {
		return nil, err
	}
	fsys, _, closeFS, err := openCorpus(src, corpus.DirOptions{AllowOutsideLinks: a.cfg.Corpus.AllowOutsideLinks})
	if err != nil {
		return nil, err
	}
	defer closeFS()
	arts, problems := corpus.Load(fsys)
	reportSkipped(problems, a.log, a.summarizeSkips)
	return arts, nil
}

// build returns the BuildFunc that indexes the snapshot: it lists the
// corpus again, reads the articles not held, splits and annotates one
// article at a time. Unless the snapshot is complete, it checks that what
// it read still makes the fingerprint, and that no file changed meanwhile:
// otherwise the index would hold another corpus than its fingerprint
// says, and the build fails with errCorpusChanging.
func (s snapshot) build(ctx context.Context, emit func([]briefbot.Sentence) error) error {
	var an answers.Annotator // its buffers serve every article in turn
	indexed := func(art briefbot.Article) error {
		ss := corpus.Sentences(art)
		failed := an.Failed
		an.Annotate(ss)
		if an.Failed > failed && s.log != nil {
			// A bug in the answerer's analysis, not in the article: it is
			// served all the same, read as it is at question time.
			s.log.Error("could not annotate an article; indexed without annotations", "article", art.ID)
		}
		s.progress.add(len(ss))
		s.collector.adjust()
		return emit(ss)
	}
	defer s.progress.finish()
	if s.complete {
		arts := sortedArticles(s.held)
		for i := range arts {
			if err := indexed(arts[i]); err != nil {
				return err
			}
			arts[i] = briefbot.Article{} // for the collector
		}
		return nil
	}
	fsys, replaced, closeFS, err := openCorpus(s.src, s.opts)
	if err != nil {
		return err
	}
	defer closeFS()
	files, err := corpus.List(fsys)
	if err != nil {
		return err
	}
	changed := fmt.Errorf("corpus %s: %w", s.src.name, errCorpusChanging)
	if listState(files) != s.state {
		return changed
	}
	fp := newFingerprint()
	loader := corpus.Loader{}
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		art, ok := s.held[f.Path]
		if !ok {
			if art, err = loader.LoadFile(fsys, f); err != nil {
				continue // skipped, and reported, when fingerprinted
			}
		}
		fp.add(f.Path, articleHash(art))
		if err := indexed(art); err != nil {
			return err
		}
	}
	after, err := corpus.List(fsys)
	if err != nil || fp.sum() != s.fingerprint || listState(after) != s.state || replaced() {
		return changed
	}
	return nil
}

// sortedArticles returns the articles by ID, as the corpus lists them.
func sortedArticles(m map[string]briefbot.Article) []briefbot.Article {
	out := make([]briefbot.Article, 0, len(m))
	for _, a := range m {
		out = append(out, a)
	}
	slices.SortFunc(out, func(a, b briefbot.Article) int { return strings.Compare(a.ID, b.ID) })
	return out
}

// fingerprint identifies a corpus and the analysis applied to it; the index
// is rebuilt whenever it changes. It is made of the hash of each article,
// by ID, so that it can be made again from the hashes alone.
type fingerprint struct {
	h hashWriter
	n int
}

type hashWriter interface {
	io.Writer
	Sum([]byte) []byte
}

func newFingerprint() *fingerprint {
	f := &fingerprint{h: sha256.New()}
	writeField(f.h, annotationVersion)
	return f
}

// annotationVersion is the answerer's annotation format (answers.Version),
// part of both the fingerprint and the listing's state: a new version
// rebuilds the index even on a corpus whose files did not change (a var
// so that a test can change it).
var annotationVersion = answers.Version

func (f *fingerprint) add(id, articleHash string) {
	writeField(f.h, id)
	writeField(f.h, articleHash)
	f.n++
}

func (f *fingerprint) sum() string { return hex.EncodeToString(f.h.Sum(nil)) }

// articleHash identifies an article's content.
func articleHash(a briefbot.Article) string {
	h := sha256.New()
	writeField(h, a.ID)
	writeField(h, a.Title)
	writeField(h, a.URL)
	writeField(h, a.Source)
	writeField(h, a.Published.Format(time.RFC3339))
	for _, p := range a.Paragraphs {
		writeField(h, p)
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

func writeField(w io.Writer, s string) {
	var n [8]byte
	binary.LittleEndian.PutUint64(n[:], uint64(len(s)))
	w.Write(n[:])
	io.WriteString(w, s)
}

// listState sums up a listing: it changes whenever a file Load would read
// appears, goes or changes.
//
// The fields go through a buffer and into the hash 64 KB at a time: four
// small writes a file straight into the hash took 15-30 ms of a start at
// 50,000 files.
func listState(files []corpus.File) string {
	h := sha256.New()
	w := bufio.NewWriterSize(h, 64<<10)
	writeField(w, annotationVersion)
	for _, f := range files {
		writeField(w, f.Path)
		if f.Err != nil {
			writeField(w, "error "+f.Err.Error())
		} else {
			writeField(w, f.Stamp)
		}
	}
	w.Flush() // a hash's Write never fails
	return hex.EncodeToString(h.Sum(nil))
}

// contentError reports whether a file was skipped for what it holds (too
// large, binary, no text), which only a change of the file changes; other
// errors (unreadable, a named pipe, a read that timed out) are tried again
// at every reading.
func contentError(err error) bool {
	return errors.Is(err, corpus.ErrTooLarge) || errors.Is(err, corpus.ErrBinary) || errors.Is(err, corpus.ErrNoText)
}

// skipError reports a skipped file as corpus.Load does.
func skipError(path string, err error) error {
	return &fs.PathError{Op: "load", Path: path, Err: err}
}

func problemStrings(errs []error) []string {
	out := make([]string, len(errs))
	for i, e := range errs {
		out[i] = e.Error()
	}
	return out
}

func problemErrors(msgs []string) []error {
	out := make([]error, len(msgs))
	for i, m := range msgs {
		out[i] = errors.New(m)
	}
	return out
}

// The corpus cache: a file beside the index, per corpus, holding a header
// (the listing's state and the fingerprint made from it) and then, per
// file, its stamp and the hash of its article. Both are gob values, so the
// header can be read without the table.

// cacheVersion names the cache's format and the corpus reading its hashes
// came from (corpus.Version): a cache of another is read as none.
const cacheVersion = "briefbot-corpus-cache-1/" + corpus.Version

type corpusCacheHeader struct {
	Version     string
	State       string
	Fingerprint string
	Articles    int
	Problems    []string // files skipped
	Retry       bool     // some were skipped for a reason that may pass: read them again
}

type corpusCache struct {
	corpusCacheHeader
	Files map[string]cachedFile
}

type cachedFile struct {
	Stamp string
	Hash  string // of the article; "" when skipped
	Skip  string // why it was skipped (for its content)
}

// corpusCachePath is the cache file of a corpus, in its index directory.
func (a *app) corpusCachePath(src corpusSource) string {
	sum := sha256.Sum256([]byte(src.name))
	return filepath.Join(a.cfg.indexDir(src), "corpus-"+hex.EncodeToString(sum[:6])+".cache")
}

func readCacheHeader(path string) (corpusCacheHeader, bool) {
	var h corpusCacheHeader
	f, err := os.Open(path)
	if err != nil {
		return h, false
	}
	defer f.Close()
	if err := gob.NewDecoder(bufio.NewReaderSize(f, 4096)).Decode(&h); err != nil || h.Version != cacheVersion {
		return h, false
	}
	return h, true
}

// readCacheTable returns the cached files, or nothing when the cache is
// missing or unreadable: every file is then read.
func readCacheTable(path string) map[string]cachedFile {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	dec := gob.NewDecoder(bufio.NewReader(f))
	var h corpusCacheHeader
	var files map[string]cachedFile
	if dec.Decode(&h) != nil || h.Version != cacheVersion || dec.Decode(&files) != nil {
		return nil
	}
	return files
}

// writeCorpusCache writes the cache whole and renames it into place, so
// that a reader (another process) sees the old one or the new one.
func writeCorpusCache(path string, c corpusCache) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".corpus-cache-")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	w := bufio.NewWriter(tmp)
	enc := gob.NewEncoder(w)
	err = enc.Encode(c.corpusCacheHeader)
	if err == nil {
		err = enc.Encode(c.Files)
	}
	if err == nil {
		err = w.Flush()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// buildProgress shows how an index build goes: on a terminal, one line
// rewritten in place; otherwise, and in every case in the log, a line every
// progressEvery. A nil *buildProgress shows nothing.
type buildProgress struct {
	term     io.Writer // the terminal, or nil
	log      *slog.Logger
	total    int // articles
	start    time.Time
	shown    time.Time
	logged   time.Time
	articles int
	sents    int
}

const (
	progressEvery     = 5 * time.Second
	progressTermEvery = 200 * time.Millisecond
)

func newBuildProgress(total int, term io.Writer, log *slog.Logger) *buildProgress {
	now := time.Now()
	return &buildProgress{term: term, log: log, total: total, start: now, shown: now, logged: now}
}

func (p *buildProgress) add(sentences int) {
	if p == nil {
		return
	}
	p.articles++
	p.sents += sentences
	now := time.Now()
	if p.term != nil && now.Sub(p.shown) >= progressTermEvery {
		p.shown = now
		fmt.Fprintf(p.term, "\r\x1b[Kindexing: %s", p.line(now))
	}
	if now.Sub(p.logged) >= progressEvery {
		p.logged = now
		if p.term == nil {
			el := now.Sub(p.start)
			p.log.Info("indexing", "articles", p.articles, "of", p.total, "sentences", p.sents,
				"per_second", int(float64(p.sents)/el.Seconds()), "left", p.left(now).Round(time.Second))
		}
	}
}

// line is the progress so far: articles and sentences done, rate, time left.
func (p *buildProgress) line(now time.Time) string {
	rate := float64(p.sents) / max(now.Sub(p.start).Seconds(), 1e-3)
	pct := 100 * p.articles / max(p.total, 1)
	return fmt.Sprintf("%s of %s articles (%d%%), %s sentences, %s sentences/s, about %v left",
		thousands(float64(p.articles)), thousands(float64(p.total)), pct, thousands(float64(p.sents)),
		thousands(rate), p.left(now).Round(time.Second))
}

// left estimates the time to go from the share of articles done.
func (p *buildProgress) left(now time.Time) time.Duration {
	if p.articles == 0 || p.total <= p.articles {
		return 0
	}
	el := now.Sub(p.start)
	return time.Duration(float64(el) * float64(p.total-p.articles) / float64(p.articles))
}

func (p *buildProgress) finish() {
	if p == nil || p.term == nil || p.shown.Equal(p.start) {
		return
	}
	fmt.Fprintf(p.term, "\r\x1b[K")
}
