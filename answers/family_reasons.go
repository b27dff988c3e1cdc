package answers

// The reason family answers why. Its rules, by the name the candidates
// carry: reason (because, since, so that, due to...), purpose ("to make
// sure...").
//
// Each rule gives its candidates a fit in [0, 1], how well they answer
// the type asked for; the model weighs the family by the fitted weights
// "family:reason" and "family-fit:reason" (weights.go), and `bot eval
// --ablate rules` shows what each rule adds.

// Fits of the rules whose spans answer less surely than a name or a date.
const (
	purposeFit      = 0.6 // "to make sure..." for why
	causeSubjectFit = 0.9 // "Rising costs have forced the club to close" for why
	givenReasonFit  = 0.7 // ", saying the budget was spent" for why
	feelingFit      = 0.8 // "devastated [I will no longer play]" for why devastated
)

// feelings are the words for a feeling whose cause the words after them
// say: "angry that", "worried about", "devastated I will...".
var feelings = set(`angry upset sad unhappy happy glad pleased delighted thrilled excited proud
	worried concerned anxious afraid scared frightened nervous disappointed frustrated furious
	devastated shocked surprised relieved embarrassed ashamed sorry grateful thankful annoyed
	outraged saddened heartbroken`)

// feelingLinks join a feeling to its cause.
var feelingLinks = set(`that about at over with by because`)

// asksAbout reports whether a question holds a word of stem st.
func asksAbout(q *question, st string) bool {
	for _, t := range q.terms {
		if t.stem == st {
			return true
		}
	}
	return false
}

// purposeSo reports whether the clause after "so" at k-1 says a purpose
// ("so they can keep their jobs"), not a result ("so prices rose") or a
// degree ("so far").
func purposeSo(toks []token, k int) bool {
	for p := k + 1; p < len(toks) && p < k+4; p++ {
		switch toks[p].low {
		case "can", "could", "will", "would", "may", "might", "should", "wo", "won't":
			return isNominal(toks[k].tag) || toks[k].tag == tagPronoun
		}
	}
	return false
}

// reasonSpans finds the reasons of a sentence for why questions: clauses
// marked by because, since, so that, due to; reasons given by a speaker
// (", saying ..."); purposes ("to make sure..."); causes as subjects
// ("Rising costs have forced...").
func reasonSpans(q *question, s *sentence) []candidate {
	sp := spans{s: s}
	add := sp.add
	for i, t := range s.toks {
		switch t.low {
		case "because", "since", "so", "after", "due", "as":
			// The marker stays in the answer: "because they are...",
			// "so that the farmers could...", "due to cuts in...".
			k := i + 1
			if t.low == "so" && k < len(s.toks) && s.toks[k].low == "that" {
				k++
			}
			if t.low == "due" && k < len(s.toks) && s.toks[k].low == "to" {
				k++
			}
			if t.low == "due" && k == i+1 || k >= len(s.toks) || t.low == "so" && k == i+1 && !purposeSo(s.toks, k) {
				continue
			}
			// "resigned as home secretary": "as" and a noun phrase with
			// no verb of its own says a role, not a reason ("as he was
			// tired" does; so does "as a result of...").
			if t.low == "as" && asRole(s.toks, k) {
				continue
			}
			fit := 0.9
			if t.low == "after" || t.low == "as" || t.low == "since" {
				fit = 0.6 // also mark times
			}
			if j := clauseEnd(s.toks, k, false); j > k {
				sp.out = append(sp.out, candidate{s: s, i: i, j: j, fit: fit, rule: "reason"})
			}
		default:
			// What a feeling the question asks about is about: "I'm
			// devastated I will no longer be a hockey player" for "Why
			// was Gretzky devastated?".
			if feelings[t.low] && asksAbout(q, t.stem) {
				k := i + 1
				if k < len(s.toks) && feelingLinks[s.toks[k].low] {
					k++
				}
				if k < len(s.toks) && (s.toks[k].tag == tagPronoun || s.toks[k].tag == tagDet || s.toks[k].tag == tagProper || s.toks[k].tag == tagWord) {
					add(k, clauseEnd(s.toks, k, false), feelingFit, "feeling")
				}
			}
		case "to":
			// Purpose: "to make sure that..." after a verb.
			if i+1 < len(s.toks) && (s.toks[i+1].tag == tagVerb || s.toks[i+1].tag == tagWord && verbStems[s.toks[i+1].stem]) && i > 0 && s.toks[i-1].tag != tagNumber {
				add(i, clauseEnd(s.toks, i+1, false), purposeFit, "purpose")
			}
		}
	}
	return sp.out
}

// asRole reports whether the words from k, after "as", are a noun phrase
// that no verb follows: a role or a likeness ("as home secretary", "as a
// gift"), not a clause of reason. "as a result" and "as a consequence"
// give reasons.
func asRole(toks []token, k int) bool {
	e := npEnd(toks, k)
	if e <= k {
		return false
	}
	for p := k; p < e; p++ {
		if toks[p].low == "result" || toks[p].low == "consequence" {
			return false
		}
	}
	return e == len(toks) || toks[e].tag != tagVerb && toks[e].tag != tagAux
}
