package slack

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"briefbot"
)

// renderExplanation is the reply to a "Why?" click: what the question was
// taken for, the sentence with the question's words in bold, the score
// and what lowered it, and the runner-up. Only the clicker sees it.
func renderExplanation(e briefbot.Explanation) reply {
	var r reply
	title := "Why this answer?"
	if !e.Answered() {
		title = "Why no answer?"
	}
	r.blocks = append(r.blocks, section(bold(esc(title))+"\n"+fit("Read as "+e.Asked()+": “"+briefbot.CleanText(e.AsRead())+"”", maxSectionText-100)))
	if s := e.Best.Sentence; s.Text != "" {
		r.blocks = append(r.blocks, section(quoteMarked(s.Text, e.Matched)))
		if c := cite(s.Citation()); c != "" {
			r.blocks = append(r.blocks, contextLine(c))
		}
	}
	r.blocks = append(r.blocks, section(verdict(e)))
	var notes []string
	if len(e.Lowered) > 0 {
		var parts []string
		for _, f := range e.Lowered {
			parts = append(parts, fmt.Sprintf("%s (%+.2f)", f.Reason, f.Effect))
		}
		notes = append(notes, "Lowered by: "+fit(strings.Join(parts, "; "), 1000))
	}
	if ru := e.RunnerUp; ru != nil {
		n := "Runner-up: " + bold(fit(briefbot.CleanText(ru.Text), maxAltText)) + fmt.Sprintf(", score %.2f", ru.Score)
		if p := ru.Sentence.Paragraph; p > 0 {
			n += fmt.Sprintf(" (paragraph %d)", p)
		}
		if note := e.RunnerUpNote(); note != "" {
			n += "; " + note
		}
		notes = append(notes, n)
	}
	for _, n := range notes {
		r.blocks = append(r.blocks, contextLine(n))
	}
	r.text = fit(title+" "+verdictText(e), maxFallback)
	return r
}

// verdict says, in mrkdwn, how the best candidate scored against the
// threshold.
func verdict(e briefbot.Explanation) string {
	score, threshold := e.Scores()
	switch {
	case e.Answered():
		return fmt.Sprintf("Answer %s: score %s (an answer needs %s).", bold(fit(briefbot.CleanText(e.Answer), maxAltText*3)), score, threshold)
	case e.Best.Text != "":
		return fmt.Sprintf("The best candidate, %s, scored %s, under the %s an answer needs, so: %s",
			bold(fit(briefbot.CleanText(e.Best.Text), maxAltText*3)), score, threshold, esc(briefbot.NoAnswerText))
	}
	return esc(e.NoCandidate() + ", so: " + briefbot.NoAnswerText)
}

// verdictText is the verdict as plain text, for notifications.
func verdictText(e briefbot.Explanation) string {
	score, threshold := e.Scores()
	switch {
	case e.Answered():
		return fmt.Sprintf("Answer “%s”: score %s (an answer needs %s).", e.Answer, score, threshold)
	case e.Best.Text != "":
		return fmt.Sprintf("The best candidate, “%s”, scored %s, under %s.", e.Best.Text, score, threshold)
	}
	return briefbot.NoAnswerText
}

// quoteMarked renders a sentence as a block quote with the spans in
// bold, made literal like every article text (see fit). A sentence too
// long for a section loses its marks and is cut.
func quoteMarked(sentence string, marks []briefbot.Span) string {
	var b strings.Builder
	b.WriteString("> ")
	at := 0
	for _, m := range marks {
		if m.Start < at || m.End > len(sentence) || m.Start >= m.End {
			continue
		}
		b.WriteString(fit(sentence[at:m.Start], maxSectionText))
		b.WriteString(bold(fit(sentence[m.Start:m.End], maxSectionText)))
		at = m.End
	}
	b.WriteString(fit(sentence[at:], maxSectionText))
	out := strings.ReplaceAll(b.String(), "\n", " ")
	if utf8.RuneCountInString(out) > maxSectionText {
		return quote(sentence, "")
	}
	return out
}
