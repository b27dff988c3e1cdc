package answers

// The gap family answers any question, as a fallback. Its rules, by the
// name the candidates carry: gap (the stretches between the question's
// words).
//
// Each rule gives its candidates a fit in [0, 1], how well they answer
// the type asked for; the model weighs the family by the fitted weights
// "family:gap" and "family-fit:gap" (weights.go), and `bot eval
// --ablate rules` shows what each rule adds.

// Fits of the rules whose spans answer less surely than a name or a date.
const (
	gapFit = 0.35 // the words between the question's, for anything
)

// gaps are the stretches of a sentence between the words it shares with
// the question, each within one phrase (a comma ends it, but in a list):
// when a sentence restates the question, what it adds is the answer
// ("Many fans are waving flags to cheer the team on" for "What are many
// fans doing to cheer the team on?").
// They are the fallback of every question type, with a low fit.
func gaps(q *question, s *sentence, matches [][]hit) []candidate {
	toks := s.toks
	inQ := questionMask(toks, matches)
	// A negation that matches a question's verb of refusal ("avoid" by
	// "not clicking") belongs to the answer: "by not clicking the links".
	for p, t := range toks {
		if t.tag == tagNegation {
			inQ[p] = false
		}
	}
	var out []candidate
	for i := 0; i < len(toks); {
		if inQ[i] || isBoundary(toks[i]) || toks[i].text == "," {
			i++
			continue
		}
		// A gap is one phrase: it stops at a comma, unless the comma
		// separates the items of a list ("Denmark, Iceland and Norway").
		j, list := i, listEnd(toks, i)
		for j < len(toks) && !inQ[j] && !isBoundary(toks[j]) && (toks[j].text != "," || j < list) && j-i < maxGap {
			j++
		}
		a, b := trimGap(toks, i, j)
		if a < b && hasContent(toks[a:b]) && !speechOnly(toks[a:b]) {
			fit := gapFit * typeFit(q, toks, a, b)
			// Next to the question's verb, a gap is its subject or object.
			for _, v := range verbHits(q, s, matches) {
				if v == i-1 || v == j {
					fit += 0.1
				}
			}
			out = append(out, candidate{s: s, i: a, j: b, fit: fit, rule: "gap"})
			// Asked where, a gap that opens on a preposition ("in
			// Siberia", "at the Curzon Mayfair cinema") offers the
			// preposition's object too: the place rules give the
			// place without its preposition, and the two agree on it.
			// Not asked which town or country: there the place rules
			// alone answer, and the agreement answered squad2-dev's
			// unanswerable "In which English town did the most
			// Huguenots live?" with a town of the paragraph.
			if q.wh == "where" && q.want == typePlace {
				if c, d := objectPastPrepositions(toks, a, b); c < d {
					out = append(out, candidate{s: s, i: c, j: d, fit: gapFit * typeFit(q, toks, c, d), rule: "gap"})
				}
			}
		}
		i = j
	}
	return out
}

// objectPastPrepositions returns the noun phrase, or the list of them,
// after the prepositions toks[i:j] opens on: "Siberia" of "in Siberia",
// "New York and Virginia" of "to New York and Virginia". It returns i, i
// when the span opens on no preposition or holds no noun phrase after it.
func objectPastPrepositions(toks []token, i, j int) (int, int) {
	k := i
	for k < j && toks[k].tag == tagPrep {
		k++
	}
	if k == i || k >= j || !isNominal(toks[k].tag) || toks[k].tag == tagPossess {
		return i, i
	}
	e := min(npEnd(toks, k), j)
	if l := listEnd(toks, k); l > e && l <= j {
		e = l
	}
	if e <= k || !hasContent(toks[k:e]) {
		return i, i
	}
	return trim(toks, k, e)
}

// speechOnly reports whether the words of a span are only a speech verb
// and function words: "says", "said he", which answer nothing.
func speechOnly(toks []token) bool {
	for _, t := range toks {
		if t.stem != "" && !stopWords[t.low] && t.tag != tagPronoun && !sayStems.has(t.stem) {
			return false
		}
	}
	return true
}

// trimGap trims a gap to a phrase: no leading auxiliaries, prepositions
// or conjunctions, no trailing function words.
func trimGap(toks []token, i, j int) (int, int) {
	for i < j {
		switch toks[i].tag {
		case tagAux, tagConj, tagPunct, tagSub, tagQuote, tagPossess: // a negation stays: "not clicking" is no "clicking"
			i++
			continue
		case tagPrep:
			if toks[i].low != "in" && toks[i].low != "at" && toks[i].low != "on" && toks[i].low != "by" && toks[i].low != "for" && toks[i].low != "with" {
				i++
				continue
			}
		}
		if k := pastNamingVerb(toks, i, j); k > i {
			i = k // "called melanomas": the name is the answer
			continue
		}
		break
	}
	return trim(toks, i, j)
}

// pastNamingVerb returns where the name starts when toks[i:j] opens on a
// naming verb, with an adverb before it or not ("called melanomas", "also
// known as immunization"), and i otherwise.
func pastNamingVerb(toks []token, i, j int) int {
	k := i
	if (toks[k].tag == tagAdverb || groupAdverbs[toks[k].low]) && k+1 < j {
		k++
	}
	if l := namingVerb(toks, k); l > 0 && k+l < j {
		return k + l
	}
	return i
}

// namingVerb returns how many words at toks[i] introduce a name ("called",
// "known as", "dubbed"), or 0.
func namingVerb(toks []token, i int) int {
	switch toks[i].low {
	case "called", "named", "dubbed", "nicknamed", "termed", "codenamed", "code-named", "christened", "renamed", "labelled", "labeled", "branded":
		return 1
	case "titled", "entitled":
		if i+1 < len(toks) && toks[i+1].low != "to" { // "entitled to a refund" names nothing
			return 1
		}
	case "known", "referred":
		if i+2 < len(toks) && toks[i+1].low == "as" {
			return 2
		}
		if toks[i].low == "referred" && i+2 < len(toks) && toks[i+1].low == "to" && toks[i+2].low == "as" {
			return 3
		}
	}
	return 0
}

// maxGap is the longest gap offered, in words.
const maxGap = 15
