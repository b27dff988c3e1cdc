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
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	r.logf("memory: %d questions to each server", memoryQuestions)
	port, err := freePort()
	if err != nil {
		return err
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
		return err
	}
	serve := exec.CommandContext(ctx, exe, "serve")
	serve.Env = append(r.childEnv(), "BRIEFBOT_CONFIG="+config)
	bot, err := r.measureServer(serve, fmt.Sprintf("http://127.0.0.1:%d", port), "/api/ask", func(base string) (float64, error) {
		return metricSample(base+"/metrics", "go_memstats_heap_inuse_bytes")
	})
	if err != nil {
		return fmt.Errorf("bot serve: %w", err)
	}
	if port, err = freePort(); err != nil {
		return err
	}
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	rawCmd := exec.CommandContext(ctx, exe, "bench", "--child", "raw-serve", filepath.Join(r.dir, "raw-index"), addr)
	rawCmd.Env = r.childEnv()
	raw, err := r.measureServer(rawCmd, "http://"+addr, "/ask", func(base string) (float64, error) {
		resp, err := http.Get(base + "/mem")
		if err != nil {
			return 0, err
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return strconv.ParseFloat(strings.TrimSpace(string(b)), 64)
	})
	if err != nil {
		return fmt.Errorf("raw server: %w", err)
	}
	r.add(benchResult{row: "memory", what: fmt.Sprintf("serve, Go heap after %d questions", memoryQuestions),
		briefbot: mb(bot.heap), raw: mb(raw.heap), briefbotN: bot.heap, rawN: raw.heap, absolute: 64 << 20, target: "<= 64 MB"})
	r.add(benchResult{row: "memory", what: "serve, anonymous RSS (peak RSS)",
		briefbot: fmt.Sprintf("%s (%s)", mb(bot.anon), mb(bot.peak)), raw: fmt.Sprintf("%s (%s)", mb(raw.anon), mb(raw.peak)),
		briefbotN: bot.anon, rawN: raw.anon, absolute: 150 << 20, target: "<= 150 MB"})
	r.add(benchResult{row: "memory", what: "serve, mapped index pages in RSS",
		briefbot: mb(bot.file), raw: mb(raw.file), briefbotN: bot.file, rawN: raw.file})
	return nil
}

// serverMemory is what memory reads of a server process.
type serverMemory struct {
	heap, anon, file, peak float64
}

// measureServer starts cmd, waits for it to answer, asks it
// memoryQuestions questions and reads its memory, then stops it.
func (r *benchRun) measureServer(cmd *exec.Cmd, base, path string, heap func(string) (float64, error)) (serverMemory, error) {
	var m serverMemory
	var stderr strings.Builder
	cmd.Stdout, cmd.Stderr = io.Discard, &stderr
	if err := cmd.Start(); err != nil {
		return m, err
	}
	defer func() {
		_ = cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			_ = cmd.Process.Kill()
			<-done
		}
	}()
	client := &http.Client{Timeout: 30 * time.Second}
	deadline := time.Now().Add(5 * time.Minute)
	for {
		if err := postQuestion(client, base+path, r.questions[0]); err == nil {
			break
		}
		if time.Now().After(deadline) {
			return m, fmt.Errorf("not answering after 5 minutes: %s", stderr.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	for i := range memoryQuestions {
		if err := postQuestion(client, base+path, r.questions[i%len(r.questions)]); err != nil {
			return m, err
		}
	}
	var err error
	if m.heap, err = heap(base); err != nil {
		return m, err
	}
	status, err := procStatus(cmd.Process.Pid)
	if err != nil {
		return m, err
	}
	m.anon, m.file, m.peak = status["RssAnon"], status["RssFile"], status["VmHWM"]
	return m, nil
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
