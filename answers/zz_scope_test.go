package answers

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"briefbot"
	"briefbot/corpus"
	"briefbot/eval"
	"briefbot/index"
)

func TestZZScope(t *testing.T) {
	path, sub := os.Getenv("ZZ_FILE"), os.Getenv("ZZ_Q")
	if path == "" {
		t.Skip()
	}
	f, _ := os.Open(path)
	ds, _ := eval.Load(f)
	var sents []briefbot.Sentence
	type dq struct{ text, art string }
	var qs []dq
	for i, sa := range ds.Data {
		a := briefbot.Article{ID: fmt.Sprintf("squad-%04d", i+1), Title: sa.Title}
		for _, p := range sa.Paragraphs {
			a.Paragraphs = append(a.Paragraphs, p.Context)
			for _, qa := range p.QAs {
				qs = append(qs, dq{qa.Question, a.ID})
			}
		}
		sents = append(sents, corpus.Sentences(a)...)
	}
	Annotate(sents)
	ix, err := index.NewMemory(context.Background(), sents)
	if err != nil {
		t.Fatal(err)
	}
	var a Answerer
	for _, q := range qs {
		if !strings.Contains(q.text, sub) {
			continue
		}
		for _, scope := range []string{"article", "corpus"} {
			bq := briefbot.Question{Text: q.text}
			if scope == "article" {
				bq.ArticleID = q.art
			}
			res, err := ix.Search(context.Background(), a.Query(bq))
			if err != nil {
				t.Fatal(err)
			}
			fmt.Printf("== %s %s\n", scope, q.text)
			for n, c := range a.Candidates(bq, res) {
				if n >= 2 {
					break
				}
				fmt.Printf("%q p=%.3f conf=%.3f %s #%d\n  ", c.Text, c.P, c.Score, c.Rule, c.Sentence.Number)
				type kv struct {
					k string
					v float64
				}
				var xs []kv
				for k, f := range c.Features {
					if f != 0 {
						xs = append(xs, kv{featureNames[k], f * fittedWeights[featureNames[k]]})
					}
				}
				sort.Slice(xs, func(i, j int) bool { return xs[i].k < xs[j].k })
				for _, x := range xs {
					fmt.Printf(" %s=%+.2f", x.k, x.v)
				}
				fmt.Println()
			}
		}
	}
}
