//go:build unix

package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

var soakDuration = flag.Duration("soak.duration", 2*time.Minute, "how long BenchmarkSoak runs its scenario")

// BenchmarkSoak runs `bot serve` (the binary, built here) on a copy of the
// BBC corpus under 4 concurrent clients while the corpus is edited,
// replaced, emptied and restored, truncated mid-reload, and given named
// pipes, with SIGHUPs and a final SIGTERM, and checks that nothing is lost:
//
//	go test -run '^$' -bench Soak -benchtime 1x -v ./cmd/bot/ [-args -soak.duration 2m]
//
// It reports the requests sent, lost (no response) and failed (not 200),
// which must be 0; the lowest article count served against the lowest count
// of the corpus once settled; and whether the final index is the final
// corpus (`bot index` on it, afterwards, says it is up to date). The corpus
// is copied to a temporary directory, never into the repository; the
// benchmark skips when ../shared/corpora/bbc-news is absent. With -v it
// also prints the server's log, questions left out.
func BenchmarkSoak(b *testing.B) {
	if _, err := os.Stat(bbcDir); err != nil {
		b.Skip("BBC corpus not present:", err)
	}
	for b.Loop() {
		soak(b, *soakDuration)
	}
}

func soak(b *testing.B, dur time.Duration) {
	work := b.TempDir()
	bin := filepath.Join(work, "bot")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	pristine := filepath.Join(work, "pristine")
	copyTree(b, bbcDir, pristine)
	releases := filepath.Join(work, "releases")
	v1 := filepath.Join(releases, "v1")
	copyTree(b, pristine, v1)
	live := filepath.Join(work, "current") // corpus.dir, a link to a release
	if err := os.Symlink(v1, live); err != nil {
		b.Fatal(err)
	}
	addr := freeAddr(b)
	conf := filepath.Join(work, "bot.toml")
	os.WriteFile(conf, []byte(fmt.Sprintf(`[corpus]
dir = %q
debounce = "1s"
[index]
dir = %q
[server]
addr = %q
drain = "2s"
[limits]
user_per_minute = 0.0
channel_per_minute = 0.0
`, live, filepath.Join(work, "index"), addr)), 0o600)
	logPath := filepath.Join(work, "serve.log")
	logFile, err := os.Create(logPath)
	if err != nil {
		b.Fatal(err)
	}
	defer logFile.Close()

	// settled counts the articles of the corpus as it stands, read as the
	// server reads it.
	settled := func() int {
		cfg := defaultConfig()
		cfg.Corpus.Dir = live
		a := &app{cfg: cfg, log: slog.New(slog.DiscardHandler)}
		arts, err := a.loadArticles()
		if err != nil {
			b.Fatalf("reading the settled corpus: %v", err)
		}
		return len(arts)
	}
	minSettled := settled()

	serve := exec.Command(bin, "serve", "--config", conf)
	serve.Stdout, serve.Stderr = logFile, logFile
	start := time.Now()
	if err := serve.Start(); err != nil {
		b.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- serve.Wait() }()
	defer serve.Process.Kill()
	base := "http://" + addr
	for ready := false; !ready; {
		select {
		case err := <-exited:
			b.Fatalf("bot serve exited at start: %v\n%s", err, readFile(logPath))
		case <-time.After(200 * time.Millisecond):
		}
		if resp, err := http.Get(base + "/readyz"); err == nil {
			ready = resp.StatusCode == http.StatusOK
			resp.Body.Close()
		}
		if time.Since(start) > 5*time.Minute {
			b.Fatal("bot serve not ready after 5 minutes")
		}
	}
	b.Logf("ready in %v", time.Since(start).Round(time.Millisecond))

	// The balancer polls /readyz and takes the server out at the first
	// 503, as a load balancer would; the clients stop sending then.
	var out atomic.Bool
	var wg sync.WaitGroup
	wg.Go(func() {
		for !out.Load() {
			resp, err := http.Get(base + "/readyz")
			if err != nil || resp.StatusCode != http.StatusOK {
				out.Store(true)
			}
			if err == nil {
				resp.Body.Close()
			}
			time.Sleep(100 * time.Millisecond)
		}
	})
	var sent, lost, failed atomic.Int64
	for c := range 4 {
		wg.Go(func() {
			client := &http.Client{Timeout: 30 * time.Second}
			for i := c; !out.Load(); i++ {
				body, _ := json.Marshal(map[string]string{"question": bbcQuestions[i%len(bbcQuestions)]})
				sent.Add(1)
				resp, err := client.Post(base+"/api/ask", "application/json", bytes.NewReader(body))
				if err != nil {
					lost.Add(1)
					b.Logf("lost: %v", err)
					continue
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != http.StatusOK {
					failed.Add(1)
					b.Logf("failed: %d", resp.StatusCode)
				}
			}
		})
	}
	// The served article count, sampled every 100 ms.
	minServed := int64(1 << 40)
	var lastServed atomic.Int64
	stopSampling := make(chan struct{})
	var sampling sync.WaitGroup
	sampling.Go(func() {
		for {
			if n, ok := sample(base, "briefbot_index_articles"); ok {
				lastServed.Store(int64(n))
				if int64(n) < atomic.LoadInt64(&minServed) {
					atomic.StoreInt64(&minServed, int64(n))
				}
			}
			select {
			case <-stopSampling:
				return
			case <-time.After(100 * time.Millisecond):
			}
		}
	})

	hup := func() { serve.Process.Signal(syscall.SIGHUP) }
	target := func() string { t, _ := filepath.EvalSymlinks(live); return t }
	article := func(dir, name, title, text string) {
		os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(title+"\n\n"+text+"\n"), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	steps := []struct {
		name string
		do   func()
		// transient steps leave a corpus that is put right later: its
		// count is not a settled one.
		transient bool
	}{
		{"edit: one article added, one changed", func() {
			article(target(), "extra/soak-1.txt", "Soak Test Opens", "The soak test was opened by Inspector Ada Quill on Monday.")
			f, _ := os.OpenFile(filepath.Join(target(), "business", "001.txt"), os.O_APPEND|os.O_WRONLY, 0)
			fmt.Fprintln(f, "\nAnalysts said the figures were revised on Friday.")
			f.Close()
		}, false},
		{"a named pipe dropped in, and SIGHUP", func() {
			syscall.Mkfifo(filepath.Join(target(), "business", "pipe.txt"), 0o644)
			hup()
		}, false},
		{"replaced: ln -sfn to a new release", func() {
			v2 := filepath.Join(releases, "v2")
			copyTree(b, target(), v2) // the pipe is not copied
			article(v2, "extra/soak-2.txt", "Second Release", "The second release was signed off by Director Bo Lark.")
			tmp := live + ".tmp"
			os.Symlink(v2, tmp)
			os.Rename(tmp, live)
			os.RemoveAll(v1)
		}, false},
		{"emptied while SIGHUP re-indexes", func() {
			hup()
			entries, _ := os.ReadDir(target())
			for _, e := range entries {
				os.RemoveAll(filepath.Join(target(), e.Name()))
			}
		}, true},
		{"restored", func() {
			copyTree(b, pristine, target())
			article(target(), "extra/soak-1.txt", "Soak Test Opens", "The soak test was opened by Inspector Ada Quill on Monday.")
			article(target(), "extra/soak-2.txt", "Second Release", "The second release was signed off by Director Bo Lark.")
		}, false},
		{"replaced in place: rm -rf and cp -r under the link", func() {
			next := filepath.Join(work, "next")
			copyTree(b, target(), next)
			article(next, "extra/soak-3.txt", "Third Release", "The third release was approved by Chief Iva Moss.")
			dst := target()
			os.RemoveAll(dst)
			copyTree(b, next, dst)
			os.RemoveAll(next)
		}, false},
		{"a category truncated while SIGHUP re-indexes, then rewritten", func() {
			sport := filepath.Join(target(), "sport")
			saved := map[string][]byte{}
			entries, _ := os.ReadDir(sport)
			for _, e := range entries {
				p := filepath.Join(sport, e.Name())
				saved[p], _ = os.ReadFile(p)
			}
			hup()
			for p := range saved {
				os.Truncate(p, 0)
			}
			for p, data := range saved {
				os.WriteFile(p, data, 0o644)
			}
		}, false},
		{"another named pipe, and SIGHUP", func() {
			syscall.Mkfifo(filepath.Join(target(), "tech", "pipe.txt"), 0o644)
			hup()
		}, false},
	}
	gap := dur / time.Duration(len(steps)+1)
	begin := time.Now()
	for i, st := range steps {
		time.Sleep(time.Until(begin.Add(time.Duration(i+1) * gap)))
		b.Logf("%6.1fs  %s", time.Since(start).Seconds(), st.name)
		st.do()
		if !st.transient {
			time.Sleep(50 * time.Millisecond)
			minSettled = min(minSettled, settled())
		}
	}
	time.Sleep(time.Until(begin.Add(dur)))
	finalCorpus := settled()
	// Wait for the server to settle on the final corpus before stopping.
	for deadline := time.Now().Add(2 * time.Minute); lastServed.Load() != int64(finalCorpus) && time.Now().Before(deadline); {
		time.Sleep(200 * time.Millisecond)
	}
	finalServed := lastServed.Load()
	b.Logf("%6.1fs  SIGTERM", time.Since(start).Seconds())
	serve.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-exited:
		if err != nil {
			b.Errorf("bot serve exited with %v", err)
		}
	case <-time.After(2 * time.Minute):
		b.Error("bot serve did not exit within 2 minutes of SIGTERM")
	}
	wg.Wait()
	close(stopSampling)
	sampling.Wait()

	// The index left on disk is the final corpus's: `bot index` finds it
	// up to date.
	check, err := exec.Command(bin, "index", "--config", conf).CombinedOutput()
	upToDate := err == nil && strings.Contains(string(check), fmt.Sprintf("index up to date (corpus unchanged): %d articles", finalCorpus))
	if !upToDate {
		b.Errorf("the final index is not the final corpus: bot index says\n%s", check)
	}

	logText := readFile(logPath)
	count := func(msg string) int { return strings.Count(logText, msg) }
	b.Logf("requests %d, lost %d, failed %d", sent.Load(), lost.Load(), failed.Load())
	b.Logf("articles served: lowest %d, final %d; corpus settled: lowest %d, final %d; final index = final corpus: %v",
		minServed, finalServed, minSettled, finalCorpus, upToDate)
	b.Logf("log: %d re-indexed, %d unchanged, %d changed while read, %d held back, %d failed, %d hung, %d directory replaced, %d named pipes skipped",
		count(`msg="re-indexed the corpus"`), count(`msg="corpus unchanged; index kept"`), count("changed while it was read"),
		count(`msg="re-index held back`), count(`msg="re-index failed`), count(`msg="re-index hung`),
		count("corpus directory was replaced"), count("named pipe"))
	b.ReportMetric(float64(sent.Load()), "requests")
	b.ReportMetric(float64(lost.Load()), "lost")
	b.ReportMetric(float64(failed.Load()), "failed")
	b.ReportMetric(float64(minServed), "min-served-articles")
	b.ReportMetric(float64(minSettled), "min-settled-articles")
	if lost.Load() > 0 || failed.Load() > 0 {
		b.Errorf("%d requests lost and %d failed, want none", lost.Load(), failed.Load())
	}
	if minServed < int64(minSettled) {
		b.Errorf("served %d articles at the lowest, below the settled corpus's %d", minServed, minSettled)
	}
	if finalServed != int64(finalCorpus) {
		b.Errorf("served %d articles at the end, the corpus has %d", finalServed, finalCorpus)
	}
	if b.Failed() || testing.Verbose() {
		var lines []string
		for line := range strings.Lines(logText) {
			if !strings.Contains(line, "msg=question") {
				lines = append(lines, line)
			}
		}
		b.Log("bot serve's log, questions left out:\n" + strings.Join(lines, ""))
	}
}

// copyTree copies the regular files and directories under src into dst.
func copyTree(b *testing.B, src, dst string) {
	b.Helper()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		to := filepath.Join(dst, rel)
		switch {
		case d.IsDir():
			return os.MkdirAll(to, 0o755)
		case !d.Type().IsRegular():
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(to, data, 0o644)
	})
	if err != nil {
		b.Fatal(err)
	}
}

// freeAddr is a loopback address with a port free a moment ago.
func freeAddr(b *testing.B) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func readFile(p string) string {
	data, _ := os.ReadFile(p)
	return string(data)
}
