package feedback

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"
	"unicode/utf8"

	"briefbot"
	"briefbot/eval"
)

// Dataset is a SQuAD v2.0 file, as Export writes it. It has the fields
// eval.Load reads plus two of briefbot's own on each question.
type Dataset struct {
	Version string    `json:"version"`
	Data    []Article `json:"data"`
}

// Article is one article of the corpus, each paragraph a context.
type Article struct {
	Title      string      `json:"title"`
	Paragraphs []Paragraph `json:"paragraphs"`
}

// Paragraph is one context with the questions whose citation is in it.
type Paragraph struct {
	Context string `json:"context"`
	QAs     []QA   `json:"qas"`
}

// QA is one voted question.
//
// Up-voted answers are its gold answers. Up-voted "the articles don't say"
// makes it unanswerable (is_impossible). A question with only 👎 has no
// gold yet: NeedsLabel flags it, `bot eval` skips it, and a person labels
// it (fills answers, or sets is_impossible) and removes the flag. Votes
// says what the bot answered and how people voted, to help them.
type QA struct {
	ID           string            `json:"id"`
	Question     string            `json:"question"`
	Answers      []eval.GoldAnswer `json:"answers"`
	IsImpossible bool              `json:"is_impossible"`
	NeedsLabel   bool              `json:"needs_label,omitempty"`
	Votes        []AnswerVotes     `json:"briefbot_votes"`
}

// AnswerVotes is the votes on one answer the bot gave; Answer is "" for
// "the articles don't say".
type AnswerVotes struct {
	Answer   string `json:"answer"`
	Up       int    `json:"up"`
	Down     int    `json:"down"`
	Sentence string `json:"sentence,omitempty"`
}

// ExportStats says what Export did.
type ExportStats struct {
	Questions, Gold, Impossible, ToLabel int
	Articles                             int
	// Missing counts questions whose article is no longer in the corpus:
	// their context is the cited sentence alone.
	Missing int
	// NoPassage counts questions for which no passage was ever shown (the
	// bot found nothing near them): they go in the first paragraph of the
	// first article, which is as good as any for "the articles don't say".
	NoPassage int
}

// Export turns votes into a SQuAD v2.0 set over articles (the corpus as it
// is now): one question per distinct question text (compared as SQuAD
// normalises answers), placed in the paragraph its answer cited. Votes
// are each person's last on each answer. An answer is gold when it has
// more 👍 than 👎.
func Export(entries []Entry, articles []briefbot.Article) (Dataset, ExportStats) {
	latest, _ := Latest(entries)
	type group struct {
		text    string
		votes   []AnswerVotes
		byText  map[string]int // normalised answer -> index in votes
		entries []Entry        // the last entry of each answer, parallel to votes
	}
	groups := map[string]*group{}
	var keys []string
	for _, e := range latest {
		k := eval.Normalize(e.Question)
		g := groups[k]
		if g == nil {
			g = &group{byText: map[string]int{}}
			groups[k] = g
			keys = append(keys, k)
		}
		g.text = e.Question
		ak := "\x00none"
		if e.Answered {
			ak = eval.Normalize(e.Answer)
		}
		i, ok := g.byText[ak]
		if !ok {
			i = len(g.votes)
			g.byText[ak] = i
			g.votes = append(g.votes, AnswerVotes{})
			g.entries = append(g.entries, Entry{})
		}
		v := &g.votes[i]
		v.Answer, v.Sentence = e.Answer, e.Sentence
		if e.Right() {
			v.Up++
		} else {
			v.Down++
		}
		g.entries[i] = e
	}
	sort.Strings(keys)

	byID := make(map[string]briefbot.Article, len(articles))
	for _, a := range articles {
		byID[a.ID] = a
	}
	var st ExportStats
	out := map[string]*Article{} // by article ID
	var order []string
	place := func(e Entry) *Paragraph {
		c := e.Citation
		a, ok := byID[c.ArticleID]
		if !ok || c.Paragraph < 1 || c.Paragraph > len(a.Paragraphs) {
			// The article changed or went: the sentence alone is the
			// context, in an article of its own per cited sentence.
			st.Missing++
			key := "\x00missing:" + c.ArticleID + ":" + e.Sentence
			if out[key] == nil {
				out[key] = &Article{Title: firstNonEmpty(c.Title, c.ArticleID), Paragraphs: []Paragraph{{Context: e.Sentence}}}
				order = append(order, key)
			}
			return &out[key].Paragraphs[0]
		}
		if out[a.ID] == nil {
			sa := &Article{Title: firstNonEmpty(a.Title, a.ID)}
			for _, p := range a.Paragraphs {
				sa.Paragraphs = append(sa.Paragraphs, Paragraph{Context: p})
			}
			out[a.ID] = sa
			order = append(order, a.ID)
		}
		return &out[a.ID].Paragraphs[c.Paragraph-1]
	}

	var homeless []QA // questions with no passage, placed at the end
	for _, k := range keys {
		g := groups[k]
		sum := sha256.Sum256([]byte(k))
		qa := QA{ID: "fb-" + hex.EncodeToString(sum[:6]), Question: g.text, Answers: []eval.GoldAnswer{}, Votes: g.votes}
		// Where the question goes: the first gold answer's citation; else
		// an up-voted abstention's closest passage; else the last answer's.
		var at *Entry
		for i, v := range g.votes {
			if v.Answer != "" && g.entries[i].Answered && v.Up > v.Down {
				if at == nil && g.entries[i].Citation != nil {
					at = &g.entries[i]
				}
			}
		}
		gold := at != nil
		if !gold {
			for i, v := range g.votes {
				if !g.entries[i].Answered && v.Up > v.Down {
					qa.IsImpossible = true
					if g.entries[i].Citation != nil {
						at = &g.entries[i]
					}
				}
			}
		}
		if !gold && !qa.IsImpossible {
			qa.NeedsLabel = true
		}
		if at == nil {
			for i := len(g.entries) - 1; i >= 0; i-- {
				if g.entries[i].Citation != nil {
					at = &g.entries[i]
					break
				}
			}
		}
		if at == nil {
			st.NoPassage++
			homeless = append(homeless, qa)
			count(&st, qa)
			continue
		}
		p := place(*at)
		if gold {
			for i, v := range g.votes {
				if g.entries[i].Answered && v.Up > v.Down {
					qa.Answers = append(qa.Answers, eval.GoldAnswer{Text: v.Answer, AnswerStart: runeIndex(p.Context, v.Answer)})
				}
			}
		}
		p.QAs = append(p.QAs, qa)
		count(&st, qa)
	}
	ds := Dataset{Version: "v2.0"}
	for _, k := range order {
		ds.Data = append(ds.Data, *out[k])
	}
	if len(homeless) > 0 {
		if len(ds.Data) == 0 {
			ds.Data = append(ds.Data, Article{Title: "Questions with no passage", Paragraphs: []Paragraph{{}}})
		}
		p := &ds.Data[0].Paragraphs[0]
		p.QAs = append(p.QAs, homeless...)
	}
	st.Articles = len(ds.Data)
	return ds, st
}

func count(st *ExportStats, qa QA) {
	st.Questions++
	switch {
	case len(qa.Answers) > 0:
		st.Gold++
	case qa.IsImpossible:
		st.Impossible++
	default:
		st.ToLabel++
	}
}

// runeIndex is where answer starts in context, in characters as SQuAD
// counts them, or -1 when the context doesn't hold it word for word.
func runeIndex(context, answer string) int {
	i := strings.Index(context, answer)
	if i < 0 {
		i = strings.Index(strings.ToLower(context), strings.ToLower(answer))
		if i < 0 || len(strings.ToLower(context)) != len(context) {
			return -1
		}
	}
	return utf8.RuneCountInString(context[:i])
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}
