package answers

import "strings"

// The manner family answers how (did it happen). Its rules, by the name the
// candidates carry: by-ing ("by sending runners").
//
// Each rule gives its candidates a fit in [0, 1], how well they answer
// the type asked for; the model weighs the family by the fitted weights
// "family:manner" and "family-fit:manner" (weights.go), and `bot eval
// --ablate rules` shows what each rule adds.

// mannerSpans finds how a thing is done, for how questions: "by + -ing"
// clauses and the cause of what happens.
func mannerSpans(q *question, s *sentence) []candidate {
	sp := spans{s: s}
	add := sp.add
	for i, t := range s.toks {
		k := i + 1
		if k < len(s.toks) && s.toks[k].tag == tagNegation {
			k++ // "by not clicking the links"
		}
		if t.low == "by" && k < len(s.toks) && strings.HasSuffix(s.toks[k].low, "ing") {
			add(i, clauseEnd(s.toks, i+1, false), 0.8, "by-ing")
		}
	}
	return sp.out
}
