package answers

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// storyQuestions are asked of the bundled story for the golden file: the
// question types the answerer handles, and questions it must not answer.
var storyQuestions = []string{
	"Who leads the Russian delegation?",
	"Who heads the Ukrainian team?",
	"Who leads the Chinese delegation?",
	"Who leads the Turkish delegation?",
	"When did Zelenskyy meet Putin?",
	"Who is Vladimir Medinsky?",
	"Who is Marco Rubio?",
	"What is Marco Rubio's title?",
	"Who was in the U.S. delegation?",
	"Whose invitation did Putin decline?",
	"Who accused Moscow of lacking commitment?",
	"What did Ukraine accept?",
	"What did Trump guarantee?",
	"What did Rubio say?",
	"What is Ukraine determined to pursue?",
	"What did Zelenskyy call the Russian team?",
	"How did Zelenskyy describe the Russian team?",
	"When did Rubio talk to reporters in Antalya?",
	"When did Trump talk to reporters?",
	"When does Trump want to meet Putin?",
	"Where is the Kremlin's delegation meeting the Ukrainians?",
	"In which city did Trump talk to reporters during his tour?",
	"Where did Rubio talk to reporters?",
	"Where were the peace talks held?",
	"Where are the talks taking place?",
	"Where is Trump?",
	"Why did Putin not go to Istanbul?",
	"How did Putin reject the ceasefire?",
	"How many lower-level officials did Putin appoint as experts?",
	"How many senior officials does the Russian delegation include?",
	"How long was Trump's tour?",
	"How long has the war lasted?",
	"What is the capital of France?",
	"When was Putin born?",
	"What is the population of Kyiv?",
}

type goldenAnswer struct {
	Question     string   `json:"question"`
	Answer       string   `json:"answer"`
	Score        float64  `json:"score"`
	Evidence     []string `json:"evidence,omitempty"`
	Alternatives []string `json:"alternatives,omitempty"`
}

// TestGolden records the answers to storyQuestions in
// testdata/story.golden.json; run with -update after a deliberate change
// and review the diff.
func TestGolden(t *testing.T) {
	sents := annotatedStory(t)
	var a Answerer
	var got []goldenAnswer
	for _, q := range storyQuestions {
		ans := ask(&a, sents, q)
		g := goldenAnswer{Question: q, Answer: ans.Text, Score: round2(ans.Score)}
		for _, s := range ans.Evidence {
			g.Evidence = append(g.Evidence, fmt.Sprintf("p%d s%d: %s", s.Paragraph, s.Number, s.Text))
		}
		for _, alt := range ans.Alternatives {
			g.Alternatives = append(g.Alternatives, fmt.Sprintf("%s (%.2f)", alt.Text, alt.Score))
		}
		got = append(got, g)
	}
	b, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	b = append(b, '\n')
	path := filepath.Join("testdata", "story.golden.json")
	if *update {
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(b, want) {
		var old []goldenAnswer
		_ = json.Unmarshal(want, &old)
		for i := range got {
			if i >= len(old) || fmt.Sprint(old[i]) != fmt.Sprint(got[i]) {
				var o goldenAnswer
				if i < len(old) {
					o = old[i]
				}
				t.Errorf("%q:\n got  %q (%.2f) %q\n want %q (%.2f) %q", got[i].Question, got[i].Answer, got[i].Score, got[i].Evidence, o.Answer, o.Score, o.Evidence)
			}
		}
		t.Errorf("answers differ from %s; if the change is intended, run go test -update and review the diff", path)
	}
}

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }
