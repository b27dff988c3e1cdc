// Package eval reads SQuAD v1.1 and v2.0 question sets and scores predicted
// answers the way the official SQuAD v2.0 evaluation script does, so the
// figures `bot eval` prints can be compared with published ones. It also
// reads sourced sets (SourcedFormat), whose articles stay in their own
// files outside the repository.
//
// It knows nothing of how answers are produced: cmd/bot asks the questions
// and hands the results here. Standard library only.
package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Dataset is a SQuAD file.
type Dataset struct {
	Version string    `json:"version"`
	Data    []Article `json:"data"`
}

// Article is one SQuAD article: a title and its paragraphs.
type Article struct {
	Title      string      `json:"title"`
	Paragraphs []Paragraph `json:"paragraphs"`
}

// Paragraph is one context with its questions.
type Paragraph struct {
	Context string `json:"context"`
	QAs     []QA   `json:"qas"`
}

// QA is one question. In SQuAD v1.1 every question is answerable; v2.0 marks
// the others with IsImpossible.
type QA struct {
	ID           string       `json:"id"`
	Question     string       `json:"question"`
	Answers      []GoldAnswer `json:"answers"`
	IsImpossible bool         `json:"is_impossible"`
	// NeedsLabel is briefbot's own mark, not SQuAD's: a question exported
	// from feedback whose answer was voted wrong and whose gold answer no
	// one has written yet. It has no gold to score against, so `bot eval`
	// leaves it out until someone labels it and removes the mark.
	NeedsLabel bool `json:"needs_label,omitempty"`
	// Previous, FullQuestion and Antecedent are briefbot's too: a
	// follow-up question names the question it follows in its chain
	// (the id of an earlier question of the same article), says what it
	// is written out in full ("What is Vladimir Medinsky's job?" for
	// "What is his job?") and what it must be understood to lean on
	// ("Medinsky"). See Chain.
	Previous     string `json:"previous,omitempty"`
	FullQuestion string `json:"full_question,omitempty"`
	Antecedent   string `json:"antecedent,omitempty"`
}

// GoldAnswer is one acceptable answer. AnswerStart is -1 where the answer is
// a paraphrase that does not occur in the context.
type GoldAnswer struct {
	Text        string `json:"text"`
	AnswerStart int    `json:"answer_start"`
}

// Golds returns the acceptable answer texts, or nil for an unanswerable
// question.
func (q QA) Golds() []string {
	if q.IsImpossible {
		return nil
	}
	var out []string
	for _, a := range q.Answers {
		if strings.TrimSpace(a.Text) != "" {
			out = append(out, a.Text)
		}
	}
	return out
}

// Load decodes a SQuAD file and checks that it has the expected shape.
// Duplicate question ids are allowed (published sets have them); see
// DuplicateIDs.
func Load(r io.Reader) (*Dataset, error) {
	var d Dataset
	if err := json.NewDecoder(r).Decode(&d); err != nil {
		return nil, fmt.Errorf("read squad: %w", err)
	}
	if len(d.Data) == 0 {
		return nil, fmt.Errorf("read squad: no articles (is this a SQuAD file?)")
	}
	if err := d.check(); err != nil {
		return nil, fmt.Errorf("read squad: %w", err)
	}
	return &d, nil
}

// check reports the first question without an id, or following one that
// is not an earlier question of its article.
func (d *Dataset) check() error {
	for _, a := range d.Data {
		seen := map[string]bool{}
		for _, p := range a.Paragraphs {
			for _, q := range p.QAs {
				if q.ID == "" {
					return fmt.Errorf("question %q has no id", q.Question)
				}
				if q.Previous != "" && !seen[q.Previous] {
					return fmt.Errorf("question %s follows %s, which is not an earlier question of its article", q.ID, q.Previous)
				}
				seen[q.ID] = true
			}
		}
	}
	return nil
}

// DuplicateIDs lists question ids used more than once. Each question is
// still asked and scored on its own, but a predictions file, being keyed by
// id, can hold only one answer for them.
func (d *Dataset) DuplicateIDs() []string {
	seen := map[string]int{}
	var dups []string
	for _, a := range d.Data {
		for _, p := range a.Paragraphs {
			for _, q := range p.QAs {
				seen[q.ID]++
				if seen[q.ID] == 2 {
					dups = append(dups, q.ID)
				}
			}
		}
	}
	return dups
}

// Normalize lower-cases s, deletes ASCII punctuation and the words a, an and
// the, and folds white space, as the official script's normalize_answer.
// Words are runs of Unicode letters, digits and underscores, as Python's \b
// sees them, so "the" is dropped from "the’s" but not from "thé".
func Normalize(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < 128 && (unicode.IsPunct(r) || unicode.IsSymbol(r)) {
			return -1
		}
		return r
	}, strings.ToLower(s))
	var sb strings.Builder
	isWord := func(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r) }
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWord(r) {
			sb.WriteRune(r)
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !isWord(r) {
				break
			}
			j += n
		}
		switch w := s[i:j]; w {
		case "a", "an", "the":
			sb.WriteByte(' ')
		default:
			sb.WriteString(w)
		}
		i = j
	}
	return strings.Join(strings.Fields(sb.String()), " ")
}

// ExactMatch reports whether pred and gold are equal after normalisation.
func ExactMatch(pred, gold string) bool { return Normalize(pred) == Normalize(gold) }

// F1 is the token-overlap F1 of pred against gold after normalisation. When
// either is empty it is 1 if both are and 0 otherwise, as in the official
// script (that is how an abstention on an unanswerable question scores).
func F1(pred, gold string) float64 {
	p := strings.Fields(Normalize(pred))
	g := strings.Fields(Normalize(gold))
	if len(p) == 0 || len(g) == 0 {
		if len(p) == len(g) {
			return 1
		}
		return 0
	}
	counts := map[string]int{}
	for _, w := range g {
		counts[w]++
	}
	common := 0
	for _, w := range p {
		if counts[w] > 0 {
			counts[w]--
			common++
		}
	}
	if common == 0 {
		return 0
	}
	precision := float64(common) / float64(len(p))
	recall := float64(common) / float64(len(g))
	return 2 * precision * recall / (precision + recall)
}

// Best returns the highest exact match and F1 of pred over the golds. An
// unanswerable question (no golds) is matched against the empty answer.
func Best(pred string, golds []string) (em, f1 float64) {
	if len(golds) == 0 {
		golds = []string{""}
	}
	for _, g := range golds {
		if ExactMatch(pred, g) {
			em = 1
		}
		f1 = max(f1, F1(pred, g))
	}
	return em, f1
}

// ContainsAnswer reports whether sentence holds one of the golds, compared
// after normalisation on word boundaries.
func ContainsAnswer(sentence string, golds []string) bool {
	s := " " + Normalize(sentence) + " "
	for _, g := range golds {
		if n := Normalize(g); n != "" && strings.Contains(s, " "+n+" ") {
			return true
		}
	}
	return false
}

// QuestionType buckets a question by its question word for the by-type
// table: who, what, when, where, why, which, how many, how much, how, other.
// It is deliberately simple and independent of the answerer's own analysis,
// so the table does not move when the answerer's classifier changes.
func QuestionType(q string) string {
	words := strings.FieldsFunc(strings.ToLower(q), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	for i, w := range words {
		switch w {
		case "who", "whom", "whose":
			return "who"
		case "what", "when", "where", "why", "which":
			return w
		case "how":
			if i+1 < len(words) {
				switch words[i+1] {
				case "many":
					return "how many"
				case "much":
					return "how much"
				}
			}
			return "how"
		}
	}
	return "other"
}

// Result is the outcome of one question.
type Result struct {
	ID       string
	Question string
	Golds    []string // nil for an unanswerable question
	Answer   string   // "" for an abstention
	Sentence string   // the cited sentence; "" when abstaining
	// Score is the answerer's confidence in Answer, which AtThreshold,
	// Sweep and Calibration read.
	Score float64
}

// AtThreshold returns the results as an answerer would have given them
// with a confidence threshold: answers scoring below it become
// abstentions. Results must hold every answer the answerer had, however
// unsure (asked with the lowest threshold).
func AtThreshold(results []Result, threshold float64) []Result {
	out := make([]Result, len(results))
	for i, r := range results {
		if r.Answer != "" && r.Score < threshold {
			r.Answer, r.Sentence = "", ""
		}
		out[i] = r
	}
	return out
}

// SweepRow is the scores at one threshold.
type SweepRow struct {
	Threshold float64
	Scores
}

// Sweep scores the results at each threshold, to choose one: a higher
// threshold abstains more, which the unanswerable questions reward and the
// answerable ones pay for.
func Sweep(results []Result, thresholds []float64) []SweepRow {
	out := make([]SweepRow, len(thresholds))
	for i, t := range thresholds {
		out[i] = SweepRow{Threshold: t, Scores: Score(AtThreshold(results, t))}
	}
	return out
}

// Bucket is one row of a calibration table: the answers whose confidence
// lies in [Low, High), how many, their mean confidence and how right they
// were (their mean F1, an answer to an unanswerable question counting 0).
// A calibrated answerer's mean confidence and share right agree.
type Bucket struct {
	Low, High  float64
	N          int
	MeanScore  float64
	ShareRight float64
}

// Calibration buckets the answered results by confidence, n buckets of
// equal width over [0, 1].
func Calibration(results []Result, n int) []Bucket {
	out := make([]Bucket, n)
	for i := range out {
		out[i].Low, out[i].High = float64(i)/float64(n), float64(i+1)/float64(n)
	}
	for _, r := range results {
		if r.Answer == "" {
			continue
		}
		i := min(max(int(r.Score*float64(n)), 0), n-1)
		_, f1 := Best(r.Answer, r.Golds)
		out[i].N++
		out[i].MeanScore += r.Score
		out[i].ShareRight += f1
	}
	for i := range out {
		if out[i].N > 0 {
			out[i].MeanScore /= float64(out[i].N)
			out[i].ShareRight /= float64(out[i].N)
		}
	}
	return out
}

// Scores aggregates results. Percentages are 0-100, as the official script
// prints them.
type Scores struct {
	Total, HasAns, NoAns int
	EM, F1               float64
	HasAnsEM, HasAnsF1   float64
	NoAnsAccuracy        float64 // share of unanswerable questions abstained on
	SentenceAccuracy     float64 // share of answerable questions whose cited sentence holds a gold answer
	Abstained            int
}

// Score computes the scores of a set of results.
func Score(results []Result) Scores {
	var s Scores
	var em, f1, hem, hf1, noAnsOK, sentOK float64
	for _, r := range results {
		e, f := Best(r.Answer, r.Golds)
		em += e
		f1 += f
		s.Total++
		if r.Answer == "" {
			s.Abstained++
		}
		if len(r.Golds) == 0 {
			s.NoAns++
			noAnsOK += e
			continue
		}
		s.HasAns++
		hem += e
		hf1 += f
		if r.Answer != "" && ContainsAnswer(r.Sentence, r.Golds) {
			sentOK++
		}
	}
	s.EM, s.F1 = pct(em, s.Total), pct(f1, s.Total)
	s.HasAnsEM, s.HasAnsF1 = pct(hem, s.HasAns), pct(hf1, s.HasAns)
	s.NoAnsAccuracy = pct(noAnsOK, s.NoAns)
	s.SentenceAccuracy = pct(sentOK, s.HasAns)
	return s
}

func pct(x float64, n int) float64 {
	if n == 0 {
		return 0
	}
	return 100 * x / float64(n)
}

// ByType scores results grouped by QuestionType, in a stable order.
func ByType(results []Result) []TypeScores {
	groups := map[string][]Result{}
	for _, r := range results {
		t := QuestionType(r.Question)
		groups[t] = append(groups[t], r)
	}
	var out []TypeScores
	for t, rs := range groups {
		out = append(out, TypeScores{Type: t, Scores: Score(rs)})
	}
	order := make(map[string]int, len(questionTypes))
	for k, t := range questionTypes {
		order[t] = k
	}
	sort.Slice(out, func(i, j int) bool { return order[out[i].Type] < order[out[j].Type] })
	return out
}

// questionTypes are QuestionType's buckets, in the order tables show them.
var questionTypes = []string{"who", "what", "when", "where", "why", "which", "how many", "how much", "how", "other"}

// QuestionTypes returns QuestionType's buckets, in the order tables show
// them.
func QuestionTypes() []string { return slices.Clone(questionTypes) }

// TypeScores is the scores of one question type.
type TypeScores struct {
	Type string
	Scores
}
