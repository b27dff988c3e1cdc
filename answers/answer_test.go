package answers

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"sync"
	"testing"

	"briefbot"
)

// The two answers issue 2 requires: a name with its citation, and no
// answer for a question the story says nothing about.
func TestAnswerStory(t *testing.T) {
	sents := annotatedStory(t)
	var a Answerer
	got := ask(&a, sents, "Who leads the Russian delegation?")
	if got.Text != "Vladimir Medinsky" {
		t.Errorf("Text = %q, want %q", got.Text, "Vladimir Medinsky")
	}
	want := "Instead of Zelenskyy and Putin, a Ukrainian delegation headed by Defense Minister Rustem Umerov is scheduled to meet with a lower-level Russian team led by presidential aide Vladimir Medinsky."
	if len(got.Evidence) == 0 || got.Evidence[0].Text != want {
		t.Errorf("Evidence = %+v, want %q first", got.Evidence, want)
	}
	if got.Score <= 0 || got.Score > 1 {
		t.Errorf("Score = %v, want in (0, 1]", got.Score)
	}
	if c := got.Citation(); c.Paragraph != 7 || c.Sentence == 0 {
		t.Errorf("Citation = %+v, want paragraph 7", c)
	}

	got = ask(&a, sents, "What is the capital of France?")
	if got.Answered() {
		t.Errorf("capital of France: answered %q (score %.2f), want no answer", got.Text, got.Score)
	}
}

// The same question over the same sentences gets the same answer, scored
// the same, however the search engine orders its hits: ties are broken by
// where a sentence is, never by the order it came in.
func TestAnswerIgnoresHitOrder(t *testing.T) {
	sents := annotatedStory(t)
	var a Answerer
	for _, question := range storyQuestions {
		q := briefbot.Question{Text: question}
		res := search(sents, a.Query(q))
		want := a.Answer(q, res)
		rng := rand.New(rand.NewPCG(1, uint64(len(question))))
		for range 5 {
			shuffled := res
			shuffled.Hits = slices.Clone(res.Hits)
			rng.Shuffle(len(shuffled.Hits), func(i, j int) { shuffled.Hits[i], shuffled.Hits[j] = shuffled.Hits[j], shuffled.Hits[i] })
			got := a.Answer(q, shuffled)
			if got.Text != want.Text || got.Score != want.Score || got.Citation() != want.Citation() {
				t.Errorf("%q: %q (%.4f) %+v with the hits shuffled, %q (%.4f) %+v in order",
					question, got.Text, got.Score, got.Citation(), want.Text, want.Score, want.Citation())
				break
			}
		}
	}
}

// Prepare analyses a question once for its query and its answer, and
// gives what Query and Answer give.
func TestPrepareIsQueryAndAnswer(t *testing.T) {
	sents := annotatedStory(t)
	var a Answerer
	for _, question := range storyQuestions {
		q := briefbot.Question{Text: question}
		query, answer := a.Prepare(q)
		if want := a.Query(q); !reflect.DeepEqual(query, want) {
			t.Errorf("%q: Prepare's query %+v, Query's %+v", question, query, want)
		}
		res := search(sents, query)
		if got, want := answer(res), a.Answer(q, res); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: Prepare's answer %+v, Answer's %+v", question, got, want)
		}
	}
}

// Chat questions come in lower case: names are found all the same, by the
// capitals the articles give them.
func TestLowerCaseQuestions(t *testing.T) {
	sents := annotatedStory(t)
	var a Answerer
	for _, tt := range []struct{ lower, cased string }{
		{"who leads the russian delegation", "Who leads the Russian delegation?"},
		{"who is vladimir medinsky?", "Who is Vladimir Medinsky?"},
		{"who heads the ukrainian team?", "Who heads the Ukrainian team?"},
	} {
		want := ask(&a, sents, tt.cased)
		got := ask(&a, sents, tt.lower)
		if !want.Answered() || got.Text != want.Text {
			t.Errorf("%q = %q, want %q as for %q", tt.lower, got.Text, want.Text, tt.cased)
		}
	}
}

// Only a word the sentences write with a capital, and never without, or
// the initials of a name they give, is recased, and "us" after a
// determiner; a question with capitals of its own is left as it is.
func TestTruecased(t *testing.T) {
	sents := readArticle(
		"Talks with the Russian team led by Vladimir Medinsky went on.",
		"The team met at the church near the French Church.",
		"The Scottish National Party welcomed the talks.",
		"The national champion, said her uncle Lewis Champion, trained at the Space Station.",
		"The station closed.",
		"IOC rules say so, and World Anti-Doping Agency (WADA) chief Dick Pound agrees.")
	for _, tt := range []struct{ question, want string }{
		{"who is vladimir medinsky?", "who is Vladimir Medinsky"},
		{"who leads the russian team?", "who leads the Russian team"},
		{"where is the church?", ""},
		{"Who is vladimir Medinsky?", ""},
		// A nationality or a country the sentences do not name, singular
		// or plural.
		{"who leads the german team?", "who leads the German team"},
		{"did the germans meet?", "did the Germans meet"},
		{"who went to germany?", "who went to Germany"},
		// A word the sentences do not hold that spells a name's
		// initials is its short form; one they hold is not.
		{"what did the snp welcome?", "what did the SNP welcome"},
		{"what did the tea welcome?", ""},
		// A short form in capitals is cased wherever it stands: at a
		// sentence's start, in brackets.
		{"who runs wada?", "who runs WADA"},
		{"what do ioc rules say?", "what do IOC rules say"},
		// Words the sentences write in a row as a name are one, though
		// each is also a common word written without a capital.
		{"who is lewis champion?", "who is Lewis Champion"},
		{"where did the champion train?", ""},
		{"what is the space station?", "what is the Space Station"},
		{"when did the station close?", ""},
		// "us" after a determiner is the country; elsewhere the pronoun.
		{"which us firm met the team?", "which US firm met the team"},
		{"what did the us team say?", "what did the US team say"},
		{"can you tell us who met?", ""},
		// The noun a which-question asks for is a kind, though the
		// sentences write it only in a name ("the Scottish National
		// Party"); the name's own words are still cased.
		{"which party welcomed the talks?", ""},
		{"what did the scottish national party welcome?", "what did the Scottish National Party welcome"},
		// A name's possessive typed without its apostrophe, before a
		// noun; not the noun a which-question asks for, nor a word the
		// sentences hold.
		{"who is medinskys uncle?", "who is Medinsky's uncle"},
		{"what did wadas chief say?", "what did WADA's chief say"},
		{"which medinskys met?", ""},
		{"what did the champions say?", ""},
	} {
		q := analyzeQuestion(tt.question)
		got, ok := truecased(&q, sents)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("truecased(%q) = %q, %v; want %q", tt.question, got, ok, tt.want)
		}
	}
}

// A country owning the thing asked about stands for its nationality:
// "Russia's delegation" is the Russian team, not the Ukrainian delegation
// beside it. And a team sent to Istanbul "despite perceived Russian
// reluctance" is no Russian delegation to Istanbul.
func TestOwnerCountry(t *testing.T) {
	sents := annotatedStory(t)
	var a Answerer
	want := ask(&a, sents, "Who leads the Russian delegation?")
	for _, q := range []string{"Who leads Russia's delegation?", "Who leads the delegation of Russia?",
		"Who leads the Russian delegation to Istanbul?"} {
		if got := ask(&a, sents, q); got.Text != want.Text {
			t.Errorf("%q = %q, want %q as for the Russian delegation", q, got.Text, want.Text)
		}
	}
}

// "In charge of" is leading: a chat user's "who's in charge of the
// ukrainian delegation?" is answered as "Who heads the Ukrainian
// delegation?" is, where it had no word the story relates to "led" or
// "headed". A charge of another kind keeps its own sense.
func TestInCharge(t *testing.T) {
	sents := annotatedStory(t)
	var a Answerer
	for _, pair := range [][2]string{
		{"who's in charge of the ukrainian delegation?", "Who heads the Ukrainian delegation?"},
		{"Who is in charge of the Russian team?", "Who leads the Russian delegation?"},
	} {
		got, want := ask(&a, sents, pair[0]), ask(&a, sents, pair[1])
		if got.Text != want.Text || want.Text == "" {
			t.Errorf("%q = %q, want %q as for %q", pair[0], got.Text, want.Text, pair[1])
		}
	}
	for _, text := range []string{"He was charged with fraud.", "The charge of fraud was dropped.", "They will charge a fee."} {
		toks := tokenize(text)
		refineTags(toks)
		for _, tok := range toks {
			if tok.stem == leadStem {
				t.Errorf("%q: %q has the stem of lead", text, tok.text)
			}
		}
	}
}

// Questions of the story that rules of their own answer:
//   - a sentence that only names the question's one name does not restate
//     it: "Where is Trump?" is answered from the sentence that says where
//     he spoke, not from the place the sentence after another Trump
//     sentence names;
//   - a count's noun may come after modifiers: "three other senior
//     officials" counts officials, so "three" answers "How many
//     officials...?", not the stretch around it.
func TestStoryRuleAnswers(t *testing.T) {
	sents := annotatedStory(t)
	var a Answerer
	for _, tt := range []struct{ question, want string }{
		{"Where is Trump?", "Abu Dhabi"},
		{"How many officials are in the Russian delegation?", "three"},
		// Who did it, not to whom it was done (roleFirst).
		{"Who appointed the experts?", "Putin"},
		// A preposition's phrase is nobody, after an adverb too:
		// "Instead of Zelenskyy and Putin" is who did not come.
		{"What is the name of the Russian delegation head?", "Vladimir Medinsky"},
		{"name of the russian delegation head", "Vladimir Medinsky"},
	} {
		if got := ask(&a, sents, tt.question); got.Text != tt.want {
			t.Errorf("%s = %q, want %s", tt.question, got.Text, tt.want)
		}
	}
}

// An Answerer reuses buffers between questions (see scratch); answering
// from several goroutines at once must give each question the answer it
// gets alone, whatever question used the buffers before. Run with -race.
func TestAnswerConcurrent(t *testing.T) {
	sents := annotatedStory(t)
	var a Answerer
	results := make([]briefbot.Result, len(storyQuestions))
	want := make([]briefbot.Answer, len(storyQuestions))
	for i, q := range storyQuestions {
		results[i] = search(sents, a.Query(briefbot.Question{Text: q}))
		want[i] = (&Answerer{}).Answer(briefbot.Question{Text: q}, results[i])
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for n := range 3 * len(storyQuestions) {
				i := (n*(g+1) + g) % len(storyQuestions)
				q := briefbot.Question{Text: storyQuestions[i]}
				var got briefbot.Answer
				if n%2 == 0 {
					got = a.Answer(q, results[i])
				} else {
					_, answer := a.Prepare(q)
					got = answer(results[i])
				}
				if !reflect.DeepEqual(got, want[i]) {
					t.Errorf("%q: got %+v, want %+v", q.Text, got, want[i])
				}
			}
		})
	}
	wg.Wait()
}

// Asked why, a noun phrase and what qualifies it is no reason, an
// infinitive in it or not; a clause, or a phrase opening on a reason's
// marker, may be.
func TestModifiedNounPhraseIsNoReason(t *testing.T) {
	q := analyzeQuestion("Why did Putin decline?")
	for _, tt := range []struct {
		span string
		want bool
	}{
		{"an invitation from Ukrainian leader Zelenskyy to meet in Istanbul for peace negotiations", true},
		{"the delays due to the strike", false},
		{"the talks were going nowhere", false},
		{"to avoid meeting Zelenskyy", false},
		{"because the talks were too low-level", false},
	} {
		toks := tokenize(tt.span)
		for i := range toks {
			toks[i].tag = baseTag(toks[i])
		}
		refineTags(toks)
		if got := notAReason(&q, toks); got != tt.want {
			t.Errorf("notAReason(%q) = %v, want %v", tt.span, got, tt.want)
		}
	}
}

// texts returns the words of query terms or phrases, in order.
func texts(terms []briefbot.Term) []string {
	out := make([]string, len(terms))
	for k, t := range terms {
		out[k] = t.Text
	}
	return out
}

// A name of several words is searched for by its short form too, which an
// article may use alone ("said Mike Short, chairman of the MDA"); a short
// form of two letters would find the pronoun "us".
func TestQuerySearchesShortForms(t *testing.T) {
	var a Answerer
	terms := func(question string) []string { return texts(a.Query(briefbot.Question{Text: question}).Terms) }
	if got := terms("Who chairs the Mobile Data Association?"); !slices.Contains(got, "mda") {
		t.Errorf("query terms %q, want the short form mda among them", got)
	}
	if got := terms("Who is the president of the Association of Directors of Social Services?"); !slices.Contains(got, "adss") {
		t.Errorf("query terms %q, want the short form adss, joiners and all, among them", got)
	}
	if got := terms("What did the United States say?"); slices.Contains(got, "us") {
		t.Errorf("query terms %q hold us", got)
	}
	// Typed in small letters, a run of nouns may be a name: its initials
	// are searched, alone or joined ("dept for constitutional affairs").
	for question, want := range map[string]string{
		"whos chair of the islamic human rights commission":           "ihrc",
		"name of the dept for constitutional affairs spokeswoman":     "dca",
		"islamic human rights commission of the united kingdom chair": "ihrc",
	} {
		if got := terms(question); !slices.Contains(got, want) {
			t.Errorf("query terms of %q: %q, want %s among them", question, got, want)
		}
	}
	if got := terms("Which billionaire funds the Open society institute?"); slices.Contains(got, "osi") {
		t.Errorf("query terms %q hold osi, from a question with capitals", got)
	}
}

// A country that owns the thing asked about is searched with its people's
// adjective before that thing, as a phrase: "the president of France" is
// "French president" in the article. The country alone, or its adjective
// alone, would find half the corpus.
func TestQuerySearchesOwnerAsAdjective(t *testing.T) {
	var a Answerer
	phrases := func(question string) []string { return texts(a.Query(briefbot.Question{Text: question}).Phrases) }
	for question, want := range map[string]string{
		"Who is the prime minister of Italy?": "italian prime minister",
		"Who is France's president?":          "french president",
		"whos the president of argentina":     "argentine president",
	} {
		if got := phrases(question); !slices.Contains(got, want) {
			t.Errorf("query phrases of %q: %q, want %q among them", question, got, want)
		}
	}
	// France owns nothing asked about here.
	if got := phrases("Who won the election in France?"); len(got) != 0 {
		t.Errorf("query phrases %q, want none", got)
	}
}

// Asked who someone is, the query weighs the commonest titles a little,
// so that of the many sentences naming a famous person those giving a
// title are read ("Prime Minister Tony Blair"); asked what a name is,
// the commonest words of a kind ("media watchdog Ofcom"); asked
// anything else, it does not. They are cues, which find no sentence
// alone: as terms, a million sentences' "minister" would all be walked.
func TestQueryOfDefinitionSearchesTitles(t *testing.T) {
	var a Answerer
	boosts := func(question string) map[string]float64 {
		m := map[string]float64{}
		q := a.Query(briefbot.Question{Text: question})
		for _, term := range q.Terms {
			m[term.Text] = term.Boost
		}
		for _, cue := range q.Cues {
			if _, term := m[cue.Text]; term {
				t.Errorf("%q searches %q as a term and a cue", question, cue.Text)
			}
			m[cue.Text] = cue.Boost
		}
		return m
	}
	for _, term := range a.Query(briefbot.Question{Text: "Who is Tony Blair?"}).Terms {
		if term.Text == "minister" {
			t.Errorf("Who is Tony Blair? searches minister as a term, which finds sentences alone")
		}
	}
	got := boosts("Who is Tony Blair?")
	for _, w := range []string{"minister", "president", "leader", "chairman"} {
		if b, ok := got[w]; !ok || b >= got["blair"] {
			t.Errorf("Who is Tony Blair? searches %q with %v (blair %v), want it, weighed under the name", w, b, got["blair"])
		}
	}
	for _, question := range []string{"When did Tony Blair speak?", "Who leads the Labour party?", "What is the Kyoto protocol?"} {
		if b, ok := boosts(question)["minister"]; ok {
			t.Errorf("%q searches minister (%v)", question, b)
		}
	}
	// Asked what a name is, the words of a firm's or a body's kind.
	got = boosts("What is Ofcom?")
	for _, w := range []string{"regulator", "firm", "watchdog"} {
		if b, ok := got[w]; !ok || b >= got["ofcom"] {
			t.Errorf("What is Ofcom? searches %q with %v (ofcom %v), want it, weighed under the name", w, b, got["ofcom"])
		}
	}
	for _, question := range []string{"What is scurvy?", "What did Ofcom say?"} {
		if b, ok := boosts(question)["firm"]; ok {
			t.Errorf("%q searches firm (%v)", question, b)
		}
	}
}

// A premier is a prime minister where the word is a head of government's
// title, after a nationality or before a name; the Premier League's is
// not.
func TestPremierIsPrimeMinister(t *testing.T) {
	var a Answerer
	for _, question := range []string{"turkish pm?", "Who is the Turkish prime minister?"} {
		sents := article("a", "Turkish premier Recep Erdogan had to accept the terms.", "Talks went on.")
		Annotate(sents)
		if got := ask(&a, sents, question); got.Text != "Recep Erdogan" {
			t.Errorf("%q = %q (%.2f), want Recep Erdogan", question, got.Text, got.Score)
		}
	}
	// The title's short form, "PM", stands for it as the two words do.
	for _, question := range []string{"Who is the prime minister?", "When did the PM speak?"} {
		q := analyzeQuestion(question)
		for text, want := range map[string]bool{
			"Chinese Premier Wen Jiabao arrived on Monday.":     true,
			"Premier Wen Jiabao arrived on Monday.":             true,
			"Wayne Rooney joined the Premier League side.":      false,
			"He is the best in the English Premier League.":     false,
			"The Turkish premier said he would go.":             true,
			"The premier internet marketing company said more.": false,
		} {
			sents := article("a", text)
			Annotate(sents)
			s := readSentence(sents[0])
			matches := make([][]hit, len(q.terms))
			compounds(&q, s, matches)
			matched := false
			for _, h := range matches {
				for _, x := range h {
					matched = matched || s.toks[x.pos].low == "premier"
				}
			}
			if matched != want {
				t.Errorf("%q in %q: premier matched %v, want %v", question, text, matched, want)
			}
		}
	}
}

// A title's short form finds its long form and back, in the search and in
// the sentence: "CEO" and "chief executive", "PM" and "prime minister".
func TestTitleShortForms(t *testing.T) {
	var a Answerer
	for _, tt := range []struct{ question, sentence string }{
		{"Who is the CEO of Acme?", "Acme chief executive John Smith spoke on Monday."},
		{"Who is the chief executive of Acme?", "Acme CEO John Smith spoke on Monday."},
	} {
		sents := article("a", tt.sentence, "It rained.")
		Annotate(sents)
		if got := ask(&a, sents, tt.question); got.Text != "John Smith" {
			t.Errorf("%q of %q = %q (%.2f), want John Smith", tt.question, tt.sentence, got.Text, got.Score)
		}
	}
	terms := texts(a.Query(briefbot.Question{Text: "Who is the PM?"}).Terms)
	if !slices.Contains(terms, "prime") || !slices.Contains(terms, "minister") {
		t.Errorf("query terms %q, want prime and minister among them", terms)
	}
}

// CandidatesAndDropped lists the candidates a filter leaves out with the reason: a
// name that only repeats the question's is one.
func TestDroppedGivesReasons(t *testing.T) {
	sents := article("t", "The Green Party will hold its spring conference in Leeds and not Harrogate, it has been confirmed.")
	Annotate(sents)
	var a Answerer
	q := briefbot.Question{Text: "In which city will the Green Party hold its spring conference?"}
	reasons := map[string]string{}
	_, dropped := a.CandidatesAndDropped(q, search(sents, a.Query(q)))
	for _, d := range dropped {
		if d.Reason == "" || d.Sentence.Text == "" {
			t.Errorf("dropped %q with no reason or sentence", d.Text)
		}
		reasons[d.Text] = d.Reason
	}
	if reasons["Harrogate"] != "set against what is so" {
		t.Errorf("Harrogate dropped for %q, want %q (all: %v)", reasons["Harrogate"], "set against what is so", reasons)
	}
	if _, ok := reasons["Leeds"]; ok {
		t.Errorf("Leeds dropped: %v", reasons)
	}
}

// A whose-question is answered by the owner, not by the owner and the
// thing the question names: "Napoleon's", not "Napoleon's army".
func TestWhoseAnswerStopsAtTheOwner(t *testing.T) {
	sents := article("t", "Napoleon's army liberated Warsaw from Prussian rule in 1806.",
		"Mr Blair's official spokesman said Turkey would be the key issue.")
	Annotate(sents)
	wantConfidentAnswers(t, sents, map[string]string{
		"Whose army liberated Warsaw in 1806?":                "Napoleon's",
		"Whose spokesman said Turkey would be the key issue?": "Mr Blair's",
	})
}

// A description that opens the story is named by the next sentence, and
// answers for that name: "Which transport minister said...?" from
// "..., a transport minister has said." then "Ingrid Solberg said...";
// "Which bank will give...?" from "A Norwegian bank has said it will
// give..." then "Nordvik Bank will...".
func TestIntroducedNameAnswers(t *testing.T) {
	sents := article("a",
		"Ferries should be free at weekends, a transport minister has said.",
		"Ingrid Solberg said the plan would cost little and help the islands.",
		"A Norwegian bank has said it will give $3m to the flood appeal.",
		"Nordvik Bank will put the money in a fund for rebuilding homes.",
	)
	Annotate(sents)
	wantConfidentAnswers(t, sents, map[string]string{
		"Which transport minister said ferries should be free at weekends?": "Ingrid Solberg",
		"Which bank will give $3m to the flood appeal?":                     "Nordvik Bank",
	})
}

// An article that names fewer of the question's names than another
// retrieved article tells another story: asked how many passengers BA
// carried, the airport group's figure is no answer while an article on
// BA is there, and is left out for that reason. BA's own article, which
// names them all, keeps its candidates.
func TestOtherStoryIsNoAnswer(t *testing.T) {
	sents := append(article("ba", "BA said its planes were fuller than a year ago.", "The airline blamed the strong pound."),
		article("airport", "The airport group carried more than 70 million passengers in January, up 5%.")...)
	Annotate(sents)
	var a Answerer
	q := briefbot.Question{Text: "How many passengers did BA carry in January?"}
	if got := ask(&a, sents, q.Text); got.Text != "" {
		t.Errorf("%q = %q (%.2f), want no answer", q.Text, got.Text, got.Score)
	}
	_, dropped := a.CandidatesAndDropped(q, search(sents, a.Query(q)))
	var why string
	for _, d := range dropped {
		if d.Text == "more than 70 million" {
			why = d.Reason
		}
		if d.Sentence.ArticleID == "ba" && d.Reason == otherStoryReason {
			t.Errorf("%q of BA's own article dropped as another story", d.Text)
		}
	}
	if why != otherStoryReason {
		t.Errorf("the airport's figure dropped for %q, want %q", why, otherStoryReason)
	}
}

// An article that holds much less of the question's words than another
// retrieved article tells another story, though it names all the
// question's names (here none): asked what the tribunal awarded a sacked
// nurse for her lost years, the sum another tribunal awarded a teacher is
// no answer while the nurse's own article is there. Asked about the
// teacher, the sum answers.
func TestLessOfTheQuestionIsNoAnswer(t *testing.T) {
	sents := append(article("nurse", "A nurse sacked by a Leeds hospital has won her case at an employment tribunal.",
		"She had asked the tribunal to award her compensation for the years she lost."),
		article("teacher", "A tribunal in Bradford awarded £50,000 to a teacher sacked by a school.")...)
	Annotate(sents)
	var a Answerer
	q := briefbot.Question{Text: "how much did the tribunal award the sacked nurse for her lost years"}
	if got := ask(&a, sents, q.Text); got.Text != "" {
		t.Errorf("%q = %q (%.2f), want no answer", q.Text, got.Text, got.Score)
	}
	_, dropped := a.CandidatesAndDropped(q, search(sents, a.Query(q)))
	var why string
	for _, d := range dropped {
		if d.Text == "£50,000" {
			why = d.Reason
		}
		if d.Sentence.ArticleID == "nurse" && (d.Reason == lessOfTheQuestionReason || d.Reason == otherStoryReason) {
			t.Errorf("%q of the nurse's own article dropped as another story", d.Text)
		}
	}
	if why != lessOfTheQuestionReason {
		t.Errorf("the teacher's award dropped for %q, want %q", why, lessOfTheQuestionReason)
	}
	if got := ask(&a, sents, "how much did the tribunal award the sacked teacher"); got.Text != "£50,000" {
		t.Errorf("the teacher's award: %q (%.2f), want £50,000", got.Text, got.Score)
	}
}
