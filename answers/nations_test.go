package answers

import "testing"

// A nationality across "and" or a comma is said of the other conjunct:
// asked about the Italian, "Italian Prime Minister X and German
// Chancellor Y" gives X, however near "German" stands to him.
func TestNationalityOfTheOtherConjunct(t *testing.T) {
	sents := article("t", "The president met Italian Prime Minister Carlo Verdi and German Chancellor Hans Brandt to talk about trade.")
	Annotate(sents)
	wantAnswersOf(t, &Answerer{Threshold: pickAny}, sents, map[string]string{
		"Who is the Italian Prime Minister?": "Carlo Verdi",
		"Who is the German Chancellor?":      "Hans Brandt",
	})
}

// A place asked of a nation is not one the sentence puts in another
// country: "Ruesselsheim, Germany" is no Swedish town, though a Swedish
// firm's plant is there; it is a German one.
func TestPlaceOfAnotherCountry(t *testing.T) {
	sents := article("strike", "Workers at the Swedish car maker's plant in Ruesselsheim, Germany, went on strike on Monday.", "The company makes 200,000 cars a year.")
	Annotate(sents)
	wantConfidentAnswers(t, sents, map[string]string{
		"In which Swedish town did the workers strike?": "", // no answer
		"In which German town did the workers strike?":  "Ruesselsheim",
	})
}

// TestCountryOwnsTheTitle: a country that owns a title ("Iraq's Trade
// Minister") says whose the title is as its nationality would, for the
// same country asked either way.
func TestCountryOwnsTheTitle(t *testing.T) {
	sents := article("t", "Iraq's Trade Minister Anna Berg welcomed the move in Kabul.", "Afghan officials said nothing.")
	Annotate(sents)
	wantAnswers(t, sents, map[string]string{
		"Who is Iraq's trade minister?":      "Anna Berg",
		"Who is the Iraqi trade minister?":   "Anna Berg",
		"Who is the trade minister of Iraq?": "Anna Berg",
	})
}

// TestCountryBeforeTitleIsAsked: a country written before the title
// asked about ("the Norway coach") asks for that country's holder, as
// "Norway's coach" and "the Norwegian coach" do; another country's coach
// is no answer.
func TestCountryBeforeTitleIsAsked(t *testing.T) {
	wantConfidentAnswersAlone(t, map[string][2]string{
		"Who is the Norway coach?": {"Sweden coach Lars Berg said the draw was fair, and Norway were drawn first.", ""},
	})
	sents := article("x", "Sweden coach Lars Berg said the draw was fair.", "Norway coach Ola Dahl was not at the draw.")
	Annotate(sents)
	wantConfidentAnswers(t, sents, map[string]string{"Who is the Norway coach?": "Ola Dahl"})
}

// TestNationalityNearAFigure: the nationality nearest a number or a date
// is no nationality of it. Asked how much the Swiss firm bid, "$800m"
// beside "Indian" (the firms bought) is the answer; asked when Western
// forces invaded Iraq, "the March 2003 invasion" is dated, though
// "Iraqi" stands nearer than the question's "Western". A person beside
// another nationality stays no answer (TestInadmissible).
func TestNationalityNearAFigure(t *testing.T) {
	sents := article("t", "Swiss cement firm Holvane has bid $800m to buy two Indian cement firms and a holding company.",
		"Rebels joined the Iraqi insurgency that followed the March 2003 invasion of Iraq by Western forces.")
	Annotate(sents)
	wantAnswers(t, sents, map[string]string{
		"How much did the Swiss firm bid for the cement firms?": "$800m",
		"When did Western forces invade Iraq?":                  "March 2003",
	})
}
