package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"briefbot"
	"briefbot/answers"
	"briefbot/eval"
	"briefbot/index"
)

// `bot eval --losses` says where the answerable questions' F1 goes when
// every question is answered: to the search, which never offered a
// sentence holding a gold answer; to the choice of sentence, when one was
// offered but another cited; or to the span, when the cited sentence holds
// the answer but the words taken from it are not it. Beside the F1 each
// part has, it shows what a perfect chooser among the answerer's own
// candidates would add there, so that a rule is aimed where the points are.

// lossCase is where one answerable question's answer stands.
type lossCase struct {
	typ string
	f1  float64 // of the answer given, however unsure
	// where is lossUnfound, lossSentence or lossSpan.
	where int
	// best is the F1 of the best candidate a perfect chooser could take
	// there: in any sentence holding a gold answer (lossSentence), or in
	// the cited sentence (lossSpan).
	best float64
	// dropped is why a filter left out a candidate that is a gold answer
	// word for word, when the answer given is not one (see
	// answers.Dropped); "" otherwise.
	dropped string
}

const (
	lossUnfound  = iota // no candidate's sentence holds a gold answer
	lossSentence        // one does, but another sentence was cited
	lossSpan            // the cited sentence holds a gold answer
)

// losses asks every answerable question once more for its candidates and
// places each answer (results, asked at the lowest threshold) among them.
func losses(ctx context.Context, ix *index.Index, questions []squadQuestion, results []eval.Result, ownArticle bool) ([]lossCase, error) {
	var ans answers.Answerer
	out := make([]lossCase, len(questions))
	errs := make([]error, len(questions))
	onAllCPUs(ctx, len(questions), func(n int) {
		golds := results[n].Golds
		if len(golds) == 0 {
			return
		}
		q := questions[n].question(ownArticle)
		q.Text = briefbot.CleanText(q.Text)
		res, err := ix.Search(ctx, ans.Query(q))
		if err != nil {
			errs[n] = err
			return
		}
		em, f1 := eval.Best(results[n].Answer, golds)
		c := lossCase{typ: eval.QuestionType(results[n].Question), f1: f1, where: lossUnfound}
		cited := results[n].Answer != "" && eval.ContainsAnswer(results[n].Sentence, golds)
		if cited {
			c.where, c.best = lossSpan, f1
		}
		cands, dropped := ans.CandidatesAndDropped(q, res)
		if em < 1 {
			for _, d := range dropped {
				if em, _ := eval.Best(d.Text, golds); em == 1 {
					c.dropped = d.Reason
					break
				}
			}
		}
		for _, cand := range cands {
			if !eval.ContainsAnswer(cand.Sentence.Text, golds) {
				continue
			}
			if !cited {
				c.where = lossSentence
			} else if cand.Sentence.Text != results[n].Sentence {
				continue
			}
			_, g := eval.Best(cand.Text, golds)
			c.best = max(c.best, g)
		}
		out[n] = c
	})
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// lossRow sums the cases of one question type.
type lossRow struct {
	typ            string
	n              int
	f1             float64
	count          [3]int
	f1At, bestGain [3]float64
}

func (r *lossRow) add(c lossCase) {
	r.n++
	r.f1 += c.f1
	r.count[c.where]++
	r.f1At[c.where] += c.f1
	if c.where != lossUnfound {
		r.bestGain[c.where] += max(c.best-c.f1, 0)
	}
}

// printLosses prints the table of --losses, a row per question type and
// one for all; F1 and gains are in points of the row's questions.
func printLosses(w io.Writer, cases []lossCase, results []eval.Result) {
	rows := map[string]*lossRow{}
	all := &lossRow{typ: "all"}
	for n, c := range cases {
		if len(results[n].Golds) == 0 {
			continue
		}
		r := rows[c.typ]
		if r == nil {
			r = &lossRow{typ: c.typ}
			rows[c.typ] = r
		}
		r.add(c)
		all.add(c)
	}
	if all.n == 0 {
		return
	}
	fmt.Fprintf(w, "\nwhere the answerable questions' F1 goes, every question answered (F1 and gains in points of the row):\n")
	fmt.Fprintf(w, "%-9s %4s %6s | %-11s | %-19s | %-19s\n", "", "", "", "not found", "wrong sentence", "right sentence")
	fmt.Fprintf(w, "%-9s %4s %6s | %4s %6s | %4s %6s %7s | %4s %6s %7s\n", "type", "n", "F1", "n", "F1", "n", "F1", "+best", "n", "F1", "+best")
	line := func(r *lossRow) {
		pts := func(x float64) float64 { return 100 * x / float64(r.n) }
		fmt.Fprintf(w, "%-9s %4d %6.1f | %4d %6.1f | %4d %6.1f %+7.1f | %4d %6.1f %+7.1f\n", r.typ, r.n, pts(r.f1),
			r.count[lossUnfound], pts(r.f1At[lossUnfound]),
			r.count[lossSentence], pts(r.f1At[lossSentence]), pts(r.bestGain[lossSentence]),
			r.count[lossSpan], pts(r.f1At[lossSpan]), pts(r.bestGain[lossSpan]))
	}
	for _, t := range eval.QuestionTypes() {
		if r := rows[t]; r != nil {
			line(r)
		}
	}
	line(all)
	fmt.Fprintln(w, "(not found: no candidate's sentence holds a gold answer; wrong sentence: one did, another was cited, and +best is what the best candidate of such a sentence would add; right sentence: the cited sentence holds a gold answer, and +best is what its best candidate would add)")
	printDropped(w, cases)
}

// printDropped counts, by reason, the questions answered wrongly whose
// gold answer was a candidate word for word until a filter dropped it: a
// filter that drops many is one to look at first.
func printDropped(w io.Writer, cases []lossCase) {
	counts := map[string]int{}
	for _, c := range cases {
		if c.dropped != "" {
			counts[c.dropped]++
		}
	}
	if len(counts) == 0 {
		return
	}
	reasons := slices.Collect(maps.Keys(counts))
	slices.SortFunc(reasons, func(a, b string) int {
		return cmp.Or(cmp.Compare(counts[b], counts[a]), strings.Compare(a, b))
	})
	fmt.Fprintf(w, "\nright answers dropped before scoring (a candidate equal to a gold answer, left out by a filter):\n")
	for _, r := range reasons {
		fmt.Fprintf(w, "  %4d  %s\n", counts[r], r)
	}
}
