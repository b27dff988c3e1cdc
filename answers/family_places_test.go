package answers

import (
	"slices"
	"strings"
	"testing"
)

// "In the world" places nothing: asked where, a sentence that only calls
// a stadium one of the best in the world answers nothing.
func TestTheWorldIsNoPlace(t *testing.T) {
	sents := article("arena", "\"The Harbour Arena is probably one of the best stadiums in the world,\" he said.")
	Annotate(sents)
	a := Answerer{Threshold: 0.01} // whatever its confidence
	if got := ask(&a, sents, "Where is the Harbour Arena?"); strings.Contains(got.Text, "world") {
		t.Errorf("answered %q (%.2f)", got.Text, got.Score)
	}
	sents = article("games", "The firm hopes to challenge the dominance of Gamewell in the handheld market.")
	Annotate(sents)
	var b Answerer // at its threshold: "handheld market" is a weak chunk still
	if got := ask(&b, sents, "Where is Gamewell based?"); strings.Contains(got.Text, "market") {
		t.Errorf("answered %q (%.2f)", got.Text, got.Score)
	}
	// Nor is a time: "at a time when...".
	sents = article("arena", "The winger lifted the record Harbour Arena crowd at a time when the visitors led.")
	Annotate(sents)
	if got := ask(&a, sents, "Where is the Harbour Arena?"); strings.Contains(got.Text, "time") {
		t.Errorf("answered %q (%.2f)", got.Text, got.Score)
	}
	// Nor an aim, a way or a category: "In an effort to...", "in a very
	// general way", "in the supporting categories".
	for _, tt := range []struct{ sentence, question, not string }{
		{"In an effort to cut the surplus, growers will be allowed to destroy vines.", "Where will growers be allowed to destroy vines?", "effort"},
		{"The councillor said she spoke for the harbour ward in a very general way.", "Which area does the councillor represent?", "way"},
		{"In the supporting categories, the Oscars ceremony will honour Morgan Freeman.", "Where will the Oscars ceremony be held?", "categories"},
	} {
		sents = article("place", tt.sentence)
		Annotate(sents)
		if got := ask(&a, sents, tt.question); strings.Contains(got.Text, tt.not) {
			t.Errorf("%s = %q (%.2f)", tt.question, got.Text, got.Score)
		}
	}
}

// Asked where, neither the sides of a meeting ("between Norway, Chile,
// and Peru") nor an organisation that qualifies people ("Foreign Ministry
// officials") is a place; "at the Foreign Ministry" is. A where-question
// is offered neither: the sentence that says a meeting took place may
// hold more of the question than the one that says where, and name no
// place for it ("Where are the talks taking place?" was answered "Turkish
// Foreign Ministry"). Asked which country, a side is still one.
func TestSidesAndEmployersAreNowhere(t *testing.T) {
	offered := func(question, text string) []string {
		q := analyzeQuestion(question)
		s := analyzeArticle(article("t", text))[0]
		return spanTexts(placeSpans(&q, &s))
	}
	const met = "Norwegian Foreign Ministry officials confirmed a meeting between Norway , Chile , and Peru took place ."
	for _, got := range offered("Where are the talks taking place?", met) {
		if got == "Norway" || got == "Chile" || got == "Peru" || got == "Norwegian Foreign Ministry" {
			t.Errorf("where-question offered %q of %q", got, met)
		}
	}
	if got := offered("Which country met Chile?", met); !slices.Contains(got, "Norway") {
		t.Errorf("which-country question offered %q of %q, want Norway among them", got, met)
	}
	q := analyzeQuestion("Where are the talks being held?")
	for _, tt := range []struct {
		text, span string
		place      bool
	}{
		{"Norwegian Foreign Ministry officials confirmed a meeting between Norway , Chile , and Peru .", "Norway", false},
		{"Norwegian Foreign Ministry officials confirmed a meeting between Norway , Chile , and Peru .", "Chile", false},
		{"Norwegian Foreign Ministry officials confirmed a meeting between Norway , Chile , and Peru .", "Norwegian Foreign Ministry", false},
		{"The delegates met at the Foreign Ministry in Oslo .", "Foreign Ministry", true},
		{"The delegates met in Oslo on Monday .", "Oslo", true},
	} {
		sents := article("t", tt.text)
		Annotate(sents)
		s, _ := decode(sents[0])
		i, j := phraseSpan(s.toks, tt.span)
		best := typeFit(&q, s.toks, i, j)
		for _, c := range placeSpans(&q, &s) {
			if c.i == i && c.j == j {
				best = max(best, c.fit)
			}
		}
		if got := best > 0.5; got != tt.place {
			t.Errorf("%q in %q: fits where %.2f, want a place %v", tt.span, tt.text, best, tt.place)
		}
	}
}

// A place that owns a site named after it ("at Leeds's Armley jail") is
// where the site is: the site is the answer, the owner a lesser one. An
// abstract thing owned ("Britain's economy") is no site, and a country
// asked for is the owner itself.
func TestPlaceOwnsSite(t *testing.T) {
	fits := func(question, sentence string) map[string]float64 {
		q, rs := ranks(t, question, sentence)
		m := map[string]float64{}
		for _, c := range placeSpans(&q, rs[0].s) {
			m[c.text()] = max(m[c.text()], c.fit)
		}
		return m
	}
	got := fits("Where are the suspects held?", "Most suspects are held at Leeds's Armley jail.")
	if got["Leeds's Armley jail"] != 1 || got["Leeds"] >= 1 {
		t.Errorf("place fits %v: want the jail first, then Leeds", got)
	}
	got = fits("Where did growth slow?", "Growth slowed in Britain's economy last year.")
	if got["Britain"] != 1 {
		t.Errorf("place fits %v: want Britain, owner of nothing that is a place", got)
	}
	got = fits("Which country are the suspects held in?", "Most suspects are held at Leeds's Armley jail.")
	if _, ok := got["Leeds's Armley jail"]; ok {
		t.Errorf("place fits %v: a jail for which country", got)
	}
	got = fits("Where is Armley jail?", "Most suspects are held at Leeds's Armley jail.")
	if got["Leeds"] != 1 {
		t.Errorf("place fits %v: want Leeds for where the jail asked about is", got)
	}
}

// A list of places comes whole with its "the" and its comma before "and",
// and a country's short form is a place in it.
func TestPlaceListWithArticleAndSerialComma(t *testing.T) {
	q, rs := ranks(t, "Which countries met in the three-way meeting?",
		"Ministry officials confirmed a three-way meeting between Norway, the U.S., and Chile took place.")
	if got := spanTexts(placeSpans(&q, rs[0].s)); !slices.Contains(got, "Norway, the U.S., and Chile") {
		t.Errorf("place spans %q, want the list whole", got)
	}
	// The sides of a meeting are not where it was.
	q, rs = ranks(t, "Where did the three-way meeting take place?",
		"Ministry officials confirmed a three-way meeting between Norway, the U.S., and Chile took place.")
	got := spanTexts(placeSpans(&q, rs[0].s))
	if slices.Contains(got, "Norway, the U.S., and Chile") {
		t.Errorf("place spans %q: the sides of the meeting for where it was", got)
	}
	// Nor is the list's tail a list of its own.
	if slices.Contains(got, "U.S., and Chile") {
		t.Errorf("place spans %q: the tail of the sides' list", got)
	}
}

// A preposition a word governs opens its complement, not a place:
// "contingent on his own approval" says on what, not where.
func TestGovernedPrepositionIsNoPlace(t *testing.T) {
	q := analyzeQuestion("Where is the minister?")
	for text, want := range map[string]string{
		"The minister said the deal was contingent on his own approval .": "",
		"The minister said the deal was signed in the old town hall .":    "in the old town hall",
	} {
		toks := taggedTokens(text)
		got := ""
		if c, ok := placePhrase(&q, toks); ok {
			got = spanText(text, toks, c.i, c.j)
		}
		if got != want {
			t.Errorf("%q: place phrase %q, want %q", text, got, want)
		}
	}
}

// placePhrase returns the last place phrase placeSpans offers in a
// sentence of toks, and whether there is one.
func placePhrase(q *question, toks []token) (candidate, bool) {
	var out candidate
	found := false
	for _, c := range placeSpans(q, &sentence{toks: toks}) {
		if c.rule == "place-phrase" {
			out, found = c, true
		}
	}
	return out, found
}

// A phrase after a preposition of place places something when its noun
// is a place or a name; "on a trip" and "from a knee injury" say how or
// when, and are offered at a third of the fit.
func TestPlacePhraseNeedsAPlace(t *testing.T) {
	q := analyzeQuestion("Where was the minister?")
	for text, place := range map[string]bool{
		"The minister was on a trip .":                             false,
		"The minister was back from a career-threatening injury .": false,
		"The minister was in the basement .":                       true,
		"The minister was on the motorway .":                       true,
		"The minister was outside the Kodak Theatre .":             true,
		"The minister was in the family's basement show .":         true, // the phrase runs on past its noun
	} {
		c, _ := placePhrase(&q, taggedTokens(text))
		fit := c.fit
		if want := placePhraseFit; !place {
			if fit == 0 || fit >= want/2 {
				t.Errorf("%q: place phrase fit %.2f, want a third of %.2f", text, fit, want)
			}
		} else if fit != want {
			t.Errorf("%q: place phrase fit %.2f, want %.2f", text, fit, want)
		}
	}
}

// A person's title before a place is no part of the place: "will
// captain Norway" puts nothing in "captain Norway".
func TestPlaceWithoutPersonsTitle(t *testing.T) {
	sents := article("t",
		"Voss, who will captain Norway in the opening tournament, was delighted with her award.",
	)
	Annotate(sents)
	var a Answerer
	for _, c := range candidatesOf(&a, sents, "Where was the awards ceremony held?") {
		if strings.HasPrefix(c.Text, "captain") && strings.Contains(c.Rule, "place") {
			t.Errorf("place candidate %q (%s) holds a person's title", c.Text, c.Rule)
		}
	}
}

// TestNumberIsNoPlace: a phrase after "in" that ends on a number ("in the
// first two or three weeks") is a time or an amount, not a place.
func TestNumberIsNoPlace(t *testing.T) {
	var a Answerer
	sents := article("t", "\"Money has moved out of the harbour fund in the first two or three weeks of January into other markets,\" he said.", "Sales rose.")
	Annotate(sents)
	for _, c := range candidatesOf(&a, sents, "Where did money from the harbour fund go in January?") {
		if strings.Contains(c.Rule, "place-phrase") && strings.HasSuffix(c.Text, "two") {
			t.Errorf("place phrase %q", c.Text)
		}
	}
}

// TestNamedPlaceAfterPhrase: a place phrase that a named place follows
// ("at her base in Australia") gives way to the named place.
func TestNamedPlaceAfterPhrase(t *testing.T) {
	sents := article("t", "The participation of Anna Berg, currently training at her base in Australia, would boost the race.", "Sales rose.")
	Annotate(sents)
	wantAnswers(t, sents, map[string]string{"Where is Anna Berg training?": "Australia"})
}

// A place said in one word with "-born" or "-based" answers the question
// that asks that word, known place or not: "The Tarnville-born singer"
// says where she was born, as "Leeds-based" says where a firm is; and it
// is a place's name for "In which city...?", though the tagger took the
// word whole.
func TestPlaceInOneWordAsked(t *testing.T) {
	sents := article("singer", "The Tarnville-born singer, full name Ada Flint, signed to a record label at 15 and released her first single So High at 18.",
		"Shares in the Elmsworth-based chain Harbour Foods rose 4% on Monday.",
		"She now lives with her daughter in Rome.")
	Annotate(sents)
	wantConfidentAnswers(t, sents, map[string]string{
		"In which city was Ada Flint born?": "Tarnville",
		"Where is Harbour Foods based?":     "Elmsworth",
	})
}

// Asked where someone works, the organisation beside their name or title
// answers, not the city it is in; a where-question about anything else is
// not read so.
func TestEmployerAsked(t *testing.T) {
	for question, want := range map[string]bool{
		"tim ghriskey works where":                      true,
		"Where does Howard Archer work?":                true,
		"julio hegedus is chief economist where":        true,
		"Where is Julio Hegedus chief economist?":       true,
		"Where are nurses demonstrating?":               false,
		"Where was the governor first observed?":        false,
		"Where did the Prime Minister give his speech?": false,
	} {
		if q := analyzeQuestion(question); q.employer != want {
			t.Errorf("%q asks for an employer: %v, want %v", question, q.employer, want)
		}
	}
	sents := article("dollar", "\"Things are getting worse,\" said David Wyss of Standard & Poor's in New York.",
		"Howard Archer, economist at Global Insight, said the Bank of England would wait.",
		"Julio Hegedus, chief economist at Lopes Filho & Associates in Rio de Janeiro, expects rates to rise.")
	Annotate(sents)
	wantAnswers(t, sents, map[string]string{
		"david wyss works where":                 "Standard & Poor's",
		"Where does Howard Archer work?":         "Global Insight",
		"julio hegedus is chief economist where": "Lopes Filho & Associates",
	})
}
