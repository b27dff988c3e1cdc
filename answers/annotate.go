package answers

import (
	"encoding/binary"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"briefbot"
)

// Version names the format and meaning of the annotations Annotate writes.
// cmd/bot mixes it into the index fingerprint, so changing it rebuilds old
// indexes; bump it whenever Annotate's output changes.
const Version = "answers-78"

// Entity kinds.
const (
	kindPerson = 'P'
	kindOrg    = 'O'
	kindPlace  = 'L'
	kindOther  = 'E' // a name of unknown kind
	kindEvent  = 'V' // an event or a competition: nobody and nowhere
)

// entity is a name in a sentence.
type entity struct {
	i, j int  // the name's tokens are [i, j)
	ti   int  // first token of the title words before the name; i when none
	kind byte // kindPerson...
	// full is the full name a surname or pronoun refers to, and at the
	// number of the sentence where that full name occurs; "" when the
	// mention is itself full.
	full string
	at   int
}

// sentence is a sentence with its analysis.
type sentence struct {
	src  briefbot.Sentence
	toks []token
	ents []entity
	// retrieval is the search engine's score for the sentence, 0 for a
	// neighbour returned for context.
	retrieval float64
	// wordFacts are its tokens' wordFacts, as matchTerm finds them.
	wordFacts []wordFacts
	// hyphen is 0 until hasHyphen has looked, then 1 (no word of the
	// sentence has a hyphen) or 2, and hyphens then marks the words of
	// the first 128 that have one.
	hyphen  uint8
	hyphens [2]uint64
}

// Annotate fills the Annotation of every sentence with the answerer's
// analysis of it, in place. Sentences must come grouped by article and in
// order within each article, as a corpus is read: surnames and pronouns are
// resolved against earlier sentences of the same article.
func Annotate(sentences []briefbot.Sentence) { new(Annotator).Annotate(sentences) }

// Annotator is Annotate with buffers kept from one call to the next, for
// a caller that annotates a corpus an article at a time: the tokens an
// article's analysis is made of were a fifth of the bytes an index build
// allocated. The zero Annotator is ready for use; it must not be used by
// two goroutines at once.
type Annotator struct {
	toks  []token    // the tokens of the last article annotated
	sents []sentence // its sentences
	ents  []entity   // their names
	out   []byte     // the annotation being written
	// resolve's: the names' votes and the names seen
	votes  []kindVotes
	recent []mention
	// Failed counts the articles a bug in the analysis panicked on: they
	// are left unannotated (the answerer reads such sentences as they
	// are, at question time), so that one article cannot stop an index
	// build or a reload.
	Failed int
	// beforeArticle, when set (by tests), is called with each article
	// before it is analysed.
	beforeArticle func([]briefbot.Sentence)
}

// Annotate is the package's Annotate.
func (an *Annotator) Annotate(sentences []briefbot.Sentence) {
	for start := 0; start < len(sentences); {
		end := start + 1
		for end < len(sentences) && sentences[end].ArticleID == sentences[start].ArticleID {
			end++
		}
		an.annotateArticle(sentences[start:end])
		start = end
	}
}

// annotateArticle annotates the sentences of one article, or, if the
// analysis panics, leaves them all without annotation and counts the
// failure; the Annotator starts afresh, its buffers in an unknown state.
func (an *Annotator) annotateArticle(ss []briefbot.Sentence) {
	defer func() {
		if recover() != nil {
			for i := range ss {
				ss[i].Annotation = ""
			}
			*an = Annotator{Failed: an.Failed + 1, beforeArticle: an.beforeArticle}
		}
	}()
	if an.beforeArticle != nil {
		an.beforeArticle(ss)
	}
	for i, s := range an.analyze(ss) {
		an.out = appendAnnotation(an.out[:0], s)
		ss[i].Annotation = string(an.out)
	}
}

// analyzeArticle tags and reads the sentences of one article, in order.
func analyzeArticle(src []briefbot.Sentence) []sentence { return new(Annotator).analyze(src) }

// analyze is analyzeArticle into the Annotator's buffers: what it returns
// is good until the next call.
func (an *Annotator) analyze(src []briefbot.Sentence) []sentence {
	size := 0
	for _, s := range src {
		size += len(s.Text)/4 + 2
	}
	an.toks = slices.Grow(an.toks[:0], size)
	an.sents = slices.Grow(an.sents[:0], len(src))[:len(src)]
	an.ents = an.ents[:0]
	out := an.sents
	// Words seen capitalised where capitals are not automatic: they are
	// names even at the start of a sentence.
	names := make(map[string]bool)
	for k, s := range src {
		at := len(an.toks)
		an.toks = appendTokens(an.toks, s.Text)
		out[k] = sentence{src: s, toks: an.toks[at:len(an.toks):len(an.toks)]}
		toks := out[k].toks
		for i := range toks {
			toks[i].tag = baseTag(toks[i])
			if toks[i].tag == tagProper && !sentenceInitial(toks, i) {
				names[toks[i].low] = true
			}
		}
		tagApostrophes(toks)
	}
	for k := range out {
		fixInitial(out[k].toks, names)
		refineTags(out[k].toks)
		at := len(an.ents)
		if an.ents = appendEntities(an.ents, out[k].toks); len(an.ents) > at {
			out[k].ents = an.ents[at:len(an.ents):len(an.ents)]
		}
	}
	an.resolve(out)
	return out
}

// sentenceInitial reports whether token i starts a sentence or a quotation,
// where capitals say nothing about names.
func sentenceInitial(toks []token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		switch toks[k].tag {
		case tagQuote, tagPunct:
			if toks[k].text == "," {
				return false
			}
			if toks[k].text == ":" || toks[k].tag == tagQuote || toks[k].text == "(" {
				return true
			}
			continue
		}
		return false
	}
	return true
}

// fixInitial demotes a capitalised first word that is not known as a name
// and not followed by one ("Officials said", "Meanwhile, ...").
func fixInitial(toks []token, names map[string]bool) {
	for i := range toks {
		if toks[i].tag != tagProper || !sentenceInitial(toks, i) {
			continue
		}
		// A common given name is a name whatever its ending: "Mohamed
		// Morsi", "Ahmed", "Fred".
		verbLike := !givenNames[toks[i].low] &&
			(strings.HasSuffix(toks[i].low, "ed") || strings.HasSuffix(toks[i].low, "ing") || strings.HasSuffix(toks[i].low, "ly"))
		next := i+1 < len(toks) && toks[i+1].tag == tagProper && isCapitalized(toks[i+1].text) && !verbLike ||
			i+2 < len(toks) && toks[i+1].low == "&" && toks[i+2].tag == tagProper || // "R&B", "AT&T"
			i+2 < len(toks) && surnameParticles[toks[i+1].low] && toks[i+2].tag == tagProper && !verbLike // "Tamara de Lempicka"
		if names[toks[i].low] || places[toks[i].low] || next || appositiveFollows(toks, i) && !verbLike {
			continue
		}
		switch {
		case verbLike && len(toks[i].low) > 4 && strings.HasSuffix(toks[i].low, "ly") && !notAdverbs[toks[i].low]:
			toks[i].tag = tagAdverb // "Roughly how many...?", "Recently, ..."
		case verbLike:
			toks[i].tag = tagVerb
		default:
			toks[i].tag = tagWord
		}
	}
}

// appositiveFollows reports whether a capitalised first word is set off by
// a comma from a noun phrase that describes it, as names are:
// "Metrovias, the private firm which runs...", "Perrier, the iconic
// French mineral water". A word that opens sentences ("However, the...")
// is not one.
func appositiveFollows(toks []token, i int) bool {
	if i+3 >= len(toks) || toks[i+1].text != "," || toks[i+2].tag != tagDet || !isNominal(toks[i+3].tag) {
		return false
	}
	w := toks[i].low
	return !isStopWord(w) && !groupAdverbs[w] && !sentenceOpeners[w]
}

// sentenceOpeners are words that open a sentence before a comma without
// being names.
var sentenceOpeners = set(`however meanwhile instead nevertheless nonetheless today yesterday
	tomorrow tonight elsewhere overall indeed moreover furthermore otherwise still then now later
	also besides thus hence therefore yet again afterwards first second third last next finally
	earlier initially currently previously recently similarly likewise separately together
	altogether ultimately eventually in fact well yes no sadly happily fortunately unfortunately
	interestingly importantly notably clearly obviously surprisingly admittedly so but and or
	for this that these those there here somehow sideways anyway`)

// surnameParticles join a given name to a surname: "Tamara de Lempicka",
// "Ludwig van Beethoven". Fewer than nameJoiners: "la", "al" or "y" after a
// capitalised first word say too little.
var surnameParticles = set(`de da di du des del della der den van von bin ibn`)

// placePrefixes open the names of places: Saint Albans, Fort Worth,
// Lake Como.
var placePrefixes = set(`saint st. fort port mount mt. lake cape san santa los las`)

// placeQualifiers qualify a place's name and keep it one: "New York",
// "South Korea", "North America", "Greater London".
var placeQualifiers = set(`new north south east west northern southern eastern western central upper
	lower greater united arab`)

// companySuffixes end a company's name: "British Gas plc".
var companySuffixes = set(`plc ltd ltd. inc inc. corp corp. llc gmbh`)

// remitHeads are the heads of organisations named with their remit after
// "for" or "on": "Department for Education", "Commission on Social
// Justice", "Campaign for Nuclear Disarmament". Not a party, a club or a
// government, which "for" and "on" follow as prepositions ("the Labour
// Party on Iraq").
var remitHeads = set(`department ministry office commission committee council institute centre center
	campaign foundation fund society agency association coalition alliance federation trust`)

// nameJoiners may sit inside a name: "University of Chicago", "Bank of
// Canada", "Charles de Gaulle".
var nameJoiners = set(`of de du la le van von der da di del bin al & y`)

// regnal reports whether toks[k], after a name, is the Roman numeral of
// its holder or its sequel: "Henry VIII", "World War II". "I" counts
// only where no verb can follow it as a subject: "Richard I of Normandy",
// "under Richard I, ...".
func regnal(toks []token, k int) bool {
	switch toks[k].text {
	case "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI":
		return true
	case "I":
		return k+1 == len(toks) || toks[k+1].low == "of" || toks[k+1].tag == tagPunct || toks[k+1].text == ","
	}
	return false
}

// jointName returns where the name at [i, j) ends when "and" joins it to
// the rest of an organisation's name: "the Food and Drug
// Administration", "the Transport and General Workers' Union". The
// first part is one word after "the" that names nothing on its own, and
// the second ends on a word for an organisation within a few words; so
// "the BBC and Channel Four" stay two.
func jointName(toks []token, i, j int) int {
	if j != i+1 || i == 0 || toks[i-1].low != "the" || j+1 >= len(toks) || toks[j].low != "and" ||
		orgWords[toks[i].low] || places[toks[i].low] || isAllCaps(toks[i].text) {
		return j
	}
	m := j + 1
	for ; m < len(toks) && m < j+6; m++ {
		t := toks[m]
		capital := isCapitalized(t.text) && (t.tag == tagProper || t.tag == tagTitle || t.tag == tagGentile)
		apostrophe := t.text == "'" && m > j+1 && m+1 < len(toks) && isCapitalized(toks[m+1].text) // "Workers' Union"
		if !capital && !apostrophe {
			break
		}
	}
	if m > j+1 && orgWords[toks[m-1].low] {
		return m
	}
	return j
}

// titleSurname reports whether the capitalised title word after the name
// [i, j) is its surname: "King" of "Mervyn King", "Major" of "John
// Major". It is when the name is one word, no place, and nothing that
// names follows the title: "Microsoft Chairman Bill Gates", "Google Chief
// Executive" and "England Coach" keep their titles.
func titleSurname(toks []token, i, j int) bool {
	if j != i+1 || j >= len(toks) || toks[j].tag != tagTitle || !isCapitalized(toks[j].text) || isAllCaps(toks[j].text) ||
		places[toks[i].low] || orgWords[toks[i].low] {
		return false
	}
	return j+1 == len(toks) || toks[j+1].tag != tagProper && toks[j+1].tag != tagTitle
}

// monthSurname reports whether the month after the one name word at
// [i, j) is a surname: a common given name and a month with no day or
// year after it, "Theresa May", "Brian May" (but "on Friday May 6").
func monthSurname(toks []token, i, j int) bool {
	return j == i+1 && j < len(toks) && toks[j].tag == tagMonth && isCapitalized(toks[j].text) && givenNames[toks[i].low] &&
		(j+1 == len(toks) || toks[j+1].tag != tagNumber)
}

// appendEntities appends the names of a sentence to ents, their kinds
// guessed from the sentence alone.
func appendEntities(ents []entity, toks []token) []entity {
	for i := 0; i < len(toks); {
		if toks[i].tag != tagProper {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) {
			if toks[j].tag == tagProper {
				j++
				continue
			}
			// Capitalised titles and nationalities inside an organisation's
			// name: "Turkish Foreign Ministry".
			// A title that names a role is a person's, not part of a
			// name: "UN Secretary General Kofi Annan", "Labour Party
			// Chairman Ian McCartney" name a person after an organisation.
			m, role := j, false
			for m < len(toks) && (toks[m].tag == tagTitle || toks[m].tag == tagGentile) && isCapitalized(toks[m].text) {
				role = role || titleHeads[toks[m].low]
				m++
			}
			if m > j && m < len(toks) && toks[m].tag == tagProper && !role {
				j = m // "Central African Wildlife Fund"
				continue
			}
			// "Department for Constitutional Affairs", "Commission on
			// Social Justice": "for" and "on" join an organisation's head
			// to its remit, capitalised words all ("Justice" is a title
			// elsewhere).
			if (toks[j].low == "for" || toks[j].low == "on") && remitHeads[toks[j-1].low] {
				m, proper := j+1, false
				for m < len(toks) && isCapitalized(toks[m].text) && (toks[m].tag == tagProper || toks[m].tag == tagTitle || toks[m].tag == tagGentile) {
					proper = proper || toks[m].tag == tagProper
					m++
				}
				if proper {
					j = m
					continue
				}
			}
			// "University of Chicago", "Association of American
			// Universities".
			if nameJoiners[toks[j].low] && toks[j].low != "and" {
				m := j + 1
				for m < len(toks) && (toks[m].tag == tagTitle || toks[m].tag == tagGentile) && isCapitalized(toks[m].text) {
					m++
				}
				if m < len(toks) && toks[m].tag == tagProper {
					j = m + 1
					continue
				}
			}
			// "Professional Rugby Players' Association", "Writers'
			// Guild": a plural's apostrophe inside an organisation's
			// name, not before a person's ("the Saints' Kenny Logan").
			if toks[j].text == "'" && strings.HasSuffix(toks[j-1].low, "s") && j+1 < len(toks) && toks[j+1].tag == tagProper &&
				namesOrganisation(toks[j+1].low) {
				j += 2
				continue
			}
			// "British Gas plc", "Acme Inc.".
			if companySuffixes[toks[j].low] {
				j++
			}
			break
		}
		j = jointName(toks, i, j)
		if j < len(toks) && regnal(toks, j) {
			toks[j].tag = tagProper // "Richard I of Normandy", "World War II"
			j++
		}
		if titleSurname(toks, i, j) || monthSurname(toks, i, j) {
			toks[j].tag = tagProper // "Mervyn King", "John Major", "Theresa May"
			j++
		}
		e := entity{i: i, j: j, ti: i}
		// A noun for what someone does, capitalised only because it opens
		// the sentence, is a title: "Referee Graham Poll", "Psychologist
		// Jo Nanson".
		if i == 0 && j-i >= 3 && personNouns[toks[0].low] && !titles[toks[0].low] {
			toks[0].tag = tagTitle
			e.i = 1
		}
		// Titles before the name belong to a person's answer span.
		for k := i - 1; k >= 0; k-- {
			t := toks[k]
			if t.tag == tagTitle || t.tag == tagGentile ||
				t.low == "of" && k > 0 && toks[k-1].tag == tagTitle && isCapitalized(toks[k-1].text) ||
				t.tag == tagProper && isCapitalized(t.text) && (toks[k+1].tag == tagTitle || e.ti < e.i) { // "Labour Party Chairman"
				e.ti = k
				continue
			}
			break
		}
		e.kind = guessKind(toks, e)
		// An organisation's capitalised titles and nationalities are part of
		// its name ("Foreign Ministry").
		if e.kind == kindOrg {
			for e.i > e.ti && isCapitalized(toks[e.i-1].text) {
				e.i--
			}
		}
		ents = append(ents, e)
		i = j
	}
	return ents
}

// guessKind guesses whether a name is a person, an organisation or a place
// from its words and the words around it.
func guessKind(toks []token, e entity) byte {
	allPlaces, place := true, false
	// A country's short form is a place, capitals and all: "U.S.", "UK".
	if e.j-e.i == 1 && (countryAliases[toks[e.i].low] != "" || toks[e.i].text == "US") {
		return kindPlace
	}
	if eventName(toks, e.i, e.j) {
		return kindEvent // "US Open", "Davis Cup", "Cannes Film Festival"
	}
	for k := e.i; k < e.j; k++ {
		w := toks[k].low
		if namesOrganisation(w) || isAllCaps(toks[k].text) && len(toks[k].text) > 1 || w == "&" { // "Marks & Spencer", "R&B"
			return kindOrg
		}
		if placeWords[w] || k == e.i && e.j-e.i >= 2 && placePrefixes[w] {
			return kindPlace
		}
		place = place || places[w]
		if !places[w] && !nameJoiners[w] && !(placeQualifiers[w] && e.j-e.i >= 2) {
			allPlaces = false
		}
	}
	if allPlaces && place {
		return kindPlace
	}
	// The rest of an organisation's name: "Social Justice" of "the
	// Commission on Social Justice", "Public Policy Research" of "the
	// Institute for Public Policy Research".
	if e.i >= 2 && (toks[e.i-1].low == "on" || toks[e.i-1].low == "for" || toks[e.i-1].low == "of") &&
		toks[e.i-2].tag == tagProper && orgWords[toks[e.i-2].low] {
		return kindOrg
	}
	for k := e.ti; k < e.i; k++ {
		if titleHeads[toks[k].low] || personalStyles[toks[k].low] {
			return kindPerson
		}
	}
	// A noun for a person just before the name: "singer Usher",
	// "actress Jada Pinkett Smith".
	if e.ti > 0 && personNouns[toks[e.ti-1].low] && !strings.HasSuffix(toks[e.ti-1].low, "s") {
		return kindPerson
	}
	// A common given name opening a name of two or three words: "from
	// Babe Ruth" is a person's, not a place.
	if e.j-e.i >= 2 && e.j-e.i <= 3 && givenNames[toks[e.i].low] {
		return kindPerson
	}
	if e.j < len(toks) && personCueVerbs[toks[e.j].low] ||
		e.i > 0 && personCueVerbs[toks[e.i-1].low] ||
		e.j+1 < len(toks) && toks[e.j].text == "," && (toks[e.j+1].low == "who" || toks[e.j+1].tag == tagNumber) {
		return kindPerson
	}
	// "according to Carly Fiorina" gives a source, no destination.
	if e.i > 0 && !accordingTo(toks, e.i-1) {
		switch toks[e.i-1].low {
		case "in", "at", "from", "near", "to", "across", "outside", "inside", "into":
			return kindPlace
		}
	}
	if e.j-e.i >= 2 && e.j-e.i <= 3 {
		return kindPerson
	}
	return kindOther
}

func isAllCaps(w string) bool {
	// ASCII is judged without copies: no small letter, and a capital.
	capital := false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= utf8.RuneSelf:
			return strings.ToUpper(w) == w && strings.ToLower(w) != w
		case 'a' <= c && c <= 'z':
			return false
		case 'A' <= c && c <= 'Z':
			capital = true
		}
	}
	return capital
}

// kindVotes counts the kinds an article's mentions of a name were
// given: a person's, an organisation's or a place's (no other kind wins
// a vote).
type kindVotes struct{ person, org, place int }

func (v *kindVotes) add(kind byte) {
	switch kind {
	case kindPerson:
		v.person++
	case kindOrg:
		v.org++
	case kindPlace:
		v.place++
	}
}

// resolve gives one kind to all mentions of a name in an article,
// resolves surnames to the full name mentioned earlier (Medinsky ->
// Vladimir Medinsky), and sentence-initial he/she to the last person
// mentioned.
func (an *Annotator) resolve(sents []sentence) {
	// kinds is where a name's votes are in votes: one map for the
	// article, not one a name.
	kinds := make(map[string]int)
	votes := an.votes[:0]
	votesOf := func(name string) kindVotes {
		if k, ok := kinds[name]; ok {
			return votes[k]
		}
		return kindVotes{}
	}
	byLast := make(map[string]fullName)  // surname -> full name
	byFirst := make(map[string]fullName) // first name -> full name, "" when two share it
	// Surnames the article gives an honorific ("Mr Nevzlin"): a longer
	// name ending in one is a person's ("Leonid Nevzlin"), whatever its
	// place in its sentence suggests ("to Leonid Nevzlin").
	var styled map[string]bool
	for _, s := range sents {
		for _, e := range s.ents {
			name := s.nameOf(e.i, e.j)
			k, ok := kinds[name]
			if !ok {
				k = len(votes)
				kinds[name] = k
				votes = append(votes, kindVotes{})
			}
			votes[k].add(e.kind)
			if e.j-2 >= e.ti && personalStyles[s.toks[e.j-2].low] {
				if styled == nil {
					styled = make(map[string]bool)
				}
				styled[s.toks[e.j-1].low] = true
			}
			// A numeral is no surname: "I" is not Richard I.
			if e.j-e.i >= 2 && (e.kind == kindPerson || e.kind == kindOther) && !regnal(s.toks, e.j-1) {
				last := s.toks[e.j-1].low
				if _, ok := byLast[last]; !ok {
					byLast[last] = fullName{name, s.src.Number}
				}
				first := s.toks[e.i].low
				if f, ok := byFirst[first]; !ok {
					byFirst[first] = fullName{name, s.src.Number}
				} else if f.text != name {
					byFirst[first] = fullName{} // Ilona Marsh and Ilona Berg
				}
			}
		}
	}
	// A surname whose full form is a person is a person too. (A full
	// form has two words or more, so no vote here changes which surnames
	// have a person's; and a surname is one word, so only names of one
	// word, without a space, can be one.)
	personal := false
	for _, f := range byLast {
		if votesOf(f.text).person > 0 {
			personal = true
			break
		}
	}
	if personal {
		for name, k := range kinds {
			if strings.Contains(name, " ") {
				continue
			}
			if f, ok := byLast[strings.ToLower(name)]; ok && votesOf(f.text).person > 0 {
				votes[k].person += 2
			}
		}
	}
	short := definedShortForms(sents)
	var lastPerson fullName
	recent := an.recent[:0] // names of the article so far, latest last
	defer func() { an.votes, an.recent = votes, recent }()
	for k := range sents {
		s := &sents[k]
		for n := range s.ents {
			e := &s.ents[n]
			name := s.nameOf(e.i, e.j)
			e.kind = vote(votesOf(name), e.kind)
			if e.j-e.i >= 2 && styled[s.toks[e.j-1].low] {
				e.kind = kindPerson
			}
			if f, ok := short[s.toks[e.i].text]; ok && e.j-e.i == 1 && f.at != s.src.Number {
				// "PCS leader Mark Serwotka" after "The Public and
				// Commercial Services Union (PCS)".
				e.full, e.at = f.text, f.at
				if k, ok := kinds[f.text]; ok && votes[k].org > 0 {
					e.kind = kindOrg
				}
				continue
			}
			if e.j-e.i == 1 {
				f, ok := byLast[s.toks[e.i].low]
				if !ok {
					// A first name alone, once the full name is known:
					// "Ilona" for Ilona Marsh.
					f, ok = byFirst[s.toks[e.i].low]
					ok = ok && f.text != "" && f.at < s.src.Number && votesOf(f.text).person > 0
				}
				if ok && f.text != name {
					e.full, e.at = f.text, f.at
					if votesOf(f.text).person > 0 {
						e.kind = kindPerson
					}
				}
			}
		}
		var refs []entity
		// A he or she opening the sentence is the last person named; so
		// is a description opening it ("The former farmer").
		for _, i := range []int{subjectPronoun(s.toks), describedPerson(s.toks, s.ents)} {
			if i >= 0 && lastPerson.text != "" {
				refs = append(refs, entity{i: i, j: i + 1, ti: i, kind: kindPerson,
					full: lastPerson.text, at: lastPerson.at})
			}
		}
		refs = append(refs, nounRefs(s, recent)...)
		if len(refs) > 0 {
			s.ents = append(s.ents, refs...)
			sort.SliceStable(s.ents, func(a, b int) bool { return s.ents[a].i < s.ents[b].i })
		}
		// The first person named is most often the subject, unless an
		// opening phrase names another: "Prior to working for Mr Blair,
		// David Miliband spent time at...".
		if e, ok := firstPerson(s, openingPhraseEnd(s.toks)); ok {
			lastPerson = e
		} else if e, ok := firstPerson(s, 0); ok {
			lastPerson = e
		}
		for _, e := range s.ents {
			if isRef(s.toks, e) {
				continue
			}
			m := mention{text: s.nameOf(e.i, e.j), titles: lower(s.nameOf(e.ti, e.i)), kind: e.kind, at: s.src.Number,
				first: e.ti == 0 || e.ti == 1 && s.toks[0].tag == tagDet || e.j < len(s.toks) && personCueVerbs[s.toks[e.j].low]}
			if e.full != "" {
				m.text = e.full
			}
			recent = append(recent, m)
		}
	}
	introducedNames(sents)
}

// definedShortForms returns the short forms an article defines in
// brackets after a name, by their text: "PCS" of "The Public and
// Commercial Services Union (PCS)". The short form is in capitals, starts
// with the name's initial and spells initials of its words in order,
// some left out ("PCS" leaves out Union's).
func definedShortForms(sents []sentence) map[string]fullName {
	var out map[string]fullName
	for k := range sents {
		s := &sents[k]
		for _, e := range s.ents {
			b := e.j
			if e.j-e.i < 2 || b+2 >= len(s.toks) || s.toks[b].text != "(" || s.toks[b+2].text != ")" {
				continue
			}
			abbr := s.toks[b+1].text
			if len(abbr) < 2 || len(abbr) > 6 || !isAllCaps(abbr) || !isLetters(abbr) || !spellsInitials(strings.ToLower(abbr), s.toks[e.i:e.j]) {
				continue
			}
			if out == nil {
				out = make(map[string]fullName)
			}
			if _, ok := out[abbr]; !ok {
				out[abbr] = fullName{s.nameOf(e.i, e.j), s.src.Number}
			}
		}
	}
	return out
}

// spellsInitials reports whether letters are initials of the name's
// words, in order, the first the first word's, some words giving none.
func spellsInitials(letters string, toks []token) bool {
	if letters == "" || toks[0].low == "" || letters[0] != toks[0].low[0] {
		return false
	}
	n := 0
	for _, t := range toks {
		if n < len(letters) && t.low != "" && t.low[0] == letters[n] && initialed(t) {
			n++
		}
	}
	return n == len(letters)
}

// introducedNames gives a sentence that opens on an indefinite noun
// phrase ("A US bank has said...", "A film that follows... has won") the
// name the next sentence opens on ("Riggs Bank will put...",
// "L'Esquive earned..."): news introduces its subject so, and names it
// straight after. The name must be of the noun's kind (a person for "a
// minister", an organisation for "a bank"; "A US TV network is being sued
// by a viewer" is not "Austin Aitken is taking action") and not named in
// the first sentence already.
func introducedNames(sents []sentence) {
	for k := 0; k+1 < len(sents); k++ {
		s, next := &sents[k], &sents[k+1]
		h := indefiniteHead(s.toks)
		if h < 0 {
			continue
		}
		e, ok := openingName(next)
		if !ok || !kindFits(s.toks[h], e.kind) {
			continue
		}
		name := next.nameOf(e.i, e.j)
		if e.full != "" {
			name = e.full
		}
		if strings.Contains(s.src.Text, name) {
			continue
		}
		s.ents = append(s.ents, entity{i: h, j: h + 1, ti: h, kind: e.kind, full: name, at: next.src.Number})
		sort.SliceStable(s.ents, func(a, b int) bool { return s.ents[a].i < s.ents[b].i })
	}
}

// indefiniteHead returns the head noun of an indefinite noun phrase that
// opens the sentence as its subject ("A [US] bank has said", "A film
// that follows..."), or -1: a common noun for one thing, before a verb,
// an auxiliary or a relative pronoun.
func indefiniteHead(toks []token) int {
	if h := saidByIndefinite(toks); h >= 0 {
		return h
	}
	if len(toks) < 4 || toks[0].low != "a" && toks[0].low != "an" {
		return -1
	}
	j := 1
	for j < len(toks) && j < 8 && isNominal(toks[j].tag) && toks[j].tag != tagDet && toks[j].tag != tagPossess {
		j++
	}
	h := j - 1
	if h < 1 || j == len(toks) {
		return -1
	}
	t := toks[h]
	if t.tag != tagWord && t.tag != tagTitle || strings.HasSuffix(t.low, "s") && t.low != "boss" {
		return -1 // "A US bank", not "A US TV" nor "A group of MPs"
	}
	switch next := toks[j]; {
	case next.tag == tagVerb || next.tag == tagAux, next.low == "that" || next.low == "who" || next.low == "which":
		return h
	}
	return -1
}

// saidByIndefinite returns the head noun of the indefinite speaker a
// sentence ends on ("..., a Home Office minister has said."), or -1.
func saidByIndefinite(toks []token) int {
	n := len(toks)
	if n < 6 || toks[n-1].tag != tagPunct || !personCueVerbs[toks[n-2].low] {
		return -1
	}
	v := n - 2
	if toks[v-1].tag == tagAux {
		v-- // "has said"
	}
	h := v - 1
	i := h
	for i > 0 && i > h-5 && toks[i].low != "a" && toks[i].low != "an" && toks[i].text != "," {
		if toks[i].tag != tagWord && toks[i].tag != tagTitle && toks[i].tag != tagProper && toks[i].tag != tagGentile {
			return -1
		}
		i--
	}
	if i < 1 || toks[i].low != "a" && toks[i].low != "an" || toks[i-1].text != "," || i == h {
		return -1
	}
	if t := toks[h]; t.tag != tagWord && t.tag != tagTitle || strings.HasSuffix(t.low, "s") {
		return -1
	}
	return h
}

// openingName returns the name that opens a sentence as its subject,
// after a courtesy title at most: "Barbara Roche said...".
func openingName(s *sentence) (entity, bool) {
	for _, e := range s.ents {
		if isRef(s.toks, e) {
			continue
		}
		if e.ti > 0 || e.j >= len(s.toks) {
			break
		}
		if t := s.toks[e.j]; t.tag == tagVerb || t.tag == tagAux || personCueVerbs[t.low] {
			return e, true
		}
		break
	}
	return entity{}, false
}

// kindFits reports whether a name of kind can be what a noun describes:
// a person for a noun for people or a title, an organisation for a noun
// for one, neither a person nor a place for any other noun ("a film").
func kindFits(noun token, kind byte) bool {
	switch {
	case personNouns[noun.low] || noun.tag == tagTitle:
		return kind == kindPerson
	case orgNouns[noun.low] || orgKindNouns[noun.low] || refNouns[noun.low] == kindOrg:
		return kind == kindOrg || kind == kindOther
	case placeNouns[noun.low]:
		return kind == kindPlace
	}
	return kind == kindOther
}

// mention is a name as resolve has seen it.
type mention struct {
	text   string // the full name
	titles string // the title words before it, lower case
	kind   byte
	at     int  // the number of the sentence where it was named
	first  bool // it opens its sentence, or says something: a subject
}

// refNouns are the nouns that, after "the", stand for a name named just
// before: "the university" for Brightwater University, "the company"
// for the last organisation. The kind is what the name must be when it
// does not hold the noun itself.
var refNouns = map[string]byte{
	"company": kindOrg, "firm": kindOrg, "organization": kindOrg, "organisation": kindOrg,
	"agency": kindOrg, "network": kindOrg, "association": kindOrg, "group": kindOrg,
	"union": 0, "team": 0, "club": 0, "band": 0, "party": 0, "society": 0, "university": 0,
	"college": 0, "school": 0, "hospital": 0, "museum": 0, "ministry": 0, "department": 0,
	"council": 0, "committee": 0, "commission": 0, "court": 0, "church": 0, "foundation": 0,
	"institute": 0, "centre": 0, "center": 0, "corporation": kindOrg, "bank": 0,
	"city": kindPlace, "town": kindPlace, "village": kindPlace, "province": kindPlace,
	"country": kindPlace, "state": 0, "island": 0, "region": 0,
}

// refWindow is how many sentences back a definite noun phrase or a
// sentence-opening "it" looks for a name of its kind; refFar how far for
// a name that holds its noun.
const (
	refWindow = 3
	refFar    = 12
)

// nounRefs resolves, in one sentence, "the university" to the last name
// that holds the word or is of the noun's kind, and a sentence-opening
// "it" or "they" to the organisation that opened the sentence before.
func nounRefs(s *sentence, recent []mention) []entity {
	var out []entity
	toks := s.toks
	inName := make([]bool, len(toks))
	for _, e := range s.ents {
		for k := e.ti; k < e.j; k++ {
			inName[k] = true
		}
	}
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].low != "the" || inName[i+1] || toks[i+1].tag != tagWord && toks[i+1].tag != tagTitle {
			continue
		}
		// A title of several words: "the prime minister", "the attorney
		// general".
		h := i + 1
		for h+1 < len(toks) && toks[h].tag == tagTitle && toks[h+1].tag == tagTitle && !inName[h+1] {
			h++
		}
		// Or words that qualify a title's head: "the constitutional
		// affairs secretary", "the shadow home secretary".
		if h == i+1 && toks[h].tag == tagWord {
			k := h
			for k+1 < len(toks) && k < i+4 && toks[k].tag == tagWord && !inName[k+1] && (toks[k+1].tag == tagWord || toks[k+1].tag == tagTitle) {
				k++
			}
			if toks[k].tag == tagTitle && titleHeads[toks[k].low] {
				h = k
			}
		}
		noun := toks[h].low
		kind, ok := refNouns[noun]
		title := toks[h].tag == tagTitle && (titleHeads[noun] || h > i+1 && titleHeads[toks[i+1].low])
		if h > i+1 && !title {
			continue
		}
		if !ok && !title || h+1 < len(toks) && (toks[h+1].tag == tagWord || toks[h+1].tag == tagProper || toks[h+1].tag == tagTitle) {
			continue // "the school board": the head noun is another
		}
		if title && h+1 < len(toks) && toks[h+1].low == "of" {
			continue // "the president of the club" is said of another
		}
		if m, ok := antecedent(recent, s.src.Number, titleText(toks[i+1:h+1]), kind, title); ok {
			out = append(out, entity{i: i + 1, j: h + 1, ti: i + 1, kind: m.kind, full: m.text, at: m.at})
		}
	}
	out = append(out, possessiveRefs(s, recent)...)
	// "It" or "They" opening the sentence, after one opened by an
	// organisation's name: "Northwind Media Group put up a mast... It
	// hopes...".
	for i, t := range toks {
		if t.tag == tagQuote {
			continue
		}
		if (t.low == "it" || t.low == "they") && len(recent) > 0 {
			for n := len(recent) - 1; n >= 0 && recent[n].at >= s.src.Number-1; n-- {
				m := recent[n]
				if m.at == s.src.Number-1 && m.first && m.kind == kindOrg {
					out = append(out, entity{i: i, j: i + 1, ti: i, kind: m.kind, full: m.text, at: m.at})
					break
				}
			}
		}
		break
	}
	return out
}

// titleAfter reports whether a title of a person opens the words at k,
// a qualifier or two before its head allowed: "chairman", "chief
// executive", "new finance director", "boss".
func titleAfter(toks []token, k int) bool {
	for n := k; n < len(toks) && n < k+3 && (toks[n].tag == tagWord || toks[n].tag == tagTitle); n++ {
		if titleHeads[toks[n].low] || personNouns[toks[n].low] {
			return true
		}
	}
	return false
}

// possessiveRefs resolves "its" before a person's title to the name it
// stands for: the last name of the sentence before it that is no
// person's ("Sony said its chief operating officer..."), else the last
// organisation
// named within refWindow sentences ("The QCA said... said its chairman,
// Sir Anthony Greener"). News names an organisation's people so, and the
// sentence that gives them then holds the organisation's name for the
// question that asks by it ("Who is the chairman of the Qualifications
// and Curriculum Authority?"). Before other nouns "its" is as often a
// thing's ("deflected the shot on its way"), and is left alone.
func possessiveRefs(s *sentence, recent []mention) []entity {
	var out []entity
	toks := s.toks
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].low != "its" || !titleAfter(toks, i+1) {
			continue
		}
		found := false
		for n := len(s.ents) - 1; n >= 0; n-- {
			e := s.ents[n]
			if e.j > i || e.kind == kindPerson {
				continue
			}
			name := s.nameOf(e.i, e.j)
			if e.full != "" {
				name = e.full
			}
			out = append(out, entity{i: i, j: i + 1, ti: i, kind: e.kind, full: name, at: s.src.Number})
			found = true
			break
		}
		for n := len(recent) - 1; !found && n >= 0 && recent[n].at >= s.src.Number-refWindow; n-- {
			if m := recent[n]; m.kind == kindOrg {
				out = append(out, entity{i: i, j: i + 1, ti: i, kind: m.kind, full: m.text, at: m.at})
				found = true
			}
		}
	}
	return out
}

// antecedent finds the name a definite noun phrase stands for, latest
// first: a name holding the noun itself ("the university" for
// Brightwater University, "the minister" for Finance Minister Elena Vasquez) within
// refFar sentences, else within refWindow a name of the noun's kind, or
// for a title the person who opened a sentence.
func antecedent(recent []mention, at int, noun string, kind byte, title bool) (mention, bool) {
	for n := len(recent) - 1; n >= 0 && recent[n].at >= at-refFar; n-- {
		m := recent[n]
		held := true
		for w := range strings.FieldsSeq(noun) {
			if !hasWord(m.text, w) && !hasWord(m.titles, w) {
				held = false
				break
			}
		}
		if held {
			return m, true
		}
	}
	for n := len(recent) - 1; n >= 0 && recent[n].at >= at-refWindow; n-- {
		m := recent[n]
		if kind != 0 && m.kind == kind || title && m.kind == kindPerson && m.first {
			return m, true
		}
	}
	return mention{}, false
}

// hasWord reports whether w is one of the words of lower(s).
func hasWord(s, w string) bool {
	for f := range strings.FieldsSeq(s) {
		if lowerIs(f, w) {
			return true
		}
	}
	return false
}

// lowerIs reports whether lower(f) == w, without making lower(f) when f
// is ASCII.
func lowerIs(f, w string) bool {
	for i := 0; i < len(f); i++ {
		if f[i] >= utf8.RuneSelf {
			return lower(f) == w
		}
	}
	if len(f) != len(w) {
		return false
	}
	for i := 0; i < len(f); i++ {
		c := f[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// titleText is the lower-case words of a title: "prime minister".
func titleText(toks []token) string {
	var w []string
	for _, t := range toks {
		w = append(w, t.low)
	}
	return strings.Join(w, " ")
}

// fullName is a name as an article first gives it in full, and the
// number of the sentence giving it.
type fullName struct {
	text string
	at   int
}

// firstPerson returns the first person the sentence names (not a
// reference) from token from on, with the sentence naming them, so that a
// pronoun can cite it.
func firstPerson(s *sentence, from int) (fullName, bool) {
	for _, e := range s.ents {
		if e.kind != kindPerson || isRef(s.toks, e) || e.i < from || quotedAt(s.toks, e.i) {
			continue
		}
		if e.full != "" {
			return fullName{e.full, s.src.Number}, true
		}
		return fullName{s.nameOf(e.i, e.j), s.src.Number}, true
	}
	return fullName{}, false
}

// quotedAt reports whether word i is inside a quotation that opens in
// its sentence: an odd number of quotation marks stands before it. A name
// someone speaks of ("The impression I came away with after seeing David
// and the other coaches...") is seldom the one the narrative goes on
// about.
func quotedAt(toks []token, i int) bool {
	return oddMarksBefore(toks, i, func(t *token) bool { return t.tag == tagQuote })
}

// openingPhraseEnd returns where the clause of a sentence opening on a
// phrase of preposition or subordinator set off by a comma begins ("Prior
// to working for Mr Blair, ...", "According to Ms Reid, ..."), or 0.
func openingPhraseEnd(toks []token) int {
	if len(toks) == 0 || toks[0].tag != tagPrep && toks[0].tag != tagSub && toks[0].low != "prior" && toks[0].low != "according" {
		return 0
	}
	for k := 1; k < len(toks) && k < 16; k++ {
		if toks[k].text == "," {
			return k + 1
		}
	}
	return 0
}

// isRef reports whether an entity is a pronoun or a noun phrase standing
// for a name given elsewhere, rather than a name.
func isRef(toks []token, e entity) bool {
	return e.full != "" && toks[e.i].tag != tagProper
}

// describedPerson returns the index of the head noun of a description
// that opens the sentence and stands for the last person named: "The
// 37-year-old Halifax native", "The former college student", "But the
// 25-year-old, who...", "After recovering from injury, the 31-year-old
// is..."; or -1.
func describedPerson(toks []token, ents []entity) int {
	o := descriptionStart(toks)
	if len(toks) < o+3 || toks[o].low != "the" {
		return -1
	}
	end := npEnd(toks, o+1)
	if end < o+2 || end < len(toks) && toks[end].low == "of" {
		return -1 // "the leader of the club" is said of another
	}
	// "The 27-year-old believes...": a verb in -s the tagger took for a
	// noun ends the description.
	age := -1
	for k := o + 1; k < end; k++ {
		if strings.HasSuffix(toks[k].low, "-year-old") {
			age = k
			if k+1 < end && verbStems[toks[k+1].stem] && strings.HasSuffix(toks[k+1].low, "s") {
				end = k + 1
			}
			break
		}
	}
	for _, e := range ents {
		if e.kind == kindPerson && e.i >= o && e.i < end {
			return -1
		}
	}
	// The head is the first noun for a person ("the former farmer now
	// lives...": the noun phrase's end is not sure), or the last word of
	// a description with an age.
	h := -1
	for k := o + 1; k < end; k++ {
		if toks[k].tag == tagPossess {
			if k-1 == age {
				h = age // "The 52-year-old's enthusiasm": the age is the person
				break
			}
			return -1 // "the province's minister" is another
		}
		if h < 0 && (personNouns[toks[k].low] || toks[k].low == "native") && toks[k].tag != tagTitle {
			h = k
		}
	}
	if h < 0 && age >= 0 {
		// Not a word that only sits in the verb group: "The 67-year-old
		// also said".
		h = end - 1
		for h > age && (groupAdverbs[toks[h].low] || isStopWord(toks[h].low)) {
			h--
		}
	}
	// "The 25-year-old has scored 11 goals": the age alone is a person.
	// A title is another person ("The President said..."), unless an age
	// describes the one named before: "The 73-year-old former Chelsea
	// chairman sealed the deal".
	if h < 0 || toks[h].tag == tagProper || toks[h].tag == tagNumber && !strings.HasSuffix(toks[h].low, "-year-old") || toks[h].tag == tagTitle && age < 0 {
		return -1
	}
	if irregularPeople[toks[h].low] {
		return -1 // many
	}
	if strings.HasSuffix(toks[h].low, "s") && toks[h].low != "boss" {
		return -1 // "the residents" are many
	}
	return h
}

// descriptionStart returns where a description that opens a sentence
// may start: past a word that only joins it to the sentence before ("But
// the 25-year-old"), or past an opening phrase and its comma ("After
// recovering from injury, the 31-year-old"); else 0.
func descriptionStart(toks []token) int {
	if len(toks) > 1 && toks[0].low != "the" && sentenceOpeners[toks[0].low] {
		if toks[1].text == "," {
			return 2
		}
		return 1
	}
	return openingPhraseEnd(toks)
}

// personalStyles go before a person's surname only: "Mr Nevzlin".
var personalStyles = set(`mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame`)

// subjectPronoun returns the index of a he/she that is the sentence's
// first word, or that says the sentence's words, or -1.
func subjectPronoun(toks []token) int {
	for i, t := range toks {
		if t.tag == tagQuote {
			continue
		}
		if t.low == "he" || t.low == "she" {
			return i
		}
		break
	}
	// The speaker of a quotation or of reported words, named no nearer:
	// ""The movement faces a crisis," she said.", "Asked for his worst
	// memory, he said: ...". Not after a name in the sentence, which may
	// be the one speaking.
	quoted := false
	for i := 0; i+1 < len(toks); i++ {
		t := toks[i]
		if t.tag == tagQuote {
			quoted = t.text == "\"" && !quoted || t.text != "\"" && opensQuote(t.text)
			continue
		}
		if t.tag == tagProper && !quoted {
			return -1
		}
		if (t.low == "he" || t.low == "she") && personCueVerbs[toks[i+1].low] {
			return i
		}
	}
	return -1
}

func vote(v kindVotes, dflt byte) byte {
	best, n := dflt, 0
	if v.person > n {
		best, n = kindPerson, v.person
	}
	if v.org > n {
		best, n = kindOrg, v.org
	}
	if v.place > n {
		best = kindPlace
	}
	return best
}

// nameOf is nameText(s.toks, i, j), cut from the sentence's text when
// the words are one space apart there, as they nearly always are.
func (s *sentence) nameOf(i, j int) string {
	if j-i < 1 {
		return ""
	}
	for k := i + 1; k < j; k++ {
		if s.toks[k].start != s.toks[k-1].end+1 || s.src.Text[s.toks[k-1].end] != ' ' {
			return nameText(s.toks, i, j)
		}
	}
	return s.src.Text[s.toks[i].start:s.toks[j-1].end]
}

// nameText joins the words of a name with single spaces.
func nameText(toks []token, i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].text)
	}
	return b.String()
}

// encode writes a sentence's analysis as its annotation:
//
//	tags "|" bounds "|" entity (";" entity)*
//	"!" tags "|" entity (";" entity)*
//
// tags holds one byte per token (see the tag constants); bounds the
// tokens' lengths (see appendBounds), so that decode need not tokenise the
// text again; an entity is "i-j:K", with ",t" after j when titles start at
// token t, and "=full@n" when it refers to the full name full in sentence
// n. The second form, without bounds, is for tokens appendBounds cannot
// write.
func encode(s sentence) string { return string(appendAnnotation(nil, s)) }

// appendAnnotation appends encode's annotation of s to b.
func appendAnnotation(b []byte, s sentence) []byte {
	at := len(b)
	for _, t := range s.toks {
		b = append(b, t.tag)
	}
	b = append(b, '|')
	b, ok := appendBounds(b, s.toks, s.src.Text)
	if ok {
		b = append(b, '|')
	} else {
		b = slices.Insert(b, at, noBounds)
	}
	for n, e := range s.ents {
		if n > 0 {
			b = append(b, ';')
		}
		b = strconv.AppendInt(b, int64(e.i), 10)
		b = append(b, '-')
		b = strconv.AppendInt(b, int64(e.j), 10)
		if e.ti != e.i {
			b = append(b, ',')
			b = strconv.AppendInt(b, int64(e.ti), 10)
		}
		b = append(b, ':', e.kind)
		if e.full != "" {
			b = append(b, '=')
			for k := 0; k < len(e.full); k++ {
				switch c := e.full[k]; c {
				case '|', ';', '@': // encode's separators
					b = append(b, ' ')
				default:
					b = append(b, c)
				}
			}
			b = append(b, '@')
			b = strconv.AppendInt(b, int64(e.at), 10)
		}
	}
	return b
}

// appendBounds writes the tokens' lengths, half a byte each: token 2k's in
// the low four bits of byte k, 2k+1's in the high ones, 0 for one longer
// than 15 bytes, whose length follows the half bytes as a uvarint. Where a
// token starts is not written: the tokenizer skips only spaces and invalid
// bytes between tokens, so the next token starts at the next byte that is
// neither. If that ever fails to hold, appendBounds reports false, and
// the annotation is marked for decode to tokenise the text again.
func appendBounds(b []byte, toks []token, text string) ([]byte, bool) {
	start := len(b)
	end := 0
	for k, t := range toks {
		if skipSpace(text, end) != t.start {
			return b[:start], false
		}
		n := t.end - t.start
		if n > 15 {
			n = 0
		}
		if k%2 == 0 {
			b = append(b, byte(n))
		} else {
			b[len(b)-1] |= byte(n << 4)
		}
		end = t.end
	}
	for _, t := range toks {
		if n := t.end - t.start; n > 15 {
			b = binary.AppendUvarint(b, uint64(n))
		}
	}
	return b, true
}

// skipSpace returns the offset of the first byte at or after i that can
// start a token: what tokenizeInto skips.
func skipSpace(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII, as nearly every byte read here is: its spaces are
			// ' ' and '\t' to '\r' (unicode.IsSpace).
			if c != ' ' && (c < '\t' || c > '\r') {
				break
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) && (r != utf8.RuneError || w > 1) {
			break
		}
		i += w
	}
	return i
}

// readBounds makes the n tokens of text whose lengths appendBounds wrote
// at the start of b, cut from *slab (see take); rest is what follows
// them. ok is false when they do not fit the text. When low is not nil,
// the lowered copy of text its tokens are cut from (see newToken) is
// written to it, not to a string of its own: a question's hits share one.
func readBounds(b, text string, n int, slab *[]token, low *strings.Builder) (toks []token, rest string, ok bool) {
	half := (n + 1) / 2
	if len(b) < half {
		return nil, "", false
	}
	long := b[half:]
	toks = take(slab, n)
	var lowered string // see newToken
	if low != nil {
		lowered = appendLower(low, text)
	}
	end := 0
	for k := range toks {
		size := int(b[uint(k)/2]>>(4*(uint(k)%2))) & 0xf
		if size == 0 {
			v, w := uvarint(long)
			if w <= 0 || v > uint64(len(text)) {
				return nil, "", false
			}
			size, long = int(v), long[w:]
		}
		// Most tokens follow the last after one space or none, and start
		// with an ASCII byte that is no space: skipSpace is called for
		// the rest.
		start := end
		if start < len(text) && text[start] == ' ' {
			start++
		}
		if start < len(text) && (text[start] >= utf8.RuneSelf || text[start] == ' ' || '\t' <= text[start] && text[start] <= '\r') {
			start = skipSpace(text, start)
		}
		if size == 0 || start+size > len(text) {
			return nil, "", false
		}
		end = start + size
		toks[k].fill(text, start, end, &lowered)
	}
	return toks, long, true
}

// take returns n tokens cut from the front of *slab, or newly made (zero)
// when it has not room for them. A question's hits are decoded into one
// slab: one allocation, not one per sentence, and none when the slab is a
// scratch's (see scratch), whose tokens hold the last question's words:
// readBounds overwrites every token it takes.
func take(slab *[]token, n int) []token {
	if slab == nil || cap(*slab)-len(*slab) < n {
		return make([]token, n)
	}
	at := len(*slab)
	*slab = (*slab)[:at+n]
	return (*slab)[at : at+n : at+n]
}

// noBounds opens an annotation written without bounds; it is no tag.
const noBounds = '!'

// uvarint is binary.Uvarint on a string.
func uvarint(s string) (uint64, int) {
	var v uint64
	for i := 0; i < len(s) && i < binary.MaxVarintLen64; i++ {
		c := s[i]
		if c < 0x80 {
			return v | uint64(c)<<(7*i), i + 1
		}
		v |= uint64(c&0x7f) << (7 * i)
	}
	return 0, 0
}

// decode restores the analysis of s from its annotation. It reports false
// when the annotation is missing or does not fit the sentence (written by
// another version), and the caller analyses the sentence itself.
func decode(s briefbot.Sentence) (sentence, bool) { return decodeInto(s, nil, nil) }

// tokenCount is how many tokens decode makes of an annotation, at most.
func tokenCount(annotation string) int {
	tags, _, _ := strings.Cut(annotation, "|")
	return len(tags)
}

// decodeInto is decode with the tokens cut from *slab (see take) and,
// when low is not nil, their lowered text written to it (see readBounds).
func decodeInto(s briefbot.Sentence, slab *[]token, low *strings.Builder) (sentence, bool) {
	out := sentence{src: s}
	tags, rest, ok := strings.Cut(s.Annotation, "|")
	if !ok {
		return out, false
	}
	var toks []token
	if t, found := strings.CutPrefix(tags, string(noBounds)); found {
		tags = t
		toks = tokenizeInto(s.Text, len(tags))
		ok = len(toks) == len(tags)
		rest = "|" + rest
	} else {
		toks, rest, ok = readBounds(rest, s.Text, len(tags), slab, low)
	}
	if !ok || !strings.HasPrefix(rest, "|") {
		return out, false
	}
	ents := rest[1:]
	out.toks = toks
	for i := range out.toks {
		out.toks[i].tag = tags[i]
	}
	if ents == "" {
		return out, true
	}
	out.ents = make([]entity, 0, strings.Count(ents, ";")+1)
	for more := true; more; {
		var f string
		f, ents, more = strings.Cut(ents, ";")
		var e entity
		span, rest, ok1 := strings.Cut(f, ":")
		if !ok1 || rest == "" {
			return out, false
		}
		e.kind = rest[0]
		if full, ok := strings.CutPrefix(rest[1:], "="); ok {
			name, at, ok := strings.Cut(full, "@")
			n, err := strconv.Atoi(at)
			if !ok || err != nil {
				return out, false
			}
			e.full, e.at = name, n
		}
		ij, ti, hasTitle := strings.Cut(span, ",")
		a, b, ok2 := strings.Cut(ij, "-")
		var err1, err2, err3 error
		e.i, err1 = strconv.Atoi(a)
		e.j, err2 = strconv.Atoi(b)
		e.ti = e.i
		if hasTitle {
			e.ti, err3 = strconv.Atoi(ti)
		}
		if !ok2 || err1 != nil || err2 != nil || err3 != nil ||
			e.ti < 0 || e.ti > e.i || e.i >= e.j || e.j > len(out.toks) {
			return out, false
		}
		out.ents = append(out.ents, e)
	}
	return out, true
}
