package answers

import "strings"

// How well a span fits the answer type asked for (typeFit): a name for
// who, a place for where, a date for when, a number for how many, and
// the fits below 1 that each mismatch is given.

// eventName reports whether the span [i, j) is a name ending on a word
// that names an event or a competition ("US Open", "Davis Cup"), as
// guessKind tells it from its words alone.
func eventName(toks []token, i, j int) bool { return nameEndingOn(toks, i, j, eventWords) }

// structureName reports whether the span [i, j) is a name ending on a
// word for a structure ("Petronas Towers", "Millennium Stadium"), which
// no one is.
func structureName(toks []token, i, j int) bool { return nameEndingOn(toks, i, j, structureWords) }

// nameEndingOn reports whether the span [i, j) is a name of two words or
// more whose last word is one of words: the word says what it names.
func nameEndingOn(toks []token, i, j int, words map[string]bool) bool {
	return j-i >= 2 && toks[j-1].tag == tagProper && words[toks[j-1].low]
}

// structureWords end the names of structures, which do nothing
// themselves (a palace, a house or a street may speak for those in it:
// "Downing Street said").
var structureWords = set(`tower towers bridge stadium arena airport station tunnel dam canal`)

// nounBeforeName reports whether a lower-case noun at k stands between a
// name and a person's name, which it describes: "Clocking Off creator
// Paul Abbott", "Balco founder Victor Conte", "Chicago Cubs shortstop
// Nomar Garciaparra". The name before it qualifies the noun and is not
// the person. The name after it is a person's by its first two words
// (personName), or, when the given name is none the lexicon knows, by
// being two or three capitalised words and no more, none an
// organisation's (bareName).
func nounBeforeName(toks []token, k int) bool {
	return k+2 < len(toks) && toks[k].tag == tagWord && !stopWords[toks[k].low] && !isCapitalized(toks[k].text) &&
		(personName(toks, k+1, k+3) || bareName(toks, k+1))
}

// bareName reports whether a run of two or three capitalised words opens
// at k and ends there, none of them an organisation's word and no
// possessive after them: "Nomar Garciaparra", not "Chelsea Football Club"
// or "Ford Motor's".
func bareName(toks []token, k int) bool {
	e := k
	for e < len(toks) && toks[e].tag == tagProper && !orgWords[toks[e].low] {
		e++
	}
	if e < len(toks) && (toks[e].tag == tagProper || toks[e].tag == tagPossess) {
		return false
	}
	return e-k >= 2 && e-k <= 3
}

// asksTitle reports whether a word for a person or a title can be what a
// which-question asks for: any when the wh-phrase names no title
// ("Who...?", "Which people...?"), else the title it names or one the
// relations lexicon relates to it ("Which leader...?": "leader", "head";
// "Which coach...?": "coach", not "player").
func (q *question) asksTitle(t token) bool {
	if q.whEnd <= q.whPos+1 || q.focus == "" || !titleHeads[q.focus] {
		return true
	}
	return t.stem == q.focus || related(t.stem, q.focus)
}

// accordingTo reports whether the word at k is the "to" of "according
// to", which names a source.
func accordingTo(toks []token, k int) bool {
	return toks[k].low == "to" && k > 0 && toks[k-1].low == "according"
}

// typeFit says how well a structural span fits the expected answer type:
// a person question wants a name or people, a date question a date.
func typeFit(q *question, toks []token, i, j int) float64 {
	switch q.want {
	case typePerson, typeOrg:
		// A number opening the span counts things: "three Grand Slams"
		// names no one, "95 students" are people by their noun.
		counted := toks[i].tag == tagNumber
		// Asked who holds a title ("Who is the head of the World Bank?"),
		// an organisation holds none: "the International Monetary Fund".
		if q.role != "" && organisation(toks[i:j]) {
			return 0.3
		}
		// "in the on-going battle between Microsoft and Google" is
		// where, not who: people are no phrase of place or time.
		// Nor past an adverb: "Instead of Zelenskyy and Putin" names who
		// did not come.
		if p := pastLeadingAdverbs(toks, i, j); toks[p].tag == tagPrep && toks[p].low != "by" && toks[p].low != "with" {
			return prepForPersonFit
		}
		// Asked who holds a title, a name a preposition governs holds
		// none of its own: "chancellor of the exchequer under Mr Blair".
		// "according to Carly Fiorina, chief of..." governs none: it
		// gives who says so.
		if q.role != "" && i > 0 && toks[i-1].tag == tagPrep && toks[i-1].low != "by" && !accordingTo(toks, i-1) && !holdsAny(toks[i:j], []string{q.role}) {
			return prepForPersonFit
		}
		// Asked which company, team or paper, a person answers nothing:
		// "Bill Gates" made no Xbox. A name opening on a common given
		// name is a person's surely enough ("Daily Mail" is not).
		if q.want == typeOrg && (personName(toks, i, j) || namedWithPersonNoun(toks, i, j)) {
			return personForThingFit
		}
		// An event is nobody: "beat US Open champion Svetlana Kuznetsova"
		// was no win over the US Open. Nor is a structure: "Petronas
		// Towers" designed nothing.
		if eventName(toks, i, j) || structureName(toks, i, j) {
			return namelessFit
		}
		// A name before people or a title qualifies them: "Manitoba" of
		// "a group of Manitoba parents", "Chelsea" of "Chelsea manager"
		// is nobody.
		if q.want == typePerson && j < len(toks) && toks[j-1].tag == tagProper &&
			(peopleNoun(toks[j].low) || toks[j].tag == tagTitle && titleHeads[toks[j].low] || nounBeforeName(toks, j)) {
			return namelessFit
		}
		// Who speaks is somebody: "The county coroner said...".
		if q.want == typePerson && !counted && j < len(toks) && toks[j].low != "according" && personCueVerbs[toks[j].low] {
			return 1
		}
		for k := i; k < j; k++ {
			t := toks[k]
			// A capitalised first word the tagger could not tell from a
			// common one may be a name: "Porto manager Jose Ribeiro".
			name := t.tag == tagProper || k == 0 && t.tag == tagWord && isCapitalized(t.text)
			// A name fits when it heads the span: "huge numbers of iPod
			// users" are users, whoever made the iPod.
			// Nor is a count of organisations one: "28.9% of the club".
			if name && !counted && !commonHead(toks, k, j) || !counted && (orgNouns[t.low] || orgWords[t.low]) {
				return 1
			}
			// People by their noun ("protesters", "scientists") answer
			// who, not which company: "iPod users" made no iPod. Asked
			// which holder of a title ("Which coach...?"), a title
			// names one only if it is that title: "player of the year"
			// is no coach.
			if q.want == typePerson && ((peopleNoun(t.low) || t.tag == tagTitle && titleHeads[t.low]) && q.asksTitle(t) || t.tag == tagGentile && !counted) {
				return 1
			}
		}
		return namelessFit
	case typeDate:
		if len(dateSpans(toks[i:j])) > 0 {
			if q.asksCalendar() && !q.saysCalendar(toks[i:j]) {
				return calendarlessFit
			}
			if otherAmountAttached(q, toks, i) {
				return otherTimeFit
			}
			return 1
		}
		return 0.2
	case typePlace:
		if personName(toks, i, j) {
			return personForThingFit // "Kelly Holmes" is nowhere
		}
		// Asked where someone works, an organisation is where:
		// "Standard & Poor's", "Global Insight".
		if q.employer && (organisation(toks[i:j]) || j-i > 0 && employerEnd(toks, i) == j) {
			return 1
		}
		// "Which country...?" is answered by a country's name, not by a
		// phrase it qualifies: "in the France squad" is a squad.
		if namedPlaceNouns[q.focus] && toks[j-1].tag == tagWord {
			return datedPlaceFit
		}
		// "picked up two grammys apiece" is something done, nowhere, and
		// so is "destroyed much of the Sri Lankan coast", a name in it
		// or not.
		if toks[i].tag == tagVerb || toks[i].tag == tagAux {
			return datedPlaceFit
		}
		// "Turkish Foreign Ministry officials confirmed...": an
		// organisation that qualifies people says whom they work for,
		// not where anything is ("at the Foreign Ministry" is a place).
		if organisation(toks[i:j]) && j < len(toks) && peopleNoun(toks[j].low) {
			return 0.3
		}
		// "a meeting between Turkey, the U.S., and Ukraine": its sides,
		// not where it was.
		if betweenSides(toks, i) {
			return 0.3
		}
		if ownsNoSite(toks, i, j) {
			return possessorPlaceFit
		}
		// "The Labour Party will hold its conference...", "a company
		// known as The Forward Sports Fund": an organisation is somewhere
		// only as a preposition of place puts it ("at the Foreign
		// Ministry"), or as a building ("the Museum of Independence").
		if organisation(toks[i:j]) && !venueWords[toks[j-1].low] && !placedByPrep(toks, i) {
			return 0.3
		}
		for k := i; k < j; k++ {
			if toks[k].tag == tagProper {
				return 0.8
			}
		}
		// "23,000 years ago", "three weeks", "at a time": a time or an
		// amount is nowhere.
		if len(dateSpans(toks[i:j])) > 0 || toks[i].tag == tagNumber || toks[i].tag == tagMoney || timeHeads[toks[j-1].low] {
			return datedPlaceFit
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
	case typeTitle:
		// "Who is Arthur Miller?" is not answered by another name:
		// "Spector" of a list of substitutes; nor by another person's
		// title and name: "retired Lt. Gen. Keith Kellogg" for "Who is
		// Rubio?".
		if allProper(toks[i:j]) || endsInPersonName(toks, i, j) {
			return nameForTitleFit
		}
		// "What is Tony Blair's job?": a title or a word for a role, not
		// what he said.
		for k := i; k < j; k++ {
			if t := toks[k]; t.tag == tagTitle || personNouns[t.low] || roleWord(t.low) {
				return 1
			}
		}
		return 0.3
	case typeQuote:
		return 0.2 // quotes come from the quote rules, with their own fit
	case typeReason:
		switch toks[i].low {
		case "as":
			if !asCause(toks, i) {
				return 0.4 // "as home secretary" says a role, "as well" nothing
			}
			return 1
		case "because", "to", "so", "due", "for", "since":
			return 1
		}
		// "0.4%" or "March 2004" is no reason: a number or a date alone
		// says how much or when.
		if numberOnly(toks[i:j]) {
			return mannerlessFit
		}
		return 0.4
	case typeManner:
		switch {
		case toks[i].low == "by" || toks[i].low == "with" || toks[i].tag == tagAdverb || toks[i].low == "as":
			return 1
		case nameOnly(toks[i:j]) || toks[i].tag == tagNumber:
			// "How did Owen Hart die?" is not answered "Alberta based
			// wrestler" nor "How did the gunmen die?" "13 students": a
			// manner is said by a verb or an adverb, not a name or a
			// count.
			return mannerlessFit
		}
		return 0.6
	}
	// "What nationality...?", "What religion...?": a word of the class,
	// not a phrase around it ("a Scottish engineer").
	if c, ok := asksClass(q); ok {
		for k := i; k < j; k++ {
			if !c.member(toks[k]) {
				return classlessFit
			}
		}
		return 1
	}
	// "Which film...?", "What treaty...?" ask for a thing of a kind: a
	// number or a date without a name ("18 times out of the last 20
	// years") is none, unless the kind is a measure ("What score...?").
	if q.whEnd > q.whPos+1 && q.focus != "" && !measureNouns[q.focus] && numberLike(toks[i:j], q.focus) {
		return numberForThingFit
	}
	// Nor is a person's name one ("Which film won...?" is not answered
	// "Kathleen Turner"), unless the kind is of people ("What actor...?").
	if q.whEnd > q.whPos+1 && q.focus != "" && !personNouns[q.focus] && !titleHeads[q.focus] && endsInPersonName(toks, i, j) {
		return personForThingFit
	}
	return 1
}

// peopleNoun reports whether a common noun names people: a word for
// people ("protesters", "scientists", "historians"). An ending in -ers
// is an agent's, but for the nouns of things that end so ("huge
// numbers", "computers", "orders").
func peopleNoun(w string) bool {
	return personNouns[w] || personNouns[strings.TrimSuffix(w, "s")] ||
		strings.HasSuffix(w, "ers") && !thingErNouns[strings.TrimSuffix(w, "s")] || strings.HasSuffix(w, "ists") || strings.HasSuffix(w, "ians")
}

// thingErNouns are common nouns in -er that name things, not people: the
// exceptions to peopleNoun's agent ending.
var thingErNouns = set(`number computer supercomputer offer power order server matter quarter
	headquarter poster recorder camcorder disaster browser cover tracker career barrier answer danger
	border printer letter filter corner sweetener laser wonder murder cheer coffer water voucher shoulder
	merger jitter container chapter beer wallpaper viewfinder trouser trailer tatter skyscraper
	screensaver register launcher gender painkiller folder flower blockbuster tower river layer meter
	finger chamber theater summer winter weather counter cluster cancer fever hammer shelter
	sticker thriller trigger lever leather silver copper timber rubber butter banner manner ladder
	diameter parameter liter header footer remainder reminder encounter`)

// personForThingFit is the fit of a person's name (personName) for a
// question that asks for a place, an organisation or a thing of a kind
// that is not people.
const personForThingFit = 0.3

// numberOnly reports whether a span is a number, a sum or a date and
// nothing more: its words are numbers, units and function words.
func numberOnly(toks []token) bool {
	number := false
	for _, t := range toks {
		switch {
		case t.tag == tagNumber || t.tag == tagMoney || t.tag == tagMonth || t.tag == tagWeekday:
			number = true
		case t.text == "%" || functionTag(t.tag) || approximators[t.low]:
		default:
			return false
		}
	}
	return number
}

// mannerlessFit is the fit, for a how-question, of a name or a number.
const mannerlessFit = 0.2

// timeHeads are the time words that head a noun phrase of time: "at a
// time", "in the morning", "for a moment".
var timeHeads = set(`time times era moment morning afternoon evening night day week weekend month
	year decade century hour minute`)

// namelessFit is the fit, for a who- or which-company question, of a span
// that holds no name and no word for people or organisations: below
// typedFloorFit, so that such a question is answered by someone or the
// articles don't say.
const namelessFit = 0.25

// prepForPersonFit is the fit, for a who-question, of a span that opens on
// a preposition (other than an agent's "by" or a companion's "with"):
// below typedFloorFit.
const prepForPersonFit = 0.2

// nameForTitleFit is the fit of a bare name to a question asking who
// someone is or what their title is.
const nameForTitleFit = 0.1

// allProper reports whether a span is names only, capitalised words
// ("G Easterby"), and no title ("UN Secretary General" is one).
func allProper(toks []token) bool {
	for _, t := range toks {
		if t.tag == tagTitle || t.tag != tagProper && !isCapitalized(t.text) {
			return false
		}
	}
	return len(toks) > 0
}

// datedPlaceFit is the fit, for a where-question, of a time or an amount
// without a name: below typedFloorFit, no answer at all.
const datedPlaceFit = 0.1

// nameOnly reports whether a span is a name with its titles and
// determiners, and nothing else: "U.S. President", "the Alberta-based
// wrestler" is not (a common noun).
func nameOnly(toks []token) bool {
	name := false
	for _, t := range toks {
		switch t.tag {
		case tagProper, tagGentile:
			name = true
		case tagTitle, tagDet, tagPossess:
		default:
			return false
		}
	}
	return name
}

// roleWord reports whether a word names someone by what they do:
// "director", "leader", "economist", "librarian", "consultant".
func roleWord(w string) bool {
	if len(w) < 5 {
		return false
	}
	for _, suf := range []string{"er", "or", "ist", "ian", "ant", "ent"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// numberForThingFit is the fit of a number or a date to a question asking
// for a thing of a kind.
const numberForThingFit = 0.5

// measureNouns, by stem, are the kinds a number answers: "What score did
// she get?".
var measureNouns = stemsOf(set(`score speed temperature size height length width depth weight rate level
	distance price cost value salary wage fee budget figure total result margin record amount
	capacity frequency ratio density pressure volume area grade rank ranking birthday anniversary
	horsepower power output degree angle altitude elevation mileage dose ` + numberedMeasures))

// numberLike reports whether a span holds a number or a date, and neither
// a name nor the noun of the kind asked for ("article 66" for "Which
// article...?").
func numberLike(toks []token, focus string) bool {
	number := len(dateSpans(toks)) > 0
	for _, t := range toks {
		if t.stem == focus {
			return false
		}
		switch t.tag {
		case tagProper:
			return false
		case tagNumber, tagMoney:
			number = true
		}
	}
	return number
}
