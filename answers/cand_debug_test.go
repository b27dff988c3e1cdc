package answers

import (
	"fmt"
	"os"
	"testing"

	"briefbot"
)

// TestDebugCandidates prints the best candidates of a question on the
// bundled story, with the features that differ from zero; run with
// BRIEFBOT_DEBUG_CANDIDATES="question".
func TestDebugCandidates(t *testing.T) {
	text := os.Getenv("BRIEFBOT_DEBUG_CANDIDATES")
	if text == "" {
		t.Skip("set BRIEFBOT_DEBUG_CANDIDATES to a question")
	}
	sents := annotatedStory(t)
	var a Answerer
	q := briefbot.Question{Text: text}
	for n, c := range a.Candidates(q, search(sents, a.Query(q))) {
		if n >= 5 {
			break
		}
		fmt.Printf("%q p=%.3f conf=%.3f %s #%d\n  ", c.Text, c.P, c.Score, c.Rule, c.Sentence.Number)
		for k, f := range c.Features {
			if f != 0 {
				fmt.Printf(" %s=%.2f", featureNames[k], f)
			}
		}
		fmt.Println()
	}
}
