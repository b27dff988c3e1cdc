package eval

import "regexp"

// Chains of follow-up questions. In a conversation questions lean on the
// ones before them ("Who leads the Russian delegation?", then "What is
// his job?"). A development set of such chains links each follow-up to
// the question it follows (QA.Previous), and gives it written out in full
// (QA.FullQuestion) and what it leans on (QA.Antecedent). A follow-up is
// right only when its answer is right and it was understood to lean on
// the right thing; its full question, asked on its own, says whether the
// answer was within reach at all.

// FollowUp is the outcome of one follow-up question.
type FollowUp struct {
	// Result is the follow-up as asked in its chain.
	Result
	// Understood is the question as the bot understood it, "" when it
	// was asked as it stood.
	Understood string
	// Antecedent is what it must be understood to lean on; "" for
	// nothing in particular.
	Antecedent string
	// Full is the same question written out in full, asked on its own.
	Full Result
}

// Chain is a chain of questions: the first, and its follow-ups in order.
type Chain struct {
	First     Result
	FollowUps []FollowUp
}

// Right reports whether a result is right: its answer matches a gold
// answer exactly after normalisation, or it abstains on an unanswerable
// question.
func Right(r Result) bool {
	em, _ := Best(r.Answer, r.Golds)
	return em == 1
}

// RightAntecedent reports whether the follow-up was understood to lean on
// its antecedent: the question as understood (or as asked, when it was
// not rewritten) holds it, word for word after normalisation, a
// possessive's "'s" apart ("Medinsky's" holds "Medinsky").
func (f FollowUp) RightAntecedent() bool {
	if f.Antecedent == "" {
		return true
	}
	text := f.Understood
	if text == "" {
		text = f.Question
	}
	return ContainsAnswer(unpossess(text), []string{unpossess(f.Antecedent)})
}

// possessiveRE is a possessive's ending, which normalisation would join
// to its name ("medinskys").
var possessiveRE = regexp.MustCompile(`(\pL)['’]s?\b`)

func unpossess(s string) string { return possessiveRE.ReplaceAllString(s, "$1 ") }

// Right reports whether the follow-up is right: the right answer, from
// the right antecedent.
func (f FollowUp) Right() bool { return Right(f.Result) && f.RightAntecedent() }

// ChainScores sums up a set of chains.
type ChainScores struct {
	Chains, FollowUps int
	// Rewritten counts the follow-ups the bot wrote out in full.
	Rewritten int
	// Right counts the follow-ups right (answer and antecedent);
	// RightAnswer those with the right answer whatever they leaned on;
	// RightAntecedent those that leaned on the right thing.
	Right, RightAnswer, RightAntecedent int
	// FullRight counts the follow-ups whose full question, asked on its
	// own, is right, and RightWhereFullRight the follow-ups right among
	// them: the share that matters, since a follow-up cannot do better
	// than the question it stands for.
	FullRight, RightWhereFullRight int
	// ChainsRight counts the chains right from first to last question.
	ChainsRight int
}

// ScoreChains scores chains.
func ScoreChains(chains []Chain) ChainScores {
	var s ChainScores
	for _, c := range chains {
		s.Chains++
		all := Right(c.First)
		for _, f := range c.FollowUps {
			s.FollowUps++
			if f.Understood != "" {
				s.Rewritten++
			}
			right := f.Right()
			if right {
				s.Right++
			}
			if Right(f.Result) {
				s.RightAnswer++
			}
			if f.RightAntecedent() {
				s.RightAntecedent++
			}
			if Right(f.Full) {
				s.FullRight++
				if right {
					s.RightWhereFullRight++
				}
			}
			all = all && right
		}
		if all {
			s.ChainsRight++
		}
	}
	return s
}

// Share is a percentage, 0 when there is nothing to count.
func Share(n, of int) float64 { return pct(float64(n), of) }
