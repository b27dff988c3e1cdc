package main

import (
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"briefbot/internal/logbuf"
)

// corpusOf is a corpus directory of n short articles, a00.txt and on.
func corpusOf(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	for i := range n {
		text := fmt.Sprintf("Bridge Report %d\n\nThe mayor of Town%d, Alice Surname%d, opened a bridge on Monday.\n", i, i, i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%02d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// served follows briefbot_index_articles of a running server until the
// test ends, keeping its minimum.
type served struct {
	min  atomic.Int64
	stop chan struct{}
	done chan struct{}
}

func watchServed(t *testing.T, base string) *served {
	s := &served{stop: make(chan struct{}), done: make(chan struct{})}
	s.min.Store(1 << 40)
	go func() {
		defer close(s.done)
		for {
			if n, ok := sample(base, "briefbot_index_articles"); ok && int64(n) < s.min.Load() {
				s.min.Store(int64(n))
			}
			select {
			case <-s.stop:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()
	t.Cleanup(s.end)
	return s
}

func (s *served) end() {
	select {
	case <-s.stop:
	default:
		close(s.stop)
	}
	<-s.done
}

// sample is metricValue for goroutines other than the test's: it reports
// failure instead of failing the test.
func sample(base, name string) (float64, bool) {
	resp, err := http.Get(base + "/metrics")
	if err != nil {
		return 0, false
	}
	defer resp.Body.Close()
	var b strings.Builder
	buf := make([]byte, 32<<10)
	for {
		n, err := resp.Body.Read(buf)
		b.Write(buf[:n])
		if err != nil {
			break
		}
	}
	for line := range strings.Lines(b.String()) {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), name+" "); ok {
			var f float64
			if _, err := fmt.Sscan(v, &f); err == nil {
				return f, true
			}
		}
	}
	return 0, false
}

// TestReloadRetriesACorpusThatChangedWhileRead: files vanish while a
// reload reads the corpus (a copy in progress: one article was edited,
// so the reload reads it) and come back a moment later. The half-read
// corpus is never served: the reload is retried once the files are
// quiet, and finds the corpus as it is, the edit in.
func TestReloadRetriesACorpusThatChangedWhileRead(t *testing.T) {
	cfg := defaultConfig()
	cfg.Corpus.Debounce.Duration = time.Second
	logs := &logbuf.Buffer{}
	dir := corpusOf(t, 40)
	a := diskApp(t, cfg, dir, slog.New(slog.NewTextHandler(logs, nil)))
	stash := t.TempDir()
	var once sync.Once
	a.onRead = func() {
		once.Do(func() {
			// 5 of 40 go: not enough for the loss guard to hold the
			// reload back; only noticing the change can.
			for i := range 5 {
				name := fmt.Sprintf("a%02d.txt", i)
				os.Rename(filepath.Join(dir, name), filepath.Join(stash, name))
			}
			go func() {
				time.Sleep(200 * time.Millisecond)
				for i := range 5 {
					name := fmt.Sprintf("a%02d.txt", i)
					os.Rename(filepath.Join(stash, name), filepath.Join(dir, name))
				}
			}()
		})
	}
	hup := make(chan os.Signal, 1)
	s, err := a.newServer(hup)
	if err != nil {
		t.Fatal(err)
	}
	base, _ := startServer(t, s)
	eventually(t, 5*time.Second, "watching", func() bool { return strings.Contains(logs.String(), "watching the corpus") })
	seen := watchServed(t, base)

	edited := fmt.Sprintf("Bridge Report %d\n\nThe mayor of Town%d, Alice Surname%d, closed a bridge on Tuesday.\n", 39, 39, 39)
	if err := os.WriteFile(filepath.Join(dir, "a39.txt"), []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	hup <- syscall.SIGHUP
	// Settled: the whole corpus swapped in, once the files are quiet (or,
	// without the retry, the partial one first).
	eventually(t, 30*time.Second, "reload settled", func() bool {
		return strings.Contains(logs.String(), "re-indexed the corpus")
	})
	time.Sleep(2 * cfg.Corpus.Debounce.Duration) // time for a second swap, if any
	seen.end()
	if n := seen.min.Load(); n != 40 {
		t.Errorf("served %d articles at the lowest, want 40 throughout", n)
	}
	if n := metricValue(t, base, "briefbot_index_reload_retries_total"); n < 1 {
		t.Errorf("briefbot_index_reload_retries_total = %v, want at least 1", n)
	}
	if n := metricValue(t, base, "briefbot_index_reloads_total"); n != 1 {
		t.Errorf("briefbot_index_reloads_total = %v, want 1: the corpus with its edit, and no partial one", n)
	}
	if !strings.Contains(logs.String(), "changed while it was read") {
		t.Errorf("the retry is not logged:\n%s", logs)
	}
	if t.Failed() {
		t.Log(logs)
	}
}

// TestReloadHoldsBackALargeLoss: a rebuild that would drop more than
// corpus.max_loss of the articles served is held back, with a warning and
// a metric, and the old index keeps serving, until the corpus comes back
// or an operator forces it with two SIGHUPs in a row.
func TestReloadHoldsBackALargeLoss(t *testing.T) {
	cfg := defaultConfig()
	cfg.Corpus.Debounce.Duration = 50 * time.Millisecond
	logs := &logbuf.Buffer{}
	dir := corpusOf(t, 40)
	a := diskApp(t, cfg, dir, slog.New(slog.NewTextHandler(logs, nil)))
	hup := make(chan os.Signal, 1)
	s, err := a.newServer(hup)
	if err != nil {
		t.Fatal(err)
	}
	base, _ := startServer(t, s)
	eventually(t, 5*time.Second, "watching", func() bool { return strings.Contains(logs.String(), "watching the corpus") })
	metric := func(name string) func() float64 { return func() float64 { return metricValue(t, base, name) } }
	held, heldNow, articles := metric("briefbot_index_reloads_held_total"), metric("briefbot_index_reload_held"), metric("briefbot_index_articles")

	// 25 of 40 removed: 62% lost, over the default half.
	stash := t.TempDir()
	for i := range 25 {
		name := fmt.Sprintf("a%02d.txt", i)
		os.Rename(filepath.Join(dir, name), filepath.Join(stash, name))
	}
	eventually(t, 30*time.Second, "held back", func() bool { return held() >= 1 })
	if heldNow() != 1 || articles() != 40 {
		t.Errorf("held back: briefbot_index_reload_held = %v, articles = %v; want 1 and 40", heldNow(), articles())
	}
	if !strings.Contains(logs.String(), "held back") || !strings.Contains(logs.String(), "SIGHUP twice") {
		t.Errorf("no warning saying what to do:\n%s", logs)
	}
	if code, body := getText(t, base+"/readyz"); code != 200 || !strings.Contains(body, "held back") {
		t.Errorf("/readyz while held back: %d %s; want 200 saying so", code, body)
	}
	// Everything removed is held back too, and is no failure.
	for i := 25; i < 40; i++ {
		name := fmt.Sprintf("a%02d.txt", i)
		os.Rename(filepath.Join(dir, name), filepath.Join(stash, name))
	}
	eventually(t, 30*time.Second, "empty corpus held back", func() bool { return held() >= 2 })
	if n := metricValue(t, base, "briefbot_index_reload_failures_total"); n != 0 || articles() != 40 {
		t.Errorf("empty corpus: failures %v, articles %v; want 0 and 40", n, articles())
	}

	// The corpus comes back but for 25: still held back. Two SIGHUPs
	// force it.
	for i := 25; i < 40; i++ {
		name := fmt.Sprintf("a%02d.txt", i)
		os.Rename(filepath.Join(stash, name), filepath.Join(dir, name))
	}
	eventually(t, 30*time.Second, "held back again", func() bool { return held() >= 3 })
	hup <- syscall.SIGHUP
	time.Sleep(100 * time.Millisecond)
	hup <- syscall.SIGHUP
	eventually(t, 30*time.Second, "forced", func() bool { return articles() == 15 })
	if heldNow() != 0 {
		t.Errorf("briefbot_index_reload_held = %v after the forced reload", heldNow())
	}
	if code, body := getText(t, base+"/readyz"); code != 200 || strings.Contains(body, "held back") {
		t.Errorf("/readyz after the forced reload: %d %s", code, body)
	}
	if t.Failed() {
		t.Log(logs)
	}
}

// TestBotIndexForceReleasesAHeldReload: `bot index --force` on the server's
// corpus and index directory makes the server serve what it held back.
func TestBotIndexForceReleasesAHeldReload(t *testing.T) {
	cfg := defaultConfig()
	cfg.Corpus.Debounce.Duration = 50 * time.Millisecond
	logs := &logbuf.Buffer{}
	dir := corpusOf(t, 10)
	a := diskApp(t, cfg, dir, slog.New(slog.NewTextHandler(logs, nil)))
	s, err := a.newServer(nil)
	if err != nil {
		t.Fatal(err)
	}
	base, _ := startServer(t, s)
	eventually(t, 5*time.Second, "watching", func() bool { return strings.Contains(logs.String(), "watching the corpus") })
	for i := range 8 {
		os.Remove(filepath.Join(dir, fmt.Sprintf("a%02d.txt", i)))
	}
	eventually(t, 30*time.Second, "held back", func() bool { return metricValue(t, base, "briefbot_index_reloads_held_total") >= 1 })

	c := newCLI(t)
	c.env["BRIEFBOT_INDEX"] = a.cfg.Index.Dir
	code, out, errs := c.run("index", "--force", "--corpus", dir)
	if code != exitOK || !strings.Contains(out, "2 articles") {
		t.Fatalf("bot index --force: exit %d\n%s%s", code, out, errs)
	}
	eventually(t, 30*time.Second, "forced by bot index", func() bool { return metricValue(t, base, "briefbot_index_articles") == 2 })
	if t.Failed() {
		t.Log(logs)
	}
}

func getText(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var b strings.Builder
	buf := make([]byte, 4096)
	for {
		n, err := resp.Body.Read(buf)
		b.Write(buf[:n])
		if err != nil {
			break
		}
	}
	return resp.StatusCode, b.String()
}

// Two routine reloads close together (a deploy script's steps) force
// nothing: only a second SIGHUP while a rebuild is held back does.
func TestTwoRoutineReloadsForceNothing(t *testing.T) {
	cfg := defaultConfig()
	cfg.Corpus.Watch = false
	logs := &logbuf.Buffer{}
	dir := corpusOf(t, 40)
	a := diskApp(t, cfg, dir, slog.New(slog.NewTextHandler(logs, nil)))
	hup := make(chan os.Signal, 1)
	s, err := a.newServer(hup)
	if err != nil {
		t.Fatal(err)
	}
	base, _ := startServer(t, s)
	hup <- syscall.SIGHUP
	eventually(t, 30*time.Second, "first reload", func() bool { return strings.Contains(logs.String(), "corpus unchanged") })
	for i := range 30 {
		os.Remove(filepath.Join(dir, fmt.Sprintf("a%02d.txt", i)))
	}
	hup <- syscall.SIGHUP
	eventually(t, 30*time.Second, "held back", func() bool { return metricValue(t, base, "briefbot_index_reloads_held_total") == 1 })
	if n := metricValue(t, base, "briefbot_index_articles"); n != 40 {
		t.Errorf("serving %v articles after two routine reloads, want the 40 held", n)
	}
	if t.Failed() {
		t.Log(logs)
	}
}
