package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	rtmetrics "runtime/metrics"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"briefbot/corpus"
)

// BenchmarkIndexBigArticle indexes one article of growing size, up to
// corpus.MaxTextSize, as `bot index` does (read, split, annotate, build on
// disk), and reports the peak of the Go heap per MB of article, and on
// Linux the peak RSS of the process. Memory grows faster than the article
// (the answerer's annotation works per article), which is what the limit
// bounds:
//
//	go test -run '^$' -bench IndexBigArticle -benchtime 1x ./cmd/bot/
func BenchmarkIndexBigArticle(b *testing.B) {
	story, err := os.ReadFile(filepath.Join("..", "..", "corpus", "bundled", "istanbul-talks.txt"))
	if err != nil {
		b.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(story)), "\n")
	title, paras := lines[0], lines[1:]
	for _, size := range []int{128 << 10, 512 << 10, corpus.MaxTextSize} {
		b.Run(fmt.Sprintf("%dKiB", size>>10), func(b *testing.B) {
			// The story's paragraphs over and over, numbered so that
			// each repetition is a different passage.
			var sb strings.Builder
			sb.WriteString(title + "\n\n")
			for i := 0; sb.Len() < size-600; i++ {
				p := paras[i%len(paras)]
				fmt.Fprintf(&sb, "In part %d, %s\n\n", i/len(paras)+1, p)
			}
			text := sb.String()[:min(sb.Len(), size)]
			dir := b.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "big.txt"), []byte(text), 0o644); err != nil {
				b.Fatal(err)
			}
			mb := float64(len(text)) / (1 << 20)
			var peakHeap, peakRSS float64
			for b.Loop() {
				cfg := defaultConfig()
				cfg.Corpus.Dir = dir
				cfg.Index.Dir = b.TempDir()
				a := &app{cfg: cfg, log: slog.New(slog.DiscardHandler)}
				runtime.GC()
				debug.FreeOSMemory()
				resetPeakRSS()
				stop := sampleHeap()
				if err := a.open(context.Background()); err != nil {
					b.Fatal(err)
				}
				if n := a.index.Stats().Articles; n != 1 {
					b.Fatalf("%d articles indexed, want 1", n)
				}
				peakHeap = max(peakHeap, stop())
				peakRSS = max(peakRSS, readPeakRSS())
				a.close()
			}
			b.ReportMetric(mb, "article-MB")
			b.ReportMetric(peakHeap/(1<<20), "peak-heap-MB")
			b.ReportMetric(peakHeap/(1<<20)/mb, "peak-heap-MB/article-MB")
			if peakRSS > 0 {
				b.ReportMetric(peakRSS/(1<<20), "peak-RSS-MB")
			}
		})
	}
}

// sampleHeap samples the bytes in live and unswept heap objects every
// millisecond until the returned function is called, which returns the
// highest sample.
func sampleHeap() (stop func() float64) {
	var peak atomic.Uint64
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		s := []rtmetrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			rtmetrics.Read(s)
			if v := s[0].Value.Uint64(); v > peak.Load() {
				peak.Store(v)
			}
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	return func() float64 {
		close(done)
		<-finished
		return float64(peak.Load())
	}
}

// resetPeakRSS resets the kernel's high-water mark of this process's RSS
// (Linux; elsewhere nothing happens and readPeakRSS reports 0).
func resetPeakRSS() { _ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }

// readPeakRSS is VmHWM, the peak RSS since the last reset, in bytes.
func readPeakRSS() float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for line := range strings.Lines(string(data)) {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64)
			if err != nil {
				return 0
			}
			return kb * 1024
		}
	}
	return 0
}
