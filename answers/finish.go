package answers

import (
	"slices"

	"briefbot"
)

// Finishing: the chosen candidate becomes the answer's text. The span
// that was scored stays as it was; only the words shown move, so that an
// amount is given without the verb that leads it ("making £86m"), a peer
// with the title he is known by ("Lord Falconer"), a rate without what the
// question already says ("a year").

// toAnswer writes the chosen candidate as the answer: its text, past the
// words that only lead into it or trail after it (the functions below,
// each of which moves only the words shown, never the span scored), and
// the sentences it cites.
func toAnswer(q *question, c scored) briefbot.Answer {
	c.i = pastLeadingAdverbs(c.holder().toks, c.i, c.j)
	c.i = pastDescription(q, c.holder(), c.i, c.j)
	c.i = pastAskedNoun(q, c.holder(), c.i, c.j)
	c.i, c.j = beforeKindNoun(q, c.holder(), c.i, c.j)
	c.i = pastAmountLead(q, c.holder().toks, c.i, c.j)
	c.i, c.j = askedMeasureValue(q, c.holder().toks, c.i, c.j)
	c.i = pastPossessivePronoun(q, c.holder().toks, c.i, c.j)
	c.j = beforeAskedRate(q, c.holder().toks, c.i, c.j)
	c.j = beforeOwnedThing(q, c.holder().toks, c.i, c.j)
	if q.want != typeTitle {
		c.j = toNameEnd(q, c.holder(), c.i, c.j)
	}
	c.i = withPeerage(c.holder().toks, c.i, c.j)
	ans := briefbot.Answer{Text: c.text(), Score: c.score, Evidence: []briefbot.Sentence{c.holder().src}}
	if c.from != nil {
		ans.Evidence = append(ans.Evidence, c.s.src)
	}
	if c.echo != nil && c.echo != c.holder() && c.echo != c.s {
		ans.Evidence = append(ans.Evidence, c.echo.src)
	}
	return ans
}

// pastAmountLead returns where the answer text of the span [i, j) starts
// when a preposition, a verb or both lead an amount: at the amount.
// "$427bn" answers how much, not "at $427bn", "making £86m" nor "stands
// at £152,879". Words that say how near the amount is stay ("about 500",
// "up to 2,500"), and so do a range's "from" ("from 4 August 1915 until
// November 1918" is how long) and a time's or a place's preposition,
// which its answer may keep.
func pastAmountLead(q *question, toks []token, i, j int) int {
	if q.want == typeDate || q.want == typePlace || j-i < 2 {
		return i
	}
	// A verb and its preposition: "stands at £152,879", "fell to 79,000".
	if j-i > 2 && (toks[i].tag == tagVerb || verbStems[toks[i].stem]) && amountPreps[toks[i+1].low] && (toks[i+2].tag == tagNumber || toks[i+2].tag == tagMoney) {
		return i + 2
	}
	if toks[i+1].tag != tagNumber && toks[i+1].tag != tagMoney {
		return i
	}
	switch t := toks[i]; {
	case t.tag == tagVerb, t.low == "at", t.low == "of", t.low == "for", t.low == "by":
		return i + 1
	}
	return i
}

// askedMeasureValue returns the answer text's span for a span [i, j)
// that names the measure a what-noun question asks for and then gives its
// value after "of": the value. "What HIV prevalence does the firm
// estimate?" is answered "24%", not "an HIV prevalence of 24%", and "What
// seven-month low did the dollar hit?" "105.17", not "a seven-month low
// of 105.17 earlier"; the value keeps its rate ("£90,000 a year"), as
// numberSpans reads it. Only a noun phrase leads: past a verb or a comma
// the noun is another's ("raised its forecast of 2%" stays whole).
func askedMeasureValue(q *question, toks []token, i, j int) (int, int) {
	if q.focus == "" || q.whEnd <= q.whPos+1 {
		return i, j
	}
	for k := i; k+2 < j; k++ {
		t := toks[k]
		if t.tag == tagVerb || t.tag == tagAux || t.text == "," {
			return i, j
		}
		if t.stem != q.focus || toks[k+1].low != "of" {
			continue
		}
		if v := toks[k+2]; v.tag != tagNumber && v.tag != tagMoney {
			return i, j
		}
		for _, sp := range numberSpans(toks) {
			if sp[0] == k+2 && sp[1] <= j {
				return sp[0], sp[1]
			}
		}
		return i, j
	}
	return i, j
}

// possessivePronouns open a noun phrase with its owner's pronoun.
var possessivePronouns = set(`his her its their`)

// pastPossessivePronoun returns where the answer text of the span [i, j)
// starts when it opens on a possessive pronoun before a common noun: past
// the pronoun, which points back into the sentence and not to anyone a
// reader of the answer alone can see. "What was Betsen's injury?" is
// answered "thigh injury", not "his thigh injury". A question for a
// person keeps it ("his brother" is who), and so does a phrase whose next
// word is a number or a name ("her 99th birthday", "their Web sites"),
// which the gold answers of the development sets keep.
func pastPossessivePronoun(q *question, toks []token, i, j int) int {
	if j-i < 2 || !possessivePronouns[toks[i].low] || toks[i+1].tag != tagWord {
		return i
	}
	if q.want == typePerson || q.wh == "who" || q.wh == "whom" || q.wh == "whose" {
		return i
	}
	return i + 1
}

// amountPreps join a verb to the amount it gives.
var amountPreps = set(`at to by of for`)

// leadingAdverbs place a phrase in its sentence and never open an
// answer; listVerbs open a list of examples.
var (
	leadingAdverbs = set(`also however then still even just only already thus therefore meanwhile moreover instead indeed perhaps reportedly allegedly`)
	listVerbs      = set(`include includes included including`)
)

// pastLeadingAdverbs returns where the answer text of the span [i, j)
// starts: past an adverb that sets it in its sentence ("also a Civil
// Service Tribunal", "however Maria de la Queillerie", "only 420,000")
// or the verb that opens a list ("include interleukins"). The candidate
// is scored as it was found; only the words shown are cut, so that a
// shorter text does not change which candidate wins.
func pastLeadingAdverbs(toks []token, i, j int) int {
	for i+1 < j && toks[i].tag != tagProper && (leadingAdverbs[toks[i].low] || listVerbs[toks[i].low]) {
		i++
	}
	return i
}

// beforeOwnedThing returns where the answer text of the span [i, j) ends
// for a whose-question when the span goes on past its owner's "'s" to the
// thing the question names: "Napoleon's" answers "Whose army liberated
// Warsaw?", not "Napoleon's army", and "Mr Blair's" "Whose spokesman
// said...?", not "Mr Blair's official spokesman".
func beforeOwnedThing(q *question, toks []token, i, j int) int {
	if q.wh != "whose" || q.whEnd <= q.whPos+1 {
		return j
	}
	thing := q.toks[q.whEnd-1].stem
	for p := j - 2; p > i; p-- {
		if toks[p].tag == tagPossess {
			if toks[j-1].stem == thing {
				return p + 1
			}
			return j
		}
		if toks[p].tag != tagWord && toks[p].tag != tagTitle {
			return j
		}
	}
	return j
}

// peerages are the titles a British name is known by, not an office it
// holds: "Lord Falconer", "Sir John Stevens", "Baroness Morgan".
var peerages = set(`lord lady baroness baron sir dame`)

// withPeerage returns where the answer text of the span [i, j) starts when
// it is a name a peerage or knighthood goes before: at the title, since
// "Lord Falconer" is what the man is called and "Falconer" is not. Like
// pastLeadingAdverbs it moves only the words shown.
func withPeerage(toks []token, i, j int) int {
	if i > 0 && j > i && toks[i].tag == tagProper && peerages[toks[i-1].low] && isCapitalized(toks[i-1].text) {
		return i - 1
	}
	return i
}

// rateMarks open the rate a figure is given at: "a year", "per month".
var rateMarks = set(`a an per each every`)

// endsOnRate reports whether the span [i, j) ends on the rate its figure
// is given at, after at least one word: "£1,200 a year", "£40 per month".
func endsOnRate(toks []token, i, j int) bool {
	return j-i >= 3 && rateMarks[toks[j-2].low] && durationUnits[toks[j-1].low]
}

// beforeAskedRate returns where the answer text of the span [i, j) ends:
// before the rate a figure is given at when the question gives it
// already ("£1,200" for "How much a year can relatives add?", "£40" for
// "How much does each member pay per month?"). Like pastLeadingAdverbs it
// cuts only the words shown.
func beforeAskedRate(q *question, toks []token, i, j int) int {
	if !endsOnRate(toks, i, j) || !holdsNumber(toks[i:j-2]) {
		return j
	}
	for _, t := range q.toks {
		if t.stem == toks[j-1].stem {
			return j - 2
		}
	}
	return j
}

// toNameEnd returns where the answer text of the span [i, j) ends when
// the span stops inside a name it opens: at the name's end. A question
// that names the last word takes it out of the span found ("maintains
// Manakin Episcopal Church in Virginia" for "What church in Virginia...?"
// gives "Manakin Episcopal"), but the name is the answer whole. It does
// not go on into a name the question gives; and toAnswer does not call it
// for a title asked, since "Quebec Federation of Nurses Vice-President"
// goes on to the name of the one who holds it.
func toNameEnd(q *question, s *sentence, i, j int) int {
	for _, e := range s.ents {
		if e.i >= i && e.i < j && j < e.j && e.full == "" && !namesAsked(q, s.toks[j:e.j]) {
			return e.j
		}
	}
	return j
}

// namesAsked reports whether every name word of toks is one the question
// gives: "Kenneth Carlsen" of "Who beat Kenneth Carlsen?" is whom the
// question is about, never part of its answer; "of Parliament Cliff
// Breitkreuz" after "Alberta Reform Member" names someone else than the
// question's "Parliament".
func namesAsked(q *question, toks []token) bool {
	named := false
	for _, t := range toks {
		if t.tag != tagProper {
			continue
		}
		if !slices.ContainsFunc(q.toks, func(u token) bool { return u.tag == tagProper && u.stem == t.stem }) {
			return false
		}
		named = true
	}
	return named
}
