package answers

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"os"
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
