package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"text/tabwriter"
	"time"
	"unicode"
	"unicode/utf8"

	"briefbot"
	"briefbot/corpus"
	"briefbot/index"
	"briefbot/internal/synth"
)

// `bot bench` measures briefbot against plain bleve on the same sentences,
// in the same run, so that the noise of a shared machine hits both sides:
// only the ratios travel between machines. The raw side (index.Raw) is what
// a program that only wanted full-text search would do: the same documents
// and mapping, batches of 1,000, a match query of the question text, size
// 10, with the hits' stored fields.

func benchCommand() *command {
	return &command{
		name:    "bench",
		summary: "measure briefbot against plain bleve on the same corpus: latency, throughput, indexing, start, memory",
		flags: func(fs *flag.FlagSet, o *options) {
			fs.IntVar(&o.bench.sentences, "sentences", 0, "measure a synthetic corpus of about `N` sentences, perturbed copies of the corpus's articles (0: the corpus itself)")
			fs.IntVar(&o.bench.questions, "questions", 800, "questions asked per round, made from the articles' titles")
			fs.IntVar(&o.bench.rounds, "rounds", 3, "rounds of each measurement, the two sides taking turns")
			fs.IntVar(&o.bench.clients, "clients", 8, "concurrent clients for the throughput rows")
			fs.IntVar(&o.bench.requests, "requests", 2000, "requests per round of the throughput rows")
			fs.StringVar(&o.bench.rows, "rows", "all", "rows to measure, comma-separated: latency, throughput, http, indexing, start, memory; or all")
			fs.StringVar(&o.bench.dir, "dir", "", "keep the indexes and the synthetic corpus in this `dir` and reuse them (default: temporary, removed)")
			fs.StringVar(&o.bench.child, "child", "", "(internal) run the raw side of a process row: raw-start or raw-serve")
		},
		run: runBench,
	}
}

// benchOptions are bot bench's flags.
type benchOptions struct {
	sentences, questions, rounds, clients, requests int
	rows, dir, child                                string
}

var benchRows = []string{"latency", "throughput", "http", "indexing", "start", "memory"}

func runBench(ctx context.Context, a *app, o *options, args []string, e env) int {
	if o.bench.child != "" {
		return benchChild(ctx, o.bench.child, args, e)
	}
	if len(args) > 0 {
		fmt.Fprintln(e.stderr, "bot bench takes no arguments; use --corpus DIR to choose the articles")
		return exitUsage
	}
	b := o.bench
	rows := map[string]bool{}
	for _, r := range strings.Split(b.rows, ",") {
		r = strings.TrimSpace(r)
		switch {
		case r == "all":
			for _, r := range benchRows {
				rows[r] = true
			}
		case slices.Contains(benchRows, r):
			rows[r] = true
		default:
			fmt.Fprintf(e.stderr, "bot bench: unknown row %q (want %s or all)\n", r, strings.Join(benchRows, ", "))
			return exitUsage
		}
	}
	if b.questions < 1 || b.rounds < 1 || b.clients < 1 || b.requests < 1 || b.sentences < 0 {
		fmt.Fprintln(e.stderr, "bot bench: --questions, --rounds, --clients and --requests must be at least 1")
		return exitUsage
	}
	r := &benchRun{opts: b, rows: rows, cfg: a.cfg, out: e.stderr}
	if err := r.run(ctx, e.stdout); err != nil {
		fmt.Fprintf(e.stderr, "bot bench: %v\n", err)
		return exitError
	}
	return exitOK
}

// benchRun is one `bot bench`: its corpus, its two indexes, its results.
type benchRun struct {
	opts benchOptions
	rows map[string]bool
	cfg  Config
	out  io.Writer // progress

	dir       string // work directory: the two indexes
	corpusDir string // the corpus measured ("" for the bundled story)
	questions []string
	sentences int // in the corpus measured
	articles  int
	results   []benchResult

	bot *app       // briefbot, open on its index
	raw *index.Raw // plain bleve, open on its index
}

// benchResult is one row of the table.
type benchResult struct {
	row, what        string
	briefbot, raw    string
	ratio            string
	target, verdict  string
	briefbotN, rawN  float64 // the figures compared
	higherIsBetter   bool
	absolute, relMax float64 // 0 when the target has no such part
}

func (r *benchRun) logf(format string, args ...any) {
	fmt.Fprintf(r.out, "bench: "+format+"\n", args...)
}

func (r *benchRun) run(ctx context.Context, stdout io.Writer) error {
	if r.opts.dir != "" {
		r.dir = r.opts.dir
		if err := os.MkdirAll(r.dir, 0o700); err != nil {
			return err
		}
	} else {
		dir, err := os.MkdirTemp("", "briefbot-bench-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		r.dir = dir
	}
	source, err := r.sourceArticles()
	if err != nil {
		return err
	}
	r.questions = benchQuestions(source, r.opts.questions)
	r.corpusDir = r.cfg.Corpus.Dir
	if r.opts.sentences > 0 {
		if r.corpusDir, err = r.synthetic(source); err != nil {
			return err
		}
	}
	source = nil
	defer func() {
		if r.bot != nil {
			r.bot.close()
		}
		if r.raw != nil {
			_ = r.raw.Close()
		}
	}()
	if err := r.indexing(ctx); err != nil {
		return err
	}
	for _, row := range []struct {
		name string
		run  func(context.Context) error
	}{
		{"latency", r.latency},
		{"throughput", r.throughput},
		{"http", r.http},
		{"start", r.start},
		{"memory", r.memory},
	} {
		if !r.rows[row.name] {
			continue
		}
		if err := row.run(ctx); err != nil {
			return fmt.Errorf("%s: %w", row.name, err)
		}
	}
	r.print(stdout)
	return nil
}

// sourceArticles reads the configured corpus.
func (r *benchRun) sourceArticles() ([]briefbot.Article, error) {
	var arts []briefbot.Article
	var problems []error
	if r.cfg.Corpus.Dir == "" {
		arts, problems = corpus.Load(corpus.Bundled())
	} else {
		arts, problems = corpus.LoadDir(r.cfg.Corpus.Dir)
	}
	if len(arts) == 0 {
		return nil, fmt.Errorf("no articles in the corpus (%d skipped)", len(problems))
	}
	return arts, nil
}

// articlesDigest identifies a corpus by its articles' text: the same
// articles give the same digest, whatever directory holds them.
func articlesDigest(arts []briefbot.Article) string {
	sum := sha256.New()
	for _, a := range arts {
		fmt.Fprintf(sum, "%s\x00%s\x00%d\x00", a.ID, a.Title, len(a.Paragraphs))
		for _, p := range a.Paragraphs {
			io.WriteString(sum, p)
		}
	}
	return hex.EncodeToString(sum.Sum(nil))
}

// rawSourceFile, in the raw side's index directory, holds the digest of
// the articles it was built from: a kept index is reused only for them.
const rawSourceFile = "briefbot-bench-source"

// synthetic writes (once) a corpus of about opts.sentences sentences made
// of perturbed copies of source, and returns its directory.
func (r *benchRun) synthetic(source []briefbot.Article) (string, error) {
	base := r.opts.dir
	if base == "" {
		cache, err := os.UserCacheDir()
		if err != nil {
			cache = os.TempDir()
		}
		base = filepath.Join(cache, "briefbot", "bench")
	}
	dir := filepath.Join(base, fmt.Sprintf("synthetic-%d-%s", r.opts.sentences, articlesDigest(source)[:12]))
	done := filepath.Join(dir, ".complete")
	if _, err := os.Stat(done); err == nil {
		r.logf("synthetic corpus %s (made before)", dir)
		return dir, nil
	}
	r.logf("writing a synthetic corpus of %d sentences to %s", r.opts.sentences, dir)
	start := time.Now()
	if err := os.MkdirAll(filepath.Dir(dir), 0o700); err != nil {
		return "", err
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dir), "synthetic-tmp-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp)
	n, files := 0, 0
	src := synth.New(source)
	for c := 0; n < r.opts.sentences; c++ {
		for _, a := range src.Copy(c) {
			if n >= r.opts.sentences {
				break
			}
			path := filepath.Join(tmp, filepath.FromSlash(strings.TrimSuffix(a.ID, filepath.Ext(a.ID))+".txt"))
			if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
				return "", err
			}
			text := a.Title + "\n\n" + strings.Join(a.Paragraphs, "\n\n") + "\n"
			if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
				return "", err
			}
			n += len(corpus.Sentences(a))
			files++
		}
	}
	if err := os.WriteFile(filepath.Join(tmp, ".complete"), fmt.Appendf(nil, "%d sentences in %d files\n", n, files), 0o600); err != nil {
		return "", err
	}
	_ = os.RemoveAll(dir)
	if err := os.Rename(tmp, dir); err != nil {
		return "", err
	}
	r.logf("synthetic corpus: %d sentences in %d files, written in %v", n, files, time.Since(start).Round(time.Millisecond))
	return dir, nil
}

// benchQuestions makes n questions about the articles, a question word
// before a title, spread over the corpus: retrieval finds the article, and
// the answerer reads its sentences as it would a reader's question.
func benchQuestions(articles []briefbot.Article, n int) []string {
	forms := []string{"Who %s?", "What %s?", "When did %s?", "Where did %s?", "Why %s?", "How many %s?", "Which %s?", "How %s?"}
	out := make([]string, n)
	for k := range out {
		title := strings.TrimRight(articles[k*len(articles)/n].Title, ".?!:; ")
		// A capital that only starts the title is no name.
		if f := strings.Fields(title); len(f) > 1 && !strings.ContainsFunc(f[0][1:], unicode.IsUpper) {
			if r, _ := utf8.DecodeRuneInString(f[1]); unicode.IsLower(r) {
				title = strings.ToLower(title[:1]) + title[1:]
			}
		}
		out[k] = fmt.Sprintf(forms[k%len(forms)], title)
	}
	return out
}

// benchApp is an app for the corpus measured, its index in dir.
func (r *benchRun) benchApp(dir string, log *slog.Logger) *app {
	cfg := r.cfg
	cfg.Corpus.Dir = r.corpusDir
	cfg.Corpus.Watch = false
	cfg.Index.Dir = dir
	cfg.Slack, cfg.Discord, cfg.Feedback = SlackConfig{}, DiscordConfig{}, FeedbackConfig{MaxAnswers: 1, Window: Duration{time.Hour}}
	cfg.Limits.UserPerMinute, cfg.Limits.ChannelPerMinute = 0, 0
	cfg.Server.Drain.Duration = 0
	return &app{cfg: cfg, log: log, summarizeSkips: true}
}

// indexing builds both indexes (timed when the indexing row is asked for,
// the two sides taking turns) and leaves them open for the other rows.
func (r *benchRun) indexing(ctx context.Context) error {
	quiet := slog.New(slog.DiscardHandler)
	botDir, rawDir := filepath.Join(r.dir, "briefbot-index"), filepath.Join(r.dir, "raw-index")
	// The raw side is handed the sentences split and annotated, as the
	// briefbot side stores them; only bleve's work is timed.
	probe := r.benchApp(filepath.Join(r.dir, "unused"), quiet)
	arts, err := probe.loadArticles()
	if err != nil {
		return err
	}
	r.articles = len(arts)
	timed := r.rows["indexing"]
	// A raw index kept under --dir answers for the corpus it was built
	// from only: another corpus (a synthetic one of another size or
	// source) rebuilds it, or the two sides would search different text.
	digest := articlesDigest(arts)
	built, rawErr := os.ReadFile(filepath.Join(rawDir, rawSourceFile))
	if !timed && rawErr == nil && string(built) == digest {
		if r.raw, err = index.OpenRaw(rawDir); err != nil {
			return err
		}
		r.sentences = -1
	}
	var sents []briefbot.Sentence
	if timed || r.raw == nil {
		r.logf("splitting and annotating %d articles for the raw side", len(arts))
		sents = sentences(arts)
		r.sentences = len(sents)
	}
	arts = nil
	rounds := 1
	if timed && r.sentences < 200_000 {
		rounds = r.opts.rounds
	}
	var botRate, rawRate []float64
	for round := range rounds {
		last := round == rounds-1
		side := func(raw bool) error {
			if timed {
				flushDisks()
			}
			if raw && r.raw == nil {
				_ = os.RemoveAll(rawDir)
				r.logf("raw bleve: indexing %d sentences", len(sents))
				start := time.Now()
				x, err := index.BuildRaw(ctx, rawDir, sents)
				if err != nil {
					return err
				}
				rawRate = append(rawRate, float64(len(sents))/time.Since(start).Seconds())
				// Reopened read-only, as briefbot opens a finished
				// generation, so that the process rows can open it too.
				if err := x.Close(); err != nil {
					return err
				}
				if err := os.WriteFile(filepath.Join(rawDir, rawSourceFile), []byte(digest), 0o600); err != nil {
					return err
				}
				if last {
					if r.raw, err = index.OpenRaw(rawDir); err != nil {
						return err
					}
				}
			}
			if !raw && (r.bot == nil) {
				if timed {
					_ = os.RemoveAll(botDir)
				}
				r.logf("briefbot: opening (or building) its index")
				a := r.benchApp(botDir, quiet)
				start := time.Now()
				if err := a.open(ctx); err != nil {
					return err
				}
				st := a.index.Stats()
				if !st.Reused {
					botRate = append(botRate, float64(st.Sentences)/time.Since(start).Seconds())
				}
				if r.sentences < 0 {
					r.sentences = st.Sentences
				}
				if last {
					r.bot = a
				} else {
					a.close()
				}
			}
			return nil
		}
		first := round%2 == 1
		if err := side(first); err != nil {
			return err
		}
		if err := side(!first); err != nil {
			return err
		}
	}
	if timed {
		b, w := median(botRate), median(rawRate)
		r.add(benchResult{row: "indexing", what: fmt.Sprintf("indexing, whole build (%d rounds)", len(botRate)),
			briefbot: fmt.Sprintf("%s sentences/s", thousands(b)), raw: fmt.Sprintf("%s sentences/s", thousands(w)),
			briefbotN: b, rawN: w, higherIsBetter: true, relMax: 0.9, target: ">= 0.9x"})
	}
	return nil
}

// latency asks every question of one side, one at a time, then of the
// other, for opts.rounds rounds, the side going first changing each round.
// The sides take turns by round rather than by question so that the
// garbage one side makes is not collected while the other is timed: a
// raw query in a process of its own would not pay for briefbot's.
func (r *benchRun) latency(ctx context.Context) error {
	r.logf("latency: %d questions x %d rounds", len(r.questions), r.opts.rounds)
	var bot, raw []time.Duration
	botAsk := func(q string) error { _, err := r.bot.bot.Ask(ctx, briefbot.Question{Text: q}); return err }
	rawAsk := func(q string) error { _, err := r.raw.Search(ctx, q); return err }
	err := r.turns(func(isBot, measured bool) error {
		f, into := rawAsk, &raw
		if isBot {
			f, into = botAsk, &bot
		}
		for _, q := range r.questions {
			t0 := time.Now()
			if err := f(q); err != nil {
				return err
			}
			if measured {
				*into = append(*into, time.Since(t0))
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	bp50, bp99 := percentile(bot, 0.5), percentile(bot, 0.99)
	rp50, rp99 := percentile(raw, 0.5), percentile(raw, 0.99)
	r.add(benchResult{row: "latency", what: fmt.Sprintf("Ask latency (%d q x %d)", len(r.questions), r.opts.rounds),
		briefbot: fmt.Sprintf("p50 %s, p99 %s", ms(bp50), ms(bp99)), raw: fmt.Sprintf("p50 %s, p99 %s", ms(rp50), ms(rp99)),
		ratio:     fmt.Sprintf("p50 %.1fx, p99 %.1fx", float64(bp50)/float64(rp50), float64(bp99)/float64(rp99)),
		briefbotN: float64(bp99), rawN: float64(rp99), relMax: 2, target: "p99 <= 2x"})
	return nil
}

// collector readies the garbage collector for one side's turn: a
// collection, then the collector's target bot serve would run with for
// briefbot (server.gc_percent), Go's default for raw bleve, as a plain
// program would run.
func (r *benchRun) collector(briefbot bool) {
	if os.Getenv("GOGC") == "" {
		percent := 100
		if briefbot && r.cfg.Server.GCPercent > 0 {
			percent = r.cfg.Server.GCPercent
		}
		debug.SetGCPercent(percent)
	}
	runtime.GC()
}

// throughput asks from many goroutines in the process at once.
func (r *benchRun) throughput(ctx context.Context) error {
	r.logf("throughput in process: %d clients, %d requests x %d rounds", r.opts.clients, r.opts.requests, r.opts.rounds)
	botAsk := func(q string) error { _, err := r.bot.bot.Ask(ctx, briefbot.Question{Text: q}); return err }
	rawAsk := func(q string) error { _, err := r.raw.Search(ctx, q); return err }
	b, w, err := r.alternate(botAsk, rawAsk)
	if err != nil {
		return err
	}
	r.add(benchResult{row: "throughput", what: fmt.Sprintf("Ask throughput in process, %d clients", r.opts.clients),
		briefbot: b.String(), raw: w.String(), briefbotN: b.rate, rawN: w.rate, higherIsBetter: true})
	return nil
}

// http posts the questions to /api/ask of bot serve, and to a plain
// net/http server around the raw query, each a process of its own (so
// each runs with its own garbage collector settings: bot serve's, Go's
// defaults for the plain one), over loopback.
func (r *benchRun) http(ctx context.Context) error {
	r.logf("HTTP throughput: %d clients, %d requests x %d rounds", r.opts.clients, r.opts.requests, r.opts.rounds)
	bot, err := r.startServe(ctx)
	if err != nil {
		return fmt.Errorf("bot serve: %w", err)
	}
	defer bot.stop()
	raw, err := r.startRawServe(ctx)
	if err != nil {
		return fmt.Errorf("raw server: %w", err)
	}
	defer raw.stop()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 4 * r.opts.clients}, Timeout: 30 * time.Second}
	defer client.CloseIdleConnections()
	post := func(url string) func(string) error {
		return func(q string) error { return postQuestion(client, url, q) }
	}
	b, w, err := r.alternate(post(bot.url), post(raw.url))
	if err != nil {
		return err
	}
	r.add(benchResult{row: "http", what: fmt.Sprintf("/api/ask over loopback, %d clients", r.opts.clients),
		briefbot: b.String(), raw: w.String() + " (plain net/http)", briefbotN: b.rate, rawN: w.rate,
		higherIsBetter: true, absolute: 1000, relMax: 0.5, target: ">= 1,000 req/s and >= 0.5x"})
	return nil
}

func postQuestion(client *http.Client, url, q string) error {
	body, _ := json.Marshal(map[string]string{"question": q})
	resp, err := client.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s: status %d", url, resp.StatusCode)
	}
	return nil
}

// rawHandler is the plain HTTP server around the raw query: JSON in, the
// hits' sentences out.
func rawHandler(raw *index.Raw) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /ask", func(w http.ResponseWriter, req *http.Request) {
		var in struct {
			Question string `json:"question"`
		}
		if err := json.NewDecoder(io.LimitReader(req.Body, 64<<10)).Decode(&in); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		hits, err := raw.Search(req.Context(), in.Question)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		type hit struct {
			Text      string `json:"text"`
			ArticleID string `json:"article_id"`
			Title     string `json:"title"`
			Paragraph int    `json:"paragraph"`
			Number    int    `json:"sentence"`
		}
		out := make([]hit, len(hits))
		for i, h := range hits {
			out[i] = hit{h.Text, h.ArticleID, h.ArticleTitle, h.Paragraph, h.Number}
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{"hits": out})
	})
	mux.HandleFunc("GET /mem", func(w http.ResponseWriter, _ *http.Request) {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		fmt.Fprintf(w, "%d\n", m.HeapInuse)
	})
	return mux
}

// throughputResult is the outcome of a throughput measurement.
type throughputResult struct {
	rate     float64 // requests per second, the median of the rounds
	p50, p99 time.Duration
}

func (t throughputResult) String() string {
	return fmt.Sprintf("%s req/s, p50 %s, p99 %s", thousands(t.rate), ms(t.p50), ms(t.p99))
}

// alternate runs rounds of opts.requests requests from opts.clients
// goroutines, one side then the other (the order changing each round).
func (r *benchRun) alternate(bot, raw func(string) error) (b, w throughputResult, err error) {
	var botRates, rawRates []float64
	var botLat, rawLat []time.Duration
	err = r.turns(func(isBot, measured bool) error {
		f, rates, lats := raw, &rawRates, &rawLat
		if isBot {
			f, rates, lats = bot, &botRates, &botLat
		}
		perSec, lat, err := r.load(f)
		if err != nil || !measured {
			return err
		}
		*rates, *lats = append(*rates, perSec), append(*lats, lat...)
		return nil
	})
	if err != nil {
		return b, w, err
	}
	b = throughputResult{median(botRates), percentile(botLat, 0.5), percentile(botLat, 0.99)}
	w = throughputResult{median(rawRates), percentile(rawLat, 0.5), percentile(rawLat, 0.99)}
	return b, w, nil
}

// turns has the two sides take turns: a round of warm-up (measured false),
// then opts.rounds rounds, the side going first changing every round, each
// turn with the collector setting of its side.
func (r *benchRun) turns(turn func(isBot, measured bool) error) error {
	for round := -1; round < r.opts.rounds; round++ {
		for k := range 2 {
			isBot := (k == 0) == (round%2 == 0)
			r.collector(isBot)
			if err := turn(isBot, round >= 0); err != nil {
				return err
			}
		}
	}
	return nil
}

// load sends opts.requests questions from opts.clients goroutines and
// returns the requests per second and every latency.
func (r *benchRun) load(f func(string) error) (float64, []time.Duration, error) {
	var next atomic.Int64
	var mu sync.Mutex
	var all []time.Duration
	var first error
	var wg sync.WaitGroup
	start := time.Now()
	for range r.opts.clients {
		wg.Go(func() {
			var mine []time.Duration
			for {
				i := int(next.Add(1)) - 1
				if i >= r.opts.requests {
					break
				}
				t0 := time.Now()
				if err := f(r.questions[i%len(r.questions)]); err != nil {
					mu.Lock()
					first = cmpErr(first, err)
					mu.Unlock()
					return
				}
				mine = append(mine, time.Since(t0))
			}
			mu.Lock()
			all = append(all, mine...)
			mu.Unlock()
		})
	}
	wg.Wait()
	return float64(len(all)) / time.Since(start).Seconds(), all, first
}

func cmpErr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}

func (r *benchRun) add(res benchResult) {
	if res.ratio == "" && res.rawN > 0 {
		res.ratio = fmt.Sprintf("%.2fx", res.briefbotN/res.rawN)
	}
	if res.target != "" {
		met := true
		if res.relMax > 0 && res.rawN > 0 {
			if res.higherIsBetter {
				met = res.briefbotN/res.rawN >= res.relMax
			} else {
				met = res.briefbotN/res.rawN <= res.relMax
			}
		}
		if res.absolute > 0 {
			if res.higherIsBetter {
				met = met && res.briefbotN >= res.absolute
			} else {
				met = met && res.briefbotN <= res.absolute
			}
		}
		res.verdict = "not met"
		if met {
			res.verdict = "met"
		}
	}
	r.results = append(r.results, res)
	r.logf("%s: briefbot %s; raw %s; %s %s", res.what, res.briefbot, res.raw, res.ratio, res.verdict)
}

func (r *benchRun) print(w io.Writer) {
	name := r.corpusDir
	if name == "" {
		name = "the bundled story"
	}
	fmt.Fprintf(w, "briefbot bench, %s: %s articles, %s sentences (%s)\n", time.Now().Format("2006-01-02"),
		thousands(float64(r.articles)), thousands(float64(r.sentences)), name)
	fmt.Fprintf(w, "machine: %s, %d CPUs (GOMAXPROCS %d), %s %s/%s\n", cpuModel(), runtime.NumCPU(), runtime.GOMAXPROCS(0),
		runtime.Version(), runtime.GOOS, runtime.GOARCH)
	gc := fmt.Sprintf("briefbot with bot serve's gc_percent (%d) and its build's (up to %d), raw bleve with Go's default (100)",
		r.cfg.Server.GCPercent, buildGCPercent)
	if v := os.Getenv("GOGC"); v != "" {
		gc = "both with GOGC=" + v
	}
	fmt.Fprintf(w, "collector: %s\n\n", gc)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "what\tbriefbot\traw bleve\tratio\ttarget")
	for _, res := range r.results {
		target := res.target
		if res.verdict != "" {
			target += ": " + res.verdict
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", res.what, res.briefbot, res.raw, res.ratio, target)
	}
	tw.Flush()
}

// cpuModel names the processor, where the system says.
func cpuModel() string {
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return runtime.GOARCH
	}
	for line := range strings.Lines(string(data)) {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return runtime.GOARCH
}

func percentile(d []time.Duration, p float64) time.Duration {
	if len(d) == 0 {
		return 0
	}
	s := slices.Clone(d)
	slices.Sort(s)
	return s[int(p*float64(len(s)-1))]
}

func median(x []float64) float64 {
	if len(x) == 0 {
		return 0
	}
	s := slices.Clone(x)
	slices.Sort(s)
	return s[len(s)/2]
}

func ms(d time.Duration) string {
	v := float64(d) / float64(time.Millisecond)
	switch {
	case v < 10:
		return fmt.Sprintf("%.2f ms", v)
	case v < 100:
		return fmt.Sprintf("%.1f ms", v)
	}
	return fmt.Sprintf("%.0f ms", v)
}

// thousands writes a count with thousands separators: 41,429.
func thousands(x float64) string {
	s := fmt.Sprintf("%.0f", x)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}
