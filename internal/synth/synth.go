// Package synth makes a large corpus out of a small one, for benchmarks:
// perturbed copies of real articles, so that anyone with the small corpus
// can build and measure an index of a million sentences. It is
// deterministic: the same articles give the same copies, word for word.
//
// It imports the root package and the standard library only.
package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"

	"briefbot"
)

// Source is a corpus to copy.
type Source struct {
	articles []briefbot.Article
	// words are the corpus's words in order, lower case: drawing one at
	// random draws it as often as the corpus uses it.
	words []string
}

// New returns a Source for articles, which it keeps (and does not change).
func New(articles []briefbot.Article) *Source {
	s := &Source{articles: articles}
	for _, a := range articles {
		for _, text := range append([]string{a.Title}, a.Paragraphs...) {
			for _, f := range strings.Fields(text) {
				if _, core, _ := split(f); len(core) >= 2 && letters(core) {
					s.words = append(s.words, strings.ToLower(core))
				}
			}
		}
	}
	return s
}

// Perturbation rates: the share of words replaced by another of the
// corpus's words, the share of those replaced by a word the corpus does
// not have (a larger corpus has more names and rarer words), and the share
// of digits changed.
const (
	replaced = 0.15
	novel    = 0.1
	digits   = 0.5
)

// Copy returns copy c of the articles. Copy 0 is the articles themselves;
// every other copy replaces about one word in seven of each title and
// paragraph by a word drawn from the corpus (so common words stay common),
// some by words made of two halves of corpus words (so the vocabulary
// grows as a real corpus's would), and changes half the digits, keeping
// punctuation and capitals where they were, so sentences split as they
// did. Article IDs get the prefix "copy-NNNN/".
func (s *Source) Copy(c int) []briefbot.Article {
	out := make([]briefbot.Article, len(s.articles))
	for i, a := range s.articles {
		a.ID = fmt.Sprintf("copy-%04d/%s", c, a.ID)
		if c > 0 && len(s.words) > 0 {
			rng := rand.New(rand.NewPCG(uint64(c), uint64(i)))
			a.Title = s.perturb(rng, a.Title)
			paras := make([]string, len(a.Paragraphs))
			for k, p := range a.Paragraphs {
				paras[k] = s.perturb(rng, p)
			}
			a.Paragraphs = paras
		}
		out[i] = a
	}
	return out
}

// perturb changes some words and digits of text; words stay separated by
// single spaces.
func (s *Source) perturb(rng *rand.Rand, text string) string {
	fields := strings.Fields(text)
	for k, f := range fields {
		lead, core, trail := split(f)
		switch {
		case len(core) >= 2 && letters(core) && rng.Float64() < replaced:
			w := s.words[rng.IntN(len(s.words))]
			if rng.Float64() < novel {
				v := s.words[rng.IntN(len(s.words))]
				w = w[:(len(w)+1)/2] + v[len(v)/2:]
			}
			if r, _ := utf8.DecodeRuneInString(core); unicode.IsUpper(r) {
				w = strings.ToUpper(w[:1]) + w[1:]
			}
			fields[k] = lead + w + trail
		case strings.ContainsAny(f, "0123456789"):
			b := []byte(f)
			for n, ch := range b {
				if ch >= '0' && ch <= '9' && rng.Float64() < digits {
					b[n] = byte('0' + rng.IntN(10))
				}
			}
			fields[k] = string(b)
		}
	}
	return strings.Join(fields, " ")
}

// split cuts a field into leading punctuation, the word, and trailing
// punctuation: `"Putin's,` gives `"`, `Putin's`, `,`.
func split(f string) (lead, core, trail string) {
	i := strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
	if i < 0 {
		return f, "", ""
	}
	j := strings.LastIndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
	_, w := utf8.DecodeRuneInString(f[j:])
	return f[:i], f[i : j+w], f[j+w:]
}

// letters reports whether w is ASCII letters only: a word whose
// replacement cannot change how its sentence splits.
func letters(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if (c < 'a' || c > 'z') && (c < 'A' || c > 'Z') {
			return false
		}
	}
	return true
}
