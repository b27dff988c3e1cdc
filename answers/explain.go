package answers

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"briefbot"
)

// This file is "why this answer?": the answerer's own trace of a
// question, kept small. It adds nothing to the reading: the candidates
// and their features are those Candidates returns (what Answer chose
// from), the weights those the model multiplies.

var _ briefbot.Explainer = (*Answerer)(nil)

// sameWords reports whether two texts hold the same words, whatever
// their spacing and the punctuation around them: a question read as
// typed ("Who leads the Russian delegation?" and its cleaned "Who leads
// the Russian delegation").
func sameWords(a, b string) bool {
	split := func(s string) []string {
		return strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) && r != '\'' })
	}
	return slices.Equal(split(a), split(b))
}

// maxLowered is how many of the things that lowered a score an
// explanation names: a chat message has room for a few.
const maxLowered = 3

// minEffect is the least effect, in log-odds, worth naming: smaller ones
// move the score by a percent or two.
const minEffect = 0.05

// Explain says why a question gets the answer Answer gives it from r: the
// question's type and the kind of answer it looks for, the question's
// words in the sentence of the best candidate (the answer, or the
// candidate that came closest to being one), that candidate's score and
// what lowered it, and the runner-up.
//
// What lowered the score are the features whose weight times value is
// below zero, among those a reader can act on (what the sentence lacks,
// how the span sits, which rule found it); the model's constants (its
// bias, the bias of each question type) and the features that only
// correct others are left out.
func (a *Answerer) Explain(q briefbot.Question, r briefbot.Result) briefbot.Explanation {
	e := briefbot.Explanation{Question: q.Text, Threshold: a.threshold()}
	// One reading for the answer and its trace; the candidates explained
	// are those the answer was chosen from (admitted): a predicate
	// ranked first for a question asking for a phrase is none.
	qa := analyzeQuestion(q.Text)
	rd := a.read(q.Text, r)
	if rd.q.text != qa.text {
		// Read again with the names the sentences capitalise
		// (truecased): the explanation is of that reading.
		qa, e.ReadAs = rd.q, rd.q.text
	} else if !sameWords(qa.text, q.Text) {
		// Chat spellings written out ("r" as "are"), a phrase alone read
		// as a question ("uwb range": "what is the uwb range"): what
		// the answerer read is not what was typed.
		e.ReadAs = qa.text
	}
	e.Type, e.Expects = qa.wh, qa.want.String()
	if e.Type == "" {
		e.Type = "other"
	}
	ans := a.answer(rd)
	e.Answer = ans.Text
	e.Unmentioned = rd.unmentioned
	cands := exported(admitted(&rd.q, rd.all))
	if len(cands) == 0 {
		if len(ans.Evidence) > 0 {
			e.Best.Sentence = ans.Evidence[0]
			e.Matched = matchedWords(&qa, ans.Evidence[0])
		}
		return e
	}
	best := cands[0]
	e.Best = explained(best)
	e.Matched = matchedWords(&qa, best.Sentence)
	e.Lowered = a.lowered(best.Features)
	for _, c := range cands[1:] {
		if normalize(c.Text) != normalize(best.Text) && !sameSpan(c, best) {
			ru := explained(c)
			e.RunnerUp = &ru
			break
		}
	}
	return e
}

func explained(c Candidate) briefbot.Candidate {
	return briefbot.Candidate{Text: c.Text, Score: c.Score, Sentence: c.Sentence, Span: briefbot.Span{Start: c.Start, End: c.End}}
}

// sameSpan reports whether two candidates overlap in one sentence: the
// same answer cut another way.
func sameSpan(c, d Candidate) bool {
	return c.Sentence.ArticleID == d.Sentence.ArticleID && c.Sentence.Number == d.Sentence.Number &&
		c.Start < d.End && d.Start < c.End
}

// matchedWords returns where the question's words match s, as the
// answerer matches them (stems, name variants, related words, the full
// names that surnames stand for), adjacent words joined.
func matchedWords(q *question, s briefbot.Sentence) []briefbot.Span {
	read := readHits([]briefbot.Hit{{Sentence: s}})
	if len(read) == 0 {
		return nil
	}
	sen := read[0]
	mark := make([]bool, len(sen.toks))
	for _, t := range q.terms {
		for _, h := range matchTerm(t, sen) {
			if h.m >= 0.6 {
				mark[h.pos] = true
			}
		}
	}
	var out []briefbot.Span
	for i := 0; i < len(mark); {
		if !mark[i] {
			i++
			continue
		}
		j := i + 1
		for j < len(mark) && mark[j] && strings.TrimSpace(s.Text[sen.toks[j-1].end:sen.toks[j].start]) == "" {
			j++
		}
		out = append(out, briefbot.Span{Start: sen.toks[i].start, End: sen.toks[j-1].end})
		i = j
	}
	return out
}

// lowerings names the features that can lower a score in a way a reader
// understands, by feature name; a rule family's indicator and its fit
// share one reason.
var lowerings = map[string]string{
	"missing-names":     "no sentence found holds a name of the question",
	"no-content":        "the sentence holds the question's names but none of its other words",
	"sent-miss-name":    "the sentence and its neighbours lack a name of the question",
	"sent-miss-number":  "the sentence and its neighbours lack a number of the question",
	"uncovered":         "the sentence lacks some of the question's words",
	"max-missing":       "the sentence lacks one of the question's main words",
	"rare-uncovered":    "the sentence lacks the question's rarer words",
	"rare-missing":      "a rare word of the question is not in or next to the sentence",
	"rare-own-missing":  "the sentence itself lacks a rare word of the question",
	"neg-mismatch":      "the question and the sentence differ in negation",
	"neg-asked":         "the question denies what the sentence does not",
	"opposes":           "the sentence says the opposite of a word of the question",
	"lacks-person":      "the sentence lacks one of the people asked about",
	"name-conflict":     "the sentence names someone else by part of a name asked about",
	"verb-missing":      "neither the sentence nor its neighbours hold the question's verb",
	"mod-swap":          "the sentence qualifies a word of the question otherwise",
	"degree-missing":    "the question grades or ranks a word the sentence does not",
	"of-swap":           "the sentence says it of something else (\"N of Y\" for \"N of X\")",
	"role-oblique":      "the sentence gives a word of the question another role",
	"prep-swap":         "the sentence puts a word of the question after the contrary preposition",
	"subject-swap":      "the sentence says it of another subject",
	"len1":              "the answer is one word, no whole name",
	"long":              "the answer is long",
	"left-q":            "words of the question come right before the answer",
	"right-q":           "words of the question come right after the answer",
	"in-q":              "the answer repeats words of the question",
	"bracketed":         "the answer is in brackets",
	"misplaced":         "words of the question are on the wrong side of the answer",
	"describes-other":   "the answer describes another name than the one asked about",
	"role-clash":        "the answer has another role than the one asked about",
	"family:gap":        "only the fallback rule found it (the words between the question's)",
	"family-fit:gap":    "only the fallback rule found it (the words between the question's)",
	"family:chunk":      "no rule for this type of question found it, only a bare phrase",
	"family-fit:chunk":  "no rule for this type of question found it, only a bare phrase",
	"other-nationality": "the answer is next to another nationality than the one asked about",
	"untyped":           "the answer is not of the kind asked for",
	"denied":            "the sentence says the event asked about did not happen",
}

// lowered returns what lowered a candidate's score: the effect of each
// feature named in lowerings, summed by reason, most first.
func (a *Answerer) lowered(features []float64) []briefbot.Factor {
	w := a.weights()
	effect := make(map[string]float64)
	for k, name := range featureNames {
		reason, ok := lowerings[name]
		if !ok || k >= len(features) {
			continue
		}
		if x := w[k] * features[k]; x < 0 {
			effect[reason] += x
		}
	}
	var out []briefbot.Factor
	for reason, x := range effect {
		if x <= -minEffect {
			out = append(out, briefbot.Factor{Reason: reason, Effect: x})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Effect != out[j].Effect {
			return out[i].Effect < out[j].Effect
		}
		return out[i].Reason < out[j].Reason
	})
	return out[:min(len(out), maxLowered)]
}
