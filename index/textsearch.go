package index

import (
	"context"
	"math"
	"sort"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bindex "github.com/blevesearch/bleve_index_api"
)

// textSearch runs buildQuery's query (a disjunction of text clauses that
// must match, a title clause that may) as bleve's boolean and disjunction
// searchers do, over the same clause searchers, with the same scores to
// the bit: the clauses in bleve's order (by count), their scores summed in
// that order and times the share of clauses matched, the title clause's
// score added to the text's, the query norm from the same weights. What
// it leaves out is their bookkeeping: document numbers compared as bytes
// at every step, a document match taken and returned for every level of
// the query, every clause looked at for every document, and the title
// clause moved one document past each it matched only to be advanced
// again (a third of a search's instructions went there).
type textSearch struct {
	text  []search.Searcher // the text clauses, in bleve's order
	title search.Searcher   // nil when there is no title clause
	cur   []*search.DocumentMatch
	num   []uint64 // cur's document numbers
	pool  int      // how many document matches the clauses hold at once
}

// newTextSearch builds the clauses' searchers for bq, or returns nil, and
// no error, when bq is not of buildQuery's shape or bleve would take
// another path for it (the heap disjunction above DisjunctionHeapTakeover
// clauses, a clause that matches nothing), so that bleve must answer.
func newTextSearch(ctx context.Context, r bindex.IndexReader, m mapping.IndexMapping, bq query.Query) (*textSearch, error) {
	b, ok := bq.(*query.BooleanQuery)
	if !ok || b.Must == nil || b.MustNot != nil || b.Filter != nil {
		return nil, nil
	}
	var titleQ query.Query
	if b.Should != nil {
		d, ok := b.Should.(*query.DisjunctionQuery)
		if !ok || d.Min != 0 || len(d.Disjuncts) != 1 {
			return nil, nil
		}
		titleQ = d.Disjuncts[0]
	}
	var clauses []query.Query
	switch must := b.Must.(type) {
	case *query.DisjunctionQuery:
		if must.Min != 0 {
			return nil, nil
		}
		clauses = must.Disjuncts
	case *query.TermQuery, *query.MatchQuery, *query.MatchPhraseQuery:
		clauses = []query.Query{must}
	default:
		return nil, nil
	}
	if len(clauses) == 0 || len(clauses) > searcher.DisjunctionHeapTakeover {
		return nil, nil
	}
	opts := search.SearcherOptions{}
	ts := &textSearch{text: make([]search.Searcher, 0, len(clauses))}
	fail := func(err error) (*textSearch, error) {
		ts.close()
		return nil, err
	}
	for _, c := range clauses {
		s, err := c.Searcher(ctx, r, m, opts)
		if err != nil {
			return fail(err)
		}
		if s == nil {
			continue
		}
		ts.text = append(ts.text, s)
		if _, none := s.(*searcher.MatchNoneSearcher); none {
			return fail(nil)
		}
	}
	if len(ts.text) == 0 {
		return fail(nil)
	}
	if titleQ != nil {
		s, err := titleQ.Searcher(ctx, r, m, opts)
		if err != nil {
			return fail(err)
		}
		ts.title = s
	}
	// bleve's disjunction sorts its clauses by count (sort.Sort, so ties
	// fall as its algorithm leaves them: the same input, the same order).
	sort.Sort(searcher.OrderedSearcherList(ts.text))

	// The query norm, as the boolean searcher works it out: its must's
	// weight (the disjunction's, summed in its order) and its should's
	// (a disjunction of the title clause alone).
	var mustW float64
	for _, s := range ts.text {
		mustW += s.Weight()
	}
	sum := 0.0
	sum += mustW
	if ts.title != nil {
		var shouldW float64
		shouldW += ts.title.Weight()
		sum += shouldW
	}
	norm := 1.0 / math.Sqrt(sum)
	ts.pool = 3 + len(ts.text)
	for _, s := range ts.text {
		s.SetQueryNorm(norm)
		ts.pool += s.DocumentMatchPoolSize()
	}
	if ts.title != nil {
		ts.title.SetQueryNorm(norm)
		ts.pool += 1 + ts.title.DocumentMatchPoolSize()
	}
	ts.cur = make([]*search.DocumentMatch, len(ts.text))
	ts.num = make([]uint64, len(ts.text))
	return ts, nil
}

// each calls keep with every document matched and its score, in document
// number order. It returns ok false when a document's id is not a scorch
// number (8 bytes), for bleve to answer instead.
func (ts *textSearch) each(ctx context.Context, sctx *search.SearchContext, keep func(num uint64, score float64)) (ok bool, err error) {
	const done = math.MaxUint64
	// number is dm's document number: done at the end, ok false when it
	// is not one.
	number := func(dm *search.DocumentMatch) (uint64, bool) {
		if dm == nil {
			return done, true
		}
		if len(dm.IndexInternalID) != 8 {
			return 0, false
		}
		return dm.IndexInternalID.Value(), true
	}
	for k, s := range ts.text {
		if ts.cur[k], err = s.Next(sctx); err != nil {
			return false, err
		}
		if ts.num[k], ok = number(ts.cur[k]); !ok {
			return false, nil
		}
	}
	var title *search.DocumentMatch // the title clause's match at or after doc
	titleNum := uint64(done)        // its number, done past the last
	if ts.title != nil {
		if title, err = ts.title.Next(sctx); err != nil {
			return false, err
		}
		if titleNum, ok = number(title); !ok {
			return false, nil
		}
	}
	n := float64(len(ts.text))
	for steps := 0; ; steps++ {
		if steps%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return false, err
			}
		}
		doc := uint64(done)
		for _, num := range ts.num {
			doc = min(doc, num)
		}
		if doc == done {
			return true, nil
		}
		// The disjunction's score: its matching clauses' summed in its
		// order, times the share of its clauses matched.
		var sum float64
		matched, first := 0, -1
		for k, num := range ts.num {
			if num == doc {
				sum += ts.cur[k].Score
				matched++
				if first < 0 {
					first = k
				}
			}
		}
		score := sum * (float64(matched) / n)
		if titleNum < doc {
			if title != nil {
				sctx.DocumentMatchPool.Put(title)
			}
			if title, err = ts.title.Advance(sctx, ts.cur[first].IndexInternalID); err != nil {
				return false, err
			}
			if titleNum, ok = number(title); !ok {
				return false, nil
			}
		}
		if title != nil && titleNum == doc {
			// The boolean searcher's score: the sum of its must's and
			// its should's, from zero.
			var both float64
			both += score
			both += title.Score
			score = both
		}
		keep(doc, score)
		for k, num := range ts.num {
			if num == doc {
				sctx.DocumentMatchPool.Put(ts.cur[k])
				if ts.cur[k], err = ts.text[k].Next(sctx); err != nil {
					return false, err
				}
				if ts.num[k], ok = number(ts.cur[k]); !ok {
					return false, nil
				}
			}
		}
	}
}

func (ts *textSearch) close() {
	for _, s := range ts.text {
		_ = s.Close()
	}
	if ts.title != nil {
		_ = ts.title.Close()
	}
}
