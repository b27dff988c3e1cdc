package answers

import (
	"slices"
	"strings"
)

// The definition family answers who is X, what is X, what is X's title,
// and what thing of a kind. Its rules, by the name the candidates carry:
// title, kind-before (what a named firm is: "media watchdog Ofcom"),
// appositive, appositive-before, copula, bracket, named (names given, or
// holding the kind asked about, titles of works in quotation marks),
// restated (what the sentence equates with the question's
// phrase), kind (what the sentence says is of the kind asked about), class
// (the word of a nationality, a religion or a language asked for),
// expansion (the name a short form asked about spells: "Telephone
// Preference Service" for "What does TPS stand for?").
//
// Each rule gives its candidates a fit in [0, 1], how well they answer
// the type asked for; the model weighs the family by the fitted weights
// "family:definition" and "family-fit:definition" (weights.go), and `bot eval
// --ablate rules` shows what each rule adds.

// definitions finds what a sentence says the asked-about name or noun is:
// an appositive ("Mara Olsen, chief steward of..."), a title before a name
// ("presidential aide Vladimir Medinsky"), a copula ("Scurvy is..."), or a
// bracketed short form ("volatile organic compounds (VOCs)").
func definitions(q *question, s *sentence, matches [][]hit) []candidate {
	var out []candidate
	toks := s.toks
	add := func(i, j int, fit float64, rule string) {
		i, j = trim(toks, i, j)
		// Who someone is is no other name: "Miller, G Easterby,
		// Humphreys" lists players.
		if q.want == typeTitle && allProper(toks[i:j]) {
			return
		}
		if i < j && j-i <= 16 {
			out = append(out, candidate{s: s, i: i, j: j, fit: fit, rule: rule})
		}
	}
	// The asked-about phrase: the span of matched question words that ends
	// last among the first run of matches.
	for k, t := range q.terms {
		// A question asking what a thing is called ("What are white
		// blood cells known as?") finds its other name in brackets
		// only: "Leukocytes (white blood cells)".
		bracketsOnly := !t.name && !q.definition
		if bracketsOnly && !q.asksName {
			continue
		}
		for _, h := range matches[k] {
			// Not a name that only shares the asked one's first part:
			// "King Arthur" for Arthur Miller.
			if h.m < 0.9 || slices.ContainsFunc(s.ents, func(e entity) bool {
				return e.i <= h.pos && h.pos < e.j && namesakeOf(q.names, toks, e)
			}) {
				continue
			}
			// Extend to the whole name.
			i, j := h.pos, h.pos+1
			for _, e := range s.ents {
				if e.i <= h.pos && h.pos < e.j {
					i, j = e.i, e.j
					if e.ti < e.i && q.want == typeTitle && !honorificsOnly(toks[e.ti:e.i]) {
						add(e.ti, e.i, 1, "title")
					}
					// A word for what someone does, before the name:
					// "Leeds based trainer Tom Farr".
					if e.ti == e.i && q.want == typeTitle && e.i > 0 && toks[e.i-1].tag == tagWord && peopleWord(toks[e.i-1].low) {
						add(npStartBefore(toks, e.i), e.i, 0.8, "title")
					}
				}
			}
			// What a thing is, in the noun before its name: "Media
			// regulator Ofcom", "Russian oil giant Yukos".
			if q.definition && q.wh == "what" && t.name && !qualifiesNoun(q.toks, t.pos) {
				if st := kindBefore(toks, i); st < i {
					add(st, i, 0.8, "kind-before")
				}
			}
			// Bracketed short form: "volatile organic compounds (VOCs)".
			if i > 0 && toks[i-1].text == "(" {
				if st := npStartBefore(toks, i-1); st < i-1 {
					add(st, i-1, 1, "bracket")
				}
			}
			if bracketsOnly {
				// The phrase in brackets after the asked-about one.
				if end := npEnd(toks, i); end+1 < len(toks) && toks[end].text == "(" {
					if e := closingBracket(toks, end); e > end+1 && e <= end+8 {
						add(pastNamingVerb(toks, end+1, e), e, 0.8, "bracket")
					}
				}
				continue
			}
			for j < len(toks) && toks[j].tag == tagPossess {
				j++
			}
			// A quoted term: "'HABs' are harmful algal blooms".
			if j < len(toks) && toks[j].tag == tagQuote && i > 0 && toks[i-1].tag == tagQuote {
				j++
			}
			// Appositive after: "X, a member of ..., said"; not the
			// subject of a clause after the comma ("...sign the Kyoto
			// protocol, Downing Street has said").
			if j+1 < len(toks) && toks[j].text == "," && isNominal(toks[j+1].tag) && !subjectOfClause(toks, j+1) && !listAfter(toks, j) {
				add(j+1, clauseEnd(toks, j+1, true), 0.8, "appositive")
			}
			// Appositive before: "the party's leader, X,"; not the
			// end of another clause before X says something ("questions
			// of pricing and safety, Portwatch has warned").
			if i > 1 && toks[i-1].text == "," && !subjectOfClause(toks, i) {
				if st := npStartBefore(toks, i-1); st < i-1 {
					add(st, i-1, 0.5, "appositive-before")
				}
			}
			// Copula: "X is a disease that...".
			if j < len(toks) && (toks[j].low == "is" || toks[j].low == "are" || toks[j].low == "was" || toks[j].low == "were" ||
				toks[j].low == "means" || toks[j].low == "refers") {
				k := j + 1
				if k < len(toks) && toks[k].low == "to" {
					k++
				}
				// "Ofcom is carrying out a review", "X was sold", "X was
				// being lowered": an auxiliary, not a copula; what follows
				// is no definition.
				if k < len(toks) && (toks[k].tag == tagVerb || toks[k].tag == tagAux) && toks[j].low != "means" && toks[j].low != "refers" {
					continue
				}
				// Who someone is, a copula says with a noun phrase ("was
				// a wrestler"), not with how they were ("was uneasy about
				// the stunt").
				if q.want == typeTitle && !opensNounPhrase(toks, k) {
					continue
				}
				// What a thing is, a copula says with what it is, not
				// with how much or what it is about to do: "the PSP is
				// more for older gamers", "Napster is due to launch".
				if k < len(toks) && (degreeWords[toks[k].low] || predicateOpeners[toks[k].low]) {
					continue
				}
				add(k, min(clauseEnd(toks, k, true), k+12), 0.8, "copula")
			}
			// An explanation after it, in brackets or after a dash:
			// "returning officers (the people in charge of a polling
			// station)", "ridings -- small political regions".
			if q.definition && j+1 < len(toks) {
				switch {
				case toks[j].text == "(":
					if e := closingBracket(toks, j); e > j+1 && e <= j+16 {
						add(j+1, e, 0.8, "bracket")
					}
				case asideDashes[toks[j].text]:
					// Not the dash that closes an aside the name is in:
					// "Group Menatep - which controls Yukos - to Leonid
					// Nevzlin".
					if !dashBefore(toks, i) {
						add(j+1, clauseEnd(toks, j+1, true), 0.8, "appositive")
					}
				}
			}
		}
	}
	return out
}

// dashBefore reports whether the word at i is inside an aside a dash
// opened before it (an odd number of dashes come before it in its
// sentence): a dash after it then closes the aside.
func dashBefore(toks []token, i int) bool {
	return oddMarksBefore(toks, i, func(t *token) bool { return asideDashes[t.text] })
}

// oddMarksBefore reports whether an odd number of the marks mark picks
// out stand before word i of its sentence: whether an aside or a
// quotation they open is still open there.
func oddMarksBefore(toks []token, i int, mark func(*token) bool) bool {
	n := 0
	for k := 0; k < i; k++ {
		if mark(&toks[k]) {
			n++
		}
	}
	return n%2 == 1
}

// asideDashes open or close an aside, or open an explanation: "ridings
// -- small political regions".
var asideDashes = set(`- -- – —`)

// listAfter reports whether the comma at c goes on with a list rather
// than an appositive: the phrase after it is a bare noun phrase, and
// another comma and a noun phrase follow it ("Sweden, Switzerland, the
// Dutch Republic") or it ends the list with "and" or "or" ("primary law,
// secondary law and supplementary law"). "Mara Olsen, chief steward of
// the Guild, spoke" and "Hugues Capet, king of France, who reigned" are
// appositives.
func listAfter(toks []token, c int) bool {
	e := clauseEnd(toks, c+1, true)
	// A list's items are bare noun phrases; "muktuk, a dish made from
	// seal, whale and caribou" has its list inside the appositive.
	for k := c + 1; k < e; k++ {
		if t := toks[k]; !isNominal(t.tag) && t.low != "and" && t.low != "or" {
			return false
		}
	}
	if e+1 < len(toks) && toks[e].text == "," && isNominal(toks[e+1].tag) && !subjectOfClause(toks, e+1) {
		return true
	}
	return namesListAfter(toks, c) || isList(toks[c+1:e])
}

// namesListAfter reports whether the comma at c goes on with a list of
// names: a name and another joined by "and" or "or" in the clause after
// it ("BitTorrent, eDonkey and DirectConnect networks").
func namesListAfter(toks []token, c int) bool {
	e := clauseEnd(toks, c+1, true)
	if c+1 >= e || toks[c+1].tag != tagProper {
		return false
	}
	for k := c + 2; k+1 < e; k++ {
		if (toks[k].low == "and" || toks[k].low == "or") && toks[k+1].tag == tagProper {
			return true
		}
	}
	return false
}

// namedFit and namedFitAsked are the fits of a name a naming verb gives a
// phrase of the question's: for any question, and for one that asks for
// a name ("What is the name of...", "What is X known as?").
const (
	namedFit      = 0.6
	namedFitAsked = 0.9
)

// namedSpans answers "What are these skin cells called?" or "What is the
// name of the Inuit homeland?" from "... a homeland called Nunasiavut" or
// "Rubella, commonly referred to as German measles, ...": the name a
// naming verb ("called", "known as", "dubbed") gives a phrase that holds
// the question's words; "Which seat...?" from "the seat of Erewash",
// the name "of" gives the noun asked about; and "What court...?" or
// "Which film...?" from a name that holds the noun ("the European Court
// of Justice") or that the noun introduces ("the film Romancing The
// Stone").
func namedSpans(q *question, s *sentence, matches [][]hit) []candidate {
	if !asksNamedThing(q) {
		return nil
	}
	toks := s.toks
	var inQ []bool
	var out []candidate
	kind := q.kind
	// "What court...?": a name that holds the noun asked about, "the
	// European Court of Justice", is a court by its name; and one the
	// noun introduces, "the film The Aviator", "the band Franz Ferdinand".
	if kind != "" {
		// The noun or one the relations lexicon gives for it: "the movie
		// The Aviator" for "Which film...?".
		isKind := func(t token) bool { return (t.stem == kind || q.kindRel.has(t.stem)) && !isCapitalized(t.text) }
		for _, e := range s.ents {
			i := e.i
			// A title's own "The", outside the name: "the movie The
			// Aviator".
			if i > 1 && toks[i-1].text == "The" && isKind(toks[i-2]) {
				i--
			}
			// Or sets it off by a comma: "her first feature film, A Way
			// Of Life,".
			introduced := i > 0 && isKind(toks[i-1]) || i > 1 && toks[i-1].text == "," && isKind(toks[i-2]) ||
				i > 2 && toks[i-1].low == "the" && toks[i-2].text == "," && isKind(toks[i-3]) // "the tournament, the Dubai Sevens,"
			for k := e.i; k < e.j && !introduced; k++ {
				introduced = toks[k].stem == kind && isCapitalized(toks[k].text)
			}
			if introduced {
				j := max(e.j, titleEnd(toks, i))
				out = append(out, candidate{s: s, i: i, j: j, fit: namedFit * typeFit(q, toks, i, j), rule: "named"})
			}
		}
	}
	// "Which article...?": the noun asked about and its number, "Article
	// 101(1)", "articles 4 and 5", "articles 1 to 7".
	if q.focus != "" {
		for k := 0; k+1 < len(toks); k++ {
			if toks[k].stem == q.focus && toks[k+1].tag == tagNumber {
				out = append(out, candidate{s: s, i: k, j: numberedEnd(toks, k+1), fit: namedFit, rule: "named"})
			}
		}
	}
	// "In which case...?": a case is named by its parties, "Commission v
	// Austria", "Van Gend en Loos v Nederlandse Administratie".
	if caseNouns[q.focus] {
		for _, sp := range caseNames(toks) {
			out = append(out, candidate{s: s, i: sp[0], j: sp[1], fit: namedFit, rule: "named"})
		}
	}
	for k := 1; k < len(toks); k++ {
		l := namingVerb(toks, k)
		if l == 0 && kind != "" && k+1 < len(toks) && toks[k].low == "of" &&
			toks[k-1].stem == kind && toks[k+1].tag == tagProper {
			// "Which seat...?": "the Derbyshire seat of Erewash", "the
			// colony of Fort Caroline" name it as a naming verb would.
			// The name whole, and a second joined to it: "the central
			// banks of Japan and China".
			j := entityEnd(s, k+1)
			if j+1 < len(toks) && toks[j].low == "and" && entityEnd(s, j+1) > j+1 {
				j = entityEnd(s, j+1)
			}
			if j > k+1 {
				out = append(out, candidate{s: s, i: k + 1, j: j, fit: namedFit * typeFit(q, toks, k+1, j), rule: "named"})
			}
			continue
		}
		if l == 0 || k+l >= len(toks) {
			continue
		}
		if inQ == nil {
			inQ = questionMask(toks, matches)
		}
		// The phrase named: the noun phrase before the verb group and a
		// comma or bracket ("Rubella, commonly referred to as",
		// "vaccination (also called immunization)").
		e := verbGroupStart(toks, k)
		if e > 0 && (toks[e-1].text == "," || toks[e-1].text == "(") {
			e--
		}
		if !slices.Contains(inQ[npStartBefore(toks, e):e], true) {
			continue
		}
		a := k + l
		b := npEnd(toks, a)
		if toks[a].tag == tagQuote { // called "new converts"
			if c := closingQuote(toks, a); c < len(toks) && c <= a+8 {
				a, b = a+1, c
			}
		} else if toks[a].text == "'" { // called 'osteoclasts'
			for c := a + 2; c < len(toks) && c <= a+8; c++ {
				if toks[c].text == "'" {
					a, b = a+1, c
					break
				}
			}
		}
		a, b = trim(toks, a, b)
		if a >= b || slices.Contains(inQ[a:b], true) {
			continue
		}
		fit := namedFit
		if q.asksName {
			fit = namedFitAsked
		}
		out = append(out, candidate{s: s, i: a, j: b, fit: fit * typeFit(q, toks, a, b), rule: "named"})
	}
	return out
}

// numberedEnd returns the end of the numbers that start at i and label
// things: "101(1)", "4 and 5", "1 to 7", "106, 107 and 108".
func numberedEnd(toks []token, i int) int {
	j := i + 1
	for j < len(toks) {
		switch {
		case toks[j].text == "(" && j+2 < len(toks) && (toks[j+1].tag == tagNumber || len(toks[j+1].text) == 1) && toks[j+2].text == ")":
			j += 3 // "101(1)", "6(a)"
		case (toks[j].low == "and" || toks[j].low == "to" || toks[j].text == ",") && j+1 < len(toks) && toks[j+1].tag == tagNumber:
			j += 2
		default:
			return j
		}
	}
	return j
}

// caseNouns, by stem, ask for a lawsuit by its name.
var caseNouns = stemsOf(set(`case lawsuit suit`))

// versus are the words that join the parties of a case's name (and, with
// others, names of other things: nameJoinedBy).
var versus = set(versusWords)

const versusWords = "v v. vs vs. versus"

// caseNames finds the names of cases in a sentence: the names on either
// side of "v" ("Commission v Austria"), each a run of capitalised words
// and the small words within a name ("Van Gend en Loos", "Staatssecretaris
// van Justitie").
func caseNames(toks []token) [][2]int {
	var out [][2]int
	inName := func(k int) bool {
		return isCapitalized(toks[k].text) && toks[k].tag != tagPunct && toks[k].tag != tagQuote ||
			(nameParticles[toks[k].low] || toks[k].low == "en") && k > 0 && k+1 < len(toks) && isCapitalized(toks[k-1].text) && isCapitalized(toks[k+1].text)
	}
	for k := 1; k+1 < len(toks); k++ {
		if !versus[toks[k].low] || !isCapitalized(toks[k-1].text) || !isCapitalized(toks[k+1].text) {
			continue
		}
		i, j := k, k+1
		for i > 0 && inName(i-1) && !(i-1 == 0 && sentenceOpeners[toks[0].low]) {
			i--
		}
		for j < len(toks) && inName(j) && toks[j].tag != tagGentile { // "Commission v France French farmers"
			j++
		}
		if i < k {
			out = append(out, [2]int{i, j})
		}
	}
	return out
}

// asksNamedThing reports whether a question asks for something a name or
// a phrase of a kind can answer: not a reason, a manner, a quotation, a
// time or an amount.
func asksNamedThing(q *question) bool {
	switch q.want {
	case typeReason, typeManner, typeQuote, typeDate, typeCount, typeQuantity, typeMoney, typeDuration, typeAge:
		return false
	}
	return true
}

// titleEnd returns the end of a title in capitals starting at i, its
// small joining words included: "Hopes and Fears", "Romancing The Stone",
// "The Passion of the Christ".
func titleEnd(toks []token, i int) int {
	j := i
	for j < len(toks) && j < i+titleReach {
		switch {
		case isCapitalized(toks[j].text) && toks[j].tag != tagPunct:
			j++
		case titleJoiners[toks[j].low] && j+1 < len(toks) && isCapitalized(toks[j+1].text) && j > i:
			j += 2
		default:
			return j
		}
	}
	return j
}

// titleReach is how many words a title in capitals may take.
const titleReach = 8

// titleJoiners are the small words inside a title in capitals.
var titleJoiners = set(`of and the in on a an to for at`)

// entityEnd returns the end of the name starting at token i, or i.
func entityEnd(s *sentence, i int) int {
	for _, e := range s.ents {
		if e.i == i {
			return e.j
		}
	}
	return i
}

// titleSpans finds what a sentence calls a person, for "Who is X?" and
// "What is X's title?": the titles before a name and appositives after it.
func titleSpans(q *question, s *sentence) []candidate {
	sp := spans{s: s}
	add := sp.add
	// When the sentence names the person asked about, the titles of the
	// others it names answer nothing: "Secretary of State Marco Rubio,
	// special envoy Steve Witkoff and retired Lt. Gen. Keith Kellogg".
	asked := func(e entity) bool { return q.namesEntity(s, e) }
	named := slices.ContainsFunc(s.ents, func(e entity) bool { return e.kind == kindPerson && asked(e) })
	for _, e := range s.ents {
		// Nor is a namesake's title the asked one's: "King" of "King
		// Arthur" for "Who is Arthur Miller?".
		if named && !asked(e) || namesakeOf(q.names, s.toks, e) {
			continue
		}
		// The title without the question's own names before it:
		// "sporting director" of "Tottenham sporting director Frank
		// Arnesen" for his role at Tottenham.
		ti := e.ti
		for ti < e.i && s.toks[ti].tag == tagProper && q.nameWord(s.toks[ti]) {
			ti++
		}
		if ti < e.i && e.kind == kindPerson && !honorificsOnly(s.toks[ti:e.i]) {
			add(ti, e.i, 1, "title")
		}
		// Appositive: "Name, the party's leader, ..."; not the predicate
		// after a subject set off by commas ("Amanda's uncle, Lewis
		// Champion, told the BBC...") nor another clause's subject.
		// An age comes first and says what the person is not: "Mr
		// Mousa, 28, a hotel receptionist, ...".
		a := e.j + 1
		if a+2 < len(s.toks) && s.toks[a-1].text == "," && s.toks[a].tag == tagNumber && s.toks[a+1].text == "," {
			a += 2
		}
		if a < len(s.toks) && s.toks[e.j].text == "," && isNominal(s.toks[a].tag) && !subjectOfClause(s.toks, a) {
			if k := clauseEnd(s.toks, a, true); k > a && !allProper(s.toks[a:k]) {
				add(a, k, 0.7, "appositive")
			}
		}
	}
	return sp.out
}

// restatedFit is the fit of a phrase the sentence equates with the
// question's own: "Malnutrition is the most common cause of X" for "What
// is the most common cause of X?".
const restatedFit = 0.8

// restatedShare is how much of the question's content weight the
// restating stretch of the sentence must hold.
const restatedShare = 0.6

// restatedSpans answers "What is P?" (and "Which N is P?", "What is the
// name of P?") where the sentence restates P and equates it with
// something else: the subject of a copula whose complement is P
// ("Malnutrition is the most common cause of..."), an appositive on
// either side ("Pawiak, an infamous German Gestapo prison"; "the largest
// city, Warsaw,"), an example ("regulatory factors such as interleukin 1")
// or a bracketed synonym ("the pivot mounting (trunnion)"). The stretch
// restating P is the shortest one holding most of the question's content
// words, with no clause break inside.
func restatedSpans(q *question, s *sentence, matches [][]hit) []candidate {
	if q.wh != "what" && q.wh != "which" || q.whEnd < 0 || q.whEnd >= len(q.toks) || !copulas[q.toks[q.whEnd].low] && !q.asksName {
		return nil
	}
	toks := s.toks
	// termAt is the question word each sentence word matches, or -1.
	termAt := make([]int, len(toks))
	for p := range termAt {
		termAt[p] = -1
	}
	total := 0.0
	for k, t := range q.terms {
		if t.frame {
			continue
		}
		total += t.weight
		for _, h := range matches[k] {
			if h.m >= 0.7 && (termAt[h.pos] < 0 || q.terms[termAt[h.pos]].weight < t.weight) {
				termAt[h.pos] = k
			}
		}
	}
	if total == 0 {
		return nil
	}
	a, b := restatingStretch(q, toks, termAt, total)
	if a < 0 {
		return nil
	}
	// The stretch's own determiners and modifiers: "the most common".
	for a > 0 && (toks[a-1].tag == tagDet || toks[a-1].tag == tagAdverb || isNominal(toks[a-1].tag) && toks[a-1].tag != tagProper) {
		a--
	}
	// "one of the key cell types", "among the most important".
	if a > 1 && toks[a-1].low == "of" && toks[a-2].low == "one" {
		a -= 2
	} else if a > 0 && toks[a-1].low == "among" {
		a--
	}
	// And its complements: "the largest port of the region".
	if e := npEnd(toks, a); e > b {
		b = e
	}
	var out []candidate
	add := func(i, j int, fit float64) {
		i, j = trim(toks, i, j)
		if i < j && j-i <= 12 && (j <= a || i >= b) {
			out = append(out, candidate{s: s, i: i, j: j, fit: fit * typeFit(q, toks, i, j), rule: "restated"})
		}
	}
	before := a
	for before > 0 && (toks[before-1].tag == tagAdverb || groupAdverbs[toks[before-1].low]) {
		before--
	}
	// One of two things said of the subject: "is the capital and largest
	// city of Poland".
	if before > 1 && (toks[before-1].low == "and" || toks[before-1].low == "or") {
		k := before - 1
		for k > 0 && isNominal(toks[k-1].tag) && toks[k-1].tag != tagProper {
			k--
		}
		if k < before-1 && k > 0 && copulas[toks[k-1].low] {
			before = k
		}
	}
	switch {
	case before > 0 && copulas[toks[before-1].low]:
		// The subject: "Neutrophils are the most abundant type...", past
		// a bracket, brackets within it too ("Warsaw (Polish: Warszawa
		// (listen)) is...").
		c := before - 1
		if c > 1 && toks[c-1].text == "," {
			// After an appositive, the subject opens the sentence:
			// "Islamism, also known as Political Islam, is...".
			if e := npEnd(toks, 0); e > 0 && e < c-1 && toks[e].text == "," {
				add(0, e, restatedFit)
			}
			break
		}
		if c > 0 && toks[c-1].text == ")" {
			c = max(openingBracket(toks, c-1), 0)
		}
		switch {
		case c > 0 && toks[c-1].low == "and":
			// "Neutrophils are found in the blood and are the most
			// abundant type": the subject opens the sentence.
			if e := npEnd(toks, 0); e > 0 && e < c {
				add(0, e, restatedFit)
			}
		case c > 0:
			add(npStartBefore(toks, c), c, restatedFit)
		}
	case a > 1 && toks[a-1].text == "," && !subjectOfClause(toks, a):
		// An appositive after the name: "Pawiak, an infamous prison";
		// "\"Spotlight on a Massacre\", an anti-landmines film".
		if i, j := quotedBefore(toks, a-1); i >= 0 {
			add(i, j, restatedFit)
		} else {
			add(npStartBefore(toks, a-1), a-1, restatedFit)
		}
	}
	if b+1 < len(toks) {
		switch k := b; {
		case toks[k].text == "(":
			if e := npEnd(toks, k+1); e > k+1 && e < len(toks) && toks[e].text == ")" {
				add(pastNamingVerb(toks, k+1, e), e, restatedFit) // "(also called stewards)"
			}
		case toks[k].text == "," && toks[k+1].tag == tagProper && !subjectOfClause(toks, k+1) && !namesListAfter(toks, k) && !(q.definition && len(q.names) > 0 && termAt[k-1] < 0):
			// A name restating the phrase; not the next of a list
			// ("BitTorrent, eDonkey and DirectConnect networks"), nor,
			// asked what a name is, the name of another noun the name
			// only qualifies ("Ofsted chief, David Bell" says who the
			// chief is, not what Ofsted is; "ITV's controller of
			// entertainment, Claudia Rosencrantz").
			add(k+1, npEnd(toks, k+1), restatedFit)
		default:
			if k < len(toks) && toks[k].text == "," {
				k++
			}
			if l := exampleMarker(toks, k); l > 0 && k+l < len(toks) {
				add(k+l, listOrNPEnd(toks, k+l), restatedFit)
			}
		}
	}
	return out
}

// quotedBefore returns the words inside the quotation that ends just
// before toks[j] (a title in quotation marks), or -1, -1.
func quotedBefore(toks []token, j int) (int, int) {
	if j < 3 || toks[j-1].tag != tagQuote {
		return -1, -1
	}
	for k := j - 2; k >= 0 && k >= j-14; k-- {
		if toks[k].tag == tagQuote {
			if k+1 < j-1 {
				return k + 1, j - 1
			}
			break
		}
	}
	return -1, -1
}

// restatingStretch returns the shortest stretch [a, b) of toks that holds
// at least restatedShare of the question's content weight (total), each
// question word counted once, with no clause break inside; -1, -1 when
// there is none. termAt is the question word each token matches, or -1.
func restatingStretch(q *question, toks []token, termAt []int, total float64) (int, int) {
	bestA, bestB := -1, -1
	seen := make([]bool, len(q.terms))
	for a := range toks {
		if termAt[a] < 0 {
			continue
		}
		clear(seen)
		held := 0.0
		for b := a; b < len(toks) && b < a+16; b++ {
			t := toks[b]
			if t.text == "," || t.text == ";" || t.text == "(" || t.text == ")" || t.tag == tagSub || copulas[t.low] {
				break
			}
			k := termAt[b]
			if k < 0 || seen[k] {
				continue
			}
			seen[k] = true
			held += q.terms[k].weight
			if held >= restatedShare*total {
				if bestA < 0 || b+1-a < bestB-bestA {
					bestA, bestB = a, b+1
				}
				break
			}
		}
	}
	return bestA, bestB
}

// copulas equate their subject with their complement.
var copulas = set(`is are was were remains remained becomes became`)

// exampleMarker returns the length of the words at k that introduce
// examples or members of what comes before ("such as", "including",
// "like", "namely"), or 0.
func exampleMarker(toks []token, k int) int {
	if k >= len(toks) {
		return 0
	}
	switch toks[k].low {
	case "including", "like", "namely", "especially", "particularly":
		return 1
	case "such":
		if k+1 < len(toks) && toks[k+1].low == "as" {
			return 2
		}
	}
	return 0
}

// openingBracket returns the index of the "(" that the ")" at i closes, or
// -1 when none does: closingBracket the other way.
func openingBracket(toks []token, i int) int {
	depth := 0
	for k := i; k >= 0; k-- {
		switch toks[k].text {
		case ")":
			depth++
		case "(":
			depth--
			if depth == 0 {
				return k
			}
		}
	}
	return -1
}

// closingBracket returns the index of the ")" closing the "(" at i, or
// len(toks) when none does.
func closingBracket(toks []token, i int) int {
	depth := 0
	for k := i; k < len(toks); k++ {
		switch toks[k].text {
		case "(":
			depth++
		case ")":
			depth--
			if depth == 0 {
				return k
			}
		}
	}
	return len(toks)
}

// kindFit is the fit of a phrase the sentence says is of the kind asked
// about.
const kindFit = 0.6

// kindSpans answers "What coalition...?" or "Which animals...?" with the
// phrases the sentence says are of that kind, by the patterns English
// states it with: "formed the Northern League as a coalition", "a
// coalition, the Northern League,", "the Northern League, a
// coalition of...", "the League was a coalition", "coalitions such as the
// League", "the League and other coalitions".
func kindSpans(q *question, s *sentence) []candidate {
	kind := q.kind
	// "What was the first supercomputer?" asks for one, as "Which
	// supercomputer was first?" does: "the Cray-1, a supercomputer,".
	if kind == "" && q.focus != "" && q.form == formCopula && !q.definition && q.want == typeOther {
		kind = q.focus
	}
	if kind == "" || !asksNamedThing(q) {
		return nil
	}
	toks := s.toks
	var out []candidate
	add := func(i, j int) {
		i, j = trim(toks, i, j)
		if i < j && j-i <= maxChunk {
			out = append(out, candidate{s: s, i: i, j: j, fit: kindFit * typeFit(q, toks, i, j), rule: "kind"})
		}
	}
	for f := range toks {
		// The kind noun heads its phrase [a, f+1), in lower case: a
		// capitalised one names (namedSpans).
		if toks[f].stem != kind || isCapitalized(toks[f].text) || f+1 < len(toks) && isNominal(toks[f+1].tag) && toks[f+1].tag != tagDet {
			continue
		}
		a := npStartBefore(toks, f+1)
		indefinite := a < f && (toks[a].low == "a" || toks[a].low == "an")
		article := indefinite || a < f && toks[a].low == "the"
		switch {
		case a > 1 && toks[a-1].low == "as" && article:
			// "formed the Northern League as a coalition"
			add(npStartBefore(toks, a-1), a-1)
		case a > 1 && toks[a-1].text == "," && article:
			// "the Northern League, a coalition of..."
			add(npStartBefore(toks, a-1), a-1)
		case a > 1 && copulas[toks[a-1].low] && indefinite:
			// "the League was a coalition"; not "A third subtype are
			// the γδ T cells", which says it the other way. A phrase a
			// preposition governs is none of the subject's: "Wales" of
			// "The only downside for Wales was a hamstring injury".
			if st := npStartBefore(toks, a-1); st == 0 || toks[st-1].tag != tagPrep {
				add(st, a-1)
			}
		case a > 2 && toks[a-1].low == "other" && (toks[a-2].low == "and" || toks[a-2].low == "or"):
			// "the League and other coalitions"
			add(npStartBefore(toks, a-2), a-2)
		}
		k := f + 1
		if k < len(toks) && toks[k].text == "," {
			k++
			// "a coalition, the Northern League,": a name after a
			// phrase that introduces one, not a description after a name
			// ("regulatory T cells, a minor subtype,").
			if e := npEnd(toks, k); e > k && indefinite && holdsName(toks[k:e]) &&
				(e == len(toks) || toks[e].text == "," || toks[e].text == ".") {
				add(k, e)
			}
		}
		// "coalitions such as the League"
		if l := exampleMarker(toks, k); l > 0 && k+l < len(toks) {
			add(k+l, listOrNPEnd(toks, k+l))
		}
	}
	return out
}

// workNouns name works that are titled, their titles often quoted: "the
// film "Harbour Lights"", "the song "Blue Harbour"".
var workNouns = stemsOf(set(`film films movie movies song songs album albums book books novel novels
	play plays show shows series documentary documentaries poem poems opera operas musical single
	painting paintings programme program magazine newspaper column report hymn anthem`))

// quotedTitleSpans answers "What movie...?" or "What is the name of the
// documentary?" with a title in quotation marks that opens with a capital:
// works are named so.
func quotedTitleSpans(q *question, s *sentence) []candidate {
	if !workNouns[q.kind] || !asksNamedThing(q) {
		return nil
	}
	toks := s.toks
	var out []candidate
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].tag != tagQuote || !opensQuote(toks[i].text) || !isCapitalized(toks[i+1].text) {
			continue
		}
		if c := closingQuote(toks, i); c < len(toks) && c > i+1 && c <= i+1+titleReach {
			out = append(out, candidate{s: s, i: i + 1, j: c, fit: namedFitAsked, rule: "named"})
			i = c
		}
	}
	return out
}

// classFit is the fit of a word of the closed class a question asks for:
// a nationality, a religion, a language.
const classFit = 0.8

// classlessFit is the fit of a phrase for a question that asks for a
// word of a class when the phrase holds more than such words.
const classlessFit = 0.3

// class is a kind a question can ask for whose members English marks by
// their words: a nationality by its adjective ("the Scottish engineer" for
// "What nationality was he?"), a religion or a language by its name.
type class struct {
	demonyms bool            // the nationality adjectives (tagged gentile) are members
	words    map[string]bool // and these words, capitalised
}

// member reports whether a word is one of the class's.
func (c class) member(t token) bool {
	return c.demonyms && t.tag == tagGentile || c.words[t.low] && isCapitalized(t.text)
}

// classes are the classes by the stem of the noun that asks for them.
var classes = map[string]class{
	stem("nationality"):  {demonyms: true},
	stem("ethnicity"):    {demonyms: true},
	stem("descent"):      {demonyms: true},
	stem("religion"):     {words: religionWords},
	stem("faith"):        {words: religionWords},
	stem("denomination"): {words: religionWords},
	stem("language"):     {demonyms: true, words: languageWords},
	stem("tongue"):       {demonyms: true, words: languageWords},
}

// asksClass returns the class a question asks for a word of, if any.
func asksClass(q *question) (class, bool) {
	if !asksNamedThing(q) {
		return class{}, false
	}
	c, ok := classes[q.kind]
	if !ok {
		c, ok = classes[q.focus]
	}
	return c, ok
}

// aroundClassWord reports whether a span holds a word of the class the
// question asks for and more: the class rule offers the word alone.
func aroundClassWord(q *question, toks []token) bool {
	c, ok := asksClass(q)
	if !ok {
		return false
	}
	members := 0
	for _, t := range toks {
		if c.member(t) {
			members++
		}
	}
	return members > 0 && members < len(toks)
}

// religionWords name religions and their followers, in lower case.
var religionWords = set(`christian christians christianity catholic catholics catholicism roman protestant
	protestants protestantism orthodox anglican anglicans anglicanism lutheran lutherans lutheranism
	calvinist calvinists calvinism methodist methodists baptist baptists presbyterian presbyterians
	evangelical evangelicals pentecostal mormon mormons quaker quakers huguenot huguenots muslim muslims
	islam islamic sunni shia shiite jewish jew jews judaism hindu hindus hinduism buddhist buddhists
	buddhism sikh sikhs sikhism jain jainism taoist taoism confucian confucianism shinto zoroastrian
	zoroastrianism pagan paganism atheist atheists agnostic puritan puritans puritanism amish mennonite
	mennonites unitarian unitarians`)

// languageWords name languages that are no nationality's adjective.
var languageWords = set(`latin esperanto yiddish sanskrit swahili gaelic basque catalan afrikaans
	mandarin cantonese hindi urdu bengali punjabi tamil farsi pashto hebrew arabic creole cree inuktitut
	occitan breton cornish manx romani quechua zulu xhosa amharic tagalog`)

// classSpans answers "What nationality was he?", "What religion were
// they?" or "What language do they speak?" with the words of that class
// in the sentence: "Scottish" of "a Scottish engineer"; and "Which
// paper...?", "Which tournament...?" with the names their marks show
// (markedKind).
func classSpans(q *question, s *sentence) []candidate {
	if m := markedKindAsked(q); m != nil {
		return m.spans(s)
	}
	c, ok := asksClass(q)
	if !ok {
		return nil
	}
	toks := s.toks
	var out []candidate
	for i := 0; i < len(toks); i++ {
		if !c.member(toks[i]) {
			continue
		}
		j := i + 1
		for j < len(toks) && c.member(toks[j]) {
			j++
		}
		out = append(out, candidate{s: s, i: i, j: j, fit: classFit, rule: "class"})
		i = j
	}
	return out
}

// markedKind is a kind of thing a question asks for by its noun ("Which
// paper...?", "On which channel...?", "Which tournament...?", "Which
// firm...?") whose names carry a word that marks them as that kind: a
// masthead ("the Scottish Daily Mail"), a broadcaster's name ("BBC
// One"), a competition's ("the Belgian Open"), a company's ending
// ("Lionhead Studios"). A sentence seldom says "the newspaper" or "the
// channel" before such a name, so the rules that read a name by the kind
// noun find nothing; the class rule offers these names instead.
type markedKind struct {
	kinds map[string]bool // the stems of the nouns that ask for it
	marks map[string]bool
	// last says the mark ends the name, as a masthead does ("the News of
	// the World", "the Daily Mirror"), and "of the" may stand inside it;
	// otherwise the mark stands anywhere in it, and a number may follow
	// it ("Channel 4", "BBC Radio Five Live").
	last bool
}

// markedKinds are the kinds asked for by the marks of their names.
var markedKinds = []markedKind{
	{kinds: stemsOf(set(`paper papers newspaper newspapers tabloid tabloids daily broadsheet`)), last: true,
		marks: set(`times guardian mirror sun mail telegraph independent observer express post news herald standard
			journal gazette tribune chronicle record star inquirer examiner monde figaro bild zeitung spiegel pais
			corriere stampa republica repubblica dagblad`)},
	{kinds: stemsOf(set(`channel channels station stations network networks broadcaster broadcasters`)),
		marks: set(`bbc itv itv1 itv2 itv3 channel sky radio tv cnn hbo nbc cbs abc fox mtv e4 s4c five fm al-jazeera
			jazeera bskyb cnbc espn rai`)},
	{kinds: stemsOf(set(`tournament tournaments competition competitions championship championships contest`)), last: true,
		marks: set(`cup open championship championships trophy classic masters games prix league series tour marathon
			shield plate sevens`)},
	{kinds: stemsOf(set(`firm firms company companies business group maker giant provider operator carrier retailer
			supplier lender insurer bank manufacturer developer publisher studio label airline consultancy`)), last: true,
		marks: set(`plc inc corp corporation group holdings ltd limited partners associates capital securities research
			systems technologies technology communications airways airlines motors pharmaceuticals entertainment media
			records pictures studios music games software networks foods energy oil telecom bank insurance`)},
}

// markedKindAsked returns the marked kind a question asks for, or nil.
func markedKindAsked(q *question) *markedKind {
	for k := range markedKinds {
		if m := &markedKinds[k]; m.kinds[q.kind] || m.kinds[q.focus] {
			return m
		}
	}
	return nil
}

// spans returns the names of the kind in a sentence: a run of
// capitalised names and nationalities ("Scottish Daily Mail") that a
// mark ends or holds.
func (m *markedKind) spans(s *sentence) []candidate {
	toks := s.toks
	named := func(t token) bool { return (t.tag == tagProper || t.tag == tagGentile) && isCapitalized(t.text) }
	var out []candidate
	for i := 0; i < len(toks); i++ {
		if !named(toks[i]) {
			continue
		}
		j, marked := i, false
		for j < len(toks) {
			t := toks[j]
			switch {
			case named(t):
				marked = marked || m.marks[t.low]
				j++
				continue
			case m.last && j+2 < len(toks) && t.low == "of" && toks[j+1].low == "the" && isCapitalized(toks[j+2].text):
				j += 2
				continue
			case !m.last && t.tag == tagNumber && j > i && (m.marks[toks[j-1].low] && len(t.text) <= 2 || isCapitalized(t.text)):
				j++
				continue
			}
			break
		}
		if m.last {
			marked = m.marks[toks[j-1].low]
		}
		if marked {
			out = append(out, candidate{s: s, i: i, j: j, fit: classFit, rule: "class"})
		}
		i = j
	}
	return out
}

// namesakeOf reports whether the name e gives a name the question asks
// about in full (asked, the question's names) only by its first part, with nothing
// resolving it to that name: "King Arthur" is not Arthur Miller, and what
// it is describes no one asked about. A surname alone ("Mr Miller") is
// the asked one, and so is a first name its article resolved (e.full).
func namesakeOf(asked [][]string, toks []token, e entity) bool {
	if e.full != "" {
		return false
	}
	for _, want := range asked {
		if len(want) < 2 {
			continue
		}
		shared, last := false, false
		for _, t := range toks[e.i:e.j] {
			shared = shared || slices.ContainsFunc(want, func(w string) bool { return nameVariant(w, t.low) })
			last = last || nameVariant(want[len(want)-1], t.low)
		}
		if shared && !last {
			return true
		}
	}
	return false
}

// predicateOpeners open what a copula says of its subject's state or
// plans, not what it is: "is due to", "is set to", "is likely to", "is
// about to".
var predicateOpeners = set(`due set likely unlikely about expected able unable still also`)

// qualifiesNoun reports whether the question's word at p qualifies a
// noun after it: "Sophos" of "the Sophos senior technology consultant"
// is not what is asked about.
func qualifiesNoun(toks []token, p int) bool {
	return p+1 < len(toks) && (toks[p+1].tag == tagWord || toks[p+1].tag == tagTitle)
}

// kindBefore returns where the words before a name at i that say what
// kind of thing it is start ("media regulator" of "media regulator
// Ofcom", "Russian oil giant" of "Russian oil giant Yukos"), or i when
// there are none: the word before the name is a noun of a kind of
// organisation or thing (kindNouns), and the words before it are
// lower-case words, nationalities or words with hyphens ("low-cost"),
// or the sentence's capitalised first word. A determiner before them
// is not taken; "and" or a comma ends them ("provider Broadreach and
// net telephony firm Skype" gives "net telephony firm").
func kindBefore(toks []token, i int) int {
	if i == 0 || toks[i-1].tag != tagWord || !kindNouns[toks[i-1].low] {
		return i
	}
	st := i - 1
	for st > 0 {
		t := toks[st-1]
		if t.tag == tagWord && !stopWords[t.low] || t.tag == tagGentile || st-1 == 0 && t.tag == tagProper {
			st--
			continue
		}
		break
	}
	return st
}

// kindNouns name a kind of organisation or thing, as news puts one
// before a name: "media regulator Ofcom", "budget airline Ryanair",
// "oil giant Yukos", "file-sharing program BitTorrent".
var kindNouns = func() map[string]bool {
	m := set(`giant maker provider service site website program software system console device
		technology format operator conglomerate producer developer chain brand outlet`)
	for w := range orgNouns {
		m[w] = true
	}
	for w := range orgKindNouns {
		m[w] = true
	}
	return m
}()

// peopleWord reports whether a common noun names someone by what they
// are or do, singular forms included: "wrestler", "economist",
// "historian", "billionaire" (before a name, where "-er" is seldom a
// thing's).
func peopleWord(w string) bool {
	return peopleNoun(w) || len(w) > 4 && strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ist") ||
		strings.HasSuffix(w, "ian") || strings.HasSuffix(w, "aire")
}

// opensNounPhrase reports whether a noun phrase opens at k, past adverbs:
// a determiner, a possessive, a number, a title or a name ("never a
// stuntman", "his brother", "President of Brazil").
func opensNounPhrase(toks []token, k int) bool {
	for k < len(toks) && (toks[k].tag == tagAdverb || toks[k].tag == tagNegation || groupAdverbs[toks[k].low]) {
		k++
	}
	if k >= len(toks) {
		return false
	}
	switch toks[k].tag {
	case tagDet, tagPossess, tagNumber, tagTitle, tagProper, tagGentile:
		return true
	}
	switch toks[k].low {
	case "my", "our", "your", "his", "her", "its", "their":
		return true
	}
	return false
}

// subjectOfClause reports whether the noun phrase at i is the subject of
// a clause, its verb group after it: an auxiliary, a negation or a verb
// of speech ("Downing Street has said", "the ministry said"), not a
// participle that qualifies it ("a dish made from seal").
func subjectOfClause(toks []token, i int) bool {
	e := npEnd(toks, i)
	if e <= i || e >= len(toks) {
		return false
	}
	t := toks[e]
	return t.tag == tagAux || t.tag == tagNegation || personCueVerbs[t.low]
}

// expansionSpans answers "What does TPS stand for?": a run of name words
// of the sentence, joined by words a short form skips ("of", "for the"),
// whose initials spell the short form asked about, one word a letter
// ("Royal Society for the Protection of Birds" for RSPB), a word in
// capitals all its letters ("UK Internet Forum" for UKIF). The end of a
// longer run counts when the short form follows it in brackets: "the
// Mobile PC Extended Battery Life (EBL) Working Group".
func expansionSpans(q *question, s *sentence) []candidate {
	if q.expands == "" {
		return nil
	}
	var out []candidate
	toks, n := s.toks, len(q.expands)
	for i := range toks {
		if !initialed(toks[i]) {
			continue
		}
		inside := i > 0 && initialed(toks[i-1])
		got := 0
		for j := i; j < len(toks) && got < n; j++ {
			t := toks[j]
			if !initialed(t) {
				if initialSkipped(t.low) {
					continue
				}
				break
			}
			// A word in capitals gives all its letters: "UK" of "UK
			// Internet Forum" for UKIF.
			if len(t.text) > 1 && isAllCaps(t.text) && isLetters(t.text) && strings.HasPrefix(q.expands[got:], t.low) {
				got += len(t.low) - 1
			} else if t.low[0] != q.expands[got] {
				break
			}
			if got++; got == n && (j+1 == len(toks) || !initialed(toks[j+1])) && (!inside || bracketed(toks, j+1, q.expands)) {
				out = append(out, candidate{s: s, i: i, j: j + 1, fit: 1, rule: "expansion"})
			}
		}
	}
	return append(out, appositiveExpansions(q, s)...)
}

// appositiveExpansions answers "What does CENTR stand for?" with the name
// the sentence sets beside the short form, whose initials it need not
// spell one word a letter: "CENTR, the Council of European National Top
// Level Domain Registries, agrees", "the Internationalised Domain Name
// (IDN) system", "IDN (Internationalised Domain Name)". The name is two
// words or more, starts on the short form's first letter, and ends where
// the apposition or the brackets do.
func appositiveExpansions(q *question, s *sentence) []candidate {
	if q.expands == "" {
		return nil
	}
	toks := s.toks
	var out []candidate
	for p, t := range toks {
		if t.low != q.expands {
			continue
		}
		// "SHORT, the NAME," and "SHORT (NAME)".
		if p+2 < len(toks) && (toks[p+1].text == "," || toks[p+1].text == "(") {
			i := p + 2
			if i < len(toks) && toks[i].low == "the" {
				i++
			}
			if i < len(toks) && initialed(toks[i]) && toks[i].low[0] == q.expands[0] {
				if j := nameRunFrom(toks, i); j-i >= 2 && (j == len(toks) || toks[j].text == "," || toks[j].text == ")") {
					out = append(out, candidate{s: s, i: i, j: j, fit: 1, rule: "expansion"})
				}
			}
		}
		// "the NAME (SHORT)": back from the bracket to the name's word on
		// the short form's first letter.
		if p >= 2 && toks[p-1].text == "(" && p+1 < len(toks) && toks[p+1].text == ")" {
			j := p - 1
			i := j
			for i > 0 && (initialed(toks[i-1]) || initialSkipped(toks[i-1].low) && toks[i-1].low != "the") {
				i--
			}
			for i < j && !(initialed(toks[i]) && toks[i].low[0] == q.expands[0]) {
				i++
			}
			if j-i >= 2 {
				out = append(out, candidate{s: s, i: i, j: j, fit: 1, rule: "expansion"})
			}
		}
	}
	return out
}

// nameRunFrom returns the end of the run of name words from i, with the
// words a short form skips inside it ("of", "for the"): past its last
// name word.
func nameRunFrom(toks []token, i int) int {
	last := i - 1
	for j := i; j < len(toks) && (initialed(toks[j]) || j > i && initialSkipped(toks[j].low)); j++ {
		if initialed(toks[j]) {
			last = j
		}
	}
	return last + 1
}

// bracketed reports whether the words from k are a short form in brackets:
// "(EBL)".
func bracketed(toks []token, k int, short string) bool {
	return k+2 < len(toks) && toks[k].text == "(" && toks[k+1].low == short && toks[k+2].text == ")"
}

// injuryFit is the fit of a phrase that names an injury, for a question
// that asks for one.
const injuryFit = 0.8

// asksInjury reports whether a what/which question asks for an injury or
// an ailment by its noun: "What injury has kept X out?", "What kind of
// injury...?".
func asksInjury(q *question) bool {
	return (q.wh == "what" || q.wh == "which") && q.want == typeOther && !q.definition &&
		(injuryAsked[q.focus] || injuryAsked[q.kind])
}

// injurySpans answers "What injury has sidelined X?" with the phrases of
// the sentence that name an injury: one headed by a word for an injury
// ("a groin injury", "a hamstring strain"), or a part of the body a word
// of harm qualifies ("a broken arm", "a trapped neck nerve"), with the
// part of the body it is in ("a trapped nerve in his neck"). Without
// them, a name near the injury answered: "Bell" for what sidelined Phil
// Vickery, of "with Phil Vickery sidelined... with a broken arm..., Bell
// could make his England debut". Asked why, an injury is a reason of its
// own: "Why did Tindall miss the tour?" is answered "a knee injury" of
// "missing out on the tour with a knee injury", where the reason rules
// take the whole clause.
func injurySpans(q *question, s *sentence) []candidate {
	if !asksInjury(q) && q.want != typeReason {
		return nil
	}
	toks := s.toks
	var out []candidate
	for f := range toks {
		if f+1 < len(toks) && toks[f+1].tag == tagWord && (bodyParts[toks[f+1].low] || injuryNouns[toks[f+1].stem] || ailmentNouns[toks[f+1].stem]) {
			continue // the phrase goes on: "neck" of "neck nerve"
		}
		a := npStartBefore(toks, f+1)
		if a > f {
			continue // no noun phrase ends here
		}
		// One phrase, not a list or a phrase of another: "a stomach
		// virus" of "a problem with the club and a stomach virus".
		for k := f - 1; k > a; k-- {
			if toks[k].low == "and" || toks[k].low == "of" || toks[k].low == "&" {
				a = k + 1
				break
			}
		}
		harm, body := false, false
		for _, t := range toks[a:f] {
			harm = harm || harmWords[t.low]
			body = body || bodyParts[t.low]
		}
		// The harm may be the verb's ("tore a pectoral muscle", "broke
		// his wrist"), or a team sheet's shorthand may give the part
		// alone in brackets after the name ("Gavin Williams (ankle)").
		if a > 0 && harmVerbs[toks[a-1].low] || a == f && bracketedAfterName(toks, f) {
			harm = true
		}
		head := toks[f]
		if !injuryNouns[head.stem] && !(body && ailmentNouns[head.stem]) && !(bodyParts[head.low] && harm) {
			continue
		}
		j := f + 1
		// "in his neck", "to her left knee"
		if j+2 < len(toks) && (toks[j].low == "in" || toks[j].low == "to" || toks[j].low == "on") &&
			toks[j+1].tag == tagDet {
			k := j + 2
			for k < len(toks) && (toks[k].low == "left" || toks[k].low == "right") {
				k++
			}
			if k < len(toks) && bodyParts[toks[k].low] {
				j = k + 1
			}
		}
		out = append(out, candidate{s: s, i: a, j: j, fit: injuryFit, rule: "injury"})
	}
	return out
}

// injuryAsked are the stems of the nouns a question asks for an injury
// by; "What virus...?" or "What strain...?" asks for a name.
var injuryAsked = stemsOf(set(`injury injuries ailment ailments`))

// injuryNouns are the stems of the words that name an injury or an
// ailment on their own ("a hamstring strain", "a virus"); ailmentNouns
// those that do after a part of the body ("a back problem", "a knee
// knock", not "a problem with the club").
var (
	injuryNouns  = stemsOf(set(`injury injuries ailment strain fracture sprain concussion bruising illness virus infection`))
	ailmentNouns = stemsOf(set(`problem problems knock knocks tear bruise complaint`))
)

// bodyParts are the parts of the body injuries are named by.
var bodyParts = set(`arm arms leg legs knee knees ankle ankles foot feet toe toes hand hands wrist
	wrists finger fingers thumb thumbs elbow elbows shoulder shoulders neck back hip hips groin hamstring
	hamstrings calf calves thigh thighs shin shins achilles heel heels rib ribs collarbone cheekbone jaw
	nose eye eyes head skull spine nerve nerves ligament ligaments tendon tendons cartilage muscle
	muscles disc pelvis chest stomach abdominal kidney lung lungs heart cruciate metatarsal quad
	quadriceps`)

// harmWords say what harm was done to a part of the body.
var harmWords = set(`broken fractured torn trapped pulled strained bruised dislocated sprained twisted
	damaged injured cracked ruptured sore slipped snapped hurt bad dead`)

// harmVerbs harm the part of the body they take: "tore a pectoral
// muscle", "has broken his wrist".
var harmVerbs = set(`tore tear tears tearing broke break breaks breaking pulled pull pulls strained strain
	twisted twist sprained sprain fractured fracture dislocated dislocate damaged damage injured injure hurt
	hurts ruptured rupture cracked crack bruised bruise`)

// bracketedAfterName reports whether the word at f stands alone in
// brackets right after a name: "Gavin Williams (ankle)".
func bracketedAfterName(toks []token, f int) bool {
	return f > 1 && f+1 < len(toks) && toks[f-1].text == "(" && toks[f+1].text == ")" && toks[f-2].tag == tagProper
}
