package answers

import (
	"slices"
	"strings"
)

// candidate is a possible answer: a span of a sentence's tokens.
type candidate struct {
	s    *sentence
	i, j int     // tokens [i, j)
	fit  float64 // how well the span fits the expected answer type, in [0, 1]
	// from is the sentence holding the answer text when it differs from s
	// (a pronoun in s resolved to a name in from); the span then indexes
	// from's tokens.
	from *sentence
	// rule names the rule that produced the candidate, for tests and
	// debugging.
	rule string
	// gi, gj delimit the noun phrase the candidate is said of, when a
	// structural rule knows it: "a Russian team" for the agent of "a
	// Russian team led by X". Empty when gi == gj.
	gi, gj int
	// cut is how many bytes of the last token's end the answer leaves
	// out: "Liverpool" of "Liverpool-based". Zero for most candidates.
	cut int
}

// text returns the candidate's answer text, verbatim from its sentence.
func (c candidate) text() string {
	s := c.s
	if c.from != nil {
		s = c.from
	}
	return s.src.Text[s.toks[c.i].start : s.toks[c.j-1].end-c.cut]
}

// overlaps reports whether two candidates share words of one sentence.
// Both are pointers (a candidate is some 70 bytes): confidence asks it of
// every pair of candidates of a sentence.
func (c *candidate) overlaps(d *candidate) bool {
	return c.i < d.j && d.i < c.j && heldIn(c) == heldIn(d)
}

// heldIn is c.holder(), without a copy of c.
func heldIn(c *candidate) *sentence {
	if c.from != nil {
		return c.from
	}
	return c.s
}

// holder is the sentence the answer text is copied from.
func (c candidate) holder() *sentence {
	if c.from != nil {
		return c.from
	}
	return c.s
}

// candidates returns the candidates of a sentence: typed ones (names,
// dates, numbers...), structural ones around the question's verb
// (subject, object, definition), and, when nothing else fits, the phrase
// after the last question word found.
func candidates(q *question, s *sentence, ctx func(string, int) *sentence, matches [][]hit) []candidate {
	out := extract(q, s, ctx)
	out = append(out, structural(q, s, matches)...)
	out = append(out, gaps(q, s, matches)...)
	out = append(out, namedSpans(q, s, matches)...)
	out = append(out, siblingSpans(q, s)...)
	out = append(out, kindSpans(q, s)...)
	out = append(out, kindModSpans(q, s, matches)...)
	out = append(out, classSpans(q, s)...)
	out = append(out, injurySpans(q, s)...)
	out = append(out, quotedTitleSpans(q, s)...)
	out = append(out, restatedSpans(q, s, matches)...)
	out = append(out, expansionSpans(q, s)...)
	inQ := questionMask(s.toks, matches)
	bare := asksBareThing(q)
	// Why and how are answered by clauses, kept whole; other questions by
	// what a clause names.
	clauses := q.want == typeReason || q.want == typeManner
	for k := range out {
		// An amount keeps its unit, a word the question may hold or
		// relate to ("cost thousands of pounds" for "How much would it
		// cost?").
		// A short form's name is whole, question words and all.
		if out[k].from == nil && out[k].rule != "quantity" && out[k].rule != "frequency" && out[k].rule != "expansion" {
			i := out[k].i
			out[k].j = beforeDash(out[k].s.toks, out[k].i, out[k].j)
			out[k].i, out[k].j = trimQuestion(out[k].s.toks, out[k].i, out[k].j, inQ)
			if !clauses {
				out[k].j = beforeQuestionPhrase(out[k].s.toks, out[k].i, out[k].j, inQ)
				if !q.definition { // a definition is its noun and the clause that defines it
					out[k].j = beforeRelative(out[k].s.toks, out[k].i, out[k].j)
				}
			}
			if bare {
				out[k].i = pastLeadingMarker(out[k].s.toks, out[k].i, out[k].j)
			} else if p := q.governingPrep(); p != "" && out[k].j-out[k].i > 1 && out[k].s.toks[out[k].i].low == p {
				// "...called to a location by what?": "cytokines" of "by
				// cytokines"; the preposition is the question's own.
				out[k].i++
			}
			// A reason keeps its marker: "so that...", "so they can...".
			if out[k].rule == "reason" && out[k].i == i+1 && s.toks[i].tag == tagConj {
				out[k].i = i
			}
			out[k].i = pastComplementizer(out[k].s.toks, out[k].i, out[k].j)
		}
	}
	out = append(out, chunks(q, s, matches)...)
	out = possessorsOnly(q, out)
	out = outsideRestated(q, s, matches, inQ, out)
	// A pronoun or noun phrase standing for a name ("The university" has
	// a unit) answers with that name: the reference itself is no answer.
	// Asked for a number, it is: "The 14-year-old" says how old Emma
	// Watson is, and her name answers nothing.
	if q.numeric() {
		return out
	}
	res, replaced := resolved(s, ctx, out)
	res = append(res, focusReferents(q, s, ctx)...)
	kept := out[:0]
	kind := asksKindOfThing(q)
	for _, c := range out {
		if replaced[[2]int{c.i, c.j}] && c.from == nil || c.from == nil && !clauses && relativeClause(s.toks, c.i, c.j) {
			continue
		}
		if kind && c.from == nil && timesOnly(s.toks[c.i:c.j], inQ[c.i:c.j]) {
			continue // "Which film won best picture?": not "18 times out of the last 20 years"
		}
		kept = append(kept, c)
	}
	return append(kept, res...)
}

// restatedClause finds in a sentence an adverbial clause the question
// restates: one opening on a subordinator of time, cause or condition
// that the question holds after its wh-phrase ("What did the president
// promise when he was elected?" against "...promised to reduce
// unemployment when he was elected two years ago"): the clause follows the
// question's verb and holds one of the sentence's words the question
// holds (inQ). When the question's verb is not found before it, the
// clause may be what the question asks into ("what were drivers looking
// to generate when they fastened the valves?"). It
// returns the clause as [p, e), or p < 0.
func restatedClause(q *question, s *sentence, matches [][]hit, inQ []bool) (p, e int) {
	toks := s.toks
	// "What did the boys do as they moved through the school?": the
	// phrase after "do" is restated, and "do" is found nowhere.
	if q.doWhat {
		if o := restatedOpener(q, toks, inQ); o > 0 {
			return o, clauseEnd(toks, o+1, true)
		}
		return -1, -1
	}
	if !q.restatesClause() {
		return -1, -1 // most questions: no need to look for the verb
	}
	verbs := verbHits(q, s, matches)
	if len(verbs) == 0 {
		return -1, -1
	}
	for p := verbs[0] + 1; p < len(toks); p++ {
		w := toks[p].low
		if !adverbialOpeners[w] || !q.holdsAfterWh(w) {
			continue
		}
		e := clauseEnd(toks, p+1, true)
		if slices.Contains(inQ[p+1:e], true) {
			return p, e
		}
	}
	return -1, -1
}

// restatesClause reports whether the question holds an adverbial
// clause's opener after its wh-phrase (adverbialOpeners).
func (q *question) restatesClause() bool {
	for k := q.afterWh(); k < len(q.toks); k++ {
		if adverbialOpeners[q.toks[k].low] {
			return true
		}
	}
	return false
}

// afterWh is where the question's words after its wh-phrase start: all
// of them in a question without one ("Is the treaty one that...?", "The
// practice was called?").
func (q *question) afterWh() int { return max(q.whEnd, 0) }

// holdsAfterWh reports whether the question holds the word w after its
// wh-phrase.
func (q *question) holdsAfterWh(w string) bool {
	for k := q.afterWh(); k < len(q.toks); k++ {
		if q.toks[k].low == w {
			return true
		}
	}
	return false
}

// adverbialOpeners open a clause of time, cause or condition, and
// nothing else ("before", "after" and "since" open phrases too: "emptied
// before winter to clean them").
var adverbialOpeners = set(`when whenever while because unless if although though`)

// outsideRestated drops the candidates inside a clause the question
// restates (restatedClause), and ends those running into it: what the
// question already says is not its answer ("two years ago" of "when he
// was elected two years ago").
func outsideRestated(q *question, s *sentence, matches [][]hit, inQ []bool, out []candidate) []candidate {
	p, e := restatedClause(q, s, matches, inQ)
	if p < 0 {
		return out
	}
	kept := out[:0]
	for _, c := range out {
		if c.from == nil && c.i > p && c.j <= e {
			continue
		}
		// One running into the clause ends before it: "laughed as they
		// moved" answers "laughed", and the object of "promised to
		// reduce unemployment when he was elected" ends before "when".
		if c.from == nil && c.i < p && c.j > p {
			c.j = p
		}
		kept = append(kept, c)
	}
	return kept
}

// betweenSides reports whether the span at i is one of the sides a
// "between" names: "Turkey" of "between Turkey, the U.S., and Ukraine".
func betweenSides(toks []token, i int) bool {
	k := i - 1
	for k >= 0 && (toks[k].tag == tagProper || toks[k].tag == tagGentile || toks[k].tag == tagDet || toks[k].text == "," || toks[k].low == "and") {
		k--
	}
	return k >= 0 && toks[k].low == "between"
}

// asksKindOfThing reports whether a what- or which-question asks for a
// thing of a kind that is no measure, time or count ("Which film...?",
// "What treaty...?").
func asksKindOfThing(q *question) bool {
	return (q.wh == "what" || q.wh == "which") && q.want == typeOther && q.whEnd > q.whPos+1 &&
		q.focus != "" && !measureNouns[q.focus] && !timeWords[q.focus] && !durationUnits[q.focus]
}

// timesOnly reports whether a span says only how many times or how long:
// numbers with units of time, "times" and the words around them ("18
// times out of the last 20 years", "three days"), and the question's own
// words (inQ: "best picture 18 times"). Such a span is no thing of a
// kind, whatever the sentence around it says.
func timesOnly(toks []token, inQ []bool) bool {
	number, unit := false, false
	for p, t := range toks {
		switch {
		case inQ[p]:
		case t.tag == tagNumber && (numberWords[t.low] || strings.Trim(t.low, "0123456789,.") == ""):
			number = true // "18", "three"; not "100m", "2Mbps" or "10/1"
		case durationUnits[t.low] || t.low == "times" || t.low == "time":
			unit = true
		case t.tag == tagDet || t.tag == tagPrep || t.tag == tagPunct || approximators[t.low] ||
			t.low == "last" || t.low == "past" || t.low == "next" || t.low == "out":
		default:
			return false
		}
	}
	return number && unit
}

// pastComplementizer returns where a span [i, j) starts past the "that"
// a verb puts before its clause: "required that higher education..."
// answers with "higher education", not "that higher education". A "that"
// after anything else may point ("if that friendly peck...") and stays.
func pastComplementizer(toks []token, i, j int) int {
	if i > 0 && i+1 < j && toks[i].low == "that" && toks[i-1].tag == tagVerb && isNominal(toks[i+1].tag) {
		return i + 1
	}
	return i
}

// relativeClause reports whether a span [i, j) is a clause that opens on a
// relative or a complementizer and goes on with a verb or a subject
// ("which interprets EU law", "who stayed in Normandy", "that we're
// one"): it describes something, but names nothing that answers what,
// who, where or when. Why and how may be answered so ("who undertook
// major reviews" says why they were knighted).
func relativeClause(toks []token, i, j int) bool {
	if j-i < 2 {
		return false
	}
	switch toks[i].low {
	case "which", "who", "whom", "whether", "that":
	default:
		return false
	}
	switch toks[i+1].tag {
	case tagVerb, tagAux, tagAdverb, tagNegation, tagPronoun:
		return true
	case tagWord:
		// "which interprets EU law": after a relative pronoun a word
		// the tagger left open is its verb; after "that" it may be a
		// noun ("that friendly peck").
		return toks[i].low != "that" && toks[i].low != "whether"
	}
	return false
}

// possessorsOnly keeps, asked whose something is, only the possessors a
// sentence says own it, when it says any ("supermodel Claudia Schiffer -
// who was supporting her director husband"): the other names of the
// sentence are not the question's ("Troy actress Diane Kruger").
func possessorsOnly(q *question, out []candidate) []candidate {
	if q.wh != "whose" || !slices.ContainsFunc(out, func(c candidate) bool { return c.rule == "whose" }) {
		return out
	}
	var kept []candidate
	for _, c := range out {
		// The possessor cut another way stays with it ("Claudia Schiffer"
		// of the chunk rule, "Napoleon's army"), but not behind an article
		// ("the Sarah Holt" of "the Sarah Holt CD").
		if slices.ContainsFunc(out, func(w candidate) bool {
			return w.rule == "whose" && w.s == c.s && w.i < c.j && c.i < w.j && (c.i >= w.i || c.s.toks[c.i].tag != tagDet)
		}) {
			kept = append(kept, c)
		}
	}
	return kept
}

// asksBareThing reports whether a what- or which-question asks for a
// thing by a noun phrase, its wh-word governed by no preposition ("What
// divided the population?", not "By what name...?", "In which year...?")
// and its answer no place, time, manner, reason or amount, which keep
// theirs.
func asksBareThing(q *question) bool {
	if q.wh != "what" && q.wh != "which" || q.whPos > 0 && q.toks[q.whPos-1].tag == tagPrep {
		return false
	}
	switch q.want {
	case typePlace, typeDate, typeManner, typeReason, typeQuote, typeCount, typeQuantity, typeMoney, typeDuration, typeAge:
		return false
	}
	return true
}

// governingPrep returns the preposition that governs the wh-word ("by"
// of "...by what?", "about" of "About how many...?"), or "" when none
// does.
func (q *question) governingPrep() string {
	if q.whPos > 0 && q.toks[q.whPos-1].tag == tagPrep {
		return q.toks[q.whPos-1].low
	}
	return ""
}

// beforeDash returns where a span [i, j) should end: before a dash that
// sets a phrase apart ("David Blunkett - who has resigned as home
// secretary - built his reputation..."), which no answer runs across; a
// dash within a word ("Polish–Lithuanian") or between numbers or dates
// ("1562 - 1598") joins them.
func beforeDash(toks []token, i, j int) int {
	for p := i + 1; p < j-1; p++ {
		switch toks[p].text {
		case "-", "--", "–", "—":
		default:
			continue
		}
		if toks[p-1].end == toks[p].start || toks[p].end == toks[p+1].start {
			continue // "Polish–Lithuanian": a dash within a word
		}
		if numeric := func(t token) bool { return t.tag == tagNumber || t.tag == tagMonth }; numeric(toks[p-1]) && numeric(toks[p+1]) {
			continue
		}
		if a, b := trim(toks, i, p); a < b {
			return p
		}
		return j
	}
	return j
}

// beforeRelative returns where a span [i, j) ends when a relative clause
// runs into its end: before "that" or "which" and the verb they open,
// after a noun ("enzymes that digest", "prostaglandins that produce").
// What a thing does is no part of its name; the clause says it of the
// noun before.
func beforeRelative(toks []token, i, j int) int {
	for p := i + 1; p+1 < j; p++ {
		if w := toks[p].low; w != "that" && w != "which" {
			continue
		}
		if isNominal(toks[p-1].tag) && toks[p-1].tag != tagDet && verbAt(toks, p+1) {
			return p
		}
	}
	return j
}

// verbAt reports whether toks[k] is a verb: tagged so, or a word known as
// a verb's stem or followed by a determiner ("digest the barrier").
func verbAt(toks []token, k int) bool {
	t := toks[k]
	return t.tag == tagVerb || t.tag == tagAux ||
		t.tag == tagWord && (verbStems[t.stem] || k+1 < len(toks) && (toks[k+1].tag == tagDet || toks[k+1].tag == tagPossess))
}

// pastLeadingMarker returns where a span [i, j) starts past a leading
// preposition or example marker, when words are left after it: "religion"
// for "by religion", "steam locomotives" for "such as steam locomotives"
// answer "What divided...?" and "What is an application of...?". The
// marker ties the answer to the sentence, not to the question.
func pastLeadingMarker(toks []token, i, j int) int {
	l := exampleMarker(toks, i)
	// "about 30 percent": a number's qualifier is part of it.
	if l == 0 && toks[i].tag == tagPrep && i+1 < j && toks[i+1].tag != tagNumber && toks[i+1].tag != tagMoney {
		l = 1
	}
	if l == 0 || i+l >= j {
		return i
	}
	return i + l
}

// extract finds the candidates of the expected type in one sentence, by
// the family of rules for that type (family_*.go). ctx returns another
// retrieved sentence of the same article by number, for pronouns whose
// antecedent lives there.
func extract(q *question, s *sentence, ctx func(article string, n int) *sentence) []candidate {
	if q.rank {
		return rankSpans(s)
	}
	switch q.want {
	case typePerson, typeOrg:
		return nameSpans(q, s, ctx)
	case typeTitle:
		return titleSpans(q, s)
	case typePlace:
		return placeSpans(q, s)
	case typeDate:
		return timeSpans(q, s)
	case typeDuration:
		return append(quantitySpans(q, s), sinceSpans(s)...)
	case typeCount, typeQuantity, typeMoney, typeAge:
		if q.focus == oftenStem {
			return append(withFrequencyMarker(s, quantitySpans(q, s)), frequencySpans(s)...)
		}
		return quantitySpans(q, s)
	case typeReason:
		return reasonSpans(q, s)
	case typeManner:
		return mannerSpans(q, s)
	}
	return nil
}

// spans collects the candidates one rule family finds in a sentence.
type spans struct {
	s   *sentence
	out []candidate
}

// add adds the span [i, j) as a candidate of a rule, without the
// punctuation and function words at its edges; a span its sentence denies
// ("not in China") fits less.
func (sp *spans) add(i, j int, fit float64, rule string) {
	i, j = trim(sp.s.toks, i, j)
	if i < j {
		if negated(sp.s.toks, i) {
			fit *= negatedFit
		}
		sp.out = append(sp.out, candidate{s: sp.s, i: i, j: j, fit: fit, rule: rule})
	}
}

// addCut adds the span [i, j) less the last cut bytes of its last token,
// untrimmed: the span ends inside a word ("Liverpool" of
// "Liverpool-based").
func (sp *spans) addCut(i, j, cut int, fit float64, rule string) {
	if negated(sp.s.toks, i) {
		fit *= negatedFit
	}
	sp.out = append(sp.out, candidate{s: sp.s, i: i, j: j, fit: fit, rule: rule, cut: cut})
}

// merge joins the candidates several rules found for one span: agreement
// between rules (a name that is also the agent of the question's verb)
// raises the fit.
func merge(cs []candidate) []candidate {
	type key struct {
		from      *sentence
		i, j, cut int
	}
	out := make([]candidate, 0, len(cs))
	// A sentence's few candidates are compared with those kept so far
	// rather than hashed: a map was made for every sentence a question
	// takes candidates from. A merged candidate keeps its first span.
	var at map[key]int
	if len(cs) > mergeScan {
		at = make(map[key]int, len(cs))
	}
	for _, c := range cs {
		n, dup := -1, false
		if at != nil {
			k := key{c.from, c.i, c.j, c.cut}
			if n, dup = at[k]; !dup {
				at[k] = len(out)
			}
		} else {
			for m := range out {
				if o := &out[m]; o.i == c.i && o.j == c.j && o.cut == c.cut && o.from == c.from {
					n, dup = m, true
					break
				}
			}
		}
		if !dup {
			out = append(out, c)
			continue
		}
		o := &out[n]
		if o.gj <= o.gi {
			o.gi, o.gj = c.gi, c.gj
		}
		if hasRule(o.rule, c.rule) {
			o.fit = max(o.fit, c.fit) // the same rule found it twice
			continue
		}
		o.fit = max(o.fit, c.fit) + 0.15*min(o.fit, c.fit)
		o.rule += "+" + c.rule
	}
	return out
}

// mergeScan is how many candidates merge compares with one another before
// it hashes their spans instead.
const mergeScan = 32

// hasRule reports whether rule is one of the rules of a "+"-joined list,
// without splitting the list into a slice.
func hasRule(rules, rule string) bool {
	for r := range strings.SplitSeq(rules, "+") {
		if r == rule {
			return true
		}
	}
	return false
}

// overlapsQuestion reports whether a candidate only repeats the question.
// It runs for every candidate and holdsAnswer's spans: words and question
// words are looked at in place, not copied (a question word is some 200
// bytes).
func overlapsQuestion(q *question, c candidate) bool {
	s := c.holder()
	// The question's short form spelt out: "United Nations" for "UN";
	// unless that is what the question asks ("What does UN stand for?").
	for n := range q.terms {
		qt := &q.terms[n]
		if q.expands == "" && qt.acronym && c.j-c.i >= 2 && (initialsOf(s.toks[c.i:c.j], len(qt.low)) == qt.low && initialsOf(s.toks[c.i:c.j], len(qt.low)+1) == "" ||
			// The name the short form is given for, in brackets after
			// it: "British Chambers of Commerce (BCC)".
			c.j+2 < len(s.toks) && s.toks[c.j].text == "(" && s.toks[c.j+1].low == qt.low && s.toks[c.j+2].text == ")") {
			return true
		}
	}
	if otherBearer(q, s, c) {
		return false
	}
	content, inQ, names := 0, 0, 0
	for k := c.i; k < c.j; k++ {
		t := &s.toks[k]
		// A number is content even when it is a stop word: "one" in "only
		// one avalanche" answers how many.
		if t.stem == "" || isStopWord(t.low) && t.tag != tagNumber || functionTag(t.tag) {
			continue
		}
		content++
		for n := range q.terms {
			qt := &q.terms[n]
			if qt.stem == t.stem || qt.spelledAs(t) {
				inQ++
				if qt.name && (t.tag == tagProper || t.tag == tagGentile) {
					names++
				}
				break
			}
		}
	}
	return content == 0 || inQ == content || names > 0 && (q.want == typePerson || q.want == typeOrg || q.want == typePlace || q.want == typeTitle)
}

// titleHeldAt reports whether the name at i is where a title is held,
// not its holder: "director at the European Policy Centre", "chief
// executive of Tesco". Asked who holds a title, it is no answer.
func titleHeldAt(q *question, toks []token, i int) bool {
	if q.role == "" || toks[i].tag != tagProper && toks[i].tag != tagGentile {
		return false
	}
	k := i - 1
	if k >= 0 && toks[k].tag == tagDet {
		k--
	}
	if k < 1 {
		return false
	}
	switch toks[k].low {
	case "at", "of", "for":
		t := toks[k-1]
		return isTitle(t)
	}
	return false
}

// namedAsThing reports whether a name is introduced by a common noun for
// no person, which says what it is: "station" of "the England captain
// said on television station Canal Plus". Asked who holds a title, such a
// name holds none.
func namedAsThing(q *question, toks []token, i, j int) bool {
	if q.role == "" || i == 0 || toks[i].tag != tagProper || toks[i-1].tag != tagWord || stopWords[toks[i-1].low] ||
		peopleWord(toks[i-1].low) || holdsAny(toks[i:j], []string{q.role}) {
		return false
	}
	// The name ends the phrase it is in, no subject with a clause or an
	// appositive after it ("In his speech Gordon Brown, chancellor...").
	return j == len(toks) || toks[j].text != "," && toks[j].tag != tagAux && toks[j].tag != tagVerb
}

// personName reports whether the span [i, j) is a person's name and no
// more: two or three capitalised words, the first a common given name or
// a personal style, none a word of an organisation's ("Bill Gates", "Mr
// Allard", not "Tom Ford Ltd").
func personName(toks []token, i, j int) bool {
	if j-i < 2 || j-i > 3 || !givenNames[toks[i].low] && !personalStyles[toks[i].low] {
		return false
	}
	for k := i; k < j; k++ {
		if toks[k].tag != tagProper && (k > i || !personalStyles[toks[k].low]) || orgWords[toks[k].low] {
			return false
		}
	}
	return true
}

// namedWithPersonNoun reports whether the span [i, j) ends on a name that a
// word for a person describes, within the span or just before it: "R&B
// singer Usher", "defence minister Rustem Umerov". Whatever the name, it
// is a person's.
func namedWithPersonNoun(toks []token, i, j int) bool {
	for k := j - 1; k >= i && k > 0; k-- {
		if toks[k].tag != tagProper {
			return false
		}
		if p := toks[k-1]; personNouns[p.low] || p.tag == tagTitle && titleHeads[p.low] {
			return true
		}
	}
	return false
}

// endsInPersonName reports whether the span [i, j) ends on a person's
// name (personName), whatever describes it first: "Douglas's female
// co-star Kathleen Turner"; not one joined to another name ("Commission
// v Edith Cresson" is a case).
func endsInPersonName(toks []token, i, j int) bool {
	for n := 2; n <= 3; n++ {
		if a := j - n; a >= i && personName(toks, a, j) && (a == i || toks[a-1].tag != tagProper && !nameJoinedBy[toks[a-1].low]) {
			return true
		}
	}
	return false
}

// commonHead reports whether the name at k is a modifier in the span
// [k, j): a common noun ends the span ("iPod users", "Apple shares").
func commonHead(toks []token, k, j int) bool {
	return j-1 > k && toks[j-1].tag == tagWord
}

// nameJoinedBy are the words that join a name to another in a name of
// something else: a case, a match, a firm.
var nameJoinedBy = set(versusWords + " and &")

// functionTag reports whether a tag is of a word that carries no content
// of its own: "before its collapse" says no more than "collapse".
func functionTag(tag byte) bool {
	switch tag {
	case tagDet, tagPrep, tagConj, tagSub, tagPronoun, tagAux, tagWh, tagPossess, tagPunct, tagQuote:
		return true
	}
	return false
}

// otherBearer reports whether a candidate names another bearer of a
// name of the question: "Jean Chretien" is not "Aline Chretien". A word
// the name is described by ("Dane Kenneth Carlsen", "Chancellor Gordon
// Brown") makes no other bearer: the question's first name is there.
func otherBearer(q *question, s *sentence, c candidate) bool {
	person := false
	for _, e := range s.ents {
		person = person || e.i == c.i && e.j == c.j && e.kind == kindPerson
	}
	if !person || c.j-c.i < 2 {
		return false
	}
	first, last := s.toks[c.i].low, s.toks[c.j-1].low
	for k := range q.terms {
		t := &q.terms[k]
		f := strings.Fields(t.run)
		if len(f) >= 2 && f[len(f)-1] == last && f[0] != first &&
			!slices.ContainsFunc(s.toks[c.i:c.j], func(w token) bool { return w.low == f[0] }) {
			return true
		}
	}
	return false
}

// organisation reports whether a span is an organisation's name: its last
// word is a word of organisations ("Fund", "Bank", "Council").
func organisation(toks []token) bool {
	last := toks[len(toks)-1]
	return last.tag == tagProper && orgWords[last.low]
}

// venueWords are the organisations that are buildings too: "the Museum of
// Independence", "Toronto General Hospital" are places wherever they
// stand.
var venueWords = set(`museum hospital clinic centre center church school college university academy
	court club library gallery theatre theater`)

// placedByPrep reports whether a preposition of place governs the phrase
// at i, past a determiner: "at the Foreign Ministry", "in Parliament".
func placedByPrep(toks []token, i int) bool {
	if i > 0 && toks[i-1].tag == tagDet {
		i--
	}
	return i > 0 && isLocPrep(toks[i-1].low)
}

// normalize is the SQuAD normalisation, to tell alternatives apart.
func normalize(s string) string {
	var b strings.Builder
	for _, w := range strings.Fields(strings.ToLower(s)) {
		w = strings.Trim(w, ".,;:!?\"'“”‘’()")
		if w == "a" || w == "an" || w == "the" || w == "" {
			continue
		}
		b.WriteString(w)
		b.WriteByte(' ')
	}
	return b.String()
}

// contrasted reports whether the sentence sets the candidate against
// what is so: "in Manchester and not Blackpool", "but not Blackpool",
// "rather than Blackpool", "instead of Blackpool". Unless the question is
// itself negative (negatedText: "Which city will not host...?", "Which
// city gets no conference?"), it is no answer.
func contrasted(q *question, c candidate) bool {
	toks := c.s.toks
	i := c.i
	if c.from != nil || i < 2 {
		return false
	}
	return contrastAt(toks, i-2) && !negatedText(q.toks)
}

// contrastAt reports whether the two words at k set what follows them
// against what is so: "rather than", "instead of", "and not", "but not",
// ", not".
func contrastAt(toks []token, k int) bool {
	a, b := toks[k], toks[k+1]
	return a.low == "rather" && b.low == "than" || a.low == "instead" && b.low == "of" ||
		b.low == "not" && (a.low == "and" || a.low == "but" || a.text == ",")
}

// contrastCut returns where a span [i, j) ends before the words that set
// something against it (contrastAt), or j; "and not only" adds, it sets
// nothing against.
func contrastCut(toks []token, i, j int) int {
	for k := i + 1; k+1 < j; k++ {
		if contrastAt(toks, k) && (toks[k+1].low != "not" || k+2 >= len(toks) || toks[k+2].low != "only") {
			return k
		}
	}
	return j
}

// conjoinedBetween reports whether "and", "or" or a comma stands between
// a candidate and the word at k.
func conjoinedBetween(toks []token, c candidate, k int) bool {
	lo, hi := k+1, c.i
	if k >= c.j {
		lo, hi = c.j, k
	}
	for p := lo; p < hi; p++ {
		if toks[p].low == "and" || toks[p].low == "or" || toks[p].text == "," {
			return true
		}
	}
	return false
}

// resolved turns candidates that are a pronoun or a noun phrase standing
// for a name ("The university" as the subject of "has") into that name,
// cited from the sentence that gives it, and reports the spans it
// replaced.
func resolved(s *sentence, ctx func(string, int) *sentence, cs []candidate) ([]candidate, map[[2]int]bool) {
	var out []candidate
	replaced := make(map[[2]int]bool)
	for _, c := range cs {
		if c.from != nil || c.j-c.i > 4 {
			continue
		}
		for _, e := range s.ents {
			if !isRef(s.toks, e) || e.j != c.j || !(e.i == c.i || e.i == c.i+1 && s.toks[c.i].tag == tagDet) {
				continue
			}
			if from := ctx(s.src.ArticleID, e.at); from != nil && from != s {
				if k, l, ok := findName(from, e.full); ok {
					out = append(out, candidate{s: s, i: k, j: l, fit: c.fit, from: from, rule: c.rule})
					replaced[[2]int{c.i, c.j}] = true
				}
			}
		}
	}
	return out, replaced
}

// focusReferents answers "Which film won...?" from "A film that
// follows... has won" when the sentence's indefinite noun of the asked
// kind is named by the next sentence (introducedNames): the name, cited
// from the sentence that gives it. The noun itself repeats the question
// and is no candidate. A definite one ("the country") is not taken: it
// stands for a name said before, which the question may not ask for.
func focusReferents(q *question, s *sentence, ctx func(string, int) *sentence) []candidate {
	if q.focus == "" {
		return nil
	}
	h := indefiniteHead(s.toks)
	if h < 0 || s.toks[h].stem != q.focus {
		return nil
	}
	var out []candidate
	for _, e := range s.ents {
		if !isRef(s.toks, e) || e.i != h {
			continue
		}
		if from := ctx(s.src.ArticleID, e.at); from != nil && from != s {
			if k, l, ok := findName(from, e.full); ok {
				out = append(out, candidate{s: s, i: k, j: l, fit: 1, from: from, rule: "pronoun"})
			}
		}
	}
	return out
}

// negatedFit is the factor for a candidate the sentence denies: "not in
// China".
const negatedFit = 0.3

// negated reports whether the phrase starting at token i is denied: a
// negation just before it or before its preposition and determiner.
func negated(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch toks[k].tag {
		case tagNegation:
			return true
		case tagPrep, tagDet:
			continue
		}
		return false
	}
	return false
}

// findName finds the tokens of name in s.
func findName(s *sentence, name string) (int, int, bool) {
	for _, e := range s.ents {
		if isRef(s.toks, e) {
			continue
		}
		if nameText(s.toks, e.i, e.j) == name || e.full == name {
			return e.i, e.j, true
		}
	}
	return 0, 0, false
}
