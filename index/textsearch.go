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
// searchers do, over the same term and phrase searchers, with the same
// scores to the bit: each disjunction's clauses in bleve's order (by
// count), their scores summed in that order and times the share of
// clauses matched, the title's score added to the text's, the query norm
// from the same weights. What it leaves out is their bookkeeping:
// document numbers compared as bytes at every step, a document match
// taken and returned for every level of the query, every clause looked
// at for every document, and the title's words moved one document past
// each they matched only to be advanced again.
type textSearch struct {
	text  clauses
	title clauses // the title clause's words; empty when it has none
	// titleAll is the title clause as one searcher when its words cannot
	// be run one by one (more than bleve's slice disjunction takes).
	titleAll search.Searcher
	pool     int // how many document matches the searchers hold at once
}

// clauses are a disjunction's searchers, in bleve's order, and where each
// stands: its current match and that match's document number.
type clauses struct {
	s   []search.Searcher
	cur []*search.DocumentMatch
	num []uint64
}

// weight is the disjunction's weight, summed in its order.
func (c *clauses) weight() float64 {
	var w float64
	for _, s := range c.s {
		w += s.Weight()
	}
	return w
}

// sorted sorts the searchers as bleve's slice disjunction does: by count,
// with sort.Sort, so that ties fall the same way for the same input.
func (c *clauses) sorted() {
	sort.Sort(searcher.OrderedSearcherList(c.s))
	c.cur = make([]*search.DocumentMatch, len(c.s))
	c.num = make([]uint64, len(c.s))
}

// newTextSearch builds the searchers for bq, or returns nil, and no
// error, when bq is not of buildQuery's shape or bleve would take another
// path for it (the heap disjunction above DisjunctionHeapTakeover
// clauses, a clause that matches nothing), so that bleve must answer.
func newTextSearch(ctx context.Context, r bindex.IndexReader, m mapping.IndexMapping, bq query.Query) (*textSearch, error) {
	b, ok := bq.(*query.BooleanQuery)
	if !ok || b.Must == nil || b.MustNot != nil || b.Filter != nil {
		return nil, nil
	}
	var titleQ *query.MatchQuery
	if b.Should != nil {
		d, ok := b.Should.(*query.DisjunctionQuery)
		if !ok || d.Min != 0 || len(d.Disjuncts) != 1 {
			return nil, nil
		}
		titleQ, ok = d.Disjuncts[0].(*query.MatchQuery)
		if !ok || titleQ.Operator != query.MatchQueryOperatorOr || titleQ.Fuzziness != 0 || titleQ.FieldVal == "" {
			return nil, nil
		}
	}
	var textQ []query.Query
	switch must := b.Must.(type) {
	case *query.DisjunctionQuery:
		if must.Min != 0 {
			return nil, nil
		}
		textQ = must.Disjuncts
	case *query.TermQuery, *query.MatchQuery, *query.MatchPhraseQuery:
		textQ = []query.Query{must}
	default:
		return nil, nil
	}
	if len(textQ) == 0 || len(textQ) > searcher.DisjunctionHeapTakeover {
		return nil, nil
	}
	opts := search.SearcherOptions{}
	ts := &textSearch{text: clauses{s: make([]search.Searcher, 0, len(textQ))}}
	fail := func(err error) (*textSearch, error) {
		ts.close()
		return nil, err
	}
	for _, c := range textQ {
		s, err := c.Searcher(ctx, r, m, opts)
		if err != nil {
			return fail(err)
		}
		if s == nil {
			continue
		}
		ts.text.s = append(ts.text.s, s)
		if _, none := s.(*searcher.MatchNoneSearcher); none {
			return fail(nil)
		}
	}
	if len(ts.text.s) == 0 {
		return fail(nil)
	}
	ts.text.sorted()
	if titleQ != nil {
		// What titleQ's Searcher builds: a term query per word of the
		// field's analysis, with the match's boost, in a disjunction.
		an := m.AnalyzerNamed(m.AnalyzerNameForPath(titleQ.FieldVal))
		if titleQ.Analyzer != "" || an == nil {
			return fail(nil)
		}
		words := an.Analyze([]byte(titleQ.Match))
		if len(words) > searcher.DisjunctionHeapTakeover {
			s, err := titleQ.Searcher(ctx, r, m, opts)
			if err != nil {
				return fail(err)
			}
			ts.titleAll = s
		} else {
			for _, w := range words {
				tq := query.NewTermQuery(string(w.Term))
				tq.SetField(titleQ.FieldVal)
				tq.SetBoost(titleQ.BoostVal.Value())
				s, err := tq.Searcher(ctx, r, m, opts)
				if err != nil {
					return fail(err)
				}
				ts.title.s = append(ts.title.s, s)
			}
			ts.title.sorted()
		}
	}

	// The query norm, as the boolean searcher works it out: its must's
	// weight and its should's (a disjunction of the title's match, itself
	// a disjunction of its words, or nothing when it has none).
	sum := 0.0
	sum += ts.text.weight()
	if titleQ != nil {
		var should float64
		if ts.titleAll != nil {
			should += ts.titleAll.Weight()
		} else {
			should += ts.title.weight()
		}
		sum += should
	}
	norm := 1.0 / math.Sqrt(sum)
	ts.pool = 3
	for _, c := range []*clauses{&ts.text, &ts.title} {
		ts.pool += len(c.s)
		for _, s := range c.s {
			s.SetQueryNorm(norm)
			ts.pool += s.DocumentMatchPoolSize()
		}
	}
	if ts.titleAll != nil {
		ts.titleAll.SetQueryNorm(norm)
		ts.pool += 1 + ts.titleAll.DocumentMatchPoolSize()
	}
	return ts, nil
}

// done is the document number of a searcher past its last match.
const done = math.MaxUint64

// number is dm's document number, done for nil; ok is false when dm's id
// is not a scorch number (8 bytes).
func number(dm *search.DocumentMatch) (uint64, bool) {
	if dm == nil {
		return done, true
	}
	if len(dm.IndexInternalID) != 8 {
		return 0, false
	}
	return dm.IndexInternalID.Value(), true
}

// each calls keep with every document matched and its score, in document
// number order. It returns ok false when a document's id is not a scorch
// number, for bleve to answer instead.
func (ts *textSearch) each(ctx context.Context, sctx *search.SearchContext, keep func(num uint64, score float64)) (ok bool, err error) {
	text, title := &ts.text, &ts.title
	doc := uint64(done) // the next document the text matches
	for k, s := range text.s {
		if text.cur[k], err = s.Next(sctx); err != nil {
			return false, err
		}
		if text.num[k], ok = number(text.cur[k]); !ok {
			return false, nil
		}
		doc = min(doc, text.num[k])
	}
	// The title's words start where bleve's disjunction starts them, at
	// their first match; titleMin is the nearest of them.
	titleMin := uint64(done)
	for k, s := range title.s {
		if title.cur[k], err = s.Next(sctx); err != nil {
			return false, err
		}
		if title.num[k], ok = number(title.cur[k]); !ok {
			return false, nil
		}
		titleMin = min(titleMin, title.num[k])
	}
	var all *search.DocumentMatch // titleAll's match at or after doc
	allNum := uint64(done)
	if ts.titleAll != nil {
		if all, err = ts.titleAll.Next(sctx); err != nil {
			return false, err
		}
		if allNum, ok = number(all); !ok {
			return false, nil
		}
	}
	id := make(bindex.IndexInternalID, 8) // doc, for Advance
	n, nt := float64(len(text.s)), float64(len(title.s))
	for steps := 0; doc != done; steps++ {
		if steps%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return false, err
			}
		}
		id.SetValue(doc)
		// The text's score: its matching clauses' summed in order, times
		// the share of its clauses matched; each moved to its next.
		var sum float64
		matched := 0
		next := uint64(done)
		for k, num := range text.num {
			if num == doc {
				sum += text.cur[k].Score
				matched++
				sctx.DocumentMatchPool.Put(text.cur[k])
				if text.cur[k], err = text.s[k].Next(sctx); err != nil {
					return false, err
				}
				if text.num[k], ok = number(text.cur[k]); !ok {
					return false, nil
				}
			}
			next = min(next, text.num[k])
		}
		score := sum * (float64(matched) / n)

		// The title's, the same way, over the words that match doc once
		// those behind it are advanced to it.
		var tsum float64
		tmatched := 0
		if titleMin <= doc {
			titleMin = done
			for k, num := range title.num {
				if num < doc {
					sctx.DocumentMatchPool.Put(title.cur[k])
					if title.cur[k], err = title.s[k].Advance(sctx, id); err != nil {
						return false, err
					}
					if title.num[k], ok = number(title.cur[k]); !ok {
						return false, nil
					}
				}
				if title.num[k] == doc {
					tsum += title.cur[k].Score
					tmatched++
				}
				titleMin = min(titleMin, title.num[k])
			}
		}
		if allNum < doc {
			sctx.DocumentMatchPool.Put(all)
			if all, err = ts.titleAll.Advance(sctx, id); err != nil {
				return false, err
			}
			if allNum, ok = number(all); !ok {
				return false, nil
			}
		}
		if tmatched > 0 || allNum == doc {
			t := tsum * (float64(tmatched) / nt)
			if allNum == doc {
				t = all.Score
			}
			// The boolean searcher's score: the sum of its must's and its
			// should's, from zero; the should a disjunction of one.
			var should float64
			should += t
			should *= float64(1) / float64(1)
			var both float64
			both += score
			both += should
			score = both
		}
		keep(doc, score)
		doc = next
	}
	return true, nil
}

func (ts *textSearch) close() {
	for _, s := range ts.text.s {
		_ = s.Close()
	}
	for _, s := range ts.title.s {
		_ = s.Close()
	}
	if ts.titleAll != nil {
		_ = ts.titleAll.Close()
	}
}
