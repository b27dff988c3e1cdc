package index

import (
	"context"
	"fmt"
	"math"
	"sort"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/scorer"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bindex "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// textSearch runs buildQuery's query (a disjunction of text clauses that
// must match, a title clause that may) as bleve's boolean and disjunction
// searchers do, with the same scores to the bit: each disjunction's
// clauses in bleve's order (by count), their scores summed in that order
// and times the share of clauses matched, the title's score added to the
// text's, the query norm from the same weights. What it leaves out is
// their bookkeeping: document numbers compared as bytes at every step, a
// document match taken, reset and returned for every level of the query
// and every word matched, every clause looked at for every document, and
// the title's words moved one document past each they matched only to be
// advanced again.
type textSearch struct {
	text  clauses
	title clauses // the title clause's words; empty when it has none
	// titleAll is the title clause as one searcher when its words cannot
	// be run one by one (more than bleve's slice disjunction takes).
	titleAll search.Searcher
	pool     int // how many document matches the searchers hold at once
	// dicts are the segments' term dictionaries of a field, opened once.
	dicts map[string][]segment.TermDictionary
}

// clauses are a disjunction's clauses, in bleve's order once sorted.
type clauses []clause

// clause is one clause of a disjunction, and where it stands: the number
// of the document it matches next (done past the last) and its score
// there. A word's clause reads its term field reader and scores with
// bleve's term scorer, as bleve's term searcher does, but each score is
// worked out once for each frequency and norm it meets: bleve's scorer
// gives the same score for the same two, and the searcher took a
// document match from the pool, reset it and copied the document's id
// into it for every document. Any other clause (a phrase, a term that
// analyses to several words) is bleve's searcher.
type clause struct {
	s     search.Searcher // nil for a word's clause
	p     postings
	sc    *scorer.TermQueryScorer
	memo  *[memoSize]memoScore
	count uint64 // the searcher's Count, which bleve sorts by
	num   uint64
	score float64
}

// postings reads a word's postings in every segment of a search's
// reader, in document number order, as scorch's term field reader does
// (frequencies and norms, no locations), from dictionaries opened once
// per search rather than once per word and segment.
type postings struct {
	its     []segment.PostingsIterator // nil where the segment lacks the word
	offsets []uint64                   // each segment's first document number
	seg     int                        // the segment being read
}

// next is the word's next posting and its document number; the posting
// is nil past the last.
func (p *postings) next() (uint64, segment.Posting, error) {
	for ; p.seg < len(p.its); p.seg++ {
		it := p.its[p.seg]
		if it == nil {
			continue
		}
		d, err := it.Next()
		if err != nil {
			return 0, nil, err
		}
		if d != nil {
			return d.Number() + p.offsets[p.seg], d, nil
		}
	}
	return 0, nil, nil
}

// advance is the word's first posting at or after document num, which
// is past the posting last read.
func (p *postings) advance(num uint64) (uint64, segment.Posting, error) {
	if p.seg >= len(p.its) || num < p.offsets[p.seg] {
		return 0, nil, fmt.Errorf("search: advance to %d behind segment %d", num, p.seg)
	}
	seg := p.seg
	for seg+1 < len(p.offsets) && p.offsets[seg+1] <= num {
		seg++
	}
	p.seg = seg
	if it := p.its[seg]; it != nil {
		d, err := it.Advance(num - p.offsets[seg])
		if err != nil {
			return 0, nil, err
		}
		if d != nil {
			return d.Number() + p.offsets[seg], d, nil
		}
	}
	p.seg++
	return p.next()
}

// normKeyer is a posting that tells its norm by the bits it is worked out
// from, as zap's does: its Norm takes a square root and a division, and
// was asked of every posting read (a fortieth of an Ask's CPU), where
// clause.at needs it only for a frequency and norm it has not met.
type normKeyer interface{ NormUint64() uint64 }

// normKey is a key for d's norm: the same for postings of the same norm,
// different for different norms. Keys of norms known only by Norm have
// the top bit set, which no norm's bits (a uint32's) have.
func normKey(d segment.Posting) uint64 {
	if k, ok := d.(normKeyer); ok {
		return k.NormUint64()
	}
	return math.Float64bits(d.Norm()) | 1<<63
}

// memoScore is a word's score for a frequency and norm (by normKey).
type memoScore struct {
	freq  uint64
	norm  uint64
	score float64
}

// memoSize is how many of a word's scores a clause remembers, by a hash
// of their frequency and norm (a sentence's length); a miss asks the
// scorer again.
const memoSize = 64

func (c clauses) Len() int           { return len(c) }
func (c clauses) Less(i, j int) bool { return c[i].count < c[j].count }
func (c clauses) Swap(i, j int)      { c[i], c[j] = c[j], c[i] }

// weight is the disjunction's weight, summed in its order.
func (c clauses) weight() float64 {
	var w float64
	for k := range c {
		if c[k].s != nil {
			w += c[k].s.Weight()
		} else {
			w += c[k].sc.Weight()
		}
	}
	return w
}

// setQueryNorm is SetQueryNorm on every clause.
func (c clauses) setQueryNorm(norm float64) {
	for k := range c {
		if c[k].s != nil {
			c[k].s.SetQueryNorm(norm)
		} else {
			c[k].sc.SetQueryNorm(norm)
		}
	}
}

// newClause is the clause for q: a word's when q is a term query that
// bleve would search with its plain term searcher and BM25 statistics
// from ctx, else q's own searcher (nil when q has none).
func (ts *textSearch) newClause(ctx context.Context, st *stored, m mapping.IndexMapping, q query.Query, opts search.SearcherOptions) (clause, error) {
	tq, ok := q.(*query.TermQuery)
	stats, _ := ctx.Value(search.BM25StatsKey).(*search.BM25Stats)
	model, _ := ctx.Value(search.GetScoringModelCallbackKey).(search.GetScoringModelCallbackFn)
	if !ok || tq.FieldVal == "" || stats == nil || model == nil || model() != bindex.BM25Scoring ||
		ctx.Value(search.FieldTermSynonymMapKey) != nil || len(st.segs) == 0 {
		s, err := q.Searcher(ctx, st.r, m, opts)
		if err != nil || s == nil {
			return clause{}, err
		}
		return clause{s: s, count: s.Count()}, nil
	}
	// What searcher.NewTermSearcher does for a term query.
	fc, ok := stats.FieldCardinality[tq.FieldVal]
	if !ok {
		return clause{}, fmt.Errorf("field stat for bm25 not present %s", tq.FieldVal)
	}
	if err := search.RecordTermSearcher(ctx); err != nil {
		return clause{}, err
	}
	count, avg := uint64(stats.DocCount), 0.0
	if count == 0 && fc == 0 {
		count = 0
	} else {
		avg = math.Ceil(float64(fc) / float64(count))
	}
	// What scorch's term field reader reads: the word's postings list in
	// every segment, less its deleted documents, and their count.
	dicts := ts.dicts[tq.FieldVal]
	if dicts == nil {
		dicts = make([]segment.TermDictionary, len(st.segs))
		for k, seg := range st.segs {
			d, err := seg.Segment().Dictionary(tq.FieldVal)
			if err != nil {
				return clause{}, err
			}
			dicts[k] = d
		}
		if ts.dicts == nil {
			ts.dicts = make(map[string][]segment.TermDictionary, 2)
		}
		ts.dicts[tq.FieldVal] = dicts
	}
	term := []byte(tq.Term)
	c := clause{p: postings{its: make([]segment.PostingsIterator, len(st.segs)), offsets: st.offsets}, memo: new([memoSize]memoScore)}
	for k, seg := range st.segs {
		pl, err := dicts[k].PostingsList(term, seg.Deleted(), nil)
		if err != nil {
			return clause{}, err
		}
		if n := pl.Count(); n > 0 {
			c.count += n
			c.p.its[k] = pl.Iterator(true, true, false, nil)
		}
	}
	c.sc = scorer.NewTermQueryScorer(term, tq.FieldVal, tq.BoostVal.Value(), count, c.count, avg, opts)
	return c, nil
}

// at sets c's number and score from d, a posting of its word numbered
// num (nil past the last).
func (c *clause) at(sctx *search.SearchContext, num uint64, d segment.Posting) {
	if d == nil {
		c.num = done
		return
	}
	c.num = num
	freq, key := d.Frequency(), normKey(d)
	e := &c.memo[(freq*0x9e3779b1^key^key>>29)%memoSize]
	if e.score == 0 || e.freq != freq || e.norm != key {
		c.remember(sctx, e, freq, key, d.Norm())
	}
	c.score = e.score
}

// remember asks the scorer for the score of freq and norm, into e; key
// is norm's normKey.
func (c *clause) remember(sctx *search.SearchContext, e *memoScore, freq, key uint64, norm float64) {
	dm := c.sc.Score(sctx, &bindex.TermFieldDoc{Freq: freq, Norm: norm})
	*e = memoScore{freq: freq, norm: key, score: dm.Score}
	sctx.DocumentMatchPool.Put(dm)
}

// matched sets c's number and score from dm, what its searcher matched
// (nil past the last), and gives dm back to the pool; ok is false when
// dm's id is not a scorch number.
func (c *clause) matched(sctx *search.SearchContext, dm *search.DocumentMatch) bool {
	if dm == nil {
		c.num = done
		return true
	}
	if len(dm.IndexInternalID) != 8 {
		return false
	}
	c.num, c.score = dm.IndexInternalID.Value(), dm.Score
	sctx.DocumentMatchPool.Put(dm)
	return true
}

// next moves c to its next match.
func (c *clause) next(sctx *search.SearchContext) (ok bool, err error) {
	if c.s != nil {
		dm, err := c.s.Next(sctx)
		if err != nil {
			return false, err
		}
		return c.matched(sctx, dm), nil
	}
	num, d, err := c.p.next()
	if err != nil {
		return false, err
	}
	c.at(sctx, num, d)
	return true, nil
}

// advance moves c to its first match at or after document num, id.
func (c *clause) advance(sctx *search.SearchContext, num uint64, id bindex.IndexInternalID) (ok bool, err error) {
	if c.s != nil {
		dm, err := c.s.Advance(sctx, id)
		if err != nil {
			return false, err
		}
		return c.matched(sctx, dm), nil
	}
	num, d, err := c.p.advance(num)
	if err != nil {
		return false, err
	}
	c.at(sctx, num, d)
	return true, nil
}

func (c *clause) close() {
	if c.s != nil {
		_ = c.s.Close()
	}
}

// newTextSearch builds the clauses for bq, or returns nil, and no error,
// when bq is not of buildQuery's shape or bleve would take another path
// for it (the heap disjunction above DisjunctionHeapTakeover clauses, a
// clause that matches nothing), so that bleve must answer.
func newTextSearch(ctx context.Context, st *stored, m mapping.IndexMapping, bq query.Query) (*textSearch, error) {
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
		if !ok || titleQ.Operator != query.MatchQueryOperatorOr || titleQ.Fuzziness != 0 || titleQ.FieldVal == "" || titleQ.Analyzer != "" {
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
	ts := &textSearch{text: make(clauses, 0, len(textQ))}
	fail := func(err error) (*textSearch, error) {
		ts.close()
		return nil, err
	}
	for _, q := range textQ {
		c, err := ts.newClause(ctx, st, m, q, opts)
		if err != nil {
			return fail(err)
		}
		if c.s == nil && c.sc == nil {
			continue
		}
		ts.text = append(ts.text, c)
		if _, none := c.s.(*searcher.MatchNoneSearcher); none {
			return fail(nil)
		}
	}
	if len(ts.text) == 0 {
		return fail(nil)
	}
	// bleve's disjunction sorts its clauses by count with sort.Sort: the
	// same counts in the same order come out in the same order.
	sort.Sort(ts.text)
	if titleQ != nil {
		// What titleQ's Searcher builds: a term query per word of the
		// field's analysis, with the match's boost, in a disjunction.
		an := m.AnalyzerNamed(m.AnalyzerNameForPath(titleQ.FieldVal))
		if an == nil {
			return fail(nil)
		}
		words := an.Analyze([]byte(titleQ.Match))
		if len(words) > searcher.DisjunctionHeapTakeover {
			s, err := titleQ.Searcher(ctx, st.r, m, opts)
			if err != nil {
				return fail(err)
			}
			ts.titleAll = s
		} else {
			ts.title = make(clauses, 0, len(words))
			for _, w := range words {
				tq := query.NewTermQuery(string(w.Term))
				tq.SetField(titleQ.FieldVal)
				tq.SetBoost(titleQ.BoostVal.Value())
				c, err := ts.newClause(ctx, st, m, tq, opts)
				if err != nil {
					return fail(err)
				}
				ts.title = append(ts.title, c)
			}
			sort.Sort(ts.title)
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
	ts.text.setQueryNorm(norm)
	ts.title.setQueryNorm(norm)
	ts.pool = 3 + len(ts.text) + len(ts.title)
	for _, c := range append(ts.text[:len(ts.text):len(ts.text)], ts.title...) {
		if c.s != nil {
			ts.pool += c.s.DocumentMatchPoolSize()
		}
	}
	if ts.titleAll != nil {
		ts.titleAll.SetQueryNorm(norm)
		ts.pool += 1 + ts.titleAll.DocumentMatchPoolSize()
	}
	return ts, nil
}

// done is the document number of a clause past its last match.
const done = math.MaxUint64

// each adds every document matched and its score to top, in document
// number order. It returns ok false when a document's id is not a scorch
// number, for bleve to answer instead.
func (ts *textSearch) each(ctx context.Context, sctx *search.SearchContext, top *bestScores) (ok bool, err error) {
	text, title := ts.text, ts.title
	doc := uint64(done) // the next document the text matches
	for k := range text {
		if ok, err := text[k].next(sctx); !ok || err != nil {
			return false, err
		}
		doc = min(doc, text[k].num)
	}
	// The title's words start where bleve's disjunction starts them, at
	// their first match; titleMin is the nearest of them.
	titleMin := uint64(done)
	for k := range title {
		if ok, err := title[k].next(sctx); !ok || err != nil {
			return false, err
		}
		titleMin = min(titleMin, title[k].num)
	}
	var all clause // titleAll, where it stands
	all.num = done
	if ts.titleAll != nil {
		all.s = ts.titleAll
		if ok, err := all.next(sctx); !ok || err != nil {
			return false, err
		}
	}
	id := make(bindex.IndexInternalID, 8) // doc, for advance
	n, nt := float64(len(text)), float64(len(title))
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
		for k := range text {
			c := &text[k]
			if c.num == doc {
				sum += c.score
				matched++
				if c.s == nil {
					// A word's clause, without the call through next.
					num, d, err := c.p.next()
					if err != nil {
						return false, err
					}
					c.at(sctx, num, d)
				} else if ok, err := c.next(sctx); !ok || err != nil {
					return false, err
				}
			}
			next = min(next, c.num)
		}
		score := sum * (float64(matched) / n)

		// The title's, the same way, over the words that match doc once
		// those behind it are advanced to it.
		var tsum float64
		tmatched := 0
		if titleMin <= doc {
			titleMin = done
			for k := range title {
				c := &title[k]
				if c.num < doc {
					if ok, err := c.advance(sctx, doc, id); !ok || err != nil {
						return false, err
					}
				}
				if c.num == doc {
					tsum += c.score
					tmatched++
				}
				titleMin = min(titleMin, c.num)
			}
		}
		if all.num < doc {
			if ok, err := all.advance(sctx, doc, id); !ok || err != nil {
				return false, err
			}
		}
		if tmatched > 0 || all.num == doc {
			t := tsum * (float64(tmatched) / nt)
			if all.num == doc {
				t = all.score
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
		top.add(doc, score)
		doc = next
	}
	return true, nil
}

func (ts *textSearch) close() {
	for k := range ts.text {
		ts.text[k].close()
	}
	for k := range ts.title {
		ts.title[k].close()
	}
	if ts.titleAll != nil {
		_ = ts.titleAll.Close()
	}
}
