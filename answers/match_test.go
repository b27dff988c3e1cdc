package answers

import (
	"slices"
	"strings"
	"testing"

	"briefbot"
)

// editDistance is the Levenshtein distance of a and b in runes, the
// definition withinOneEdit answers for distances up to 1.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > 1 || d < -1 {
		return 2
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := prev[j-1]
			if ra[i-1] != rb[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

func TestWithinOneEdit(t *testing.T) {
	words := []string{"", "a", "ab", "ba", "abc", "zelensky", "zelenskyy", "zelenskiy", "zelenskyi", "kyiv", "kiev",
		"kyev", "kyivv", "yiv", "medinsky", "medinskiy", "orgainzation", "organization", "café", "cafe", "cafés", "caf",
		"naïve", "naive", "ünïcode", "unicode", "x", "xy", "yx"}
	for _, a := range words {
		for _, b := range words {
			if got, want := withinOneEdit(a, b), editDistance(a, b) <= 1; got != want {
				t.Errorf("withinOneEdit(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}

// matchWords rules words out before matchAt looks at them; it must find
// what matchAt finds looking at every word. The questions are the golden
// ones and one made of each sentence of the story, so that every kind of
// question word (names, countries, hyphenated and related words) meets
// every word.
func TestMatchWordsRulesOutNoMatch(t *testing.T) {
	extra := []briefbot.Sentence{
		{ArticleID: "extra", Number: 1, Text: "President Zelensky met the Ukrainian delegation in Kiev on Monday."},
		{ArticleID: "extra", Number: 2, Text: "The American envoy skipped the talks, and the U.N. Secretary-General did not attend."},
		{ArticleID: "extra", Number: 3, Text: "Mt. Everest rises above the British-run base camp."},
		{ArticleID: "extra", Number: 4, Text: "Vladimir Medinskiy climbed Mount Kilimanjaro."},
	}
	Annotate(extra)
	sents := append(annotatedStory(t), extra...)
	questions := append(slices.Clone(storyQuestions), "Why did Zelenskyy not attend the talks in Ukraine?",
		"When did the United States envoy refuse to meet the general?", "How high is Mount Everest above Britain?",
		"Which mountain did Medinsky climb, Mt. Kilimanjaro?")
	for _, s := range sents {
		questions = append(questions, "Why did "+s.Text+"?", "Who did not "+s.Text+"?")
	}
	found := 0
	for _, text := range questions {
		q := analyzeQuestion(text)
		for _, src := range sents {
			s, ok := decode(src)
			if !ok {
				t.Fatalf("decode %q failed", src.Text)
			}
			for k := range q.terms {
				term := &q.terms[k]
				var want []hit
				for i := range s.toks {
					if s.toks[i].stem == "" {
						continue
					}
					if m := term.matchAt(&s, i, s.hasHyphen()); m > 0 {
						want = append(want, hit{i, m})
					}
				}
				if got := term.matchWords(&s); !slices.Equal(got, want) {
					t.Errorf("%q, word %q in %q: matchWords %v, matchAt on every word %v", text, term.low, src.Text, got, want)
				}
				found += len(want)
			}
		}
	}
	if found == 0 {
		t.Fatal("no word matched: the test tests nothing")
	}
}

// A superlative picks one thing out of a class, and a word put between it
// and its noun makes another class: "won best foreign film" says nothing
// of "best picture", nor does "won best drama"; "won the best picture
// award" does.
func TestSuperlativeBindsItsNoun(t *testing.T) {
	// How strongly the question's word qword matches the sentence's word.
	matchAfterNarrowing := func(question, sentence, qword, word string) float64 {
		q := analyzeQuestion(question)
		sents := article("t", sentence)
		Annotate(sents)
		s, _ := decode(sents[0])
		matches := termMatches(&q, &s)
		narrowed(&q, &s, matches)
		best := 0.0
		for k, hs := range matches {
			for _, h := range hs {
				if q.terms[k].low == qword && s.toks[h.pos].low == word {
					best = max(best, h.m)
				}
			}
		}
		return best
	}
	const question = "Which film won best picture at the Oscars?"
	for _, tt := range []struct {
		sentence, qword, word string
		matched               bool
	}{
		{"The Sea Inside won best foreign film at the Oscars.", "picture", "film", false},
		{"The Passion of the Christ won best drama at the Oscars.", "best", "best", false},
		{"Million Dollar Baby won the best picture award at the Oscars.", "best", "best", true},
		{"Million Dollar Baby won the best picture award at the Oscars.", "picture", "picture", true},
		{"Million Dollar Baby was named the best film of the year.", "picture", "film", true},
	} {
		if got := matchAfterNarrowing(question, tt.sentence, tt.qword, tt.word); (got > 0) != tt.matched {
			t.Errorf("%q for %q in %q matches %.2f, want matched %v", tt.word, tt.qword, tt.sentence, got, tt.matched)
		}
	}
	// A participle narrows the class as an adjective does.
	if got := matchAfterNarrowing("Who won best actress at the Baftas?", "Kate Hale won best supporting actress at the Baftas.", "actress", "actress"); got > 0 {
		t.Errorf("best supporting actress matches best actress (%.2f)", got)
	}
}

// A hyphened word gives one initial for each capitalised part, read from
// its own letters: its lower-case form may be shorter ("ẞ" is "ß", a byte
// less), and reading that at the same place ran past its end.
func TestInitialsOfHyphenedWords(t *testing.T) {
	word := func(s string) token { return token{text: s, low: strings.ToLower(s), tag: tagProper} }
	for _, tt := range []struct {
		words []string
		n     int
		want  string
	}{
		{[]string{"World", "Anti-Doping", "Agency"}, 4, "wada"},
		{[]string{"World", "Anti-doping", "Agency"}, 3, "waa"},
		// The first byte of "ß" stands for its initial, as for every
		// word that opens on a letter beyond ASCII.
		{[]string{"ẞẞẞẞẞẞ-A", "Group"}, 3, "\xc3ag"},
	} {
		toks := make([]token, len(tt.words))
		for k, w := range tt.words {
			toks[k] = word(w)
		}
		if got := initialsOf(toks, tt.n); got != tt.want {
			t.Errorf("initialsOf(%q, %d) = %q, want %q", tt.words, tt.n, got, tt.want)
		}
	}
}

// A negation before two verbs joined by "and" denies both: "are not
// recognised and attacked" says nothing attacks them.
func TestDeniedCoordinatedVerbs(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Healthy cells are not recognized and attacked by the guards .", true},
		{"Healthy cells are recognized and attacked by the guards .", false},
		{"The guards did not wait and the cells were attacked .", false},
	} {
		toks := taggedTokens(tt.text)
		p := tokenIndex(toks, "attacked")
		if got := deniedAt(toks, p); got != tt.want {
			t.Errorf("%q: attacked denied = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// A distinctive part of the question's long name matches the whole name
// ("Veltra" for Veltra Dynamics, "the Commons" for the House of Commons),
// a shared first name does not
// ("Vladimir Putin" for Vladimir Medinsky).
func TestWholeNames(t *testing.T) {
	sents := article("t", "Brandt said Veltra will build only about three turbines.", "Vladimir Putin met Medinsky.", "Orders for Airbus planes rose.", "Lifts whisk visitors to the top of the 508m Taipei 101 Tower.",
		"The bill has been adopted by Ann Taylor in the Commons.")
	Annotate(sents)
	for _, tt := range []struct {
		question, term string
		sentence       int
		want           bool
	}{
		{"How many turbines did Veltra Dynamics make?", "dynamics", 0, true},
		{"Who is Vladimir Medinsky?", "medinsky", 1, true}, // named in the sentence itself
		{"Who is Vladimir Medinsky?", "vladimir", 1, true},
		{"Who is Vladimir Ivanov?", "ivanov", 1, false},
		{"How long is the Airbus A380?", "airbus", 2, true},
		{"How long is the Airbus A380?", "a380", 2, false},    // the maker is not the model
		{"How tall is the Eiffel Tower?", "eiffel", 3, false}, // a generic head stands for no tower
		// "the Commons" is the House of Commons; "the Commons" is no
		// Tower of Babel.
		{"Who adopted the bill in the House of Commons?", "house", 4, true},
		{"Who adopted the bill in the Tower of Babel?", "tower", 4, false},
	} {
		q := analyzeQuestion(tt.question)
		s, _ := decode(sents[tt.sentence])
		matches := termMatches(&q, &s)
		wholeNames(&q, &s, matches)
		for k, term := range q.terms {
			if term.low == tt.term && (len(matches[k]) > 0) != tt.want {
				t.Errorf("%q in %q: %q matched %v, want %v", tt.question, s.src.Text, tt.term, matches[k], tt.want)
			}
		}
	}
}

// A firm's officers by their short forms are titles, as "CEO" is: "tnt
// coo name" asks who the chief operating officer is.
func TestOfficersShortFormsAreTitles(t *testing.T) {
	sents := article("dtt",
		"France set for digital TV launch",
		"France is launching free digital terrestrial television on Thursday.",
		"\"A couple of years ago, DTT had a bad image,\" said Olivier Gerolami, chief operating officer of TNT.")
	Annotate(sents)
	wantConfidentAnswers(t, sents, map[string]string{
		"tnt coo name":           "Olivier Gerolami",
		"Who is the COO of TNT?": "Olivier Gerolami",
	})
}

// What a refusal takes as its object was made: "declined an invitation
// from the mayor" says the mayor invited; "declined to attend" says she
// did not attend.
func TestRefusedObjectWasMade(t *testing.T) {
	sents := article("t",
		"Maria Lopez declined an invitation from Mayor Anna Berg to perform at the festival.",
		"She also declined to attend the gala dinner on Friday.",
	)
	Annotate(sents)
	a := Answerer{Threshold: pickAny}
	for question, want := range map[string]string{
		"Who invited Maria Lopez?":              "Anna Berg",
		"When did Maria Lopez attend the gala?": "",
	} {
		if got := ask(&a, sents, question); strings.TrimPrefix(got.Text, "Mayor ") != want {
			t.Errorf("%q = %q, want %q", question, got.Text, want)
		}
	}
}

// A title held a rank below is another title: a deputy chief executive is
// no chief executive, nor the head asked about, unless the question asks
// for the deputy.
func TestRankBelowIsAnotherTitle(t *testing.T) {
	sents := article("t", "Northwind deputy chief executive Anna Berg said fares would rise.")
	Annotate(sents)
	// The shipped threshold: a sentence about the deputy does not say.
	wantConfidentAnswers(t, sents, map[string]string{
		"Who is the chief executive of Northwind?":        "",
		"Who is the deputy chief executive of Northwind?": "Anna Berg",
	})
}

// A denial does not reach into a subordinate clause: "she does not have
// to decide until the event begins on 4 March" says when it begins.
func TestDenialStopsAtAClause(t *testing.T) {
	toks := taggedTokens("She does not have to decide until 24 hours before the event begins on 4 March .")
	if p := tokenIndex(toks, "begins"); deniedAt(toks, p) {
		t.Errorf("%q denied", "begins")
	}
	toks = taggedTokens("She does not begin her campaign on 4 March .")
	if p := tokenIndex(toks, "begin"); !deniedAt(toks, p) {
		t.Errorf("%q not denied", "begin")
	}
}

// "did not develop until the 18th century" says when it developed, and
// "the decline of the state" is a fall, not a refusal: neither denies the
// event asked about.
func TestNotUntilAndDeclineOf(t *testing.T) {
	for text, word := range map[string]string{
		"The lace did not develop until the first half of the eighteenth century .": "develop",
		"The decline of the state led to a third attack in 1185 .":                  "attack",
	} {
		toks := taggedTokens(text)
		if deniedAt(toks, tokenIndex(toks, word)) {
			t.Errorf("%q: %q denied", text, word)
		}
	}
	toks := taggedTokens("The lace did not develop in France .")
	if !deniedAt(toks, tokenIndex(toks, "develop")) {
		t.Errorf("%q not denied", "develop")
	}
}

// Names match across accents, which questions typed in a hurry leave out:
// "Cafe Nero" is "Café Nero", "Jose" is "José".
func TestNamesMatchWithoutAccents(t *testing.T) {
	sents := article("coffee", "Café Nero opened 20 shops in Scotland last year, its chairman Gerry Ford said.", "José Mourinho praised the coffee.")
	Annotate(sents)
	wantAnswers(t, sents, map[string]string{
		"How many shops did Cafe Nero open in Scotland?": "20",
		"What did Jose Mourinho praise?":                 "the coffee",
	})
}

// The question's verb is found in the title of who does it: "chairwoman"
// says who chairs, and a sentence that says so covers the question.
func TestVerbMatchesAgentTitle(t *testing.T) {
	sents := article("t", "Rowing club chairwoman Ann Dale said the lease would end.", "Club founder Tom Reid rowed for Oxford.")
	Annotate(sents)
	for _, tt := range []struct {
		question string
		sentence int
		want     bool
	}{
		{"Who chairs the rowing club?", 0, true},
		{"Who founded the rowing club?", 1, true},
		{"Who coaches the rowing club?", 0, false},
	} {
		q := analyzeQuestion(tt.question)
		s := readSentence(sents[tt.sentence])
		for _, term := range q.terms {
			if !term.verb {
				continue
			}
			if got := len(matchTerm(term, s)) > 0; got != tt.want {
				t.Errorf("%q: verb %q matched in %q: %v, want %v", tt.question, term.low, s.src.Text, got, tt.want)
			}
		}
	}
}

// A short form asked about is the name it stands for, however the
// question writes it: spelt out with a hyphened word ("World Anti-Doping
// Agency" for "wada", which the sentences write in capitals, in
// brackets or at a sentence's start), or given in brackets after a name
// whose initials it does not spell ("Greek Athletics Federation
// (SEGAS)"). That name is the question's, no answer to it.
func TestShortFormIsTheQuestionsName(t *testing.T) {
	sents := article("doping", "WADA was set up in 1999 to fight doping in sport.",
		"World Anti-Doping Agency chief Dick Pound says Marion Jones should be stripped of her medals.",
		"The Greek Athletics Federation (SEGAS) chief Vassilis Sevastis said the hearing would be fair.")
	Annotate(sents)
	wantConfidentAnswers(t, sents, map[string]string{
		"who runs wada?":   "Dick Pound",
		"Who heads SEGAS?": "Vassilis Sevastis",
	})
	// "Guild" makes no organisation of the name, which stops short of
	// "British": only the brackets tell that it is the BPG.
	guild := article("records", `"Sales are up," said Alan Smith, director of the British Phonographic Guild (BPG).`,
		"The BPG speaks for record shops.")
	Annotate(guild)
	wantAnswers(t, guild, map[string]string{"who is the bpg director": "Alan Smith"})
}
