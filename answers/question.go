package answers

import (
	"regexp"
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
	text  string  // cleaned
	toks  []token // of text
	wh    string  // who, what, when, where, why, how, how many, whose...; "" for yes/no
	want  answerType
	terms []qterm
	// focus is the stem of the noun that names what is asked ("city" in
	// "which city"), or "".
	focus string
	// verb is the stem of the main verb when it carries meaning ("lead"),
	// or "".
	verb string
	// definition is set for "who is X" / "what is X": X is all the question
	// holds, and the answer describes it.
	definition bool
}

// qterm is a word the answer sentence should contain.
type qterm struct {
	low, stem string
	weight    float64
	name      bool // a proper name or nationality: its absence rules a sentence out
	verb      bool
	pos       int // token index in the question
}

var (
	mentionRE = regexp.MustCompile(`<[@#!][^>]*>|@\w+`)
	urlRE     = regexp.MustCompile(`(?i)\b(?:https?://|www\.)\S+`)
	// politeRE strips chat noise before and after the question proper.
	politeRE = regexp.MustCompile(`(?i)^(?:(?:hi|hey|hello|ok|okay|so|yo|dear|bot|briefbot|please|pls|quick question|question)\b[\s,:!.-]*)+`)
	askRE    = regexp.MustCompile(`(?i)^(?:(?:can|could|would) you (?:please )?(?:tell me|say|find out|let me know)|do you know|i (?:want|would like|'d like) to know|tell me|i wonder|any idea)\b[\s,:]*`)
	tailRE   = regexp.MustCompile(`(?i)[\s,]*(?:please|pls|thanks|thank you|thx)?[\s?!.,]*$`)
)

// cleanQuestion removes chat noise: mentions, URLs, greetings, "please",
// "can you tell me", trailing punctuation.
func cleanQuestion(s string) string {
	s = mentionRE.ReplaceAllString(s, " ")
	s = urlRE.ReplaceAllString(s, " ")
	s = strings.Join(strings.Fields(s), " ")
	for range 3 {
		before := s
		s = politeRE.ReplaceAllString(s, "")
		s = askRE.ReplaceAllString(s, "")
		if s == before {
			break
		}
	}
	s = tailRE.ReplaceAllString(s, "")
	return strings.TrimSpace(s)
}

// Nouns after what/which that decide the answer type.
var (
	personNouns = set(`person man woman men women people boy girl child children player leader
		official politician minister president author writer singer actor actress scientist
		doctor teacher student students name names spokesman spokesperson athlete coach
		member members`)
	orgNouns   = set(`company organization organisation group team party agency firm business band club university school network newspaper`)
	placeNouns = set(`city country province state town place village region area continent
		island capital location neighbourhood neighborhood street country's site river lake`)
	dateNouns   = set(`year day date month time century decade season week era period hour`)
	countNouns  = set(`number percentage percent proportion share amount`)
	titleNouns  = set(`title job position role post rank occupation profession`)
	reasonNouns = set(`reason reasons cause purpose motive`)
)

// analyzeQuestion reads a question: its type, the answer type it expects
// and the words the answer sentence should hold.
func analyzeQuestion(text string) question {
	q := question{text: cleanQuestion(text)}
	q.toks = tokenize(q.text)
	for i := range q.toks {
		q.toks[i].tag = baseTag(q.toks[i])
	}
	// A capitalised first word is a name only if the next is too or it is
	// a known place; "Name the..." and "Describe..." are not names.
	fixInitial(q.toks, nil)
	skip := make([]bool, len(q.toks)) // words that ask rather than tell
	wi := -1
	for i, t := range q.toks {
		if t.tag == tagWh {
			wi = i
			break
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
		case "who", "whom":
			q.want = typePerson
		case "whose":
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
			case "much":
				q.wh, q.want = "how much", typeQuantity
				skip[wi+1] = true
				if q.mentionsMoney() {
					q.want = typeMoney
				}
			case "long":
				q.wh, q.want = "how long", typeDuration
				skip[wi+1] = true
			case "old":
				q.wh, q.want = "how old", typeAge
				skip[wi+1] = true
			case "far", "tall", "high", "large", "big", "wide", "deep", "heavy", "fast", "often",
				"small", "short", "hot", "cold", "low", "long-term", "severe", "serious", "strong":
				q.wh, q.want = "how "+a, typeQuantity
				q.focus = stem(a)
				skip[wi+1] = true
			}
		case "what", "which":
			q.analyzeWhat(wi, skip)
		}
	}
	markVerb(q.toks, wi)
	// "Who is Vladimir Medinsky?": a definition; the answer is a title or
	// description, not another name.
	if (q.wh == "who" || q.wh == "what") && q.isDefinition(wi) {
		q.definition = true
		if q.wh == "who" {
			q.want = typeTitle
		}
	}
	q.collectTerms(skip)
	return q
}

// analyzeWhat sets the answer type of a what/which question from the noun
// it asks about and its verb.
func (q *question) analyzeWhat(wi int, skip []bool) {
	q.want = typeOther
	// "what city", "which year", "what kind of job": the first noun after
	// the wh-word, skipping "kind of", "type of".
	k := wi + 1
	for k < len(q.toks) && (q.toks[k].tag == tagWord || q.toks[k].tag == tagTitle || q.toks[k].tag == tagTime) {
		w := q.toks[k].low
		if (w == "kind" || w == "type" || w == "sort") && k+1 < len(q.toks) && q.toks[k+1].low == "of" {
			skip[k], skip[k+1] = true, true
			k += 2
			continue
		}
		if q.typeFromNoun(w) {
			skip[k] = true
			return
		}
		k++
		break
	}
	// "What is X's title?", "What is the reason...": the noun after the copula.
	for i := wi + 1; i < len(q.toks); i++ {
		t := q.toks[i]
		if t.tag == tagAux || t.tag == tagDet || t.tag == tagPossess || t.tag == tagProper || t.tag == tagGentile {
			continue
		}
		if titleNouns[t.low] || reasonNouns[t.low] || countNouns[t.low] || dateNouns[t.low] || placeNouns[t.low] {
			if q.typeFromNoun(t.low) {
				skip[i] = true
			}
		}
		break
	}
	if q.want != typeOther {
		return
	}
	// "What did Rubio say?"
	for i := wi + 1; i < len(q.toks); i++ {
		if st := q.toks[i].stem; relationIndex[st] != nil && related(st, "say") && q.toks[i].tag != tagProper {
			q.want = typeQuote
			return
		}
	}
}

// typeFromNoun sets the answer type from a what/which noun and reports
// whether it did.
func (q *question) typeFromNoun(w string) bool {
	t := typeOther
	switch {
	case placeNouns[w]:
		t = typePlace
	case dateNouns[w]:
		t = typeDate
	case countNouns[w]:
		t = typeCount
	case titleNouns[w]:
		t = typeTitle
	case reasonNouns[w]:
		t = typeReason
	case orgNouns[w]:
		t = typeOrg
	case personNouns[w]:
		t = typePerson
	default:
		return false
	}
	q.want = t
	q.focus = stem(w)
	return true
}

// analyzeImperative handles "Name the ..." and "List ..." and yes/no
// questions.
func (q *question) analyzeImperative(skip []bool) {
	if len(q.toks) == 0 {
		return
	}
	switch q.toks[0].low {
	case "name", "list", "identify", "give", "state", "describe", "explain":
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
		if moneyWords[t.low] || related(t.stem, "cost") || t.stem == "earn" || t.stem == "spend" ||
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
	return true
}

// collectTerms picks the words the answer sentence should contain and
// weighs them: names first, then numbers, nouns, verbs.
func (q *question) collectTerms(skip []bool) {
	for i, t := range q.toks {
		if skip[i] || t.stem == "" {
			continue
		}
		term := qterm{low: t.low, stem: t.stem, pos: i}
		switch t.tag {
		case tagProper:
			term.weight, term.name = 3, true
		case tagGentile:
			term.weight, term.name = 2.5, true
		case tagNumber, tagMonth, tagWeekday:
			term.weight = 2
		case tagTitle:
			term.weight = 1.5
		case tagVerb:
			term.weight, term.verb = 1.5, true
		case tagWord, tagTime:
			if stopWords[t.low] {
				continue
			}
			term.weight = 2
		case tagAux:
			continue
		default:
			continue
		}
		if stopWords[t.low] && t.tag != tagProper {
			continue
		}
		if term.verb || t.tag == tagWord {
			if lightVerbs[t.stem] {
				term.weight = 0.5
			} else if q.verb == "" && (term.verb || i > 0 && (q.toks[i-1].tag == tagProper || q.toks[i-1].tag == tagAux)) {
				q.verb = t.stem
			}
		}
		q.terms = append(q.terms, term)
	}
}

// markVerb tags the question's main verb, which questions put where the
// sentence tagger would not look for one: right after the wh-word ("Who
// leads...") or after the subject of do-support ("What did Ukraine
// accept?").
func markVerb(toks []token, wi int) {
	if wi < 0 || wi+1 >= len(toks) {
		return
	}
	if t := &toks[wi+1]; t.tag == tagWord {
		t.tag = tagVerb
		return
	}
	for i := wi + 1; i < len(toks); i++ {
		if toks[i].tag != tagAux {
			continue
		}
		// Skip the subject: a name, a pronoun, or a determiner and its noun.
		k := i + 1
		switch {
		case k < len(toks) && (toks[k].tag == tagProper || toks[k].tag == tagTitle):
			for k < len(toks) && (toks[k].tag == tagProper || toks[k].tag == tagTitle || toks[k].tag == tagPossess) {
				k++
			}
		case k < len(toks) && toks[k].tag == tagPronoun:
			k++
		case k < len(toks) && toks[k].tag == tagDet:
			k++
			for k+1 < len(toks) && (toks[k+1].tag == tagWord || toks[k+1].tag == tagVerb) && toks[k].tag != tagVerb {
				k++
			}
		}
		if k < len(toks) && toks[k].tag == tagWord {
			toks[k].tag = tagVerb
		}
		return
	}
}
