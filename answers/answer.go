package answers

import (
	"math"
	"slices"
	"sort"
	"strings"

	"briefbot"
)

// DefaultThreshold is the confidence below which a zero Answerer says the
// articles don't say.
const DefaultThreshold = 0.3

// Query limits: enough candidates that the answer sentence is among them
// (with its neighbours, for pronouns and why-questions), few enough that
// answering stays well under a millisecond.
const (
	queryLimit      = 30
	queryNeighbours = 1
)

// Answerer answers questions from retrieved sentences with rules by
// question type. The zero value is ready to use; it is safe for concurrent
// use and never changes after creation.
type Answerer struct {
	// Threshold is the confidence in [0, 1] below which the answer is "the
	// articles don't say"; DefaultThreshold when 0.
	Threshold float64

	// mix overrides defaultMix; tests use it to tune the weights.
	mix *mix
}

// mix weighs the three parts of a candidate's score: how much of the
// question its sentence holds, how close the candidate is to the
// question's words in it, and how well it fits the expected answer.
type mix struct {
	sentence, near, fit float64
}

var defaultMix = mix{sentence: 0.45, near: 0.2, fit: 0.35}

// untypedMix weighs the candidates of why, how and what questions, whose
// spans fit their type less surely than names and dates do: the sentence
// counts for more.
var untypedMix = mix{sentence: 0.55, near: 0.2, fit: 0.25}

func (a *Answerer) weights() mix {
	if a != nil && a.mix != nil {
		return *a.mix
	}
	return defaultMix
}

var _ briefbot.Answerer = (*Answerer)(nil)

func (a *Answerer) threshold() float64 {
	if a == nil || a.Threshold <= 0 {
		return DefaultThreshold
	}
	return a.Threshold
}

// Query builds the retrieval request for a question: its words weighted by
// what they are (names count most), the related words of its verb, and its
// multi-word names as phrases.
func (a *Answerer) Query(q briefbot.Question) briefbot.Query {
	qa := analyzeQuestion(q.Text)
	out := briefbot.Query{ArticleID: q.ArticleID, Limit: queryLimit, Neighbours: queryNeighbours}
	seen := make(map[string]bool)
	addTerm := func(w string, boost float64) {
		if w == "" || seen[w] {
			return
		}
		seen[w] = true
		out.Terms = append(out.Terms, briefbot.Term{Text: w, Boost: boost})
	}
	for _, t := range qa.terms {
		addTerm(t.low, t.weight)
		if c := demonyms[t.low]; c != "" {
			addTerm(c, t.weight*0.6)
		}
		for _, g := range relationIndex[t.stem] {
			for _, w := range relations[g] {
				addTerm(w, t.weight*0.4)
			}
		}
	}
	// Words that carry the answer itself: an age is said "37-year-old",
	// "aged 37".
	if qa.want == typeAge {
		for _, w := range ageCues {
			addTerm(w, 1)
		}
	}
	// Multi-word names: "Vladimir Medinsky", "New Zealand".
	for i := 0; i < len(qa.toks); {
		if qa.toks[i].tag != tagProper {
			i++
			continue
		}
		j := i
		for j < len(qa.toks) && qa.toks[j].tag == tagProper {
			j++
		}
		if j-i >= 2 {
			out.Phrases = append(out.Phrases, briefbot.Term{Text: nameText(qa.toks, i, j), Boost: 2})
		}
		i = j
	}
	return out
}

// ageCues are the words an age is given with.
var ageCues = []string{"old", "aged", "age"}

// scored is a candidate answer with its confidence.
type scored struct {
	candidate
	score float64
	// rank is the place of the candidate's sentence in the ranking, and
	// sentence its score.
	rank     int
	sentence float64
	// echo is the sentence before the answer's that restates the
	// question, cited after it.
	echo *sentence
}

// Answer reads the retrieved sentences and returns the best answer span
// with its evidence, or no answer with the closest sentence.
func (a *Answerer) Answer(q briefbot.Question, hits []briefbot.Hit) briefbot.Answer {
	qa := analyzeQuestion(q.Text)
	sents := readHits(hits)
	if len(sents) == 0 || len(qa.terms) == 0 {
		return closest(nil)
	}
	ctx := contextOf(sents)
	ranked, weights := rankSentences(&qa, sents, ctx)
	best := ranked[0].s
	// A name of the question that no retrieved sentence holds is strong
	// evidence that the articles don't say: asked about the Chinese
	// delegation, the Russian one is no answer.
	missing := 1.0
	content, contentFound := 0, 0
	for k, t := range qa.terms {
		if t.name && ranked[0].found[k] == 0 {
			// People named by their nationality ("the Norwegians") are as
			// often named otherwise ("the trio"); a nationality that
			// qualifies ("the Chinese delegation") is not.
			if demonyms[strings.TrimSuffix(t.low, "s")] != "" && strings.HasSuffix(t.low, "s") {
				missing *= missingPeople
			} else {
				missing *= missingName
			}
		}
		if !t.name && t.weight >= 1 {
			content++
			if ranked[0].found[k] >= 0.6 {
				contentFound++
			}
		}
	}
	// So is a question none of whose other words any retrieved sentence
	// holds: asked when Putin was born, sentences about Putin that say
	// nothing of birth are no answer.
	if content > 0 && contentFound == 0 {
		missing *= missingContent
	}
	// And a nationality the articles never give the asked-about noun
	// while they give it others: asked about the Turkish delegation, when
	// the delegations are Ukrainian, Russian and American.
	if otherNationalitiesOnly(&qa, ranked) {
		missing *= missingName
	}
	people := personRuns(&qa, ranked)
	w := a.weights()
	if !qa.typed() && a.mix == nil {
		w = untypedMix
	}
	var all []scored
	for rank, ev := range ranked {
		s := ev.s
		// A sentence that holds none of the question's words but its names
		// (or only the words of its neighbours) talks about the subject,
		// not about what is asked.
		noContent := 1.0
		if ev.contentAsked > 0 && ev.contentFound == 0 {
			noContent = noContentFactor
			// When the best-ranked sentence says the asked-about event
			// did not happen ("Putin declined an invitation to meet"), a
			// sentence that does not mention the event at all says
			// nothing of it.
			if ranked[0].denied {
				noContent *= deniedTop
			}
		}
		for _, c := range merge(candidates(&qa, s, ctx, ev.matches)) {
			if overlapsQuestion(&qa, c) {
				continue
			}
			loc := 0.0
			for k := range qa.terms {
				loc += weights[k] * nearest(c, ev.matches[k])
			}
			loc /= ev.total
			if ev.echo != nil && c.from == nil {
				// The question's words are in the sentence before.
				loc = max(loc, echoNear)
			}
			fit := c.fit
			// Asked for a name, a date, a number or a quotation, a span
			// that is none (a fallback) is a weak answer however good its
			// sentence.
			kind := 1.0
			if (qa.typed() || qa.want == typeQuote) && fit < 0.3 {
				kind = typedFloor
			}
			if otherNationality(&qa, c) {
				fit /= 2
				loc /= 2
			}
			score := (w.sentence*ev.score + w.near*loc + w.fit*fit) * missing * noContent * kind
			if ev.denied {
				score *= deniedFactor
			}
			if lacksPerson(&qa, ev, people) {
				score *= lacksPersonFactor
			}
			// A sentence that holds nothing of the question itself, only
			// what its neighbours lend it, is a guess.
			if ev.own == 0 && ev.echo == nil && c.from == nil {
				score *= ownlessFactor
			}
			all = append(all, scored{candidate: c, score: math.Min(1, score), echo: ev.echo, rank: rank, sentence: ev.score})
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].score > all[j].score })
	stayWithBest(all, ranked)
	if len(all) == 0 || all[0].score < a.threshold() {
		return closest(best)
	}
	ans := toAnswer(all[0])
	seen := map[string]bool{normalize(ans.Text): true}
	// Alternatives are near-ties, worth a reader's second look; a
	// candidate well below the answer only adds noise to the reply.
	floor := math.Max(a.threshold(), alternativeShare*all[0].score)
	for _, c := range all[1:] {
		if len(ans.Alternatives) == 2 || c.score < floor {
			break
		}
		n := normalize(c.text())
		if seen[n] {
			continue
		}
		seen[n] = true
		ans.Alternatives = append(ans.Alternatives, toAnswer(c))
	}
	return ans
}

// stayWithBest keeps the answer in the best-ranked sentence when the
// candidate that beat that sentence's own comes from a clearly weaker
// sentence: a date in a sentence about something else is no better
// answer than "after crossing the equator" in the sentence about sailors
// being cheered. The candidate keeps the score that won.
func stayWithBest(all []scored, ranked []ranked) {
	// A best-ranked sentence that denies the asked-about event has no
	// answer of its own to stay with.
	if len(all) < 2 || all[0].rank == 0 || ranked[0].denied {
		return
	}
	if all[0].sentence >= stayShare*ranked[0].score {
		return
	}
	for n, c := range all {
		if c.rank == 0 && c.fit >= stayFit {
			c.score = all[0].score
			copy(all[1:n+1], all[0:n])
			all[0] = c
			return
		}
	}
}

// hit is where a question word matches a sentence, and how strongly.
type hit struct {
	pos int     // token index
	m   float64 // strength in (0, 1]
}

func strongest(hs []hit) float64 {
	best := 0.0
	for _, h := range hs {
		best = max(best, h.m)
	}
	return best
}

// nearest is the best match of a question word for a candidate: its
// strength times how close it is, in [0, 1].
func nearest(c candidate, hs []hit) float64 {
	best := 0.0
	for _, h := range hs {
		d := distance(c.i, c.j, h.pos)
		if c.from != nil {
			d = 0 // the pronoun itself is the candidate's place
		}
		best = max(best, h.m/(1+float64(d)/3))
	}
	return best
}

func distance(i, j, p int) int {
	switch {
	case p < i:
		return i - p
	case p >= j:
		return p - j + 1
	}
	return 0
}

func toAnswer(c scored) briefbot.Answer {
	ans := briefbot.Answer{Text: c.text(), Score: c.score, Evidence: []briefbot.Sentence{c.holder().src}}
	if c.from != nil {
		ans.Evidence = append(ans.Evidence, c.s.src)
	}
	if c.echo != nil && c.echo != c.holder() && c.echo != c.s {
		ans.Evidence = append(ans.Evidence, c.echo.src)
	}
	return ans
}

// closest is the no-answer reply, citing the closest sentence if any.
func closest(s *sentence) briefbot.Answer {
	if s == nil {
		return briefbot.Answer{}
	}
	return briefbot.Answer{Evidence: []briefbot.Sentence{s.src}}
}

// readHits restores the analysis of each retrieved sentence (once per
// sentence), analysing those without a usable annotation together with
// the other retrieved sentences of their article.
func readHits(hits []briefbot.Hit) []*sentence {
	type key struct {
		article string
		n       int
	}
	score := make(map[key]float64, len(hits))
	for _, h := range hits {
		k := key{h.Sentence.ArticleID, h.Sentence.Number}
		score[k] = max(score[k], h.Score)
	}
	seen := make(map[key]bool, len(hits))
	var out []*sentence
	var raw []briefbot.Sentence
	for _, h := range hits {
		k := key{h.Sentence.ArticleID, h.Sentence.Number}
		if seen[k] || strings.TrimSpace(h.Sentence.Text) == "" {
			continue
		}
		seen[k] = true
		if s, ok := decode(h.Sentence); ok {
			s.retrieval = score[k]
			out = append(out, &s)
		} else {
			raw = append(raw, h.Sentence)
		}
	}
	if len(raw) > 0 {
		sort.SliceStable(raw, func(i, j int) bool {
			if raw[i].ArticleID != raw[j].ArticleID {
				return raw[i].ArticleID < raw[j].ArticleID
			}
			return raw[i].Number < raw[j].Number
		})
		for start := 0; start < len(raw); {
			end := start + 1
			for end < len(raw) && raw[end].ArticleID == raw[start].ArticleID {
				end++
			}
			for _, s := range analyzeArticle(raw[start:end]) {
				s.retrieval = score[key{s.src.ArticleID, s.src.Number}]
				out = append(out, &s)
			}
			start = end
		}
	}
	return out
}

// matchTerm finds where a question word matches a sentence: the same
// stem, a spelling variant of a name, a nationality for its country, a
// related word, the same root, or a name a surname or pronoun stands for.
func matchTerm(t qterm, s *sentence) []hit {
	var hs []hit
	for i, tok := range s.toks {
		if tok.stem == "" {
			continue
		}
		m := 0.0
		switch {
		case tok.stem == t.stem:
			m = 1
		case t.negated && absences[tok.stem]:
			m = 0.6 // "skipped the show" for "not attend"
		case absences[t.stem] && tok.tag == tagNegation:
			m = 0.6 // "did not sign" for "refused to sign"
		case t.name && nameVariant(t.low, tok.low):
			m = 0.9
		case sameCountry(t.low, tok.low):
			m = 0.8
		case t.rel[tok.stem]:
			m = 0.7
		case t.root == tok.root && (len(t.stem) > 4 || derivationStems[t.stem] != "" || derivationStems[tok.stem] != ""):
			m = 0.6
		case strings.Contains(tok.low, "-") && hyphenPart(tok.low, t.stem):
			m = 0.8 // "general" in "Secretary-General"
		}
		if m > 0 {
			hs = append(hs, hit{i, m})
		}
	}
	if t.run != "" {
		for _, e := range s.ents {
			if e.full != "" && sameName(t.run, lower(e.full)) {
				hs = append(hs, hit{e.i, 0.9})
			}
		}
	}
	// Short forms: "UN" for the United Nations and back.
	for _, e := range s.ents {
		switch {
		case t.acronym && initialsOf(s.toks[e.i:e.j], len(t.low)) == t.low:
			for k, n := e.i, 0; k < e.j && n < len(t.low); k++ {
				hs = append(hs, hit{k, acronymMatch})
				if s.toks[k].tag == tagProper && !nameJoiners[s.toks[k].low] {
					n++
				}
			}
		case t.run != "" && strings.Contains(t.run, " ") && e.j-e.i == 1 && isAllCaps(s.toks[e.i].text) &&
			isLetters(s.toks[e.i].text) && initials(t.run) == s.toks[e.i].low:
			hs = append(hs, hit{e.i, acronymMatch})
		}
	}
	return hs
}

// acronymMatch is how strongly a short form matches the name it stands
// for.
const acronymMatch = 0.9

// initialsOf returns the initials of the first n words of a name that
// are not joiners ("un" for United Nations High Commission for
// Refugees), or "" when the name has fewer.
func initialsOf(toks []token, n int) string {
	var b []byte
	for _, t := range toks {
		if len(b) == n {
			break
		}
		if initialSkipped(t.low) || t.tag != tagProper {
			continue
		}
		b = append(b, t.low[0])
	}
	if len(b) < n || len(toks) < 2 {
		return ""
	}
	return string(b)
}

// initials returns the initials of the words of a lower-case name, but
// its joiners: "un" for "united nations".
func initials(run string) string {
	var b []byte
	for _, w := range strings.Fields(run) {
		if !initialSkipped(w) {
			b = append(b, w[0])
		}
	}
	return string(b)
}

// initialSkipped reports whether a word of a name gives no letter to its
// short form: "for" and "the" in United Nations High Commission for
// Refugees.
func initialSkipped(w string) bool {
	return nameJoiners[w] || w == "for" || w == "and" || w == "the"
}

// wholeNames lets a sentence that names the question's multi-word name by
// a distinctive part of it ("Veltra" for Veltra Dynamics, "Kowalczyk" for
// Marta Kowalczyk) match the whole name: a name is one thing, however many
// words it takes.
func wholeNames(q *question, s *sentence, matches [][]hit) {
	for k, t := range q.terms {
		if t.run == "" || !strings.Contains(t.run, " ") || strongest(matches[k]) >= 0.9 {
			continue
		}
		best := hit{pos: -1}
		for l, u := range q.terms {
			if l == k || u.run != t.run || genericNameWords[u.low] {
				continue
			}
			for _, h := range matches[l] {
				if h.m >= 0.9 && h.m > best.m {
					best = h
				}
			}
		}
		if best.pos >= 0 && partOf(s, best.pos, t.run) {
			matches[k] = append(matches[k], hit{best.pos, 0.9 * best.m})
		}
	}
}

// impliedAffiliation lets "Ada Ruiz of the Harbour Trust" say where Ada
// Ruiz works, whom she represents, what she belongs to: the question's
// verb of affiliation is matched, a little less than by the word itself,
// by an organisation named as the asked-about person's.
func impliedAffiliation(q *question, s *sentence, matches [][]hit) {
	verb := -1
	for k, t := range q.terms {
		if t.pos == q.verbPos && affiliationVerbs[t.stem] && strongest(matches[k]) < 0.7 {
			verb = k
		}
	}
	if verb < 0 {
		return
	}
	for _, e := range s.ents {
		if e.kind != kindOrg && e.kind != kindOther {
			continue
		}
		n, ok := affiliated(s, e)
		if !ok {
			continue
		}
		p := s.ents[n]
		for k, t := range q.terms {
			if !t.name {
				continue
			}
			for _, h := range matches[k] {
				if h.pos >= p.i && h.pos < p.j {
					matches[verb] = append(matches[verb], hit{e.i, 0.7})
					return
				}
			}
		}
	}
}

// affiliationVerbs are the stems of the verbs that an organisation named
// as a person's answers.
var affiliationVerbs = set(stem("work") + " " + stem("represent") + " " + stem("belong") + " " + stem("employ") + " " + stem("serve"))

// partOf reports whether the name at token p of a sentence is part of
// the question's name run: "Kowalczyk" of Marta Kowalczyk, but not "Vladimir Putin"
// of Vladimir Medinsky.
func partOf(s *sentence, p int, run string) bool {
	for _, e := range s.ents {
		if e.i <= p && p < e.j && !isRef(s.toks, e) {
			return sameName(lower(nameText(s.toks, e.i, e.j)), run)
		}
	}
	return true
}

// genericNameWords are words of names too common to stand for the whole
// name: "High" in North Ridge Junior High School.
var genericNameWords = func() map[string]bool {
	m := set(`new north south east west northern southern eastern western great high junior
		senior upper lower central national international saint st. mount mt. lake port fort
		the of and de la le el al united american canadian british royal first`)
	for w := range orgWords {
		m[w] = true
	}
	for w := range placeWords {
		m[w] = true
	}
	return m
}()

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

// deny drops the matches of the question's verb that the sentence denies
// ("Putin's rejection of Zelenskyy's invitation for talks", "he didn't
// go") and reports whether it dropped any and none is left: the event
// asked about did not happen there. A question that itself denies or
// refuses is left alone.
func deny(q *question, s *sentence, matches [][]hit) bool {
	if q.verb == "" {
		return false // no verb, or a light one: "give a speech"
	}
	for _, t := range q.toks {
		if t.tag == tagNegation || refusals[t.stem] {
			return false
		}
	}
	// The question's names, to tell the asked-about event from another
	// use of its verb ("their negotiating team").
	var names []int
	for k, t := range q.terms {
		if t.name {
			for _, h := range matches[k] {
				names = append(names, h.pos)
			}
		}
	}
	for k, t := range q.terms {
		if t.pos != q.verbPos || len(matches[k]) == 0 {
			continue
		}
		kept := matches[k][:0:0]
		closest, deniedClosest := len(s.toks), false
		for _, h := range matches[k] {
			d := deniedAt(s.toks, h.pos)
			if !d {
				kept = append(kept, h)
			}
			for _, p := range names {
				if dist := abs(p - h.pos); dist < closest {
					closest, deniedClosest = dist, d
				}
			}
		}
		if len(kept) == len(matches[k]) {
			return false
		}
		matches[k] = kept
		return len(kept) == 0 || deniedClosest
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// refusals are the stems of words that deny what follows them.
var refusals = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range []string{"reject", "rejection", "decline", "refuse", "refusal", "cancel",
		"cancellation", "skip", "postpone", "deny", "instead"} {
		m[stem(w)] = true
	}
	return m
}()

// absences are the stems of the verbs that say something was not done,
// which match a verb the question denies: "Why did she not attend?" is
// answered where she "skipped" or "missed" it.
var absences = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range []string{"skip", "miss", "refuse", "decline", "avoid", "boycott", "reject", "abandon", "quit", "fail"} {
		m[stem(w)] = true
	}
	return m
}()

// deniedAt reports whether the word at p is denied by a negation or a
// refusal earlier in its clause.
func deniedAt(toks []token, p int) bool {
	for k := p - 1; k >= 0 && k >= p-deniedReach; k-- {
		t := toks[k]
		switch {
		case t.tag == tagNegation || refusals[t.stem]:
			return true
		case t.tag == tagPunct || t.low == "but" || t.low == "while" || t.low == "although" || t.low == "and":
			return false
		}
	}
	return false
}

// deniedReach is how far back in its clause a denial reaches.
const deniedReach = 10

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

// sameCountry reports whether two different words name one country: a
// nationality and its country, or a short form ("U.S.", "American").
func sameCountry(a, b string) bool {
	if a == b {
		return false
	}
	ca, cb := country(a), country(b)
	return ca != "" && ca == cb
}

func country(w string) string {
	if c := demonyms[w]; c != "" {
		return c
	}
	if c := countryAliases[w]; c != "" {
		return c
	}
	if places[w] {
		return w
	}
	return ""
}

// hyphenPart reports whether one part of a hyphenated word has the stem
// st.
func hyphenPart(w, st string) bool {
	for _, p := range strings.Split(w, "-") {
		if stem(p) == st {
			return true
		}
	}
	return false
}

// sameName reports whether a name in a question and a full name in a
// sentence can be one person: every word of the question's name is in the
// full name ("medinsky" in "vladimir medinsky"; not "vladimir medinsky" in
// "vladimir putin").
func sameName(asked, full string) bool {
	fw := strings.Fields(full)
	for _, w := range strings.Fields(asked) {
		found := false
		for _, f := range fw {
			if nameVariant(w, f) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// nameVariant reports whether two spellings are one name: Zelenskyy and
// Zelensky, Kyiv and Kiev are, by a single edit on a long enough name.
func nameVariant(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) < 5 || len(b) < 5 || a[0] != b[0] {
		return false
	}
	return editDistance(a, b) <= 1 || transposed(a, b)
}

// transposed reports whether b is a with two neighbouring letters
// swapped, the commonest typo ("Orgainzation").
func transposed(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > 1 || d < -1 {
		return 2
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := prev[j-1]
			if ra[i-1] != rb[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// overlapsQuestion reports whether a candidate only repeats the question.
func overlapsQuestion(q *question, c candidate) bool {
	s := c.holder()
	// The question's short form spelt out: "United Nations" for "UN".
	for _, qt := range q.terms {
		if qt.acronym && c.j-c.i >= 2 && initialsOf(s.toks[c.i:c.j], c.j-c.i) == qt.low {
			return true
		}
	}
	if otherBearer(q, s, c) {
		return false
	}
	content, inQ, names := 0, 0, 0
	for k := c.i; k < c.j; k++ {
		t := s.toks[k]
		if t.stem == "" || stopWords[t.low] {
			continue
		}
		content++
		for _, qt := range q.terms {
			if qt.stem == t.stem || qt.name && nameVariant(qt.low, t.low) {
				inQ++
				if qt.name && (t.tag == tagProper || t.tag == tagGentile) {
					names++
				}
				break
			}
		}
	}
	return content == 0 || inQ == content || names > 0 && (q.want == typePerson || q.want == typePlace || q.want == typeTitle)
}

// otherBearer reports whether a candidate names another bearer of a
// name of the question: "Jean Chretien" is not "Aline Chretien".
func otherBearer(q *question, s *sentence, c candidate) bool {
	person := false
	for _, e := range s.ents {
		person = person || e.i == c.i && e.j == c.j && e.kind == kindPerson
	}
	if !person || c.j-c.i < 2 {
		return false
	}
	first, last := s.toks[c.i].low, s.toks[c.j-1].low
	for _, t := range q.terms {
		f := strings.Fields(t.run)
		if len(f) >= 2 && f[len(f)-1] == last && f[0] != first {
			return true
		}
	}
	return false
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

// otherNationality reports whether the question names a nationality and
// the nationality nearest the candidate is another one: asked about the
// Ukrainian team, the leader of the Russian team is the wrong answer.
func otherNationality(q *question, c candidate) bool {
	var asked []qterm
	for _, t := range q.terms {
		if q.toks[t.pos].tag == tagGentile {
			asked = append(asked, t)
		}
	}
	if len(asked) == 0 || c.from != nil {
		return false
	}
	s := c.s
	near, nd := -1, 7
	for k, t := range s.toks {
		if t.tag != tagGentile {
			continue
		}
		// The phrase the candidate is said of decides, when known.
		if c.gj > c.gi {
			if k >= c.gi && k < c.gj {
				near, nd = k, 0
			}
			continue
		}
		if d := distance(c.i, c.j, k); d < nd {
			near, nd = k, d
		}
	}
	if near < 0 {
		return false
	}
	for _, t := range asked {
		if s.toks[near].stem == t.stem {
			return false
		}
	}
	return true
}

// ranked is a retrieved sentence with how well it matches the question.
type ranked struct {
	s       *sentence
	matches [][]hit // per question term
	score   float64 // weighted share of the question found, in [0, 1]
	total   float64 // the sum of the term weights
	// found is, per question term, the best match strength in any
	// retrieved sentence (the same for every ranked sentence).
	found []float64
	// contentAsked and contentFound count the question's words other than
	// names, and those found in the sentence or its neighbours.
	contentAsked, contentFound int
	// own is the weighted share of the question found in the sentence
	// itself, without its neighbours' help.
	own float64
	// answers reports whether the sentence holds something of the
	// expected kind beyond the question's own words.
	answers bool
	// echo is the sentence before, when this one inherits its score: the
	// one before restates the question and this one holds the answer.
	echo *sentence
	// denied is set when the sentence says the question's event did not
	// happen: "Putin declined an invitation to meet".
	denied bool
	// near is, per question term, its match strength in the sentence or,
	// discounted, in a neighbour.
	near []float64
}

// rankSentences scores every retrieved sentence by the question words it
// holds, each weighted by its kind and by how rare it is among the
// retrieved sentences (the article's subject, found everywhere, tells
// sentences apart less than a word found in one), plus a little for words
// in the neighbouring sentences. It returns the sentences best first and
// the term weights.
func rankSentences(q *question, sents []*sentence, ctx func(string, int) *sentence) ([]ranked, []float64) {
	out := make([]ranked, len(sents))
	df := make([]float64, len(q.terms))
	found := make([]float64, len(q.terms))
	bySentence := make(map[*sentence][][]hit, len(sents))
	for n, s := range sents {
		out[n] = ranked{s: s, matches: make([][]hit, len(q.terms)), found: found, near: make([]float64, len(q.terms))}
		bySentence[s] = out[n].matches
		for k, t := range q.terms {
			out[n].matches[k] = matchTerm(t, s)
		}
		wholeNames(q, s, out[n].matches)
		impliedAffiliation(q, s, out[n].matches)
		out[n].denied = deny(q, s, out[n].matches)
		for k := range q.terms {
			m := strongest(out[n].matches[k])
			found[k] = max(found[k], m)
			if m >= 0.7 {
				df[k]++
			}
		}
	}
	maxRetrieval := 0.0
	for _, s := range sents {
		maxRetrieval = max(maxRetrieval, s.retrieval)
	}
	weights := make([]float64, len(q.terms))
	total := 0.0
	for k, t := range q.terms {
		weights[k] = t.weight * math.Log(1+float64(len(sents))/(df[k]+1))
		total += weights[k]
	}
	for n := range out {
		r := &out[n]
		r.total = total
		sum := 0.0
		// A sentence opening with a pronoun continues the one before: the
		// names there are its names.
		pronounStart := startsWithPronoun(r.s.toks)
		for k, t := range q.terms {
			m := strongest(r.matches[k])
			if !t.name {
				r.contentAsked++
			}
			if m == 0 {
				// Words found next to the sentence count a little: a
				// pronoun or an elided subject often stands for them.
				for _, d := range []int{-1, 1} {
					if nb := ctx(r.s.src.ArticleID, r.s.src.Number+d); nb != nil {
						f := ctxNeighbour
						if d == -1 && t.name && pronounStart {
							f = ctxPronoun
						}
						m = max(m, f*strongest(bySentence[nb][k]))
					}
				}
			}
			if !t.name && m >= 0.6 {
				r.contentFound++
			}
			r.near[k] = m
			sum += weights[k] * m
		}
		if total > 0 {
			r.score = sum / total
			own := 0.0
			for k := range q.terms {
				own += weights[k] * strongest(r.matches[k])
			}
			r.own = own / total
		}
		// The search engine weighs words by their rarity in the whole
		// corpus, which the retrieved sentences alone cannot.
		if maxRetrieval > 0 {
			r.score = (1-retrievalShare)*r.score + retrievalShare*r.s.retrieval/maxRetrieval
		}
		r.answers = holdsAnswer(q, r, ctx)
		// A question that asks for a name, a date or a number is answered
		// by a sentence that has one.
		if q.typed() && !r.answers {
			r.score *= untypedFactor
		}
	}
	echoes(q, out, ctx, bySentence)
	sort.SliceStable(out, func(i, j int) bool { return out[i].score > out[j].score })
	return out, weights
}

// echoes lets a sentence inherit the score of the sentence before it when
// that one restates the question without answering it: "Later today the
// crew will be racing again. At noon, they will be rowing in Bergen."
// News writing sets up a fact in one sentence and gives it in the next.
func echoes(q *question, out []ranked, ctx func(string, int) *sentence, bySentence map[*sentence][][]hit) {
	at := make(map[*sentence]int, len(out))
	for n := range out {
		at[out[n].s] = n
	}
	raw := make([]float64, len(out))
	for n := range out {
		raw[n] = out[n].score
	}
	for n := range out {
		r := &out[n]
		// A sentence that points back at the one before: "So island
		// families stock up...", "That's how long the lighthouse has
		// stood there", "It's what some resellers are charging".
		if q.want == typeReason && r.own >= echoCover && resultOpening(r.s.toks) || r.own >= backCover && pointsBack(r.s.toks, questionMask(r.s.toks, r.matches)) {
			prev := ctx(r.s.src.ArticleID, r.s.src.Number-1)
			if m, ok := at[prev]; ok && (!q.typed() || holds(q, prev, ctx, strongFit)) {
				inherit(&out[m], r, echoShare*raw[n]/untypedFactorOf(q))
				continue
			}
		}
		// A why-question restated without a reason, the reason given in
		// the next sentence: "They are a better tool. It's a great help
		// because you can start again."
		if q.want == typeReason && r.own >= backCover && !holds(q, r.s, ctx, purposeFit) {
			next := ctx(r.s.src.ArticleID, r.s.src.Number+1)
			if m, ok := at[next]; ok && opensOnBefore(next.toks) && holds(q, next, ctx, markedReasonFit) {
				inherit(&out[m], r, echoShare*raw[n])
				continue
			}
		}
		if r.answers || r.own < echoCover || r.contentAsked > 0 && r.contentFound == 0 || q.typed() && holds(q, r.s, ctx, weakFit) {
			continue
		}
		next := ctx(r.s.src.ArticleID, r.s.src.Number+1)
		m, ok := at[next]
		if !ok || !out[m].answers || !continues(next.toks) || q.typed() && !holds(q, next, ctx, strongFit) {
			continue
		}
		inherit(&out[m], r, echoShare*raw[n]/untypedFactorOf(q))
	}
}

// inherit gives a sentence the score s of an echo, which is not the
// answer itself.
func inherit(to, echo *ranked, s float64) {
	if s <= to.score {
		return
	}
	to.score, to.echo = s, echo.s
	to.contentFound = max(to.contentFound, echo.contentFound)
	echo.score = min(echo.score, s*echoShare)
}

// resultOpening reports whether a sentence opens with a connective that
// makes it the result of the sentence before: so, therefore, this means.
func resultOpening(toks []token) bool {
	var w []string
	for _, t := range toks {
		if t.tag == tagQuote || t.tag == tagPunct && t.text != "'s" {
			continue
		}
		w = append(w, t.low)
		if len(w) == 3 {
			break
		}
	}
	if len(w) == 0 {
		return false
	}
	switch w[0] {
	case "so", "therefore", "thus", "hence", "consequently":
		return true
	}
	if len(w) >= 2 {
		switch w[0] + " " + w[1] {
		case "this means", "it means", "that means", "which means", "as a", "because of", "that's why", "this is", "that is":
			return w[0]+" "+w[1] != "as a" && w[0]+" "+w[1] != "this is" && w[0]+" "+w[1] != "that is" ||
				len(w) == 3 && (w[2] == "result" || w[2] == "why")
		}
	}
	return false
}

// pointsBack reports whether a sentence says that what the question asks
// about is in the sentence before: "that's how long the lighthouse has
// stood there", "it's what some resellers are charging". The words after the cleft must
// be the question's (inQ marks them).
func pointsBack(toks []token, inQ []bool) bool {
	for i := 0; i+2 < len(toks); i++ {
		switch toks[i].low {
		case "that", "this", "it":
		default:
			continue
		}
		k := i + 1
		if toks[k].low == "'s" || toks[k].low == "is" || toks[k].low == "was" {
			k++
		} else {
			continue
		}
		switch toks[k].low {
		case "how", "what", "why", "where", "when":
		default:
			continue
		}
		before, after := 0, 0
		for p, q := range inQ {
			switch {
			case q && p < i:
				before++
			case q && p > k:
				after++
			}
		}
		return after > before
	}
	return false
}

// continues reports whether a sentence opens by referring back: a
// pronoun or a demonstrative in its first words.
func continues(toks []token) bool {
	n := 0
	for _, t := range toks {
		if t.tag == tagQuote || t.tag == tagPunct {
			continue
		}
		switch t.low {
		case "he", "she", "it", "they", "his", "her", "its", "their", "this", "these", "that", "those":
			return true
		}
		if n++; n >= 4 {
			return false
		}
	}
	return false
}

// untypedFactorOf undoes the typed penalty when a score is inherited.
func untypedFactorOf(q *question) float64 {
	if q.typed() {
		return untypedFactor
	}
	return 1
}

// holdsAnswer reports whether a sentence holds something that can answer
// the question beyond the question's own words: a candidate of the
// expected type for typed questions and for reasons and manners, else
// enough words that are not the question's.
func holdsAnswer(q *question, r *ranked, ctx func(string, int) *sentence) bool {
	inQ := questionMask(r.s.toks, r.matches)
	// A span in the place of the question's answer (the agent of its
	// verb, the appositive of its name...) answers it whatever its kind.
	for _, c := range structural(q, r.s, r.matches) {
		c.i, c.j = trimQuestion(r.s.toks, c.i, c.j, inQ)
		if c.i < c.j && c.fit >= 0.25 && !overlapsQuestion(q, c) {
			return true
		}
	}
	if q.typed() {
		return holds(q, r.s, ctx, typedFit)
	}
	if (q.want == typeReason || q.want == typeManner) && holds(q, r.s, ctx, mannerFit) {
		return true
	}
	rest := 0
	for i, t := range r.s.toks {
		if inQ[i] || t.stem == "" || stopWords[t.low] || t.tag == tagTime || related(t.stem, "say") {
			continue
		}
		rest++
	}
	return rest > echoRest
}

// contextOf indexes sentences by article and number, so that a sentence's
// neighbours and a pronoun's antecedent can be found among them.
func contextOf(sents []*sentence) func(article string, n int) *sentence {
	byNum := make(map[string]map[int]*sentence)
	for _, s := range sents {
		m := byNum[s.src.ArticleID]
		if m == nil {
			m = make(map[int]*sentence)
			byNum[s.src.ArticleID] = m
		}
		m[s.src.Number] = s
	}
	return func(article string, n int) *sentence { return byNum[article][n] }
}

// merge joins the candidates several rules found for one span: agreement
// between rules (a name that is also the agent of the question's verb)
// raises the fit.
func merge(cs []candidate) []candidate {
	type key struct {
		from *sentence
		i, j int
	}
	out := cs[:0:0]
	at := make(map[key]int, len(cs))
	for _, c := range cs {
		k := key{c.from, c.i, c.j}
		n, dup := at[k]
		if !dup {
			at[k] = len(out)
			out = append(out, c)
			continue
		}
		o := &out[n]
		if o.gj <= o.gi {
			o.gi, o.gj = c.gi, c.gj
		}
		if slices.Contains(strings.Split(o.rule, "+"), c.rule) {
			o.fit = max(o.fit, c.fit) // the same rule found it twice
			continue
		}
		o.fit = max(o.fit, c.fit) + 0.15*min(o.fit, c.fit)
		o.rule += "+" + c.rule
	}
	return out
}

// Sentence ranking constants.
const (
	retrievalShare    = 0.15 // of a sentence's score that is its search score
	noContentFactor   = 0.75 // a sentence with the question's names but none of its other words
	missingName       = 0.3  // for each name of the question no retrieved sentence holds
	missingPeople     = 0.7  // for people named by a nationality ("the Norwegians") that no sentence names
	missingContent    = 0.3  // when no retrieved sentence holds any other word of the question
	deniedFactor      = 0.3  // a sentence that says the asked-about event did not happen
	deniedTop         = 0.5  // a sentence without the question's words when the best-ranked one is denied
	lacksPersonFactor = 0.5  // a sentence without one of the several people the question names
	ownlessFactor     = 0.5  // a sentence that holds none of the question's words itself
	typedFloor        = 0.5  // the factor for a span that does not fit a typed question at all
	ctxNeighbour      = 0.3  // a question word found only in a neighbouring sentence
	ctxPronoun        = 0.8  // a name in the sentence before one opening with a pronoun
	untypedFactor     = 0.75 // a sentence without an answer of the expected type
	echoCover         = 0.6  // the share of the question an echo restates
	backCover         = 0.4  // the same for a sentence that points back ("that's how long...")
	echoShare         = 0.9  // of an echo's score the next sentence inherits
	echoRest          = 2    // words beside the question's that still make an echo
	markedReasonFit   = 0.9  // the fit of a reason its marker introduces ("because...")
	echoNear          = 0.5  // the nearness of a candidate in a sentence that inherits an echo's score
	stayShare         = 0.8  // of the best sentence's score below which another sentence's candidate does not win
	stayFit           = 0.3  // the fit a candidate of the best sentence needs to stay
	alternativeShare  = 0.9  // of the answer's score an alternative needs to be shown
)

// holds reports whether a sentence holds a candidate of the question's
// type, with at least the fit given, that is not the question's own
// words: weakFit for one that might answer, if not well (a name of another
// kind, a year for a count), typedFit for an answer of the expected type,
// strongFit for one that fits well, markedReasonFit for a reason its
// marker introduces ("because...").
func holds(q *question, s *sentence, ctx func(string, int) *sentence, fit float64) bool {
	for _, c := range extract(q, s, ctx) {
		if c.fit >= fit && !overlapsQuestion(q, c) {
			return true
		}
	}
	return false
}

// The fits holds is asked for.
const (
	weakFit   = 0.3
	typedFit  = 0.5
	mannerFit = 0.6 // a reason or a manner that holdsAnswer counts
	strongFit = 0.7
)

// opensOnBefore reports whether a sentence's first word takes up the
// sentence before: a pronoun, a demonstrative, or "Because".
func opensOnBefore(toks []token) bool {
	for _, t := range toks {
		if t.tag == tagQuote || t.tag == tagPunct {
			continue
		}
		return t.low == "that" || t.low == "those" || t.low == "because" || startsWithPronoun([]token{t})
	}
	return false
}

// startsWithPronoun reports whether a sentence's first word is a pronoun.
func startsWithPronoun(toks []token) bool {
	for _, t := range toks {
		if t.tag == tagQuote || t.tag == tagPunct {
			continue
		}
		switch t.low {
		case "he", "she", "it", "they", "his", "her", "its", "their", "this", "these":
			return true
		}
		return false
	}
	return false
}
