package answers

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
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
		{"subject, people", []string{"Angry dockers blocked the bridge for three hours.", "Police watched."},
			"Who blocked the bridge?", "Angry dockers"},
		{"a title standing for the last speaker", []string{"Fines were among the options, Ann Harwell said.", "The constitutional affairs secretary outlined the access plans on Tuesday.", "Critics were unmoved."},
			"Who outlined the access plans?", "Ann Harwell"},
		{"title before name", []string{"Talks were led by presidential envoy Omar Haddad.", "They lasted a day."},
			"Who is Omar Haddad?", "presidential envoy"},
		{"appositive", []string{"Mara Olsen, chief steward of the Coastal Fishers Guild, spoke first.", "She was brief."},
			"What is Mara Olsen's role in the Coastal Fishers Guild?", "chief steward"},
		{"bracketed short form", []string{"The code bans volatile organic compounds (VOCs) in house paint.", "It takes effect in May."},
			"What are VOCs?", "volatile organic compounds"},
		{"explanation in brackets", []string{"Two wardens (the people who guard the reserve) were hurt.", "They are recovering."},
			"What are wardens?", "the people who guard the reserve"},
		{"explanation after a dash", []string{"The vote was held in 40 \"wards\" -- small districts of the city.", "Turnout was low."},
			"What are wards?", "small districts of the city"},
		{"object", []string{"Ukraine has accepted a proposal for a 30-day ceasefire, but Russia has not.", "Talks go on."},
			"What did Ukraine accept?", "a proposal for a 30-day ceasefire"},
		{"object, cut before the question's own phrase", []string{"At the derby, visiting fans brought foghorns to the stadium to drown out the anthem, officials said.", "The club apologised."},
			"What did fans bring to the stadium to drown out the anthem?", "foghorns"},
		{"object, cut before a clause the question restates", []string{"Mayor Ines Duarte promised to rebuild the harbour when she was elected three years ago.", "Work has not begun."},
			"What did the mayor promise when she was elected?", "rebuild the harbour"},
		{"asked which band, a person by their noun is none", []string{"Pop singer Lara Venn won best female act, while folk band Tarrow were named best live act.", "The show was in Oslo."},
			"Which folk band won best live act?", "Tarrow"},
		{"a year asked, the year of a date", []string{"Elected to the council in 2001, Dana Pruitt's first post was transport chief, a role she took in May 2003.", "She retired."},
			"In what year was Dana Pruitt elected to the council?", "2001"},
		{"what X did, before the phrase the question restates", []string{"Witnesses said the guards sang as they slowly marched through the square carrying flags.", "Nobody was hurt."},
			"What did the guards do as they marched through the square?", "sang"},
		{"an ordinal of the years counted", []string{"For the fourth year in a row, the survey has ranked Oslo the safest city.", "Crime fell."},
			"How many years in a row has the survey ranked Oslo the safest city?", "four"},
		{"a count in millions", []string{"Between midnight and dawn, 133m text messages were sent in the UK.", "It was a record."},
			"How many text messages were sent in the UK?", "133m"},
		{"the Nth time counts the times", []string{"It is only the 13th time the veto has been used since 1950.", "It was last used in 1976."},
			"How many times has the veto been used since 1950?", "13"},
		{"where someone is a native of", []string{"Tom Rees was freed on Monday.", "After 12 years in prison, the Manitoba native became the first Canadian to be pardoned in the U.S."},
			"Of which province in Canada was Tom Rees a native?", "Manitoba"},
		{"a sum in a currency other than the commonest", []string{"The court ordered the town to pay the farmer 40 million lire in damages.", "The farmer had asked for more."},
			"How much money did the court order the town to pay?", "40 million lire"},
		{"a year by its era", []string{"Historians say the first written record of the plague dates from 430 BC in Athens.", "It killed a third of the city."},
			"When does the first written record of the plague date from?", "430 BC"},
		{"a year after its era", []string{"The Roman town of Pompeii was buried under ash in AD 79.", "It was found again in 1748."},
			"When was Pompeii buried under ash?", "AD 79"},
		{"a figure, not its conversion in brackets", []string{"The firm said it had debts of $50m (£26m) when it collapsed.", "Its founder left."},
			"How much debt did the firm have when it collapsed?", "$50m"},
		{"a distance, not its conversion in brackets", []string{"Some 15 kilometres (9 miles) from the city, the river widens into a lake.", "Otters live there."},
			"How far from the city does the river widen?", "Some 15 kilometres"},
		{"a time as soon as something happens", []string{"The council said the bridge will reopen as soon as the repairs are finished.", "It closed in May."},
			"When will the bridge reopen?", "as soon as the repairs are finished"},
		{"a time as soon as something happened", []string{"Fans left the ground as soon as the match ended.", "It rained all day."},
			"When did the fans leave the ground?", "as soon as the match ended"},
		{"where something is based, said in one word", []string{"Shares in the Leeds-based chain Harbour Foods rose 4%.", "It has 80 shops."},
			"Where is Harbour Foods based?", "Leeds"},
		{"where someone was born, with the name before the word", []string{"The award went to the New York-born painter Ada Flint.", "She lives in Rome."},
			"Where was Ada Flint born?", "New York"},
		{"the holder of the title a verb makes", []string{"Speaking for the harbour board, Labour MP Sue Hart said fees would rise, and board chairman Tom Reed agreed.", "The union wants a pay rise."},
			"Who chairs the harbour board?", "Tom Reed"},
		{"an office named by its complement", []string{"The comments came a day after US Treasury Secretary John Snow said a strong dollar was in America's interest.", "Mr Blair will meet new US Secretary of State Condoleezza Rice in London on Friday."},
			"Who is the US secretary of state?", "Condoleezza Rice"},
		{"the object of a stranded preposition", []string{"The old canal was a vital part of the wool trade, letting mills ship cloth cheaply.", "It closed in 1950."},
			"What was the canal an important part of?", "the wool trade"},
		{"another name, before the brackets", []string{"Callinectes sapidus (blue crabs) thrive in the warm bay.", "Catches rose."},
			"What are blue crabs known as?", "Callinectes sapidus"},
		{"another name, in the brackets after a naming verb", []string{"Only ward officers (also called stewards) may keep order in the hall.", "The hall seats 300."},
			"What are ward officers also known as?", "stewards"},
		{"the date a when-clause follows, not the clause", []string{"The revolt was finally put down in 1648, when Maria of Aragon, having taken the throne, signed the Treaty of Lund.", "Peace held."},
			"When did Maria sign the Treaty of Lund?", "1648"},
		{"a fine is a sum of money", []string{"The insurer has been fined 9m euros for breaking disclosure rules three years ago.", "It will appeal."},
			"How large was the fine for breaking disclosure rules?", "9m euros"},
		{"who someone is, not the next person of a list", []string{"The British delegation included Foreign Secretary Ann Price and retired Maj. Gen. Paul Stone.", "Price expressed doubt on Friday about any deal."},
			"Who is Price?", "Foreign Secretary"},
		{"the N of Name", []string{"The former host will contest the coastal seat of Brackmoor at the next election.", "Polls open in May."},
			"Which seat will the former host contest?", "Brackmoor"},
		{"weekday", []string{"The minister spoke to reporters in Lisbon on Thursday.", "She left."},
			"When did the minister speak to reporters?", "Thursday"},
		{"month and year", []string{"The bridge opened in October 1987.", "It carries 9,000 cars a day."},
			"When did the bridge open?", "October 1987"},
		{"decade", []string{"Steam trams ran through the town in the 1880s.", "They were slow."},
			"In what decade did steam trams run through the town?", "1880s"},
		{"a year, not an event or a relative time", []string{"In 1822, the mill was renamed Elm Mill after its owner, who later became mayor.", "It closed."},
			"In what year was the mill renamed Elm Mill?", "1822"},
		{"relative time", []string{"The bakers will close their shops in 45 days.", "Nobody knows why."},
			"When will the bakers close their shops?", "in 45 days"},
		{"count with its noun", []string{"The ferry has 14 cabins and 1,200 passengers.", "It sailed in 1991."},
			"How many passengers does the ferry have?", "1,200"},
		{"percentage", []string{"Of the town's 12,000 people, about 3,000 were farmers, some 25% of the total.", "Most kept sheep."},
			"What percentage of the town's people were farmers?", "some 25%"},
		{"money", []string{"Season passes cost $240 a year for skaters.", "The rink is new."},
			"How much does a season pass cost?", "$240 a year"},
		{"area, a unit of two words", []string{"The treaty gives the Sami 73,000 square kilometres of land over 20 years.", "It was signed in Oslo."},
			"How much land does the treaty give the Sami?", "73,000 square kilometres"},
		{"money in words, its unit after of", []string{"The union says the repairs would take a year and cost thousands of pounds to finish.", "The council disagrees."},
			"How much would the repairs cost?", "thousands of pounds"},
		{"frequency, its marker whole", []string{"The harbour council meets every four weeks in the old town hall.", "Its members are unpaid."},
			"How often does the harbour council meet?", "every four weeks"},
		{"frequency in a word", []string{"Thousands of traders visit the yearly Toy Fair in Halden.", "It opened on Monday."},
			"How often is there a Toy Fair in Halden?", "yearly"},
		{"frequency as a basis", []string{"Subscribers must renew their licence on a monthly basis to keep the songs.", "Most do."},
			"How often must subscribers renew their licence?", "on a monthly basis"},
		{"duration", []string{"The voyage took 52 days.", "They sailed a small sloop."},
			"How long did the voyage take?", "52 days"},
		{"age", []string{"The winner, Marta Kowalczyk, 61, lives in Gdansk.", "She has four grandchildren."},
			"How old is Marta Kowalczyk?", "61"},
		{"place without a name, after on", []string{"The council wants to print maps and timetables on every bus shelter.", "The plan starts in May."},
			"Where does the council want to print the maps?", "on every bus shelter"},
		{"place after a preposition", []string{"President Trump spoke to reporters in Abu Dhabi during his tour.", "He flew home."},
			"In which city did Trump speak to reporters?", "Abu Dhabi"},
		{"reason", []string{"The concert was cancelled because the stage roof leaked.", "Tickets were refunded."},
			"Why was the concert cancelled?", "because the stage roof leaked"},
		{"manner (by -ing)", []string{"The weed spreads by sending runners under the soil.", "It is hardy."},
			"How does the weed spread?", "by sending runners under the soil"},
		{"surname resolved", []string{"The envoy is Vladimir Medinsky.", "Medinsky declined an invitation from Kyiv."},
			"Whose invitation did Medinsky decline?", "Kyiv"},
		{"possessor past the noun's modifiers", []string{"The students in Ken Harlow's World Studies class will write for the site.", "They start in May."},
			"Whose class will write for the site?", "Ken Harlow"},
		{"possessor in a relative clause, not another name", []string{"Guests included actress Mia Lind, model Sara Berg - who was supporting her director husband Tom Vale - and singer Eva Holm.", "It rained."},
			"Whose husband is Tom Vale?", "Sara Berg"},
		{"possessor, a name qualifying the noun", []string{"On the flight the astronaut played the Sarah Holt CD she had brought along.", "It was loud."},
			"Whose CD did the astronaut play on the flight?", "Sarah Holt"},
		{"definite noun phrase resolved", []string{"A team of flood experts is at Brightwater University in Leeds.", "The university has a River Monitoring Unit."},
			"Who has a River Monitoring Unit?", "Brightwater University"},
		{"title asked about", []string{"The Harbour Museum is opening a new wing.", "Director Anna Novak says the wing is a first for the city."},
			"Who is the director of the Harbour Museum?", "Anna Novak"},
		{"title inside a hyphenated name", []string{"The head of the agency, Secretary-General Omar Haddad, called it a milestone.", "Nobody objected."},
			"Who is the agency's Secretary General?", "Omar Haddad"},
		{"the complement of a copula whose subject restates the question", []string{"The museum opened in 1990.", "The museum's two main attractions are a whale skeleton and an old lighthouse lamp."},
			"What are the museum's two main attractions?", "a whale skeleton and an old lighthouse lamp"},
		{"a quotation in straight quotes ends at its closing mark", []string{"Mayor Ines Duarte said \"the drivers must return\" before she left the hall.", "Nobody spoke."},
			"What did Mayor Duarte say?", "the drivers must return"},
		{"reported speech to someone, without that", []string{"The strike began on Monday.", "Mayor Ines Duarte told the drivers they must return to work by Friday."},
			"What did Mayor Duarte tell the drivers?", "they must return to work by Friday"},
		{"the name a naming verb gives", []string{"The glacier feeds a lake.", "Melt water collects in a deep basin known as the Ice Bowl."},
			"What is the deep basin known as?", "the Ice Bowl"},
		{"a nationality by its adjective", []string{"The first pump was built by a Scottish engineer, Ian Rowe.", "It ran for forty years."},
			"What nationality was Ian Rowe?", "Scottish"},
		{"a nationality asked for after its owner's name", []string{"The first pump was built by a Scottish engineer, Ian Rowe.", "It ran for forty years."},
			"What is Ian Rowe's nationality?", "Scottish"},
		{"a religion by its name", []string{"The valley was settled in 1850.", "The Varne brothers were Lutheran farmers from the coast."},
			"What religion were the Varne brothers?", "Lutheran"},
		{"a title a related noun introduces, its own The outside the name", []string{"The prize went to Ana Ruiz, who directed the movie The Long Road in 1998.", "She lives in Lisbon."},
			"What film did Ana Ruiz direct?", "The Long Road"},
		{"a quoted name after called", []string{"The rebels fled north.", "Those who stayed in the valley were called \"hill folk\" by the traders."},
			"What were those who stayed in the valley called?", "hill folk"},
		{"a range of dates comes whole", []string{"The town hall burned in a great fire.", "The hall was rebuilt 1775–1795 by the guilds."},
			"When was the hall rebuilt?", "1775–1795"},
		{"two dates joined come whole", []string{"The abbey stood empty for years.", "Monks lived there in the 12th and 13th centuries."},
			"When did monks live in the abbey?", "12th and 13th centuries"},
		{"a wh-phrase where its answer stands", []string{"The charter was drafted by lawyers.", "The charter was first signed in Geneva in 1949."},
			"The charter was first signed in what city?", "Geneva"},
		{"the sentence before a cleft", []string{"Try 600 years, to be exact.", "A new survey says that's how long the lighthouse has stood on the cape."},
			"How long has the lighthouse stood on the cape?", "600 years"},
		{"a length for how deep", []string{"Tides this winter may reach 80 per cent of the 1962 surge levels.", "The 1962 surge filled the harbour with almost 3 metres of water."},
			"How deep was the 1962 surge?", "almost 3 metres"},
		{"a clock time with its zone", []string{"Ministers gather in Rome today.", "The prime minister is to open the meeting at 1830 GMT."},
			"When will the prime minister open the meeting?", "1830 GMT"},
		{"a capital named as one", []string{"An MP was mugged in a park in Kenya.", "He was attacked in a dangerous park in the capital, Nairobi.", "He was in Kenya before travelling to Sudan."},
			"What is the capital of Kenya?", "Nairobi"},
		{"the holder of the title, not of the one below it", []string{"The bank's deputy governor Ana Ruiz said growth was slow.", "The bank's governor Tomas Berg kept rates on hold."},
			"Who is the governor of the bank?", "Tomas Berg"},
		{"the holder now, not a former one", []string{"Former Kestrel manager Piet Hollander has praised the work of his successor.", "Kestrel manager Ruben Alvar said the squad was tired."},
			"Who is the manager of Kestrel?", "Ruben Alvar"},
		{"season", []string{"The old oak fell in a gale on Monday.", "The oak will be replanted in the autumn."},
			"When will the oak be replanted?", "the autumn"},
		{"growth asked for by its noun", []string{"The Harlow Institute expects a marked slowdown this year, and is forecasting economic growth of 2.1% in 2006.", "Rates stay low."},
			"What growth is the Harlow Institute forecasting?", "2.1%"},
		{"a numbered thing of the kind asked, its bracket closed", []string{"Today the Treaty of Lisbon prohibits cartels in Article 101(1), including price fixing.", "Fines follow."},
			"In which article does the Treaty of Lisbon prohibit cartels?", "Article 101(1)"},
		{"how long, by when it began", []string{"The government has been actively engaged in fighting it since 2001, the report says.", "Costs rose."},
			"How long has the government been actively engaged in fighting it?", "since 2001"},
		{"how long, from a start to an end", []string{"Warsaw was occupied by Germany from 4 August 1915 until November 1918.", "The city grew."},
			"How long was Warsaw occupied by Germany?", "from 4 August 1915 until November 1918"},
		{"a measure read past its conversion", []string{"The campus lies in Cambridge, some 12 miles (19 km) from the coast and about 3 miles (5 km) west of the State House in Boston.", "It is old."},
			"How far from the State House is the campus?", "about 3 miles"},
		{"a count joined to its unit", []string{"The Duchy is a 140,000-acre estate across 25 counties.", "It pays for the prince."},
			"How many acres does the Duchy cover?", "140,000"},
		{"a country's short form", []string{"Floods battered the U.S. states of Ohio and Michigan.", "Nobody was hurt."},
			"Which American states were battered by the floods?", "Ohio and Michigan"},
		{"a misspelt name", []string{"Delegates of the World Meteorological Orgainzation want better data.", "Talks went on."},
			"What do delegates of the World Meteorological Organization want?", "better data"},
		{"which of the people asked about", []string{"The Varga family runs a gym in Szeged.", "Anna Varga coaches there, and her brother Tomas Varga is a wrestler."},
			"Which of Anna's brothers is a wrestler?", "Tomas Varga"},
		{"which of the things asked about", []string{"Three firms bid for the contract in March.", "The regulator later fined Norlake Energy for breaking the rules."},
			"Which of the firms was fined?", "Norlake Energy"},
		{"the name of the kind asked, past a nationality", []string{"The campaign began in Odense.", "Danish skier Anna Berg was named an Andersen ambassador on Monday."},
			"Which Danish skier was named an Andersen ambassador?", "Anna Berg"},
		{"a delay for how late", []string{"The ferry from Oban reached the island at dawn.", "It docked six hours behind schedule after the storm."},
			"How late was the ferry?", "six hours"},
		{"a distance for how close", []string{"The blaze spread through the forest on Tuesday.", "By evening it burned only 4 kilometres from the village."},
			"How close was the blaze to the village?", "4 kilometres"},
		{"a share for how steep", []string{"Sales fell 4.5% in March, the worst drop in 12 years.", "Shops blamed the weather."},
			"How steep was the fall in sales?", "4.5%"},
		{"the end of the year", []string{"Elena Vasquez spoke yesterday.", "The minister says she hopes to have the new trains running by the end of the year."},
			"When does Elena Vasquez want the new trains running?", "by the end of the year"},
		{"by not -ing", []string{"The scam spreads through text messages.", "Shoppers can avoid the scam by not clicking the links."},
			"How can shoppers avoid the scam?", "by not clicking the links"},
		{"a setting phrase counts less", []string{"The harbour board has a new code of conduct for all of its 400 sailors.", "Cursing at a captain could mean a fine."},
			"Under the new rules, what might happen to a sailor who curses at a captain?", "mean a fine"},
		{"a related verb", []string{"Two other climbers also died on the mountain.", "In 1996, Ana Ruiz's brother was killed in Kathmandu."},
			"Where did Ana Ruiz's brother die?", "Kathmandu"},
		{"a speech verb alone is no answer", []string{"Mayor Ann Lee says the new budget was hurting small towns badly.", "The council votes in May."},
			"What does Mayor Ann Lee think about the new budget?", "hurting small towns badly"},
		{"so as a purpose", []string{"The bakery on Mill Street is small.", "The bakers open at dawn so they can sell bread to the early commuters.", "It was so busy in May that they hired help."},
			"Why do the bakers open at dawn?", "so they can sell bread to the early commuters"},
		{"reason in the next sentence", []string{"Volunteers rebuilt the old footbridge in May.", "For hikers with children, the footbridge is now a much better crossing.", "\"It's a big change because the new planks do not slip in the rain.\"", "The old crossing was a ford near the mill."},
			"Why is the footbridge a better crossing?", "because the new planks do not slip in the rain"},
		{"the best sentence's own answer", []string{"Cheering has a long history at sea.", "New sailors were cheered after crossing the equator, and the custom remains.", "Until the 19th century, cheering was rarely heard in the Baltic."},
			"When were new sailors cheered?", "after crossing the equator"},
		{"the verb of an opinion", []string{"The Tarn Wall was mapped by Dr. Halvorsen in 1982.", "Dr. Halvorsen believes the wall was likely built by farmers."},
			"Who does Erik Halvorsen think built the wall?", "farmers"},
		{"a place named Saint", []string{"The gale closed the port.", "Over 40 millimetres of rain fell on Saint Albans overnight."},
			"Where did 40 millimetres of rain fall overnight?", "Saint Albans"},
		{"denied place", []string{"The airline has opened a new hub.", "It is not in Spain -- it is in Lisbon."},
			"Where did the airline open its new hub?", "Lisbon"},
		{"an organisation after a title", []string{"\"We cannot sell our parks,\" said Ada Ruiz, director of planning at the Riverside Teachers Union.", "The vote is next week."},
			"What organization does Ada Ruiz represent?", "Riverside Teachers Union"},
		{"refusal for a denied verb", []string{"The Lions won big at the Harbour Awards.", "Their coach, Ben Ross, skipped the show because he was ill."},
			"Why did Ben Ross not attend the Harbour Awards?", "because he was ill"},
		{"a vague time to come", []string{"The pier is old.", "Engineers say the pier will collapse in less than a year if it is not repaired."},
			"When will the pier collapse if it is not repaired?", "in less than a year"},
		{"quoted term", []string{"Carole Mills studies HABs daily for the Lake Council and the Fishers Guild.", "\"HABS\" are harmful algal blooms."},
			"What are HABs?", "harmful algal blooms"},
		{"a label is no count", []string{"Lena Ortiz is a grade ten student at Pine Ridge school.", "The newscast will reach all 900 students at Pine Ridge in May."},
			"How many students attend Pine Ridge school?", "900"},
		{"a clause for when", []string{"\"That was a hard match for me tonight,\" Ms. Ortiz said of her farewell.", "As she left the stadium, Lena's father and mother told her they were proud of her."},
			"When did Lena Ortiz's parents tell her they were proud of her?", "As she left the stadium"},
		{"population is a count", []string{"Pastor Ann Lee comforted people in Tofte, Norway after the storm.", "Nine hundred people live in Tofte, which is 40 kilometres north of Oslo."},
			"What is the population of Tofte?", "Nine hundred"},
		{"an age over a length of time", []string{"Rolf the goat, the famous mascot of the Hill Fair, died in his sleep two days before the fair.", "Rolf was 14 years old when he died."},
			"How old was Rolf the goat when he died?", "14 years"},
		{"a count in the asked unit", []string{"The siege was planned to last 48 hours, but it went on for 63 days.", "The city fell in the autumn."},
			"How many days did the siege last?", "63"},
		{"a unit abbreviated", []string{"The town lies 523 km (325 mi) east of Berlin.", "It has a castle."},
			"How many miles east of Berlin is the town?", "325"},
		{"how many of the things", []string{"Two of the four boats reached the coast.", "Three of the five lighthouses were lit."},
			"How many of the lighthouses were lit?", "Three"},
		{"a destination", []string{"The team lost in overtime.", "After the match the journalists walked to the dressing room to ask Sara Holm about the penalty."},
			"Where did journalists question Sara Holm?", "to the dressing room"},
		{"a plural in -ies and a number before the noun", []string{"The cyclists left Lisbon on Monday.", "They will ride through Spain, France and Italy before the winter."},
			"What three countries will the cyclists ride through?", "Spain, France and Italy"},
		{"not doing for refusing", []string{"Leaders praised the pact, saying Mexico should sign it soon.", "Chile and Peru did not sign the pact."},
			"Which countries refused to sign the pact?", "Chile and Peru"},
		{"a short form for a name", []string{"The World Rowing Council chose Ana Lopez as its chair on Monday.", "The Lyon Boat Club chose Tom Hale as its chair on Tuesday."},
			"Who did the WRC choose as its chair?", "Ana Lopez"},
		{"a name for its short form", []string{"The WRC chose Ana Lopez as its chair on Monday.", "The Lyon Boat Club chose Tom Hale as its chair on Tuesday."},
			"Who did the World Rowing Council choose as its chair?", "Ana Lopez"},
		{"a description for the last person named", []string{"Ola Berg won the city marathon in Oslo on Sunday.", "The former farmer now lives in Gdansk with her dog."},
			"Where does Ola Berg live?", "Gdansk"},
		{"the words an age is given with", []string{"Ilse Brandt won the city marathon on Sunday.", "The course ran along the river.", "Rain fell all morning.", "Thousands of fans lined the streets.", "The woman is 61 years old and lives in Gdansk."},
			"How old is Ilse Brandt?", "61 years"},
		{"a subject past a relative clause", []string{"Kai Lund, who took silver at the spring regatta, won the single sculls.", "Rain fell."},
			"Who won the single sculls?", "Kai Lund"},
		{"a subject past an appositive between dashes", []string{"Ines Moro - the reigning harbour champion - came in second.", "Rain fell."},
			"Who came in second?", "Ines Moro"},
		{"the holder of a title in an appositive", []string{"\"We are growing,\" said Mara Olsen, chief steward of Velmar Ferries, on Monday.", "Sales rose by a third."},
			"Who is the chief steward of Velmar Ferries?", "Mara Olsen"},
		{"a name, not the kind asked for named again", []string{"Kestrel Lines, the private firm which runs the city's buses, has offered a pay rise.", "Drivers want more."},
			"Which firm runs the city's buses?", "Kestrel Lines"},
		{"a noun phrase with a percentage", []string{"Drivers walked out on Monday demanding a 12% pay rise and in protest against new ticket machines.", "Talks failed."},
			"What pay rise are the drivers demanding?", "a 12% pay rise"},
		{"a sum raised by a share", []string{"The club is to raise its fees by 8% next year, after paying back some of its debt.", "Members were told on Monday."},
			"By how much will the club raise its fees?", "8%"},
		{"several things asked for: the list whole", []string{"The river's ecosystem includes the otter, beaver and hundreds of bird species.", "It is protected."},
			"What animals does the river's ecosystem include?", "the otter, beaver and hundreds of bird species"},
		{"several things asked for: the list whole", []string{"The virus damaged files at three companies: Charles Schwab, Lucent Technologies and the Intel Corporation.", "Experts warned users."},
			"What three companies had files damaged by the virus?", "Charles Schwab, Lucent Technologies and the Intel Corporation"},
		{"the wh-phrase's of-phrase follows the answer", []string{"The report suggests 69% of Norland firms are now using broadband and that 30% of micro businesses are trading online.", "It was published on Monday."},
			"What share of Norland firms are on broadband now?", "69%"},
		{"what a feeling is about", []string{"Critics are concerned that the directive could lead to a similar model in Europe.", "The vote is in May."},
			"Why are critics concerned about the directive?", "the directive could lead to a similar model in Europe"},
		{"what a feeling is about", []string{"\"I'm devastated I will no longer be a hockey player,\" said Wayne Gretzky after his final game.", "He is 38."},
			"Why was Gretzky devastated?", "I will no longer be a hockey player"},
		{"a place said without an article", []string{"Mr Khodorkovsky, once Russia's richest man, is now in jail on fraud charges.", "His company was sold."},
			"Where is Mr Khodorkovsky now?", "in jail"},
		{"the name of a title's holder", []string{"A ministry spokesman called the plan urgent on Tuesday.", "The defence minister, Ana Costa, will present it to parliament."},
			"What is the name of the defence minister?", "Ana Costa"},
		{"a country may act", []string{"For eighty years the rebels fought Spain, and they won."},
			"Who did the rebels fight?", "Spain"},
		{"a connective opens no answer", []string{"The river rose all week.", "Meanwhile, the harbour's port officials claim the channel is closing."},
			"Who claims the channel is closing?", "the harbour's port officials"},
		{"a hyphenated title", []string{"The scandal ended the careers of museum chairman Bruno Lima, director-general Ana Costa and curator Eva Moss."},
			"Who is the director general of the museum?", "Ana Costa"},
		{"a thing of a kind whose verb is one of saying", []string{"A quarter of users post content, according to a report by the think-tank Veritas.", "It was published in May."},
			"Which think-tank wrote the report?", "Veritas"},
		{"what the sentence says is not so is no answer", []string{"The Green Party will hold its spring conference in Leeds and not Harrogate, it has been confirmed.", "Delegates welcomed it."},
			"In which city will the Green Party hold its spring conference?", "Leeds"},
		{"a contest by its result: the loser", []string{"Coached by Tom Hale since May, the Rovers took the cup with a 3-1 win over Leeds United at Wembley.", "It was their first cup."},
			"Whom did the Rovers beat in the final?", "Leeds United"},
		{"a contest by its result: the winner", []string{"Top seed Anna Berg, coached by Lena Holt, went out of the Open with a second-round loss to Maria Ruiz, the 12th seed.", "Berg will rest."},
			"Who beat Anna Berg at the Open?", "Maria Ruiz"},
		{"a nationality in the answer's own name", []string{"The coach led his side to the 1996 Asian Cup title with a 3-1 win over the Soviet Union in the final.", "He retired in 1999."},
			"Whom did the coach's side defeat in the final of the 1996 Asian Cup?", "the Soviet Union"},
		{"a boss for a manager", []string{"Rovers striker Ian Pole said the ban was fair.", "Rovers boss Tom Hale said the ban was harsh."},
			"rovers manager?", "Tom Hale"},
		{"a kind of the noun asked about", []string{"Workers suffering from chronic noise exposure showed lower attention, a survey of factories found.", "The survey ran for two years."},
			"What kind of exposure lowers attention in workers?", "chronic noise"},
		{"a title set before the name between commas", []string{"In a letter, harbour board President Tom Reid told the president of the rowing club, Ann Dale, that the lease would end.", "The club has rowed there since 1890."},
			"Who is the president of the rowing club?", "Ann Dale"},
		{"a deputy is not the boss", []string{"The harbour board's deputy chief executive Tom Reid said the lease would end.", "The board's chief executive, Ann Dale, was away."},
			"Who is the boss of the harbour board?", "Ann Dale"},
		{"a vice-chairman is not the chairman", []string{"Rowing club vice-chairman Tom Reid said the lease would end.", "The club's chairman, Ann Dale, was away."},
			"Who is the rowing club's chairman?", "Ann Dale"},
		{"a vice-chairman asked for is one", []string{"Rowing club vice-chairman Tom Reid said the lease would end.", "The club's chairman, Ann Dale, was away."},
			"Who is the rowing club's vice-chairman?", "Tom Reid"},
		{"where a change ended, asked with a fronted to", []string{"The harbour board will raise the mooring fee from 40 pounds to 55 pounds in April.", "Boat owners are angry."},
			"To what level will the harbour board raise the mooring fee?", "55"},
		{"what will be, not where a change starts", []string{"Rovers will see the share of their turnover from television drop from 52% this season to 34% in two years.", "The club is moving."},
			"What share of the Rovers' turnover will come from television?", "34%"},
		{"rather than", []string{"The council chose to repair the old bridge rather than a new tunnel.", "Work starts in May."},
			"What did the council choose to repair?", "the old bridge"},
		{"a word for what someone is, before the name", []string{"The biggest change came when billionaire Ivan Petrov bought the club in 2003.", "The club won."},
			"Who is Ivan Petrov?", "billionaire"},
	}
	// The rules are tested on the answer they pick, however sure: whether
	// it is sure enough to give is the model's and the threshold's, tested
	// by TestAbstain and the development sets.
	a := Answerer{Threshold: pickAny}
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

// When the likeliest candidate is a predicate where a noun phrase is asked
// for, the answer is the likeliest phrase, if sure enough, not silence.
func TestPredicateGivesWayToPhrase(t *testing.T) {
	sents := article("plan", "Officials say the plan will cut the night routes of the city.")
	Annotate(sents)
	s := readSentence(sents[0])
	q := analyzeQuestion("Which routes will the plan cut?")
	pi, pj := tokenSpan(s.toks, "cut", "city")
	ni, nj := tokenSpan(s.toks, "night", "routes")
	rd := reading{q: q, ranked: []ranked{{s: s}}, all: []scored{
		{candidate: candidate{s: s, i: pi, j: pj, fit: 1}, p: 0.5, score: 0.6},
		{candidate: candidate{s: s, i: ni, j: nj, fit: 1}, p: 0.3, score: 0.5},
	}}
	a := Answerer{Threshold: 0.4}
	if got := a.answer(rd); got.Text != "night routes" {
		t.Errorf("answer = %q, want the phrase \"night routes\"", got.Text)
	}
	a.Threshold = 0.55 // the phrase is not sure enough
	if got := a.answer(rd); got.Text != "" {
		t.Errorf("answer = %q, want none", got.Text)
	}
	// Asked who someone is, a predicate first says the articles do not
	// tell: what comes after it is a guess.
	sents = article("club", "But the biggest change came when Piet Hollander bought the club in 1998.")
	Annotate(sents)
	a.Threshold = 0.01
	if got := ask(&a, sents, "Who is Piet Hollander?"); got.Text != "" {
		t.Errorf("Who is Piet Hollander? = %q (%.2f), want none", got.Text, got.Score)
	}
	// A word for a person before the name says who he is.
	sents = article("club", "But the biggest change came when businessman Piet Hollander bought the club in 1998.")
	Annotate(sents)
	if got := ask(&a, sents, "Who is Piet Hollander?"); got.Text != "businessman" {
		t.Errorf("Who is Piet Hollander? = %q (%.2f), want businessman", got.Text, got.Score)
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

// TestNameSaidAgainIsSurer: a name that several articles give as the
// answer is answered with more confidence than when one article gives it.
func TestNameSaidAgainIsSurer(t *testing.T) {
	var a Answerer
	const question = "Who chairs the harbour board?"
	sents := article("a", "Anna Berg chairs the harbour board, which met on Monday.", "Sales rose.")
	sents = append(sents, article("b", "The harbour board, which Anna Berg chairs, met again on Friday.", "Sales fell.")...)
	sents = append(sents, article("c", "Anna Berg, who chairs the harbour board, spoke to reporters.", "Sales fell.")...)
	Annotate(sents)
	once, again := ask(&a, sents[:2], question), ask(&a, sents, question)
	if once.Text != "Anna Berg" || again.Text != "Anna Berg" {
		t.Fatalf("%q once, %q said again, want Anna Berg both times", once.Text, again.Text)
	}
	if again.Score <= once.Score {
		t.Errorf("confidence %.3f said once, %.3f said in three articles, want it higher", once.Score, again.Score)
	}
}
