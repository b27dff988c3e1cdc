package answers

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"briefbot"
)

// Every feature has one name, in its place: the weights table is keyed by
// them, so a misplaced constant would silently weigh the wrong feature.
func TestFeatureNames(t *testing.T) {
	seen := make(map[string]bool)
	for k, n := range featureNames {
		if n == "" {
			t.Errorf("feature %d has no name", k)
		}
		if seen[n] {
			t.Errorf("feature name %q is used twice", n)
		}
		seen[n] = true
	}
	checks := map[int]string{
		fShape: "shape:name", fFamily: "family:name",
		fFamilyFit: "family-fit:name", fWant: "want:person", fShape - 1: "role-clash", fRuleScore: "rule-score",
	}
	for k, want := range checks {
		if featureNames[k] != want {
			t.Errorf("feature %d is %q, want %q", k, featureNames[k], want)
		}
	}
	for n := range fittedWeights {
		if !seen[n] {
			t.Errorf("the fitted weights name %q, which is no feature: refit with bot fit", n)
		}
	}
	for r, f := range ruleFamily {
		if f < 0 || f >= numFamilies || strings.Contains(r, "+") {
			t.Errorf("rule %q has family %d", r, f)
		}
	}
}

// TestFamily: a candidate found by several rules is judged as the first
// rule that looks for something in particular, not as a gap or a chunk.
func TestFamily(t *testing.T) {
	tests := []struct {
		rule string
		want int
	}{
		{"date", famTime},
		{"gap", famGap},
		{"chunk", famChunk},
		{"gap+restated+chunk", famDefinition},
		{"chunk+gap", famChunk},
		{"subject+gap+chunk", famSlot},
		{"unknown+gap", famGap},
	}
	for _, tt := range tests {
		if got := family(tt.rule); got != tt.want {
			t.Errorf("family(%q) = %s, want %s", tt.rule, familyNames[got], familyNames[tt.want])
		}
	}
}

// A kind of the asked-about noun qualifies it in the sentence: "rococo
// architecture" answers "What type of architecture...?", while the name
// after the noun does not qualify it.
func TestFocusKind(t *testing.T) {
	sents := []briefbot.Sentence{{ArticleID: "a", ArticleTitle: "Warsaw", Number: 1, Text: "The most impressive examples of rococo architecture are Czapski Palace and the Palace of the Four Winds."}}
	Annotate(sents)
	a := &Answerer{}
	for _, tt := range []struct {
		question string
		kind     bool
	}{
		{"What type of architecture is the Palace of the Four Winds an example of?", true},
		{"What architecture is the Palace of the Four Winds an example of?", false},
	} {
		found := false
		for _, c := range candidatesOf(a, sents, tt.question) {
			switch c.Text {
			case "rococo":
				found = true
				if c.Features[fFocusMod] != 1 || c.Features[fFocusKind] != b2f(tt.kind) {
					t.Errorf("%q: rococo has focus-mod %v and focus-kind %v, want 1 and %v", tt.question, c.Features[fFocusMod], c.Features[fFocusKind], b2f(tt.kind))
				}
			case "Czapski Palace":
				if c.Features[fFocusMod] != 0 || c.Features[fFocusKind] != 0 {
					t.Errorf("%q: Czapski Palace qualifies the noun", tt.question)
				}
			}
		}
		if !found {
			t.Errorf("%q: no candidate rococo", tt.question)
		}
	}
}

// A span that starts past the first modifier of its noun phrase is cut
// from it; one that starts with the phrase, or after its article, is not.
func TestCutStart(t *testing.T) {
	toks := taggedTokens("Warsaw, the home of Director Anna Novak and Secretary-General Omar Haddad, is the seat of a Roman Catholic archdiocese.")
	for word, want := range map[string]bool{"Catholic": true, "Roman": false, "seat": false, "Warsaw": false, "Anna": false, "Novak": true, "Omar": false} {
		i := tokenIndex(toks, word)
		if got := cutStart(toks, i); got != want {
			t.Errorf("a span from %q: cut %v, want %v", word, got, want)
		}
	}
	// The head of a name its owner is named before; not a name after
	// its owner.
	toks = taggedTokens("A spokesman for the Information Commissioner's Office met Russia's Putin.")
	for word, want := range map[string]bool{"Office": true, "Putin": false} {
		i := tokenIndex(toks, word)
		if got := cutStart(toks, i); got != want {
			t.Errorf("a span from %q: cut %v, want %v", word, got, want)
		}
	}
}

// An article that names the question's name again and again is about it:
// its sentence that leaves the name out ("Principal Ada Brown says...")
// still covers it. A name the article mentions once elsewhere does not.
func TestArticleSubjectCovers(t *testing.T) {
	uncovered := func(texts ...string) float64 {
		t.Helper()
		return featureOf(t, "Who is the principal of Brightwater Academy?", "Ada Brown", fUncovered, texts...)
	}
	const said = "Principal Ada Brown says the gym is a first."
	// The sentence's neighbour names nothing, so that only the article
	// can cover the name.
	subject := uncovered(said, "The gym opened in May.", "Brightwater Academy opened a gym.",
		"Brightwater Academy charges $10 a month.", "Brightwater Academy is in Oslo.")
	once := uncovered(said, "The gym opened in May.", "Brightwater Academy opened a gym.",
		"The gym charges $10 a month.", "It is in Oslo.")
	if subject != 0 || once == 0 {
		t.Errorf("uncovered: %.2f in an article about Brightwater Academy, %.2f in one naming it once; want 0 and more", subject, once)
	}
}

// Only the words of the noun phrase qualify the noun asked about: a
// clause ending just before it ("this is crazy because this is hip-hop"
// before "music") does not.
func TestFocusModifierIsNominal(t *testing.T) {
	sents := []briefbot.Sentence{{ArticleID: "a", ArticleTitle: "Grammys", Number: 1, Text: "The singer said this is crazy because this is hip-hop music."}}
	Annotate(sents)
	a := &Answerer{Threshold: pickAny}
	clauses, modifier := 0, false
	for _, c := range candidatesOf(a, sents, "What type of music does the singer make?") {
		switch {
		case c.Text == "hip-hop":
			modifier = c.Features[fFocusMod] == 1
		case strings.HasSuffix(c.Text, "hip-hop") && strings.Contains(c.Text, " is "):
			clauses++
			if c.Features[fFocusMod] != 0 {
				t.Errorf("%q qualifies music", c.Text)
			}
		}
	}
	if !modifier || clauses == 0 {
		t.Errorf("hip-hop qualifies music: %v; clauses ending before it offered: %d", modifier, clauses)
	}
}

// A number the question holds and the sentence lacks counts against it,
// but "first" before a noun or a verb, often the earliest said otherwise,
// does not; "ranked first" does.
func TestFirstIsEarliest(t *testing.T) {
	if got := featureOf(t, "How much was Yahoo's first funding?", "$2m", fSentMissNumber, "In April 1995 investors gave Yahoo funding of $2m."); got != 0 {
		t.Errorf("first funding: sent-miss-number %.0f, want 0", got)
	}
	if got := featureOf(t, "Who ranked first in healthcare?", "Japan", fSentMissNumber, "Japan ranked top in healthcare, the report said."); got == 0 {
		t.Errorf("ranked first: sent-miss-number 0, want 1")
	}
}

// The count of a wh-phrase says how many the answer names, not a number
// the sentence must hold; another number of the question still is one.
func TestAnswerCountIsNoNumberAsked(t *testing.T) {
	if got := featureOf(t, "Which two ministers did Goldsmith say played no part in the answer?", "Lord Falconer and Baroness Morgan", fSentMissNumber,
		"Goldsmith said Lord Falconer and Baroness Morgan played no part in drafting the answer."); got != 0 {
		t.Errorf("which two ministers: sent-miss-number %.0f, want 0", got)
	}
	if got := featureOf(t, "Which minister did Goldsmith say played no part in the two answers?", "Lord Falconer", fSentMissNumber,
		"Goldsmith said Lord Falconer played no part in drafting the answer."); got == 0 {
		t.Errorf("the two answers: sent-miss-number 0, want 1")
	}
	// A year after the wh-word dates what is asked for; it counts nothing.
	if got := featureOf(t, "Which 2004 film did Sideways beat?", "Ray", fSentMissNumber,
		"Sideways beat Ray at the 2005 awards."); got == 0 {
		t.Errorf("which 2004 film: sent-miss-number 0, want 1")
	}
}

// featureOf returns feature f of the candidate answer to question on an
// invented article of texts, failing the test when there is none.
func featureOf(t *testing.T, question, answer string, f int, texts ...string) float64 {
	t.Helper()
	sents := article("a", texts...)
	Annotate(sents)
	var a Answerer
	for _, c := range candidatesOf(&a, sents, question) {
		if c.Text == answer {
			return c.Features[f]
		}
	}
	t.Fatalf("%q: no candidate %q among %q", question, answer, texts)
	return 0
}

// A description standing for the asked person is where the person is, not
// the question's own words: "The 31-year-old" answers "How old is Tom
// Verran?", and holds no word of the question.
func TestDescriptionIsNoQuestionWord(t *testing.T) {
	texts := []string{"Tom Verran has been made Cabinet Office minister.",
		"The 31-year-old was educated at a comprehensive before going on to York to study history."}
	if got := featureOf(t, "How old is Tom Verran?", "31-year-old", fInQ, texts...); got != 0 {
		t.Errorf("in-q of the description standing for the person = %.2f, want 0", got)
	}
}

// A measure right before the noun it measures, asked how long or how
// big that is, has the question's word after it by the order of the
// phrase: "the five-month inquiry", "a $3.25bn (£1.7bn) takeover offer".
// How many keeps the weight: "500 jobs" holds the counted noun anyway.
func TestMeasureBeforeItsNoun(t *testing.T) {
	for _, tt := range []struct {
		question, answer, sentence string
		rightQ                     bool
	}{
		{"How long did the inquiry last?", "five-month", "Chairman Alan Beith said the five-month inquiry had been complex.", false},
		{"How big is the takeover offer for Circuit City?", "$3.25bn", "Circuit City Stores has received a $3.25bn (£1.7bn) takeover offer.", false},
		{"How many jobs did the firm cut?", "500", "The firm cut 500 jobs in Leeds.", true},
	} {
		if got := featureOf(t, tt.question, tt.answer, fRightQ, tt.sentence) > 0; got != tt.rightQ {
			t.Errorf("%q: right-q of %q > 0: %v, want %v", tt.question, tt.answer, got, tt.rightQ)
		}
	}
}

// TestEveryRuleHasAFamily: a rule missing from ruleFamily is judged as a
// gap, with the gap family's weights, and is left out when its family is
// ablated. The rule names are read from the source: the value of a
// candidate's rule field, and the string arguments of the add helpers the
// families call.
func TestEveryRuleHasAFamily(t *testing.T) {
	fset := gotoken.NewFileSet()
	entries, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	var files []*ast.File
	for _, e := range entries {
		if n := e.Name(); strings.HasSuffix(n, ".go") && !strings.HasSuffix(n, "_test.go") {
			f, err := parser.ParseFile(fset, n, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			files = append(files, f)
		}
	}
	rules := map[string]string{} // rule -> where it is named
	note := func(e ast.Expr) {
		if lit, ok := e.(*ast.BasicLit); ok && lit.Kind == gotoken.STRING {
			r, _ := strconv.Unquote(lit.Value)
			rules[r] = fset.Position(lit.Pos()).String()
		}
	}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.KeyValueExpr:
				if id, ok := n.Key.(*ast.Ident); ok && id.Name == "rule" {
					note(n.Value)
				}
			case *ast.CallExpr:
				name := ""
				switch fn := n.Fun.(type) {
				case *ast.Ident:
					name = fn.Name
				case *ast.SelectorExpr:
					name = fn.Sel.Name
				}
				if name == "add" {
					for _, a := range n.Args {
						note(a)
					}
				}
			}
			return true
		})
	}
	if len(rules) < 30 {
		t.Fatalf("found only %d rule names in the source: %v", len(rules), rules)
	}
	for r, at := range rules {
		if _, ok := ruleFamily[r]; !ok {
			t.Errorf("rule %q (%s) has no family in ruleFamily", r, at)
		}
	}
}

// TestScoreSaidByItsShape: a sentence gives a score as two numbers and
// seldom calls it one ("Wasps were beaten 21-15 by Leicester"), so a
// question's "final score" is found wherever a score stands; a sentence
// without one still lacks the word.
func TestScoreSaidByItsShape(t *testing.T) {
	const q = "What was the final score of the Wasps match at Welford Road?"
	withScore := "Wasps were beaten 21-15 in Saturday's match at Welford Road."
	if f := featureOf(t, q, "21-15", fRareOwnMissing, withScore); f != 0 {
		t.Errorf("rare-own-missing %.2f with the score in the sentence, want 0", f)
	}
	if f := featureOf(t, q, "six", fRareOwnMissing, "Wasps lost by six points in Saturday's match at Welford Road."); f == 0 {
		t.Error("rare-own-missing 0 without a score in the sentence")
	}
	wantConfidentAnswersAlone(t, map[string][2]string{
		q: {withScore, "21-15"},
		"What was the final score when Bath beat Gloucester?": {"Bath beat Gloucester 12-9 at the Rec, a fourth straight win.", "12-9"},
	})
}

// People the question names by their nationality are often named
// otherwise in the story ("the trio"): their absence weighs less than a
// missing name, and the answer picked comes from the sentence that says
// it.
func TestPeopleNamedOtherwise(t *testing.T) {
	sents := article("t", "The trio set off across the ice on Monday.",
		"Captain Rask gave the trio his best tip: keep the dogs well fed.")
	Annotate(sents)
	a := Answerer{Threshold: pickAny}
	got := ask(&a, sents, "What tip did Captain Rask give the Norwegians?")
	if !got.Answered() || got.Evidence[0].Number != 2 {
		t.Errorf("got %q citing %+v, want an answer from sentence 2", got.Text, got.Evidence)
	}
}

// A name described as what the question asks for: the holder of an asked
// title, qualified by the question's names (holds-title), or given the
// title of another ("holds-other": the coach of another team).
func TestDescribedAsAsked(t *testing.T) {
	tests := []struct {
		text, question, name string
		share, other         bool
	}{
		{"Sales rose, said Mara Olsen, chief executive of Kestrel Lines, on Monday.", "Who is the chief executive of Kestrel Lines?", "Mara Olsen", true, false},
		{"The Liberals backed Liberal leader Ada Brown and NDP leader Ivo Berg on Monday.", "Who is the leader of the Liberals?", "Ada Brown", true, false},
		{"The Liberals backed Liberal leader Ada Brown and NDP leader Ivo Berg on Monday.", "Who is the leader of the Liberals?", "Ivo Berg", false, true},
		{"After the match, Norland coach Ivo Berg praised Estland.", "Who coaches Estland?", "Ivo Berg", false, true},
		// Another title of the same head ("Norwegian Foreign Minister
		// Ivo Berg") is no candidate at all: TestOtherTitleIsNoAnswer.
		{"In Oslo, Norwegian Prime Minister Ivo Berg met the envoy.", "Who is the prime minister of Norway?", "Ivo Berg", true, false},
		{"In Oslo, former Prime Minister Ivo Berg met the envoy.", "Who was the prime minister?", "Ivo Berg", true, false},
		// A relation is a title too: "his wife", "Robert's son".
		{"In 1107, the Normans under the command of Bohemond, Robert's son, landed in Valona.", "Who was Robert's son?", "Bohemond", true, false},
		{"The mayor arrived with his wife Ada Brown and the envoy Ivo Berg.", "Who is the mayor's wife?", "Ada Brown", true, false},
		// A kind asked for, in a word of that kind: "Which company...?"
		// for "the private firm".
		{"Orvane, the private firm that builds the engines, said sales rose.", "Which company builds the engines?", "Orvane", true, false},
		{"Orvane, the private firm that builds the engines, said sales rose.", "Which agency builds the engines?", "Orvane", false, false},
		{"Orvane, the private firm which runs the five tube lines in Tarsk, has offered an 8% increase in wages.", "Which company runs the Tarsk underground?", "Orvane", true, false},
	}
	names := FeatureNames()
	var a Answerer
	for _, tt := range tests {
		sents := article("t", tt.text, "Rain fell.")
		Annotate(sents)
		found := false
		for _, c := range candidatesOf(&a, sents, tt.question) {
			if c.Text != tt.name {
				continue
			}
			found = true
			got := map[string]float64{}
			for k, v := range c.Features {
				got[names[k]] = v
			}
			if (got["holds-title"] > 0) != tt.share || (got["holds-other"] > 0) != tt.other {
				t.Errorf("%q, %q: holds-title %.2f, holds-other %.2f; want %v, %v", tt.question, tt.name, got["holds-title"], got["holds-other"], tt.share, tt.other)
			}
		}
		if !found {
			t.Errorf("%q: no candidate %q", tt.question, tt.name)
		}
	}
}

// The question's words after a subject are looked for past a
// parenthetical after it: "Ada Marsh, who runs the museum, claims..." is
// as well aligned with "Who claims...?" as "Ada Marsh claims...".
func TestSubjectBeforeParenthetical(t *testing.T) {
	align := func(text string) float64 {
		sents := article("t", "A ghost in Wiarton", text, "Visitors laughed.")
		Annotate(sents)
		var a Answerer
		for _, c := range candidatesOf(&a, sents, "Who claims to have received a message from the groundhog's spirit?") {
			if c.Text == "Ada Marsh" {
				return c.Features[fRightAlign]
			}
		}
		t.Fatalf("no candidate Ada Marsh in %q", text)
		return 0
	}
	plain := align("Ada Marsh claims to have received a message from the spirit of the groundhog.")
	set := align("Ada Marsh, who runs the small museum with Tom Reed, claims to have received a message from the spirit of the groundhog.")
	dashed := align("Ada Marsh - a museum keeper - claims to have received a message from the spirit of the groundhog.")
	if plain == 0 || set != plain || dashed != plain {
		t.Errorf("right-align: %.2f plain, %.2f past a relative clause, %.2f past dashes; want all equal and above 0", plain, set, dashed)
	}
}

// Asked who holds a title, a name whose appositive holds it is answered
// though the question's words come right after the name: they are the
// title the description gives, no sign that the answer is on the wrong
// side of them.
func TestTitleInTheAppositiveAfterTheName(t *testing.T) {
	sents := article("pensions",
		"Women 'to get longer pensions'",
		"Women will draw their state pensions for longer than the government expected, pension researchers have said.",
		"The Pensions Policy Institute (PPI) said life expectancy had risen faster than official forecasts.",
		"Chris Curry, PPI research director, said its calculations suggested there could be more pressure on state pension spending than originally envisaged.")
	Annotate(sents)
	wantConfidentAnswers(t, sents, map[string]string{
		"Who is the PPI research director?": "Chris Curry",
		"whos the ppi research director":    "Chris Curry",
	})
}

// An adjunct can open its sentence, set off by a comma, with the clause the
// question inverts after it: "By limiting access to guns, Clinton hopes
// to..." answers "How does Clinton hope to...?". Only adjuncts move so:
// a subject's words still follow it, and a phrase inside the clause is not
// fronted.
func TestFrontedAdjunct(t *testing.T) {
	for _, tt := range []struct {
		text, span string
		want       bool
	}{
		{"By limiting access to guns , Clinton hopes to end school shootings .", "By limiting access to guns", true},
		{"But on Monday , the talks resumed .", "on Monday", true},
		{"Thus , on 1 August 1944 , as the army neared , the uprising began .", "as the army neared", true},
		{"The talks , on Monday , resumed .", "on Monday", false},
		{"He said that on Monday , the talks resumed .", "on Monday", false},
		{"By limiting access to guns Clinton hopes to end shootings .", "By limiting access to guns", false},
	} {
		toks := taggedTokens(tt.text)
		span := taggedTokens(tt.span)
		i := tokenIndex(toks, span[0].text)
		if got := fronted(toks, i, i+len(span)); got != tt.want {
			t.Errorf("%q: fronted(%q) = %v, want %v", tt.text, tt.span, got, tt.want)
		}
	}
	q := analyzeQuestion("Who hopes to end school shootings?")
	if _, _, front, _ := q.slotSides(); front != nil {
		t.Errorf("a subject question has a fronted side: %v", front)
	}
	a := Answerer{Threshold: -1}
	sents := article("t", "By limiting access to guns, President Clinton hopes to put an end to school shootings like the one in Littleton.")
	Annotate(sents)
	if got := ask(&a, sents, "How does President Clinton hope to put an end to school shootings?"); got.Text != "By limiting access to guns" {
		t.Errorf("how, with the means fronted: %q", got.Text)
	}
}

// A title names what an article is about, not the event a question asks
// about: "Berg Resigns Over Budget" does not say for every sentence of
// the article that she resigned. The question's verb counts only where a
// sentence says it, so the title changes no answer's confidence.
func TestTitleDoesNotSayTheVerb(t *testing.T) {
	var a Answerer
	question := "Why did Anna Berg resign?"
	var got []briefbot.Answer
	for _, title := range []string{"Berg Resigns Over Budget", "Berg And The Budget"} {
		sents := article("t",
			"Anna Berg spoke to reporters in Oslo on Monday.",
			"She wants to leave politics to spend more time with her family.",
		)
		for i := range sents {
			sents[i].ArticleTitle = title
		}
		Annotate(sents)
		got = append(got, a.Answer(briefbot.Question{Text: question}, search(sents, a.Query(briefbot.Question{Text: question}))))
	}
	if got[0].Text != got[1].Text || math.Abs(got[0].Score-got[1].Score) > 1e-9 {
		t.Errorf("%q: %q (%.3f) under a title saying she resigned, %q (%.3f) under one that does not", question, got[0].Text, got[0].Score, got[1].Text, got[1].Score)
	}
}

func TestChiefOperatingOfficerIsNoChiefExecutive(t *testing.T) {
	a := Answerer{}
	sents := article("chip", "\"Digital content will be fused onto the network,\" said Ken Kutaragi, Chief Operating Officer of Sony.")
	Annotate(sents)
	if got := ask(&a, sents, "Who is the chief executive of Sony?"); got.Text != "" {
		t.Errorf("chief executive = %q (%.2f), want none: he is the chief operating officer", got.Text, got.Score)
	}
	if got := ask(&a, sents, "Who is the chief operating officer of Sony?"); got.Text != "Ken Kutaragi" {
		t.Errorf("chief operating officer = %q (%.2f), want Ken Kutaragi", got.Text, got.Score)
	}
	s := analyzeArticle(article("gm", "General Motors Chief Executive Rick Wagoner spoke."))
	if s[0].toks[1].tag != tagProper {
		t.Error("\"Motors\" of General Motors is read as a title's word")
	}
}

// A name of one word that answers a which-question whole ("Airbus" for
// "Which company...?") is no fragment: the one-word feature (len1), which
// holds fragments back, is not set for it.
func TestWholeNameOfOneWordIsNoFragment(t *testing.T) {
	wantConfidentAnswersAlone(t, map[string][2]string{
		"Which company overtook Boeing in 2003?":                                  {"Last year the world's leading planemaker was Airbus, which overtook Boeing in 2003.", "Airbus"},
		"Which country does Mr Barrionuevo cite as an example of a black market?": {"Mr Barrionuevo cited Venezuela as an example of capital restrictions creating a black market.", "Venezuela"},
	})
	// A name that qualifies a noun, a place for a company: fragments or
	// the wrong kind, the feature stays. (A pronoun, "I've", was one
	// more case until the tagger stopped reading it as a name: TestTags.)
	for _, c := range [][3]string{
		{"The Islamist groups attacked the leaders of Muslim states.", "Which leaders did the groups attack?", "Muslim"},
		{"The lifts in Taipei were installed last year.", "Which company installed the lifts?", "Taipei"},
	} {
		qa := analyzeQuestion(c[1])
		s := analyzeArticle(article("x", c[0]))[0]
		k := slices.IndexFunc(s.toks, func(tk token) bool { return tk.text == c[2] })
		if k < 0 || s.toks[k].tag != tagProper {
			t.Fatalf("%q of %q is no name word: the case tests nothing", c[2], c[0])
		}
		if wholeName(&qa, candidate{s: &s, i: k, j: k + 1}) {
			t.Errorf("%q of %q is a whole name for %q", c[2], c[0], c[1])
		}
	}
}
