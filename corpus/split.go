package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"briefbot"
)

// Sentences splits every paragraph of a into sentences, numbered from 1
// across the whole article. Pieces with no letter or digit (a stray quote
// mark, a row of asterisks) are not sentences and are left out.
func Sentences(a briefbot.Article) []briefbot.Sentence {
	var out []briefbot.Sentence
	for i, p := range a.Paragraphs {
		for _, sp := range Split(p) {
			text := p[sp[0]:sp[1]]
			if !hasWord(text) {
				continue
			}
			out = append(out, briefbot.Sentence{
				ArticleID:    a.ID,
				ArticleTitle: a.Title,
				URL:          a.URL,
				Published:    a.Published,
				Paragraph:    i + 1,
				Number:       len(out) + 1,
				Start:        sp[0],
				End:          sp[1],
				Text:         text,
			})
		}
	}
	return out
}

// Split returns the byte offsets [start, end) of the sentences of text, in
// order. Spans never overlap, never start or end with white space and cover
// every non-space character: only white space lies between them. A text with
// no sentence-final punctuation is one sentence; a blank line always ends
// one. The rules are described in the package documentation.
func Split(text string) [][2]int {
	var spans [][2]int
	s := splitter{text: text, nextQuote: -1}
	start, last := -1, 0 // start of the current sentence, -1 before its first rune; end of the last non-space rune
	newlines := 0        // in the current run of white space
	for i := 0; i < len(text); {
		if c := text[i]; c > ' ' && c < utf8.RuneSelf && c != '.' && c != '?' && c != '!' && c != '"' {
			// Most bytes are ASCII letters, digits and commas.
			if start < 0 {
				start = i
			}
			i++
			last = i
			newlines = 0
			continue
		}
		r, w := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			if r == '\n' {
				newlines++
				if newlines == 2 && start >= 0 {
					spans = append(spans, [2]int{start, last})
					start = -1
					s.quoteOpen = false
				}
			}
			i += w
			continue
		}
		newlines = 0
		if start < 0 {
			start = i
		}
		if !isTerminal(r) {
			s.see(i, r)
			i += w
			last = i
			continue
		}
		e := s.run(i)
		last = e
		if s.breaksAfter(start, i, e) {
			spans = append(spans, [2]int{start, e})
			start = -1
		}
		i = e
	}
	if start >= 0 {
		spans = append(spans, [2]int{start, last})
	}
	return spans
}

// splitter holds the little state the rules need while scanning one text.
type splitter struct {
	text string
	// quoteOpen reports whether the last double quotation mark seen opened
	// a quotation.
	quoteOpen bool
	// nextQuote caches the position of the next double quotation mark
	// (len(text) when there is none; -1 before the first look), so that
	// looking ahead for the end of a quotation stays linear in the text's
	// length.
	nextQuote int
}

// see records the double quotation mark r at i, if it is one.
func (s *splitter) see(i int, r rune) {
	if isDoubleQuote(r) {
		s.quoteOpen = opensQuote(s.text, i, r)
	}
}

// run returns the end of the run of sentence-final punctuation and closing
// quotes or brackets starting at i, such as `.`, `?!`, `...` or `.”)`.
func (s *splitter) run(i int) int {
	for i < len(s.text) {
		r, w := utf8.DecodeRuneInString(s.text[i:])
		if !isTerminal(r) && !isCloser(r) {
			break
		}
		s.see(i, r)
		i += w
	}
	return i
}

// breaksAfter decides whether the sentence that started at start ends with
// the punctuation run text[i:e].
func (s *splitter) breaksAfter(start, i, e int) bool {
	t := s.text
	if e == len(t) {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(t[e:]); !unicode.IsSpace(r) {
		return false // 3.5, U.S., example.com, e-mail addresses
	}
	j := skipSpace(t, e)
	if j == len(t) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(t[j:])
	if unicode.IsLower(next) || strings.ContainsRune(".,;:?!…)]}", next) {
		return false // "Why?" he asked; etc. and; a.m. on Friday
	}
	if s.quoteOpen && s.attributedQuoteAhead(e) {
		return false // “... not going. And he didn’t go,” Trump told reporters.
	}
	run := t[i:e]
	if strings.ContainsAny(run, "?!") {
		// “Why?” Trump asked.
		return !(strings.ContainsAny(run, "\"”»") && attribution(t[j:]))
	}
	if strings.Contains(run, "..") || strings.ContainsRune(run, '…') {
		return true // an ellipsis before a capital ends the sentence
	}
	if strings.ContainsAny(run, "\"”»)") {
		return true // a closing quote or bracket ends an abbreviation's phrase too: `Cell Block H." Labour`
	}
	wordStart, word := wordBefore(t, start, i)
	if wordStart == start && isListMarker(word) {
		return false // "2. Russia rejected it."
	}
	switch abbreviation(word) {
	case neverFinal:
		return false
	case beforeNumber:
		return !unicode.IsDigit(next)
	case maybeFinal:
		return startsSentence(t[j:])
	}
	if isInitialism(word) {
		return startsSentence(t[j:])
	}
	return true
}

// attributedQuoteAhead reports whether the next double quotation mark at or
// after e closes a quotation with a comma (`go,”` or `go”,`): the quotation
// is then the object of an attribution that follows it, and the sentences
// inside it stay together with the attribution.
func (s *splitter) attributedQuoteAhead(e int) bool {
	if s.nextQuote < e {
		s.nextQuote = len(s.text)
		if k := strings.IndexAny(s.text[e:], doubleQuotes); k >= 0 {
			s.nextQuote = e + k
		}
	}
	k := s.nextQuote
	if k == len(s.text) {
		return false
	}
	r, w := utf8.DecodeRuneInString(s.text[k:])
	if opensQuote(s.text, k, r) {
		return false
	}
	return s.text[k-1] == ',' || (k+w < len(s.text) && s.text[k+w] == ',')
}

const doubleQuotes = "\"“”„«»"

func isDoubleQuote(r rune) bool {
	return r == '"' || r == '“' || r == '”' || r == '„' || r == '«' || r == '»'
}

// opensQuote reports whether the double quotation mark r at i opens a
// quotation. A straight quote opens one when it is not preceded by a letter,
// digit or punctuation that it could close.
func opensQuote(t string, i int, r rune) bool {
	switch r {
	case '“', '„', '«':
		return true
	case '"':
		if i == 0 {
			return true
		}
		p, _ := utf8.DecodeLastRuneInString(t[:i])
		return unicode.IsSpace(p) || isOpener(p) || p == ':' || p == '—' || p == '–'
	}
	return false
}

func isTerminal(r rune) bool { return r == '.' || r == '?' || r == '!' || r == '…' }

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', ')', ']', '}', '»', '›':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '(', '[', '{', '«', '‹', '„', '‚', '¿', '¡':
		return true
	}
	return false
}

func skipSpace(t string, i int) int {
	for i < len(t) {
		r, w := utf8.DecodeRuneInString(t[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += w
	}
	return i
}

// wordBefore returns the white-space delimited word ending at i, without
// leading quotes or brackets, and where it starts (quotes included).
func wordBefore(t string, start, i int) (int, string) {
	k := i
	for k > start {
		r, w := utf8.DecodeLastRuneInString(t[:k])
		if unicode.IsSpace(r) {
			break
		}
		k -= w
	}
	word := t[k:i]
	for word != "" {
		r, w := utf8.DecodeRuneInString(word)
		if !isOpener(r) {
			break
		}
		word = word[w:]
	}
	return k, word
}

// isListMarker reports whether a word followed by a full stop at the start
// of a sentence numbers it: 1-3 digits, one letter, or a small roman numeral.
func isListMarker(w string) bool {
	if w == "" || len(w) > 4 {
		return false
	}
	if len(w) == 1 && isASCIILetter(w[0]) {
		return true
	}
	digits := true
	for i := 0; i < len(w); i++ {
		digits = digits && w[i] >= '0' && w[i] <= '9'
	}
	if digits {
		return len(w) <= 3
	}
	switch strings.ToLower(w) {
	case "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii":
		return true
	}
	return false
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// isInitialism reports whether w is a single letter (J in "J. K. Rowling")
// or letters in groups of one or two separated by full stops (U.S, Ph.D,
// a.m): words that take a full stop without ending a sentence.
func isInitialism(w string) bool {
	if w == "" {
		return false
	}
	for _, g := range strings.Split(w, ".") {
		if len(g) == 0 || len(g) > 2 || !isASCIILetter(g[0]) || len(g) == 2 && !isASCIILetter(g[1]) {
			return false
		}
		if len(g) == 2 && !strings.Contains(w, ".") {
			return false // a two-letter word: "up", "it"
		}
	}
	return true
}

// Kinds of abbreviation, by how likely a full stop after them ends a
// sentence.
const (
	notAbbreviation = iota
	neverFinal      // Mr. Smith, Lt. Gen. Kellogg, Roe v. Wade, e.g.
	beforeNumber    // No. 5, Jan. 20, pp. 4-5: final unless a number follows
	maybeFinal      // Inc., Jr., etc.: final only before a sentence starter
)

// abbreviation classifies a word that precedes a full stop. Matching is
// case-sensitive: Ill., Mass. and Wash. are states, ill, mass and wash are
// words, and FT is a newspaper, not Ft. (Fort).
func abbreviation(w string) int {
	switch w {
	case "Mr", "Mrs", "Ms", "Mx", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Profs",
		"Gov", "Govs", "Sen", "Sens", "Rep", "Reps", "Pres", "Amb", "Atty", "Hon", "Rt",
		"Lt", "Gen", "Gens", "Col", "Maj", "Capt", "Cmdr", "Cdr", "Cmdt", "Sgt", "Cpl",
		"Pvt", "Pfc", "Adm", "Brig", "Insp", "Supt", "Det", "Rev", "Revd", "Fr", "Msgr",
		"Mt", "Ft", "Ste", "Sta",
		"v", "vs", "Vs", "e.g", "i.e", "E.g", "I.e", "cf", "Cf", "viz", "approx", "Approx",
		"ca", "esp", "incl":
		return neverFinal
	case "No", "Nos", "no", "Vol", "Vols", "vol", "p", "pp", "Art", "Fig", "Figs",
		"fig", "Ch", "ch", "Sec", "Sect", "sec", "Para", "para", "Pt", "Ex", "est", "Est",
		"Tel", "tel", "Nr", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
		"Sept", "Oct", "Nov", "Dec":
		return beforeNumber
	case "Inc", "Corp", "Co", "Cos", "Ltd", "Plc", "Bros", "Jr", "Sr", "etc", "al",
		"Ave", "Blvd", "Rd", "St", "Sq", "Dept", "Univ", "Assn", "Intl", "Natl", "Govt",
		"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
		"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind",
		"Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont",
		"Neb", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash",
		"Wis", "Wyo":
		return maybeFinal
	}
	return notAbbreviation
}

// startsSentence reports whether s begins the way a sentence often does, for
// the ambiguous case of an abbreviation that may or may not end one ("the
// U.S. The" breaks, "the U.S. Senate" doesn't): an opening quote before a
// capital, or a common sentence-initial word.
func startsSentence(s string) bool {
	quoted := false
	for s != "" {
		r, w := utf8.DecodeRuneInString(s)
		if !isOpener(r) {
			break
		}
		quoted = true
		s = s[w:]
	}
	word := leadingWord(s)
	if word == "" {
		return false
	}
	if first, _ := utf8.DecodeRuneInString(word); !unicode.IsUpper(first) {
		return false
	}
	if len(word) == 1 && strings.HasPrefix(s[1:], ".") {
		return false // another initial: J. A. Smith
	}
	return quoted || isStarter(word)
}

func leadingWord(s string) string {
	for i, r := range s {
		if !unicode.IsLetter(r) && r != '\'' && r != '’' {
			return s[:i]
		}
	}
	return s
}

// isStarter lists capitalised words that begin news sentences far more
// often than they follow an abbreviation inside one.
func isStarter(w string) bool {
	switch w {
	case "A", "An", "The", "I", "He", "She", "It", "We", "They", "You", "His", "Her",
		"Its", "Our", "Their", "My", "Your", "This", "That", "These", "Those", "There",
		"Here", "But", "And", "Or", "So", "Yet", "However", "Meanwhile", "Still", "Also",
		"Then", "Now", "In", "On", "At", "As", "After", "Before", "When", "While", "If",
		"Although", "Though", "Since", "Because", "For", "With", "Without", "Despite",
		"What", "Who", "Why", "How", "Where", "Which", "Some", "Many", "Most", "Several",
		"Such", "Both", "Each", "Every", "All", "Any", "Other", "Others", "Another", "No",
		"Not", "Mr", "Mrs", "Ms", "Dr", "Last", "Earlier", "Later", "Today", "Yesterday",
		"Tomorrow", "According", "Under", "During", "From", "Instead", "Indeed", "Thus",
		"Moreover", "Nevertheless", "It's", "It’s", "That's", "That’s",
		"There's", "There’s", "He's", "He’s", "She's", "She’s", "We're", "We’re",
		"They're", "They’re":
		return true
	}
	return false
}

// attribution reports whether s begins like the attribution of a quoted
// question or exclamation: up to three capitalised words then a speech verb,
// as in `“Why?” Trump asked.`
func attribution(s string) bool {
	for n := 0; n < 4; n++ {
		w := strings.TrimRight(leadingWord(s), "'’")
		if w == "" {
			return false
		}
		if first, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(first) {
			return isSpeechVerb(w)
		}
		s = strings.TrimLeft(s[len(w):], ".'’ ")
	}
	return false
}

func isSpeechVerb(w string) bool {
	switch w {
	case "said", "says", "asked", "asks", "told", "tells", "added", "adds", "replied",
		"replies", "wrote", "writes", "shouted", "cried", "exclaimed", "insisted",
		"explained", "continued", "wondered", "demanded", "declared", "joked", "laughed",
		"tweeted", "posted", "noted", "argued", "warned", "stated", "answered",
		"responded", "recalled", "urged":
		return true
	}
	return false
}

// hasWord reports whether s holds a letter or a digit.
func hasWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
