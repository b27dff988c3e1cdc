package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"briefbot"
	"briefbot/corpus"
	"briefbot/index"
	"briefbot/internal/logbuf"
)

// memoryApp is an app serving the bundled story from an in-memory index.
func memoryApp(t testing.TB, cfg Config, log *slog.Logger) *app {
	t.Helper()
	articles, problems := corpus.Load(corpus.Bundled())
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	ix, err := index.NewMemory(context.Background(), sentences(articles))
	if err != nil {
		t.Fatal(err)
	}
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	cfg.Server.Drain.Duration = 0 // tests stop at once; a drain test sets it on the server
	a := &app{cfg: cfg, log: log, index: ix}
	a.bot = a.newBot(ix)
	t.Cleanup(a.close)
	return a
}

// diskApp is an app on a corpus directory with its own index directory,
// opened as bot serve opens it.
func diskApp(t testing.TB, cfg Config, corpusDir string, log *slog.Logger) *app {
	t.Helper()
	cfg.Corpus.Dir = corpusDir
	cfg.Index.Dir = filepath.Join(t.TempDir(), "index")
	cfg.Server.Drain.Duration = 0 // tests stop at once; a drain test sets it on the server
	a := &app{cfg: cfg, log: log}
	if err := a.open(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(a.close)
	return a
}

// storyDir is a corpus directory holding a copy of the bundled story.
func storyDir(t *testing.T) string {
	t.Helper()
	story, err := os.ReadFile(filepath.Join("..", "..", "corpus", "bundled", "istanbul-talks.txt"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "talks.txt"), story, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// startServer runs s on a loopback port until the test ends or stop is
// called; stop returns what run returned.
func startServer(t testing.TB, s *server) (base string, stop func() error) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.run(ctx, ln) }()
	stop = sync.OnceValue(func() error { cancel(); return <-done })
	t.Cleanup(func() { stop() })
	return "http://" + ln.Addr().String(), stop
}

// apiAnswer is the part of an /api/ask reply the tests look at.
type apiAnswer struct {
	Answered bool   `json:"answered"`
	Answer   string `json:"answer"`
	Sentence string `json:"sentence"`
	Error    string `json:"error"`
}

func ask(client *http.Client, base, question string) (int, apiAnswer, error) {
	body, _ := json.Marshal(map[string]string{"question": question})
	resp, err := client.Post(base+"/api/ask", "application/json", bytes.NewReader(body))
	if err != nil {
		return 0, apiAnswer{}, err
	}
	defer resp.Body.Close()
	var a apiAnswer
	if err := json.NewDecoder(resp.Body).Decode(&a); err != nil {
		return resp.StatusCode, a, fmt.Errorf("reply is not JSON: %w", err)
	}
	return resp.StatusCode, a, nil
}

// eventually polls cond until it holds or the deadline passes.
func eventually(t *testing.T, within time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(within)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within %v", what, within)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// metricValue reads one sample from /metrics, e.g.
// `briefbot_questions_total{adapter="api",outcome="answered"}`.
func metricValue(t *testing.T, base, sample string) float64 {
	t.Helper()
	resp, err := http.Get(base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), sample+" "); ok {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				t.Fatal(err)
			}
			return f
		}
	}
	t.Fatalf("/metrics has no %s", sample)
	return 0
}

func TestAPIAsk(t *testing.T) {
	cfg := defaultConfig()
	cfg.API.Token = "s3cret"
	cfg.API.MaxBodyBytes = 1024
	cfg.Answers.MaxQuestionLength = 100
	a := memoryApp(t, cfg, nil)
	s, err := a.newServer(nil)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s.handler())
	defer ts.Close()

	const good = `{"question": "Who leads the Russian delegation?"}`
	tests := []struct {
		name        string
		method      string
		body        string
		contentType string
		auth        string
		status      int
		want        string // in the body
	}{
		{"answers", "POST", good, "application/json", "Bearer s3cret", 200, `"answer":"Vladimir Medinsky"`},
		{"no answer is not an error", "POST", `{"question": "What is the capital of France?"}`, "application/json", "Bearer s3cret", 200, `"answered":false`},
		{"one article", "POST", `{"question": "Who leads the Russian delegation?", "article_id": "istanbul-talks.txt"}`, "application/json; charset=utf-8", "bearer s3cret", 200, `"Vladimir Medinsky"`},
		{"no token", "POST", good, "application/json", "", 401, `"error":"missing or wrong bearer token"`},
		{"wrong token", "POST", good, "application/json", "Bearer s3cre", 401, `"error"`},
		{"basic auth", "POST", good, "application/json", "Basic czNjcmV0", 401, `"error"`},
		{"bad JSON", "POST", `{"question": "Who`, "application/json", "Bearer s3cret", 400, `"error":"invalid JSON`},
		{"not an object", "POST", `["Who?"]`, "application/json", "Bearer s3cret", 400, `"error":"invalid JSON`},
		{"unknown field", "POST", `{"qestion": "Who?"}`, "application/json", "Bearer s3cret", 400, `qestion`},
		{"two objects", "POST", good + good, "application/json", "Bearer s3cret", 400, `more than one JSON value`},
		{"oversize body", "POST", `{"question": "` + strings.Repeat("a", 2000) + `"}`, "application/json", "Bearer s3cret", 413, `"error":"request body larger than 1024 bytes"`},
		{"question too long", "POST", `{"question": "` + strings.Repeat("why ", 50) + `"}`, "application/json", "Bearer s3cret", 400, `"error":"question too long`},
		{"empty question", "POST", `{"question": "  "}`, "application/json", "Bearer s3cret", 400, `"error":"empty question"`},
		{"form post", "POST", "question=Who", "application/x-www-form-urlencoded", "Bearer s3cret", 415, `"error"`},
		{"GET", "GET", "", "", "Bearer s3cret", 405, `"error"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest(tt.method, ts.URL+"/api/ask", strings.NewReader(tt.body))
			if tt.contentType != "" {
				req.Header.Set("Content-Type", tt.contentType)
			}
			if tt.auth != "" {
				req.Header.Set("Authorization", tt.auth)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tt.status || !strings.Contains(string(body), tt.want) {
				t.Errorf("%d %s\nwant %d with %s", resp.StatusCode, body, tt.status, tt.want)
			}
			if ct := resp.Header.Get("Content-Type"); ct != "application/json" {
				t.Errorf("Content-Type %q", ct)
			}
			if !json.Valid(body) {
				t.Errorf("not JSON: %s", body)
			}
		})
	}
}

// The API's answer is the object `bot ask --json` prints.
func TestAPIMatchesAskJSON(t *testing.T) {
	const q = "How many lower-level officials did Putin appoint as experts?"
	code, cliOut, errs := newCLI(t).run("ask", "--json", q)
	if code != exitOK {
		t.Fatal(errs)
	}
	s, _ := memoryApp(t, defaultConfig(), nil).newServer(nil)
	ts := httptest.NewServer(s.handler())
	defer ts.Close()
	resp, err := http.Post(ts.URL+"/api/ask", "application/json", strings.NewReader(`{"question": "`+q+`"}`))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var fromAPI, fromCLI any
	json.NewDecoder(resp.Body).Decode(&fromAPI)
	json.Unmarshal([]byte(cliOut), &fromCLI)
	a, _ := json.Marshal(fromAPI)
	c, _ := json.Marshal(fromCLI)
	if !bytes.Equal(a, c) {
		t.Errorf("API and bot ask --json differ:\napi %s\ncli %s", a, c)
	}
}

func TestRateLimitOverAPI(t *testing.T) {
	cfg := defaultConfig()
	cfg.Limits.UserPerMinute, cfg.Limits.UserBurst = 1, 3
	s, _ := memoryApp(t, cfg, nil).newServer(nil)
	base, _ := startServer(t, s)
	for i := range 3 {
		if code, _, err := ask(http.DefaultClient, base, "Who leads the Russian delegation?"); code != 200 || err != nil {
			t.Fatalf("question %d within the burst: %d %v", i+1, code, err)
		}
	}
	code, a, err := ask(http.DefaultClient, base, "Who leads the Russian delegation?")
	if code != http.StatusTooManyRequests || err != nil || !strings.Contains(a.Error, "try again") {
		t.Errorf("after the burst: %d %+v %v; want 429 with a polite error", code, a, err)
	}
	if n := metricValue(t, base, `briefbot_questions_total{adapter="api",outcome="rate_limited"}`); n != 1 {
		t.Errorf("rate_limited count = %v, want 1", n)
	}
}

func TestMetricsCountAQuestion(t *testing.T) {
	s, _ := memoryApp(t, defaultConfig(), nil).newServer(nil)
	base, _ := startServer(t, s)
	answered := `briefbot_questions_total{adapter="api",outcome="answered"}`
	if n := metricValue(t, base, answered); n != 0 {
		t.Fatalf("%s = %v before any question", answered, n)
	}
	if code, a, err := ask(http.DefaultClient, base, "Who leads the Russian delegation?"); code != 200 || !a.Answered || err != nil {
		t.Fatalf("%d %+v %v", code, a, err)
	}
	ask(http.DefaultClient, base, "What is the capital of France?")
	for sample, want := range map[string]float64{
		answered: 1,
		`briefbot_questions_total{adapter="api",outcome="no_answer"}`:  1,
		`briefbot_questions_total{adapter="slack",outcome="answered"}`: 0,
		`briefbot_answer_duration_seconds_count{adapter="api"}`:        2,
		`briefbot_index_articles`:                                      1,
		`briefbot_index_reload_failures_total`:                         0,
	} {
		if n := metricValue(t, base, sample); n != want {
			t.Errorf("%s = %v, want %v", sample, n, want)
		}
	}
	if n := metricValue(t, base, `briefbot_index_sentences`); n < 10 {
		t.Errorf("briefbot_index_sentences = %v", n)
	}
}

// fakeAdapter stands in for Slack or Discord in the server's lifecycle.
type fakeAdapter struct {
	ready   atomic.Bool
	stopped atomic.Bool
}

func (f *fakeAdapter) Handler() http.Handler { return http.NotFoundHandler() }
func (f *fakeAdapter) Ready() bool           { return f.ready.Load() }
func (f *fakeAdapter) Run(ctx context.Context) error {
	<-ctx.Done()
	f.stopped.Store(true)
	return nil
}

func TestHealthAndReadiness(t *testing.T) {
	s, _ := memoryApp(t, defaultConfig(), nil).newServer(nil)
	fake := &fakeAdapter{}
	s.adapters = []mounted{{name: "slack", prefix: "/slack/", a: fake}}
	base, stop := startServer(t, s)
	get := func(path string) (int, string) {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, _ := get("/healthz"); code != 200 {
		t.Errorf("/healthz: %d", code)
	}
	if code, body := get("/readyz"); code != 503 || !strings.Contains(body, "slack: not ready") || !strings.Contains(body, "index: ok") {
		t.Errorf("/readyz with an adapter not connected: %d %s", code, body)
	}
	fake.ready.Store(true)
	if code, body := get("/readyz"); code != 200 || !strings.Contains(body, "slack: ok") {
		t.Errorf("/readyz when all is up: %d %s", code, body)
	}
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	if !fake.stopped.Load() {
		t.Error("the adapter's Run had not returned when the server stopped")
	}
}

// slowBot holds every question until released.
type slowBot struct {
	entered chan struct{}
	release chan struct{}
}

func (b *slowBot) Ask(ctx context.Context, q briefbot.Question) (briefbot.Answer, error) {
	b.entered <- struct{}{}
	<-b.release
	return briefbot.Answer{Text: "late but sure", Score: 1}, nil
}

func TestShutdownFinishesAnInFlightAnswer(t *testing.T) {
	a := memoryApp(t, defaultConfig(), nil)
	bot := &slowBot{entered: make(chan struct{}, 1), release: make(chan struct{})}
	s, err := a.newServer(nil)
	if err != nil {
		t.Fatal(err)
	}
	s.asker = bot
	fake := &fakeAdapter{}
	s.adapters = []mounted{{name: "discord", prefix: "/discord/", a: fake}}
	base, stop := startServer(t, s)

	type result struct {
		code int
		a    apiAnswer
		err  error
	}
	got := make(chan result, 1)
	go func() {
		code, a, err := ask(http.DefaultClient, base, "Who?")
		got <- result{code, a, err}
	}()
	<-bot.entered

	stopped := make(chan error, 1)
	go func() { stopped <- stop() }()
	// The listener closes at once: new connections are refused while the
	// answer in flight goes on.
	addr := strings.TrimPrefix(base, "http://")
	eventually(t, 5*time.Second, "listener closed", func() bool {
		c, err := net.DialTimeout("tcp", addr, time.Second)
		if err == nil {
			c.Close()
		}
		return err != nil
	})
	eventually(t, 5*time.Second, "adapter told to stop", fake.stopped.Load)
	select {
	case err := <-stopped:
		t.Fatalf("server stopped before the answer in flight: %v", err)
	default:
	}
	close(bot.release)
	r := <-got
	if r.err != nil || r.code != 200 || r.a.Answer != "late but sure" {
		t.Errorf("in-flight answer: %d %+v %v", r.code, r.a, r.err)
	}
	if err := <-stopped; err != nil {
		t.Errorf("run: %v", err)
	}
}

// TestShutdownTimeout: an answer that outlives server.shutdown_timeout
// does not hold the process.
func TestShutdownTimeout(t *testing.T) {
	cfg := defaultConfig()
	cfg.Server.ShutdownTimeout.Duration = 200 * time.Millisecond
	a := memoryApp(t, cfg, nil)
	bot := &slowBot{entered: make(chan struct{}, 1), release: make(chan struct{})}
	defer close(bot.release)
	s, _ := a.newServer(nil)
	s.asker = bot
	base, stop := startServer(t, s)
	go ask(http.DefaultClient, base, "Who?")
	<-bot.entered
	start := time.Now()
	stop()
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("shutdown took %v with a 200ms timeout", took)
	}
}

// TestHotReloadUnderConcurrentQuestions adds articles (one in a new
// sub-directory, one broken) while questions are asked in parallel: none
// is lost or fails, and the new articles are answered from once indexed.
func TestHotReloadUnderConcurrentQuestions(t *testing.T) {
	cfg := defaultConfig()
	cfg.Corpus.Debounce.Duration = 100 * time.Millisecond
	cfg.Limits.UserPerMinute, cfg.Limits.ChannelPerMinute = 0, 0
	logs := &logbuf.Buffer{}
	dir := storyDir(t)
	a := diskApp(t, cfg, dir, slog.New(slog.NewTextHandler(logs, nil)))
	s, err := a.newServer(nil)
	if err != nil {
		t.Fatal(err)
	}
	base, _ := startServer(t, s)
	eventually(t, 5*time.Second, "watching", func() bool { return strings.Contains(logs.String(), "watching the corpus") })

	// Askers run until told to stop, each checking every reply.
	var stopAsking atomic.Bool
	var asked, failed atomic.Int64
	var wg sync.WaitGroup
	errs := make(chan string, 100)
	for range 4 {
		wg.Go(func() {
			client := &http.Client{Timeout: 10 * time.Second}
			for !stopAsking.Load() {
				code, ans, err := ask(client, base, "Who leads the Russian delegation?")
				asked.Add(1)
				if err != nil || code != 200 || ans.Answer != "Vladimir Medinsky" {
					failed.Add(1)
					select {
					case errs <- fmt.Sprintf("%d %+v %v", code, ans, err):
					default:
					}
				}
			}
		})
	}

	answers := func(q, inSentence string) func() bool {
		return func() bool {
			code, ans, err := ask(http.DefaultClient, base, q)
			if err != nil || code != 200 {
				t.Errorf("%d %v", code, err)
				return false
			}
			return strings.Contains(ans.Sentence, inSentence)
		}
	}

	// An article written in two steps, as editors do.
	f, err := os.Create(filepath.Join(dir, "mars.txt"))
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprint(f, "Mars Talks Open\n\n")
	f.Sync()
	fmt.Fprintln(f, "The Martian delegation is led by Admiral Zorblat Quimby, who arrived on Tuesday.")
	f.Close()
	eventually(t, 30*time.Second, "new article answered", answers("Who leads the Martian delegation?", "Zorblat Quimby"))

	// A new directory, then an article in it, and a broken file beside.
	sub := filepath.Join(dir, "2025", "05")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(sub, "broken.html"), []byte("\x00\x01\x02<html>"), 0o644)
	os.WriteFile(filepath.Join(sub, "venus.md"), []byte("# Venus Summit\n\nThe Venusian envoy Ilsa Varn signed the accord in Geneva.\n"), 0o644)
	eventually(t, 30*time.Second, "article in a new directory answered", answers("Who signed the accord in Geneva?", "Ilsa Varn"))

	stopAsking.Store(true)
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error("question failed during reload:", e)
	}
	if asked.Load() < 10 || failed.Load() > 0 {
		t.Errorf("%d questions asked during the reloads, %d failed", asked.Load(), failed.Load())
	}
	if !strings.Contains(logs.String(), "broken.html") {
		t.Error("the broken article was not logged")
	}
	// The new index answers a moment before the metrics are updated.
	eventually(t, 5*time.Second, "metrics updated", func() bool {
		return metricValue(t, base, "briefbot_index_reloads_total") >= 2 && metricValue(t, base, "briefbot_index_articles") == 3
	})
	if n := metricValue(t, base, "briefbot_index_reload_failures_total"); n != 0 {
		t.Errorf("reload failures = %v", n)
	}
	if t.Failed() {
		t.Log(logs)
	}
}

// TestFailedRebuildKeepsServing: a corpus that can no longer be read (every
// article broken) fails the rebuild, which is counted, and one with every
// article gone is held back; the old index goes on answering. SIGHUP
// triggers a reload too.
func TestFailedRebuildKeepsServing(t *testing.T) {
	cfg := defaultConfig()
	cfg.Corpus.Debounce.Duration = 50 * time.Millisecond
	logs := &logbuf.Buffer{}
	dir := storyDir(t)
	a := diskApp(t, cfg, dir, slog.New(slog.NewTextHandler(logs, nil)))
	hup := make(chan os.Signal, 1)
	s, _ := a.newServer(hup)
	base, _ := startServer(t, s)
	eventually(t, 5*time.Second, "watching", func() bool { return strings.Contains(logs.String(), "watching the corpus") })

	failures := func() float64 { return metricValue(t, base, "briefbot_index_reload_failures_total") }
	if err := os.WriteFile(filepath.Join(dir, "talks.txt"), []byte("\x00\x01binary\x00junk"), 0o644); err != nil {
		t.Fatal(err)
	}
	eventually(t, 30*time.Second, "failure counted", func() bool { return failures() == 1 })
	code, ans, err := ask(http.DefaultClient, base, "Who leads the Russian delegation?")
	if err != nil || code != 200 || ans.Answer != "Vladimir Medinsky" {
		t.Errorf("after a failed rebuild: %d %+v %v", code, ans, err)
	}

	if err := os.Remove(filepath.Join(dir, "talks.txt")); err != nil {
		t.Fatal(err)
	}
	held := func() float64 { return metricValue(t, base, "briefbot_index_reloads_held_total") }
	eventually(t, 30*time.Second, "empty corpus held back", func() bool { return held() == 1 })
	hup <- syscall.SIGHUP
	eventually(t, 30*time.Second, "SIGHUP reload", func() bool { return held() == 2 })
	if n := failures(); n != 1 {
		t.Errorf("failures = %v, want 1 (an empty corpus is held back, not failed)", n)
	}
	code, ans, err = ask(http.DefaultClient, base, "Who leads the Russian delegation?")
	if err != nil || code != 200 || ans.Answer != "Vladimir Medinsky" {
		t.Errorf("after failed rebuilds: %d %+v %v", code, ans, err)
	}
	if n := metricValue(t, base, "briefbot_index_reloads_total"); n != 0 {
		t.Errorf("reloads = %v, want 0", n)
	}
	if !strings.Contains(logs.String(), "previous index keeps serving") {
		t.Errorf("failure not logged:\n%s", logs)
	}
}

// TestBotIndexWhileServing: `bot index` on the corpus a server is serving
// shares the server's generation (both hold it read-only); after the corpus
// changes it builds the new generation beside the served one, which the
// server then picks up (on SIGHUP here) without rebuilding.
func TestBotIndexWhileServing(t *testing.T) {
	cfg := defaultConfig()
	cfg.Corpus.Watch = false
	logs := &logbuf.Buffer{}
	dir := storyDir(t)
	a := diskApp(t, cfg, dir, slog.New(slog.NewTextHandler(logs, nil)))
	hup := make(chan os.Signal, 1)
	s, _ := a.newServer(hup)
	base, _ := startServer(t, s)

	c := newCLI(t)
	c.env["BRIEFBOT_INDEX"] = a.cfg.Index.Dir
	code, out, errs := c.run("index", "--corpus", dir)
	if code != exitOK || !strings.Contains(out, "up to date") {
		t.Fatalf("bot index while serving: exit %d\n%s%s", code, out, errs)
	}

	os.WriteFile(filepath.Join(dir, "mars.txt"), []byte("Mars Talks Open\n\nThe Martian delegation is led by Admiral Zorblat Quimby.\n"), 0o644)
	code, out, errs = c.run("index", "--corpus", dir)
	if code != exitOK || !strings.Contains(out, "index built") || !strings.Contains(out, "2 articles") {
		t.Fatalf("bot index of a changed corpus while serving: exit %d\n%s%s", code, out, errs)
	}
	if code, ans, err := ask(http.DefaultClient, base, "Who leads the Russian delegation?"); code != 200 || err != nil || ans.Answer != "Vladimir Medinsky" {
		t.Errorf("server after bot index: %d %+v %v", code, ans, err)
	}
	hup <- syscall.SIGHUP
	eventually(t, 30*time.Second, "reload after bot index", func() bool {
		_, ans, _ := ask(http.DefaultClient, base, "Who leads the Martian delegation?")
		return strings.Contains(ans.Sentence, "Zorblat")
	})
	if st := a.index.Stats(); !st.Reused {
		t.Errorf("the server rebuilt what bot index had built: %+v", st)
	}
}

// FuzzAPIAsk: whatever the body, /api/ask answers with JSON and a status
// it documents, and never panics.
func FuzzAPIAsk(f *testing.F) {
	for _, seed := range []string{
		`{"question": "Who leads the Russian delegation?"}`,
		`{"question": "Who?", "article_id": "istanbul-talks.txt"}`,
		`{"question": ""}`, `{"question": 7}`, `{"question": "\u0000\ud800"}`,
		`{}`, `[]`, `null`, `{"question": "a"}{"question": "b"}`, `{"question": "` + strings.Repeat("x", 600) + `"}`,
	} {
		f.Add(seed)
	}
	cfg := defaultConfig()
	cfg.Limits.UserPerMinute, cfg.Limits.ChannelPerMinute = 0, 0
	cfg.API.MaxBodyBytes = 512
	s, err := memoryApp(f, cfg, nil).newServer(nil)
	if err != nil {
		f.Fatal(err)
	}
	h := s.handler()
	f.Fuzz(func(t *testing.T, body string) {
		req := httptest.NewRequest("POST", "/api/ask", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		switch rec.Code {
		case 200, 400, 413:
		default:
			t.Errorf("status %d for %q: %s", rec.Code, body, rec.Body)
		}
		if !json.Valid(rec.Body.Bytes()) {
			t.Errorf("reply is not JSON: %s", rec.Body)
		}
	})
}

// An IPv6 client usually has a whole /64 to pick addresses from, so the
// API's per-client limit keys IPv6 by /64; IPv4 stays per address.
func TestAPIRateLimitKeysIPv6By64(t *testing.T) {
	cfg := defaultConfig()
	cfg.Limits.UserPerMinute, cfg.Limits.UserBurst = 1, 1
	cfg.Limits.ChannelPerMinute = 0
	s, err := memoryApp(t, cfg, nil).newServer(nil)
	if err != nil {
		t.Fatal(err)
	}
	h := s.handler()
	post := func(remote string) int {
		req := httptest.NewRequest("POST", "/api/ask", strings.NewReader(`{"question": "Who leads the Russian delegation?"}`))
		req.Header.Set("Content-Type", "application/json")
		req.RemoteAddr = remote
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec.Code
	}
	for _, tt := range []struct {
		remote string
		want   int
	}{
		{"[2001:db8:1:2::1]:40000", 200},
		{"[2001:db8:1:2:ffff:ee:dd:cc]:40001", 429}, // same /64
		{"[2001:db8:1:3::1]:40002", 200},            // another /64
		{"192.0.2.1:40003", 200},
		{"192.0.2.2:40004", 200},          // IPv4: per address
		{"[::ffff:192.0.2.1]:40005", 429}, // the first IPv4 client, mapped
	} {
		if got := post(tt.remote); got != tt.want {
			t.Errorf("from %s: %d, want %d", tt.remote, got, tt.want)
		}
	}
	for remote, want := range map[string]string{
		"[2001:db8:1:2:3:4:5:6]:1": "2001:db8:1:2::/64",
		"192.0.2.7:1":              "192.0.2.7",
		"[::ffff:192.0.2.7]:1":     "192.0.2.7",
		"[fe80::1%eth0]:1":         "fe80::/64",
		"not an address":           "not an address",
	} {
		if got := clientIP(&http.Request{RemoteAddr: remote}); got != want {
			t.Errorf("clientIP(%q) = %q, want %q", remote, got, want)
		}
	}
}

// A refused API token is logged (without the token) and counted, so that
// a misconfigured integration or someone guessing tokens shows up.
func TestAPIUnauthorizedIsLoggedAndCounted(t *testing.T) {
	cfg := defaultConfig()
	cfg.API.Token = "s3cret"
	logs := &logbuf.Buffer{}
	s, err := memoryApp(t, cfg, slog.New(slog.NewTextHandler(logs, nil))).newServer(nil)
	if err != nil {
		t.Fatal(err)
	}
	base, _ := startServer(t, s)
	for _, auth := range []string{"", "Bearer guess-1", "Bearer guess-2"} {
		req, _ := http.NewRequest("POST", base+"/api/ask", strings.NewReader(`{"question": "Who?"}`))
		req.Header.Set("Content-Type", "application/json")
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusUnauthorized {
			t.Fatalf("%q: %d", auth, resp.StatusCode)
		}
	}
	if n := metricValue(t, base, "briefbot_api_unauthorized_total"); n != 3 {
		t.Errorf("briefbot_api_unauthorized_total = %v, want 3", n)
	}
	l := logs.String()
	if !strings.Contains(l, "unauthorized") || !strings.Contains(l, "127.0.0.1") {
		t.Errorf("the refused token is not logged with the client:\n%s", l)
	}
	if strings.Contains(l, "guess-") || strings.Contains(l, "s3cret") {
		t.Errorf("a token was logged:\n%s", l)
	}
}

// A port already in use is reported before the index is built, which can
// take a while on a large corpus.
func TestServeBindsThePortBeforeIndexing(t *testing.T) {
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	conf := filepath.Join(t.TempDir(), "bot.toml")
	os.WriteFile(conf, []byte("[server]\naddr = \""+busy.Addr().String()+"\"\n"), 0o600)
	c := newCLI(t)
	code, _, errs := c.run("serve", "--config", conf, "--corpus", storyDir(t))
	if code != exitError || !strings.Contains(errs, "address already in use") {
		t.Fatalf("serve on a busy port: exit %d\n%s", code, errs)
	}
	if strings.Contains(errs, "index built") {
		t.Errorf("the index was built before the port was found busy:\n%s", errs)
	}
	if gens, _ := filepath.Glob(filepath.Join(c.env["BRIEFBOT_INDEX"], "gen-*")); len(gens) > 0 {
		t.Errorf("index generations built before failing on the port: %v", gens)
	}
}

// panickyAsker stands for a bug outside the core's recover.
type panickyAsker struct{}

func (panickyAsker) Ask(context.Context, briefbot.Question) (briefbot.Answer, error) {
	var m map[string]int
	m["boom"]++ // a nil map, as a real bug would write
	return briefbot.Answer{}, nil
}

// A question that panics behind the API gets a JSON 500 and the stack is
// logged; the server goes on.
func TestAPIAskPanicIsA500(t *testing.T) {
	logs := &logbuf.Buffer{}
	h := &askAPI{asker: panickyAsker{}, maxBody: 1 << 16, log: slog.New(slog.NewTextHandler(logs, nil))}
	for range 2 {
		req := httptest.NewRequest("POST", "/api/ask", strings.NewReader(`{"question": "Who leads?"}`))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusInternalServerError || !strings.Contains(rec.Body.String(), `"error"`) {
			t.Fatalf("status %d, body %q; want a JSON 500", rec.Code, rec.Body.String())
		}
	}
	if l := logs.String(); !strings.Contains(l, "panicked") || !strings.Contains(l, "goroutine") {
		t.Errorf("the panic and its stack are not logged:\n%s", l)
	}
}
