package answers

import (
	"strings"
	"testing"

	"briefbot"
)

// TestExplainAgreesWithAnswer: on the story, the explanation is of the
// answer Answer gives, its best candidate is that answer, cut from the
// answer's sentence, and the runner-up is another answer.
func TestExplainAgreesWithAnswer(t *testing.T) {
	sents := annotatedStory(t)
	a := &Answerer{}
	for _, text := range []string{
		"Who leads the Russian delegation?", "Who leads the Chinese delegation?", "What did Ukraine accept?",
		"When was Putin born?", "Why did Putin decline Zelenskyy's invitation?", "What is Marco Rubio's title?",
		"How many senior officials does the Russian delegation include?", "What is the capital of France?",
	} {
		q := briefbot.Question{Text: text}
		res := search(sents, a.Query(q))
		ans := a.Answer(q, res)
		e := a.Explain(q, res)
		if e.Answer != ans.Text || e.Question != text || e.Threshold != DefaultThreshold {
			t.Errorf("%s: explained %q (threshold %v), answered %q", text, e.Answer, e.Threshold, ans.Text)
		}
		if ans.Answered() {
			if e.Best.Text != ans.Text || e.Best.Score != ans.Score || e.Best.Sentence.Text != ans.Evidence[0].Text ||
				e.Best.Sentence.Text[e.Best.Span.Start:e.Best.Span.End] != ans.Text {
				t.Errorf("%s: best %+v, answer %q %v", text, e.Best, ans.Text, ans.Score)
			}
		} else if e.Best.Text != "" && e.Best.Score >= e.Threshold {
			t.Errorf("%s: no answer, but the best candidate %q scores %v", text, e.Best.Text, e.Best.Score)
		}
		// Candidates come in the model's order; a runner-up's confidence
		// (its span's share against no answer) may still be higher.
		if ru := e.RunnerUp; ru != nil && normalize(ru.Text) == normalize(e.Best.Text) {
			t.Errorf("%s: runner-up %q %v beside %q %v", text, ru.Text, ru.Score, e.Best.Text, e.Best.Score)
		}
		for i, m := range e.Matched {
			if m.Start >= m.End || m.End > len(e.Best.Sentence.Text) || i > 0 && m.Start < e.Matched[i-1].End {
				t.Errorf("%s: matched spans %v out of order or range", text, e.Matched)
			}
		}
		if len(e.Lowered) > maxLowered {
			t.Errorf("%s: %d factors", text, len(e.Lowered))
		}
		for i, f := range e.Lowered {
			if f.Effect > -minEffect || i > 0 && f.Effect < e.Lowered[i-1].Effect || f.Reason == "" {
				t.Errorf("%s: factors %+v", text, e.Lowered)
			}
		}
	}
}

// An explanation of no answer never shows a candidate the answer was not
// chosen from: asked a name, a predicate ranked first ("led by
// presidential aide Vladimir Medinsky", 0.33) means the articles don't
// name it, and "scored 0.33, under the 0.29 an answer needs" would be
// false.
func TestExplainLeavesOutWhatNoAnswerMayBe(t *testing.T) {
	sents := article("t", "Talks", "Instead of Zelenskyy and Putin, a Ukrainian delegation headed by Defense Minister Rustem Umerov is scheduled to meet with a lower-level Russian team led by presidential aide Vladimir Medinsky.")
	Annotate(sents)
	a := &Answerer{}
	q := briefbot.Question{Text: "What is the name of the Russian team?"}
	res := search(sents, a.Query(q))
	if cs := a.Candidates(q, res); len(cs) == 0 || cs[0].Score < DefaultThreshold {
		t.Fatalf("the case is gone: candidates %v", cs)
	}
	e := a.Explain(q, res)
	if e.Answered() || e.Best.Text != "" && e.Best.Score >= e.Threshold {
		t.Errorf("answer %q, best candidate %q scoring %.2f against %.2f", e.Answer, e.Best.Text, e.Best.Score, e.Threshold)
	}
	if e.Best.Sentence.Text == "" {
		t.Error("no closest passage")
	}
}

// TestExplainTells: what an explanation says of two questions, one
// answered and one the articles don't answer.
func TestExplainTells(t *testing.T) {
	sents := annotatedStory(t)
	a := &Answerer{}
	explain := func(text string) briefbot.Explanation {
		q := briefbot.Question{Text: text}
		return a.Explain(q, search(sents, a.Query(q)))
	}
	words := func(e briefbot.Explanation) string {
		var w []string
		for _, m := range e.Matched {
			w = append(w, e.Best.Sentence.Text[m.Start:m.End])
		}
		return strings.Join(w, "|")
	}

	e := explain("Who leads the Russian delegation?")
	if e.Type != "who" || e.Expects != "person" || e.Answer != "Vladimir Medinsky" || e.RunnerUp == nil {
		t.Errorf("Medinsky: %+v", e)
	}
	// "led" and "headed" are leading; "Russian" is asked about.
	if w := words(e); !strings.Contains(w, "Russian team led") || !strings.Contains(w, "headed") {
		t.Errorf("matched %q", w)
	}

	e = explain("Who leads the Chinese delegation?")
	if e.Answered() || e.Best.Text == "" || len(e.Lowered) == 0 {
		t.Fatalf("Chinese: %+v", e)
	}
	if !strings.Contains(e.Lowered[0].Reason, "lacks") {
		t.Errorf("the first thing that lowered it: %+v", e.Lowered)
	}

	e = explain("How many senior officials does the Russian delegation include?")
	if e.Type != "how many" || e.Expects != "count" || e.Answer != "three" || e.RunnerUp == nil || e.RunnerUp.Text != "four" {
		t.Errorf("how many: %+v", e)
	}

	// Typed in small letters, it is read with the names recased, and
	// says so; as typed with its capitals, it is read as typed.
	e = explain("who leads the russian delegation")
	if e.ReadAs != "who leads the Russian delegation" || e.Answer != "Vladimir Medinsky" || e.Expects != "person" {
		t.Errorf("lower case: read as %q, answer %q, expects %q", e.ReadAs, e.Answer, e.Expects)
	}
	if e = explain("Who leads the Russian delegation?"); e.ReadAs != "" || e.AsRead() != "Who leads the Russian delegation?" {
		t.Errorf("cased: read as %q", e.ReadAs)
	}
	// Chat spellings and a phrase alone are read written out, and say
	// so: "Why?" tells what the answerer read.
	if e = explain("Who r the talks between?"); e.ReadAs != "Who are the talks between" {
		t.Errorf("chat spelling: read as %q", e.ReadAs)
	}
	if e = explain("Russian delegation leader"); e.ReadAs != "who is the Russian delegation leader" {
		t.Errorf("phrase: read as %q", e.ReadAs)
	}

	// No article mentions France: that, and no weak candidate, is why.
	e = explain("What is the capital of France?")
	if e.Answered() || e.Best.Text != "" || e.RunnerUp != nil || e.Unmentioned != "France" {
		t.Errorf("France: %+v", e)
	}
	if e = explain("Who did Rubio meet at Zorblat Palace?"); e.Answered() || e.Unmentioned != "Zorblat Palace" {
		t.Errorf("Zorblat Palace: %+v", e)
	}
}

// Every evidence-against feature the model weighs down has a reason a
// reader understands, so "Why?" can say what lowered the score.
func TestLoweringsNameTheEvidenceAgainst(t *testing.T) {
	for f := fMissingNames; f <= fVerbMissing; f++ {
		name := featureNames[f]
		if fittedWeights[name] < 0 && lowerings[name] == "" {
			t.Errorf("feature %s lowers scores (weight %.2f) but has no reason in lowerings", name, fittedWeights[name])
		}
	}
}
