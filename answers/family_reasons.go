package answers

import "strings"

// The reason family answers why and how (in what manner). Its rules, by
// the name the candidates carry: reason (because, since, so that, due
// to...), purpose ("to make sure..."), feeling ("devastated [I will no
// longer play]"), means ("through careful dredging"), done-for ("fitted
// foam panels around the pumps" for "How did the staff cut the noise?"),
// cause (what a verb of blaming or causing names: "blamed [a weaker
// dollar] for its lower turnover").
//
// Each rule gives its candidates a fit in [0, 1], how well they answer
// the type asked for; the model weighs the family by the fitted weights
// "family:reason" and "family-fit:reason" (weights.go), and `bot eval
// --ablate rules` shows what each rule adds.

// Fits of the rules whose spans answer less surely than a name or a date.
const (
	purposeFit = 0.6 // "to make sure..." for why
	feelingFit = 0.8 // "devastated [I will no longer play]" for why devastated
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
// marked by because, since, so that, due to, thanks to, owing to, on X
// grounds, for X reasons, for fear of (groundsEnd); causes a verb names
// (causeSpans); purposes ("to make sure..."); what a feeling the question
// asks about is about ("devastated I will no longer play").
func reasonSpans(q *question, s *sentence) []candidate {
	sp := spans{s: s}
	add := sp.add
	for i, t := range s.toks {
		switch t.low {
		case "because", "since", "so", "after", "due", "thanks", "owing", "as":
			// The marker stays in the answer: "because they are...",
			// "so that the farmers could...", "due to cuts in...".
			k := i + 1
			if t.low == "so" && k < len(s.toks) && s.toks[k].low == "that" {
				k++
			}
			// "due to cuts", "thanks to deregulation", "owing to the
			// weather": the word is a cause marker only with its "to".
			toMarker := t.low == "due" || t.low == "thanks" || t.low == "owing"
			if toMarker && k < len(s.toks) && s.toks[k].low == "to" {
				k++
			}
			// "so" with no "that" after a comma says what follows, not why:
			// "prices are rising thanks to X, so we can expect Y".
			if toMarker && k == i+1 || k >= len(s.toks) || t.low == "so" && k == i+1 && (!purposeSo(s.toks, k) || i > 0 && s.toks[i-1].text == ",") {
				continue
			}
			// "resigned as home secretary": "as" and a noun phrase with
			// no verb of its own says a role, not a reason ("as he was
			// tired" does; so does "as a result of...").
			if t.low == "as" && !asCause(s.toks, i) {
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
		case "on", "for":
			// "on safety grounds", "on the grounds that...", "for
			// personal reasons", "for fear of being sued": a reason
			// whatever the verb.
			if e := groundsEnd(s.toks, i); e > i {
				add(i, e, 0.9, "reason")
			}
		case "to":
			// Purpose: "to make sure that..." after a verb; not the
			// infinitive a verb or adjective takes ("fighting to stay
			// alive", "wants to leave", "unable to attend"), which says
			// what, not why; nor one that does what the question asks
			// the reason for ("voted to freeze rates" for "Why did they
			// freeze rates?"), which restates it.
			if i+1 < len(s.toks) && (s.toks[i+1].tag == tagVerb || s.toks[i+1].tag == tagWord && verbStems[s.toks[i+1].stem]) && i > 0 && s.toks[i-1].tag != tagNumber &&
				!infinitiveTaken(s.toks, i) && !asksAbout(q, s.toks[i+1].stem) {
				add(i, clauseEnd(s.toks, i+1, false), purposeFit, "purpose")
			}
		}
	}
	return append(sp.out, causeSpans(s)...)
}

// causeFit is the fit of a cause a verb of blaming or causing names.
const causeFit = 0.9

// causeSpans finds the causes a verb of blaming or causing names, a noun
// phrase: "It blamed [a weaker dollar] for its lower turnover", "blamed
// the delay on [the weather]", "was hit by [higher fuel costs]", "put
// down to [a lack of demand]". Asked why, the cause is the answer, a noun
// phrase though it is (see admitted).
func causeSpans(s *sentence) []candidate {
	toks := s.toks
	var out []candidate
	add := func(k int) {
		if e := npEnd(toks, k); e > k && hasContent(toks[k:e]) {
			out = append(out, candidate{s: s, i: k, j: e, fit: causeFit, rule: "cause"})
		}
	}
	for i, t := range toks {
		switch {
		case blameStems[t.stem]:
			// "blamed X for Y" gives X; "blamed Y on X" and "Y was
			// blamed on X" give X.
			end := clauseEnd(toks, i+1, false)
			for k := i + 1; k < end; k++ {
				if toks[k].low == "on" {
					add(k + 1)
					break
				}
				if toks[k].low == "for" && k > i+1 {
					add(i + 1)
					break
				}
			}
		case causedByStems[t.stem] && i+1 < len(toks) && toks[i+1].low == "by" && i > 0 && (toks[i-1].tag == tagAux || toks[i-1].tag == tagAdverb):
			add(i + 2) // "was hit by", "were driven by"
		case (t.low == "attributed" || t.low == "down") && i+1 < len(toks) && toks[i+1].low == "to" && (t.low == "attributed" || i > 0 && toks[i-1].stem == putStem):
			add(i + 2)
		}
	}
	return out
}

// blameStems and causedByStems are the verbs whose object, or agent, is a
// cause: "blamed X for Y", "caused by X", "was hit by X".
var (
	blameStems    = stemsOf(set(`blame blamed blames blaming`))
	causedByStems = stemsOf(set(`caused triggered prompted driven fuelled fueled hit hurt dented sparked`))
	putStem       = stem("put")
)

// infinitiveTaken reports whether the "to" at i is the infinitive a word
// before it takes: right before it, past a negation ("the decision not
// to take"), or a verb whose object it follows ("expected the latest
// minutes to show", "urged ministers to act").
func infinitiveTaken(toks []token, i int) bool {
	p := i - 1
	if p > 0 && (toks[p].low == "not" || toks[p].low == "never") {
		p--
	}
	if takesInfinitive[toks[p].stem] {
		return true
	}
	// Past the object's noun phrase to its verb.
	k := p
	for k > 0 && k > p-5 && (isNominal(toks[k].tag) && toks[k].tag != tagNumber) {
		k--
	}
	return k < p && objectInfinitive[toks[k].stem]
}

// objectInfinitive holds, by stem, the verbs whose object an infinitive
// follows as what they ask or expect of it: "expected the minutes to
// show", "urged ministers to act", "allowed the firm to sell".
var objectInfinitive = stemsOf(set(`expect expects expected ask asks asked tell tells told urge urges urged
	allow allows allowed want wants wanted force forces forced persuade persuades persuaded
	encourage encourages encouraged invite invites invited require requires required enable enables
	enabled order orders ordered advise advises advised`))

// takesInfinitive holds, by stem, the verbs, adjectives and nouns whose
// complement is an infinitive ("Iran's bid to join the WTO", "the
// decision to call in Campbell"), and the forms of be and have that make
// one a plan or a duty ("The BBC is to invest £9m", "has to pay"): "to"
// after them opens no purpose.
var takesInfinitive = stemsOf(set(`want wants wanted try tries tried trying fight fights fought fighting
	struggle struggles struggled struggling hope hopes hoped hoping plan plans planned planning
	decide decides decided deciding agree agrees agreed refuse refuses refused need needs needed
	seem seems seemed manage manages managed fail fails failed attempt attempts attempted
	expect expects expected intend intends intended promise promises promised threaten threatens
	threatened offer offers offered continue continues continued begin begins began start starts
	started like likes liked love loves loved prefer prefers preferred choose chooses chose
	learn learns learned learnt appear appears appeared tend tends tended going used able unable
	likely unlikely willing unwilling ready eager set due about allowed forced asked told urged
	is are was were be been has have had
	bid bids decision decisions effort efforts application ability failure refusal chance opportunity
	desire proposal intention ambition right permission pledge commitment determination reluctance
	approach`))

// asCause reports whether the "as" at i opens a cause ("as he was tired",
// "as a result of the storm"): not a role ("as home secretary", see
// asRole), a comparison ("as big as", "such as"), an adverb ("as well",
// "as soon as", "as if") or a preposition ("as of May", "as for the rest",
// "as part of").
func asCause(toks []token, i int) bool {
	if i > 0 && asBefore[toks[i-1].low] || i+1 < len(toks) && asAfter[toks[i+1].low] || asRole(toks, i+1) {
		return false
	}
	for p := i + 2; p < len(toks) && p <= i+3; p++ {
		if toks[p].low == "as" {
			return false
		}
	}
	return true
}

// The words around an "as" that make it no "because".
var (
	asBefore = set(`such same as`)
	asAfter  = set(`well soon far much many long if though of for to such usual expected planned part opposed little few`)
)

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

// Fits of the manner rules.
const (
	meansFit   = 0.9 // "through careful dredging" for how
	doneForFit = 0.7 // "fitted foam panels ... to cut the noise" for how they cut it
)

// meansMarkers introduce how something is done.
var meansMarkers = set(`by through using via`)

// mannerSpans finds how something is done, for how-questions that ask the
// manner: a phrase of means ("By raising fares, the mayor hopes to cut
// the deficit", "through careful dredging"), and what was done for the
// purpose the question names ("the staff fitted foam panels around the
// pumps to cut the noise" for "How did the staff cut the noise?").
func mannerSpans(q *question, s *sentence) []candidate {
	sp := spans{s: s}
	toks := s.toks
	for i, t := range toks {
		// "by" names how unless it names who or when: "killed by a
		// sniper", "by 2010".
		if meansMarkers[t.low] && i+1 < len(toks) && (toks[i+1].tag == tagVerb || isNominal(toks[i+1].tag)) {
			if j := clauseEnd(toks, i+1, true); j > i+1 && j-i <= maxChunk && !(t.low == "by" && agentOrTime(toks[i+1:j])) {
				sp.add(i, j, meansFit, "means")
			}
		}
		// "...to cut the noise": the question's verb as a
		// purpose; what was done for it is the predicate before.
		if q.verb != "" && t.low == "to" && i+1 < len(toks) && toks[i+1].stem == q.verb && i > 1 {
			v := i - 1
			for v >= 0 && toks[v].tag != tagVerb && !isBoundary(toks[v]) && toks[v].text != "," {
				v--
			}
			if v >= 0 && toks[v].tag == tagVerb && v+1 < i && i-v <= maxChunk {
				sp.add(v, i, doneForFit, "done-for")
			}
		}
	}
	return sp.out
}

// agentOrTime reports whether the words after "by" name who did something
// or when, not how: "by doctors in Saskatoon", "by larger member states",
// "by Serb forces", "by 2010"; "by an injection" and "by raising fares"
// say how.
func agentOrTime(toks []token) bool {
	if toks[0].tag == tagNumber || toks[0].tag == tagMonth || toks[0].tag == tagWeekday || toks[0].tag == tagTime {
		return true
	}
	for _, t := range toks {
		if t.tag == tagVerb && strings.HasSuffix(t.low, "ing") {
			return false // a gerund: "by limiting", "by practising"
		}
		if t.tag == tagProper || t.tag == tagGentile || peopleNoun(t.low) || orgNouns[t.low] || orgWords[t.low] || t.low == "states" {
			return true
		}
	}
	return false
}

// groundsEnd returns the end of the reason the preposition at i opens
// with its own noun: "on safety grounds", "on the grounds that it was
// unsafe", "for personal reasons", "for fear of being sued"; i when it
// opens none.
func groundsEnd(toks []token, i int) int {
	noun := "grounds"
	if toks[i].low == "for" {
		noun = "reasons"
		if i+2 < len(toks) && toks[i+1].low == "fear" && (toks[i+2].low == "of" || toks[i+2].low == "that") {
			return clauseEnd(toks, i+2, false)
		}
	}
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		if toks[k].low == noun {
			if k+1 < len(toks) && (toks[k+1].low == "that" || toks[k+1].low == "of") {
				return clauseEnd(toks, k+1, false)
			}
			return k + 1
		}
		if !isNominal(toks[k].tag) {
			return i
		}
	}
	return i
}
