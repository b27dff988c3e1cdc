package index

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bindex "github.com/blevesearch/bleve_index_api"

	"briefbot"
)

// TestStoredReadsWhatDocumentReads checks the direct reads of stored fields
// against bleve's Document: the same sentences, by hit and by id, and the
// direct path taken rather than fallen back from.
func TestStoredReadsWhatDocumentReads(t *testing.T) {
	ctx := context.Background()
	var sents []briefbot.Sentence
	for a := range 5 { // over batchSize: several segments
		for n := 1; n <= batchSize/3; n++ {
			sents = append(sents, briefbot.Sentence{
				ArticleID: fmt.Sprintf("a%d.txt", a), ArticleTitle: "Title", Number: n, Paragraph: n / 3,
				Text: fmt.Sprintf("Sentence %d of article %d says something.", n, a), Annotation: fmt.Sprintf("ann-%d", n),
			})
		}
	}
	ix, r, st := storedIndex(t, sents)
	if len(st.segs) < 2 {
		t.Fatalf("%d segments, want several", len(st.segs))
	}

	res, err := ix.serving.idx.SearchInContext(ctx, bleve.NewSearchRequestOptions(bleve.NewMatchAllQuery(), len(sents), 0, false))
	if err != nil || len(res.Hits) != len(sents) {
		t.Fatalf("search: %d hits, %v", len(res.Hits), err)
	}
	want := make(map[string]briefbot.Sentence)
	var ids []string
	for _, h := range res.Hits {
		s, ok, err := load(r, h.ID)
		if !ok || err != nil {
			t.Fatalf("load %s: %v, %v", h.ID, ok, err)
		}
		want[h.ID] = s
		ids = append(ids, h.ID)
		got, ok := st.fromSegment(h)
		if !ok || !reflect.DeepEqual(got, s) {
			t.Errorf("fromSegment(%s) = %+v, %v; want %+v", h.ID, got, ok, s)
		}
	}
	ids = append(ids, docID("a0.txt", batchSize/3+1), "none.txt#1") // no such sentences
	// Without knowing which segments hold which article, with it, and
	// with it remembered.
	for _, st := range []*stored{newStored(r, nil), st, st} {
		got, ok := st.fromSegments(ids)
		if !ok || len(got) != len(sents) {
			t.Fatalf("fromSegments: %d sentences, %v; want %d", len(got), ok, len(sents))
		}
		for _, s := range got {
			if id := docID(s.ArticleID, s.Number); !reflect.DeepEqual(s, want[id]) {
				t.Errorf("fromSegments read %+v; want %+v", s, want[id])
			}
		}
	}
	if a := ix.serving.holders.cur.Load(); a == nil || len(a.of) != 6 {
		t.Errorf("holders remember %v; want the 6 articles asked for", a)
	}
}

// TestTermCountsCountWhatTermFieldReadersCount: termCounts counts what
// TermFieldReader counts.
func TestTermCountsCountWhatTermFieldReadersCount(t *testing.T) {
	ctx := context.Background()
	var sents []briefbot.Sentence
	for n := 1; n <= batchSize+batchSize/2; n++ { // several segments
		sents = append(sents, briefbot.Sentence{ArticleID: fmt.Sprintf("a%d.txt", n%7), Number: n,
			Text: fmt.Sprintf("Sentence %d says %s.", n, []string{"little", "much", "more", "nothing at all"}[n%4])})
	}
	_, r, st := storedIndex(t, sents)
	words := [][]byte{[]byte("sentenc"), []byte("littl"), []byte("much"), []byte("noth"), []byte("absent"), []byte("7")}
	got, ok := st.termCounts(words)
	if !ok || len(st.segs) < 2 || got[0] != len(sents) {
		t.Fatalf("termCounts: %v, ok %v over %d segments; want %d sentences with %s", got, ok, len(st.segs), len(sents), words[0])
	}
	for k, w := range words {
		tfr, err := r.TermFieldReader(ctx, w, "text", false, false, false)
		if err != nil {
			t.Fatal(err)
		}
		if want := int(tfr.Count()); got[k] != want {
			t.Errorf("termCounts(%s) = %d, want %d", w, got[k], want)
		}
		_ = tfr.Close()
	}
}

// storedIndex indexes sents in memory and returns the index, a reader of
// it and the stored-field reader over that, closed when the test ends.
func storedIndex(t *testing.T, sents []briefbot.Sentence) (*Index, bindex.IndexReader, *stored) {
	t.Helper()
	ix, err := NewMemory(context.Background(), sents)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	adv, err := ix.serving.idx.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	r, err := adv.Reader()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	return ix, r, newStored(r, &ix.serving.holders)
}

// TestBestIsBleveBest: the hits collected from the query's searcher are
// bleve's search request's, in the same order, with the same unrounded
// scores; and ties past the documents kept are left to bleve.
func TestBestIsBleveBest(t *testing.T) {
	var sents []briefbot.Sentence
	for a := range 5 { // over batchSize: several segments
		for n := 1; n <= batchSize/3; n++ {
			sents = append(sents, briefbot.Sentence{
				ArticleID: fmt.Sprintf("a%d.txt", a), ArticleTitle: fmt.Sprintf("Title %d", a%3), Number: n,
				// Lengths and frequencies that vary, for scores that
				// differ in their last bits when summed in another order.
				Text: fmt.Sprintf("Sentence %d of article %d says %s%s.", n, a, []string{"little", "much", "more", "nothing at all"}[(n+a)%4],
					strings.Repeat(" much little", (n*7+a)%5)),
			})
		}
	}
	ix, r, _ := storedIndex(t, sents)
	g := ix.serving
	ctx := context.WithValue(context.Background(), search.BM25StatsKey, g.bm25Stats())
	own, fallback := 0, 0
	for _, q := range []briefbot.Query{
		{Terms: []briefbot.Term{{Text: "says"}}},                  // every sentence, ties everywhere
		{Terms: []briefbot.Term{{Text: "nothing"}, {Text: "12"}}}, // a few, one best
		{Terms: []briefbot.Term{{Text: "article 3"}, {Text: "much", Boost: 2}, {Text: "title"}}, Limit: 7},
		{Terms: []briefbot.Term{{Text: "sentence"}, {Text: "101"}, {Text: "little"}}, Phrases: []briefbot.Term{{Text: "article 2 says"}}},
		{Terms: []briefbot.Term{{Text: "absent"}}},
		// Shares of seven clauses matched, words of the title, boosts.
		{Terms: []briefbot.Term{{Text: "much"}, {Text: "nothing", Boost: 1.3}, {Text: "17"}, {Text: "article"},
			{Text: "title", Boost: 0.7}, {Text: "little"}, {Text: "0"}}, Limit: 15},
		// Terms of several words, whose words on the title are more than
		// bleve's slice disjunction takes: the title's match searcher whole.
		{Terms: []briefbot.Term{{Text: "sentence article 1 2"}, {Text: "little much 3 4"}, {Text: "nothing 5 6 7"}}, Limit: 9},
		// More clauses than bleve's slice disjunction takes: bleve's own
		// searcher, not textSearch.
		{Terms: []briefbot.Term{{Text: "sentence"}, {Text: "1"}, {Text: "2"}, {Text: "3"}, {Text: "4"}, {Text: "5"},
			{Text: "6"}, {Text: "7"}, {Text: "8"}, {Text: "9"}, {Text: "little"}}, Limit: 3},
	} {
		limit := q.Limit
		if limit <= 0 {
			limit = DefaultLimit
		}
		bq := buildQuery(q, ix.analyzer())
		ts, err := newTextSearch(ctx, newStored(r, nil), g.idx.Mapping(), bq)
		if wantOwn := len(q.Terms) <= searcher.DisjunctionHeapTakeover; err != nil || (ts != nil) != wantOwn {
			t.Errorf("%v: textSearch %v, %v; want it to run the query: %v", q.Terms, ts, err, wantOwn)
		}
		if ts != nil {
			ts.close()
		}
		got, err := newStored(r, nil).best(ctx, g.idx.Mapping(), bq, limit)
		if err != nil {
			t.Fatal(err)
		}
		want, err := bleveBest(ctx, g.idx, newStored(r, nil), bq, limit)
		if err != nil {
			t.Fatal(err)
		}
		if got == nil {
			fallback++
			continue
		}
		own++
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%v: best read %d hits, bleve %d", q.Terms, len(got), len(want))
			for k := range max(len(got), len(want)) {
				if k < len(got) && k < len(want) && !reflect.DeepEqual(got[k], want[k]) {
					t.Errorf("  %d: %s %v, bleve %s %v", k, got[k].id, got[k].score, want[k].id, want[k].score)
				}
			}
		}
	}
	if own == 0 || fallback == 0 {
		t.Errorf("%d queries read by best, %d left to bleve; want some of each", own, fallback)
	}
}

// TestNeighboursWhileSearching reads neighbours from several searches at
// once, as a server does, each finding what one search alone finds.
func TestNeighboursWhileSearching(t *testing.T) {
	ctx := context.Background()
	var sents []briefbot.Sentence
	for a := range 5 {
		for n := 1; n <= batchSize/3; n++ {
			sents = append(sents, briefbot.Sentence{ArticleID: fmt.Sprintf("a%d.txt", a), Number: n,
				Text: fmt.Sprintf("Sentence %d of article %d says something.", n, a)})
		}
	}
	ix, _, _ := storedIndex(t, sents)
	queries := make([]briefbot.Query, 20)
	want := make([][]briefbot.Hit, len(queries))
	for k := range queries {
		queries[k] = briefbot.Query{Terms: []briefbot.Term{{Text: fmt.Sprint(k*17 + 1)}, {Text: "article"}}, Limit: 5, Neighbours: 1}
		res, err := ix.Search(ctx, queries[k])
		if err != nil || len(res.Hits) <= 5 {
			t.Fatalf("search %d: %d hits, %v; want neighbours too", k, len(res.Hits), err)
		}
		want[k] = res.Hits
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for k, q := range queries {
				res, err := ix.Search(ctx, q)
				if err != nil || !reflect.DeepEqual(res.Hits, want[k]) {
					t.Errorf("search %d at once with others: %d hits, %v; want %d", k, len(res.Hits), err, len(want[k]))
				}
			}
		})
	}
	wg.Wait()
}

// TestPostingsKeyTheirNorms: the segments' postings tell their norms by
// bits (normKeyer), so that a search asks Norm only of norms it has not
// met; were bleve to drop it, scores would stay right and only slower.
func TestPostingsKeyTheirNorms(t *testing.T) {
	_, _, st := storedIndex(t, []briefbot.Sentence{{ArticleID: "a.txt", ArticleTitle: "Title", Number: 1,
		Text: "The harbour council met at noon.", Annotation: "x"}})
	if len(st.segs) == 0 {
		t.Fatal("no segments")
	}
	dict, err := st.segs[0].Segment().Dictionary("text")
	if err != nil {
		t.Fatal(err)
	}
	pl, err := dict.PostingsList([]byte("harbour"), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	d, err := pl.Iterator(true, true, false, nil).Next()
	if err != nil || d == nil {
		t.Fatalf("no posting: %v", err)
	}
	if _, ok := d.(normKeyer); !ok {
		t.Errorf("%T is no normKeyer", d)
	}
}

// Scores that differ only past the ninth decimal, as a query's clauses
// summed in another order over another layout of segments give them, are
// kept as ties, which best then settles by id: which documents are the
// best and in what order must not depend on how a build split the
// sentences (corpus-scope evals gave one answer two scores in turn).
func TestBestScoresKeepNearTiesAsTies(t *testing.T) {
	top := bestScores{fetch: 2}
	top.add(7, 0.5+3e-12)
	top.add(3, 0.5)
	top.add(9, 0.5-2e-12)
	if len(top.h) != 2 {
		t.Fatalf("kept %d documents, want 2", len(top.h))
	}
	for _, d := range top.h {
		if d.score != 0.5 {
			t.Errorf("document %d kept with score %v, want 0.5: a near tie decided by its last bits", d.num, d.score)
		}
	}
}
