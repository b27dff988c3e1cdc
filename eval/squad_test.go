package eval

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The expected values below were computed by hand and checked against the
// official SQuAD v2.0 script's normalize_answer and compute_f1.
func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The U.S. and European proposal!", "us and european proposal"},
		{"  A  full, 30-day   ceasefire ", "full 30day ceasefire"},
		{"the’s thé an-apple", "’s thé anapple"},
		{"Putin’s not going", "putin’s not going"},
		{"$135 a year", "135 year"},
		{"Théâtre", "théâtre"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestF1(t *testing.T) {
	tests := []struct {
		pred, gold string
		want       float64
	}{
		{"Vladimir Medinsky", "presidential aide Vladimir Medinsky", 2.0 / 3},
		{"U.S. and European proposal for a full, 30-day ceasefire", "a full, 30-day ceasefire", 6.0 / 11},
		{"cat the cat", "the the cat", 2.0 / 3}, // repeated words count once per occurrence
		{"", "", 1},
		{"", "x", 0},
		{"x", "", 0},
		{"Thursday", "Friday", 0},
		{"the Thursday.", "thursday", 1},
	}
	for _, tt := range tests {
		if got := F1(tt.pred, tt.gold); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("F1(%q, %q) = %v, want %v", tt.pred, tt.gold, got, tt.want)
		}
	}
}

func TestBestTakesMaximumOverGolds(t *testing.T) {
	em, f1 := Best("Medinsky", []string{"Vladimir Medinsky", "presidential aide Vladimir Medinsky", "Medinsky"})
	if em != 1 || f1 != 1 {
		t.Errorf("Best = %v, %v; want 1, 1", em, f1)
	}
	em, f1 = Best("", nil)
	if em != 1 || f1 != 1 {
		t.Errorf("abstaining on an unanswerable question = %v, %v; want 1, 1", em, f1)
	}
	em, f1 = Best("Medinsky", nil)
	if em != 0 || f1 != 0 {
		t.Errorf("answering an unanswerable question = %v, %v; want 0, 0", em, f1)
	}
}

func TestScore(t *testing.T) {
	results := []Result{
		// exact, sentence holds it
		{ID: "1", Question: "Who leads the Russian delegation?", Golds: []string{"Vladimir Medinsky"}, Answer: "Vladimir Medinsky", Sentence: "A team led by presidential aide Vladimir Medinsky."},
		// partial (F1 2/3), sentence holds a gold
		{ID: "2", Question: "Who heads the Ukrainian team?", Golds: []string{"Defense Minister Rustem Umerov"}, Answer: "Minister Rustem Umerov", Sentence: "headed by Defense Minister Rustem Umerov"},
		// abstained on an answerable question
		{ID: "3", Question: "When did Rubio talk?", Golds: []string{"Thursday"}, Answer: ""},
		// unanswerable, abstained
		{ID: "4", Question: "When was Putin born?", Answer: ""},
		// unanswerable, answered
		{ID: "5", Question: "How many people live in Kyiv?", Answer: "three", Sentence: "three other senior officials"},
	}
	s := Score(results)
	// F1 of result 2: pred {minister rustem umerov}, gold {defense minister rustem umerov}: p=1, r=3/4, F1=6/7.
	wantF1 := 100 * (1 + 6.0/7 + 0 + 1 + 0) / 5
	checks := []struct {
		name      string
		got, want float64
	}{
		{"EM", s.EM, 100 * 2.0 / 5},
		{"F1", s.F1, wantF1},
		{"HasAnsEM", s.HasAnsEM, 100 * 1.0 / 3},
		{"HasAnsF1", s.HasAnsF1, 100 * (1 + 6.0/7) / 3},
		{"NoAnsAccuracy", s.NoAnsAccuracy, 50},
		{"SentenceAccuracy", s.SentenceAccuracy, 100 * 2.0 / 3},
	}
	for _, c := range checks {
		if math.Abs(c.got-c.want) > 1e-9 {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	if s.Total != 5 || s.HasAns != 3 || s.NoAns != 2 || s.Abstained != 2 {
		t.Errorf("counts = %+v", s)
	}

	byType := ByType(results)
	var types []string
	for _, ts := range byType {
		types = append(types, ts.Type)
	}
	if got := strings.Join(types, ","); got != "who,when,how many" {
		t.Errorf("types = %s", got)
	}
}

func TestQuestionType(t *testing.T) {
	tests := map[string]string{
		"Who leads the Russian delegation?":     "who",
		"Whose invitation did Putin decline?":   "who",
		"In which city did Trump talk?":         "which",
		"How many officials did Putin appoint?": "how many",
		"As a member, how much would you pay?":  "how much",
		"How big is the club?":                  "how",
		"Name the minister.":                    "other",
		"what did Ukraine accept":               "what",
	}
	for q, want := range tests {
		if got := QuestionType(q); got != want {
			t.Errorf("QuestionType(%q) = %q, want %q", q, got, want)
		}
	}
}

func TestContainsAnswerMatchesWholeWords(t *testing.T) {
	if !ContainsAnswer("Putin appointed four lower-level officials.", []string{"four"}) {
		t.Error("missed a whole-word answer")
	}
	if ContainsAnswer("Putin appointed fourteen officials.", []string{"four"}) {
		t.Error("matched inside a word")
	}
}

func TestLoad(t *testing.T) {
	tests := []struct {
		name, json, wantErr string
	}{
		{"ok", `{"version":"v2.0","data":[{"title":"T","paragraphs":[{"context":"C.","qas":[{"id":"q1","question":"Q?","answers":[],"is_impossible":true}]}]}]}`, ""},
		{"not json", `{"data":`, "read squad"},
		{"no articles", `{"version":"1.1"}`, "no articles"},
		{"missing id", `{"data":[{"title":"T","paragraphs":[{"context":"C","qas":[{"question":"Q?"}]}]}]}`, "no id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Load(strings.NewReader(tt.json))
			if tt.wantErr == "" {
				if err != nil || len(d.Data) != 1 {
					t.Fatalf("Load: %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("err = %v, want it to mention %q", err, tt.wantErr)
			}
		})
	}
}

func TestDuplicateIDs(t *testing.T) {
	d, err := Load(strings.NewReader(`{"data":[{"title":"T","paragraphs":[{"context":"C","qas":[{"id":"a","question":"Q?"},{"id":"a","question":"R?"},{"id":"b","question":"S?"}]}]}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if got := d.DuplicateIDs(); len(got) != 1 || got[0] != "a" {
		t.Errorf("DuplicateIDs = %v, want [a]", got)
	}
}

// TestLoadDevSets reads the shared development sets when they are present.
func TestLoadDevSets(t *testing.T) {
	for name, want := range map[string]int{"story-dev.json": 17, "cbc4kids-dev.json": 511} {
		f, err := os.Open(filepath.Join("..", "..", "shared", "eval", name))
		if err != nil {
			t.Skipf("development sets not present: %v", err)
		}
		d, err := Load(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, a := range d.Data {
			for _, p := range a.Paragraphs {
				n += len(p.QAs)
			}
		}
		if n != want {
			t.Errorf("%s: %d questions, want %d", name, n, want)
		}
	}
}
