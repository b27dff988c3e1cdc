package discord

import (
	"fmt"
	"strconv"
	"strings"

	"briefbot"
)

// formatExplanation is the reply to a Why? click: what the question was
// taken for, the sentence with the question's words in bold, the score
// and what lowered it, and the runner-up, within maxMessageLen. Article
// text is escaped like everywhere else.
func formatExplanation(e briefbot.Explanation) string {
	head := "**Why this answer?**"
	if !e.Answered() {
		head = "**Why no answer?**"
	}
	head += "\n-# Read as " + escape(e.Asked(), -1) + ": " + escape(e.AsRead(), maxUnderstoodLen) + "\n"

	var tail strings.Builder
	if s := e.Best.Sentence; s.Text != "" {
		tail.WriteString("\n—")
		title := s.ArticleTitle
		if title == "" {
			title = s.ArticleID
		}
		if title != "" {
			tail.WriteString(" *" + escape(title, maxTitleLen) + "*")
		}
		if s.Paragraph > 0 {
			if title != "" {
				tail.WriteString(",")
			}
			tail.WriteString(" paragraph " + strconv.Itoa(s.Paragraph))
		}
	}
	tail.WriteString("\n")
	score, threshold := e.Scores()
	switch {
	case e.Answered():
		fmt.Fprintf(&tail, "Answer **%s**: score %s (an answer needs %s).", escape(e.Answer, maxAnswerLen), score, threshold)
	case e.Best.Text != "":
		fmt.Fprintf(&tail, "The best candidate, **%s**, scored %s, under the %s an answer needs, so: %s",
			escape(e.Best.Text, maxAnswerLen), score, threshold, briefbot.NoAnswerText)
	default:
		tail.WriteString(escape(e.NoCandidate(), maxAnswerLen*2) + ", so: " + briefbot.NoAnswerText)
	}
	if len(e.Lowered) > 0 {
		var parts []string
		for _, f := range e.Lowered {
			parts = append(parts, fmt.Sprintf("%s (%+.2f)", escape(f.Reason, 200), f.Effect))
		}
		tail.WriteString("\nLowered by: " + strings.Join(parts, "; "))
	}
	if ru := e.RunnerUp; ru != nil {
		fmt.Fprintf(&tail, "\nRunner-up: **%s**, score %.2f", escape(ru.Text, maxAnswerLen), ru.Score)
		if ru.Sentence.Paragraph > 0 {
			fmt.Fprintf(&tail, " (paragraph %d)", ru.Sentence.Paragraph)
		}
		if n := e.RunnerUpNote(); n != "" {
			tail.WriteString("; " + n)
		}
	}
	if e.Best.Sentence.Text == "" {
		return head + strings.TrimPrefix(tail.String(), "\n")
	}
	// The quote gets what room is left; a sentence too long for it loses
	// its marks and is cut.
	room := maxMessageLen - textLen(head) - textLen(tail.String()) - 2
	quote := marked(e.Best.Sentence.Text, e.Matched)
	if textLen(quote) > room {
		quote = escape(e.Best.Sentence.Text, max(room, 0))
	}
	return head + "> " + quote + tail.String()
}

// marked escapes a sentence with the spans in bold, on one line.
func marked(sentence string, marks []briefbot.Span) string {
	var b strings.Builder
	piece := func(s string) {
		escapePieces(s, func(p string) bool {
			b.WriteString(p)
			return true
		})
	}
	sentence = strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, sentence)
	at := 0
	for _, m := range marks {
		if m.Start < at || m.End > len(sentence) || m.Start >= m.End {
			continue
		}
		piece(sentence[at:m.Start])
		b.WriteString("**")
		piece(sentence[m.Start:m.End])
		b.WriteString("**")
		at = m.End
	}
	piece(sentence[at:])
	return strings.TrimSpace(b.String())
}
