package answers

import "slices"

// A span's edges: where a candidate starts and ends. Punctuation,
// conjunctions and the question's own words are trimmed off, brackets
// and quotes kept balanced, and noun phrases and clauses found whole.

// trim drops punctuation, quotes and conjunctions at the edges of a span;
// a per cent sign after a number stays ("25%").
func trim(toks []token, i, j int) (int, int) {
	for i < j && (toks[i].tag == tagPunct || toks[i].tag == tagQuote || toks[i].tag == tagConj) {
		i++
	}
	// A connective or an adverb and its comma open the sentence, not the
	// answer: "Meanwhile, both government sources and analysts claim...".
	if i+2 < j && (connectives[toks[i].low] || groupAdverbs[toks[i].low]) && toks[i+1].text == "," {
		i += 2
	}
	// An adverb of the verb that follows is no part of its subject:
	// "ECLAC also said".
	for j > i+1 && j < len(toks) && groupAdverbs[toks[j-1].low] && (toks[j].tag == tagVerb || toks[j].tag == tagAux || personCueVerbs[toks[j].low]) {
		j--
	}
	// A courtesy title is part of the name after it, not of a span that
	// stops before the name: "Manchester United coach [Sir] Alex
	// Ferguson". A rank is a title of its own: "retired Lt. Gen." is
	// Keith Kellogg's.
	for j > i+1 && j < len(toks) && toks[j].tag == tagProper && nameHonorifics[toks[j-1].low] {
		j--
	}
	for j > i && (toks[j-1].tag == tagPunct || toks[j-1].tag == tagQuote || toks[j-1].tag == tagConj ||
		toks[j-1].tag == tagPrep || toks[j-1].tag == tagDet || toks[j-1].tag == tagSub) {
		if toks[j-1].text == "%" && j-2 >= i && toks[j-2].tag == tagNumber {
			break
		}
		// A bracket the span opened is closed within it: "Article
		// 101(1)", "Treaty on European Union (TEU)".
		if toks[j-1].text == ")" && slices.ContainsFunc(toks[i:j-1], func(t token) bool { return t.text == "(" }) {
			break
		}
		j--
	}
	return balanced(toks, i, j)
}

// nameHonorifics are the courtesy titles that go with a name: "Mr",
// "Sir", "Dame"; not ranks or offices ("Gen.", "Dr.", "Gov.").
var nameHonorifics = set(`mr mr. mrs mrs. ms ms. miss sir dame lord lady`)

// balanced returns the span [i, j) without a bracket it opens and does not
// close, or closes and did not open: "the Children's Memorial Health
// Institute (CMHI" ends before the bracket, "about 60 km (37 mi" is
// "about 60 km". A span that would be left empty stays as it is.
func balanced(toks []token, i, j int) (int, int) {
	depth, open := 0, -1
	for p := i; p < j; p++ {
		switch toks[p].text {
		case "(":
			if depth == 0 {
				open = p
			}
			depth++
		case ")":
			if depth == 0 {
				if p+1 < j {
					return trim(toks, p+1, j)
				}
				return i, j
			}
			depth--
		}
	}
	if depth > 0 && open > i {
		return trim(toks, i, open)
	}
	return i, j
}

// npStart returns the start of the noun phrase ending at token i:
// determiners, numbers, adjectives and nouns before it.
func npStart(toks []token, i int) int {
	k := i
	for k > 0 {
		switch toks[k-1].tag {
		case tagDet, tagNumber, tagWord, tagGentile, tagProper, tagTitle:
			k--
			continue
		}
		if toks[k-1].low == "of" && k > 1 && (toks[k-2].tag == tagWord || toks[k-2].tag == tagNumber) {
			k -= 2
			continue
		}
		if toks[k-1].low == "&" && k > 1 && toks[k-2].tag == tagProper && toks[k].tag == tagProper {
			k -= 2 // "R&B", "Marks & Spencer"
			continue
		}
		break
	}
	return k
}

// clauseEnd returns where the phrase starting at i ends: at a full stop,
// semicolon, closing quote or bracket, or (when short) at a comma.
func clauseEnd(toks []token, i int, short bool) int {
	k := i
	for k < len(toks) {
		t := toks[k]
		switch {
		case t.text == "." || t.text == ";" || t.text == "!" || t.text == "?" || t.text == ")" || t.text == ":":
			return k
		case t.tag == tagQuote && k > i:
			return k
		case k > i && clauseBreakers[t.low]:
			return k
		case k > i && t.tag == tagConj && k+1 < len(toks) && consequences[toks[k+1].low]:
			// "because the firm had filed for bankruptcy and therefore
			// its assets were...": what follows is what came of it.
			return k
		case t.text == "," || t.text == "—" || t.text == "–" || t.text == "--":
			if short {
				return k
			}
			// A comma before a conjunction or a new clause ends the phrase.
			if k+1 < len(toks) {
				n := toks[k+1]
				if n.tag == tagConj || n.tag == tagSub || n.tag == tagPronoun || n.tag == tagQuote ||
					n.tag == tagVerb || personCueVerbs[n.low] || n.low == "according" {
					return k
				}
			}
		}
		k++
	}
	return k
}

// consequences open, after "and" or "but", a clause that says what came
// of the one before: "and therefore", "and so", "and thus".
var consequences = set(`therefore so thus hence consequently`)

// clauseBreakers start an adjunct that is not part of the phrase before
// them: "peace efforts despite perceived reluctance".
var clauseBreakers = set(`despite amid amidst although though because unless whereas while
	whilst`)

// trimQuestion strips from a span the question's own words at its edges,
// with the prepositions and determiners that tie them on: "chief steward
// of the Coastal Fishers Guild" answers "What is Mara Olsen's role in the
// Coastal Fishers Guild?" as "chief steward".
func trimQuestion(toks []token, i, j int, inQ []bool) (int, int) {
	tied := func(t token) bool {
		return t.tag == tagDet || t.tag == tagPossess || t.low == "of" || t.low == "and"
	}
	// A trailing phrase of question words: "of the Coastal Fishers
	// Guild". Find the run of question words (and the words tying them)
	// that ends the span, and cut at the first preposition where it
	// starts.
	r := j
	for r > i && (inQ[r-1] || tied(toks[r-1]) || toks[r-1].tag == tagPrep) {
		r--
	}
	for p := max(r-1, i+1); p < j-1; p++ {
		if toks[p].tag == tagPrep {
			j = p
			break
		}
	}
	// Leading question words tied on by a possessive or an auxiliary:
	// "Ukraine's determination to..." keeps "determination to...", "New
	// York's Waldorf Astoria" "Waldorf Astoria".
	for {
		k := i
		for k < j && inQ[k] {
			k++
		}
		if k == i || k+1 >= j || toks[k].tag != tagPossess && toks[k].tag != tagAux {
			break
		}
		i = k + 1
	}
	return trim(toks, i, j)
}

// beforeQuestionPhrase cuts a span before a phrase inside it that is the
// question's own: "hand drums to the game to taunt the players" answers
// "What did fans bring to the game to taunt the players?" as "hand
// drums"; "racist pamphlets on their bus seats following a game" answers
// "What did the players find on their bus seats?" as "racist pamphlets".
// The phrase opens on a preposition other than "of" (which ties a noun
// phrase together: "the return of a ratio") after the span's first word,
// runs over any "of" and any verb of the question's own ("his collar
// bone after coming on as a replacement" for "What did Jones damage
// after coming on...?"), and holds content words, all of them the
// question's.
func beforeQuestionPhrase(toks []token, i, j int, inQ []bool) int {
	for p := i + 1; p+1 < j; p++ {
		if toks[p].tag != tagPrep || inQ[p] || toks[p].low == "of" {
			continue
		}
		content, all := 0, true
		for e := p + 1; e < j && (toks[e].tag != tagPrep || toks[e].low == "of") && toks[e].tag != tagPunct && (toks[e].tag != tagVerb || inQ[e]) && !isBoundary(toks[e]); e++ {
			if toks[e].tag == tagDet || toks[e].tag == tagPossess || toks[e].tag == tagPronoun || isStopWord(toks[e].low) {
				continue
			}
			content++
			all = all && inQ[e]
		}
		if content > 0 && all {
			_, e := trim(toks, i, p)
			return e
		}
	}
	return j
}

func hasContent(toks []token) bool {
	for i := range toks {
		t := &toks[i]
		if t.stem != "" && !isStopWord(t.low) {
			return true
		}
	}
	return false
}

func isBoundary(t token) bool {
	switch t.text {
	case ".", ";", ":", "!", "?", "(", ")", "—", "--", "–":
		return true
	}
	return t.tag == tagQuote
}

func honorificsOnly(toks []token) bool {
	for _, t := range toks {
		if !honorifics[t.low] {
			return false
		}
	}
	return true
}
