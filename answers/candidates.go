package answers

import (
	"maps"
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
		if q.expands == "" && qt.acronym && c.j-c.i >= 2 && initialsOf(s.toks[c.i:c.j], c.j-c.i) == qt.low {
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

// otherNationality reports whether the question names a nationality and
// the nationality nearest the candidate is another one: asked about the
// Ukrainian team, the leader of the Russian team is the wrong answer.
func otherNationality(q *question, c candidate) bool {
	// It is asked three times of every candidate: the question's
	// nationalities are found once a question, and a resolved candidate
	// or a question without one is settled before any work.
	if c.from != nil {
		return false
	}
	asked := q.askedNationalities()
	if !slices.Contains(asked, true) {
		return false
	}
	s := c.s
	if q.want == typePlace {
		// The country may follow the place: "in Ruesselsheim, Germany".
		j := c.j
		if j+1 < len(s.toks) && s.toks[j].text == "," {
			j += 2
		}
		if other, ok := placedInCountry(q, asked, s.toks[c.i:j]); ok {
			return other
		}
	}
	near, nd := -1, 7
	for k := range s.toks {
		// A nationality, or a country that owns what follows as a
		// nationality would: "Iraq's Trade Minister".
		if s.toks[k].tag != tagGentile && !ownerCountry(s.toks, k) {
			continue
		}
		// The candidate's own name is no nationality said of it: "the
		// Soviet Union" is the answer to whom the Dutch beat.
		if k >= c.i && k+1 < c.j && s.toks[k+1].tag == tagProper {
			continue
		}
		// The phrase the candidate is said of decides, when known.
		if c.gj > c.gi {
			if k >= c.gi && k < c.gj {
				near, nd = k, 0
			}
			continue
		}
		// A nationality across "and" or a comma is another conjunct's:
		// "Italian Prime Minister Silvio Berlusconi and German
		// Chancellor Gerhard Schroeder".
		if d := distance(c.i, c.j, k); d < nd && !conjoinedBetween(s.toks, c, k) {
			near, nd = k, d
		}
	}
	if near < 0 {
		return false
	}
	for k := range q.terms {
		t := &q.terms[k]
		if c := country(s.toks[near].low); asked[k] && (s.toks[near].stem == t.stem || c != "" && c == country(t.low)) {
			return false
		}
	}
	return true
}

// placedInCountry reports, for a place asked of a nation ("Which Swedish
// town...?"), whether the candidate names another country than the one
// asked ("Ruesselsheim, Germany"); ok is false when it names none.
// A nationality of a continent ("Which European countries...?") asks
// of none.
func placedInCountry(q *question, asked []bool, toks []token) (other, ok bool) {
	// askedOf reports whether the question asks of a country at all, and
	// whether of the nation n.
	askedOf := func(n string) (some, same bool) {
		for k := range q.terms {
			if a := nationOf(country(q.terms[k].low)); asked[k] && a != "" {
				some, same = true, same || a == n
			}
		}
		return some, same
	}
	if some, _ := askedOf(""); !some {
		return false, false
	}
	for _, t := range toks {
		if n := nationOf(t.low); n != "" {
			if _, same := askedOf(n); same {
				return false, true
			}
			other, ok = true, true
		}
	}
	return other, ok
}

// nationOf returns the country a word names, short forms and the
// nations of Britain taken as Britain ("Cardiff, Wales" is a British
// city), or "" for a word that names none (a city names none).
func nationOf(w string) string {
	if a, ok := countryAliases[w]; ok {
		w = a
	}
	switch w {
	case "england", "scotland", "wales": // "uk" is an alias of Britain
		return "britain"
	}
	if countryNames[w] {
		return w
	}
	return ""
}

// countryNames are the countries of the demonyms: not their continents,
// points of the compass, provinces or peoples.
var countryNames = func() map[string]bool {
	m := maps.Clone(countries)
	for _, w := range strings.Fields(`africa europe asia soviet west east north south newfoundland inuit
		alberta ontario quebec tibet`) {
		delete(m, w)
	}
	return m
}()

// askedNationalities says, per question term, whether it is a
// nationality or a country said to own the thing asked about
// (ownerCountry): what otherNationality compares with. It is worked out
// once a question, not once a candidate.
func (q *question) askedNationalities() []bool {
	if q.nationalities == nil {
		q.nationalities = make([]bool, len(q.terms))
		for k, t := range q.terms {
			q.nationalities[k] = q.toks[t.pos].tag == tagGentile || ownerCountry(q.toks, t.pos)
		}
	}
	return q.nationalities
}

// countries are the countries demonyms names, by their lower-case name.
var countries = func() map[string]bool {
	m := make(map[string]bool, len(demonyms))
	for _, c := range demonyms {
		m[c] = true
	}
	return m
}()

// countryDemonyms are demonyms turned round: the nationality adjectives
// of each country, by its lower-case name ("argentina": "argentine",
// "argentinian"), in a stable order.
var countryDemonyms = func() map[string][]string {
	m := make(map[string][]string, len(demonyms))
	for d, c := range demonyms {
		if d != c { // "saudi", "czech" name both
			m[c] = append(m[c], d)
		}
	}
	for _, ds := range m {
		slices.Sort(ds)
	}
	return m
}()

// ownerCountry reports whether toks[p] is a country said to own the
// thing asked about, as a nationality would be: "Russia's delegation",
// "the delegation of Russia".
func ownerCountry(toks []token, p int) bool {
	if !countries[toks[p].low] {
		return false
	}
	return p+1 < len(toks) && toks[p+1].tag == tagPossess ||
		p >= 2 && toks[p-1].low == "of" && isNominal(toks[p-2].tag) && toks[p-2].tag != tagProper
}

// ownedBy returns the words of what the country at toks[p] owns, as
// ownerCountry reads it ("prime minister" in "the prime minister of
// Italy" or "Italy's prime minister"), two words at most; "" when it owns
// nothing.
func ownedBy(toks []token, p int) string {
	if !ownerCountry(toks, p) {
		return ""
	}
	var i, j int
	if p+1 < len(toks) && toks[p+1].tag == tagPossess {
		i, j = p+2, p+2
		for j < len(toks) && j < i+2 && ownedWord(toks[j]) {
			j++
		}
	} else {
		i, j = p-1, p-1
		for i > 0 && i > j-2 && ownedWord(toks[i-1]) {
			i--
		}
	}
	if i == j {
		return ""
	}
	return strings.ToLower(nameText(toks, i, j))
}

// ownedWord reports whether t can be a word of what a country owns:
// a common noun or title, not a determiner, number or name.
func ownedWord(t token) bool {
	return (t.tag == tagWord || t.tag == tagTitle) && !isStopWord(t.low)
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

// eventName reports whether the span [i, j) is a name ending on a word
// that names an event or a competition ("US Open", "Davis Cup"), as
// guessKind tells it from its words alone.
func eventName(toks []token, i, j int) bool { return nameEndingOn(toks, i, j, eventWords) }

// structureName reports whether the span [i, j) is a name ending on a
// word for a structure ("Petronas Towers", "Millennium Stadium"), which
// no one is.
func structureName(toks []token, i, j int) bool { return nameEndingOn(toks, i, j, structureWords) }

// nameEndingOn reports whether the span [i, j) is a name of two words or
// more whose last word is one of words: the word says what it names.
func nameEndingOn(toks []token, i, j int, words map[string]bool) bool {
	return j-i >= 2 && toks[j-1].tag == tagProper && words[toks[j-1].low]
}

// structureWords end the names of structures, which do nothing
// themselves (a palace, a house or a street may speak for those in it:
// "Downing Street said").
var structureWords = set(`tower towers bridge stadium arena airport station tunnel dam canal`)

// nounBeforeName reports whether a lower-case noun at k stands between a
// name and a person's name (personName, its first two words), which it
// describes: "Clocking Off creator Paul Abbott", "Balco founder Victor
// Conte". The name before it qualifies the noun and is not the person.
func nounBeforeName(toks []token, k int) bool {
	return k+2 < len(toks) && toks[k].tag == tagWord && !stopWords[toks[k].low] && !isCapitalized(toks[k].text) &&
		personName(toks, k+1, k+3)
}

// asksTitle reports whether a word for a person or a title can be what a
// which-question asks for: any when the wh-phrase names no title
// ("Who...?", "Which people...?"), else the title it names or one the
// relations lexicon relates to it ("Which leader...?": "leader", "head";
// "Which coach...?": "coach", not "player").
func (q *question) asksTitle(t token) bool {
	if q.whEnd <= q.whPos+1 || q.focus == "" || !titleHeads[q.focus] {
		return true
	}
	return t.stem == q.focus || related(t.stem, q.focus)
}

// accordingTo reports whether the word at k is the "to" of "according
// to", which names a source.
func accordingTo(toks []token, k int) bool {
	return toks[k].low == "to" && k > 0 && toks[k-1].low == "according"
}

// typeFit says how well a structural span fits the expected answer type:
// a person question wants a name or people, a date question a date.
func typeFit(q *question, toks []token, i, j int) float64 {
	switch q.want {
	case typePerson, typeOrg:
		// A number opening the span counts things: "three Grand Slams"
		// names no one, "95 students" are people by their noun.
		counted := toks[i].tag == tagNumber
		// Asked who holds a title ("Who is the head of the World Bank?"),
		// an organisation holds none: "the International Monetary Fund".
		if q.role != "" && organisation(toks[i:j]) {
			return 0.3
		}
		// "in the on-going battle between Microsoft and Google" is
		// where, not who: people are no phrase of place or time.
		if toks[i].tag == tagPrep && toks[i].low != "by" && toks[i].low != "with" {
			return prepForPersonFit
		}
		// Asked who holds a title, a name a preposition governs holds
		// none of its own: "chancellor of the exchequer under Mr Blair".
		// "according to Carly Fiorina, chief of..." governs none: it
		// gives who says so.
		if q.role != "" && i > 0 && toks[i-1].tag == tagPrep && toks[i-1].low != "by" && !accordingTo(toks, i-1) && !holdsAny(toks[i:j], []string{q.role}) {
			return prepForPersonFit
		}
		// Asked which company, team or paper, a person answers nothing:
		// "Bill Gates" made no Xbox. A name opening on a common given
		// name is a person's surely enough ("Daily Mail" is not).
		if q.want == typeOrg && (personName(toks, i, j) || namedWithPersonNoun(toks, i, j)) {
			return personForThingFit
		}
		// An event is nobody: "beat US Open champion Svetlana Kuznetsova"
		// was no win over the US Open. Nor is a structure: "Petronas
		// Towers" designed nothing.
		if eventName(toks, i, j) || structureName(toks, i, j) {
			return namelessFit
		}
		// A name before people or a title qualifies them: "Manitoba" of
		// "a group of Manitoba parents", "Chelsea" of "Chelsea manager"
		// is nobody.
		if q.want == typePerson && j < len(toks) && toks[j-1].tag == tagProper &&
			(peopleNoun(toks[j].low) || toks[j].tag == tagTitle && titleHeads[toks[j].low] || nounBeforeName(toks, j)) {
			return namelessFit
		}
		// Who speaks is somebody: "The county coroner said...".
		if q.want == typePerson && !counted && j < len(toks) && toks[j].low != "according" && personCueVerbs[toks[j].low] {
			return 1
		}
		for k := i; k < j; k++ {
			t := toks[k]
			// A capitalised first word the tagger could not tell from a
			// common one may be a name: "Porto manager Jose Ribeiro".
			name := t.tag == tagProper || k == 0 && t.tag == tagWord && isCapitalized(t.text)
			// A name fits when it heads the span: "huge numbers of iPod
			// users" are users, whoever made the iPod.
			// Nor is a count of organisations one: "28.9% of the club".
			if name && !counted && !commonHead(toks, k, j) || !counted && (orgNouns[t.low] || orgWords[t.low]) {
				return 1
			}
			// People by their noun ("protesters", "scientists") answer
			// who, not which company: "iPod users" made no iPod. Asked
			// which holder of a title ("Which coach...?"), a title
			// names one only if it is that title: "player of the year"
			// is no coach.
			if q.want == typePerson && ((peopleNoun(t.low) || t.tag == tagTitle && titleHeads[t.low]) && q.asksTitle(t) || t.tag == tagGentile && !counted) {
				return 1
			}
		}
		return namelessFit
	case typeDate:
		if len(dateSpans(toks[i:j])) > 0 {
			if q.asksCalendar() && !q.saysCalendar(toks[i:j]) {
				return calendarlessFit
			}
			if otherAmountAttached(q, toks, i) {
				return otherTimeFit
			}
			return 1
		}
		return 0.2
	case typePlace:
		if personName(toks, i, j) {
			return personForThingFit // "Kelly Holmes" is nowhere
		}
		// "Which country...?" is answered by a country's name, not by a
		// phrase it qualifies: "in the France squad" is a squad.
		if namedPlaceNouns[q.focus] && toks[j-1].tag == tagWord {
			return datedPlaceFit
		}
		// "picked up two grammys apiece" is something done, nowhere, and
		// so is "destroyed much of the Sri Lankan coast", a name in it
		// or not.
		if toks[i].tag == tagVerb || toks[i].tag == tagAux {
			return datedPlaceFit
		}
		// "Turkish Foreign Ministry officials confirmed...": an
		// organisation that qualifies people says whom they work for,
		// not where anything is ("at the Foreign Ministry" is a place).
		if organisation(toks[i:j]) && j < len(toks) && peopleNoun(toks[j].low) {
			return 0.3
		}
		// "a meeting between Turkey, the U.S., and Ukraine": its sides,
		// not where it was.
		if betweenSides(toks, i) {
			return 0.3
		}
		if ownsNoSite(toks, i, j) {
			return possessorPlaceFit
		}
		// "The Labour Party will hold its conference...", "a company
		// known as The Forward Sports Fund": an organisation is somewhere
		// only as a preposition of place puts it ("at the Foreign
		// Ministry"), or as a building ("the Museum of Independence").
		if organisation(toks[i:j]) && !venueWords[toks[j-1].low] && !placedByPrep(toks, i) {
			return 0.3
		}
		for k := i; k < j; k++ {
			if toks[k].tag == tagProper {
				return 0.8
			}
		}
		// "23,000 years ago", "three weeks", "at a time": a time or an
		// amount is nowhere.
		if len(dateSpans(toks[i:j])) > 0 || toks[i].tag == tagNumber || toks[i].tag == tagMoney || timeHeads[toks[j-1].low] {
			return datedPlaceFit
		}
		return 0.3
	case typeCount, typeQuantity, typeMoney, typeDuration, typeAge:
		// The best number in the span, as the number rules judge it: "a
		// grade twelve" holds a label, not a count.
		best := 0.2
		for _, sp := range numberSpans(toks) {
			if sp[0] >= i && sp[1] <= j {
				best = max(best, numberFit*quantityFit(q, toks, sp[0], sp[1]))
			}
		}
		return best
	case typeTitle:
		// "Who is Arthur Miller?" is not answered by another name:
		// "Spector" of a list of substitutes; nor by another person's
		// title and name: "retired Lt. Gen. Keith Kellogg" for "Who is
		// Rubio?".
		if allProper(toks[i:j]) || endsInPersonName(toks, i, j) {
			return nameForTitleFit
		}
		// "What is Tony Blair's job?": a title or a word for a role, not
		// what he said.
		for k := i; k < j; k++ {
			if t := toks[k]; t.tag == tagTitle || personNouns[t.low] || roleWord(t.low) {
				return 1
			}
		}
		return 0.3
	case typeQuote:
		return 0.2 // quotes come from the quote rules, with their own fit
	case typeReason:
		switch toks[i].low {
		case "as":
			if !asCause(toks, i) {
				return 0.4 // "as home secretary" says a role, "as well" nothing
			}
			return 1
		case "because", "to", "so", "due", "for", "since":
			return 1
		}
		// "0.4%" or "March 2004" is no reason: a number or a date alone
		// says how much or when.
		if numberOnly(toks[i:j]) {
			return mannerlessFit
		}
		return 0.4
	case typeManner:
		switch {
		case toks[i].low == "by" || toks[i].low == "with" || toks[i].tag == tagAdverb || toks[i].low == "as":
			return 1
		case nameOnly(toks[i:j]) || toks[i].tag == tagNumber:
			// "How did Owen Hart die?" is not answered "Alberta based
			// wrestler" nor "How did the gunmen die?" "13 students": a
			// manner is said by a verb or an adverb, not a name or a
			// count.
			return mannerlessFit
		}
		return 0.6
	}
	// "What nationality...?", "What religion...?": a word of the class,
	// not a phrase around it ("a Scottish engineer").
	if c, ok := asksClass(q); ok {
		for k := i; k < j; k++ {
			if !c.member(toks[k]) {
				return classlessFit
			}
		}
		return 1
	}
	// "Which film...?", "What treaty...?" ask for a thing of a kind: a
	// number or a date without a name ("18 times out of the last 20
	// years") is none, unless the kind is a measure ("What score...?").
	if q.whEnd > q.whPos+1 && q.focus != "" && !measureNouns[q.focus] && numberLike(toks[i:j], q.focus) {
		return numberForThingFit
	}
	// Nor is a person's name one ("Which film won...?" is not answered
	// "Kathleen Turner"), unless the kind is of people ("What actor...?").
	if q.whEnd > q.whPos+1 && q.focus != "" && !personNouns[q.focus] && !titleHeads[q.focus] && endsInPersonName(toks, i, j) {
		return personForThingFit
	}
	return 1
}

// peopleNoun reports whether a common noun names people: a word for
// people ("protesters", "scientists", "historians"). An ending in -ers
// is an agent's, but for the nouns of things that end so ("huge
// numbers", "computers", "orders").
func peopleNoun(w string) bool {
	return personNouns[w] || personNouns[strings.TrimSuffix(w, "s")] ||
		strings.HasSuffix(w, "ers") && !thingErNouns[strings.TrimSuffix(w, "s")] || strings.HasSuffix(w, "ists") || strings.HasSuffix(w, "ians")
}

// thingErNouns are common nouns in -er that name things, not people: the
// exceptions to peopleNoun's agent ending.
var thingErNouns = set(`number computer supercomputer offer power order server matter quarter
	headquarter poster recorder camcorder disaster browser cover tracker career barrier answer danger
	border printer letter filter corner sweetener laser wonder murder cheer coffer water voucher shoulder
	merger jitter container chapter beer wallpaper viewfinder trouser trailer tatter skyscraper
	screensaver register launcher gender painkiller folder flower blockbuster tower river layer meter
	finger chamber theater summer winter weather counter cluster cancer fever hammer shelter
	sticker thriller trigger lever leather silver copper timber rubber butter banner manner ladder
	diameter parameter liter header footer remainder reminder encounter`)

// personForThingFit is the fit of a person's name (personName) for a
// question that asks for a place, an organisation or a thing of a kind
// that is not people.
const personForThingFit = 0.3

// numberOnly reports whether a span is a number, a sum or a date and
// nothing more: its words are numbers, units and function words.
func numberOnly(toks []token) bool {
	number := false
	for _, t := range toks {
		switch {
		case t.tag == tagNumber || t.tag == tagMoney || t.tag == tagMonth || t.tag == tagWeekday:
			number = true
		case t.text == "%" || functionTag(t.tag) || approximators[t.low]:
		default:
			return false
		}
	}
	return number
}

// mannerlessFit is the fit, for a how-question, of a name or a number.
const mannerlessFit = 0.2

// timeHeads are the time words that head a noun phrase of time: "at a
// time", "in the morning", "for a moment".
var timeHeads = set(`time times era moment morning afternoon evening night day week weekend month
	year decade century hour minute`)

// namelessFit is the fit, for a who- or which-company question, of a span
// that holds no name and no word for people or organisations: below
// typedFloorFit, so that such a question is answered by someone or the
// articles don't say.
const namelessFit = 0.25

// prepForPersonFit is the fit, for a who-question, of a span that opens on
// a preposition (other than an agent's "by" or a companion's "with"):
// below typedFloorFit.
const prepForPersonFit = 0.2

// nameForTitleFit is the fit of a bare name to a question asking who
// someone is or what their title is.
const nameForTitleFit = 0.1

// allProper reports whether a span is names only, capitalised words
// ("G Easterby"), and no title ("UN Secretary General" is one).
func allProper(toks []token) bool {
	for _, t := range toks {
		if t.tag == tagTitle || t.tag != tagProper && !isCapitalized(t.text) {
			return false
		}
	}
	return len(toks) > 0
}

// datedPlaceFit is the fit, for a where-question, of a time or an amount
// without a name: below typedFloorFit, no answer at all.
const datedPlaceFit = 0.1

// nameOnly reports whether a span is a name with its titles and
// determiners, and nothing else: "U.S. President", "the Alberta-based
// wrestler" is not (a common noun).
func nameOnly(toks []token) bool {
	name := false
	for _, t := range toks {
		switch t.tag {
		case tagProper, tagGentile:
			name = true
		case tagTitle, tagDet, tagPossess:
		default:
			return false
		}
	}
	return name
}

// roleWord reports whether a word names someone by what they do:
// "director", "leader", "economist", "librarian", "consultant".
func roleWord(w string) bool {
	if len(w) < 5 {
		return false
	}
	for _, suf := range []string{"er", "or", "ist", "ian", "ant", "ent"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// numberForThingFit is the fit of a number or a date to a question asking
// for a thing of a kind.
const numberForThingFit = 0.5

// measureNouns, by stem, are the kinds a number answers: "What score did
// she get?".
var measureNouns = stemsOf(set(`score speed temperature size height length width depth weight rate level
	distance price cost value salary wage fee budget figure total result margin record amount
	capacity frequency ratio density pressure volume area grade rank ranking birthday anniversary
	horsepower power output degree angle altitude elevation mileage dose ` + numberedMeasures))

// numberLike reports whether a span holds a number or a date, and neither
// a name nor the noun of the kind asked for ("article 66" for "Which
// article...?").
func numberLike(toks []token, focus string) bool {
	number := len(dateSpans(toks)) > 0
	for _, t := range toks {
		if t.stem == focus {
			return false
		}
		switch t.tag {
		case tagProper:
			return false
		case tagNumber, tagMoney:
			number = true
		}
	}
	return number
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
