package answers

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"

	"briefbot"
)

// readHits restores the analysis of each retrieved sentence (once per
// sentence), analysing those without a usable annotation together with
// the other retrieved sentences of their article.
func readHits(hits []briefbot.Hit) []*sentence { return readHitsInto(hits, nil) }

// readHitsInto is readHits with the sentences and their tokens decoded
// into sc's buffers, grown as needed, when sc is not nil.
func readHitsInto(hits []briefbot.Hit, sc *scratch) []*sentence {
	type key struct {
		article string
		n       int
	}
	// A sentence's best score and whether it was decoded, in one map:
	// a hit's key is hashed once in each loop, not twice in the second.
	type best struct {
		score float64
		seen  bool
	}
	score := make(map[key]*best, len(hits))
	bests := make([]best, 0, len(hits))
	for _, h := range hits {
		k := key{h.Sentence.ArticleID, h.Sentence.Number}
		if b := score[k]; b != nil {
			b.score = max(b.score, h.Score)
		} else {
			bests = append(bests, best{score: max(0, h.Score)})
			score[k] = &bests[len(bests)-1]
		}
	}
	out := make([]*sentence, 0, len(hits))
	var raw []briefbot.Sentence
	n, size := 0, 0
	for _, h := range hits {
		n += tokenCount(h.Sentence.Annotation)
		size += len(h.Sentence.Text)
	}
	// The decoded sentences in one slice, their tokens in another; never
	// grown, so the pointers in out stay good. Their lowered texts in one
	// string, not one each.
	decoded, slab := sc.buffers(len(hits), n)
	var low strings.Builder
	low.Grow(size)
	for _, h := range hits {
		b := score[key{h.Sentence.ArticleID, h.Sentence.Number}]
		if b.seen || strings.TrimSpace(h.Sentence.Text) == "" {
			continue
		}
		b.seen = true
		if s, ok := decodeInto(h.Sentence, &slab, &low); ok {
			s.retrieval = b.score
			decoded = append(decoded, s)
			out = append(out, &decoded[len(decoded)-1])
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
				s.retrieval = score[key{s.src.ArticleID, s.src.Number}].score
				out = append(out, &s)
			}
			start = end
		}
	}
	return out
}

// contextOf indexes sentences by article and number, so that a sentence's
// neighbours and a pronoun's antecedent can be found among them.
func contextOf(sents []*sentence) func(article string, n int) *sentence {
	// One map by article and number: it is looked up in the hot loops of
	// ranking, and one hash is half of two.
	type key struct {
		article string
		n       int
	}
	byNum := make(map[key]*sentence, len(sents))
	for _, s := range sents {
		byNum[key{s.src.ArticleID, s.src.Number}] = s
	}
	return func(article string, n int) *sentence { return byNum[key{article, n}] }
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
	// figures is what the question asks of the sentence's figures
	// (readFigures), read for its first numeric candidate and kept for
	// the others.
	figures *figureReading
	// denied is set when the sentence says the question's event did not
	// happen: "Putin declined an invitation to meet", or that it happened
	// in another year or month than the question's (see yearConflict and
	// monthConflict), or gives a
	// rate per another unit of time (see rateConflict).
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
	// Every sentence's matches and near, per term, cut from one slice of
	// each rather than two allocations a sentence.
	nt := len(q.terms)
	allMatches, allNear := make([][]hit, len(sents)*nt), make([]float64, len(sents)*nt)
	hits := make([]hit, 0, 4*len(sents)) // see matchWordsIn
	asked, months, future, rate := askedYears(q), askedMonths(q), asksFuture(q), rateUnits(q.toks)
	for n, s := range sents {
		out[n] = ranked{s: s, matches: allMatches[n*nt : (n+1)*nt : (n+1)*nt], found: found, near: allNear[n*nt : (n+1)*nt : (n+1)*nt]}
		bySentence[s] = out[n].matches
		for k := range q.terms {
			out[n].matches[k] = q.terms[k].matchIn(s, &hits)
		}
		wholeNames(q, s, out[n].matches)
		compounds(q, s, out[n].matches)
		narrowed(q, s, out[n].matches)
		impliedAffiliation(q, s, out[n].matches)
		out[n].denied = deny(q, s, out[n].matches) || yearConflict(asked, s, ctx) || monthConflict(months, s, ctx) ||
			tenseConflict(future, s) || rateConflict(rate, s)
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
		// The matches of the sentences before and after, when retrieved:
		// looked up once a sentence, not once a term.
		var nbs [2][][]hit
		looked := false
		for k := range q.terms {
			t := &q.terms[k]
			m := strongest(r.matches[k])
			if !t.name {
				r.contentAsked++
			}
			if m == 0 {
				if !looked {
					for i, d := range []int{-1, 1} {
						if nb := ctx(r.s.src.ArticleID, r.s.src.Number+d); nb != nil {
							nbs[i] = bySentence[nb]
						}
					}
					looked = true
				}
				// Words found next to the sentence count a little: a
				// pronoun or an elided subject often stands for them.
				for i, d := range []int{-1, 1} {
					if nbs[i] != nil {
						f := ctxNeighbour
						if d == -1 && t.name && pronounStart {
							f = ctxPronoun
						}
						m = max(m, f*strongest(nbs[i][k]))
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
	// Ties go by place in the corpus, not by the order of the hits, so
	// that the same sentences always rank the same. Their places are
	// sorted, not the sentences: a ranked is some 150 bytes, which the
	// stable sort copied at every comparison and swap.
	order := make([]int, len(out))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		a, b := &out[i], &out[j]
		if a.score != b.score {
			switch {
			case a.score > b.score:
				return -1
			case a.score < b.score:
				return 1
			}
			return 0 // NaN: unordered, as sort.SliceStable had it
		}
		if c := strings.Compare(a.s.src.ArticleID, b.s.src.ArticleID); c != 0 {
			return c
		}
		return cmp.Compare(a.s.src.Number, b.s.src.Number)
	})
	inOrder(out, order)
	return out, weights
}

// echoes lets a sentence inherit the score of the sentence before it when
// that one restates the question without answering it: "Later today the
// crew will be racing again. At noon, they will be rowing in Bergen."
// News writing sets up a fact in one sentence and gives it in the next.
// Not a person or a body, though: the next sentence's pronoun stands for
// the one asked about, and the names it gives are other people's.
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
		// Asked who, the next sentence's pronoun is the person or body
		// the restated sentence leaves unnamed, and the names it gives
		// are others: "Grokster's lawyer argued that... But this
		// argument was dismissed as 'ridiculous' by Justice David
		// Souter."
		if r.answers || r.own < echoCover || r.contentAsked > 0 && r.contentFound == 0 || q.typed() && holds(q, r.s, ctx, weakFit) ||
			heldTerms(r) < 2 || q.want == typePerson || q.want == typeOrg {
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

// heldTerms counts the question's words a sentence holds itself. One
// word is no restatement: every sentence that names Trump would echo
// "Where is Trump?", and lend its score to whatever place the next
// sentence names.
func heldTerms(r *ranked) int {
	n := 0
	for k := range r.matches {
		if strongest(r.matches[k]) >= 0.7 {
			n++
		}
	}
	return n
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
	for i := range r.s.toks {
		t := &r.s.toks[i]
		if inQ[i] || t.stem == "" || isStopWord(t.low) || t.tag == tagTime || sayStems.has(t.stem) {
			continue
		}
		rest++
	}
	return rest > echoRest
}

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
	alternativeShare  = 0.9  // of the answer's score an alternative needs to be shown
)

// The fits holds is asked for.
const (
	weakFit   = 0.3
	typedFit  = 0.5
	mannerFit = 0.6 // a reason or a manner that holdsAnswer counts
	strongFit = 0.7
)
