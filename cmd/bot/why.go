package main

import (
	"fmt"
	"io"
	"strings"

	"briefbot"
)

// whyCommand reports whether a line of `bot chat` is the word "why" alone,
// which explains the last answer; "Why?", with its question mark, is a
// follow-up question ("Why did Putin decline the invitation?").
func whyCommand(line string) bool { return strings.EqualFold(strings.TrimSpace(line), "why") }

// ANSI bold, for the question's words in the sentence on a terminal.
const (
	boldOn  = "\x1b[1m"
	boldOff = "\x1b[0m"
)

// writeExplanation prints why an answer was given, for a person at a
// terminal: the question's words in the sentence are in bold on a
// terminal and between asterisks elsewhere.
func writeExplanation(w io.Writer, e briefbot.Explanation, terminal bool) {
	if e.Answered() {
		fmt.Fprintln(w, "Why this answer?")
	} else {
		fmt.Fprintln(w, "Why no answer?")
	}
	fmt.Fprintf(w, "Read as %s: “%s”\n", e.Asked(), e.AsRead())
	if s := e.Best.Sentence; s.Text != "" {
		on, off := "*", "*"
		if terminal {
			on, off = boldOn, boldOff
		}
		fmt.Fprintf(w, "  “%s”\n", mark(s.Text, e.Matched, on, off))
		fmt.Fprintf(w, "  — %s\n", cite(s.Citation()))
	}
	score, threshold := e.Scores()
	switch {
	case e.Answered():
		fmt.Fprintf(w, "Answer “%s”: score %s (an answer needs %s).\n", e.Answer, score, threshold)
	case e.Best.Text != "":
		fmt.Fprintf(w, "The best candidate, “%s”, scored %s, under the %s an answer needs, so: %s\n", e.Best.Text, score, threshold, briefbot.NoAnswerText)
	default:
		fmt.Fprintf(w, "%s, so: %s\n", e.NoCandidate(), briefbot.NoAnswerText)
	}
	if len(e.Lowered) > 0 {
		var parts []string
		for _, f := range e.Lowered {
			parts = append(parts, fmt.Sprintf("%s (%+.2f)", f.Reason, f.Effect))
		}
		fmt.Fprintf(w, "Lowered by: %s\n", strings.Join(parts, "; "))
	}
	if ru := e.RunnerUp; ru != nil {
		fmt.Fprintf(w, "Runner-up: “%s”, score %.2f (paragraph %d)", ru.Text, ru.Score, ru.Sentence.Paragraph)
		if n := e.RunnerUpNote(); n != "" {
			fmt.Fprintf(w, "; %s", n)
		}
		fmt.Fprintln(w)
	}
}

// mark puts on and off around the spans of s.
func mark(s string, spans []briefbot.Span, on, off string) string {
	var b strings.Builder
	at := 0
	for _, m := range spans {
		if m.Start < at || m.End > len(s) || m.Start >= m.End {
			continue
		}
		b.WriteString(s[at:m.Start] + on + s[m.Start:m.End] + off)
		at = m.End
	}
	b.WriteString(s[at:])
	return b.String()
}
