package main

import (
	"context"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"testing"

	"briefbot"
)

// bbcDir is the BBC News corpus from ../shared, for internal benchmarks
// only (BBC copyright); the benchmarks skip when it is absent.
var bbcDir = filepath.Join("..", "..", "..", "shared", "corpora", "bbc-news")

// Questions the benchmarks ask: of the bundled story (one has no answer
// there), and of the kind a BBC reader would ask.
var (
	storyQuestions = []string{
		"Who leads the Russian delegation?",
		"How many lower-level officials did Putin appoint as experts?",
		"When did Rubio talk to reporters in Antalya?",
		"What is the capital of France?",
	}
	bbcQuestions = []string{
		"Who is the chief executive of the company?",
		"How much did profits rise?",
		"When will the election be held?",
		"Where did the match take place?",
	}
)

// bbcApp opens the BBC corpus as bot serve would (on disk, not watched), or
// skips the benchmark when the corpus is absent.
func bbcApp(b *testing.B) *app {
	if _, err := os.Stat(bbcDir); err != nil {
		b.Skip("BBC corpus not present:", err)
	}
	cfg := defaultConfig()
	cfg.Corpus.Watch = false
	return diskApp(b, cfg, bbcDir, slog.New(slog.DiscardHandler))
}

// BenchmarkAsk measures one question end to end (analysis, retrieval,
// answering) on the bundled story, with the index in memory.
func BenchmarkAsk(b *testing.B) {
	benchAsk(b, memoryApp(b, defaultConfig(), nil), storyQuestions)
}

// BenchmarkAskBBC measures questions against the BBC corpus index.
func BenchmarkAskBBC(b *testing.B) {
	benchAsk(b, bbcApp(b), bbcQuestions)
}

func benchAsk(b *testing.B, a *app, questions []string) {
	ctx := context.Background()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := a.bot.Ask(ctx, briefbot.Question{Text: questions[i%len(questions)]}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkIndexBBC measures loading, splitting, annotating and indexing
// the 2,225 BBC articles into an on-disk index, as `bot index` does.
func BenchmarkIndexBBC(b *testing.B) {
	if _, err := os.Stat(bbcDir); err != nil {
		b.Skip("BBC corpus not present:", err)
	}
	ctx := context.Background()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	b.ReportAllocs()
	for b.Loop() {
		cfg := defaultConfig()
		cfg.Corpus.Dir = bbcDir
		cfg.Index.Dir = b.TempDir()
		a := &app{cfg: cfg, log: log}
		if err := a.open(ctx); err != nil {
			b.Fatal(err)
		}
		st := a.index.Stats()
		a.close()
		b.ReportMetric(float64(st.Sentences), "sentences")
	}
}
