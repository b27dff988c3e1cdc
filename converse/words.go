package converse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tok is one word or punctuation mark of a question.
type tok struct {
	text string // as written
	low  string // lower case, curly apostrophes straightened
}

// tokenize splits a question into words and punctuation. A possessive
// "'s" (or a plural's bare "'") is a token of its own, so that a name can
// be swapped without it; abbreviations ("U.S.", "Lt.") and hyphenated and
// apostrophed words ("lower-level", "don't") stay whole.
func tokenize(s string) []tok {
	var out []tok
	add := func(t string) {
		out = append(out, tok{text: t, low: strings.ToLower(strings.ReplaceAll(t, "’", "'"))})
	}
	rs := []rune(s)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case isWordRune(r):
			j := i + 1
			for j < len(rs) {
				c := rs[j]
				if isWordRune(c) {
					j++
					continue
				}
				// Inside a word: an apostrophe, a hyphen or a full stop
				// with a letter after it ("don't", "lower-level", "U.S"),
				// a comma between digits ("18,000").
				if (c == '\'' || c == '’' || c == '-' || c == '.') && j+1 < len(rs) && isWordRune(rs[j+1]) ||
					c == ',' && j+1 < len(rs) && unicode.IsDigit(rs[j+1]) && unicode.IsDigit(rs[j-1]) {
					j++
					continue
				}
				break
			}
			// The full stop ending an abbreviation of single letters
			// ("U.S.") or a known short title ("Lt.") belongs to it.
			if j < len(rs) && rs[j] == '.' && abbreviation(string(rs[i:j])) {
				j++
			}
			w := string(rs[i:j])
			// A possessive: "Medinsky's", "Medinsky’s".
			if n := len(w); n > 2 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) {
				_, size := utf8.DecodeLastRuneInString(w[:n-1])
				add(w[:n-1-size])
				add(w[n-1-size:])
			} else {
				add(w)
			}
			i = j
		case (r == '\'' || r == '’') && len(out) > 0 && strings.HasSuffix(out[len(out)-1].low, "s") &&
			(i+1 == len(rs) || !isWordRune(rs[i+1])):
			add(string(r)) // the plural possessive: "the talks'"
			i++
		default:
			add(string(r))
			i++
		}
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

// abbreviation reports whether w, followed by a full stop, is an
// abbreviation that keeps it: "U.S", "Lt", "Gen", "Mr".
func abbreviation(w string) bool {
	if strings.Contains(w, ".") {
		return true
	}
	return shortTitles[strings.ToLower(w)]
}

var shortTitles = set("mr mrs ms dr lt gen col capt sgt sen rep gov prof rev st jr sr mt no adm cmdr")

// join writes tokens back as text: a space between words, none before
// punctuation or a possessive, none after an opening bracket or quote.
func join(ts []tok) string {
	var b strings.Builder
	for i, t := range ts {
		if i > 0 && !noSpaceBefore(t) && !noSpaceAfter(ts[i-1]) {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return b.String()
}

func noSpaceBefore(t tok) bool {
	switch t.low {
	case "'s", "'", ",", ".", "?", "!", ":", ";", ")", "”", "’":
		return true
	}
	return false
}

func noSpaceAfter(t tok) bool {
	switch t.text {
	case "(", "“", "‘":
		return true
	}
	return false
}

func words(s string) []tok { return tokenize(s) }

func set(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// capitalized reports whether a word starts with a capital letter.
func capitalized(t tok) bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

func isWord(t tok) bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return isWordRune(r)
}

// Small lexicons of general English; no name of any article is in them.
var (
	whWords = set("who whom whose what which when where why how")
	// auxiliaries start the inverted part of a question: "did X accept".
	auxiliaries = set("do does did is are was were has have had will would can could should may might must shall")
	beForms     = set("is are was were be been being am")
	determiners = set("the a an this that these those some any each every both")
	nameJoiners = set("of the and de for") // inside names: "Bank of England", "The Passion of the Christ"
	possessives = set("his her its their our your my")
	pronouns    = set("i you he she it we they me him us them this that these those who what")
	// prepositions after which a phrase is a place or an adjunct, and
	// before which an object goes: "did Putin appoint [X] as experts".
	prepositions = set("in at on to from with by for of about as into onto near after before during since until over under between against among through without within across behind beyond toward towards upon like than via amid despite")
	// connectives a follow-up may open or close with: "And when?",
	// "So who leads the other one then?".
	openers = set("and so but ok okay then also well now right oh")
	closers = set("then too instead again")
	// personNouns are nouns for people: "which official" asks for a person.
	personNouns = set("official officials minister ministers leader leaders president person people man men woman women aide aides spokesman spokeswoman spokesperson envoy envoys diplomat diplomats negotiator negotiators player players student students teacher teachers author writer coach captain member members chairman chairwoman director directors mayor governor senator judge ambassador officer officers soldier soldiers worker workers doctor doctors scientist scientists expert experts pilot sailor sailors farmer farmers resident residents athlete athletes rower rowers king queen prince princess chief founder owner owners manager managers head winner winners candidate candidates lawyer lawyers reporter reporters journalist journalists fisher fishers volunteer volunteers nurse nurses child children parent parents mother father son daughter wife husband brother sister friend")
	// titleNouns ask for a title: "what is his job?".
	titleNouns = set("title job role position post occupation profession rank")
	timeNouns  = set("year day date time month week season century decade hour")
	placeNouns = set("city country town place state region province village capital island port venue location nation county district area site")
	// groupNouns name groups that are "they" as often as "it".
	groupNouns = set("delegation delegations team teams government governments company companies side sides council committee party parties group groups crew crews union unions army forces")
	// titleWords come before a person's name and are not part of it:
	// "Defense Minister Rustem Umerov" is Rustem Umerov.
	titleWords = set("president vice prime minister secretary state defense defence foreign interior home finance justice health general gen. lt. lt col. colonel mr. mrs. ms. dr. sir lord lady chancellor senator sen. governor gov. mayor king queen prince princess pope judge director chief deputy chairman chairwoman chair ceo coach captain capt. professor prof. rep. representative ambassador spokesman spokeswoman aide leader commander admiral sergeant officer inspector marshal bishop archbishop rev. reverend premier speaker retired presidential former acting")
	// orgWords end the names of organisations: "Bluewake Lines", "the
	// National Farmers Group".
	orgWords = set(`union group company lines line council club party ministry bank corporation corp inc ltd association federation
		agency authority institute university college school committee commission foundation trust society league airlines airways
		railways rail board office department court parliament assembly government service services network partners power energy
		water telecom media news press motors industries holdings systems technologies labs foods museum hospital theatre theater
		library church centre center orchestra army navy police`)
	// modals take a bare verb: "Which museum will close?" asks for its
	// subject, as "Which museum closed?" does.
	modals = set("will would can could should may might must shall")
	// motionVerbs take "to" before a place: "go there" is "go to X".
	motionVerbs = set("go goes went going gone travel travels travelled traveled traveling travelling fly flew flown flies come came comes coming return returns returned move moved moves head headed heads sail sailed sails drive drove driven walk walked run ran send sent bring brought invite invited")
)

// nationalities are adjectives of nation; "the Ukrainian one" swaps one
// for another. Common ones are listed; others are recognised by their
// ending (see nationality).
var nationalities = set(`american british english scottish welsh irish french german italian spanish portuguese dutch belgian swiss austrian
	swedish norwegian danish finnish icelandic polish czech slovak hungarian romanian bulgarian greek turkish russian ukrainian belarusian
	georgian armenian azerbaijani kazakh uzbek chinese japanese korean vietnamese thai indian pakistani afghan iranian iraqi syrian
	lebanese israeli palestinian jordanian saudi egyptian libyan tunisian algerian moroccan nigerian kenyan ethiopian somali sudanese
	ghanaian african european asian canadian mexican brazilian argentine argentinian chilean peruvian colombian venezuelan cuban
	australian kiwi serbian croatian bosnian albanian lithuanian latvian estonian moldovan maltese cypriot qatari emirati yemeni
	western eastern northern southern soviet nordic arab baltic balkan`)

// nationality reports whether a word is an adjective of nation.
func nationality(t tok) bool {
	if !capitalized(t) {
		return false
	}
	if nationalities[t.low] {
		return true
	}
	for _, suf := range []string{"ian", "ean", "ese", "ish"} {
		if len(t.low) > len(suf)+2 && strings.HasSuffix(t.low, suf) {
			return true
		}
	}
	return false
}

// irregular maps irregular past forms (and a few present ones) to their
// base: "led" is "lead".
var irregular = map[string]string{
	"led": "lead", "met": "meet", "said": "say", "told": "tell", "went": "go", "took": "take", "made": "make",
	"gave": "give", "held": "hold", "won": "win", "sent": "send", "left": "leave", "began": "begin",
	"brought": "bring", "thought": "think", "came": "come", "ran": "run", "wrote": "write", "spoke": "speak",
	"chose": "choose", "found": "find", "got": "get", "saw": "see", "knew": "know", "built": "build",
	"paid": "pay", "sold": "sell", "bought": "buy", "kept": "keep", "lost": "lose", "became": "become",
	"fell": "fall", "rose": "rise", "struck": "strike", "stood": "stand", "heard": "hear", "meant": "mean",
	"drove": "drive", "flew": "fly", "grew": "grow", "drew": "draw", "threw": "throw", "broke": "break",
	"hid": "hide", "shot": "shoot", "hit": "hit", "put": "put", "set": "set", "cut": "cut", "let": "let",
	"felt": "feel", "fought": "fight", "caught": "catch", "taught": "teach", "sought": "seek", "spent": "spend",
	"lent": "lend", "built up": "build up", "understood": "understand", "withdrew": "withdraw", "forgot": "forget",
	"wore": "wear", "swore": "swear", "tore": "tear", "bore": "bear", "rode": "ride", "woke": "wake",
	"sang": "sing", "swam": "swim", "drank": "drink", "sank": "sink", "shook": "shake", "forbade": "forbid",
	"forgave": "forgive", "froze": "freeze", "overtook": "overtake", "undertook": "undertake", "hung": "hang",
	"led off": "lead off", "lit": "light", "slid": "slide", "split": "split", "spread": "spread", "quit": "quit",
	"read": "read", "fed": "feed", "bled": "bleed", "fled": "flee", "dealt": "deal", "dug": "dig",
	"stuck": "stick", "struck down": "strike down", "sat": "sit", "slept": "sleep", "swept": "sweep", "wept": "weep",
	"won over": "win over", "beat": "beat", "bit": "bite", "blew": "blow", "arose": "arise", "awoke": "awake",
	"has": "have", "does": "do", "goes": "go", "is": "be", "was": "be", "were": "be", "are": "be",
}

// eEndings are the endings (one vowel, one consonant) of verb stems
// that lost an "e" before "-ed": "declin(e)d", "invit(e)d", "accus(e)d".
var eEndings = set("at it ut ot id ud od ad ir ur ar or in un an on um am om im ib ob ok ak uk ap op ip up ul al il ol")

// eKeep are stems that end so and lost nothing: "visited", "opened".
var eKeep = set(`visit edit limit credit profit exhibit inherit audit deposit prohibit benefit vomit focus bias develop gallop envelop
	pardon abandon summon reckon beckon ransom blossom honor labor favor color monitor sponsor mirror anchor author doctor
	tailor tutor motor censor mentor factor harbor humor rumor savor flavor vapor total signal equal rival pivot add`)

// base returns the base form of a verb as written in a statement, and
// the auxiliary a question asks it with: "declined" is ("did",
// "decline"), "leads" ("does", "lead"), "lead" ("do", "lead").
func base(w string) (aux, verb string) {
	low := strings.ToLower(w)
	if b, ok := irregular[low]; ok {
		switch low {
		case "has", "does", "goes":
			return "does", b
		}
		return "did", b
	}
	switch {
	case strings.HasSuffix(low, "ied") && len(low) > 4:
		return "did", low[:len(low)-3] + "y"
	case strings.HasSuffix(low, "eed"):
		return "did", low[:len(low)-1] // "agreed"
	case strings.HasSuffix(low, "ed") && len(low) > 3:
		return "did", pastBase(low[:len(low)-2])
	case strings.HasSuffix(low, "ies") && len(low) > 4:
		return "does", low[:len(low)-3] + "y"
	case strings.HasSuffix(low, "sses") || strings.HasSuffix(low, "shes") || strings.HasSuffix(low, "ches") ||
		strings.HasSuffix(low, "xes") || strings.HasSuffix(low, "zes") || strings.HasSuffix(low, "oes"):
		return "does", low[:len(low)-2]
	case strings.HasSuffix(low, "s") && !strings.HasSuffix(low, "ss") && len(low) > 2:
		return "does", low[:len(low)-1]
	}
	return "do", low
}

// pastBase restores the base of a regular past form without its "-ed".
func pastBase(stem string) string {
	n := len(stem)
	if n < 2 || eKeep[stem] {
		return stem
	}
	last, prev := stem[n-1], stem[n-2]
	switch {
	case n >= 3 && last == prev && !vowel(last) && !strings.ContainsRune("lsfz", rune(last)):
		return stem[:n-1] // "planned"
	case strings.HasSuffix(stem, "iat") || stem == "creat" || last == 'u':
		return stem + "e" // "negotiated", "created", "argued"
	case last == 's' && vowel(prev):
		return stem + "e" // "caused", "released", "proposed"
	case last == 'l' && !vowel(prev) && !strings.ContainsRune("lrw", rune(prev)):
		return stem + "e" // "tackled", "settled"
	case strings.ContainsRune("vzcg", rune(last)) && !strings.HasSuffix(stem, "ng"):
		return stem + "e" // "solved", "emphasized", "introduced", "managed"
	case n >= 3 && vowel(prev) && (!vowel(stem[n-3]) || n >= 4 && stem[n-4:n-2] == "qu") && eEndings[stem[n-2:]]:
		return stem + "e" // "declined", "invited", "required"
	}
	return stem
}

func vowel(b byte) bool { return strings.IndexByte("aeiouy", b) >= 0 }

// participle reports whether a word after a form of "be" makes it an
// auxiliary rather than the main verb: "is leading", "was elected",
// "are being held".
func participle(w string) bool {
	low := strings.ToLower(w)
	if strings.HasSuffix(low, "ing") || strings.HasSuffix(low, "ed") || strings.HasSuffix(low, "en") {
		return true
	}
	_, past := irregular[low]
	return past || low == "held" || low == "led" || low == "made" || low == "set"
}

// verbLike reports whether a word, after a wh-phrase, is likely the verb
// of a statement: "leads", "declined", "met".
func verbLike(t tok) bool {
	if capitalized(t) || !isWord(t) {
		return false
	}
	low := t.low
	if auxiliaries[low] {
		return true
	}
	if _, ok := irregular[low]; ok {
		return true
	}
	return strings.HasSuffix(low, "ed") || (strings.HasSuffix(low, "s") && !strings.HasSuffix(low, "ss") && !strings.HasSuffix(low, "ous") && len(low) > 3)
}
