package main

import (
	"context"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefbot"
	"briefbot/corpus"
	"briefbot/index"
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

// BenchmarkAskBBCTitles measures bot bench's questions (a question word
// before an article's title, 400 spread over the corpus) end to end, and
// its two halves: the search alone, and the answer alone on results
// searched before the timer.
func BenchmarkAskBBCTitles(b *testing.B) {
	a := bbcApp(b)
	arts, _ := corpus.LoadDir(bbcDir)
	questions := benchQuestions(arts, 400)
	ctx := context.Background()
	b.Run("ask", func(b *testing.B) { benchAsk(b, a, questions) })
	queries := make([]briefbot.Query, len(questions))
	results := make([]briefbot.Result, len(questions))
	for i, q := range questions {
		queries[i] = a.bot.Answerer.Query(briefbot.Question{Text: q})
		res, err := a.bot.Searcher.Search(ctx, queries[i])
		if err != nil {
			b.Fatal(err)
		}
		results[i] = res
	}
	b.Run("search", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			if _, err := a.bot.Searcher.Search(ctx, queries[i%len(queries)]); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("answer", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			_ = a.bot.Answerer.Answer(briefbot.Question{Text: questions[i%len(questions)]}, results[i%len(results)])
		}
	})
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

// TestBench runs `bot bench` on the bundled story with few questions: the
// rows measured in the process. The process rows run this binary again,
// which under `go test` is the test binary; the raw side's child mode is
// tested on its own below, and the rows by running `bot bench`.
func TestBench(t *testing.T) {
	c := newCLI(t)
	dir := t.TempDir()
	code, out, errs := c.run("bench", "--questions", "6", "--rounds", "1", "--requests", "12", "--clients", "2",
		"--rows", "indexing,latency,throughput", "--dir", dir)
	if code != exitOK {
		t.Fatalf("bot bench: exit %d\n%s", code, errs)
	}
	for _, want := range []string{"19 sentences (the bundled story)", "indexing, whole build", "Ask latency (6 q x 1)",
		"Ask throughput in process, 2 clients", "p99 <= 2x: "} {
		if !strings.Contains(out, want) {
			t.Errorf("the table lacks %q:\n%s", want, out)
		}
	}
	// The raw side of the start row.
	c.stdin = ""
	code, out, errs = c.run("bench", "--child", "raw-start", filepath.Join(dir, "raw-index"), "Who leads the Russian delegation?")
	if code != exitOK || !strings.Contains(out, "6 hits") { // as many sentences as hold a word of it
		t.Errorf("raw-start: exit %d, %q\n%s", code, out, errs)
	}
	if code, _, _ := c.run("bench", "--rows", "speed"); code != exitUsage {
		t.Errorf("an unknown row: exit %d, want %d", code, exitUsage)
	}
}

// A raw index kept under --dir is reused for the corpus it was built from
// only: asked of another corpus, bot bench builds it again, so that both
// sides search the same sentences.
func TestBenchRawIndexFollowsTheCorpus(t *testing.T) {
	c := newCLI(t)
	dir := t.TempDir()
	corpusA, corpusB := t.TempDir(), t.TempDir()
	os.WriteFile(filepath.Join(corpusA, "a.txt"), []byte("Bridge Report\n\nThe bridge over the river is closed.\n"), 0o644)
	os.WriteFile(filepath.Join(corpusB, "b.txt"), []byte("Harbour Report\n\nThe harbour is open to ferries again.\n"), 0o644)
	bench := func(corpus string) (rebuilt bool) {
		t.Helper()
		code, _, errs := c.run("bench", "--corpus", corpus, "--questions", "2", "--rounds", "1", "--rows", "latency", "--dir", dir, "-v")
		if code != exitOK {
			t.Fatalf("bot bench: exit %d\n%s", code, errs)
		}
		return strings.Contains(errs, "raw bleve: indexing")
	}
	if !bench(corpusA) {
		t.Error("the first run did not build the raw index")
	}
	if bench(corpusA) {
		t.Error("the same corpus again rebuilt the raw index")
	}
	if !bench(corpusB) {
		t.Error("another corpus reused the raw index built for the first")
	}
}

func TestBenchQuestions(t *testing.T) {
	arts, _ := corpus.Load(corpus.Bundled())
	arts = append(arts, briefbot.Article{Title: "Ad sales boost Time Warner profit"})
	got := benchQuestions(arts, 4)
	want := []string{
		"Who Despite Skipping Ukraine Peace Talks, Trump Seeks Quick Meeting with Putin?",
		"What Despite Skipping Ukraine Peace Talks, Trump Seeks Quick Meeting with Putin?",
		"When did ad sales boost Time Warner profit?",
		"Where did ad sales boost Time Warner profit?",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("questions:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestRawBaseline checks that the raw side answers from the same
// sentences.
func TestRawBaseline(t *testing.T) {
	arts, _ := corpus.Load(corpus.Bundled())
	raw, err := index.BuildRaw(context.Background(), "", sentences(arts))
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	hits, err := raw.Search(context.Background(), "Who leads the Russian delegation?")
	if err != nil || len(hits) != 6 || hits[0].Text == "" || hits[0].ArticleID != "istanbul-talks.txt" {
		t.Errorf("raw search: %v, %+v", err, hits)
	}
}
