package answers

import (
	"slices"
	"strconv"
	"strings"
)

// What tells an answer from a guess. A question can be written to look
// answerable from a sentence that does not answer it: it denies what the
// sentence affirms ("What is not used by invertebrates?" against "is used
// by most invertebrates"), it says the opposite ("smallest" for "largest",
// "failed" for "succeeded"), it qualifies what the sentence does not
// ("the first X"), or it borrows a word from another sentence of the
// article ("When did the Frankish identity emerge?" where the Frankish are
// named one sentence before the Norman identity's emergence). Each is a
// feature of the candidate's sentence; the model weighs them against the
// rest of the evidence. One thing is no matter of weight: a name of the
// question that no retrieved sentence holds (unfoundName) means the
// articles do not speak of it, and the reading stops there.

// negators deny what follows them; with tagNegation's not, n't and never.
var negators = set(`no none nobody nothing nowhere without neither nor unlikely unable cannot`)

// negatedText reports whether tokens hold a negation.
func negatedText(toks []token) bool {
	for k := range toks {
		if negation(toks, k) {
			return true
		}
	}
	return false
}

// negation reports whether the word at k denies: tagNegation's words, the
// negators and "non-" words; not "no" before a number, which is "number"
// ("got to no 5 in the chart", "No 10").
func negation(toks []token, k int) bool {
	t := toks[k]
	if t.low == "no" && k+1 < len(toks) && toks[k+1].tag == tagNumber {
		return false
	}
	return t.tag == tagNegation || negators[t.low] || strings.HasPrefix(t.low, "non-")
}

// antonymPairs are general English opposites: a sentence holding one where
// the question has the other says something else. Stems are compared.
var antonymPairs = [][2]string{
	{"increase", "decrease"}, {"rise", "fall"}, {"gain", "lose"}, {"win", "lose"}, {"win", "defeat"},
	{"succeed", "fail"}, {"success", "failure"}, {"accept", "reject"}, {"allow", "forbid"}, {"allow", "ban"},
	{"allow", "prohibit"}, {"permit", "forbid"}, {"include", "exclude"}, {"open", "close"}, {"begin", "end"},
	{"start", "end"}, {"start", "finish"}, {"first", "last"}, {"early", "late"}, {"earliest", "latest"},
	{"large", "small"}, {"largest", "smallest"}, {"big", "small"}, {"biggest", "smallest"}, {"high", "low"},
	{"highest", "lowest"}, {"long", "short"}, {"longest", "shortest"}, {"old", "new"}, {"old", "young"},
	{"oldest", "newest"}, {"oldest", "youngest"}, {"more", "less"}, {"more", "fewer"}, {"most", "least"},
	{"most", "fewest"}, {"many", "few"}, {"best", "worst"}, {"good", "bad"}, {"better", "worse"},
	{"major", "minor"}, {"majority", "minority"}, {"maximum", "minimum"}, {"positive", "negative"},
	{"public", "private"}, {"internal", "external"}, {"inside", "outside"}, {"above", "below"},
	{"before", "after"}, {"north", "south"}, {"east", "west"}, {"northern", "southern"},
	{"eastern", "western"}, {"import", "export"}, {"buy", "sell"}, {"borrow", "lend"}, {"push", "pull"},
	{"strong", "weak"}, {"strength", "weakness"}, {"easy", "difficult"}, {"easy", "hard"}, {"same", "different"},
	{"similar", "different"}, {"true", "false"}, {"right", "wrong"}, {"rich", "poor"}, {"heavy", "light"},
	{"hot", "cold"}, {"warm", "cold"}, {"wet", "dry"}, {"fast", "slow"}, {"full", "empty"}, {"deep", "shallow"},
	{"wide", "narrow"}, {"ancient", "modern"}, {"upper", "lower"}, {"inner", "outer"}, {"specific", "general"},
	{"specific", "generic"}, {"direct", "indirect"}, {"formal", "informal"}, {"legal", "illegal"},
	{"possible", "impossible"}, {"likely", "unlikely"}, {"able", "unable"}, {"known", "unknown"},
	{"common", "rare"}, {"simple", "complex"}, {"active", "passive"}, {"attack", "defend"}, {"offense", "defense"},
	{"support", "oppose"}, {"agree", "disagree"}, {"approve", "disapprove"}, {"appear", "disappear"},
	{"arrive", "depart"}, {"arrive", "leave"}, {"enter", "exit"}, {"birth", "death"}, {"born", "die"},
	{"create", "destroy"}, {"build", "destroy"}, {"add", "remove"}, {"add", "subtract"}, {"give", "take"},
	{"give", "receive"}, {"send", "receive"}, {"teach", "learn"}, {"ask", "answer"}, {"love", "hate"},
	{"friend", "enemy"}, {"ally", "enemy"}, {"peace", "war"}, {"victory", "defeat"}, {"win", "loss"},
	{"profit", "loss"}, {"benefit", "harm"}, {"help", "harm"}, {"raise", "lower"}, {"expand", "shrink"},
	{"expand", "contract"}, {"join", "leave"}, {"include", "omit"}, {"remember", "forget"}, {"find", "lose"},
	{"always", "never"}, {"all", "none"}, {"everyone", "nobody"}, {"before", "since"},
	{"rarely", "often"}, {"rarely", "usually"}, {"rarely", "normally"}, {"rarely", "commonly"},
	{"seldom", "often"}, {"seldom", "usually"}, {"frequently", "rarely"}, {"mother", "father"},
	{"male", "female"}, {"man", "woman"}, {"men", "women"}, {"son", "daughter"}, {"brother", "sister"},
	{"husband", "wife"}, {"king", "queen"}, {"boy", "girl"},
}

// antonyms maps a stem to the stems of its opposites.
var antonyms = func() map[string][]string {
	m := make(map[string][]string)
	for _, p := range antonymPairs {
		a, b := stem(p[0]), stem(p[1])
		m[a] = append(m[a], b)
		m[b] = append(m[b], a)
	}
	return m
}()

// opposes reports whether a sentence says the opposite of one of the
// question's words that it does not hold: an antonym ("smallest" for
// "largest"), or the word with a negating prefix ("non-specific",
// "unlikely", "inactive").
func opposes(q *question, r *ranked) bool {
	for k, t := range q.terms {
		if strongest(r.matches[k]) >= 0.7 {
			continue
		}
		opp := antonyms[gradeBase(t.low, t.stem)]
		for _, tok := range r.s.toks {
			if len(opp) > 0 && slices.Contains(opp, gradeBase(tok.low, tok.stem)) {
				return true
			}
			if len(t.low) > 3 && negatedForm(tok.low, t.low) {
				return true
			}
		}
	}
	return false
}

// gradeBase returns the stem an adjective's comparative or superlative
// is graded from, when antonyms knows it: "strong" for "stronger",
// "large" for "largest", "big" for "bigger", "easy" for "easier"; else the
// word's own stem. "Which cells have a stronger association...?" is
// answered by no sentence that says "weaker".
func gradeBase(low, st string) string {
	if antonyms[st] != nil {
		return st
	}
	for _, suf := range []string{"est", "er"} {
		b, ok := strings.CutSuffix(low, suf)
		if !ok || len(b) < 2 {
			continue
		}
		forms := []string{b, b + "e"}
		if n := len(b); n > 2 && b[n-1] == b[n-2] {
			forms = append(forms, b[:n-1]) // "bigg" of "bigger"
		}
		if y, ok := strings.CutSuffix(b, "i"); ok {
			forms = append(forms, y+"y") // "easi" of "easier"
		}
		for _, f := range forms {
			if g := stem(f); antonyms[g] != nil {
				return g
			}
		}
	}
	return st
}

// negatedForm reports whether w is base with a negating prefix:
// "non-specific", "unlikely", "inactive", "illegal".
func negatedForm(w, base string) bool {
	// Every prefix leaves base at w's end: a cheap test first, since this
	// runs for every word of a sentence against the question's.
	if len(w) <= len(base) || !strings.HasSuffix(w, base) {
		return false
	}
	for _, p := range []string{"non-", "non", "un", "in", "im", "il", "ir", "dis", "de", "anti-"} {
		if strings.HasPrefix(w, p) && strings.TrimPrefix(w, p) == base {
			return true
		}
	}
	return false
}

// elsewhere returns the rarity of the rarest question word that the
// sentence and its neighbours lack but another retrieved sentence of the
// same article holds: the question mixes two facts of the article, or
// swaps one thing for another the article also names.
func elsewhere(q *question, ev *questionEvidence, r *ranked) float64 {
	found := ev.inArticle[r.s.src.ArticleID]
	out := 0.0
	for k := range q.terms {
		if r.near[k] == 0 && found != nil && found[k] > 0 {
			out = max(out, ev.idf[k])
		}
	}
	return out
}

// modifierSwap looks at the question's words that qualify the next one
// ("American" in "an American ship", "Music" in "Music University"): when
// the sentence holds the qualified word but not the qualifier, it may
// speak of another thing of that kind. swapped reports that the sentence
// qualifies the word otherwise ("a European ship"), or gives the
// question's nationality to another thing ("the delegation left despite
// Russian reluctance" for "the Russian delegation"); missing that it
// leaves the qualifier out; degree that the qualifier left out grades or
// ranks ("the least important", "vice president").
func modifierSwap(q *question, r *ranked) (swapped, missing, degree bool) {
	inQ := questionMask(r.s.toks, r.matches)
	for k, t := range q.terms {
		if t.frame {
			continue
		}
		n, ok := q.termAt(t.pos + 1)
		if !ok || strongest(r.matches[n]) < 0.7 {
			continue
		}
		if strongest(r.matches[k]) >= 0.6 {
			// A nationality the sentence gives another thing: "a team
			// led by his defense minister ... despite Russian
			// reluctance" for "the Russian delegation".
			if q.toks[t.pos].tag == tagGentile && q.toks[t.pos+1].tag != tagProper &&
				detached(r.s.toks, r.matches[k], r.matches[n]) {
				swapped = true
			}
			continue
		}
		missing = true
		degree = degree || gradeWords[t.low]
		for _, h := range r.matches[n] {
			if h.m < 0.7 || h.pos == 0 {
				continue
			}
			switch prev := r.s.toks[h.pos-1]; prev.tag {
			case tagWord, tagProper, tagGentile, tagNumber:
				if !inQ[h.pos-1] && !stopWords[prev.low] {
					swapped = true
				}
			}
		}
	}
	return swapped, missing, degree
}

// detached reports whether a sentence holds a question's nationality and
// the word it qualifies only apart: the nationality is there, as a
// nationality, but nowhere in the word's noun phrase, before it ("a
// lower-level Russian team") or after it by a preposition ("the team of
// Russian officials"). A country named elsewhere ("shown in Austria ...
// on television" for "Austrian television") is no nationality given to
// another thing.
func detached(toks []token, quals, heads []hit) bool {
	seen := false
	for _, hq := range quals {
		if hq.m < 0.6 || toks[hq.pos].tag != tagGentile {
			continue
		}
		seen = true
		for _, hn := range heads {
			if hn.m < 0.7 {
				continue
			}
			if hq.pos == hn.pos {
				return false
			}
			if hq.pos < hn.pos && hn.pos-hq.pos <= 3 && phraseBetween(toks, hq.pos, hn.pos, false) {
				return false
			}
			if hn.pos < hq.pos && hq.pos-hn.pos <= 3 && phraseBetween(toks, hn.pos, hq.pos, true) {
				return false
			}
		}
	}
	return seen
}

// phraseBetween reports whether the words strictly between i and j keep
// them in one noun phrase: no boundary, comma or verb; with prep, one of
// them must be a preposition ("team of Russian officials").
func phraseBetween(toks []token, i, j int, prep bool) bool {
	sawPrep := !prep
	for k := i + 1; k < j; k++ {
		t := toks[k]
		if isBoundary(t) || t.text == "," || t.tag == tagVerb {
			return false
		}
		if t.tag == tagPrep {
			sawPrep = true
		}
	}
	return sawPrep
}

// gradeWords grade or rank what they qualify: a question that adds one
// ("the least important mediators", "vice president", "very few
// organisms") to what a sentence says of the bare word asks something
// else.
var gradeWords = set(`least most fewest few only first last second third fourth fifth largest smallest
	biggest highest lowest oldest newest earliest latest best worst main primary vice former deputy
	very rarely seldom unimportant minor lesser`)

// negatedNear reports whether a sentence denies what it says of the
// question's words: a negation in the clause of the question's verb
// (before it, as "did not sign", "never signed"), or, without the verb,
// just before one of the question's words. verbs are where the
// sentence holds the question's verb (verbHits).
func negatedNear(q *question, r *ranked, verbs []int) bool {
	toks := r.s.toks
	at := verbs
	if len(at) == 0 {
		for k := range q.terms {
			for _, h := range r.matches[k] {
				if h.m >= 0.7 {
					at = append(at, h.pos)
				}
			}
		}
	}
	for _, p := range at {
		if negatedBefore(toks, p) {
			return true
		}
	}
	return false
}

// negatedBefore reports whether a negation comes before the word at p in
// its clause: "did not sign", "never signed".
func negatedBefore(toks []token, p int) bool {
	verb := false // a verb between the negation and p
	for k := p - 1; k >= 0 && k >= p-deniedReach; k-- {
		t := toks[k]
		if negation(toks, k) {
			// "no" denies its noun phrase, which a verb ends: "shows no
			// sign of slowing, reveals the survey" denies no survey.
			return !verb || !nounNegators[t.low]
		}
		if isBoundary(t) || t.text == "," || t.tag == tagSub {
			break
		}
		verb = verb || t.tag == tagVerb
	}
	return false
}

// nounNegators deny the noun phrase they open, not the clause.
var nounNegators = set(`no none nothing nobody`)

// negationMismatch reports whether a sentence and a question differ in
// negation: the sentence denies the question's verb and the question
// does not, or the question denies its verb and the sentence does not,
// or the question holds a negation and the sentence none at all. A
// negation away from the verb in both ("When will they leave if the
// situation does not improve?" against "They will leave in 60 days if
// the situation does not improve") is no mismatch; nor is a denied verb
// the sentence says otherwise, when it denies something too: "How many
// Canadians have diabetes and don't realize it?" against "more than
// 750,000 have it and don't know it" (see paraphrasedDenial).
func negationMismatch(q *question, r *ranked) bool {
	verbs := verbHits(q, r.s, r.matches)
	near := negatedNear(q, r, verbs)
	if !negatedText(q.toks) {
		return near
	}
	if !negatedText(r.s.toks) {
		return true
	}
	verb := q.verbPos < 0 || negatedBefore(q.toks, q.verbPos)
	return verb && !near && !paraphrasedDenial(q, verbs)
}

// paraphrasedDenial reports whether the question's denied verb is
// missing from a sentence that denies something (verbs, its verbHits,
// are none): the sentence may well deny the same thing in its own words
// ("don't know it" for "don't realize it"), so the denial cannot be said
// to differ. What a verb the sentence lacks costs is for verb-missing to
// say.
func paraphrasedDenial(q *question, verbs []int) bool {
	return q.verbPos >= 0 && len(verbs) == 0
}

// questionDenies reports the first case of negationMismatch alone: the
// question denies what the sentence does not ("What was not central to
// European development?" against "free movement and trade were central
// to European development"). It is surer evidence than the other way
// round, since a sentence denies many things a question need not name.
// A word of absence for the denied verb ("declined" for "not go") is
// the sentence denying it too.
func questionDenies(q *question, r *ranked) bool {
	return negationMismatch(q, r) && deniedOnlyAsked(q, r)
}

// deniedOnlyAsked is questionDenies past its negationMismatch, for a
// caller that has it already: the question holds a negation, and the
// sentence no word of absence for its denied verb. The denied verb's own
// word is none, a word of absence as it may be: "had failed to
// implement" affirms what "What did the government not fail to
// implement?" denies.
func deniedOnlyAsked(q *question, r *ranked) bool {
	if !negatedText(q.toks) {
		return false
	}
	for k, t := range q.terms {
		if !t.negated {
			continue
		}
		for _, h := range r.matches[k] {
			if h.m >= 0.6 && r.s.toks[h.pos].stem != t.stem && r.s.fact(h.pos, knowAbsence).absence {
				return false
			}
		}
	}
	return true
}

// personRuns returns the question's names that the retrieved sentences
// name as people with a title ("Ukrainian leader Zelenskyy"): surely
// people, not a two-word title taken for one ("Night Falcon").
func personRuns(q *question, ranked []ranked) map[string]bool {
	out := make(map[string]bool)
	for _, r := range ranked {
		for _, e := range r.s.ents {
			if e.kind != kindPerson || isRef(r.s.toks, e) || !titled(r.s.toks, e) {
				continue
			}
			name := lower(nameText(r.s.toks, e.i, e.j))
			for _, t := range q.terms {
				if t.name && t.run != "" && (sameName(t.run, name) || e.full != "" && sameName(t.run, lower(e.full))) {
					out[t.run] = true
				}
			}
		}
	}
	return out
}

// titled reports whether a name has a title word before it.
func titled(toks []token, e entity) bool {
	for k := e.ti; k < e.i; k++ {
		if titleHeads[toks[k].low] {
			return true
		}
	}
	return false
}

// lacksPerson reports whether a sentence, with what its neighbours lend
// it, holds one of the people the question names not at all: asked when
// Zelenskyy met Putin, a sentence on Trump meeting Putin.
func lacksPerson(q *question, r ranked, people map[string]bool) bool {
	if len(people) < 2 {
		return false
	}
	found := make(map[string]bool)
	for k, t := range q.terms {
		if people[t.run] && r.near[k] > 0 {
			found[t.run] = true
		}
	}
	return len(found) < len(people)
}

// otherNationalitiesOnly reports whether the question names a nationality
// of a noun ("the Turkish delegation") and the retrieved sentences attach
// other nationalities to that noun (or a related one) but never this one.
func otherNationalitiesOnly(q *question, ranked []ranked) bool {
	for _, t := range q.terms {
		if q.toks[t.pos].tag != tagGentile || t.pos+1 >= len(q.toks) {
			continue
		}
		noun := -1
		for l, u := range q.terms {
			if u.pos == t.pos+1 && !u.name {
				noun = l
			}
		}
		if noun < 0 {
			continue
		}
		asked := country(t.low)
		others := false
		for _, r := range ranked {
			for _, h := range r.matches[noun] {
				if h.m < 0.7 {
					continue
				}
				// The nationality in the noun phrase before the noun:
				// "a lower-level Russian team", "the U.S. delegation".
				for p := h.pos - 1; p >= 0 && p >= h.pos-3; p-- {
					tok := r.s.toks[p]
					c := country(tok.low)
					if c == "" {
						if isNominal(tok.tag) || tok.tag == tagAdverb {
							continue
						}
						break
					}
					if c == asked {
						return false
					}
					others = true
					break
				}
			}
		}
		if others {
			return true
		}
	}
	return false
}

// nameParticles join the words of one name: "Tamara de Lempicka", "Ludwig
// von Nassau", "Osama bin Laden".
var nameParticles = set(`de da di du des del della der den van von la le bin ibn al el y`)

// properRuns returns the runs of name words in tokens, joined across name
// particles, each as the lower-case words of its names (particles left out).
func properRuns(toks []token) [][]string {
	var out [][]string
	for i := 0; i < len(toks); {
		if toks[i].tag != tagProper {
			i++
			continue
		}
		_, j := properRunAt(toks, i)
		var run []string
		for _, t := range toks[i:j] {
			if t.tag == tagProper {
				run = append(run, t.low)
			}
		}
		out = append(out, run)
		i = j
	}
	return out
}

// properRunAt returns where the run of capitalised words that holds
// toks[p] starts and ends, across the particles that join them ("Jean de
// Léry", "Ludwig van Beethoven").
func properRunAt(toks []token, p int) (int, int) {
	i, j := p, p+1
	for i > 0 && (toks[i-1].tag == tagProper || i > 1 && nameParticles[toks[i-1].low] && toks[i-2].tag == tagProper) {
		i--
	}
	for j < len(toks) && (toks[j].tag == tagProper || nameParticles[toks[j].low] && j+1 < len(toks) && toks[j+1].tag == tagProper) {
		j++
	}
	return i, j
}

// nameConflict reports whether a sentence names someone else by part of a
// name the question asks about (asked: the question's properRuns): "Tamara
// de Lempicka" for "Tamara de Maria", "Richard Trevithick" for "Richard
// Evans". A shorter form of the name ("Medinsky" for "Vladimir Medinsky")
// is no conflict.
func nameConflict(asked [][]string, r *ranked) bool {
	// Only a name of two words or more is asked about in part: without
	// one, the sentence's names need not be gathered.
	if !slices.ContainsFunc(asked, func(want []string) bool { return len(want) >= 2 }) {
		return false
	}
	if honorificOfOther(asked, r.s.toks) {
		return true
	}
	for _, got := range properRuns(r.s.toks) {
		got = hyphenParts(got)
		for _, want := range asked {
			if len(want) < 2 {
				continue
			}
			want = hyphenParts(want)
			shared, extra, lacking := false, false, false
			for _, g := range got {
				if slices.ContainsFunc(want, func(w string) bool { return nameVariant(w, g) }) {
					shared = true
				} else {
					extra = true
				}
			}
			for _, w := range want {
				if !slices.ContainsFunc(got, func(g string) bool { return nameVariant(w, g) }) {
					lacking = true
				}
			}
			if shared && extra && lacking {
				return true
			}
		}
	}
	return false
}

// honorificOfOther reports whether the sentence gives "Mr", "Dr" or
// another honorific before one word that is an asked name's first word,
// not its last: an honorific takes a surname, so "Tory spokesman Mr
// Lewis" is someone else than Lewis Champion.
func honorificOfOther(asked [][]string, toks []token) bool {
	for p := 1; p < len(toks); p++ {
		if toks[p].tag != tagProper || !honorifics[toks[p-1].low] || p+1 < len(toks) && toks[p+1].tag == tagProper {
			continue
		}
		for _, want := range asked {
			if n := len(want); n >= 2 && toks[p].low != want[n-1] && slices.Contains(want[:n-1], toks[p].low) {
				return true
			}
		}
	}
	return false
}

// hyphenParts returns the words of a name with those joined by hyphens
// taken apart: "Purchasing Management-Chicago" names Chicago, as the
// question's "Chicago Purchasing" does. The words are returned as they
// are when none has a hyphen.
func hyphenParts(words []string) []string {
	if !slices.ContainsFunc(words, func(w string) bool { return strings.IndexByte(w, '-') > 0 }) {
		return words
	}
	var out []string
	for _, w := range words {
		for _, part := range strings.Split(w, "-") {
			if part != "" {
				out = append(out, part)
			}
		}
	}
	return out
}

// complementSwap reports whether the sentence says "N of Y" where the
// question says "N of X" and the sentence holds no X near its N: "the
// fall of Warsaw" for "the fall of Katyn", the same kind of thing said of
// another. The complement is the first question word after "of" (past a
// determiner).
func complementSwap(q *question, r *ranked) bool {
	for k, t := range q.terms {
		p := t.pos + 1
		if p >= len(q.toks) || q.toks[p].low != "of" {
			continue
		}
		p++
		for p < len(q.toks) && q.toks[p].tag == tagDet {
			p++
		}
		m, ok := q.termAt(p)
		if !ok || strongest(r.matches[m]) >= 0.7 && nearAfter(r.matches[m], r.matches[k], 4) {
			continue
		}
		for _, h := range r.matches[k] {
			if h.m < 0.7 || h.pos+2 >= len(r.s.toks) || r.s.toks[h.pos+1].low != "of" {
				continue
			}
			c := h.pos + 2
			for c < len(r.s.toks) && r.s.toks[c].tag == tagDet {
				c++
			}
			if c < len(r.s.toks) && hasContent(r.s.toks[c:c+1]) && !matchedAt(r.matches[m], c) {
				return true
			}
		}
	}
	return false
}

// nearAfter reports whether a strong hit of b is followed within reach
// words by a strong hit of a.
func nearAfter(a, b []hit, reach int) bool {
	for _, hb := range b {
		for _, ha := range a {
			if hb.m >= 0.7 && ha.m >= 0.7 && ha.pos > hb.pos && ha.pos-hb.pos <= reach {
				return true
			}
		}
	}
	return false
}

// matchedAt reports whether a hit is at token p.
func matchedAt(hs []hit, p int) bool {
	for _, h := range hs {
		if h.pos == p {
			return true
		}
	}
	return false
}

// A question about a year the sentence puts its event in another year
// ("Who bought the factory in 1925?" against "In 1995 the factory was
// purchased by Daewoo") is about something the sentence does not say.
// Years, decades ("the 1990s", "1980's") and ranges ("2008-09",
// "1994–1999") are spans of years; the question's year conflicts with a
// sentence that dates something and whose years, with its neighbours',
// neither meet it nor surround it.

// yearSpan is a span of years, first and last included.
type yearSpan struct{ lo, hi int }

func (a yearSpan) meets(b yearSpan) bool { return a.lo <= b.hi && b.lo <= a.hi }

// yearAt reads the token at k as a span of years: "1995", "1990s",
// "mid-1990s", "2008-09", "the 16th century"; a following "'s" makes a
// year a decade. "1600s" is read as the century, the wider of its two
// readings.
func yearAt(toks []token, k int) (yearSpan, bool) {
	t := toks[k].text
	for _, p := range []string{"mid-", "early-", "late-"} {
		t = strings.TrimPrefix(t, p)
	}
	if c, ok := centuryOf(toks, k, t); ok {
		return yearSpan{100 * (c - 1), 100*c - 1}, true
	}
	if len(t) < 4 || !isDigits(t[:4]) {
		return yearSpan{}, false
	}
	y, _ := strconv.Atoi(t[:4])
	if y < 1000 || y > 2099 {
		return yearSpan{}, false
	}
	rest := t[4:]
	switch {
	case rest == "" && k+1 < len(toks) && toks[k+1].low == "'s", rest == "s":
		switch {
		case y%100 == 0:
			return yearSpan{y, y + 99}, true
		case y%10 == 0:
			return yearSpan{y, y + 9}, true
		}
		return yearSpan{}, false
	case rest == "":
		return yearSpan{y, y}, true
	case (len(rest) == 3 || len(rest) == 5) && rest[0] == '-' && isDigits(rest[1:]):
		// "2008-09", "1914-1918"
		end, _ := strconv.Atoi(rest[1:])
		if len(rest) == 3 {
			end += y / 100 * 100
		}
		if end < y {
			return yearSpan{}, false
		}
		return yearSpan{y, end}, true
	}
	return yearSpan{}, false
}

// centuryOf reads "16th century" and "18th-century" (t is the token at
// k, its prefix trimmed) as the number of the century.
func centuryOf(toks []token, k int, t string) (int, bool) {
	t, hyphened := strings.CutSuffix(t, "-century")
	if !hyphened && !centuryAt(toks, k) || !isOrdinal(t) {
		return 0, false
	}
	c, err := strconv.Atoi(t[:len(t)-2])
	return c, err == nil && c >= 1 && c <= 21
}

// datesAt reports whether the number at k is used as a date: after a
// preposition, a month, a comma or "the", after a year and a range's
// joiner ("1990 and 1993"), or opening the sentence. "1500 acres" is a
// count.
func datesAt(toks []token, k int) bool {
	if k == 0 {
		return true
	}
	switch p := toks[k-1]; {
	case p.tag == tagPrep || p.tag == tagMonth || p.text == "," || p.low == "the":
		return true
	case rangeJoiners[p.low]:
		_, ok := yearAt(toks, max(k-2, 0))
		return k >= 2 && ok
	}
	return false
}

// A question about when something will happen ("When will the new
// Harry Potter book be published?", "When is the dam due to be
// completed?") is not answered by a sentence that says only what
// happened: one with no word of the future, no modal and no verb in the
// present, which schedules ("Mr Khatami's second term ends on 1
// August"). Asked of fresh news at threshold 0, 13 when-will questions
// were answered from such sentences and one of them was right.

// asksFuture reports whether a when-question asks about a time to come:
// "will" or "'ll", or "due", "expected", "set", "going" or "scheduled"
// followed by "to".
func asksFuture(q *question) bool {
	if q.want != typeDate || q.wh != "when" {
		return false
	}
	for k := q.whPos + 1; k < len(q.toks); k++ {
		switch w := q.toks[k].low; {
		case w == "will" || w == "'ll" || w == "shall":
			return true
		case futureFrames[w] && k+1 < len(q.toks) && q.toks[k+1].low == "to":
			return true
		}
	}
	return false
}

// futureFrames, before "to", put an event in the future: "is due to",
// "is expected to".
var futureFrames = set(`due expected set going scheduled planned poised slated`)

// futureWords say in a sentence that something is to come, may come or
// is planned.
var futureWords = set(`will 'll would shall should could may might must can due expected expects
	expect scheduled planned plans plan planning intends intend aims aim hopes hope wants want next
	upcoming soon tomorrow later forthcoming going`)

// saysFuture reports whether a sentence can say when something will
// happen: a word of the future or a modal (futureWords), "is to" or
// "are to", or a verb in the present tense ("ends", "opens").
func saysFuture(toks []token) bool {
	for k, t := range toks {
		switch {
		case futureWords[t.low]:
			return true
		case (t.low == "is" || t.low == "are") && k+1 < len(toks) && toks[k+1].low == "to":
			return true
		case (t.tag == tagVerb || t.tag == tagWord && verbStems[t.stem]) && k > 0 &&
			strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss") && !auxiliaries[t.low]:
			return true // "ends", "opens"; a plural that may be a verb ("talks") too, to be safe
		}
	}
	return false
}

// tenseConflict reports whether the question asks when something will
// happen (asksFuture) and the sentence says nothing of a time to come
// (saysFuture): it tells of the past, and its dates are not the answer.
func tenseConflict(future bool, s *sentence) bool {
	return future && !saysFuture(s.toks)
}

// rateConflict reports whether the question asks for a rate per one unit
// of time ("How many projects does the Centre realize a month?") and the
// sentence gives a rate per another ("about 500 projects a year") and
// none per the question's.
func rateConflict(asked []string, s *sentence) bool {
	if len(asked) == 0 {
		return false
	}
	said := rateUnits(s.toks)
	if len(said) == 0 {
		return false
	}
	for _, u := range asked {
		if slices.Contains(said, u) {
			return false
		}
	}
	return true
}

// rateUnits returns, by stem, the units of time rates are given per:
// "a month", "per year", "each week", "every two years".
func rateUnits(toks []token) []string {
	var out []string
	for k := 0; k+1 < len(toks); k++ {
		switch toks[k].low {
		case "a", "an", "per", "each", "every":
		default:
			continue
		}
		n := k + 1
		if toks[k].low == "every" && n+1 < len(toks) && toks[n].tag == tagNumber {
			n++
		}
		if rateUnitStems[toks[n].stem] {
			out = append(out, unitKey(toks[n].stem))
		}
	}
	return out
}

// rateUnitStems are the units of time a rate is given per, by stem.
var rateUnitStems = stemsOf(set(`hour hours day days week weeks month months year years decade decades`))

// askedMonths are the months the question dates its event in ("in
// November 2004", "December's job gains"), by their lower-case name: read
// once a question, for every sentence monthConflict judges.
func askedMonths(q *question) []string {
	var asked []string
	for _, t := range q.toks {
		if t.tag == tagMonth {
			asked = append(asked, t.low)
		}
	}
	return asked
}

// monthConflict reports whether a sentence dates something in another
// month than the one the question asks about, as yearConflict does for
// years: "US firms added only 146,000 jobs in January" does not say how
// many they added in November. The sentence names a month, neither it nor
// the sentences around it name the one asked, so the figure is another
// month's.
func monthConflict(asked []string, s *sentence, ctx func(string, int) *sentence) bool {
	if len(asked) == 0 {
		return false
	}
	// A month the sentence measures from is no date of what it says: "its
	// lowest level since September 2001".
	dated := false
	for k, t := range s.toks {
		if t.tag != tagMonth {
			continue
		}
		from := false
		for p := max(k-2, 0); p < k; p++ {
			switch s.toks[p].low {
			case "since", "until", "till", "before", "after", "than":
				from = true
			}
		}
		dated = dated || !from
	}
	if !dated {
		return false
	}
	for _, m := range asked {
		mentions := func(s *sentence) bool {
			for _, t := range s.toks {
				if t.tag == tagMonth && t.low == m {
					return true
				}
			}
			return false
		}
		if mentions(s) || besideHolds(s, ctx, mentions) {
			return false
		}
	}
	return true
}

// besideHolds reports whether f holds of a sentence next to s that the
// search retrieved (ctx gives them): a date, a name said there is said of
// what s says.
func besideHolds(s *sentence, ctx func(string, int) *sentence, f func(*sentence) bool) bool {
	for _, d := range []int{-1, 1} {
		if nb := ctx(s.src.ArticleID, s.src.Number+d); nb != nil && f(nb) {
			return true
		}
	}
	return false
}

// askedYears are the years the question dates its event in, if any:
// read once a question, for every sentence yearConflict judges.
func askedYears(q *question) []yearSpan {
	var asked []yearSpan
	for k := range q.toks {
		if q.toks[k].tag != tagNumber || !datesAt(q.toks, k) {
			continue
		}
		if y, ok := yearAt(q.toks, k); ok {
			asked = append(asked, y)
		}
	}
	return asked
}

// yearConflict reports whether a sentence contradicts the years the
// question asks about (askedYears): the sentence dates something, and
// neither its years nor those of the sentences around it (the article's
// neighbours the search retrieved) meet one of them.
func yearConflict(asked []yearSpan, s *sentence, ctx func(string, int) *sentence) bool {
	if len(asked) == 0 {
		return false
	}
	// Whether the sentence dates anything, and the span from the first to
	// the last of its years ("the years 1994–1999" hold 1996).
	whole, dated := yearSpan{lo: 3000}, false
	for k := range s.toks {
		if y, ok := yearAt(s.toks, k); ok {
			whole.lo, whole.hi = min(whole.lo, y.lo), max(whole.hi, y.hi)
			dated = dated || datesAt(s.toks, k)
		}
	}
	if !dated {
		return false
	}
	for _, y := range asked {
		mentions := func(s *sentence) bool {
			for k := range s.toks {
				if m, ok := yearAt(s.toks, k); ok && m.meets(y) {
					return true
				}
			}
			return false
		}
		if whole.meets(y) || besideHolds(s, ctx, mentions) {
			continue
		}
		return true
	}
	return false
}

// unfoundName returns a name of the question that no retrieved sentence
// holds, in any spelling the matcher knows, nor the title of their
// articles ("Harvard" of the article on Harvard, whose sentences say "the
// university"), or "": the articles searched do not speak of it, so they
// cannot say. A name is looked for whole: "Erik Halvorsen" is found as
// "Dr. Halvorsen".
func unfoundName(q *question, ev *questionEvidence, ranked []ranked) string {
	found := ranked[0].found
	for k, t := range q.terms {
		if !askedName(q, t) || found[k] > 0 {
			continue
		}
		// The other words of the name the term is in.
		i, j := properRunAt(q.toks, t.pos)
		partFound := false
		for n, u := range q.terms {
			if n != k && u.name && found[n] > 0 && u.pos >= i && u.pos < j {
				partFound = true
				break
			}
		}
		if partFound {
			continue
		}
		titled := false
		for n := range ranked {
			if ev.titleTerms(q, ranked[n].s.src.ArticleTitle)[k] {
				titled = true
				break
			}
		}
		if !titled {
			return q.nameAt(t.pos)
		}
	}
	return ""
}

// otherStories returns, among the articles of the retrieved sentences,
// those that tell another story than the one asked about, each with why
// (otherStoryReason, lessOfTheQuestionReason): they name fewer of the
// question's names than another (storiesByName), or hold much less of
// its rarer words (storiesByWords). Nil when the sentences are of one
// article, as they are when a question is asked of an article alone.
func otherStories(q *question, ev *questionEvidence, ranked []ranked) map[string]string {
	var out map[string]string
	add := func(ids map[string]bool, why string) {
		for id := range ids {
			if out == nil {
				out = map[string]string{}
			}
			if out[id] == "" {
				out[id] = why
			}
		}
	}
	add(storiesByName(q, ev, ranked), otherStoryReason)
	add(storiesByWords(q, ev, ranked), lessOfTheQuestionReason)
	return out
}

// storiesByName returns the articles, among those of the retrieved
// sentences, that name fewer of the question's names than another of
// them does: asked "How many passengers did BA carry in January?", an
// article on an airport's passengers that never names BA tells of
// another story, however well its sentence matches the rest. An article
// names a name when the matcher finds any of its words ("Halvorsen" of
// "Erik Halvorsen") in one of the article's retrieved sentences or in its
// title. Nil when the sentences are of one article, as they are when a
// question is asked of an article alone.
func storiesByName(q *question, ev *questionEvidence, ranked []ranked) map[string]bool {
	runs := map[int][]int{} // the question's names, by their first word: their terms
	for k, t := range q.terms {
		if askedName(q, t) && !t.frame {
			i, _ := properRunAt(q.toks, t.pos)
			runs[i] = append(runs[i], k)
		}
	}
	if len(runs) == 0 {
		return nil
	}
	named := map[string]map[int]bool{} // by article: the names it names
	titles := map[string]string{}
	for n := range ranked {
		r := &ranked[n]
		id := r.s.src.ArticleID
		if named[id] == nil {
			named[id] = map[int]bool{}
			titles[id] = r.s.src.ArticleTitle
		}
		for i, ks := range runs {
			if slices.ContainsFunc(ks, func(k int) bool { return strongest(r.matches[k]) > 0 }) {
				named[id][i] = true
			}
		}
	}
	if len(named) < 2 {
		return nil
	}
	most := 0
	for id, in := range named {
		title := ev.titleTerms(q, titles[id])
		for i, ks := range runs {
			if slices.ContainsFunc(ks, func(k int) bool { return title[k] }) {
				in[i] = true
			}
		}
		most = max(most, len(in))
	}
	var out map[string]bool
	for id, in := range named {
		if len(in) < most {
			if out == nil {
				out = map[string]bool{}
			}
			out[id] = true
		}
	}
	return out
}

// storiesByWords returns the articles, among those of the retrieved
// sentences, whose sentences and title hold much less of the question's
// words, weighed by rarity, than another article's do: less than
// otherStoryShare of the most any article holds, and at least
// otherStoryGap less (about one rare word). Asked what a tribunal awarded
// a sacked nurse for her lost years, an article on a tribunal's award to
// a sacked teacher holds neither the nurse nor her years, where the
// nurse's own article holds them all: it tells another story, and its
// sum is no answer. A question typed in chat names no names in capitals,
// so storiesByName may see none there.
func storiesByWords(q *question, ev *questionEvidence, ranked []ranked) map[string]bool {
	titles := map[string]string{}
	for n := range ranked {
		titles[ranked[n].s.src.ArticleID] = ranked[n].s.src.ArticleTitle
	}
	if len(titles) < 2 {
		return nil
	}
	held := make(map[string]float64, len(titles))
	most := 0.0
	for id, in := range ev.inArticle {
		title := ev.titleTerms(q, titles[id])
		for k, t := range q.terms {
			if !t.frame && t.weight >= 1 && (in[k] > 0 || title[k]) {
				held[id] += ev.idf[k]
			}
		}
		most = max(most, held[id])
	}
	var out map[string]bool
	for id, h := range held {
		if h < most*otherStoryShare && most-h >= otherStoryGap {
			if out == nil {
				out = map[string]bool{}
			}
			out[id] = true
		}
	}
	return out
}

// otherStoryShare and otherStoryGap say how much less of the question's
// words an article must hold than the best to tell another story
// (storiesByWords), in rarity (idf, 0 to 1 a word). Chosen on the
// development sets among all their articles, from a few settings.
const (
	otherStoryShare = 0.7
	otherStoryGap   = 0.6
)

// otherStoryReason is why the candidates of otherStories' articles are
// left out, as CandidatesAndDropped reports it.
const otherStoryReason = "its article names fewer of the question's names than another"

// lessOfTheQuestionReason is why the candidates of storiesByWords'
// articles are left out, as CandidatesAndDropped reports it.
const lessOfTheQuestionReason = "its article holds much less of the question than another"

// nameAt returns the name that holds the question's word at p, as the
// question writes it: "Zorblat Palace".
func (q *question) nameAt(p int) string {
	i, j := properRunAt(q.toks, p)
	return q.text[q.toks[i].start:q.toks[j-1].end]
}

// askedName reports whether a question term is a name the articles must
// mention to answer: a capitalised name, not a nationality naming people
// ("the Norwegians", as often "the trio").
func askedName(q *question, t qterm) bool {
	return t.name && q.toks[t.pos].tag == tagProper && demonyms[strings.TrimSuffix(t.low, "s")] == ""
}
