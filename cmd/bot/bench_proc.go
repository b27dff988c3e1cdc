package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"briefbot/index"
)

// The process rows of `bot bench` run each side as a process of its own,
// this binary again: `bot ask` or `bot serve` for briefbot, and a child
// mode of `bot bench` for the raw side.

// start times a process from its start to its exit after one answer: `bot
// ask` on the built index against opening the raw index and running one
// query.
func (r *benchRun) start(ctx context.Context) error {
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	runs := 2*r.opts.rounds + 1
	r.logf("start to first answer: %d runs of each side", runs)
	var bot, raw []time.Duration
	for i := range runs + 1 { // the first of each warms the page cache
		q := r.questions[i%len(r.questions)]
		for k := range 2 {
			isBot := (k == 0) == (i%2 == 0)
			var cmd *exec.Cmd
			if isBot {
				cmd = exec.CommandContext(ctx, exe, "ask", q)
				cmd.Env = r.childEnv()
			} else {
				cmd = exec.CommandContext(ctx, exe, "bench", "--child", "raw-start", filepath.Join(r.dir, "raw-index"), q)
				cmd.Env = r.childEnv()
			}
			var stderr strings.Builder
			cmd.Stdout, cmd.Stderr = io.Discard, &stderr
			t0 := time.Now()
			if err := cmd.Run(); err != nil {
				return fmt.Errorf("%s: %w: %s", strings.Join(cmd.Args[1:3], " "), err, stderr.String())
			}
			if i == 0 {
				continue
			}
			if isBot {
				bot = append(bot, time.Since(t0))
			} else {
				raw = append(raw, time.Since(t0))
			}
		}
	}
	b, w := percentile(bot, 0.5), percentile(raw, 0.5)
	limit := 100 * time.Millisecond
	if r.sentences > 100_000 {
		limit = 300 * time.Millisecond
	}
	r.add(benchResult{row: "start", what: fmt.Sprintf("start to first answer, index built (median of %d)", len(bot)),
		briefbot: "bot ask: " + ms(b), raw: "open + one query: " + ms(w),
		briefbotN: float64(b), rawN: float64(w), absolute: float64(limit), target: "<= " + ms(limit)})
	return nil
}

// childEnv is the environment of a briefbot child: this run's corpus and
// index, whatever the user's environment says.
func (r *benchRun) childEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if k, _, _ := strings.Cut(kv, "="); k != "BRIEFBOT_CORPUS" && k != "BRIEFBOT_INDEX" && k != "BRIEFBOT_CONFIG" {
			env = append(env, kv)
		}
	}
	env = append(env, "BRIEFBOT_INDEX="+filepath.Join(r.dir, "briefbot-index"))
	if r.corpusDir != "" {
		env = append(env, "BRIEFBOT_CORPUS="+r.corpusDir)
	}
	if r.cfg.path != "" {
		env = append(env, "BRIEFBOT_CONFIG="+r.cfg.path)
	}
	return env
}

// memoryQuestions is how many questions each server answers before its
// memory is read.
const memoryQuestions = 200

// memory runs `bot serve` and the raw server as processes, asks each
// memoryQuestions questions over HTTP, and reads their memory: the Go
// heap, and the resident set split into anonymous memory (the process's
// own) and file pages (the index, mapped: the system's page cache, which
// it can drop).
func (r *benchRun) memory(ctx context.Context) error {
	r.logf("memory: %d questions to each server", memoryQuestions)
	bot, err := r.startServe(ctx)
	if err != nil {
		return fmt.Errorf("bot serve: %w", err)
	}
	bm, err := bot.measure(r.questions)
	bot.stop()
	if err != nil {
		return fmt.Errorf("bot serve: %w", err)
	}
	raw, err := r.startRawServe(ctx)
	if err != nil {
		return fmt.Errorf("raw server: %w", err)
	}
	rm, err := raw.measure(r.questions)
	raw.stop()
	if err != nil {
		return fmt.Errorf("raw server: %w", err)
	}
	r.add(benchResult{row: "memory", what: fmt.Sprintf("serve, Go heap in use, peak (after %d questions)", memoryQuestions),
		briefbot: fmt.Sprintf("%s (%s)", mb(bm.peakHeap), mb(bm.heap)), raw: fmt.Sprintf("%s (%s)", mb(rm.peakHeap), mb(rm.heap)),
		briefbotN: bm.peakHeap, rawN: rm.peakHeap, absolute: 64 << 20, target: "<= 64 MB"})
	r.add(benchResult{row: "memory", what: "serve, anonymous RSS, peak (after)",
		briefbot: fmt.Sprintf("%s (%s)", mb(bm.peakAnon), mb(bm.anon)), raw: fmt.Sprintf("%s (%s)", mb(rm.peakAnon), mb(rm.anon)),
		briefbotN: bm.peakAnon, rawN: rm.peakAnon, absolute: 150 << 20, target: "<= 150 MB"})
	r.add(benchResult{row: "memory", what: "serve, mapped index pages in RSS (peak RSS)",
		briefbot: fmt.Sprintf("%s (%s)", mb(bm.file), mb(bm.peak)), raw: fmt.Sprintf("%s (%s)", mb(rm.file), mb(rm.peak)),
		briefbotN: bm.file, rawN: rm.file})
	return nil
}

// serverMemory is what memory reads of a server process: after the
// questions, and the highest seen from its start (sampled).
type serverMemory struct {
	heap, anon, file, peak float64
	peakHeap, peakAnon     float64
}

// benchServer is a server process of the bench.
type benchServer struct {
	cmd    *exec.Cmd
	url    string // where questions are posted
	heap   func() (float64, error)
	stderr *strings.Builder
	// peakAnon is the highest anonymous memory sampled since the start;
	// sampling stops with stop.
	mu       sync.Mutex
	peakAnon float64
	done     chan struct{}
	sampled  chan struct{}
	exited   chan struct{} // closed when the process has ended
}

// startServe starts bot serve on the bench's corpus and index, with rate
// limits off, and waits until it answers.
func (r *benchRun) startServe(ctx context.Context) (*benchServer, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	config := filepath.Join(r.dir, "serve.toml")
	text := fmt.Sprintf(`[server]
addr = "127.0.0.1:%d"
drain = "0s"
[limits]
user_per_minute = 0.0
channel_per_minute = 0.0
[log]
level = "warn"
`, port)
	if err := os.WriteFile(config, []byte(text), 0o600); err != nil {
		return nil, err
	}
	base := fmt.Sprintf("http://127.0.0.1:%d", port)
	return r.startServer(ctx, []string{"serve"}, "BRIEFBOT_CONFIG="+config, base, "/api/ask", func() (float64, error) {
		return metricSample(base+"/metrics", "go_memstats_heap_inuse_bytes")
	})
}

// startRawServe starts the plain net/http server around the raw query.
func (r *benchRun) startRawServe(ctx context.Context) (*benchServer, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	base := "http://" + addr
	return r.startServer(ctx, []string{"bench", "--child", "raw-serve", filepath.Join(r.dir, "raw-index"), addr}, "", base, "/ask", func() (float64, error) {
		resp, err := http.Get(base + "/mem")
		if err != nil {
			return 0, err
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return strconv.ParseFloat(strings.TrimSpace(string(b)), 64)
	})
}

// startServer runs this binary with args as a server, samples its
// anonymous memory from its start, and waits until it answers a question.
func (r *benchRun) startServer(ctx context.Context, args []string, env, base, path string, heap func() (float64, error)) (*benchServer, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	s := &benchServer{url: base + path, heap: heap, stderr: &strings.Builder{}, done: make(chan struct{}),
		sampled: make(chan struct{}), exited: make(chan struct{})}
	s.cmd = exec.CommandContext(ctx, exe, args...)
	s.cmd.Env = r.childEnv()
	if env != "" {
		s.cmd.Env = append(s.cmd.Env, env)
	}
	s.cmd.Stdout, s.cmd.Stderr = io.Discard, s.stderr
	if err := s.cmd.Start(); err != nil {
		return nil, err
	}
	go func() { _ = s.cmd.Wait(); close(s.exited) }()
	go func() {
		defer close(s.sampled)
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			if st, err := procStatus(s.cmd.Process.Pid); err == nil {
				s.mu.Lock()
				s.peakAnon = max(s.peakAnon, st["RssAnon"])
				s.mu.Unlock()
			}
			select {
			case <-s.done:
				return
			case <-tick.C:
			}
		}
	}()
	client := &http.Client{Timeout: 30 * time.Second}
	deadline := time.Now().Add(5 * time.Minute)
	for postQuestion(client, s.url, r.questions[0]) != nil {
		select {
		case <-s.exited:
			s.stop()
			return nil, fmt.Errorf("%s ended: %s", strings.Join(args, " "), s.stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			s.stop()
			return nil, fmt.Errorf("not answering after 5 minutes: %s", s.stderr.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	return s, nil
}

// measure asks memoryQuestions questions one after the other, reading the
// heap now and then, and returns the process's memory.
func (s *benchServer) measure(questions []string) (serverMemory, error) {
	var m serverMemory
	client := &http.Client{Timeout: 30 * time.Second}
	for i := range memoryQuestions {
		if err := postQuestion(client, s.url, questions[i%len(questions)]); err != nil {
			return m, err
		}
		if i%10 == 0 {
			if h, err := s.heap(); err == nil {
				m.peakHeap = max(m.peakHeap, h)
			}
		}
	}
	var err error
	if m.heap, err = s.heap(); err != nil {
		return m, err
	}
	status, err := procStatus(s.cmd.Process.Pid)
	if err != nil {
		return m, err
	}
	m.anon, m.file, m.peak = status["RssAnon"], status["RssFile"], status["VmHWM"]
	s.mu.Lock()
	m.peakAnon = s.peakAnon
	s.mu.Unlock()
	m.peakHeap, m.peakAnon = max(m.peakHeap, m.heap), max(m.peakAnon, m.anon)
	return m, nil
}

// stop ends the server: SIGTERM, then a kill after 10 s.
func (s *benchServer) stop() {
	select {
	case <-s.done:
		return
	default:
	}
	close(s.done)
	<-s.sampled
	_ = s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-s.exited:
	case <-time.After(10 * time.Second):
		_ = s.cmd.Process.Kill()
		<-s.exited
	}
}

// procStatus reads the memory lines of /proc/PID/status, in bytes.
func procStatus(pid int) (map[string]float64, error) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return nil, fmt.Errorf("process memory (Linux only): %w", err)
	}
	defer f.Close()
	out := map[string]float64{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if !ok || !strings.HasSuffix(v, " kB") {
			continue
		}
		if n, err := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(v, " kB")), 64); err == nil {
			out[k] = n * 1024
		}
	}
	return out, sc.Err()
}

// metricSample reads one sample of a Prometheus text page.
func metricSample(url, name string) (float64, error) {
	resp, err := http.Get(url)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), name+" "); ok {
			return strconv.ParseFloat(strings.TrimSpace(v), 64)
		}
	}
	return 0, fmt.Errorf("%s: no %s", url, name)
}

func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

func mb(b float64) string { return fmt.Sprintf("%.0f MB", b/(1<<20)) }

// benchChild runs the raw side of a process row: raw-start DIR QUESTION
// opens the raw index, runs one query and prints how many hits it found;
// raw-serve DIR ADDR serves POST /ask (and GET /mem) until stopped.
func benchChild(ctx context.Context, mode string, args []string, e env) int {
	if len(args) != 2 {
		fmt.Fprintln(e.stderr, "bot bench --child raw-start DIR QUESTION | raw-serve DIR ADDR")
		return exitUsage
	}
	raw, err := index.OpenRaw(args[0])
	if err != nil {
		fmt.Fprintf(e.stderr, "bot bench: %v\n", err)
		return exitError
	}
	defer raw.Close()
	switch mode {
	case "raw-start":
		hits, err := raw.Search(ctx, args[1])
		if err != nil {
			fmt.Fprintf(e.stderr, "bot bench: %v\n", err)
			return exitError
		}
		fmt.Fprintf(e.stdout, "%d hits\n", len(hits))
		return exitOK
	case "raw-serve":
		srv := &http.Server{Addr: args[1], Handler: rawHandler(raw), ReadHeaderTimeout: 10 * time.Second}
		go func() {
			<-ctx.Done()
			_ = srv.Close()
		}()
		if err := srv.ListenAndServe(); err != nil && err != http.ErrServerClosed {
			fmt.Fprintf(e.stderr, "bot bench: %v\n", err)
			return exitError
		}
		return exitOK
	}
	fmt.Fprintf(e.stderr, "bot bench: unknown child %q\n", mode)
	return exitUsage
}
