package answers

import (
	"slices"
	"strings"
	"testing"

	"briefbot"
)

// editDistance is the Levenshtein distance of a and b in runes, the
// definition withinOneEdit answers for distances up to 1.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > 1 || d < -1 {
		return 2
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := prev[j-1]
			if ra[i-1] != rb[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

func TestWithinOneEdit(t *testing.T) {
	words := []string{"", "a", "ab", "ba", "abc", "zelensky", "zelenskyy", "zelenskiy", "zelenskyi", "kyiv", "kiev",
		"kyev", "kyivv", "yiv", "medinsky", "medinskiy", "orgainzation", "organization", "café", "cafe", "cafés", "caf",
		"naïve", "naive", "ünïcode", "unicode", "x", "xy", "yx"}
	for _, a := range words {
		for _, b := range words {
			if got, want := withinOneEdit(a, b), editDistance(a, b) <= 1; got != want {
				t.Errorf("withinOneEdit(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}

// matchWords rules words out before matchAt looks at them; it must find
// what matchAt finds looking at every word. The questions are the golden
// ones and one made of each sentence of the story, so that every kind of
// question word (names, countries, hyphenated and related words) meets
// every word.
func TestMatchWordsRulesOutNoMatch(t *testing.T) {
	extra := []briefbot.Sentence{
		{ArticleID: "extra", Number: 1, Text: "President Zelensky met the Ukrainian delegation in Kiev on Monday."},
		{ArticleID: "extra", Number: 2, Text: "The American envoy skipped the talks, and the U.N. Secretary-General did not attend."},
		{ArticleID: "extra", Number: 3, Text: "Mt. Everest rises above the British-run base camp."},
		{ArticleID: "extra", Number: 4, Text: "Vladimir Medinskiy climbed Mount Kilimanjaro."},
	}
	Annotate(extra)
	sents := append(annotatedStory(t), extra...)
	questions := append(slices.Clone(storyQuestions), "Why did Zelenskyy not attend the talks in Ukraine?",
		"When did the United States envoy refuse to meet the general?", "How high is Mount Everest above Britain?",
		"Which mountain did Medinsky climb, Mt. Kilimanjaro?")
	for _, s := range sents {
		questions = append(questions, "Why did "+s.Text+"?", "Who did not "+s.Text+"?")
	}
	found := 0
	for _, text := range questions {
		q := analyzeQuestion(text)
		for _, src := range sents {
			s, ok := decode(src)
			if !ok {
				t.Fatalf("decode %q failed", src.Text)
			}
			for k := range q.terms {
				term := &q.terms[k]
				var want []hit
				for i := range s.toks {
					if s.toks[i].stem == "" {
						continue
					}
					if m := term.matchAt(&s, i, s.hasHyphen()); m > 0 {
						want = append(want, hit{i, m})
					}
				}
				if got := term.matchWords(&s); !slices.Equal(got, want) {
					t.Errorf("%q, word %q in %q: matchWords %v, matchAt on every word %v", text, term.low, src.Text, got, want)
				}
				found += len(want)
			}
		}
	}
	if found == 0 {
		t.Fatal("no word matched: the test tests nothing")
	}
}

// A superlative picks one thing out of a class, and a word put between it
// and its noun makes another class: "won best foreign film" says nothing
// of "best picture", nor does "won best drama"; "won the best picture
// award" does.
func TestSuperlativeBindsItsNoun(t *testing.T) {
	// How strongly the question's word qword matches the sentence's word.
	matchAfterNarrowing := func(question, sentence, qword, word string) float64 {
		q := analyzeQuestion(question)
		sents := article("t", sentence)
		Annotate(sents)
		s, _ := decode(sents[0])
		matches := termMatches(&q, &s)
		narrowed(&q, &s, matches)
		best := 0.0
		for k, hs := range matches {
			for _, h := range hs {
				if q.terms[k].low == qword && s.toks[h.pos].low == word {
					best = max(best, h.m)
				}
			}
		}
		return best
	}
	const question = "Which film won best picture at the Oscars?"
	for _, tt := range []struct {
		sentence, qword, word string
		matched               bool
	}{
		{"The Sea Inside won best foreign film at the Oscars.", "picture", "film", false},
		{"The Passion of the Christ won best drama at the Oscars.", "best", "best", false},
		{"Million Dollar Baby won the best picture award at the Oscars.", "best", "best", true},
		{"Million Dollar Baby won the best picture award at the Oscars.", "picture", "picture", true},
		{"Million Dollar Baby was named the best film of the year.", "picture", "film", true},
	} {
		if got := matchAfterNarrowing(question, tt.sentence, tt.qword, tt.word); (got > 0) != tt.matched {
			t.Errorf("%q for %q in %q matches %.2f, want matched %v", tt.word, tt.qword, tt.sentence, got, tt.matched)
		}
	}
	// A participle narrows the class as an adjective does.
	if got := matchAfterNarrowing("Who won best actress at the Baftas?", "Kate Hale won best supporting actress at the Baftas.", "actress", "actress"); got > 0 {
		t.Errorf("best supporting actress matches best actress (%.2f)", got)
	}
}

// A hyphened word gives one initial for each capitalised part, read from
// its own letters: its lower-case form may be shorter ("ẞ" is "ß", a byte
// less), and reading that at the same place ran past its end.
func TestInitialsOfHyphenedWords(t *testing.T) {
	word := func(s string) token { return token{text: s, low: strings.ToLower(s), tag: tagProper} }
	for _, tt := range []struct {
		words []string
		n     int
		want  string
	}{
		{[]string{"World", "Anti-Doping", "Agency"}, 4, "wada"},
		{[]string{"World", "Anti-doping", "Agency"}, 3, "waa"},
		// The first byte of "ß" stands for its initial, as for every
		// word that opens on a letter beyond ASCII.
		{[]string{"ẞẞẞẞẞẞ-A", "Group"}, 3, "\xc3ag"},
	} {
		toks := make([]token, len(tt.words))
		for k, w := range tt.words {
			toks[k] = word(w)
		}
		if got := initialsOf(toks, tt.n); got != tt.want {
			t.Errorf("initialsOf(%q, %d) = %q, want %q", tt.words, tt.n, got, tt.want)
		}
	}
}
