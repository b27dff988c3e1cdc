package answers

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// hit is where a question word matches a sentence, and how strongly.
type hit struct {
	pos int     // token index
	m   float64 // strength in (0, 1]
}

func strongest(hs []hit) float64 {
	best := 0.0
	for _, h := range hs {
		best = max(best, h.m)
	}
	return best
}

// heldWithin reports whether a question word's hits hold one of the
// tokens [i, j) strongly (0.7 or more).
func heldWithin(hs []hit, i, j int) bool {
	for _, h := range hs {
		if h.m >= 0.7 && i <= h.pos && h.pos < j {
			return true
		}
	}
	return false
}

// nearest is the best match of a question word for a candidate: its
// strength times how close it is, in [0, 1].
func nearest(c candidate, hs []hit) float64 {
	best := 0.0
	for _, h := range hs {
		d := distance(c.i, c.j, h.pos)
		if c.from != nil {
			d = 0 // the pronoun itself is the candidate's place
		}
		best = max(best, h.m/(1+float64(d)/3))
	}
	return best
}

func distance(i, j, p int) int {
	switch {
	case p < i:
		return i - p
	case p >= j:
		return p - j + 1
	}
	return 0
}

// wordFacts are what matching a question word against a token asks of
// either besides its stem and root, each a map lookup or two: found once
// per question word, and for a sentence's tokens once per token, only
// when a question word needs it (few are countries; a token's expansion
// only matters to a word some abbreviation expands to).
type wordFacts struct {
	country  string // country(low)
	expanded string // expanded(low)
	absence  bool   // absences[stem]: a verb of absence or refusal
	derived  bool   // derivationStems[stem] != ""
	// expandable, for a question word, says that some abbreviation
	// expands to its stem; known, for a token, which facts are found.
	expandable bool
	known      uint8
}

// The facts of a token, as known says which are found.
const (
	knowCountry = 1 << iota
	knowExpanded
	knowAbsence
)

// factsOf returns all the facts of a question word.
func factsOf(t token) wordFacts {
	return wordFacts{
		country:    tokenCountry(t),
		expanded:   expanded(t.low),
		absence:    absences[t.stem],
		derived:    derivationStems[t.stem] != "",
		expandable: expansionStems[t.stem],
	}
}

// expansionStems are the stems abbreviations expand to: a token's
// expansion can only equal a question word's stem when it is one of them.
var expansionStems = func() map[string]bool {
	m := make(map[string]bool)
	for _, full := range expansions {
		m[stem(full)] = true
	}
	for _, full := range unitExpansions {
		m[stem(full)] = true
	}
	return m
}()

// hasHyphen reports whether a word of the sentence has a hyphen, looked
// for once: matching asks for every word and question word, and most
// sentences have none. It notes which words have one (see mayHyphen).
func (s *sentence) hasHyphen() bool {
	if s.hyphen == 0 {
		s.hyphen = 1
		for i := range s.toks {
			if strings.IndexByte(s.toks[i].low, '-') >= 0 {
				s.hyphen = 2
				if i < len(s.hyphens)*64 {
					s.hyphens[i/64] |= 1 << (i % 64)
				}
			}
		}
	}
	return s.hyphen == 2
}

// mayHyphen reports, once hasHyphen has looked, whether word i can have a
// hyphen: it has, or it is past the words whose hyphens are noted.
func (s *sentence) mayHyphen(i int) bool {
	return i >= len(s.hyphens)*64 || s.hyphens[i/64]&(1<<(i%64)) != 0
}

// fact returns the facts of token i with those in want found.
func (s *sentence) fact(i int, want uint8) *wordFacts {
	if s.wordFacts == nil {
		s.wordFacts = make([]wordFacts, len(s.toks))
	}
	f := &s.wordFacts[i]
	if f.known&want == want {
		return f
	}
	t := &s.toks[i]
	if want&knowCountry != 0 && f.known&knowCountry == 0 {
		f.country = tokenCountry(*t)
	}
	if want&knowExpanded != 0 && f.known&knowExpanded == 0 {
		f.expanded = expanded(t.low)
	}
	if want&knowAbsence != 0 && f.known&knowAbsence == 0 {
		f.absence = absences[t.stem]
	}
	f.known |= want
	return f
}

// matchTerm finds where a question word matches a sentence: the same
// stem, a spelling variant of a name, a nationality for its country, a
// related word, the same root, or a name a surname or pronoun stands for.
func matchTerm(t qterm, s *sentence) []hit { return t.match(s) }

// match is matchTerm without the copy of t: ranking asks it of every
// question word and retrieved sentence.
func (t *qterm) match(s *sentence) []hit { return t.matchIn(s, nil) }

// matchIn is match with the words' hits appended to *buf (see
// matchWordsIn) when buf is not nil.
func (t *qterm) matchIn(s *sentence, buf *[]hit) []hit {
	hs := t.matchWordsIn(s, buf)
	if t.run != "" {
		for _, e := range s.ents {
			// A reference to the name, or to its short form: "its
			// chairman" after "The QCA said", for the Qualifications and
			// Curriculum Authority.
			if e.full != "" && (sameName(t.run, lower(e.full)) || t.runInitials != "" && initialism(e.full, t.runInitials)) {
				hs = append(hs, hit{e.i, 0.9})
			}
		}
	}
	// A short form with its stops or without: "US" for "U.S." and back.
	if t.acronym || t.name && strings.IndexByte(t.low, '.') > 0 {
		for p := range s.toks {
			if w := s.toks[p].low; w != t.low && len(w) <= 2*len(t.low) && sameLetters(w, t.low) {
				hs = append(hs, hit{p, acronymMatch})
			}
		}
	}
	// Short forms: "UN" or "U.N." for the United Nations and back.
	letters := strings.ReplaceAll(t.low, ".", "")
	for _, e := range s.ents {
		switch {
		case t.acronym && initialsOf(s.toks[e.i:e.j], len(letters)) == letters:
			for k, n := e.i, 0; k < e.j && n < len(letters); k++ {
				hs = append(hs, hit{k, acronymMatch})
				if initialed(s.toks[k]) {
					n++
				}
			}
		case t.runInitials != "" && e.j-e.i == 1 && initialism(s.toks[e.i].text, t.runInitials):
			hs = append(hs, hit{e.i, acronymMatch})
		}
	}
	return hs
}

// initialism reports whether a word in capitals, with stops or without
// ("US", "U.S."), spells a name's initials ("us" of "united states").
func initialism(word, initials string) bool {
	w := strings.ReplaceAll(word, ".", "")
	return w != "" && isAllCaps(w) && isLetters(w) && initials == strings.ToLower(w)
}

// initialed reports whether a word of a name gives its initial to the
// name's short form: a capitalised word or a nationality ("European" of
// the European Union), not a joiner.
func initialed(t token) bool {
	return (t.tag == tagProper || t.tag == tagGentile) && !initialSkipped(t.low)
}

// matchWords finds the words of s that match t by matchAt, in order.
func (t *qterm) matchWords(s *sentence) []hit { return t.matchWordsIn(s, nil) }

// matchWordsIn is matchWords with the hits appended to *buf, shared by
// every question word and sentence ranked, when buf is not nil: most
// pairs that match at all match once or twice, and a slice of their own
// was two of every five allocations of an answer. The slice returned is
// cut to its length, so that appending to it copies it rather than
// writing over the next pair's hits.
func (t *qterm) matchWordsIn(s *sentence, buf *[]hit) []hit {
	var local []hit
	if buf == nil {
		buf = &local
	}
	start := len(*buf)
	hyphen := s.hasHyphen()
	// This runs for every word of every sentence retrieved and every
	// question word, and almost every pair does not match: a test that
	// calls nothing rules most pairs out before matchAt's cases, whose
	// calls made the loop save and restore its registers at every word.
	// It tells strings apart by their lengths and first bytes and words
	// out of a map by its keyHint, and must let through every token that
	// matchAt can match.
	// Most question words are none of a denied verb, a word of absence,
	// a name, an abbreviation or a country: one test passes over what
	// those ask.
	special := t.negated || t.facts.absence || t.name || t.facts.expanded != "" || t.facts.country != ""
	for i := range s.toks {
		tok := &s.toks[i] // not a copy
		if tok.stem == "" {
			continue
		}
		may := t.facts.expandable || sameStart(tok.stem, t.stem) ||
			special && (t.negated && absenceHint.may(tok.stem) ||
				t.facts.absence && tok.tag == tagNegation ||
				t.name && (sameStart(tok.low, t.low) || t.low[0] == tok.low[0] && (len(t.low) >= 5 && len(tok.low) >= 5 || accented(t.low) || accented(tok.low))) ||
				t.facts.expanded != "" && sameStart(t.facts.expanded, tok.stem) ||
				t.facts.country != "" && (countryHint.may(tok.low) || tok.text == "US")) ||
			sameStart(t.root, tok.root) ||
			hyphen && s.mayHyphen(i) ||
			(t.era[0] != 0 || t.numKind != notNumber || t.scaled != 0) && tok.tag == tagNumber ||
			t.rel.has(tok.stem)
		if !may {
			continue
		}
		if m := t.matchAt(s, i, hyphen); m > 0 {
			*buf = append(*buf, hit{i, m})
		}
	}
	if len(*buf) == start {
		return nil
	}
	return (*buf)[start:len(*buf):len(*buf)]
}

// sameStart reports whether a and b have the same length and first byte:
// whether they can be equal.
func sameStart(a, b string) bool { return len(a) == len(b) && (a == "" || a[0] == b[0]) }

// matchAt is how strongly token i of s matches t, 0 for not at all: the
// first of the ways a word matches that holds.
func (t *qterm) matchAt(s *sentence, i int, hyphen bool) float64 {
	tok := &s.toks[i]
	switch {
	case tok.stem == t.stem && !t.derivedName(tok):
		return 1
	case t.negated && s.fact(i, knowAbsence).absence:
		return 0.6 // "skipped the show" for "not attend"
	case t.facts.absence && tok.tag == tagNegation:
		return 0.6 // "did not sign" for "refused to sign"
	case t.spelledAs(tok):
		return 0.9
	case t.facts.expandable && s.fact(i, knowExpanded).expanded == t.stem || t.facts.expanded == tok.stem:
		return 0.9 // "Mt." for "Mount"
	case t.facts.country != "" && t.low != tok.low && s.fact(i, knowCountry).country == t.facts.country:
		return 0.8 // a nationality and its country, short forms: sameCountry
	case t.rel.has(tok.stem):
		return 0.7
	case t.root == tok.root && (len(t.stem) > 4 || t.facts.derived || derivationStems[tok.stem] != "") && !t.derivedName(tok):
		return 0.6
	case hyphen && strings.IndexByte(tok.low, '-') >= 0 && hyphenPart(tok.low, t.stem) && !negatedForm(tok.low, t.low):
		return 0.8 // "general" in "Secretary-General"
	case t.era[0] != 0 && tok.tag == tagNumber:
		if lo, hi, ok := eraOf(s.toks, i); ok && lo >= t.era[0] && hi <= t.era[1] {
			if lo == t.era[0] && hi == t.era[1] {
				return 0.9 // "the 17th century" for "the 1600s"
			}
			return 0.6 // "in 1564" for "in the 16th century"
		}
	case t.scaled != 0 && tok.tag == tagNumber && scaledNumber(s.toks, i) == t.scaled:
		return 0.9 // "26 billion" for "26bn"
	case t.numKind != notNumber && tok.tag == tagNumber:
		if v, k := numberValue(tok.low); k == t.numKind && v == t.num {
			return 0.9 // "9" for "nine", "10,000" for "10000"
		}
	}
	return 0
}

// scaledNumber returns the value of the number at toks[i] when it is
// written with its scale, as a suffix or as the next word ("26bn", "5m",
// "100k", "26 billion", "five million"), and 0 otherwise. "5m" may be
// metres: a question's "5m" and a sentence's "five million" then meet,
// which they seldom do.
func scaledNumber(toks []token, i int) float64 {
	w := toks[i].low
	if i+1 < len(toks) {
		if scale := scaleWords[toks[i+1].low]; scale != 0 {
			if v, k := numberValue(w); k == cardinal {
				return v * scale
			}
			return 0
		}
	}
	for _, s := range scaleSuffixes {
		if len(w) > len(s.suffix) && strings.HasSuffix(w, s.suffix) {
			if v, k := numberValue(w[:len(w)-len(s.suffix)]); k == cardinal && v > 0 {
				return v * s.scale
			}
		}
	}
	return 0
}

// scaleWords and scaleSuffixes write a number's scale.
var (
	scaleWords    = map[string]float64{"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
	scaleSuffixes = []struct {
		suffix string
		scale  float64
	}{{"bn", 1e9}, {"tn", 1e12}, {"m", 1e6}, {"k", 1e3}}
)

// numeral says whether a word is a number, and which kind.
type numeral uint8

const (
	notNumber numeral = iota
	cardinal
	ordinal
)

// numberValue returns the value of a number word however it is written:
// in digits with or without thousands commas ("10,000", "2.5"), in
// letters up to ninety-nine ("nine", "twenty-five"), or as an ordinal
// ("first", "21st").
func numberValue(w string) (float64, numeral) {
	if w == "" {
		return 0, notNumber
	}
	if w[0] >= '0' && w[0] <= '9' {
		kind := cardinal
		if isOrdinal(w) {
			w, kind = w[:len(w)-2], ordinal
		}
		// Digits, commas and a point only: "1990s" or "3-and-a-half" is
		// no value here, and is not handed to ParseFloat, whose error
		// allocates.
		if strings.Trim(w, "0123456789,.") != "" {
			return 0, notNumber
		}
		v, err := strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64)
		if err != nil {
			return 0, notNumber
		}
		return v, kind
	}
	tens, units, ok := strings.Cut(w, "-")
	if !ok {
		tens, units = "", w
	}
	u, kind := letterNumbers[units].v, letterNumbers[units].kind
	if kind == notNumber || tens != "" && (letterNumbers[tens].kind != cardinal || letterNumbers[tens].v < 20 || u >= 10) {
		return 0, notNumber
	}
	return letterNumbers[tens].v + u, kind
}

// letterNumbers are the numbers written in letters that numberValue
// reads, cardinal and ordinal.
var letterNumbers = func() map[string]numberWord {
	m := make(map[string]numberWord)
	for n, w := range strings.Fields(`zero one two three four five six seven eight nine ten eleven twelve
		thirteen fourteen fifteen sixteen seventeen eighteen nineteen`) {
		m[w] = numberWord{float64(n), cardinal}
	}
	for n, w := range strings.Fields(`twenty thirty forty fifty sixty seventy eighty ninety`) {
		m[w] = numberWord{float64(20 + 10*n), cardinal}
	}
	for n, w := range strings.Fields(`first second third fourth fifth sixth seventh eighth ninth tenth
		eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth
		twentieth`) {
		m[w] = numberWord{float64(n + 1), ordinal}
	}
	return m
}()

// numberWord is a number's value and kind.
type numberWord struct {
	v    float64
	kind numeral
}

// eraOf returns the years a number word at i stands for: a year itself,
// a decade ("1990s", "90s"), or a century ("1600s", "17th century", the
// "17th" of "the 17th and 18th centuries"). ok is false for other words.
func eraOf(toks []token, i int) (lo, hi int, ok bool) {
	w := strings.TrimPrefix(toks[i].low, "'")
	// A year and a decade as the time rules read them.
	switch u := (token{text: w}); {
	case isYearToken(u):
		n, _ := strconv.Atoi(w)
		return n, n, true
	case isDecade(u):
		n, _ := strconv.Atoi(w[:4])
		if n%100 == 0 {
			return n, n + 99, true // "the 1600s"
		}
		return n, n + 9, true
	}
	digits := 0
	for digits < len(w) && w[digits] >= '0' && w[digits] <= '9' {
		digits++
	}
	if digits == 0 || digits > 2 {
		return 0, 0, false
	}
	n, _ := strconv.Atoi(w[:digits])
	switch {
	case w[digits:] == "s" && digits == 2 && n%10 == 0 && n >= 30:
		return 1900 + n, 1909 + n, true // "the 90s"
	case n >= 1 && n <= 21 && centuryAt(toks, i):
		return (n - 1) * 100, (n-1)*100 + 99, true
	}
	return 0, 0, false
}

// acronymMatch is how strongly a short form matches the name it stands
// for.
const acronymMatch = 0.9

// initialsOf returns the initials of the first n words of a name that
// are not joiners ("un" for United Nations High Commission for
// Refugees), or "" when the name has fewer. Each capitalised part of a
// hyphened word gives its own ("wada" for World Anti-Doping Agency).
func initialsOf(toks []token, n int) string {
	var b []byte
	for _, t := range toks {
		if len(b) == n {
			break
		}
		if !initialed(t) {
			continue
		}
		b = append(b, t.low[0])
		for k := 1; k+1 < len(t.text) && len(b) < n; k++ {
			if c := t.text[k+1]; t.text[k] == '-' && 'A' <= c && c <= 'Z' {
				b = append(b, c+'a'-'A') // t.low may differ in length past a non-ASCII letter
			}
		}
	}
	if len(b) < n || len(toks) < 2 {
		return ""
	}
	return string(b)
}

// initials returns the initials of the words of a lower-case name, but
// its joiners: "un" for "united nations".
func initials(run string) string {
	var b []byte
	for _, w := range strings.Fields(run) {
		if !initialSkipped(w) {
			b = append(b, w[0])
		}
	}
	return string(b)
}

// initialSkipped reports whether a word of a name gives no letter to its
// short form: "for" and "the" in United Nations High Commission for
// Refugees.
func initialSkipped(w string) bool {
	return nameJoiners[w] || w == "for" || w == "and" || w == "the"
}

// wholeNames lets a sentence that names the question's multi-word name by
// a distinctive part of it ("Veltra" for Veltra Dynamics, "Kowalczyk" for
// Marta Kowalczyk) match the whole name: a name is one thing, however many
// words it takes.
func wholeNames(q *question, s *sentence, matches [][]hit) {
	for k := range q.terms {
		t := &q.terms[k]
		// A model's number is not stood for by its maker's name:
		// "Airbus" is no Airbus A380, "Boeing" no Boeing 777.
		if t.run == "" || strongest(matches[k]) >= 0.9 || hasDigit(t.low) {
			continue
		}
		run, of := t.run, ""
		if !strings.Contains(run, " ") {
			// "the Commons" for the House of Commons, "the Lords" for
			// the House of Lords: a generic word and "of" open the name
			// whose distinctive part the sentence gives alone.
			if of = ofNameAfter(q, t); of == "" {
				continue
			}
			run += " of " + of
		}
		best := hit{pos: -1}
		for l := range q.terms {
			u := &q.terms[l]
			if l == k || u.run != t.run && (of == "" || u.run != of) || genericNameWords[u.low] {
				continue
			}
			for _, h := range matches[l] {
				if h.m >= 0.9 && h.m > best.m {
					best = h
				}
			}
		}
		// Only a name stands for a name: "library" in "an important
		// library" is no part of the Zbigniew Library.
		if best.pos >= 0 && s.toks[best.pos].tag == tagProper && partOf(s, best.pos, run) && !givenNameOnly(s, best.pos, run) {
			matches[k] = append(matches[k], hit{best.pos, 0.9 * best.m})
		}
	}
}

// ofNameAfter returns the name run after "of" when t is a generic name
// word of one word that "of" follows ("House" of "House of Commons",
// "University" of "University of Toronto"), or "".
func ofNameAfter(q *question, t *qterm) string {
	p := t.pos
	if !genericNameWords[t.low] || p+2 >= len(q.toks) || q.toks[p+1].low != "of" || q.toks[p+2].tag != tagProper {
		return ""
	}
	for _, u := range q.terms {
		if u.pos == p+2 {
			return u.run
		}
	}
	return ""
}

// givenNameOnly reports whether the token at p, in a person's name, may
// not stand for the asked name run, which opens on a given name: only a
// mention its article resolved to that full name does ("Kowalczyk" after
// Marta Kowalczyk); a first name alone ("King Arthur" for Arthur Miller)
// or a surname never given that first name ("Miller 1, McAllister 10")
// stands for no one. A name that opens on no given name ("Veltra" for
// Veltra Dynamics) is left to partOf.
func givenNameOnly(s *sentence, p int, run string) bool {
	if first, _, _ := strings.Cut(run, " "); !givenNames[first] {
		return false // "Veltra" for Veltra Dynamics
	}
	for _, e := range s.ents {
		if e.i <= p && p < e.j && e.kind == kindPerson {
			if e.full != "" {
				return !sameName(run, lower(e.full))
			}
			return true
		}
	}
	return false
}

// sameLetters reports whether a and b are the same word but for full
// stops: "u.s." and "us". One of them must have a stop, and both a
// letter.
func sameLetters(a, b string) bool {
	if strings.IndexByte(a, '.') < 0 && strings.IndexByte(b, '.') < 0 {
		return false
	}
	i, j := 0, 0
	for {
		for i < len(a) && a[i] == '.' {
			i++
		}
		for j < len(b) && b[j] == '.' {
			j++
		}
		if i == len(a) || j == len(b) {
			return i == len(a) && j == len(b) && len(a) > 0 && a[0] != '.'
		}
		if a[i] != b[j] {
			return false
		}
		i++
		j++
	}
}

// compounds matches words written together on one side and apart on the
// other: "Superbowl" for "Super Bowl", "Super Bowl" for "Superbowl",
// "e-mail" for "email".
func compounds(q *question, s *sentence, matches [][]hit) {
	if q.compound == nil {
		q.compound = compoundsOf(q)
	}
	hyphen := s.hasHyphen()
	for _, c := range q.compound {
		if c.premier {
			// "premier" for "prime minister" or "PM", where it is a head
			// of government's title: before a person's name ("Premier
			// Wen Jiabao") or after a nationality ("Turkish premier"),
			// not the Premier League's.
			for p := range s.toks {
				if s.toks[p].low == premier && premierOfGovernment(s, p) {
					matches[c.k] = append(matches[c.k], hit{p, 0.9})
					if c.l >= 0 {
						matches[c.l] = append(matches[c.l], hit{p, 0.9})
					}
				}
			}
			continue
		}
		if c.l >= 0 {
			// Two words of the question, one of the sentence.
			for p := range s.toks {
				tok := &s.toks[p]
				if len(tok.low) < len(c.whole) {
					continue // too short even with its hyphens
				}
				if tok.low == c.whole || hyphen && strings.IndexByte(tok.low, '-') >= 0 && joinsTo(c.whole, tok.low, "") {
					matches[c.k] = append(matches[c.k], hit{p, 0.9})
					matches[c.l] = append(matches[c.l], hit{p, 0.9})
				}
			}
			continue
		}
		// One word of the question, one of the sentence with a hyphen on
		// one side only: "co-ordinator" for "coordinator", and the other
		// way round.
		w := c.whole
		if hyphen || len(w) != len(q.terms[c.k].low) {
			for p := range s.toks {
				tok := &s.toks[p]
				if tok.low != q.terms[c.k].low && (tok.low == w || hyphen && strings.IndexByte(tok.low, '-') >= 0 && joinsTo(w, tok.low, "")) {
					matches[c.k] = append(matches[c.k], hit{p, 0.9})
				}
			}
		}
		// One word of the question, two of the sentence.
		for p := 0; p+1 < len(s.toks); p++ {
			a, b := s.toks[p].low, s.toks[p+1].low
			if len(a)+len(b) < len(w) {
				continue // too short even with their hyphens
			}
			if hyphen && (strings.IndexByte(a, '-') >= 0 || strings.IndexByte(b, '-') >= 0) {
				if !joinsTo(w, a, b) {
					continue
				}
			} else if len(a)+len(b) != len(w) || !strings.HasPrefix(w, a) || w[len(a):] != b {
				continue
			}
			matches[c.k] = append(matches[c.k], hit{p, 0.9}, hit{p + 1, 0.9})
		}
	}
}

// superlatives pick one thing out of a class: "best picture", "largest
// city". A word put between one and its noun makes another class ("best
// foreign film", "largest Canadian city"). "first" and "last" are left
// out: they are as often adverbs ("first wanted to") or a team's rank
// ("the first team").
var superlatives = set(`best worst most least largest biggest greatest highest longest
	oldest youngest smallest fastest richest strongest latest newest`)

// narrowed drops the matches of a noun the question qualifies with a
// superlative ("Which film won best picture?") where the sentence puts a
// word of its own between them ("won best foreign film"): that is the
// best of another class, and the sentence does not say what the
// question asks. The superlative itself is bound to its noun in the
// same way: "best" of "won best drama" is no match of "best" in "won
// best picture".
func narrowed(q *question, s *sentence, matches [][]hit) {
	matchedHere := func(p int) bool {
		return slices.ContainsFunc(matches, func(hs []hit) bool { return matchedAt(hs, p) })
	}
	drop := func(k int, other func(p int) bool) {
		kept := matches[k][:0:0]
		for _, h := range matches[k] {
			if !other(h.pos) {
				kept = append(kept, h)
			}
		}
		if len(kept) < len(matches[k]) {
			matches[k] = kept
		}
	}
	for k := range q.terms {
		t := &q.terms[k]
		if len(matches[k]) == 0 {
			continue
		}
		switch {
		case superlatives[t.low] && slices.ContainsFunc(q.terms, func(n qterm) bool { return n.pos == t.pos+1 }):
			drop(k, func(p int) bool { // "best drama"
				return p+1 < len(s.toks) && insertedModifier(s.toks[p+1]) && !matchedHere(p+1)
			})
		case t.pos > 0 && superlatives[q.toks[t.pos-1].low]:
			sup := q.toks[t.pos-1].low
			drop(k, func(p int) bool { // "best foreign film"
				return p >= 2 && s.toks[p-2].low == sup && insertedModifier(s.toks[p-1]) && !matchedHere(p-1)
			})
		case isTitle(q.toks[t.pos]) && !q.rankBelow:
			drop(k, func(p int) bool { return rankedBelow(s.toks, p) }) // "deputy chief executive"
		}
	}
}

// asksRankBelow reports whether the question itself asks about a title a
// rank below ("Who is the deputy leader?").
func asksRankBelow(q *question) bool {
	return slices.ContainsFunc(q.toks, func(t token) bool { return secondRank(t.low) })
}

// rankedBelow reports whether the title word at p is held a rank below,
// by a word of rank before it in its title ("deputy chief executive",
// "vice president") or joined to it ("vice-chairman"): a deputy chief is
// no chief, nor the head asked about.
func rankedBelow(toks []token, p int) bool {
	for k := p; k >= 0 && k >= p-3; k-- {
		if secondRank(toks[k].low) {
			return true
		}
		if toks[k].tag != tagTitle && !titles[toks[k].low] {
			return false
		}
	}
	return false
}

// insertedModifier reports whether a word after a superlative narrows
// its class: a common word, a nationality or a participle ("best
// supporting actress", "best animated film"), not a number ("best 10
// films" are still films).
func insertedModifier(t token) bool {
	participle := t.tag == tagVerb && (strings.HasSuffix(t.low, "ing") || strings.HasSuffix(t.low, "ed"))
	return (t.tag == tagWord || t.tag == tagTitle || t.tag == tagGentile || participle) && t.stem != ""
}

// joinsTo reports whether a and then b, their hyphens left out, spell w:
// strings.ReplaceAll(a+b, "-", "") == w without making either string,
// which compounds asked of every pair of words in a sentence with a
// hyphen (a twentieth of an Ask's allocations).
func joinsTo(w, a, b string) bool {
	i := 0
	for _, s := range [2]string{a, b} {
		for k := 0; k < len(s); k++ {
			if s[k] == '-' {
				continue
			}
			if i == len(w) || w[i] != s[k] {
				return false
			}
			i++
		}
	}
	return i == len(w)
}

// compoundTerm is a form compounds looks for, the same in every sentence:
// two neighbouring question words k and l written together (six letters
// or more), or, with l -1, question word k of five letters or more
// ("email" for "e-mail"); both without hyphens.
type compoundTerm struct {
	k, l  int
	whole string
	// premier marks the prime minister's one-word title, matched only
	// where it is one (premierOfGovernment).
	premier bool
}

// compoundsOf lists the question's compoundTerms in the order compounds
// adds their matches.
func compoundsOf(q *question) []compoundTerm {
	out := []compoundTerm{}
	for k, t := range q.terms {
		for l, u := range q.terms {
			if u.pos == t.pos+1 {
				if whole := strings.ReplaceAll(t.low+u.low, "-", ""); len(whole) > 5 {
					out = append(out, compoundTerm{k: k, l: l, whole: whole})
				}
				// "prime minister" for "PM" in the sentence.
				if short := titleShortForms[t.low+" "+u.low]; short != "" {
					out = append(out, compoundTerm{k: k, l: l, whole: short})
					if short == primeMinisterShort {
						out = append(out, compoundTerm{k: k, l: l, whole: premier, premier: true})
					}
				}
			}
		}
		if len(t.low) >= 5 {
			out = append(out, compoundTerm{k: k, l: -1, whole: strings.ReplaceAll(t.low, "-", "")})
		}
		// "PM" for "prime minister" in the sentence.
		if long := titleLongForms[t.low]; long != "" {
			out = append(out, compoundTerm{k: k, l: -1, whole: strings.ReplaceAll(long, " ", "")})
			if t.low == primeMinisterShort {
				out = append(out, compoundTerm{k: k, l: -1, whole: premier, premier: true})
			}
		}
	}
	return out
}

// premier is the one word news also gives a prime minister: "Turkish
// premier Recep Erdogan". It stands for "prime minister" and for "PM",
// primeMinisterShort, the short form titleShortForms gives it.
const premier = "premier"

var primeMinisterShort = titleShortForms["prime minister"]

// premierOfGovernment reports whether the "premier" at s.toks[p] is a
// head of government's title: before a person's name, or after a
// nationality and before no other name ("the English Premier League").
func premierOfGovernment(s *sentence, p int) bool {
	if p+1 < len(s.toks) && s.toks[p+1].tag == tagProper {
		for _, e := range s.ents {
			if e.i == p+1 {
				return e.kind == kindPerson
			}
		}
		return false
	}
	return p > 0 && s.toks[p-1].tag == tagGentile
}

// titleShortForms are the short forms news writes titles of two words
// in: "PM" for prime minister, "CEO" for chief executive.
var titleShortForms = map[string]string{
	"prime minister": "pm", "chief executive": "ceo", "managing director": "md",
	"chief financial": "cfo", "chief operating": "coo",
}

// titleLongForms are the titles titleShortForms shortens, by short form.
var titleLongForms = func() map[string]string {
	m := make(map[string]string, len(titleShortForms))
	for long, short := range titleShortForms {
		m[short] = long
	}
	return m
}()

// impliedAffiliation lets "Ada Ruiz of the Harbour Trust" say where Ada
// Ruiz works, whom she represents, what she belongs to: the question's
// verb of affiliation is matched, a little less than by the word itself,
// by an organisation named as the asked-about person's.
func impliedAffiliation(q *question, s *sentence, matches [][]hit) {
	verb := -1
	for k := range q.terms {
		t := &q.terms[k]
		if t.pos == q.verbPos && affiliationVerbs[t.stem] && strongest(matches[k]) < 0.7 {
			verb = k
		}
	}
	if verb < 0 {
		return
	}
	for _, e := range s.ents {
		if e.kind != kindOrg && e.kind != kindOther {
			continue
		}
		n, ok := affiliated(s, e)
		if !ok {
			continue
		}
		p := s.ents[n]
		for k := range q.terms {
			t := &q.terms[k]
			if !t.name {
				continue
			}
			for _, h := range matches[k] {
				if h.pos >= p.i && h.pos < p.j {
					matches[verb] = append(matches[verb], hit{max(e.ti-1, 0), 0.7}) // on the preposition: the name itself is the answer, not a question word
					return
				}
			}
		}
	}
}

// affiliationVerbs are the stems of the verbs that an organisation named
// as a person's answers.
var affiliationVerbs = set(stem("work") + " " + stem("represent") + " " + stem("belong") + " " + stem("employ") + " " + stem("serve"))

// partOf reports whether the name at token p of a sentence is part of
// the question's name run: "Kowalczyk" of Marta Kowalczyk, but not "Vladimir Putin"
// of Vladimir Medinsky.
func partOf(s *sentence, p int, run string) bool {
	for _, e := range s.ents {
		if e.i <= p && p < e.j && !isRef(s.toks, e) {
			return sameName(lower(nameText(s.toks, e.i, e.j)), run)
		}
	}
	return true
}

// genericNameWords are words of names too common to stand for the whole
// name: "High" in North Ridge Junior High School.
var genericNameWords = func() map[string]bool {
	m := set(`new north south east west northern southern eastern western great high junior
		senior upper lower central national international saint st. mount mt. lake port fort
		the of and de la le el al united american canadian british royal first
		tower hall palace castle cathedral abbey stadium arena theatre theater gallery station
		building house cup open championship championships trophy prize award awards festival games`)
	for w := range orgWords {
		m[w] = true
	}
	for w := range placeWords {
		m[w] = true
	}
	return m
}()

// deny drops the matches of the question's verb that the sentence denies
// ("Putin's rejection of Zelenskyy's invitation for talks", "he didn't
// go") and reports whether it dropped any and none is left: the event
// asked about did not happen there. A question that itself denies or
// refuses is left alone.
func deny(q *question, s *sentence, matches [][]hit) bool {
	if q.verb == "" {
		return false // no verb, or a light one: "give a speech"
	}
	for _, t := range q.toks {
		if t.tag == tagNegation || refusals[t.stem] {
			return false
		}
	}
	// The question's names, to tell the asked-about event from another
	// use of its verb ("their negotiating team").
	var names []int
	for k := range q.terms {
		t := &q.terms[k]
		if t.name {
			for _, h := range matches[k] {
				names = append(names, h.pos)
			}
		}
	}
	for k := range q.terms {
		t := &q.terms[k]
		if t.pos != q.verbPos || len(matches[k]) == 0 {
			continue
		}
		kept := matches[k][:0:0]
		closest, deniedClosest := len(s.toks), false
		for _, h := range matches[k] {
			d := deniedAt(s.toks, h.pos)
			if !d {
				kept = append(kept, h)
			}
			for _, p := range names {
				if dist := abs(p - h.pos); dist < closest {
					closest, deniedClosest = dist, d
				}
			}
		}
		if len(kept) == len(matches[k]) {
			return false
		}
		matches[k] = kept
		return len(kept) == 0 || deniedClosest
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// refusals are the stems of words that deny what follows them.
var refusals = stemsOf(set(`reject rejection decline refuse refusal cancel cancellation skip postpone deny instead`))

// absenceHint and countryHint rule words out of absences and countryOf
// (see keyHint) for matchTerm.
var (
	absenceHint = hintOf(absences)
	countryHint = hintOf(countryOf)
)

// absences are the stems of the verbs that say something was not done,
// which match a verb the question denies: "Why did she not attend?" is
// answered where she "skipped" or "missed" it.
var absences = stemsOf(set(`skip miss refuse decline avoid boycott reject abandon quit fail`))

// deniedAt reports whether the word at p is denied by a negation or a
// refusal earlier in its clause.
func deniedAt(toks []token, p int) bool {
	// "did not develop until the 18th century" says when it did.
	notUntil := false
	for k := p + 1; k < len(toks) && k <= p+3; k++ {
		notUntil = notUntil || toks[k].low == "until" || toks[k].low == "till"
	}
	for k := p - 1; k >= 0 && k >= p-deniedReach; k-- {
		t := toks[k]
		switch {
		case t.tag == tagNegation && notUntil:
			return false
		case t.low == "decline" && k+1 < len(toks) && (toks[k+1].low == "of" || toks[k+1].low == "in"):
			// "the decline of the Byzantine state" is a fall, no refusal.
			continue
		case refusals[t.stem] && t.tag != tagNegation && objectNounOf(toks, k, p):
			// "declined an invitation from Zelenskyy": what is declined
			// was made; the inviting happened.
			return false
		case t.tag == tagNegation || refusals[t.stem]:
			return true
		case t.low == "and" && k == p-1 && k >= 2 && toks[k-2].tag == tagNegation && toks[k-1].tag == tagVerb:
			return true // "are not recognized and attacked": both verbs denied
		case t.tag == tagPunct || t.low == "but" || t.low == "while" || t.low == "although" || t.low == "and" ||
			clauseStarts[t.low] && k < p-1:
			// A denial does not reach into a clause of its own: "does
			// not have to decide until 24 hours before the event begins".
			return false
		}
	}
	return false
}

// objectNounOf reports whether the word at p is the noun a refusal at k
// takes as its object, past determiners, possessives, names and "of":
// "declined an invitation", "rejection of Zelenskyy's invitation".
func objectNounOf(toks []token, k, p int) bool {
	if toks[p].tag == tagVerb || toks[p].tag == tagAux {
		return false
	}
	for i := k + 1; i < p; i++ {
		switch t := toks[i]; {
		case t.tag == tagDet || t.tag == tagPossess || t.tag == tagProper || t.tag == tagGentile || t.low == "of":
		default:
			return false
		}
	}
	return true
}

// clauseStarts open a subordinate clause that a denial before them does
// not reach into.
var clauseStarts = set(`before after until when because since if unless whether which who that`)

// deniedReach is how far back in its clause a denial reaches.
const deniedReach = 10

// sameCountry reports whether two different words name one country: a
// nationality and its country, or a short form ("U.S.", "American").
func sameCountry(a, b string) bool {
	if a == b {
		return false
	}
	ca, cb := country(a), country(b)
	return ca != "" && ca == cb
}

// country returns the country a word names or is the nationality of, or
// "".
func country(w string) string { return countryOf[w] }

// tokenCountry is country for a token: "US" in capitals is the United
// States (America, American), which "us" in small letters is not.
func tokenCountry(t token) string {
	if t.text == "US" {
		return countryAliases["u.s."]
	}
	return country(t.low)
}

// countryOf is country's answer for every word that has one, in one map:
// a nationality's country, else an alias's, else the place itself. It
// is looked up for every word of every sentence retrieved, and most
// words have none, which three lookups took three times as long to say.
var countryOf = func() map[string]string {
	m := make(map[string]string, len(places)+len(countryAliases)+len(demonyms))
	for w, ok := range places {
		if ok {
			m[w] = w
		}
	}
	for w, c := range countryAliases {
		if c != "" {
			m[w] = c
		}
	}
	for w, c := range demonyms {
		if c != "" {
			m[w] = c
		}
	}
	return m
}()

// hyphenPart reports whether one part of a hyphenated word has the stem
// st.
func hyphenPart(w, st string) bool {
	for {
		p, rest, more := strings.Cut(w, "-") // not Split: no slice per word and term
		if stem(p) == st {
			return true
		}
		if !more {
			return false
		}
		w = rest
	}
}

// sameName reports whether a name in a question and a full name in a
// sentence can be one person: every word of the question's name is in the
// full name ("medinsky" in "vladimir medinsky"; not "vladimir medinsky" in
// "vladimir putin").
func sameName(asked, full string) bool {
	// The words are walked, not split into slices: this runs for every
	// full name of every sentence against the question's names.
	for w := range strings.FieldsSeq(asked) {
		found := false
		for f := range strings.FieldsSeq(full) {
			if nameVariant(w, f) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// spelledAs reports whether a sentence's word is the question's name
// spelt otherwise: "Zelensky" for "Zelenskyy"; a name, so not "parts" for
// "Paris".
func (t *qterm) spelledAs(tok *token) bool {
	return t.name && isCapitalized(tok.text) && nameVariant(t.low, tok.low)
}

// nameVariant reports whether two spellings are one name: Zelenskyy and
// Zelensky, Kyiv and Kiev are, by a single edit on a long enough name.
func nameVariant(a, b string) bool {
	if a == b || foldedEqual(a, b) {
		return true
	}
	if len(a) < 5 || len(b) < 5 || a[0] != b[0] {
		return false
	}
	return withinOneEdit(a, b) || transposed(a, b)
}

// foldedEqual reports whether a and b, in lower case, are one word but
// for accents: "cafe" and "café", "jose" and "josé", "herve" and
// "hervé". A question is often typed without the accents its article
// writes. It allocates nothing, and stops at the first letters that
// differ otherwise.
func foldedEqual(a, b string) bool {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		ra, wa := utf8.DecodeRuneInString(a[i:])
		rb, wb := utf8.DecodeRuneInString(b[j:])
		if ra != rb && unaccented(ra) != unaccented(rb) {
			return false
		}
		i, j = i+wa, j+wb
	}
	return i == len(a) && j == len(b)
}

// accented reports whether a word holds a letter beyond ASCII, which may
// be an accented one (foldedEqual).
func accented(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// unaccented returns the letter r is an accented form of, or r: the
// Latin letters of Western and Central European names.
func unaccented(r rune) rune {
	if r < 0xC0 {
		return r
	}
	if b, ok := accentBases[r]; ok {
		return b
	}
	return r
}

// accentBases map accented lower-case letters to their base letters.
var accentBases = func() map[rune]rune {
	m := map[rune]rune{}
	for base, accented := range map[rune]string{
		'a': "àáâãäåāăą", 'c': "çćčĉċ", 'd': "ďđ", 'e': "èéêëēĕėęě", 'g': "ğĝġģ", 'i': "ìíîïīĭįı",
		'l': "łľĺļ", 'n': "ñńňņ", 'o': "òóôõöøōŏő", 'r': "řŕŗ", 's': "śšşŝș", 't': "ťţț",
		'u': "ùúûüūŭůűų", 'y': "ýÿŷ", 'z': "źżž",
	} {
		for _, r := range accented {
			m[r] = base
		}
	}
	return m
}()

// withinOneEdit reports whether the edit distance of a and b, in
// letters, is at most 1: they are equal, or equal but for one letter
// changed, added or dropped. It allocates nothing, and is called for
// every word of a sentence with a name of the question.
func withinOneEdit(a, b string) bool {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		ra, wa := utf8.DecodeRuneInString(a[i:])
		rb, wb := utf8.DecodeRuneInString(b[j:])
		if ra != rb {
			return a[i+wa:] == b[j+wb:] || a[i+wa:] == b[j:] || a[i:] == b[j+wb:]
		}
		i, j = i+wa, j+wb
	}
	return utf8.RuneCountInString(a[i:])+utf8.RuneCountInString(b[j:]) <= 1
}

// transposed reports whether b is a with two neighbouring letters
// swapped, the commonest typo ("Orgainzation").
func transposed(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}

// questionMask marks the tokens that match a question word.
func questionMask(toks []token, matches [][]hit) []bool {
	inQ := make([]bool, len(toks))
	for _, hs := range matches {
		for _, h := range hs {
			if h.m >= 0.6 {
				inQ[h.pos] = true
			}
		}
	}
	return inQ
}

// verbHits returns where the question's main verb (or a related word used
// as a verb) occurs in the sentence.
func verbHits(q *question, s *sentence, matches [][]hit) []int {
	var out []int
	for k := range q.terms {
		t := &q.terms[k]
		if q.verbPos < 0 || t.pos != q.verbPos {
			continue
		}
		for _, h := range matches[k] {
			// Only a verb: "state" in "Secretary of State" says nothing.
			if tag := s.toks[h.pos].tag; h.m >= 0.7 && (tag == tagVerb || tag == tagWord || tag == tagAux) {
				out = append(out, h.pos)
			}
		}
	}
	return out
}

// derivedName reports whether tok is another word made from t's stem
// where t is a word of a name of several words: "Nations" for the
// "National" of "Grand National". Such a name is spelled one way; only its
// plural is the same word. A name of one word is often an adjective, and
// its forms say the same ("Islamist" and "Islamism").
func (t *qterm) derivedName(tok *token) bool {
	return t.name && strings.IndexByte(t.run, ' ') > 0 && !sameWordForm(t.low, tok.low)
}

// sameWordForm reports whether two lower-case words are one word but for a
// plural ending: "nation" and "nations", "city" and "cities".
func sameWordForm(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	rest, ok := strings.CutPrefix(b, a)
	if ok && (rest == "" || rest == "s" || rest == "es") {
		return true
	}
	return strings.HasSuffix(a, "y") && b == a[:len(a)-1]+"ies"
}
