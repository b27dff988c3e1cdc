package answers

import "strings"

// British and American spelling. A briefing reads the BBC and is asked
// by someone who writes "defense" and "center", or the other way round:
// both spellings of a word stem alike (american), and the search asks for
// both (otherSpelling). The word lists are general English, the common
// words whose spelling differs between the two and means the same.

// spellingBases map the British spelling of a word's base to the
// American one, by the way the word's other forms are made: "colours",
// "coloured", "colourful" from "colour"; "centres", "centred" from
// "centre"; "travelled", "traveller" from "travel". Not every word in
// -our is one ("hour", "tour", "four").
var (
	ourBases = map[string]string{
		"colour": "color", "flavour": "flavor", "favour": "favor", "honour": "honor", "humour": "humor",
		"labour": "labor", "neighbour": "neighbor", "rumour": "rumor", "behaviour": "behavior",
		"harbour": "harbor", "vapour": "vapor", "armour": "armor", "savour": "savor", "endeavour": "endeavor",
		"parlour": "parlor", "vigour": "vigor", "odour": "odor", "tumour": "tumor", "valour": "valor",
		"splendour": "splendor", "clamour": "clamor", "rigour": "rigor", "candour": "candor", "saviour": "savior",
		"fervour": "fervor", "ardour": "ardor", "demeanour": "demeanor",
	}
	reBases = map[string]string{
		"centre": "center", "theatre": "theater", "metre": "meter", "litre": "liter", "fibre": "fiber",
		"calibre": "caliber", "spectre": "specter", "sombre": "somber", "lustre": "luster", "meagre": "meager",
		"sabre": "saber", "kilometre": "kilometer", "centimetre": "centimeter", "millimetre": "millimeter",
		"manoeuvre": "maneuver",
	}
	// Verbs that double their last l before an ending in British
	// English only: "travelled", "cancelling", "modeller".
	doubledL = set(`travel cancel model label fuel signal level counsel channel equal dial duel total
		marvel quarrel rival tunnel panel pencil jewel`)
	// Words of their own, and their plurals.
	ownSpellings = map[string]string{
		"defence": "defense", "offence": "offense", "licence": "license", "pretence": "pretense",
		"programme": "program", "catalogue": "catalog", "analogue": "analog", "dialogue": "dialog",
		"grey": "gray", "jewellery": "jewelry", "aluminium": "aluminum", "aeroplane": "airplane",
		"sceptic": "skeptic", "ageing": "aging", "judgement": "judgment", "moustache": "mustache",
		"plough": "plow", "mould": "mold", "enrol": "enroll", "enrolment": "enrollment", "fulfil": "fulfill",
		"fulfilment": "fulfillment", "skilful": "skillful", "instalment": "installment", "paediatrician": "pediatrician",
		"anaemia": "anemia", "haemorrhage": "hemorrhage", "oestrogen": "estrogen", "foetus": "fetus",
		"encyclopaedia": "encyclopedia", "diarrhoea": "diarrhea", "sceptical": "skeptical",
	}
)

// toAmerican and toBritish map every form of the words above to its
// spelling in the other convention.
var toAmerican, toBritish = func() (map[string]string, map[string]string) {
	am, br := make(map[string]string), make(map[string]string)
	add := func(b, a string) { am[b], br[a] = a, b }
	for b, a := range ourBases {
		for _, e := range []string{"", "s", "ed", "ing", "ings", "er", "ers", "ful", "fully", "able", "ably", "ite", "ites", "hood", "hoods", "less", "y"} {
			add(b+e, a+e)
		}
	}
	for b, a := range reBases {
		stemB := b[:len(b)-1]
		add(b, a)
		add(b+"s", a+"s")
		add(b+"d", a+"ed")
		add(stemB+"ing", a+"ing")
	}
	for b := range doubledL {
		for _, e := range []string{"ed", "er", "ers", "ing", "ings"} {
			add(b+"l"+e, b+e)
		}
	}
	for b, a := range ownSpellings {
		add(b, a)
		add(b+"s", a+"s")
	}
	return am, br
}()

// stem asks americanSpelling of every word it reads: a keyHint turns
// almost every word away without hashing it.
var toAmericanHint, toBritishHint = hintOf(toAmerican), hintOf(toBritish)

// izeEndings are the endings spelt -ise in British English and -ize in
// American: "organise", "organised", "organisation".
var izeEndings = [][2]string{
	{"isations", "izations"}, {"isation", "ization"}, {"isers", "izers"}, {"ising", "izing"},
	{"ised", "ized"}, {"ises", "izes"}, {"iser", "izer"}, {"ise", "ize"},
	{"ysing", "yzing"}, {"ysed", "yzed"}, {"yses", "yzes"}, {"yse", "yze"},
}

// iseWords end in -ise in American English too: "otherwise", "advertise".
var iseWords = set(`otherwise likewise clockwise anticlockwise counterclockwise exercise promise premise
	enterprise franchise surprise expertise advertise compromise concise precise revise supervise
	televise devise disguise despise comprise advise arise chastise circumcise excise improvise
	incise merchandise paradise treatise demise reprise cruise praise bruise porpoise tortoise
	mortise valise anise remise apprise`)

// americanSpelling returns the American spelling of a lower-case word, or
// the word. "-ise" becomes "-ize" when three letters or more come before
// it ("organise", not "rise" or "prise") and the word is not spelt so in
// American English too ("advertise").
func americanSpelling(w string) string {
	if len(w) < 4 {
		return w
	}
	if toAmericanHint.may(w) {
		if a, ok := toAmerican[w]; ok {
			return a
		}
	}
	// Every ending below holds "is" or "ys" in the word's last eight
	// letters; most words have neither there and are tried against none.
	if mayEndInIse(w) {
		for _, e := range izeEndings {
			if n := len(w) - len(e[0]); n >= 3 && strings.HasSuffix(w, e[0]) {
				if e[0][0] == 'i' && iseWords[w[:n]+"ise"] {
					return w
				}
				return w[:n] + e[1]
			}
		}
	}
	return w
}

// mayEndInIse reports whether "is" or "ys" is in the last eight bytes of
// w, where every -ise ending has it.
func mayEndInIse(w string) bool {
	for k := len(w) - 1; k >= 1 && k >= len(w)-7; k-- {
		if w[k] == 's' && (w[k-1] == 'i' || w[k-1] == 'y') {
			return true
		}
	}
	return false
}

// otherSpelling returns the spelling of a lower-case word in the other
// convention, British for American and American for British, or "" when
// the two agree.
func otherSpelling(w string) string {
	if a := americanSpelling(w); a != w {
		return a
	}
	if toBritishHint.may(w) {
		if b, ok := toBritish[w]; ok {
			return b
		}
	}
	for _, e := range izeEndings {
		if len(w)-len(e[1]) >= 3 && strings.HasSuffix(w, e[1]) {
			return w[:len(w)-len(e[1])] + e[0]
		}
	}
	return ""
}
