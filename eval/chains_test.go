package eval

import (
	"strings"
	"testing"
)

func TestScoreChains(t *testing.T) {
	medinsky := Result{ID: "1", Question: "Who leads the Russian delegation?", Golds: []string{"Vladimir Medinsky"}, Answer: "Vladimir Medinsky"}
	job := func(answer, understood string) FollowUp {
		return FollowUp{
			Result:     Result{ID: "2", Question: "What is his job?", Golds: []string{"presidential aide"}, Answer: answer},
			Understood: understood, Antecedent: "Medinsky",
			Full: Result{ID: "2", Question: "What is Vladimir Medinsky's job?", Golds: []string{"presidential aide"}, Answer: "presidential aide"},
		}
	}
	chains := []Chain{
		{First: medinsky, FollowUps: []FollowUp{job("presidential aide", "What is Vladimir Medinsky's job?")}},
		// The right answer from the wrong antecedent is wrong.
		{First: medinsky, FollowUps: []FollowUp{job("presidential aide", "What is Rustem Umerov's job?")}},
		// Not rewritten: the question as asked lacks the antecedent.
		{First: medinsky, FollowUps: []FollowUp{job("", "")}},
		// The full question is wrong too: counted, but not where it is right.
		{First: medinsky, FollowUps: []FollowUp{func() FollowUp {
			f := job("aide", "What is Vladimir Medinsky's job?")
			f.Full.Answer = "aide"
			return f
		}()}},
	}
	s := ScoreChains(chains)
	want := ChainScores{Chains: 4, FollowUps: 4, Rewritten: 3, Right: 1, RightAnswer: 2, RightAntecedent: 2,
		FullRight: 3, RightWhereFullRight: 1, ChainsRight: 1}
	if s != want {
		t.Errorf("ScoreChains = %+v\nwant %+v", s, want)
	}
	if got := Share(s.RightWhereFullRight, s.FullRight); got < 33.3 || got > 33.4 {
		t.Errorf("share %v", got)
	}
	if Share(1, 0) != 0 {
		t.Error("share of nothing")
	}
	// An unanswerable follow-up is right when it abstains.
	if !Right(Result{Golds: nil, Answer: ""}) || Right(Result{Golds: nil, Answer: "x"}) {
		t.Error("unanswerable")
	}
}

func TestLoadChecksChains(t *testing.T) {
	const ok = `{"data":[{"title":"T","paragraphs":[{"context":"c","qas":[
		{"id":"a","question":"Who?","answers":[]},
		{"id":"b","question":"Why?","answers":[],"previous":"a","full_question":"Why?","antecedent":"x"}]}]}]}`
	d, err := Load(strings.NewReader(ok))
	if err != nil {
		t.Fatal(err)
	}
	if q := d.Data[0].Paragraphs[0].QAs[1]; q.Previous != "a" || q.FullQuestion != "Why?" || q.Antecedent != "x" {
		t.Errorf("read %+v", q)
	}
	for name, bad := range map[string]string{
		"later":   `{"data":[{"title":"T","paragraphs":[{"context":"c","qas":[{"id":"b","question":"Why?","previous":"a"},{"id":"a","question":"Who?"}]}]}]}`,
		"unknown": `{"data":[{"title":"T","paragraphs":[{"context":"c","qas":[{"id":"b","question":"Why?","previous":"zz"}]}]}]}`,
		"another article": `{"data":[{"title":"T","paragraphs":[{"context":"c","qas":[{"id":"a","question":"Who?"}]}]},
			{"title":"U","paragraphs":[{"context":"c","qas":[{"id":"b","question":"Why?","previous":"a"}]}]}]}`,
	} {
		if _, err := Load(strings.NewReader(bad)); err == nil || !strings.Contains(err.Error(), "follows") {
			t.Errorf("%s: err = %v", name, err)
		}
	}
}
