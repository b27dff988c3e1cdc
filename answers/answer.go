package answers

import (
	"math"
	"slices"
	"strings"
	"sync"

	"briefbot"
	"briefbot/internal/logit"
)

// DefaultThreshold is the probability below which a zero Answerer says
// the articles don't say. It is chosen with the weights, by `bot fit`, from
// the threshold sweep on the development sets.
const DefaultThreshold = fittedThreshold

// Query limits: enough candidates that the answer sentence is among them
// (with its neighbours, for pronouns and why-questions), few enough that
// answering stays well under a millisecond.
const (
	queryLimit      = 20
	queryNeighbours = 1
)

// Answerer answers questions from retrieved sentences with rules by
// question type, weighed by a fitted model. The zero value is ready to
// use; it is safe for concurrent use, and its settings never change after
// creation (it only keeps buffers to decode the next question's hits into).
// Copy it only before first use.
type Answerer struct {
	// Threshold is the probability in [0, 1] below which the answer is
	// "the articles don't say"; DefaultThreshold when 0.
	Threshold float64
	// Weights, when set, replace the fitted weights (by feature name;
	// missing names weigh 0). `bot fit` and tests use it.
	Weights map[string]float64
	// Without names rule families (see Families) or single rules (see
	// Rules) whose candidates are left out, to measure what each adds
	// (`bot eval --ablate`).
	Without []string

	// scratch holds *scratch: the buffers of questions answered, reused
	// by the next (see scratch).
	scratch sync.Pool
}

// scratch is what answering a question decodes its hits into and scores
// its candidates in: the hits' tokens were a third of the bytes an answer
// allocated and the candidates scored another third, and zeroing and
// collecting them cost more than filling them. It is used by one question
// at a time and handed back when its answer is made, since nothing an
// Answer returns points into it (answer texts and evidence are the hits'
// own strings).
type scratch struct {
	toks  []token
	sents []sentence
	all   []scored
}

// getScratch returns buffers for one question; putScratch hands them
// back once nothing points into them.
func (a *Answerer) getScratch() *scratch {
	if sc, ok := a.scratch.Get().(*scratch); ok {
		return sc
	}
	return new(scratch)
}

func (a *Answerer) putScratch(sc *scratch) { a.scratch.Put(sc) }

// scoredBuffer returns an empty slice with room for n candidates: sc's
// own, grown when too small, or a new one when sc is nil.
func (sc *scratch) scoredBuffer(n int) []scored {
	if sc == nil {
		return make([]scored, 0, n)
	}
	if cap(sc.all) < n {
		sc.all = make([]scored, 0, n+n/4)
	}
	return sc.all[:0]
}

// buffers returns empty slices with room for n sentences and t tokens:
// sc's own, grown when too small, or new ones when sc is nil.
func (sc *scratch) buffers(n, t int) ([]sentence, []token) {
	if sc == nil {
		return make([]sentence, 0, n), make([]token, 0, t)
	}
	if cap(sc.sents) < n {
		sc.sents = make([]sentence, 0, n+n/4) // a little room: the next question may have more
	}
	if cap(sc.toks) < t {
		sc.toks = make([]token, 0, t+t/4)
	}
	return sc.sents[:0], sc.toks[:0]
}

// Families returns the names of the rule families that find candidates.
func Families() []string { return familyNames[:] }

// Rules returns the names of the rules that find candidates, by family.
func Rules() map[string][]string {
	out := make(map[string][]string)
	for r, f := range ruleFamily {
		out[familyNames[f]] = append(out[familyNames[f]], r)
	}
	for _, rs := range out {
		slices.Sort(rs)
	}
	return out
}

func (a *Answerer) weights() *[numFeatures]float64 {
	if a == nil || a.Weights == nil {
		return &defaultWeights
	}
	var w [numFeatures]float64
	for k, n := range featureNames {
		w[k] = a.Weights[n]
	}
	return &w
}

// kept drops the candidates of the rules and families left out.
func (a *Answerer) kept(cs []candidate) []candidate {
	if a == nil || len(a.Without) == 0 {
		return cs
	}
	out := cs[:0]
	for _, c := range cs {
		if !slices.Contains(a.Without, c.rule) && !slices.Contains(a.Without, familyNames[family(c.rule)]) {
			out = append(out, c)
		}
	}
	return out
}

// defaultWeights are the fitted weights in feature order.
var defaultWeights = func() [numFeatures]float64 {
	var w [numFeatures]float64
	for k, n := range featureNames {
		w[k] = fittedWeights[n]
	}
	return w
}()

var _ briefbot.Answerer = (*Answerer)(nil)

func (a *Answerer) threshold() float64 {
	if a == nil || a.Threshold <= 0 {
		return DefaultThreshold
	}
	return a.Threshold
}

// Query builds the retrieval request for a question: its words weighted by
// what they are (names count most), a nationality's country (and the
// reverse), and its multi-word names as phrases.
//
// A word's related words (a verb of saying's twenty others, "rise" and
// "climb") are not searched for: ranking matches them in what is retrieved,
// and searching for them too changed no development-set score by more
// than two questions in either direction, but made up to twenty more
// terms, most of them common: half of Ask's time at a million sentences.
func (a *Answerer) Query(q briefbot.Question) briefbot.Query {
	qa := analyzeQuestion(q.Text)
	return a.query(&qa, q.ArticleID)
}

// Prepare analyses a question once for both its query and its answer:
// it returns Query(q), and a function that answers from the query's result
// as Answer(q, r) does. The analysis (its regular expressions above all)
// was a twentieth of an Ask when each of them did it.
func (a *Answerer) Prepare(q briefbot.Question) (briefbot.Query, func(briefbot.Result) briefbot.Answer) {
	qa := analyzeQuestion(q.Text)
	return a.query(&qa, q.ArticleID), func(r briefbot.Result) briefbot.Answer {
		sc := a.getScratch()
		defer a.putScratch(sc)
		return a.answer(a.readQuestion(qa, r, sc))
	}
}

var _ briefbot.Preparer = (*Answerer)(nil)

// query is Query for an analysed question; it does not change qa.
func (a *Answerer) query(qa *question, articleID string) briefbot.Query {
	out := briefbot.Query{ArticleID: articleID, Limit: queryLimit, Neighbours: queryNeighbours}
	seen := make(map[string]bool)
	addTerm := func(w string, boost float64) {
		if w == "" || seen[w] {
			return
		}
		seen[w] = true
		out.Terms = append(out.Terms, briefbot.Term{Text: w, Boost: boost})
	}
	for k, t := range qa.terms {
		addTerm(t.low, t.weight)
		addTerm(otherSpelling(t.low), t.weight) // "defense" finds "defence"
		if c := demonyms[t.low]; c != "" {
			addTerm(c, t.weight*0.6)
		}
		// A country that owns the thing asked about is also said with
		// its people's adjective before that thing: "the prime minister
		// of Italy", "Italy's prime minister" are "Italian Prime
		// Minister". Only as a phrase: "British" alone is everywhere.
		if owned := ownedBy(qa.toks, t.pos); owned != "" {
			for _, d := range countryDemonyms[t.low] {
				out.Phrases = append(out.Phrases, briefbot.Term{Text: d + " " + owned, Boost: 2})
			}
		}
		// A title's short form finds its long one and back: "PM",
		// "prime minister".
		// A prime minister is a premier too, matched where the word is a
		// head of government's title (premierOfGovernment).
		if long := titleLongForms[t.low]; long != "" {
			first, second, _ := strings.Cut(long, " ")
			addTerm(first, t.weight*0.6)
			addTerm(second, t.weight*0.6)
			if t.low == primeMinisterShort {
				addTerm(premier, t.weight*0.6)
			}
		}
		if k+1 < len(qa.terms) && qa.terms[k+1].pos == t.pos+1 {
			short := titleShortForms[t.low+" "+qa.terms[k+1].low]
			addTerm(short, t.weight)
			if short == primeMinisterShort {
				addTerm(premier, t.weight*0.6)
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
	for _, w := range definitionCues(qa) {
		out.Cues = append(out.Cues, briefbot.Term{Text: w, Boost: roleCueBoost})
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
		// Its short form: "MDA" for the Mobile Data Association, "ADSS"
		// for the Association of Directors of Social Services. Two
		// letters ("US", "UN") would find the pronoun "us".
		if in := initials(joinedNameRun(qa.toks, i, j)); len(in) >= 3 {
			addTerm(in, 1)
		}
		i = j
	}
	if smallLetters(qa.text) {
		for _, in := range lowerRunInitials(qa.toks) {
			addTerm(in, 1)
		}
	}
	return out
}

// lowerRunInitials returns, for a question typed in small letters, the
// initials of each run of three or more of its nouns, alone or joined by
// "of", "for" or "and" to the runs around it ("islamic human rights
// commission": "ihrc"; "the dept for constitutional affairs": "dca").
// Such a run may be a name, whose short form is all a sentence gives
// ("IHRC chairman Massoud Shadjareh"); its capitals come back once
// sentences are retrieved (truecased), too late for the search that must
// find that sentence. Runs that are no name find nothing by their
// initials, or little.
func lowerRunInitials(toks []token) []string {
	noun := func(t token) bool {
		return (t.tag == tagWord || t.tag == tagProper || t.tag == tagGentile) && !stopWords[t.low] && t.low[0] >= 'a' && t.low[0] <= 'z'
	}
	var out []string
	// On the stack for most questions, which hold no long run.
	var runBuf [16]byte
	var startBuf [8]int
	run := runBuf[:0]      // the initials of the joined run so far
	starts := startBuf[:0] // where in run each part joined on starts
	flush := func() {
		for a, s := range starts {
			for b := a; b < len(starts); b++ {
				e := len(run)
				if b+1 < len(starts) {
					e = starts[b+1]
				}
				if in := string(run[s:e]); len(in) >= 3 && !slices.Contains(out, in) {
					out = append(out, in)
				}
			}
		}
		run, starts = run[:0], starts[:0]
	}
	for k := 0; k < len(toks); k++ {
		if noun(toks[k]) {
			if k == 0 || !noun(toks[k-1]) {
				starts = append(starts, len(run))
			}
			run = append(run, toks[k].low[0])
			continue
		}
		// "of", "for" or "and", and a "the" after it, between two nouns.
		if len(run) > 0 && (toks[k].low == "of" || toks[k].low == "for" || toks[k].low == "and") {
			n := k + 1
			if n < len(toks) && toks[n].low == "the" {
				n++
			}
			if n < len(toks) && noun(toks[n]) {
				k = n - 1
				continue
			}
		}
		flush()
	}
	flush()
	return out
}

// roleCues are the commonest words a person's title is given with, in
// politics, business and sport, and roleCueBoost their weight in a
// definition question's query: a tenth of a name's, enough to order the
// sentences that name the person.
var roleCues = []string{"minister", "president", "secretary", "chancellor", "leader", "chief",
	"executive", "chairman", "director", "manager", "coach", "spokesman", "head", "founder", "champion", "star", "player"}

const roleCueBoost = 0.3

// kindCues are the commonest words news gives a firm's or a body's kind
// with, before its name: "oil giant Yukos", "media regulator Ofcom".
var kindCues = []string{"firm", "company", "group", "giant", "maker", "regulator", "airline",
	"network", "operator", "service", "agency", "body", "watchdog", "retailer"}

// definitionCues returns the words a definition question's query weighs
// a little besides its own: "Who is Tony Blair?" the commonest titles, as
// of the many sentences that name someone those giving a title answer;
// "What is Ofcom?", about a name, the commonest words of a kind ("media
// watchdog"). Other questions get none.
func definitionCues(qa *question) []string {
	switch {
	case !qa.definition:
		return nil
	case qa.wh == "who":
		return roleCues
	case qa.wh == "what" && len(qa.names) > 0:
		return kindCues
	}
	return nil
}

// ageCues are the words an age is given with.
var ageCues = []string{"old", "aged", "age"}

// scored is a candidate answer with its features and the model's
// probability that it is the answer.
type scored struct {
	candidate
	// p is the model's probability that this span is the answer; score
	// is the confidence reported (see confidence).
	p, score float64
	// rank is the place of the candidate's sentence in the ranking.
	rank int
	// echo is the sentence before the answer's that restates the
	// question, cited after it.
	echo  *sentence
	feats [numFeatures]float64
}

// candidateSentences is how many of the best-ranked sentences give
// candidates: the answer sentence is almost always among them, and the
// model re-ranks them by their best answer.
const candidateSentences = 8

// Answer reads the retrieved sentences and returns the best answer span
// with its evidence, or no answer with the closest sentence.
func (a *Answerer) Answer(q briefbot.Question, r briefbot.Result) briefbot.Answer {
	sc := a.getScratch()
	defer a.putScratch(sc)
	return a.answer(a.readQuestion(analyzeQuestion(q.Text), r, sc))
}

// admitted returns the candidates, best first, from the first that may
// be the answer on. A predicate or a clause is no answer to a question
// that asks for a noun phrase: the answer is the likeliest phrase, if
// sure enough ("the film Tidewater" after "written for a motion
// picture"). It is judged here, not left out of the scoring, where its
// probability counts for the spans it overlaps. Asked what or who X is,
// or X's name, a predicate first says the articles don't define or name
// X ("Skype allows people to make free calls"): what comes after it is a
// guess, and none is admitted. Asked why, a noun phrase alone or a role
// is no answer either (notAReason).
func admitted(q *question, all []scored) []scored {
	for len(all) > 0 {
		if span := all[0].holder().toks[all[0].i:all[0].j]; !notAPhrase(q, span) && !notAReason(q, span) {
			break
		}
		if q.definition || q.asksName {
			return nil
		}
		all = all[1:]
	}
	return all
}

// answer is Answer for a question read.
func (a *Answerer) answer(rd reading) briefbot.Answer {
	if len(rd.ranked) == 0 {
		return closest(nil)
	}
	all := admitted(&rd.q, rd.all)
	if len(all) == 0 || all[0].score < a.threshold() {
		return closest(rd.ranked[0].s)
	}
	ans := toAnswer(&rd.q, all[0])
	switch rd.q.want {
	case typeAge:
		ans.Text = yearsOfAge(ans.Text)
	case typeCount:
		ans.Text = cardinalOfOrdinal(countOfUnit(ans.Text, rd.q.focus))
	case typeTitle:
		// "quit as home secretary": the job is "home secretary".
		if t, ok := strings.CutPrefix(ans.Text, "as "); ok && t != "" {
			ans.Text = t
		}
	}
	seen := map[string]bool{normalize(ans.Text): true}
	// Alternatives are near-ties elsewhere, worth a reader's second look;
	// a candidate well below the answer only adds noise to the reply, and
	// one overlapping it is the same answer cut another way.
	floor := math.Max(a.threshold(), alternativeShare*all[0].score)
	// Each candidate is looked at in place (a scored is nearly a
	// kilobyte) and its text normalised only when it could be one: this
	// went through every candidate when fewer than two were. The text
	// compared is the one shown: "net firm Zylonet" is shown "Zylonet",
	// the answer again.
	for k := 1; k < len(all) && len(ans.Alternatives) < 2; k++ {
		c := &all[k]
		if c.score < floor || c.overlaps(&all[0].candidate) {
			continue
		}
		alt := toAnswer(&rd.q, *c)
		n := normalize(alt.Text)
		if seen[n] {
			continue
		}
		seen[n] = true
		ans.Alternatives = append(ans.Alternatives, alt)
	}
	return ans
}

// reading is the answerer's work on one question: the ranked sentences
// and every candidate, scored, best first.
type reading struct {
	q      question
	ranked []ranked
	all    []scored
	// dropped are the candidates the filters left out (see dropReason),
	// kept only when the reading is asked for them (CandidatesAndDropped).
	dropped []Dropped
	// unmentioned is the question's name that no retrieved sentence
	// holds, when the reading stopped for it (unfoundName).
	unmentioned string
}

// read analyses the question, ranks the retrieved sentences, finds the
// candidates of the best-ranked ones and scores them with the model. The
// reading is the caller's to keep: it is decoded into buffers of its own.
func (a *Answerer) read(text string, res briefbot.Result) reading {
	return a.readQuestion(analyzeQuestion(text), res, nil)
}

// readQuestion is read for a question analysed, its hits decoded into sc
// (see scratch) unless it is nil: the reading then points into sc.
func (a *Answerer) readQuestion(qa question, res briefbot.Result, sc *scratch) reading {
	return a.readWith(qa, res, sc, false)
}

// readWith is readQuestion, which also keeps the candidates the filters
// drop, with their reasons, when withDropped is set.
func (a *Answerer) readWith(qa question, res briefbot.Result, sc *scratch, withDropped bool) reading {
	sents := readHitsInto(res.Hits, sc)
	// Not a question asking what a short form typed in small letters
	// stands for ("ebl working group - what does ebl stand for"): its
	// other words, capitalised, would no longer let "ebl" be read as one.
	// A noun phrase alone stays one: truecased writes its reading as a
	// question ("what is the UWB range").
	if text, ok := truecased(&qa, sents); ok && qa.expands == "" {
		qa = analyzeText(text, true, qa.phrase)
	}
	rd := reading{q: qa}
	q := &rd.q
	if len(sents) == 0 || len(q.terms) == 0 {
		// Nothing retrieved: no article mentions the question's names.
		for _, t := range q.terms {
			if askedName(q, t) {
				rd.unmentioned = q.nameAt(t.pos)
				break
			}
		}
		return rd
	}
	ctx := contextOf(sents)
	ranked, weights := rankSentences(q, sents, ctx)
	rd.ranked = ranked
	ev := gatherEvidence(q, ranked, res)
	if name := unfoundName(q, &ev, ranked); name != "" {
		rd.unmentioned = name
		return rd
	}
	w := a.weights()
	top := ranked[:min(len(ranked), candidateSentences)]
	// A scored is nearly a kilobyte and its features cost more: the
	// candidates are found and judged admissible first, so that rd.all is
	// allocated once and features are worked out only for candidates that
	// can be answers.
	var found [candidateSentences][]candidate
	total := 0
	adm := admissibility(q)
	for rank := range top {
		r := &top[rank]
		cs := merge(a.kept(candidates(q, r.s, ctx, r.matches)))
		kept := cs[:0]
		for _, c := range cs {
			if why := dropReason(q, r, c, adm); why != "" {
				if withDropped && c.i < c.j { // an empty span has no text to show
					rd.dropped = append(rd.dropped, Dropped{Text: c.text(), Sentence: c.holder().src, Reason: why})
				}
				continue
			}
			kept = append(kept, c)
		}
		found[rank] = kept
		total += len(kept)
	}
	if q.expands != "" {
		total = spelledOutOnly(&found, &rd, withDropped)
	}
	rd.all = sc.scoredBuffer(total)
	var at []float64 // the matchedWeights of each sentence in turn
	for rank := range top {
		r := &ranked[rank]
		var base [numFeatures]float64
		sentenceFeatures(&base, q, &ev, ranked, rank, weights)
		if len(found[rank]) > 0 {
			at = matchedWeights(r, weights, at)
		}
		for _, c := range found[rank] {
			loc := 0.0
			for k := range q.terms {
				loc += weights[k] * nearest(c, r.matches[k])
			}
			if r.total > 0 {
				loc /= r.total
			}
			if r.echo != nil && c.from == nil {
				// The question's words are in the sentence before.
				loc = max(loc, echoNear)
			}
			rd.all = append(rd.all, scored{candidate: c, rank: rank, echo: r.echo, feats: base})
			candidateFeatures(&rd.all[len(rd.all)-1].feats, q, &ev, ranked, rank, c, loc, weights, at)
		}
	}
	x := make([][]float64, len(rd.all))
	for n := range rd.all {
		x[n] = rd.all[n].feats[:]
	}
	p, pNull := logit.Probabilities(x, w[:])
	for n := range rd.all {
		rd.all[n].p = p[n]
	}
	rd.all = sortScored(rd.all)
	// A candidate's confidence counts those overlapping it, which share
	// its sentence: each looks only at its sentence's, in order.
	bySentence := make(map[*sentence][]int)
	for n := range rd.all {
		h := rd.all[n].holder()
		bySentence[h] = append(bySentence[h], n)
	}
	// A name given by several of the sentences read is surer than one
	// given once: the probabilities of its other mentions add to each
	// one's confidence, at sameNameShare. The names are few; comparing
	// each pair costs less than a map of their texts.
	var names []int
	for n := range rd.all {
		if isNameSpan(&rd.all[n].candidate) {
			names = append(names, n)
		}
	}
	more := make([]float64, len(rd.all))
	for x, n := range names {
		text := rd.all[n].text()
		for _, m := range names[x+1:] {
			if strings.EqualFold(text, rd.all[m].text()) {
				more[n] += sameNameShare * rd.all[m].p
				more[m] += sameNameShare * rd.all[n].p
			}
		}
	}
	for n := range rd.all {
		rd.all[n].score = confidence(rd.all, bySentence[rd.all[n].holder()], n, pNull, more[n])
	}
	if q.several {
		wholeList(q, rd.all, bySentence)
	}
	if q.wh == "who" {
		roleFirst(rd.all, bySentence)
	}
	describedFirst(q, rd.all)
	return rd
}

// spelledOutOnly keeps, asked what a short form stands for, only the
// candidates that spell it out (expansionSpans) when any sentence read
// holds one: words whose initials are the short form's, in its order,
// answer the question whatever else a sentence shares with it ("in the
// tsunami appeal"). It returns how many candidates are kept.
func spelledOutOnly(found *[candidateSentences][]candidate, rd *reading, withDropped bool) int {
	spelled := false
	for _, cs := range found {
		spelled = spelled || slices.ContainsFunc(cs, func(c candidate) bool { return hasRule(c.rule, "expansion") })
	}
	total := 0
	for rank, cs := range found {
		kept := cs[:0]
		for _, c := range cs {
			if !spelled || hasRule(c.rule, "expansion") {
				kept = append(kept, c)
			} else if withDropped {
				rd.dropped = append(rd.dropped, Dropped{Text: c.text(), Sentence: c.holder().src, Reason: "does not spell out the short form"})
			}
		}
		found[rank] = kept
		total += len(kept)
	}
	return total
}

// describedFirst puts first, asked how or as what X describes Y ("How did
// Zelenskyy describe the Russian team?", "What did critics call the
// plan?"), the best candidate the sentence gives as its description,
// after "as" or the verb's own object ("characterizing their low-level
// negotiating team as a theater prop"), when the model ranks it near the
// best: the fallback's words between the question's ("led by presidential
// aide Vladimir Medinsky") say something of Y, not what X called it.
func describedFirst(q *question, all []scored) {
	if len(all) < 2 || q.verbPos < 0 || !related(q.toks[q.verbPos].stem, describeStem) || hasRule(all[0].rule, "as") {
		return
	}
	// "...been described as oscillating between what?": the question
	// gives the description and asks within it.
	if v := q.verbPos + 1; v < len(q.toks) && q.toks[v].low == "as" {
		return
	}
	for n := 1; n < len(all); n++ {
		c := &all[n]
		if !hasRule(c.rule, "as") {
			continue
		}
		if c.p < describedShare*all[0].p {
			return
		}
		// As roleFirst: the description is the answer with the
		// confidence the question had; what it displaces is no surer.
		best := all[n]
		best.score = max(best.score, all[0].score)
		copy(all[1:n+1], all[:n])
		all[0] = best
		return
	}
}

// describedShare is how near the model must rank a description to the
// best candidate for describedFirst to prefer it.
const describedShare = 0.15

// roleFirst puts first, when the best candidate to a who-question holds
// another role of the question's verb than the wh-word's ("four
// lower-level officials", who were appointed, for "Who appointed the
// experts?"), the best candidate of its sentence that holds the wh-word's
// role ("Putin has also appointed four lower-level officials as
// experts"), when the model ranks it near. (Asked what, the roles of
// phrases are read less surely: squad2-dev lost two answers.)
func roleFirst(all []scored, bySentence map[*sentence][]int) {
	if len(all) == 0 || all[0].feats[fRoleClash] != 1 {
		return
	}
	for _, n := range bySentence[all[0].holder()] {
		c := &all[n]
		if n == 0 || c.feats[fRoleMatch] != 1 || c.p < roleShare*all[0].p {
			continue
		}
		score := max(c.score, all[0].score)
		all[0], all[n] = all[n], all[0]
		all[0].score = score
		return
	}
}

// roleShare is how near the model must rank a candidate of the asked role
// to the best one for roleFirst to prefer it.
const roleShare = 0.4

// wholeList puts first, when the best candidate is one item of a list
// that is a candidate too, the best such list: a question asking for
// several things ("What animals...?", "What three companies...?") is
// answered by "the otter, beaver and hundreds of bird species", not by
// "the otter". The list's confidence is at least the item's: whatever
// overlaps the item overlaps the list. A list that holds what the
// question sets aside is none ("electric motors and internal combustion"
// for "Along with electric motors, what engines...?").
func wholeList(q *question, all []scored, bySentence map[*sentence][]int) {
	if len(all) == 0 {
		return
	}
	best := &all[0]
	h := best.holder()
	if isList(h.toks[best.i:best.j]) {
		return
	}
	known := q.aside
	for _, m := range bySentence[h] {
		l := &all[m]
		if m != 0 && l.holder() == h && l.i <= best.i && best.j <= l.j && isList(h.toks[l.i:l.j]) && !holdsAny(h.toks[l.i:l.j], known) {
			held := all[m]
			copy(all[1:m+1], all[:m])
			all[0] = held
			return
		}
	}
}

// sortScored sorts candidates best first (see before), stably, moving
// each once rather than at every swap: a scored is nearly a kilobyte.
func sortScored(all []scored) []scored {
	order := make([]int, len(all))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		switch {
		case all[i].before(&all[j]):
			return -1
		case all[j].before(&all[i]):
			return 1
		}
		return 0
	})
	inOrder(all, order)
	return all
}

// inOrder puts s in the order given, s[order[0]] first, by following the
// permutation's cycles: one element held aside per cycle, not a second
// slice. It uses up order.
func inOrder[T any](s []T, order []int) {
	for start := range order {
		if order[start] < 0 || order[start] == start {
			continue
		}
		held := s[start]
		k := start
		for order[k] != start {
			next := order[k]
			s[k] = s[next]
			order[k] = -1
			k = next
		}
		s[k] = held
		order[k] = -1
	}
}

// admission is what admits asks of a question, found once.
type admission struct {
	typed, phrase bool
}

// admissibility finds what admits asks of q.
func admissibility(q *question) admission {
	return admission{
		typed:  q.typed() || q.want == typeQuote,
		phrase: q.typed() || q.want == typeTitle || wantGroup(q) == wantOtherFocus, // a quotation is a clause
	}
}

// asksOnlyName reports whether a name is all the question holds besides
// its wh-word and frame: "Where is Trump?", "Who is Anna Berg?".
func asksOnlyName(q *question) bool {
	name := false
	for _, t := range q.terms {
		switch {
		case t.name:
			name = true
		case !t.frame && t.weight >= 1:
			return false
		}
	}
	return name
}

// dropReason says why a candidate of a ranked sentence is no answer, in a
// few words, or "" when it may be one. A candidate that only repeats the
// question is none. A sentence that says the asked-about event did not
// happen ("Putin declined an invitation to meet") gives no time, place or
// party of it. Nor is a candidate said of another nationality than the
// one asked about an answer: asked about the Russian team, the leader of
// the Ukrainian one is not. Nor a candidate admits refuses, nor what the
// sentence says is not so: "in Manchester and not Blackpool", "rather
// than Blackpool".
func dropReason(q *question, r *ranked, c candidate, adm admission) string {
	switch {
	case overlapsQuestion(q, c):
		return "repeats the question"
	case r.denied:
		return "its sentence denies the event"
	case otherNationality(q, c):
		return "another nationality"
	case r.own == 0 && r.echo == nil && c.from == nil && asksOnlyName(q):
		// "Where is Trump?" is not answered from a sentence about Putin
		// next to one about Trump: a sentence that holds none of the
		// question's words says nothing of its name.
		return "shares no word with the question"
	}
	if why := adm.refusal(q, c); why != "" {
		return why
	}
	if contrasted(q, c) {
		return "set against what is so"
	}
	if conversion(c) {
		return "a conversion of the figure before it"
	}
	if q.want == typeTitle && onlyDating(c.holder().toks[c.i:c.j]) {
		// "former" of "former Spurs defender", the rest cut as the
		// question's words: when a title was held, not the title.
		return "dates a title, names none"
	}
	if quotedAway(q, r, c) {
		return "inside a quotation the question is not about"
	}
	return ""
}

// onlyDating reports whether a span holds no word but those that date a
// title (datingTitles) and determiners.
func onlyDating(toks []token) bool {
	dating := false
	for _, t := range toks {
		switch {
		case datingTitles[t.low]:
			dating = true
		case t.tag != tagDet:
			return false
		}
	}
	return dating
}

// conversion reports whether a figure is another unit's or currency's
// for the one just before it, in brackets: "(9 miles)" of "15 kilometres
// (9 miles)", "(£5.29m)" of "$10m (£5.29m)". The figure before is the one
// said, and answers.
func conversion(c candidate) bool {
	toks := c.holder().toks
	i := c.i
	if i > 0 && toks[i-1].tag == tagMoney {
		i-- // "(£5.29m)": the candidate may open after its currency's sign
	}
	if i < 2 || toks[i-1].text != "(" || c.j >= len(toks) || toks[c.j].text != ")" || !holdsNumber(toks[c.i:c.j]) {
		return false
	}
	before := toks[i-2]
	return before.tag == tagNumber || units[before.low] || moneyWords[before.low]
}

// spokenNear reports whether a verb of saying introduces the quotation
// [a, b] or follows it within three words: direct speech, not a title or
// a term set in quotes ("Titanic", "kick back").
func spokenNear(toks []token, a, b int) bool {
	for p := max(a-3, 0); p < min(b+4, len(toks)); p++ {
		if (p < a || p > b) && sayStems.has(toks[p].stem) {
			return true
		}
	}
	return false
}

// quotationAround returns the marks [a, b] of the quotation that holds
// the span [i, j): one opened before i (opensQuote) that closes at j or
// after it (closingQuote). In a sentence that opens inside a quotation of
// several sentences, split, no mark stands before i and the first one
// after j closes: the quotation runs from the sentence's start (a = -1).
// ok is false when the span is in no quotation.
func quotationAround(toks []token, i, j int) (a, b int, ok bool) {
	marked := false
	for k := 0; k < i; k++ {
		if toks[k].tag != tagQuote {
			continue
		}
		marked = true
		if !opensQuote(toks[k].text) {
			continue
		}
		e := closingQuote(toks, k)
		if e >= j && e < len(toks) {
			return k, e, true
		}
		if e >= i {
			return -1, -1, false // it closes inside the span
		}
		k = e
	}
	if marked {
		return -1, -1, false
	}
	for k := j; k < len(toks); k++ {
		if toks[k].tag == tagQuote {
			return -1, k, toks[k].text == "\"" || !opensQuote(toks[k].text)
		}
	}
	return -1, -1, false
}

// quotedAway reports whether c lies inside a quotation while every word
// of the question its sentence holds is outside it: "Who was in
// Antalya?" is not answered by the people Rubio spoke of in Antalya
// ("...between President Trump and President Putin," Rubio told
// reporters in Antalya). Only direct speech counts (spokenNear), not a
// title or a term in quotes. A question about what was said is about
// the quotation, and one with no word outside it is not asked of it.
func quotedAway(q *question, r *ranked, c candidate) bool {
	if c.from != nil || q.want == typeQuote || c.s != r.s {
		return false
	}
	for _, t := range q.terms {
		if sayStems.has(t.stem) {
			return false
		}
	}
	toks := r.s.toks
	a, b, ok := quotationAround(toks, c.i, c.j)
	if !ok || b-a < 8 || !spokenNear(toks, a, b) {
		return false
	}
	outside := false
	for _, hs := range r.matches {
		for _, h := range hs {
			if h.m < 0.6 {
				continue
			}
			if h.pos > a && h.pos < b {
				return false
			}
			outside = true
		}
	}
	return outside
}

// Dropped is a candidate the answerer found in one of its best sentences
// and left out, and why (CandidatesAndDropped): `bot eval --losses` counts the right answers each
// reason drops, which is where a filter too eager shows.
type Dropped struct {
	Text     string
	Sentence briefbot.Sentence
	Reason   string
}

// CandidatesAndDropped returns, from one reading of the question, what
// Candidates returns and the candidates of the best-ranked sentences that
// the answerer leaves out before scoring, with the reason for each.
func (a *Answerer) CandidatesAndDropped(q briefbot.Question, r briefbot.Result) ([]Candidate, []Dropped) {
	rd := a.readWith(analyzeQuestion(q.Text), r, nil, true)
	return exported(rd.all), rd.dropped
}

// admits reports whether c can be an answer at all. A span
// ending on an auxiliary, a preposition or a determiner ("the most
// nominated movie has") is a fragment, not a phrase. A question that asks
// for a name, a place, a date, a number or a quotation takes a candidate
// of that kind only: a span that is none of them is no answer however
// well placed, and when no sentence holds one the articles don't say. And
// one that asks for a thing of a kind ("which film", "who is the
// chancellor") takes a noun phrase, not a clause.
func (adm admission) admits(q *question, c candidate) bool { return adm.refusal(q, c) == "" }

// refusal is why admits refuses c, in a few words, or "" when it admits it.
func (adm admission) refusal(q *question, c candidate) string {
	h := c.holder()
	last := h.toks[c.j-1]
	switch {
	case last.tag == tagAux || last.tag == tagPrep || last.tag == tagDet || last.tag == tagConj || last.tag == tagSub ||
		degreeWords[last.low]:
		return "ends on a function word"
	case adm.typed && c.fit < typedFloorFit:
		return "not of the type asked"
	case q.definition && q.wh == "what" && family(c.rule) != famDefinition:
		// "What is the Kyoto protocol?" is answered by what a sentence
		// says it is, not by any phrase near its name ("Downing Street").
		return "not a definition"
	case adverbsOnly(q, h.toks[c.i:c.j]) || h.toks[c.i].low == "'s":
		// "often", "however"; "'s latest" is the end of a name's
		// possessive, a fragment.
		return "adverbs only"
	case titleHeldAt(q, h.toks, c.i):
		// "Who is the director of the Lisbon Council?" is not answered
		// "European Policy Centre" of "John Palmer, political director
		// at the European Policy Centre".
		return "where a title is held"
	case namedAsThing(q, h.toks, c.i, c.j):
		// "Who is the England captain?" is not answered "Canal Plus" of
		// "said on television station Canal Plus".
		return "names a thing, not a holder"
	case aroundClassWord(q, h.toks[c.i:c.j]):
		// "What nationality was she?" is answered "Scottish", not "a
		// Scottish engineer", which the class rule has cut.
		return "around the class word"
	case clauseOpeners[h.toks[c.i].low] && q.want != typeReason && q.want != typeManner && q.want != typeDate && q.want != typeQuote:
		// "while Apple users are famous for..." is what the sentence
		// adds, not what Apple launched.
		return "opens a clause"
	case adm.phrase && !isNominal(last.tag) && last.tag != tagQuote && last.tag != tagPunct &&
		(q.want != typeDate || !hasRule(c.rule, "as-soon-as")):
		// A time may be a clause: "as soon as the repairs are finished".
		return "not a noun phrase"
	case (wantGroup(q) == wantOtherFocus || q.typed() && q.whEnd > q.whPos+1 && q.focus != "") && restatesFocus(q, h.toks[c.i:c.j]):
		return "names the kind asked again"
	case q.want == typePerson && qualifiesOther(q, h, c.j):
		return "qualifies another person"
	case q.want == typePlace && namedPlaceNouns[q.focus] && !holdsName(h.toks[c.i:c.j]):
		// "Which country...?" is answered by a country's name, not by
		// "at its fastest rate".
		return "no name of the place asked"
	case inYesNoQuestion(h.toks, c.i, c.j):
		// "Is the Pope a Catholic?" says nobody is.
		return "inside a yes/no question"
	case (q.want == typePerson || q.want == typePlace && countryNouns[q.focus]) && placeNotCountry(h, c.i, c.j):
		// "Who is trying to save the whales?" is not answered "Ellesmere
		// Island", nor "What country is she from?" "Guantanamo Bay"; a
		// country may act ("Who did the Dutch fight?" Spain).
		return "a place, not a person or country"
	case q.want == typePerson && q.role != "" && !holdsName(h.toks[c.i:c.j]):
		// "Who is Chelsea's manager?" is answered by a name, not "great
		// players" nor "few people" of "the attorney general says few
		// people have come forward".
		return "no name for the title asked"
	case q.want == typePerson && otherTitle(q, h.toks, c.i):
		// "Who is the Chinese prime minister?" is not answered "Li
		// Zhaoxing" of "Chinese Foreign Minister Li Zhaoxing".
		return "holds another title"
	case q.want == typePerson && secondInRank(q, h.toks, c.i):
		// "Who is the boss of the harbour board?" is not answered "Tom
		// Reid" of "the harbour board's deputy chief executive Tom Reid".
		return "holds a second rank"
	case q.want == typePerson && locatedAt(h, c.i, c.j):
		// "Who is she married to?" is not answered "Los Angeles" of
		// "married in Los Angeles": a place the sentence puts something
		// in is where, not who ("Kyiv's invitation" still acts).
		return "where the person is, not who"
	case (q.want == typePerson || q.want == typeOther && !q.definition) && titleOfAsked(q, h, c.i, c.j):
		// "Who declined Zelenskyy's invitation?" is not answered
		// "Ukrainian leader" of "Ukrainian leader Zelenskyy", nor "What
		// did Whittingdale call the bill?" "shadow culture secretary":
		// that is the question's own person.
		return "the title asked, not its holder"
	}
	return ""
}

// placeNotCountry reports whether the span [i, j) is the name of a
// place nobody is: a feature of the land or a town ("Ellesmere Island",
// "Bannow Bay", "Old Town"). A country, a state, a capital or a province
// may act ("Who did the Dutch fight?" Spain; "Kyiv's invitation"), and a
// name with a particle inside ("Jessé de Forest") may be a person's.
func placeNotCountry(s *sentence, i, j int) bool {
	for _, e := range s.ents {
		if e.i != i || e.j != j || e.kind != kindPlace || e.j-e.i > 3 {
			continue
		}
		for k := e.i; k < e.j; k++ {
			if s.toks[k].text == s.toks[k].low {
				return false // "de", "von": a particle of a person's name
			}
		}
		return featureWords[s.toks[e.j-1].low]
	}
	return false
}

// locatedAt reports whether the span [i, j) opens with a place's name,
// with its article or not, that the sentence puts something in
// (locatedPlace): "Los Angeles last September" of "married in Los
// Angeles last September". A place something goes to or comes from may
// be a side ("at home to Bayer Leverkusen"), so only in, at and the
// like count; and a span that goes on to name a person ("Egypt in 1928
// by Hassan al Banna") is not only the place.
func locatedAt(s *sentence, i, j int) bool {
	for _, e := range s.ents {
		if e.kind == kindPerson && e.i >= i && e.j <= j {
			return false
		}
	}
	for _, e := range s.ents {
		if e.j > j || e.ti != i && (e.ti != i+1 || s.toks[i].tag != tagDet) || !locatedPlace(s.toks, e) {
			continue
		}
		switch s.toks[e.ti-1].low {
		case "to", "toward", "towards", "from":
			return false
		}
		return true
	}
	return false
}

// countryNouns, by stem, ask for a country or a state.
var countryNouns = stemsOf(set(`country nation state`))

// featureWords end the names of places that are features of the land or
// parts of a town, never actors.
var featureWords = set(`island islands river lake mountain mountains valley bay sea ocean gulf coast street
	avenue road square park bridge airport harbour harbor peninsula desert strait canal falls beach
	forest town`)

// titleOfAsked reports whether the span [i, j) describes a person the
// question names: the title or noun for a person before the name
// ("Ukrainian leader" of "Ukrainian leader Zelenskyy" when the question
// names Zelenskyy, "Conservative shadow culture secretary John
// Whittingdale", "Best actress winner Imelda Staunton"), or an
// appositive after it ("Iain Duncan Smith, one of the chief critics of
// the plans, condemned...").
func titleOfAsked(q *question, s *sentence, i, j int) bool {
	toks := s.toks
	for _, e := range s.ents {
		if e.kind != kindPerson || !q.namesEntity(s, e) {
			continue
		}
		if e.i == j && (e.ti <= i || toks[j-1].tag == tagTitle || personNouns[toks[j-1].low]) {
			return true
		}
		// An appositive is a noun phrase and names nobody: "Frank
		// Burnet, Niels Jerne, ..." is a list, and "Frank Burnet,
		// inspired by a suggestion made by Niels Jerne, ..." a clause.
		if e.j+1 == i && toks[e.j].text == "," && j < len(toks) && toks[j].text == "," && !slices.ContainsFunc(toks[i:j], func(t token) bool {
			return t.tag == tagProper || t.tag == tagVerb
		}) {
			return true
		}
	}
	return false
}

// namesEntity reports whether the question names the entity e of s: a
// word of it is one of the question's names.
func (q *question) namesEntity(s *sentence, e entity) bool {
	for p := e.i; p < e.j; p++ {
		for _, t := range q.terms {
			if t.name && s.toks[p].low == t.low {
				return true
			}
		}
	}
	return false
}

// inYesNoQuestion reports whether the span [i, j) is inside a question
// that asks yes or no, "Is the Pope a Catholic?", "Will prices fall?":
// it asserts nothing of its words. A question that opens on a wh-word
// may ("How about $50 or more?" gives the price) and is not one.
func inYesNoQuestion(toks []token, i, j int) bool {
	end := j
	for end < len(toks) && toks[end].text != "?" {
		if t := toks[end].text; t == "." || t == ";" || t == "!" || toks[end].tag == tagQuote {
			return false
		}
		end++
	}
	if end == len(toks) {
		return false
	}
	start := i
	for start > 0 {
		p := toks[start-1]
		if p.text == "." || p.text == ";" || p.text == ":" || p.text == "!" || p.text == "?" || p.tag == tagQuote {
			break
		}
		start--
	}
	return start < i && toks[start].tag == tagAux
}

// clauseOpeners open a clause that contrasts, concedes or sets a
// condition: what follows answers why or when at most.
var clauseOpeners = set(`while whereas although though if unless because`)

// opensPredicate reports whether a span opens on a verb and its object or
// complement ("placed an order for 70 planes", "went to the market"): a
// predicate, not the noun phrase a typed question asks for. A verb form
// before a title or a name qualifies it ("retired Lt. Gen. Keith
// Kellogg").
func opensPredicate(toks []token) bool {
	for len(toks) > 0 && (toks[0].tag == tagAdverb || groupAdverbs[toks[0].low]) {
		toks = toks[1:] // "also seeks to uncover..."
	}
	if len(toks) < 2 || toks[0].tag != tagVerb {
		return false
	}
	switch toks[1].tag {
	case tagDet, tagPrep, tagPronoun:
		return true
	}
	return false
}

// namedPlaceNouns are the places a wh-phrase asks for by a name.
var namedPlaceNouns = set(`country nation city town state province capital continent island village`)

// holdsName reports whether a span holds a name or a nationality.
func holdsName(toks []token) bool {
	for _, t := range toks {
		if t.tag == tagProper || t.tag == tagGentile {
			return true
		}
	}
	return false
}

// notAReason reports whether a span asked why for is no reason: a role
// or an adverb after "as" ("as home secretary", "as well"), or a noun
// phrase and nothing more ("a takeover offer worth 3.1bn Australian
// dollars" for "Why did Southcorp reject the bid?"). A reason is a clause
// ("it does not reflect the value"), or opens on its marker ("because of
// the cost", "to save money").
func notAReason(q *question, toks []token) bool {
	if q.want != typeReason || len(toks) == 0 {
		return false
	}
	if toks[0].low == "as" {
		return !asCause(toks, 0)
	}
	return npEnd(toks, 0) == len(toks) || modifiedNounPhrase(toks)
}

// modifiedNounPhrase reports whether a span is a noun phrase and what
// qualifies it, with no verb of its own: it opens on a determiner, and
// every verb in it follows "to" ("an invitation from Zelenskyy to meet in
// Istanbul for peace negotiations"). Asked why, such a span says what,
// not why: a reason is a clause or opens on its marker ("because",
// "to", "after", "as").
func modifiedNounPhrase(toks []token) bool {
	if toks[0].tag != tagDet || npEnd(toks, 0) < 2 {
		return false
	}
	for k, t := range toks {
		switch {
		case t.tag == tagAux || t.tag == tagSub || reasonMarkers[t.low]:
			return false
		case t.tag == tagVerb && (k == 0 || toks[k-1].low != "to"):
			return false
		}
	}
	return true
}

// reasonMarkers open a reason inside a longer span: "the rain, because
// of which...", "the delays due to the strike".
var reasonMarkers = set(`because due since so thanks owing`)

// notAPhrase reports whether the best answer to a question that asks for
// a noun phrase is a predicate, or, for a name of a kind (a person, an
// organisation, a title, a country...), a clause. A where-question's
// place phrase may run into a clause ("on a path in the bush near the
// ruins, he said") and keeps it.
func notAPhrase(q *question, toks []token) bool {
	// "What is Bluetooth?" is not answered "technologies can be bought
	// at extra cost": what a thing is, is said by a noun phrase.
	// Nor by a predicate: "has so far attracted 940,000 users" for
	// "What is Skype?".
	if q.definition && q.wh == "what" && (isClause(toks) || toks[0].tag == tagAux || opensPredicate(toks)) {
		return true
	}
	named := q.asksName && (q.wh == "what" || q.wh == "which")
	if !admissibility(q).phrase && !named {
		return false
	}
	if opensPredicate(toks) {
		return true
	}
	// "we saw ... a lessening with bookings for Australia" is no place
	// for where the tsunami struck: a clause from its first word.
	if q.want == typePlace && opensClause(toks) {
		return true
	}
	// "What is the name of the Labour chairman?" is answered by a name,
	// not by what he is: "the chairman of the Commons education select
	// committee".
	if named && q.saysName() && !opensOnName(toks) {
		return true
	}
	switch {
	case q.want == typePerson, q.want == typeOrg, q.want == typeTitle, named,
		q.want == typePlace && namedPlaceNouns[q.focus], wantGroup(q) == wantOtherFocus:
		return isClause(toks)
	}
	return false
}

// saysName reports whether the question asks for the name of something
// ("What is the name of...?"), not for a term ("another name for",
// "called", "known as").
func (q *question) saysName() bool {
	for k, t := range q.toks {
		// "the name of the chairman"; "another name for a bin" asks a term.
		if (t.low == "name" || t.low == "names") && k+1 < len(q.toks) && q.toks[k+1].low == "of" &&
			(k == 0 || q.toks[k-1].low != "another" && q.toks[k-1].low != "other") || titleOfWork(q.toks, k) {
			return true
		}
	}
	return false
}

// namedKind returns the stem of the noun whose name a question asks for:
// "colony" of "What was the name of the Florida Huguenot colony?",
// "party" of "What is the name of his new party?", "novel" of "What was
// the title of her third novel?"; "" when none.
func (q *question) namedKind() string {
	for k, t := range q.toks {
		if (t.low == "name" || t.low == "names") && k+1 < len(q.toks) && q.toks[k+1].low == "of" || titleOfWork(q.toks, k) {
			return nounOfPhrase(q.toks[k+2:])
		}
	}
	return ""
}

// nounOfPhrase returns the stem of the last noun of the phrase that opens
// toks: "novel" of "Andrea Levy's third novel?".
func nounOfPhrase(toks []token) string {
	kind := ""
	for _, n := range toks {
		switch {
		case n.tag == tagWord || n.tag == tagTitle:
			kind = n.stem
		case isNominal(n.tag) || n.tag == tagAdverb || n.text == ",":
		default:
			return kind
		}
	}
	return kind
}

// titleOfWork reports whether toks[k] opens "the title of" a work: "What
// was the title of Andrea Levy's third novel?" asks the novel's name, not
// anyone's job.
func titleOfWork(toks []token, k int) bool {
	return (toks[k].low == "title" || toks[k].low == "titles") && k+2 < len(toks) && toks[k+1].low == "of" &&
		workNouns[nounOfPhrase(toks[k+2:])]
}

// opensOnName reports whether a span is a name: past its determiners, it
// opens on a capitalised word or a quotation ("the Palace of Culture",
// "Spotlight on a Massacre"), not on a common noun ("the chairman of the
// Commons education committee").
func opensOnName(toks []token) bool {
	for _, t := range toks {
		switch {
		case t.tag == tagDet || t.tag == tagPossess || t.tag == tagNumber:
			continue
		case t.tag == tagQuote || isCapitalized(t.text):
			return true
		}
		return false
	}
	return false
}

// opensClause reports whether a span opens on a subject pronoun and its
// verb: "we saw...", "it was...".
func opensClause(toks []token) bool {
	return len(toks) > 1 && subjectPronouns[toks[0].low] && verbal(toks[1])
}

// isClause reports whether a span is a clause, a subject and its verb
// group: it holds an auxiliary after a word ("Lehmann is desperate to
// keep his place", "we saw ... a lessening").
func isClause(toks []token) bool {
	for k := 1; k < len(toks); k++ {
		if toks[k].tag == tagAux && toks[k].low != "'s" || toks[k].tag == tagVerb && toks[k-1].tag == tagPronoun {
			return true
		}
	}
	return false
}

// adverbsOnly reports whether a span is only adverbs and function words
// ("often", "instead", "however", "also still"), which answer no question:
// what the question asks is in the words they qualify. A relative time
// ("recently", "soon") answers a when-question; "now" (presentTime) does
// not.
func adverbsOnly(q *question, toks []token) bool {
	for _, t := range toks {
		switch {
		case t.tag == tagAdverb, groupAdverbs[t.low], connectives[t.low], isStopWord(t.low) && t.tag != tagNumber:
			if q.want == typeDate && relativeTime[t.low] && !presentTime[t.low] {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// presentTime are the relative times that say only that something holds
// when the article was written: "Delta's cuts hurt airlines now" does not
// answer "When will the cuts hurt revenue?". Alone they answer no
// when-question.
var presentTime = set(`now currently`)

// qualifiesOther reports whether a span ending at j qualifies the calling
// of a person named after it, one the question does not name: "Chelsea"
// of "Chelsea manager Jose Mourinho", "R&B" of "R&B singer Usher", which
// answer no who-question but about that person ("Who does Mourinho
// manage?").
func qualifiesOther(q *question, s *sentence, j int) bool {
	k := j
	for k < len(s.toks) && (isTitle(s.toks[k]) || personNouns[s.toks[k].low]) {
		k++
	}
	if k == j {
		return false
	}
	for _, o := range s.ents {
		if o.i != k && o.ti != k || o.kind != kindPerson {
			continue
		}
		for p := o.i; p < o.j; p++ {
			for _, t := range q.terms {
				if t.stem == s.toks[p].stem {
					return false
				}
			}
		}
		return true
	}
	return false
}

// degreeWords qualify what follows them: a span ending on one is cut short
// ("one of the largest and most").
var degreeWords = set(`most more less least very so too much many such`)

// restatesFocus reports whether a span only names again the kind of
// thing the question asks about: "the most nominated movie" for "Which
// film won?" is no film's name, nor is "the private firm" the firm of
// "Which firm runs the tube?".
//
// Asked for a kind ("What type of treaty...?"), a kind of the noun is the
// answer, the noun and all: "amending treaty", "continuous rotary motion".
func restatesFocus(q *question, toks []token) bool {
	last := toks[len(toks)-1]
	if last.stem != q.focus && !related(last.stem, q.focus) {
		return false
	}
	if asksKind(q) && slices.ContainsFunc(toks[:len(toks)-1], func(t token) bool {
		return !isStopWord(t.low) && !degreeWords[t.low] && (t.tag == tagWord || t.tag == tagVerb || t.tag == tagGentile || t.tag == tagAdverb)
	}) {
		return false
	}
	for _, t := range toks {
		if t.tag == tagProper || t.tag == tagNumber {
			return false
		}
	}
	return true
}

// asksKind reports whether the question asks for a kind of its noun:
// "What type of treaty", "what kind of deprivation", "what sort of
// motion". It is wider than kindOfAt, which reads the wh-phrase: plurals
// and "form of" count here, anywhere in the question. Reading the
// wh-phrase with this wider set was measured (2026-12-04): one more
// answer right in cbc4kids-dev's article scope, two unanswered questions
// answered wrongly in its corpus scope ("What kinds of health
// problems...?" with "America"), so the two stay apart.
func asksKind(q *question) bool {
	for k := 0; k+1 < len(q.toks); k++ {
		if kindOf[q.toks[k].low] && q.toks[k+1].low == "of" {
			return true
		}
	}
	return false
}

// kindOf are the words that ask for a kind of what follows them with "of".
var kindOf = set(`type types kind kinds sort sorts form forms`)

// holdsAny reports whether a span holds a content word of one of the
// stems given: what the question sets aside as already known (see
// setAside).
func holdsAny(toks []token, known []string) bool {
	for _, t := range toks {
		if t.stem != "" && !isStopWord(t.low) && slices.Contains(known, t.stem) {
			return true
		}
	}
	return false
}

// isList reports whether a span joins items: "A and B", "A, B or C".
func isList(toks []token) bool {
	for k := 1; k+1 < len(toks); k++ {
		if (toks[k].low == "and" || toks[k].low == "or" || toks[k].text == ",") && isNominal(toks[k-1].tag) && isNominal(toks[k+1].tag) {
			return true
		}
	}
	return false
}

// sameNameShare is the share of the probability of a name's mentions in
// other sentences that adds to the confidence of each. Not all of it: a
// story repeats its subject's name, so that mentions are not independent
// evidence; counted whole, they made answers of names that are not the
// answer (unanswerable questions among all the BBC articles answered by
// the article's main name). At a half the held-out news sets gain on
// balance among all articles, and the answers it adds are right about
// half the time (docs/answering-history.md, the thirty-eighth round, has
// the figures and the sets that lost).
const sameNameShare = 0.5

// isNameSpan reports whether a candidate is a name and nothing else: it
// opens and ends on a proper word and holds no verb. Only names count
// their mentions elsewhere (sameNameShare): "two" or "Steam" recurring
// says nothing.
func isNameSpan(c *candidate) bool {
	toks := c.holder().toks[c.i:c.j]
	if toks[0].tag != tagProper || toks[len(toks)-1].tag != tagProper {
		return false
	}
	for _, t := range toks {
		if t.tag == tagVerb || t.tag == tagAux {
			return false
		}
	}
	return true
}

// typedFloorFit is the fit below which a span is not of the kind a typed
// question asks for.
const typedFloorFit = 0.3

// confidence is how sure the answerer is of a candidate, in [0, 1]: the
// probability that the answer lies in its span (its own and that of the
// candidates overlapping it, which are the same answer cut another way,
// plus more, what the same name said elsewhere adds) against the
// probability that the articles don't say, calibrated (see Calibrate) so
// that answers given with 0.8 are right about 80% of the time on the
// development sets.
//
// among are the candidates that can overlap all[n], those of its
// sentence, in the order of all.
func confidence(all []scored, among []int, n int, pNull, more float64) float64 {
	region := more
	c := &all[n].candidate
	for _, m := range among {
		if all[m].overlaps(c) {
			region += all[m].p
		}
	}
	if region+pNull == 0 {
		return 0
	}
	return Calibrate(region/(region+pNull), fittedCalibration)
}

// Calibrate maps the odds of an answer's span against no answer (r, in
// [0, 1]) to the probability that the answer is right: a logistic
// function of log(r/(1-r)), with the coefficients (slope, offset) that
// `bot fit` fits on the held-out answers of the development sets. Raw odds
// overstate: many candidates share the mass of a question, and a right
// span may still be cut a little wrong.
func Calibrate(r float64, c [2]float64) float64 {
	r = min(max(r, 1e-9), 1-1e-9)
	return 1 / (1 + math.Exp(-(c[0]*math.Log(r/(1-r)) + c[1])))
}

// secondInRank reports whether the title written before the name at i
// is the question's, made second to it ("deputy chief executive" for
// "boss", "vice president" or "vice-president" for "president") by a word
// the question does not say.
func secondInRank(q *question, toks []token, i int) bool {
	said := func(st string) bool {
		return slices.ContainsFunc(q.toks, func(u token) bool { return u.stem != "" && (u.stem == st || related(u.stem, st)) })
	}
	second, asked := false, false
	for k := i - 1; k >= 0 && k >= i-4 && (toks[k].tag == tagTitle || toks[k].tag == tagWord || toks[k].tag == tagProper); k-- {
		t := &toks[k]
		if rank, title, ok := joinedRank(t.low); ok && !said(stem(rank)) && !said(t.stem) {
			// One word: "the club's vice-chairman".
			second = true
			asked = asked || said(stem(title))
		} else if secondRanks[t.low] && !said(t.stem) {
			second = true
		} else if !isStopWord(t.low) && said(t.stem) {
			asked = true
		}
	}
	return second && asked
}

// otherTitle reports whether the name at i holds another title of the
// kind asked: the question qualifies its title ("prime minister", "home
// secretary") and the title just before the name has the same head word
// qualified by another word ("Foreign Minister", "Foreign Secretary"),
// without the question's. A title's time or standing ("former",
// "acting", "new") is no other title.
func otherTitle(q *question, toks []token, i int) bool {
	if q.role == "" {
		return false
	}
	asked := ""
	for k := 1; k < len(q.toks); k++ {
		if q.toks[k].stem == q.role {
			if u := q.toks[k-1]; (u.tag == tagWord || u.tag == tagTitle) && !titleStanding[u.low] {
				asked = u.stem
			}
			break
		}
	}
	if asked == "" || i < 2 {
		return false
	}
	head := i - 1
	if toks[head].stem != q.role {
		return false
	}
	for k := head - 1; k >= 0 && k >= head-3 && (toks[k].tag == tagTitle || toks[k].tag == tagWord); k-- {
		if toks[k].stem == asked || related(toks[k].stem, asked) {
			return false
		}
	}
	prev := toks[head-1]
	return (prev.tag == tagTitle || prev.tag == tagWord) && !titleStanding[prev.low] && !secondRanks[prev.low]
}

// titleStanding are the words that say when or how a title is held, not
// which title it is: the datingTitles and a few more.
var titleStanding = set(datingTitleWords + ` new current outgoing incoming then future caretaker`)

// before orders candidates best first, and equal ones by where they are
// (article, sentence, position), so that the same question always gets the
// same answer.
func (c *scored) before(d *scored) bool {
	if c.p != d.p {
		return c.p > d.p
	}
	ch, dh := c.holder(), d.holder()
	if ch.src.ArticleID != dh.src.ArticleID {
		return ch.src.ArticleID < dh.src.ArticleID
	}
	if ch.src.Number != dh.src.Number {
		return ch.src.Number < dh.src.Number
	}
	if c.i != d.i {
		return c.i < d.i
	}
	return c.j < d.j
}

func toAnswer(q *question, c scored) briefbot.Answer {
	c.i = pastLeadingAdverbs(c.holder().toks, c.i, c.j)
	c.i = pastDescription(q, c.holder(), c.i, c.j)
	c.i = pastAskedNoun(q, c.holder(), c.i, c.j)
	c.i, c.j = beforeKindNoun(q, c.holder(), c.i, c.j)
	c.i = pastAmountLead(q, c.holder().toks, c.i, c.j)
	c.j = beforeAskedRate(q, c.holder().toks, c.i, c.j)
	c.j = beforeOwnedThing(q, c.holder().toks, c.i, c.j)
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
// when a preposition or a verb leads an amount: at the amount. "$427bn"
// answers how much, not "at $427bn", nor "making £86m". Words that say
// how near the amount is stay ("about 500", "up to 2,500"), and so do a
// range's "from" ("from 4 August 1915 until November 1918" is how long)
// and a time's or a place's preposition, which its answer may keep.
func pastAmountLead(q *question, toks []token, i, j int) int {
	if q.want == typeDate || q.want == typePlace || j-i < 2 || toks[i+1].tag != tagNumber && toks[i+1].tag != tagMoney {
		return i
	}
	switch t := toks[i]; {
	case t.tag == tagVerb, t.low == "at", t.low == "of", t.low == "for", t.low == "by":
		return i + 1
	}
	return i
}

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

// closest is the no-answer reply, citing the closest sentence if any.
func closest(s *sentence) briefbot.Answer {
	if s == nil {
		return briefbot.Answer{}
	}
	return briefbot.Answer{Evidence: []briefbot.Sentence{s.src}}
}
