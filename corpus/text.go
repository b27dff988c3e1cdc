package corpus

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"briefbot"
)

// maxWrapWidth is the widest line taken for hard-wrapped text. Text is
// wrapped at 72 to 80 columns; lines of a paragraph-per-line file are mostly
// longer.
const maxWrapWidth = 100

// parseText reads a plain-text article: the first line with a letter or
// digit is the title; the paragraphs follow, one per line or in blocks
// separated by blank lines, hard-wrapped blocks joined (see wrapped).
func parseText(text string) (briefbot.Article, error) {
	var a briefbot.Article
	var block []string
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(UnescapeRefs(line))
		if !hasWord(line) {
			// Blank lines and lines like "* * *" or a stray “` separate
			// blocks and are never paragraphs.
			a.Paragraphs = appendBlock(a.Paragraphs, block)
			block = block[:0]
			continue
		}
		if a.Title == "" {
			a.Title = line
			continue
		}
		block = append(block, line)
	}
	a.Paragraphs = appendBlock(a.Paragraphs, block)
	return a, nil
}

// UnescapeRefs decodes the character references that text taken from
// web pages keeps: numeric ones ("Jos&#233; Manuel Barroso", "&#x2019;")
// and the named ones every page uses (&amp; &lt; &gt; &quot; &apos;
// &nbsp;), each with its semicolon. Anything else with an ampersand
// ("AT&T", "R&D", "&copy" without its semicolon) stays as written, where
// html.UnescapeString would decode HTML's legacy names without one.
func UnescapeRefs(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '&')
		if i < 0 {
			break
		}
		b.WriteString(s[:i])
		s = s[i:]
		r, n := charRef(s)
		if n == 0 {
			b.WriteByte('&')
			s = s[1:]
			continue
		}
		b.WriteRune(r)
		s = s[n:]
	}
	b.WriteString(s)
	return b.String()
}

// namedRefs are the named character references UnescapeRefs decodes.
var namedRefs = map[string]rune{"amp": '&', "lt": '<', "gt": '>', "quot": '"', "apos": '\'', "nbsp": ' '}

// charRef reads the character reference s opens with: the character and
// its length in bytes, or 0 when s opens with none (see UnescapeRefs).
func charRef(s string) (rune, int) {
	end := strings.IndexByte(s, ';')
	if end < 2 || end > 10 {
		return 0, 0
	}
	name := s[1:end]
	if name[0] != '#' {
		if r, ok := namedRefs[name]; ok {
			return r, end + 1
		}
		return 0, 0
	}
	digits, base := name[1:], 10
	if len(digits) > 0 && (digits[0] == 'x' || digits[0] == 'X') {
		digits, base = digits[1:], 16
	}
	n, err := strconv.ParseUint(digits, base, 32)
	if err != nil || n == 0 || !utf8.ValidRune(rune(n)) || unicode.IsControl(rune(n)) {
		return 0, 0
	}
	return rune(n), end + 1
}

// appendBlock appends the paragraphs of a block of consecutive non-blank
// lines: one joined paragraph when the block is hard-wrapped, else one per
// line.
func appendBlock(paras, block []string) []string {
	if wrapped(block) {
		return append(paras, strings.Join(block, " "))
	}
	return append(paras, block...)
}

// wrapped reports whether a block of lines is one paragraph hard-wrapped
// rather than several one-line paragraphs. It is when all of these hold:
//   - no line after the first starts with a list marker (-, *, •, 1.);
//   - no line holding more than one word is wider than maxWrapWidth;
//   - every line but the last is full: the next line's first word would
//     not have fitted on it within the block's widest line, which is what
//     a wrapping editor guarantees;
//   - some line but the last ends mid-sentence, without . ! ? or a closing
//     quote, as wrapped lines mostly do and one-line paragraphs don't.
func wrapped(block []string) bool {
	if len(block) < 2 {
		return false
	}
	width := 0
	for i, l := range block {
		if i > 0 && startsListItem(l) {
			return false
		}
		n := utf8.RuneCountInString(l)
		if strings.ContainsRune(l, ' ') {
			if n > maxWrapWidth {
				return false
			}
			width = max(width, n)
		}
	}
	midSentence := false
	for i, l := range block[:len(block)-1] {
		next, _, _ := strings.Cut(block[i+1], " ")
		if utf8.RuneCountInString(l)+1+utf8.RuneCountInString(next) <= width {
			return false
		}
		r, _ := utf8.DecodeLastRuneInString(l)
		midSentence = midSentence || !(isTerminal(r) || isCloser(r))
	}
	return midSentence
}

// startsListItem reports whether a line begins with a bullet, or with a
// number of up to three digits (not a year) followed by "." or ")", and a
// space.
func startsListItem(l string) bool {
	if r, w := utf8.DecodeRuneInString(l); strings.ContainsRune("-*+•–", r) {
		return strings.HasPrefix(l[w:], " ")
	}
	i := 0
	for i < len(l) && i < 3 && l[i] >= '0' && l[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(l) && (l[i] == '.' || l[i] == ')') && l[i+1] == ' '
}
