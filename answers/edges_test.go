package answers

import "testing"

// An honorific goes with the name after it: asked who Sir Alex Ferguson
// is, the answer is his role, without the "Sir" of his name.
func TestHonorificStaysWithItsName(t *testing.T) {
	sents := article("t", "United win",
		"Manchester United coach Sir Alex Ferguson said it was a fantastic performance.")
	Annotate(sents)
	a := Answerer{Threshold: pickAny}
	if got := ask(&a, sents, "Who is Sir Alex Ferguson?"); got.Text != "Manchester United coach" {
		t.Errorf("answered %q, want Manchester United coach", got.Text)
	}
	// A rank is no courtesy title: it is the answer.
	ranked := article("t", "Talks", "The U.S. delegation included retired Lt. Gen. Keith Kellogg.")
	Annotate(ranked)
	if got := ask(&a, ranked, "What is Keith Kellogg's rank?"); got.Text != "retired Lt. Gen." {
		t.Errorf("answered %q, want retired Lt. Gen.", got.Text)
	}
}

// No answer opens a bracket it does not close, or closes one it did not
// open: "(CMHI" and "(37 mi" are cut off, "(TEU)" is kept whole.
func TestSpansKeepBracketsBalanced(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"home to the Memorial Health Institute ( CMHI", "home to the Memorial Health Institute"},
		{"about 60 km ( 37 mi", "about 60 km"},
		{"the Treaty on European Union ( TEU )", "the Treaty on European Union ( TEU )"},
		{"mi ) west of the city", "west of the city"},
	} {
		toks := taggedTokens(tt.text)
		i, j := trim(toks, 0, len(toks))
		if got := spanText(tt.text, toks, i, j); got != tt.want {
			t.Errorf("trim(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// The question's own words that open a span with a possessive are cut
// off it, a name of several words too: "New York's Waldorf Astoria" for
// "At which New York venue...?" is "Waldorf Astoria".
func TestQuestionPossessorTrimmed(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"The party met at New York's Waldorf Astoria .", "Waldorf Astoria"},
		{"They admired Ukraine's determination to fight .", "determination to fight"},
	} {
		toks := taggedTokens(tt.text)
		inQ := make([]bool, len(toks))
		for k, w := range toks {
			inQ[k] = w.low == "new" || w.low == "york" || w.low == "ukraine"
		}
		i := tokenIndex(toks, "New")
		if i < 0 {
			i = tokenIndex(toks, "Ukraine")
		}
		i, j := trimQuestion(toks, i, len(toks)-1, inQ)
		if got := spanText(tt.text, toks, i, j); got != tt.want {
			t.Errorf("%q: %q, want %q", tt.text, got, tt.want)
		}
	}
}

// A span ends before a phrase of its own that only repeats the
// question's, verbs and all: "his collar bone after coming on as a
// replacement against England" answers "What did Jones damage after
// coming on against England?" as "his collar bone", shown as "collar
// bone" (pastPossessivePronoun).
func TestSpanEndsBeforeQuestionsPhrase(t *testing.T) {
	sents := article("t",
		"Kowalski broke his left wrist after coming on as a substitute against Poland.",
	)
	Annotate(sents)
	wantConfidentAnswers(t, sents, map[string]string{"What did Kowalski break after coming on against Poland?": "left wrist"})
}

// A reason ends where what came of it begins: "and therefore", "and so".
// A plain "and" goes on with the reason.
func TestReasonEndsAtConsequence(t *testing.T) {
	for text, want := range map[string]string{
		"The sale was illegal because the firm had filed for bankruptcy and therefore its assets were protected.": "because the firm had filed for bankruptcy",
		"Prices rose because demand grew and supply fell.":                                                        "because demand grew and supply fell",
	} {
		toks := taggedTokens(text)
		i := tokenIndex(toks, "because")
		if got := spanText(text, toks, i, clauseEnd(toks, i+1, false)); got != want {
			t.Errorf("reason in %q = %q, want %q", text, got, want)
		}
	}
}
