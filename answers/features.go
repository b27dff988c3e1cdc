package answers

import (
	"math"
	"slices"
	"strings"

	"briefbot"
)

// A candidate is judged by features: numbers that say how much of the
// question its sentence holds, how it sits among the question's words,
// whether it is of the kind asked for, and which rule family found it. The
// model (model.go) weighs them; the weights are fitted on the development
// sets by `bot fit`, not set by hand.
//
// Features are in [0, 1] unless said otherwise, so that their weights can
// be compared.
const (
	fBias = iota

	// The sentence: how well it answers the question as a whole.
	fSentence    // its ranking score (question words, rarity, search score, echoes)
	fSentenceRel // that score over the best sentence's
	fTop         // it is the best-ranked sentence
	fRank        // 1/(1+rank)
	fOwn         // the weighted share of the question in the sentence itself
	fRetrieval   // the search engine's score over the best one's
	fEcho        // it inherits the score of a neighbour that restates the question
	fDenied      // it says the asked-about event did not happen
	fNoContent   // it holds the question's names but none of its other words
	fOwnless     // it holds none of the question's words itself
	fLacksPerson // it lacks one of several people the question names

	// The question against everything retrieved: what the articles lack.
	fMissingNames   // names of the question no retrieved sentence holds (count, at most 3)
	fMissingContent // no retrieved sentence holds any of the question's other words
	fOtherNations   // the asked-about noun is given other nationalities only
	fSentMissName   // names of the question neither the sentence nor its neighbours hold (count, at most 3)
	fSentMissNumber // numbers of the question neither the sentence nor its neighbours hold (count, at most 2)
	fUncovered      // the weighted share of the question the sentence and its neighbours lack
	fMaxMissing     // the heaviest question word they lack, over the heaviest word
	fRareUncovered  // the share of the question's rarity (idf) the sentence and its neighbours lack
	fRareMissing    // the rarity of the rarest question word they lack
	fRareOwnMissing // the same for the sentence alone
	fNegMismatch    // the question holds a negation and the sentence none, or the other way round
	fNegAsked       // the question denies what the sentence does not: the first case alone
	fOpposes        // the sentence holds the opposite of a question word it lacks
	fElsewhere      // the rarest question word the sentence lacks that another sentence of its article holds
	fRoleSwap       // the sentence makes an agent of the question's patient, or the other way round
	fRoleOblique    // it puts a question word in a core role for a preposition's, or the other way round
	fPrepSwap       // it puts a question word after a preposition contrary to the question's ("to Italy" for "from Italy")
	fSubjectSwap    // another name is the subject of the question's verb where the question's subject is a name
	fModSwap        // it qualifies a question word otherwise than the question ("a European ship" for "an American ship")
	fModMissing     // it holds a question word without the question's qualifier
	fDegreeMissing  // the same for a qualifier that grades or ranks: "the least important" for "important"
	fOfSwap         // it says "N of Y" where the question says "N of X" ("the fall of Warsaw" for "the fall of Katyn")
	fNameConflict   // it names someone else by part of a name the question asks about
	fVerbMissing    // neither it nor its neighbours hold the question's main verb (or a related word)

	// The candidate itself.
	fRuleScore        // the hand-weighted score of the rules (see ruleScore)
	fFit              // how well it fits the expected answer, by its rule
	fNear             // how close it is to the question's words in its sentence
	fUntyped          // a typed question (name, date, number) and a span that is none
	fOtherNationality // next to another nationality than the one asked about
	fResolved         // a pronoun or noun phrase resolved to the name it stands for
	fAgree            // how many further rules found the same span (at most 3)
	fLen1             // one word long, and no whole name answering a wh-noun (see wholeName)
	fLenLog           // log(1+length in words)/3
	fLong             // more than 8 words
	fCutStart         // it starts inside a noun phrase, past its first modifier: "Catholic archdiocese" of "a Roman Catholic archdiocese"

	// Where the candidate sits among the question's words in its sentence.
	fLeftQ          // the weighted share of the question in the 3 words before it
	fRightQ         // the same in the 3 words after it
	fClauseQ        // the same in its clause (between commas, semicolons, brackets)
	fAdjacent       // 1/(1+distance) to the nearest question word
	fInQ            // the share of its own words that are the question's
	fAfterPrep      // it follows a preposition
	fBracketed      // it is inside brackets
	fLeftAlign      // the question's words just before the wh-phrase are just before it
	fRightAlign     // the question's words just after the wh-phrase are just after it
	fNextAlign      // the first question word after the wh-phrase follows it within two words
	fFocusNear      // the noun the wh-phrase asks about ("which treaty") is its head or next to it
	fFocusMod       // it qualifies the noun the wh-phrase asks about: "rococo" in "rococo architecture" for "What architecture...?"
	fFocusKind      // the same for a question asking for a kind of it: "What type of architecture...?"
	fMisplaced      // question words that should be on one side of it are only on the other
	fDescribesAsked // it is a title or description of a name the question asks about: "Secretary of State" in "Secretary of State Marco Rubio"
	fDescribesOther // it is one of another name
	fHoldsTitle     // it is a name described as what the question asks for: "Karen Thomson, Chief Executive of AOL UK", "Metrovias, the private firm"
	fHoldsOther     // it is a name given the asked title, qualified by another name: "Ireland coach X" for "Who coaches Italy?"
	fRoleMatch      // it has the role around the question's verb that the wh-phrase has
	fRoleClash      // it has another core role (the agent for the patient, or the other way round)

	// Its shape: first of numShapes indicators.
	fShape

	// Then, in blocks: which rule family found it, an indicator, then the
	// fit within it (numFamilies each); the answer type asked for, a bias
	// per type against answering nothing (numWants).
	fWantLen    = fShape + numShapes // log(1+length)/3 for each answer type asked for: a reason is long, a date short
	fFamily     = fWantLen + numWants
	fFamilyFit  = fFamily + numFamilies
	fWant       = fFamilyFit + numFamilies
	numFeatures = fWant + numWants
)

// Families group the rules that find candidates, for the model and for
// ablation (`bot eval --ablate`).
const (
	famName       = iota // names and groups of people, their lists, pronouns resolved
	famPlace             // places and place phrases
	famTime              // dates, times, event clauses
	famNumber            // counts, quantities, durations, ages
	famReason            // reasons, purposes, causes
	famSlot              // the subject, object or agent of the question's verb
	famDefinition        // appositives, titles, copulas, brackets
	famQuote             // quotations and reported speech
	famGap               // the stretches between the question's words
	famChunk             // noun phrases, names and numbers of any kind
	numFamilies
)

var familyNames = [numFamilies]string{"name", "place", "time", "number", "reason", "slot", "definition", "quote", "gap", "chunk"}

// ruleFamily maps each rule to its family.
var ruleFamily = map[string]int{
	"name": famName, "list": famName, "people": famName, "pronoun": famName, "whose": famName,
	"place": famPlace, "employer": famPlace, "place-pair": famPlace, "place-list": famPlace, "place-phrase": famPlace, "site": famPlace, "native": famPlace, "place-based": famPlace,
	"date": famTime, "date-range": famTime, "event-time": famTime, "as-soon-as": famTime, "since": famTime,
	"count": famNumber, "quantity": famNumber, "rank": famNumber, "frequency": famNumber,
	"reason": famReason, "purpose": famReason, "feeling": famReason, "means": famReason, "done-for": famReason, "cause": famReason,
	"agent": famSlot, "subject": famSlot, "object": famSlot, "done": famSlot, "copula-complement": famSlot, "sibling": famSlot,
	"as": famSlot, "prep-object": famSlot, "contest": famSlot, "kind-of": famSlot, "kind-phrase": famSlot,
	"title": famDefinition, "kind-before": famDefinition, "appositive": famDefinition, "appositive-before": famDefinition,
	"copula": famDefinition, "bracket": famDefinition, "named": famDefinition, "kind": famDefinition, "class": famDefinition, "injury": famDefinition,
	"restated": famDefinition, "expansion": famDefinition,
	"quote": famQuote, "reported": famQuote,
	"gap": famGap, "chunk": famChunk,
}

// family returns the family of a candidate's first rule that looks for
// something in particular: a span the gap or chunk rules also found
// ("gap+restated") is judged as the specific rule's.
func family(rule string) int {
	first := famGap
	for n := 0; rule != ""; n++ {
		var r string
		r, rule, _ = strings.Cut(rule, "+")
		f, ok := ruleFamily[r]
		if !ok {
			continue
		}
		if f != famGap && f != famChunk {
			return f
		}
		if n == 0 {
			first = f
		}
	}
	return first
}

// Shapes of a span.
const (
	shapeName   = iota // holds a name
	shapeNumber        // holds a number
	shapeDate          // holds a date
	shapeClause        // holds a verb
	shapePhrase        // none of those: a common noun phrase or other words
	numShapes
)

var shapeNames = [numShapes]string{"name", "number", "date", "clause", "phrase"}

// Answer-type groups, one bias each.
const (
	wantPerson = iota // person, organisation
	wantPlace
	wantDate
	wantNumber // count, quantity, money, duration, age
	wantTitle
	wantReason
	wantManner
	wantQuote
	wantOther       // what/which with no type: the answer is the verb's subject...
	wantOtherObject // ... its object ("What did X build?")
	wantOtherCopula // ... what the subject is ("What is the capital?")
	wantOtherFocus  // ... a thing of the noun asked about ("What treaty...?")
	numWants
)

var wantNames = [numWants]string{"person", "place", "date", "number", "title", "reason", "manner", "quote",
	"other", "other-object", "other-copula", "other-focus"}

func wantGroup(q *question) int {
	switch q.want {
	case typePerson, typeOrg:
		return wantPerson
	case typePlace:
		return wantPlace
	case typeDate:
		return wantDate
	case typeCount, typeQuantity, typeMoney, typeDuration, typeAge:
		return wantNumber
	case typeTitle:
		return wantTitle
	case typeReason:
		return wantReason
	case typeManner:
		return wantManner
	case typeQuote:
		return wantQuote
	}
	switch {
	case q.whEnd > q.whPos+1 && q.focus != "":
		return wantOtherFocus
	case q.form == formObject:
		return wantOtherObject
	case q.form == formCopula:
		return wantOtherCopula
	}
	return wantOther
}

// wholeName reports whether a candidate is a name of one word, whole
// and its own, answering a question whose wh-phrase has a noun: "Airbus"
// for "Which company...?", "Venezuela" for "What country...?"; no part of
// a longer name, nor a surname standing for one.
func wholeName(q *question, c candidate) bool {
	h := c.holder()
	if h.toks[c.i].tag != tagProper || q.whEnd <= q.whPos+1 || q.focus == "" || len(h.toks[c.i].text) < 2 {
		return false
	}
	// A name before a noun qualifies it: "Muslim" of "Muslim states",
	// "T" of "T cells".
	if c.j < len(h.toks) && (h.toks[c.j].tag == tagWord || h.toks[c.j].tag == tagTitle) {
		return false
	}
	// "I've" is no name.
	if w, _, _ := strings.Cut(h.toks[c.i].low, "'"); pronouns[w] {
		return false
	}
	for _, e := range h.ents {
		if e.i == c.i && e.j == c.j && e.ti == e.i && e.full == "" {
			// Of the kind asked, or of none known: "Taipei" is no
			// company, "Airbus" may be any.
			switch q.want {
			case typePerson, typeOrg:
				return e.kind != kindPlace
			case typePlace:
				return e.kind != kindPerson && e.kind != kindOrg
			}
			return true
		}
	}
	return false
}

// featureNames names every feature, in order; the weights table is keyed
// by them.
var featureNames = func() [numFeatures]string {
	var n [numFeatures]string
	fixed := []string{
		"bias",
		"sentence", "sentence-rel", "top", "rank", "own", "retrieval", "echo", "denied", "no-content", "ownless", "lacks-person",
		"missing-names", "missing-content", "other-nations", "sent-miss-name", "sent-miss-number", "uncovered", "max-missing",
		"rare-uncovered", "rare-missing", "rare-own-missing",
		"neg-mismatch", "neg-asked", "opposes", "elsewhere", "role-swap", "role-oblique", "prep-swap", "subject-swap", "mod-swap", "mod-missing", "degree-missing", "of-swap", "name-conflict", "verb-missing",
		"rule-score", "fit", "near", "untyped", "other-nationality", "resolved", "agree", "len1", "len-log", "long", "cut-start",
		"left-q", "right-q", "clause-q", "adjacent", "in-q", "after-prep", "bracketed",
		"left-align", "right-align", "next-align", "focus-near", "focus-mod", "focus-kind", "misplaced",
		"describes-asked", "describes-other", "holds-title", "holds-other", "role-match", "role-clash",
	}
	copy(n[:], fixed)
	for f := range numFamilies {
		n[fFamily+f] = "family:" + familyNames[f]
		n[fFamilyFit+f] = "family-fit:" + familyNames[f]
	}
	for w := range numWants {
		n[fWant+w] = "want:" + wantNames[w]
	}
	for sh := range numShapes {
		n[fShape+sh] = "shape:" + shapeNames[sh]
	}
	for w := range numWants {
		n[fWantLen+w] = "want-len:" + wantNames[w]
	}
	return n
}()

// FeatureNames returns the names of the features the model weighs, in the
// order of Candidate.Features.
func FeatureNames() []string { return featureNames[:] }

// questionEvidence is what the retrieved sentences as a whole say of the
// question, the same for every candidate.
type questionEvidence struct {
	// idf is, per question term, its rarity in the whole index,
	// log(1+N/(df+1)) over log(1+N): 1 for a word no sentence holds.
	// Without counts from the index, the rarity among the hits.
	idf            []float64
	missingNames   int
	missingContent bool
	otherNations   bool
	maxRetrieval   float64
	people         map[string]bool
	// inArticle counts, per article and question term, the retrieved
	// sentences of the article that hold the term.
	inArticle map[string][]int
	// titleQuals are the qualifiers of the question's title
	// (titleQualifiers), which describedAsAsked asks of every candidate.
	titleQuals []string
	// before, after and both are the question's slotSides, which every
	// candidate's alignFeatures asks for.
	before, after []int
	both          bool
	// front are the question's words after its wh-phrase, in order, when
	// it asks for an adjunct (slotSides): they follow a fronted answer.
	front []int
	// missing is the factor ruleScore gives for what no retrieved
	// sentence holds.
	missing float64
	// qroles are the roles of the question's terms around its verb, and
	// whRole the wh-phrase's (see roles.go).
	qroles []role
	whRole role
	// titles caches titleTerms by article title.
	titles map[string][]bool
}

func gatherEvidence(q *question, ranked []ranked, res briefbot.Result) questionEvidence {
	ev := questionEvidence{people: personRuns(q, ranked), idf: make([]float64, len(q.terms))}
	n, df := float64(res.Sentences), func(k int) float64 { return float64(res.DocFreq[q.terms[k].low]) }
	if res.Sentences == 0 {
		n = float64(len(ranked))
		df = func(k int) float64 {
			c := 0.0
			for _, r := range ranked {
				if strongest(r.matches[k]) >= 0.7 {
					c++
				}
			}
			return c
		}
	}
	for k := range q.terms {
		ev.idf[k] = math.Log1p(n/(df(k)+1)) / math.Log1p(n)
	}
	content, contentFound := 0, 0
	for k, t := range q.terms {
		if t.name && ranked[0].found[k] == 0 {
			ev.missingNames++
		}
		if !t.name && t.weight >= 1 {
			content++
			if ranked[0].found[k] >= 0.6 {
				contentFound++
			}
		}
	}
	ev.missingContent = content > 0 && contentFound == 0
	ev.otherNations = otherNationalitiesOnly(q, ranked)
	ev.missing = 1
	for k, t := range q.terms {
		if t.name && ranked[0].found[k] == 0 {
			// People named by their nationality ("the Norwegians") are as
			// often named otherwise ("the trio"); a nationality that
			// qualifies ("the Chinese delegation") is not.
			if demonyms[strings.TrimSuffix(t.low, "s")] != "" && strings.HasSuffix(t.low, "s") {
				ev.missing *= missingPeople
			} else {
				ev.missing *= missingName
			}
		}
	}
	if ev.missingContent {
		ev.missing *= missingContent
	}
	if ev.otherNations {
		ev.missing *= missingName
	}
	ev.inArticle = make(map[string][]int)
	for _, r := range ranked {
		ev.maxRetrieval = max(ev.maxRetrieval, r.s.retrieval)
		in := ev.inArticle[r.s.src.ArticleID]
		if in == nil {
			in = make([]int, len(q.terms))
			ev.inArticle[r.s.src.ArticleID] = in
		}
		for k := range q.terms {
			if strongest(r.matches[k]) >= 0.7 {
				in[k]++
			}
		}
	}
	ev.titleQuals = titleQualifiers(q.toks)
	ev.before, ev.after, ev.front, ev.both = q.slotSides()
	ev.qroles, ev.whRole = q.questionRoles()
	return ev
}

// sentenceFeatures fills the features of a ranked sentence, shared by its
// candidates.
func sentenceFeatures(f *[numFeatures]float64, q *question, ev *questionEvidence, ranked []ranked, rank int, weights []float64) {
	r := &ranked[rank]
	f[fBias] = 1
	f[fSentence] = r.score
	if ranked[0].score > 0 {
		f[fSentenceRel] = r.score / ranked[0].score
	}
	f[fTop] = b2f(rank == 0)
	f[fRank] = 1 / float64(1+rank)
	f[fOwn] = r.own
	if ev.maxRetrieval > 0 {
		f[fRetrieval] = r.s.retrieval / ev.maxRetrieval
	}
	f[fEcho] = b2f(r.echo != nil)
	f[fDenied] = b2f(r.denied)
	f[fNoContent] = b2f(r.contentAsked > 0 && r.contentFound == 0)
	f[fOwnless] = b2f(r.own == 0 && r.echo == nil)
	f[fLacksPerson] = b2f(lacksPerson(q, *r, ev.people))
	f[fMissingNames] = math.Min(float64(ev.missingNames), 3)
	f[fMissingContent] = b2f(ev.missingContent)
	f[fOtherNations] = b2f(ev.otherNations)
	// What the sentence covers: its own words, its neighbours' (as
	// rankSentences counts them), and the article's subject as its title
	// names it ("Warsaw" in a sentence of the article on Warsaw) or as its
	// other sentences keep naming it (subjectMentions).
	title := ev.titleTerms(q, r.s.src.ArticleTitle)
	found := ev.inArticle[r.s.src.ArticleID]
	cover := make([]float64, len(q.terms))
	for k, t := range q.terms {
		cover[k] = r.near[k]
		if title[k] || t.name && namedElsewhere(found, k, r) >= subjectMentions {
			cover[k] = max(cover[k], titleCover)
		}
	}
	// A score says "score" by its shape: "England were beaten 19-13"
	// holds the final score of England's defeat without the words.
	said := scoreSaid(q, r.s)
	if said {
		for k := range q.terms {
			if q.scoreTerm(k) {
				cover[k] = 1
			}
		}
	}
	missName, missNumber := 0, 0
	uncovered, total, heaviest, missing := 0.0, 0.0, 0.0, 0.0
	for k, t := range q.terms {
		w := weights[k]
		total += w
		heaviest = max(heaviest, t.weight)
		if cover[k] >= 0.6 {
			continue
		}
		uncovered += w * (1 - cover[k])
		if !t.frame {
			missing = max(missing, t.weight)
		}
		if t.name && cover[k] == 0 {
			missName++
		}
		// "first" before a noun or a verb is as often the earliest, said
		// otherwise ("in April 1995 persuaded investors" for "Yahoo's
		// first funding"), as it is a rank; "ranked first" is one.
		// Nor is the count of a wh-phrase ("Which two figures...?",
		// answerCount) a number the sentence must say.
		if q.toks[t.pos].tag == tagNumber && !earliest(q.toks, t.pos) && !q.answerCount(t.pos) && cover[k] == 0 {
			missNumber++
		}
	}
	rare, rareTotal := 0.0, 0.0
	for k, t := range q.terms {
		// "What does RSPB stand for?" is answered by a sentence that
		// spells the name out instead of saying "stand for": however
		// rare, the asking words are not missed.
		if t.frame && q.expands != "" {
			continue
		}
		idf := ev.idf[k]
		rareTotal += idf
		rare += idf * (1 - math.Min(cover[k], 1))
		if t.frame {
			continue
		}
		if cover[k] == 0 {
			f[fRareMissing] = max(f[fRareMissing], idf)
		}
		if strongest(r.matches[k]) == 0 && !title[k] && !(said && q.scoreTerm(k)) {
			f[fRareOwnMissing] = max(f[fRareOwnMissing], idf)
		}
	}
	if rareTotal > 0 {
		f[fRareUncovered] = rare / rareTotal
	}
	f[fNegMismatch] = b2f(negationMismatch(q, r))
	f[fNegAsked] = b2f(f[fNegMismatch] == 1 && deniedOnlyAsked(q, r)) // questionDenies
	f[fOpposes] = b2f(opposes(q, r))
	f[fElsewhere] = elsewhere(q, ev, r)
	swapped, oblique, contrary := roleSwaps(q, r, ev.qroles)
	f[fRoleSwap], f[fRoleOblique], f[fPrepSwap] = b2f(swapped), b2f(oblique), b2f(contrary)
	f[fSubjectSwap] = b2f(subjectSwap(q, r, ev.qroles))
	swapped, missed, degree := modifierSwap(q, r)
	f[fModSwap], f[fModMissing], f[fDegreeMissing] = b2f(swapped), b2f(missed), b2f(degree)
	f[fOfSwap] = b2f(complementSwap(q, r))
	f[fNameConflict] = b2f(nameConflict(q.names, r))
	f[fVerbMissing] = b2f(verbUnsaid(q, r))
	f[fSentMissName] = math.Min(float64(missName), 3)
	f[fSentMissNumber] = math.Min(float64(missNumber), 2)
	if total > 0 {
		f[fUncovered] = uncovered / total
	}
	if heaviest > 0 {
		f[fMaxMissing] = missing / heaviest
	}
	f[fWant+wantGroup(q)] = 1
}

// ruleScore is the score the rules give a candidate with weights set by
// hand, as the answerer scored before its weights were fitted: how much of
// the question its sentence holds, how near the question's words the
// candidate is, and how well it fits the answer asked for, lowered for
// what the articles lack (a name of the question no sentence holds), for
// a sentence that denies the asked-about event, holds none of the
// question's words but its names, or lacks one of several people asked
// about, and for an untyped span to a typed question. Its factors encode
// judgments the other features state one by one; as one feature it lets
// the model lean on their combination where it holds.
func ruleScore(q *question, ev *questionEvidence, ranked []ranked, rank int, c candidate, near float64) float64 {
	r := &ranked[rank]
	mix := defaultMix
	if !q.typed() {
		mix = untypedMix
	}
	noContent := 1.0
	if r.contentAsked > 0 && r.contentFound == 0 {
		noContent = noContentFactor
		if ranked[0].denied {
			noContent *= deniedTop
		}
	}
	fit := c.fit
	kind := 1.0
	if (q.typed() || q.want == typeQuote) && fit < 0.3 {
		kind = typedFloor
	}
	if otherNationality(q, c) {
		fit /= 2
		near /= 2
	}
	score := (mix.sentence*r.score + mix.near*near + mix.fit*fit) * ev.missing * noContent * kind
	if r.denied {
		score *= deniedFactor
	}
	if lacksPerson(q, *r, ev.people) {
		score *= lacksPersonFactor
	}
	if r.own == 0 && r.echo == nil && c.from == nil {
		score *= ownlessFactor
	}
	return math.Min(1, score)
}

// mix weighs the three parts of ruleScore: how much of the question the
// sentence holds, how close the candidate is to the question's words, and
// how well it fits the expected answer.
type mix struct {
	sentence, near, fit float64
}

var defaultMix = mix{sentence: 0.45, near: 0.2, fit: 0.35}

// untypedMix weighs the candidates of why, how and what questions, whose
// spans fit their type less surely than names and dates do: the sentence
// counts for more.
var untypedMix = mix{sentence: 0.55, near: 0.2, fit: 0.25}

// titleCover is how much a question word in the title of a sentence's
// article counts as held by the sentence: the subject of an article is
// often left out of its sentences.
const titleCover = 0.8

// subjectMentions is how many other retrieved sentences of an article must
// hold a name of the question for the article to be about it: a sentence
// of it that leaves the name out still speaks of it ("Principal Betty
// Jean Aucoin says..." in the article on South Queens Junior High). One
// mention elsewhere is not enough: a question that swaps one name of the
// article for another ("Why did Vilnius become the capital?") must not be
// helped by it.
const subjectMentions = 3

// namedElsewhere counts the retrieved sentences of r's article, found
// (questionEvidence.inArticle), that hold question term k, r's own left
// out.
func namedElsewhere(found []int, k int, r *ranked) int {
	if found == nil {
		return 0
	}
	n := found[k]
	if strongest(r.matches[k]) >= 0.7 {
		n-- // r itself was counted
	}
	return n
}

// titleTerms says, per question term, whether a word of an article's
// title (not a stop word) has its stem. The best sentences are often of
// one article: a title is tokenised once a question, not once a sentence.
func (ev *questionEvidence) titleTerms(q *question, title string) []bool {
	if in, ok := ev.titles[title]; ok {
		return in
	}
	in := make([]bool, len(q.terms))
	for _, t := range tokenize(title) {
		if t.stem == "" || stopWords[t.low] {
			continue
		}
		for k := range q.terms {
			// The title names what the article is about; the event asked
			// about is for the sentence to say ("Berg Resigns Over Budget"
			// does not say in every sentence that she resigned).
			in[k] = in[k] || q.terms[k].stem == t.stem && !q.terms[k].verb
		}
	}
	if ev.titles == nil {
		ev.titles = make(map[string][]bool)
	}
	ev.titles[title] = in
	return in
}

// cutStart reports whether a span starting at i starts inside a noun
// phrase, past its first modifier: "Catholic archdiocese" of "a Roman
// Catholic archdiocese", "Office" of "the Information Commissioner's
// Office". Past the phrase's article is no cut, nor is a name past the
// words that describe it ("aide Vladimir Medinsky") or its owner
// ("Russia's Putin").
func cutStart(toks []token, i int) bool {
	// A number opens its phrase ("includes three other officials", where
	// "includes" reads as a noun).
	if i == 0 || toks[i-1].tag == tagDet || !isNominal(toks[i-1].tag) || !isNominal(toks[i].tag) || toks[i].tag == tagNumber {
		return false
	}
	if toks[i].tag != tagProper {
		return true
	}
	// "Office" of "the Information Commissioner's Office": the head of a
	// name whose owner is named before it.
	if toks[i-1].tag == tagPossess && i > 1 && isCapitalized(toks[i-2].text) && orgWords[toks[i].low] {
		return true
	}
	// "Secretary-General Omar Haddad": a title written as a name.
	for part := range strings.SplitSeq(toks[i-1].low, "-") {
		if titles[part] {
			return false
		}
	}
	return toks[i-1].tag == tagProper
}

// candidateFeatures fills the features of one candidate of a sentence;
// at is the sentence's matchedWeights.
func candidateFeatures(f *[numFeatures]float64, q *question, ev *questionEvidence, ranked []ranked, rank int, c candidate, near float64, weights, at []float64) {
	r := &ranked[rank]
	f[fRuleScore] = ruleScore(q, ev, ranked, rank, c, near)
	f[fFit] = c.fit
	f[fNear] = near
	f[fUntyped] = b2f((q.typed() || q.want == typeQuote) && c.fit < 0.3)
	f[fOtherNationality] = b2f(otherNationality(q, c))
	f[fResolved] = b2f(c.from != nil)
	f[fAgree] = math.Min(float64(strings.Count(c.rule, "+")), 3)
	n := c.j - c.i
	f[fLen1] = b2f(n == 1 && !wholeName(q, c))
	f[fLenLog] = math.Log1p(float64(n)) / 3
	f[fLong] = b2f(n > 8)
	f[fWantLen+wantGroup(q)] = f[fLenLog]
	fam := family(c.rule)
	f[fFamily+fam] = 1
	f[fFamilyFit+fam] = c.fit
	h := c.holder()
	f[fCutStart] = b2f(cutStart(h.toks, c.i))
	sh := shapeOf(h, c.i, c.j)
	f[fShape+sh] = 1
	if c.from == nil {
		placeFeatures(f, r, c.i, c.j, c.cut > 0, at)
		alignFeatures(f, q, ev, r, c.i, c.j, weights)
		inQ := questionMask(r.s.toks, r.matches)
		f[fDescribesAsked], f[fDescribesOther] = describes(q, r, inQ, c.i, c.j)
		f[fHoldsTitle], f[fHoldsOther] = describedAsAsked(q, r, inQ, ev.titleQuals, c.i, c.j)
		if f[fHoldsTitle] > 0 {
			// The question's words after a name that are its title
			// ("Chris Curry, PPI research director, said") are the
			// description holds-title counts, no sign that the answer
			// sits on the wrong side of them.
			f[fRightQ], f[fMisplaced] = 0, 0
		}
		if measuresAsked(q, r.s.toks, c.i, c.j, at) {
			// "the five-month inquiry" for "How long did the inquiry
			// last?": the question's noun right after a measure is
			// what it measures, no sign that the answer sits on the
			// wrong side of the question's words.
			f[fRightQ], f[fMisplaced] = 0, 0
		}
		if affiliatedSpan(q, r.s, c.i, c.j) {
			// "Rangers manager Alex McLeish" for "Which club does Alex
			// McLeish manage?": the question's words after the club are
			// the person it is asked of, and the club's one word is its
			// whole name, however the title after it reads.
			f[fRightQ], f[fMisplaced], f[fLen1] = 0, 0, 0
		}
		if ev.whRole != "" {
			got := answerRole(q, r, c.i, c.j)
			f[fRoleMatch] = b2f(got == ev.whRole)
			core := func(x role) bool { return x == roleAgent || x == rolePatient }
			f[fRoleClash] = b2f(core(got) && core(ev.whRole) && got != ev.whRole)
		}
	}
}

// measuresAsked reports whether the span [i, j) of toks, in a question
// asking how long, how big or how much, is a measure right before a noun
// of the question it measures, past a conversion in brackets: "the
// five-month inquiry", "a $3.25bn (£1.7bn) takeover offer". at holds the
// sentence's matchedWeights. Not for how many: "500 jobs" counts what
// the question's noun names, and is weighed so already.
func measuresAsked(q *question, toks []token, i, j int, at []float64) bool {
	switch q.want {
	case typeQuantity, typeMoney, typeDuration:
	default:
		return false
	}
	if i >= j || at == nil || !slices.ContainsFunc(toks[i:j], measureWord) {
		return false
	}
	j = pastGloss(toks, j)
	return j < len(toks) && (toks[j].tag == tagWord || toks[j].tag == tagTime) && at[j] > 0
}

// pastGloss returns where what follows a span ending at j is read: past
// a bracket of a few words right after it, a conversion or a gloss
// ("260 kilometres (160 mi) from the Baltic"), or j when none is there.
func pastGloss(toks []token, j int) int {
	if j < len(toks) && toks[j].text == "(" {
		for p := j + 1; p < len(toks) && p <= j+8; p++ {
			if toks[p].text == ")" {
				return p + 1
			}
		}
	}
	return j
}

// measureWord reports whether a word says a measure: a number, an amount
// of money, or a number joined to its unit ("five-month", "12-year").
func measureWord(t token) bool {
	if t.tag == tagNumber || t.tag == tagMoney || hasDigit(t.text) {
		return true
	}
	if k := strings.IndexByte(t.low, '-'); k > 0 {
		_, kind := numberValue(t.low[:k])
		return kind != notNumber
	}
	return false
}

// describes reports whether a span is said of a name next to it, a title
// before the name ("Secretary of State Marco Rubio") or an appositive
// after it ("Mara Olsen, chief steward of..."), and whether that name is
// one the question asks about (asked) or another (other).
// inQ marks the sentence's words that are the question's (questionMask).
func describes(q *question, r *ranked, inQ []bool, i, j int) (asked, other float64) {
	toks := r.s.toks
	for _, e := range r.s.ents {
		if e.kind != kindPerson && e.kind != kindOrg && e.kind != kindOther || isRef(toks, e) {
			continue // "Alberta" of "the Alberta native" is no title of the one it stands for
		}
		next := e.ti == j || e.i == j || j < len(toks) && toks[j].text == "," && e.ti == j+1
		prev := e.j == i || i > 0 && toks[i-1].text == "," && e.j == i-1
		if !next && !prev || e.i >= i && e.j <= j {
			continue
		}
		if inQ[e.i] || inQ[e.j-1] {
			asked = 1
		} else {
			other = 1
		}
	}
	return asked, other
}

// describedAsAsked says how surely a span is a name described as what the
// question asks for, before it or in an appositive after it: the holder
// of an asked title ("Chancellor Gordon Brown", "Karen Thomson, Chief
// Executive of AOL UK" for "Who is the chief executive of AOL UK?"), or a
// thing of the asked kind ("UK think-tank Demos", "Metrovias, the private
// firm which runs the tube" for "Which firm runs the tube lines?"). It is
// the share of the question's words the description holds, 0 when it does
// not hold the title or kind asked: "Liberal leader Dalton McGuinty" holds
// more of "Who is the leader of the Liberals?" than "NDP leader Howard
// Hampton". other says the description holds the title or kind but
// qualifies it by another name than the question's: "Ireland coach Eddie
// O'Sullivan" for "Who coaches Italy?".
//
// quals are the question's titleQualifiers: a description without them
// holds another title ("Foreign Minister" for "prime minister").
func describedAsAsked(q *question, r *ranked, inQ []bool, quals []string, i, j int) (share, other float64) {
	toks := r.s.toks
	var asked func(k int) bool
	kindOnly := false
	switch {
	case q.want == typePerson || q.want == typeOrg:
		// A title the question names, as a title or a verb ("Who
		// coaches Italy?" for "coach"), or the title of the verb asked
		// ("chairman" for "Who chairs...?", see agentTitles).
		// With a noun in the wh-phrase, that noun or one of its kind
		// ("Which company...?" for "Metrovias, the private firm").
		kind := q.focus != "" && q.whEnd > q.whPos+1
		kindOnly = kind && q.role == "" && !slices.ContainsFunc(q.toks, isTitle)
		asked = func(k int) bool {
			return inQ[k] && isTitle(toks[k]) || q.role != "" && agentTitles[toks[k].stem] == q.role ||
				kind && toks[k].tag == tagWord && (toks[k].stem == q.focus || related(toks[k].stem, q.focus))
		}
	case q.focus != "" && q.whEnd > q.whPos+1:
		asked = func(k int) bool { return toks[k].stem == q.focus }
		quals = nil // a kind has no title's qualifiers
	default:
		return 0, 0
	}
	// A sentence's first word is a name when an appositive describes
	// it, capitalised as every first word is: "Metrovias, the firm...".
	first := i == 0 && j == 1 && j < len(toks) && toks[j].text == "," && isCapitalized(toks[0].text)
	if toks[j-1].tag != tagProper && !first || len(q.terms) == 0 {
		return 0, 0
	}
	names := 0
	for _, t := range q.terms {
		if t.name {
			names++
		}
	}
	if kindOnly {
		// Names qualify a title ("the leader of the Liberals"), not a
		// kind: "Which company runs the Buenos Aires underground?"
		names = 0
	}
	// judge scores the description [a, b): the share of the question's
	// words it holds, if it holds the title or kind asked and the names
	// the question qualifies it by ("of the Liberals"); or other, if it
	// holds the title or kind and another name instead.
	judge := func(a, b int) (float64, float64) {
		n, holds, named, others := 0, false, 0, 0
		for k := a; k < b; k++ {
			if inQ[k] || kindOnly && asked(k) { // "firm" stands for "company"
				n++
				if toks[k].tag == tagProper || toks[k].tag == tagGentile {
					named++
				}
			} else if toks[k].tag == tagProper || toks[k].tag == tagGentile {
				others++
			}
			holds = holds || asked(k)
		}
		switch {
		case !holds:
			return 0, 0
		case otherHolder(toks[a:b], inQ[a:b], q.tense < 0):
			// "deputy governor X" is not the governor asked about, nor,
			// asked who is, "former manager X".
			return 0, 1
		case innerTitleAfterAsked(toks[a:b], inQ[a:b]):
			// "Chief Operating Officer" holds "chief" but is no chief
			// executive.
			return 0, 1
		case !qualified(toks[a:b], quals):
			// "Japanese Foreign Minister X" holds "minister" but is no
			// prime minister.
			for k := a; k < b; k++ {
				if !inQ[k] && titles[toks[k].low] && !titleHeads[toks[k].low] {
					return 0, 1
				}
			}
			return 0, 0
		case named < min(names, 1):
			if others > 0 {
				return 0, 1
			}
			return 0, 0
		}
		return min(1, float64(n)/float64(len(q.terms))), 0
	}
	a := i
	for a > 0 && a > i-4 && (toks[a-1].tag == tagTitle || toks[a-1].tag == tagProper || toks[a-1].tag == tagWord || toks[a-1].tag == tagGentile ||
		toks[a-1].low == "of" && a > 1 && titleHeads[toks[a-2].low]) { // "Secretary of State Condoleezza Rice"
		a--
	}
	share, other = judge(a, i)
	// A description set before the name between commas: "told the
	// president of the rowing club, Ann Dale, that...".
	if i > 2 && toks[i-1].text == "," && (j == len(toks) || toks[j].text == "," || isBoundary(toks[j])) {
		b := i - 1
		a := b
		for a > 0 && a > b-8 && (isNominal(toks[a-1].tag) || toks[a-1].tag == tagTitle || toks[a-1].low == "of") {
			a--
		}
		if a < b && (a == 0 || toks[a-1].text != ",") { // not a list's item: "Blair, Brown, ..."
			s2, o2 := judge(a, b)
			share, other = max(share, s2), max(other, o2)
		}
	}
	if j+1 < len(toks) && toks[j].text == "," {
		b := j + 1
		for b < len(toks) && b <= j+8 && toks[b].text != "," && !isBoundary(toks[b]) && toks[b].tag != tagVerb && toks[b].tag != tagAux && toks[b].tag != tagSub {
			b++
		}
		s2, o2 := judge(j+1, b)
		share, other = max(share, s2), max(other, o2)
	}
	if share > 0 {
		other = 0
	}
	return share, other
}

// titleQualifiers returns the stems of the words that make a question's
// title another title: "prime" of "prime minister", "vice" of "vice
// president", "foreign" of "foreign minister", "state" of "secretary of
// state"; not those that only date its holder ("former", "acting").
func titleQualifiers(toks []token) []string {
	var out []string
	for k := 0; k+1 < len(toks); k++ {
		t := toks[k]
		if titles[t.low] && !titleHeads[t.low] && !datingTitles[t.low] && titleHeads[toks[k+1].low] {
			out = append(out, t.stem)
		}
		// "secretary of state", "minister of health": the office's
		// complement, a common noun; a name ("leader of the Liberals",
		// "president of France", said "French President") qualifies
		// the title as the names of the question do (see
		// describedAsAsked).
		if titleHeads[t.low] && k+2 < len(toks) && toks[k+1].low == "of" {
			c := k + 2
			if toks[c].tag == tagDet && c+1 < len(toks) {
				c++
			}
			if w := toks[c]; w.tag == tagWord && country(w.low) == "" && !places[w.low] {
				out = append(out, w.stem)
			}
		}
	}
	return out
}

// earliest reports whether the word at k is "first" qualifying the noun
// or the verb after it: "the first funding", "first recorded".
func earliest(toks []token, k int) bool {
	if toks[k].low != "first" || k+1 >= len(toks) {
		return false
	}
	switch toks[k+1].tag {
	case tagWord, tagVerb, tagProper, tagGentile:
		return true
	}
	return false
}

// datingTitles qualify a title by when its holder held it.
var datingTitles = set(datingTitleWords)

const datingTitleWords = `former retired late acting interim senior junior`

// secondRanks make a title the one below it: a deputy governor is no
// governor.
var secondRanks = set(`deputy vice assistant associate shadow under-secretary`)

// secondRank reports whether a word gives a rank below a title: one of
// secondRanks, alone ("vice chairman") or joined to its title by a hyphen
// ("vice-chairman", "deputy-governor"), as news writes it.
func secondRank(low string) bool {
	_, _, joined := joinedRank(low)
	return secondRanks[low] || joined
}

// joinedRank splits a word that joins a rank below to its title by a
// hyphen ("vice-chairman" into "vice" and "chairman"), and reports
// whether the word is one.
func joinedRank(low string) (rank, title string, ok bool) {
	rank, title, ok = strings.Cut(low, "-")
	return rank, title, ok && secondRanks[rank]
}

// otherHolder reports whether a description gives the title to another
// holder than the one asked about, by a word the question does not say
// (inQ marks the question's words): a rank below (secondRanks), or, unless
// the question asks about the past, a holder who held it once (former,
// late, ex-).
func otherHolder(toks []token, inQ []bool, past bool) bool {
	for k, t := range toks {
		if !inQ[k] && (secondRank(t.low) || !past && (t.low == "former" || t.low == "late" || strings.HasPrefix(t.low, "ex-"))) {
			return true
		}
	}
	return false
}

// innerTitleAfterAsked reports whether a description makes the
// question's title word another title with a word right after it that
// the question does not say, one read as a title's only there
// (innerTitleWords): "Operating" of "Chief Operating Officer". A word of
// the title lexicon there ("Chief Executive Officer") keeps the title.
func innerTitleAfterAsked(toks []token, inQ []bool) bool {
	for k := 1; k < len(toks); k++ {
		if inQ[k-1] && !inQ[k] && isTitle(toks[k-1]) && toks[k].tag == tagTitle && !titles[toks[k].low] {
			return true
		}
	}
	return false
}

// qualified reports whether a description holds every qualifier of the
// question's title.
func qualified(toks []token, quals []string) bool {
	for _, q := range quals {
		if !slices.ContainsFunc(toks, func(t token) bool { return t.stem == q }) {
			return false
		}
	}
	return true
}

// alignReach is how far from a candidate the question's words around its
// wh-phrase are looked for; alignTerms how many of them, nearest first.
const (
	alignReach = 8
	alignTerms = 4
)

// slotSides sorts the question's words into those that come before the
// answer in a sentence that states it, and those that come after, each
// nearest to the answer first. The words before the wh-phrase come before
// it ("Older people produce less of [what chemical]"). The words after it
// come after the answer when the wh-phrase is the subject ("[Who]
// formulated the theory?"), and before it when the question inverts its
// clause ("What did Burnet formulate?": "Burnet formulated [it]"; "When
// was Zia born?": "Zia was born [then]"). A copula goes either way ("What
// is the highest court?": "[X] is the highest court", "The highest court
// is [X]"): both is set, and the words after the wh-phrase are given as
// both. The "of" phrase of a wh-phrase comes right after the answer in
// any form ("What share of UK firms...?": "[69%] of UK firms..."). An
// adjunct of an inverted clause (when, where, why, how it was
// done) can also open the sentence, the clause after it ("On Monday, the
// talks resumed" for "When did the talks resume?"): front holds the words
// after the wh-phrase in their order for such a question, nil for others.
func (q *question) slotSides() (before, after, front []int, both bool) {
	if q.whPos < 0 {
		return nil, nil, nil, false
	}
	// A phrase set off by a comma before the wh-word ("Under the new
	// rules, what...?") sets the scene (settingTerms): its words are not
	// the ones before the answer.
	setting := q.setsScene(q.whPos)
	for k := len(q.terms) - 1; k >= 0; k-- {
		if q.terms[k].pos < q.whPos && !setting {
			before = append(before, k)
		}
	}
	// "What share of UK firms are on broadband?": the wh-phrase's "of"
	// phrase follows the answer whatever the form ("[69%] of UK firms
	// are now using broadband"), first of the words after it, and a
	// copula with it goes one way only. Not a degree ("how much of a
	// loss") nor a possessor's thing ("whose occupation of Kuwait").
	ofEnd := q.whEnd
	if q.whEnd+1 < len(q.toks) && q.toks[q.whEnd].low == "of" && q.wh != "whose" &&
		q.toks[q.whEnd+1].low != "a" && q.toks[q.whEnd+1].low != "an" {
		for ofEnd++; ofEnd < len(q.toks) && q.toks[ofEnd].tag != tagVerb && q.toks[ofEnd].tag != tagAux; ofEnd++ {
		}
	}
	var rest, of []int
	for k, t := range q.terms {
		switch {
		case t.pos >= q.whEnd && t.pos < ofEnd:
			of = append(of, k)
		case t.pos >= q.whEnd:
			rest = append(rest, k)
		}
	}
	switch {
	case q.strandedPrep():
		// "What was the engine a component of?": the wh-phrase is the
		// preposition's object, after every other word of the clause.
		for k := len(rest) - 1; k >= 0; k-- {
			before = append(before, rest[k])
		}
	case q.form == formSubject:
		after = rest
	case q.form == formCopula:
		after, both = rest, true
	default:
		for k := len(rest) - 1; k >= 0; k-- {
			before = append(before, rest[k])
		}
		switch q.want {
		case typeDate, typePlace, typeReason, typeManner:
			front = rest[:min(len(rest), alignTerms)]
		}
	}
	if len(of) > 0 {
		both = false
		after = append(of, after...)
	}
	return before[:min(len(before), alignTerms)], after[:min(len(after), alignTerms)], front, both
}

// fronted reports whether toks[i:j] is set off by a comma at the head of
// its sentence: it opens the sentence (after a conjunction or quote mark),
// or follows other verbless adverbials set off so ("On Wednesday, [after
// the rumours], Kurds tried...").
func fronted(toks []token, i, j int) bool {
	if j >= len(toks) || toks[j].text != "," {
		return false
	}
	k := 0
	for k < i && (toks[k].tag == tagPunct || toks[k].tag == tagConj) {
		k++
	}
	if k == i {
		return true
	}
	// Each phrase before it is one word ("Thus,") or opens on a
	// preposition, subordinator or time word, and none has a verb: "The
	// talks, on Monday, resumed" has its subject first.
	for k < i {
		end := k
		for end < i && toks[end].text != "," {
			end++
		}
		if end == i {
			return false
		}
		switch toks[k].tag {
		case tagPrep, tagSub, tagTime, tagMonth, tagWeekday:
		default:
			if end > k+1 {
				return false
			}
		}
		for _, t := range toks[k:end] {
			if t.tag == tagVerb || t.tag == tagAux || t.tag == tagPronoun {
				return false
			}
		}
		k = end + 1
	}
	return true
}

// alignFeatures fill the features that compare a span's surroundings with
// the wh-phrase's in the question: the answer takes the wh-phrase's place
// in a sentence that states it, so the question's words are around it as
// they would be around the wh-phrase in that statement.
func alignFeatures(f *[numFeatures]float64, q *question, ev *questionEvidence, r *ranked, i, j int, weights []float64) {
	if q.whPos < 0 {
		return
	}
	toks := r.s.toks
	before, after, both := ev.before, ev.after, ev.both
	// The words after a subject are its verb's, past a parenthetical
	// ("Vera Drake - Leigh's drama - was named best film"): set below
	// when there are words after to look for.
	past := j
	// side returns the weighted share of terms found on one side of the
	// span, each counting less the further it is, and the share found
	// only on the other side.
	side := func(ks []int, left bool) (float64, float64) {
		got, wrong, all := 0.0, 0.0, 0.0
		for _, k := range ks {
			all += weights[k]
			near, far := 0.0, false
			for _, h := range r.matches[k] {
				if h.m < 0.6 || h.pos >= i && h.pos < j {
					continue
				}
				var d int
				switch {
				case left:
					d = i - h.pos
				case h.pos >= past:
					d = h.pos - past + 1
				default:
					d = h.pos - j + 1
				}
				if d <= 0 {
					far = true
					continue
				}
				if d <= alignReach {
					near = max(near, h.m/(1+float64(d-1)/3))
				}
			}
			got += weights[k] * near
			if near == 0 && far {
				wrong += weights[k]
			}
		}
		if all == 0 {
			return 0, 0
		}
		return got / all, wrong / all
	}
	// The agent of a passive ("a team led by X") has the question's words
	// of a subject question before it, not after.
	if i > 0 && toks[i-1].low == "by" && q.form == formSubject {
		before, after = append(slices.Clone(before), after...), nil
	}
	if len(after) > 0 {
		past = parentheticalAfter(toks, j)
	}
	b, bw := side(before, true)
	a, aw := side(after, false)
	if both {
		// Either way round: the better of the two.
		if rb, rbw := side(after, true); rb > a {
			a, aw = rb, rbw
		}
	}
	if len(ev.front) > 0 && fronted(toks, i, j) {
		// "[By limiting access to guns], Clinton hopes to end...": the
		// clause the question inverts follows its fronted adjunct.
		if fb, fbw := side(ev.front, false); fb > b {
			b, bw = fb, fbw
		}
	}
	f[fLeftAlign], f[fRightAlign] = b, a
	f[fMisplaced] = max(bw, aw)
	if len(after) > 0 && !both {
		for _, h := range r.matches[after[0]] {
			if h.m >= 0.6 && h.pos >= j && h.pos < j+3 {
				f[fNextAlign] = 1
			}
		}
	}
	if q.focus != "" {
		// A count's noun ends the phrase its number begins: "three other
		// senior officials" for "How many officials...?".
		if q.want == typeCount {
			for p := j; p < len(toks) && p < j+5 && isNominal(toks[p].tag); p++ {
				if toks[p].stem == q.focus {
					f[fFocusNear] = 1
				}
			}
		}
		if j < len(toks) && j > i && toks[j].stem == q.focus && toks[j-1].stem != q.focus && modifiers(toks[i:j]) {
			f[fFocusMod] = 1
			f[fFocusKind] = b2f(q.kindOf)
		}
		for p := max(i-3, 0); p < min(j+2, len(toks)); p++ {
			// Next to it, its head, or a word of a name it is: "the
			// European Court of Justice" for "What court...?".
			in := p >= j-1 || p >= i && toks[p].tag == tagProper
			if (p < i || in) && (toks[p].stem == q.focus || related(toks[p].stem, q.focus)) {
				f[fFocusNear] = 1
			}
		}
	}
}

// modifiers reports whether a span can be the modifiers of the noun after
// it: nominal words only. "This is crazy because this is hip-hop" ends
// before "music" too, but only "hip-hop" qualifies it.
func modifiers(toks []token) bool {
	for _, t := range toks {
		if !isNominal(t.tag) {
			return false
		}
	}
	return true
}

// shapeOf says what a span holds: a name, a number, a date, a verb.
func shapeOf(s *sentence, i, j int) int {
	toks := s.toks[i:j]
	if len(dateSpans(toks)) > 0 {
		return shapeDate
	}
	number, verb := false, false
	for _, t := range toks {
		switch t.tag {
		case tagProper:
			return shapeName
		case tagNumber, tagMoney:
			number = true
		case tagVerb:
			verb = true
		}
	}
	switch {
	case number:
		return shapeNumber
	case verb:
		return shapeClause
	}
	return shapePhrase
}

// matchedWeights returns, per token of a ranked sentence, the weight of
// the question word matched there (0 for none), in buf when it is long
// enough: placeFeatures asks it of every candidate of the sentence.
func matchedWeights(r *ranked, weights, buf []float64) []float64 {
	at := buf[:0]
	if cap(at) >= len(r.s.toks) {
		at = at[:len(r.s.toks)]
		clear(at)
	} else {
		at = make([]float64, len(r.s.toks))
	}
	for k, hs := range r.matches {
		for _, h := range hs {
			if h.m >= 0.6 {
				at[h.pos] = max(at[h.pos], weights[k]*h.m)
			}
		}
	}
	return at
}

// refAt reports whether a pronoun or description standing for a name
// given elsewhere (isRef) starts at token p.
func refAt(s *sentence, p int) bool {
	for _, e := range s.ents {
		if e.i == p && isRef(s.toks, e) {
			return true
		}
	}
	return false
}

// placeFeatures fills the features that say where a span [i, j) sits
// among the question's words matched in its sentence; at is the
// sentence's matchedWeights. A span cut inside its last word ("London"
// of "London-based") has that word's match beside it, not in it.
func placeFeatures(f *[numFeatures]float64, r *ranked, i, j int, cut bool, at []float64) {
	toks := r.s.toks
	total := r.total
	if total <= 0 {
		return
	}
	sum := func(a, b int) float64 {
		x := 0.0
		for p := max(a, 0); p < min(b, len(toks)); p++ {
			x += at[p]
		}
		return math.Min(x/total, 1)
	}
	f[fLeftQ] = sum(i-3, i)
	// What follows a span is read past a gloss right after it.
	after := pastGloss(toks, j)
	f[fRightQ] = sum(after, after+3)
	a, b := i, after
	for a > 0 && !clauseMark(toks[a-1]) {
		a--
	}
	for b < len(toks) && !clauseMark(toks[b]) {
		b++
	}
	f[fClauseQ] = sum(a, i) + sum(after, b)
	d := len(toks)
	in := 0
	for p := range toks {
		if at[p] == 0 {
			continue
		}
		if cut && p == j-1 {
			d = 0
			continue
		}
		if p >= i && p < j {
			// A description standing for the asked name is its place,
			// not its words: "The 39-year-old" says how old he is.
			if !refAt(r.s, p) {
				in++
			}
			continue
		}
		d = min(d, distance(i, j, p))
	}
	f[fAdjacent] = 1 / float64(1+d)
	f[fInQ] = float64(in) / float64(j-i)
	f[fAfterPrep] = b2f(i > 0 && toks[i-1].tag == tagPrep)
	open := false
	for p := i - 1; p >= 0; p-- {
		if toks[p].text == ")" {
			break
		}
		if toks[p].text == "(" {
			open = true
			break
		}
	}
	f[fBracketed] = b2f(open)
}

// clauseMark ends a clause for placeFeatures.
func clauseMark(t token) bool {
	switch t.text {
	case ",", ";", ":", "(", ")", "—", "–":
		return true
	}
	return false
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// Candidate is one possible answer as the answerer weighed it.
type Candidate struct {
	Text     string
	Sentence briefbot.Sentence // the sentence Text is copied from
	// Start and End are the byte offsets of Text in Sentence.Text.
	Start, End int
	Rule       string // the rules that found it, joined by "+"
	Family     string
	// Features are the model's inputs, in the order of FeatureNames.
	Features []float64
	// P is the model's probability that this is the answer; Score the
	// confidence an answer with it reports (its span's probability against
	// no answer's).
	P, Score float64
}

// Candidates returns every candidate answer to a question, best first,
// with its features: what `bot fit` fits the weights on, and the trace
// that explains an answer.
func (a *Answerer) Candidates(q briefbot.Question, r briefbot.Result) []Candidate {
	return exported(a.read(q.Text, r).all)
}

// exported is the Candidates of scored candidates, in their order.
func exported(all []scored) []Candidate {
	out := make([]Candidate, len(all))
	for n, c := range all {
		h := c.holder()
		out[n] = Candidate{
			Text: c.text(), Sentence: h.src, Start: h.toks[c.i].start, End: h.toks[c.j-1].end - c.cut,
			Rule: c.rule, Family: familyNames[family(c.rule)],
			Features: append([]float64(nil), c.feats[:]...), P: c.p, Score: c.score,
		}
	}
	return out
}

// verbUnsaid reports whether neither the sentence nor its neighbours hold
// the question's main verb or a word related to it ("director" for
// "directed"): the feature verb-missing, and what makingUnsaid asks of a
// question about a maker.
func verbUnsaid(q *question, r *ranked) bool {
	for k, t := range q.terms {
		if t.verb && q.verb != "" && t.stem == q.verb && r.near[k] < 0.6 {
			return true
		}
	}
	return false
}
