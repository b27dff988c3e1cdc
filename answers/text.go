package answers

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word or punctuation mark of a sentence or question.
type token struct {
	text       string // verbatim
	start, end int    // byte offsets: src[start:end] == text
	low        string // lower case, curly apostrophes straightened
	stem       string // see stem; "" for punctuation
	root       string // see root
	tag        byte   // see the tag constants
}

// Token tags: one byte each so that a sentence's tags are stored as a short
// string in its annotation.
const (
	tagProper   = 'N' // capitalised name word
	tagGentile  = 'G' // nationality adjective: Russian, Ukrainian
	tagTitle    = 'T' // title or role word: president, aide, Lt.
	tagNumber   = '#' // digits or a number word
	tagMoney    = '$' // currency symbol
	tagMonth    = 'M'
	tagWeekday  = 'W'
	tagTime     = 't' // other calendar and time words
	tagDet      = 'd'
	tagPrep     = 'p'
	tagConj     = 'c'
	tagSub      = 's' // subordinator: because, while, which...
	tagPronoun  = 'r'
	tagAux      = 'a'
	tagWh       = 'w'
	tagVerb     = 'v' // a likely verb (-ed, -ing, or known irregular form)
	tagWord     = 'n' // any other content word
	tagPunct    = '.'
	tagPossess  = 'o' // the possessive 's
	tagQuote    = 'q' // quotation mark
	tagNegation = 'x' // not, n't, never
	tagAdverb   = 'y' // -ly words
)

// isWordRune reports whether r can be part of a word.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

func isQuote(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»', '‘', '’', '`':
		return true
	}
	return false
}

// tokenize splits s into words and punctuation marks, keeping byte offsets.
// Words keep internal apostrophes, hyphens, the full stops of
// abbreviations and initials (U.S., Lt., F.), and the separators of numbers
// (30,000 and 3.5); a possessive 's is split off as its own token.
func tokenize(s string) []token { return tokenizeInto(s, 0) }

// tokenizeInto is tokenize into a slice with room for n tokens.
func tokenizeInto(s string, n int) []token {
	var toks []token
	if n > 0 {
		toks = make([]token, 0, n)
	}
	return appendTokens(toks, s)
}

// appendTokens appends the tokens of s to toks.
func appendTokens(toks []token, s string) []token {
	var lowered string // see newToken
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) || r == utf8.RuneError && w <= 1 {
			i += w
			continue
		}
		if !isWordRune(r) {
			j := i + w
			// Keep runs of dots and dashes together: "...", "--".
			if r == '.' || r == '-' {
				for j < len(s) && s[j] == byte(r) {
					j++
				}
			}
			toks = append(toks, newToken(s, i, j, &lowered))
			i = j
			continue
		}
		j := scanWord(s, i)
		word := s[i:j]
		if j < len(s) && s[j] == '.' && keepsFullStop(word) {
			j++
			// "B.C.'s": the possessive after an abbreviation's full stop.
			if r, w := utf8.DecodeRuneInString(s[j:]); isApostrophe(r) && j+w < len(s) && (s[j+w] == 's' || s[j+w] == 'S') &&
				(j+w+1 == len(s) || !isWordRune(rune(s[j+w+1]))) {
				toks = append(toks, newToken(s, i, j, &lowered), newToken(s, j, j+w+1, &lowered))
				i = j + w + 1
				continue
			}
		}
		// Split a possessive 's ("Putin’s", "Zelenskyy's").
		if k := possessiveAt(s, i, j); k > i {
			toks = append(toks, newToken(s, i, k, &lowered), newToken(s, k, j, &lowered))
		} else {
			toks = append(toks, newToken(s, i, j, &lowered))
		}
		i = j
	}
	return toks
}

// scanWord returns the end of the word starting at i.
func scanWord(s string, i int) int {
	j := i
	seg := 0 // letters since the word start or the last internal full stop
	for j < len(s) {
		// ASCII letters and digits, most of what is read, without
		// decoding: they are all of ASCII that isWordRune takes.
		if c := s[j] | 0x20; 'a' <= c && c <= 'z' || '0' <= s[j] && s[j] <= '9' {
			j++
			seg++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[j:])
		if isWordRune(r) {
			j += w
			seg++
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(s[i:j])
		var next rune
		if j+w < len(s) {
			next, _ = utf8.DecodeRuneInString(s[j+w:])
		}
		switch {
		case isApostrophe(r) && unicode.IsLetter(next) && unicode.IsLetter(prev):
		case isApostrophe(r) && unicode.IsDigit(prev) && (next == 's' || next == 'S') && possessiveEnd(s, j+w+1):
			// "U2's", "Channel 4's": a possessive, split off below.
		case isHyphen(r) && isWordRune(next) && isWordRune(prev):
		case (r == ',' || r == '.' || r == ':' || r == '/') && unicode.IsDigit(prev) && unicode.IsDigit(next):
		case r == '.' && unicode.IsLetter(prev) && unicode.IsLetter(next) && seg <= 2 && letterRunLen(s[j+w:]) <= 2:
		case r == '.' && (unicode.IsLetter(prev) || unicode.IsDigit(prev)) && domainEnd(s[j+w:]):
			// "latinohiphopradio.com", "bbc.co.uk": a web address is one word.
		default:
			return j
		}
		j += w
		seg = 0
	}
	return j
}

// domainEnd reports whether s opens with a web address's last part, a
// top-level domain in small letters ("com" in "example.com", "co" and "uk"
// in "bbc.co.uk") that ends the word.
func domainEnd(s string) bool {
	n := letterRunLen(s)
	return n >= 2 && topLevelDomains[s[:n]]
}

// webAddress reports whether a word is a web address, which the
// tokenizer keeps whole: a full stop inside it before a top-level domain
// ("gamesindustry.biz", "bbc.co.uk").
func webAddress(w string) bool {
	k := strings.LastIndexByte(w, '.')
	return k > 0 && domainEnd(w[k+1:])
}

// topLevelDomains are the commonest endings of web addresses in news.
var topLevelDomains = set(`com org net gov edu info biz co uk us ca au de fr nz ie in jp tv io eu`)

func letterRunLen(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsLetter(r) {
			break
		}
		n++
	}
	return n
}

// keepsFullStop reports whether a full stop after word belongs to it.
func keepsFullStop(word string) bool {
	if k := strings.LastIndexByte(word, '.'); k >= 0 { // U.S., not example.com
		// Nor a number with decimals ending a sentence, with its unit
		// too: "at $172.55.", "rose to $8.6m.", "a 6.5bn."
		return !domainEnd(word[k+1:]) && !startsWithDigit(word[k+1:])
	}
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r) // an initial: Samuel T. Okoro
	}
	return abbreviations[strings.ToLower(word)]
}

// possessiveEnd reports whether a word ends at k: the s of a possessive
// after a digit ("U2's"), not the start of a word ("4'square").
func possessiveEnd(s string, k int) bool {
	if k >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[k:])
	return !isWordRune(r)
}

// possessiveAt returns the offset where a trailing 's of s[i:j] starts, or i.
func possessiveAt(s string, i, j int) int {
	w := s[i:j]
	if len(w) < 3 || w[len(w)-1] != 's' && w[len(w)-1] != 'S' { // as most words are not
		return i
	}
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			return j - len(suf)
		}
	}
	return i
}

// newToken makes the token s[i:j]. lowered holds s with its ASCII capitals
// lowered, made by the first token that needs it, so that a sentence's
// capitalised words share one lower-case copy instead of one each.
//
// The token's bytes are classed once, by a table, for both questions
// asked of them: whether it has capitals to lower, and whether stem must
// look for digits.
func newToken(s string, i, j int, lowered *string) (t token) {
	t.fill(s, i, j, lowered)
	return
}

// fill makes *t the token s[i:j], as newToken does, in place: a token is
// eleven words, returned in memory, and a decoded hit's were each copied
// from newToken's result into their slab (readBounds).
func (t *token) fill(s string, i, j int, lowered *string) {
	*t = token{text: s[i:j], start: i, end: j}
	var class byte
	for k := i; k < j; k++ {
		class |= byteClass[s[k]]
	}
	t.low = lowerIn(s, i, j, lowered, class)
	if r, _ := utf8.DecodeRuneInString(t.text); isWordRune(r) {
		t.stem = stemOf(t.low, class&(classDigit|classOther) != 0)
		t.root = root(t.stem)
	}
}

// byteClass classes bytes for newToken: capitals, digits, and the bytes
// of runes beyond ASCII.
var byteClass = func() (c [256]byte) {
	for b := 'A'; b <= 'Z'; b++ {
		c[b] = classUpper
	}
	for b := '0'; b <= '9'; b++ {
		c[b] = classDigit
	}
	for b := utf8.RuneSelf; b < 256; b++ {
		c[b] = classOther
	}
	return c
}()

const (
	classUpper = 1 << iota
	classDigit
	classOther
)

// lowerIn is lower(s[i:j]), taken from *lowered (see newToken) when
// s[i:j] is ASCII: lowering ASCII keeps every byte in its place. class
// is its bytes' classes, or-ed.
func lowerIn(s string, i, j int, lowered *string, class byte) string {
	w := s[i:j]
	if class&classOther != 0 {
		return lower(w)
	}
	if class&classUpper == 0 {
		return w
	}
	if *lowered == "" {
		var b strings.Builder
		b.Grow(len(s))
		*lowered = appendLower(&b, s)
	}
	return (*lowered)[i:j]
}

// appendLower writes s to b with its ASCII capitals lowered and returns
// what it wrote, cut from b's string: b only appends, so the strings it
// returned before stay as they were. The runs between capitals are
// copied whole: a sentence has few capitals, and a byte at a time was
// most of lowerIn.
func appendLower(b *strings.Builder, s string) string {
	at := b.Len()
	last := 0
	for k := 0; k < len(s); k++ {
		if c := s[k]; 'A' <= c && c <= 'Z' {
			b.WriteString(s[last:k])
			b.WriteByte(c + 'a' - 'A')
			last = k + 1
		}
	}
	b.WriteString(s[last:])
	return b.String()[at:]
}

// lower lower-cases w and straightens curly apostrophes so that "Putin’s"
// and "Putin's" compare equal.
func lower(w string) string {
	w = strings.ToLower(w)
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			if strings.ContainsAny(w, "’ʼ") {
				w = strings.NewReplacer("’", "'", "ʼ", "'").Replace(w)
			}
			break
		}
	}
	return w
}

// stem reduces a lower-case word to a crude stem shared by its inflections:
// plural and verb endings are removed and a final e dropped, so that
// "declined" and "decline", "making" and "made" meet. It is lighter than
// Porter's algorithm on purpose: derivational suffixes are handled by root,
// at a lower weight, because "leader" is not "lead" as often as "leading"
// is.
func stem(w string) string { return stemOf(w, true) }

// stemOf is stem for a word that may have a digit, or that has none.
func stemOf(w string, mayDigit bool) string {
	w = strings.TrimSuffix(w, ".")
	if strings.HasSuffix(w, "'s") || w == "'s" {
		return "'s"
	}
	w = americanSpelling(w)
	if irregularHint.may(w) {
		if base, ok := irregular[w]; ok {
			return dropE(base)
		}
	}
	if len(w) <= 3 || mayDigit && hasDigit(w) {
		return w
	}
	// The endings cut below end in s, and then in d, g or y: a word
	// ending otherwise, as most do, is tried against none of them.
	n := len(w)
	switch {
	case w[n-1] != 's':
	case strings.HasSuffix(w, "ies") && n > 4 && ieNouns[w[:n-1]]:
		w = w[:n-1] // "movies" is "movie", not "movy"
	case strings.HasSuffix(w, "ies") && n > 4:
		w = w[:n-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"),
		strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zzes"):
		w = w[:n-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
	case strings.HasSuffix(w, "s"):
		w = w[:n-1]
	}
	n = len(w)
	switch last := w[n-1]; {
	case last != 'd' && last != 'g' && last != 'y':
	case n == 4 && strings.HasSuffix(w, "ed") && isVowel(w[0]) && !isVowel(w[1]):
		return w[:3] // "used", "aged", "owed": the verb is "use"
	case n == 5 && strings.HasSuffix(w, "ing") && isVowel(w[0]) && !isVowel(w[1]):
		return w[:2] + "e" // "using", "aging"
	case strings.HasSuffix(w, "ied") && n > 4:
		w = w[:n-3] + "y"
	case eedWords[w]:
		// "need", "succeed": a word of its own, kept whole.
	case strings.HasSuffix(w, "eed"):
		w = w[:n-1] // "agreed", "freed": the verb is "agree"
	case strings.HasSuffix(w, "ed") && n > 4 && hasVowel(w[:n-2]):
		w = undouble(w[:n-2])
	case strings.HasSuffix(w, "ing") && n > 5 && hasVowel(w[:n-3]):
		w = undouble(w[:n-3])
	case strings.HasSuffix(w, "ly") && n > 5 && !lyWords[w]:
		w = w[:n-2]
	}
	return dropE(w)
}

// hasDigit reports whether w holds a digit; unicode.IsDigit for every
// rune cost as much as the rest of stem.
func hasDigit(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return strings.IndexFunc(w[i:], unicode.IsDigit) >= 0
		}
		if '0' <= c && c <= '9' {
			return true
		}
	}
	return false
}

// eedWords end in -eed as their base form, not as a verb in -ee with its
// -d: "need", "succeed" are no "nee", "succee".
var eedWords = set(`need feed breed speed seed bleed succeed proceed exceed greed weed heed deed
	reed indeed creed steed tweed screed`)

func dropE(w string) string {
	if len(w) > 3 && strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "ee") {
		return w[:len(w)-1]
	}
	return w
}

func hasVowel(w string) bool { return strings.ContainsAny(w, "aeiouy") }

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// ieNouns end in -ie, and their plurals in -ies are theirs, not a y's.
var ieNouns = set(`movie cookie calorie rookie zombie hoodie prairie pixie genie lassie
	brownie selfie smoothie sortie auntie birdie budgie`)

// undouble turns "stopp" into "stop" (but leaves "call", "pass" and
// "staff").
func undouble(w string) string {
	n := len(w)
	// "stopped" is "stop"; "added" stays "add", a word of its own.
	if n >= 4 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiouylszf", rune(w[n-1])) {
		return w[:n-1]
	}
	return w
}

// root strips derivational suffixes from a stem, so that "invitation"
// meets "invite", "competitor" and "competition" meet "compete",
// "explosion" meets "explode" and "employee" meets "employ". It strips
// until no suffix is left, so that a base word that happens to end like
// a suffix ("discover", "employ") meets its derived forms ("discovery",
// "employment") at the same root. Words whose derived forms change
// their spelling ("death", "growth", "height") go by derivations.
// Matches on roots count for less than matches on stems.
func root(st string) string {
	// A noun in -cy names the state of its word in -t: "bankruptcy",
	// "democracy", "presidency", "pregnancy" are "bankrupt", "democrat",
	// "president", "pregnant"; "currency" is not "current". Short ones
	// are words of their own ("policy", "fancy", "agency").
	if len(st) >= 7 && strings.HasSuffix(st, "cy") && st != "currency" {
		st = strings.TrimSuffix(st[:len(st)-2], "t") + "t"
	}
	if derivationHint.may(st) {
		if base, ok := derivationStems[st]; ok {
			return root(base)
		}
	}
	for range 4 {
		cut := ""
		if len(st) < 5 {
			break // no suffix leaves four letters
		}
		for _, suf := range suffixesEnding[st[len(st)-1]] {
			if len(st) >= len(suf)+4 && strings.HasSuffix(st, suf) {
				cut = st[:len(st)-len(suf)]
				// "explosion", "decisive": the d of "explode" and "decide"
				// became an s.
				if (suf == "ion" || suf == "iv") && len(cut) >= 4 && cut[len(cut)-1] == 's' &&
					strings.IndexByte("aeiou", cut[len(cut)-2]) >= 0 {
					cut = cut[:len(cut)-1] + "d"
				}
				// "improvement", "requirement": stem drops the e of
				// "improve" and "require", so the root does too.
				if len(cut) > 4 && cut[len(cut)-1] == 'e' {
					cut = cut[:len(cut)-1]
				}
				break
			}
		}
		if cut == "" {
			break
		}
		st = cut
	}
	return st
}

// derivSuffixes are derivational suffixes in their stemmed form (stem
// drops a final e: "competitive" is "competitiv"), longer before shorter;
// "i" is the y of a stem that had an ending ("supplied", "colonies").
var derivSuffixes = []string{"ation", "ition", "itor", "itiv", "ativ", "ment", "ness", "ship",
	"ism", "ist", "ity", "ion", "anc", "enc", "ant", "est", "abl", "ibl", "ful", "ous", "ee", "er",
	"or", "al", "iv", "ic", "at", "ur", "iz", "y", "i"}

// suffixesEnding holds derivSuffixes by their last letter, in their
// order: root tries only those a stem can end with.
var suffixesEnding = func() (m [256][]string) {
	for _, suf := range derivSuffixes {
		m[suf[len(suf)-1]] = append(m[suf[len(suf)-1]], suf)
	}
	return m
}()

// derivationStems maps the stems of derived words that change their
// spelling to the stems of their base words.
var derivationStems = func() map[string]string {
	m := make(map[string]string, len(derivations))
	for w, base := range derivations {
		m[stem(w)] = stem(base)
	}
	return m
}()

// keyHint rules words out of a map's keys by their first byte, last byte
// and length, without hashing them: stem and root look every word up in
// irregular, derivationStems and the spelling maps (spelling.go), and most
// words are in none. It has no false negatives.
type keyHint [256]uint64

func hintOf[V any](m map[string]V) *keyHint {
	var h keyHint
	for k := range m {
		if k != "" {
			h[k[0]] |= 1 << hintBit(k)
		}
	}
	return &h
}

func hintBit(k string) uint { return (uint(k[len(k)-1]) + 7*uint(len(k))) % 64 }

// may reports whether k can be a key of the map h was made from.
func (h *keyHint) may(k string) bool { return k == "" || h[k[0]]&(1<<hintBit(k)) != 0 }

var (
	irregularHint  = hintOf(irregular)
	derivationHint = hintOf(derivationStems)
)

// relationIndex maps a stem to the relation groups it belongs to.
var relationIndex = func() map[string][]int {
	m := make(map[string][]int)
	for g, words := range relations {
		for _, w := range words {
			st := stem(w)
			m[st] = append(m[st], g)
		}
	}
	return m
}()

// sayStems are the stems related to "say": related(st, "say") is
// sayStems.has(st), asked of every word of many retrieved sentences.
var sayStems = relatedStems("say")

// related reports whether two stems belong to one relation group.
func related(a, b string) bool {
	for _, g := range relationIndex[a] {
		for _, h := range relationIndex[b] {
			if g == h {
				return true
			}
		}
	}
	return false
}

func isCapitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// startsWithDigit reports whether a word opens on a digit: "1990",
// "3rd", "168m".
func startsWithDigit(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r)
}

// isDigits reports whether a word is digits only: "1990", not "168m"
// (which a year check must not take for 168).
func isDigits(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// innerCapital reports whether a word of letters in small letters first
// has a capital inside, as the names of products and firms do: "iPod",
// "eBay", "eDonkey". A hyphen's ("pro-European", "non-EU") is not.
func innerCapital(w string) bool {
	for i, r := range w {
		switch {
		case !unicode.IsLetter(r):
			return false
		case i > 0 && unicode.IsUpper(r):
			return true
		}
	}
	return false
}

// hyphenTitle reports whether a hyphenated word is a title: one that a
// prefix of rank opens and a title closes ("vice-president", "co-founder",
// "ex-minister"), or one that a title opens and "general", "elect" or
// "in-chief" closes ("director-general", "president-elect",
// "editor-in-chief"). "half-brother" is no title.
func hyphenTitle(w string) bool {
	first, _, _ := strings.Cut(w, "-")
	last := w[strings.LastIndexByte(w, '-')+1:]
	switch {
	case rankPrefixes[first]:
		return lexicons[last]&lexTitle != 0
	case last == "general" || last == "elect" || last == "chief":
		return lexicons[first]&lexTitle != 0
	}
	return false
}

// rankPrefixes open a hyphenated title.
var rankPrefixes = set(`vice co ex deputy acting interim assistant under sub joint`)

// hyphenModifier reports whether a hyphenated word is a modifier made of
// a name or a noun and a participle: "Munich-based", "US-led",
// "London-born", "state-owned"; not "Rolls-Royce", whose last part is
// capitalised.
func hyphenModifier(w string) bool {
	h := strings.LastIndexByte(w, '-')
	if h <= 0 || strings.ToLower(w[h+1:]) != w[h+1:] {
		return false
	}
	last := w[h+1:]
	return len(last) > 3 && strings.HasSuffix(last, "ed") || last == "born" || last == "run" || last == "made"
}

// possessiveApostrophes tags as possessive, as "'s" is, an apostrophe
// written after a word in s and before the next word, which starts with a
// letter: "Gervais' new sitcom", "the referees' manager". Not the closing
// mark of a quotation opened with one ("called them 'fakes' and left"),
// nor one before a number ("the Bluebirds' 1-0 loss" is read as before:
// a score after an owner lost its reading as a score).
func possessiveApostrophes(toks []token) {
	open := false // a quotation opened with an apostrophe
	for i := range toks {
		t := toks[i]
		if t.text != "'" && t.text != "\u2019" {
			continue
		}
		attachedBefore := i > 0 && toks[i-1].end == t.start
		attachedAfter := i+1 < len(toks) && toks[i+1].start == t.end
		switch {
		case !attachedBefore && attachedAfter:
			open = true
		case attachedBefore && open:
			open = false
		case attachedBefore && !attachedAfter && i+1 < len(toks) && strings.HasSuffix(toks[i-1].low, "s") &&
			(toks[i-1].tag == tagProper || toks[i-1].tag == tagWord || toks[i-1].tag == tagTitle):
			if r, _ := utf8.DecodeRuneInString(toks[i+1].text); unicode.IsLetter(r) {
				toks[i].tag, toks[i].low = tagPossess, "'s"
			}
		}
	}
}

// tagApostrophes tags what a text's apostrophes, written or lost, make of
// its words, once its tokens have their base tags: the possessives of
// "Gervais' new sitcom" (possessiveApostrophes), and those and the
// negations of a text that lost its apostrophes (droppedApostrophes).
func tagApostrophes(toks []token) {
	possessiveApostrophes(toks)
	droppedApostrophes(toks)
}

// droppedApostrophes tags the possessives and negations of a text whose
// apostrophes were lost on the way, written as a word of their own:
// "Mark McGwire s 70th home run ball", "I don t have a lot of cash". A
// lone "s" after a word, before the next, is a possessive; a lone "t"
// after a word in -n ("doesn", "couldn", "won") is the negation, and the
// word before it the auxiliary it denies.
func droppedApostrophes(toks []token) {
	for i := 1; i+1 < len(toks); i++ {
		t, prev := toks[i], toks[i-1]
		if prev.end+1 != t.start || toks[i+1].start != t.end+1 || !wordToken(prev) || startsWithDigit(prev.text) {
			continue
		}
		switch {
		case t.text == "s" && wordToken(toks[i+1]):
			toks[i].tag = tagPossess
		case t.text == "t" && strings.HasSuffix(prev.low, "n") && len(prev.low) > 2:
			toks[i].tag = tagNegation
			toks[i-1].tag = tagAux
		}
	}
}

// wordToken reports whether a token is a word, not punctuation.
func wordToken(t token) bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return isWordRune(r)
}

// baseTag tags a token from its own form, without context. Capitalised
// words are tagged proper here; tagSentence corrects sentence-initial ones.
func baseTag(t token) byte {
	r, _ := utf8.DecodeRuneInString(t.text)
	w := t.low
	switch {
	case t.text == "$" || t.text == "£" || t.text == "€" || t.text == "¥":
		return tagMoney
	case w == "'s":
		return tagPossess
	case isQuote(r) && utf8.RuneCountInString(t.text) == 1:
		return tagQuote
	case !isWordRune(r):
		return tagPunct
	case startsWithDigit(t.text):
		return tagNumber
	case w == "not" || w == "never" || strings.HasSuffix(w, "n't"):
		return tagNegation
	}
	// "US" in capitals is the country, not the pronoun.
	if t.text == "US" {
		return tagProper
	}
	// The word's lexicons, tried in order: one lookup, not fifteen.
	lex := lexicons[w]
	switch {
	case lex&lexWh != 0:
		return tagWh
	case lex&lexMonth != 0 && (isCapitalized(t.text) || len(w) > 3) && w != "may" && w != "march":
		return tagMonth
	case (w == "may" || w == "march") && isCapitalized(t.text):
		return tagMonth
	case lex&lexWeekday != 0:
		return tagWeekday
	case lex&lexDemonym != 0 && isCapitalized(t.text):
		return tagGentile
	case lex&lexTitle != 0 && (isCapitalized(t.text) || !adjectiveTitles[w]):
		return tagTitle
	case lex&lexNumber != 0 || hyphenNumber(w) || spelledCompound(w):
		return tagNumber
	case lex&lexDeterminer != 0:
		return tagDet
	case lex&lexPronoun != 0:
		return tagPronoun
	case lex&lexAuxiliary != 0:
		return tagAux
	case lex&lexPreposition != 0:
		return tagPrep
	case lex&lexConjunction != 0:
		return tagConj
	case lex&lexSubordinator != 0:
		return tagSub
	case lex&lexTimeWord != 0:
		return tagTime
	case strings.IndexByte(w, '-') > 0 && hyphenTitle(w):
		return tagTitle
	case personalStyles[w] && w != "miss" && isCapitalized(t.text) && strings.ToLower(t.text[1:]) == t.text[1:]:
		return tagTitle // "Ms Jowell", "Mr Blair" as "Ms." and "Mr."; not "MS", the illness
	case hyphenModifier(t.text):
		return tagWord // "Munich-based", "state-owned": a modifier, not a name or a verb
	case isCapitalized(t.text) || innerCapital(t.text):
		return tagProper
	case lex&lexIrregularVerb != 0 || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"):
		return tagVerb
	}
	return tagWord
}

// The lexicons baseTag tries, as bits of lexicons.
const (
	lexWh = 1 << iota
	lexMonth
	lexWeekday
	lexDemonym
	lexTitle
	lexNumber
	lexDeterminer
	lexPronoun
	lexAuxiliary
	lexPreposition
	lexConjunction
	lexSubordinator
	lexTimeWord
	lexIrregularVerb // an irregular form of a common verb
)

// lexicons says, per word, which of baseTag's lexicons hold it.
var lexicons = func() map[string]uint16 {
	m := make(map[string]uint16)
	add := func(bit uint16, words map[string]bool) {
		for w, ok := range words {
			if ok {
				m[w] |= bit
			}
		}
	}
	add(lexWh, whWords)
	add(lexMonth, months)
	add(lexWeekday, weekdays)
	for w, c := range demonyms {
		if c != "" {
			m[w] |= lexDemonym
		}
	}
	add(lexTitle, titles)
	add(lexNumber, numberWords)
	add(lexDeterminer, determiners)
	add(lexPronoun, pronouns)
	// "I've", "I'm": the pronoun and its auxiliary, one token,
	// capitalised as "I" always is; no name.
	add(lexPronoun, firstPersonContractions)
	add(lexAuxiliary, auxiliaries)
	add(lexPreposition, prepositions)
	add(lexConjunction, conjunctions)
	add(lexSubordinator, subordinators)
	add(lexTimeWord, timeWords)
	for w, base := range irregular {
		if commonVerbs[base] {
			m[w] |= lexIrregularVerb
		}
	}
	return m
}()

// lightStems holds the stems of lightVerbs.
var lightStems = stemsOf(lightVerbs)

// verbStems holds the stems of commonVerbs.
var verbStems = stemsOf(commonVerbs)

// lyWords end in -ly without being a word and -ly: stem keeps them whole
// ("supply" is no "supp", "family" no "fami"), as it cuts "weekly" to
// "week" and "quickly" to "quick".
var lyWords = set(lyWordList)

// notAdverbs end in -ly but are not adverbs: the lyWords, and adjectives
// made with -ly.
var notAdverbs = set(lyWordList + ` early daily weekly monthly yearly only lonely friendly lovely
	elderly likely fly`)

const lyWordList = `supply reply apply comply imply multiply family assembly italy july rally
	ally belly jelly bully holly holy ugly silly emily kelly sally molly billy willy`

// doModals are the auxiliaries before a subject whose verb follows in a
// question: "did Kachmar describe", "will Apple launch".
var doModals = set(`do does did will would can could should may might must`)

// subjectPronouns can be the subject of a verb that follows.
var subjectPronouns = set(`i we you he she they it who which that`)

// idioms gives the words of a fixed phrase the stem of the one word it
// means, so that a question and a sentence that say it differently
// match: "in charge of the team" is leading it.
func idioms(toks []token) {
	for i := 1; i < len(toks); i++ {
		if toks[i].low == "charge" && toks[i-1].low == "in" {
			toks[i].stem, toks[i].root = leadStem, leadRoot
		}
	}
}

var (
	leadStem = stemOf("lead", false)
	leadRoot = root(leadStem)
)

// refineTags corrects context-free tags with their neighbours: a word
// after a determiner is a noun, a known verb after a subject, "to" or an
// auxiliary is a verb, -ly words are adverbs.
func refineTags(toks []token) {
	nameQualifiers(toks)
	innerTitleWords(toks)
	calendarNameWords(toks)
	ownerAtStart(toks)
	idioms(toks)
	for i := range toks {
		t := &toks[i]
		var prev *token
		if i > 0 {
			prev = &toks[i-1]
		}
		switch t.tag {
		case tagWord:
			if len(t.low) > 4 && strings.HasSuffix(t.low, "ly") && !notAdverbs[t.low] {
				t.tag = tagAdverb
				continue
			}
			// "right now", "right away": "right" only stresses the time.
			if t.low == "right" && i+1 < len(toks) && (toks[i+1].low == "now" || toks[i+1].low == "away") {
				t.tag = tagAdverb
				continue
			}
			if prev == nil || !verbStems[t.stem] {
				continue
			}
			switch {
			case prev.tag == tagDet || prev.tag == tagPossess || prev.tag == tagNumber || prev.tag == tagGentile:
			case prev.tag == tagAux || prev.tag == tagNegation || prev.low == "to" ||
				(prev.tag == tagPronoun || prev.tag == tagSub || prev.tag == tagWh) && subjectPronouns[prev.low]:
				t.tag = tagVerb
			case prev.tag == tagAdverb || groupAdverbs[prev.low]:
				t.tag = tagVerb
			case prev.tag == tagProper && i >= 2 && doModals[toks[i-2].low]:
				t.tag = tagVerb // "How did Kachmar describe school?"
			case (prev.tag == tagProper || prev.tag == tagWord && (strings.HasSuffix(prev.low, "s") ||
				i >= 2 && toks[i-2].tag == tagDet && strings.HasSuffix(t.low, "s"))) && i+1 < len(toks):
				switch toks[i+1].tag {
				case tagDet, tagPronoun, tagProper, tagNumber, tagPrep, tagQuote, tagSub, tagMoney, tagAdverb:
					if toks[i+1].low != "of" {
						t.tag = tagVerb
					}
				case tagWord:
					// "The code bans volatile compounds": a singular
					// noun, then a verb in -s, then its object.
					if i >= 2 && toks[i-2].tag == tagDet && !strings.HasSuffix(prev.low, "s") && strings.HasSuffix(t.low, "s") {
						t.tag = tagVerb
					}
				}
			}
		case tagPrep:
			// A preposition in capitals after a name, not opening the
			// sentence and before a word in small letters, ends a title:
			// "film The Sea Inside from Spain".
			if i >= 2 && prev.tag == tagProper && len(t.text) > 2 && isCapitalized(t.text) && !isAllCaps(t.text) &&
				(i+1 == len(toks) || toks[i+1].tag != tagProper && !isCapitalized(toks[i+1].text)) {
				t.tag = tagProper
			}
		case tagVerb:
			if prev != nil && (prev.tag == tagDet || prev.tag == tagPossess) && !auxiliaries[t.low] {
				t.tag = tagWord
			}
			// "Russian shelling", "the Nazi bombing of England": a
			// nationality, or a name after a determiner, qualifies a noun
			// in -ing; it is no subject ("Russians fighting", in the
			// plural, still is).
			if prev != nil && strings.HasSuffix(t.low, "ing") && !strings.HasSuffix(prev.low, "s") &&
				(prev.tag == tagGentile || prev.tag == tagProper && i >= 2 && (toks[i-2].tag == tagDet || toks[i-2].tag == tagPossess)) {
				t.tag = tagWord
			}
			// "What building was...?", "Which governing body...?": a word
			// in -ing that a wh-word asks about is a noun or qualifies
			// one, unless an object follows it ("What causing the fire").
			if prev != nil && (prev.low == "what" || prev.low == "which") && strings.HasSuffix(t.low, "ing") &&
				i+1 < len(toks) && toks[i+1].tag != tagDet && toks[i+1].tag != tagPronoun && toks[i+1].tag != tagPossess {
				t.tag = tagWord
			}
		}
		if (t.tag == tagVerb || t.tag == tagWord) && ingBeforeTitle(toks, i) {
			t.tag = tagTitle // part of the title: "sporting director X"
		}
	}
}

// ingBeforeTitle reports whether the word in -ing at i qualifies the title
// after it, as a noun's modifier does: "managing director", "chief
// operating officer", "Ann Simpson, marketing manager at Snappy Snaps".
// It does so at the start of a sentence or an appositive, or after a name,
// a title or a noun, written in capitals as the title is ("Managing
// Director"), or in small letters as it is, the first word of a sentence
// aside. After a verb or a preposition, or in other letters than the
// title's, the word can be a verb taking the title as its object ("after
// becoming president", "conquered England killing King Harold"), and a few
// words in -ing are prepositions ("including director X").
func ingBeforeTitle(toks []token, i int) bool {
	t := toks[i]
	if !strings.HasSuffix(t.low, "ing") || i+1 >= len(toks) || !titleHeads[toks[i+1].low] || ingPrepositions[t.low] ||
		isCapitalized(t.text) != isCapitalized(toks[i+1].text) && i > 0 {
		return false
	}
	if i == 0 {
		return true
	}
	switch prev := toks[i-1]; prev.tag {
	case tagProper, tagGentile, tagTitle, tagWord:
		return true
	default:
		return prev.text == "," || prev.text == "("
	}
}

// ingPrepositions are words in -ing that work as prepositions.
var ingPrepositions = set(`including regarding concerning following excluding considering according during`)

// nameQualifiers tags as name words the capitalised title qualifiers in a
// run of capitalised words that holds no title: "the Grand National", "the
// Federal Reserve", "the State Department". A run with a title in it is a
// title ("Foreign Secretary Jack Straw", "Grand Duke"), and a qualifier
// alone at the start of a sentence is capitalised for that ("Senior
// officials said"). The complement of a title ("Secretary of State") and
// a run before a title in small letters ("Former Labour prime minister")
// qualify the title.
func nameQualifiers(toks []token) {
	for i := 0; i < len(toks); {
		j, qualifiers, title := i, 0, false
		for ; j < len(toks) && (toks[j].tag == tagTitle || toks[j].tag == tagProper) && isCapitalized(toks[j].text); j++ {
			switch {
			case toks[j].tag != tagTitle:
			case qualifierTitles[toks[j].low]:
				qualifiers++
			default:
				title = true
			}
		}
		// "Secretary of State Marco Rubio": the title's complement;
		// "Former Labour prime minister": a title in small letters.
		ofTitle := i >= 2 && toks[i-1].low == "of" && toks[i-2].tag == tagTitle
		title = title || ofTitle || j < len(toks) && toks[j].tag == tagTitle
		if qualifiers > 0 && !title && (j-i >= 2 || !sentenceInitial(toks, i)) {
			for k := i; k < j; k++ {
				toks[k].tag = tagProper
			}
		}
		i = max(j, i+1)
	}
}

// innerTitleWords tags as title words the capitalised words between a
// rank and a title's head: "Operating" of "Chief Operating Officer",
// "Financial" of "Chief Financial Officer". Read as a name, "Operating
// Officer" answered "Who is the chief executive of Sony?". A name before
// a title follows no rank: "General Motors Chief Executive Rick Wagoner".
func innerTitleWords(toks []token) {
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].tag != tagProper || !titleRanks[toks[i-1].low] || !isCapitalized(toks[i-1].text) {
			continue
		}
		j := i
		for j < len(toks) && j < i+2 && toks[j].tag == tagProper {
			j++
		}
		if j < len(toks) && toks[j].tag == tagTitle && titleHeads[toks[j].low] && isCapitalized(toks[j].text) {
			for k := i; k < j; k++ {
				toks[k].tag = tagTitle
			}
			i = j
		}
	}
}

// titleRanks open a title of several words: "Chief Technology Officer",
// "Deputy Managing Director", "Senior Vice President".
var titleRanks = set(`chief deputy vice assistant associate senior executive`)

// calendarNameWords tags as name words the calendar and time words that
// are part of a name inside a sentence. One that opens a name: "charity
// Age Concern", "the Sunday Business newspaper", "the Monday Club"; the
// word is capitalised, a name follows it, and what comes before it says a
// thing is named (a determiner, a noun, a title), not a time ("on Monday
// Blair said", "last June"). One that goes on from a name: "the Financial
// Times", "Doris Day", "AOL Time Warner"; a time word in capitals after a
// name word (a weekday or a month after one stays a time: "met Blair
// Monday"). And "Times" in capitals, a newspaper's name ("the Times",
// "Radio Times"), wherever it stands in the sentence: as a count ("three
// times") it is in small letters.
func calendarNameWords(toks []token) {
	for i := 1; i < len(toks); i++ {
		t := toks[i]
		if t.tag != tagTime && t.tag != tagWeekday && t.tag != tagMonth || !isCapitalized(t.text) {
			continue
		}
		prev := toks[i-1]
		switch {
		case t.tag == tagTime && (prev.tag == tagProper || t.text == "Times"):
			toks[i].tag = tagProper
		case i+1 == len(toks) || toks[i+1].tag != tagProper:
		case prev.tag == tagDet && !timeDeterminers[prev.low], prev.tag == tagWord, prev.tag == tagTitle && !isCapitalized(prev.text):
			toks[i].tag = tagProper
		}
	}
}

// ownerAtStart tags as a name the capitalised first word of a sentence
// that a title in small letters and a name follow: "Arsenal manager
// Arsene Wenger", "Orange chairman Sanjiv Ahuja". The word is a common
// one elsewhere (an arsenal, an orange); there it names whose title it
// is.
func ownerAtStart(toks []token) {
	if len(toks) >= 3 && toks[0].tag == tagWord && isCapitalized(toks[0].text) &&
		toks[1].tag == tagTitle && !isCapitalized(toks[1].text) && toks[2].tag == tagProper {
		toks[0].tag = tagProper
	}
}

// timeDeterminers make the calendar word after them a time: "last
// Sunday", "this June", "every Monday".
var timeDeterminers = set(`last next this that every each`)

// isNominal reports whether a tag can be part of a noun phrase.
func isNominal(tag byte) bool {
	switch tag {
	case tagDet, tagNumber, tagGentile, tagTitle, tagProper, tagWord, tagPossess, tagMoney,
		tagMonth, tagWeekday, tagTime:
		return true
	}
	return false
}

// npEnd returns the end of the noun phrase starting at i, with its "of"
// complements ("a group of Lisbon parents"); i when none starts there.
func npEnd(toks []token, i int) int {
	j := i
	for j < len(toks) {
		t := toks[j]
		switch {
		case t.tag == tagNumber && j > i && toks[j-1].tag == tagProper && isScore(t.text):
			return trimNP(toks, i, j) // "beat Gisela Dulko 1-6 6-4 6-4": the score is no part of her name
		case isNominal(t.tag) || t.tag == tagAdverb && j+1 < len(toks) && isNominal(toks[j+1].tag):
			j++
		case t.text == "%" && j > i && toks[j-1].tag == tagNumber:
			j++ // "a 53% pay rise"
		case t.tag == tagVerb && j > i && isNominal(toks[j-1].tag) && j+1 < len(toks) && (toks[j+1].tag == tagWord) &&
			(strings.HasSuffix(t.low, "ing") || strings.HasSuffix(t.low, "ed")):
			j++ // "the growing crowd", "a carbon-fibre frame"
		case (t.low == "of" || t.low == "and" || t.text == "&") && j > i && j+1 < len(toks) && isNominal(toks[j+1].tag) && toks[j+1].tag != tagDet:
			j++
		case t.low == "of" && j > i && j+2 < len(toks) && toks[j+1].tag == tagDet && isNominal(toks[j+2].tag):
			j++
		default:
			return trimNP(toks, i, j)
		}
	}
	return trimNP(toks, i, j)
}

// isScore reports whether a number is a score or a result: "6-4",
// "28-17".
func isScore(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && a != "" && b != "" && strings.Trim(a, "0123456789") == "" && strings.Trim(b, "0123456789") == ""
}

func trimNP(toks []token, i, j int) int {
	for j > i && (toks[j-1].low == "of" || toks[j-1].low == "and" || toks[j-1].tag == tagDet && j-1 > i) {
		j--
	}
	return j
}

// npStartBefore returns the start of the noun phrase ending just before j;
// j when none does.
func npStartBefore(toks []token, j int) int {
	i := j
	for i > 0 {
		t := toks[i-1]
		switch {
		case t.tag == tagDet && demonstratives[t.low] && i < j && toks[i].tag == tagProper:
			return i // "forget that France can win": a conjunction, not "that France"
		case t.tag == tagDet:
			// A determiner opens its phrase: nothing before it is of the
			// phrase but an "of" or "and" joining another, or, for a
			// capitalised one inside a sentence, the words before a title
			// ("Mel Gibson's The Passion of the Christ").
			i--
			title := i > 0 && isCapitalized(t.text)
			if i == 0 || !(title || toks[i-1].low == "of" || toks[i-1].low == "and" || toks[i-1].low == "&" || predeterminers[toks[i-1].low]) {
				return i
			}
		case isNominal(t.tag):
			i--
		case (t.low == "of" || t.low == "and" || t.low == "&") && i > 1 && isNominal(toks[i-2].tag) && i < j:
			i--
		case t.tag == tagVerb && i < j && i > 1 && toks[i-2].tag == tagDet:
			i-- // "the growing crowd"
		default:
			return i
		}
	}
	return i
}

// verbGroupBefore returns the start of the verb group ending at token v:
// auxiliaries, negations and adverbs before the verb.
func verbGroupStart(toks []token, v int) int {
	i := v
	for i > 0 {
		t := toks[i-1]
		if t.tag == tagAux || t.tag == tagNegation || t.tag == tagAdverb || groupAdverbs[t.low] {
			i--
			continue
		}
		break
	}
	return i
}

// parentheticalBefore returns where a parenthetical ending just before j
// starts, when one does: a relative clause or an appositive between
// commas ("Peter Riley, who secured bronze at the championships, won"),
// dashes ("Glynn Tromans - the reigning champion - came in third") or
// brackets, after a noun phrase. Without one it returns j. The subject of
// the verb at j is then the noun phrase before the parenthetical.
func parentheticalBefore(toks []token, j int) int {
	if j < 3 {
		return j
	}
	opener, closer, ok := parentheticalMarks(toks[j-1].text)
	if !ok || closer != toks[j-1].text {
		return j // no mark, or a bracket opening
	}
	for c := j - 2; c > 0 && c >= j-parentheticalReach; c-- {
		t := toks[c]
		if breaksParenthetical(t, opener) {
			return j
		}
		if t.text != opener {
			continue
		}
		if c == j-2 || !isNominal(toks[c-1].tag) {
			return j
		}
		// A relative clause, a participle's phrase ("Frank Burnet,
		// inspired by a suggestion made by Niels Jerne, formulated..."),
		// anything in brackets, or an appositive noun phrase without a
		// verb of its own.
		first := toks[c+1]
		if relativePronoun(first) || opener == "(" || participlePhrase(first) && !holdsAux(toks[c+1:j-1]) {
			return c
		}
		for k := c + 1; k < j-1; k++ {
			if toks[k].tag == tagVerb || toks[k].tag == tagAux || toks[k].tag == tagSub {
				return j
			}
		}
		if isNominal(first.tag) || first.tag == tagAdverb {
			return c
		}
		return j
	}
	return j
}

// parentheticalReach is how far back a parenthetical's opening is looked for.
const parentheticalReach = 25

// parentheticalMarks returns the marks that open and close a
// parenthetical one of whose ends is mark: a comma or a dash at both
// ends, or brackets.
func parentheticalMarks(mark string) (opener, closer string, ok bool) {
	switch mark {
	case ",", "-", "—", "–", "--":
		return mark, mark, true
	case "(", ")":
		return "(", ")", true
	}
	return "", "", false
}

// breaksParenthetical reports whether t, met before the parenthetical's
// other end (other), shows there is none: the sentence's end, a quotation,
// or another comma or bracket.
func breaksParenthetical(t token, other string) bool {
	return t.text == "." || t.text == ";" || t.text == ":" || t.tag == tagQuote ||
		t.text != other && (t.text == "," && other != "(" || t.text == ")" || t.text == "(")
}

// participlePhrase reports whether t is a verb's participle opening a
// phrase that qualifies a noun: "inspired", "speaking".
func participlePhrase(t token) bool {
	return (t.tag == tagVerb || t.tag == tagWord && verbStems[t.stem]) &&
		len(t.low) > 4 && (participle(t) || strings.HasSuffix(t.low, "ing"))
}

// holdsAux reports whether toks hold an auxiliary: a clause of its own.
func holdsAux(toks []token) bool {
	for _, t := range toks {
		if t.tag == tagAux {
			return true
		}
	}
	return false
}

// relativePronoun reports whether t opens a relative clause about a
// person or thing just named: "who", "which", "whose".
func relativePronoun(t token) bool {
	return t.low == "who" || t.low == "which" || t.low == "whose"
}

// modifierCut returns where a relative clause or a loose modifier after a
// noun starts within [i, end), or end when none does: "committees [which
// have the oversight of...]", "menarche[, when they become slightly
// acidic]", "democracy[, often declaring as kuffar...]". The object of a
// verb is the noun phrase; what the sentence adds about it is not. A
// comma before another noun goes on, as a list does ("the otter, beaver
// and hundreds of bird species").
func modifierCut(toks []token, i, end int) int {
	for p := i + 1; p < end; p++ {
		if !isNominal(toks[p-1].tag) {
			continue
		}
		t := toks[p]
		if relativePronoun(t) || t.low == "whom" || t.low == "that" {
			return p
		}
		if t.text != "," || p+1 >= end {
			continue
		}
		n := toks[p+1]
		switch {
		case relativePronoun(n) || n.low == "when" || n.low == "where" || n.low == "whom":
			return p
		case n.tag == tagVerb && strings.HasSuffix(n.low, "ing") && !(p+2 < len(toks) && (toks[p+2].text == "," || toks[p+2].tag == tagConj)):
			return p // ", often declaring...", not a list of "-ing" words
		case (n.tag == tagAdverb || groupAdverbs[n.low]) && p+2 < end && toks[p+2].tag == tagVerb:
			return p
		}
	}
	return end
}

// parentheticalAfter is parentheticalBefore looking the other way: when a
// relative clause or an appositive set off by commas, dashes or brackets
// follows the noun phrase ending at j and a verb follows it ("Staunton,
// who played the title role, was named best actress"), it returns where
// that verb's group starts; otherwise j.
func parentheticalAfter(toks []token, j int) int {
	if j == 0 || j+2 >= len(toks) || !isNominal(toks[j-1].tag) {
		return j
	}
	opener, closer, ok := parentheticalMarks(toks[j].text)
	if !ok || opener != toks[j].text {
		return j // no mark, or a bracket closing
	}
	relative := relativePronoun(toks[j+1])
	for c := j + 2; c < len(toks) && c <= j+parentheticalReach; c++ {
		t := toks[c]
		if breaksParenthetical(t, closer) {
			return j
		}
		if t.text != closer {
			if !relative && (t.tag == tagVerb || t.tag == tagAux || t.tag == tagSub) {
				return j // a clause of its own, not an appositive
			}
			continue
		}
		if n := c + 1; n < len(toks) && (toks[n].tag == tagVerb || toks[n].tag == tagAux || toks[n].tag == tagWord && verbStems[toks[n].stem]) {
			return n
		}
		return j
	}
	return j
}

// verbGroupEnd returns the end of the verb group starting at v: the verb,
// further verbs of the group ("has been appointed"), particles.
func verbGroupEnd(toks []token, v int) int {
	j := v + 1
	for j < len(toks) {
		t := toks[j]
		if t.tag == tagAux || t.tag == tagNegation || t.tag == tagAdverb || groupAdverbs[t.low] ||
			t.tag == tagVerb && (toks[j-1].tag == tagAux || toks[j-1].tag == tagVerb && auxiliaries[toks[j-1].low]) ||
			particles[t.low] && j+1 < len(toks) && isNominal(toks[j+1].tag) && j == v+1 {
			j++
			continue
		}
		break
	}
	return j
}

var particles = set(`up down out off over away back`)

// spelledCompound reports whether a word is a number from twenty-one to
// ninety-nine spelled out ("forty-two", "twenty-first"), which lexicons
// cannot list.
func spelledCompound(w string) bool {
	if strings.IndexByte(w, '-') <= 0 {
		return false
	}
	_, kind := numberValue(w)
	return kind != notNumber
}

// hyphenNumber reports whether w is a number joined to a unit: "30-day",
// "three-year-long", "four-day", "two-time". Not "half-time", a part of a
// match: "a 19-7 half-time lead" holds one number, the score.
func hyphenNumber(w string) bool {
	n, unit, _, ok := numberUnit(w)
	if strings.EqualFold(n, "half") && unit == "time" {
		return false
	}
	return ok && (units[unit] || units[unit+"s"])
}

// numberUnit cuts a word that opens on a number and a hyphen: n is the
// number, unit the word after it and rest all after it ("three-year-long"
// is "three", "year" and "year-long"). ok is false when w opens on no
// number.
func numberUnit(w string) (n, unit, rest string, ok bool) {
	n, rest, ok = strings.Cut(w, "-")
	if !ok || !(numberWords[strings.ToLower(n)] || startsWithDigit(n)) {
		return "", "", "", false
	}
	unit, _, _ = strings.Cut(rest, "-")
	return n, unit, rest, true
}

// isLetters reports whether w is letters only.
func isLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}
