package main

import (
	"net/http"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestShutdownLosesNoRequest sends questions from 4 clients across a
// shutdown (serve's context cancelled, as SIGTERM does), with a balancer
// that polls /readyz every 50 ms and stops sending once it says 503, as a
// load balancer would. Every question sent gets its answer: none is lost
// to a closed listener or connection, none fails.
func TestShutdownLosesNoRequest(t *testing.T) {
	cfg := defaultConfig()
	cfg.Limits.UserPerMinute, cfg.Limits.ChannelPerMinute = 0, 0
	s, err := memoryApp(t, cfg, nil).newServer(nil)
	if err != nil {
		t.Fatal(err)
	}
	s.cfg.Server.Drain.Duration = time.Second
	base, stop := startServer(t, s)

	var out atomic.Bool // the balancer has taken the server out
	var saw503 atomic.Bool
	balancer := make(chan struct{})
	go func() {
		defer close(balancer)
		for !out.Load() {
			resp, err := http.Get(base + "/readyz")
			if err != nil {
				out.Store(true)
				return
			}
			resp.Body.Close()
			if resp.StatusCode == http.StatusServiceUnavailable {
				saw503.Store(true)
				out.Store(true)
				return
			}
			time.Sleep(50 * time.Millisecond)
		}
	}()

	var sent, lost, failed atomic.Int64
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			client := &http.Client{Timeout: 10 * time.Second} // keep-alive
			for !out.Load() {
				sent.Add(1)
				code, _, err := ask(client, base, "Who leads the Russian delegation?")
				switch {
				case err != nil:
					lost.Add(1)
					t.Log("lost:", err)
				case code != http.StatusOK:
					failed.Add(1)
					t.Log("failed:", code)
				}
			}
		})
	}
	time.Sleep(300 * time.Millisecond)
	stopped := make(chan error, 1)
	go func() { stopped <- stop() }()
	wg.Wait()
	<-balancer
	if err := <-stopped; err != nil {
		t.Errorf("run: %v", err)
	}
	if sent.Load() < 10 || lost.Load() != 0 || failed.Load() != 0 {
		t.Errorf("%d questions sent across the shutdown: %d lost, %d failed; want none", sent.Load(), lost.Load(), failed.Load())
	}
	if !saw503.Load() {
		t.Error("/readyz never said 503 before the server went away")
	}
}
