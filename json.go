package briefbot

import (
	"encoding/json"
	"math"
)

// answerJSON is the wire form of an Answer, shared by `bot ask --json` and
// the HTTP API so that integrations see one shape everywhere.
type answerJSON struct {
	Answered bool   `json:"answered"`
	Answer   string `json:"answer"`
	// Sentence is the cited sentence, verbatim. When Answered is false it is
	// the closest passage found, which is not an answer.
	Sentence       string       `json:"sentence,omitempty"`
	ArticleTitle   string       `json:"article_title,omitempty"`
	ArticleID      string       `json:"article_id,omitempty"`
	URL            string       `json:"url,omitempty"`
	Paragraph      int          `json:"paragraph,omitempty"`
	SentenceNumber int          `json:"sentence_number,omitempty"`
	Score          float64      `json:"score"`
	Evidence       []evidence   `json:"evidence,omitempty"`
	Alternatives   []answerJSON `json:"alternatives,omitempty"`
	// ID is what a vote on the answer names (POST /api/feedback); only
	// answers kept for voting have one.
	ID string `json:"answer_id,omitempty"`
	// UnderstoodAs is a follow-up written out in full, as it was asked.
	UnderstoodAs string `json:"understood_as,omitempty"`
}

type evidence struct {
	Sentence string `json:"sentence"`
	Citation
}

// MarshalJSON writes the answer as one flat object: the answer, the cited
// sentence and its citation, the score, every evidence sentence when there
// is more than one, and the alternatives.
func (a Answer) MarshalJSON() ([]byte, error) {
	return json.Marshal(a.wire(true))
}

func (a Answer) wire(withAlternatives bool) answerJSON {
	w := answerJSON{Answered: a.Answered(), Answer: a.Text, Score: round3(a.Score), ID: a.ID}
	if withAlternatives {
		w.UnderstoodAs = a.UnderstoodAs
	}
	if len(a.Evidence) > 0 {
		s := a.Evidence[0]
		w.Sentence = s.Text
		w.ArticleTitle = s.ArticleTitle
		w.ArticleID = s.ArticleID
		w.URL = s.URL
		w.Paragraph = s.Paragraph
		w.SentenceNumber = s.Number
	}
	if len(a.Evidence) > 1 {
		for _, s := range a.Evidence {
			w.Evidence = append(w.Evidence, evidence{Sentence: s.Text, Citation: s.Citation()})
		}
	}
	if withAlternatives {
		for _, alt := range a.Alternatives {
			w.Alternatives = append(w.Alternatives, alt.wire(false))
		}
	}
	return w
}

// round3 keeps scores readable in JSON; three decimals are more than the
// score's precision.
func round3(f float64) float64 { return math.Round(f*1000) / 1000 }
