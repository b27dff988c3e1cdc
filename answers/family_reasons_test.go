package answers

import (
	"strings"
	"testing"

	"briefbot"
)

// A how-question about the manner is answered by the means ("by...",
// "through...") or by what was done for the purpose it names; "by" an
// agent or a time says who or when.
func TestMannerMeans(t *testing.T) {
	sents := article("manner", "Engineers hope to restore the old mill through careful dredging.",
		"Last week, the staff fitted foam panels around the pumps to cut the noise, which a manager said reached 80 decibels.",
		"The bridge was repaired by engineers from Leeds in 2004.")
	Annotate(sents)
	wantAnswers(t, sents, map[string]string{
		"How do engineers hope to restore the old mill?": "through careful dredging",
		"How did the staff cut the noise?":               "fitted foam panels around the pumps",
	})
	q := analyzeQuestion("How was the bridge repaired?")
	for _, c := range mannerSpans(&q, readSentence(sents[2])) {
		t.Errorf("manner of the repair: %q (%s)", c.text(), c.rule)
	}
}

// "as" gives a reason before a clause ("as he was tired", "as a result of
// the storm"), a role before a noun phrase ("as home secretary"), and
// nothing as an adverb or in a comparison ("as well", "as soon as").
func TestAsRoleIsNoReason(t *testing.T) {
	q := analyzeQuestion("Why did Ann Reyes resign?")
	for _, tt := range []struct {
		text   string
		reason bool
	}{
		{"Ann Reyes resigned as home secretary last week .", false},
		{"Ann Reyes resigned as she was tired of the job .", true},
		{"Ann Reyes resigned as a result of the scandal .", true},
		// An adverb, a comparison or a preposition: no cause follows.
		{"Ann Reyes resigned as well , serving out the term .", false},
		{"Ann Reyes resigned as soon as the vote was lost .", false},
		{"Ann Reyes resigned as if nothing had happened .", false},
		{"Ann Reyes resigned as quickly as she had arrived .", false},
	} {
		toks := taggedTokens(tt.text)
		as := tokenIndex(toks, "as")
		s := &sentence{toks: toks}
		found := false
		for _, c := range reasonSpans(&q, s) {
			found = found || c.i == as
		}
		if found != tt.reason || (typeFit(&q, toks, as, len(toks)-1) == 1) != tt.reason {
			t.Errorf("%q: a reason from as = %v (fit %.2f), want %v", tt.text, found, typeFit(&q, toks, as, len(toks)-1), tt.reason)
		}
	}
}

// An infinitive is a purpose after a clause, not after a verb or an
// adjective that takes it: "struggling to reach the whales" says what the
// rescuers are doing, not why the whales are trapped.
func TestTakenInfinitiveIsNoPurpose(t *testing.T) {
	q := analyzeQuestion("Why are the whales trapped?")
	for _, tt := range []struct {
		text    string
		purpose bool
	}{
		{"Rescuers sailed north on Monday to reach the whales .", true},
		{"Rescuers are struggling to reach the whales .", false},
		{"Rescuers want to reach the whales .", false},
		{"Rescuers were unable to reach the whales .", false},
	} {
		if found := purposeFromTo(&q, tt.text); found != tt.purpose {
			t.Errorf("%q: a purpose from to = %v, want %v", tt.text, found, tt.purpose)
		}
	}
}

// purposeFromTo reports whether reasonSpans finds a reason opening on the
// "to" of text, a tokenized sentence, for q.
func purposeFromTo(q *question, text string) bool {
	toks := taggedTokens(text)
	to := tokenIndex(toks, "to")
	for _, c := range reasonSpans(q, &sentence{toks: toks}) {
		if c.i == to {
			return true
		}
	}
	return false
}

// An infinitive that does what the question asks the reason for restates
// the question: "voted to freeze rates" is no answer to why they froze
// them; "to protect savers" is.
func TestPurposeIsNotTheQuestionsOwnAct(t *testing.T) {
	q := analyzeQuestion("Why did the committee decide to freeze rates?")
	for _, tt := range []struct {
		text    string
		purpose bool
	}{
		{"The committee voted on Monday to freeze rates .", false},
		{"The committee met on Monday to protect savers .", true},
	} {
		if found := purposeFromTo(&q, tt.text); found != tt.purpose {
			t.Errorf("%q: a purpose from to = %v, want %v", tt.text, found, tt.purpose)
		}
	}
}

// taggedSentence is text as a sentence of its own, tokenised and tagged
// (taggedTokens), whose candidates' texts can be read.
func taggedSentence(text string) *sentence {
	return &sentence{src: briefbot.Sentence{Text: text}, toks: taggedTokens(text)}
}

// A verb of blaming or causing names a cause, a noun phrase: its object
// before "for", the object of "on" or "to" ("blamed the delay on",
// "put down to"), its agent after "by" in the passive. A phrase after
// "for" is what was blamed, no cause; and "hit by" in the active ("hit by
// a bus" of "a bus hit by") names none.
func TestCauseVerbs(t *testing.T) {
	for text, want := range map[string]string{
		"Diageo blamed a weaker dollar for its lower turnover .": "a weaker dollar",
		"The airline blamed the delays on heavy snow .":          "heavy snow",
		"Profits were hit by higher fuel costs .":                "higher fuel costs",
		"The fall was put down to a lack of demand .":            "a lack of demand",
		"Police said a bus hit by a car crashed .":               "",
	} {
		got := spanTexts(causeSpans(taggedSentence(text)))
		if want == "" && len(got) > 0 || want != "" && (len(got) != 1 || got[0] != want) {
			t.Errorf("%q: causes %q, want %q", text, got, want)
		}
	}
	sents := article("results", "Diageo blamed a weaker dollar for its lower turnover in the first half.")
	Annotate(sents)
	wantAnswers(t, sents, map[string]string{"Why was Diageo's turnover lower?": "a weaker dollar"})
}

// "thanks to" and "owing to" give a cause as "due to" does; "so" after a
// comma gives what follows from the clause, not why it happened. "On X
// grounds", "for X reasons" and "for fear of" give reasons whatever the
// verb.
func TestCauseMarkers(t *testing.T) {
	for text, want := range map[string]string{
		"The match was abandoned owing to heavy rain .":                            "owing to heavy rain",
		"Sales are rising thanks to cheaper loans , so we can expect more shops .": "thanks to cheaper loans",
		"They saved money so they could buy a house .":                             "so they could buy a house",
		"The match was called off on safety grounds .":                             "on safety grounds",
		"The minister resigned for personal reasons on Monday .":                   "for personal reasons",
		"Teachers are nervous about trips for fear of being sued .":                "for fear of being sued",
	} {
		got := ruleTexts(reasonSpans(&question{}, taggedSentence(text)), "reason")
		if len(got) != 1 || got[0] != want {
			t.Errorf("%q: reasons %q, want only %q", text, got, want)
		}
	}
}

// wantOnlyPurpose reports an error unless the purpose rule finds, for
// question in an article of the given sentences, one span only, opening
// with want.
func wantOnlyPurpose(t *testing.T, question, want string, sentences ...string) {
	t.Helper()
	sents := article("t", sentences...)
	Annotate(sents)
	q := analyzeQuestion(question)
	var got []string
	for _, s := range sents {
		sent, ok := decode(s)
		if !ok {
			t.Fatal("no annotation")
		}
		for _, c := range reasonSpans(&q, &sent) {
			if c.rule == "purpose" {
				got = append(got, c.text())
			}
		}
	}
	if len(got) != 1 || !strings.HasPrefix(got[0], want) {
		t.Errorf("purposes %q, want only \"%s...\"", got, want)
	}
}

// "to" after a form of be or have makes a plan or a duty, not a purpose:
// "The broadcaster is to invest £9m" says what it will do, not why it
// reshapes its departments; "to create shows" after a shake-up says why.
func TestPurposeIsNoPlan(t *testing.T) {
	wantOnlyPurpose(t, "Why is the broadcaster shaking up its departments?", "to create shows",
		"The broadcaster is to invest £9m in developing new comedy outside London.",
		"The changes come as part of a shake-up of several departments to create shows that appeal to a wider range of people.",
		"Staff have to reapply for their jobs.")
}

// A noun that takes an infinitive ("a bid to join", "the decision to
// call in") makes no purpose of it: what the bid is for is no reason for
// what is said of it. "to raise money" after a plain object is one.
func TestPurposeIsNoNounsComplement(t *testing.T) {
	wantOnlyPurpose(t, "Why did the club do it?", "to raise money",
		"Iran's bid to join the trade body was refused after the US blocked its application.",
		"The decision to call in a former spin doctor springs from poor media relations on the last tour.",
		"The club sold its training ground to raise money for new players.")
}

// An infinitive after a verb's object is what the verb asks or expects of
// it ("expected the minutes to show"), and one after a negated noun is
// still the noun's ("the decision not to take"): no purpose. "hired staff
// to write" says what for.
func TestPurposeIsNoObjectsInfinitive(t *testing.T) {
	wantOnlyPurpose(t, "Why did the studio do it?", "to write for",
		"Analysts had expected the latest minutes to show another unanimous decision.",
		"The decision not to take the striker to Israel was made on medical grounds.",
		"The studio hired more staff to write for the educational market.")
}
