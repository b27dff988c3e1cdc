package answers

import (
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
}

// text returns the candidate's answer text, verbatim from its sentence.
func (c candidate) text() string {
	s := c.s
	if c.from != nil {
		s = c.from
	}
	return s.src.Text[s.toks[c.i].start:s.toks[c.j-1].end]
}

// holder is the sentence the answer text is copied from.
func (c candidate) holder() *sentence {
	if c.from != nil {
		return c.from
	}
	return c.s
}

// extract finds the candidates of the expected type in one sentence. ctx
// returns another retrieved sentence of the same article by number, for
// pronouns whose antecedent lives there.
func extract(q *question, s *sentence, ctx func(article string, n int) *sentence) []candidate {
	var out []candidate
	add := func(i, j int, fit float64, rule string) {
		i, j = trim(s.toks, i, j)
		if i < j {
			if negated(s.toks, i) {
				fit *= negatedFit
			}
			out = append(out, candidate{s: s, i: i, j: j, fit: fit, rule: rule})
		}
	}
	switch q.want {
	case typePerson, typeOrg:
		for _, e := range s.ents {
			fit := 0.0
			switch {
			case e.kind == kindPerson && q.want == typePerson, e.kind == kindOrg && q.want == typeOrg:
				fit = 1
			case e.kind == kindOther:
				fit = 0.6
			case e.kind == kindOrg, e.kind == kindPerson:
				fit = 0.5
			default:
				fit = 0.2
			}
			// With a verb in the question, the rules that find its subject
			// or object are surer than a name anywhere in the sentence.
			if q.hasVerb() {
				fit *= 0.7
			}
			// Asked who holds a title, the person bearing it.
			if q.role != "" && e.kind != kindOrg && e.kind != kindPlace {
				if holdsRole(s.toks, e, q.role) {
					fit = 1
				} else {
					fit *= 0.7
				}
			}
			if isRef(s.toks, e) {
				// He/she, "the university": answer with the name it stands
				// for when the sentence naming it was retrieved too.
				if from := ctx(s.src.ArticleID, e.at); from != nil && from != s {
					if k, l, ok := findName(from, e.full); ok {
						out = append(out, candidate{s: s, i: k, j: l, fit: fit, from: from, rule: "pronoun"})
					}
				}
				continue
			}
			add(e.i, e.j, fit, "name")
		}
		if q.wh == "whose" {
			out = append(out, possessors(q, s)...)
		}
		if q.role != "" {
			out = append(out, namedLater(q, s, ctx)...)
		}
		if q.want == typePerson && q.asksSpouse() {
			out = append(out, spouses(q, s)...)
		}
		if q.want == typePerson && q.verbPos >= 0 && related(q.toks[q.verbPos].stem, stem("say")) {
			out = append(out, quoteSpeaker(s, ctx)...)
		}
		// Lists of names: "President Trump and President Putin".
		for n := 0; n+1 < len(s.ents); n++ {
			a, b := s.ents[n], s.ents[n+1]
			if a.kind == kindPerson && b.kind == kindPerson && b.ti == a.j+1 &&
				(s.toks[a.j].low == "and" || s.toks[a.j].text == ",") {
				end := n + 1
				for end+1 < len(s.ents) && s.ents[end+1].kind == kindPerson && s.ents[end+1].ti == s.ents[end].j+1 {
					end++
				}
				add(a.ti, s.ents[end].j, 0.75, "list")
			}
		}
		if q.want == typePerson {
			// Groups of people: "protesters", "a group of scientists".
			for i, t := range s.toks {
				if personNouns[t.low] || t.tag == tagTitle && titleHeads[t.low] && strings.HasSuffix(t.low, "s") {
					k := npStart(s.toks, i)
					add(k, i+1, 0.3, "people")
				}
			}
		}
	case typeTitle:
		for _, e := range s.ents {
			if e.ti < e.i && e.kind == kindPerson && !honorificsOnly(s.toks[e.ti:e.i]) {
				add(e.ti, e.i, 1, "title")
			}
			// Appositive: "Name, the party's leader, ..."
			if e.j+1 < len(s.toks) && s.toks[e.j].text == "," {
				if k := clauseEnd(s.toks, e.j+1, true); k > e.j+1 {
					add(e.j+1, k, 0.7, "appositive")
				}
			}
		}
	case typePlace:
		for i, t := range s.toks {
			// "in her camper van", "at a stadium": places without names;
			// "walked to the dressing room", a destination, is less sure.
			if i+1 < len(s.toks) && s.toks[i+1].tag == tagDet && s.toks[i+1].low != "this" {
				fit := 0.0
				switch t.low {
				case "in", "at", "inside", "outside", "near", "behind", "beside":
					fit = placePhraseFit
				case "to", "into", "from":
					fit = destinationFit
				}
				if j := npEnd(s.toks, i+1); fit > 0 && j > i+2 {
					add(i, j, fit, "place-phrase")
				}
			}
		}
		// Places without names that are no phrase after a preposition:
		// "Fish plants have created jobs" for where jobs were created,
		// in a sentence that names no place.
		named := false
		for _, e := range s.ents {
			named = named || e.kind == kindPlace
		}
		for i, t := range s.toks {
			if named || !siteNouns[t.low] && !siteNouns[strings.TrimSuffix(t.low, "s")] || i+1 < len(s.toks) && isNominal(s.toks[i+1].tag) {
				continue
			}
			k := npStart(s.toks, i)
			if k > 0 && s.toks[k-1].tag == tagPrep {
				continue // the place-phrase rule's
			}
			add(k, i+1, siteFit, "site")
		}
		for _, e := range s.ents {
			switch {
			case e.kind == kindPlace && (e.ti > 0 && isLocPrep(s.toks[e.ti-1].low) || e.ti > 1 && s.toks[e.ti-1].text == "," && s.toks[e.ti-2].tag == tagProper):
				add(e.ti, e.j, 1, "place")
				// "Ashford, Kent", "Nelson, New Zealand".
				if e.j+1 < len(s.toks) && s.toks[e.j].text == "," && s.toks[e.j+1].tag == tagProper {
					if l := npEnd(s.toks, e.j+1); l > e.j+1 {
						add(e.ti, l, 1, "place-pair")
					}
				}
			case e.kind == kindPlace:
				add(e.ti, e.j, 0.75, "place")
			case e.kind == kindOrg || e.kind == kindOther:
				if e.i > 0 && isLocPrep(s.toks[e.i-1].low) || affiliation(s, e) {
					add(e.ti, e.j, 0.6, "place-prep")
				} else {
					add(e.ti, e.j, 0.3, "name")
				}
			}
		}
		// "Where in Nova Scotia...?": the name just before ", Nova
		// Scotia".
		for _, e := range s.ents {
			if e.kind != kindPerson && e.j+1 < len(s.toks) && s.toks[e.j].text == "," && q.names(s.toks[e.j+1].stem) {
				add(e.ti, e.j, withinFit, "place-within")
			}
		}
		// Lists: "Ohio and Michigan" for "Which states...?", ending
		// with "and" ("Antalya, Turkey" is one place).
		placeLike := func(e entity) bool { return e.kind == kindPlace || e.kind == kindOther }
		for n := 0; n+1 < len(s.ents); n++ {
			a := s.ents[n]
			if a.kind != kindPlace {
				continue
			}
			end := n
			for end+1 < len(s.ents) && placeLike(s.ents[end+1]) && s.ents[end+1].ti == s.ents[end].j+1 &&
				(s.toks[s.ents[end].j].low == "and" || s.toks[s.ents[end].j].text == ",") {
				end++
				if s.toks[s.ents[end-1].j].low == "and" {
					break
				}
			}
			if end == n || s.toks[s.ents[end-1].j].low != "and" {
				continue
			}
			fit := 0.5
			if q.plural {
				fit = 1
			}
			add(a.ti, s.ents[end].j, fit, "place-list")
			n = end
		}
	case typeDate:
		for _, sp := range dateSpans(s.toks) {
			add(sp[0], sp[1], 1, "date")
		}
		// Events as times: "after the spring floods", "before the
		// race", "when they realized...".
		for i, t := range s.toks {
			switch t.low {
			case "back":
				// "records dating back to the Old Testament", "as far back
				// as the 1850s".
				k := i + 1
				if k < len(s.toks) && (s.toks[k].low == "to" || s.toks[k].low == "as") {
					if j := npEnd(s.toks, k+1); j > k+1 {
						add(i, j, eventTimeFit, "back-to")
					}
				}
			case "as", "when", "while", "once":
				// A clause opening the sentence or following a comma:
				// "As he left the arena, ...", "..., when the ice broke".
				if (i == 0 || s.toks[i-1].text == ",") && i+2 < len(s.toks) &&
					(s.toks[i+1].tag == tagPronoun || s.toks[i+1].tag == tagProper || s.toks[i+1].tag == tagDet) {
					add(i, min(clauseEnd(s.toks, i+1, true), i+10), eventTimeFit, "event-time")
				}
			case "after", "before", "until", "during", "since":
				if i+1 < len(s.toks) && (s.toks[i+1].tag == tagDet || s.toks[i+1].tag == tagVerb || s.toks[i+1].tag == tagWord || s.toks[i+1].tag == tagPossess || s.toks[i+1].low == "being" || s.toks[i+1].low == "having") {
					add(i, min(clauseEnd(s.toks, i+1, true), i+8), eventTimeFit, "event-time")
				}
			}
		}
	case typeCount, typeQuantity, typeMoney, typeDuration, typeAge:
		for _, sp := range numberSpans(s.toks) {
			fit := quantityFit(q, s.toks, sp[0], sp[1])
			if q.want == typeCount {
				add(sp[0], sp[2], fit, "count")
			} else {
				add(sp[0], sp[1], fit, "quantity")
			}
		}
		if q.want == typeDuration {
			// Durations without a number: "within minutes", "for
			// hours", "over several weeks".
			for i, t := range s.toks {
				if !durationUnits[t.low] || i == 0 {
					continue
				}
				k := i
				if vagueCounts[s.toks[k-1].low] {
					k--
				}
				if k > 0 && spanPreps[s.toks[k-1].low] && (k < i || strings.HasSuffix(t.low, "s")) {
					add(k-1, i+1, vagueDurationFit, "duration")
				}
			}
		}
		if q.want == typeCount {
			// Counts without a number: "Several Ortega family members",
			// "dozens of whales".
			for i, t := range s.toks {
				if vagueQuantities[t.low] && (i == 0 || s.toks[i-1].tag != tagDet) && i+1 < len(s.toks) && isNominal(s.toks[i+1].tag) {
					add(i, i+1, vagueCountFit, "vague-count")
				}
			}
		}
		if q.focus == stem("often") {
			// "yearly", "every week", "twice a year".
			for i, t := range s.toks {
				switch {
				case frequencyWords[t.low]:
					add(i, i+1, 1, "frequency")
				case (t.low == "every" || t.low == "each") && i+1 < len(s.toks) && s.toks[i+1].tag == tagTime:
					add(i, i+2, 1, "frequency")
				case (t.low == "once" || t.low == "twice" || t.low == "times") && i+2 < len(s.toks) &&
					(s.toks[i+1].low == "a" || s.toks[i+1].low == "per" || s.toks[i+1].low == "every") && s.toks[i+2].tag == tagTime:
					st := i
					if t.low == "times" && i > 0 && s.toks[i-1].tag == tagNumber {
						st--
					}
					add(st, i+3, 1, "frequency")
				}
			}
		}
	case typeReason:
		for i, t := range s.toks {
			switch t.low {
			case "saying", "citing", "arguing", "explaining", "claiming":
				// The reason given for what was done: "refused to extend
				// the deadline, saying the budget was spent".
				if i > 0 && s.toks[i-1].text == "," && i+1 < len(s.toks) {
					k := i + 1
					if s.toks[k].low == "that" {
						k++
					}
					if j := clauseEnd(s.toks, k, false); j > k {
						out = append(out, candidate{s: s, i: k, j: j, fit: givenReasonFit, rule: "reason-given"})
					}
				}
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
				fit := 0.9
				if t.low == "after" || t.low == "as" || t.low == "since" {
					fit = 0.6 // also mark times
				}
				if j := clauseEnd(s.toks, k, false); j > k {
					out = append(out, candidate{s: s, i: i, j: j, fit: fit, rule: "reason"})
				}
			case "forced", "forces", "caused", "causes", "prompted", "prompts", "triggered", "sparked", "compelled", "led", "leads", "left":
				// A cause as the subject: "Rising costs have forced the
				// club to close", "A sudden freeze has left the boats
				// stranded".
				if st, g, ok := causeSubject(s.toks, i); ok {
					add(st, g, causeSubjectFit, "cause-subject")
				}
			case "to":
				// Purpose: "to make sure that..." after a verb.
				if i+1 < len(s.toks) && (s.toks[i+1].tag == tagVerb || s.toks[i+1].tag == tagWord && verbStems[s.toks[i+1].stem]) && i > 0 && s.toks[i-1].tag != tagNumber {
					add(i, clauseEnd(s.toks, i+1, false), purposeFit, "purpose")
				}
			}
		}
	case typeManner:
		for i, t := range s.toks {
			k := i + 1
			if k < len(s.toks) && s.toks[k].tag == tagNegation {
				k++ // "by not clicking the links"
			}
			if t.low == "by" && k < len(s.toks) && strings.HasSuffix(s.toks[k].low, "ing") {
				add(i, clauseEnd(s.toks, i+1, false), 0.8, "by-ing")
			}
			// What makes a thing happen says how it happens: "Users
			// think the mail is a friend's because the worm copies real
			// addresses" for "How does the worm trick users?".
			if t.low == "because" && k < len(s.toks) && s.toks[k].low != "of" {
				if j := clauseEnd(s.toks, k, false); j > k {
					add(k, j, causeMannerFit, "cause-manner")
				}
			}
		}
	}
	return out
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

// saidToBe finds what a speaker says the asked-about thing is, for "How
// did X describe Y?" and "How does X feel about Y?": "Mayor Lee says the
// library is the finest reading room in the province" gives "the finest
// reading room in the province". The
// thing is a pronoun or a phrase whose head is a question word.
func saidToBe(q *question, s *sentence, matches [][]hit) []candidate {
	var out []candidate
	toks := s.toks
	inQ := questionMask(toks, matches)
	for p, t := range toks {
		if !related(t.stem, stem("say")) || t.tag != tagVerb && t.tag != tagWord {
			continue
		}
		k := p + 1
		if k < len(toks) && toks[k].low == "that" {
			k++
		}
		var be int
		switch {
		case k < len(toks) && toks[k].tag == tagPronoun:
			be = k + 1
		default:
			e := npEnd(toks, k)
			if e == k || !inQ[e-1] {
				continue
			}
			be = e
		}
		if be+1 < len(toks) && (copulas[toks[be].low] || toks[be].low == "'s") {
			if j := min(clauseEnd(toks, be+1, true), be+13); j > be+1 {
				i, j := trim(toks, be+1, j)
				if i < j {
					out = append(out, candidate{s: s, i: i, j: j, fit: saidToBeFit, rule: "said-to-be"})
				}
			}
		}
	}
	return out
}

// causeSubject returns the subject of the causative verb at v, when what
// follows makes it a cause: "Rising costs have forced the club to close",
// "led to", "A freeze has left the boats stranded", "caused the delay".
// A time adjunct before the subject is left out ("in recent years rising
// costs...").
func causeSubject(toks []token, v int) (int, int, bool) {
	w := toks[v].low
	if v+1 >= len(toks) || toks[v+1].low == "by" || toks[v].tag != tagVerb && toks[v].tag != tagWord {
		return 0, 0, false
	}
	switch w {
	case "forced", "forces", "prompted", "prompts", "compelled", "led", "leads":
		// "forced X to do", "led to", "prompted calls for".
		ok := false
		for k := v + 1; k < len(toks) && k < v+8 && toks[k].tag != tagPunct; k++ {
			if toks[k].low == "to" {
				ok = true
				break
			}
		}
		if !ok && w != "prompted" && w != "prompts" {
			return 0, 0, false
		}
	case "left":
		// "left the boats stranded": a participle after the object.
		ok := false
		for k := v + 2; k < len(toks) && k < v+8 && toks[k].tag != tagPunct; k++ {
			if strings.HasSuffix(toks[k].low, "ed") && (toks[k].tag == tagVerb || toks[k].tag == tagWord) {
				ok = true
				break
			}
		}
		if !ok {
			return 0, 0, false
		}
	}
	g := verbGroupStart(toks, v)
	st := npStartBefore(toks, g)
	for k := g - 1; k > st; k-- {
		if toks[k].tag == tagTime && toks[k+1].tag != tagPossess {
			st = k + 1
			break
		}
	}
	// "rising costs", "growing fears" open the subject.
	if st > 0 && st < g && toks[st-1].tag == tagVerb && strings.HasSuffix(toks[st-1].low, "ing") &&
		(st == 1 || !isNominal(toks[st-2].tag) || toks[st-2].tag == tagTime) {
		st--
	}
	st, g = trim(toks, st, g)
	if st >= g {
		return 0, 0, false
	}
	for k := st; k < g; k++ {
		if toks[k].tag == tagWord || toks[k].tag == tagProper || toks[k].tag == tagGentile {
			return st, g, true
		}
	}
	return 0, 0, false
}

// holdsRole reports whether a name bears a title: before it ("Director
// Anna Novak") or in an appositive after it ("Omar Haddad, the
// secretary-general").
func holdsRole(toks []token, e entity, role string) bool {
	has := func(t token) bool {
		if t.stem == role {
			return true
		}
		for _, part := range strings.Split(t.low, "-") {
			if stem(part) == role {
				return true
			}
		}
		return false
	}
	for k := e.ti; k < e.j; k++ {
		if has(toks[k]) {
			return true
		}
	}
	if e.j+1 < len(toks) && toks[e.j].text == "," {
		for k := e.j + 1; k < len(toks) && k < e.j+6 && toks[k].text != ","; k++ {
			if has(toks[k]) {
				return true
			}
		}
	}
	return false
}

// namedLaterReach is how many sentences after a role given without a
// name ("The province's attorney general says...") may name its holder.
const namedLaterReach = 2

// namedLaterFit is the fit of the person named after a role given without
// a name: surer than a name that holds no role, less than one that does.
const namedLaterFit = 0.9

// namedLater answers "Who is the attorney general?" from a sentence that
// gives the role without a name ("The province's attorney general says
// few people came forward.") with the person who opens one of the next
// sentences ("Ilse Moreno stresses there is no cost."): news stories
// introduce a person by title first and name them just after. The first
// person named after the role must open their sentence, be named in full
// and bear no other title.
func namedLater(q *question, s *sentence, ctx func(string, int) *sentence) []candidate {
	inName := make([]bool, len(s.toks))
	for _, e := range s.ents {
		if e.kind == kindPerson && holdsRole(s.toks, e, q.role) {
			return nil // the sentence names the holder itself
		}
		for k := e.ti; k < e.j; k++ {
			inName[k] = true
		}
	}
	at := -1
	for i, t := range s.toks {
		if t.stem == q.role && t.tag == tagTitle && !inName[i] && definiteRole(s.toks, i) {
			at = i
			break
		}
	}
	if at < 0 {
		return nil
	}
	for n := s.src.Number + 1; n <= s.src.Number+namedLaterReach; n++ {
		next := ctx(s.src.ArticleID, n)
		if next == nil {
			return nil
		}
		for _, e := range next.ents {
			if e.kind != kindPerson {
				continue
			}
			if isRef(next.toks, e) || e.full != "" || !opensSentence(next.toks, e.ti) || otherTitle(next.toks, e, q.role) {
				return nil
			}
			return []candidate{{s: s, i: e.i, j: e.j, fit: namedLaterFit, from: next, rule: "named-later"}}
		}
	}
	return nil
}

// spouseWords name a husband or wife.
var spouseWords = set(`wife husband spouse widow widower`)

// asksSpouse reports whether the question asks whom someone is married
// to: "Who is X married to?", "Who is X's wife?".
func (q *question) asksSpouse() bool {
	for _, t := range q.toks {
		if spouseWords[t.low] || t.stem == stem("married") || t.stem == stem("marry") {
			return true
		}
	}
	return false
}

// spouses answers "Who is X married to?" from "X, the Y's wife": the
// possessor of a spouse word said of the question's name, in apposition
// to it.
func spouses(q *question, s *sentence) []candidate {
	var out []candidate
	toks := s.toks
	for k, t := range toks {
		if !spouseWords[t.low] || k < 2 || toks[k-1].tag != tagPossess {
			continue
		}
		// The possessor: a name, or a noun phrase ("the prime minister").
		st := npStart(toks, k-1)
		if st >= k-1 {
			continue
		}
		// In apposition to the question's name: "X, the Y's wife," or
		// "the Y's wife, X,".
		before := st >= 2 && toks[st-1].text == "," && q.names(toks[st-2].stem)
		after := k+2 < len(toks) && toks[k+1].text == "," && q.names(toks[k+2].stem)
		if before || after {
			out = append(out, candidate{s: s, i: st, j: k - 1, fit: 1, rule: "spouse"})
		}
	}
	return out
}

// quoteReach is how many sentences a quotation may run on after the one
// asked about before its speaker is named.
const quoteReach = 5

// quoteSpeaker answers "Who said ...?" from a sentence that opens a
// quotation it does not close and does not attribute: the speaker is
// named where the quotation ends, after its closing mark ("...," said
// Ivo Kral.) or opening the next sentence ("- Ivo Kral"), all sentences
// in between retrieved.
func quoteSpeaker(s *sentence, ctx func(string, int) *sentence) []candidate {
	open := false
	for _, t := range s.toks {
		if t.tag == tagQuote {
			open = !open
		}
	}
	if !open {
		return nil
	}
	for _, e := range s.ents {
		if e.kind == kindPerson {
			return nil
		}
	}
	for _, t := range s.toks {
		if personCueVerbs[t.low] {
			return nil
		}
	}
	for n := s.src.Number + 1; n <= s.src.Number+quoteReach; n++ {
		next := ctx(s.src.ArticleID, n)
		if next == nil {
			return nil
		}
		closeAt := -1
		for k, t := range next.toks {
			if t.tag == tagQuote {
				closeAt = k
				break
			}
		}
		if closeAt < 0 {
			continue // the quotation runs on
		}
		// "...," said Ivo Kral. / "...," Ivo Kral said.
		for _, e := range next.ents {
			if e.ti <= closeAt || e.ti > closeAt+3 || isRef(next.toks, e) || e.kind == kindPlace {
				continue
			}
			if e.j < len(next.toks) && personCueVerbs[next.toks[e.j].low] || personCueVerbs[next.toks[e.ti-1].low] {
				return []candidate{{s: s, i: e.i, j: e.j, fit: 1, from: next, rule: "quote-speaker"}}
			}
		}
		rest := closeAt + 1
		for rest < len(next.toks) && next.toks[rest].tag == tagPunct {
			rest++
		}
		if rest < len(next.toks) {
			return nil // the quotation ends unattributed
		}
		// The attribution opens the next sentence: "- Ivo Kral".
		after := ctx(s.src.ArticleID, n+1)
		if after == nil || len(after.toks) == 0 || len(after.ents) == 0 {
			return nil
		}
		e := after.ents[0]
		if e.ti == 1 && isDash(after.toks[0].text) && e.kind != kindPlace {
			return []candidate{{s: s, i: e.i, j: e.j, fit: 1, from: after, rule: "quote-speaker"}}
		}
		return nil
	}
	return nil
}

func isDash(w string) bool {
	switch w {
	case "-", "--", "—", "–":
		return true
	}
	return false
}

// definiteRole reports whether the title at token i names one holder:
// "the attorney general", "the province's fire marshal", not "a
// minister".
func definiteRole(toks []token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		switch {
		case toks[k].tag == tagTitle || toks[k].tag == tagGentile || toks[k].tag == tagWord && !stopWords[toks[k].low]:
			continue // "the province's fire marshal"
		case toks[k].tag == tagPossess || toks[k].low == "the" || possessivePronouns[toks[k].low]:
			return true
		}
		return false
	}
	return false
}

// opensSentence reports whether only conjunctions, adverbs and
// punctuation come before token i: the name is the sentence's subject.
func opensSentence(toks []token, i int) bool {
	for k := 0; k < i; k++ {
		switch toks[k].tag {
		case tagConj, tagAdverb, tagPunct, tagQuote:
			continue
		}
		return false
	}
	return true
}

// otherTitle reports whether a person bears a title other than role
// ("Spokesperson Ana Ruiz" is not the minister).
func otherTitle(toks []token, e entity, role string) bool {
	for k := e.ti; k < e.i; k++ {
		if titleHeads[toks[k].low] && !honorifics[toks[k].low] && toks[k].stem != role {
			return true
		}
	}
	return false
}

// Fits of the rules whose spans answer their question type less surely
// than a name or a date does.
const (
	placePhraseFit   = 0.5  // "in her camper van" for where
	eventTimeFit     = 0.55 // "after the spring floods" for when
	purposeFit       = 0.6  // "to make sure..." for why
	causeMannerFit   = 0.6  // "because the worm copies addresses" for how
	saidToBeFit      = 0.8  // "says the library is the finest reading room" for how did X describe it
	meansFit         = 0.9  // "killed by an injection of poison" for how
	causeSubjectFit  = 0.9  // "Rising costs have forced the club to close" for why
	givenReasonFit   = 0.7  // ", saying the budget was spent" for why
	destinationFit   = 0.4  // "to the dressing room" for where
	gapFit           = 0.35 // the words between the question's, for anything
	vagueDurationFit = 0.7  // "within minutes" for how long
	withinFit        = 0.9  // "Stavanger" in "Stavanger, Rogaland" for where in Rogaland
	ageDurationFit   = 0.7  // "two days" for how old
	vagueCountFit    = 0.5  // "several" for how many
	numberFit        = 0.8  // a span holding a number that fits, for how many/much
	focusCopulaFit   = 0.85 // "the goal is to..." for what is the goal
	descriptorFit    = 0.9  // "cyclist" in "Leeds-based cyclist Tom Price" for who-is
	siteFit          = 0.35 // "fish plants" for where
	otherEventFit    = 0.5  // "on Friday" in "a week after winning, she retired on Friday" for when she won
)

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

// affiliation reports whether an organisation is named as a person's:
// "Lena Moreau of the Central African Wildlife Fund", "Ada Ruiz, director
// of research at the Harbour Trust".
func affiliation(s *sentence, e entity) bool {
	_, ok := affiliated(s, e)
	return ok
}

// affiliated returns the person an organisation is named as theirs, by
// its index in s.ents: right before "of the organisation", or with an
// appositive title in between ("Ada Ruiz, director of research at the
// Harbour Trust").
func affiliated(s *sentence, e entity) (int, bool) {
	k := e.ti - 1
	if k > 0 && s.toks[k].tag == tagDet {
		k--
	}
	if k < 1 {
		return 0, false
	}
	switch s.toks[k].low {
	case "of", "at", "with", "for":
	default:
		return 0, false
	}
	for n, p := range s.ents {
		if p.kind != kindPerson {
			continue
		}
		if p.j == k && s.toks[k].low == "of" {
			return n, true
		}
		// The appositive: a comma, then title words up to the preposition.
		if p.j < k && s.toks[p.j].text == "," && k-p.j <= affiliationReach && titleWords(s.toks[p.j+1:k]) {
			return n, true
		}
	}
	return 0, false
}

// affiliationReach is how many words an appositive title may take
// between a name and its organisation.
const affiliationReach = 7

// titleWords reports whether tokens can be an appositive title: words,
// not a clause or another phrase.
func titleWords(toks []token) bool {
	for _, t := range toks {
		switch {
		case t.tag == tagVerb && !strings.HasSuffix(t.low, "ing"): // "director of planning"
			return false
		case t.tag == tagPunct, t.tag == tagQuote, t.tag == tagPronoun, t.tag == tagSub:
			return false
		}
	}
	return len(toks) > 0
}

func isLocPrep(w string) bool {
	switch w {
	case "in", "at", "from", "to", "near", "into", "across", "outside", "inside", "towards", "toward":
		return true
	}
	return false
}

// trim drops punctuation, quotes and conjunctions at the edges of a span.
func trim(toks []token, i, j int) (int, int) {
	for i < j && (toks[i].tag == tagPunct || toks[i].tag == tagQuote || toks[i].tag == tagConj) {
		i++
	}
	for j > i && (toks[j-1].tag == tagPunct || toks[j-1].tag == tagQuote || toks[j-1].tag == tagConj ||
		toks[j-1].tag == tagPrep || toks[j-1].tag == tagDet || toks[j-1].tag == tagSub) {
		j--
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

// clauseBreakers start an adjunct that is not part of the phrase before
// them: "peace efforts despite perceived reluctance".
var clauseBreakers = set(`despite amid amidst although though because unless whereas while
	whilst`)

// dateSpans finds date and time expressions: weekdays, months with their
// days and years, years, and relative times ("last night", "32 years ago").
func dateSpans(toks []token) [][2]int {
	var out [][2]int
	isYear := func(t token) bool {
		return len(t.text) == 4 && isDigits(t.text) && (strings.HasPrefix(t.text, "1") || strings.HasPrefix(t.text, "20"))
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		asSoonAs := t.low == "soon" && i > 0 && toks[i-1].low == "as" // a conjunction, not a time
		core := t.tag == tagMonth || t.tag == tagWeekday || isYear(t) || relativeTime[t.low] && !asSoonAs ||
			t.tag == tagTime && i > 0 && (toks[i-1].low == "last" || toks[i-1].low == "next" || toks[i-1].low == "this" || toks[i-1].low == "early" || toks[i-1].low == "late")
		if t.low == "ago" && i > 1 && toks[i-1].tag == tagTime {
			// "32 years ago", "a month ago", "more than a decade ago".
			k := i - 1
			for k > 0 && (toks[k-1].tag == tagNumber || toks[k-1].low == "a" || toks[k-1].low == "an" || approximators[toks[k-1].low]) {
				k--
			}
			out = append(out, [2]int{k, i + 1})
			continue
		}
		if durationUnits[t.low] && i > 0 && (toks[i-1].tag == tagNumber || vagueCounts[toks[i-1].low]) {
			// "in 45 days", "in the last 36 hours", "within two weeks",
			// "in less than a year".
			k := i - 1
			for k > 0 && (toks[k-1].low == "last" || toks[k-1].low == "past" || toks[k-1].low == "next" || toks[k-1].low == "the" || approximators[toks[k-1].low] && toks[k-1].low != "at") {
				k--
			}
			if k > 0 && (toks[k-1].low == "in" || toks[k-1].low == "within") {
				out = append(out, [2]int{k - 1, i + 1})
			}
			continue
		}
		// "by the end of the year", "at the beginning of January".
		if (t.low == "end" || t.low == "beginning" || t.low == "start" || t.low == "middle") && i > 0 && toks[i-1].low == "the" &&
			i+2 < len(toks) && toks[i+1].low == "of" {
			k := i + 2
			if toks[k].tag == tagDet {
				k++
			}
			if k < len(toks) && (toks[k].tag == tagTime || toks[k].tag == tagMonth || isYearToken(toks[k])) {
				st := i - 1
				if st > 0 && (toks[st-1].low == "by" || toks[st-1].low == "at" || toks[st-1].low == "until" || toks[st-1].low == "before") {
					st--
				}
				out = append(out, [2]int{st, k + 1})
				i = k
				continue
			}
		}
		// "in the spring", "the summer of 1998".
		season := seasons[t.low] && i > 0 && (toks[i-1].low == "the" || toks[i-1].low == "in")
		if !core && !season {
			continue
		}
		k := i
		if season && toks[i-1].low == "the" {
			k = i - 1
		}
		for k > 0 {
			p := toks[k-1]
			if p.tag == tagMonth || p.tag == tagWeekday || p.tag == tagNumber && len(p.text) <= 2 ||
				p.low == "last" || p.low == "next" || p.low == "early" || p.low == "late" || p.low == "mid" ||
				p.low == "this" || p.text == "," && k > 1 && (toks[k-2].tag == tagWeekday || toks[k-2].tag == tagMonth || isDigits(toks[k-2].text)) {
				k--
				continue
			}
			break
		}
		j := i + 1
		for j < len(toks) {
			n := toks[j]
			if n.tag == tagMonth || n.tag == tagWeekday || isDigits(n.text) && len(n.text) <= 4 ||
				n.tag == tagTime && (t.tag == tagTime || relativeTime[t.low] || n.low == "night" || n.low == "morning" || n.low == "afternoon" || n.low == "evening") ||
				n.text == "," && j+1 < len(toks) && (isDigits(toks[j+1].text)) && (t.tag == tagMonth || isDigits(toks[j-1].text)) {
				j++
				continue
			}
			break
		}
		out = append(out, [2]int{k, j})
		i = j - 1
	}
	return out
}

func isYearToken(t token) bool {
	return len(t.text) == 4 && isDigits(t.text) && (strings.HasPrefix(t.text, "1") || strings.HasPrefix(t.text, "20"))
}

var frequencyWords = set(`yearly annual annually daily weekly monthly hourly nightly seasonal
	biweekly fortnightly`)

var seasons = set(`spring summer fall autumn winter`)

// vagueCounts stand for a number before a unit of time: "a few days",
// "in less than a year".
var vagueCounts = set(`a an few several many some`)

// relativeMarks follow a length of time that places an event in time:
// "two days before", "a year later".
var relativeMarks = set(`before after ago later earlier since`)

// vagueQuantities say how many without a number.
var vagueQuantities = set(`several many few dozens hundreds thousands millions numerous countless`)

// spanPreps open a length of time: "within minutes", "for hours".
var spanPreps = set(`within for in over after`)

// approximators precede a number and belong to it: "about 150",
// "more than 40 years".
var approximators = set(`about nearly almost around roughly some over under approximately
	exactly only just more less than fewer least up to at`)

// numberSpans finds numbers with the words that qualify them: each span is
// [start, end of the quantity with its unit, end of the number alone].
func numberSpans(toks []token) [][3]int {
	var out [][3]int
	for i := 0; i < len(toks); i++ {
		if toks[i].tag != tagNumber && toks[i].tag != tagMoney {
			continue
		}
		if toks[i].tag == tagNumber && !isDigits(toks[i].text) && !cardinalWords[toks[i].low] &&
			!strings.Contains(toks[i].low, "-") {
			continue
		}
		k := i
		for k > 0 && (approximators[toks[k-1].low] || toks[k-1].tag == tagMoney) {
			k--
		}
		j := i + 1
		for j < len(toks) && (toks[j].tag == tagNumber || toks[j].text == "%" ||
			toks[j].low == "and" && j+1 < len(toks) && toks[j+1].tag == tagNumber && toks[j-1].tag == tagNumber && !isDigits(toks[j-1].text)) {
			j++
		}
		num := j
		// The unit, and a second part: "6 feet, 4 inches", "$90 a month".
		if j < len(toks) && units[toks[j].low] {
			j++
			if j+2 < len(toks) && toks[j].text == "," && toks[j+1].tag == tagNumber && units[toks[j+2].low] {
				j += 3
			}
		}
		if j+1 < len(toks) && (toks[j].low == "a" || toks[j].low == "per" || toks[j].low == "an") && durationUnits[toks[j+1].low] {
			j += 2
		}
		out = append(out, [3]int{k, j, num})
		i = j - 1
	}
	return out
}

// labelWords precede numbers that name rather than count.
var labelWords = set(`grade no. number page chapter room route highway flight episode version
	level class channel bill apollo`)

// quantityFit says how well a number fits the quantity asked for.
func quantityFit(q *question, toks []token, i, j int) float64 {
	unit := ""
	if j > 0 {
		unit = toks[j-1].low
	}
	isYear := j-i == 1 && len(toks[i].text) == 4 && isDigits(toks[i].text)
	switch q.want {
	case typeMoney:
		for k := i; k < j; k++ {
			if moneyWords[toks[k].low] {
				return 1
			}
		}
		return 0.4
	case typeAge:
		// "22 years old", "aged 61", "Marta Kowalczyk, 61,": an age;
		// "two days before" is a length of time, a weaker one.
		if j < len(toks) && toks[j].low == "old" || i > 0 && (toks[i-1].low == "aged" || toks[i-1].low == "age") {
			return 1
		}
		if durationUnits[unit] {
			if j < len(toks) && relativeMarks[toks[j].low] {
				return 0.3 // "two days before the fair" is a time
			}
			return ageDurationFit
		}
		if j-i == 1 && i > 1 && toks[i-1].text == "," && toks[i-2].tag == tagProper && (j == len(toks) || toks[j].text == ",") {
			return 0.9
		}
		return 0.4
	case typeDuration:
		if durationUnits[unit] {
			return 1
		}
		return 0.4
	case typeCount:
		if isYear {
			return 0.3
		}
		// The whole of a part: "five" in "three of the five lighthouses".
		if i >= 3 && toks[i-1].tag == tagDet && toks[i-2].low == "of" && toks[i-3].tag == tagNumber {
			return 0.5
		}
		// A number that labels rather than counts: "grade nine", "no. 12";
		// or measures: "three-year-long".
		if i > 0 && labelWords[toks[i-1].low] || hyphenNumber(toks[i].low) {
			return 0.3
		}
		// "How many passengers...?": the number of passengers, not of anything.
		if q.focus != "" {
			for k := j; k < len(toks) && k < j+5; k++ {
				if toks[k].low == "of" || toks[k].tag == tagDet || toks[k].tag == tagNumber {
					continue // "three of the four targets"
				}
				if toks[k].stem == q.focus {
					if strings.HasSuffix(toks[k].low, "s") || toks[k].low == "people" || toks[k].low == "children" {
						return 1
					}
					return 0.7
				}
				if !(toks[k].tag == tagWord || toks[k].tag == tagGentile || toks[k].tag == tagProper || toks[k].tag == tagVerb || toks[k].tag == tagTitle) {
					break
				}
			}
			return 0.7
		}
		return 0.9
	}
	if isYear {
		return 0.3
	}
	// "How deep...?" wants a length, "how heavy...?" a weight.
	if want := measureUnits[q.focus]; want != nil {
		if want[unit] {
			return 1
		}
		if units[unit] {
			return 0.5
		}
		return 0.4
	}
	if units[unit] {
		return 1
	}
	return 0.6
}

// measureUnits are the units that answer "how far", "how tall", "how
// heavy"..., by the stem of the adjective.
var measureUnits = func() map[string]map[string]bool {
	length := set(`kilometres kilometers kilometre kilometer km metres meters metre meter m miles
		mile feet foot ft inches inch cm centimetres centimeters millimetres mm yards yard`)
	weight := set(`kilograms kilogram kg grams gram tonnes tons ton pounds pound lbs`)
	area := set(`square hectares hectare acres acre`)
	temperature := set(`degrees degree celsius fahrenheit`)
	return map[string]map[string]bool{
		stem("far"): length, stem("tall"): length, stem("high"): length, stem("deep"): length,
		stem("wide"): length, stem("heavy"): weight, stem("hot"): temperature,
		stem("cold"): temperature, stem("large"): area, stem("big"): area,
	}
}()

// candidates returns the candidates of a sentence: typed ones (names,
// dates, numbers...), structural ones around the question's verb
// (subject, object, definition), and, when nothing else fits, the phrase
// after the last question word found.
func candidates(q *question, s *sentence, ctx func(string, int) *sentence, matches [][]hit) []candidate {
	out := extract(q, s, ctx)
	if q.want == typeDate {
		otherEventDates(q, s, matches, out)
	}
	out = append(out, structural(q, s, matches)...)
	out = append(out, gaps(q, s, matches)...)
	inQ := questionMask(s.toks, matches)
	for k := range out {
		if out[k].from == nil {
			i := out[k].i
			out[k].i, out[k].j = trimQuestion(out[k].s.toks, out[k].i, out[k].j, inQ)
			// A reason keeps its marker: "so that...", "so they can...".
			if out[k].rule == "reason" && out[k].i == i+1 && s.toks[i].tag == tagConj {
				out[k].i = i
			}
		}
	}
	return append(out, resolved(s, ctx, out)...)
}

// otherEventDates lowers the dates of a sentence that has the asked-about
// event only as the reference of another one: in "A week after winning
// the final, she retired on Friday", Friday is when she retired, not when
// she won; "after winning the final" is no answer either.
func otherEventDates(q *question, s *sentence, matches [][]hit, cs []candidate) {
	for _, v := range verbHits(q, s, matches) {
		if v == 0 || !relativeMarks[s.toks[v-1].low] {
			continue
		}
		i, j := v-1, clauseEnd(s.toks, v, true)
		for k := range cs {
			// "after leaving Oslo" is the asked-about event itself, not
			// its time.
			if cs[k].rule == "date" && (cs[k].j <= i || cs[k].i >= j) || cs[k].rule == "event-time" && cs[k].i == i {
				cs[k].fit *= otherEventFit
			}
		}
		return
	}
}

// resolved turns candidates that are a pronoun or a noun phrase standing
// for a name ("The university" as the subject of "has") into that name,
// cited from the sentence that gives it.
func resolved(s *sentence, ctx func(string, int) *sentence, cs []candidate) []candidate {
	var out []candidate
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
				}
			}
		}
	}
	return out
}

// gaps are the stretches of a sentence between the words it shares with
// the question: when a sentence restates the question, what it adds is
// the answer ("Many fans are waving flags to cheer the team on" for
// "What are many fans doing to cheer the team on?").
// They are the fallback of every question type, with a low fit.
func gaps(q *question, s *sentence, matches [][]hit) []candidate {
	toks := s.toks
	inQ := questionMask(toks, matches)
	var out []candidate
	for i := 0; i < len(toks); {
		if inQ[i] || isBoundary(toks[i]) {
			i++
			continue
		}
		j := i
		for j < len(toks) && !inQ[j] && !isBoundary(toks[j]) && j-i < 15 {
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
		}
		i = j
	}
	return out
}

// speechOnly reports whether the words of a span are only a speech verb
// and function words: "says", "said he", which answer nothing.
func speechOnly(toks []token) bool {
	for _, t := range toks {
		if t.stem != "" && !stopWords[t.low] && t.tag != tagPronoun && !related(t.stem, stem("say")) {
			return false
		}
	}
	return true
}

// questionMask marks the tokens that match a question word.
func questionMask(toks []token, matches [][]hit) []bool {
	inQ := make([]bool, len(toks))
	for _, hs := range matches {
		for _, h := range hs {
			if h.m >= 0.6 {
				inQ[h.pos] = true
			}
		}
	}
	return inQ
}

func isBoundary(t token) bool {
	switch t.text {
	case ".", ";", ":", "!", "?", "(", ")", "—", "--", "–":
		return true
	}
	return t.tag == tagQuote
}

// trimGap trims a gap to a phrase: no leading auxiliaries, prepositions
// or conjunctions, no trailing function words.
func trimGap(toks []token, i, j int) (int, int) {
	for i < j {
		switch toks[i].tag {
		case tagAux, tagConj, tagPunct, tagSub, tagQuote, tagNegation, tagPossess:
			i++
			continue
		case tagPrep:
			if toks[i].low != "in" && toks[i].low != "at" && toks[i].low != "on" && toks[i].low != "by" && toks[i].low != "for" && toks[i].low != "with" {
				i++
				continue
			}
		}
		break
	}
	return trim(toks, i, j)
}

func hasContent(toks []token) bool {
	for _, t := range toks {
		if t.stem != "" && !stopWords[t.low] {
			return true
		}
	}
	return false
}

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
	// "Ukraine's determination to..." keeps "determination to...".
	for i+1 < j && inQ[i] && (toks[i+1].tag == tagPossess || toks[i+1].tag == tagAux) {
		i += 2
	}
	return trim(toks, i, j)
}

func honorificsOnly(toks []token) bool {
	for _, t := range toks {
		if !honorifics[t.low] {
			return false
		}
	}
	return true
}

// verbHits returns where the question's main verb (or a related word used
// as a verb) occurs in the sentence.
func verbHits(q *question, s *sentence, matches [][]hit) []int {
	var out []int
	for k, t := range q.terms {
		if q.verbPos < 0 || t.pos != q.verbPos {
			continue
		}
		for _, h := range matches[k] {
			// Only a verb: "state" in "Secretary of State" says nothing.
			if tag := s.toks[h.pos].tag; h.m >= 0.7 && (tag == tagVerb || tag == tagWord || tag == tagAux) {
				out = append(out, h.pos)
			}
		}
	}
	return out
}

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
			if k < len(toks) && toks[k].low == "by" {
				add(k+1, npEnd(toks, k+1), 0.9, "agent", npStartBefore(toks, g), g)
			}
			if g > 0 && (toks[g-1].low == "who" || toks[g-1].low == "which" || toks[g-1].low == "that") {
				g-- // "X, who leads..."
				if g > 0 && toks[g-1].text == "," {
					g--
				}
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
		// "What did X do to protest?": what was done to that end, before
		// "to protest" ("staged a sit-in to protest") or after it, as the
		// means ("protect themselves by not clicking the links").
		if k := q.purposeTerm(); k >= 0 {
			for _, h := range matches[k] {
				if h.m < 0.7 {
					continue
				}
				if p := h.pos - 1; p > 0 && toks[p].low == "to" {
					if v := actionBefore(toks, p); v >= 0 {
						add(v, p, doneForFit, "done-for", 0, 0)
					}
				}
				for b := h.pos + 1; b+1 < len(toks) && b < h.pos+purposeReach && !isBoundary(toks[b]) && toks[b].text != ","; b++ {
					if toks[b].low == "by" && (toks[b+1].tag == tagNegation || strings.HasSuffix(toks[b+1].low, "ing")) {
						add(b, min(clauseEnd(toks, b+1, true), b+12), doneForFit, "done-by", 0, 0)
						break
					}
				}
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
			end := min(clauseEnd(toks, k, false), k+14)
			if np := npEnd(toks, k); np > k && np < end && q.want != typeOther && q.want != typeQuote {
				end = np
			}
			add(k, end, 0.8, "object", 0, 0)
		}
	}
	if q.want == typeManner {
		// The means of the asked-about verb: "the lamp was powered by a
		// diesel engine", "the parcels are sent by freighter"; not an agent's
		// name ("hired by Ana Ruiz").
		for _, v := range verbHits(q, s, matches) {
			k := verbGroupEnd(toks, v)
			if k+1 < len(toks) && toks[k].low == "by" && toks[k+1].tag != tagProper && toks[k+1].tag != tagPronoun {
				if j := npEnd(toks, k+1); j > k+1 && toks[j-1].tag != tagProper {
					add(k, min(clauseEnd(toks, k+1, true), j+6), meansFit, "means", 0, 0)
				}
			}
		}
	}
	if q.want == typeManner && q.hasVerb() && (related(q.toks[q.verbPos].stem, stem("describe")) || q.toks[q.verbPos].stem == stem("feel")) {
		out = append(out, saidToBe(q, s, matches)...)
	}
	for _, sp := range focusCopulas(q, toks) {
		add(sp[0], sp[1], focusCopulaFit, "focus-copula", 0, 0)
	}
	if q.definition || q.form == formCopula && q.role == "" && !q.typed() {
		out = append(out, definitions(q, s, matches)...)
	}
	if q.want == typeQuote {
		out = append(out, quotes(q, s, matches)...)
	}
	// "What did X call Y?": "... characterizing Y as Z".
	for _, v := range verbHits(q, s, matches) {
		for k := v + 1; k < len(toks) && k < v+10; k++ {
			if toks[k].low == "as" && related(q.toks[q.verbPos].stem, stem("describe")) {
				add(k+1, min(clauseEnd(toks, k+1, false), k+12), 0.9, "as", 0, 0)
				break
			}
		}
	}
	return out
}

// doneForFit is the fit of what a sentence says was done for the
// question's purpose; purposeReach how far after the purpose verb its
// means ("by ...") may start.
const (
	doneForFit   = 0.8
	purposeReach = 6
)

// purposeTerm returns the index of the term of the purpose verb of "What
// did X do to protest?", or -1.
func (q *question) purposeTerm() int {
	if !q.doWhat {
		return -1
	}
	for i := q.verbPos + 1; i+1 < len(q.toks); i++ {
		if q.toks[i].low != "to" {
			continue
		}
		for k, t := range q.terms {
			if t.pos == i+1 && t.verb {
				return k
			}
		}
		return -1
	}
	return -1
}

// actionBefore returns where the verb phrase ending at token p (the "to"
// of a purpose) starts: its first verb after the subject, in the same
// clause; -1 when there is none.
func actionBefore(toks []token, p int) int {
	v := -1
	for i := p - 1; i >= 0 && i >= p-purposeSpan; i-- {
		t := toks[i]
		if isBoundary(t) || t.text == "," || t.tag == tagSub || t.tag == tagConj {
			break
		}
		if t.tag == tagVerb {
			v = i
		}
		if v >= 0 && (t.tag == tagPronoun || t.tag == tagProper || t.tag == tagAux) {
			break
		}
	}
	return v
}

// purposeSpan is how long the verb phrase before a purpose may be.
const purposeSpan = 10

// typeFit says how well a structural span fits the expected answer type:
// a person question wants a name or people, a date question a date.
func typeFit(q *question, toks []token, i, j int) float64 {
	switch q.want {
	case typePerson, typeOrg:
		for k := i; k < j; k++ {
			t := toks[k]
			if t.tag == tagProper || personNouns[t.low] || personNouns[strings.TrimSuffix(t.low, "s")] || t.tag == tagTitle && titleHeads[t.low] || t.tag == tagGentile ||
				orgNouns[t.low] || orgWords[t.low] || strings.HasSuffix(t.low, "ers") || strings.HasSuffix(t.low, "ists") || strings.HasSuffix(t.low, "ians") {
				return 1
			}
		}
		return 0.3
	case typeDate:
		if len(dateSpans(toks[i:j])) > 0 {
			return 1
		}
		return 0.2
	case typePlace:
		for k := i; k < j; k++ {
			if toks[k].tag == tagProper {
				return 0.8
			}
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
	case typeQuote:
		return 0.5 // quotes come from the quote rules, with their own fit
	case typeReason:
		switch toks[i].low {
		case "because", "to", "so", "due", "for", "since", "as":
			return 1
		}
		return 0.4
	case typeManner:
		switch {
		case toks[i].low == "by" || toks[i].low == "with" || toks[i].tag == tagAdverb || toks[i].low == "as":
			return 1
		}
		return 0.6
	}
	return 1
}

// definitions finds what a sentence says the asked-about name or noun is:
// an appositive ("Mara Olsen, chief steward of..."), a title before a name
// ("presidential aide Vladimir Medinsky"), a copula ("Scurvy is..."), or a
// bracketed short form ("volatile organic compounds (VOCs)").
func definitions(q *question, s *sentence, matches [][]hit) []candidate {
	var out []candidate
	toks := s.toks
	add := func(i, j int, fit float64, rule string) {
		i, j = trim(toks, i, j)
		if i < j && j-i <= 16 {
			out = append(out, candidate{s: s, i: i, j: j, fit: fit, rule: rule})
		}
	}
	// The asked-about phrase: the span of matched question words that ends
	// last among the first run of matches.
	for k, t := range q.terms {
		if !t.name && !q.definition {
			continue
		}
		for _, h := range matches[k] {
			if h.m < 0.9 {
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
				}
			}
			for j < len(toks) && toks[j].tag == tagPossess {
				j++
			}
			// A quoted term: "'HABs' are harmful algal blooms".
			if j < len(toks) && toks[j].tag == tagQuote && i > 0 && toks[i-1].tag == tagQuote {
				j++
			}
			// A description before a name: "Leeds-based cyclist Tom
			// Price".
			if q.definition && q.want == typeTitle && i > 0 && toks[i-1].tag == tagWord && e0(s, h.pos) {
				st := i
				for st > 0 && (toks[st-1].tag == tagWord || toks[st-1].tag == tagGentile) && !stopWords[toks[st-1].low] {
					st--
				}
				// "my poor brother Owen" relates, it does not describe.
				if st == 0 || !(toks[st-1].tag == tagPossess || possessivePronouns[toks[st-1].low]) {
					add(st, i, descriptorFit, "descriptor")
				}
			}
			// Appositive after: "X, a member of ..., said".
			if j+1 < len(toks) && toks[j].text == "," && isNominal(toks[j+1].tag) {
				add(j+1, clauseEnd(toks, j+1, true), 0.8, "appositive")
			}
			// Appositive before: "the party's leader, X,".
			if i > 1 && toks[i-1].text == "," {
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
				add(k, min(clauseEnd(toks, k, true), k+12), 0.8, "copula")
			}
			// Bracketed short form: "volatile organic compounds (VOCs)".
			if i > 0 && toks[i-1].text == "(" {
				if st := npStartBefore(toks, i-1); st < i-1 {
					add(st, i-1, 1, "bracket")
				}
			}
			if j < len(toks) && toks[j].text == "(" {
				add(j+1, clauseEnd(toks, j+1, true), 0.7, "bracket-after")
			}
			// "known as X", "called X": the thing before.
			if i > 1 && (toks[i-1].low == "called" || toks[i-1].low == "as" && toks[i-2].low == "known") {
				g := i - 1
				if toks[i-1].low == "as" {
					g--
				}
				if st := npStartBefore(toks, g); st < g {
					add(st, g, 0.7, "called")
				}
			}
		}
	}
	return out
}

// focusCopulas finds what a sentence says the asked-about noun of a
// what-question is: "The goal is to force...", "The illness, which
// seems unique to crab fishers, is an allergy...".
func focusCopulas(q *question, toks []token) [][2]int {
	if q.want != typeOther || q.focus == "" {
		return nil
	}
	var out [][2]int
	for p, t := range toks {
		if t.stem != q.focus {
			continue
		}
		k := p + 1
		if k < len(toks) && toks[k].text == "," {
			for k++; k < len(toks) && k < p+focusReach && toks[k].text != ","; k++ {
			}
			k++
		}
		if k+1 < len(toks) && copulas[toks[k].low] {
			out = append(out, [2]int{k + 1, min(clauseEnd(toks, k+1, true), k+13)})
		}
	}
	return out
}

// copulas link a noun to what it is.
var copulas = set(`is are was were`)

// focusReach is how far a clause between a noun and its copula may run.
const focusReach = 16

// possessivePronouns stand before a noun to say whose it is.
var possessivePronouns = set(`my your his her its our their`)

// e0 reports whether token p is the first word of a person's name in s.
func e0(s *sentence, p int) bool {
	for _, e := range s.ents {
		if e.i == p && e.kind == kindPerson && !isRef(s.toks, e) {
			return true
		}
	}
	return false
}

// possessors answers "Whose invitation...?": the name before "'s
// invitation", or after "invitation from/of/by".
func possessors(q *question, s *sentence) []candidate {
	var noun string
	for i, t := range q.toks {
		if t.low == "whose" && i+1 < len(q.toks) {
			noun = q.toks[i+1].stem
		}
	}
	var out []candidate
	toks := s.toks
	for k, t := range toks {
		if noun == "" || t.stem != noun && !related(t.stem, noun) {
			continue
		}
		for _, e := range s.ents {
			switch {
			case e.j+1 == k && toks[e.j].tag == tagPossess:
				out = append(out, candidate{s: s, i: e.i, j: e.j, fit: 1, rule: "whose"})
			case k+2 == e.ti && (toks[k+1].low == "from" || toks[k+1].low == "of" || toks[k+1].low == "by"):
				out = append(out, candidate{s: s, i: e.i, j: e.j, fit: 1, rule: "whose"})
				if e.ti < e.i {
					out = append(out, candidate{s: s, i: e.ti, j: e.j, fit: 0.9, rule: "whose"})
				}
			}
		}
	}
	return out
}

// quotes answers "What did X say?": the words X is quoted saying in a
// sentence that names X as the speaker.
func quotes(q *question, s *sentence, matches [][]hit) []candidate {
	toks := s.toks
	speaker := false
	for k, t := range q.terms {
		if t.name && strongest(matches[k]) >= 0.9 {
			speaker = true
		}
	}
	if !speaker {
		return nil
	}
	var out []candidate
	// A quotation that began in an earlier sentence ends in this one.
	for j, t := range toks {
		if t.tag == tagQuote {
			if !opensQuote(t.text) && j > 2 {
				out = append(out, candidate{s: s, i: 0, j: j, fit: 0.8, rule: "quote-end"})
			}
			break
		}
	}
	for i := 0; i < len(toks); i++ {
		if toks[i].tag != tagQuote || !opensQuote(toks[i].text) {
			continue
		}
		j := i + 1
		for j < len(toks) && !(toks[j].tag == tagQuote && !opensQuote(toks[j].text)) {
			j++
		}
		if j-i > 2 {
			out = append(out, candidate{s: s, i: i + 1, j: j, fit: 0.9, rule: "quote"})
		}
		i = j
	}
	// Reported speech: "X said (that) ...", "X told reporters that ...".
	for i, t := range toks {
		if !personCueVerbs[t.low] || i+1 >= len(toks) {
			continue
		}
		k := i + 1
		if t.low == "told" || t.low == "tells" || t.low == "asked" {
			for k < len(toks) && toks[k].low != "that" && k < i+4 {
				k++
			}
			if k >= len(toks) || toks[k].low != "that" {
				continue
			}
		}
		if toks[k].low == "that" {
			k++
		}
		if k < len(toks) && (toks[k].tag == tagDet || toks[k].tag == tagPronoun || toks[k].tag == tagProper || toks[k].tag == tagWord || toks[k].tag == tagNumber) {
			out = append(out, candidate{s: s, i: k, j: clauseEnd(toks, k, false), fit: 0.7, rule: "reported"})
		}
	}
	return out
}

// opensQuote tells opening quotation marks from closing ones; a straight
// quote counts as opening (the pair is found by scanning on).
func opensQuote(q string) bool {
	return q == "“" || q == "\"" || q == "‘" || q == "«" || q == "„"
}
