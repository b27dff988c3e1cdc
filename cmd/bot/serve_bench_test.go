package main

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"slices"
	"sync"
	"testing"
	"time"
)

// Load benchmarks of POST /api/ask over loopback: a real server on
// 127.0.0.1, one client or clients in parallel (4 per CPU) on kept-alive
// connections, rate limits off. Each reports requests per second and the p50 and p99
// latency seen by the clients. Bound them with -benchtime, e.g.
//
//	go test -run '^$' -bench ServeAPI -benchtime 2000x ./cmd/bot/

func BenchmarkServeAPI(b *testing.B) {
	a := memoryApp(b, defaultConfig(), slog.New(slog.DiscardHandler))
	b.Run("bundled/1-client", func(b *testing.B) { benchAPI(b, a, storyQuestions, false) })
	b.Run("bundled/parallel", func(b *testing.B) { benchAPI(b, a, storyQuestions, true) })
}

func BenchmarkServeAPIBBC(b *testing.B) {
	a := bbcApp(b)
	b.Run("bbc/1-client", func(b *testing.B) { benchAPI(b, a, bbcQuestions, false) })
	b.Run("bbc/parallel", func(b *testing.B) { benchAPI(b, a, bbcQuestions, true) })
}

func benchAPI(b *testing.B, a *app, questions []string, parallel bool) {
	a.cfg.Limits.UserPerMinute, a.cfg.Limits.ChannelPerMinute = 0, 0
	s, err := a.newServer(nil)
	if err != nil {
		b.Fatal(err)
	}
	base, _ := startServer(b, s)
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 256}, Timeout: 30 * time.Second}
	bodies := make([][]byte, len(questions))
	for i, q := range questions {
		bodies[i], _ = json.Marshal(map[string]string{"question": q})
	}

	var mu sync.Mutex
	latencies := make([]time.Duration, 0, b.N)
	// one asks one question and records its latency.
	one := func(i int, mine *[]time.Duration) bool {
		t0 := time.Now()
		resp, err := client.Post(base+"/api/ask", "application/json", bytes.NewReader(bodies[i%len(bodies)]))
		if err != nil {
			b.Error(err)
			return false
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			b.Errorf("status %d", resp.StatusCode)
			return false
		}
		*mine = append(*mine, time.Since(t0))
		return true
	}
	b.ResetTimer()
	start := time.Now()
	if parallel {
		b.SetParallelism(4)
		b.RunParallel(func(pb *testing.PB) {
			var mine []time.Duration
			for i := 0; pb.Next() && one(i, &mine); i++ {
			}
			mu.Lock()
			latencies = append(latencies, mine...)
			mu.Unlock()
		})
	} else {
		for i := 0; i < b.N && one(i, &latencies); i++ {
		}
	}
	elapsed := time.Since(start)
	b.StopTimer()
	if len(latencies) == 0 {
		return
	}
	slices.Sort(latencies)
	pct := func(p float64) float64 {
		return float64(latencies[int(p*float64(len(latencies)-1))].Microseconds()) / 1000
	}
	b.ReportMetric(float64(len(latencies))/elapsed.Seconds(), "req/s")
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
}
