package answers

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// A question that asks for a thing of a kind is not answered with a
// predicate ("placed an order for..."), however well placed: when that is
// the best the sentence gives, the articles don't say.
func TestNoPredicateForAThing(t *testing.T) {
	sents := article("skylark", "Budget airline Skylark has placed an order for 70 Boeing planes, in a deal worth $4bn.")
	Annotate(sents)
	a := Answerer{Threshold: 0.01} // whatever its confidence
	got := ask(&a, sents, "Who is the boss of Skylark?")
	if got.Answered() && opensPredicate(taggedTokens(got.Text)) {
		t.Errorf("answered a predicate: %q (%.2f)", got.Text, got.Score)
	}
	// Nor, asked for a name of a kind, a clause; a where-question's place
	// phrase may run into one.
	for _, tt := range []struct {
		question, span string
		want           bool
	}{
		{"Which country hosts the 2026 World Cup?", "Brandt is desperate to keep his place in the Norway squad", true},
		{"Which country hosts the 2026 World Cup?", "Norway", false},
		{"Who leads the delegation?", "we saw a lessening with bookings for Rome", true},
		{"Where did he find the figurines?", "on a path in the bush near the ruins he found", false},
		{"Where did the storm strike?", "we saw a lessening with bookings for Fiji", true},
		{"What is Wavelink?", "technologies can be bought at extra cost", true},
		{"What is Wavelink?", "a short-range wireless technology", false},
		{"What is Wavelink?", "has so far attracted 940,000 users", true},
		{"What is Wavelink?", "placed an order for 70 planes", true},
		// Nor, asked for a thing of a kind, a clause.
		{"What building was a gift from the twin city?", "large housing projects were built", true},
		{"What building was a gift from the twin city?", "the Palace of Culture", false},
		// Asked for the name of someone, a description is none; asked
		// for another name for something, a term is one.
		{"What is the name of the Labour chairman?", "the chairman of the Commons education committee", true},
		{"What is the name of the Labour chairman?", "Ian Lucas", false},
		{"What is another name for a coal bin?", "bunker", false},
	} {
		q := analyzeQuestion(tt.question)
		if got := notAPhrase(&q, taggedTokens(tt.span)); got != tt.want {
			t.Errorf("%q, %q: not a phrase = %v, want %v", tt.question, tt.span, got, tt.want)
		}
	}
	// Nor a question that asks what something is called.
	sents = article("novel", "The novel deals with moral issues and also seeks to uncover some of the mysteries surrounding the bishop.")
	Annotate(sents)
	if got := ask(&a, sents, "What is the name of the new bishop?"); got.Answered() && opensPredicate(taggedTokens(got.Text)) {
		t.Errorf("answered a predicate for a name: %q (%.2f)", got.Text, got.Score)
	}
	if !opensPredicate(taggedTokens("placed an order for 70 planes")) || !opensPredicate(taggedTokens("also seeks to uncover the truth")) ||
		opensPredicate(taggedTokens("retired Lt. Gen. Keith Kellogg")) {
		t.Error("opensPredicate tells a predicate from a qualified name wrongly")
	}
}

// Asked which team or company, the one the question names is not the
// answer: "Jose Mourinho" answers no "Which team did Mourinho coach?".
func TestNamedOrgIsNoAnswer(t *testing.T) {
	sents := article("coach", "Petrov took over at Vale in June, having been replaced at Rovers by Anton Varga.")
	Annotate(sents)
	a := Answerer{Threshold: 0.01} // whatever its confidence
	if got := ask(&a, sents, "Which team did Varga coach before Rovers?"); strings.Contains(got.Text, "Varga") {
		t.Errorf("answered %q (%.2f)", got.Text, got.Score)
	}
}

// "Which country...?" is answered by a name, never by a phrase that
// happens to open like a place ("at its fastest rate").
func TestNamedPlaceIsAName(t *testing.T) {
	sents := article("economy", "The economy of the twelve countries sharing the krone grew at its fastest rate in four years.")
	Annotate(sents)
	a := Answerer{Threshold: 0.01} // whatever its confidence
	if got := ask(&a, sents, "Which country has the fastest growing economy?"); got.Answered() && !holdsName(taggedTokens(got.Text)) {
		t.Errorf("answered %q (%.2f)", got.Text, got.Score)
	}
}

// A clause that contrasts or sets a condition ("while its fans are...")
// answers no what-question.
func TestContrastIsNoObject(t *testing.T) {
	sents := article("t", "Brightco is famously secretive about its product launches while Brightco fans are equally famous for guessing.")
	Annotate(sents)
	a := Answerer{Threshold: pickAny}
	if got := ask(&a, sents, "What did Brightco launch?"); strings.HasPrefix(got.Text, "while") {
		t.Errorf("answered %q (%.2f)", got.Text, got.Score)
	}
}

// A name that qualifies another person's calling answers no who-question
// but one about that person.
func TestQualifierIsNoPerson(t *testing.T) {
	tests := []struct {
		text, question, not string
		ok                  bool // the qualifier may answer
	}{
		{"R&B singer Ana Diaz is leading the race for the awards.", "Who is leading the race for the awards?", "B", false},
		{"Porto manager Jose Ribeiro expects a tough game on Sunday.", "Who expects a tough game?", "Porto", false},
		{"Porto manager Jose Ribeiro expects a tough game on Sunday.", "Who does Jose Ribeiro manage?", "Porto", true},
	}
	var a Answerer
	for _, tt := range tests {
		sents := article("t", "Results of the week", tt.text, "Alicia Keys has 12 nominations for the awards.")
		Annotate(sents)
		found := false
		for _, c := range candidatesOf(&a, sents, tt.question) {
			found = found || strings.HasSuffix(c.Text, tt.not)
		}
		if found != tt.ok {
			t.Errorf("%q in %q: %q a candidate %v, want %v", tt.question, tt.text, tt.not, found, tt.ok)
		}
	}
}

// Asked why, a noun phrase alone or a role is no reason: the object of
// the question's verb ("rejected a takeover offer worth...") is passed
// over for a reason said elsewhere.
func TestNounPhraseIsNoReason(t *testing.T) {
	sents := article("t", "Harbour Wines has rejected a takeover offer worth 3bn dollars, from Kestrel Group.",
		"Its board said it would not recommend the offer as it does not reflect the value of the company.")
	Annotate(sents)
	a := Answerer{Threshold: pickAny}
	got := ask(&a, sents, "Why did Harbour Wines reject the bid?")
	if strings.HasPrefix(got.Text, "a takeover offer") || strings.HasPrefix(got.Text, "takeover offer") {
		t.Errorf("answered %q (%.2f), a noun phrase", got.Text, got.Score)
	}
	q := analyzeQuestion("Why did Harbour Wines reject the bid?")
	for span, want := range map[string]bool{"a takeover offer worth 3bn dollars": true, "as home secretary": true,
		"as it does not reflect the value": false, "because of the build-up": false} {
		if got := notAReason(&q, taggedTokens(span)); got != want {
			t.Errorf("notAReason(%q) = %v, want %v", span, got, want)
		}
	}
}

// Asked for a kind of a thing, a kind of it is the answer, its noun and
// all ("an amending treaty"); asked which one, a phrase that only names
// the kind again is none ("the private firm").
func TestKindOfFocusIsAnAnswer(t *testing.T) {
	for _, tt := range []struct {
		question, span string
		restates       bool
	}{
		{"What type of treaty was the Lisbon Treaty?", "amending treaty", false},
		{"What kind of engines replaced steam?", "internal combustion engines", false},
		{"Which firm runs the tube?", "the private firm", true},
		{"What type of treaty was the Lisbon Treaty?", "the treaty", true},
	} {
		q := analyzeQuestion(tt.question)
		if got := restatesFocus(&q, taggedTokens(tt.span)); got != tt.restates {
			t.Errorf("%q: %q restates the focus %v, want %v", tt.question, tt.span, got, tt.restates)
		}
	}
}

// A question that holds nothing but a name ("Where is Trump?") is not
// answered from a sentence that holds none of its words: next to a
// sentence about Trump, "Putin declined an invitation to meet in
// Istanbul" says nothing of where Trump is.
func TestNameOnlyQuestionNeedsItsName(t *testing.T) {
	sents := annotatedStory(t)
	var a Answerer
	cands := candidatesOf(&a, sents, "Where is Trump?")
	if len(cands) == 0 {
		t.Fatal("no candidates")
	}
	refers := regexp.MustCompile(`\b(Trump|[Hh]e|[Hh]is|him)\b`)
	for _, c := range cands {
		if !refers.MatchString(c.Sentence.Text) {
			t.Errorf("candidate %q from %q, which does not name Trump", c.Text, c.Sentence.Text)
		}
	}
	if got := ask(&a, sents, "Where is Trump?"); got.Text != "Abu Dhabi" {
		t.Errorf("Where is Trump? = %q (%.2f), want Abu Dhabi", got.Text, got.Score)
	}
}

// Direct speech is what someone said, not what the sentence says about
// the place or time of the saying: "Who was in Antalya?" is answered by
// who spoke there, not by the people the quotation names. A title in
// quotes is no speech, and a question about what was said takes the
// quotation.
func TestQuotationNotAboutTheSaying(t *testing.T) {
	sents := article("t",
		"“The only way forward is direct talks between President Kast and President Lula,” Duarte said on Friday in Geneva.",
		"The documentary “Northern Lights” was shown in Oslo on Saturday.",
	)
	Annotate(sents)
	wantAnswers(t, sents, map[string]string{
		"Who was in Geneva on Friday?":        "Duarte",
		"What documentary was shown in Oslo?": "Northern Lights",
	})
	var a Answerer
	if got := ask(&a, annotatedStory(t), "Who was in Antalya?"); got.Text != "Rubio" {
		t.Errorf("Who was in Antalya? = %q (%.2f), want Rubio", got.Text, got.Score)
	}
	if got := ask(&Answerer{Threshold: 0.01}, sents, "What did Duarte say?"); !strings.Contains(got.Text, "direct talks") {
		t.Errorf("What did Duarte say? = %q (%.2f), want the quotation", got.Text, got.Score)
	}
}

// quotationAround finds the quotation a span is in by its marks, as the
// quote rules pair them: not a span before a quotation opens, nor one
// across the marks of two.
func TestQuotationAround(t *testing.T) {
	for _, tt := range []struct {
		text, span string
		want       bool
	}{
		{"“The only way is talks between Kast and Lula,” Duarte said.", "Kast and Lula", true},
		{"And frankly the way is talks between Kast and Lula,” Duarte said.", "Kast and Lula", true},
		{"Duarte said in Geneva on Friday: “The only way is talks.”", "Duarte", false},
		{"“We won,” said Kast, and Lula added: “We lost.”", "Kast, and Lula", false},
		{"Kast and Lula met in Geneva.", "Kast and Lula", false},
	} {
		toks := tokenize(tt.text)
		for k := range toks {
			toks[k].tag = baseTag(toks[k])
		}
		span := tokenize(tt.span)
		i := slices.IndexFunc(toks, func(t token) bool { return t.text == span[0].text })
		if _, _, got := quotationAround(toks, i, i+len(span)); got != tt.want {
			t.Errorf("%q in %q: in a quotation = %v, want %v", tt.span, tt.text, got, tt.want)
		}
	}
}

// "Who is the Chinese prime minister?" asks for the holder of that
// title: a name the same nationality's foreign minister holds is another
// title's, and a former or acting prime minister still holds this one.
func TestOtherTitleIsNoAnswer(t *testing.T) {
	sents := article("Talks in Beijing",
		"He will meet Chinese Foreign Minister Li Zhaoxing to discuss relations between the two countries.",
		"Talks on trade were held in Beijing on Tuesday.")
	Annotate(sents)
	if got := ask(&Answerer{}, sents, "Who is the Chinese prime minister?"); got.Text != "" {
		t.Errorf("answered %q (%.2f), want no answer: Li Zhaoxing is the foreign minister", got.Text, got.Score)
	}
	sents = article("Talks in Beijing",
		"He will meet acting Chinese Prime Minister Li Zhaoxing to discuss relations between the two countries.",
		"Talks on trade were held in Beijing on Tuesday.")
	Annotate(sents)
	wantConfidentAnswers(t, sents, map[string]string{"Who is the Chinese prime minister?": "Li Zhaoxing"})
}

func TestNowAnswersNoWhen(t *testing.T) {
	a := Answerer{}
	sents := article("fares", "Analyst Ray Neidl said the fare cuts would now hurt airline revenue badly.")
	Annotate(sents)
	if got := ask(&a, sents, "When will the fare cuts hurt airline revenue?"); got.Text != "" {
		t.Errorf("when = %q (%.2f), want none: now is when the article was written", got.Text, got.Score)
	}
	sents = article("fares", "Analyst Ray Neidl said the fare cuts recently hurt airline revenue badly.")
	Annotate(sents)
	if got := ask(&a, sents, "When did the fare cuts hurt airline revenue?"); got.Text != "recently" {
		t.Errorf("when = %q (%.2f), want recently", got.Text, got.Score)
	}
}

// TestTownIsNoCountry: a question asking for a town, a city or a village
// is not answered by the name of its country or continent, which the
// sentence often gives beside the town's.
func TestTownIsNoCountry(t *testing.T) {
	wantConfidentAnswersAlone(t, map[string][2]string{
		"In which Norwegian town is the Volvix boat yard?": {"The Volvix boat yard is in Norway, in the town of Lindvika.", "Lindvika"},
	})
	for span, want := range map[string]bool{
		"Sweden": true, "the UK": true, "Europe": true, "US": true, "United States": true,
		"Singapore": false, "Trollhaettan": false, "New York": false, "Swedish officials": false,
	} {
		s := analyzeArticle(article("x", "They met in "+span+" today."))[0]
		i, j := phraseSpan(s.toks, span)
		if got := countryOnly(s.toks[i:j]); got != want {
			t.Errorf("countryOnly(%q) = %v, want %v", span, got, want)
		}
	}
}

// A country is asked for by its name, not by the continent or region
// that holds it: "Which country...?" is not answered "Europe" where the
// sentence names France too, nor at all where it names only Africa.
func TestRegionIsNoCountry(t *testing.T) {
	wantAnswersInArticles(t, map[string]inArticle{
		"Which country is particularly well represented in the competition?": {answer: "France", sents: []string{
			"Of the 21 films in competition, more than half are from Europe with France particularly well represented.",
			"The festival opens on Thursday."}},
		"In which country did most of the victims die?": {answer: "", sents: []string{
			"Aid to help the victims will not take much needed relief from Africa, the prime minister has promised.",
			"The appeal has raised £100m."}},
	})
	for text, want := range map[string]bool{"Europe": true, "the Middle East": true, "Latin America": true, "France": false, "South Africa": false} {
		if got := regionOnly(taggedTokens(text)); got != want {
			t.Errorf("regionOnly(%q) = %v, want %v", text, got, want)
		}
	}
}

// A year is asked for by a year: "In what year...?" is not answered
// "recently", nor "the three months to September".
func TestYearAskedHoldsYear(t *testing.T) {
	wantAnswersInArticles(t, map[string]inArticle{
		"In what year did the Internet Engineering Task Force approve the IDN system?": {answer: "", sents: []string{
			"The Internationalised Domain Names system has been a work in progress for years and has recently been approved by the Internet Engineering Task Force.",
			"Other news followed."}},
		"In what year did Delta cut the jobs?": {answer: "", sents: []string{
			"Delta cut 6,900 jobs in the three months to September.",
			"Other news followed."}},
		"In what year did the task force approve the new system?": {answer: "2003", sents: []string{
			"The task force approved the new system in 2003.",
			"It has been a work in progress for years."}},
	})
	for text, want := range map[string]bool{"1993": true, "the 1990s": true, "1806-07": true, "AD 70": true, "'05": true, "recently": false, "currently 40": false, "the 17th century": false} {
		if got := holdsYear(taggedTokens(text)); got != want {
			t.Errorf("holdsYear(%q) = %v, want %v", text, got, want)
		}
	}
}

// A person is nowhere: "Where is Alvarez?" is not answered "President
// Okafor" of a quotation that holds both names, but from where the
// article puts Alvarez. A name the annotator only guesses is a person's
// may be a place's, and stays an answer.
func TestPersonIsNowhere(t *testing.T) {
	wantAnswersInArticles(t, map[string]inArticle{
		"Where is Alvarez?": {answer: "Lisbon", sents: []string{
			"Speaking to reporters in Lisbon during the last leg of his tour, President Alvarez said he wanted a meeting soon.",
			"\"The only way to a breakthrough here is between President Alvarez and President Okafor,\" the envoy told reporters.",
		}},
	})
	for _, tt := range []struct {
		text, span string
		person     bool
	}{
		{"The deal is between Alvarez and President Okafor .", "President Okafor", true},
		{"The deal is between Alvarez and President Okafor .", "Okafor", true},
		{"He met Mike Dunmore on Tuesday .", "Mike Dunmore", true},
		{"He was holidaying on Koh Tarua with a friend .", "Koh Tarua", false},
	} {
		s := analyzeArticle(article("x", tt.text))[0]
		i, j := phraseSpan(s.toks, tt.span)
		if got := knownPerson(&s, i, j); got != tt.person {
			t.Errorf("knownPerson(%q) in %q = %v, want %v", tt.span, tt.text, got, tt.person)
		}
	}
}

// Asked which person or organisation (a minister, a company), a phrase
// in small letters names none: "Which minister is behind the bill?" is
// not answered "animal welfare officers", nor "Which company bought the
// plant?" "a local engineering firm". A web address is a name
// ("gamesindustry.biz").
func TestNoNameForWhichOne(t *testing.T) {
	for question, sentence := range map[string]string{
		"Which minister is behind the animal welfare bill?": "The bill was drawn up by animal welfare officers and vets.",
		"Which company bought the plant?":                   "The plant was bought by a local engineering firm last year.",
	} {
		sents := article("x", sentence, "It will be debated next month.")
		Annotate(sents)
		if got := ask(&Answerer{Threshold: pickAny}, sents, question); got.Answered() && smallLettersOnly(taggedTokens(got.Text)) {
			t.Errorf("%s = %q (%.2f)", question, got.Text, got.Score)
		}
	}
	for span, want := range map[string]bool{"animal welfare officers": true, "best actress": true,
		"online news site gamesindustry.biz": false, "the Labour minister": false, "15th place": false} {
		if got := smallLettersOnly(taggedTokens(span)); got != want {
			t.Errorf("smallLettersOnly(%q) = %v, want %v", span, got, want)
		}
	}
}

// Asked who made, founded or heads a thing, a sentence that says nothing
// of the making answers it with no name of its own: "Who directed the
// film?" is not answered by another film of a cast list, nor by an
// actor. A name after "by" is a work's maker however the work is said.
func TestMakingUnsaid(t *testing.T) {
	for _, tt := range []struct{ sentence, question, want string }{
		{"Recently, Hoffmann has returned to film, with roles in I Heart Huckabees, Finding Neverland and now Meet the Fockers.",
			"Who directed Meet the Fockers?", ""},
		{"Meet the Fockers, directed by Jay Roach, opens in Britain next month.", "Who directed Meet the Fockers?", "Jay Roach"},
		{"Second favourite is a biography of Mary Queen of Scots, by John Guy.", "Who wrote the Mary Queen of Scots biography?", "John Guy"},
	} {
		sents := article("x", tt.sentence, "The winners will be named next week.")
		Annotate(sents)
		if got := ask(&Answerer{Threshold: pickAny}, sents, tt.question); got.Text != tt.want {
			t.Errorf("%s of %q = %q (%.2f), want %q", tt.question, tt.sentence, got.Text, got.Score, tt.want)
		}
	}
}
