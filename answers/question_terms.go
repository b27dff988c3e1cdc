package answers

// The words of a question the answer sentence should hold, and their
// weights (collectTerms): names first, then numbers, nouns and verbs; the
// words that only frame the question or set its scene, weighed down; the
// short form a question asks to spell out (findExpansion); and the stems
// each word is matched by (relatedStems).

import (
	"math"
	"strings"
)

// collectTerms picks the words the answer sentence should contain and
// weighs them: names first, then numbers, nouns, verbs.
func (q *question) collectTerms(skip []bool) {
	seen := make(map[string]bool)
	runStart, runEnd, run, runInitials := 0, 0, "", ""
	for i, t := range q.toks {
		if skip[i] || t.stem == "" {
			continue
		}
		term := qterm{low: t.low, stem: t.stem, root: t.root, pos: i, rel: relatedStems(t.stem), facts: factsOf(t)}
		term.addHyphenParts()
		phrasal := term.addPhrasal(q.toks, i)
		if i == q.verbPos {
			term.addAgentTitles()
		}
		if lo, hi, ok := eraOf(q.toks, i); ok && lo != hi {
			term.era = [2]int{lo, hi}
		}
		term.num, term.numKind = numberValue(t.low)
		term.scaled = scaledNumber(q.toks, i)
		switch t.tag {
		case tagProper:
			term.weight, term.name = 3, true
			// "UN", "U.N.", "EU": a short form in capitals, its stops or
			// none.
			letters := strings.ReplaceAll(t.text, ".", "")
			term.acronym = len(letters) >= 2 && len(letters) <= 5 && isAllCaps(letters) && isLetters(letters)
		case tagGentile:
			term.weight, term.name = 2.5, true
		case tagNumber, tagMonth, tagWeekday:
			term.weight = 2
		case tagTitle:
			term.weight = 1.5
		case tagVerb:
			term.weight, term.verb = 1.5, true
		case tagWord, tagTime:
			if stopWords[t.low] {
				continue
			}
			term.weight = 2
		case tagAux:
			if i != q.verbPos {
				continue
			}
			term.weight = 0.5
		default:
			continue
		}
		if stopWords[t.low] && t.tag != tagProper && i != q.verbPos {
			continue
		}
		if t.tag == tagProper {
			// The run of name words, found once for all its words.
			if i >= runEnd {
				runStart, runEnd = i, i+1
				for runStart > 0 && q.toks[runStart-1].tag == tagProper {
					runStart--
				}
				for runEnd < len(q.toks) && q.toks[runEnd].tag == tagProper {
					runEnd++
				}
				run = lower(nameText(q.toks, runStart, runEnd))
				// The short form spells the whole name, joiners and all:
				// "ADSS" for the Association of Directors of Social
				// Services.
				runInitials = ""
				if whole := joinedNameRun(q.toks, runStart, runEnd); strings.Contains(whole, " ") {
					runInitials = initials(whole)
				}
			}
			a, b := runStart, runEnd
			term.run, term.runInitials = run, runInitials
			// A long name is one name: its words share the weight of one,
			// or "Northgate High School" would outweigh everything else.
			term.weight /= math.Sqrt(float64(b - a))
		}
		if i == q.verbPos {
			term.verb, term.weight = true, verbWeight
			if (lightStems[t.stem] && !phrasal && !callSaid(q, i)) || q.wh == "where" && placeVerbs[t.stem] {
				term.weight = 0.5
			} else {
				q.verb = t.stem
			}
		} else if term.verb && lightStems[t.stem] && !phrasal {
			term.weight = 0.5
		}
		if term.verb && i > 0 && (q.toks[i-1].tag == tagNegation || i > 1 && q.toks[i-2].tag == tagNegation && q.toks[i-1].tag != tagVerb) {
			term.negated = true
		}
		if frameStems[t.stem] && t.tag != tagProper && !callSaid(q, i) || (q.want == typePlace || q.want == typeDate) && eventVerbs[t.stem] ||
			q.want == typePerson && genericPeople[t.low] ||
			q.want == typeTitle && q.whEnd == q.whPos+2 && term.verb && holdingStems[t.stem] {
			term.frame = true
			term.weight = min(term.weight, frameWeight)
		}
		if seen[term.stem] {
			continue // "Night Falcon fans ... Night Falcon: Part 2": one word, one weight
		}
		seen[term.stem] = true
		q.terms = append(q.terms, term)
	}
}

// callSaid reports whether the word at i is "call" said by someone of
// something, after "did" or "does": "What did Zelenskyy call the Russian
// team?" asks what was said, and the verb is what a sentence must say (or
// "describe" it), not the frame of "What is X called?".
func callSaid(q *question, i int) bool {
	if q.form != formObject || q.toks[i].low != "call" {
		return false
	}
	for k, t := range q.toks[:i] {
		if t.low == "did" || t.low == "does" || t.low == "do" {
			return k+1 < i && q.toks[k+1].low != "you" // "What do you call...?" frames
		}
	}
	return false
}

// holdingStems are the verbs a plain "What role/job/post...?" pairs
// someone with a post by: "What role does X hold?", "What job did X
// have?". A sentence says so by putting the title before the name
// ("sporting director Frank Arnesen"), so they are the question's frame.
var holdingStems = stemsOf(set(`hold held have has had do did fill occupy take took get got play`))

// frameWeight is the weight of a word of the question's frame.
const frameWeight = 0.5

// frameStems are the stems of the words that frame a question rather
// than say what it is about: "What is the name of...", "What is X
// known as / called?", "What type of...", "X is an example of what?",
// "Where is X located?", "When did X take place?", "Who runs the club
// now?" (the present a sentence in the present tense rarely restates);
// and, asked where or when, the eventVerbs ("Where was X held?").
var frameStems = stemsOf(set(`name names call called known know term type types kind kinds sort
	example examples part located situated based found happen happened happens occur occurred
	take place made make use used able become became include included consider considered refer
	referred describe described give given get got many much also now currently`))

// genericPeople are nouns that say only that someone is asked for: "the
// guy behind Live-Shot", "the person who designed it", "ibm's linux
// strategy guy". Asking who, they are words of the question's frame: the
// sentence that answers names the person ("John Underwood, who set up
// the site") without them.
var genericPeople = set(`person guy guys man woman bloke chap individual someone`)

// settingWeight is the factor for the words of a phrase that sets the
// scene before the question proper.
const settingWeight = 0.5

// settingTerms weighs down the words of a phrase before the wh-word ("Under
// the new code, what...", "In the future, what..."): it says where or
// when the question holds, which the article often says in another
// sentence than the answer.
//
// A phrase at the end that names the story ("...in the mac mini story",
// "...in the article about the strike") says where to look, not what
// the answer sentence holds: its words are weighed down too, and the
// word for the story is dropped.
func (q *question) settingTerms(wi int) {
	if q.setsScene(wi) {
		for k := range q.terms {
			if q.terms[k].pos < wi {
				q.terms[k].weight *= settingWeight
			}
		}
	}
	from, story := storyPhrase(q.toks)
	if from < 0 {
		return
	}
	kept := q.terms[:0]
	for _, t := range q.terms {
		if t.pos == story {
			continue
		}
		if t.pos > from {
			t.weight *= settingWeight
		}
		kept = append(kept, t)
	}
	q.terms = kept
}

// setsScene reports whether a phrase set off by a comma comes before the
// wh-word at wi ("Under the new code, what...?").
func (q *question) setsScene(wi int) bool {
	return wi >= 2 && q.toks[wi-1].text == ","
}

// storyPhrase finds a phrase at the end of a question that names the
// story it is about: "in the mac mini story", "in the BBC article on the
// strike", "from the piece about Ajax"; it returns where the phrase
// starts and where its word for the story is, or -1, -1.
func storyPhrase(toks []token) (from, story int) {
	for k := len(toks) - 1; k >= 2; k-- {
		if !storyWords[toks[k].low] {
			continue
		}
		// Back to "in the", "from the" or "about the", past the words
		// that name the story.
		for p := k - 1; p >= 1 && k-p <= 6; p-- {
			if toks[p].tag == tagDet && (toks[p-1].low == "in" || toks[p-1].low == "from") {
				return p - 1, k
			}
			if toks[p].tag == tagPunct || toks[p].tag == tagWh || toks[p].tag == tagAux {
				break
			}
		}
		break
	}
	return -1, -1
}

// storyWords are the words for a news story itself.
var storyWords = set(`story article piece`)

// findExpansion reads "What does TPS stand for?", "What is NIESR short
// for?" and "What is the acronym FIS an abbreviation of?": the answer is
// the name whose initials the short form spells, and the short form is a
// name of the question even typed in small letters ("what does niesr
// stand for").
func (q *question) findExpansion() {
	if q.wh != "what" {
		return
	}
	toks := q.toks
	// The words that ask: "stand for", "short for", "an abbreviation
	// of"; a phrase may follow ("in the cold calls story").
	end := -1
	for m := q.whPos + 3; m < len(toks) && end < 0; m++ {
		if toks[m].low != "for" && toks[m].low != "of" {
			continue
		}
		switch p := toks[m-1]; {
		case toks[m].low == "for" && (p.stem == "stand" || p.low == "short"):
			end = m - 1
		case abbreviationWords[p.low] && toks[m-2].tag == tagDet:
			end = m - 2
		}
	}
	// Or the question names its short form as one, whatever asks:
	// "What organisation does the acronym CENTR refer to?".
	if end < 0 {
		end = namedShortFormEnd(q)
	}
	// The short form is the one word before them: "does TPS stand", "is
	// NIESR short", "is FIS an abbreviation".
	// It is typed in capitals, or, in a question typed in small letters,
	// right after the auxiliary: "what does niesr stand for", not "What
	// does the party stand for?".
	k := end - 1
	if end < 0 || k <= q.whPos+1 || !isLetters(toks[k].text) || len(toks[k].text) < 2 || len(toks[k].text) > 8 ||
		!isAllCaps(toks[k].text) && (toks[k-1].tag != tagAux || !smallLetters(q.text)) {
		return
	}
	q.expands = toks[k].low
	for i := range q.terms {
		t := &q.terms[i]
		switch {
		case t.pos == k:
			t.name, t.acronym = true, true
			t.weight = max(t.weight, 3)
		case t.pos >= end || abbreviationWords[t.low]:
			// The asking words are the frame; the sentence spells the
			// name out instead. So are the words after them, which say
			// where to look ("in the tsunami appeal"): the sentence that
			// spells the name out need not say them.
			t.frame, t.verb = true, false
			t.weight = min(t.weight, frameWeight)
		}
	}
	q.verb = ""
}

// namedShortFormEnd returns where the words that ask for an expansion
// start when the question calls its short form one ("the acronym CENTR",
// "the abbreviation UKIF"): just past the short form, so that the words
// after it ("refer to", "mean") are its frame. -1 when it calls none so.
func namedShortFormEnd(q *question) int {
	for m := q.whPos + 1; m+1 < len(q.toks); m++ {
		if t := q.toks[m+1]; abbreviationWords[q.toks[m].low] && isLetters(t.text) && isAllCaps(t.text) && len(t.text) >= 2 && len(t.text) <= 8 {
			return m + 2
		}
	}
	return -1
}

// abbreviationWords name a short form: "What is FIS an abbreviation of?".
var abbreviationWords = set(`abbreviation abbreviations acronym acronyms initialism initials`)

// relatedStems returns the stems related to st by the relations lexicon,
// or nil.
func relatedStems(st string) stemSet {
	groups := relationIndex[st]
	if len(groups) == 0 {
		return stemSet{}
	}
	var set stemSet
	for _, g := range groups {
		for _, w := range relations[g] {
			set.add(stem(w))
		}
	}
	return set
}

// addAgentTitles lets the question's verb match the title of who does it:
// "chairwoman" in "Rowing club chairwoman Ann Dale said" says who chairs
// the club (see agentTitles).
func (t *qterm) addAgentTitles() {
	for title, verb := range agentTitles {
		if verb != t.stem {
			continue
		}
		t.rel.add(title)
	}
	for _, title := range doerTitles[t.stem] {
		t.rel.add(title)
	}
}

// doerTitles are, by a verb's stem, the stems of titles that say who
// does what the verb says, matched as the verb is but not asked as a
// title: "Gazprom chief Alexei Miller" runs Gazprom, yet "Who runs the
// helpline?" is answered as often by an organisation ("run by the Direct
// Marketing Association"), which a title asked would turn away (findRole,
// agentTitles). Measured in the fifty-seventh round: "owner" for own,
// "author" for write and the like moved as many answers down as up.
var doerTitles = map[string][]string{stem("run"): {stem("chief"), stem("boss")}}

// addPhrasal lets a verb and its particle match the one word news uses
// for them (phrasalVerbs): "go under" the "bankruptcy" of a firm, "kick
// in" the date a deal "starts", "knock out" whom a player "beat". It
// reports whether the verb at i is one.
func (t *qterm) addPhrasal(toks []token, i int) bool {
	target := phrasalAt(toks, i)
	if target == "" {
		return false
	}
	t.rel.add(stem(target))
	for st := range relatedStems(target).m {
		t.rel.add(st)
	}
	return true
}

// phrasalAt returns the word news writes for the verb at i and the
// particle after it (phrasalVerbs), or "".
func phrasalAt(toks []token, i int) string {
	if i+1 >= len(toks) || toks[i].tag == tagProper {
		return ""
	}
	w := toks[i].low
	target := phrasalVerbs[stem(w)+" "+toks[i+1].low]
	if target == "" && strings.HasSuffix(w, "ing") {
		target = phrasalVerbs[stem(strings.TrimSuffix(w, "ing"))+" "+toks[i+1].low] // "going up"
	}
	return target
}

// addHyphenParts lets a word written with hyphens match the words it
// joins as a related word would: "cancer-inducing" the "cancer" of "the
// cancer it induces", "state-owned" "owned by the state". (A word of the
// sentence so written matches its parts already: hyphenPart.)
func (t *qterm) addHyphenParts() {
	if strings.IndexByte(t.low, '-') < 0 {
		return
	}
	// "non-Muslim", "anti-war", "un-elected" deny or oppose their word.
	switch first, _, _ := strings.Cut(t.low, "-"); first {
	case "non", "un", "dis", "anti", "counter", "mis", "ex", "pre", "post", "self":
		return
	}
	for part := range strings.SplitSeq(t.low, "-") {
		if len(part) < 3 || stopWords[part] {
			continue
		}
		t.rel.add(stem(part))
	}
}

// stemSet is a set of stems that rules most words out before hashing
// them: matchTerm looks up every word of every retrieved sentence in a
// question word's related stems, and few words share a related stem's
// length and first letter.
type stemSet struct {
	m     map[string]bool
	lens  uint64    // bit n: a stem of length n (63 for longer)
	first [4]uint64 // bit b: a stem starting with byte b
}

// add puts st in the set, making the set's map on its first stem.
func (s *stemSet) add(st string) {
	if s.m == nil {
		s.m = make(map[string]bool)
	}
	s.m[st] = true
	s.lens |= 1 << min(len(st), 63)
	if st != "" {
		s.first[st[0]>>6] |= 1 << (st[0] & 63)
	}
}

// has reports whether st is in the set.
func (s *stemSet) has(st string) bool {
	if s.lens&(1<<min(len(st), 63)) == 0 {
		return false
	}
	if st != "" && s.first[st[0]>>6]&(1<<(st[0]&63)) == 0 {
		return false
	}
	return s.m[st]
}

// termAt returns the index of the question's term at token p, if a term
// is there.
func (q *question) termAt(p int) (int, bool) {
	for k, t := range q.terms {
		if t.pos == p {
			return k, true
		}
	}
	return -1, false
}
