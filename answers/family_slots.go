package answers

import (
	"slices"
	"strings"
)

// The slot family answers the subject, object or agent of the question's
// verb, whatever the type. Its rules, by the name the candidates carry:
// agent ("a team led by X"), subject, object, done (what X did), as
// ("characterizing Y as Z" for what X called Y), copula-complement ("the
// sources of X are Y" for what the sources of X are), sibling (the other
// members of a list for "Along with X, what...?"), prep-object (the object
// of the preposition a question ends on: "a key component of [the
// Industrial Revolution]" for "What was the engine a component of?"),
// contest (a side of a contest named by its result: "a 2-0 win over [the
// Soviet Union]" for whom they beat, "a loss to [Gustavo Kuerten]" for
// who beat him), kind-of (the words that qualify the noun a question
// asks a kind of: "sleep" of "sleep deprivation" for "What kind of
// deprivation...?").
//
// Each rule gives its candidates a fit in [0, 1], how well they answer
// the type asked for; the model weighs the family by the fitted weights
// "family:slot" and "family-fit:slot" (weights.go), and `bot eval
// --ablate rules` shows what each rule adds.

// structural finds answers by their place around the question's verb in
// the sentence: its subject for "Who leads...?", its object for "What did
// Ukraine accept?", and descriptions of the asked-about name for "Who is
// X?".
func structural(q *question, s *sentence, matches [][]hit) []candidate {
	var out []candidate
	toks := s.toks
	// add adds a candidate said of the noun phrase [gi, gj), if any.
	add := func(i, j int, fit float64, rule string, gi, gj int) {
		i, j = trim(toks, i, j)
		// A person's name stands without its titles: "presidential aide
		// Vladimir Medinsky" answers as "Vladimir Medinsky".
		for _, e := range s.ents {
			if e.kind == kindPerson && e.j == j && e.ti <= i && i < e.i && q.want == typePerson {
				i = e.i
			}
		}
		if i < j {
			out = append(out, candidate{s: s, i: i, j: j, fit: fit * typeFit(q, toks, i, j), rule: rule, gi: gi, gj: gj})
		}
	}
	switch {
	case q.form == formSubject && q.hasVerb():
		for _, v := range verbHits(q, s, matches) {
			// Passive: "a team led by X".
			k := verbGroupEnd(toks, v)
			g := verbGroupStart(toks, v)
			if lv := lightVerbBefore(toks, v); lv >= 0 {
				g = verbGroupStart(toks, lv) // "troops opened fire on" for "Who fired on?"
			}
			// A phrasal verb's particle comes before its agent: "set up
			// by Netscape", "taken over by the state".
			if k+1 < len(toks) && particles[toks[k].low] && toks[k+1].low == "by" {
				k++
			}
			if k < len(toks) && toks[k].low == "by" {
				add(k+1, npEnd(toks, k+1), 0.9, "agent", npStartBefore(toks, g), g)
			}
			if g > 0 && (toks[g-1].low == "who" || toks[g-1].low == "which" || toks[g-1].low == "that") {
				g-- // "X, who leads..."
				if g > 0 && toks[g-1].text == "," {
					g--
				}
			} else {
				g = parentheticalBefore(toks, g) // "X, who won bronze, leads..."
			}
			if st := npStartBefore(toks, g); st < g {
				add(st, g, 0.8, "subject", k, npEnd(toks, k))
			}
		}
	case q.form == formObject && q.doWhat:
		// "What did X do?": the verb phrase after X.
		for k, t := range q.terms {
			if !t.name {
				continue
			}
			for _, h := range matches[k] {
				e := h.pos + 1
				for e < len(toks) && (toks[e].tag == tagProper || toks[e].tag == tagPossess) {
					e++
				}
				if e < len(toks) && toks[e].text == "," { // "Ilona, who is 34, was..."
					for e < len(toks) && toks[e].text != "," {
						e++
					}
				}
				for e < len(toks) && (toks[e].text == "," || toks[e].tag == tagAux || toks[e].tag == tagAdverb || toks[e].tag == tagNegation) {
					e++
				}
				if e < len(toks) && (toks[e].tag == tagVerb || toks[e].tag == tagWord) {
					add(e, min(clauseEnd(toks, e, true), e+10), 0.7, "done", 0, 0)
				}
			}
		}
		// "What did Hudon do in jail to protest his arrest?": the verb
		// phrase before the phrase the question restates, "he had
		// staged a hunger strike to protest his arrest"; "What did the
		// boys do as they moved through the school?": "laughed as they
		// moved through the school".
		if o := restatedOpener(q, toks, questionMask(toks, matches)); o > 0 {
			if v := verbBefore(toks, o); v >= 0 {
				add(v, o, 0.7, "done", 0, 0)
			}
		}
	case q.form == formObject && q.hasVerb():
		for _, v := range verbHits(q, s, matches) {
			k := verbGroupEnd(toks, v)
			for k < len(toks) && (toks[k].tag == tagPrep && toks[k].low != "of" || toks[k].low == "that" || toks[k].tag == tagQuote) && k < v+4 {
				k++
			}
			if k < len(toks) && toks[k].low == "to" {
				k++
			}
			// "Stockpiles fell to what?": the object of the same
			// preposition after the verb, "had fallen 1m barrels to
			// [294.3m]", not the verb's own object.
			prepObject := false
			if at := askedPrepAfter(q, toks, v); at > 0 {
				k, prepObject = at+1, true
			}
			// "resigned as finance director": the role after "as" is
			// what "quit" takes for its object.
			if k+1 < len(toks) && toks[k].low == "as" && isNominal(toks[k+1].tag) {
				k++
			}
			if l := namingVerb(toks, v); v+l > k { // "known as [X]"
				k = v + l
			}
			// "What did critics call the plan?": the plan, the question's
			// own object, comes first; the answer is what follows it ("the
			// plan [a disaster]", "the team as [a theater prop]").
			if e := ownObjectEnd(q, toks, matches, k); e > k {
				if toks[e].low == "as" {
					e++
				}
				if e < len(toks) && (isNominal(toks[e].tag) || toks[e].tag == tagQuote) {
					k = e
				}
			} else if q.want == typeManner {
				// "How did the gunmen die?" asks for no object: "how"
				// answers as a manner, and an object only as what
				// follows the question's own ("How did Zelenskyy
				// describe the team?": "the team as [a theater
				// prop]"), not "13 students" of "killed 13 students".
				continue
			}
			end := min(clauseEnd(toks, k, false), k+14)
			// A second verb of the subject ends the object: "releases
			// lymphokines and activates the B cell".
			end = coordinatedVerbCut(toks, k, end)
			// What the sentence sets against it is not part of it: "the
			// old bridge [rather than a new tunnel]".
			end = contrastCut(toks, k, end)
			// A typed question, or one whose wh-word takes a noun ("What
			// pay rise are they demanding?"), asks for a noun phrase.
			if np := npEnd(toks, k); np > k && np < end && (q.want != typeOther || q.whEnd > q.whPos+1) && q.want != typeQuote {
				end = np
			} else if np := firstPhraseEnd(toks, k); prepObject && np > k {
				end = min(end, np) // a preposition's object is a noun phrase: "to [29%] this year"
			} else if q.want != typeQuote {
				end = modifierCut(toks, k, end)
			}
			add(k, end, 0.8, "object", 0, 0)
		}
	}
	// "What was the engine a component of?": the object of the same
	// preposition after the question's word before it, "a key component
	// of [the Industrial Revolution]".
	if q.strandedPrep() {
		for _, p := range strandedPreps(q, toks, matches) {
			if e := npEnd(toks, p+1); e > p+1 {
				add(p+1, e, 0.8, "prep-object", 0, 0)
			}
		}
	}
	if q.form == formCopula && !q.definition && !q.typed() && !q.strandedPrep() {
		out = append(out, copulaComplements(q, s, matches)...)
	}
	if q.definition || (q.form == formCopula && q.role == "" || q.asksName) && !q.typed() {
		out = append(out, definitions(q, s, matches)...)
	}
	if q.want == typeQuote {
		out = append(out, quotes(q, s, matches)...)
	}
	// "What did X call Y?": "... characterizing Y as Z", "called Y Z".
	// The development sets ask few such questions (news sets more: "What
	// did Tony Blair call the statement?"); the construction is common in
	// news, and without it the answer is wrong, not missing.
	describing := q.verbPos >= 0 && related(q.toks[q.verbPos].stem, describeStem)
	if describing {
		for _, v := range verbHits(q, s, matches) {
			if i := calledAt(q, toks, matches, v); i > 0 {
				// A second verb of the subject ends the description: "as a
				// premier internet marketing company and said...".
				add(i, coordinatedVerbCut(toks, i, min(quotedClauseEnd(toks, i), i+12)), 0.9, "as", 0, 0)
			}
		}
	}
	// "Whom did the Netherlands defeat?": "a 2-0 win over the Soviet
	// Union"; "Who knocked Federer out?": "a third-round loss to Gustavo
	// Kuerten". News tells a contest by its result, a noun.
	if side := contestSide(q); side != 0 {
		for k := 1; k+2 < len(toks); k++ {
			if r := contestResult(toks, k); r != 0 && r == side {
				if e := npEnd(toks, k+2); e > k+2 {
					add(k+2, e, 1, "contest", 0, 0)
				}
			}
		}
	}
	// "How did Harris describe his campaign?", "What did critics call
	// the plan?": what the sentence says the thing is.
	if (q.want == typeManner || q.want == typeOther && q.form == formObject) && describing {
		describedSpans(toks, matches, add)
	}
	return out
}

// describedSpans adds, asked how or as what X describes Y ("How did
// Harris describe his campaign?", "What did critics call the plan?"),
// the descriptions the sentence gives: quoted words just before the
// question's own noun, whoever says them (a "firm but fair" policy), and
// in a sentence of saying, the complement of a copula: "Harris says it
// was the hardest-fought campaign in recent memory", "School is a place
// of business," Kachmar said. What a speaker says a thing is describes
// it.
func describedSpans(toks []token, matches [][]hit, add func(i, j int, fit float64, rule string, gi, gj int)) {
	inQ := questionMask(toks, matches)
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].tag != tagQuote {
			continue
		}
		if from, to := quotedAfter(toks, k); to > from && to+1 < len(toks) && inQ[to+1] && isNominal(toks[to+1].tag) {
			add(from, to, 0.9, "copula", 0, 0)
		}
	}
	if saysSomething(toks) {
		for k := 0; k+1 < len(toks); k++ {
			if toks[k].tag != tagAux || toks[k].stem != beStem {
				continue
			}
			// The speaker's own words, quoted after the copula and any
			// determiner, are the description whole: had been a "fair
			// summary", were "highly irresponsible".
			if from, to := quotedAfter(toks, k+1); to > from {
				add(from, to, 0.9, "copula", 0, 0)
				continue
			}
			// The words said may open on "such" ("It was such a tough
			// match"), or be quoted, the speaker's own, however they
			// open: would be "profoundly wrong". Unquoted, an adverb
			// grades what follows, which may be no description of the
			// thing asked ("are extremely competitive, and have a "law
			// of the jungle" view of life").
			i := k + 1
			for i < len(toks) && toks[i].tag == tagQuote {
				i++
			}
			from := i
			if i+1 < len(toks) && (toks[i].tag == tagAdverb && i > k+1 || toks[i].low == "such") {
				i++
			}
			if i < len(toks) && isNominal(toks[i].tag) {
				if end := npEnd(toks, i); end > i {
					add(from, end, 0.8, "copula", 0, 0) // a description, as a definition is
				}
			}
		}
	}
}

// restatedOpener returns where the sentence opens a phrase that follows
// "do" in a what-did-X-do question ("to protest his arrest", "as they
// moved through the school"): the same preposition, subordinator or "to",
// and then the same word, past determiners, pronouns and adverbs ("as
// they methodically moved"). It returns -1 when there is none.
func restatedOpener(q *question, toks []token, inQ []bool) int {
	if q.verbPos < 0 {
		return -1
	}
	for n := q.verbPos + 1; n+1 < len(q.toks); n++ {
		w := q.toks[n]
		if w.tag != tagPrep && w.tag != tagSub && w.low != "to" {
			continue
		}
		qw := pastFunctionWords(q.toks, n+1)
		if qw >= len(q.toks) {
			continue
		}
		for p := 1; p+1 < len(toks); p++ {
			if sw := pastFunctionWords(toks, p+1); toks[p].low == w.low && sw < len(toks) && inQ[sw] && toks[sw].stem == q.toks[qw].stem {
				return p
			}
		}
	}
	return -1
}

// pastFunctionWords returns the index past the determiners, pronouns,
// possessives and adverbs at k: the first word of the phrase's own.
func pastFunctionWords(toks []token, k int) int {
	for k < len(toks) && (toks[k].tag == tagDet || toks[k].tag == tagPronoun || toks[k].tag == tagPossess || toks[k].tag == tagAdverb) {
		k++
	}
	return k
}

// verbBefore returns the verb nearest before o in o's clause, past the
// words of its object: "staged" of "had staged a hunger strike [to...".
// It returns -1 when a comma, a subordinator or the sentence's start
// comes first.
func verbBefore(toks []token, o int) int {
	for k := o - 1; k >= 0 && k >= o-8; k-- {
		t := toks[k]
		switch {
		case t.tag == tagVerb:
			return k
		case t.text == "," || t.tag == tagSub || t.tag == tagPunct || t.tag == tagQuote:
			return -1
		}
	}
	return -1
}

// beStem is the stem of "be", the copula; describeStem that of
// "describe", whose related verbs structural reads as describing.
var beStem, describeStem = stem("be"), stem("describe")

// saysSomething reports whether a sentence has a verb of saying.
func saysSomething(toks []token) bool {
	for _, t := range toks {
		if (t.tag == tagVerb || t.tag == tagWord) && sayStems.has(t.stem) {
			return true
		}
	}
	return false
}

// copulaShare is how much of the question's weight the subject of a
// copula must hold for its complement to be offered as the answer; the
// complement must hold less than half as much.
const copulaShare = 0.4

// copulaComplements answers "What are the sources of X?" from "The sources
// of X are Y": the complement of a copula whose subject restates the
// question. The definitions rule answers "What is Y?" from "Y is ..." when
// Y is a name; the other way round, "Y is the most common cause of X" for
// "What is the most common cause of X?", is restatedSpans'.
func copulaComplements(q *question, s *sentence, matches [][]hit) []candidate {
	toks := s.toks
	total := 0.0
	for _, t := range q.terms {
		if !t.frame {
			total += t.weight
		}
	}
	if total == 0 {
		return nil
	}
	// share is the weighted share of the question held in [i, j).
	share := func(i, j int) float64 {
		held := 0.0
		for k, term := range q.terms {
			if !term.frame && heldWithin(matches[k], i, j) {
				held += term.weight
			}
		}
		return held / total
	}
	var out []candidate
	for c, t := range toks {
		if c == 0 || c+1 == len(toks) || t.low != "is" && t.low != "are" && t.low != "was" && t.low != "were" {
			continue
		}
		st := npStartBefore(toks, c)
		if share(st, c) < copulaShare || share(c+1, clauseEnd(toks, c+1, false)) >= copulaShare/2 {
			continue
		}
		if i, j := trim(toks, c+1, listOrNPEnd(toks, c+1)); i < j {
			out = append(out, candidate{s: s, i: i, j: j, fit: 0.9, rule: "copula-complement"})
		}
	}
	return out
}

// calledAt returns where what a thing is called starts after the verb of
// calling at v, or 0: after "as" within ten words ("characterizing Y as
// Z"), or, without "as", after the noun phrase that holds the question's
// own object ("Blair called the statement a fair summary").
func calledAt(q *question, toks []token, matches [][]hit, v int) int {
	for k := v + 1; k < len(toks) && k < v+10; k++ {
		if toks[k].low == "as" {
			return k + 1
		}
	}
	if k := verbGroupEnd(toks, v); k < len(toks) {
		if e := ownObjectEnd(q, toks, matches, k); e > k {
			return e
		}
	}
	return 0
}

// ownObjectEnd returns the end of the noun phrase at k when it holds the
// question's own words after its verb and a word follows it ("called [the
// statement] a fair summary"), or k.
func ownObjectEnd(q *question, toks []token, matches [][]hit, k int) int {
	if e := firstPhraseEnd(toks, k); e > k && e < len(toks) && holdsObjectWord(q, matches, k, e) {
		return e
	}
	return k
}

// quotedClauseEnd is clauseEnd, past a quotation the phrase at i opens
// with, after its article or not, and the "of" phrase after it: what a
// thing is called is often quoted ('a "fair summary" of his opinion',
// '"a theater prop."').
func quotedClauseEnd(toks []token, i int) int {
	if _, c, ok := quotationAt(toks, i); ok {
		if c+1 < len(toks) && toks[c+1].low == "of" { // 'a "fair summary" of his opinion'
			return max(c+1, clauseEnd(toks, c+1, false))
		}
		return c + 1
	}
	return clauseEnd(toks, i, false)
}

// quotationAt returns where a quotation the phrase at i opens with, past
// a determiner ('a "fair summary"'), opens and closes (closingQuote); ok
// is false when none opens there or none closes.
func quotationAt(toks []token, i int) (open, close int, ok bool) {
	if i < len(toks) && toks[i].tag == tagDet {
		i++
	}
	if i >= len(toks) || toks[i].tag != tagQuote {
		return 0, 0, false
	}
	c := closingQuote(toks, i)
	return i, c, c < len(toks)
}

// quotedAfter returns the span of the words quoted at i, past a
// determiner ('a "fair summary"'), without the quotation marks, when the
// quote closes within maxQuotedDescription words; an empty span otherwise.
func quotedAfter(toks []token, i int) (from, to int) {
	if o, c, ok := quotationAt(toks, i); ok && c <= o+maxQuotedDescription+1 {
		return o + 1, c
	}
	return 0, 0
}

// maxQuotedDescription is the most words a quoted description holds; a
// longer quote is a statement, not a word for the thing.
const maxQuotedDescription = 6

// firstPhraseEnd returns the end of the noun phrase at i (npEnd), which a
// second determiner ends: "the plan" of "the plan a disaster", where
// npEnd takes both.
func firstPhraseEnd(toks []token, i int) int {
	e, noun := npEnd(toks, i), false
	for k := i; k < e; k++ {
		switch toks[k].tag {
		case tagDet:
			if noun {
				return k
			}
		case tagPossess:
		case tagPrep:
			noun = false // "the crown of the boiler's firebox" is one phrase
		default:
			noun = true
		}
	}
	return e
}

// holdsObjectWord reports whether the sentence's words [i, j) hold one of
// the question's words after its verb: the thing "What did X call Y?"
// names.
func holdsObjectWord(q *question, matches [][]hit, i, j int) bool {
	for k, t := range q.terms {
		if t.pos > q.verbPos && !t.frame && heldWithin(matches[k], i, j) {
			return true
		}
	}
	return false
}

// coordinatedVerbCut returns where the phrase [k, end) ends before "and"
// or "or" and a verb its subject does next ("and activates", "and can
// also develop") or a clause with a subject of its own ("and Bonds are
// sold"), or end.
func coordinatedVerbCut(toks []token, k, end int) int {
	for p := k + 1; p+1 < end; p++ {
		if toks[p].low != "and" && toks[p].low != "or" {
			continue
		}
		n := p + 1
		for n < end && (toks[n].tag == tagAdverb || groupAdverbs[toks[n].low]) {
			n++
		}
		if n < end && (toks[n].tag == tagVerb || toks[n].tag == tagAux) {
			return p
		}
		// "is £100 and Bonds are sold in multiples of £10": a clause
		// of its own, with its own subject.
		if e := npEnd(toks, n); e > n && e < end && toks[e].tag == tagAux {
			return p
		}
	}
	return end
}

// lightVerbBefore returns where the light verb is whose object the noun at
// v is ("opened fire", "made an announcement", "held talks"), the noun
// saying what the question's verb does ("Who fired on...?", "Who
// announced...?", "Who talked...?"), or -1.
func lightVerbBefore(toks []token, v int) int {
	if toks[v].tag != tagWord {
		return -1
	}
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		t := toks[k]
		switch {
		case lightVerbStems[t.stem] && (t.tag == tagVerb || t.tag == tagWord):
			return k
		case t.tag == tagDet || t.tag == tagAdverb || t.tag == tagWord && k < v-1:
			continue
		}
		return -1
	}
	return -1
}

// lightVerbStems are the verbs that take a noun of action as their object
// and mean little else: "opened fire", "made an announcement", "took part",
// "held talks", "paid a visit", "staged a protest".
// Their past forms stem alike ("opened", "made", "held", "paid").
var lightVerbStems = stemsOf(set(`open make take give hold pay stage launch carry wage mount
	lodge file cast deliver conduct`))

// siblingFit is the fit of a list's other members when the question sets
// one aside.
const siblingFit = 0.8

// siblingSpans answers "Along with X, what...?" ("Besides X", "Other
// than X", "In addition to X") from a list in the sentence that holds X:
// its other members, each and together ("Along with coal, what fuels do
// the plants burn?" - "coal, peat and wood chips"). The list may lack its
// conjunction when it has three members or more ("heats, semi-finals,
// finals, awards").
func siblingSpans(q *question, s *sentence) []candidate {
	aside := q.aside
	if len(aside) == 0 {
		return nil
	}
	toks := s.toks
	var out []candidate
	for i := 0; i < len(toks); i++ {
		if !chunkStart(toks, i) {
			continue
		}
		members := listMembers(toks, i)
		if len(members) < 2 {
			continue
		}
		known := make([]bool, len(members))
		nKnown := 0
		for m, r := range members {
			known[m] = holdsAny(toks[r[0]:r[1]], aside)
			if known[m] {
				nKnown++
			}
		}
		if nKnown > 0 && nKnown < len(members) {
			first, last := -1, -1
			for m, r := range members {
				if known[m] {
					continue
				}
				out = append(out, candidate{s: s, i: r[0], j: r[1], fit: siblingFit * typeFit(q, toks, r[0], r[1]), rule: "sibling"})
				if first < 0 {
					first = m
				}
				last = m
			}
			// The others together, when no known one is among them.
			if last > first && !slices.Contains(known[first:last+1], true) {
				a, b := members[first][0], members[last][1]
				out = append(out, candidate{s: s, i: a, j: b, fit: siblingFit * typeFit(q, toks, a, b), rule: "sibling"})
			}
		}
		i = members[len(members)-1][1] - 1
	}
	return out
}

// listMembers returns the noun phrases of the list starting at i, each
// [start, end): "A, B and C", "A or B", or "A, B, C" without its
// conjunction when it has three members or more; none when no such list
// starts there.
func listMembers(toks []token, i int) [][2]int {
	var members [][2]int
	joined := false
	p := i
	for p < len(toks) {
		e := p
		for e < len(toks) && (isNominal(toks[e].tag) || toks[e].tag == tagAdverb && e+1 < len(toks) && isNominal(toks[e+1].tag) ||
			toks[e].low == "of" && e > p && e+1 < len(toks) && isNominal(toks[e+1].tag)) {
			e++
		}
		if e == p {
			break
		}
		members = append(members, [2]int{p, e})
		k := e
		if k < len(toks) && toks[k].text == "," {
			k++
		}
		if k < len(toks) && (toks[k].low == "and" || toks[k].low == "or") {
			k++
			joined = true
		}
		if k == e || k >= len(toks) || !isNominal(toks[k].tag) {
			break
		}
		p = k
	}
	if len(members) < 2 || !joined && len(members) < 3 {
		return nil
	}
	return members
}

// strandedPreps returns where a sentence has the preposition a question
// ends on ("...a component of?") after a word matching the question's
// last word before it, past other prepositions and adverbs ("made out
// of", "known mainly for").
func strandedPreps(q *question, toks []token, matches [][]hit) []int {
	n := len(q.toks) - 1
	var out []int
	for k := len(q.terms) - 1; k >= 0; k-- {
		if q.terms[k].pos >= n || q.terms[k].pos < q.whEnd {
			continue
		}
		for _, h := range matches[k] {
			if h.m < 0.7 {
				continue
			}
			for p := h.pos + 1; p < len(toks) && p <= h.pos+3; p++ {
				if toks[p].low == q.toks[n].low {
					out = append(out, p)
					break
				}
				if toks[p].tag != tagPrep && toks[p].tag != tagAdverb {
					break
				}
			}
		}
		break
	}
	return out
}

// askedPrepAfter returns where the sentence has, after the verb at v and
// within its clause, the preposition the question puts before its wh-word
// left in place after the verb ("fell to what", as chat asks); -1 when
// the question puts none there, or the sentence has none. "of" belongs to
// a noun, not the verb. A fronted wh-phrase ("By how much did it rise?")
// is read by its type.
func askedPrepAfter(q *question, toks []token, v int) int {
	p := q.whPos - 1
	if p < 0 || p <= q.verbPos || q.toks[p].tag != tagPrep || q.toks[p].low == "of" {
		return -1
	}
	end := min(clauseEnd(toks, v+1, false), v+askedPrepReach)
	for i := verbGroupEnd(toks, v); i < end && i+1 < len(toks); i++ {
		if toks[i].low == q.toks[p].low {
			return i
		}
	}
	return -1
}

// askedPrepReach is how far after the verb askedPrepAfter looks.
const askedPrepReach = 8

// The sides of a contest a question asks for or a result names.
const (
	contestWinner = 1
	contestLoser  = 2
)

// beatStems are the verbs of one side beating another: their subject
// won; "lose" is the other way round. "knock" counts with "out" ("knocked
// Federer out").
var beatStems = stemsOf(set(`beat beats beaten defeat defeated overcome overcame thrash thrashed`))

// loseStem and knockStem are the stems of "lose" ("lost" too) and
// "knock", as the question's words carry them.
var loseStem, knockStem = stem("lose"), stem("knock")

// contestSide returns the side of a contest a question asks for: the
// winner for "Who beat Federer?" or "Who did Federer lose to?", the loser
// for "Whom did the Netherlands defeat?" or "Who lost to Federer?"; 0
// when it asks of no contest.
func contestSide(q *question) int {
	if q.verbPos < 0 || q.form != formSubject && q.form != formObject {
		return 0
	}
	v := q.toks[q.verbPos]
	beat := beatStems[v.stem]
	if v.stem == knockStem {
		for _, t := range q.toks[q.verbPos+1:] {
			beat = beat || t.low == "out"
		}
	}
	switch {
	case beat && q.form == formSubject, v.stem == loseStem && q.form == formObject:
		return contestWinner
	case beat, v.stem == loseStem:
		return contestLoser
	}
	return 0
}

// contestResult reports which side of a contest the noun phrase after the
// result noun at k and its preposition is: the loser after "a win over"
// or "victory against", the winner after "a loss to", "defeat by"; or 0.
// The noun follows a determiner or a modifier ("a 2-0 win", "his
// third-round loss"), or it is a verb.
func contestResult(toks []token, k int) int {
	if !isNominal(toks[k-1].tag) && toks[k-1].tag != tagAdverb {
		return 0
	}
	switch noun, prep := toks[k].low, toks[k+1].low; {
	case (noun == "win" || noun == "victory" || noun == "triumph") && (prep == "over" || prep == "against"):
		return contestLoser
	case (noun == "loss" || noun == "defeat") && (prep == "to" || prep == "by" || prep == "against"):
		return contestWinner
	}
	return 0
}

// kindModSpans answers a question asking for a kind of a noun ("What
// kind of deprivation...?", "What type of venue is the Teatr Wielki?")
// with the words that qualify that noun in the sentence: "sleep" of "sleep
// deprivation", "musical" of "numerous musical venues, including the
// Teatr Wielki". A determiner, a count or a word of degree before them is
// no part of the kind ("numerous", "the most"). The noun must stand among
// the question's other words: a kind of engine named three clauses away
// from what the question says of it is some other engine.
//
// A plain "Which ward...?", "What seat...?" (the wh-word and the noun
// alone, no "kind of") asks which one of them, and a name before the
// noun says it: the answer is the phrase the noun heads, name and noun,
// "the Castle ward" and "the East Kilbride seat" giving "Castle ward" and
// "East Kilbride seat" (rule "kind-phrase"). Such a phrase is the
// sentence's way of naming the thing, so the question's other words may
// stand anywhere in the sentence (namedKindReach).
func kindModSpans(q *question, s *sentence, matches [][]hit) []candidate {
	named := namedKindAsked(q)
	if !q.kindOf && !named || q.focus == "" {
		return nil
	}
	// Of another thing than the question names, the kind is no answer:
	// "the Katyn Fotoplastikon" for the sentence's Warsaw one.
	for k, t := range q.terms {
		if t.name && strongest(matches[k]) < 0.9 {
			return nil
		}
	}
	// The words of the asked-for noun before its head: "steam" of "What
	// type of steam engine...?". A kind of steam engine is what precedes
	// them ("oscillating cylinder steam engine").
	compound := q.kindCompound
	toks := s.toks
	var out []candidate
	for f := 1; f < len(toks); f++ {
		// The noun heads its phrase: "deprivation" in "sleep
		// deprivation", not in "deprivation studies".
		if toks[f].stem != q.focus || isCapitalized(toks[f].text) || f+1 < len(toks) && toks[f+1].tag == tagWord {
			continue
		}
		j := f
		for c := len(compound) - 1; c >= 0 && j > 0 && toks[j-1].stem == compound[c]; c-- {
			j--
		}
		a0 := npStartBefore(toks, j)
		a := a0
		for a < j && (toks[a].tag == tagDet || toks[a].tag == tagNumber || degreeWords[toks[a].low] || vagueCounts[toks[a].low] || kindlessWords[toks[a].low]) {
			a++
		}
		// A verb qualifies the noun only inside its phrase, after a
		// determiner, a preposition or a word set aside above: "in armed
		// jihad", "an amending treaty", not "the engine produced
		// continuous rotary motion".
		if a < j && a == a0 && toks[a].tag == tagVerb && (a == 0 || toks[a-1].tag != tagDet && toks[a-1].tag != tagPrep) {
			a++
		}
		switch {
		case a >= j || !kindQualifiers(toks[a:j]):
		case named:
			// A name or a nationality says which one ("Castle" of "the
			// Castle ward"); common words ("a cable-stayed bridge", "a
			// groin injury") qualify the noun more often than they tell
			// one of its kind from another.
			if holdsName(toks[a:j]) && questionWordNear(q, matches, a, f+1, namedKindReach) {
				out = append(out, candidate{s: s, i: a, j: f + 1, fit: kindFit, rule: "kind-phrase"})
			}
		case questionWordNear(q, matches, a, f+1, kindReach):
			out = append(out, candidate{s: s, i: a, j: j, fit: kindFit, rule: "kind-of"})
		}
	}
	return out
}

// kindReach is how many words from the asked-for noun another word of the
// question must be for kindModSpans; namedKindReach the same for a name
// before the noun, which covers a whole news sentence.
const (
	kindReach      = 8
	namedKindReach = 28
)

// namedKindAsked reports whether a question asks for a thing by the wh-word
// and a common noun alone, "Which ward...?", "What seat...?": not for a
// kind of it, a definition, a person, a place, a time or a number.
func namedKindAsked(q *question) bool {
	return !q.kindOf && q.focus != "" && q.want == typeOther && !q.definition &&
		(q.wh == "what" || q.wh == "which") && q.whEnd == q.whPos+2
}

// questionWordNear reports whether a content word of the question other
// than its wh-phrase's is held (heldWithin) within reach words of the span
// [i, j), on either side.
func questionWordNear(q *question, matches [][]hit, i, j, reach int) bool {
	for k, t := range q.terms {
		if t.frame || t.pos >= q.whPos && t.pos < q.whEnd {
			continue
		}
		if heldWithin(matches[k], i-reach, i) || heldWithin(matches[k], j, j+reach) {
			return true
		}
	}
	return false
}

// kindlessWords qualify a noun without naming a kind of it.
var kindlessWords = set(`numerous various other certain same new different such`)

// kindQualifiers reports whether words before a noun can name a kind of
// it: content words, none of them a name's possessive ("Warsaw's").
func kindQualifiers(toks []token) bool {
	for _, t := range toks {
		switch t.tag {
		case tagWord, tagVerb, tagGentile, tagProper:
		default:
			return false
		}
		if isStopWord(t.low) || strings.HasSuffix(t.low, "'s") {
			return false
		}
	}
	return true
}
