package index_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"briefbot"
	"briefbot/index"
)

// story is a small two-article corpus; sentence numbers run per article.
func story() []briefbot.Sentence {
	mk := func(id, title string, texts ...string) []briefbot.Sentence {
		var out []briefbot.Sentence
		for i, t := range texts {
			out = append(out, briefbot.Sentence{
				ArticleID: id, ArticleTitle: title, Paragraph: i/2 + 1, Number: i + 1,
				Start: 0, End: len(t), Text: t, Annotation: fmt.Sprintf(`{"n":%d}`, i+1),
			})
		}
		return out
	}
	talks := mk("talks.txt", "Peace talks in Istanbul",
		"A Ukrainian delegation headed by Defense Minister Rustem Umerov will meet a Russian team.",
		"The Russian team is led by presidential aide Vladimir Medinsky.",
		"Officials expect little progress.",
		"Rubio expressed skepticism on Thursday.",
	)
	talks[0].URL = "https://example.com/talks"
	talks[0].Published = time.Date(2025, 5, 16, 0, 0, 0, 0, time.UTC)
	school := mk("school.txt", "Harbour town school opens a gym",
		"A middle school in Port Alder has turned its old workshop into a gym.",
		"The club will be open every day of the week.",
	)
	return append(talks, school...)
}

func build(s []briefbot.Sentence, calls *int) index.BuildFunc {
	return func(ctx context.Context, emit func([]briefbot.Sentence) error) error {
		*calls++
		return emit(s)
	}
}

func TestSearchMemory(t *testing.T) {
	ctx := context.Background()
	ix, err := index.NewMemory(ctx, story())
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()

	if st := ix.Stats(); st.Articles != 2 || st.Sentences != 6 {
		t.Errorf("stats = %+v, want 2 articles, 6 sentences", st)
	}

	tests := []struct {
		name    string
		q       briefbot.Query
		wantTop string // prefix of the best hit's text; "" for no hits
		wantN   int    // number of hits, -1 to skip
	}{
		{"stemmed terms", briefbot.Query{Terms: []briefbot.Term{{Text: "Russian"}, {Text: "leads"}}}, "The Russian team is led", -1},
		{"boost decides", briefbot.Query{Terms: []briefbot.Term{{Text: "delegation", Boost: 5}, {Text: "Russian"}}}, "A Ukrainian delegation", -1},
		{"phrase", briefbot.Query{Phrases: []briefbot.Term{{Text: "presidential aide"}}}, "The Russian team", 1},
		{"phrase words out of order match nothing", briefbot.Query{Phrases: []briefbot.Term{{Text: "aide presidential"}}}, "", 0},
		// A cue orders what the terms find ("delegation" lifts the
		// longer sentence) and finds nothing alone.
		{"term alone", briefbot.Query{Terms: []briefbot.Term{{Text: "Russian"}}}, "The Russian team", 2},
		{"a cue orders", briefbot.Query{Terms: []briefbot.Term{{Text: "Russian"}}, Cues: []briefbot.Term{{Text: "delegation", Boost: 0.3}, {Text: "minister", Boost: 0.3}}}, "A Ukrainian delegation", 2},
		{"cues alone find nothing", briefbot.Query{Cues: []briefbot.Term{{Text: "delegation"}}}, "", 0},
		{"only stop words", briefbot.Query{Terms: []briefbot.Term{{Text: "who is the"}}}, "", 0},
		{"empty query", briefbot.Query{}, "", 0},
		{"restricted to an article", briefbot.Query{Terms: []briefbot.Term{{Text: "open week school"}}, ArticleID: "talks.txt"}, "", 0},
		{"limit", briefbot.Query{Terms: []briefbot.Term{{Text: "the russian ukrainian school club"}}, Limit: 2}, "", -2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := hitsOf(ix.Search(ctx, tt.q))
			if err != nil {
				t.Fatal(err)
			}
			if tt.wantN >= 0 && len(hits) != tt.wantN {
				t.Errorf("got %d hits, want %d", len(hits), tt.wantN)
			}
			if tt.wantN == -2 && len(hits) != 2 {
				t.Errorf("limit 2 gave %d hits", len(hits))
			}
			if tt.wantTop != "" && (len(hits) == 0 || !strings.HasPrefix(hits[0].Sentence.Text, tt.wantTop)) {
				t.Errorf("top hit = %+v, want %q...", hits, tt.wantTop)
			}
		})
	}
}

func TestSearchReturnsStoredFieldsAndNeighbours(t *testing.T) {
	ctx := context.Background()
	ix, err := index.NewMemory(ctx, story())
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	hits, err := hitsOf(ix.Search(ctx, briefbot.Query{Terms: []briefbot.Term{{Text: "Umerov"}}, Neighbours: 1}))
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 2 {
		t.Fatalf("got %d hits, want the match and its one neighbour: %+v", len(hits), hits)
	}
	want := story()[0]
	got := hits[0].Sentence
	if got.ArticleID != want.ArticleID || got.ArticleTitle != want.ArticleTitle || got.URL != want.URL ||
		!got.Published.Equal(want.Published) || got.Paragraph != 1 || got.Number != 1 ||
		got.Start != 0 || got.End != len(want.Text) || got.Text != want.Text || got.Annotation != want.Annotation {
		t.Errorf("stored sentence = %+v\nwant %+v", got, want)
	}
	if hits[0].Score <= 0 {
		t.Errorf("match score = %v, want > 0", hits[0].Score)
	}
	if n := hits[1]; n.Sentence.Number != 2 || n.Score != 0 {
		t.Errorf("neighbour = %+v, want sentence 2 with score 0", n)
	}
}

func TestOpenReopenRebuild(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	calls := 0
	s := story()

	ix, err := index.Open(ctx, dir, "v1", build(s, &calls))
	if err != nil {
		t.Fatal(err)
	}
	if st := ix.Stats(); st.Reused || st.Sentences != 6 || st.Articles != 2 || calls != 1 {
		t.Fatalf("first open: stats %+v, builds %d", st, calls)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}

	ix, err = index.Open(ctx, dir, "v1", build(s, &calls))
	if err != nil {
		t.Fatal(err)
	}
	if st := ix.Stats(); !st.Reused || st.Sentences != 6 || calls != 1 {
		t.Fatalf("reopen: stats %+v, builds %d; want reused without building", st, calls)
	}
	hits, err := hitsOf(ix.Search(ctx, briefbot.Query{Terms: []briefbot.Term{{Text: "Medinsky"}}}))
	if err != nil || len(hits) != 1 {
		t.Fatalf("search after reopen: %v, %d hits", err, len(hits))
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}

	changed := append(story(), briefbot.Sentence{ArticleID: "new.txt", ArticleTitle: "New", Paragraph: 1, Number: 1, Text: "Kellogg arrived."})
	ix, err = index.Open(ctx, dir, "v2", build(changed, &calls))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if st := ix.Stats(); st.Reused || st.Sentences != 7 || calls != 2 {
		t.Fatalf("changed corpus: stats %+v, builds %d; want a rebuild", st, calls)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("directory holds %d entries after a rebuild, want only the new generation", len(entries))
	}

	// Everything a build indexed reached the disk, the last batch included.
	ix.Close()
	ix, err = index.Open(ctx, dir, "v2", build(changed, &calls))
	if err != nil {
		t.Fatal(err)
	}
	if hits, err := hitsOf(ix.Search(ctx, briefbot.Query{Terms: []briefbot.Term{{Text: "Kellogg"}}})); err != nil || len(hits) != 1 || calls != 2 {
		t.Errorf("last sentence after reopening: %v, %d hits, %d builds", err, len(hits), calls)
	}
}

func TestOpenBrokenGenerationIsRebuilt(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	calls := 0
	ix, err := index.Open(ctx, dir, "v1", build(story(), &calls))
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	gens, _ := filepath.Glob(filepath.Join(dir, "gen-*"))
	if len(gens) != 1 {
		t.Fatalf("generations: %v", gens)
	}
	if err := os.WriteFile(filepath.Join(gens[0], "store", "root.bolt"), []byte("junk"), 0o600); err != nil {
		t.Fatal(err)
	}
	ix, err = index.Open(ctx, dir, "v1", build(story(), &calls))
	if err != nil {
		t.Fatalf("open over a broken generation: %v", err)
	}
	defer ix.Close()
	if calls != 2 {
		t.Errorf("builds = %d, want the broken generation rebuilt", calls)
	}
}

// TestOpenShared opens one generation from two places at once, as a
// running server and `bot ask` do: both must work.
func TestOpenShared(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	calls := 0
	first, err := index.Open(ctx, dir, "v1", build(story(), &calls))
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()
	second, err := index.Open(ctx, dir, "v1", build(story(), &calls))
	if err != nil {
		t.Fatalf("second open of a generation in use: %v", err)
	}
	defer second.Close()
	if calls != 1 || !second.Stats().Reused {
		t.Errorf("builds = %d, reused = %v; want the second open to share the first's generation", calls, second.Stats().Reused)
	}
	for _, ix := range []*index.Index{first, second} {
		if hits, err := hitsOf(ix.Search(ctx, briefbot.Query{Terms: []briefbot.Term{{Text: "Medinsky"}}})); err != nil || len(hits) != 1 {
			t.Errorf("search: %v, %d hits", err, len(hits))
		}
	}

	// A changed corpus builds a new generation beside the one in use,
	// which must survive the clean-up.
	third, err := index.Open(ctx, dir, "v2", build(story(), &calls))
	if err != nil {
		t.Fatal(err)
	}
	defer third.Close()
	if hits, err := hitsOf(first.Search(ctx, briefbot.Query{Terms: []briefbot.Term{{Text: "Medinsky"}}})); err != nil || len(hits) != 1 {
		t.Errorf("the generation in use was disturbed by another build: %v, %d hits", err, len(hits))
	}
}

func TestOpenBuildErrorAndMissingDir(t *testing.T) {
	ctx := context.Background()
	boom := errors.New("corpus unreadable")
	_, err := index.Open(ctx, t.TempDir(), "v1", func(context.Context, func([]briefbot.Sentence) error) error { return boom })
	if !errors.Is(err, boom) {
		t.Errorf("err = %v, want the build error", err)
	}
	if _, err := index.Open(ctx, "", "v1", nil); err == nil {
		t.Error("open with no directory succeeded")
	}
	file := filepath.Join(t.TempDir(), "file")
	os.WriteFile(file, nil, 0o600)
	if _, err := index.Open(ctx, filepath.Join(file, "sub"), "v1", nil); err == nil {
		t.Error("open under a regular file succeeded")
	}
}

// TestReloadUnderLoad swaps generations while searches run: none may fail,
// and afterwards the new sentence is found.
func TestReloadUnderLoad(t *testing.T) {
	ctx := context.Background()
	for _, onDisk := range []bool{false, true} {
		t.Run(fmt.Sprintf("disk=%v", onDisk), func(t *testing.T) {
			calls := 0
			var ix *index.Index
			var err error
			if onDisk {
				ix, err = index.Open(ctx, t.TempDir(), "v1", build(story(), &calls))
			} else {
				ix, err = index.NewMemory(ctx, story())
			}
			if err != nil {
				t.Fatal(err)
			}
			defer ix.Close()

			stop := make(chan struct{})
			var wg sync.WaitGroup
			errs := make(chan error, 4)
			for range 4 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for {
						select {
						case <-stop:
							return
						default:
						}
						hits, err := hitsOf(ix.Search(ctx, briefbot.Query{Terms: []briefbot.Term{{Text: "Medinsky"}}}))
						if err != nil || len(hits) != 1 {
							errs <- fmt.Errorf("search during reload: %v, %d hits", err, len(hits))
							return
						}
					}
				}()
			}
			changed := append(story(), briefbot.Sentence{ArticleID: "new.txt", Number: 1, Paragraph: 1, Text: "Kellogg arrived in Antalya."})
			for i := range 3 {
				if _, err := ix.Reload(ctx, fmt.Sprintf("v%d", i+2), build(changed, &calls)); err != nil {
					t.Fatal(err)
				}
			}
			close(stop)
			wg.Wait()
			close(errs)
			for err := range errs {
				t.Error(err)
			}
			hits, err := hitsOf(ix.Search(ctx, briefbot.Query{Terms: []briefbot.Term{{Text: "Kellogg"}}}))
			if err != nil || len(hits) != 1 {
				t.Errorf("after reload: %v, %d hits", err, len(hits))
			}
			if onDisk {
				if changedAgain, err := ix.Reload(ctx, "v4", build(changed, &calls)); err != nil || changedAgain {
					t.Errorf("reload with the same fingerprint: changed=%v err=%v", changedAgain, err)
				}
			}
			boom := errors.New("broken")
			if _, err := ix.Reload(ctx, "v9", func(context.Context, func([]briefbot.Sentence) error) error { return boom }); !errors.Is(err, boom) {
				t.Errorf("failed reload: %v", err)
			}
			if hits, err := hitsOf(ix.Search(ctx, briefbot.Query{Terms: []briefbot.Term{{Text: "Kellogg"}}})); err != nil || len(hits) != 1 {
				t.Errorf("after a failed reload the old index should serve: %v, %d hits", err, len(hits))
			}
		})
	}
}

func TestSearchAfterCloseIsAnError(t *testing.T) {
	ix, err := index.NewMemory(context.Background(), story())
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	if err := ix.Close(); err != nil {
		t.Errorf("second close: %v", err)
	}
	if _, err := hitsOf(ix.Search(context.Background(), briefbot.Query{Terms: []briefbot.Term{{Text: "Medinsky"}}})); err == nil {
		t.Error("search on a closed index succeeded")
	}
}

func TestSearchHonoursCancellation(t *testing.T) {
	ix, err := index.NewMemory(context.Background(), story())
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := hitsOf(ix.Search(ctx, briefbot.Query{Terms: []briefbot.Term{{Text: "Medinsky"}}})); err == nil {
		t.Error("search with a cancelled context succeeded")
	}
}

// hitsOf keeps the hits of a search result.
func hitsOf(r briefbot.Result, err error) ([]briefbot.Hit, error) { return r.Hits, err }

// TestTiesGoByID checks that hits scoring the same are the ones with the
// lowest document ids, in order, whether the ties fall within the extra
// hits a search asks for or past them.
func TestTiesGoByID(t *testing.T) {
	ctx := context.Background()
	var s []briefbot.Sentence
	// Articles named so that id order is not the order indexed.
	for _, a := range []int{7, 3, 9, 1, 5, 2, 8, 4, 6, 0} {
		for n := 1; n <= 5; n++ {
			s = append(s, briefbot.Sentence{ArticleID: fmt.Sprintf("a%d", a), Number: n, Paragraph: 1,
				Text: "The ferry sails at noon.", Annotation: "x"})
		}
	}
	s = append(s, briefbot.Sentence{ArticleID: "z", Number: 1, Paragraph: 1, Text: "Ferry, ferry."})
	ix, err := index.NewMemory(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for _, limit := range []int{1, 3, 30, 60} {
		hits, err := hitsOf(ix.Search(ctx, briefbot.Query{Terms: []briefbot.Term{{Text: "ferry"}}, Limit: limit}))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, h := range hits {
			got = append(got, fmt.Sprintf("%s#%d", h.Sentence.ArticleID, h.Sentence.Number))
		}
		// The best first, then the ties by id: a0#1, a0#2, ...
		want := []string{"z#1"}
		for a := 0; len(want) < min(limit, len(s)) && a < 10; a++ {
			for n := 1; n <= 5 && len(want) < limit; n++ {
				want = append(want, fmt.Sprintf("a%d#%d", a, n))
			}
		}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("limit %d: hits %v\nwant %v", limit, got, want)
		}
	}
}

// TestDiskAndMemoryScoreAlike checks that how an index is split into
// segments changes no hit and no score: a build on disk (batches merged
// by bleve as it persists them) answers as an index built in memory (a
// segment per batch) does. The sentences share a vocabulary larger than a
// batch, which made bleve's own BM25 statistics differ between the two.
func TestDiskAndMemoryScoreAlike(t *testing.T) {
	ctx := context.Background()
	word := func(k int) string { return fmt.Sprintf("w%dx", k%2500) }
	var s []briefbot.Sentence
	for a := range 30 {
		for n := 1; n <= 100; n++ {
			k := a*100 + n
			text := fmt.Sprintf("The %s and the %s met the %s in %s.", word(k*7), word(k*13+1), word(k*31+2), word(k))
			if n%3 == 0 {
				text += " The ferry was late and the harbour council met at noon to vote on the budget."
			}
			s = append(s, briefbot.Sentence{ArticleID: fmt.Sprintf("a%02d", a), ArticleTitle: word(a),
				Number: n, Paragraph: 1 + n/10, Text: text, Annotation: "x"})
		}
	}
	calls := 0
	disk, err := index.Open(ctx, t.TempDir(), "v1", build(s, &calls))
	if err != nil {
		t.Fatal(err)
	}
	defer disk.Close()
	mem, err := index.NewMemory(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	defer mem.Close()
	for _, q := range []string{"ferry", "harbour vote w7x", "w100x w13x", "council budget w2x", "w5x w9x w11x"} {
		var terms []briefbot.Term
		for _, w := range strings.Fields(q) {
			terms = append(terms, briefbot.Term{Text: w})
		}
		query := briefbot.Query{Terms: terms, Limit: 25, Neighbours: 1}
		got, err1 := hitsOf(disk.Search(ctx, query))
		want, err2 := hitsOf(mem.Search(ctx, query))
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if len(got) == 0 || fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%q: the index on disk gives\n%v\nan index in memory\n%v", q, got, want)
		}
	}
}

// A build told its corpus is large naps bleve's persister between
// flushes (see index.Articles); everything it indexed must still reach
// the disk before Open returns, the last batch included.
func TestLargeBuildPersistsEverything(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	var s []briefbot.Sentence
	for i := range 2500 { // several batches
		id := fmt.Sprintf("a%04d.txt", i/10)
		s = append(s, briefbot.Sentence{ArticleID: id, ArticleTitle: "Article " + id, Paragraph: 1, Number: i%10 + 1,
			Text: fmt.Sprintf("Sentence word%d of the corpus.", i)})
	}
	calls := 0
	ix, err := index.Open(ctx, dir, "large", build(s, &calls), index.Articles(1_000_000))
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	ix, err = index.Open(ctx, dir, "large", build(s, &calls), index.Articles(1_000_000))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if st := ix.Stats(); !st.Reused || st.Sentences != len(s) || st.Articles != 250 || calls != 1 {
		t.Fatalf("reopened: stats %+v, builds %d; want %d sentences reused", st, calls, len(s))
	}
	for _, w := range []string{"word0", "word1234", "word2499"} {
		hits, err := hitsOf(ix.Search(ctx, briefbot.Query{Terms: []briefbot.Term{{Text: w}}}))
		if err != nil || len(hits) != 1 {
			t.Errorf("%s after reopening: %v, %d hits", w, err, len(hits))
		}
	}
}

// Accents are folded on both sides: a question typed without them finds
// the sentence written with them, in words and phrases, and the other way
// round.
func TestSearchFoldsAccents(t *testing.T) {
	ctx := context.Background()
	var sents []briefbot.Sentence
	for i, text := range []string{
		"José Mourinho's side beat Everton on Saturday.",
		"The Café Müller in Łódź reopened after the fire.",
		"Jose Alvarez chairs the committee.",
		"Straße closures were announced.",
	} {
		sents = append(sents, briefbot.Sentence{ArticleID: "a.txt", ArticleTitle: "News", Paragraph: 1, Number: i + 1, End: len(text), Text: text})
	}
	ix, err := index.NewMemory(ctx, sents)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	tests := []struct {
		q    briefbot.Query
		want []string // prefixes of the hits, in any order
	}{
		{briefbot.Query{Terms: []briefbot.Term{{Text: "Mourinho"}}}, []string{"José Mourinho"}},
		{briefbot.Query{Terms: []briefbot.Term{{Text: "jose"}}}, []string{"José Mourinho", "Jose Alvarez"}},
		{briefbot.Query{Terms: []briefbot.Term{{Text: "José"}}}, []string{"José Mourinho", "Jose Alvarez"}},
		{briefbot.Query{Terms: []briefbot.Term{{Text: "Lodz"}}}, []string{"The Café Müller"}},
		{briefbot.Query{Phrases: []briefbot.Term{{Text: "cafe muller"}}}, []string{"The Café Müller"}},
		{briefbot.Query{Terms: []briefbot.Term{{Text: "strasse"}}}, []string{"Straße closures"}},
	}
	for _, tt := range tests {
		hits, err := hitsOf(ix.Search(ctx, tt.q))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, h := range hits {
			for _, w := range tt.want {
				if strings.HasPrefix(h.Sentence.Text, w) {
					got = append(got, w)
				}
			}
		}
		if len(got) != len(tt.want) || len(hits) != len(tt.want) {
			t.Errorf("%+v: hits %v, want %v", tt.q, hits, tt.want)
		}
	}
}
