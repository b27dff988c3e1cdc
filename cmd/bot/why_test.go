package main

import (
	"strings"
	"testing"

	"briefbot"
)

// The runner-up line of "why" at a terminal says why a runner-up that
// scores above the answer is not it, and nothing more for one below.
func TestWhyRunnerUp(t *testing.T) {
	s := briefbot.Sentence{ArticleID: "a.txt", Paragraph: 5, Text: "Geoff Hoon said so."}
	e := briefbot.Explanation{Question: "Who is the defence secretary?", Type: "who", Expects: "person", Answer: "John Taylor",
		Threshold: 0.29, Best: briefbot.Candidate{Text: "John Taylor", Score: 0.36, Sentence: s},
		RunnerUp: &briefbot.Candidate{Text: "Geoff Hoon", Score: 0.44, Sentence: s}}
	var b strings.Builder
	writeExplanation(&b, e, false)
	if want := "Runner-up: “Geoff Hoon”, score 0.44 (paragraph 5); " + e.RunnerUpNote() + "\n"; !strings.Contains(b.String(), want) {
		t.Errorf("runner-up above the answer:\n%s", b.String())
	}
	e.RunnerUp.Score = 0.2
	b.Reset()
	writeExplanation(&b, e, false)
	if want := "Runner-up: “Geoff Hoon”, score 0.20 (paragraph 5)\n"; !strings.Contains(b.String(), want) {
		t.Errorf("runner-up below the answer:\n%s", b.String())
	}
}
