package briefbot

import (
	"encoding/json"
	"errors"
	"fmt"
)

// Explainer is an Answerer that can say why it answers as it does: the
// trace of its own reading of the retrieved sentences, kept small enough
// for a chat message. Explain must be pure, like Answer, and agree with
// it: the answer it explains is the one Answer gives for q and r.
type Explainer interface {
	Explain(q Question, r Result) Explanation
}

// Explanation is why a question got the answer it got: what kind of
// question it was taken for, which of its words the answer's sentence
// holds, how sure the answerer was and what made it less sure, and what
// came next.
type Explanation struct {
	// Question is the question explained, as asked: a follow-up written
	// out in full.
	Question string
	// Type is the kind of question ("who", "when", "how many"...), and
	// Expects the kind of answer looked for ("person", "date", "count"...).
	Type, Expects string
	// Answer is the answer given, or "" when the articles don't say.
	Answer string
	// Best is the answer's candidate, or, when there is no answer, the
	// candidate that came closest (Best.Text is then "" when there was
	// none at all, and Best.Sentence the closest passage, if any).
	Best Candidate
	// Matched are the question's words found in Best.Sentence.Text, as
	// byte ranges, in order.
	Matched []Span
	// Threshold is the score below which the answer is that the articles
	// don't say.
	Threshold float64
	// Lowered is what lowered Best's score, most first.
	Lowered []Factor
	// RunnerUp is the best candidate that is not Best's span cut another
	// way; nil when there is none.
	RunnerUp *Candidate
	// Unmentioned is a name of the question that none of the articles
	// searched mentions, when that is why there is no answer ("Zorblat
	// Palace"), or "".
	Unmentioned string
	// ReadAs is the question as the answerer read it, when its words
	// differ from Question's: names typed in small letters written as
	// the articles write them ("who is Lewis Champion" for "who is lewis
	// champion?"), chat spellings written out ("who are the talks
	// between" for "who r the talks between"), a phrase alone read as a
	// question ("what is the uwb range"). Otherwise "".
	ReadAs string
}

// AsRead is the question as the answerer read it: ReadAs, or Question.
func (e Explanation) AsRead() string {
	if e.ReadAs != "" {
		return e.ReadAs
	}
	return e.Question
}

// Candidate is one possible answer in an Explanation.
type Candidate struct {
	Text  string
	Score float64 // the confidence an answer with it reports, in [0, 1]
	// Sentence is where Text comes from, and Span where in its Text.
	Sentence Sentence
	Span     Span
}

// Span is a byte range [Start, End) of a sentence's Text.
type Span struct{ Start, End int }

// Factor is one thing that lowered a candidate's score.
type Factor struct {
	// Reason says what, in a few words: "the sentence lacks a name of the
	// question".
	Reason string
	// Effect is how much it lowered the score, in the model's log-odds
	// (negative): -1 divides the odds of the answer by e.
	Effect float64
}

// Answered reports whether the explanation is of an answer, as opposed to
// "the articles don't say".
func (e Explanation) Answered() bool { return e.Answer != "" }

// Asked describes the question's kind in a few words: "a who-question,
// looking for a person".
func (e Explanation) Asked() string {
	typ := e.Type
	if typ == "" {
		typ = "other"
	}
	what := e.Expects
	if what == "" {
		what = "other"
	}
	return fmt.Sprintf("a %s-question, looking for %s", typ, article(what))
}

// article puts "a" or "an" before a kind of answer, or leaves it bare
// where it reads better so.
func article(kind string) string {
	switch kind {
	case "other":
		return "a phrase"
	case "organisation":
		return "an organisation"
	case "age", "other-object":
		return "an " + kind
	case "quote":
		return "a quotation"
	}
	return "a " + kind
}

// RunnerUpNote says why a runner-up whose score is above Best's is not
// the answer, or "" when its score is not above. Candidates are ranked by
// the model's probability of their own span; the score an answer reports
// also counts the same answer cut other ways and the other sentences that
// name it, so a name said in several places can score above the answer
// ranked before it ("Runner-up: Geoff Hoon, score 0.44" under "Answer
// John Taylor: score 0.36"), which reads as a mistake unless said.
func (e Explanation) RunnerUpNote() string {
	if e.RunnerUp == nil || e.RunnerUp.Score <= e.Best.Score {
		return ""
	}
	return "ranked lower: its score also counts its other mentions"
}

// NoCandidate says why no candidate was found at all, as a clause the
// adapters follow with ", so: " and NoAnswerText: a name of the question
// the articles never mention, or nothing of the kind asked for.
func (e Explanation) NoCandidate() string {
	if e.Unmentioned != "" {
		return "None of the articles found mentions “" + e.Unmentioned + "”"
	}
	return "No candidate of the kind asked for in the sentences found"
}

// Scores formats the best candidate's score and the threshold for a
// reader: two decimals, or as many more (up to four) as it takes for a
// score under the threshold not to read as equal to it ("0.289 under
// 0.290", not "0.29 under 0.29").
func (e Explanation) Scores() (score, threshold string) {
	for p := 2; ; p++ {
		score, threshold = fmt.Sprintf("%.*f", p, e.Best.Score), fmt.Sprintf("%.*f", p, e.Threshold)
		if score != threshold || e.Best.Score >= e.Threshold || p == 4 {
			return score, threshold
		}
	}
}

// WhyMessage is the short reply when an answer cannot be explained: err
// is briefbot.ErrUnknownAnswer for one no longer kept.
func WhyMessage(err error) string {
	switch {
	case err == nil:
		return ""
	case errors.Is(err, ErrUnknownAnswer):
		return "Sorry, that answer is too old to explain now. Ask again to see why."
	case errors.Is(err, ErrRateLimited):
		return UserMessage(err)
	default:
		return "Sorry, I couldn't explain that answer. Please try again later."
	}
}

// explanationJSON is the wire form of an Explanation: POST /api/ask with
// "explain": true.
type explanationJSON struct {
	Question  string         `json:"question"`
	Type      string         `json:"type"`
	Expects   string         `json:"expects"`
	Answered  bool           `json:"answered"`
	Answer    string         `json:"answer"`
	Best      *candidateJSON `json:"best,omitempty"`
	Matched   []string       `json:"matched"`
	Threshold float64        `json:"threshold"`
	Lowered   []factorJSON   `json:"lowered"`
	RunnerUp  *candidateJSON `json:"runner_up,omitempty"`
	// Unmentioned is Explanation.Unmentioned.
	Unmentioned string `json:"unmentioned,omitempty"`
	// ReadAs is Explanation.ReadAs.
	ReadAs string `json:"read_as,omitempty"`
}

// candidateJSON cites its sentence as an answer does (answerJSON).
type candidateJSON struct {
	Text           string  `json:"text"`
	Score          float64 `json:"score"`
	Sentence       string  `json:"sentence,omitempty"`
	ArticleTitle   string  `json:"article_title,omitempty"`
	ArticleID      string  `json:"article_id,omitempty"`
	URL            string  `json:"url,omitempty"`
	Paragraph      int     `json:"paragraph,omitempty"`
	SentenceNumber int     `json:"sentence_number,omitempty"`
}

type factorJSON struct {
	Reason string  `json:"reason"`
	Effect float64 `json:"effect"`
}

// MarshalJSON writes the explanation with the matched words as text.
func (e Explanation) MarshalJSON() ([]byte, error) {
	w := explanationJSON{
		Question: e.Question, Type: e.Type, Expects: e.Expects,
		Answered: e.Answered(), Answer: e.Answer, Threshold: round3(e.Threshold),
		Matched: []string{}, Lowered: []factorJSON{}, Unmentioned: e.Unmentioned, ReadAs: e.ReadAs,
	}
	if e.Best.Text != "" || e.Best.Sentence.Text != "" {
		w.Best = candidateWire(e.Best)
	}
	for _, m := range e.Matched {
		if t := e.Best.Sentence.Text; m.Start >= 0 && m.Start < m.End && m.End <= len(t) {
			w.Matched = append(w.Matched, t[m.Start:m.End])
		}
	}
	for _, f := range e.Lowered {
		w.Lowered = append(w.Lowered, factorJSON{Reason: f.Reason, Effect: round3(f.Effect)})
	}
	if e.RunnerUp != nil {
		w.RunnerUp = candidateWire(*e.RunnerUp)
	}
	return json.Marshal(w)
}

func candidateWire(c Candidate) *candidateJSON {
	s := c.Sentence
	return &candidateJSON{Text: c.Text, Score: round3(c.Score), Sentence: s.Text, ArticleTitle: s.ArticleTitle,
		ArticleID: s.ArticleID, URL: s.URL, Paragraph: s.Paragraph, SentenceNumber: s.Number}
}
