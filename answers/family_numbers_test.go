package answers

import (
	"slices"
	"strings"
	"testing"
)

// A number that is part of a name ("Xbox 2") or one to dial is no price
// and no count, unless a number to call is what is asked.
func TestNumbersThatCountNothing(t *testing.T) {
	sents := article("console", "Makers were given a glimpse of the new Gamebox 2 console.",
		"Owners can order a new cable by telephoning 0800 028 9276 in the UK.",
		"Her 400m gold medal win was the highlight of the games.")
	Annotate(sents)
	a := Answerer{Threshold: 0.01} // whatever its confidence
	for _, tt := range []struct{ question, not string }{
		{"How much is the new Gamebox?", "2"},
		{"How much is a new cable?", "0800 028 9276"},
		{"How many cables can owners order?", "0800 028 9276"},
		// A distance counts no medals.
		{"How many gold medals did she win?", "400m"},
	} {
		if got := ask(&a, sents, tt.question); got.Text == tt.not {
			t.Errorf("%q = %q (%.2f)", tt.question, got.Text, got.Score)
		}
	}
	if got := ask(&a, sents, "What number should owners call for a new cable?"); got.Text != "0800 028 9276" {
		t.Errorf("the number to call = %q (%.2f)", got.Text, got.Score)
	}
}

// A day of a month is a date: it counts nothing, before its month or
// after it.
func TestDayOfMonthCountsNothing(t *testing.T) {
	for _, sentence := range []string{
		"Players have until 12 November to register their interest.",
		"Players have until November 12 to register their interest.",
	} {
		q, rs := ranks(t, "What is the interest rate?", sentence)
		toks := rs[0].s.toks
		for i, tok := range toks {
			if tok.text == "12" {
				if fit := quantityFit(&q, toks, i, i+1); fit > nameNumberFit {
					t.Errorf("%q: fit of 12 = %.2f, want at most %.2f", sentence, fit, nameNumberFit)
				}
			}
		}
	}
	q, rs := ranks(t, "How many players registered?", "By 12 November some 340 players had registered.")
	toks := rs[0].s.toks
	for i, tok := range toks {
		if tok.text == "340" {
			if fit := quantityFit(&q, toks, i, i+1); fit <= nameNumberFit {
				t.Errorf("fit of 340 players = %.2f, want more than %.2f", fit, nameNumberFit)
			}
		}
	}
}

// "one" counts, though it is a stop word, and "one of the" picks one out
// and counts nothing.
func TestOneCounts(t *testing.T) {
	sents := article("snow", "In a normal winter only one avalanche reaches the village.",
		"The museum holds one of the largest collections of barometers in the world.")
	Annotate(sents)
	a := Answerer{Threshold: 0.01} // whatever its confidence
	if got := ask(&a, sents, "How many avalanches reach the village in a normal winter?"); !strings.HasSuffix(got.Text, "one") {
		t.Errorf("how many avalanches = %q (%.2f), want one", got.Text, got.Score)
	}
	if got := ask(&a, sents, "How many barometers are in the museum?"); got.Text == "one" && strings.Contains(got.Evidence[0].Text, "barometers") {
		t.Errorf("how many barometers = %q (%.2f): one of the largest counts nothing", got.Text, got.Score)
	}
}

// Asked where someone stands in a table or a ranking, the answer is a
// rank, not a place on the map; "What place...?" and "taking place" still
// ask where.
func TestRanks(t *testing.T) {
	for q, want := range map[string]bool{
		"Where is Mark Lind currently ranked in the world?":             true,
		"Where are Leeds currently placed in the Premiership?":          true,
		"Where does the win lift Ulster to in the Celtic League table?": true,
		"What is Hantuchova's world ranking now?":                       true,
		"Which place in the league table are Sale in?":                  true,
		"Where are the European Indoor Championships taking place?":     false,
		"What place had the Norman architectural style?":                false,
		"Where was the bomb placed?":                                    false,
		// A place in a poll, a list or an election, by "finish", "come"
		// or "land"; a name's place in a table by "be"; "What
		// position...?" with a table named.
		"Where did UKIP finish in last June's European elections?": true,
		"Where did U2's album come in the Q list?":                 true,
		"Where are Ajax in the Dutch league?":                      true,
		"What position are Newcastle in the Premiership?":          true,
		"Where is the tallest tower in the world?":                 false,
		"Where is the league based?":                               false,
		"What position does Schalk Burger play?":                   false,
		"Where did the marathon finish?":                           false,
	} {
		qa := analyzeQuestion(q)
		if got := qa.asksRank(); got != want {
			t.Errorf("%q asks a rank: %v, want %v", q, got, want)
		}
	}
	_, rs := ranks(t, "Where are Leeds placed in the table?",
		"Leeds are fifth in the table after the second half of the season, and number 3 in the world, one place above 9th-placed York.")
	got := spanTexts(rankSpans(rs[0].s))
	if !slices.Equal(got, []string{"fifth", "number 3"}) {
		t.Errorf("rank spans %q, want fifth and number 3 (not the second half)", got)
	}
}

// An age is not counted in hours, days or weeks said without "old": "up
// to three hours", "has 10 days to appeal" are nobody's age; nor is a
// length of time that owns what it measures ("two weeks' wages").
func TestNoAgeInHours(t *testing.T) {
	which := analyzeQuestion("How old is the mayor?")
	for _, text := range []string{
		"The mayor spoke for up to three hours .",
		"The mayor has 10 days to appeal against the ruling .",
		"The council fined the mayor two weeks' wages .",
	} {
		toks := taggedTokens(text)
		for _, sp := range numberSpans(toks) {
			if fit := typeFit(&which, toks, sp[0], sp[1]); fit >= typedFloorFit {
				t.Errorf("%q fits how old %.2f", nameText(toks, sp[0], sp[1]), fit)
			}
		}
	}
	// Said old, weeks are an age.
	toks := taggedTokens("The foal is three weeks old .")
	for _, sp := range numberSpans(toks) {
		if fit := typeFit(&which, toks, sp[0], sp[1]); fit < typedFloorFit {
			t.Errorf("%q fits how old only %.2f", nameText(toks, sp[0], sp[1]), fit)
		}
	}
}

// An ordinal answers a count with the number it begins with, still the
// sentence's own words; one that begins with none stays as it is.
func TestCardinalOfOrdinal(t *testing.T) {
	for in, want := range map[string]string{
		"13th": "13", "21st": "21", "sixth": "six", "Seventh": "Seven", "eighteenth": "eighteen",
		"tenth": "ten", "third": "third", "fifth": "fifth", "13": "13", "six": "six",
	} {
		if got := cardinalOfOrdinal(in); got != want {
			t.Errorf("cardinalOfOrdinal(%q) = %q, want %q", in, got, want)
		}
	}
}

// The kind asked for: a job is a title or a word for a role, not a clause
// beside the name; a person is no count of named things; an age, a length of time or a count is no sum of
// money, an amount may be.
func TestKindAskedFor(t *testing.T) {
	job := analyzeQuestion("What is Ada Lind's job?")
	for span, want := range map[string]float64{"Tory leader": 1, "chief economist": 1, "said there could be no concession": 0.3} {
		toks := taggedTokens(span)
		if got := typeFit(&job, toks, 0, len(toks)); got != want {
			t.Errorf("typeFit(%q) for %q = %.2f, want %.2f", span, job.text, got, want)
		}
	}
	who := analyzeQuestion("Who won the Australian Open?")
	for span, want := range map[string]float64{"Lindsay Davenport": 1, "three Grand Slams": namelessFit, "95 students": 1} {
		toks := taggedTokens(span)
		if got := typeFit(&who, toks, 0, len(toks)); got != want {
			t.Errorf("typeFit(%q) for %q = %.2f, want %.2f", span, who.text, got, want)
		}
	}
	money := taggedTokens("£500m")
	for q, low := range map[string]bool{"How old is Ada Lind?": true, "How many jobs were cut?": true, "What amount did the city cut?": false} {
		qa := analyzeQuestion(q)
		if got := quantityFit(&qa, money, 0, len(money)); (got == moneyForOtherFit) != low {
			t.Errorf("quantityFit(£500m) for %q = %.2f", q, got)
		}
	}
	// "How many...?" asks for a count, and a percentage is none: it is
	// refused. Asked for a count otherwise ("What stake...?"), a share
	// may answer, less surely; asked for a percentage, it does.
	share := taggedTokens("almost 30%")
	for q, want := range map[string]float64{"How many ID fraud cases were reported?": percentForHowManyFit,
		"What stake in the carmaker did the bank buy?": shareForCountFit} {
		qa := analyzeQuestion(q)
		if got := quantityFit(&qa, share, 0, len(share)); got != want {
			t.Errorf("quantityFit(almost 30%%) for %q = %.2f, want %.2f", q, got, want)
		}
	}
	if qa := analyzeQuestion("What percentage of cases were reported?"); quantityFit(&qa, share, 0, len(share)) <= shareForCountFit {
		t.Errorf("quantityFit(almost 30%%) for %q is no more than a share's for a count", qa.text)
	}
	if percentForHowManyFit >= typedFloorFit {
		t.Errorf("a percentage asked how many fits %.2f, over the floor %.2f", percentForHowManyFit, typedFloorFit)
	}
	// Whatever its confidence: the percentage is no candidate at all.
	sents := article("debt", "By 18 February, creditors holding $41bn - or 40% of the total debt - had accepted the offer.",
		"The government says the offer is final.")
	Annotate(sents)
	if got := ask(&Answerer{Threshold: pickAny}, sents, "How many bondholders hold the defaulted debt?"); strings.Contains(got.Text, "%") {
		t.Errorf("How many bondholders...? = %q (%.2f), a percentage", got.Text, got.Score)
	}
	// How many is no decade and no fraction; how old no count of things;
	// a score no number alone.
	for _, tt := range []struct {
		q, span string
		want    float64
	}{
		{"How many children were locked up?", "1950s", 0.3},
		{"How many children came to Canada?", "over half", shareForCountFit},
		{"How old was the boy who shot the students?", "two students", 0.2},
		{"How old was the boy who shot the students?", "14-year-old", 1},
		// A score is two numbers.
		{"What was the score in the final?", "18-17", 1},
		{"What was the score in the final?", "16", bareScoreFit},
	} {
		qa := analyzeQuestion(tt.q)
		toks := taggedTokens(tt.span)
		if got := quantityFit(&qa, toks, 0, len(toks)); got != tt.want {
			t.Errorf("quantityFit(%q) for %q = %.2f, want %.2f", tt.span, tt.q, got, tt.want)
		}
	}
	// A rate or a share asked for is surely one said in percent, and
	// "how many" still counts.
	for q, want := range map[string]float64{"What rate of income tax do they want?": 1, "What share of sales are made at home?": 1,
		"How many ID fraud cases were reported?": percentForHowManyFit} {
		qa := analyzeQuestion(q)
		if got := quantityFit(&qa, share, 0, len(share)); got != want {
			t.Errorf("quantityFit(almost 30%%) for %q = %.2f, want %.2f", q, got, want)
		}
	}
}

// Asked how old someone is, a length of time that says how long
// something lasted or that an "of" phrase fills ("five years of
// dominance"), a year, and "one of" are no age; "years of age" and
// "around 50 years" still are, and "At 42, Sullivan..." surely.
func TestAgeIsNoLengthOfTime(t *testing.T) {
	for _, tt := range []struct {
		sentence, span string
		age            bool
	}{
		{"Khan has had roles over the past two years.", "two years", false},
		{"Mr Sullivan has spent two days being cross-examined.", "two days", false},
		{"He will retire in three months.", "three months", false},
		{"Mr Raskin was diagnosed in December 2004.", "2004", false},
		{"He has to go to one of those gatekeepers.", "one", false},
		{"Responses decline at around 50 years of age.", "50 years", true},
		{"Brouwer said Willie was 22 years old.", "22 years", true},
		{"Scott Sullivan, 42, denies fraud.", "42", true},
		// The span of what an "of" phrase names; an age opening a clause.
		{"The kick ended five years of English dominance.", "five years", false},
	} {
		qa := analyzeQuestion("How old is Scott Sullivan?")
		toks := taggedTokens(tt.sentence)
		want := taggedTokens(tt.span)
		i := slices.IndexFunc(toks, func(t token) bool { return t.text == want[0].text })
		if i < 0 {
			t.Fatalf("%q not in %q", tt.span, tt.sentence)
		}
		j := i + len(want)
		if got := quantityFit(&qa, toks, i, j) > 0.3; got != tt.age {
			t.Errorf("quantityFit(%q) in %q above 0.3: %v, want %v", tt.span, tt.sentence, got, tt.age)
		}
	}
	// An age said as one, set off by commas, fits as well as "42 years
	// old"; a bare number elsewhere fits less.
	qa := analyzeQuestion("How old is Scott Sullivan?")
	for sentence, sure := range map[string]bool{"At 42, Sullivan has the world at his feet.": true, "Scott Sullivan, 42, denies fraud.": true, "Sullivan has 42 to his name.": false} {
		toks := taggedTokens(sentence)
		i := slices.IndexFunc(toks, func(t token) bool { return t.text == "42" })
		if got := quantityFit(&qa, toks, i, i+1) >= 0.9; got != sure {
			t.Errorf("quantityFit(42) in %q at least 0.9: %v, want %v", sentence, got, sure)
		}
	}
}

// A share answers by how much a sum changed, not what something costs:
// with no price in the article, "How much does a pass cost?" has no
// answer, however near the question's words a percentage is.
func TestShareIsNoPrice(t *testing.T) {
	sents := article("t", "More than 50% of riders buy a monthly pass, which now costs more per month.", "Fares rose by 5% this year, the company said.")
	Annotate(sents)
	var a Answerer
	if got := ask(&a, sents, "How much does a monthly pass cost per month?"); got.Answered() {
		t.Errorf("a price answered %q (%.2f), want no answer", got.Text, got.Score)
	}
	a.Threshold = pickAny
	if got := ask(&a, sents, "By how much did fares rise this year?"); got.Text != "5%" {
		t.Errorf("a rise by a share answered %q, want 5%%", got.Text)
	}
}

// An age is said "at the age of 93" as well as "93 years old".
func TestAgeOf(t *testing.T) {
	sents := article("t", "Singer dies", "Country singer Jerry Lamb has died in Tulsa at the age of 93, his family said.",
		"He had sung in 40 countries.")
	Annotate(sents)
	var a Answerer
	if got := ask(&a, sents, "How old was Jerry Lamb when he died?"); got.Text != "93" {
		t.Errorf("answered %q (%.2f), want 93", got.Text, got.Score)
	}
	// News says an age in one word: the answer is its number, the
	// sentence's own words; and an age is no length of time.
	sents = article("t", "Toys", "The toy maker, the 37-year-old Tom Farr, bought the ball for $3 million.",
		"He has collected toys since he was a boy.")
	Annotate(sents)
	if got := ask(&a, sents, "How old is Tom Farr?"); got.Text != "37" {
		t.Errorf("answered %q (%.2f), want 37", got.Text, got.Score)
	}
	a.Threshold = 0.01 // whatever its confidence
	if got := ask(&a, sents, "How long has Tom Farr collected toys?"); got.Text == "37-year-old" {
		t.Errorf("answered %q (%.2f): an age", got.Text, got.Score)
	}
}

// An amount said as a change ("closed up $1.90 at $63.40") answers how
// much something changed, not what it is worth: the level does.
func TestLevelNotChange(t *testing.T) {
	sents := article("t", "Harlow Foods had a strong week.",
		"Shares in Harlow Foods closed up $1.90 at $63.40 in New York on Friday.",
		"Its rival Kestrel fell 4% to 212.5 pence in London, and Ostra gained 2% to 41.20 Swiss francs.")
	Annotate(sents)
	a := Answerer{Threshold: pickAny}
	for _, tt := range []struct{ question, want string }{
		{"What is the share price of Harlow Foods?", "$63.40"},
		{"By how much did Harlow Foods shares rise?", "$1.90"},
		{"What is Kestrel's share price?", "212.5 pence"},
		{"What is Ostra's share price?", "41.20 Swiss francs"},
		{"By how much did Kestrel fall?", "4%"},
	} {
		if got := ask(&a, sents, tt.question); got.Text != tt.want {
			t.Errorf("%s answered %q, want %q", tt.question, got.Text, tt.want)
		}
	}
}

// An amount that another noun rose or fell to ("a rise in annual profits
// to $16.2bn") is no price of what the question asks about; one said of
// the asked noun ("oil prices past $50") is.
func TestLevelOfAnotherNoun(t *testing.T) {
	sents := article("t", "Oil giant Petrel has announced a 26% rise in annual profits to $16.2bn on the back of record oil prices.",
		"Cold weather took crude oil prices past $50 a barrel on Tuesday.")
	Annotate(sents)
	a := Answerer{Threshold: pickAny}
	if got := ask(&a, sents, "What is the price of oil?"); got.Text != "$50" && got.Text != "$50 a barrel" {
		t.Errorf("answered %q, want the $50 a barrel of oil", got.Text)
	}
	if got := ask(&a, sents, "How much were Petrel's annual profits?"); got.Text != "$16.2bn" {
		t.Errorf("answered %q, want $16.2bn: the profits are asked for", got.Text)
	}
}

// Figures side by side, each in a clause of its own: the one whose
// clause alone holds the question's words answers, not the one nearest
// the rest of the question ("7%" after "no title, while"), nor the first
// of a list. One ordinary word is too little to tell them apart, and a
// sentence that sets no figure apart keeps its candidates. In a clause
// of several figures, the words just after one are its own: "9.6% at
// Agriculture".
func TestFigureInItsOwnClause(t *testing.T) {
	sents := article("x",
		"A poll of 2,000 people for the Daily Courier found wide doubts about the tunnel.",
		"Some 47% believe the tunnel should be abandoned, while 7% think it should be finished early.",
		"Of the bank's depositors, 38.4% live in Portugal, 15.6% in Spain, 10.3% in France and 3.1% in Italy.",
		"The outline proposes reductions at 12 out of 23 agencies including cuts of 9.6% at Agriculture and 5.6% at the Environmental Protection Agency.",
	)
	Annotate(sents)
	wantAnswers(t, sents, map[string]string{
		"What proportion of those polled believe the tunnel should be abandoned?": "Some 47%",
		"What share of the bank's depositors live in Spain?":                      "15.6%",
		"What share of the bank's depositors live in Greece?":                     "",
		"How much is agriculture being cut under the outline?":                    "9.6%",
	})
	q := analyzeQuestion("What share of the depositors live in Spain?")
	s := analyzeArticle(sents)[2]
	if f := readFigures(&q, &s); !f.ok || f.best != 1 {
		t.Errorf("figureAsked = %d, %v; want the second figure", f.best, f.ok)
	}
	q = analyzeQuestion("What share of the depositors live abroad?")
	if f := readFigures(&q, &s); f.ok {
		t.Errorf("figureAsked = %d with no word of the question beside one figure", f.best)
	}
}

// Two numbers make a range ("3% to 3.5%", "between 10 and 25%"), each
// still a number of its own; numbers of two kinds, or a change from one to
// the other, make none.
func TestNumberRanges(t *testing.T) {
	for _, tt := range []struct {
		text   string
		ranges []string
	}{
		{"Brown forecasts growth of 3% to 3.5% this year.", []string{"3% to 3.5%"}},
		{"Between 15,000 and 20,000 couples go to court.", []string{"Between 15,000 and 20,000"}},
		{"Shares fell between 10 and 25% on Friday.", []string{"between 10 and 25%"}},
		{"The budget rose 7.8% to 830bn rupees.", nil},
		{"Rates will fall from 4.75% to 3.5% by 2006.", nil},
		{"Sales rose 3% to 5% and prices, 10 and 12 pounds, fell.", nil},
	} {
		toks := taggedTokens(tt.text)
		var got []string
		for _, sp := range numberSpans(toks) {
			if text := spanText(tt.text, toks, sp[0], sp[1]); strings.Contains(text, " to ") || strings.Contains(text, " and ") {
				got = append(got, text)
			}
		}
		if !slices.Equal(got, tt.ranges) {
			t.Errorf("ranges of %q = %q, want %q", tt.text, got, tt.ranges)
		}
	}
}

// A proportion is one number: "one in 10", "three out of four", "one in
// every five"; not a number and a year ("3 in 2004"), nor a number and
// what follows "in" ("two in the morning").
func TestProportions(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"Just one in 10 recognised Charles Kennedy.", []string{"Just one in 10"}},
		{"Nearly three out of four girls said they used make-up.", []string{"Nearly three out of four"}},
		{"One in every five appeals succeeds.", []string{"One in every five"}},
		{"Sales rose 3 in 2004 and fell two in the morning.", nil},
	} {
		toks := taggedTokens(tt.text)
		var got []string
		for _, sp := range numberSpans(toks) {
			if text := spanText(tt.text, toks, sp[0], sp[1]); strings.Contains(text, " in ") || strings.Contains(text, " of ") {
				got = append(got, text)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("proportions of %q = %q, want %q", tt.text, got, tt.want)
		}
	}
	sents := article("t", "Almost all could identify the prime minister, but only one in six knew who Michael Howard was, and just one in 10 recognised Charles Kennedy.")
	Annotate(sents)
	a := Answerer{Threshold: pickAny}
	if got := ask(&a, sents, "How many recognised Charles Kennedy?"); got.Text != "one in 10" && got.Text != "just one in 10" {
		t.Errorf("answered %q, want the proportion", got.Text)
	}
}

// Inflation, growth and turnout are rates, said in percent: "six" months
// is no December inflation, "1.6%" is.
func TestRatesSaidInPercent(t *testing.T) {
	toks := taggedTokens("Inflation hit an annual rate of 1.6% in December - its highest level in six months.")
	for _, question := range []string{"What was inflation in December?", "december inflation", "What growth did the figures show?"} {
		q := analyzeQuestion(question)
		six, pct := tokenIndex(toks, "six"), tokenIndex(toks, "1.6")
		if got := quantityFit(&q, toks, six, six+1); got >= 1 {
			t.Errorf("quantityFit of %q for %q = %.2f, want less than 1", "six", question, got)
		}
		if got := quantityFit(&q, toks, pct, pct+2); got != 1 {
			t.Errorf("quantityFit of %q for %q = %.2f, want 1", "1.6%", question, got)
		}
	}
}

// A measure takes any number as its answer ("What attendance...?": "4
// million"), but a rate is said in percent: "4 million" is no
// unemployment rate.
func TestRateIsNoCount(t *testing.T) {
	toks := taggedTokens("With unemployment stuck above 4 million for years, the rate is around 9% now.")
	rate := analyzeQuestion("What is the unemployment rate?")
	score := analyzeQuestion("What was the attendance at the final?")
	at := tokenIndex(toks, "4")
	if got := quantityFit(&rate, toks, at, at+2); got >= 1 {
		t.Errorf("quantityFit of %q for %q = %.2f, want less than 1", "4 million", rate.text, got)
	}
	if got := quantityFit(&score, toks, at, at+2); got != 1 {
		t.Errorf("quantityFit of %q for %q = %.2f, want 1", "4 million", score.text, got)
	}
}

// A bare number someone is or was is an age, as sure as "Marta
// Kowalczyk, 61," or, at a sentence's end, "and Tomasz Wrona, 17."; one a
// thing is, or one with a unit, is not. The last number is judged.
func TestCopulaAge(t *testing.T) {
	q := analyzeQuestion("How old was Tomasz Wrona when he died?")
	for _, tt := range []struct {
		text string
		age  bool
	}{
		{"Tomasz Wrona was 83 .", true},
		{"Tomasz , who is 20 , was freed .", true},
		{"Tomasz Wrona was then nine .", true},
		{"The score was 83 .", false},
		{"Tomasz Wrona was 83 metres from the door .", false},
		{"They mourned Anna Nowak , 18 , and Tomasz Wrona , 17 .", true},
	} {
		toks := taggedTokens(tt.text)
		i := lastNumber(toks)
		if got := typeFit(&q, toks, i, i+1) >= 0.7; got != tt.age {
			t.Errorf("%q: %q fits how old %.2f, want an age: %v", tt.text, toks[i].text, typeFit(&q, toks, i, i+1), tt.age)
		}
	}
}

// lastNumber returns the index of the last number of toks.
func lastNumber(toks []token) int {
	for i := len(toks) - 1; i >= 0; i-- {
		if toks[i].tag == tagNumber {
			return i
		}
	}
	return -1
}

// TestForecastIsAFigure: a forecast or a stake asked for is a figure,
// not the phrase around it.
func TestForecastIsAFigure(t *testing.T) {
	wantConfidentAnswersAlone(t, map[string][2]string{
		"ccf's growth forecast for 2005": {"CCF cut its growth forecast for 2005 to 2.0% from 2.4%, citing weak demand.", "2.0%"},
		"What stake does Highfields own in Circuit City?": {
			"Highfields Capital Management already owns 6.7% of Circuit City's shares, the filing said.", "6.7%"},
	})
}

// TestAmountOfAnotherTime: an amount tied to a month or a year the
// question does not name answers less surely than the one tied to the
// question's own.
func TestAmountOfAnotherTime(t *testing.T) {
	sents := article("t",
		"The harbour board said its confidence index fell to 95.5 in February from 97.5 in January, its first fall this year.",
		"Ferry bookings were steady.",
	)
	Annotate(sents)
	wantBestCandidates(t, sents, map[string]string{
		"To what level did the harbour board's confidence index fall in February?": "95.5",
		"To what level did the confidence index fall in February?":                 "95.5",
		"What level was the harbour board's confidence index at in January?":       "97.5",
	})
}

// "How much...?" without a word of time is not answered by a length of
// time ("every two days"); a sum by the year is still a sum.
func TestTimeIsNoQuantity(t *testing.T) {
	q := analyzeQuestion("How much did the search firm get?")
	for text, want := range map[string]bool{
		"The search firm claims to update its index every two days.": false,
		"The search firm will get as much as $1bn a year.":           true,
	} {
		toks := taggedTokens(text)
		best := 0.0
		for _, sp := range numberSpans(toks) {
			best = max(best, quantityKindFit(&q, toks, sp[0], sp[1]))
		}
		if got := best > timeForQuantityFit; got != want {
			t.Errorf("%q: best fit %.2f, want a quantity: %v", text, best, want)
		}
	}
}

// A sum answers a question about a rate only when it is said per
// something ("£4.85 an hour"): "£100 of interest" is no interest rate,
// where "4.75%" is.
func TestSumIsRateOnlyPerSomething(t *testing.T) {
	a := Answerer{}
	sents := article("gifts", "Only £100 of interest per parent can be tax-free, the adviser said.")
	Annotate(sents)
	if got := ask(&a, sents, "What is the interest rate?"); got.Text != "" {
		t.Errorf("interest rate = %q (%.2f), want none", got.Text, got.Score)
	}
	sents = article("rates", "The Bank of England held the interest rate at 4.75% on Thursday.")
	Annotate(sents)
	if got := ask(&a, sents, "What is the interest rate?"); got.Text != "4.75%" {
		t.Errorf("interest rate = %q (%.2f), want 4.75%%", got.Text, got.Score)
	}
	// after returns whether perUnit holds past the sum, however the
	// tokenizer splits the currency sign.
	after := func(text string) bool {
		toks := tokenize(text)
		for k, tok := range toks {
			if strings.ContainsAny(tok.text, "0123456789") {
				return perUnit(toks, k+1)
			}
		}
		t.Fatalf("no number in %q", text)
		return false
	}
	if !after("£4.85 an hour") || !after("$50 a barrel") || after("£100 of interest") {
		t.Error("perUnit reads a sum per hour or barrel, or of interest, wrongly")
	}
}

func TestAccordingToAsksNoLevel(t *testing.T) {
	a := Answerer{}
	sents := article("lending", "Gross lending fell by 4% in November to reach 18% below its peak, the CML said.")
	Annotate(sents)
	for _, q := range []string{
		"By how much did gross lending fall in November according to the CML?",
		"By how much did gross lending fall in November?",
	} {
		if got := ask(&a, sents, q); got.Text != "4%" {
			t.Errorf("%s = %q (%.2f), want 4%%: a source is no level reached", q, got.Text, got.Score)
		}
	}
	if q := analyzeQuestion("What level did lending fall to according to the CML?"); !q.asksTarget() {
		t.Error("asksTarget misses a level asked with a source")
	}
}

// A number word after a number in digits opens a number of its own: the
// score of "beat France A 30-20 nine days ago" is "30-20", and "Six" of
// "the 11-9 Six Nations win" is part of a name. Digits go on with digits
// ("6-0 6-3 6-2") and with their scale ("2 million").
func TestNumberWordAfterDigits(t *testing.T) {
	for text, want := range map[string][]string{
		"England A beat France A 30-20 nine days ago .": {"30-20", "nine days"},
		"It was the 11-9 Six Nations win .":             {"11-9", "Six"},
		"Federer won 6-0 6-3 6-2 in the final .":        {"6-0 6-3 6-2"},
		"The club paid 2 million pounds .":              {"2 million pounds"},
	} {
		toks := taggedTokens(text)
		var got []string
		for _, sp := range numberSpans(toks) {
			got = append(got, nameText(toks, sp[0], sp[1]))
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: number spans %q, want %q", text, got, want)
		}
	}
}

// A question that names a currency asks for the sum in it: "in pesos" is
// answered "400m pesos", not the "$136m" the same sum makes in dollars.
// A currency the question gives with a number of its own ("the 20m lira
// note") is not the one asked.
func TestAskedCurrency(t *testing.T) {
	sents := article("water", "The government wants the water company to make an annual investment of 400m pesos ($136m; £72m) in its network.",
		"The firm paid $30m, or 90m pesos, for its licence in 1993.",
		"The company says the tariff freeze has cost it $50m.")
	Annotate(sents)
	wantConfidentAnswers(t, sents, map[string]string{
		"How much does the government want the water company to invest each year, in pesos?": "400m pesos",
		"How much did the firm pay for its licence, in pesos?":                               "90m pesos",
		"How much did the firm pay for its licence, in dollars?":                             "$30m",
	})
	for question, want := range map[string]string{
		"How much was the 20m lira note worth in US dollars?": "dollar",
		"What was the fine in euros?":                         "euro",
		"How much did the club pay?":                          "",
	} {
		q := analyzeQuestion(question)
		if got := askedCurrency(&q); got != want {
			t.Errorf("%q asks a sum in %q, want %q", question, got, want)
		}
	}
}

// A question asks for a change when a verb after its main one says one
// ("expect prices to drop") or "go up" does: a share answers it, as it
// does "By how much did prices rise?", and a sum still answers what was
// paid.
func TestChangeAfterTheMainVerb(t *testing.T) {
	sents := article("money", "Health spending is going up by 9.4% this year, to $1.2bn.",
		"Halifax expects house prices to drop by 2% in 2005, to an average of £162,086.",
		"The company paid $3bn for a 15% stake in the bank.")
	Annotate(sents)
	wantConfidentAnswers(t, sents, map[string]string{
		"How much is health spending going up?":                      "9.4%",
		"How much does Halifax expect house prices to drop in 2005?": "2%",
		"How much did the company pay for the stake in the bank?":    "$3bn",
	})
}

// TestDurationWithoutANumber: "a decade" says how long as "ten years"
// does; a rate ("£90 a month") and a time counted back ("a year ago")
// say no length.
func TestDurationWithoutANumber(t *testing.T) {
	wantConfidentAnswersAlone(t, map[string][2]string{
		"How long will the ID card scheme take to come into full effect?": {"The ID card scheme would take a decade to come into full effect, ministers said.", "a decade"},
		"How much longer have firms been given to comply?":                {"Firms have now been given an extra year to comply with the rules.", "an extra year"},
	})
	for _, sentence := range []string{"The subscription costs £90 a month.", "The club was founded a year ago.", "Fans sing it twice a day."} {
		for _, c := range unitDurations(readArticle(sentence)[0]) {
			t.Errorf("%q: duration %q", sentence, c.s.toks[c.i].text+" "+c.s.toks[c.j-1].text)
		}
	}
}

// A sum's "m" is millions, not metres: "$1m" answers what amount was
// asked, where "800m" counts no finals.
func TestSumInMillionsIsNoUnit(t *testing.T) {
	sents := article("bail", "Spector is currently free on $1m bail, and Holmes won the 800m final on Sunday.")
	Annotate(sents)
	s, _ := decode(sents[0])
	amount := analyzeQuestion("What is the bail amount?")
	if i, j := tokenSpan(s.toks, "$", "1m"); typeFit(&amount, s.toks, i, j) < typedFloorFit {
		t.Errorf("$1m fits %q only %.2f", amount.text, typeFit(&amount, s.toks, i, j))
	}
	finals := analyzeQuestion("How many finals did Holmes win?")
	if i, j := tokenSpan(s.toks, "800m", "800m"); typeFit(&finals, s.toks, i, j) >= typedFloorFit {
		t.Errorf("800m fits %q %.2f", finals.text, typeFit(&finals, s.toks, i, j))
	}
}

// A scale word's fraction or vague count belongs to the number: "half a
// million", not "million"; "several hundred", not "hundred".
func TestScaleWordsCounted(t *testing.T) {
	wantAnswersInArticles(t, map[string]inArticle{
		"How many people had to be relocated for the dam?": {answer: "more than half a million", sents: []string{
			"The ministry said more than half a million people have had to be relocated for the dam.",
			"Construction began in 1994."}},
		"How many citizens may need to be evacuated?": {answer: "several hundred", sents: []string{
			"Troops are on standby in case they need to help evacuate several hundred citizens.",
			"The embassy is closed."}},
		"How large is the watershed?": {answer: "nearly one quarter of a million square kilometres", sents: []string{
			"The watershed covers nearly one quarter of a million square kilometres.",
			"The river is 1,375 km long."}},
	})
}
