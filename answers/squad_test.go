package answers

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"briefbot"
	"briefbot/eval"
)

// The development sets live outside the repository (their text belongs
// to their publishers); these tests read them in place when present. They
// score with briefbot/eval, as `bot eval` does, but retrieve with the
// stand-in search of harness_test.go, so their figures are close to, not
// equal to, those of `bot eval`.

type devQuestion struct {
	text    string
	article int
	golds   []string // nil for an unanswerable question
}

// loadSquad reads a SQuAD file into annotated sentences (one article per
// SQuAD article, one paragraph per context) and its questions.
func loadSquad(tb testing.TB, path string) ([]briefbot.Sentence, []devQuestion) {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Skipf("development set not found: %v", err)
	}
	defer f.Close()
	ds, err := eval.Load(f)
	if err != nil {
		tb.Fatal(err)
	}
	var sents []briefbot.Sentence
	var qs []devQuestion
	for ai, a := range ds.Data {
		var text strings.Builder
		text.WriteString(a.Title + "\n")
		for _, p := range a.Paragraphs {
			text.WriteString(strings.ReplaceAll(p.Context, "\n", " ") + "\n")
			for _, qa := range p.QAs {
				qs = append(qs, devQuestion{text: qa.Question, article: ai, golds: qa.Golds()})
			}
		}
		sents = append(sents, splitStory(articleID(ai), text.String())...)
	}
	Annotate(sents)
	return sents, qs
}

func articleID(n int) string { return fmt.Sprintf("a%03d", n) }

// devResult is how one question fared.
type devResult struct {
	em, f1    float64
	answered  bool
	sentence  bool // answered, and the cited sentence holds a gold answer
	retrieved bool // a retrieved sentence holds a gold answer
	top       bool // the best-ranked sentence holds a gold answer
}

// askDev asks one development question through Query, the stand-in search
// and Answer, and scores it.
func askDev(a *Answerer, sents []briefbot.Sentence, q devQuestion) (devResult, briefbot.Answer, []briefbot.Hit) {
	question := briefbot.Question{Text: q.text, ArticleID: articleID(q.article)}
	res := search(sents, a.Query(question))
	hits := res.Hits
	ans := a.Answer(question, res)
	var r devResult
	r.em, r.f1 = eval.Best(ans.Text, q.golds)
	r.answered = ans.Answered()
	r.sentence = r.answered && eval.ContainsAnswer(ans.Evidence[0].Text, q.golds)
	for _, h := range hits {
		if eval.ContainsAnswer(h.Sentence.Text, q.golds) {
			r.retrieved = true
		}
	}
	if ss := readHits(hits); len(ss) > 0 {
		qa := analyzeQuestion(q.text)
		if len(qa.terms) > 0 {
			ranked, _ := rankSentences(&qa, ss, contextOf(ss))
			r.top = eval.ContainsAnswer(ranked[0].s.src.Text, q.golds)
		}
	}
	return r, ans, hits
}

// TestDevDiagnostics runs a development set and prints scores by half
// (even and odd articles: rules are written from the failures of even
// ones, the odd ones check them) and by question type, and the failures
// of even articles; run with BRIEFBOT_DEV=../../shared/eval/cbc4kids-dev.json
// (and BRIEFBOT_DEV_SHOW= a question type, or "all").
func TestDevDiagnostics(t *testing.T) {
	path := os.Getenv("BRIEFBOT_DEV")
	if path == "" {
		t.Skip("set BRIEFBOT_DEV to a SQuAD file")
	}
	sents, qs := loadSquad(t, path)
	var a Answerer
	if th := os.Getenv("BRIEFBOT_DEV_THRESHOLD"); th != "" {
		fmt.Sscan(th, &a.Threshold)
	}
	type tally struct{ n, em, f1, sent, retrieved, abst, top float64 }
	tallies := map[string]*tally{}
	show := os.Getenv("BRIEFBOT_DEV_SHOW")
	for _, q := range qs {
		r, ans, _ := askDev(&a, sents, q)
		qa := analyzeQuestion(q.text)
		half := []string{"even", "odd"}[q.article%2]
		for _, k := range []string{"all", half, "type " + eval.QuestionType(q.text)} {
			x := tallies[k]
			if x == nil {
				x = &tally{}
				tallies[k] = x
			}
			x.n++
			x.em += r.em
			x.f1 += r.f1
			x.sent += b2f(r.sentence)
			x.retrieved += b2f(r.retrieved)
			x.abst += b2f(!r.answered)
			x.top += b2f(r.top)
		}
		if q.article%2 == 0 && r.f1 < 0.5 && (show == "all" || show == qa.want.String() || show == qa.wh) {
			ev := ""
			if len(ans.Evidence) > 0 {
				ev = ans.Evidence[0].Text
			}
			fmt.Printf("-- %s/%s | %s | GOLD %q | ANS %q %.2f sent=%v\n     %.200s\n", qa.wh, qa.want, q.text, q.golds, ans.Text, ans.Score, r.sentence, ev)
		}
	}
	keys := make([]string, 0, len(tallies))
	for k := range tallies {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		x := tallies[k]
		fmt.Printf("%-16s n=%3.0f EM=%5.1f F1=%5.1f sent=%5.1f top=%5.1f retrieved=%5.1f abst=%3.0f\n", k, x.n,
			100*x.em/x.n, 100*x.f1/x.n, 100*x.sent/x.n, 100*x.top/x.n, 100*x.retrieved/x.n, x.abst)
	}
}

// TestDevMisses prints, for the questions of even articles whose cited
// sentence holds no gold answer although a retrieved one does, where that
// sentence ranked and why; run with BRIEFBOT_MISSES=path.
func TestDevMisses(t *testing.T) {
	path := os.Getenv("BRIEFBOT_MISSES")
	if path == "" {
		t.Skip("set BRIEFBOT_MISSES to a SQuAD file")
	}
	sents, qs := loadSquad(t, path)
	var a Answerer
	half := 0
	if os.Getenv("BRIEFBOT_MISSES_ODD") != "" {
		half = 1
	}
	for _, q := range qs {
		if q.article%2 != half {
			continue
		}
		r, ans, hits := askDev(&a, sents, q)
		if r.sentence || !r.retrieved {
			continue
		}
		qa := analyzeQuestion(q.text)
		ss := readHits(hits)
		ranked, _ := rankSentences(&qa, ss, contextOf(ss))
		fmt.Printf("== %s/%s | %s | GOLD %q\n   ANS %q %.2f\n", qa.wh, qa.want, q.text, q.golds, ans.Text, ans.Score)
		for n, ev := range ranked {
			ok := eval.ContainsAnswer(ev.s.src.Text, q.golds)
			if n < 2 || ok {
				mark := " "
				if ok {
					mark = "*"
				}
				fmt.Printf("   %s%d %.2f own=%.2f ans=%v #%d %.160s\n", mark, n, ev.score, ev.own, ev.answers, ev.s.src.Number, ev.s.src.Text)
			}
		}
	}
}

// TestDevQuestion prints how the development questions containing a
// string are read, ranked and answered; run with BRIEFBOT_DEVQ_FILE=path
// and BRIEFBOT_DEVQ=part of a question.
func TestDevQuestion(t *testing.T) {
	path, part := os.Getenv("BRIEFBOT_DEVQ_FILE"), os.Getenv("BRIEFBOT_DEVQ")
	if path == "" || part == "" {
		t.Skip("set BRIEFBOT_DEVQ_FILE and BRIEFBOT_DEVQ")
	}
	sents, qs := loadSquad(t, path)
	var a Answerer
	for _, q := range qs {
		if !strings.Contains(q.text, part) {
			continue
		}
		_, ans, hits := askDev(&a, sents, q)
		qa := analyzeQuestion(q.text)
		fmt.Printf("== %s | wh=%s want=%v focus=%q verb=%q def=%v form=%d | GOLD %q\n   ANS %q %.2f\n", q.text, qa.wh, qa.want, qa.focus, qa.verb, qa.definition, qa.form, q.golds, ans.Text, ans.Score)
		question := briefbot.Question{Text: q.text, ArticleID: articleID(q.article)}
		for n, c := range a.Candidates(question, search(sents, a.Query(question))) {
			if n >= 4 {
				break
			}
			fmt.Printf("   cand %q %.3f %s\n     ", c.Text, c.Score, c.Rule)
			for k, f := range c.Features {
				if f != 0 {
					fmt.Printf(" %s=%.2f", featureNames[k], f)
				}
			}
			fmt.Println()
		}
		if os.Getenv("BRIEFBOT_DEVQ_SHORT") != "" {
			continue
		}
		for _, tm := range qa.terms {
			fmt.Printf("   term %s/%.1f name=%v\n", tm.stem, tm.weight, tm.name)
		}
		ss := readHits(hits)
		ranked, _ := rankSentences(&qa, ss, contextOf(ss))
		for n, ev := range ranked {
			if n > 5 && !eval.ContainsAnswer(ev.s.src.Text, q.golds) {
				continue
			}
			fmt.Printf("  %d %.2f own=%.2f ans=%v denied=%v echo=%v #%d %.150s\n", n, ev.score, ev.own, ev.answers, ev.denied, ev.echo != nil, ev.s.src.Number, ev.s.src.Text)
			for _, c := range merge(candidates(&qa, ev.s, contextOf(ss), ev.matches)) {
				fmt.Printf("      %s %.2f %q over=%v\n", c.rule, c.fit, c.text(), overlapsQuestion(&qa, c))
			}
		}
	}
}

// TestDevUnmatched prints, for the answerable development questions, the
// question words that the sentence holding the gold answer (with its
// neighbours) does not match, most frequent first: what matching misses.
// Run with BRIEFBOT_UNMATCHED=path.
func TestDevUnmatched(t *testing.T) {
	path := os.Getenv("BRIEFBOT_UNMATCHED")
	if path == "" {
		t.Skip("set BRIEFBOT_UNMATCHED to a SQuAD file")
	}
	sents, qs := loadSquad(t, path)
	byArticle := map[string][]briefbot.Sentence{}
	for _, s := range sents {
		byArticle[s.ArticleID] = append(byArticle[s.ArticleID], s)
	}
	count := map[string]int{}
	examples := map[string]string{}
	total, full := 0, 0
	for _, q := range qs {
		if q.golds == nil {
			continue
		}
		var hits []briefbot.Hit
		for _, s := range byArticle[articleID(q.article)] {
			hits = append(hits, briefbot.Hit{Sentence: s, Score: 1})
		}
		ss := readHits(hits)
		qa := analyzeQuestion(q.text)
		if len(ss) == 0 || len(qa.terms) == 0 {
			continue
		}
		ranked, _ := rankSentences(&qa, ss, contextOf(ss))
		for _, r := range ranked {
			if !eval.ContainsAnswer(r.s.src.Text, q.golds) {
				continue
			}
			total++
			missed := false
			for k, tm := range qa.terms {
				if strongest(r.matches[k]) < 0.6 && !tm.frame {
					missed = true
					kind := fmt.Sprintf("%c", qa.toks[tm.pos].tag)
					key := kind + " " + tm.low
					count[key]++
					examples[key] = q.text + " || " + r.s.src.Text
				}
			}
			if !missed {
				full++
			}
			break
		}
	}
	fmt.Printf("%d gold sentences, %d hold every question word\n", total, full)
	keys := make([]string, 0, len(count))
	for k := range count {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return count[keys[i]] > count[keys[j]] || count[keys[i]] == count[keys[j]] && keys[i] < keys[j]
	})
	for _, k := range keys[:min(len(keys), 60)] {
		fmt.Printf("%4d %-20s %.160s\n", count[k], k, examples[k])
	}
}
