package answers

import (
	"strings"
	"testing"
)

// A how-question asks for a manner, which a name or a count is not: the
// answer is the verb phrase, not "13 students" or "U.S. President".
func TestMannerIsNoNameOrCount(t *testing.T) {
	a := Answerer{Threshold: pickAny}
	for _, tt := range []struct{ text, question, not string }{
		{"The two gunmen killed 13 students before they shot themselves in the library.", "How did the gunmen die?", "13 students"},
		{"His father, U.S. President John F. Kennedy, was assassinated in Dallas in 1963.", "How did his father die?", "U.S. President"},
	} {
		sents := article("t", tt.text, "The town mourned.")
		Annotate(sents)
		if got := ask(&a, sents, tt.question); got.Text == tt.not {
			t.Errorf("%q = %q", tt.question, got.Text)
		}
	}
}

// Who says something is somebody, named or not, and the adverb of the
// speech verb is no part of the speaker.
func TestSpeakerIsSomebody(t *testing.T) {
	sents := article("floods", "The county coroner said 12 people died in the floods on Monday.",
		"The statistics bureau also said exports would fall next year.")
	Annotate(sents)
	wantAnswers(t, sents, map[string]string{
		"Who said 12 people died in the floods?": "The county coroner",
		"Who said exports would fall?":           "The statistics bureau",
	})
}

// An event is nobody: asked whom a player beat, "US Open" of "US Open
// champion Svetlana Kuznetsova" is no answer, and a surname spelt as a
// month is still a name in the question.
func TestEventsAndMonthSurnames(t *testing.T) {
	sents := article("tennis", "Sania Mirza continued her rise with victory over US Open champion Svetlana Kuznetsova at the Dubai Championships on Tuesday.",
		"Theresa May, shadow secretary for the family, told BBC Radio 4 that the plans were inadequate.")
	Annotate(sents)
	a := Answerer{Threshold: 0.01} // whatever its confidence
	for _, c := range candidatesOf(&a, sents, "Who did Sania Mirza beat?") {
		if c.Text == "US Open" || c.Text == "Dubai Championships" {
			t.Errorf("Who did Sania Mirza beat? has the candidate %q (%s, %.2f)", c.Text, c.Rule, c.P)
		}
	}
	if got := ask(&a, sents, "Who is Theresa May?"); got.Text != "shadow secretary for the family" {
		t.Errorf("Who is Theresa May? = %q (%.2f), want shadow secretary for the family", got.Text, got.Score)
	}
}

// A competition is no one either, whatever word ends its name: a Slam or
// a League. ("Games" is not such a word: "Rockstar Games" makes them.)
func TestCompetitionsAreNoOne(t *testing.T) {
	sents := article("sport", "Moya, who has won two Grand Slams, led Spain to victory over the USA in the Davis Cup final.",
		"Bayern Munich play Maccabi Tel Aviv in the Champions League on Tuesday.")
	Annotate(sents)
	a := Answerer{Threshold: 0.01} // whatever its confidence
	for question, not := range map[string]string{
		"Who did Moya lead Spain to victory over?":  "Grand Slams",
		"Who are Bayern Munich playing on Tuesday?": "Champions League",
	} {
		for _, c := range candidatesOf(&a, sents, question) {
			if c.Text == not {
				t.Errorf("%s has the candidate %q (%s, %.2f)", question, c.Text, c.Rule, c.P)
			}
		}
	}
}

// Asked who holds a title, an organisation holds none: "the Harbour Fund"
// fits "Who is the head of the Port Bank?" as little as any phrase.
func TestOrganisationHoldsNoTitle(t *testing.T) {
	sents := article("bank", "Ministers told the Port Bank and the Harbour Fund to study the damage.")
	Annotate(sents)
	s, _ := decode(sents[0])
	q := analyzeQuestion("Who is the head of the Port Bank?")
	for k := range s.toks {
		if s.toks[k].text == "Harbour" {
			if fit := typeFit(&q, s.toks, k, k+2); fit >= 1 {
				t.Errorf("the Harbour Fund fits a title holder %.2f", fit)
			}
			return
		}
	}
	t.Fatal("no Harbour token")
}

// A noun in -er of a thing is no one, nor is a structure's name: "huge
// numbers" and "Petronas Towers" fit a who-question as little as any
// common words do, where "iPod users" and "striking workers" are people.
func TestThingsInErAndStructuresAreNoOne(t *testing.T) {
	sents := article("t", "Analysts said huge numbers of iPod users and striking workers visited the Petronas Towers.")
	Annotate(sents)
	s, _ := decode(sents[0])
	q := analyzeQuestion("Who designed the tower?")
	fit := func(first, last string) float64 {
		i, j := -1, -1
		for k, tok := range s.toks {
			if tok.text == first && i < 0 {
				i = k
			}
			if tok.text == last {
				j = k + 1
			}
		}
		if i < 0 || j <= i {
			t.Fatalf("no span %q..%q", first, last)
		}
		return typeFit(&q, s.toks, i, j)
	}
	for _, tt := range []struct {
		first, last string
		person      bool
	}{
		{"huge", "numbers", false},
		{"Petronas", "Towers", false},
		{"iPod", "users", true},
		{"striking", "workers", true},
	} {
		if got := fit(tt.first, tt.last) >= typedFloorFit; got != tt.person {
			t.Errorf("%s..%s fits a who-question: %v, want %v", tt.first, tt.last, got, tt.person)
		}
	}
}

// A time zone is no one: it is a time word, which fits a who-question as
// little as any common word, not a name.
func TestTimeZoneIsNoOne(t *testing.T) {
	sents := article("rome", "The prime minister is to open the meeting at 1830 GMT.")
	Annotate(sents)
	s, _ := decode(sents[0])
	q := analyzeQuestion("Who is the prime minister of Italy?")
	for k, tok := range s.toks {
		if tok.text == "GMT" {
			if fit := typeFit(&q, s.toks, k, k+1); fit >= 1 {
				t.Errorf("GMT fits a who-question %.2f, as a name does", fit)
			}
			return
		}
	}
	t.Fatal("no GMT token")
}

// A time or an amount without a name is nowhere, nor is an organisation
// that does something: too poor a fit for a where-question to be its
// answer at all.
func TestTimeIsNowhere(t *testing.T) {
	q := analyzeQuestion("Where was the buried sled found?")
	toks := taggedTokens("A sled that was buried 300 years ago was found in Lapland .")
	span := func(from, to string) (int, int) { return tokenSpan(toks, from, to) }
	if i, j := span("300", "ago"); typeFit(&q, toks, i, j) >= typedFloorFit {
		t.Errorf("%q fits a where-question %.2f", nameText(toks, i, j), typeFit(&q, toks, i, j))
	}
	if i, j := span("Lapland", "Lapland"); typeFit(&q, toks, i, j) < typedFloorFit {
		t.Errorf("%q fits a where-question only %.2f", nameText(toks, i, j), typeFit(&q, toks, i, j))
	}
	// Nor is something done a place.
	toks = taggedTokens("The sled was found by hikers .")
	if i, j := span("found", "hikers"); typeFit(&q, toks, i, j) >= typedFloorFit {
		t.Errorf("%q fits a where-question %.2f", nameText(toks, i, j), typeFit(&q, toks, i, j))
	}
	// Nor, better than the floor, an organisation that does something;
	// one is somewhere only as a preposition of place or a building puts
	// it.
	q = analyzeQuestion("At which venue will the conference be held?")
	for _, tt := range []struct {
		text, from, to string
		place          bool
	}{
		{"The Green Party will hold its conference in Leeds .", "Green", "Party", false},
		{"Delegates met at the Green Party before the vote .", "Green", "Party", true},
		{"Delegates met beside the Leeds City Museum before the vote .", "Leeds", "Museum", true},
	} {
		toks := taggedTokens(tt.text)
		i, j := tokenSpan(toks, tt.from, tt.to)
		if fit := typeFit(&q, toks, i, j); (fit > typedFloorFit) != tt.place {
			t.Errorf("%q in %q fits a where-question %.2f, want a place: %v", nameText(toks, i, j), tt.text, fit, tt.place)
		}
	}
}

// Asked which company, people named by their noun ("gadget users") are
// no answer; asked who, they are.
func TestPeopleAreNoCompany(t *testing.T) {
	toks := taggedTokens("Brightco makes the gadget , loved by gadget users .")
	users := tokenIndex(toks, "users")
	which := analyzeQuestion("Which company makes the gadget?")
	who := analyzeQuestion("Who loves the gadget?")
	if fit := typeFit(&which, toks, users-1, users+1); fit >= 1 {
		t.Errorf("gadget users fit which company %.2f", fit)
	}
	if fit := typeFit(&which, toks, 0, 1); fit < 1 {
		t.Errorf("Brightco fits which company only %.2f", fit)
	}
	if fit := typeFit(&who, toks, users-1, users+1); fit < 1 {
		t.Errorf("gadget users fit who only %.2f", fit)
	}
}

// Who someone is is said by no other person: not by a namesake who shares
// only the first name ("King Arthur" for Arthur Miller), nor by a surname
// never given a first name in its article, nor by the names listed after
// one ("Miller, G Easterby, Humphreys").
func TestNoNamesakeNoName(t *testing.T) {
	var a Answerer // at its threshold: weak candidates of every kind remain
	for _, text := range []string{
		"Live with it: King Arthur is a fun, exciting film.",
		"The team: Sheahan, Horan, Miller, G Easterby, Humphreys, Dempsey.",
		"Final score: Miller 1, McAllister 10.",
	} {
		sents := article("t", text, "It opens on Friday.")
		Annotate(sents)
		if got := ask(&a, sents, "Who is Arthur Miller?"); got.Answered() {
			t.Errorf("%q: answered %q (%.2f)", text, got.Text, got.Score)
		}
	}
	// Nor does a bare name fit who someone is as a title does.
	q := analyzeQuestion("Who is Arthur Miller?")
	toks := taggedTokens("Subs : Giggs , Spector ; Chelsea manager")
	name := tokenIndex(toks, "Spector")
	title := tokenIndex(toks, "Chelsea")
	if typeFit(&q, toks, name, name+1) >= typeFit(&q, toks, title, title+2) {
		t.Errorf("a bare name fits who someone is %.2f, a title %.2f", typeFit(&q, toks, name, name+1), typeFit(&q, toks, title, title+2))
	}
	// A surname stands for the whole name its article gave before.
	sents := article("t", "The playwright Arthur Miller spoke in New York.", "Miller, the author of The Crucible, is 89.")
	Annotate(sents)
	if got := ask(&a, sents, "Who is Arthur Miller?"); !got.Answered() {
		t.Errorf("no answer from a surname resolved to Arthur Miller")
	}
}

// People are no phrase of place or time: "in the battle between
// Brightcom and Zorbit" does not say who leads Zorbit.
func TestPersonOpensOnNoPlace(t *testing.T) {
	q := analyzeQuestion("Who is the boss of Zorbit?")
	toks := taggedTokens("in the on-going battle between Brightcom and Zorbit")
	if fit := typeFit(&q, toks, 0, len(toks)); fit >= typedFloorFit {
		t.Errorf("a phrase of place fits who %.2f", fit)
	}
	toks = taggedTokens("by Brightcom founder Ann Reyes")
	if fit := typeFit(&q, toks, 0, len(toks)); fit < 1 {
		t.Errorf("an agent fits who only %.2f", fit)
	}
}

// "Which film...?" asks for a film: a count of times beside the words
// of the question is no answer, whatever its place; a number answers a
// measure ("What score...?") and a label holding the asked noun ("Which
// article...?").
func TestThingNotNumber(t *testing.T) {
	q := analyzeQuestion("Which film won the top prize?")
	toks := taggedTokens("the most nominated movie has won the top prize 18 times out of the last 20 years")
	at := tokenIndex(toks, "18")
	if got := typeFit(&q, toks, at, len(toks)); got != numberForThingFit {
		t.Errorf("typeFit of %q for %q = %.2f, want %.2f", "18 times...", q.text, got, numberForThingFit)
	}
	for _, tt := range []struct{ question, span string }{
		{"What score did the team get?", "18 points"},
		{"Which article bans cartels?", "article 66"},
		{"Which film won the top prize?", "The Harbour Lights"},
	} {
		q := analyzeQuestion(tt.question)
		toks := taggedTokens(tt.span)
		// A measure asks for a number as a count does: the number
		// family's best fit.
		want := 1.0
		if q.want == typeCount {
			want = numberFit
		}
		if got := typeFit(&q, toks, 0, len(toks)); got != want {
			t.Errorf("typeFit of %q for %q = %.2f, want %.2f", tt.span, tt.question, got, want)
		}
	}
}

// A where-question is not answered by something done, though a name is
// in it: "destroyed much of the Sri Lankan coast" is no place, "much of
// the Sri Lankan coast" is.
func TestPlaceIsNoDeed(t *testing.T) {
	sents := article("t", "Aid workers arrive",
		"He was one of the first on the scene after the tsunami destroyed much of the Sri Lankan coast.")
	Annotate(sents)
	a := Answerer{Threshold: pickAny}
	if got := ask(&a, sents, "Where was the tsunami?"); strings.HasPrefix(got.Text, "destroyed") {
		t.Errorf("answered %q: a deed for a place", got.Text)
	}
}

// Asked which company, a person's name fits no better than any phrase,
// when the name is surely a person's: a given name or a personal style
// opens it. A name that only looks like one ("Daily Mail") still fits.
func TestPersonIsNoCompany(t *testing.T) {
	sents := article("consoles", "On Monday Bill Gates and Mr Allard spoke while the Daily Mail and Harbour Games watched.")
	Annotate(sents)
	s, _ := decode(sents[0])
	q := analyzeQuestion("Which company makes the console?")
	for name, fits := range map[string]bool{"Bill Gates": false, "Mr Allard": false, "Daily Mail": true, "Harbour Games": true} {
		first, _, _ := strings.Cut(name, " ")
		k := tokenIndex(s.toks, first)
		if got := typeFit(&q, s.toks, k, k+2) >= 1; got != fits {
			t.Errorf("%s fits %q: %v, want %v", name, q.text, got, fits)
		}
	}
}

// A person's name is no place and no thing of a kind that is not people,
// however it is described ("Douglas's co-star Kathleen Turner" for "Which
// film...?"); a name joined to another ("Commission v Edith Cresson") is
// not a person's. A number written with its unit ("800m") is nobody's age.
func TestPersonIsNoPlaceOrThing(t *testing.T) {
	sents := article("awards", "The film saw Douglas's co-star Kathleen Turner win, after Commission v Edith Cresson, as 800m runner Kelly Holmes watched in Leeds.")
	Annotate(sents)
	s, _ := decode(sents[0])
	span := func(from, to string) (int, int) { return tokenSpan(s.toks, from, to) }
	tests := []struct {
		question, from, to string
		fits               bool
	}{
		{"Which film won the award?", "Douglas", "Turner", false},
		{"Which film won the award?", "Kathleen", "Turner", false},
		{"Which case did the court hear?", "Commission", "Cresson", true},
		{"Which actress won the award?", "Kathleen", "Turner", true},
		{"Where did the runner watch?", "Kelly", "Holmes", false},
		{"Where did the runner watch?", "Leeds", "Leeds", true},
	}
	for _, tt := range tests {
		q := analyzeQuestion(tt.question)
		i, j := span(tt.from, tt.to)
		if got := typeFit(&q, s.toks, i, j) >= 0.5; got != tt.fits {
			t.Errorf("%q fits %q: %v (%.2f), want %v", nameText(s.toks, i, j), tt.question, got, typeFit(&q, s.toks, i, j), tt.fits)
		}
	}
	// A number that may be an age fits 0.4 of a number; a distance less.
	q := analyzeQuestion("How old is Kelly Holmes?")
	if i, j := span("800m", "800m"); typeFit(&q, s.toks, i, j) >= 0.4*numberFit {
		t.Errorf("800m fits an age %.2f", typeFit(&q, s.toks, i, j))
	}
}

// Asked who holds a title, the name a preposition governs in the title
// holder's appositive holds none: "Gordon Brown, chancellor of the
// exchequer under Mr Blair".
func TestTitleHolderNotTheOneUnder(t *testing.T) {
	sents := article("treasury",
		"In his speech Gordon Brown, chancellor of the exchequer under Mr Blair, became the longest-serving chancellor.",
		"He said growth was strong.")
	Annotate(sents)
	var a Answerer
	if got := ask(&a, sents, "Who is the chancellor of the exchequer?"); got.Text != "Gordon Brown" {
		t.Errorf("answered %q (%.2f), want Gordon Brown", got.Text, got.Score)
	}
}

// "according to X" names a source: X is a person or a firm, not a place,
// and "to" there governs no name in the sense a title's preposition does
// ("chancellor under Mr Blair"), so the appositive's title is X's.
func TestAccordingToNamesTheSource(t *testing.T) {
	sents := article("hp",
		"More power to the people says HP",
		"The digital revolution is focused on letting people share their own stories, according to Carly Fiorina, chief of technology giant Hewlett Packard.",
		"Ms Fiorina was one of several speakers, who also included Microsoft chief Bill Gates.")
	Annotate(sents)
	wantConfidentAnswers(t, sents, map[string]string{
		"Who is the CEO of Hewlett Packard?": "Carly Fiorina",
		"who's the ceo of hewlett packard":   "Carly Fiorina",
	})
}

// Asked which holder of a title, a span of people or titles without a
// name fits only if it holds that title or one related to it: "player of
// the year" is no coach, "the Springbok coach" may be; asked who, any
// does.
func TestWhichTitleFitsItsOwnTitle(t *testing.T) {
	for _, tt := range []struct {
		q, span string
		fits    bool
	}{
		{"Which coach won the award?", "player of the year", false},
		{"Which coach won the award?", "the Springbok coach", true},
		{"Which coach won the award?", "the new head coach", true},
		{"Which minister won the award?", "the chief scientist", false},
		{"Who won the award?", "player of the year", true},
		{"Which people won the award?", "the players", true},
	} {
		qa := analyzeQuestion(tt.q)
		toks := taggedTokens(tt.span)
		if got := typeFit(&qa, toks, 0, len(toks)) >= 1; got != tt.fits {
			t.Errorf("typeFit(%q) for %q is 1: %v, want %v", tt.span, tt.q, got, tt.fits)
		}
	}
}

// A name fits a who- or which-company question when it heads the span,
// not when it qualifies a common noun ("iPod users" made no iPod), and a
// span with no name and no word for people or organisations is not
// admitted at all.
func TestNameMustHeadTheSpan(t *testing.T) {
	sents := article("ipod", "Analysts said low cost and huge numbers of iPod users could help Apple.")
	Annotate(sents)
	s, _ := decode(sents[0])
	q := analyzeQuestion("Which company makes the iPod?")
	span := func(from, to string) (int, int) { return tokenSpan(s.toks, from, to) }
	if i, j := span("huge", "users"); typeFit(&q, s.toks, i, j) >= typedFloorFit {
		t.Errorf("%q fits %q: %.2f", nameText(s.toks, i, j), q.text, typeFit(&q, s.toks, i, j))
	}
	if i, j := span("low", "cost"); typeFit(&q, s.toks, i, j) >= typedFloorFit {
		t.Errorf("%q fits %q: %.2f", nameText(s.toks, i, j), q.text, typeFit(&q, s.toks, i, j))
	}
	if i, j := span("Apple", "Apple"); typeFit(&q, s.toks, i, j) < 1 {
		t.Errorf("Apple fits %q only %.2f", q.text, typeFit(&q, s.toks, i, j))
	}
}

// A number, a sum or a date alone is no reason: "0.4%" says how much
// house prices fell, not why.
func TestNumberIsNoReason(t *testing.T) {
	q := analyzeQuestion("Why are house prices falling?")
	for span, reason := range map[string]bool{"0.4%": false, "about £3bn": false, "in March": false, "because rates rose": true, "the cost of borrowing": true} {
		toks := taggedTokens(span)
		if got := typeFit(&q, toks, 0, len(toks)) > mannerlessFit; got != reason {
			t.Errorf("%q fits a why-question: %v, want %v", span, got, reason)
		}
	}
}

// A name before people or a title qualifies them and is nobody: "Manitoba"
// of "a group of Manitoba parents" does not answer who; the parents do.
func TestNameQualifyingPeopleIsNobody(t *testing.T) {
	q := analyzeQuestion("Who tried to stop the vaccinations?")
	for _, tt := range []struct {
		text, span string
		person     bool
	}{
		{"a group of Manitoba parents tried to stop it .", "Manitoba", false},
		{"a group of Manitoba parents tried to stop it .", "Manitoba parents", true},
		{"Chelsea manager Jose Mourinho tried to stop it .", "Chelsea", false},
		{"Chelsea manager Jose Mourinho tried to stop it .", "Jose Mourinho", true},
		{"Jose Mourinho tried to stop it .", "Jose Mourinho", true},
	} {
		toks := taggedTokens(tt.text)
		span := taggedTokens(tt.span)
		i := tokenIndex(toks, span[0].text)
		if got := typeFit(&q, toks, i, i+len(span)) >= 0.7; got != tt.person {
			t.Errorf("%q: %q fits who %.2f, want a person: %v", tt.text, tt.span, typeFit(&q, toks, i, i+len(span)), tt.person)
		}
	}
}

// A name before a common noun and a person's name qualifies the noun:
// "Hit Parade creator Paul Abbott" is Paul Abbott, not "Hit Parade", and
// "Chicago Cubs shortstop Nomar Garciaparra" is Garciaparra, whose given
// name no lexicon knows. Before an organisation's name the first name is
// still one ("Google unit Blogger Inc").
func TestNameBeforeDescribedPerson(t *testing.T) {
	q := analyzeQuestion("Who was given a lifetime achievement award?")
	for text, spans := range map[string]map[string]bool{
		"Shameless and Hit Parade creator Paul Abbott got a lifetime achievement award .": {"Hit Parade": false, "Paul Abbott": true},
		// A given name the lexicon does not know: the name is a person's
		// by its shape.
		"Her husband , Chicago Cubs shortstop Nomar Garciaparra , got a lifetime achievement award .": {"Chicago Cubs": false, "Nomar Garciaparra": true},
		// An organisation after the noun leaves the name before it one.
		"Google unit Blogger Inc got a lifetime achievement award .": {"Google": true},
	} {
		toks := taggedTokens(text)
		for span, person := range spans {
			sp := taggedTokens(span)
			i := tokenIndex(toks, sp[0].text)
			if got := typeFit(&q, toks, i, i+len(sp)) >= 0.7; got != person {
				t.Errorf("%q fits who %.2f in %q, want a person: %v", span, typeFit(&q, toks, i, i+len(sp)), text, person)
			}
		}
	}
}

// TestCountOfOrganisationsIsNone: a span that counts or measures
// organisations ("28.9% of the club", "three firms") does not answer
// which organisation; the organisation's own noun phrase does.
func TestCountOfOrganisationsIsNone(t *testing.T) {
	q := analyzeQuestion("Which sports team does the tycoon own?")
	text := "The tycoon already owns 28.9% of the club and three firms."
	s := analyzeArticle(article("x", text))[0]
	for span, ok := range map[string]bool{"28.9% of the club": false, "the club": true, "three firms": false} {
		w := strings.Fields(span)
		i, j := tokenSpan(s.toks, strings.TrimSuffix(w[0], "%"), w[len(w)-1])
		if got := spanText(text, s.toks, i, j); got != span {
			t.Fatalf("tokens %d to %d of %q are %q, not %q", i, j, text, got, span)
		}
		if fit := typeFit(&q, s.toks, i, j); (fit >= typedFloorFit) != ok {
			t.Errorf("fit of %q = %.2f, want it %s %.2f", span, fit, map[bool]string{true: "at least", false: "under"}[ok], typedFloorFit)
		}
	}
}
