package main

import (
	"context"
	"fmt"
	"io"

	"briefbot"
	"briefbot/converse"
	"briefbot/eval"
)

// Follow-up chains in `bot eval`: a file whose questions name the
// question they follow (eval.QA.Previous) is asked chain by chain, each
// chain in a conversation of its own, as a person would ask it; each
// follow-up's full question is asked on its own too, to tell what the
// conversation costs.

// chainsOf groups the questions into chains, by index, each in order: a
// question without Previous starts one. It returns nil when no question
// follows another.
func chainsOf(qs []squadQuestion) [][]int {
	byID := make(map[string]int, len(qs))
	chainOf := make([]int, len(qs))
	var chains [][]int
	follows := false
	for i, q := range qs {
		if p, ok := byID[q.articleID+"\x00"+q.qa.Previous]; ok && q.qa.Previous != "" {
			chainOf[i] = chainOf[p]
			chains[chainOf[i]] = append(chains[chainOf[i]], i)
			follows = true
		} else {
			chainOf[i] = len(chains)
			chains = append(chains, []int{i})
		}
		byID[q.articleID+"\x00"+q.qa.ID] = i
	}
	if !follows {
		return nil
	}
	return chains
}

// askChains asks every chain on all CPUs, each in its own conversation,
// and returns the results in input order, like askAll, and the chains
// scored. The conversation sees the answers as a person would, at the
// threshold; the results keep every answer with its confidence (asked
// at the floor), so that the run is scored at any threshold like
// another.
func askChains(ctx context.Context, bot *briefbot.Bot, qs []squadQuestion, chains [][]int, ownArticle bool, threshold float64, done func()) ([]eval.Result, []evidence, []eval.Chain) {
	results := make([]eval.Result, len(qs))
	found := make([]evidence, len(qs))
	understood := make([]string, len(qs))
	full := make([]eval.Result, len(qs))
	onAllCPUs(ctx, len(chains), func(c int) {
		seen := &atThreshold{next: bot, threshold: threshold}
		conv := &converse.Asker{Bot: seen}
		for _, i := range chains[c] {
			q := qs[i]
			question := q.question(ownArticle)
			question.Conversation = "eval"
			ans, err := conv.Ask(ctx, question)
			results[i], found[i] = result(q, seen.raw, err)
			understood[i] = ans.UnderstoodAs
			if q.qa.Previous != "" && q.qa.FullQuestion != "" {
				fq := q
				fq.qa.Question = q.qa.FullQuestion
				full[i], _ = askOne(ctx, bot, fq, ownArticle)
			}
			done()
		}
	})

	scored := eval.AtThreshold(results, threshold)
	fullScored := eval.AtThreshold(full, threshold)
	out := make([]eval.Chain, len(chains))
	for n, c := range chains {
		out[n].First = scored[c[0]]
		for _, i := range c[1:] {
			out[n].FollowUps = append(out[n].FollowUps, eval.FollowUp{
				Result: scored[i], Understood: understood[i], Antecedent: qs[i].qa.Antecedent, Full: fullScored[i],
			})
		}
	}
	return results, found, out
}

// atThreshold is the bot as a conversation sees it: an answer below the
// threshold is no answer. It keeps the last answer as the bot gave it,
// with its confidence, for scoring; one per chain, asked in turn.
type atThreshold struct {
	next      *briefbot.Bot
	threshold float64
	raw       briefbot.Answer
}

func (a *atThreshold) Ask(ctx context.Context, q briefbot.Question) (briefbot.Answer, error) {
	ans, err := a.next.Ask(ctx, q)
	a.raw = ans
	if err == nil && ans.Answered() && ans.Score < a.threshold {
		return briefbot.Answer{Evidence: ans.Evidence[:1]}, nil
	}
	return ans, err
}

// printChains prints the chain score: follow-ups right (the right answer
// from the right antecedent), against the same questions written out in
// full, and each follow-up that is wrong.
func printChains(w io.Writer, chains []eval.Chain, threshold float64) {
	s := eval.ScoreChains(chains)
	fmt.Fprintf(w, "\nfollow-up chains: %d chains, %d follow-ups (%d written out in full by the bot)\n", s.Chains, s.FollowUps, s.Rewritten)
	fmt.Fprintf(w, "  (asked in conversations that saw the answers at threshold %.2f; the sweep above scores those answers at other thresholds)\n", threshold)
	fmt.Fprintf(w, "  follow-ups right                 %3d of %3d  %5.1f%%  (right answer %d, right antecedent %d)\n",
		s.Right, s.FollowUps, eval.Share(s.Right, s.FollowUps), s.RightAnswer, s.RightAntecedent)
	fmt.Fprintf(w, "  the full questions right         %3d of %3d  %5.1f%%\n", s.FullRight, s.FollowUps, eval.Share(s.FullRight, s.FollowUps))
	fmt.Fprintf(w, "  chain score: follow-ups right where the full question is right\n")
	fmt.Fprintf(w, "                                   %3d of %3d  %5.1f%%\n", s.RightWhereFullRight, s.FullRight, eval.Share(s.RightWhereFullRight, s.FullRight))
	fmt.Fprintf(w, "  chains right end to end          %3d of %3d  %5.1f%%\n", s.ChainsRight, s.Chains, eval.Share(s.ChainsRight, s.Chains))
	var wrong []string
	for _, c := range chains {
		for _, f := range c.FollowUps {
			if f.Right() || !eval.Right(f.Full) {
				continue
			}
			as := f.Understood
			if as == "" {
				as = "(as asked)"
			}
			wrong = append(wrong, fmt.Sprintf("  %s %q → %s: %q", f.ID, f.Question, as, f.Answer))
		}
	}
	if len(wrong) > 0 {
		fmt.Fprintln(w, "  wrong where the full question is right:")
		for _, l := range wrong {
			fmt.Fprintln(w, l)
		}
	}
}
