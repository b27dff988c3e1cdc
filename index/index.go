// Package index stores article sentences in a bleve full-text index and
// retrieves them for questions. It is the only package that imports bleve;
// everything else sees briefbot.Searcher.
//
// # Layout on disk
//
// An index lives in a directory of its own (by default under the user's
// cache directory; cmd/bot picks it). Inside, each build of the corpus is a
// generation: a bleve index in a sub-directory named after the corpus
// fingerprint. Open reuses the generation whose fingerprint matches and
// builds a new one otherwise. A build is written to a temporary directory and
// renamed into place only when complete, so a crash or a concurrent reader
// never sees half an index. Older generations are removed once nothing holds
// them open, and so are build directories left by a crash: a build holds a
// lock file in its directory until the rename, and one whose lock is free
// was abandoned.
//
// Reload builds the next generation in the background while questions keep
// being answered from the old one, then swaps it in atomically: searches
// hold a read lock on the generation they use, so the old one is closed
// only once no search uses it.
//
// # Mapping
//
// One document per sentence. The sentence text uses bleve's English analyser
// (possessives, lower case, stop words, Porter stems) with accents folded
// (fold.go), is stored, and keeps term vectors: without them phrase queries silently match nothing. The
// article title is indexed with the same analyser; the remaining fields are
// stored only. Scoring is BM25.
//
// # Locking
//
// A finished generation is never written again, so it is opened read-only,
// which takes a shared file lock: a running server, `bot ask` and `bot index`
// can all use the same generation at once. Builds happen in their own
// directory under an exclusive lock. bleve waits for ever on a lock it cannot
// take; Open waits LockTimeout and then fails with ErrLocked instead (an
// older binary holding a generation read-write is the case left).
package index

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
	bolterrors "go.etcd.io/bbolt/errors"

	"briefbot"
)

// schemaVersion changes whenever the mapping or the stored fields change, so
// that indexes written by an older binary are rebuilt rather than misread.
const schemaVersion = "briefbot-index-3"

// LockTimeout is how long Open waits for another process to release an
// index before giving up with ErrLocked.
const LockTimeout = 2 * time.Second

// DefaultLimit is the number of hits returned when a Query sets no Limit.
const DefaultLimit = 20

// batchSize keeps memory flat while indexing large corpora; about 1,000
// documents per batch was the fastest size measured on this hardware.
const batchSize = 1000

// fillQueue is how many emitted slices (articles, as cmd/bot emits them)
// may wait to be indexed: enough to keep both sides busy, few enough that
// memory stays flat.
const fillQueue = 64

// ErrLocked means another process has the index open.
var ErrLocked = errors.New("index is in use by another process")

// BuildFunc produces the sentences of the corpus, grouped by article and in
// order within each, handing them to emit in as many slices as it likes
// (one per article, say); emit owns each slice it is given. Open and Reload
// call it only when the index has to be (re)built, so the corpus need not
// be read, split and analysed when an up-to-date index already exists. It
// runs in a goroutine of its own while what it emitted is indexed, so
// reading and analysing the next articles overlaps with indexing the
// last ones; emit blocks while the indexing is behind, so memory stays
// flat however large the corpus. An error from emit (the build cancelled)
// should be returned.
type BuildFunc func(ctx context.Context, emit func([]briefbot.Sentence) error) error

// Sentences returns a BuildFunc that emits the given sentences.
func Sentences(s []briefbot.Sentence) BuildFunc {
	return func(_ context.Context, emit func([]briefbot.Sentence) error) error { return emit(s) }
}

// Stats describes the generation being served.
type Stats struct {
	Fingerprint string        `json:"fingerprint"`
	Articles    int           `json:"articles"`
	Sentences   int           `json:"sentences"`
	Reused      bool          `json:"reused"` // opened from disk instead of built
	Took        time.Duration `json:"took"`   // time to open or build
}

// Index is a searchable set of sentences. It is safe for concurrent use.
type Index struct {
	dir string // "" for an in-memory index

	// serving is the generation searches use, nil once closed; a search
	// holds use for reading while it uses it.
	use     sync.RWMutex
	serving *generation

	mu     sync.Mutex // guards cur and closed, and serialises Reload
	cur    *generation
	closed bool
	// stats mirrors cur.stats so that Stats never waits for a Reload,
	// which holds mu for the whole rebuild.
	stats atomic.Pointer[Stats]

	analyzerOnce sync.Once
	textAnalyzer analysis.Analyzer
}

type generation struct {
	idx   bleve.Index
	path  string // "" in memory
	stats Stats

	bm25Once sync.Once
	bm25     *search.BM25Stats // nil when it could not be counted

	// df holds docFreq's counts by term, as the generation's sentences
	// never change: analysing a term and looking it up in every
	// segment's dictionary was a twentieth of a search.
	dfMu sync.Mutex
	df   map[string]int

	holders holders // which segments hold an article, for neighbours
}

// maxCachedTerms bounds a generation's cache of term counts (a few
// hundred kilobytes at most); when full, it starts again.
const maxCachedTerms = 1 << 14

var _ briefbot.Searcher = (*Index)(nil)

// Open opens the index in dir for the corpus with the given fingerprint,
// building it with build when no up-to-date generation exists. The
// fingerprint must change whenever the corpus (or its analysis) does.
func Open(ctx context.Context, dir, fingerprint string, build BuildFunc, opts ...Option) (*Index, error) {
	if dir == "" {
		return nil, errors.New("open index: no directory given")
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("open index: %w", err)
	}
	ix := &Index{dir: dir}
	g, err := ix.load(ctx, fingerprint, build, newBuildOptions(opts))
	if err != nil {
		return nil, err
	}
	ix.install(g)
	ix.removeStale()
	return ix, nil
}

// NewMemory builds an index held in memory only, for tests and evaluation.
// It uses bleve's scorch engine like the on-disk index, so it behaves the
// same (bleve's NewMemOnly is a different, much slower engine).
func NewMemory(ctx context.Context, sentences []briefbot.Sentence) (*Index, error) {
	g, err := memoryGeneration(ctx, Sentences(sentences))
	if err != nil {
		return nil, err
	}
	ix := &Index{}
	ix.install(g)
	return ix, nil
}

func memoryGeneration(ctx context.Context, build BuildFunc) (*generation, error) {
	start := time.Now()
	idx, err := bleve.NewUsing("", newMapping(), scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("new memory index: %w", err)
	}
	stats, err := fill(ctx, idx, build, "", false)
	if err != nil {
		_ = idx.Close()
		return nil, err
	}
	stats.Took = time.Since(start)
	return &generation{idx: idx, stats: stats}, nil
}

// Stats describes the generation currently served.
func (ix *Index) Stats() Stats {
	return *ix.stats.Load()
}

// Reload makes the index serve the corpus with the given fingerprint. When
// it differs from the one served, a new generation is built while searches
// continue on the old one, then swapped in atomically; the old one is closed
// and removed. It reports whether anything changed. On error the old
// generation keeps serving.
func (ix *Index) Reload(ctx context.Context, fingerprint string, build BuildFunc, opts ...Option) (bool, error) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.closed {
		return false, errors.New("reload: index closed")
	}
	// In memory there is nothing to compare against: always rebuild.
	if ix.dir != "" && ix.cur.stats.Fingerprint == fullFingerprint(fingerprint) {
		return false, nil
	}
	var g *generation
	var err error
	if ix.dir == "" {
		g, err = memoryGeneration(ctx, build)
	} else {
		g, err = ix.load(ctx, fingerprint, build, newBuildOptions(opts))
	}
	if err != nil {
		return false, err
	}
	old := ix.cur
	ix.use.Lock() // waits for the searches using old
	ix.serving = g
	ix.use.Unlock()
	ix.cur = g
	ix.stats.Store(&g.stats)
	_ = old.idx.Close()
	if ix.dir != "" {
		ix.removeStale()
	}
	return true, nil
}

// Close releases the index. Searches after Close fail.
func (ix *Index) Close() error {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.closed {
		return nil // bleve panics on a second close
	}
	ix.closed = true
	ix.use.Lock()
	ix.serving = nil
	ix.use.Unlock()
	if err := ix.cur.idx.Close(); err != nil {
		return fmt.Errorf("close index: %w", err)
	}
	return nil
}

func (ix *Index) install(g *generation) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.use.Lock()
	ix.serving = g
	ix.use.Unlock()
	ix.cur = g
	ix.stats.Store(&g.stats)
}

// fullFingerprint mixes the schema version in, so a new mapping rebuilds.
func fullFingerprint(corpus string) string {
	sum := sha256.Sum256([]byte(schemaVersion + "\x00" + corpus))
	return hex.EncodeToString(sum[:])
}

// load opens the generation for fingerprint, building it first if needed.
func (ix *Index) load(ctx context.Context, fingerprint string, build BuildFunc, o buildOptions) (*generation, error) {
	start := time.Now()
	fp := fullFingerprint(fingerprint)
	path := filepath.Join(ix.dir, "gen-"+fp[:16])
	if _, err := os.Stat(path); err == nil {
		g, err := openGeneration(path)
		if err == nil && g.stats.Fingerprint == fp {
			g.stats.Reused = true
			g.stats.Took = time.Since(start)
			return g, nil
		}
		if errors.Is(err, ErrLocked) {
			return nil, err
		}
		// Unreadable or foreign: rebuild it.
		if g != nil {
			_ = g.idx.Close()
		}
		if err := os.RemoveAll(path); err != nil {
			return nil, fmt.Errorf("open index: remove broken generation: %w", err)
		}
	}

	tmp, err := os.MkdirTemp(ix.dir, "build-")
	if err != nil {
		return nil, fmt.Errorf("build index: %w", err)
	}
	defer os.RemoveAll(tmp) // a no-op once renamed
	release, err := lockBuild(tmp)
	if err != nil {
		return nil, fmt.Errorf("build index: lock: %w", err)
	}
	defer release() // after the rename, so no one takes the build for abandoned
	idx, err := bleve.NewUsing(tmp, newMapping(), scorch.Name, scorch.Name, o.config())
	if err != nil {
		return nil, fmt.Errorf("build index: %w", err)
	}
	stats, err := fill(ctx, idx, build, fp, true)
	if cerr := idx.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("build index: %w", cerr)
	}
	if err != nil {
		return nil, err
	}
	if err := os.Rename(tmp, path); err != nil {
		// Another process may have finished the same generation first.
		if _, serr := os.Stat(path); serr != nil {
			return nil, fmt.Errorf("build index: %w", err)
		}
	}
	g, err := openGeneration(path)
	if err != nil {
		return nil, err
	}
	g.stats.Articles, g.stats.Sentences = stats.Articles, stats.Sentences
	g.stats.Took = time.Since(start)
	return g, nil
}

// An Option tells Open or Reload about the corpus a build would index.
type Option func(*buildOptions)

type buildOptions struct {
	articles int // how many the corpus holds; 0 when not known
}

func newBuildOptions(opts []Option) buildOptions {
	var o buildOptions
	for _, f := range opts {
		f(&o)
	}
	return o
}

// Articles tells a build how many articles its corpus holds (an estimate
// will do). A build of largeBuild articles or more is set up for its size;
// see largeBuild.
func Articles(n int) Option { return func(o *buildOptions) { o.articles = n } }

// largeBuild and buildNap: a build of largeBuild articles or more lets
// bleve's persister nap buildNap after each flush while fewer than a
// thousand segment files are on disk. The batches that pile up meanwhile
// are merged in memory and written as one larger segment, so fewer small
// files are written and merged again on disk; bleve's own advice for
// unsafe batches (scorch.DefaultPersisterNapTimeMSec). At a million
// sentences (53,756 articles) it cut a build's CPU by about a sixth; see
// the README's performance section. Not below largeBuild: when bleve's
// merger is idle, as in a small build, the last batch waits out the nap
// (19 sentences took 1.0 s instead of 14 ms), and the BBC corpus (2,225
// articles) showed no gain to pay for it.
const (
	largeBuild = 10_000
	buildNap   = time.Second
)

// config is the scorch configuration of a build. Unsafe batches return
// once searchable instead of waiting for each to reach the disk; fill
// waits for the last one. That is safe here because the build directory
// only gets its final name when complete.
func (o buildOptions) config() map[string]interface{} {
	cfg := map[string]interface{}{"unsafe_batch": true}
	if o.articles >= largeBuild {
		cfg["scorchPersisterOptions"] = map[string]interface{}{"PersisterNapTimeMSec": int(buildNap / time.Millisecond)}
	}
	return cfg
}

const metaKey = "briefbot.meta"

// openGeneration opens a finished generation read-only: nothing writes to
// it again, and a shared lock lets other processes open it too.
func openGeneration(path string) (*generation, error) {
	idx, err := bleve.OpenUsing(path, map[string]interface{}{
		"read_only":    true,
		"bolt_timeout": LockTimeout.String(),
	})
	if err != nil {
		if isLockTimeout(err) {
			return nil, fmt.Errorf("open index %s: %w", path, ErrLocked)
		}
		return nil, fmt.Errorf("open index %s: %w", path, err)
	}
	g := &generation{idx: idx, path: path}
	raw, err := idx.GetInternal([]byte(metaKey))
	if err == nil && raw != nil {
		err = json.Unmarshal(raw, &g.stats)
	}
	if err != nil || raw == nil {
		_ = idx.Close()
		return nil, fmt.Errorf("open index %s: missing or unreadable metadata", path)
	}
	return g, nil
}

// isLockTimeout recognises the lock timeout of bbolt, the store under
// scorch's root; it is the one bbolt symbol this package needs.
func isLockTimeout(err error) bool {
	return errors.Is(err, bolterrors.ErrTimeout)
}

// staleBuildAge is how old a build directory without a build lock must be
// before it is taken for abandoned: a build takes its lock a moment after
// making its directory, and a build by an older binary takes none.
const staleBuildAge = time.Hour

// buildState is what probeBuild finds.
type buildState int

const (
	buildUnknown buildState = iota
	buildRunning
	buildAbandoned
)

// removeStale deletes generations and abandoned builds other than the one
// served. One that another process has open (a server, `bot ask`, a build in
// progress) is left alone: taking the exclusive lock fails while any
// process holds the shared one, and a build holds its build lock from start
// to finish. So a build left by a crash goes at the next Open or Reload,
// however young.
func (ix *Index) removeStale() {
	entries, err := os.ReadDir(ix.dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		path := filepath.Join(ix.dir, e.Name())
		build := strings.HasPrefix(e.Name(), "build-")
		if !e.IsDir() || path == ix.cur.path || !(strings.HasPrefix(e.Name(), "gen-") || build) {
			continue
		}
		if build {
			switch probeBuild(path) {
			case buildRunning:
				continue
			case buildAbandoned:
				_ = os.RemoveAll(path)
				continue
			}
			if info, err := e.Info(); err != nil || time.Since(info.ModTime()) < staleBuildAge {
				continue
			}
		}
		idx, err := bleve.OpenUsing(path, map[string]interface{}{"bolt_timeout": "50ms"})
		if err != nil && isLockTimeout(err) {
			continue
		}
		if err == nil {
			_ = idx.Close()
		}
		_ = os.RemoveAll(path)
	}
}

// document is what bleve gets per sentence. Only the text and the meta
// field are stored: one field of the sentence's place and annotation
// loads faster than eight, and a search loads some 80 sentences with their
// neighbours.
type document struct {
	ArticleID string `json:"article_id"` // indexed, for Query.ArticleID
	Title     string `json:"title"`      // indexed, for the title clause
	Text      string `json:"text"`       // indexed and stored
	Meta      string `json:"meta"`       // stored: see encodeMeta
}

func newDocument(s briefbot.Sentence) document {
	return document{ArticleID: s.ArticleID, Title: s.ArticleTitle, Text: s.Text, Meta: encodeMeta(s)}
}

// encodeMeta packs what a Sentence holds besides its text: four numbers,
// then five strings, each after its length (uvarints).
func encodeMeta(s briefbot.Sentence) string {
	var published string
	if !s.Published.IsZero() {
		published = s.Published.Format(time.RFC3339)
	}
	b := make([]byte, 0, 16+len(s.ArticleID)+len(s.ArticleTitle)+len(s.URL)+len(published)+len(s.Annotation))
	for _, n := range []int{s.Paragraph, s.Number, s.Start, s.End} {
		b = binary.AppendUvarint(b, uint64(n))
	}
	for _, f := range []string{s.ArticleID, s.ArticleTitle, s.URL, published, s.Annotation} {
		b = binary.AppendUvarint(b, uint64(len(f)))
		b = append(b, f...)
	}
	return string(b)
}

// decodeMeta unpacks encodeMeta's fields into s. The strings are slices of
// one copy of b: one allocation a sentence rather than five.
func decodeMeta(b []byte, s *briefbot.Sentence) error {
	return decodeMetaIn(b, string(b), s)
}

// decodeMetaIn is decodeMeta with the copy of b made already, m, of
// which the strings of s are slices.
func decodeMetaIn(b []byte, m string, s *briefbot.Sentence) error {
	at := 0 // b[at:] is what is left
	num := func() int {
		v, n := binary.Uvarint(b[at:])
		if n <= 0 {
			at = len(b)
			return -1
		}
		at += n
		return int(v)
	}
	str := func() (string, bool) {
		l := num()
		if l < 0 || l > len(b)-at {
			return "", false
		}
		v := m[at : at+l]
		at += l
		return v, true
	}
	s.Paragraph, s.Number, s.Start, s.End = num(), num(), num(), num()
	var published string
	var ok [5]bool
	s.ArticleID, ok[0] = str()
	s.ArticleTitle, ok[1] = str()
	s.URL, ok[2] = str()
	published, ok[3] = str()
	s.Annotation, ok[4] = str()
	if ok != [5]bool{true, true, true, true, true} || s.End < 0 {
		return errors.New("unreadable sentence metadata")
	}
	if published != "" {
		s.Published, _ = time.Parse(time.RFC3339, published)
	}
	return nil
}

func docID(articleID string, number int) string {
	return articleID + "#" + strconv.Itoa(number)
}

func newMapping() mapping.IndexMapping {
	// Nothing goes to the _all field or to doc values: searches name their
	// field, and nothing is sorted or faceted.
	field := func(m *mapping.FieldMapping, index, store bool) *mapping.FieldMapping {
		m.Index = index
		m.Store = store
		m.IncludeInAll = false
		m.DocValues = false
		return m
	}
	text := field(bleve.NewTextFieldMapping(), true, true)
	text.Analyzer = analyzerName
	text.IncludeTermVectors = true // phrase queries match nothing without them
	title := field(bleve.NewTextFieldMapping(), true, false)
	title.Analyzer = analyzerName

	dm := bleve.NewDocumentStaticMapping()
	dm.AddFieldMappingsAt("text", text)
	dm.AddFieldMappingsAt("title", title)
	dm.AddFieldMappingsAt("article_id", field(bleve.NewKeywordFieldMapping(), true, false))
	dm.AddFieldMappingsAt("meta", field(bleve.NewTextFieldMapping(), false, true))

	im := bleve.NewIndexMapping()
	im.DefaultMapping = dm
	if err := im.AddCustomAnalyzer(analyzerName, analyzerConfig); err != nil {
		panic(err) // a fixed definition: fails in every test or never
	}
	im.DefaultAnalyzer = analyzerName
	im.ScoringModel = "bm25"
	return im
}

// fill indexes what build emits in batches and records the metadata Open
// checks. build runs in a goroutine of its own, so that reading and
// analysing articles (one core) overlaps with bleve's indexing (the
// other).
func fill(ctx context.Context, idx bleve.Index, build BuildFunc, fp string, onDisk bool) (Stats, error) {
	stats := Stats{Fingerprint: fp}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	chunks := make(chan []briefbot.Sentence, fillQueue)
	built := make(chan error, 1)
	go func() {
		defer close(chunks)
		built <- build(ctx, func(s []briefbot.Sentence) error {
			select {
			case chunks <- s:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	// fail stops the build and waits for it, so no goroutine outlives fill.
	fail := func(err error) (Stats, error) {
		cancel()
		for range chunks {
		}
		<-built
		return stats, err
	}
	b := idx.NewBatch()
	flush := func() error {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("build index: %w", err)
		}
		if err := idx.Batch(b); err != nil {
			return fmt.Errorf("build index: %w", err)
		}
		b.Reset()
		return nil
	}
	last := ""
	for chunk := range chunks {
		for _, s := range chunk {
			if s.ArticleID != last || stats.Articles == 0 {
				stats.Articles++
				last = s.ArticleID
			}
			stats.Sentences++
			if err := b.Index(docID(s.ArticleID, s.Number), newDocument(s)); err != nil {
				return fail(fmt.Errorf("index sentence %s: %w", docID(s.ArticleID, s.Number), err))
			}
			if b.Size() >= batchSize {
				if err := flush(); err != nil {
					return fail(err)
				}
			}
		}
	}
	if err := <-built; err != nil {
		return stats, fmt.Errorf("build index: %w", err)
	}
	if b.Size() > 0 {
		if err := flush(); err != nil {
			return stats, err
		}
	}
	bm25, err := countBM25(idx)
	if err != nil {
		return stats, fmt.Errorf("build index: %w", err)
	}
	stored, err := json.Marshal(bm25)
	if err != nil {
		return stats, fmt.Errorf("build index: %w", err)
	}
	b.SetInternal([]byte(bm25Key), stored)
	meta, err := json.Marshal(stats)
	if err != nil {
		return stats, fmt.Errorf("build index: %w", err)
	}
	// The metadata goes last. On disk the batches above were unsafe
	// (searchable, not yet persisted); the persister writes snapshots in
	// order, so once this last one is on disk everything is.
	b.SetInternal([]byte(metaKey), meta)
	var persisted chan error
	if onDisk {
		persisted = make(chan error, 1)
		b.SetPersistedCallback(func(err error) { persisted <- err })
	}
	if err := idx.Batch(b); err != nil {
		return stats, fmt.Errorf("build index: %w", err)
	}
	if persisted != nil {
		select {
		case err := <-persisted:
			if err != nil {
				return stats, fmt.Errorf("build index: persist: %w", err)
			}
		case <-ctx.Done():
			return stats, fmt.Errorf("build index: %w", ctx.Err())
		}
	}
	return stats, nil
}

// Search retrieves sentences for q: the best matches by BM25, then, if asked,
// their neighbours with a zero score. A panic inside bleve (seen with corrupt
// segments) is reported as an error rather than taking the process down.
func (ix *Index) Search(ctx context.Context, q briefbot.Query) (res briefbot.Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = briefbot.Result{}, fmt.Errorf("search: index failure: %v", r)
		}
	}()
	ix.use.RLock()
	defer ix.use.RUnlock()
	g := ix.serving
	if g == nil {
		return briefbot.Result{}, errors.New("search: index closed")
	}
	bq := buildQuery(q, ix.analyzer())
	if bq == nil {
		return briefbot.Result{}, nil
	}
	adv, err := g.idx.Advanced()
	if err != nil {
		return briefbot.Result{}, fmt.Errorf("search: %w", err)
	}
	r, err := adv.Reader()
	if err != nil {
		return briefbot.Result{}, fmt.Errorf("search: %w", err)
	}
	defer r.Close()
	if st := g.bm25Stats(); st != nil && st.DocCount > 0 {
		ctx = context.WithValue(ctx, search.BM25StatsKey, st)
	}
	st := newStored(r, &g.holders)
	hits, err := searchHits(ctx, g.idx, st, bq, q)
	if err != nil || len(hits) == 0 {
		return briefbot.Result{Hits: hits}, err
	}
	res = briefbot.Result{Hits: hits}
	res.Sentences, res.DocFreq = ix.docFreq(ctx, g, st, q.Terms)
	return res, nil
}

// docFreq counts the sentences holding each term, after the text field's
// analysis, from the term dictionary: no posting list is read. A term the
// analyser drops (a stop word) counts as held by every sentence. Counting is
// best effort: on any error it reports nothing, and the answerer falls back
// on the hits. Counts are kept in g, whose sentences never change.
func (ix *Index) docFreq(ctx context.Context, g *generation, st *stored, terms []briefbot.Term) (int, map[string]int) {
	n, err := st.r.DocCount()
	if err != nil || n == 0 {
		return 0, nil
	}
	an := ix.analyzer()
	var uniq []string  // the terms not counted before, each once
	var parts []int    // how many words each analyses to
	var words [][]byte // all their words, in order
	out := make(map[string]int, len(terms))
	g.dfMu.Lock()
	for _, t := range terms {
		if df, ok := g.df[t.Text]; ok {
			out[t.Text] = df
		}
	}
	g.dfMu.Unlock()
	for _, t := range terms {
		if _, done := out[t.Text]; done {
			continue
		}
		out[t.Text] = int(n)
		toks := an.Analyze([]byte(t.Text))
		for _, tok := range toks {
			words = append(words, tok.Term)
		}
		uniq, parts = append(uniq, t.Text), append(parts, len(toks))
	}
	var counts []int
	ok := true
	if len(words) > 0 {
		counts, ok = st.termCounts(words)
	}
	if !ok {
		for k, w := range words {
			tfr, err := st.r.TermFieldReader(ctx, w, "text", false, false, false)
			if err != nil {
				return 0, nil
			}
			counts[k] = int(tfr.Count())
			_ = tfr.Close()
		}
	}
	at := 0
	for k, t := range uniq {
		df := int(n)
		for _, c := range counts[at : at+parts[k]] {
			if df == int(n) || c < df {
				df = c // the rarest part of a term that analyses to several
			}
		}
		at += parts[k]
		out[t] = df
	}
	if len(uniq) > 0 {
		g.dfMu.Lock()
		if g.df == nil || len(g.df)+len(uniq) > maxCachedTerms {
			g.df = make(map[string]int)
		}
		for _, t := range uniq {
			g.df[t] = out[t]
		}
		g.dfMu.Unlock()
	}
	return int(n), out
}

// termCounts counts the live sentences holding each word of the text
// field, as a TermFieldReader's Count does, from each segment's dictionary
// opened once; ok is false when the reader is not a scorch snapshot.
func (st *stored) termCounts(words [][]byte) (counts []int, ok bool) {
	counts = make([]int, len(words))
	if len(st.segs) == 0 {
		return counts, false
	}
	for _, seg := range st.segs {
		dict, err := seg.Segment().Dictionary("text")
		if err != nil {
			return counts, false
		}
		for k, w := range words {
			pl, err := dict.PostingsList(w, seg.Deleted(), nil)
			if err != nil {
				return counts, false
			}
			counts[k] += int(pl.Count())
		}
	}
	return counts, true
}

// bm25Stats are the statistics BM25 scores with, counted once per
// generation from its term dictionaries. bleve's own depend on how the
// index is split into segments: its average field length is the field
// dictionary's cardinality (distinct terms, not terms) over the document
// count, and the cardinality of a dictionary over several segments is the
// sum of theirs, so a term in ten segments counts ten times. The same
// sentences then scored differently in memory (for bot eval), in a build
// on disk and in the same build after bleve merged its segments, and the
// length of a sentence weighed more the larger the corpus. Here the
// "cardinality" is the number of (term, sentence) pairs, so that bleve's
// average is the average number of distinct terms of a field, as in BM25,
// the same however the segments fall.
func (g *generation) bm25Stats() *search.BM25Stats {
	g.bm25Once.Do(func() {
		raw, err := g.idx.GetInternal([]byte(bm25Key))
		if err == nil && raw != nil {
			var st search.BM25Stats
			if json.Unmarshal(raw, &st) == nil && st.DocCount > 0 {
				g.bm25 = &st
				return
			}
		}
		// A generation built before the statistics were stored.
		g.bm25, _ = countBM25(g.idx)
	})
	return g.bm25
}

// bm25Key is where a generation keeps its bm25Stats.
const bm25Key = "briefbot.bm25"

// countBM25 counts bm25Stats: the documents, and for every field the
// number of (term, document) pairs of its dictionary.
func countBM25(idx bleve.Index) (*search.BM25Stats, error) {
	adv, err := idx.Advanced()
	if err != nil {
		return nil, err
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	n, err := r.DocCount()
	if err != nil {
		return nil, err
	}
	fields, err := r.Fields()
	if err != nil {
		return nil, err
	}
	st := &search.BM25Stats{DocCount: float64(n), FieldCardinality: make(map[string]int, len(fields))}
	for _, field := range fields {
		fd, err := r.FieldDict(field)
		if err != nil {
			return nil, err
		}
		pairs := 0
		for {
			e, err := fd.Next()
			if err != nil {
				_ = fd.Close()
				return nil, err
			}
			if e == nil {
				break
			}
			pairs += int(e.Count)
		}
		_ = fd.Close()
		st.FieldCardinality[field] = pairs
	}
	return st, nil
}

// analyzer is the text field's analyser.
func (ix *Index) analyzer() analysis.Analyzer {
	ix.analyzerOnce.Do(func() {
		ix.textAnalyzer = newMapping().AnalyzerNamed(analyzerName)
	})
	return ix.textAnalyzer
}

// searchHits runs the query and loads the best hits and their neighbours.
//
// The hits are the best q.Limit by score, ties by document id, so that the
// same query over the same sentences returns the same hits however the
// index's segments are laid out. bleve sorts by id only by loading the id
// of every matching document (thousands), so the query asks for more hits
// than needed by score alone, which needs no id, and sorts those: when the
// last of them scores below the q.Limit-th, every document that could
// be among the best q.Limit is among them. Otherwise (ties past the extra
// hits) it asks again, sorted by id.
func searchHits(ctx context.Context, idx bleve.Index, st *stored, bq query.Query, q briefbot.Query) ([]briefbot.Hit, error) {
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	top, err := st.best(ctx, idx.Mapping(), bq, limit)
	if err != nil {
		return nil, err
	}
	if top == nil {
		if top, err = bleveBest(ctx, idx, st, bq, limit); err != nil {
			return nil, err
		}
	}

	hits := make([]briefbot.Hit, 0, len(top)*(1+2*max(q.Neighbours, 0)))
	for _, h := range top {
		hits = append(hits, briefbot.Hit{Sentence: h.s, Score: h.score}) // steady already
	}
	if q.Neighbours <= 0 {
		return hits, nil
	}
	// Sentences are known by article and number (a document's id is
	// docID of the two), so that an id is made only for a neighbour not
	// seen yet: most are hits or another hit's neighbour.
	type place struct {
		article string
		number  int
	}
	seen := make(map[place]bool, cap(hits))
	for _, h := range hits {
		seen[place{h.Sentence.ArticleID, h.Sentence.Number}] = true
	}
	var ids []string
	for _, h := range hits {
		s := h.Sentence
		for d := -q.Neighbours; d <= q.Neighbours; d++ {
			p := place{s.ArticleID, s.Number + d}
			if p.number < 1 || seen[p] {
				continue
			}
			seen[p] = true
			ids = append(ids, docID(p.article, p.number))
		}
	}
	neighbours, err := st.byID(ids)
	if err != nil {
		return nil, err
	}
	for _, nb := range neighbours {
		hits = append(hits, briefbot.Hit{Sentence: nb})
	}
	slices.SortFunc(hits[len(hits)-len(neighbours):], func(a, b briefbot.Hit) int {
		if c := strings.Compare(a.Sentence.ArticleID, b.Sentence.ArticleID); c != 0 {
			return c
		}
		return cmp.Compare(a.Sentence.Number, b.Sentence.Number)
	})
	return hits, nil
}

// found is a hit as read: its sentence, document id and unrounded score.
type found struct {
	s     briefbot.Sentence
	id    string
	score float64
}

// bleveBest asks bleve for the best limit hits of bq, as searchHits
// describes, and reads them.
func bleveBest(ctx context.Context, idx bleve.Index, st *stored, bq query.Query, limit int) ([]found, error) {
	// ask runs a request and gives its hits their steady scores, which
	// the check for ties below and the order after compare.
	ask := func(req *bleve.SearchRequest) ([]*search.DocumentMatch, error) {
		res, err := idx.SearchInContext(ctx, req)
		if err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		for _, h := range res.Hits {
			h.Score = steady(h.Score)
		}
		return res.Hits, nil
	}
	fetch := limit * overFetch
	top, err := ask(bleve.NewSearchRequestOptions(bq, fetch, 0, false))
	if err != nil {
		return nil, err
	}
	if len(top) == fetch && top[fetch-1].Score >= top[limit-1].Score {
		req := bleve.NewSearchRequestOptions(bq, limit, 0, false)
		req.SortBy([]string{"-_score", "_id"})
		if top, err = ask(req); err != nil {
			return nil, err
		}
	}
	slices.SortFunc(top, func(a, b *search.DocumentMatch) int { return bestFirst(a.Score, a.ID, b.Score, b.ID) })
	top = top[:min(limit, len(top))]
	out := make([]found, 0, len(top))
	for _, h := range top {
		s, ok, err := st.hit(h)
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, found{s: s, id: h.ID, score: h.Score})
		}
	}
	return out, nil
}

// best is bleveBest without bleve's search request: it runs bq's searcher
// on st's reader, keeps the best limit*overFetch documents by score
// alone, and reads those that can be among the best limit, settling ties
// by id. bleve's collector loaded the id of every hit it returned from
// its stored fields, and each search opened a reader of its own; here a
// hit is read once, by the number the searcher found it under in the
// same reader. It returns nil, and no error, when bleveBest must answer
// instead: st's reader is not a scorch snapshot, ties reach past the
// documents kept, or a hit cannot be read.
func (st *stored) best(ctx context.Context, m mapping.IndexMapping, bq query.Query, limit int) ([]found, error) {
	if len(st.segs) == 0 {
		return nil, nil
	}
	if im, ok := m.(*mapping.IndexMappingImpl); ok && im.ScoringModel != "" {
		// What bleve's search request tells its term searchers.
		model := im.ScoringModel
		ctx = context.WithValue(ctx, search.GetScoringModelCallbackKey, search.GetScoringModelCallbackFn(func() string { return model }))
	}
	fetch := limit * overFetch
	top := bestScores{h: make(byScore, 0, fetch), fetch: fetch}
	ts, err := newTextSearch(ctx, st, m, bq)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	if ts != nil {
		defer ts.close()
		sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(ts.pool, 0), IndexReader: st.r}
		ok, err := ts.each(ctx, sctx, &top)
		if err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		if !ok {
			return nil, nil
		}
	} else {
		s, err := bq.Searcher(ctx, st.r, m, search.SearcherOptions{})
		if err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		defer s.Close()
		sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(s.DocumentMatchPoolSize(), 0), IndexReader: st.r}
		for n := 0; ; n++ {
			if n%1024 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, fmt.Errorf("search: %w", err)
				}
			}
			dm, err := s.Next(sctx)
			if err != nil {
				return nil, fmt.Errorf("search: %w", err)
			}
			if dm == nil {
				break
			}
			if len(dm.IndexInternalID) != 8 {
				return nil, nil
			}
			top.add(dm.IndexInternalID.Value(), dm.Score)
			sctx.DocumentMatchPool.Put(dm)
		}
	}
	kept := top.h
	slices.SortFunc(kept, func(a, b scored) int { return cmp.Compare(b.score, a.score) })
	if len(kept) == 0 {
		return []found{}, nil
	}
	cut := kept[min(limit, len(kept))-1].score
	if len(kept) == fetch && kept[fetch-1].score >= cut {
		return nil, nil
	}
	out := make([]found, 0, limit)
	for _, d := range kept {
		if d.score < cut {
			break
		}
		k := sort.Search(len(st.offsets), func(k int) bool { return st.offsets[k] > d.num }) - 1
		if k < 0 {
			return nil, nil
		}
		s, id, err := st.visit(st.segs[k], d.num-st.offsets[k])
		if err != nil {
			return nil, nil
		}
		out = append(out, found{s: s, id: id, score: d.score})
	}
	slices.SortFunc(out, func(a, b found) int { return bestFirst(a.score, a.id, b.score, b.id) })
	return out[:min(limit, len(out))], nil
}

// bestFirst orders hits by score, the highest first, and ties by id: the
// order bleveBest and best return, whichever answers.
func bestFirst(aScore float64, aID string, bScore float64, bID string) int {
	if c := cmp.Compare(bScore, aScore); c != 0 {
		return c
	}
	return strings.Compare(aID, bID)
}

// scored is a document a search matched: its number in the reader, and
// its score.
type scored struct {
	num   uint64
	score float64
}

// bestScores keeps the fetch best documents added by score, ties as
// they come.
type bestScores struct {
	h     byScore // a heap, the lowest score first
	fetch int
}

// add keeps document num if it is among the best so far, by its steady
// score: documents whose scores differ past the ninth decimal are ties,
// settled by id in the order best returns.
func (b *bestScores) add(num uint64, score float64) {
	score = steady(score)
	if len(b.h) < b.fetch || score > b.h[0].score {
		b.push(scored{num: num, score: score})
	}
}

func (b *bestScores) push(d scored) {
	if len(b.h) < b.fetch {
		b.h = append(b.h, d)
		b.h.up(len(b.h) - 1)
		return
	}
	b.h[0] = d
	b.h.down(0)
}

// byScore is a min-heap of scored by score.
type byScore []scored

func (h byScore) up(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if h[p].score <= h[i].score {
			return
		}
		h[p], h[i] = h[i], h[p]
		i = p
	}
}

func (h byScore) down(i int) {
	for {
		l := 2*i + 1
		if l >= len(h) {
			return
		}
		if r := l + 1; r < len(h) && h[r].score < h[l].score {
			l = r
		}
		if h[i].score <= h[l].score {
			return
		}
		h[i], h[l] = h[l], h[i]
		i = l
	}
}

// overFetch is how many times the hits wanted a search asks for, so that
// ties at the cut can be settled by document id without bleve loading
// the id of every document matched.
const overFetch = 2

// load reads the stored sentence with the given document id; ok is false
// when there is none (the sentence after an article's last).
func load(r bindex.IndexReader, id string) (s briefbot.Sentence, ok bool, err error) {
	doc, err := r.Document(id)
	if err != nil {
		return s, false, fmt.Errorf("search: load %s: %w", id, err)
	}
	if doc == nil {
		return s, false, nil
	}
	c := visited{id: id}
	doc.VisitFields(func(f bindex.Field) { c.set(f.Name(), f.Value()) })
	c.finish()
	return c.s, c.err == nil, c.err
}

// stored reads sentences' stored fields. bleve's IndexReader.Document
// finds a document by its id with a term search over every segment's id
// dictionary, then copies all its fields: over half of the time of loading
// some 60 sentences a question. With a scorch snapshot, stored reads a
// hit's fields from its segment by the number the search found it under,
// and a question's neighbours with one pass over each segment's id
// dictionary. The id stored with the fields is checked against the id
// wanted, and any doubt (another kind of reader, a number from another
// snapshot after a merge) falls back on Document, so what is read is the
// same either way.
type stored struct {
	r       bindex.IndexReader
	segs    []*scorch.SegmentSnapshot
	offsets []uint64 // the first document number of each segment
	holders *holders // nil for none
	// cur is the document visit is reading, and visitor the callback that
	// fills it, made once: a closure made per document took the sentence
	// it filled to the heap with it.
	cur     visited
	visitor func(name string, typ byte, value []byte, pos []uint64) bool
}

// visited is what visit reads of a document.
type visited struct {
	s          briefbot.Sentence
	id         string
	text, meta bool
	err        error
	// buf holds the fields set, at idAt, textAt and metaAt; visit reuses
	// it from one document to the next.
	buf                  []byte
	hasID                bool
	idAt, textAt, metaAt [2]int
}

func newStored(r bindex.IndexReader, h *holders) *stored {
	st := &stored{r: r, holders: h}
	st.visitor = st.field
	if snap, ok := r.(*scorch.IndexSnapshot); ok {
		st.segs = snap.Segments()
		st.offsets = make([]uint64, len(st.segs))
		var n uint64
		for k, seg := range st.segs {
			st.offsets[k] = n
			n += seg.Segment().Count()
		}
	}
	return st
}

// hit reads the sentence a search found; ok is false when there is none.
func (st *stored) hit(h *search.DocumentMatch) (briefbot.Sentence, bool, error) {
	if s, ok := st.fromSegment(h); ok {
		return s, true, nil
	}
	return load(st.r, h.ID)
}

// fromSegment reads a hit's sentence from its segment by its document
// number; ok is false when that is not the sentence found.
func (st *stored) fromSegment(h *search.DocumentMatch) (briefbot.Sentence, bool) {
	if len(st.segs) == 0 || len(h.IndexInternalID) != 8 {
		return briefbot.Sentence{}, false
	}
	num := h.IndexInternalID.Value()
	k := sort.Search(len(st.offsets), func(k int) bool { return st.offsets[k] > num }) - 1
	if k < 0 {
		return briefbot.Sentence{}, false
	}
	local := num - st.offsets[k]
	if del := st.segs[k].Deleted(); del != nil && del.Contains(uint32(local)) {
		return briefbot.Sentence{}, false
	}
	s, id, err := st.visit(st.segs[k], local)
	return s, err == nil && id == h.ID
}

// byID reads the sentences with the given ids, leaving out those there are
// none of (the sentence after an article's last), in no particular order.
func (st *stored) byID(ids []string) ([]briefbot.Sentence, error) {
	if out, ok := st.fromSegments(ids); ok {
		return out, nil
	}
	return st.loadEach(make([]briefbot.Sentence, 0, len(ids)), ids)
}

// fromSegments reads the sentences with the given ids with one pass over
// each segment's id dictionary; ok is false when it cannot say for sure.
// A segment is asked only for the ids of articles it holds, as far as
// st.holders knows: looking each id up in every segment was most of
// reading a question's neighbours, and an article's sentences are in one
// segment or two.
func (st *stored) fromSegments(ids []string) ([]briefbot.Sentence, bool) {
	if len(st.segs) == 0 {
		return nil, false
	}
	out := make([]briefbot.Sentence, 0, len(ids))
	sorted := slices.Clone(ids)
	slices.Sort(sorted)
	found := make(map[string]bool, len(ids))
	masks := st.holders.masks(st.segs, sorted)
	ask := make([]string, 0, len(sorted))
	for k, seg := range st.segs {
		ask = ask[:0]
		for i, id := range sorted {
			if masks == nil || masks[i]&(1<<k) != 0 {
				ask = append(ask, id)
			}
		}
		if len(ask) == 0 {
			continue
		}
		nums, err := seg.DocNumbers(ask)
		if err != nil {
			return nil, false
		}
		for it := nums.Iterator(); it.HasNext(); {
			s, id, err := st.visit(seg, uint64(it.Next()))
			if _, asked := slices.BinarySearch(sorted, id); err != nil || found[id] || !asked {
				// Not what was asked, or asked once and found twice.
				return nil, false
			}
			found[id] = true
			out = append(out, s)
		}
	}
	return out, true
}

// holders remembers which segments of a generation hold each article (in
// their article_id dictionaries, which keep the articles of deleted
// sentences too, so a segment is never left out that holds one). It
// serves the segments it was made for, and starts again for others (an
// index in memory merges its segments for a while after a build).
type holders struct {
	cur atomic.Pointer[articleHolders]
}

type articleHolders struct {
	segs []segment.Segment
	mu   sync.Mutex
	of   map[string]uint64 // an article's segments, bit k for segment k
}

// maxCachedArticles bounds the articles holders remembers; when full, it
// starts again.
const maxCachedArticles = 1 << 16

// masks returns, for each id (article#number), the segments of segs that
// can hold it, or nil when it cannot tell (more segments than bits, a
// dictionary that cannot be read).
func (h *holders) masks(segs []*scorch.SegmentSnapshot, ids []string) []uint64 {
	if h == nil || len(segs) > 64 {
		return nil
	}
	a := h.cur.Load()
	if a == nil || !a.fits(segs) {
		a = &articleHolders{segs: make([]segment.Segment, len(segs)), of: make(map[string]uint64)}
		for k, seg := range segs {
			a.segs[k] = seg.Segment()
		}
		h.cur.Store(a)
	}
	out := make([]uint64, len(ids))
	last := "" // the article of the id before, whose mask is m
	var m uint64
	for i, id := range ids {
		article := id[:max(strings.LastIndexByte(id, '#'), 0)]
		if i == 0 || article != last {
			var ok bool
			if m, ok = a.mask(article, segs); !ok {
				return nil
			}
			last = article
		}
		out[i] = m
	}
	return out
}

func (a *articleHolders) fits(segs []*scorch.SegmentSnapshot) bool {
	if len(segs) != len(a.segs) {
		return false
	}
	for k, seg := range segs {
		if seg.Segment() != a.segs[k] {
			return false
		}
	}
	return true
}

// mask returns the segments holding article, looking it up in each
// segment's article_id dictionary the first time.
func (a *articleHolders) mask(article string, segs []*scorch.SegmentSnapshot) (uint64, bool) {
	a.mu.Lock()
	m, ok := a.of[article]
	a.mu.Unlock()
	if ok {
		return m, true
	}
	for k, seg := range segs {
		dict, err := seg.Segment().Dictionary("article_id")
		if err != nil {
			return 0, false
		}
		has, err := dict.Contains([]byte(article))
		if err != nil {
			return 0, false
		}
		if has {
			m |= 1 << k
		}
	}
	a.mu.Lock()
	if len(a.of) >= maxCachedArticles {
		clear(a.of)
	}
	a.of[article] = m
	a.mu.Unlock()
	return m, true
}

// loadEach reads the sentences with the given ids one by one with Document.
func (st *stored) loadEach(out []briefbot.Sentence, ids []string) ([]briefbot.Sentence, error) {
	for _, id := range ids {
		s, ok, err := load(st.r, id)
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, s)
		}
	}
	return out, nil
}

// visit reads the sentence stored as document num of seg, with its id.
func (st *stored) visit(seg *scorch.SegmentSnapshot, num uint64) (briefbot.Sentence, string, error) {
	st.cur = visited{buf: st.cur.buf[:0]}
	verr := seg.VisitDocument(num, st.visitor)
	c := &st.cur
	c.finish()
	switch {
	case verr != nil:
		return c.s, c.id, verr
	case c.err != nil:
		return c.s, c.id, c.err
	case !c.text || !c.meta:
		return c.s, c.id, errors.New("search: stored fields missing")
	}
	return c.s, c.id, nil
}

// field reads one stored field into st.cur.
func (st *stored) field(name string, _ byte, value []byte, _ []uint64) bool {
	st.cur.set(name, value)
	return true
}

// set reads one stored field of a sentence's document: its id, its text
// or its metadata (see encodeMeta), kept in c.buf until finish makes them
// strings. Both ways of reading a document use them, so they read the
// same.
func (c *visited) set(name string, value []byte) {
	var at *[2]int
	switch name {
	case "_id":
		at, c.hasID = &c.idAt, true
	case "text":
		at, c.text = &c.textAt, true
	case "meta":
		at, c.meta = &c.metaAt, true
	default:
		return
	}
	*at = [2]int{len(c.buf), len(c.buf) + len(value)}
	c.buf = append(c.buf, value...)
}

// finish makes the fields set read: the id, text and metadata are cut
// from one string, one allocation a sentence rather than three.
func (c *visited) finish() {
	all := string(c.buf)
	if c.hasID {
		c.id = all[c.idAt[0]:c.idAt[1]]
	}
	if c.text {
		c.s.Text = all[c.textAt[0]:c.textAt[1]]
	}
	if c.meta {
		from, to := c.metaAt[0], c.metaAt[1]
		if e := decodeMetaIn(c.buf[from:to], all[from:to], &c.s); e != nil {
			c.err = fmt.Errorf("search: load %s: %w", c.id, e)
		}
	}
}

// steady rounds a score to nine decimals: bleve sums a query's clauses in
// an order that depends on how the index's segments are laid out, so the
// last bits of a score differ between two builds of the same sentences,
// and they must not decide between two answers, nor which sentences are
// the best hits or in what order. best and bleveBest keep and order the
// hits by it.
func steady(score float64) float64 {
	return math.Round(score*1e9) / 1e9
}

// buildQuery translates a briefbot.Query: every term and phrase is a
// disjunct on the sentence text, with its boost, and a weak match on the
// title lets the article's subject help; cues add only to the sentences
// the terms and phrases find; ArticleID restricts by conjunction.
// an is the text field's analyser (see textTerm); nil leaves every term a
// match query.
func buildQuery(q briefbot.Query, an analysis.Analyzer) query.Query {
	ors, _ := textTerms(q.Terms, an)
	for _, p := range q.Phrases {
		if strings.TrimSpace(p.Text) == "" {
			continue
		}
		m := bleve.NewMatchPhraseQuery(p.Text)
		m.SetField("text")
		m.SetBoost(boost(p.Boost))
		ors = append(ors, m)
	}
	if len(ors) == 0 {
		return nil
	}
	// Cues count only in sentences the terms or phrases find: they are
	// one more disjunct, a conjunction of those with any cue, whose
	// searcher skips through the cues' postings to each sentence found
	// where a disjunct of their own would walk them all. As one more
	// matched disjunct they lift a sentence's coordination as the cues
	// themselves did among the disjuncts.
	if cues, top := textTerms(q.Cues, an); len(cues) > 0 {
		// A copy of the disjuncts: the append below must not share
		// their array with the conjunct's.
		c := bleve.NewConjunctionQuery(bleve.NewDisjunctionQuery(slices.Clone(ors)...), bleve.NewDisjunctionQuery(cues...))
		c.SetBoost(top) // the conjunct weighs as its cues do
		ors = append(ors, c)
	}
	var terms []string
	for _, t := range q.Terms {
		terms = append(terms, t.Text)
	}
	title := bleve.NewMatchQuery(strings.Join(terms, " "))
	title.SetField("title")
	title.SetBoost(0.2)
	// The title clause only adds to sentences that already match on text
	// (AddShould wraps it in a disjunction of minimum 0: without it the
	// title's terms would be required). The text clause is set as it is,
	// not with AddMust, which wraps even a single clause in a conjunction
	// whose searcher walks every match a second time to add its one score
	// to nothing: no score changes, only the cost.
	var text query.Query = bleve.NewDisjunctionQuery(ors...)
	if len(ors) == 1 {
		text = ors[0]
	}
	bq := &query.BooleanQuery{Must: text}
	bq.AddShould(title)
	if q.ArticleID != "" {
		a := bleve.NewTermQuery(q.ArticleID)
		a.SetField("article_id")
		bq.Must = bleve.NewConjunctionQuery(text, a)
	}
	return bq
}

// textTerms returns the queries of the terms on the sentence text that
// are not blank (textTerm), and the highest of their boosts.
func textTerms(ts []briefbot.Term, an analysis.Analyzer) (qs []query.Query, top float64) {
	for _, t := range ts {
		if strings.TrimSpace(t.Text) == "" {
			continue
		}
		qs = append(qs, textTerm(t, an))
		top = max(top, boost(t.Boost))
	}
	return qs, top
}

// textTerm is the query for one term on the sentence text: a match query,
// or, when the term analyses to one word (most do), that word's term
// query. bleve makes a match query a disjunction of its words, at least
// one required, even of one word, and that disjunction's searcher then
// stood between the word's and the query's for every sentence matched
// (3.5% of an Ask's instructions on bot bench's questions). The score is
// the same to the bit (a sum of one score, times a coordination of one
// over one), and so is the number of the query's disjuncts, on which
// its coordination depends.
func textTerm(t briefbot.Term, an analysis.Analyzer) query.Query {
	if an != nil {
		if toks := an.Analyze([]byte(t.Text)); len(toks) == 1 {
			tq := bleve.NewTermQuery(string(toks[0].Term))
			tq.SetField("text")
			tq.SetBoost(boost(t.Boost))
			return tq
		}
	}
	m := bleve.NewMatchQuery(t.Text)
	m.SetField("text")
	m.SetBoost(boost(t.Boost))
	return m
}

func boost(b float64) float64 {
	if b <= 0 {
		return 1
	}
	return b
}
