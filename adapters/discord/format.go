package discord

import (
	"net/url"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"briefbot"
)

// maxMessageLen is Discord's limit on a message's content.
const maxMessageLen = 2000

// Caps used only when trimming the quote alone cannot make a reply fit, that
// is, when the answer or the citation is itself absurdly long.
const (
	minQuoteLen  = 100
	maxAnswerLen = 300
	maxTitleLen  = 200
	maxURLLen    = 500
)

const closestLabel = "Closest passage (not an answer):"

// maxUnderstoodLen caps the question shown as understood; questions are
// at most a few hundred characters anyway.
const maxUnderstoodLen = 300

// understoodLine says how a follow-up was understood, as small text
// ("-# "), on a line of its own; q is escaped.
func understoodLine(q string) string { return "-# Understood as: " + q + "\n" }

// formatReply renders what every path (mention, DM, /ask inline or edited)
// sends: the short answer in bold, the cited sentence as a quote, and a
// citation line, within maxMessageLen. All text taken from articles is
// escaped, so it renders as written and cannot format, link or mention.
// A no-answer says so and shows the closest passage, labelled as not an
// answer; an error becomes briefbot.UserMessage.
func formatReply(ans briefbot.Answer, err error) string {
	if err != nil {
		return briefbot.UserMessage(err)
	}
	var r reply
	r.answered = ans.Answered()
	r.answer = ans.Text
	r.understood = ans.UnderstoodAs
	if len(ans.Evidence) > 0 && strings.TrimSpace(ans.Evidence[0].Text) != "" {
		s := ans.Evidence[0]
		r.quote, r.title, r.paragraph = s.Text, s.ArticleTitle, s.Paragraph
		if r.title == "" {
			r.title = s.ArticleID
		}
		if linkable(s.URL) {
			r.url = s.URL
		}
	}
	if !r.answered && r.quote == "" {
		if r.understood != "" {
			return understoodLine(escape(r.understood, maxUnderstoodLen)) + briefbot.NoAnswerText
		}
		return briefbot.NoAnswerText
	}
	return r.fit(maxMessageLen)
}

// reply holds the raw (unescaped) pieces of an answer message.
type reply struct {
	answered bool
	// understood is the question as the bot understood it, when it wrote
	// a follow-up out in full.
	understood string
	answer     string
	quote      string
	title      string
	paragraph  int
	url        string
}

// fit renders r within max UTF-16 units, trimming the quote first.
func (r reply) fit(max int) string {
	answer, title, link := escape(r.answer, -1), escape(r.title, -1), r.url != ""
	if s := r.render(answer, escape(r.quote, -1), title, link); textLen(s) <= max {
		return s
	}
	if rest := max - textLen(r.render(answer, "", title, link)); rest >= minQuoteLen {
		return r.render(answer, escape(r.quote, rest), title, link)
	}
	answer, title = escape(r.answer, maxAnswerLen), escape(r.title, maxTitleLen)
	link = link && len(r.url) <= maxURLLen
	rest := max - textLen(r.render(answer, "", title, link))
	return r.render(answer, escape(r.quote, rest), title, link)
}

// render lays out already escaped pieces.
func (r reply) render(answer, quote, title string, link bool) string {
	var b strings.Builder
	if r.understood != "" {
		// First, so that a wrong guess is seen before the answer.
		b.WriteString(understoodLine(escape(r.understood, maxUnderstoodLen)))
	}
	if r.answered {
		b.WriteString("**" + answer + "**")
	} else {
		b.WriteString(briefbot.NoAnswerText + "\n" + closestLabel)
	}
	b.WriteString("\n> " + quote + "\n—")
	if title != "" {
		b.WriteString(" *" + title + "*")
	}
	if r.paragraph > 0 {
		if title != "" {
			b.WriteString(",")
		}
		b.WriteString(" paragraph " + strconv.Itoa(r.paragraph))
	}
	if link {
		// Angle brackets: a link, but no embed even where flags can't say so.
		b.WriteString(" · <" + r.url + ">")
	}
	return b.String()
}

// linkable reports whether u can go between angle brackets as a link: an
// absolute http(s) URL with nothing that could close the brackets early or
// break the line.
func linkable(u string) bool {
	if u == "" || strings.ContainsAny(u, "<> \t\r\n") || !utf8.ValidString(u) {
		return false
	}
	p, err := url.Parse(u)
	return err == nil && (p.Scheme == "http" || p.Scheme == "https") && p.Host != ""
}

// escape makes article text inert in Discord markdown, on one line: every
// markdown character is backslash-escaped (which renders as the character
// itself), so no bold, spoiler, code, quote, heading, masked link [x](y) or
// <@user>/<#channel>/<@&role> mention can form; "@everyone" and "@here" get a
// zero-width space after the "@" so they cannot even look like a mention.
// Runs of white space, newlines included, fold to one space, so a quote stays
// a quote.
//
// With max >= 0 the result is at most max UTF-16 units; text that doesn't fit
// is cut at a character boundary, never inside an escape, and ends with "…".
func escape(s string, max int) string {
	s = strings.Join(strings.Fields(strings.ToValidUTF8(s, "\uFFFD")), " ")
	var full strings.Builder
	escapePieces(s, func(piece string) bool {
		full.WriteString(piece)
		return true
	})
	if max < 0 || textLen(full.String()) <= max {
		return full.String()
	}
	if max < 1 {
		return ""
	}
	var b strings.Builder
	n := 0
	escapePieces(s, func(piece string) bool {
		if n += textLen(piece); n > max-1 { // room for the ellipsis
			return false
		}
		b.WriteString(piece)
		return true
	})
	return strings.TrimRight(b.String(), " ") + "…"
}

// escapePieces calls yield with the escaped form of each character of s, in
// order, until yield returns false.
func escapePieces(s string, yield func(string) bool) {
	for i, c := range s {
		var piece string
		switch {
		case strings.ContainsRune("\\*_~`|>#[]<", c), c == '-' && i == 0: // a leading "-" would start a list
			piece = "\\" + string(c)
		case c == '@' && (hasPrefixFold(s[i+1:], "everyone") || hasPrefixFold(s[i+1:], "here")):
			piece = "@\u200b"
		default:
			piece = string(c)
		}
		if !yield(piece) {
			return
		}
	}
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// textLen is a string's length in UTF-16 code units. Discord's limit counts
// characters; UTF-16 units are never fewer than code points, so a text that
// fits by this count fits by either.
func textLen(s string) int {
	n := 0
	for _, c := range s {
		n += utf16.RuneLen(c)
	}
	return n
}
