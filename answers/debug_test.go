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
	res := search(sents, a.Query(q))
	hits := res.Hits
	ans := a.Answer(q, res)
	fmt.Printf("answer %q %.3f\n", ans.Text, ans.Score)
	for _, alt := range ans.Alternatives {
		fmt.Printf("  alt %q %.3f\n", alt.Text, alt.Score)
	}
	if os.Getenv("BRIEFBOT_DEBUG_ALL") != "" {
		ss := readHits(hits)
		r, _ := rankSentences(&qa, ss, contextOf(ss))
		for _, ev := range r {
			fmt.Printf("%.2f #%d denied=%v %.100s\n", ev.score, ev.s.src.Number, ev.denied, ev.s.src.Text)
			for _, c := range candidates(&qa, ev.s, contextOf(ss), ev.matches) {
				fmt.Printf("      %s %.2f %q over=%v\n", c.rule, c.fit, c.text(), overlapsQuestion(&qa, c))
			}
		}
		for _, s := range sents {
			fmt.Printf("%d %s\n", s.Number, s.Annotation)
		}
	}
}

// TestDebugQuestions prints the analysis of every question of a SQuAD
// file; run with BRIEFBOT_QUESTIONS=path.
func TestDebugQuestions(t *testing.T) {
	path := os.Getenv("BRIEFBOT_QUESTIONS")
	if path == "" {
		t.Skip("set BRIEFBOT_QUESTIONS to a SQuAD file")
	}
	_, qs := loadSquad(t, path)
	for _, q := range qs {
		qa := analyzeQuestion(q.text)
		var tags []byte
		for _, tk := range qa.toks {
			tags = append(tags, tk.tag)
		}
		var terms []string
		for _, tm := range qa.terms {
			terms = append(terms, fmt.Sprintf("%s/%.1f", tm.stem, tm.weight))
		}
		fmt.Printf("%-9s %-9s f%d v=%-8s def=%-5v %s | %s | %v\n", qa.wh, qa.want, qa.form, qa.verb, qa.definition, q.text, tags, terms)
	}
}
