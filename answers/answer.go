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
// is no answer either (notAReason), but for an injury or a cause a verb
// names (namedCause): "Why did Tindall miss the tour?" is answered "a
// knee injury" of "missing out on the tour with a knee injury".
func admitted(q *question, all []scored) []scored {
	for len(all) > 0 {
		if span := all[0].holder().toks[all[0].i:all[0].j]; !notAPhrase(q, span) && (!notAReason(q, span) || namedCause(all[0].rule)) {
			break
		}
		if q.definition || q.asksName {
			return nil
		}
		all = all[1:]
	}
	return all
}

// namedCause reports whether a candidate's rules found it as a cause in
// a noun phrase of its own: an injury ("a knee injury"), or what a verb
// of blaming or causing names ("blamed [a weaker dollar] for").
func namedCause(rule string) bool { return hasRule(rule, "injury") || hasRule(rule, "cause") }

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
	// Among several articles, one that names less of the question than
	// another, or holds much less of it, tells another story: its
	// candidates answer nothing.
	others := otherStories(q, &ev, ranked)
	for rank := range top {
		r := &top[rank]
		other := others[r.s.src.ArticleID]
		if other != "" && !withDropped {
			continue
		}
		cs := merge(a.kept(candidates(q, r.s, ctx, r.matches)))
		if other != "" {
			for _, c := range cs {
				if c.i < c.j {
					rd.dropped = append(rd.dropped, Dropped{Text: c.text(), Sentence: c.holder().src, Reason: other})
				}
			}
			continue
		}
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

// closest is the no-answer reply, citing the closest sentence if any.
func closest(s *sentence) briefbot.Answer {
	if s == nil {
		return briefbot.Answer{}
	}
	return briefbot.Answer{Evidence: []briefbot.Sentence{s.src}}
}
