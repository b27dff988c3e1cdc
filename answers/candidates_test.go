package answers

import (
	"strings"
	"testing"
)

// Asked for a thing ("What divided...?"), a candidate starts past the
// preposition or the example marker that ties it to its sentence; asked
// where, it keeps it.
func TestThingWithoutItsPreposition(t *testing.T) {
	sents := article("t", "In the 1800s the island's population was divided by religion, such as Catholic and Protestant.", "Half were fishermen.")
	Annotate(sents)
	var a Answerer
	starts := func(question string) map[string]bool {
		out := map[string]bool{}
		for _, c := range candidatesOf(&a, sents, question) {
			out[strings.ToLower(strings.Fields(c.Text)[0])] = true
		}
		return out
	}
	if got := starts("What factor divided the island's population?"); got["by"] || got["such"] || !got["religion"] {
		t.Errorf("a thing asked for: candidates start with %v, want religion and no by or such", got)
	}
	sents = article("t", "The old sled was found in a cave near the lake.", "Divers saw it first.")
	Annotate(sents)
	if got := starts("Where was the old sled found?"); !got["in"] {
		t.Errorf("asked where: candidates start with %v, want one with in", got)
	}
}

// A description standing for a person answers a number asked of her:
// "The 14-year-old" says how old Emma Watson is, and is not turned into
// her name as it is for who said something.
func TestDescriptionAnswersNumber(t *testing.T) {
	sents := article("bafta", "The younger stars were represented by Emma Watson, who plays Hermione in the Harry Potter films.",
		"The 14-year-old said she was hoping to meet Keanu Reeves.")
	Annotate(sents)
	wantAnswers(t, sents, map[string]string{
		"How old is Emma Watson?":              "14",
		"Who was hoping to meet Keanu Reeves?": "Emma Watson",
	})
}

// A description standing for the person asked about answers through its
// own words: "the Alberta native" says where Faulder is from, and
// "Alberta" is no title of a name the question gives, as "Secretary of
// State" is of "Secretary of State Marco Rubio". The age of "But the
// 25-year-old" after a sentence naming Owen says how old he is.
func TestDescriptionPastTheOpeningAnswers(t *testing.T) {
	sents := article("execution", "Stanley Faulder was executed in Texas on Thursday.",
		"After 22 years on death row, the Alberta native became the first Canadian to be executed in the U.S. since 1952.",
		"Michael Owen has told the BBC he is happy in Spain.",
		"But the 25-year-old did not rule out a return to England.")
	Annotate(sents)
	wantAnswers(t, sents, map[string]string{
		"Of which province in Canada was Stanley Faulder a native?": "Alberta",
		"How old is Michael Owen?":                                  "25",
	})
}

// Asked which film, a count of times or a length of time is no film,
// however well its sentence matches: the answer is another candidate or
// none. Asked which year, it still answers.
func TestTimesAreNoThingOfAKind(t *testing.T) {
	sents := article("t", "Baby becomes the favourite",
		"The most nominated movie has won best picture 18 times out of the last 20 years.",
		"The Aviator has 11 nominations.")
	Annotate(sents)
	a := Answerer{Threshold: pickAny}
	if got := ask(&a, sents, "Which film won best picture?"); strings.Contains(got.Text, "times") {
		t.Errorf("answered %q: a count of times for a film", got.Text)
	}
	if got := ask(&a, sents, "How many times has the most nominated movie won best picture?"); !strings.HasPrefix(got.Text, "18") {
		t.Errorf("answered %q, want 18 times", got.Text)
	}
}

// An answer runs across no dash that sets a phrase apart; a dash within a
// word or between numbers joins.
func TestBeforeDash(t *testing.T) {
	for _, tt := range []struct{ text, from, want string }{
		{"Blunkett - who has resigned as home secretary - built his reputation.", "as", "as home secretary"},
		{"It set up religious freedom in the Polish–Lithuanian Commonwealth.", "religious", "religious freedom in the Polish–Lithuanian Commonwealth"},
		{"The wars lasted from 1562 - 1598 in France.", "from", "from 1562 - 1598 in France"},
	} {
		toks := taggedTokens(tt.text)
		i := tokenIndex(toks, tt.from)
		j := len(toks) - 1 // before the full stop
		if got := spanText(tt.text, toks, i, beforeDash(toks, i, j)); got != tt.want {
			t.Errorf("%q from %q = %q, want %q", tt.text, tt.from, got, tt.want)
		}
	}
}

// A relative clause describes and names nothing: no answer to what, who,
// where or when. A verb's "that" opens its clause and no answer.
func TestRelativeClauseAndComplementizer(t *testing.T) {
	for _, tt := range []struct {
		span string
		want bool
	}{
		{"which interprets EU law", true},
		{"who stayed in Normandy", true},
		{"that we 're one of the leaders", true},
		{"that friendly peck", false},
		{"the court which interprets EU law", false},
		{"who", false},
	} {
		toks := taggedTokens(tt.span)
		if got := relativeClause(toks, 0, len(toks)); got != tt.want {
			t.Errorf("relativeClause(%q) = %v, want %v", tt.span, got, tt.want)
		}
	}
	a := Answerer{Threshold: -1}
	sents := article("t", "Delegates agreed that the union's main court, which interprets its laws, sits in Luxembourg.", "They met in May.")
	Annotate(sents)
	if got := ask(&a, sents, "What does the union's main court do?"); got.Answered() && strings.HasPrefix(got.Text, "which") {
		t.Errorf("answered with a relative clause: %q", got.Text)
	}
	for _, tt := range []struct {
		text, from, want string
	}{
		{"The court required that higher education be open to all .", "that", "higher"},
		{"If that friendly peck gets too passionate , they are sent home .", "that", "that"},
	} {
		toks := taggedTokens(tt.text)
		i := tokenIndex(toks, tt.from)
		if got := toks[pastComplementizer(toks, i, len(toks))].low; got != tt.want {
			t.Errorf("%q: the span from %q starts at %q, want %q", tt.text, tt.from, got, tt.want)
		}
	}
}

// A candidate the sentence sets against what is so ("and not X", "rather
// than X", "instead of X") is none, unless the question asks what is not
// so, with "not" or with another word of negation ("no").
func TestContrastedIsNoAnswer(t *testing.T) {
	var a Answerer
	sents := article("t", "The Green Party will hold its spring conference in Leeds and not Harrogate, it has been confirmed.", "Delegates welcomed it.")
	Annotate(sents)
	for _, tt := range []struct {
		question  string
		harrogate bool // whether Harrogate may be a candidate
	}{
		{"In which city will the Green Party hold its spring conference?", false},
		{"Which city will not host the Green Party's spring conference?", true},
		{"Which city gets no spring conference from the Green Party?", true},
	} {
		found := false
		for _, c := range candidatesOf(&a, sents, tt.question) {
			found = found || c.Text == "Harrogate"
		}
		if found != tt.harrogate {
			t.Errorf("%q: Harrogate a candidate = %v, want %v", tt.question, found, tt.harrogate)
		}
	}
}

// A preposition that governs the question's wh-word is the question's
// own: "by what?" is answered "cytokines", not "by cytokines", and "About
// how many...?" a number without its "about".
func TestGoverningPrepositionLeftOut(t *testing.T) {
	sents := article("t",
		"White blood cells are drawn to an infection by cytokines.",
		"The new plant will use about 3,600 cubic metres of river water every hour.",
	)
	Annotate(sents)
	wantAnswers(t, sents, map[string]string{
		"White blood cells are drawn to an infection by what?":                      "cytokines",
		"About how many cubic metres of river water will the plant use every hour?": "3,600",
	})
}

// What a thing does is no part of its name: a span that runs into a
// relative clause ends before it ("cracks", not "cracks which threatened
// the bridge's main span"). A definition keeps the clause that defines
// it.
func TestSpanEndsBeforeRelativeClause(t *testing.T) {
	sents := article("t",
		"Inspectors found cracks which threatened the bridge's main span.",
		"The glands secrete a hormone called leptin that controls appetite.",
		"Tidal lagoons are sea walls that trap the incoming tide to turn turbines.",
	)
	Annotate(sents)
	wantAnswers(t, sents, map[string]string{
		"What did the inspectors find?":    "cracks",
		"The glands secrete what hormone?": "leptin",
		"What are tidal lagoons?":          "sea walls that trap the incoming tide to turn turbines",
	})
}

// A name described by a word before it ("Dane Kenneth Carlsen") is the
// question's own name, not another bearer of its surname: asked who beat
// him, the answer is not him.
func TestDescribedNameIsNoOtherBearer(t *testing.T) {
	sents := article("tennis", "Agassi endured early problems against left-handed Dane Kenneth Carlsen before sealing a 7-5 6-1 victory.",
		"He plays again on Friday.")
	Annotate(sents)
	a := Answerer{Threshold: 0.01} // whatever its confidence
	if got := ask(&a, sents, "Who beat Kenneth Carlsen 7-5 6-1?"); strings.Contains(got.Text, "Carlsen") {
		t.Errorf("answered %q (%.2f), the question's own name", got.Text, got.Score)
	}
	sents = article("pm", "Aline Chretien, wife of the prime minister, opened the fair.", "It runs all week.")
	Annotate(sents)
	if got := ask(&a, sents, "Who is married to Jean Chretien?"); !strings.Contains(got.Text, "Aline Chretien") {
		t.Errorf("answered %q (%.2f), want Aline Chretien, another bearer of the name", got.Text, got.Score)
	}
}
