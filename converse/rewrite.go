package converse

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"briefbot"
)

// Turn is one question of a conversation and what it got: what a
// follow-up can lean on.
type Turn struct {
	// Question is the question as it was asked of the bot: a follow-up
	// written out in full.
	Question string
	// Answer is the answer, "" when the articles didn't say.
	Answer string
	// Sentence is the sentence the answer came from, and Article the ID
	// of its article; both "" when there is none.
	Sentence, Article string
}

// Rewrite writes a follow-up question out in full against the turns
// before it (oldest first) and reports whether it did. It resolves
//
//   - pronouns: he, she, him, his, her (a person: the previous answer
//     when it was one, else a person the question before named), it, its
//     (a thing answered or asked about; an organisation for "its
//     president"), they, them, their (several, or a group), there (a
//     place);
//   - "the Ukrainian one" and "the other one": the noun of the previous
//     question, with this nationality or the other one its sentence names;
//   - ellipsis: "When?", "Why?", "How many?", "From how many countries?"
//     (the previous question, asked again with its answer in place: "Why
//     did Putin decline Zelenskyy's invitation?"), and "And Ukraine's?",
//     "What about Rubio?", "And the Ukrainian one?" (the previous
//     question, with the name or nationality swapped).
//
// A question that leans on nothing, or on something the turns before do
// not give, is returned as it was. Rewrite is pure and deterministic.
func Rewrite(question string, history []Turn) (string, bool) {
	if len(history) == 0 {
		return question, false
	}
	body, about := trim(tokenize(briefbot.CleanText(question)))
	if len(body) == 0 {
		return question, false
	}
	var out []tok
	ok := false
	switch wh := loneWh(body); {
	case wh != "":
		out, ok = ellipsis(tokenize(wh), history)
	case whFragment(body) != nil:
		out, ok = ellipsis(whFragment(body), history)
	case about || fragment(body):
		out, ok = substitute(dropClosers(body), history)
	default:
		out, ok = resolve(body, history)
	}
	if !ok || len(out) == 0 {
		return question, false
	}
	return upperFirst(join(out)) + "?", true
}

// trim drops what opens and closes a follow-up without meaning: "And",
// "So", "OK", the question mark; "What about" and "How about" are
// dropped too, and reported, since what follows stands for something of
// the previous question.
func trim(ts []tok) (body []tok, about bool) {
	for len(ts) > 0 && !isWord(ts[len(ts)-1]) {
		ts = ts[:len(ts)-1]
	}
	for len(ts) > 0 && (openers[ts[0].low] || ts[0].text == ",") {
		ts = ts[1:]
	}
	if len(ts) >= 2 && (ts[0].low == "what" || ts[0].low == "how") && ts[1].low == "about" {
		ts, about = ts[2:], true
	}
	for len(ts) > 0 && ts[0].text == "," {
		ts = ts[1:]
	}
	return ts, about
}

// dropClosers drops "then", "too" and the like at the end: "And the
// Ukrainian one, then?".
func dropClosers(ts []tok) []tok {
	for len(ts) > 0 && (closers[ts[len(ts)-1].low] || ts[len(ts)-1].text == ",") {
		ts = ts[:len(ts)-1]
	}
	return ts
}

// loneWh returns the question word of a question that is nothing else
// ("When?", "And why?", "How many?", "Why is that?"), or "".
func loneWh(body []tok) string {
	var ws []string
	for _, t := range dropClosers(body) {
		ws = append(ws, t.low)
	}
	switch strings.Join(ws, " ") {
	case "when", "since when", "when was that", "when was this", "when did that happen", "when did this happen":
		return "when"
	case "where", "where was that", "where was this", "where did that happen", "where did this happen":
		return "where"
	case "why", "why so", "how come", "why is that", "why was that", "why is this", "why was this", "why did that happen":
		return "why"
	case "how", "how so", "how was that", "how did that happen":
		return "how"
	case "how many":
		return "how many"
	case "how much":
		return "how much"
	}
	return ""
}

// whFragment returns a question that is a wh-phrase and nothing else,
// perhaps after a preposition: "From how many countries?", "In which
// city?", "For how long?". It is asked with the rest of the question
// before, like a lone question word.
func whFragment(body []tok) []tok {
	body = dropClosers(body)
	k := 0
	for k < len(body) && k < 1 && prepositions[body[k].low] {
		k++
	}
	if k >= len(body) || !whWords[body[k].low] || len(body) > k+5 {
		return nil
	}
	rest := body[k+1:]
	nouns := func(ts []tok) bool {
		for _, t := range ts {
			_, past := irregular[t.low]
			if auxiliaries[t.low] || past || strings.HasSuffix(t.low, "ed") || !isWord(t) || prepositions[t.low] {
				return false
			}
		}
		return true
	}
	switch body[k].low {
	case "who", "whom", "when", "where", "why":
		// Alone, after a preposition: "Since when?", "To whom?". With
		// more words it is a question of its own ("Who leads them?").
		if k == 0 || len(rest) > 0 {
			return nil
		}
	case "how":
		switch {
		case len(rest) == 0 && k == 0:
			return nil
		case len(rest) == 0:
		case rest[0].low == "many" || rest[0].low == "much" || rest[0].low == "long" || rest[0].low == "often" || rest[0].low == "far" || rest[0].low == "old" || rest[0].low == "soon":
			if (k == 0 && len(rest) == 1) || !nouns(rest[1:]) {
				return nil // "How many?" is loneWh's
			}
		default:
			return nil
		}
	default: // which, what, whose: a noun must follow
		if len(rest) == 0 || len(rest) > 3 || !nouns(rest) {
			return nil
		}
	}
	return body
}

// fragment reports whether a question is a bare phrase ("Ukraine's?",
// "the Ukrainian one?", "Umerov?"): no question word, no verb, short.
func fragment(body []tok) bool {
	body = dropClosers(body)
	if len(body) == 0 || len(body) > 6 || whWords[body[0].low] || auxiliaries[body[0].low] {
		return false
	}
	for i, t := range body {
		if auxiliaries[t.low] || (i > 0 && verbLike(t) && !nameAt(body, i)) {
			return false
		}
	}
	return true
}

// nameAt reports whether token i is part of a name.
func nameAt(ts []tok, i int) bool { return capitalized(ts[i]) }

// question is what a follow-up needs of a question asked before.
type question struct {
	toks  []tok // without the closing punctuation
	wh    int   // the question word's index, -1 without one
	whEnd int   // the end of the wh-phrase ("Which city", "How many lower-level officials")
	kind  string
	turn  Turn
}

// Kinds of answer a question asks for, as far as a follow-up cares.
const (
	kindPerson = "person"
	kindThing  = "thing"
	kindTitle  = "title"
	kindDate   = "date"
	kindPlace  = "place"
	kindNumber = "number"
	kindReason = "reason"
	kindManner = "manner"
)

func analyze(t Turn) question {
	ts := tokenize(briefbot.CleanText(t.Question))
	for len(ts) > 0 && !isWord(ts[len(ts)-1]) {
		ts = ts[:len(ts)-1]
	}
	q := question{toks: ts, wh: -1, whEnd: -1, turn: t}
	for i, x := range ts {
		if whWords[x.low] {
			q.wh = i
			break
		}
		if i > 2 {
			break
		}
	}
	if q.wh < 0 {
		return q
	}
	w := ts[q.wh].low
	end := q.wh + 1
	counting := false
	if w == "how" && end < len(ts) {
		switch ts[end].low {
		case "many", "much":
			end++
			counting = true
		case "long", "old", "far", "often", "big", "large", "tall", "high", "deep", "soon":
			end++
		}
	}
	if counting || w == "what" || w == "which" || w == "whose" {
		end = phraseEnd(ts, end)
	}
	q.whEnd = end
	q.kind = q.kindOf()
	return q
}

// phraseEnd returns the end of the noun phrase a wh-word asks about,
// starting at i: "which [officials] did", "how many [lower-level
// officials] did", "which [minister] leads". Before an auxiliary it runs
// up to it; otherwise up to the first word that looks like a verb.
func phraseEnd(ts []tok, i int) int {
	nounish := func(t tok) bool {
		if !isWord(t) || auxiliaries[t.low] || prepositions[t.low] || determiners[t.low] || t.low == "'s" || t.low == "and" {
			return false
		}
		_, past := irregular[t.low]
		return !past && !strings.HasSuffix(t.low, "ed")
	}
	k := i
	for k < len(ts) && k < i+5 && nounish(ts[k]) {
		k++
	}
	if k < len(ts) && auxiliaries[ts[k].low] {
		return k
	}
	k = i
	for k < len(ts) && k < i+5 && nounish(ts[k]) && !(k > i && verbLike(ts[k])) {
		k++
	}
	return k
}

// kindOf says what kind of answer the question asks for.
func (q question) kindOf() string {
	ts := q.toks
	w := ts[q.wh].low
	head := ""
	if q.whEnd > q.wh+1 {
		head = ts[q.whEnd-1].low
	}
	switch w {
	case "who", "whom":
		if q.definition() {
			return kindTitle
		}
		return kindPerson
	case "whose":
		return kindPerson
	case "when":
		return kindDate
	case "where":
		return kindPlace
	case "why":
		return kindReason
	case "how":
		if q.whEnd > q.wh+1 {
			return kindNumber
		}
		return kindManner
	}
	// what, which
	if head == "" && len(ts) > 0 {
		head = ts[len(ts)-1].low // "What is his job?"
		if titleNouns[head] {
			return kindTitle
		}
		return kindThing
	}
	switch {
	case personNouns[head]:
		return kindPerson
	case titleNouns[head]:
		return kindTitle
	case timeNouns[head]:
		return kindDate
	case placeNouns[head]:
		return kindPlace
	}
	return kindThing
}

// copula reports whether the question's verb is a form of "be" ("Who is
// the ferry operator?"): its answer and its subject are one.
func (q question) copula() bool {
	return q.whEnd < len(q.toks) && beForms[q.toks[q.whEnd].low] && !participleAhead(q.toks[q.whEnd+1:])
}

// definition reports whether the question is "Who is X?" with X a name:
// its answer describes X rather than names someone.
func (q question) definition() bool {
	rest := q.toks[q.whEnd:]
	if len(rest) < 2 || !beForms[rest[0].low] {
		return false
	}
	for _, t := range rest[1:] {
		if !capitalized(t) && t.low != "of" && t.low != "'s" {
			return false
		}
	}
	return true
}

// A name in a question: a run of capitalised words.
type name struct {
	i, j  int  // tokens [i, j)
	place bool // after in, at, from, to or near
	the   bool // after "the": an organisation or a place ("the Kremlin")
	poss  bool // followed by "'s"
}

// names returns the names of a question: runs of capitalised words that
// are not its first word (capitalised anyway) nor a nationality alone.
func names(ts []tok) []name {
	var out []name
	for i := 0; i < len(ts); {
		if !capitalized(ts[i]) || !isWord(ts[i]) || i == 0 && (whWords[ts[i].low] || auxiliaries[ts[i].low] || determiners[ts[i].low] || openers[ts[i].low]) {
			i++
			continue
		}
		j := i + 1
		for j < len(ts) && (capitalized(ts[j]) && isWord(ts[j]) || (ts[j].low == "of" || ts[j].low == "de") && j+1 < len(ts) && capitalized(ts[j+1])) {
			j++
		}
		if j == i+1 && nationality(ts[i]) {
			i = j
			continue
		}
		n := name{i: i, j: j, poss: j < len(ts) && ts[j].low == "'s"}
		if i > 0 {
			p := ts[i-1].low
			n.place = p == "in" || p == "at" || p == "from" || p == "to" || p == "near"
			n.the = p == "the"
		}
		out = append(out, n)
		i = j
	}
	return out
}

// personName is the name of the person an answer names, without the
// titles and descriptions before it: "presidential aide Vladimir
// Medinsky" is Vladimir Medinsky, "Defense Minister Rustem Umerov"
// Rustem Umerov. An answer that names no one is kept as it is ("the
// Ukrainian president").
func personName(answer string) string {
	ts := tokenize(answer)
	end := len(ts)
	for end > 0 && !isWord(ts[end-1]) {
		end--
	}
	start := end
	for start > 0 && capitalized(ts[start-1]) && isWord(ts[start-1]) && !titleWords[ts[start-1].low] {
		start--
	}
	if start == end || end-start == 1 && nationality(ts[start]) {
		return strings.TrimSpace(join(ts[:end]))
	}
	return join(ts[start:end])
}

// group reports whether a phrase names a group, "they" as often as "it":
// "the Lindmouth crew", "the Russian delegation".
func group(phrase string) bool {
	ts := answerToks(phrase)
	return len(ts) > 0 && groupNouns[ts[len(ts)-1].low]
}

// isList reports whether an answer names several: "Trump and Putin".
func isList(answer string) bool {
	for _, t := range tokenize(answer) {
		if t.low == "and" || t.low == "," {
			return true
		}
	}
	return false
}

// plural reports whether a noun phrase is plural, by its last word:
// "four lower-level officials", "the peace talks".
func plural(ts []tok) bool {
	for k := len(ts) - 1; k >= 0; k-- {
		if !isWord(ts[k]) {
			continue
		}
		w := ts[k].low
		if capitalized(ts[k]) {
			return false
		}
		return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") || w == "people" || w == "men" || w == "women" || w == "children"
	}
	return false
}

// answerToks is an answer as tokens to put into a question: without
// closing punctuation, a capitalised article lowered ("The university"
// is "the university" inside a question).
func answerToks(answer string) []tok {
	ts := tokenize(strings.TrimSpace(answer))
	for len(ts) > 0 && !isWord(ts[len(ts)-1]) && ts[len(ts)-1].text != "'" {
		ts = ts[:len(ts)-1]
	}
	if len(ts) > 0 && determiners[ts[0].low] && capitalized(ts[0]) {
		ts[0].text = ts[0].low
	}
	return ts
}

// possessive adds "'s" to a phrase, or "'" to a plural one.
func possessive(ts []tok) []tok {
	out := append([]tok(nil), ts...)
	if plural(ts) {
		return append(out, tok{text: "'", low: "'"})
	}
	return append(out, tok{text: "'s", low: "'s"})
}

// Antecedents: what a pronoun can stand for, most likely first, from
// the turns before, the last one first.

func personAntecedents(history []Turn) [][]tok {
	var out [][]tok
	for k := len(history) - 1; k >= 0 && k >= len(history)-3; k-- {
		q := analyze(history[k])
		if a := q.turn.Answer; a != "" && q.kind == kindPerson && !isList(a) && !plural(tokenize(a)) && !orgLike(a) && !group(a) {
			out = append(out, answerToks(personName(q.turn.Answer)))
		}
		for _, n := range names(q.toks) {
			if !n.place && !n.the {
				out = append(out, q.toks[n.i:n.j])
			}
		}
	}
	return out
}

// thingAntecedents are what "it" and "its" can stand for, turn by turn
// from the last: a thing, a place or an organisation answered, then a
// noun phrase of the question, then a name in it that looks like an
// organisation's ("the Kremlin", "Bluewake Lines"). For "its" before a
// person's role ("its chief executive", "its president"), organisations
// come first, and any name of a question is one: things have no
// presidents.
func thingAntecedents(history []Turn, organisation bool) [][]tok {
	var out, orgs, carried [][]tok
	// last is the last question: a phrase of an earlier turn it holds is
	// the topic carried on ("How long will it be?" understood as "How
	// long will a tram line ... be?", then "How many stops will it
	// have?" is about the tram line, not a phrase inside it).
	last := tokenize(history[len(history)-1].Question)
	add := func(k int, c []tok) {
		if k < len(history)-1 && len(c) > 1 && contains(last, c) {
			carried = append(carried, c)
			return
		}
		out = append(out, c)
	}
	for k := len(history) - 1; k >= 0 && k >= len(history)-3; k-- {
		q := analyze(history[k])
		// The answer to "Who built the wing?", an organisation, is not
		// what "How much did it cost?" is about: the wing is. The answer
		// to "Who is the ferry operator?" is the operator itself.
		a := q.turn.Answer
		agent := a != "" && orgLike(a) && q.kind == kindPerson && !q.copula()
		if a != "" && !agent && (orgLike(a) || !plural(tokenize(a)) && (q.kind == kindThing || q.kind == kindPlace)) {
			add(k, thingPhrase(answerToks(a)))
		}
		if a != "" && orgLike(a) {
			orgs = append(orgs, answerToks(a))
		}
		for _, r := range nounPhrases(q) {
			if np := q.toks[r[0]:r[1]]; !plural(np) && !personNouns[np[len(np)-1].low] {
				add(k, np)
			}
		}
		if agent {
			add(k, answerToks(a))
		}
		for _, n := range names(q.toks) {
			from := n.i
			if n.the {
				from--
			}
			name := q.toks[from:n.j]
			if n.place {
				continue
			}
			if orgLike(join(name)) {
				add(k, name)
			}
			orgs = append(orgs, name)
		}
	}
	if organisation {
		return append(orgs, out...)
	}
	// The longest carried phrase first: the whole before a part of it.
	sort.SliceStable(carried, func(i, j int) bool { return len(carried[i]) > len(carried[j]) })
	return append(carried, out...)
}

// thingPhrase is the noun phrase that stands for a thing answered, as a
// follow-up would name it: the answer up to what qualifies it at length
// (a participle, a relative clause, most prepositions), definite: "a tram
// line linking the city centre with its airport" is "the tram line", "a
// proposal for a full ceasefire" stays whole but for its article. The
// words cut would only be asked for again, and the sentence that answers
// the follow-up seldom repeats them.
func thingPhrase(ts []tok) []tok {
	if len(ts) == 0 {
		return ts
	}
	if capitalized(ts[len(ts)-1]) && !determiners[ts[0].low] {
		return trailingName(ts) // a name
	}
	end := len(ts)
	for k := 2; k < len(ts); k++ {
		t := ts[k]
		if !isWord(t) || capitalized(t) {
			continue
		}
		if verbal(ts, k) || t.low == "that" || t.low == "which" || t.low == "who" || t.low == "where" ||
			prepositions[t.low] && t.low != "of" && t.low != "for" {
			end = k
			break
		}
	}
	for end > 1 && (prepositions[ts[end-1].low] || determiners[ts[end-1].low] || !isWord(ts[end-1])) {
		end--
	}
	out := append([]tok(nil), ts[:end]...)
	if out[0].low == "a" || out[0].low == "an" {
		out[0] = tok{text: "the", low: "the"}
	}
	return out
}

// trailingName is the name that ends a phrase, past the description
// before it: "Hillspring" of "Water company Hillspring", "Sybari
// Software" of "anti-virus software maker Sybari Software"; small words
// inside the name stay ("The Passion of the Christ"). A phrase of
// capitalised words is returned whole.
func trailingName(ts []tok) []tok {
	start := len(ts)
	for start > 0 {
		k := start - 1
		if capitalized(ts[k]) && isWord(ts[k]) {
			start = k
			continue
		}
		j := k
		for j >= 0 && nameJoiners[ts[j].low] {
			j--
		}
		if j == k || j < 0 || !capitalized(ts[j]) || !isWord(ts[j]) {
			break
		}
		start = j
	}
	return ts[start:]
}

// orgLike reports whether an answer names an organisation rather than a
// person: "the Harbour Workers Union", "Bluewake Lines".
func orgLike(answer string) bool {
	ts := answerToks(answer)
	if len(ts) == 0 {
		return false
	}
	last := ts[len(ts)-1]
	if capitalized(last) && orgWords[last.low] {
		return true
	}
	return len(ts) > 1 && ts[0].low == "the" && capitalized(last) && !nationality(last)
}

// roleAfter reports whether the words after a possessive name a person's
// role: "its chief executive", "its president", "its residents".
func roleAfter(ts []tok) bool {
	for k, t := range ts {
		if k == 3 || !isWord(t) || prepositions[t.low] || auxiliaries[t.low] {
			break
		}
		if personNouns[t.low] || titleWords[t.low] || t.low == "executive" || t.low == "secretary" {
			return true
		}
	}
	return false
}

func pluralAntecedents(history []Turn) [][]tok {
	var out [][]tok
	for k := len(history) - 1; k >= 0 && k >= len(history)-3; k-- {
		q := analyze(history[k])
		if a := q.turn.Answer; a != "" && (q.kind == kindPerson || q.kind == kindThing) && (isList(a) || plural(tokenize(a)) || group(a)) {
			out = append(out, answerToks(a))
		}
		for _, r := range nounPhrases(q) {
			if np := q.toks[r[0]:r[1]]; plural(np) || groupNouns[np[len(np)-1].low] {
				out = append(out, np)
			}
		}
	}
	return out
}

func placeAntecedents(history []Turn) [][]tok {
	var out [][]tok
	for k := len(history) - 1; k >= 0 && k >= len(history)-3; k-- {
		q := analyze(history[k])
		if a := answerToks(q.turn.Answer); len(a) > 0 && q.kind == kindPlace {
			for len(a) > 1 && prepositions[a[0].low] {
				a = a[1:] // "in Istanbul"
			}
			out = append(out, a)
		}
		for _, n := range names(q.toks) {
			if n.place {
				out = append(out, q.toks[n.i:n.j])
			}
		}
	}
	return out
}

// nounPhrases returns where the noun phrases of a question that open
// with "the" are: "the peace talks", "the Kremlin", "the Russian
// delegation". A phrase ends before a preposition, an auxiliary, a likely
// verb or the end; its words are at most four.
func nounPhrases(q question) [][2]int {
	var out [][2]int
	ts := q.toks
	for i := 0; i < len(ts); i++ {
		if ts[i].low != "the" || i >= q.wh && i < q.whEnd {
			continue
		}
		j := i + 1
		for j < len(ts) && j < i+5 && isWord(ts[j]) && !prepositions[ts[j].low] && !auxiliaries[ts[j].low] &&
			!whWords[ts[j].low] && ts[j].low != "and" && (j == i+1 || !verbal(ts, j) && !number(ts[j])) {
			j++
		}
		// "of" and a noun phrase belong to it: "the head of the
		// delegation", "the name of Fischer's school".
		if j+1 < len(ts) && ts[j].low == "of" && (determiners[ts[j+1].low] || capitalized(ts[j+1])) && j > i+1 {
			j += 2
			for j < len(ts) && j < i+9 && (isWord(ts[j]) || ts[j].low == "'s") && !prepositions[ts[j].low] && !auxiliaries[ts[j].low] && !verbal(ts, j) {
				j++
			}
		}
		// A possessive takes the noun after it: "the museum's
		// best-known exhibit".
		if j < len(ts) && ts[j].low == "'s" {
			j++
			for j < len(ts) && j < i+8 && isWord(ts[j]) && !prepositions[ts[j].low] && !auxiliaries[ts[j].low] && !verbal(ts, j) {
				j++
			}
		}
		// The verb of an inverted question ends its subject: "does the
		// Russian delegation include".
		if j-i > 2 && q.wh >= 0 && q.whEnd < len(ts) && (modals[ts[q.whEnd].low] || ts[q.whEnd].low == "do" || ts[q.whEnd].low == "does" || ts[q.whEnd].low == "did") && j == len(ts) {
			j--
		}
		if j > i+1 {
			out = append(out, [2]int{i, j})
		}
	}
	return out
}

// verbal reports whether word k of ts, after a noun, is a verb rather
// than another noun: a past form, "being" or "having", or a word in -ing
// that takes something after it ("the team leading the talks"); not a
// plural ("the peace talks") nor a noun in -ing ("the cancer wing", "the
// new building").
func verbal(ts []tok, k int) bool {
	t := ts[k]
	if capitalized(t) {
		return false
	}
	if _, past := irregular[t.low]; past || strings.HasSuffix(t.low, "ed") || t.low == "being" || t.low == "having" {
		return true
	}
	if !strings.HasSuffix(t.low, "ing") || len(t.low) <= 5 || k+1 >= len(ts) {
		return false
	}
	next := ts[k+1]
	return determiners[next.low] || possessives[next.low] || pronouns[next.low] || participle(next.text) && !capitalized(next)
}

// contains reports whether the phrase ts occurs in q, ignoring case.
func contains(q []tok, ts []tok) bool {
	if len(ts) == 0 {
		return false
	}
	for i := 0; i+len(ts) <= len(q); i++ {
		match := true
		for k := range ts {
			if q[i+k].low != ts[k].low {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

// first returns the first antecedent the question does not already name.
func first(q []tok, cands [][]tok) []tok {
	for _, c := range cands {
		if len(c) > 0 && !contains(q, c) {
			return c
		}
	}
	return nil
}

// resolve replaces the pronouns of a question, and its "the Ukrainian
// one" and "the other one", with what they stand for.
func resolve(body []tok, history []Turn) ([]tok, bool) {
	var out []tok
	changed := false
	for i := 0; i < len(body); i++ {
		t := body[i]
		var with []tok
		switch t.low {
		case "he", "she":
			if !namedBefore(body, i) {
				with = first(body, personAntecedents(history))
			}
		case "his", "hers":
			if !namedBefore(body, i) {
				if a := first(body, personAntecedents(history)); a != nil {
					with = possessive(a)
				}
			}
		case "him":
			with = first(body, personAntecedents(history))
		case "her":
			a := first(body, personAntecedents(history))
			switch {
			case a == nil:
			case i+1 < len(body) && isWord(body[i+1]) && !prepositions[body[i+1].low] && !determiners[body[i+1].low] && !auxiliaries[body[i+1].low]:
				if !namedBefore(body, i) {
					with = possessive(a) // "her job"
				}
			default:
				with = a // "appointed her"
			}
		case "it":
			with = first(body, thingAntecedents(history, false))
		case "its":
			if a := first(body, thingAntecedents(history, roleAfter(body[i+1:]))); a != nil {
				with = possessive(a)
			}
		case "they", "them":
			with = first(body, pluralAntecedents(history))
		case "their":
			if a := first(body, pluralAntecedents(history)); a != nil {
				with = possessive(a)
			}
		case "there":
			// Not "is there", "there are".
			if (i == 0 || !beForms[body[i-1].low]) && (i+1 == len(body) || !beForms[body[i+1].low]) {
				if a := first(body, placeAntecedents(history)); a != nil {
					prep := "in"
					if i > 0 && motionVerbs[body[i-1].low] {
						prep = "to"
					}
					with = append([]tok{{text: prep, low: prep}}, a...)
				}
			}
		case "the":
			// "the Ukrainian one", "the other one", "the other team".
			if i+2 < len(body) && (body[i+2].low == "one" || body[i+2].low == "ones") && nationality(body[i+1]) {
				if head := headFor(history); head != nil {
					out = append(out, body[i], body[i+1], *head)
					i += 2
					changed = true
					continue
				}
			}
			if i+1 < len(body) && body[i+1].low == "other" {
				if np, n := other(body[i:], history); np != nil {
					out = append(out, np...)
					i += n - 1
					changed = true
					continue
				}
			}
		}
		if with == nil {
			out = append(out, t)
			continue
		}
		if i == 0 && len(with) > 0 {
			with = append([]tok{{text: upperFirst(with[0].text), low: with[0].low}}, with[1:]...)
		}
		out = append(out, with...)
		changed = true
	}
	return out, changed
}

// namedBefore reports whether a person may be named before token i of
// the question itself, so that a he, she or his there stands for that
// person: "Who did Trump say he wanted to meet?".
func namedBefore(ts []tok, i int) bool {
	for _, n := range names(ts[:i]) {
		if !n.place && !n.the {
			return true
		}
	}
	return false
}

// natPhrase finds a nationality qualifying a noun in a question: the
// indexes of the nationality and of its noun.
func natPhrase(ts []tok) (nat, head int, ok bool) {
	for i, t := range ts {
		if nationality(t) && i+1 < len(ts) && isWord(ts[i+1]) && !capitalized(ts[i+1]) &&
			!prepositions[ts[i+1].low] && !auxiliaries[ts[i+1].low] {
			return i, i + 1, true
		}
	}
	return 0, 0, false
}

// headFor returns the noun that "one" stands for in "the Ukrainian one":
// the noun a nationality qualifies in a question before.
func headFor(history []Turn) *tok {
	for k := len(history) - 1; k >= 0 && k >= len(history)-3; k-- {
		q := analyze(history[k])
		if _, h, ok := natPhrase(q.toks); ok {
			return &q.toks[h]
		}
	}
	return nil
}

// other resolves "the other one", "the other team" (ts starts at
// "the"): the noun phrase of the last question with the nationality
// its answer's sentence names besides the one asked about ("the
// Ukrainian delegation" for "the Russian delegation"). It returns the
// phrase and how many tokens of ts it replaces.
func other(ts []tok, history []Turn) ([]tok, int) {
	n := 2 // "the other"
	if n < len(ts) && isWord(ts[n]) && !prepositions[ts[n].low] && !auxiliaries[ts[n].low] {
		n++ // "one", "team"
	}
	for k := len(history) - 1; k >= 0 && k >= len(history)-3; k-- {
		q := analyze(history[k])
		nat, head, ok := natPhrase(q.toks)
		if !ok {
			continue
		}
		alt := otherNationality(q.toks[nat], history[k].Sentence)
		if alt == nil {
			continue
		}
		noun := q.toks[head]
		if n == 3 && ts[2].low != "one" && ts[2].low != "ones" {
			noun = ts[2]
		}
		return []tok{ts[0], *alt, noun}, n
	}
	return nil, 0
}

// otherNationality returns the first nationality of a sentence other
// than not.
func otherNationality(not tok, sentence string) *tok {
	for _, t := range tokenize(sentence) {
		if nationality(t) && t.low != not.low {
			return &t
		}
	}
	return nil
}

// country reports whether a name is a country's, by its nationality:
// "Russia" (Russian), "Ukraine" (Ukrainian), "China" (Chinese).
func country(t tok) bool {
	w := strings.TrimSuffix(strings.TrimSuffix(t.low, "e"), "a")
	if len(w) < 4 {
		return false
	}
	for n := range nationalities {
		if strings.HasPrefix(n, w) && n != t.low {
			return true
		}
	}
	return false
}

// substitute answers a fragment ("And Ukraine's?", "What about Rubio?",
// "And the Ukrainian one?", "The other one?") by asking the previous
// question again with the fragment in place of what it stands for there.
//
// The last question that has what the fragment can stand for is taken:
// "And the Ukrainian one?" after "Who leads the Russian delegation?" and
// "What is his job?" goes back to the first.
func substitute(body []tok, history []Turn) ([]tok, bool) {
	if len(body) == 0 {
		return nil, false
	}
	for k := len(history) - 1; k >= 0 && k >= len(history)-3; k-- {
		if out, ok := substituteIn(body, history[k]); ok {
			return out, true
		}
	}
	return nil, false
}

// substituteIn is substitute against one question.
func substituteIn(body []tok, t Turn) ([]tok, bool) {
	q := analyze(t)
	p := q.toks
	if len(p) == 0 {
		return nil, false
	}
	replace := func(i, j int, with []tok) []tok {
		out := append([]tok(nil), p[:i]...)
		out = append(out, with...)
		return append(out, p[j:]...)
	}
	nat, head, hasNat := natPhrase(p)
	ns := names(p)

	// "the other one", "the other team"
	if len(body) >= 2 && body[0].low == "the" && body[1].low == "other" {
		if np, n := other(body, []Turn{t}); np != nil && n == len(body) && hasNat {
			from := nat
			if nat > 0 && determiners[p[nat-1].low] {
				from = nat - 1
			}
			return replace(from, head+1, np), true
		}
		return nil, false
	}
	// "the Ukrainian one", "the Ukrainian", "the Ukrainian team",
	// "Ukrainian"
	b := body
	if b[0].low == "the" {
		b = b[1:]
	}
	if len(b) >= 1 && len(b) <= 2 && nationality(b[0]) {
		noun := []tok(nil)
		if len(b) == 2 && b[1].low != "one" && b[1].low != "ones" {
			noun = b[1:]
		}
		if hasNat {
			with := []tok{b[0]}
			if noun != nil {
				with = append(with, noun...)
			} else {
				with = append(with, p[head])
			}
			return replace(nat, head+1, with), true
		}
		// "Russia's delegation" → "the Ukrainian delegation"
		for _, n := range ns {
			if n.poss && n.j+1 < len(p) && n.j == n.i+1 && country(p[n.i]) {
				with := append([]tok{{text: "the", low: "the"}, b[0]}, noun...)
				if noun == nil {
					with = append(with, p[n.j+1])
				}
				return replace(n.i, n.j+2, with), true
			}
		}
		return nil, false
	}
	// "Ukraine's", "Umerov's", "Ukraine's team"
	if len(body) >= 2 && body[1].low == "'s" && capitalized(body[0]) || len(body) >= 3 && body[len(body)-1].low == "'s" {
		k := 0
		for k < len(body) && body[k].low != "'s" {
			k++
		}
		who := body[:k]
		for _, n := range ns {
			if n.poss {
				return replace(n.i, n.j, who), true
			}
		}
		if hasNat {
			from := nat
			if nat > 0 && determiners[p[nat-1].low] {
				from = nat - 1
			}
			return replace(from, nat+1, body[:k+1]), true
		}
		return nil, false
	}
	// "in Antalya"
	if len(body) >= 2 && prepositions[body[0].low] && capitalized(body[1]) {
		for _, n := range ns {
			if n.place {
				return replace(n.i-1, n.j, body), true
			}
		}
		return nil, false
	}
	// "Rubio", "Marco Rubio", "Ukraine"
	allCaps := true
	for _, t := range body {
		if !capitalized(t) && t.low != "of" && t.low != "de" {
			allCaps = false
		}
	}
	if allCaps {
		for _, n := range ns {
			if !n.place && !n.the && !contains(p, body) {
				return replace(n.i, n.j, body), true
			}
		}
		for _, n := range ns {
			if n.place && !contains(p, body) {
				return replace(n.i, n.j, body), true
			}
		}
		if hasNat {
			from := nat
			if nat > 0 && determiners[p[nat-1].low] {
				from = nat - 1
			}
			return replace(from, nat+1, possessive(body)), true
		}
		return nil, false
	}
	// "the ceasefire talks": a noun phrase in place of one with the same
	// head noun.
	if body[0].low == "the" && len(body) >= 2 {
		h := body[len(body)-1].low
		for _, r := range nounPhrases(q) {
			if p[r[1]-1].low == h {
				return replace(r[0], r[1], body), true
			}
		}
	}
	return nil, false
}

// ellipsis answers a lone question word ("When?", "Why?", "How many?")
// by asking the previous question again with it: an adjunct question
// keeps its words ("Where are the talks held?" → "When are the talks
// held?"), one that asked for a person or thing gets its answer in place
// ("Who declined Zelenskyy's invitation?" answered "Putin" → "Why did
// Putin decline Zelenskyy's invitation?").
func ellipsis(whToks []tok, history []Turn) ([]tok, bool) {
	q := analyze(history[len(history)-1])
	if q.wh != 0 || q.whEnd >= len(q.toks) {
		return nil, false
	}
	prev := q.toks[0].low
	if q.whEnd > 1 && prev == "how" {
		prev = "how " + q.toks[1].low
	}
	var words []string
	for _, t := range whToks {
		words = append(words, t.low)
	}
	wh := strings.Join(words, " ")
	if prev == wh {
		return nil, false
	}
	newWh := append([]tok{{text: upperFirst(whToks[0].text), low: whToks[0].low}}, whToks[1:]...)
	rest := q.toks[q.whEnd:]
	cat := func(parts ...[]tok) []tok {
		var out []tok
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	switch prev {
	case "when", "where", "why", "how", "how long", "how old", "how far", "how often", "how soon":
		if wh == "how many" || wh == "how much" {
			return nil, false
		}
		return cat(newWh, rest), true
	}
	// The previous question asked for a person, a thing or a number.
	filled := fill(q)
	counting := wh == "how many" || wh == "how much"
	if auxiliaries[rest[0].low] {
		if beForms[rest[0].low] && !participleAhead(rest[1:]) {
			return nil, false // "What is his job?" then "Why?"
		}
		if counting {
			noun := counted(q)
			if noun == nil {
				return nil, false
			}
			return cat(newWh, noun, rest), true
		}
		// "Who has appointed them?", "Which museum will close?": the
		// answer goes before the verb; "What did Ukraine accept?": after
		// it.
		if len(rest) > 1 && bareVerbAfter(rest[0], rest[1]) {
			if filled == nil {
				return nil, false
			}
			return cat(newWh, rest[:1], filled, rest[1:]), true
		}
		return cat(newWh, rest[:1], insertObject(rest[1:], filled)), true
	}
	// A subject question: "Who declined ...?"
	if counting {
		if prev == "who" {
			return cat(newWh, tokenize("people"), rest), true
		}
		return nil, false
	}
	if filled == nil {
		return nil, false
	}
	aux, verb := base(rest[0].text)
	return cat(newWh, tokenize(aux), filled, tokenize(verb), rest[1:]), true
}

// bareVerbAfter reports whether the word after an auxiliary is the verb
// itself, so that the question's wh-phrase is its subject: a participle
// after "has" or "is" ("Who has appointed"), a bare verb after a modal
// ("Which museum will close"), but not a subject ("did Ukraine accept",
// "do farmers say").
func bareVerbAfter(aux, next tok) bool {
	if capitalized(next) || !isWord(next) || determiners[next.low] || possessives[next.low] || pronouns[next.low] || number(next) {
		return false
	}
	if modals[aux.low] {
		return !plural([]tok{next})
	}
	return participle(next.text)
}

// participleAhead reports whether a participle follows a form of "be"
// within a few words: "are the peace talks being held" is a passive,
// "is Vladimir Medinsky's job" a copula.
func participleAhead(ts []tok) bool {
	for k, t := range ts {
		if k == 5 {
			break
		}
		if !capitalized(t) && isWord(t) && participle(t.text) {
			return true
		}
	}
	return false
}

// fill is the previous question's wh-phrase with its answer in place:
// "Putin" for "Who", "Zelenskyy's invitation" for "Whose invitation",
// "four lower-level officials" for "How many lower-level officials"; nil
// when it had no answer.
func fill(q question) []tok {
	a := answerToks(q.turn.Answer)
	for len(a) > 1 && prepositions[a[0].low] && !approximators[a[0].low] {
		a = a[1:] // "to about 18,000"
	}
	if len(a) == 0 {
		return nil
	}
	wp := q.toks[q.wh:q.whEnd]
	switch wp[0].low {
	case "whose":
		return append(possessive(answerToks(personName(q.turn.Answer))), wp[1:]...)
	case "how":
		if numeric(a) && len(wp) > 2 {
			return append(a, wp[2:]...) // "about 18,000 homes"
		}
	}
	return a
}

// approximators come before a number: "about 18,000", "more than 40".
var approximators = set("about around nearly almost some roughly approximately over under more less than at least most fewer up just only")

// numeric reports whether a phrase is a number, perhaps approximate.
func numeric(ts []tok) bool {
	k := 0
	for k < len(ts)-1 && (approximators[ts[k].low] || ts[k].low == "to" && k > 0 && ts[k-1].low == "up") {
		k++
	}
	return k == len(ts)-1 && number(ts[k])
}

// counted is the noun a "How many?" follow-up counts: the noun of the
// previous wh-phrase ("which officials"), or of its answer ("four
// lower-level officials"), or people for a who-question.
func counted(q question) []tok {
	wp := q.toks[q.wh:q.whEnd]
	if len(wp) > 1 && (wp[0].low == "which" || wp[0].low == "what") && plural(wp[1:]) {
		return wp[1:]
	}
	a := answerToks(q.turn.Answer)
	if len(a) > 1 && number(a[0]) && plural(a[1:]) {
		return a[1:]
	}
	if wp[0].low == "who" || wp[0].low == "whom" {
		return tokenize("people")
	}
	return nil
}

var numberWords = set("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion dozen dozens several")

func number(t tok) bool {
	if numberWords[t.low] {
		return true
	}
	for _, r := range t.low {
		if !unicode.IsDigit(r) && r != ',' && r != '.' {
			return false
		}
	}
	return t.low != ""
}

// insertObject puts an object back into the inverted part of a question
// after its verb: before the first preposition that does not end it
// ("did Putin appoint [four officials] as experts"), else at the end
// ("did Ukraine accept [a proposal]"). "of" is passed over, as it joins
// the words of a subject ("the head of the delegation").
func insertObject(after []tok, obj []tok) []tok {
	if obj == nil {
		return after
	}
	at := len(after)
	for k := 2; k < len(after)-1; k++ {
		if prepositions[after[k].low] && after[k].low != "of" {
			at = k
			break
		}
	}
	out := append([]tok(nil), after[:at]...)
	out = append(out, obj...)
	return append(out, after[at:]...)
}

// upperFirst capitalises the first letter of s.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
