package answers

import "testing"

// A sentence that restates the question without answering it hands its
// score to the next one, which answers; both are cited, the answer's first.
func TestEchoCitesBoth(t *testing.T) {
	sents := article("t",
		"The crew's coach spoke to reporters on Monday.",
		"Later today the crew will be racing again.",
		"At noon, they will be rowing in Bergen.",
		"Tickets are sold out.",
	)
	Annotate(sents)
	var a Answerer
	got := ask(&a, sents, "Where will the crew be racing again?")
	if got.Text != "Bergen" || len(got.Evidence) != 2 || got.Evidence[0].Number != 3 || got.Evidence[1].Number != 2 {
		t.Fatalf("got %q citing %+v, want Bergen citing sentences 3 and 2", got.Text, got.Evidence)
	}
}

// Asked who, a sentence that restates the question hands nobody its
// score: the next sentence's pronoun is the person asked about, and the
// name it gives is someone else's. A place is still handed on
// (TestEchoCitesBoth).
func TestEchoNamesNoOneElse(t *testing.T) {
	sents := article("t",
		"The case was heard in Washington.",
		"Grokster's lawyer told the court that the firm could not control what its users shared.",
		"But his argument was dismissed as ridiculous by Justice David Souter.",
		"A ruling is due in June.",
	)
	Annotate(sents)
	var a Answerer
	for _, q := range []string{"Who is Grokster's lawyer?", "Who was Grokster's lawyer at the court?"} {
		if got := ask(&a, sents, q); got.Text != "" {
			t.Errorf("%s: got %q from %q, want no answer", q, got.Text, got.Evidence[0].Text)
		}
	}
}

// Asked why, a sentence that opens as a result ("So...", "It means...")
// points at its cause in the sentence before.
func TestReasonBefore(t *testing.T) {
	sents := article("t",
		"Ice covered the northern lakes all spring.",
		"Just up the coast, the ice broke early and opened the shipping lane.",
		"It means the ferry could carry supplies to the island towns.",
	)
	Annotate(sents)
	var a Answerer
	got := ask(&a, sents, "Why could the ferry carry supplies to the island towns?")
	if !got.Answered() || got.Evidence[0].Number != 2 {
		t.Fatalf("got %q citing %+v, want an answer from sentence 2", got.Text, got.Evidence)
	}
}
