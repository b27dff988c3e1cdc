package feedback

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"
	"time"

	"briefbot"
	"briefbot/eval"
)

var talks = briefbot.Article{
	ID: "talks.txt", Title: "Talks",
	Paragraphs: []string{
		"Speaking to reporters in Abu Dhabi, the president said he wanted a meeting.",
		"The Russian team is led by Vladimir Medinsky. It meets the Ukrainians in Istanbul.",
	},
}

// votes is a small file: two people right on one answer; one question
// answered twice, both wrong (one of the votes changed); a right "the
// articles don't say"; and a vote on an article that has since gone.
func votes() []Entry {
	t0 := time.Date(2025, 5, 16, 9, 0, 0, 0, time.UTC)
	cite := func(p, n int, id string) *briefbot.Citation {
		return &briefbot.Citation{ArticleID: id, Title: "Talks", Paragraph: p, Sentence: n}
	}
	e := func(min int, id, user, q, ans string, score float64, c *briefbot.Citation, sentence, vote string) Entry {
		return Entry{Time: t0.Add(time.Duration(min) * time.Minute), AnswerID: id, Adapter: "slack", Channel: "C1",
			User: user, Question: q, Answer: ans, Answered: ans != "", Citation: c, Sentence: sentence, Score: score, Vote: vote}
	}
	return []Entry{
		e(0, "a1", "u1", "Who leads the Russian team?", "Vladimir Medinsky", 0.85, cite(2, 2, "talks.txt"), "The Russian team is led by Vladimir Medinsky.", Up),
		e(1, "a1", "u2", "Who leads the Russian team?", "Vladimir Medinsky", 0.85, cite(2, 2, "talks.txt"), "The Russian team is led by Vladimir Medinsky.", Up),
		e(2, "a2", "u1", "Where did the president speak?", "Istanbul", 0.55, cite(2, 3, "talks.txt"), "It meets the Ukrainians in Istanbul.", Down),
		e(3, "a3", "u3", "What is the capital of France?", "", 0.1, cite(1, 1, "talks.txt"), "Speaking to reporters in Abu Dhabi, the president said he wanted a meeting.", Up),
		e(4, "a4", "u2", "where did the President speak", "the Ukrainians", 0.35, cite(2, 3, "talks.txt"), "It meets the Ukrainians in Istanbul.", Up),
		e(5, "a4", "u2", "where did the President speak", "the Ukrainians", 0.35, cite(2, 3, "talks.txt"), "It meets the Ukrainians in Istanbul.", Down),
		e(6, "a5", "u3", "Who chairs the summit?", "Mr Erdogan", 0.95, cite(4, 9, "gone.txt"), "Mr Erdogan chairs the summit.", Up),
	}
}

func TestSummarize(t *testing.T) {
	s := Summarize(votes(), 10)
	if s.Votes != 6 || s.Right != 4 || s.Superseded != 1 || s.Answers != 5 || s.Users != 3 {
		t.Errorf("totals: %+v", s)
	}
	byType := map[string]Row{}
	for _, r := range s.ByType {
		byType[r.Label] = r
	}
	if r := byType["who"]; r.Votes != 3 || r.Right != 3 {
		t.Errorf("who: %+v", r)
	}
	if r := byType["where"]; r.Votes != 2 || r.Right != 0 {
		t.Errorf("where: %+v", r)
	}
	if s.ByType[0].Label != "who" || s.ByType[1].Label != "what" || s.ByType[2].Label != "where" {
		t.Errorf("type order: %+v", s.ByType)
	}
	if len(s.ByScore) != 10 {
		t.Fatalf("%d score buckets", len(s.ByScore))
	}
	for i, want := range map[int][2]int{3: {1, 0}, 5: {1, 0}, 8: {2, 2}, 9: {1, 1}, 0: {0, 0}} {
		if r := s.ByScore[i]; r.Votes != want[0] || r.Right != want[1] {
			t.Errorf("bucket %s: %+v, want %v", r.Label, r, want)
		}
	}
	if r := s.ByScore[8]; math.Abs(r.MeanScore-0.85) > 1e-9 || r.Label != "0.8–0.9" {
		t.Errorf("bucket 0.8: %+v", r)
	}
	if s.NoAnswer.Votes != 1 || s.NoAnswer.Right != 1 {
		t.Errorf("no answer: %+v", s.NoAnswer)
	}
	if len(s.MostDown) != 1 || s.MostDown[0].Down != 2 || s.MostDown[0].Text != "where did the President speak" || s.MostDown[0].LastAnswer != "the Ukrainians" {
		t.Errorf("most down-voted: %+v", s.MostDown)
	}

	var out bytes.Buffer
	if err := s.WriteText(&out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"6 votes (4 right, 2 wrong: 66.7% right) on 5 answers from 3 people", "1 changed votes counted once",
		"share right by question type", "calibration", "0.8–0.9", "most down-voted questions", "where did the President speak"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, out.String())
		}
	}
	if err := Summarize(nil, 10).WriteText(&out); err != nil {
		t.Error(err)
	}
}

func TestExport(t *testing.T) {
	ds, st := Export(votes(), []briefbot.Article{talks})
	if st.Questions != 4 || st.Gold != 2 || st.Impossible != 1 || st.ToLabel != 1 || st.Missing != 1 || st.NoPassage != 0 || st.Articles != 2 {
		t.Errorf("stats %+v", st)
	}
	b, err := json.Marshal(ds)
	if err != nil {
		t.Fatal(err)
	}
	loaded, err := eval.Load(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("eval.Load: %v\n%s", err, b)
	}
	qas := map[string]eval.QA{}
	ctx := map[string]string{}
	for _, a := range loaded.Data {
		for _, p := range a.Paragraphs {
			for _, q := range p.QAs {
				qas[q.Question] = q
				ctx[q.Question] = p.Context
			}
		}
	}
	if q := qas["Who leads the Russian team?"]; len(q.Answers) != 1 || q.Answers[0].Text != "Vladimir Medinsky" ||
		q.Answers[0].AnswerStart != strings.Index(talks.Paragraphs[1], "Vladimir") || q.NeedsLabel || q.IsImpossible {
		t.Errorf("gold: %+v", q)
	}
	if q := qas["where did the President speak"]; !q.NeedsLabel || len(q.Answers) != 0 || q.IsImpossible || ctx[q.Question] != talks.Paragraphs[1] {
		t.Errorf("to label: %+v in %q", q, ctx[q.Question])
	}
	if q := qas["What is the capital of France?"]; !q.IsImpossible || q.NeedsLabel || q.Golds() != nil {
		t.Errorf("impossible: %+v", q)
	}
	if q := qas["Who chairs the summit?"]; ctx[q.Question] != "Mr Erdogan chairs the summit." || q.Answers[0].AnswerStart != 0 {
		t.Errorf("an article gone: %+v in %q", q, ctx[q.Question])
	}
	if !strings.Contains(string(b), `"briefbot_votes":[{"answer":"Istanbul","up":0,"down":1`) {
		t.Errorf("the votes for the labeller are missing:\n%s", b)
	}
	// The same votes export the same file.
	again, _ := Export(votes(), []briefbot.Article{talks})
	b2, _ := json.Marshal(again)
	if !bytes.Equal(b, b2) {
		t.Error("export is not deterministic")
	}
}
