package answers

import (
	"slices"
	"testing"
)

// The stretches between the question's words end at a comma, but a list
// comes whole.
func TestGapsWithinAPhrase(t *testing.T) {
	tests := []struct {
		question, sentence string
		want, not          string
	}{
		{"What did the mayor open on Friday?", "The mayor opened the bridge, which links the two harbours, on Friday.",
			"the bridge", "the bridge, which links the two harbours"},
		{"Which countries did the cyclists cross last week?", "The cyclists crossed Spain, France and Italy last week.",
			"Spain, France and Italy", "Spain"},
	}
	for _, tt := range tests {
		q, rs := ranks(t, tt.question, tt.sentence)
		got := spanTexts(gaps(&q, rs[0].s, rs[0].matches))
		if !slices.Contains(got, tt.want) || slices.Contains(got, tt.not) {
			t.Errorf("gaps of %q for %q = %q, want %q and not %q", tt.sentence, tt.question, got, tt.want, tt.not)
		}
	}
}

// Asked where, a stretch of the sentence that opens on a preposition
// offers the preposition's object as well, a list whole: the place the
// place rules give too. Asked which town, it does not.
func TestGapOffersThePlaceAfterItsPreposition(t *testing.T) {
	tests := []struct{ question, sentence, want string }{
		{"Where was the frozen mammoth found?", "The frozen mammoth was found in Siberia by reindeer herders.", "Siberia"},
		{"Where did the refugees settle?", "Many of the refugees settled in New York and Virginia after the war.", "New York and Virginia"},
		{"Where is the ceremony being held?", "The ceremony is being held at the Curzon Mayfair cinema on Sunday.", "the Curzon Mayfair cinema"},
	}
	for _, tt := range tests {
		q, rs := ranks(t, tt.question, tt.sentence)
		if got := spanTexts(gaps(&q, rs[0].s, rs[0].matches)); !slices.Contains(got, tt.want) {
			t.Errorf("gaps of %q for %q = %q, want %q among them", tt.sentence, tt.question, got, tt.want)
		}
	}
	// Asked anything else, which town included, the gap stays as it is.
	for _, question := range []string{"What was found in the ice?", "In which town was the mammoth found in the ice?"} {
		q, rs := ranks(t, question, "A frozen mammoth was found in the ice at a salt quarry.")
		if got := spanTexts(gaps(&q, rs[0].s, rs[0].matches)); slices.Contains(got, "a salt quarry") {
			t.Errorf("gaps for %q = %q, want no object cut from its preposition", question, got)
		}
	}
}

// TestNamingVerb: the words that introduce a name, and the look-alikes
// that do not.
func TestNamingVerb(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"a basin known as the Ice Bowl", 2},
		{"commonly referred to as German measles", 3},
		{"a homeland called Nunasiavut", 1},
		{"a report entitled Safe Waters", 1},
		{"the next version, codenamed Heron", 1},
		{"drivers are entitled to a refund", 0},
		{"the team known for its defence", 0},
		{"he called the police", 1}, // a call, not a name: namedSpans also wants the question's words before it
	}
	for _, tt := range tests {
		toks := tokenize(tt.text)
		got := 0
		for i := range toks {
			got = max(got, namingVerb(toks, i))
		}
		if got != tt.want {
			t.Errorf("%q: %d words, want %d", tt.text, got, tt.want)
		}
	}
}
