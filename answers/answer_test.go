package answers

import (
	"testing"
)

// The two answers issue 2 requires: a name with its citation, and no
// answer for a question the story says nothing about.
func TestAnswerStory(t *testing.T) {
	sents := annotatedStory(t)
	var a Answerer
	got := ask(&a, sents, "Who leads the Russian delegation?")
	if got.Text != "Vladimir Medinsky" {
		t.Errorf("Text = %q, want %q", got.Text, "Vladimir Medinsky")
	}
	want := "Instead of Zelenskyy and Putin, a Ukrainian delegation headed by Defense Minister Rustem Umerov is scheduled to meet with a lower-level Russian team led by presidential aide Vladimir Medinsky."
	if len(got.Evidence) == 0 || got.Evidence[0].Text != want {
		t.Errorf("Evidence = %+v, want %q first", got.Evidence, want)
	}
	if got.Score <= 0 || got.Score > 1 {
		t.Errorf("Score = %v, want in (0, 1]", got.Score)
	}
	if c := got.Citation(); c.Paragraph != 7 || c.Sentence == 0 {
		t.Errorf("Citation = %+v, want paragraph 7", c)
	}

	got = ask(&a, sents, "What is the capital of France?")
	if got.Answered() {
		t.Errorf("capital of France: answered %q (score %.2f), want no answer", got.Text, got.Score)
	}
}
