package answers

import (
	"slices"
	"strings"
)

// answerType is the kind of phrase a question asks for.
type answerType int

const (
	typeOther    answerType = iota // a noun phrase or clause
	typePerson                     // who, whom, whose
	typeOrg                        // which company, what organisation
	typePlace                      // where, which city
	typeDate                       // when, what year
	typeCount                      // how many
	typeQuantity                   // how much, how tall, how far...
	typeMoney                      // how much does it cost
	typeDuration                   // how long
	typeAge                        // how old
	typeTitle                      // what is X's title, who is X
	typeReason                     // why
	typeManner                     // how (did they do it)
	typeQuote                      // what did X say
)

var typeNames = [...]string{"other", "person", "organisation", "place", "date", "count",
	"quantity", "money", "duration", "age", "title", "reason", "manner", "quote"}

func (t answerType) String() string { return typeNames[t] }

// question is the analysis of a question.
type question struct {
	// phrase is set for a noun phrase alone read as a question about it:
	// "uwb range" read as "what is the UWB range".
	phrase bool
	text   string  // cleaned
	toks   []token // of text
	wh     string  // who, what, when, where, why, how, how many, whose...; "" for yes/no
	want   answerType
	terms  []qterm
	// focus is the stem of the noun that names what is asked ("city" in
	// "which city"), or "".
	focus string
	// plural is set when that noun is plural: "which states" asks for a
	// list.
	plural bool
	// several is set when the question asks for several things, plural
	// or counted: see asksSeveral.
	several bool
	// rank is set when the question asks where someone stands in a table
	// or a ranking: see asksRank.
	rank bool
	// aside are the stems of the words the question sets aside as known
	// members of what it asks for: see setAside.
	aside []string
	// verb is the stem of the main verb when it carries meaning ("lead"),
	// or "".
	verb string
	// definition is set for "who is X" / "what is X": X is all the question
	// holds, and the answer describes it.
	definition bool
	// employer is set for a where-question that asks where someone
	// works (asksEmployer): an organisation answers it.
	employer bool
	// form says where the answer sits relative to the question's verb.
	form questionForm
	// verbPos is the token index of the main verb in the question, or -1.
	verbPos int
	// doWhat is set for "What did X do...?": the answer is a verb phrase.
	doWhat bool
	// role is the stem of the title asked about in "Who is the director
	// of X?", or "": the answer is the person holding it.
	role string
	// compound is what compounds looks for, once it has looked.
	compound []compoundTerm
	// nationalities is what askedNationalities returns, once asked.
	nationalities []bool
	// whPos and whEnd delimit the wh-phrase ("what", "which treaty", "how
	// many people"); both are -1 in a question without one. The words
	// before it and after it are the answer's context in the sentence:
	// "Who formulated the theory?" is answered by the name before
	// "formulated the theory".
	whPos, whEnd int
	// asksName is set when the question asks what something is called:
	// "What is the name of...", "What is X known as?".
	asksName bool
	// rankBelow is set when the question asks about a title a rank below
	// ("Who is the deputy leader?"; see asksRankBelow).
	rankBelow bool
	// names are the question's names, whole across particles
	// (properRuns), in lower case: nameConflict and the namesakes of the
	// definition and title rules ask them of every sentence.
	names [][]string
	// expands is the short form whose words are asked for, in lower case
	// ("tps" of "What does TPS stand for?"); "" for other questions.
	expands string
	// kind is the stem of the noun a name of which is asked for: the
	// focus of "What court...?", "colony" of "What was the name of the
	// Florida colony?" (see namedSpans); "" for none.
	kind string
	// kindRel holds the stems the relations lexicon relates to kind
	// ("movie" for "film"), found once: namedSpans asks it of every
	// sentence retrieved.
	kindRel stemSet
	// tense is 1 for a question about the future ("When will...?"), -1
	// for one about the past ("When did...?"), 0 when it does not say
	// (see tenseOf).
	tense int
	// kindOf is set when the wh-phrase asks for a kind of its noun: "What
	// type of architecture...?" is answered by "rococo" in "rococo
	// architecture".
	kindOf bool
	// kindCompound holds the stems of the words of that noun before its
	// head: "steam" of "What type of steam engine...?" (see kindModSpans).
	kindCompound []string
}

// questionForm is the shape of a question around its verb.
type questionForm int

const (
	formOther   questionForm = iota
	formSubject              // the answer is the verb's subject: "Who leads the team?"
	formObject               // the answer follows the verb: "What did Ukraine accept?"
	formCopula               // "What is the size of the herd?", "Who is X?"
)

// verbWeight is the weight of the question's main verb: less than a name
// or a noun, since verbs are paraphrased more often, but it says what is
// asked about the names.
const verbWeight = 1.5

// qterm is a word the answer sentence should contain.
type qterm struct {
	low, stem string
	weight    float64
	name      bool // a proper name or nationality: its absence rules a sentence out
	// run is the whole name the word belongs to, lower case, words
	// separated by spaces ("vladimir medinsky"); "" for other words.
	run  string
	verb bool
	pos  int // token index in the question
	// root is root(stem); rel holds the stems related to the word (see
	// relations), so matching a sentence costs a map lookup per word.
	root string
	rel  stemSet
	// acronym is set for a name written in capitals ("UN"): a name
	// whose initials spell it matches it.
	acronym bool
	// negated is set for a verb the question denies ("Why did she not
	// attend?"): a word of refusal or absence ("skipped") matches it.
	negated bool
	// frame is set for a word of the question's frame rather than its
	// content ("the name of", "is known as", "what type of"), which the
	// answer sentence often words otherwise or leaves out.
	frame bool
	// facts are what matchTerm asks of the word, found once.
	facts wordFacts
	// era is the span of years a century or a decade covers ("the
	// 1600s", "the 17th century", "the 1990s"), zero for other words.
	era [2]int
	// num is the value of a number however written ("nine", "9",
	// "10,000", "first", "1st"); numKind says whether it is one.
	num     float64
	numKind numeral
	// scaled is the value of a number written with its scale, in one
	// word or two ("26bn", "26 billion"), 0 for other words: a chat
	// types "10m copies" where the story says "10 million copies".
	scaled float64
	// runInitials are the initials of run when it has two words or more
	// ("us" of "united states"), found once: a short form in capitals
	// meets them (initialism).
	runInitials string
}

// Nouns after what/which that decide the answer type.
var (
	personNouns = set(`person man woman men women people guy guys bloke chap boy girl child children player leader
		official politician minister president author writer singer actor actress scientist
		doctor teacher student students name names spokesman spokesperson athlete coach
		member members parent parents resident residents worker workers farmer farmers fan fans
		citizen citizens expert experts volunteer volunteers family families friend friends
		kid kids teenager teenagers voter voters soldier soldiers police officer officers
		nurse nurses patient patients victim victims refugee refugees employee employees
		researcher researchers lawyer lawyers judge judges scientists doctors teachers
		players leaders officials politicians ministers authors writers athletes
		king kings queen queens emperor emperors ruler rulers monarch monarchs prince princess duke
		pope bishop priest saint commander captain governor mayor chancellor senator
		founder founders owner owners chairman director manager professor scholar scholars
		poet poets artist artists composer composers painter painters architect architects
		son sons daughter daughters brother brothers sister sisters sibling siblings wife wives
		husband husbands mother mothers father fathers cousin cousins uncle uncles aunt aunts
		nephew nephews niece nieces grandson grandsons granddaughter granddaughters
		philosopher philosophers explorer explorers inventor inventors musician musicians
		engineer engineers rider riders journalist journalists
		economist economists astronaut astronauts detective reporter reporters
		striker strikers midfielder midfielders defender defenders goalkeeper goalkeepers keeper
		winger wingers batsman batsmen bowler bowlers jockey jockeys boxer boxers golfer golfers
		swimmer swimmers sprinter sprinters runner runners cyclist cyclists champion champions
		rapper rappers producer producers presenter presenters comedian comedians novelist
		novelists chef chefs referee referees umpire umpires manager managers skipper
		winner winners laureate laureates victim victims survivor survivors
		councillor councillors councilor councilors mp mps candidate candidates
		businessman businessmen businesswoman entrepreneur entrepreneurs executive executives
		boss bosses analyst analysts activist activists campaigner campaigners protester
		protesters investor investors banker bankers designer designers spokeswoman`)
	orgNouns = set(`company organization organisation group team party agency firm business band club university school network newspaper
		charity broadcaster magazine bank`)
	// orgKindNouns type a what/which question as asking for an
	// organisation too: "Which regulator...?", "What department...?".
	// They are not orgNouns, which also make a phrase an organisation's
	// (typeFit): "budget airline" names none.
	orgKindNouns = set(`body regulator watchdog union federation association authority commission institute
		institution ministry department airline carrier retailer supermarket chain publisher label
		studio insurer manufacturer carmaker operator lender brand supplier
		maker makers giant giants provider providers conglomerate consortium distributor brewer outfit startup start-up`)
	placeNouns = set(`city country province state town place village region area continent
		island capital location neighbourhood neighborhood street country's site river lake
		stadium venue ground county airport port harbour harbor valley coast`)
	dateNouns  = set(`year day date month time century decade season week era period hour minute deadline weekend morning afternoon evening night`)
	laterWords = set(`longer later earlier sooner`)
	// A forecast, in news, is a figure: "the growth forecast for 2005".
	countNouns = set(`number percentage percent proportion share amount population rate total turnout forecast stake ` + numberedMeasures)
	moneyNouns = set(`price cost fee salary wage fare rent value worth budget profit revenue turnover earning
		income debt deficit fine tax bonus payout compensation pension loan donation ransom`)
	ageNouns    = set(`age`)
	titleNouns  = set(`title job position role post rank occupation profession`)
	reasonNouns = set(`reason reasons cause purpose motive grounds`)
	// pluralSenseNouns mean another thing in the plural than in the
	// singular, and keep their plural as the noun asked: "On what
	// grounds...?" asks a reason, "At which ground...?" a venue.
	pluralSenseNouns = set(`grounds`)
	mannerNouns      = set(`way manner means method`)
	// relationNouns say the answer's type and also what it is to the
	// question's name: "the capital of Kenya" is answered by a sentence
	// that says "capital", where "What city...?" need not say "city".
	relationNouns = set(`capital headquarters birthplace hometown`)
)

// fragmentThe is the article a noun phrase asked about alone takes when
// it is written out as a question ("oil price?": "what is the oil
// price"): none when it has one or an owner of its own ("the leader
// of...", "Russia's leader").
func fragmentThe(toks []token) string {
	if toks[0].tag == tagDet || len(toks) > 1 && toks[1].tag == tagPossess {
		return ""
	}
	return "the "
}

// fragmentWh returns the wh-word a question that is a noun phrase alone
// asks with: "who" for a noun of people or a title ("leader of the
// Russian delegation", "Russian delegation leader"), "what" for another
// noun ("price of oil", "rate on the account"); "" for a question with a
// verb, an imperative, a name alone ("Istanbul?" could ask anything), a
// phrase that starts with a preposition or a single word. The head is
// the last common noun before the first preposition.
func fragmentWh(toks []token) string {
	if len(toks) < 2 {
		return "" // "Medinsky?", "price?": too little to read
	}
	if imperatives[toks[0].low] {
		return "" // analyzeImperative's
	}
	head := fragmentHead(toks)
	if head < 0 {
		return ""
	}
	// "rightmove commercial director name": the name of a director is
	// asked for as the director is.
	if nameWords[toks[head].low] && head > 0 && (toks[head-1].tag == tagWord || toks[head-1].tag == tagTitle) {
		head--
	}
	return wordWh(toks[head])
}

// fragmentHead returns the head of a noun phrase typed alone: the last
// common noun before the first preposition, or of the phrase; -1 when
// the words are no noun phrase (fragmentWh).
func fragmentHead(toks []token) int {
	// The head is the last common noun before the first preposition, or
	// of the phrase.
	head, afterPrep := -1, false
	for i, t := range toks {
		switch {
		case t.tag == tagTime && i > 0 && (toks[i-1].low == "this" || toks[i-1].low == "last" || toks[i-1].low == "next"):
			// "deloitte growth forecast this year": a time said of the
			// phrase, not its head.
		case t.tag == tagWord || t.tag == tagTitle || t.tag == tagTime:
			if !afterPrep {
				head = i
			}
		case t.tag == tagProper || t.tag == tagGentile || t.tag == tagDet || t.tag == tagPossess || t.tag == tagNumber || t.tag == tagMonth || t.tag == tagConj:
		case t.tag == tagWeekday && i > 0:
			// "share price early thursday": a day said of the phrase,
			// as a month is.
		case t.tag == tagVerb && i+1 < len(toks) && (strings.HasSuffix(t.low, "ing") || strings.HasSuffix(t.low, "ed")):
			// A word in -ing or -ed before more of the phrase qualifies
			// it, or is a name typed in small letters: "incoming
			// commission president", "boeing q4 profit".
		case t.tag == tagVerb && afterPrep && i+1 == len(toks) && strings.HasSuffix(t.low, "ing") && (toks[i-1].tag == tagWord || toks[i-1].tag == tagProper):
			// A word in -ing that ends the phrase after a preposition and
			// a noun is a noun: "date of the world premiere screening",
			// "venue for the signing".
		case t.text == "us" && i+1 < len(toks):
			// "psp us release date": without a verb, "us" is the
			// country (truecased writes it so).
		case t.tag == tagPunct && (t.text == "&" || t.text == "/"):
			// "alliance & leicester", "blue gene/l", "captain/coach".
		case t.tag == tagPrep:
			if head < 0 {
				return -1 // "in Istanbul?"
			}
			afterPrep = true // "price of oil", "rate on the account"
		default:
			return -1 // a verb, an auxiliary, a wh-word, a clause, punctuation
		}
	}
	return head
}

// verbal reports whether a word is a verb or an auxiliary, by its tag or,
// however tagged, by a verb's stem the lexicon knows ("states" after a
// noun).
func verbal(t token) bool {
	return t.tag == tagVerb || t.tag == tagAux || verbStems[t.stem]
}

// dashes set a wh-phrase typed last apart from what it asks about.
var dashes = set(`- – — :`)

// nameWords ask for a name: "the director's name".
var nameWords = set(`name names`)

// wordWh is the wh-word that asks for a thing a noun names: who for
// people or a title, what for the rest.
func wordWh(t token) string {
	if peopleNoun(t.low) || t.tag == tagTitle || titleHeads[t.low] || personByEnding(t.low) {
		return "who"
	}
	return "what"
}

// personByEnding reports whether a singular noun names a person by what
// they do, by an ending no thing has: "publicist", "columnist",
// "co-ordinator". agentNoun's endings are wider ("-er", "-or"): "computer"
// and "sector" are no one, and would make "sector growth?" ask who.
func personByEnding(w string) bool {
	return len(w) >= 7 && strings.HasSuffix(w, "ist") || strings.HasSuffix(w, "ordinator")
}

// contractedAfterWh reads "'s" after a wh-word as the "is" it stands for,
// not a possessive: "What's Rubio's title?", "Where's the meeting?", "how
// old's monfils". Chat questions are typed so. It runs after baseTag,
// which tags by the text.
func contractedAfterWh(toks []token) {
	is := isToken
	for i := 1; i < len(toks); i++ {
		if toks[i].low != "'s" {
			continue
		}
		var verb bool
		switch toks[i-1].low {
		case "what", "who", "where", "when", "why", "how":
			verb = true
		default:
			// "which ground's the game at", "what time's the match": after
			// the wh-word's noun and before a determiner, "'s" is "is" (an
			// owner's "'s" comes before a noun: "which team's captain").
			verb = i >= 2 && (toks[i-2].low == "which" || toks[i-2].low == "what") && i+1 < len(toks) && determiners[toks[i+1].low]
			// "how old's monfils", "how much's the ds": after "how" and
			// its adjective, "'s" is "is" too.
			verb = verb || i >= 2 && toks[i-2].low == "how"
		}
		if verb {
			toks[i].low, toks[i].stem, toks[i].root, toks[i].tag = is.low, is.stem, is.root, is.tag
		}
	}
}

// isToken is the word "is", as contractedAfterWh writes it for "'s".
var isToken = func() token {
	t := tokenize("is")[0]
	t.tag = baseTag(t)
	return t
}()

// analyzeQuestion reads a question: its type, the answer type it expects
// and the words the answer sentence should hold.
func analyzeQuestion(text string) question { return analyzeText(text, true, false) }

// clauseOpening returns where the first clause of a question without a
// wh-word opens: at its first verb or relative pronoun ("beaten by dyer",
// "that chipped in"), at a subject's pronoun or an "if" after a noun
// ("max fine they face", "comeback date if all goes ok"), or at an
// auxiliary after the subject of a clause that has no relative pronoun
// ("the big money is on"); -1 when none does, or when the auxiliary makes
// a statement of the whole phrase ("The Russian delegation was led
// by?").
func clauseOpening(toks []token) int {
	for k, t := range toks {
		switch {
		case t.tag == tagVerb || t.low == "that" || t.low == "who" || t.low == "which":
			return k
		case k >= 2 && (subjectPronouns[t.low] || t.low == "if" || t.low == "unless") &&
			(toks[k-1].tag == tagWord || toks[k-1].tag == tagTitle || toks[k-1].tag == tagTime):
			return k
		case t.tag == tagAux:
			if relativeSubjectBefore(toks, k) {
				return k
			}
			return -1
		}
	}
	return -1
}

// relativeSubjectBefore reports whether, before the auxiliary at k, a
// common noun is followed by the start of another noun phrase, a
// determiner, a pronoun or a name: the subject of a clause on the noun
// ("year Sundance was founded", "election date the big money is on"),
// not a statement whose subject is the whole phrase ("The Russian
// delegation was led by?").
func relativeSubjectBefore(toks []token, k int) bool {
	noun := false
	for _, t := range toks[:k] {
		switch {
		case noun && (t.tag == tagDet || t.tag == tagPronoun || t.tag == tagProper):
			return true
		case t.tag == tagWord || t.tag == tagTime || t.tag == tagTitle:
			noun = true
		}
	}
	return false
}

// analyzeText is analyzeQuestion; fragments says whether a noun phrase
// alone may be read as a question about it (once: the reading is a
// question with a wh-word), and phrase whether text is such a reading.
func analyzeText(text string, fragments, phrase bool) question {
	q := question{text: cleanQuestion(text), phrase: phrase}
	q.toks = tokenize(q.text)
	for i := range q.toks {
		q.toks[i].tag = baseTag(q.toks[i])
	}
	tagApostrophes(q.toks)
	// "What was the average asking price?", "Which injured player...?":
	// a word in -ing between a determiner and its noun, or one in -ed
	// after "which", qualifies the noun; it is no verb.
	for i := range q.toks {
		if q.toks[i].tag == tagVerb && (ingQualifier(q.toks, i) || edQualifier(q.toks, i)) {
			q.toks[i].tag = tagWord
		}
	}
	contractedAfterWh(q.toks)
	// A capitalised first word is a name only if the next is too or it is
	// a known place; "Name the..." and "Describe..." are not names.
	fixInitial(q.toks, nil)
	q.tense = tenseOf(q.toks)
	for _, t := range q.toks {
		switch t.low {
		case "name", "names", "named", "called", "call", "known", "term", "termed", "nicknamed", "dubbed":
			q.asksName = true
		}
	}
	skip := make([]bool, len(q.toks)) // words that ask rather than tell
	wi := -1
	for i, t := range q.toks {
		if t.tag == tagWh {
			wi = i
			break
		}
	}
	// "leader of the russian delegation?", "oil price?": a noun phrase
	// alone asks what, or who, it is.
	if wi < 0 && fragments {
		// "number of gun deaths in 2004?" asks how many.
		if len(q.toks) > 2 && q.toks[0].low == "number" && q.toks[1].low == "of" {
			return analyzeText("how many "+q.text[q.toks[2].start:], false, false)
		}
		if wh := fragmentWh(q.toks); wh != "" {
			return analyzeText(wh+" is "+fragmentThe(q.toks)+q.text, false, true)
		}
		// "bolton keeper beaten by dyer", "atp tour sponsor that chipped
		// in", "election date the big money is on": a noun phrase with a
		// clause on it asks who or what it is, as the phrase alone would.
		if k := clauseOpening(q.toks); k >= 2 {
			if wh := fragmentWh(q.toks[:k]); wh != "" {
				return analyzeText(wh+" is "+fragmentThe(q.toks)+q.text, false, true)
			}
		} else if k == 1 && len(q.toks) > 2 && (q.toks[0].tag == tagWord || q.toks[0].tag == tagTitle) {
			// "film that first made him famous", "copies sold since
			// 1952": one noun and a clause on it.
			return analyzeText(wordWh(q.toks[0])+" is "+fragmentThe(q.toks)+q.text, false, true)
		}
	}
	// "leeds debt when krasner's lot took over?": a noun phrase before a
	// clause of time asks what it was then, as the phrase alone would.
	// A "when" with no clause after it, or a preposition's, is the
	// question's own: "biggest core rise since when", "cameras last
	// allowed in court when" ask a time.
	if fragments && wi > 1 && q.toks[wi].low == "when" && wi+1 < len(q.toks) && !prepositions[q.toks[wi-1].low] {
		if wh := fragmentWh(q.toks[:wi]); wh != "" {
			return analyzeText(wh+" was "+fragmentThe(q.toks)+q.text, false, true)
		}
	}
	// "andrew beh analyst - which broker", "marsh q4 loss - how big": a
	// phrase, a dash and a wh-phrase with no verb of its own ask the
	// wh-phrase of the phrase, as "which broker is andrew beh analyst".
	if fragments && wi > 1 && dashes[q.toks[wi-1].text] && !slices.ContainsFunc(q.toks[wi+1:], verbal) {
		return analyzeText(q.text[q.toks[wi].start:]+" is "+strings.TrimSpace(q.text[:q.toks[wi-1].start]), false, false)
	}
	// "When he lived in Lisbon, what would Tomas do...?": a clause before
	// the question proper.
	if wi == 0 && (q.toks[0].low == "when" || q.toks[0].low == "while") {
		for i := 1; i+1 < len(q.toks); i++ {
			if q.toks[i].text == "," && q.toks[i+1].tag == tagWh {
				wi = i + 1
				break
			}
		}
		// Without the comma the clause shows itself by its order: a
		// question's "when" is followed by an auxiliary ("When was...?"),
		// a clause's by its subject ("When a pathogen has been eaten...
		// it becomes trapped in what vesicle?"). "what" is never a
		// relative pronoun, so a later one asks the question.
		if wi == 0 && len(q.toks) > 1 && q.toks[1].tag != tagAux {
			for i := 2; i < len(q.toks); i++ {
				if q.toks[i].low == "what" {
					wi = i
					break
				}
			}
		}
	}
	next := func(k int) string {
		if k < len(q.toks) {
			return q.toks[k].low
		}
		return ""
	}
	if wi < 0 {
		q.analyzeImperative(skip)
	} else {
		skip[wi] = true
		q.wh = q.toks[wi].low
		switch q.wh {
		case "who", "whom", "whose":
			q.want = typePerson
		case "when":
			q.want = typeDate
		case "where":
			q.want = typePlace
		case "why":
			q.want = typeReason
		case "how":
			q.want = typeManner
			switch a := next(wi + 1); a {
			case "many":
				q.wh, q.want = "how many", typeCount
				skip[wi+1] = true
				// The counted noun: "how many lower-level officials",
				// "how many of the targets".
				from := wi + 2
				if next(from) == "of" && from+1 < len(q.toks) && q.toks[from+1].tag == tagDet {
					from += 2
				}
				for k := from; k < len(q.toks) && countedNounTag(q.toks[k].tag); k++ {
					if k > from && (verbStems[q.toks[k].stem] || units[q.toks[k-1].low] || groupAdverbs[q.toks[k].low]) {
						break // "how many workers joined", "how many miles east", "how many peers still sit"
					}
					q.focus = q.toks[k].stem
				}
			case "much":
				q.wh, q.want = "how much", typeQuantity
				skip[wi+1] = true
				switch {
				case next(wi+2) == "time" || laterWords[next(wi+2)]:
					// "How much time do users spend searching?" asks how
					// long, whatever is spent; so does "How much longer
					// have firms been given?".
					q.want = typeDuration
				case q.mentionsMoney():
					q.want = typeMoney
				}
			case "come":
				// "How come Putin did not go?" asks why.
				q.wh, q.want = "why", typeReason
				skip[wi+1] = true
			case "long":
				q.wh, q.want = "how long", typeDuration
				skip[wi+1] = true
			case "old":
				q.wh, q.want = "how old", typeAge
				skip[wi+1] = true
			// A degree asks for a measure: "How late was the plane?" is
			// answered "10 hours", "How close was the fire?" "9
			// kilometres", not a manner.
			case "far", "tall", "high", "large", "big", "wide", "deep", "heavy", "fast", "often",
				"small", "short", "hot", "cold", "low", "long-term", "severe", "serious", "strong",
				"late", "early", "soon", "young", "close", "near", "steep", "thick",
				"badly", "heavily": // "How badly did New Zealand beat France?": by 45-6
				q.wh, q.want = "how "+a, typeQuantity
				q.focus = stem(a)
				skip[wi+1] = true
				if a == "far" && next(wi+2) == "back" {
					// "How far back do the records go?" asks for a time.
					q.want, q.focus = typeDate, ""
				}
				// "How large were the debts?", "How high are the fees?": a sum.
				if sizes[a] && q.mentionsMoney() {
					q.want, q.focus = typeMoney, ""
				}
			}
		case "what", "which":
			q.analyzeWhat(wi, skip)
			// "At what point did IE hold 95.5%?" asks when.
			if wi > 0 && q.toks[wi-1].low == "at" && next(wi+1) == "point" {
				q.want = typeDate
			}
			// "In what way...?" and "By what means...?" ask how.
			if wi > 0 && (q.toks[wi-1].low == "in" || q.toks[wi-1].low == "by") && mannerNouns[next(wi+1)] {
				q.want = typeManner
			}
		}
	}
	refineTags(q.toks)
	nameSurnames(q.toks)
	// "did house prices go up": a verb and its particle are a verb,
	// whatever its form; not "the kick off", a noun.
	for i := range q.toks {
		if q.toks[i].tag == tagWord && (i == 0 || q.toks[i-1].tag != tagDet) && phrasalAt(q.toks, i) != "" {
			q.toks[i].tag = tagVerb
		}
	}
	if q.wh == "what" || q.wh == "which" {
		q.nounAfterWh(wi)
	}
	q.findForm(wi, skip)
	// "Who does Halvorsen think built the wall?": the question is about
	// the verb the thinking is about, and its subject.
	if v := q.verbPos; v >= 0 && v+1 < len(q.toks) && opinionStems[q.toks[v].stem] && q.wh != "what" {
		if n := q.toks[v+1]; n.tag == tagVerb || n.tag == tagWord && verbStems[n.stem] {
			q.toks[v+1].tag = tagVerb
			q.verbPos, q.form = v+1, formSubject
		}
	}
	// "Where did UKIP finish in the election?", "where did the dow
	// close?" ask a position or a level ("fourth", "15th place",
	// "10,137"), not a place: asked where with a verb of position, the
	// question takes what the sentence says there, of no type.
	if q.wh == "where" && q.want == typePlace && q.verbPos >= 0 && positionVerbs[q.toks[q.verbPos].stem] {
		q.want = typeOther
	}
	// "What time did Holmes run in Birmingham?" asks how long the race
	// took her ("52.98 seconds"), not when it started.
	if q.want == typeDate && q.focus == timeStem && q.verbPos >= 0 && raceStems[q.toks[q.verbPos].stem] {
		q.want = typeDuration
	}
	// "Who is Vladimir Medinsky?": a definition; the answer is a title or
	// description, not another name.
	// "What is the unemployment rate?" asks a number, not what the rate is.
	if q.form == formCopula && (q.wh == "who" || q.wh == "what" && !q.typed()) && q.isDefinition(wi) {
		q.definition = true
		if q.wh == "who" {
			q.want = typeTitle
		}
	}
	if (q.wh == "what" || q.wh == "which") && q.want == typeOther && q.focus == "" && !q.definition {
		q.focus = q.headNoun(wi)
	}
	q.employer = asksEmployer(&q)
	if q.wh == "which" && q.want == typeCount && q.focus == numberStem && rankHolder(q.toks, wi) {
		q.want, q.focus = typePerson, ""
	}
	q.whPos, q.whEnd = wi, whPhraseEnd(q.toks, wi, skip)
	for k := wi + 1; k+1 < q.whEnd; k++ {
		if !kindOfAt(q.toks, k) {
			continue
		}
		if !q.kindOf && q.focus != "" {
			for p := k + 2; p < q.whEnd && q.toks[p].stem != q.focus; p++ {
				q.kindCompound = append(q.kindCompound, q.toks[p].stem)
			}
		}
		q.kindOf = true
	}
	called := q.calledKind()
	switch {
	case q.focus != "" && q.whEnd > q.whPos+1:
		q.kind = q.focus
	case called != "":
		q.kind = called
	case q.saysName():
		q.kind = q.namedKind()
		// "What is the name of the defence minister?" asks who holds
		// the title, as "Who is the defence minister?" does.
		if q.want == typeOther && q.namesPerson() {
			q.want = typePerson
		}
	}
	if q.kind != "" {
		q.kindRel = relatedStems(q.kind)
	}
	q.several = q.asksSeveral()
	q.rankBelow = asksRankBelow(&q)
	q.rank = q.asksRank()
	q.aside = q.setAside()
	q.collectTerms(skip)
	q.findExpansion()
	q.settingTerms(wi)
	q.findRole()
	q.names = properRuns(q.toks)
	return q
}

// asksSeveral reports whether a what-, which- or who-question asks for
// several things: its noun is plural ("What Irish cities...?", "Which
// countries...?") or counted ("What two areas...?", "What are the three
// sources...?", "Who were the two abbots...?"). The answer is then a
// list, whole.
func (q *question) asksSeveral() bool {
	if q.wh != "what" && q.wh != "which" && q.wh != "who" || q.whPos < 0 {
		return false
	}
	if q.plural {
		return true
	}
	end := q.whEnd
	if end < len(q.toks) && copulas[q.toks[end].low] {
		end += 3 // "What are the three sources", "Who were the two abbots"
	}
	for k := q.whPos + 1; k < min(end, len(q.toks)); k++ {
		t := q.toks[k]
		switch {
		case t.tag == tagNumber && (smallCounts[t.low] || startsWithDigit(t.text) && len(t.text) == 1 && t.text != "1"):
			return true
		case k >= q.whEnd || t.tag != tagWord || !pluralNoun(t):
		case q.kindOf && kindWords[t.low]:
			return true // "what kinds of engines"
		case !q.kindOf && t.stem == q.focus:
			return true // "what animals"; "what type of engines" asks for one
		}
	}
	return false
}

// asksOne reports whether a question asks for one thing: a singular
// noun after which or what ("Which company...?"), or who is the one of a
// kind ("Who is the chairman...?"). "Who was in the delegation?" asks for
// its members, whatever the verb's number.
func (q *question) asksOne() bool {
	if q.whPos < 0 || q.several {
		return false
	}
	switch q.wh {
	case "which", "what":
		return q.focus != "" && q.whEnd > q.whPos+1 && !q.plural
	case "who":
		k := q.whPos + 1
		return k+1 < len(q.toks) && (q.toks[k].low == "is" || q.toks[k].low == "was" || q.toks[k].low == "'s") &&
			q.toks[k+1].tag == tagDet
	}
	return false
}

// setAside returns the stems of the words the question gives as known
// members of what it asks for: "Along with electric motors, what...",
// "Besides Britain and North America, where else...".
func (q *question) setAside() []string {
	var out []string
	for k := 0; k < len(q.toks); k++ {
		n := asideMarker(q.toks, k)
		if n == 0 {
			continue
		}
		for k += n; k < len(q.toks) && (q.toks[k].text != "," || listGoesOn(q.toks, k+1)) && q.toks[k].tag != tagWh; k++ {
			if !isStopWord(q.toks[k].low) && q.toks[k].text != "," {
				out = append(out, q.toks[k].stem)
			}
		}
	}
	return out
}

// listGoesOn reports whether a list's next member starts at k: nominal
// words up to the next comma or conjunction ("admission, exhaust and
// compression, what...?"), not the question's own clause.
func listGoesOn(toks []token, k int) bool {
	e := k
	for e < len(toks) && isNominal(toks[e].tag) {
		e++
	}
	return e > k && e < len(toks) && (toks[e].text == "," || toks[e].low == "and" || toks[e].low == "or")
}

// asideMarker returns the length of the words at k that set a known
// member aside ("along with", "besides", "other than"), or 0.
func asideMarker(toks []token, k int) int {
	next := func(w string) bool { return k+1 < len(toks) && toks[k+1].low == w }
	switch toks[k].low {
	case "besides", "except":
		return 1
	case "along", "together":
		if next("with") {
			return 2
		}
	case "apart", "aside":
		if next("from") {
			return 2
		}
	case "other":
		if next("than") {
			return 2
		}
	case "as":
		if next("well") && k+2 < len(toks) && toks[k+2].low == "as" {
			return 3
		}
	case "in":
		if next("addition") && k+2 < len(toks) && toks[k+2].low == "to" {
			return 3
		}
	}
	return 0
}

// pluralNoun reports whether a noun is plural by its form: "animals",
// not "bus", "glass" or "analysis".
func pluralNoun(t token) bool {
	return t.stem != t.low && sEnding(t.low)
}

// sEnding reports whether a word ends in the -s of a plural or of a verb's
// third person, not in one of "ss", "us", "is" ("boss", "focus",
// "analysis").
func sEnding(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// kindWords ask for kinds of a thing.
var kindWords = set(`types kinds sorts forms varieties`)

// smallCounts are the numbers of things a question asks for at once.
var smallCounts = set(`two three four five six seven eight nine ten`)

// imperatives open a question asked as a command: "Name the...", "List
// the...". analyzeImperative reads them; fragmentWh leaves them to it.
var imperatives = set(`name list identify give state describe explain`)

// analyzeImperative handles "Name the ..." and "List ..." and yes/no
// questions.
func (q *question) analyzeImperative(skip []bool) {
	if len(q.toks) == 0 {
		return
	}
	if imperatives[q.toks[0].low] {
		skip[0] = true
		q.wh = "name"
		for i := 1; i < len(q.toks); i++ {
			if q.toks[i].tag == tagDet || q.toks[i].tag == tagNumber {
				continue
			}
			if q.typeFromNoun(q.toks[i].low) {
				skip[i] = true
			}
			break
		}
	}
}

func (q *question) mentionsMoney() bool {
	for _, t := range q.toks {
		if moneyWords[t.low] || moneyNouns[strings.TrimSuffix(t.low, "s")] || related(t.stem, "cost") || t.stem == "earn" || t.stem == "spend" ||
			t.stem == "rais" || t.stem == "donat" || t.stem == "fund" {
			return true
		}
	}
	return false
}

// isDefinition reports whether the question is "who/what is X" with X a
// name or a short noun phrase and nothing else.
func (q *question) isDefinition(wi int) bool {
	if wi < 0 || wi+2 > len(q.toks) || q.toks[wi+1].tag != tagAux || wi != 0 {
		return false
	}
	switch q.toks[wi+1].low {
	case "is", "was", "are", "were", "'s":
	default:
		return false
	}
	rest := q.toks[wi+2:]
	if len(rest) == 0 {
		return false
	}
	for _, t := range rest {
		switch t.tag {
		case tagProper, tagDet, tagGentile, tagTitle, tagWord, tagPunct, tagQuote:
		default:
			return false
		}
		if t.tag == tagWord && q.wh == "who" {
			return false
		}
	}
	// "Who is the chancellor?", "Who is the Chelsea manager?": a title
	// heads the phrase, and the answer is who holds it, not a definition.
	last := len(rest) - 1
	for last > 0 && (rest[last].tag == tagPunct || rest[last].tag == tagQuote) {
		last--
	}
	if q.wh == "who" && rest[last].tag == tagTitle {
		return false
	}
	// "Who is the Culture Secretary?": a title in capitals after "the"
	// is still a title, not a name to define.
	if q.wh == "who" && rest[0].tag == tagDet && titleHeads[rest[last].low] {
		return false
	}
	// A noun phrase alone asks for a value when its common noun follows
	// a name: "uwb range" ("what is the UWB range"), "kodak theatre
	// capacity" ask what the name's range or capacity is, as "the range
	// of UWB" does. Written out, "What is the Varna accord?" asks what
	// the accord named so is.
	if q.phrase && q.wh == "what" && rest[0].low == "the" && rest[last].tag == tagWord {
		for _, t := range rest[:last] {
			if t.tag == tagProper {
				return false
			}
		}
	}
	return true
}

// nameSurnames tags as a name the surname a question spells as a title
// or a month, as the sentences' names are ("Who is Theresa May?", "What
// did John Major say?"; see titleSurname and monthSurname).
func nameSurnames(toks []token) {
	for i := range toks {
		if toks[i].tag == tagProper && (i == 0 || toks[i-1].tag != tagProper) && i+1 < len(toks) &&
			toks[i+1].tag != tagProper && (titleSurname(toks, i, i+1) || monthSurname(toks, i, i+1)) {
			toks[i+1].tag = tagProper
		}
	}
}

// opinionStems are the verbs of "Who does X think did Y?".
var opinionStems = set(stem("think") + " " + stem("believe") + " " + stem("say") + " " + stem("suspect") + " " +
	stem("expect") + " " + stem("feel") + " " + stem("suggest") + " " + stem("claim"))

// placeVerbs say nothing but where a thing is: "Where is X located?".
var placeVerbs = set(stem("located") + " " + stem("situated") + " " + stem("based") + " " + stem("found"))

// eventVerbs say that an event took place, and no more, asked where or
// when: "Where were the talks held?" is where the talks were.
var eventVerbs = set(stem("held") + " " + stem("staged"))

// runAdverb reports whether a word is an adverb that may stand between a
// question's noun and its verb: one in -ly, or one of time ("What museum
// currently houses...?", "What team now leads...?").
func runAdverb(t token) bool {
	return t.tag == tagAdverb || t.tag == tagTime && relativeTime[t.low]
}

// edModifier reports whether a word is a participle in -ed before a noun
// ("armed", "Munich-based"), not a noun in -ed ("bed", "speed").
func edModifier(t token) bool {
	return len(t.low) > 4 && strings.HasSuffix(t.low, "ed") && !strings.HasSuffix(t.low, "eed")
}

// verbInRun finds the verb in a run of words after "what" or "which" that
// no auxiliary or tagged verb follows, toks[k:j]: "What toxin induces
// apoptosis?", "What cells digest old bones?". The subject comes first, so
// the verb is a later word: one an adverb comes before ("castle currently
// houses"), a known verb, else a verb by agreement, a word in -s
// after a singular noun ("toxin induces") or a bare word after a plural
// one ("cells digest"). It returns -1 when none is.
func verbInRun(toks []token, k, j int) int {
	if j < len(toks) && (toks[j].tag == tagAux || toks[j].tag == tagVerb) {
		return -1
	}
	plural := func(t token) bool { return t.tag == tagWord && sEnding(t.low) }
	// A modifier in -ed is no subject: "Which Munich-based research
	// institute produces...?".
	nounBefore := func(p int) bool {
		return toks[p-1].tag == tagWord && !edModifier(toks[p-1]) || toks[p-1].tag == tagProper
	}
	// An adverb between the noun and a word, in -ly or of time: the word
	// is the verb ("What castle currently houses...?", "What disease
	// mostly strikes men?").
	for p := k + 2; p < j; p++ {
		if toks[p].tag == tagWord && !stopWords[toks[p].low] && runAdverb(toks[p-1]) && nounBefore(p-1) {
			return p
		}
	}
	for p := k + 1; p < j; p++ {
		if toks[p].tag == tagWord && !stopWords[toks[p].low] && verbStems[toks[p].stem] && nounBefore(p) {
			return p
		}
	}
	for p := k + 1; p < j; p++ {
		t := toks[p]
		if t.tag == tagWord && !stopWords[t.low] && nounBefore(p) && (plural(t) && !plural(toks[p-1]) || !plural(t) && plural(toks[p-1])) {
			return p
		}
	}
	return -1
}

// findForm finds the question's main verb and its form: subject ("Who
// leads...", "What is giving..."), object ("What did Ukraine accept?"), or
// copula ("What is X?"). Questions put the verb where the sentence tagger
// would not look for one, so it is tagged here.
func (q *question) findForm(wi int, skip []bool) {
	q.verbPos = -1
	toks := q.toks
	if wi < 0 {
		return
	}
	if v, ok := inSitu(toks, wi); ok {
		if v >= 0 {
			toks[v].tag = tagVerb
		}
		q.form, q.verbPos = formObject, v
		return
	}
	k := wi + 1
	// Skip the asked-about noun phrase: "which city did", "whose
	// invitation did", "how many old coins does", "what other
	// type of boat does".
	if q.wh == "whose" || q.wh == "what" || q.wh == "which" || q.wh == "how many" || q.wh == "how much" {
		for k < len(toks) && skip[k] {
			k++
		}
		// "Which report was published?": the tagger took "which" for a
		// relative pronoun and its noun for a verb.
		if q.wh == "which" && k == wi+1 && k+1 < len(toks) && toks[k].tag == tagVerb && !participle(toks[k]) &&
			!strings.HasSuffix(toks[k].low, "ed") && !strings.HasSuffix(toks[k].low, "ing") &&
			(toks[k+1].tag == tagAux || toks[k+1].low == "of" || toks[k+1].tag == tagVerb || toks[k+1].tag == tagWord) {
			toks[k].tag = tagWord
		}
		// "Which countries offer broadband speeds...?": the asked-about
		// noun is skipped, and a verb right after it is the verb, not the
		// first noun of a run whose verb comes later.
		// Not after a modifier in -ed: "Which Munich-based research
		// institute produces...?".
		if k > wi+1 && k < len(toks) && skip[k-1] && !edModifier(toks[k-1]) && toks[k].tag == tagWord && verbStems[toks[k].stem] && !stopWords[toks[k].low] &&
			(k+1 == len(toks) || toks[k+1].tag != tagAux && toks[k+1].tag != tagVerb) {
			toks[k].tag = tagVerb
			q.form, q.verbPos = formSubject, k
			return
		}
		j := k
		for j < len(toks) && (isNominal(toks[j].tag) && (toks[j].tag != tagDet || j > k && toks[j-1].low == "of") || toks[j].low == "of" || runAdverb(toks[j]) ||
			toks[j].tag == tagVerb && strings.HasSuffix(toks[j].low, "ing") && j+1 < len(toks) && toks[j+1].tag == tagWord) {
			j++
		}
		// The counted noun's own phrase of place or origin before the
		// verb: "How many parents from Calgary protested...?" (without
		// it, the fallback below takes "parents" for the verb). Not for
		// what and which: "What department in the U.S. spearheaded...?"
		// read so answered more of squad2-dev's unanswerable questions.
		for hop := 0; hop < 2 && q.wh == "how many" && j > k && j+1 < len(toks) && toks[j].tag == tagPrep && toks[j].low != "of"; hop++ {
			e := j + 1
			for e < len(toks) && isNominal(toks[e].tag) {
				e++
			}
			if e == j+1 || e == len(toks) {
				break
			}
			j = e
		}
		// "Which treaty, according to Tony Blair, secured...?": an aside
		// set off by commas stands between the noun and its verb.
		if j > wi+1 && j < len(toks) && toks[j].text == "," {
			for c := j + 1; c+1 < len(toks); c++ {
				if toks[c].text == "," {
					j = c + 1
					break
				}
			}
		}
		switch {
		case j > k && j < len(toks) && (toks[j].tag == tagAux || toks[j].tag == tagNegation):
			// "What part of the mammoth has...?", "What cells can't...?"
			k = j
		case j > k && j < len(toks) && (toks[j].tag == tagVerb || toks[j].tag == tagWord && verbStems[toks[j].stem]):
			// "What factor delayed...", "How many people voted...".
			toks[j].tag = tagVerb
			q.form, q.verbPos = formSubject, j
			return
		}
		if v := verbInRun(toks, k, j); v > k {
			// "What toxin induces apoptosis?", "What cells digest old
			// bones?": a verb the tagger took for a noun, inside the run.
			toks[v].tag = tagVerb
			q.form, q.verbPos = formSubject, v
			return
		}
	}
	for k < len(toks) && skip[k] {
		k++
	}
	for k < len(toks) && (toks[k].low == "else" || toks[k].low == "exactly" || toks[k].tag == tagAdverb) {
		k++
	}
	if k >= len(toks) {
		return
	}
	isVerbLike := func(t token) bool {
		return t.tag == tagVerb || t.tag == tagWord && (verbStems[t.stem] || strings.HasSuffix(t.low, "s"))
	}
	// "Why didn't Canadian astronaut Julie Payette get time...?": after a
	// wh-word that cannot be the subject, a negated auxiliary is one like
	// any other, its subject after it.
	adjunct := q.wh == "why" || q.wh == "when" || q.wh == "where" || q.wh == "how" ||
		strings.HasPrefix(q.wh, "how ") && q.wh != "how many" && q.wh != "how much"
	negatedAux := toks[k].tag == tagNegation && adjunct
	if t := toks[k]; t.tag == tagNegation && k+1 < len(toks) && !negatedAux {
		// "Who doesn't need...": the negated auxiliary.
		toks[k+1].tag = tagVerb
		q.form, q.verbPos = formSubject, k+1
		return
	}
	if t := toks[k]; t.tag != tagAux && !negatedAux {
		if isVerbLike(t) || t.tag == tagWord {
			toks[k].tag = tagVerb
			q.form, q.verbPos = formSubject, k
		}
		return
	}
	m := k + 1
	for m < len(toks) && (toks[m].tag == tagNegation || toks[m].tag == tagAdverb || groupAdverbs[toks[m].low]) {
		m++
	}
	if m < len(toks) && (toks[k].low == "are" || toks[k].low == "were") && ingNounPhrase(toks[m:]) {
		// "What are ridings?", "What are returning officers?": a noun
		// phrase, not a verb.
		toks[m].tag = tagWord
	}
	if titleAsVerb(toks, k, m) {
		toks[m].tag = tagVerb
	}
	if m < len(toks) && (toks[m].tag == tagVerb || toks[m].tag == tagAux && toks[m].low != "'s") {
		// "Who will write", "What is giving", "Who has been named".
		for m+1 < len(toks) && toks[m].tag == tagAux && (toks[m+1].tag == tagVerb || toks[m+1].tag == tagAux) {
			m++
		}
		if toks[m].tag == tagVerb {
			q.form, q.verbPos = formSubject, m
			return
		}
	}
	if m < len(toks) && toks[m].tag == tagWord && verbStems[toks[m].stem] && toks[k].low != "is" && toks[k].low != "was" &&
		toks[k].low != "are" && toks[k].low != "were" && (m+1 == len(toks) || toks[m+1].tag != tagPossess) {
		toks[m].tag = tagVerb
		q.form, q.verbPos = formSubject, m
		return
	}
	// "Who has a team?": have as the main verb.
	if (toks[k].low == "has" || toks[k].low == "have" || toks[k].low == "had") && m < len(toks) && toks[m].tag == tagDet && !hasVerb(toks[m:]) {
		q.form, q.verbPos = formSubject, k
		return
	}
	// Auxiliary, subject, verb: "What did Ukraine accept?", "What is
	// Ukraine determined to pursue?".
	for i := m; i < len(toks); i++ {
		t := toks[i]
		if t.low == "do" && i > m && q.wh == "what" {
			// "What did Marsh do at sea?": the answer is what was done.
			q.form, q.verbPos, q.doWhat = formObject, i, true
			return
		}
		// "What capability does the device have?": after do, have is
		// the main verb ("have to" a modal, whose verb the chain below
		// takes: "did the group have to return"); not when it has an
		// object of its own, which carries the meaning ("does X have a
		// profound effect on").
		haveDone := t.low == "have" && i > m && (toks[k].low == "do" || toks[k].low == "does" || toks[k].low == "did") &&
			(i+1 == len(toks) || toks[i+1].tag != tagDet && toks[i+1].tag != tagVerb && toks[i+1].tag != tagPossess)
		if haveDone || t.tag == tagVerb || t.tag == tagWord && verbStems[t.stem] && i > m && !afterDeterminer(toks, m, i) &&
			(toks[i-1].tag == tagProper || toks[i-1].tag == tagWord || toks[i-1].tag == tagPronoun || toks[i-1].tag == tagTitle) &&
			(i+1 == len(toks) || toks[i+1].tag != tagPossess && toks[i+1].tag != tagWord) && !nounBeforeVerb(toks, m, i) &&
			!pluralAfterBe(toks[k], t) {
			// "What is Ukraine determined to pursue?": the last verb of a
			// chain is the one whose object is asked for.
			for i+2 < len(toks) && toks[i+1].low == "to" && (toks[i+2].tag == tagVerb || toks[i+2].tag == tagWord && verbStems[toks[i+2].stem]) {
				i += 2
			}
			toks[i].tag = tagVerb
			q.form, q.verbPos = formObject, i
			return
		}
		// A subject may hold a phrase of its own: "What are the ethnic
		// Albanians in Kosovo pushing for?"
		if t.tag == tagPrep && i > m+1 && !verbAfterPhrase(toks, i) || t.tag == tagSub || t.tag == tagPunct {
			break
		}
	}
	switch toks[k].low {
	case "is", "was", "are", "were", "'s", "'re", "isn't", "wasn't", "aren't", "weren't":
		q.form = formCopula
	default:
		q.form = formObject
	}
}

// titleAsVerb reports whether the title word at m, after the auxiliary
// at k, is the verb of its title ("Who will head the firm?", "Who would
// coach England?", "Who will chair the inquiry?"): a title that is also
// a verb of heading (roleVerbs), after an auxiliary that is no form of
// be ("Who is head of the firm?" asks who holds the title), and before
// its object or nothing, not before another noun of the title ("Who will
// head coach be?").
func titleAsVerb(toks []token, k, m int) bool {
	if m >= len(toks) || toks[m].tag != tagTitle || !roleVerbs[toks[m].stem] {
		return false
	}
	switch toks[k].low {
	case "is", "was", "are", "were", "'s", "be", "been":
		return false
	}
	if m+1 == len(toks) {
		return true
	}
	switch toks[m+1].tag {
	case tagDet, tagProper, tagGentile, tagWord:
		return true
	}
	return false
}

// inflectedAfterDo reports whether toks[i] is an inflected word ("states",
// "planned") after a "do" that follows the wh-word at wi: the verb after
// "do" is bare, so such a word belongs to the subject ("What do all
// member states agree...?").
func inflectedAfterDo(toks []token, wi, i int) bool {
	d := -1
	for k := wi + 1; k < i; k++ {
		if toks[k].tag == tagAux {
			d = k
			break
		}
	}
	if d < 0 || (toks[d].low != "do" && toks[d].low != "does" && toks[d].low != "did") {
		return false
	}
	w := toks[i].low
	return len(w) > 4 && strings.HasSuffix(w, "ed") || len(w) > 3 && sEnding(w)
}

// joinedNameRun returns the name that holds the run of name words
// [a, b), with the runs that joiners ("of", "for", "and", "the") tie to
// it, in lower case: "association of directors of social services" for
// any of its runs.
func joinedNameRun(toks []token, a, b int) string {
	for a >= 2 && initialSkipped(toks[a-1].low) && toks[a-2].tag == tagProper {
		a -= 2
		for a > 0 && toks[a-1].tag == tagProper {
			a--
		}
	}
	for b+1 < len(toks) && initialSkipped(toks[b].low) && toks[b+1].tag == tagProper {
		b += 2
		for b < len(toks) && toks[b].tag == tagProper {
			b++
		}
	}
	return lower(nameText(toks, a, b))
}

// afterThe reports whether the word at i follows "the", past names and
// nationalities: "the inflation rate", "the UK inflation rate", "the US
// trade deficit".
func afterThe(toks []token, i int) bool {
	k := i - 1
	for k >= 0 && (toks[k].tag == tagProper || toks[k].tag == tagGentile || fixture(toks, k)) {
		k--
	}
	return k >= 0 && toks[k].low == "the"
}

// fixture reports whether the word at i joins the two sides of a match,
// named ("Arsenal against Chelsea", as chat's "v" is written out): the
// fixture qualifies the noun after it, "the Arsenal v Chelsea venue".
func fixture(toks []token, i int) bool {
	return i > 0 && i+1 < len(toks) && (toks[i].low == "against" || toks[i].low == "v" || toks[i].low == "vs") &&
		toks[i-1].tag == tagProper && toks[i+1].tag == tagProper
}

// ingQualifier reports whether the word at i is a word in -ing that
// qualifies the noun of a type after it, after a determiner, an owner or
// an adjective: "asking" of "the average asking price", "operating" of
// "the operating profit". After a plural it is the plural's verb ("the
// firms reporting profits").
func ingQualifier(toks []token, i int) bool {
	if i == 0 || i+1 >= len(toks) || !strings.HasSuffix(toks[i].low, "ing") || toks[i].tag != tagVerb && toks[i].tag != tagWord {
		return false
	}
	p := toks[i-1]
	return toks[i+1].tag == tagWord && typeNoun(toks[i+1].low) && (p.tag == tagDet || p.tag == tagPossess ||
		p.tag == tagWord && !strings.HasSuffix(p.low, "s") && afterThe(toks, i-1))
}

// edQualifier reports whether the word at i is a word in -ed that
// qualifies the noun after "which": "injured" of "Which injured player
// did Baccanello replace?", where the question's verb comes after the
// noun. "Which caused deaths?" has none after it, and its word in -ed is
// the verb. Not after "what" ("What caused problems was..."), where it
// moved no question.
func edQualifier(toks []token, i int) bool {
	return i > 0 && toks[i-1].low == "which" && strings.HasSuffix(toks[i].low, "ed") && i+2 < len(toks) &&
		(toks[i+1].tag == tagWord || toks[i+1].tag == tagTitle) && (toks[i+2].tag == tagAux || toks[i+2].tag == tagVerb)
}

// superlative reports whether w ranks ("highest", "fastest", "best"), as
// nouns and verbs in -est do not ("interest", "protest", "request").
func superlative(w string) bool {
	return strings.HasSuffix(w, "est") && !estWords[w]
}

// estWords end in -est without ranking anything.
var estWords = set(`interest interests protest request contest test quest west rest arrest guest
	conquest inquest forest harvest honest modest manifest digest invest suggest`)

// ingNounPhrase reports whether toks, the rest of a question after "What
// are", are a noun phrase that starts with an -ing word: a plural
// ("ridings", "findings") or a modifier of the plural noun that ends the
// question ("returning officers").
func ingNounPhrase(toks []token) bool {
	n := len(toks)
	for n > 0 && (toks[n-1].tag == tagPunct || toks[n-1].tag == tagQuote) {
		n--
	}
	switch {
	case n == 1:
		return strings.HasSuffix(toks[0].low, "ings")
	case n == 2:
		return strings.HasSuffix(toks[0].low, "ing") && toks[1].tag == tagWord && strings.HasSuffix(toks[1].low, "s")
	}
	return false
}

// inSitu reports whether the wh-phrase at wi stands where its answer
// would, after the question's verb ("The charter was first signed in what
// city?", "X is the basis of what treatment?"), and returns the last
// main verb before it, or -1 when only a copula or auxiliary is there. A
// clause set off by a comma before a fronted wh-word ("According to the
// theory, what...") is no such verb.
func inSitu(toks []token, wi int) (int, bool) {
	v, found := -1, false
	for p := 0; p < wi; p++ {
		switch {
		case toks[p].text == "," || toks[p].tag == tagPunct:
			v, found = -1, false
		case toks[p].tag == tagAux: // "were first published": the verb follows
			v, found = -1, true
		case toks[p].tag == tagVerb:
			v, found = p, true
		}
	}
	// "Eicosanoids include what compounds...?", "Bacteria secrete what
	// kind of proteins...?": a word the tagger did not know as a verb,
	// right before the wh-word and after its subject, is the verb; no
	// noun stands there.
	if !found && wi >= 2 && toks[wi-1].tag == tagWord && !stopWords[toks[wi-1].low] {
		return wi - 1, true
	}
	return v, found
}

// nounBeforeVerb reports whether the word at i, in a question's clause
// starting at m, is a noun its determiner opens and a verb follows: "What
// is the Demos report called?".
func nounBeforeVerb(toks []token, m, i int) bool {
	if toks[i].tag == tagVerb || i+1 >= len(toks) || toks[i+1].tag != tagVerb {
		return false
	}
	p := i - 1
	for p > m && (toks[p].tag == tagProper || toks[p].tag == tagGentile) {
		p--
	}
	return p >= m && toks[p].tag == tagDet
}

// afterDeterminer reports whether the word at i heads a noun phrase that
// a determiner opens at m and an "of" continues: "cause" in "What is the
// most common cause of...?" is a noun, though "cause" can be a verb ("What
// did the war cause?").
func afterDeterminer(toks []token, m, i int) bool {
	if toks[m].tag != tagDet || i+1 >= len(toks) || toks[i+1].low != "of" {
		return false
	}
	for p := m + 1; p < i; p++ {
		if toks[p].tag != tagWord && toks[p].tag != tagAdverb {
			return false
		}
	}
	return true
}

func hasVerb(toks []token) bool {
	for _, t := range toks {
		if t.tag == tagVerb {
			return true
		}
	}
	return false
}

// hasVerb reports whether the question has a main verb that can anchor
// its subject or object in a sentence; be, do and have are too common.
func (q *question) hasVerb() bool {
	if q.verbPos < 0 {
		return false
	}
	switch q.toks[q.verbPos].stem {
	case "be", "do", "have":
		return q.doWhat
	}
	return true
}

// typed reports whether the question asks for a name, a date or a number
// that a sentence either has or not.
func (q *question) typed() bool {
	switch q.want {
	case typePerson, typeOrg, typePlace, typeDate:
		return true
	}
	return q.numeric()
}

// numeric reports whether the question asks for a number: a count, an
// amount, a sum, a length of time or an age.
func (q *question) numeric() bool {
	switch q.want {
	case typeCount, typeQuantity, typeMoney, typeDuration, typeAge:
		return true
	}
	return false
}

// countedNounTag reports whether a word of that tag can be part of the
// noun a how-many question counts: "how many lower-level officials",
// "how many days".
func countedNounTag(t byte) bool {
	switch t {
	case tagWord, tagGentile, tagTitle, tagVerb, tagTime:
		return true
	}
	return false
}

// pluralAfterBe reports whether a word in -s after a form of "be" is a
// plural noun rather than a verb: "What are native claims?" asks what
// they are, not what natives claim.
func pluralAfterBe(aux, t token) bool {
	return t.tag != tagVerb && copulas[aux.low] && strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss")
}

// verbAfterPhrase reports whether the preposition at i opens a phrase of
// names and nouns that a verb in -ing follows, with its own preposition
// or object: the phrase is part of the subject before it ("the Albanians
// in Kosovo pushing for"). A passive ("What is the legislature of the EU
// comprised of?") is read elsewhere.
func verbAfterPhrase(toks []token, i int) bool {
	j := i + 1
	for j < len(toks) && (toks[j].tag == tagDet || toks[j].tag == tagProper || toks[j].tag == tagWord || toks[j].tag == tagGentile) {
		j++
	}
	// The verb takes a preposition or an object of its own: "mounting" of
	// "for the pivot mounting?" and "reciprocating" of "reciprocating
	// pistons" are no verbs.
	if j == i+1 || j+1 >= len(toks) || toks[j].tag != tagVerb || toks[j+1].tag != tagPrep && toks[j+1].tag != tagDet {
		return false
	}
	return strings.HasSuffix(toks[j].low, "ing")
}

// numberStem is the stem of "number", a noun that asks for a count.
var numberStem = stem("number")

// rankHolder reports whether the which-phrase at wi names a rank or a
// shirt by "number" and a number word: "Which former world number one
// did Roche coach?", "Which Argentina number eight was yellow carded?"
// ask for the player who holds it, not for a count. "Which bid number
// is this?" still asks for one.
func rankHolder(toks []token, wi int) bool {
	for k := wi + 1; k+1 < len(toks) && k < wi+5; k++ {
		if toks[k].low == "number" && letterNumbers[toks[k+1].low].kind == cardinal && (k+2 == len(toks) || toks[k+2].tag != tagWord) {
			return true
		}
	}
	return false
}
