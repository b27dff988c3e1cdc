package corpus

import (
	"fmt"
	"html"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"briefbot"
)

// parseMarkdown reads a Markdown article: optional front matter, then body
// paragraphs with the Markdown syntax stripped. Headings are not
// paragraphs; the first level-1 heading is the title when the front matter
// has none. List items are paragraphs of their own; code blocks, tables,
// HTML comments and link reference definitions are dropped.
func parseMarkdown(text string) (briefbot.Article, error) {
	var a briefbot.Article
	body, err := frontMatter(text, &a)
	if err != nil {
		return a, err
	}
	var (
		para    []string // lines of the paragraph being read
		fence   string   // the opening fence while inside a fenced code block
		comment bool     // inside an HTML comment
		h1      string
	)
	flush := func() {
		if p := stripInline(strings.Join(para, " ")); hasWord(p) {
			a.Paragraphs = append(a.Paragraphs, p)
		}
		para = para[:0]
	}
	for line := range strings.Lines(body) {
		line = strings.TrimRight(line, " \t\n")
		l := strings.TrimLeft(line, " \t")
		switch {
		case comment:
			comment = !strings.Contains(l, "-->")
			continue
		case fence != "":
			if strings.HasPrefix(l, fence) && strings.Trim(l, fence[:1]) == "" {
				fence = ""
			}
			continue
		case strings.HasPrefix(l, "```") || strings.HasPrefix(l, "~~~"):
			flush()
			fence = l[:len(l)-len(strings.TrimLeft(l, l[:1]))]
			continue
		case len(para) == 0 && strings.HasPrefix(strings.ReplaceAll(line, "\t", "    "), "    "):
			continue // an indented code block
		case strings.HasPrefix(l, "<!--"):
			flush()
			comment = !strings.Contains(l, "-->")
			continue
		}
		for strings.HasPrefix(l, ">") {
			l = strings.TrimLeft(l[1:], " \t") // block quotes read as plain paragraphs
		}
		if level, heading := atxHeading(l); level > 0 {
			flush()
			if level == 1 && h1 == "" {
				h1 = stripInline(heading)
			}
			continue
		}
		if len(para) > 0 && isSetextUnderline(l) {
			if l[0] == '=' && h1 == "" {
				h1 = stripInline(strings.Join(para, " "))
			}
			para = para[:0]
			continue
		}
		if !hasWord(l) || strings.HasPrefix(l, "|") || isLinkDefinition(l) {
			flush() // blank lines, thematic breaks, tables
			continue
		}
		if item, ok := listItem(l); ok {
			flush()
			l = item
		}
		para = append(para, l)
	}
	flush()
	if a.Title == "" {
		a.Title = h1
	}
	return a, nil
}

// frontMatter reads the block between a first line "---" and the next line
// "---" (or "..."), simple "key: value" lines as in YAML, into a, and returns
// the text after it. Keys it doesn't know are ignored; a date it can't read
// is an error rather than a silently undated article.
func frontMatter(text string, a *briefbot.Article) (string, error) {
	first, rest, _ := strings.Cut(text, "\n")
	if strings.TrimRight(first, " \t") != "---" {
		return text, nil
	}
	var fm briefbot.Article // applied to a only once the block is closed
	var date, published string
	for body := rest; body != ""; {
		var line string
		line, body, _ = strings.Cut(body, "\n")
		if l := strings.TrimRight(line, " \t"); l == "---" || l == "..." {
			if published == "" {
				published = date
			}
			if published != "" {
				t, ok := parseDate(published)
				if !ok {
					return "", fmt.Errorf("front matter: published %q: not a date like 2006-01-02 or 2006-01-02T15:04:05Z", published)
				}
				fm.Published = t
			}
			a.Title, a.URL, a.Source, a.Published = fm.Title, fm.URL, fm.Source, fm.Published
			return body, nil
		}
		key, value, ok := strings.Cut(line, ":")
		key = strings.ToLower(strings.TrimSpace(key))
		if !ok || key == "" || strings.ContainsAny(key, " #-") || line[0] == ' ' || line[0] == '\t' {
			continue // comments, list entries and nested values
		}
		value = yamlScalar(strings.TrimSpace(value))
		switch key {
		case "title":
			fm.Title = value
		case "url":
			fm.URL = value
		case "source":
			fm.Source = value
		case "published":
			published = value
		case "date":
			date = value
		}
	}
	return text, nil // no closing line: a thematic break, not front matter
}

// yamlScalar reads a YAML scalar value as far as front matter needs: quoted
// strings are unquoted and " #" starts a comment after a plain one.
func yamlScalar(v string) string {
	switch {
	case strings.HasPrefix(v, `"`):
		if k := strings.LastIndexByte(v, '"'); k > 0 {
			if s, err := strconv.Unquote(v[:k+1]); err == nil {
				return s
			}
			return v[1:k]
		}
	case strings.HasPrefix(v, "'"):
		if k := strings.LastIndexByte(v, '\''); k > 0 {
			return strings.ReplaceAll(v[1:k], "''", "'")
		}
	}
	if k := strings.Index(v, " #"); k >= 0 {
		v = strings.TrimSpace(v[:k])
	}
	return v
}

// atxHeading returns the level and text of a "# Heading" line, or 0.
func atxHeading(l string) (int, string) {
	n := len(l) - len(strings.TrimLeft(l, "#"))
	if n == 0 || n > 6 || (n < len(l) && l[n] != ' ' && l[n] != '\t') {
		return 0, ""
	}
	h := strings.TrimSpace(l[n:])
	if t := strings.TrimRight(h, "#"); t == "" || strings.HasSuffix(t, " ") {
		h = strings.TrimSpace(t) // closing hashes: "## Heading ##"
	}
	return n, h
}

func isSetextUnderline(l string) bool {
	return len(l) >= 2 && (strings.Trim(l, "=") == "" || strings.Trim(l, "-") == "")
}

// isLinkDefinition reports a reference definition like "[1]: https://...".
func isLinkDefinition(l string) bool {
	if !strings.HasPrefix(l, "[") {
		return false
	}
	k := strings.Index(l, "]:")
	return k > 1 && !strings.Contains(l[:k], "](")
}

// listItem strips a list marker ("- ", "* ", "+ ", "1. ", "1) ") and a task
// box ("[ ] ", "[x] ").
func listItem(l string) (string, bool) {
	if !startsListItem(l) {
		return "", false
	}
	_, item, _ := strings.Cut(l, " ")
	item = strings.TrimLeft(item, " \t")
	for _, box := range []string{"[ ] ", "[x] ", "[X] "} {
		item = strings.TrimPrefix(item, box)
	}
	return item, true
}

// stripInline turns a Markdown paragraph into plain text: emphasis markers
// and code backticks go, links keep their text, images and footnote
// references go, HTML tags go, entities and backslash escapes are decoded,
// and runs of white space become one space.
func stripInline(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", s[i+1]) >= 0:
			sb.WriteByte(s[i+1])
			i += 2
			continue
		case c == '`':
			n := len(s[i:]) - len(strings.TrimLeft(s[i:], "`"))
			if end := strings.Index(within(s, i+n), s[i:i+n]); end >= 0 {
				sb.WriteString(strings.TrimSpace(s[i+n : i+n+end]))
				i += n + end + n
				continue
			}
			sb.WriteString(s[i : i+n])
			i += n
			continue
		case c == '!' && strings.HasPrefix(s[i+1:], "["):
			if _, end, ok := link(s, i+1); ok {
				i = end // images are dropped, alt text and all
				continue
			}
		case c == '[':
			if text, end, ok := link(s, i); ok {
				if !strings.HasPrefix(text, "^") {
					sb.WriteString(stripInline(text))
				}
				i = end
				continue
			}
		case c == '<':
			if end := strings.IndexByte(within(s, i), '>'); end > 1 {
				tag := s[i+1 : i+end]
				switch {
				case strings.Contains(tag, "://") || strings.Contains(tag, "@") && !strings.ContainsAny(tag, " \"'"):
					sb.WriteString(tag) // an autolink
				case isASCIILetter(tag[0]) || tag[0] == '/' || tag[0] == '!':
					sb.WriteByte(' ') // an HTML tag
				default:
					sb.WriteString(s[i : i+end+1])
				}
				i += end + 1
				continue
			}
		case c == '*' || c == '_' || c == '~':
			n := len(s[i:]) - len(strings.TrimLeft(s[i:], string(c)))
			if isEmphasis(s, i, i+n) {
				i += n
				continue
			}
			sb.WriteString(s[i : i+n])
			i += n
			continue
		}
		sb.WriteByte(c)
		i++
	}
	return collapse(html.UnescapeString(sb.String()))
}

// link reads "[text](destination)", "[text][ref]", "[text][]" or a
// footnote reference "[^1]" at s[i] and returns the text and where the link
// ends.
func link(s string, i int) (string, int, bool) {
	rb := matching(s, i, '[', ']')
	if rb < 0 {
		return "", 0, false
	}
	text, rest := s[i+1:rb], s[rb+1:]
	switch {
	case strings.HasPrefix(rest, "("):
		if end := matching(s, rb+1, '(', ')'); end > 0 {
			return text, end + 1, true
		}
	case strings.HasPrefix(rest, "["):
		if end := strings.IndexByte(within(rest, 0), ']'); end > 0 {
			return text, rb + 1 + end + 1, true
		}
	case strings.HasPrefix(text, "^"):
		return text, rb + 1, true
	}
	return "", 0, false
}

// maxSpan bounds how far a code span, link or tag is looked for, so that a
// paragraph full of unmatched brackets or backticks takes linear time.
const maxSpan = 1000

// within returns s from i, at most maxSpan bytes of it.
func within(s string, i int) string { return s[i:min(len(s), i+maxSpan)] }

// matching returns the index of the bracket closing the one at s[i], or -1.
func matching(s string, i int, open, shut byte) int {
	depth := 0
	for j := i; j < min(len(s), i+maxSpan); j++ {
		switch s[j] {
		case '\\':
			j++
		case open:
			depth++
		case shut:
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return -1
}

// isEmphasis reports whether the run s[i:j] of *, _ or ~ marks emphasis
// (or strikethrough) rather than standing for itself: it must touch a word
// on one side; an underscore inside a word (snake_case) and a single tilde
// (~5) are literal.
func isEmphasis(s string, i, j int) bool {
	before, after := ' ', ' '
	if i > 0 {
		before, _ = utf8.DecodeLastRuneInString(s[:i])
	}
	if j < len(s) {
		after, _ = utf8.DecodeRuneInString(s[j:])
	}
	if unicode.IsSpace(before) && unicode.IsSpace(after) {
		return false
	}
	switch s[i] {
	case '_':
		return !(isAlnum(before) && isAlnum(after))
	case '~':
		return j-i == 2
	}
	return true
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
