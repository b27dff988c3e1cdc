package answers

import (
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"

	"briefbot"
)

// storyPaths are where the bundled story may be, nearest first: the
// repository's default corpus once it has landed, else the shared copy.
var storyPaths = []string{
	"../corpus/bundled/istanbul-talks.txt",
	"../../shared/corpus/istanbul-talks.txt",
}

// loadStory reads the bundled story and splits it with a naive splitter:
// good enough for this story, and independent of the corpus package.
func loadStory(tb testing.TB) []briefbot.Sentence {
	tb.Helper()
	for _, p := range storyPaths {
		b, err := os.ReadFile(p)
		if err == nil {
			return splitStory("istanbul-talks.txt", string(b))
		}
	}
	tb.Skip("bundled story not found")
	return nil
}

// sentenceEnd is a full stop, question or exclamation mark, possibly
// followed by a closing quote, then a space and a capital or opening quote.
// It does not split after the abbreviations the story uses.
var sentenceEnd = regexp.MustCompile(`[.!?][”"]?\s+[“"A-Z]`)

func splitStory(id, text string) []briefbot.Sentence {
	lines := strings.Split(strings.TrimSpace(text), "\n")
	title := strings.TrimSpace(lines[0])
	var out []briefbot.Sentence
	para := 0
	for _, line := range lines[1:] {
		if !regexp.MustCompile(`\w`).MatchString(line) {
			continue
		}
		para++
		start := 0
		for start < len(line) {
			end := len(line)
			for _, m := range sentenceEnd.FindAllStringIndex(line[start:], -1) {
				cut := start + m[1] - 1
				prev := line[start : start+m[0]]
				if w := prev[strings.LastIndexAny(prev, " (\"“")+1:]; line[start+m[0]] == '.' && keepsFullStop(w) {
					continue
				}
				end = cut
				break
			}
			s := strings.TrimSpace(line[start:end])
			if s != "" {
				off := start + strings.Index(line[start:end], s)
				out = append(out, briefbot.Sentence{
					ArticleID: id, ArticleTitle: title, Paragraph: para, Number: len(out) + 1,
					Start: off, End: off + len(s), Text: s,
				})
			}
			start = end
		}
	}
	return out
}

// search stands in for the index: sentences ranked by the summed boosts of
// the query words they contain (on stems), plus neighbours with score 0.
func search(sents []briefbot.Sentence, q briefbot.Query) briefbot.Result {
	type scoredSent struct {
		i     int
		score float64
	}
	var ranked []scoredSent
	for i, s := range sents {
		if q.ArticleID != "" && s.ArticleID != q.ArticleID {
			continue
		}
		stems := map[string]bool{}
		for _, t := range tokenize(s.Text) {
			stems[t.stem] = true
		}
		holds := func(t briefbot.Term) bool {
			for _, w := range tokenize(t.Text) {
				if !stems[w.stem] {
					return false
				}
			}
			return true
		}
		score := 0.0
		for _, t := range append(append([]briefbot.Term(nil), q.Terms...), q.Phrases...) {
			if holds(t) {
				score += max(t.Boost, 1)
			}
		}
		if score > 0 {
			// Cues add to what the terms found, as in the index.
			for _, c := range q.Cues {
				if holds(c) {
					score += c.Boost
				}
			}
			ranked = append(ranked, scoredSent{i, score})
		}
	}
	sort.SliceStable(ranked, func(a, b int) bool { return ranked[a].score > ranked[b].score })
	limit := q.Limit
	if limit <= 0 {
		limit = 20
	}
	if len(ranked) > limit {
		ranked = ranked[:limit]
	}
	var hits []briefbot.Hit
	seen := map[int]bool{}
	for _, r := range ranked {
		seen[r.i] = true
		hits = append(hits, briefbot.Hit{Sentence: sents[r.i], Score: r.score})
	}
	for _, r := range ranked {
		for d := -q.Neighbours; d <= q.Neighbours; d++ {
			n := r.i + d
			if n >= 0 && n < len(sents) && !seen[n] && sents[n].ArticleID == sents[r.i].ArticleID {
				seen[n] = true
				hits = append(hits, briefbot.Hit{Sentence: sents[n]})
			}
		}
	}
	// Rarity as the index counts it: sentences holding each term's stem.
	df := make(map[string]int, len(q.Terms))
	for _, t := range q.Terms {
		st := stem(lower(t.Text))
		for _, s := range sents {
			for _, w := range tokenize(s.Text) {
				if w.stem == st {
					df[t.Text]++
					break
				}
			}
		}
	}
	return briefbot.Result{Hits: hits, Sentences: len(sents), DocFreq: df}
}

// ask runs one question through Query, the stand-in search and Answer.
func ask(a *Answerer, sents []briefbot.Sentence, question string) briefbot.Answer {
	q := briefbot.Question{Text: question}
	return a.Answer(q, search(sents, a.Query(q)))
}

// candidatesOf runs one question through Query, the stand-in search and
// Candidates: every candidate the answerer scored, best first.
func candidatesOf(a *Answerer, sents []briefbot.Sentence, question string) []Candidate {
	q := briefbot.Question{Text: question}
	return a.Candidates(q, search(sents, a.Query(q)))
}

// annotatedStory is the story as the index would hold it.
func annotatedStory(tb testing.TB) []briefbot.Sentence {
	sents := loadStory(tb)
	Annotate(sents)
	return sents
}
