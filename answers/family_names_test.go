package answers

import (
	"slices"
	"strings"
	"testing"
)

// A pronoun subject is answered with its antecedent's name, citing the
// sentence that names it first and the pronoun's sentence second.
func TestPronounAnswerCitesBoth(t *testing.T) {
	sents := article("t",
		"Prime Minister Sofia Lind arrived in Bergen on Monday.",
		"She announced a new bridge for the harbour.",
	)
	Annotate(sents)
	a := Answerer{Threshold: pickAny} // the citation is tested, not the confidence
	got := ask(&a, sents, "Who announced a new bridge?")
	if got.Text != "Sofia Lind" || len(got.Evidence) != 2 || got.Evidence[0].Number != 1 || got.Evidence[1].Number != 2 {
		t.Fatalf("got %q citing %d sentences (%+v), want Sofia Lind citing sentences 1 and 2", got.Text, len(got.Evidence), got.Evidence)
	}
}

// Asked who, a noun of people that titles the name after it is no
// answer of its own; one that names nobody else still is, but not one
// person by a definite noun alone ("The actor", who is named elsewhere).
func TestPeopleNounBeforeAName(t *testing.T) {
	var a Answerer
	people := func(text, question string) []string {
		sents := article("t", text)
		Annotate(sents)
		var out []string
		for _, c := range candidatesOf(&a, sents, question) {
			if hasRule(c.Rule, "people") {
				out = append(out, c.Text)
			}
		}
		return out
	}
	if got := people("A career award will be handed to veteran actor and comic Jerry Lewis at the ceremony.", "Who gets the career award?"); len(got) > 0 {
		t.Errorf("people offered beside Jerry Lewis: %q", got)
	}
	if got := people("The award was collected by his youngest daughter at the ceremony.", "Who collected the award?"); !slices.Contains(got, "youngest daughter") && !slices.Contains(got, "his youngest daughter") {
		t.Errorf("people offered: %q, want his youngest daughter", got)
	}
	if got := people("The actor said he would voice the pig in the new film.", "Who will voice the pig?"); len(got) > 0 {
		t.Errorf("people offered for a definite noun alone: %q", got)
	}
	if got := people("The protesters said they would march again on Friday.", "Who will march on Friday?"); !slices.ContainsFunc(got, func(s string) bool { return strings.HasSuffix(s, "protesters") }) {
		t.Errorf("people offered: %q, want the protesters", got)
	}
}

// A title is borne in front of a name or in an appositive after it; the
// verb of a clause after the name ends the appositive.
func TestHoldsRole(t *testing.T) {
	s := readArticle("Ada Brown, chancellor of the exchequer under Mr Blair, became the longest-serving chancellor.")[0]
	got := map[string]bool{}
	for _, e := range s.ents {
		got[nameText(s.toks, e.i, e.j)] = holdsRole(s.toks, e, stem("chancellor"))
	}
	if !got["Ada Brown"] || got["Mr Blair"] {
		t.Errorf("holds the role of chancellor: %v, want Ada Brown only", got)
	}
}

// The agent of the verb a title is named for holds the title: "the Greens
// led by Mara Holt" have Holt as leader, and one led by nobody named has
// none; "supported by" names no leader.
func TestHoldsRoleAsAgent(t *testing.T) {
	s := readArticle("The Greens led by Mara Holt won 12 seats, and the Farmers Party under leader Ivo Sand took three, supported by Lena Ott.")[0]
	got := map[string]bool{}
	for _, e := range s.ents {
		got[nameText(s.toks, e.i, e.j)] = holdsRole(s.toks, e, stem("leader"))
	}
	if !got["Mara Holt"] || !got["Ivo Sand"] || got["Lena Ott"] {
		t.Errorf("holds the role of leader: %v, want Mara Holt and Ivo Sand, not Lena Ott", got)
	}
	sents := article("vote", "The Greens led by Mara Holt won 12 seats, and the Farmers Party under leader Ivo Sand took three.")
	Annotate(sents)
	var a Answerer
	if got := ask(&a, sents, "Who is the leader of the Greens?"); got.Text != "Mara Holt" {
		t.Errorf("answered %q (%.2f), want Mara Holt", got.Text, got.Score)
	}
}

// A name whose titles take in the name before it ("US state Texas": the
// titles of Texas start at US) makes no list with it, and asking where
// of such a sentence panicked.
func TestOverlappingNamesMakeNoList(t *testing.T) {
	sents := article("t", "On Monday the US state Texas filed a lawsuit against two men believed to be top spammers.")
	Annotate(sents)
	a := Answerer{Threshold: pickAny}
	for _, q := range []string{"Where was the lawsuit filed?", "Which states filed a lawsuit?", "Which state filed a lawsuit?"} {
		ask(&a, sents, q) // must not panic
	}
}

// Asked which ones, a list of names answers whole though some of its names
// are of no known kind, if one is a person or an organisation: not a list
// of film titles for "Which film studios...?".
func TestListOfWhichOnes(t *testing.T) {
	var a Answerer
	for _, tt := range []struct {
		text, question, list string
		want                 bool
	}{
		{"Last month, Orvane, Kestrel and Tarsk Pictures said they were opting for the rival format.", "Which studios went with the rival format?", "Orvane, Kestrel and Tarsk Pictures", true},
		{"The novel follows the hits Heart and A Soldier's Story at the box office.", "Which film studios followed the hits?", "Heart and A Soldier's Story", false},
	} {
		sents := article("t", tt.text, "Sales rose.")
		Annotate(sents)
		got := false
		for _, c := range candidatesOf(&a, sents, tt.question) {
			got = got || c.Text == tt.list && strings.Contains(c.Rule, "list")
		}
		if got != tt.want {
			t.Errorf("%q: list rule gave %q: %v, want %v", tt.question, tt.list, got, tt.want)
		}
	}
}

// Asked for one thing ("Which player...?", "Who is...?"), a list of names
// is no answer: its names share the question's words and lent an
// unanswerable question their confidence. Asked for some, the list is a
// candidate whole.
func TestListAnswersOnlySeveral(t *testing.T) {
	sents := article("final", "The Rovers won the cup final in May, with goals from Tom Reid and Ann Dale.",
		"The final was played at Harbour Park.")
	Annotate(sents)
	var a Answerer
	if got := ask(&a, sents, "Which player scored the winning goal in the cup final?"); got.Answered() {
		t.Errorf("the winner's scorer: %q (%.2f), want no answer", got.Text, got.Score)
	}
	for question, want := range map[string]bool{
		"Which player scored the winning goal in the cup final?": false,
		"Who is the Rovers coach?":                               false,
		"Who scored for the Rovers in the cup final?":            true,
		"Which players scored in the cup final?":                 true,
	} {
		got := slices.ContainsFunc(candidatesOf(&a, sents, question), func(c Candidate) bool { return strings.Contains(c.Rule, "list") })
		if got != want {
			t.Errorf("%q: a list candidate %v, want %v", question, got, want)
		}
	}
	for q, want := range map[string]bool{
		"Which team won the final?":          true,
		"Who is the chairman of the club?":   true,
		"What company bought the airline?":   true,
		"Which teams reached the final?":     false,
		"Who were the two abbots?":           false,
		"Who performed at the final?":        false,
		"What did the company buy?":          false,
		"When did the company buy the firm?": false,
	} {
		qa := analyzeQuestion(q)
		if got := qa.asksOne(); got != want {
			t.Errorf("%q asks for one: %v, want %v", q, got, want)
		}
	}
}

// Asked who, a group of people ("union officials", "protesters") is a
// candidate of the people rule only in a sentence that names no person:
// beside "Mr Reid", the group lent an unanswerable question ("Who
// opposed the plan?") its confidence. One person by a noun ("his
// youngest daughter") still is a candidate.
func TestGroupBesideANamedPerson(t *testing.T) {
	var a Answerer
	for _, tt := range []struct {
		text, question, group string
		want                  bool
	}{
		{"Union officials welcomed the plan at the harbour board meeting, Mr Reid said.", "Who opposed the plan at the harbour board meeting?", "Union officials", false},
		{"The harbour finance ministers will meet on Monday to discuss the pact.", "Who will meet on Monday to discuss the pact?", "The harbour finance ministers", true},
		{"Ahmet Reid, who was on the plane with his wife and youngest daughter, said he was glad.", "Who was with Ahmet Reid on the plane?", "youngest daughter", true},
	} {
		sents := article("t", tt.text, "Sales rose.")
		Annotate(sents)
		got := slices.ContainsFunc(candidatesOf(&a, sents, tt.question), func(c Candidate) bool {
			return strings.HasSuffix(c.Text, tt.group) && strings.Contains(c.Rule, "people")
		})
		if got != tt.want {
			t.Errorf("%q: people candidate %q %v, want %v", tt.question, tt.group, got, tt.want)
		}
	}
}

// TestNameNotItsDescription: asked who or which company, the answer is
// the name; the words before it in small letters say what it is, and a
// person's name before those words qualifies them ("Lucy Gray author").
// A list of people stays whole.
func TestNameNotItsDescription(t *testing.T) {
	sents := article("t",
		"The survey was commissioned by broadband provider Zylonet.",
		"Former harbour and county defender Tom Wragg said he would not be surprised.",
		"The fund was set up by sculptor Anna Berg and painter Ola Lind.",
		"Lucy Gray author JB Marsh will receive a special award for her services to publishing.",
	)
	Annotate(sents)
	wantAnswers(t, sents, map[string]string{
		"Who commissioned the survey?":           "Zylonet",
		"Which company commissioned the survey?": "Zylonet",
		"Who said he would not be surprised?":    "Tom Wragg",
		"Who set up the fund?":                   "sculptor Anna Berg and painter Ola Lind",
		"Who will receive a special award?":      "JB Marsh",
	})
	// The noun of the kind after the name is the description too.
	sents = article("u",
		"The figures were first reported by the Zylo agency on Monday.",
		"Ferry bookings were steady.",
	)
	Annotate(sents)
	wantAnswers(t, sents, map[string]string{
		"Which agency first reported the figures?": "Zylo",
	})
}

// An award is no person: "picked up best actor" names the prize, not
// who played the part; a verb's particle ("up") opens no noun phrase.
// "the best players" are someone. ("the best actor" was one too, until
// one person by a definite noun alone was found to stand for a name said
// elsewhere: definiteOne.)
func TestAwardIsNoPerson(t *testing.T) {
	sents := article("Oscars",
		"Jamie Foxx picked up best actor for playing soul star Ray Charles in Ray.",
		"The critics said the best players had carried the film.")
	Annotate(sents)
	var people []string
	for _, c := range candidatesOf(&Answerer{}, sents, "Who played Ray Charles?") {
		if strings.Contains(c.Rule, "people") {
			people = append(people, c.Text)
		}
	}
	if !slices.Equal(people, []string{"the best players"}) {
		t.Errorf("people found %q, want only \"the best players\"", people)
	}
}

// TestAskedNounBeforeNameIsLeftOut: the noun a which-question asks for,
// written before the name that answers it, is no part of the answer
// (pastAskedNoun), and a chat's "ex" is read as "former" (tenureWords).
func TestAskedNounBeforeNameIsLeftOut(t *testing.T) {
	wantConfidentAnswersAlone(t, map[string][2]string{
		"Which telco took over the payments?":                  {"Telco Orlan stepped in to take over the payments on the charity's site.", "Orlan"},
		"which ex labour chancellor called for a full inquiry": {"The minister faced a call by former Labour chancellor Lord Ashby to hold a full inquiry.", "Lord Ashby"},
	})
	// The noun written as part of the name, or a number after it: the
	// span stays whole.
	for _, c := range [][3]string{
		{"Park Ujazdowski is close to the street.", "Which park is close to the street?", "Park Ujazdowski"},
		{"TFEU article 294 defines the procedure.", "Which article defines the procedure?", "TFEU article 294"},
	} {
		qa := analyzeQuestion(c[1])
		s := analyzeArticle(article("x", c[0]))[0]
		n := len(strings.Fields(c[2]))
		if i := pastAskedNoun(&qa, &s, 0, n); i != 0 {
			t.Errorf("%q answering %q starts at word %d", c[2], c[1], i)
		}
	}
}

// Asked which organisation a named person plays, works or manages for,
// the one the sentence names as theirs, before a title ("Rangers manager
// Alex McLeish", "Chelsea boss Jose Mourinho"), over another the article
// names near the person; asked anything else of an organisation, not
// that one.
func TestAffiliationAsked(t *testing.T) {
	sents := article("football", "Alex McLeish, who manages the side, praised Auxerre before Thursday's game.",
		"Rangers manager Alex McLeish said his players were ready.")
	Annotate(sents)
	wantConfidentAnswers(t, sents, map[string]string{"Which club does Alex McLeish manage?": "Rangers"})
	wantConfidentAnswersAlone(t, map[string][2]string{
		"Which club is Jose Mourinho in charge of?": {"Sir Bobby Robson has praised Chelsea boss Jose Mourinho for his work this season.", "Chelsea"},
		"mary smith - which charity":                {"Mary Smith, head of policy at Aids charity the Terrence Higgins Trust, said the policy was prejudice-based.", "Terrence Higgins Trust"},
	})
	// "in charge of" asks whose a person is; the verb "charge" does not.
	for question, want := range map[string]bool{
		"Which club is Jose Mourinho in charge of?":      true,
		"Which firm did police charge with fraud?":       false,
		"Which company did regulators charge last year?": false,
	} {
		q := analyzeQuestion(question)
		if got := affiliationAsked(&q); got != want {
			t.Errorf("affiliationAsked(%q) = %v, want %v", question, got, want)
		}
	}
}
