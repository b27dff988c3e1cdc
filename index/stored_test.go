package index

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	"github.com/blevesearch/bleve/v2"
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
