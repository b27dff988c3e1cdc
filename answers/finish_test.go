package answers

import (
	"slices"
	"testing"
)

// An adverb that sets a phrase in its sentence is no part of the answer
// shown ("only 42,000"), nor is the verb that opens a list ("include
// interferons"); the candidate is scored as found.
func TestAnswerShownWithoutLeadingAdverb(t *testing.T) {
	sents := article("t",
		"By 1950 the number of residents had fallen to only 42,000.",
		"Signalling proteins that warn nearby cells include interferons.",
	)
	Annotate(sents)
	wantAnswers(t, sents, map[string]string{
		"What had the number of residents fallen to by 1950?": "42,000",
		"What signalling proteins warn nearby cells?":         "interferons",
	})
}

// The rate a figure is given at is left out of the answer when the
// question gives it already, and kept when it does not.
func TestAskedRateLeftOut(t *testing.T) {
	sents := article("club", "Each member of the rowing club pays £40 a month towards the new boathouse.", "The club was founded in 1921.")
	Annotate(sents)
	wantAnswers(t, sents, map[string]string{
		"How much a month does each member pay towards the boathouse?": "£40",
		"How much does each member pay towards the boathouse?":         "£40 a month",
	})
}

// TestAmountWithoutItsLead: an amount answers without the preposition
// or the verb that leads it, or both ("stands at"), and keeps the words
// that say how near it is; a time's preposition is the time question's
// business.
func TestAmountWithoutItsLead(t *testing.T) {
	for _, tt := range []struct{ question, span, want string }{
		{"What is the US trade deficit?", "at $427bn", "$427bn"},
		{"How much did the ferry line make?", "making £86m", "£86m"},
		{"What does an average home cost?", "stands at £152,879", "£152,879"},
		{"How many loans were made in January?", "fell to 79,000", "79,000"},
		{"How fast do the trains run?", "of 333-419 kilometres per hour", "333-419 kilometres per hour"},
		{"How many workers joined the strike?", "up to 2,500", "up to 2,500"},
		{"How many workers joined the strike?", "about 500", "about 500"},
		{"When did the strike start?", "in 1999", "in 1999"},
	} {
		q := analyzeQuestion(tt.question)
		toks := taggedTokens(tt.span)
		i := pastAmountLead(&q, toks, 0, len(toks))
		if got := tt.span[toks[i].start:]; got != tt.want {
			t.Errorf("%q for %q: answer %q, want %q", tt.span, tt.question, got, tt.want)
		}
	}
}

// TestAskedMeasureValue: asked what measure, the value a span gives it
// after "of" answers, without the noun the question already says; a span
// whose noun follows a verb or a comma is another's, and stays whole.
func TestAskedMeasureValue(t *testing.T) {
	for _, tt := range []struct{ question, span, want string }{
		{"What HIV prevalence does the firm estimate?", "an HIV prevalence of 24% among its workforce", "24%"},
		{"What seven-month low did the dollar hit?", "a seven-month low of 105.17 earlier", "105.17"},
		{"What salary will the new chief earn?", "a salary of £90,000 a year", "£90,000 a year"},
		{"What forecast did the bank give?", "raised its forecast of 2%", "raised its forecast of 2%"},
		{"What price did the shares reach?", "a price of confidence", "a price of confidence"},
		{"How much did the shares reach?", "a price of $51", "a price of $51"},
	} {
		q := analyzeQuestion(tt.question)
		toks := taggedTokens(tt.span)
		i, j := askedMeasureValue(&q, toks, 0, len(toks))
		if got := tt.span[toks[i].start:toks[j-1].end]; got != tt.want {
			t.Errorf("%q for %q: answer %q, want %q", tt.span, tt.question, got, tt.want)
		}
	}
	// And so the answer a user reads.
	wantConfidentAnswersAlone(t, map[string][2]string{
		"What HIV prevalence does the mining firm estimate among its workforce?": {
			"The mining firm estimates an HIV prevalence of 24% among its workforce.", "24%"},
	})
}

// TestPastPossessivePronoun: an answer does not open on a pronoun's
// "his" or "their" before a common noun, which points back into a
// sentence the reader of the answer alone does not have; a question for
// a person keeps it, and so does a phrase whose next word is a number or
// a name.
func TestPastPossessivePronoun(t *testing.T) {
	for _, tt := range []struct{ question, span, want string }{
		{"What was Betsen's injury?", "his thigh injury", "thigh injury"},
		{"What do shoppers spend the money on?", "their weekly groceries", "weekly groceries"},
		{"Who did Smith thank?", "his brother", "his brother"},
		{"What birthday is the Queen celebrating?", "her 99th birthday", "her 99th birthday"},
		{"What did the firm update?", "its Windows software", "its Windows software"},
		{"What was Betsen's injury?", "his", "his"},
	} {
		q := analyzeQuestion(tt.question)
		toks := taggedTokens(tt.span)
		i := pastPossessivePronoun(&q, toks, 0, len(toks))
		if got := tt.span[toks[i].start:]; got != tt.want {
			t.Errorf("%q for %q: answer %q, want %q", tt.span, tt.question, got, tt.want)
		}
	}
	wantConfidentAnswersAlone(t, map[string][2]string{
		"What was Serge Betsen's injury?": {"Serge Betsen was ruled out with his thigh injury on Friday.", "thigh injury"},
	})
}

// A peerage or a knighthood before a name is shown with it: "Lord
// Falconer" is what the man is called. A courtesy "Mr" and an office
// ("Home Office Minister") are not.
func TestAnswerShowsPeerage(t *testing.T) {
	sents := article("Peers and ministers",
		"In December the Lords rejected a plea by current Lord Chancellor Lord Falconer that the holder of the job should be a lawyer.",
		"Metropolitan Police Commissioner Sir John Stevens last month backed a Tory attempt to change the law.",
		"The report says on 13 March the attorney general met Downing Street adviser Baroness Morgan.")
	Annotate(sents)
	wantConfidentAnswers(t, sents, map[string]string{
		"Who is the Lord Chancellor?":                                 "Lord Falconer",
		"Who is the Metropolitan Police Commissioner?":                "Sir John Stevens",
		"Which Downing Street adviser did the attorney general meet?": "Baroness Morgan",
	})
}

// TestAnswerEndsWithTheName: a span that stops inside a name, because the
// question names the name's last words, is given with the name whole
// (toNameEnd).
func TestAnswerEndsWithTheName(t *testing.T) {
	wantConfidentAnswersAlone(t, map[string][2]string{
		"What church in Devon is maintained by the society as a shrine?": {"The Larkfield Society maintains Saint Aldhelm Parish Church in Devon as a shrine with occasional services.", "Saint Aldhelm Parish Church"},
	})
	// A span cut inside a name goes on to its end; one that ends with the
	// name stays.
	qa := analyzeQuestion("Which institute treats patients in Krakow?")
	s := analyzeArticle(article("x", "Patients are treated at the Jan Kowalski Institute of Oncology in Krakow."))[0]
	open := slices.IndexFunc(s.toks, func(t token) bool { return t.text == "Jan" })
	whole := slices.IndexFunc(s.toks, func(t token) bool { return t.text == "Oncology" }) + 1
	if got := toNameEnd(&qa, &s, open, open+3); got != whole {
		t.Errorf("\"Jan Kowalski Institute\" ends at word %d, want %d", got, whole)
	}
	if got := toNameEnd(&qa, &s, open, whole); got != whole {
		t.Errorf("the whole name ends at word %d, want %d", got, whole)
	}
	// Nor does an answer go on into the name the question is about; a
	// name word of the question among others is no such name.
	for _, c := range []struct {
		q, words string
		asked    bool
	}{
		{"Who beat Kenneth Carlsen 7-5 6-1?", "Kenneth Carlsen", true},
		{"Which member of the Ontario Parliament spoke first?", "of Parliament Anna Lee", false},
	} {
		qa := analyzeQuestion(c.q)
		toks := analyzeArticle(article("x", "Then "+c.words+" came."))[0].toks
		if got := namesAsked(&qa, toks[1:len(toks)-2]); got != c.asked {
			t.Errorf("namesAsked(%q, %q) = %v", c.q, c.words, got)
		}
	}
}
