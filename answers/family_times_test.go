package answers

import (
	"slices"
	"strings"
	"testing"
)

// Asked for a unit of the calendar, a time that does not say it fits
// little: "this week" for what month, "later" for what year, "last
// month" for what day, a year or a weekday alone for what date, a
// decade for what year.
func TestCalendarAskedFor(t *testing.T) {
	for _, tt := range []struct {
		q, span string
		fits    bool
	}{
		{"In what month did the geologists make their discovery?", "January", true},
		{"In what month did the geologists make their discovery?", "this week", false},
		{"In what year did the war end?", "1945", true},
		{"In what year did the war end?", "later", false},
		{"On what day did the minister resign?", "Friday", true},
		{"On what day did the minister resign?", "yesterday", true},
		{"On what day did the minister resign?", "4 May", true},
		{"On what day did the minister resign?", "last month", false},
		{"On what date was the vote held?", "July 22, 1948", true},
		{"On what date was the vote held?", "Sunday", false},
		{"On what date was the vote held?", "1948", false},
		{"In what year did the singer die?", "1950s", false},
		{"In what year was the war launched?", "September 27", false},
		{"In what year was the war launched?", "1 September 1939", true},
	} {
		qa := analyzeQuestion(tt.q)
		toks := taggedTokens(tt.span)
		if got := typeFit(&qa, toks, 0, len(toks)) > calendarlessFit; got != tt.fits {
			t.Errorf("typeFit(%q) for %q above %.1f: %v, want %v", tt.span, tt.q, calendarlessFit, got, tt.fits)
		}
	}
}

// A time said of the past answers a question about the future weakly,
// and the other way round: "last year" is no "When will...?".
func TestTimeOfTheTenseAsked(t *testing.T) {
	sents := article("ferry", "Nordline bought the Brask ferry line last year and will buy another next year.")
	Annotate(sents)
	s, _ := decode(sents[0])
	for _, tt := range []struct {
		question, span string
		want           float64
	}{
		{"When will Nordline buy a ferry line?", "last year", otherTenseFit},
		{"When will Nordline buy a ferry line?", "next year", 1},
		{"When did Nordline buy a ferry line?", "last year", 1},
		{"When did Nordline buy a ferry line?", "next year", otherTenseFit},
	} {
		q := analyzeQuestion(tt.question)
		got := -1.0
		for _, c := range timeSpans(&q, &s) {
			if nameText(s.toks, c.i, c.j) == tt.span {
				got = c.fit
			}
		}
		if got != tt.want {
			t.Errorf("%q: %q fits %.2f, want %.2f", tt.question, tt.span, got, tt.want)
		}
	}
}

// "This time" is an occasion, not a date.
func TestThisTimeIsNoDate(t *testing.T) {
	sents := article("final", "This time they chose to play the final in Seville.")
	Annotate(sents)
	s, _ := decode(sents[0])
	for _, sp := range dateSpans(s.toks) {
		t.Errorf("date %q", nameText(s.toks, sp[0], sp[1]))
	}
}

// A year is four digits: "168m" opens on "1" but is a sum, while an
// ordinal before "century" is a date, with its century ("the 14th
// century", "the 10th and 11th centuries").
func TestYearsAndCenturies(t *testing.T) {
	sents := article("dates",
		"The directors agreed a $168m settlement in 2005.",
		"The cathedral was built in the 14th century and rebuilt in the 10th and 11th centuries style.",
	)
	Annotate(sents)
	want := [][]string{{"2005"}, {"14th century", "10th and 11th centuries"}}
	for n, src := range sents {
		s, _ := decode(src)
		var got []string
		for _, sp := range dateSpans(s.toks) {
			got = append(got, nameText(s.toks, sp[0], sp[1]))
		}
		if n == 1 {
			// The range rule joins the two ordinals; dateSpans gives the
			// first century and the second with its word.
			got = got[:0]
			q := analyzeQuestion("When was the cathedral built?")
			for _, c := range timeSpans(&q, &s) {
				got = append(got, c.text())
			}
		}
		for _, w := range want[n] {
			if !slices.Contains(got, w) {
				t.Errorf("%q: dates %q, want %q among them", src.Text, got, w)
			}
		}
		if slices.ContainsFunc(got, func(d string) bool { return strings.Contains(d, "168") }) {
			t.Errorf("%q: a sum read as a date: %q", src.Text, got)
		}
	}
	// A date comes whole: a weekday with its day of the month, a part of
	// a century.
	for text, want := range map[string]string{
		"The deal was signed on Thursday, March 4, 1999 in Ottawa .":        "Thursday , March 4 , 1999",
		"The port has traded in tea since the middle of the 19th century .": "the middle of the 19th century",
		// Years hyphenated into one word are a span of years.
		"The town was occupied in 1806-07 by French troops .": "1806-07",
	} {
		toks := taggedTokens(text)
		var got []string
		for _, sp := range dateSpans(toks) {
			got = append(got, nameText(toks, sp[0], sp[1]))
		}
		if !slices.Equal(got, []string{want}) {
			t.Errorf("%q: dates %q, want %q alone", text, got, want)
		}
	}
	for w, want := range map[string]bool{"1990": true, "168m": false, "3rd": false, "": false} {
		if isDigits(w) != want {
			t.Errorf("isDigits(%q) = %v", w, !want)
		}
	}
}

// A span that says nothing but the question's own words with a
// preposition ("Before its collapse" for "When did Enron collapse?")
// answers nothing.
func TestEventTimeIsNoEcho(t *testing.T) {
	sents := article("firm", "Before its collapse, the firm was the seventh biggest company in the region.")
	Annotate(sents)
	s, _ := decode(sents[0])
	q := analyzeQuestion("When did the firm collapse?")
	for _, c := range timeSpans(&q, &s) {
		if c.text() == "Before its collapse" && !overlapsQuestion(&q, c) {
			t.Errorf("%q is not taken for the question's own words", c.text())
		}
	}
}

// A date tied to another amount than the question's fits it less:
// "3bn yuan in 2004, compared with 1.4bn yuan in 2003" says when 1.4bn
// yuan was made, 2003 (otherAmountAttached, the mirror of
// otherTimeAttached).
func TestTimeOfAnotherAmount(t *testing.T) {
	sents := article("t",
		"The harbour board said its net income jumped to 3bn yuan in 2004, compared with 1.4bn yuan in 2003.",
		"Ferry bookings were steady.",
	)
	Annotate(sents)
	wantBestCandidates(t, sents, map[string]string{
		"In what year did the harbour board make 1.4bn yuan of net income?": "2003",
		"In what year did the harbour board make 3bn yuan of net income?":   "2004",
	})
	// The amount's own "of" phrase between it and its time.
	sents = article("t",
		"The figures echo research from the analyst Webwise which suggested that the browser had 92.9% of users in October compared to 95.5% in June.",
		"Rivals gained ground.",
	)
	Annotate(sents)
	wantBestCandidates(t, sents, map[string]string{
		"At what point in the year did the browser hold 95.5% of users, according to Webwise's research?": "June",
	})
}

// Parts of a year or a month are dates whole: "mid-2003", "mid-February",
// "the third quarter of 2004", "the first half of the year"; a half of
// something else is none, a number before "last year" no day of it, and
// "Today" inside a name no time. "nine and a half hours" is one number.
func TestDateSpansWhole(t *testing.T) {
	for text, want := range map[string][]string{
		"The scheme began in mid-2003 .":                          {"mid-2003"},
		"The tour kicks off in mid-February .":                    {"mid-February"},
		"Sales passed 167 million in the third quarter of 2004 .": {"the third quarter of 2004"},
		"Profits rose in the first half of the year .":            {"the first half of the year"},
		"Sales rose by half of the total .":                       nil,
		// A number before "last year" is no day of it.
		"Murphy was at 32 last year .": {"last year"},
		// A time word capitalised inside its sentence is a word of a name.
		"Mr Clarke told BBC Radio 4's Today programme he was sure .": nil,
		"Today , the minister said he was sure .":                    {"Today"},
		// A holiday is a date; one before a noun names that thing.
		"The film opened on Christmas Day in the US .": {"Christmas Day"},
		"Shops opened on Boxing Day and at Easter .":   {"Boxing Day", "Easter"},
		"Fireworks went off on New Year's Eve.":        {"New Year's Eve"},
		"He gave his New Year message on 1 January .":  {"1 January"},
		"The Christmas market opened in December .":    {"December"},
	} {
		toks := taggedTokens(text)
		var got []string
		for _, d := range dateSpans(toks) {
			got = append(got, spanText(text, toks, d[0], d[1]))
		}
		if !slices.Equal(got, want) {
			t.Errorf("dates of %q = %q, want %q", text, got, want)
		}
	}
	text := "He reached hospital nine and a half hours after the accident ."
	toks := taggedTokens(text)
	var got []string
	for _, sp := range numberSpans(toks) {
		got = append(got, spanText(text, toks, sp[0], sp[1]))
	}
	if !slices.Contains(got, "nine and a half hours") {
		t.Errorf("numbers of %q = %q, want %q among them", text, got, "nine and a half hours")
	}
}

func TestTimeByHowFarOff(t *testing.T) {
	a := Answerer{}
	sents := article("fares", "Analyst Ray Neidl said the fare cuts would hurt airline revenue in the short run.")
	Annotate(sents)
	if got := ask(&a, sents, "When will the fare cuts hurt airline revenue?"); got.Text != "in the short run" {
		t.Errorf("when = %q (%.2f), want in the short run", got.Text, got.Score)
	}
	if _, ok := horizonAt(tokenize("in the short story"), 0); ok {
		t.Error("\"in the short story\" read as a time")
	}
}

// TestDateAskedIsNoWeekday: "What date...?" asks for a day of a month,
// which a weekday does not give; "What day...?" is answered by either.
func TestDateAskedIsNoWeekday(t *testing.T) {
	for _, c := range []struct {
		question, span string
		says           bool
	}{
		{"What date is the strike?", "Tuesday", false},
		{"What date is the strike?", "23 February", true},
		{"what date is the pcs strike", "next Friday", false},
		{"What day is the strike?", "Tuesday", true},
		{"What day is the strike?", "23 February", true},
	} {
		q := analyzeQuestion(c.question)
		s := analyzeArticle(article("x", "It is set for "+c.span+"."))[0]
		i, j := phraseSpan(s.toks, c.span)
		if got := q.saysCalendar(s.toks[i:j]); got != c.says {
			t.Errorf("%q: %q says the date asked = %v, want %v", c.question, c.span, got, c.says)
		}
	}
	wantConfidentAnswersAlone(t, map[string][2]string{
		"What date had the striker been aiming to come back?": {"The striker had been aiming to return on Tuesday, but now hopes to be back for the 23 February game.", "23 February"},
	})
}

// A holiday answers when: "on Christmas Day", "on Boxing Day".
func TestHolidayAnswersWhen(t *testing.T) {
	sents := article("film", "The Aviator went on general release in the US on Christmas Day.",
		"The shops opened on Boxing Day to huge crowds.")
	Annotate(sents)
	wantConfidentAnswers(t, sents, map[string]string{
		"When did The Aviator go on general release in the US?": "Christmas Day",
		"When did the shops open?":                              "Boxing Day",
	})
}
