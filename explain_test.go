package briefbot_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"briefbot"
)

// byArticle searches two articles: every query finds its article's
// sentence when restricted to one, and both otherwise.
type byArticle struct {
	hits    map[string]briefbot.Hit
	queries []briefbot.Query
}

func (s *byArticle) Search(_ context.Context, q briefbot.Query) (briefbot.Result, error) {
	s.queries = append(s.queries, q)
	var r briefbot.Result
	for _, id := range []string{"a", "b"} {
		if q.ArticleID == "" || q.ArticleID == id {
			r.Hits = append(r.Hits, s.hits[id])
		}
	}
	return r, nil
}

// scoredAnswerer answers with the first hit's first word and the score
// set for its article; an article without a score gives no answer. It
// explains by naming the article it read.
type scoredAnswerer struct{ scores map[string]float64 }

func (a scoredAnswerer) Query(q briefbot.Question) briefbot.Query {
	return briefbot.Query{Terms: []briefbot.Term{{Text: q.Text}}}
}

func (a scoredAnswerer) Answer(_ briefbot.Question, r briefbot.Result) briefbot.Answer {
	for _, h := range r.Hits {
		if sc, ok := a.scores[h.Sentence.ArticleID]; ok {
			return briefbot.Answer{Text: strings.Fields(h.Sentence.Text)[0], Evidence: []briefbot.Sentence{h.Sentence}, Score: sc}
		}
	}
	if len(r.Hits) == 0 {
		return briefbot.Answer{}
	}
	return briefbot.Answer{Evidence: []briefbot.Sentence{r.Hits[0].Sentence}}
}

func (a scoredAnswerer) Explain(q briefbot.Question, r briefbot.Result) briefbot.Explanation {
	ans := a.Answer(q, r)
	e := briefbot.Explanation{Question: "overwritten by Bot", Type: "who", Expects: "person", Answer: ans.Text}
	if len(ans.Evidence) > 0 {
		e.Best = briefbot.Candidate{Text: ans.Text, Score: ans.Score, Sentence: ans.Evidence[0]}
	}
	return e
}

// TestPreferArticle: an answer from another article gives way to one from
// the preferred article that scores nearly as well, or that answers where
// the other does not; a clearly better one stays. Explain explains the
// answer Ask gives.
func TestPreferArticle(t *testing.T) {
	hits := map[string]briefbot.Hit{
		"a": {Sentence: briefbot.Sentence{ArticleID: "a", Number: 1, Text: "Alpha leads."}, Score: 2},
		"b": {Sentence: briefbot.Sentence{ArticleID: "b", Number: 1, Text: "Beta leads."}, Score: 1},
	}
	tests := []struct {
		name     string
		scores   map[string]float64
		prefer   string
		want     string
		searches int
	}{
		{"no preference", map[string]float64{"a": 0.9, "b": 0.85}, "", "Alpha", 1},
		{"preferred article already answers", map[string]float64{"a": 0.9}, "a", "Alpha", 1},
		{"near tie goes to the preferred article", map[string]float64{"a": 0.9, "b": 0.85}, "b", "Beta", 2},
		{"a clearly better answer stays", map[string]float64{"a": 0.9, "b": 0.5}, "b", "Alpha", 2},
		{"the preferred article has no answer", map[string]float64{"a": 0.9}, "b", "Alpha", 2},
		{"only the preferred article answers", map[string]float64{"b": 0.4}, "b", "Beta", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &byArticle{hits: hits}
			// Article b's sentence ranks second: "only the preferred
			// article answers" finds it in the corpus-wide search.
			bot := &briefbot.Bot{Searcher: s, Answerer: scoredAnswerer{scores: tt.scores}}
			q := briefbot.Question{Text: "Who leads?", PreferArticle: tt.prefer}
			ans, err := bot.Ask(context.Background(), q)
			if err != nil {
				t.Fatal(err)
			}
			if ans.Text != tt.want || len(s.queries) != tt.searches {
				t.Errorf("answer %q after %d searches, want %q after %d", ans.Text, len(s.queries), tt.want, tt.searches)
			}
			e, err := bot.Explain(context.Background(), q)
			if err != nil {
				t.Fatal(err)
			}
			if e.Answer != ans.Text || e.Question != "Who leads?" {
				t.Errorf("explained %q for %q, answer %q", e.Answer, e.Question, ans.Text)
			}
		})
	}
	// A question restricted to one article is not searched again.
	s := &byArticle{hits: hits}
	bot := &briefbot.Bot{Searcher: s, Answerer: scoredAnswerer{scores: map[string]float64{"a": 0.9, "b": 0.9}}}
	if ans, _ := bot.Ask(context.Background(), briefbot.Question{Text: "Who?", ArticleID: "a", PreferArticle: "b"}); ans.Text != "Alpha" || len(s.queries) != 1 {
		t.Errorf("restricted question: %q after %d searches", ans.Text, len(s.queries))
	}
}

// TestExplainNeedsAnExplainer: an answerer that cannot explain gives an
// error, and a question Ask would refuse is refused the same way.
func TestExplainNeedsAnExplainer(t *testing.T) {
	bot := &briefbot.Bot{Searcher: &fakeSearcher{}, Answerer: &firstWordAnswerer{}}
	if _, err := bot.Explain(context.Background(), briefbot.Question{Text: "Who?"}); err == nil {
		t.Error("no error from an answerer without Explain")
	}
	bot.Answerer = scoredAnswerer{}
	if _, err := bot.Explain(context.Background(), briefbot.Question{Text: " "}); !errors.Is(err, briefbot.ErrEmptyQuestion) {
		t.Errorf("empty question: %v", err)
	}
}

func TestExplanationJSON(t *testing.T) {
	s := briefbot.Sentence{ArticleID: "a.txt", ArticleTitle: "A", Paragraph: 2, Number: 3, Text: "Medinsky leads the Russian team."}
	e := briefbot.Explanation{
		Question: "Who leads the Russian delegation?", Type: "who", Expects: "person", Answer: "Medinsky",
		Best:      briefbot.Candidate{Text: "Medinsky", Score: 0.8912, Sentence: s, Span: briefbot.Span{Start: 0, End: 8}},
		Matched:   []briefbot.Span{{Start: 9, End: 14}, {Start: 19, End: 26}, {Start: 40, End: 50}},
		Threshold: 0.3,
		Lowered:   []briefbot.Factor{{Reason: "the sentence lacks some of the question's words", Effect: -0.41234}},
	}
	b, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"answered":true`, `"matched":["leads","Russian"]`, `"score":0.891`, `"effect":-0.412`,
		`"article_title":"A"`, `"paragraph":2`, `"sentence_number":3`, `"expects":"person"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("JSON lacks %s:\n%s", want, b)
		}
	}
	if strings.Contains(string(b), "runner_up") || strings.Contains(string(b), "unmentioned") || strings.Contains(string(b), "read_as") {
		t.Errorf("runner_up, unmentioned or read_as without one:\n%s", b)
	}
	if e.AsRead() != e.Question {
		t.Errorf("AsRead = %q without ReadAs", e.AsRead())
	}
	recased := briefbot.Explanation{Question: "who leads the russian delegation", ReadAs: "who leads the Russian delegation"}
	if b, _ := json.Marshal(recased); !strings.Contains(string(b), `"read_as":"who leads the Russian delegation"`) || recased.AsRead() != recased.ReadAs {
		t.Errorf("read as: %q, JSON:\n%s", recased.AsRead(), b)
	}
	none := briefbot.Explanation{Type: "who", Expects: "person", Unmentioned: "Zorblat Palace"}
	if b, _ := json.Marshal(none); !strings.Contains(string(b), `"unmentioned":"Zorblat Palace"`) {
		t.Errorf("JSON lacks the unmentioned name:\n%s", b)
	}
	if got := none.NoCandidate(); got != "None of the articles found mentions “Zorblat Palace”" {
		t.Errorf("NoCandidate = %q", got)
	}
	if got := e.Asked(); got != "a who-question, looking for a person" {
		t.Errorf("Asked = %q", got)
	}
	if got := (briefbot.Explanation{Type: "what", Expects: "other"}).Asked(); got != "a what-question, looking for a phrase" {
		t.Errorf("Asked = %q", got)
	}
}

func TestUnderstoodAsJSON(t *testing.T) {
	a := briefbot.Answer{Text: "presidential aide", UnderstoodAs: "What is Vladimir Medinsky's job?",
		Alternatives: []briefbot.Answer{{Text: "aide", UnderstoodAs: "never shown"}}}
	b, _ := json.Marshal(a)
	if !strings.Contains(string(b), `"understood_as":"What is Vladimir Medinsky's job?"`) || strings.Contains(string(b), "never shown") {
		t.Errorf("JSON: %s", b)
	}
	b, _ = json.Marshal(briefbot.Answer{Text: "x"})
	if strings.Contains(string(b), "understood_as") {
		t.Errorf("understood_as on a question asked as it stands: %s", b)
	}
}

func TestWhyMessage(t *testing.T) {
	if m := briefbot.WhyMessage(briefbot.ErrUnknownAnswer); !strings.Contains(m, "too old to explain") {
		t.Errorf("unknown answer: %q", m)
	}
	if m := briefbot.WhyMessage(errors.New("/var/lib/secret: boom")); strings.Contains(m, "secret") {
		t.Errorf("details leak: %q", m)
	}
}

// A score under the threshold never reads as equal to it: "0.289 under
// 0.290", not "0.29 under 0.29"; two decimals otherwise.
func TestExplanationScores(t *testing.T) {
	for _, tt := range []struct {
		score, threshold float64
		want             [2]string
	}{
		{0.2893, 0.29, [2]string{"0.289", "0.290"}},
		{0.28999, 0.29, [2]string{"0.2900", "0.2900"}}, // four decimals at most
		{0.12, 0.29, [2]string{"0.12", "0.29"}},
		{0.2905, 0.29, [2]string{"0.29", "0.29"}}, // an answer: "0.29, needs 0.29" reads true
	} {
		e := briefbot.Explanation{Best: briefbot.Candidate{Score: tt.score}, Threshold: tt.threshold}
		if s, th := e.Scores(); s != tt.want[0] || th != tt.want[1] {
			t.Errorf("Scores(%v, %v) = %q, %q; want %q, %q", tt.score, tt.threshold, s, th, tt.want[0], tt.want[1])
		}
	}
}

// A runner-up scoring above the answer says why it is not the answer;
// one scoring the same or less, or none, says nothing.
func TestRunnerUpNote(t *testing.T) {
	e := briefbot.Explanation{Best: briefbot.Candidate{Text: "John Taylor", Score: 0.36},
		RunnerUp: &briefbot.Candidate{Text: "Geoff Hoon", Score: 0.44}}
	if n := e.RunnerUpNote(); !strings.Contains(n, "ranked lower") {
		t.Errorf("runner-up above the answer: %q", n)
	}
	e.RunnerUp.Score = 0.36
	if n := e.RunnerUpNote(); n != "" {
		t.Errorf("runner-up level with the answer: %q", n)
	}
	e.RunnerUp = nil
	if n := e.RunnerUpNote(); n != "" {
		t.Errorf("no runner-up: %q", n)
	}
}
