package converse

import (
	"strings"
	"testing"
	"unicode/utf8"
)

const medinskySentence = "Instead of Zelenskyy and Putin, a Ukrainian delegation headed by Defense Minister Rustem Umerov is scheduled to meet with a lower-level Russian team led by presidential aide Vladimir Medinsky."

// turn is one turn for the tables below.
func turn(q, a, sentence string) Turn {
	return Turn{Question: q, Answer: a, Sentence: sentence, Article: "talks.txt"}
}

func TestRewrite(t *testing.T) {
	russian := turn("Who leads the Russian delegation?", "Vladimir Medinsky", medinskySentence)
	tests := []struct {
		name    string
		history []Turn
		q       string
		want    string // "" when the question stands as it is
	}{
		// Pronouns.
		{"his after a person answer", []Turn{russian}, "What is his job?", "What is Vladimir Medinsky's job?"},
		{"he after a person answer", []Turn{russian}, "When did he arrive?", "When did Vladimir Medinsky arrive?"},
		{"him", []Turn{russian}, "Who appointed him?", "Who appointed Vladimir Medinsky?"},
		{"her as an object", []Turn{turn("Who chairs the board?", "Ilona Marsh", "")}, "Who elected her?", "Who elected Ilona Marsh?"},
		{"her as a possessive", []Turn{turn("Who chairs the board?", "Ilona Marsh", "")}, "What is her title?", "What is Ilona Marsh's title?"},
		{"the titles go", []Turn{turn("Who heads the Ukrainian team?", "Defense Minister Rustem Umerov", medinskySentence)}, "What did he say?", "What did Rustem Umerov say?"},
		{"a person named in the question before", []Turn{turn("What is Vladimir Medinsky's job?", "presidential aide", medinskySentence)}, "Who appointed him?", "Who appointed Vladimir Medinsky?"},
		{"whose answer", []Turn{turn("Whose invitation did Putin decline?", "Ukrainian leader Zelenskyy", "")}, "What did he call the Russian team?", "What did Zelenskyy call the Russian team?"},
		{"the subject when the answer is no person", []Turn{turn("When did Rubio talk to reporters in Antalya?", "Thursday", "")}, "What did he say?", "What did Rubio say?"},
		{"it: a thing answered", []Turn{turn("What did Ukraine accept?", "a U.S. and European proposal for a full, 30-day ceasefire", "")}, "Who rejected it?", "Who rejected the U.S. and European proposal for a full, 30-day ceasefire?"},
		{"it: the thing's noun phrase, without what qualifies it at length", []Turn{turn("What did the council vote to build?", "a tram line linking the city centre with its airport", "")}, "How long will it be?", "How long will the tram line be?"},
		{"it: the topic carried on", []Turn{turn("What did the council vote to build?", "a tram line linking the city centre with its airport", ""), turn("How long will the tram line be?", "14 kilometres", "")}, "How many stops will it have?", "How many stops will the tram line have?"},
		{"its before a role: an organisation", []Turn{turn("Who is the ferry operator?", "Bluewake Lines", ""), turn("What did Bluewake Lines offer?", "a four percent rise spread over two years", "")}, "Who is its chief executive?", "Who is Bluewake Lines's chief executive?"},
		{"its: an organisation answered to who", []Turn{turn("Who called the strike?", "the Harbour Workers Union", "")}, "Who is its general secretary?", "Who is the Harbour Workers Union's general secretary?"},
		{"their: a group answered", []Turn{turn("Who had won the title three years in a row?", "The Lindmouth crew", "")}, "Who is their coach?", "Who is the Lindmouth crew's coach?"},
		{"they: several answered", []Turn{turn("Who did the U.S. delegation include?", "Secretary of State Marco Rubio and retired Lt. Gen. Keith Kellogg", "")}, "What did they say?", "What did Secretary of State Marco Rubio and retired Lt. Gen. Keith Kellogg say?"},
		{"them: a plural of the question", []Turn{turn("Where are the peace talks being held?", "Istanbul", "")}, "Who leads them?", "Who leads the peace talks?"},
		{"their", []Turn{turn("Where are the peace talks being held?", "Istanbul", "")}, "What is their aim?", "What is the peace talks' aim?"},
		{"there after a verb of motion", []Turn{turn("Where are the peace talks being held?", "Istanbul", "")}, "Who went there?", "Who went to Istanbul?"},
		{"there", []Turn{turn("Where did Trump talk to reporters?", "Abu Dhabi", "")}, "What did he say there?", "What did Trump say in Abu Dhabi?"},
		{"two turns back", []Turn{russian, turn("What is Vladimir Medinsky's job?", "presidential aide", medinskySentence)}, "Who appointed him?", "Who appointed Vladimir Medinsky?"},
		{"the answer of the latest turn", []Turn{russian, turn("Who leads the Ukrainian delegation?", "Rustem Umerov", medinskySentence)}, "What is his title?", "What is Rustem Umerov's title?"},
		{"opening words go", []Turn{russian}, "And when did he arrive?", "When did Vladimir Medinsky arrive?"},
		// "the one", "the other".
		{"the Ukrainian one", []Turn{russian}, "And the Ukrainian one?", "Who leads the Ukrainian delegation?"},
		{"the Ukrainian one, in a question", []Turn{russian}, "Who leads the Ukrainian one?", "Who leads the Ukrainian delegation?"},
		{"the Ukrainian", []Turn{turn("Who heads the Russian team?", "Vladimir Medinsky", medinskySentence)}, "And the Ukrainian?", "Who heads the Ukrainian team?"},
		{"the Ukrainian team", []Turn{russian}, "What about the Ukrainian team?", "Who leads the Ukrainian team?"},
		{"the other one", []Turn{russian}, "And the other one?", "Who leads the Ukrainian delegation?"},
		{"the Ukrainian one, two turns back", []Turn{russian, turn("What is Vladimir Medinsky's job?", "presidential aide", medinskySentence)}, "And the Ukrainian one?", "Who leads the Ukrainian delegation?"},
		{"a country's for a country's", []Turn{turn("Who leads Russia's delegation?", "Vladimir Medinsky", "")}, "And the Ukrainian one?", "Who leads the Ukrainian delegation?"},
		{"a name for a possessive name", []Turn{turn("What is Vladimir Medinsky's job?", "presidential aide", "")}, "And Umerov's?", "What is Umerov's job?"},
		{"a name for a possessive name, bare", []Turn{turn("What is Vladimir Medinsky's job?", "presidential aide", "")}, "What about Rustem Umerov?", "What is Rustem Umerov's job?"},
		{"the other one, then", []Turn{russian}, "What about the other one, then?", "Who leads the Ukrainian delegation?"},
		{"the other delegation, in a question", []Turn{russian}, "Who leads the other delegation?", "Who leads the Ukrainian delegation?"},
		// Ellipsis.
		{"a possessive for a nationality", []Turn{russian}, "And Ukraine's?", "Who leads Ukraine's delegation?"},
		{"a possessive for a possessive", []Turn{turn("What is Russia's position?", "", "")}, "And Ukraine's?", "What is Ukraine's position?"},
		{"a name for a name", []Turn{turn("Where did Trump talk to reporters?", "Abu Dhabi", "")}, "What about Rubio?", "Where did Rubio talk to reporters?"},
		{"a name for a name, bare", []Turn{turn("Who is Marco Rubio?", "Secretary of State", "")}, "And Keith Kellogg?", "Who is Keith Kellogg?"},
		{"a place for a place", []Turn{turn("What did Trump say in Abu Dhabi?", "", "")}, "And in Antalya?", "What did Trump say in Antalya?"},
		{"why, after a subject question", []Turn{turn("Who declined Zelenskyy's invitation?", "Putin", "")}, "Why?", "Why did Putin decline Zelenskyy's invitation?"},
		{"why, after a whose question", []Turn{turn("Whose invitation did Putin decline?", "Ukrainian leader Zelenskyy", "")}, "Why?", "Why did Putin decline Zelenskyy's invitation?"},
		{"why, present tense", []Turn{russian}, "Why?", "Why does Vladimir Medinsky lead the Russian delegation?"},
		{"when, after an object question", []Turn{turn("What did Ukraine accept?", "a proposal for a ceasefire", "")}, "When?", "When did Ukraine accept a proposal for a ceasefire?"},
		{"why, the object before a preposition", []Turn{turn("How many lower-level officials did Putin appoint as experts?", "four", "")}, "And why?", "Why did Putin appoint four lower-level officials as experts?"},
		{"when, after an adjunct question", []Turn{turn("Where are the peace talks being held?", "Istanbul", "")}, "When?", "When are the peace talks being held?"},
		{"why is that", []Turn{turn("When did Rubio talk to reporters in Antalya?", "Thursday", "")}, "Why is that?", "Why did Rubio talk to reporters in Antalya?"},
		{"how many, after which", []Turn{turn("Which officials did Putin appoint as experts?", "four lower-level officials", "")}, "How many?", "How many officials did Putin appoint as experts?"},
		{"how many, after who", []Turn{turn("Who did the U.S. delegation include?", "Marco Rubio and Keith Kellogg", "")}, "How many?", "How many people did the U.S. delegation include?"},
		{"why, a subject question with a modal", []Turn{turn("Which museum will close in March?", "the Halden Toy Museum", "")}, "Why?", "Why will the Halden Toy Museum close in March?"},
		{"when, a counted answer takes its noun", []Turn{turn("How many homes lost power?", "to about 18,000", "")}, "When?", "When did about 18,000 homes lose power?"},
		{"it: a possessive noun phrase", []Turn{turn("What is the museum's best-known exhibit?", "", "")}, "Where was it moved?", "Where was the museum's best-known exhibit moved?"},
		{"its spokesman: an organisation answered", []Turn{turn("Who is the grid operator?", "Coastline Power", "")}, "Who is its spokesman?", "Who is Coastline Power's spokesman?"},
		{"a wh-phrase after a preposition", []Turn{turn("How many players did the tournament draw?", "214", "")}, "From how many countries?", "From how many countries did the tournament draw 214 players?"},
		{"a wh-phrase with a noun", []Turn{turn("Where did Trump talk to reporters?", "Abu Dhabi", "")}, "In which city?", "In which city did Trump talk to reporters?"},
		{"it: a noun in -ing", []Turn{turn("When did the cancer wing open?", "Monday", "")}, "How many beds does it have?", "How many beds does the cancer wing have?"},
		{"it: what was acted on, not the organisation that acted", []Turn{turn("Who built the wing?", "the construction firm Halloran Brothers", "")}, "How much did it cost?", "How much did the wing cost?"},
		{"it: a noun phrase with of", []Turn{turn("When was the price of the ticket raised?", "", "")}, "Why was it raised?", "Why was the price of the ticket raised?"},
		{"it: a noun phrase with of a name's", []Turn{turn("What is the name of Fischer's school?", "", "")}, "What has it started?", "What has the name of Fischer's school started?"},
		{"how, a subject question with an auxiliary", []Turn{turn("Who has rejected the proposal?", "Putin", "")}, "How?", "How has Putin rejected the proposal?"},

		// What stands as it is.
		{"no history", nil, "What is his job?", ""},
		{"a full question", []Turn{russian}, "Who leads the Ukrainian delegation?", ""},
		{"he stands for a name of the question", []Turn{russian}, "Who did Trump say he wanted to meet?", ""},
		{"his stands for a name of the question", []Turn{russian}, "What did Zelenskyy say about his team?", ""},
		{"an existential there", []Turn{turn("Where are the talks?", "Istanbul", "")}, "Is there a ceasefire?", ""},
		{"the same question word", []Turn{turn("When did Rubio speak?", "Thursday", "")}, "When?", ""},
		{"why after a copula", []Turn{turn("What is Vladimir Medinsky's job?", "presidential aide", "")}, "Why?", ""},
		{"why after no answer", []Turn{turn("Who leads the Chinese delegation?", "", "")}, "Why?", ""},
		{"no person to stand for", []Turn{turn("When are the talks?", "Friday", "")}, "What is his job?", ""},
		{"no other nationality", []Turn{turn("Who leads the Russian delegation?", "Vladimir Medinsky", "Vladimir Medinsky leads it.")}, "And the other one?", ""},
		{"a fragment with nothing to stand for", []Turn{turn("When are the talks?", "Friday", "")}, "And the weather?", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Rewrite(tt.q, tt.history)
			want := tt.want
			if want == "" {
				want = tt.q
			}
			if got != want || ok != (tt.want != "") {
				t.Errorf("Rewrite(%q) = %q, %v; want %q", tt.q, got, ok, want)
			}
		})
	}
}

func TestBase(t *testing.T) {
	tests := map[string]string{
		"leads": "does lead", "led": "did lead", "declined": "did decline", "invited": "did invite", "accepted": "did accept",
		"appointed": "did appoint", "headed": "did head", "stated": "did state", "emphasized": "did emphasize",
		"reiterated": "did reiterate", "imposed": "did impose", "accused": "did accuse", "caused": "did cause",
		"released": "did release", "planned": "did plan", "carried": "did carry", "agreed": "did agree", "visited": "did visit",
		"opened": "did open", "included": "did include", "decided": "did decide", "required": "did require",
		"settled": "did settle", "argued": "did argue", "negotiated": "did negotiate", "created": "did create",
		"called": "did call", "rejected": "did reject", "met": "did meet", "said": "did say", "has": "does have",
		"carries": "does carry", "watches": "does watch", "lead": "do lead", "developed": "did develop", "joined": "did join",
		"voted": "did vote", "ordered": "did order", "added": "did add",
	}
	for w, want := range tests {
		aux, verb := base(w)
		if got := aux + " " + verb; got != want {
			t.Errorf("base(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestTokenizeJoin(t *testing.T) {
	for _, s := range []string{
		"What is Vladimir Medinsky's job?",
		"Who leads the U.S. delegation, and why?",
		"What did Lt. Gen. Keith Kellogg say about the three-year-long war?",
		"What is the peace talks' aim?",
		"Who said “it’s time” in Abu Dhabi?",
		"Did about 18,000 homes lose power?",
	} {
		if got := join(tokenize(s)); got != s {
			t.Errorf("join(tokenize(%q)) = %q", s, got)
		}
	}
	ts := tokenize("Medinsky’s team")
	if len(ts) != 3 || ts[1].low != "'s" {
		t.Errorf("possessive: %q", ts)
	}
}

// FuzzRewrite: whatever the question and history, Rewrite returns valid
// text, never panics, and a rewritten question is a question.
func FuzzRewrite(f *testing.F) {
	f.Add("What is his job?", "Who leads the Russian delegation?", "Vladimir Medinsky", medinskySentence)
	f.Add("And the other one?", "Who leads the Russian delegation?", "", medinskySentence)
	f.Add("Why?", "Whose invitation did Putin decline?", "Zelenskyy", "")
	f.Add("How many?", "Which", "'s", "")
	f.Add("the the other", "What ' s", "and", "the")
	f.Fuzz(func(t *testing.T, q, prevQ, prevA, sentence string) {
		got, ok := Rewrite(q, []Turn{{Question: prevQ, Answer: prevA, Sentence: sentence}})
		if !utf8.ValidString(got) && utf8.ValidString(q) {
			t.Fatalf("invalid UTF-8 from %q", q)
		}
		if ok && !strings.HasSuffix(got, "?") {
			t.Fatalf("rewritten %q is no question: %q", q, got)
		}
		if !ok && got != q {
			t.Fatalf("unchanged but different: %q → %q", q, got)
		}
	})
}

// An answer naming a thing after its description is carried by its name:
// "Water company Hillspring" is "Hillspring" to a follow-up.
func TestTrailingName(t *testing.T) {
	for answer, want := range map[string]string{
		"Water company Hillspring":                  "Hillspring",
		"anti-virus software maker Sybari Software": "Sybari Software",
		"Mel Gibson's The Passion of the Christ":    "The Passion of the Christ",
		"Prime Minister Jean Chretien":              "Prime Minister Jean Chretien",
		"Bank of England":                           "Bank of England",
	} {
		if got := join(trailingName(answerToks(answer))); got != want {
			t.Errorf("trailingName(%q) = %q, want %q", answer, got, want)
		}
	}
}
