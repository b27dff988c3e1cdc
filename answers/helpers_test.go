package answers

import (
	"testing"

	"briefbot"
)

// pickAny is a threshold under every confidence: the answerer gives the
// answer it picks, however unsure.
const pickAny = 1e-9

// wantAnswers asks each question of sents, whatever the answer's
// confidence, and reports every answer that is not the one wanted.
func wantAnswers(t *testing.T, sents []briefbot.Sentence, want map[string]string) {
	t.Helper()
	wantAnswersOf(t, &Answerer{Threshold: 0.01}, sents, want)
}

// termMatches matches each of q's terms in s on its own; the passes that
// refine the matches (wholeNames, narrowed) are left to the test.
func termMatches(q *question, s *sentence) [][]hit {
	matches := make([][]hit, len(q.terms))
	for k, term := range q.terms {
		matches[k] = matchTerm(term, s)
	}
	return matches
}

// wantConfidentAnswers is wantAnswers at the shipped threshold: the
// answer must be confident too.
func wantConfidentAnswers(t *testing.T, sents []briefbot.Sentence, want map[string]string) {
	t.Helper()
	wantAnswersOf(t, &Answerer{}, sents, want)
}

// wantAnswersOf asks each question of sents with a and reports every
// answer that is not the one wanted.
func wantAnswersOf(t *testing.T, a *Answerer, sents []briefbot.Sentence, want map[string]string) {
	t.Helper()
	for question, w := range want {
		if got := ask(a, sents, question); got.Text != w {
			t.Errorf("%q = %q (%.2f), want %q", question, got.Text, got.Score, w)
		}
	}
}

// wantConfidentAnswersAlone is wantConfidentAnswers for questions each
// asked of an article of its own: want maps a question to that article's
// one sentence and the answer wanted.
func wantConfidentAnswersAlone(t *testing.T, want map[string][2]string) {
	t.Helper()
	for question, w := range want {
		sents := article("x", w[0])
		Annotate(sents)
		wantConfidentAnswers(t, sents, map[string]string{question: w[1]})
	}
}

// wantBestCandidates asks each question of sents and reports every one
// whose best candidate, confident or not, is not the one wanted.
func wantBestCandidates(t *testing.T, sents []briefbot.Sentence, want map[string]string) {
	t.Helper()
	var a Answerer
	for question, w := range want {
		best := ""
		if cs := candidatesOf(&a, sents, question); len(cs) > 0 {
			best = cs[0].Text
		}
		if best != w {
			t.Errorf("%q: best candidate %q, want %q", question, best, w)
		}
	}
}

// ruleTexts is the text of each candidate a rule found, in order.
func ruleTexts(cs []candidate, rule string) []string {
	var out []string
	for _, c := range cs {
		if c.rule == rule {
			out = append(out, c.text())
		}
	}
	return out
}

// spanText is the text of toks[i:j] as written in text, which they were
// cut from.
func spanText(text string, toks []token, i, j int) string {
	return text[toks[i].start:toks[j-1].end]
}

// spanTexts is the text of each candidate, in order.
func spanTexts(cs []candidate) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.text())
	}
	return out
}

// inArticle is a question's answer and the article of sentences it is
// asked of.
type inArticle struct {
	answer string
	sents  []string
}

// wantAnswersInArticles asks each question of its own article and wants
// its answer, confidently.
func wantAnswersInArticles(t *testing.T, cases map[string]inArticle) {
	t.Helper()
	for question, c := range cases {
		sents := article("x", c.sents...)
		Annotate(sents)
		wantConfidentAnswers(t, sents, map[string]string{question: c.answer})
	}
}
