package answers

// How a question as typed becomes the text analyzeQuestion reads: chat
// noise and mentions stripped, chat spellings written out, capitals that
// say nothing taken away (cleanQuestion), and, once sentences are
// retrieved, the names a question typed in small letters holds given
// their capitals back (truecased).

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	mentionRE = regexp.MustCompile(`<[@#!][^>]*>|@\w+`)
	urlRE     = regexp.MustCompile(`(?i)\b(?:https?://|www\.)\S+`)
	// politeRE strips chat noise before and after the question proper.
	politeRE = regexp.MustCompile(`(?i)^(?:(?:hi|hey|hello|ok|okay|so|yo|dear|bot|briefbot|please|pls|quick question|question)\b[\s,:!.-]*)+`)
	askRE    = regexp.MustCompile(`(?i)^(?:(?:can|could|would) you (?:please )?(?:tell me|say|find out|let me know)|do you know|i (?:want|would like|'d like) to know|tell me|i wonder|any idea)\b[\s,:]*`)
	tailRE   = regexp.MustCompile(`(?i)[\s?!.,]*(?:please|pls|thanks|thank you|thx)?[\s?!.,]*$`)
)

// chatWords are words as chat spells them, written out: a wh-word and
// "is" typed as one word ("whos", "whats"), a wh-word and "did"
// contracted ("how'd howard describe..."; "who'd" is as often "who
// would", and whoDid reads it by what follows), the short forms "r",
// "u", "ur" in lower case (a capital R or U is a letter or a name), and
// abbreviations of one reading only ("govt", "dept", "yrs", "w/o", a "+"
// between words).
var chatWords = map[string]string{
	"whos": "who's", "whats": "what's", "wheres": "where's", "whens": "when's", "hows": "how's", "whys": "why's",
	"what'd": "what did", "when'd": "when did", "where'd": "where did", "why'd": "why did", "how'd": "how did",
	"what’d": "what did", "when’d": "when did", "where’d": "where did", "why’d": "why did", "how’d": "how did",
	"r": "are", "u": "you", "ur": "your",
	"govt": "government", "gov't": "government", "dept": "department", "ppl": "people", "yr": "year", "yrs": "years",
	"uni": "university", "mgr": "manager", "sec": "secretary", "hq": "headquarters", "avg": "average", "info": "information",
	"abt": "about", "cos": "because", "coz": "because", "lol": "",
	"vs": "against", "fx": "foreign exchange", "w/o": "without", "+": "and",
	"q1": "first quarter", "q2": "second quarter", "q3": "third quarter", "q4": "fourth quarter",
	"%": "percentage", "xmas": "christmas", "msgs": "messages", "msg": "message", "max": "maximum",
	"aussie": "australian", "docs": "documents",
	"org": "organisation", "orgs": "organisations", "exec": "executive", "execs": "executives",
	"cttee": "committee", "biz": "business", "thru": "through", "wd": "would", "tho": "though",
	"wouldve": "would have", "couldve": "could have", "shouldve": "should have",
	"excl": "excluding", "incl": "including", "regs": "regulations", "approx": "approximately",
	"hrs": "hours", "mins": "minutes", "intl": "international", "mgmt": "management",
	"vp": "vice president", "gf": "girlfriend", "bf": "boyfriend", "op": "operation", "ops": "operations", "mag": "magazine", "mags": "magazines",
	"bday": "birthday", "bdays": "birthdays", "pic": "picture", "pics": "pictures", "rn": "right now",
	"$": "dollars", "£": "pounds", "€": "euros", "cdn": "canadian", "utd": "united", "wr": "world record", "drs": "doctors",
	"cto": "chief technology officer", "wk": "week", "wks": "weeks", "wknd": "weekend", "w/": "with", "gonna": "going to", "wanna": "want to",
	"tues": "tuesday", "weds": "wednesday", "thurs": "thursday",
}

// lowerChatWords are chat's short forms that are also a capitalised name
// or a unit: read so only in a question typed in small letters
// throughout ("turkish pm", "which org w the most members", "heathrow n
// gatwick", "sales in dec", "y is africa important to brown"), where a
// capital would have marked the other reading ("Co Durham", "W Bush", "N
// Korea", "Generation Y", "3pm" is one word).
var lowerChatWords = map[string]string{
	"w": "with", "n": "and", "y": "why", "co": "company", "mc": "master of ceremonies", "pm": "prime minister", "md": "managing director", "bc": "because",
	"jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june", "jul": "july",
	"aug": "august", "sep": "september", "sept": "september", "oct": "october", "nov": "november", "dec": "december",
}

// chatNegations are negated auxiliaries typed without their apostrophe:
// "why isnt putin going", "didnt", "wont". Each is read with it, whatever
// its capitals ("Isnt": "Isn't").
var chatNegations = set(`isnt arent wasnt werent dont doesnt didnt cant couldnt wouldnt shouldnt
	wont hasnt havent hadnt mustnt`)

// chatSpelling writes out the chatWords and chatNegations of a question
// whose words are separated by single spaces; a wh-word keeps its capital
// ("Whats" is "What's"). Most questions have none and are returned as
// they are.
func chatSpelling(s string) string {
	var b strings.Builder
	last := 0
	// "v" is "against" where the question is typed in small letters
	// throughout ("final score v arsenal?"); between names it belongs to
	// them ("Procureur du Roi v Dassonville", "Scotland v Italy").
	lower := smallLetters(s)
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != ',' && s[j] != '?' && s[j] != '!' && s[j] != '.' {
			j++
		}
		// "govt's plan": the short form before a possessive. Not a
		// letter's ("u's", "y's", as often "why's"), which is left as it
		// was.
		we := j
		for _, p := range [...]string{"'s", "’s"} {
			if strings.HasSuffix(s[i:j], p) && j-i > len(p)+1 {
				we = j - len(p)
				break
			}
		}
		if n := we - i; n >= 1 && n <= 10 {
			w := s[i:we]
			full, ok := chatWords[w]
			if w == "v" && lower {
				full, ok = "against", true
			}
			if !ok && lower {
				full, ok = lowerChatWords[w]
				// "nintendo europe gm name", "the gm of": a general
				// manager after what he manages; "gm net profit" is
				// General Motors.
				if !ok && w == "gm" && titlePlace(s[:i], s[j:]) {
					full, ok = "general manager", true
				}
				// "acc to the report": "according to".
				if !ok && w == "acc" && strings.HasPrefix(s[j:], " to ") {
					full, ok = "according", true
				}
			}
			// "the Turkish PM", "Vodafone's CEO": a title's short form in
			// capitals after "the", a nationality or an owner is the
			// title ("3 PM" is a time).
			if long := capitalTitles[w]; !ok && long != "" && titleFollows(s[:i]) {
				full, ok = long, true
			}
			// "no of lawsuits": "number of"; "no" says no before "of".
			if !ok && (w == "no" || w == "No") && strings.HasPrefix(s[j:], " of ") {
				full, ok = w[:1]+"umber", true // "No of": "Number of"
			}
			if !ok && n >= 4 && w[0] >= 'A' && w[0] <= 'Z' {
				if full, ok = chatWords[strings.ToLower(w)]; ok {
					full = w[:1] + full[1:] // "Whats": "What's"
				}
			}
			// "top 100k", "250k fine": thousands as news writes them;
			// fewer than a hundred are as often kilometres ("50k walk").
			if !ok && n >= 4 && w[n-1] == 'k' && w[0] != '0' && strings.Trim(w[:n-1], "0123456789") == "" {
				full, ok = w[:n-1]+",000", true
			}
			if !ok && (strings.EqualFold(w, "who'd") || strings.EqualFold(w, "who’d")) {
				full, ok = whoDid(w, s[j:]), true
			}
			if !ok && n >= 4 && chatNegations[strings.ToLower(w)] {
				full, ok = w[:n-1]+"'"+w[n-1:], true // "didnt": "didn't"
			}
			if ok {
				b.WriteString(s[last:i])
				b.WriteString(full)
				last = we
			}
		}
		i = j + 1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// capitalTitles are the short forms of titles, in capitals, that
// chatSpelling writes out after "the", a nationality or an owner, with
// their long forms (titleLongForms). Not CFO or COO, whose long forms
// there lack "officer".
var capitalTitles = func() map[string]string {
	m := map[string]string{}
	for _, short := range []string{"pm", "ceo", "md"} {
		m[strings.ToUpper(short)] = titleLongForms[short]
	}
	return m
}()

// titleFollows reports whether the text before a word ends on what a
// title follows: "the", a nationality ("Turkish"), an owner ("Italy's").
func titleFollows(before string) bool {
	low := strings.ToLower(lastWord(before))
	return low == "the" || strings.HasSuffix(low, "'s") || strings.HasSuffix(low, "’s") || demonyms[low] != ""
}

// titlePlace reports whether a short form typed in small letters, with
// before and after it, stands where a title does: after what it is the
// title of or "the" ("nintendo europe gm", "the gm"), not after a
// preposition, and last or before what a title comes before ("name",
// "of", a verb such as "is" or "said").
func titlePlace(before, after string) bool {
	prev := lastWord(before)
	if prev == "" || prepositions[prev] || determiners[prev] && prev != "the" {
		return false
	}
	next, _, _ := strings.Cut(strings.TrimLeft(after, " ,?!."), " ")
	return next == "" || titleFollowers[next]
}

// lastWord returns the last word of the text before a word of a
// question, "" when there is none.
func lastWord(before string) string {
	before = strings.TrimRight(before, " ")
	return before[strings.LastIndexByte(before, ' ')+1:]
}

// titleFollowers are the words a title in a chat question comes before:
// its name asked for, its "of" phrase, a verb of its own.
var titleFollowers = set(`name of is was has had said says and`)

// smallLetters reports whether s is typed in small letters throughout:
// strings.ToLower(s) == s, without the copy ToLower makes of a text with
// a capital, which most questions have.
func smallLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(s) == s
		}
		if 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

// uncapitalised returns a question typed in capitals throughout ("WHERE
// ARE THE TALKS?") or with every word capitalised ("Where Are The Talks
// Being Held?") in lower case: its capitals say nothing of which words
// are names, and read as names its words match no sentence's. Truecasing
// (truecased) then capitalises the names the sentences write so. Other
// questions, and those of fewer than three words, are returned as they
// are.
func uncapitalised(s string) string {
	words, small, i := 0, 0, -1
	for w := range strings.FieldsSeq(s) { // no slice: this runs for every question
		i++
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		if !unicode.IsUpper(r) {
			return s
		}
		words++
		if i > 0 && stopWords[strings.ToLower(w)] {
			small++ // "The", "Are": only a capitalised question writes them so
		}
	}
	if words < 3 || small == 0 && strings.ToUpper(s) != s {
		return s
	}
	return strings.ToLower(s)
}

// cleanQuestion removes chat noise: mentions, URLs, greetings, "please",
// "can you tell me", trailing punctuation; full-width letters (typed
// with an East Asian keyboard) become plain ones.
func cleanQuestion(s string) string {
	s = strings.Map(narrow, s)
	// Neither can match without these bytes, and most questions have
	// none: a regular expression with no literal prefix is tried at every
	// byte.
	if strings.ContainsAny(s, "<@") {
		s = mentionRE.ReplaceAllString(s, " ")
	}
	if strings.Contains(s, "://") || strings.IndexByte(s, '.') >= 0 {
		s = urlRE.ReplaceAllString(s, " ")
	}
	s = strings.Join(strings.Fields(s), " ")
	s = uncapitalised(s)
	// Chat spelling: "whos leading the team", "where r the talks".
	s = chatSpelling(s)
	for range 3 {
		before := s
		s = politeRE.ReplaceAllString(s, "")
		s = askRE.ReplaceAllString(s, "")
		if s == before {
			break
		}
	}
	s = trimTail(s)
	s = nameAsked(s)
	return strings.TrimSpace(s)
}

// nameAsked reads a question typed as the noun phrase it asks about,
// "name of the texas judge", as "what is the name of the texas judge";
// "Name the judge" stays a command.
func nameAsked(s string) string {
	for _, p := range [...][2]string{{"name of ", "what is the name of "}, {"names of ", "what are the names of "}} {
		if n := len(p[0]); len(s) > n && strings.EqualFold(s[:n], p[0]) {
			if s[0] == 'N' {
				return "W" + p[1][1:] + s[n:]
			}
			return p[1] + s[n:]
		}
	}
	return s
}

// trimTail is tailRE.ReplaceAllString(s, ""), which tried the expression
// at every byte of every question: the question cut where its tail of
// spaces and punctuation, with at most one "please" or "thanks" among
// them, starts. Text beyond ASCII is left to tailRE, whose (?i) folds
// some letters beyond ASCII into k and s.
func trimTail(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return tailRE.ReplaceAllString(s, "")
		}
	}
	inTail := func(c byte) bool { // [\s?!.,]
		switch c {
		case '\t', '\n', '\f', '\r', ' ', '?', '!', '.', ',':
			return true
		}
		return false
	}
	end := len(s)
	for end > 0 && inTail(s[end-1]) {
		end--
	}
	// A word of the tail ends where its punctuation starts (each ends
	// in a letter); none ends another, so one at most is there.
	for _, w := range [...]string{"please", "pls", "thanks", "thank you", "thx"} {
		if len(w) <= end && strings.EqualFold(s[end-len(w):end], w) {
			end -= len(w)
			for end > 0 && inTail(s[end-1]) {
				end--
			}
			break
		}
	}
	return s[:end]
}

// narrow maps a full-width form of an ASCII character ("Ｗｈｏ", "？")
// and the ideographic space to the plain character.
func narrow(r rune) rune {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E:
		return r - 0xFEE0
	case r == 0x3000:
		return ' '
	}
	return r
}

// truecased returns the question with the words that the retrieved
// sentences write as names written so, and whether it changed anything:
// people type questions in chat in lower case ("who is vladimir
// medinsky?"), and names, nationalities among them, are found by their
// capitals. Only a question with no capital but its first letter is
// changed, and a word only when the sentences capitalise it inside a
// sentence and never write it in lower case ("church" stays a church
// beside "the French Church"), or, for a nationality or a country, when
// they do not write it at all; and "us" after a determiner, which is the
// country ("which us firm").
func truecased(q *question, sents []*sentence) (string, bool) {
	for i, r := range q.text {
		if i > 0 && unicode.IsUpper(r) {
			return "", false
		}
	}
	type count struct {
		cased, plain int
		form         string
	}
	want := make(map[string]*count)
	// lengths has bit n set for a word wanted of n bytes (63 for longer
	// ones): most of the sentences' words are looked up in no map.
	var lengths uint64
	for _, t := range q.toks {
		if t.stem != "" && len(t.low) > 1 && !stopWords[t.low] && t.tag != tagWh && t.tag != tagAux {
			want[t.low] = &count{}
			lengths |= 1 << min(len(t.low), 63)
			// The word without an "s", for an owner typed without
			// its apostrophe (below).
			if o, ok := possessiveOwner(t.low); ok {
				if want[o] == nil {
					want[o] = &count{}
				}
				lengths |= 1 << min(len(o), 63)
			}
		}
	}
	if len(want) == 0 {
		return "", false
	}
	for _, s := range sents {
		for p := range s.toks {
			t := &s.toks[p]
			if lengths&(1<<min(len(t.low), 63)) == 0 {
				continue
			}
			c := want[t.low]
			if c == nil {
				continue
			}
			switch {
			case t.text == t.low:
				c.plain++
			case p > 0 && !isBoundary(s.toks[p-1]) && s.toks[p-1].tag != tagQuote && (t.tag == tagProper || t.tag == tagGentile),
				// A short form in capitals is cased wherever it stands,
				// at a sentence's start or in brackets too: "World
				// Anti-Doping Agency (WADA)".
				len(t.text) >= 2 && isAllCaps(t.text) && isLetters(t.text):
				c.cased++
				if c.form == "" {
					c.form = t.text
				}
			}
		}
	}
	runs := namedRuns(q.toks, sents)
	var b strings.Builder
	last, changed := 0, false
	// recase writes the question up to t, then t as form.
	recase := func(t token, form string) {
		b.WriteString(q.text[last:t.start])
		b.WriteString(form)
		last, changed = t.end, true
	}
	for k, t := range q.toks {
		// "us" after a determiner is the country, never the pronoun:
		// "which us firm", "the us government".
		if t.text == "us" && k > 0 && k+1 < len(q.toks) && countryDeterminers[q.toks[k-1].low] {
			recase(t, "US")
			continue
		}
		if form := runs[k]; form != "" && t.text != form {
			recase(t, form)
			continue
		}
		c := want[t.low]
		// A nationality or a country the sentences do not hold is
		// capitalised all the same: "who leads the german delegation?"
		// asks about the Germans, whom a story of Russians and
		// Ukrainians does not name.
		if c != nil && c.cased == 0 && c.plain == 0 && (demonyms[t.low] != "" || demonyms[strings.TrimSuffix(t.low, "s")] != "" || countries[t.low]) {
			c.cased, c.form = 1, strings.ToUpper(t.low[:1])+t.low[1:]
		}
		// A word the sentences do not hold that spells the initials of a
		// name they give is its short form: "snp" for the Scottish
		// National Party, "rba" for the Reserve Bank of Australia.
		if c != nil && c.cased == 0 && c.plain == 0 && len(t.low) >= 2 && len(t.low) <= 5 && isLetters(t.low) && initialsOfAName(sents, t.low) {
			c.cased, c.form = 1, strings.ToUpper(t.low)
		}
		// "wembleys us gaming division", "robbens shot": a name's
		// possessive typed without its apostrophe, before the noun it
		// owns, where the sentences write the name and never the word.
		// Not the noun a which-question asks for ("which articles
		// state...", of a text that names Article 106).
		if o, ok := possessiveOwner(t.low); ok && c != nil && c.cased == 0 && c.plain == 0 && k+1 < len(q.toks) &&
			(q.toks[k+1].tag == tagWord || q.toks[k+1].tag == tagTitle) && (k == 0 || !kindAskers[q.toks[k-1].low]) {
			if oc := want[o]; oc != nil && oc.cased > 0 && oc.plain == 0 {
				recase(t, oc.form+"'s")
				continue
			}
		}
		if c == nil || c.cased == 0 || c.plain > 0 || t.text == c.form {
			continue
		}
		// The noun a which- or what-question asks for is a kind, not a
		// name, though the sentences write it only in names: "which
		// party...?" asked of a story of the Labour Party and the
		// Conservative Party asks for a party.
		if k > 0 && kindAskers[q.toks[k-1].low] && nameHead(t.low) {
			continue
		}
		recase(t, c.form)
	}
	if !changed {
		return "", false
	}
	b.WriteString(q.text[last:])
	return b.String(), true
}

// possessiveOwner returns a word in "s" without it, for truecased to try
// as the owner of a possessive typed without its apostrophe ("wembleys");
// not a word of four letters or fewer, nor one in "ss".
func possessiveOwner(w string) (string, bool) {
	if len(w) <= 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return "", false
	}
	return w[:len(w)-1], true
}

// kindAskers ask for a thing of the kind the noun after them names.
var kindAskers = set(`which what whose`)

// nameHead reports whether a common noun ends names of organisations,
// places or events ("the Labour Party", "Hyde Park", "the FA Cup"): a
// sentence capitalises it there and nowhere else.
func nameHead(w string) bool {
	return orgWords[w] || placeWords[w] || orgNouns[w] || orgKindNouns[w] || eventWords[w]
}

// countryDeterminers come before "us" only when it is the country.
var countryDeterminers = set(`which what whose the`)

// namedRuns finds the runs of two or more of the question's words that a
// sentence writes as one name, each word capitalised ("lewis champion" for
// "Lewis Champion", "space station" for "Space Station"), longest first,
// and gives their forms by the question's token. A run is a name though
// one of its words is also a common word ("champion"), which truecased
// leaves in lower case when it stands alone.
func namedRuns(qt []token, sents []*sentence) map[int]string {
	var out map[int]string
	for k := 0; k+1 < len(qt); k++ {
		if !runWord(qt[k]) || !runWord(qt[k+1]) || out[k] != "" {
			continue
		}
		n := 2
		for k+n < len(qt) && runWord(qt[k+n]) {
			n++
		}
		for ; n >= 2; n-- {
			if forms := casedRun(qt[k:k+n], sents); forms != nil {
				if out == nil {
					out = make(map[int]string)
				}
				for i, f := range forms {
					out[k+i] = f
				}
				break
			}
		}
	}
	return out
}

// runWord reports whether a question word can be part of a name run.
func runWord(t token) bool {
	return len(t.low) > 1 && !stopWords[t.low] && t.tag != tagWh && t.tag != tagAux && t.tag != tagPunct && t.tag != tagQuote
}

// casedRun returns the forms of words as a sentence writes them, if one
// writes them in a row as a name: every word capitalised and read as a
// name or a nationality.
func casedRun(words []token, sents []*sentence) []string {
	for _, s := range sents {
		for p := 0; p+len(words) <= len(s.toks); p++ {
			ok := true
			for i, w := range words {
				t := s.toks[p+i]
				if t.low != w.low || t.text == t.low || t.tag != tagProper && t.tag != tagGentile {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			forms := make([]string, len(words))
			for i := range words {
				forms[i] = s.toks[p+i].text
			}
			return forms
		}
	}
	return nil
}

// initialsOfAName reports whether a name of the sentences, of as many
// words as w has letters, past its joiners, has w's initials.
func initialsOfAName(sents []*sentence, w string) bool {
	for _, s := range sents {
		for _, e := range s.ents {
			if e.j-e.i >= 2 && initialsOf(s.toks[e.i:e.j], len(w)) == w {
				return true
			}
		}
	}
	return false
}

// whoDid writes out "who'd": "who would" before a verb ("who'd replace
// him"), and "who did" before the subject of an inverted question
// ("who'd she beat in the final", "who'd federer beat"), what the rest
// of the question, after, opens on. The capital of "Who" is kept.
func whoDid(w, after string) string {
	next := strings.TrimLeft(after, " ")
	if i := strings.IndexAny(next, " ,?!."); i >= 0 {
		next = next[:i]
	}
	next = strings.ToLower(next)
	if verbStems[stem(next)] && !stopWords[next] {
		return w[:3] + " would"
	}
	return w[:3] + " did"
}
