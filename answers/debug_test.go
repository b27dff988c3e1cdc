package answers

import (
	"fmt"
	"os"
	"testing"

	"briefbot"
)

// TestDebug prints how a question is read and ranked; run with
// BRIEFBOT_DEBUG="question".
func TestDebug(t *testing.T) {
	text := os.Getenv("BRIEFBOT_DEBUG")
	if text == "" {
		t.Skip("set BRIEFBOT_DEBUG to a question")
	}
	sents := annotatedStory(t)
	qa := analyzeQuestion(text)
	fmt.Printf("wh=%q want=%v focus=%q verb=%q def=%v\n", qa.wh, qa.want, qa.focus, qa.verb, qa.definition)
	for _, tm := range qa.terms {
		fmt.Printf("  term %+v\n", tm)
	}
	var a Answerer
	q := briefbot.Question{Text: text}
	fmt.Printf("query %+v\n", a.Query(q))
	hits := search(sents, a.Query(q))
	ans := a.Answer(q, hits)
	fmt.Printf("answer %q %.3f\n", ans.Text, ans.Score)
	for _, alt := range ans.Alternatives {
		fmt.Printf("  alt %q %.3f\n", alt.Text, alt.Score)
	}
	for _, s := range sents {
		fmt.Printf("%d %s\n", s.Number, s.Annotation)
	}
}
