package answers

import (
	"slices"
	"strings"
	"testing"

	"briefbot"
)

// The subject of a light verb whose object names the question's verb is
// the subject asked for: "riot police opened fire on students" answers
// "Who fired on the students?".
func TestLightVerbSubject(t *testing.T) {
	sents := article("t", "Witnesses said riot police opened fire on students outside the university.", "Hospitals reported injuries.")
	Annotate(sents)
	a := Answerer{Threshold: pickAny}
	for _, c := range candidatesOf(&a, sents, "Who fired on the students?") {
		if c.Text == "riot police" && strings.Contains(c.Rule, "subject") {
			return
		}
	}
	t.Error(`the subject rule does not offer "riot police" for "Who fired on the students?"`)
}

// A question that sets one member of a list aside asks for the others:
// "Along with coal, what fuels...?", however long the list set aside.
func TestListSiblings(t *testing.T) {
	sents := article("plants", "The plants burn coal, peat and wood chips to make electricity.",
		"Ralph was charged with warring with the Welsh and the Scots.",
		"The contest has four stages: heats, semi-finals, finals, awards.")
	Annotate(sents)
	wantAnswers(t, sents, map[string]string{
		"Along with coal, what fuels do the plants burn?":             "peat and wood chips",
		"Besides the Welsh, who was Ralph charged with warring with?": "the Scots",
	})
	// A list without its conjunction, three of its members set aside.
	q := analyzeQuestion("Along with heats, finals and awards, what is a stage of the contest?")
	if got := q.setAside(); !slices.Equal(got, []string{stem("heats"), stem("finals"), stem("awards")}) {
		t.Errorf("set aside %q, want the three stages", got)
	}
	if got := spanTexts(siblingSpans(&q, readSentence(sents[2]))); !slices.Equal(got, []string{"semi-finals"}) {
		t.Errorf("siblings %q, want the one stage not set aside", got)
	}
}

// A kind is said of the noun the question names: "the Tay Bridge, a
// suspension bridge" names no kind of the Kelso Bridge, and a noun three
// clauses from the question's other words is another one.
func TestKindOfModifiers(t *testing.T) {
	sents := article("b", "The Tay Bridge is a suspension bridge, and after years of debate the council is now building a new cable-stayed bridge at Perth.")
	Annotate(sents)
	s := readSentence(sents[0])
	ask := func(question string) []string {
		q := analyzeQuestion(question)
		matches := termMatches(&q, s)
		wholeNames(&q, s, matches)
		var got []string
		for _, c := range kindModSpans(&q, s, matches) {
			got = append(got, c.text())
		}
		return got
	}
	if got := ask("What type of bridge is the Tay Bridge?"); !slices.Equal(got, []string{"suspension"}) {
		t.Errorf("kinds of the Tay Bridge = %q, want [suspension]", got)
	}
	if got := ask("What type of bridge is the Kelso Bridge?"); got != nil {
		t.Errorf("kinds of the Kelso Bridge = %q, want none", got)
	}
	if got := ask("What type of bridge is being built at Perth?"); !slices.Equal(got, []string{"cable-stayed"}) {
		t.Errorf("kinds of the bridge at Perth = %q, want [cable-stayed]", got)
	}
	// A noun of two words: the kind is what comes before both.
	if got := ask("What type of suspension bridge is the Tay Bridge?"); got != nil {
		t.Errorf("kinds of suspension bridge = %q, want none", got)
	}
}

// A plain "Which ward...?" asks which one: the name before the noun with
// the noun, from anywhere in the sentence; a common word before it ("a
// cable-stayed bridge") names no one of them.
func TestNamedKindPhrase(t *testing.T) {
	sents := article("leaflets", "Police said the leaflets, which urged voters to shun the new mosque, had been pushed through doors across the Riverside ward of the town.",
		"Mr Hale, who lost his job at the brewery last year, will contest the Kirkby North seat.",
		"The council is building a cable-stayed bridge.")
	Annotate(sents)
	wantAnswers(t, sents, map[string]string{
		"Which ward were the leaflets posted in?": "Riverside ward",
		"What seat will Mr Hale contest?":         "Kirkby North seat",
	})
	q := analyzeQuestion("Which bridge is the council building?")
	s := readSentence(sents[2])
	matches := termMatches(&q, s)
	for _, c := range kindModSpans(&q, s, matches) {
		t.Errorf("named bridge: %q (%s)", c.text(), c.rule)
	}
}

// Asked how someone described a thing, what they said it is describes
// it: the complement of a copula in their quotation.
func TestDescribedInWhatWasSaid(t *testing.T) {
	sents := article("gaffe", "The first minister apologised on Tuesday for his remark about the Highlands.",
		"\"This is an incredible blunder by the first minister,\" said Moira Lind, the opposition leader.")
	Annotate(sents)
	wantAnswers(t, sents, map[string]string{"How did Moira Lind describe the remark?": "an incredible blunder"})
	// Quoted, the words said are a description however they open, and
	// "such" opens one; unquoted, an adverb grades what may describe
	// something else.
	for _, tt := range []struct {
		question, sentence string
		want               []string
	}{
		{"How did Alan Marsh describe the move?", "Alan Marsh said the move would be \"profoundly wrong\".", []string{"profoundly wrong"}},
		{"How did Kova describe her match?", "\"It was such a tough first-round match,\" Kova said.", []string{"such a tough first-round match"}},
		{"How did Yalnizyan describe the way Albertans view life?", "Yalnizyan said that Albertans are extremely competitive.", nil},
		// Quoted after a determiner, the quotation is the description;
		// asked what someone called a thing, too.
		{"How did Alan Marsh describe the plan?", "Alan Marsh said the plan had been a \"fair compromise\" of views.", []string{"fair compromise"}},
		{"What did the union call the offer?", "The union said the offer was \"deeply insulting\".", []string{"deeply insulting"}},
		// Quoted words just before the thing asked about describe it.
		{"How did Kim describe the housing plan?", "Kim promised a \"firm but fair\" plan on housing.", []string{"firm but fair"}},
	} {
		q, rs := ranks(t, tt.question, tt.sentence)
		if got := ruleTexts(structural(&q, rs[0].s, rs[0].matches), "copula"); !slices.Equal(got, tt.want) {
			t.Errorf("%s: copula spans %q, want %q", tt.question, got, tt.want)
		}
	}
}

// Structural rules whose span trims to nothing must not add (or touch) a
// candidate: "led by ." once indexed the candidate before it.
func TestEmptyStructuralSpans(t *testing.T) {
	var a Answerer
	for _, tt := range []struct{ sentence, question string }{
		{"The team was led by the.", "Who leads the team?"},
		{"Leads the team, .", "Who leads the team?"},
		{"Ukraine accepted , .", "What did Ukraine accept?"},
		{"They called it as .", "What did they call it?"},
	} {
		sents := article("t", tt.sentence)
		Annotate(sents)
		got := ask(&a, sents, tt.question)
		checkAnswer(t, got, sents, true)
	}
}

// An object ends before the next verb of its subject, or a clause with a
// subject of its own: "produce hormones and can also regulate growth"
// gives "hormones", "produce hormones and the cells are renewed" too.
func TestObjectEndsBeforeCoordinatedVerb(t *testing.T) {
	for _, text := range []string{
		"The glands use their cells to produce hormones and can also regulate growth.",
		"The glands use their cells to produce hormones and the cells are renewed each week.",
	} {
		q, rs := ranks(t, "The glands use their cells to produce what?", text)
		if got := ruleTexts(structural(&q, rs[0].s, rs[0].matches), "object"); !slices.Equal(got, []string{"hormones"}) {
			t.Errorf("%q: objects %q, want [hormones]", text, got)
		}
	}
}

// The question's own object is no answer: "What did critics call the
// plan?" is answered by what follows the plan ("called the plan [a
// disaster]", "described the plan as [a disaster]"), and a quoted name
// is taken whole, with its "of" phrase.
func TestObjectAfterTheQuestionsOwn(t *testing.T) {
	for _, tt := range []struct{ question, text, rule, want string }{
		{"What did critics call the plan?", "Critics called the plan a disaster.", "object", "a disaster"},
		{"What did critics call the plan?", "Critics described the plan as a disaster.", "object", "a disaster"},
		{"What did Zelenskyy call the team?", "Zelenskyy spoke, characterizing their low-level negotiating team as a theater prop.", "object", "a theater prop"},
		{"What did critics call the plan?", "Critics called the plan a disaster.", "as", "a disaster"},
		{"What did Tony Blair call the statement?", `Tony Blair called the statement a "fair summary" of his opinion.`, "as", `a "fair summary" of his opinion`},
	} {
		q, rs := ranks(t, tt.question, tt.text)
		if got := ruleTexts(structural(&q, rs[0].s, rs[0].matches), tt.rule); !slices.Contains(got, tt.want) {
			t.Errorf("%q in %q: %s spans %q, want %q", tt.question, tt.text, tt.rule, got, tt.want)
		}
	}
}

// A wh-word left after a preposition, as chat asks ("cut to what"), asks
// for the object of the same preposition after the verb, not the verb's
// own object: "from 30% to [29%]".
func TestObjectOfTheAskedPreposition(t *testing.T) {
	for _, tt := range []struct{ question, text, want string }{
		{"corporate tax cut to what", "The plan cut corporate tax from 30% to 29% this year.", "29%"},
		{"the firm moved its headquarters to what city", "The firm moved its headquarters from Leeds to Manchester in 2003.", "Manchester"},
	} {
		q, rs := ranks(t, tt.question, tt.text)
		if got := ruleTexts(structural(&q, rs[0].s, rs[0].matches), "object"); !slices.Equal(got, []string{tt.want}) {
			t.Errorf("%q in %q: objects %q, want [%s]", tt.question, tt.text, got, tt.want)
		}
	}
}

// A question of a contest asks for its winner or its loser, whichever
// verb it asks with: beat and defeat have the winner for subject, lose
// (and lost) the loser.
func TestContestSide(t *testing.T) {
	for question, want := range map[string]int{
		"Who beat Anna Berg?":        contestWinner,
		"Whom did Anna Berg beat?":   contestLoser,
		"Who did Anna Berg lose to?": contestWinner,
		"Who lost to Anna Berg?":     contestLoser,
		"Who knocked Anna Berg out?": contestWinner,
		"Who coached Anna Berg?":     0,
	} {
		q := analyzeQuestion(question)
		if got := contestSide(&q); got != want {
			t.Errorf("contestSide(%q) = %d, want %d", question, got, want)
		}
	}
}

// A phrasal verb's agent comes after its particle: "set up by Netscape"
// says who set it up.
func TestPhrasalPassiveAgent(t *testing.T) {
	sents := article("t", "Firefox is made by the Mozilla Foundation, which was set up by the browser maker Netscape in 1998.")
	Annotate(sents)
	q := analyzeQuestion("Which company set up the Mozilla Foundation?")
	s := readHits([]briefbot.Hit{{Sentence: sents[0], Score: 1}})[0]
	matches := termMatches(&q, s)
	var agents []string
	for _, c := range structural(&q, s, matches) {
		if c.rule == "agent" {
			agents = append(agents, spanText(s.src.Text, s.toks, c.i, c.j))
		}
	}
	if !slices.ContainsFunc(agents, func(a string) bool { return strings.HasSuffix(a, "Netscape") }) {
		t.Errorf("agents %q, want one ending on Netscape", agents)
	}
}

// Asked how X describes Y, the description a verb of describing gives
// ("characterizing Y as Z") answers, not the words between the question's
// in a sentence that names X and Y but describes nothing; asked what Y
// is described as doing, the question gives the description, and the
// answer is within it.
func TestDescriptionFirst(t *testing.T) {
	wantAnswers(t, annotatedStory(t), map[string]string{
		"How did Zelenskyy describe the Russian team?": "a theater prop",
	})
	// The description ends where the subject's next verb starts.
	firm := article("games", "The Leeds firm describes itself as a leading maker of racing games and said it would hire 40 staff.", "It was founded in 1999.")
	Annotate(firm)
	wantAnswers(t, firm, map[string]string{
		"How does the Leeds firm describe itself?": "a leading maker of racing games",
	})
	sents := article("parties", "Over the decades the two parties have been described as oscillating between two poles.", "The rivals met in 1950.")
	Annotate(sents)
	wantAnswers(t, sents, map[string]string{
		"What have the two parties been described as oscillating between?": "two poles",
	})
}
