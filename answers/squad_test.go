package answers

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"unicode"

	"briefbot"
)

// The development sets live outside the repository (their text belongs
// to their publishers); these tests read them in place when present.

type squadFile struct {
	Data []struct {
		Title      string `json:"title"`
		Paragraphs []struct {
			Context string `json:"context"`
			QAs     []struct {
				ID       string `json:"id"`
				Question string `json:"question"`
				Answers  []struct {
					Text string `json:"text"`
				} `json:"answers"`
				Impossible bool `json:"is_impossible"`
			} `json:"qas"`
		} `json:"paragraphs"`
	} `json:"data"`
}

type devQuestion struct {
	id, text string
	article  int
	golds    []string
}

// loadSquad reads a SQuAD file into annotated sentences (one article per
// SQuAD article, one paragraph per context) and its questions.
func loadSquad(tb testing.TB, path string) ([]briefbot.Sentence, []devQuestion) {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Skipf("development set not found: %v", err)
	}
	var f squadFile
	if err := json.Unmarshal(b, &f); err != nil {
		tb.Fatal(err)
	}
	var sents []briefbot.Sentence
	var qs []devQuestion
	for ai, a := range f.Data {
		id := fmt.Sprintf("a%03d", ai)
		var text strings.Builder
		text.WriteString(a.Title + "\n")
		for _, p := range a.Paragraphs {
			text.WriteString(strings.ReplaceAll(p.Context, "\n", " ") + "\n")
			for _, qa := range p.QAs {
				q := devQuestion{id: qa.ID, text: qa.Question, article: ai}
				for _, g := range qa.Answers {
					q.golds = append(q.golds, g.Text)
				}
				qs = append(qs, q)
			}
		}
		sents = append(sents, splitStory(id, text.String())...)
	}
	Annotate(sents)
	return sents, qs
}

// squadNormalize is the official SQuAD answer normalisation.
func squadNormalize(s string) []string {
	s = strings.Map(func(r rune) rune {
		if r < 128 && unicode.IsPunct(r) || r == '$' || r == '+' || r == '<' || r == '>' || r == '=' || r == '^' || r == '`' || r == '|' || r == '~' {
			return -1
		}
		return unicode.ToLower(r)
	}, s)
	var out []string
	for _, w := range strings.Fields(s) {
		if w != "a" && w != "an" && w != "the" {
			out = append(out, w)
		}
	}
	return out
}

func squadF1(pred, gold string) (em, f1 float64) {
	p, g := squadNormalize(pred), squadNormalize(gold)
	if strings.Join(p, " ") == strings.Join(g, " ") {
		em = 1
	}
	if len(p) == 0 || len(g) == 0 {
		if len(p) == len(g) {
			return 1, 1
		}
		return em, 0
	}
	counts := map[string]int{}
	for _, w := range g {
		counts[w]++
	}
	same := 0
	for _, w := range p {
		if counts[w] > 0 {
			counts[w]--
			same++
		}
	}
	if same == 0 {
		return em, 0
	}
	prec, rec := float64(same)/float64(len(p)), float64(same)/float64(len(g))
	return em, 2 * prec * rec / (prec + rec)
}

// TestDevDiagnostics runs a development set with every sentence of the
// question's article as hits and prints scores and failures; run with
// BRIEFBOT_DEV=../../shared/eval/cbc4kids-dev.json (and BRIEFBOT_DEV_SHOW=
// a question type, or "all", to list the failures of even articles).
func TestDevDiagnostics(t *testing.T) {
	path := os.Getenv("BRIEFBOT_DEV")
	if path == "" {
		t.Skip("set BRIEFBOT_DEV to a SQuAD file")
	}
	sents, qs := loadSquad(t, path)
	byArticle := map[string][]briefbot.Sentence{}
	for _, s := range sents {
		byArticle[s.ArticleID] = append(byArticle[s.ArticleID], s)
	}
	var a Answerer
	if th := os.Getenv("BRIEFBOT_DEV_THRESHOLD"); th != "" {
		fmt.Sscan(th, &a.Threshold)
	}
	type tally struct{ n, em, f1, sent, oracle, abst, top float64 }
	tallies := map[string]*tally{}
	add := func(k string, em, f1, sent, oracle, abst, top float64) {
		if tallies[k] == nil {
			tallies[k] = &tally{}
		}
		x := tallies[k]
		x.n++
		x.em += em
		x.f1 += f1
		x.sent += sent
		x.oracle += oracle
		x.abst += abst
		x.top += top
	}
	show := os.Getenv("BRIEFBOT_DEV_SHOW")
	rankHist := map[int]float64{}
	defer func() {
		for _, lim := range []int{1, 2, 3, 5, 10} {
			fmt.Printf("gold sentence in top %d: %.1f%%\n", lim, 100*rankHist[lim]/float64(len(qs)))
		}
	}()
	for _, q := range qs {
		id := fmt.Sprintf("a%03d", q.article)
		question := briefbot.Question{Text: q.text, ArticleID: id}
		hits := search(sents, a.Query(question))
		ans := a.Answer(question, hits)
		em, f1 := 0.0, 0.0
		if len(q.golds) == 0 {
			if !ans.Answered() {
				em, f1 = 1, 1
			}
		}
		sent, oracle := 0.0, 0.0
		for _, g := range q.golds {
			e, f := squadF1(ans.Text, g)
			em, f1 = max(em, e), max(f1, f)
			if ans.Answered() && containsAnswer(ans.Evidence[0].Text, g) {
				sent = 1
			}
			for _, h := range hits {
				if containsAnswer(h.Sentence.Text, g) {
					oracle = 1
				}
			}
		}
		topSent := 0.0
		if ss := readHits(hits); len(ss) > 0 {
			qa := analyzeQuestion(q.text)
			r, _ := rankSentences(&qa, ss, contextOf(ss))
			for _, g := range q.golds {
				if containsAnswer(r[0].s.src.Text, g) {
					topSent = 1
				}
			}
			for n, x := range r {
				found := false
				for _, g := range q.golds {
					if containsAnswer(x.s.src.Text, g) {
						found = true
					}
				}
				if found {
					for _, lim := range []int{1, 2, 3, 5, 10} {
						if n < lim {
							rankHist[lim]++
						}
					}
					break
				}
			}
			if os.Getenv("BRIEFBOT_DEV_FINAL") != "" && q.article%2 == 0 && sent == 0 {
				gr, cr := -1, -1
				for n, x := range r {
					for _, g := range q.golds {
						if gr < 0 && containsAnswer(x.s.src.Text, g) {
							gr = n
						}
					}
					if ans.Answered() && x.s.src.Number == ans.Evidence[0].Number && x.s.src.ArticleID == ans.Evidence[0].ArticleID {
						cr = n
					}
				}
				if gr >= 0 && gr < 3 {
					fmt.Printf("!! %s/%s f%d | %s | GOLD %q | ANS %q %.2f  goldrank=%d chosenrank=%d\n   GOLD %.2f %.150s\n   GOT  %.150s\n", qa.wh, qa.want, qa.form, q.text, q.golds, ans.Text, ans.Score, gr, cr, r[gr].score, r[gr].s.src.Text, ans.Evidence[0].Text)
				}
			}
			if topSent == 1 && os.Getenv("BRIEFBOT_DEV_REGRESS") != "" && q.article%2 == 0 && !(ans.Answered() && containsAnswer(ans.Evidence[0].Text, q.golds[0])) {
				fmt.Printf("<< %s/%s | %s | GOLD %q | ANS %q %.2f\n   TOP %.2f %.150s\n", qa.wh, qa.want, q.text, q.golds, ans.Text, ans.Score, r[0].score, r[0].s.src.Text)
				if len(ans.Evidence) > 0 {
					fmt.Printf("   GOT %.150s\n", ans.Evidence[0].Text)
				}
			}
			if topSent == 0 && os.Getenv("BRIEFBOT_DEV_SENT") != "" && q.article%2 == 0 {
				fmt.Printf("== %s/%s | %s | GOLD %q\n   TOP %.2f %.150s\n", qa.wh, qa.want, q.text, q.golds, r[0].score, r[0].s.src.Text)
				for n, x := range r {
					for _, g := range q.golds {
						if containsAnswer(x.s.src.Text, g) {
							fmt.Printf("   #%d %.2f %.150s\n", n, x.score, x.s.src.Text)
							break
						}
					}
				}
			}
		}
		abst := 0.0
		if !ans.Answered() {
			abst = 1
		}
		qa := analyzeQuestion(q.text)
		half := []string{"even", "odd"}[q.article%2]
		for _, k := range []string{"all", half, "type " + qa.want.String(), "wh " + qa.wh} {
			add(k, em, f1, sent, oracle, abst, topSent)
		}
		if q.article%2 == 0 && f1 < 0.5 && (show == "all" || show == qa.want.String() || show == qa.wh) {
			ev := ""
			if len(ans.Evidence) > 0 {
				ev = ans.Evidence[0].Text
			}
			fmt.Printf("-- %s/%s | %s | GOLD %q | ANS %q %.2f sent=%v\n     %.200s\n", qa.wh, qa.want, q.text, q.golds, ans.Text, ans.Score, sent == 1, ev)
		}
	}
	keys := make([]string, 0, len(tallies))
	for k := range tallies {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		x := tallies[k]
		fmt.Printf("%-16s n=%3.0f EM=%5.1f F1=%5.1f sent=%5.1f top=%5.1f oracle=%5.1f abst=%3.0f\n", k, x.n,
			100*x.em/x.n, 100*x.f1/x.n, 100*x.sent/x.n, 100*x.top/x.n, 100*x.oracle/x.n, x.abst)
	}
}

// containsAnswer is the eval's test of a cited sentence: the normalised
// gold occurs in the normalised sentence on word boundaries.
func containsAnswer(sentence, gold string) bool {
	g := strings.Join(squadNormalize(gold), " ")
	return g != "" && strings.Contains(" "+strings.Join(squadNormalize(sentence), " ")+" ", " "+g+" ")
}

// TestDevGrid searches the score weights on the even articles of a
// development set and reports both halves; run with BRIEFBOT_GRID=path.
func TestDevGrid(t *testing.T) {
	path := os.Getenv("BRIEFBOT_GRID")
	if path == "" {
		t.Skip("set BRIEFBOT_GRID to a SQuAD file")
	}
	sents, qs := loadSquad(t, path)
	var base Answerer
	hits := make([][]briefbot.Hit, len(qs))
	for i, q := range qs {
		question := briefbot.Question{Text: q.text, ArticleID: fmt.Sprintf("a%03d", q.article)}
		hits[i] = search(sents, base.Query(question))
	}
	for _, s := range []float64{0.3, 0.4, 0.5, 0.6, 0.7} {
		for _, n := range []float64{0.1, 0.2, 0.3, 0.4} {
			for _, f := range []float64{0.1, 0.2, 0.3, 0.4} {
				a := Answerer{Threshold: 0.001, mix: &mix{s, n, f}}
				var f1, sent [2]float64
				var cnt [2]float64
				for i, q := range qs {
					ans := a.Answer(briefbot.Question{Text: q.text}, hits[i])
					best, ok := 0.0, 0.0
					for _, g := range q.golds {
						_, x := squadF1(ans.Text, g)
						best = max(best, x)
						if ans.Answered() && containsAnswer(ans.Evidence[0].Text, g) {
							ok = 1
						}
					}
					h := q.article % 2
					f1[h] += best
					sent[h] += ok
					cnt[h]++
				}
				fmt.Printf("s=%.1f n=%.1f f=%.1f  even F1=%.1f sent=%.1f  odd F1=%.1f sent=%.1f\n", s, n, f,
					100*f1[0]/cnt[0], 100*sent[0]/cnt[0], 100*f1[1]/cnt[1], 100*sent[1]/cnt[1])
			}
		}
	}
}
