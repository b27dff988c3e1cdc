package corpus

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"briefbot"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		// The bundled story's hard sentences.
		{"quote spanning a sentence end, then attribution",
			"“I said, you know, they all said Putin was going, Zelensky was going, and I said, if I don’t go, I guarantee Putin’s not going. And he didn’t go,” Trump told reporters Friday.",
			[]string{"“I said, you know, they all said Putin was going, Zelensky was going, and I said, if I don’t go, I guarantee Putin’s not going. And he didn’t go,” Trump told reporters Friday."}},
		{"break after a closing quote",
			"When pressed for a specific timeframe, Trump reiterated, “as soon as we can set it up.” Next he flew home.",
			[]string{"When pressed for a specific timeframe, Trump reiterated, “as soon as we can set it up.”", "Next he flew home."}},
		{"U.S. before a lowercase word",
			"The two sides remain significantly divided on the conditions for ending the war. Ukraine has accepted a U.S. and European proposal for a full, 30-day ceasefire, but Putin has essentially rejected it by imposing extensive preconditions.",
			[]string{"The two sides remain significantly divided on the conditions for ending the war.", "Ukraine has accepted a U.S. and European proposal for a full, 30-day ceasefire, but Putin has essentially rejected it by imposing extensive preconditions."}},
		{"Lt. Gen. ending a paragraph",
			"Prior to Friday’s talks, Turkish Foreign Ministry officials confirmed a three-way meeting between Turkey, the U.S., and Ukraine took place. The U.S. delegation included Secretary of State Marco Rubio and retired Lt. Gen. Keith Kellogg.",
			[]string{"Prior to Friday’s talks, Turkish Foreign Ministry officials confirmed a three-way meeting between Turkey, the U.S., and Ukraine took place.", "The U.S. delegation included Secretary of State Marco Rubio and retired Lt. Gen. Keith Kellogg."}},
		{"two quoted sentences attributed",
			"“We don’t have high expectations of what will happen tomorrow. And frankly, at this point, I think it’s abundantly clear,” Rubio told reporters Thursday in Antalya, Turkey.",
			[]string{"“We don’t have high expectations of what will happen tomorrow. And frankly, at this point, I think it’s abundantly clear,” Rubio told reporters Thursday in Antalya, Turkey."}},
		{"straight quotes spanning a sentence end",
			`"I said no. And he didn't go," Trump said. He left.`,
			[]string{`"I said no. And he didn't go," Trump said.`, "He left."}},
		{"quote closed by a full stop splits inside",
			`The club's statement added: "This applies to every player. Rules are rules." The league said nothing.`,
			[]string{`The club's statement added: "This applies to every player.`, `Rules are rules."`, "The league said nothing."}},
		{"continued quotation opening a new paragraph",
			`He said: "We tried. "We failed." It ended.`,
			[]string{`He said: "We tried.`, `"We failed."`, "It ended."}},
		{"headline", "Trump Seeks Quick Meeting with Putin", []string{"Trump Seeks Quick Meeting with Putin"}},

		// Titles and abbreviations.
		{"titles", "Mr. Smith met Dr. Jones, Prof. Lee and Mrs. Brown at St. Paul’s. They talked.",
			[]string{"Mr. Smith met Dr. Jones, Prof. Lee and Mrs. Brown at St. Paul’s.", "They talked."}},
		{"political titles", "Gov. Gavin Newsom and Sen. Ted Cruz spoke with Rep. Nancy Pelosi. Then they left.",
			[]string{"Gov. Gavin Newsom and Sen. Ted Cruz spoke with Rep. Nancy Pelosi.", "Then they left."}},
		{"military titles", "Col. Harland Sanders and Gen. Mark Milley met. Lt. Gen. Kellogg did not.",
			[]string{"Col. Harland Sanders and Gen. Mark Milley met.", "Lt. Gen. Kellogg did not."}},
		{"Mr. and Mrs.", "Mr. and Mrs. Smith arrived.", []string{"Mr. and Mrs. Smith arrived."}},
		{"months before numbers", "The vote is on Jan. 20, 2025. It was moved from Sept. 11. Feb. The month.",
			[]string{"The vote is on Jan. 20, 2025.", "It was moved from Sept. 11.", "Feb.", "The month."}},
		{"No. 5 and no.", "He is ranked No. 5 in the world. No. The answer was no. Then he left.",
			[]string{"He is ranked No. 5 in the world.", "No.", "The answer was no.", "Then he left."}},
		{"company before a lowercase word", "Apple Inc. said sales rose.", []string{"Apple Inc. said sales rose."}},
		{"company ending a sentence", "He works for Acme Corp. The company makes anvils.",
			[]string{"He works for Acme Corp.", "The company makes anvils."}},
		{"company before a name", "Acme Corp. Chief Executive Jane Doe resigned.", []string{"Acme Corp. Chief Executive Jane Doe resigned."}},
		{"Co. Ltd. and a comma", "The firm, Smith & Co. Ltd., was sold. He joined Smith & Co. The firm is old.",
			[]string{"The firm, Smith & Co. Ltd., was sold.", "He joined Smith & Co.", "The firm is old."}},
		{"etc.", "They sell apples, pears, etc. and plums. They sell apples, pears, etc. The shop is new.",
			[]string{"They sell apples, pears, etc. and plums.", "They sell apples, pears, etc.", "The shop is new."}},
		{"vs. and v.", "It was Chelsea vs. Arsenal. Roe v. Wade was decided in 1973.",
			[]string{"It was Chelsea vs. Arsenal.", "Roe v. Wade was decided in 1973."}},
		{"Ph.D.", "She earned a Ph.D. in physics. She earned a Ph.D. She then taught.",
			[]string{"She earned a Ph.D. in physics.", "She earned a Ph.D.", "She then taught."}},
		{"a.m. and p.m.", "It starts at 9 a.m. Eastern time. It ended at 5 p.m. The talks resume at 10 a.m. on Monday.",
			[]string{"It starts at 9 a.m. Eastern time.", "It ended at 5 p.m.", "The talks resume at 10 a.m. on Monday."}},
		{"e.g. and i.e.", "Some fruit, e.g. Apples, is red, i.e. Coloured.", []string{"Some fruit, e.g. Apples, is red, i.e. Coloured."}},
		{"Jr.", "Martin Luther King Jr. Day is a holiday. He admired Martin Luther King Jr. He said so.",
			[]string{"Martin Luther King Jr. Day is a holiday.", "He admired Martin Luther King Jr.", "He said so."}},
		{"states are case-sensitive", "He lives in Boston, Mass. He was ill. Doctors said he would recover.",
			[]string{"He lives in Boston, Mass.", "He was ill.", "Doctors said he would recover."}},
		{"FT is not Ft.", "Sources tell the FT. But Rover denied it.", []string{"Sources tell the FT.", "But Rover denied it."}},
		{"et al.", "Smith et al. found it. It was cited by Smith et al. The paper is old.",
			[]string{"Smith et al. found it.", "It was cited by Smith et al.", "The paper is old."}},

		// Initials and initialisms.
		{"initials", "J. K. Rowling wrote it. George W. Bush read it. J. A. Smith agreed.",
			[]string{"J. K. Rowling wrote it.", "George W. Bush read it.", "J. A. Smith agreed."}},
		{"U.N. and U.K. inside a sentence", "The U.N. Security Council met in the U.K. capital.",
			[]string{"The U.N. Security Council met in the U.K. capital."}},
		{"U.S. then a sentence starter", "Troops left the U.S. The withdrawal took months. It was in the U.S. “We won,” he said.",
			[]string{"Troops left the U.S.", "The withdrawal took months.", "It was in the U.S.", "“We won,” he said."}},
		// Ambiguous by design: a capitalised word that is not a common
		// sentence starter after an initialism continues the sentence.
		{"U.S. then a name", "He flew to the U.S. Officials met him.", []string{"He flew to the U.S. Officials met him."}},
		{"initial before a closing quote", `It was "worse than Cell Block H." Labour said so.`,
			[]string{`It was "worse than Cell Block H."`, "Labour said so."}},

		// Numbers.
		{"decimals and money", "Sales rose 3.5% to $1.13bn. Profits fell to £15.8m. He was 25.",
			[]string{"Sales rose 3.5% to $1.13bn.", "Profits fell to £15.8m.", "He was 25."}},
		{"years", "It was built in 1998. 2004 was a good year.", []string{"It was built in 1998.", "2004 was a good year."}},
		{"numbered list", "1. Ukraine accepted the proposal. 2. Russia rejected it. A. Nobody knows.",
			[]string{"1. Ukraine accepted the proposal.", "2. Russia rejected it.", "A. Nobody knows."}},
		{"number ending a sentence", "He was ranked No. 1. The team was second.", []string{"He was ranked No. 1.", "The team was second."}},

		// Question marks, exclamation marks, ellipses.
		{"question in quotes, lowercase attribution", `"Why?" he asked. "Because," she said.`,
			[]string{`"Why?" he asked.`, `"Because," she said.`}},
		{"question in quotes, named attribution", "“Why not?” Trump asked reporters. They laughed.",
			[]string{"“Why not?” Trump asked reporters.", "They laughed."}},
		{"exclamation then a new sentence", "“Stop!” The crowd fell silent.", []string{"“Stop!”", "The crowd fell silent."}},
		{"?! and !!!", "Really?! Yes!!! Fine.", []string{"Really?!", "Yes!!!", "Fine."}},
		{"question in a title", "The film Shall We Dance? opened. Who is Sylvia? by Albee won.",
			[]string{"The film Shall We Dance? opened.", "Who is Sylvia? by Albee won."}},
		{"ellipsis before lowercase", "He paused… and then spoke. She waited... and waited.",
			[]string{"He paused… and then spoke.", "She waited... and waited."}},
		{"ellipsis before a capital", "He paused... Then he spoke. She waited… She left.",
			[]string{"He paused...", "Then he spoke.", "She waited…", "She left."}},

		// Brackets, nested quotes.
		{"closing bracket", "He left (for good.) Then he came back. (The vote was close.) It passed.",
			[]string{"He left (for good.)", "Then he came back.", "(The vote was close.)", "It passed."}},
		{"nested quotes", "He said, “She told me ‘no.’” Then he left.", []string{"He said, “She told me ‘no.’”", "Then he left."}},
		{"bracketed title", "The deal (Mr. Smith said) is done.", []string{"The deal (Mr. Smith said) is done."}},

		// URLs and e-mail addresses.
		{"URLs and e-mail", "Visit www.example.com/news.html for details. Email press@example.org. Read https://example.com. The site is free.",
			[]string{"Visit www.example.com/news.html for details.", "Email press@example.org.", "Read https://example.com.", "The site is free."}},

		// White space and edge cases.
		{"empty", "", nil},
		{"spaces only", " \t\n ", nil},
		{"surrounding spaces", "  Hello there.  ", []string{"Hello there."}},
		{"blank line ends a sentence", "First line without a stop\n\nSecond line\nstill second", []string{"First line without a stop", "Second line\nstill second"}},
		{"no space after full stop", "It rose.Then fell.", []string{"It rose.Then fell."}},
		{"junk piece", "Hello. “`", []string{"Hello.", "“`"}},
		{"non-breaking space", "Mr.\u00a0Smith left.\u00a0He returned.", []string{"Mr.\u00a0Smith left.", "He returned."}},
		{"lone full stop", "Wait . . . Then go.", []string{"Wait . . .", "Then go."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spans := Split(tt.text)
			checkSpans(t, tt.text, spans)
			var got []string
			for _, sp := range spans {
				got = append(got, tt.text[sp[0]:sp[1]])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestSentences(t *testing.T) {
	published := time.Date(2025, 5, 16, 0, 0, 0, 0, time.UTC)
	a := briefbot.Article{
		ID:        "world/talks.md",
		Title:     "Talks",
		URL:       "https://example.com/talks",
		Published: published,
		Paragraphs: []string{
			"Talks open today. Both sides attend.",
			"“`",
			"  The U.S. sends Lt. Gen. Keith Kellogg.",
		},
	}
	want := []briefbot.Sentence{
		{Paragraph: 1, Number: 1, Start: 0, End: 17, Text: "Talks open today."},
		{Paragraph: 1, Number: 2, Start: 18, End: 36, Text: "Both sides attend."},
		{Paragraph: 3, Number: 3, Start: 2, End: 40, Text: "The U.S. sends Lt. Gen. Keith Kellogg."},
	}
	for i := range want {
		want[i].ArticleID, want[i].ArticleTitle, want[i].URL, want[i].Published = a.ID, a.Title, a.URL, published
	}
	got := Sentences(a)
	if !slices.Equal(got, want) {
		t.Fatalf("Sentences:\n got %+v\nwant %+v", got, want)
	}
	for _, s := range got {
		if p := a.Paragraphs[s.Paragraph-1]; p[s.Start:s.End] != s.Text {
			t.Errorf("sentence %d: paragraph[%d:%d] = %q, Text = %q", s.Number, s.Start, s.End, p[s.Start:s.End], s.Text)
		}
	}
}

func FuzzSplit(f *testing.F) {
	seeds := []string{
		"", " ", ".", "...", "…", "“`", "U.S.", "Mr. Mr. Mr.", "1. 2. 3.", "a.b.c. D",
		`"Why?" he asked.`, "“Why?” Trump asked.", `He said "no. And he went," she said.`,
		"Hello.\n\nWorld", "Hello.\u00a0World", "\xff. \xfe A.", "Mr.\xa0Smith", ". . . .",
		"“I guarantee Putin’s not going. And he didn’t go,” Trump told reporters Friday.",
		"The U.S. delegation included Secretary of State Marco Rubio and retired Lt. Gen. Keith Kellogg.",
		"Sales rose 3.5% to $1.13bn. Profits fell.", "(Gen.) ”The” \"", "A. I. Lt.\n \n",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkSpans(t, text, Split(text))
	})
}

// checkSpans fails unless spans are non-empty, in range, increasing and
// trimmed, and only white space lies outside them: nothing is lost or
// reordered.
func checkSpans(t *testing.T, text string, spans [][2]int) {
	t.Helper()
	prev := 0
	for _, sp := range spans {
		start, end := sp[0], sp[1]
		if start < prev || end <= start || end > len(text) {
			t.Fatalf("Split(%q): bad span %v after %d in %v", text, sp, prev, spans)
		}
		if gap := text[prev:start]; !isSpaces(gap) {
			t.Fatalf("Split(%q): %q lost before span %v", text, gap, sp)
		}
		first, _ := utf8.DecodeRuneInString(text[start:end])
		last, _ := utf8.DecodeLastRuneInString(text[start:end])
		if unicode.IsSpace(first) || unicode.IsSpace(last) {
			t.Fatalf("Split(%q): span %v %q is not trimmed", text, sp, text[start:end])
		}
		prev = end
	}
	if gap := text[prev:]; !isSpaces(gap) {
		t.Fatalf("Split(%q): %q lost at the end", text, gap)
	}
}

func isSpaces(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return !unicode.IsSpace(r) }) < 0
}
