package answers

import (
	"strings"
	"testing"
)

// Each rule on a small made-up article: the question, and the answer it
// must give.
func TestAnswerRules(t *testing.T) {
	tests := []struct {
		rule     string
		article  []string
		question string
		want     string
	}{
		{"agent (led by X)", []string{"The talks were held in Geneva.", "The Canadian team was led by trade minister Anna Novak."},
			"Who leads the Canadian team?", "Anna Novak"},
		{"subject (X leads)", []string{"Maria Lopez heads the Chilean delegation.", "The talks begin on Monday."},
			"Who heads the Chilean delegation?", "Maria Lopez"},
		{"subject, people", []string{"Angry farmers blocked the highway for three hours.", "Police watched."},
			"Who blocked the highway?", "Angry farmers"},
		{"title before name", []string{"Talks were led by presidential envoy Omar Haddad.", "They lasted a day."},
			"Who is Omar Haddad?", "presidential envoy"},
		{"appositive", []string{"Rod Bushie, grand chief of the Assembly of Manitoba Chiefs, spoke first.", "He was brief."},
			"What is Rod Bushie's role in the Assembly of Manitoba Chiefs?", "grand chief"},
		{"bracketed short form", []string{"The treaty bans persistent organic pollutants (POPs) worldwide.", "It was signed by 90 countries."},
			"What are POPs?", "persistent organic pollutants"},
		{"object", []string{"Ukraine has accepted a proposal for a 30-day ceasefire, but Russia has not.", "Talks go on."},
			"What did Ukraine accept?", "a proposal for a 30-day ceasefire"},
		{"weekday", []string{"The minister spoke to reporters in Ottawa on Thursday.", "She left."},
			"When did the minister speak to reporters?", "Thursday"},
		{"month and year", []string{"The school opened in September 1973.", "It has 900 students."},
			"When did the school open?", "September 1973"},
		{"relative time", []string{"The pharmacists will leave their jobs in 60 days.", "Nobody knows why."},
			"When will the pharmacists leave their jobs?", "in 60 days"},
		{"count with its noun", []string{"The school has 12 classrooms and 1,700 students.", "It opened in 1973."},
			"How many students does the school have?", "1,700"},
		{"money", []string{"Memberships cost $180 a year for adults.", "The gym is new."},
			"How much does a membership cost?", "$180 a year"},
		{"duration", []string{"The crossing took 39 days.", "They rode camels."},
			"How long did the crossing take?", "39 days"},
		{"age", []string{"The winner, Qemal Sefa, 59, lives in Gjakov.", "He has five children."},
			"How old is Qemal Sefa?", "59"},
		{"place after a preposition", []string{"President Trump spoke to reporters in Abu Dhabi during his tour.", "He flew home."},
			"In which city did Trump speak to reporters?", "Abu Dhabi"},
		{"reason", []string{"The game was cancelled because the arena roof collapsed.", "Fans were refunded."},
			"Why was the game cancelled?", "because the arena roof collapsed"},
		{"manner (by -ing)", []string{"The virus spreads by sending itself to every address in the book.", "It is new."},
			"How does the virus spread?", "by sending itself to every address in the book"},
		{"surname resolved", []string{"The envoy is Vladimir Medinsky.", "Medinsky declined an invitation from Kyiv."},
			"Whose invitation did Medinsky decline?", "Kyiv"},
		{"definite noun phrase resolved", []string{"One team of virus experts is at Carnegie Mellon University in Pittsburgh.", "The university has a Computer Emergency Response Team."},
			"Who has a Computer Emergency Response Team?", "Carnegie Mellon University"},
		{"title asked about", []string{"South Hill School is taking aim at the fitness market.", "Principal Anna Novak says the club is a first for the province."},
			"Who is the principal of South Hill School?", "Anna Novak"},
		{"title inside a hyphenated name", []string{"The head of the agency, Secretary-General Omar Haddad, called it a milestone.", "Nobody objected."},
			"Who is the Secretary General of the agency?", "Secretary-General Omar Haddad"},
		{"the sentence before a cleft", []string{"Try 40,000 years, to be precise.", "New research suggests that's how long people have lived in the valley."},
			"How long have people lived in the valley?", "40,000 years"},
		{"a length for how deep", []string{"Water flows this spring may reach 94 per cent of the 1948 flood levels.", "The 1948 flood covered the valley with almost 8 metres of water."},
			"How deep was the 1948 flood?", "almost 8 metres"},
		{"season", []string{"He died on Monday at his home.", "He will be buried in the spring."},
			"When will he be buried?", "the spring"},
		{"a person's organisation", []string{"\"It was a surprise,\" says Donald Henderson of the Pan American Health Organization.", "He works on vaccines."},
			"Where does Donald Henderson work?", "Pan American Health Organization"},
		{"a country's short form", []string{"Tornadoes roared across the American states of Oklahoma and Kansas.", "Nobody was hurt."},
			"Which U.S. states were hit by the tornadoes?", "Oklahoma and Kansas"},
		{"a misspelt name", []string{"Members of the North Atlantic Treaty Organizatoin want peace.", "Talks went on."},
			"What do members of the North Atlantic Treaty Organization want?", "peace"},
		{"the end of the year", []string{"Allan Rock spoke yesterday.", "The minister says he hopes to have the new packages on store shelves by the end of the year."},
			"When does Allan Rock want the new packages on store shelves?", "by the end of the year"},
		{"frequency", []string{"The fair is held in New York.", "He timed his announcement to the yearly Toy Fair in New York."},
			"How often is there a Toy Fair in New York?", "yearly"},
		{"by not -ing", []string{"The virus spreads through e-mail.", "People can protect themselves by not opening the attachments."},
			"How can people protect themselves?", "by not opening the attachments"},
		{"a related verb", []string{"Other Kennedys also died under tragic circumstances.", "In 1963, John Jr's father was assassinated in Dallas."},
			"Where did John Jr's father die?", "Dallas"},
		{"reason given with saying", []string{"The appeal was rejected.", "The governor refused to grant a stay, saying there was no new evidence."},
			"Why did the governor refuse to grant a stay?", "there was no new evidence"},
		{"the best sentence's own answer", []string{"Kissing has a long history in Western civilization.", "Medieval knights were kissed after being knighted, and the custom remains.", "Until the 20th century, kissing was rarely practised in East Asia."},
			"When were medieval knights kissed?", "after being knighted"},
		{"the verb of an opinion", []string{"The Bluefish Caves were re-discovered by Mr. Cinq-Mars in 1975.", "Mr. Cinq-Mars believes the caves were likely used by hunters."},
			"Who does Jacques Cinq-Mars think used the caves?", "hunters"},
		{"a place named Saint", []string{"The storm closed the airport.", "More than 76 centimetres of snow has fallen in Saint John since yesterday."},
			"Where have 76 centimetres of snow fallen since yesterday?", "Saint John"},
		{"denied place", []string{"The network has opened a new bureau.", "It is not in China -- it is in Winnipeg."},
			"Where did the network open its new bureau?", "Winnipeg"},
	}
	var a Answerer
	for _, tt := range tests {
		sents := article("t", tt.article...)
		Annotate(sents)
		got := ask(&a, sents, tt.question)
		if got.Text != tt.want {
			alts := []string{}
			for _, x := range got.Alternatives {
				alts = append(alts, x.Text)
			}
			t.Errorf("%s: %q = %q (%.2f; alternatives %q), want %q", tt.rule, tt.question, got.Text, got.Score, alts, tt.want)
		}
	}
}

// Questions the articles don't answer: the answer is no answer, with the
// closest sentence as evidence at most.
func TestAbstain(t *testing.T) {
	sents := annotatedStory(t)
	var a Answerer
	for _, q := range []string{
		"Who leads the Chinese delegation?",
		"Who leads the German delegation?",
		"Who leads the Turkish delegation?", // Turkish officials, but no Turkish delegation
		"When did Zelenskyy meet Putin?",    // he declined to; the talks were without them
		"What is the capital of France?",
		"What is the population of Kyiv?",
		"When was Putin born?",
		"How many goals did Messi score?",
		"hello",
		"?",
	} {
		got := ask(&a, sents, q)
		if got.Answered() {
			t.Errorf("%q = %q (%.2f), want no answer", q, got.Text, got.Score)
		}
		if len(got.Evidence) > 1 || got.Alternatives != nil {
			t.Errorf("%q: no answer with %d evidence sentences and %d alternatives, want at most the closest sentence", q, len(got.Evidence), len(got.Alternatives))
		}
	}
}

// A pronoun subject is answered with its antecedent's name, citing the
// sentence that names it first and the pronoun's sentence second.
func TestPronounAnswerCitesBoth(t *testing.T) {
	sents := article("t",
		"Prime Minister Jean Martin arrived in Halifax on Monday.",
		"He announced a new bridge for the harbour.",
	)
	Annotate(sents)
	var a Answerer
	got := ask(&a, sents, "Who announced a new bridge?")
	if got.Text != "Jean Martin" || len(got.Evidence) != 2 || got.Evidence[0].Number != 1 || got.Evidence[1].Number != 2 {
		t.Fatalf("got %q citing %d sentences (%+v), want Jean Martin citing sentences 1 and 2", got.Text, len(got.Evidence), got.Evidence)
	}
}

// People the question names by their nationality are often named
// otherwise in the story ("the trio"): their absence weighs less than a
// missing name, and the question is answered.
func TestPeopleNamedOtherwise(t *testing.T) {
	sents := article("t", "The trio set off across the desert on Monday.",
		"Among Mr. Thesiger's words of advice for the trio was to take great care of the camels.")
	Annotate(sents)
	var a Answerer
	got := ask(&a, sents, "What advice did Mr. Thesiger give to the Canadians?")
	if !got.Answered() || got.Evidence[0].Number != 2 {
		t.Errorf("got %q citing %+v, want an answer from sentence 2", got.Text, got.Evidence)
	}
}

// A sentence that says the asked-about event did not happen does not say
// when it happened; one that does still answers.
func TestDeniedEvent(t *testing.T) {
	var a Answerer
	denied := article("t", "Putin declined an invitation from Zelenskyy to meet in Istanbul on Thursday.", "Officials met anyway.")
	Annotate(denied)
	if got := ask(&a, denied, "When did Zelenskyy meet Putin?"); got.Answered() {
		t.Errorf("answered %q (%.2f) from a declined meeting", got.Text, got.Score)
	}
	held := article("t", "Putin met Zelenskyy in Istanbul on Thursday.", "Officials met anyway.")
	Annotate(held)
	if got := ask(&a, held, "When did Zelenskyy meet Putin?"); got.Text != "Thursday" {
		t.Errorf("got %q (%.2f), want Thursday", got.Text, got.Score)
	}
	asked := ask(&a, denied, "Whose invitation did Putin decline?")
	if asked.Text != "Zelenskyy" {
		t.Errorf("a question about the refusal itself: got %q, want Zelenskyy", asked.Text)
	}
}

// A sentence that restates the question without answering it hands its
// score to the next one, which answers; both are cited, the answer's first.
func TestEchoCitesBoth(t *testing.T) {
	sents := article("t",
		"The team's coach spoke to reporters on Monday.",
		"Later today the team will be competing again.",
		"At four o'clock, they will be playing in Halifax.",
		"Tickets are sold out.",
	)
	Annotate(sents)
	var a Answerer
	got := ask(&a, sents, "Where will the team be competing again?")
	if got.Text != "Halifax" || len(got.Evidence) != 2 || got.Evidence[0].Number != 3 || got.Evidence[1].Number != 2 {
		t.Fatalf("got %q citing %+v, want Halifax citing sentences 3 and 2", got.Text, got.Evidence)
	}
}

// A distinctive part of the question's long name matches the whole name
// ("Nexia" for Nexia Biotechnologies), a shared first name does not
// ("Vladimir Putin" for Vladimir Medinsky).
func TestWholeNames(t *testing.T) {
	sents := article("t", "Turner said Nexia will clone only about three goats.", "Vladimir Putin met Medinsky.")
	Annotate(sents)
	for _, tt := range []struct {
		question, term string
		sentence       int
		want           bool
	}{
		{"How many clones did Nexia Biotechnologies make?", "biotechnologies", 0, true},
		{"Who is Vladimir Medinsky?", "medinsky", 1, true}, // named in the sentence itself
		{"Who is Vladimir Medinsky?", "vladimir", 1, true},
		{"Who is Vladimir Ivanov?", "ivanov", 1, false},
	} {
		q := analyzeQuestion(tt.question)
		s, _ := decode(sents[tt.sentence])
		matches := make([][]hit, len(q.terms))
		for k, term := range q.terms {
			matches[k] = matchTerm(term, &s)
		}
		wholeNames(&q, &s, matches)
		for k, term := range q.terms {
			if term.low == tt.term && (len(matches[k]) > 0) != tt.want {
				t.Errorf("%q in %q: %q matched %v, want %v", tt.question, s.src.Text, tt.term, matches[k], tt.want)
			}
		}
	}
}

// Asked why, a sentence that opens as a result ("So...", "It means...")
// points at its cause in the sentence before.
func TestReasonBefore(t *testing.T) {
	sents := article("t",
		"Forest fires are burning across the north.",
		"Just across the border, some rain fell and dampened the fire threat.",
		"It means the province could send fire fighters to the latest hot spot.",
	)
	Annotate(sents)
	var a Answerer
	got := ask(&a, sents, "Why could the province send fire fighters to the latest hot spot?")
	if !got.Answered() || got.Evidence[0].Number != 2 {
		t.Fatalf("got %q citing %+v, want an answer from sentence 2", got.Text, got.Evidence)
	}
}

func TestAlternatives(t *testing.T) {
	sents := annotatedStory(t)
	var a Answerer
	got := ask(&a, sents, "Who leads the Russian delegation?")
	if len(got.Alternatives) > 2 {
		t.Fatalf("%d alternatives, want at most 2", len(got.Alternatives))
	}
	seen := map[string]bool{normalize(got.Text): true}
	for _, alt := range got.Alternatives {
		if alt.Text == "" || len(alt.Evidence) == 0 || !strings.Contains(alt.Evidence[0].Text, alt.Text) {
			t.Errorf("alternative %q lacks its own evidence", alt.Text)
		}
		if alt.Alternatives != nil {
			t.Errorf("alternative %q has alternatives", alt.Text)
		}
		if alt.Score > got.Score {
			t.Errorf("alternative %q scores %.2f, above the answer's %.2f", alt.Text, alt.Score, got.Score)
		}
		if seen[normalize(alt.Text)] {
			t.Errorf("alternative %q repeats an answer", alt.Text)
		}
		seen[normalize(alt.Text)] = true
	}
}

// A threshold above every score turns answers into no answers.
func TestThreshold(t *testing.T) {
	sents := annotatedStory(t)
	strict := Answerer{Threshold: 0.9999}
	if got := ask(&strict, sents, "Who heads the Ukrainian team?"); got.Answered() {
		t.Errorf("threshold 0.9999: answered %q (%.3f)", got.Text, got.Score)
	}
	var lax Answerer
	if got := ask(&lax, sents, "Who heads the Ukrainian team?"); got.Text != "Rustem Umerov" {
		t.Errorf("default threshold: %q, want Rustem Umerov", got.Text)
	}
}

// Without annotations (an index built by something else), Answer analyses
// the retrieved sentences itself and still answers.
func TestAnswerWithoutAnnotations(t *testing.T) {
	sents := loadStory(t)
	var a Answerer
	if got := ask(&a, sents, "Who leads the Russian delegation?"); got.Text != "Vladimir Medinsky" {
		t.Errorf("got %q, want Vladimir Medinsky", got.Text)
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
