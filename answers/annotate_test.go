package answers

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"briefbot"
)

func article(id string, texts ...string) []briefbot.Sentence {
	var out []briefbot.Sentence
	for i, t := range texts {
		out = append(out, briefbot.Sentence{ArticleID: id, Paragraph: 1, Number: i + 1, Start: 0, End: len(t), Text: t})
	}
	return out
}

// entitiesOf decodes the annotation and lists "text:kind=full".
func entitiesOf(t *testing.T, s briefbot.Sentence) []string {
	t.Helper()
	d, ok := decode(s)
	if !ok {
		t.Fatalf("annotation %q of %q does not decode", s.Annotation, s.Text)
	}
	var out []string
	for _, e := range d.ents {
		x := nameText(d.toks, e.i, e.j) + ":" + string(e.kind)
		if e.full != "" {
			x += "=" + e.full
		}
		out = append(out, x)
	}
	return out
}

// wantEntities checks the entities of the numbered sentences, joined by
// "|" as entitiesOf gives them.
func wantEntities(t *testing.T, sents []briefbot.Sentence, want map[int]string) {
	t.Helper()
	for n, w := range want {
		if got := strings.Join(entitiesOf(t, sents[n]), "|"); got != w {
			t.Errorf("sentence %d entities = %s, want %s", n+1, got, w)
		}
	}
}

func TestAnnotate(t *testing.T) {
	sents := article("a",
		"Russian President Vladimir Putin met Turkish Foreign Ministry officials in Istanbul.",
		"Putin said the talks would go on.",
		"He emphasized the urgency of the meeting.",
		"Officials in Ankara were not told.",
		"Mr Putin left.",
	)
	Annotate(sents)
	wantEntities(t, sents, map[int]string{
		0: "Vladimir Putin:P|Turkish Foreign Ministry:O|Istanbul:L",
		1: "Putin:P=Vladimir Putin",
		2: "He:P=Vladimir Putin",
		3: "Ankara:L",
		// A surname with its style, the British way, is the full name too.
		4: "Putin:P=Vladimir Putin",
	})
	// Titles are kept with the name for title answers.
	d, _ := decode(sents[0])
	if e := d.ents[0]; nameText(d.toks, e.ti, e.i) != "Russian President" {
		t.Errorf("titles before Putin = %q, want %q", nameText(d.toks, e.ti, e.i), "Russian President")
	}
}

// A he or she who says the sentence's words is the last person named:
// after a quotation, or before one, wherever it stands; not when the
// sentence names someone, outside the quotation, who may be speaking.
func TestAnnotateSpeakerPronoun(t *testing.T) {
	sents := article("a",
		"Amnesty's chief Irene Khan spoke in London.",
		"\"The movement faces a crisis of faith in Rome and Paris,\" she said.",
		"Asked for her worst memory, she said: \"Losing the vote.",
		"Asked about Kofi Annan, she said he was right.",
	)
	Annotate(sents)
	wantEntities(t, sents, map[int]string{
		1: "Rome:L|Paris:L|she:P=Irene Khan",
		2: "she:P=Irene Khan",
		3: "Kofi Annan:P",
	})
}

// A definite noun phrase stands for the last name that holds its noun or
// is of its kind; an "It" opening a sentence for the organisation that
// opened the sentence before.
func TestAnnotateNounReferences(t *testing.T) {
	sents := article("a",
		"A team of engineers works at Brightwater University in Leeds.",
		"The university runs a flood laboratory.",
		"Northwind Media Group put up a radio mast near the school.",
		"It hopes to go on air in October.",
		"The company is based in Bergen.",
		"The school board was not consulted.",
		"Finance Minister Elena Vasquez announced the plan.",
		"Drivers were asked.",
		"The minister says the tolls will work.",
		"The chairman of the club disagreed.",
		"Constitutional Affairs Secretary Lord Falconer spoke.",
		"Judges were told.",
		"The constitutional affairs secretary outlined the plans.",
	)
	Annotate(sents)
	wantEntities(t, sents, map[int]string{
		1: "university:O=Brightwater University",
		3: "It:O=Northwind Media Group",
		4: "company:O=Northwind Media Group|Bergen:L",
		5: "", // "the school board" is a board, not a school
		8: "minister:P=Elena Vasquez",
		9: "", // said of the club, not of someone named before
		// A title's head after words that qualify it.
		12: "constitutional affairs secretary:P=Falconer",
	})
}

// A description opening a sentence is the person named last: by a noun
// for what they do ("The striker") or by their age alone ("The
// 25-year-old").
func TestAnnotateDescribedPerson(t *testing.T) {
	sents := article("a",
		"Tomas Lind joined Brightwater from Leeds last summer.",
		"The striker has scored 11 goals this season.",
		"The 25-year-old has also won two caps.",
		"The strikers are all injured.",
	)
	Annotate(sents)
	wantEntities(t, sents, map[int]string{
		1: "striker:P=Tomas Lind",
		2: "25-year-old:P=Tomas Lind",
		3: "", // many, not the one named
	})
}

// The person named last is the subject of the sentence naming them, not
// one named in a phrase opening it; and the rest of an organisation's
// name after "on", "for" or "of" is no person.
func TestAnnotateLastPersonIsTheSubject(t *testing.T) {
	sents := article("a",
		"Prior to working for Ms Hale, Ruth Okafor spent time at a think tank.",
		"She then became secretary of the Commission on Social Justice.",
		"The 39-year-old studied at Oxford.",
	)
	Annotate(sents)
	wantEntities(t, sents, map[int]string{
		1: "She:P=Ruth Okafor|Commission on Social Justice:O",
		2: "39-year-old:P=Ruth Okafor|Oxford:L",
	})
}

// A first name alone stands for the one full name it begins, once that
// has been given; not when two names share it.
func TestAnnotateFirstNames(t *testing.T) {
	sents := article("a",
		"Ilona Marsh was released on Tuesday.",
		"Despite her ordeal, Ilona still plans to sail.",
		"She wants to sail to Northern Ireland.",
		"Maria Lopez and Maria Chen spoke.",
		"Maria left first.",
	)
	Annotate(sents)
	wantEntities(t, sents, map[int]string{
		1: "Ilona:P=Ilona Marsh",
		2: "She:P=Ilona Marsh|Ireland:L", // "Northern" is kept as its title
		4: "Maria:E",
	})
}

// A name whose surname the article styles "Mr" is a person's, wherever it
// stands: "to Leonid Nevzlin" is no place.
func TestAnnotateStyledSurnames(t *testing.T) {
	sents := article("a",
		"The founder handed his stake to Leonid Nevzlin.",
		"Mr Nevzlin now lives in Israel.",
	)
	Annotate(sents)
	if got := strings.Join(entitiesOf(t, sents[0]), "|"); got != "Leonid Nevzlin:P" {
		t.Errorf("entities of %q = %s, want Leonid Nevzlin:P", sents[0].Text, got)
	}
}

// Names and their kinds, one sentence each:
//   - a name joined by "&" is an organisation's ("Marks & Spencer",
//     "R&B"), and a noun for a person just before a name makes it a
//     person's;
//   - a company's suffix ends its name and makes it an organisation's,
//     with its nationality ("British Gas plc"); a nationality after "of"
//     keeps a name going ("Association of American Universities");
//   - a name opening with a common given name is a person's wherever it
//     stands: "from Babe Ruth" is no place, "in Lake Louise" still is.
func TestAnnotateEntityKinds(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"R&B singer Usher thanked Marks & Spencer.", "R & B:O|Usher:P|Marks & Spencer:O"},
		// "Ms", with its full stop or without, is a person's style, no part of the name.
		{"Ms Foster left British Gas plc to join the Association of American Universities.",
			"Foster:P|British Gas plc:O|Association of American Universities:O"},
		{"Ms. Foster met Mr Allard.", "Foster:P|Allard:P"},
		// A month after a given name is a surname, unless a day follows.
		{"Yesterday Brian May met Lewis on Friday May 6.", "Brian May:P|Lewis:E"},
		{"He owns autographs from Babe Ruth and skis in Lake Louise.", "Babe Ruth:P|Lake Louise:L"},
		// A name ending on an event's word is an event, whoever its first word.
		{"Sania Mirza beat US Open champion Svetlana Kuznetsova before the Davis Cup.",
			"Sania Mirza:P|US Open:V|Svetlana Kuznetsova:P|Davis Cup:V"},
		// A first word joined to a name by a surname's particle is a name.
		{"Tamara de Lempicka was a painter born in Warsaw.", "Tamara de Lempicka:P|Warsaw:L"},
		// A first word set off by an appositive is a name; an opener is not.
		{"Metrovias, the private firm which runs the tube, offered 8%.", "Metrovias:E"},
		{"However, the private firm which runs the tube offered 8%.", ""},
		// A place's name qualified by new, south... is a place's.
		{"The show moved from Cooperstown, New York to South Korea.", "Cooperstown:L|New York:L|South Korea:L"},
		{"Officials of the United Nations toured the United States.", "United Nations:O|United States:L"},
		// "And" inside an organisation's name: one word after "the", then a
		// name ending on an organisation's word; "the BBC and Sky News" stay two.
		{"The ministry consulted the Food and Drug Administration and the BBC and Sky News.",
			"Food and Drug Administration:O|BBC:O|Sky News:O"},
		// A noun for someone's job opening the sentence is no part of the name.
		{"Referee Graham Poll sent off two players.", "Graham Poll:P"},
		// "according to" gives a source, no destination: "to" is no
		// preposition of place there.
		{"Sales rose, according to Massoud Shadjareh, as he flew to Aston Villa.", "Massoud Shadjareh:P|Aston Villa:L"},
	} {
		sents := article("a", tt.text)
		Annotate(sents)
		if got := strings.Join(entitiesOf(t, sents[0]), "|"); got != tt.want {
			t.Errorf("entities of %q = %s, want %s", sents[0].Text, got, tt.want)
		}
	}
}

// entityNames returns the names of a sentence's entities, joined by "|".
func entityNames(t *testing.T, s briefbot.Sentence) string {
	var names []string
	for _, e := range entitiesOf(t, s) {
		name, _, _ := strings.Cut(e, ":")
		names = append(names, name)
	}
	return strings.Join(names, "|")
}

// A Roman numeral after a name is part of it, and no surname: "I" does not
// stand for Richard I.
func TestAnnotateRegnalNumbers(t *testing.T) {
	sents := article("a",
		"Under Richard I of Normandy the duchy was forged into a principality.",
		"Henry VIII and Duke William II ruled before World War II began.",
		"When I met Richard, I was young.",
	)
	Annotate(sents)
	tests := []struct {
		n    int
		want string
	}{
		{0, "Richard I|Normandy"},
		{1, "Henry VIII|Duke William II|World War II"},
		{2, "Richard"},
	}
	for _, tt := range tests {
		if got := entityNames(t, sents[tt.n]); got != tt.want {
			t.Errorf("sentence %d entities = %s, want %s", tt.n+1, got, tt.want)
		}
	}
}

// An organisation's head joins its remit over "for" and "on"
// ("Department for Constitutional Affairs"); a calendar word opens a name
// when a thing is named ("charity Age Concern", "the Sunday Business
// newspaper"), not when a time is said ("On Monday Blair said").
func TestAnnotateNamesAcrossJoinersAndCalendarWords(t *testing.T) {
	sents := article("a",
		"A spokeswoman for the Department for Constitutional Affairs said so.",
		"The Institute for Public Policy Research and the Commission on Harbour Safety met.",
		"But charity Age Concern called the plan cowardly.",
		"The Sunday Business newspaper claimed Mr Brown had been asked.",
		"Officials said on Monday Blair would go, and last June Brown agreed.",
	)
	Annotate(sents)
	for n, want := range []string{
		"Department for Constitutional Affairs",
		"Institute for Public Policy Research|Commission on Harbour Safety",
		"Age Concern",
		"Sunday Business|Brown",
		"Blair|Brown",
	} {
		if got := entityNames(t, sents[n]); got != want {
			t.Errorf("sentence %d entities = %s, want %s", n+1, got, want)
		}
	}
}

// A title word after a one-word name is its surname when nothing that
// names follows: "Mervyn King", "John Major"; "Chairman" before a name and
// "Chief" before another title stay titles.
func TestAnnotateTitleSurnames(t *testing.T) {
	sents := article("a",
		"Bank governor Mervyn King said rates would stay.",
		"Former prime minister John Major spoke.",
		"Microsoft Chairman Bill Gates and Google Chief Executive Eric Schmidt met.",
	)
	Annotate(sents)
	tests := []struct {
		n    int
		want string
	}{
		{0, "Bank|Mervyn King"}, // "Bank" names whose governor he is (ownerAtStart)
		{1, "John Major"},
		{2, "Bill Gates|Google|Eric Schmidt"}, // no surname taken; the titles are the people's
	}
	for _, tt := range tests {
		if got := entityNames(t, sents[tt.n]); got != tt.want {
			t.Errorf("sentence %d entities = %s, want %s", tt.n+1, got, tt.want)
		}
	}
}

// A title that names a role after an organisation's name is the
// person's title, not part of one long name: "UN Secretary General Kofi
// Annan" is Kofi Annan, titled; so is "Labour MP Barry Sheerman" (a
// member of a parliament is a role, not an organisation's initials);
// "Turkish Foreign Ministry" stays whole.
func TestAnnotateRoleAfterOrganisation(t *testing.T) {
	sents := article("a",
		"The talks were opened by UN Secretary General Kofi Annan.",
		"Labour Party Chairman Ian McCartney spoke.",
		"The Turkish Foreign Ministry said so.",
		"The committee is chaired by Labour MP Barry Sheerman.",
		"French Green MEP Alain Lipietz warned the Commission.",
	)
	Annotate(sents)
	for n, want := range []string{"UN Secretary General|Kofi Annan:P", "Labour Party Chairman|Ian McCartney:P", "|Turkish Foreign Ministry:O",
		"Labour MP|Barry Sheerman:P", "French Green MEP|Alain Lipietz:P"} {
		s, _ := decode(sents[n])
		var got []string
		for _, e := range s.ents {
			if e.kind == kindPerson || n == 2 {
				got = append(got, nameText(s.toks, e.ti, e.i)+"|"+nameText(s.toks, e.i, e.j)+":"+string(e.kind))
			}
		}
		if strings.Join(got, ",") != want {
			t.Errorf("sentence %d: %v, want %s", n+1, got, want)
		}
	}
}

// Articles are resolved separately: a surname in one article is not
// resolved to a full name from another.
func TestAnnotateArticlesApart(t *testing.T) {
	sents := append(article("a", "Vladimir Putin spoke."), article("b", "Putin spoke again.")...)
	Annotate(sents)
	if got := strings.Join(entitiesOf(t, sents[1]), "|"); strings.Contains(got, "=") {
		t.Errorf("article b resolved %s across articles", got)
	}
}

func TestEncodeDecode(t *testing.T) {
	sents := annotatedStory(t)
	for _, s := range sents {
		d, ok := decode(s)
		if !ok {
			t.Fatalf("decode(%q) failed", s.Annotation)
		}
		if got := encode(d); got != s.Annotation {
			t.Errorf("encode(decode(a)) = %q, want %q", got, s.Annotation)
		}
	}
}

// decode restores from the bounds the very tokens tokenize finds, spaces
// of every kind, long words and invalid bytes included, and an annotation
// without bounds still decodes.
func TestDecodeTokens(t *testing.T) {
	sents := article("a",
		"Putin’s  aide,\tVladimir Medinsky, met counter-revolutionaries\u00a0in U.S. cities.",
		"Internationalisation-related “self-determination” (VOCs) rose 3.5% to $30,000\u2003today...",
		"Bad \xff bytes \xe2\x80 and   B.C.'s end",
		"",
	)
	Annotate(sents)
	for _, s := range sents {
		d, ok := decode(s)
		if !ok {
			t.Fatalf("decode(%q) failed", s.Annotation)
		}
		want := tokenize(s.Text)
		for i := range want {
			want[i].tag = d.toks[min(i, len(d.toks)-1)].tag
		}
		if !reflect.DeepEqual(d.toks, want) && len(want)+len(d.toks) > 0 {
			t.Errorf("decode(%q) tokens = %+v, want %+v", s.Text, d.toks, want)
		}
		// The same without bounds.
		tags, rest, _ := strings.Cut(s.Annotation, "|")
		_, ents, _ := strings.Cut(rest[(len(tags)+1)/2:], "|")
		s.Annotation = string(noBounds) + tags + "|" + ents
		if d2, ok := decode(s); !ok || len(d2.toks)+len(d.toks) > 0 && !reflect.DeepEqual(d2.toks, d.toks) || !reflect.DeepEqual(d2.ents, d.ents) {
			t.Errorf("decode without bounds (%q) = %+v, %v; want %+v", s.Annotation, d2, ok, d)
		}
	}
}

// An annotation written by another version, or none at all, is not
// trusted: decode reports it and Answer analyses the sentence itself.
func TestDecodeRejects(t *testing.T) {
	s := briefbot.Sentence{Text: "Vladimir Putin spoke."}
	for _, a := range []string{"", "NNv", "NNv.|0-2:P;9-9:P", "NNv.|0-x:P", "NNv.|0-2", "NNv.|1-0:P", "NNv.|0-2:P=X@y"} {
		s.Annotation = a
		if _, ok := decode(s); ok {
			t.Errorf("decode accepted %q", a)
		}
	}
}

// The annotation stays small: it is stored with every sentence.
func TestAnnotationSize(t *testing.T) {
	sents := annotatedStory(t)
	text, ann := 0, 0
	for _, s := range sents {
		text += len(s.Text)
		ann += len(s.Annotation)
	}
	if ann*2 > text {
		t.Errorf("annotations take %d bytes for %d bytes of text; want under half", ann, text)
	}
	t.Logf("annotation: %d bytes for %d bytes of text (%.0f%%), %.0f bytes a sentence",
		ann, text, 100*float64(ann)/float64(text), float64(ann)/float64(len(sents)))
}

// skipSpace reads ASCII without decoding it; it must skip what the
// tokenizer skips, as decoding every rune does.
func TestSkipSpaceASCII(t *testing.T) {
	slow := func(s string, i int) int {
		for i < len(s) {
			r, w := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsSpace(r) && (r != utf8.RuneError || w > 1) {
				break
			}
			i += w
		}
		return i
	}
	var pieces []string
	for c := 0; c < 256; c++ {
		pieces = append(pieces, string([]byte{byte(c)}))
	}
	pieces = append(pieces, "\u0085", "\u00a0", "\u2003", "\u3000", "é", "’")
	for _, a := range pieces {
		for _, b := range pieces {
			s := a + b + "x"
			if got, want := skipSpace(s, 0), slow(s, 0); got != want {
				t.Errorf("skipSpace(%q) = %d, want %d", s, got, want)
			}
		}
	}
}

// An Annotator that annotates one article after another, its buffers
// reused, writes what Annotate writes of each alone: a long article
// after short ones, short ones after a long one.
func TestAnnotatorReused(t *testing.T) {
	story := loadStory(t)
	articles := [][]briefbot.Sentence{
		article("a", "Vladimir Putin met Mr Nevzlin in Moscow.", "Putin said the company would pay."),
		story,
		article("b", "Leonid Nevzlin spoke.", "He said Nevzlin & Co. would not."),
		article("c", "The University of Chicago said it would."),
	}
	var an Annotator
	for _, art := range articles {
		want := make([]briefbot.Sentence, len(art))
		copy(want, art)
		Annotate(want)
		got := make([]briefbot.Sentence, len(art))
		copy(got, art)
		an.Annotate(got)
		for i := range got {
			if got[i].Annotation != want[i].Annotation {
				t.Errorf("%q: reused Annotator wrote %q, Annotate %q", got[i].Text, got[i].Annotation, want[i].Annotation)
			}
		}
	}
}

// isAllCaps and lowerIs, which spare ASCII their copies, say what their
// definitions say of every word of one or two pieces.
func TestCopyFreeForms(t *testing.T) {
	pieces := []string{"", "a", "A", "z", "Z", "0", "-", ".", "'", "é", "É", "ß", "’", "ʼ", "K", "İ", "\xff", "Ab", "AB", "ab"}
	for _, a := range pieces {
		for _, b := range pieces {
			w := a + b
			if got, want := isAllCaps(w), strings.ToUpper(w) == w && strings.ToLower(w) != w; got != want {
				t.Errorf("isAllCaps(%q) = %v, want %v", w, got, want)
			}
			for _, v := range pieces {
				if got, want := lowerIs(w, v), lower(w) == v; got != want {
					t.Errorf("lowerIs(%q, %q) = %v, want %v", w, v, got, want)
				}
			}
		}
	}
}

// An article the analysis panics on is left unannotated and counted, and
// the articles after it are annotated as if nothing had happened: one
// article cannot stop an index build.
func TestAnnotatorSurvivesAPanic(t *testing.T) {
	sents := append(article("a", "Maria Lopez heads the Chilean delegation."),
		append(article("b", "This article trips a bug."), article("c", "Anna Novak leads the Canadian team.")...)...)
	want := append([]briefbot.Sentence(nil), sents...)
	Annotate(want)
	an := Annotator{beforeArticle: func(ss []briefbot.Sentence) {
		if ss[0].ArticleID == "b" {
			panic("a bug")
		}
	}}
	an.Annotate(sents)
	if an.Failed != 1 {
		t.Errorf("Failed = %d, want 1", an.Failed)
	}
	for i, s := range sents {
		switch {
		case s.ArticleID == "b" && s.Annotation != "":
			t.Errorf("the failed article's sentence %q kept an annotation", s.Text)
		case s.ArticleID != "b" && s.Annotation != want[i].Annotation:
			t.Errorf("sentence %q annotated %q, want %q", s.Text, s.Annotation, want[i].Annotation)
		}
	}
}

// "major", "general" and "principal" are titles only when capitalised: in
// small letters they are adjectives, and the name after them no person's.
func TestAdjectiveTitles(t *testing.T) {
	sents := article("a",
		"Bookings will be taken at the major Manchester hotels.",
		"Major Tom Hall said the plan worked.",
		"The general Bristol area was flooded.",
	)
	Annotate(sents)
	for n, name := range map[int]string{0: "Manchester", 2: "Bristol"} {
		for _, e := range entitiesOf(t, sents[n]) {
			if strings.HasPrefix(e, name+":P") {
				t.Errorf("sentence %d: %s, a person after a lower-case title", n+1, e)
			}
		}
	}
	wantEntities(t, sents, map[int]string{1: "Tom Hall:P"})
	d, _ := decode(sents[1])
	if e := d.ents[0]; nameText(d.toks, e.ti, e.i) != "Major" {
		t.Errorf("titles before Tom Hall = %q, want Major", nameText(d.toks, e.ti, e.i))
	}
}

// A description with an age opening a sentence is the person named
// before: with a title for its head ("The 73-year-old former club
// chairman"), and when the tagger takes the verb after the age for a
// noun ("The 27-year-old believes").
func TestAgedDescription(t *testing.T) {
	sents := article("a",
		"Ken Bates has completed his takeover of the club.",
		"The 73-year-old former club chairman sealed the deal on Friday.",
		"Kelli White was banned in May.",
		"The 27-year-old believes doping is common in sport.",
	)
	Annotate(sents)
	for n, want := range map[int]string{1: "=Ken Bates", 3: "=Kelli White"} {
		got := strings.Join(entitiesOf(t, sents[n]), "|")
		if !strings.Contains(got, want) {
			t.Errorf("sentence %d entities = %s, want one resolved to %s", n+1, got, want[1:])
		}
	}
}

// A description with an age stands for the person named before when a
// connective or an opening phrase comes first ("But the 25-year-old",
// "After recovering from injury, the 31-year-old"), when it owns what
// follows ("The 52-year-old's enthusiasm"), and when a word of the verb
// group follows the age ("The 67-year-old also said"): the reference is
// the age, where the description's words are.
func TestAgedDescriptionPastTheOpening(t *testing.T) {
	sents := article("a",
		"Michael Owen has told the BBC he is happy in Spain.",
		"But the 25-year-old did not rule out a return to England.",
		"Austin Healey has reverted to the wing.",
		"After recovering from a trapped nerve, the 31-year-old is relishing his role.",
		"Jimmy Connors spent three days with the coaches.",
		"The 52-year-old's enthusiasm is in marked contrast to his view of America.",
		"Dustin Hoffman has hit out at current films.",
		"The 67-year-old also said he lost his spark for acting.",
	)
	Annotate(sents)
	wantEntities(t, sents, map[int]string{
		1: "25-year-old:P=Michael Owen|England:L",
		3: "31-year-old:P=Austin Healey",
		5: "52-year-old:P=Jimmy Connors|America:L",
		7: "67-year-old:P=Dustin Hoffman",
	})
}

// The person a description stands for is one the narrative named, not
// one a speaker names inside a quotation.
func TestLastPersonNotQuoted(t *testing.T) {
	sents := article("a",
		"Jimmy Connors has offered to help British tennis.",
		"\"I spent three days with David Felgate and the other coaches,\" he said.",
		"The 52-year-old is a former world number one.",
	)
	Annotate(sents)
	wantEntities(t, sents, map[int]string{
		2: "52-year-old:P=Jimmy Connors",
	})
}

// News introduces its subject by a description and names it at the start
// of the next sentence: "A Norwegian bank has said..." then "Nordvik Bank
// will...". The description stands for that name when the name is of its
// kind and not in the first sentence already; a description ending the
// sentence as its speaker ("..., a transport minister has said.") too.
func TestAnnotateIntroducedNames(t *testing.T) {
	sents := article("a",
		"A Norwegian bank has said it will give $3m to the flood appeal.",
		"Nordvik Bank will put the money in a fund.",
		"Ferries should be free at weekends, a transport minister has said.",
		"Ingrid Solberg said the plan would cost little.",
		"A local radio station is being sued by a listener who says he was misled.",
		"Tomas Berg is taking action against the station.",
		"A novel set in Bergen has won the Nordic prize.",
		"Anna Vik's The Harbour is a story of two sisters.",
		"A writer from Oslo, Erik Dahl, has won the prize.",
		"Erik Dahl said he was delighted.",
	)
	Annotate(sents)
	wantEntities(t, sents, map[int]string{
		0: "bank:O=Nordvik Bank",
		2: "minister:P=Ingrid Solberg",
		4: "",                   // a station is no person
		6: "Bergen:L|Nordic:E",  // a novel is no person
		8: "Oslo:L|Erik Dahl:P", // named already
	})
}

// A capitalised name with a word that only organisations' names hold is
// an organisation's, though it has two or three words, as people's
// names have: a stock exchange, studios, a record label, a central
// bank, a chamber of commerce, a guild; a plural's apostrophe may sit
// inside such a name. In small letters the words name no organisation
// (typeFit reads orgWords, not orgNameWords).
func TestOrganisationNameWords(t *testing.T) {
	sents := article("orgs",
		"The London Stock Exchange rejected the bid.",
		"Bruce Willis is suing Revolution Studios over the injury.",
		"Tony Wilson founded Factory Records in Manchester.",
		"The Federal Reserve raised interest rates.",
		"David Frost leads the British Chambers of Commerce.",
		"The Golden Globes were handed out on Sunday.",
		"The Professional Rugby Players' Association and the Writers' Guild agreed, said the Saints' Kenny Logan.")
	Annotate(sents)
	wantEntities(t, sents, map[int]string{
		0: "London Stock Exchange:O",
		1: "Bruce Willis:P|Revolution Studios:O",
		2: "Tony Wilson:P|Factory Records:O|Manchester:L",
		3: "Federal Reserve:O",
		4: "David Frost:P|British Chambers of Commerce:O",
		5: "Golden Globes:V",
		// A plural's apostrophe inside an organisation's name, not
		// before a person's.
		6: "Professional Rugby Players ' Association:O|Writers ' Guild:O|Saints:E|Kenny Logan:P",
	})
}

func TestItsTitleStandsForTheOrganisation(t *testing.T) {
	a := Answerer{}
	sents := article("diploma",
		"The Qualifications and Curriculum Authority (QCA) has told the government not to compromise.",
		"The QCA said the step-change lay in the integrity of the whole diploma.",
		"\"Any partial implementation would compromise that integrity,\" said its chairman, Sir Anthony Greener.")
	Annotate(sents)
	if got := ask(&a, sents, "Who is the chairman of the Qualifications and Curriculum Authority?"); got.Text != "Sir Anthony Greener" {
		t.Errorf("chairman = %q (%.2f), want Sir Anthony Greener: its chairman is the QCA's", got.Text, got.Score)
	}
	// "its" before no title is a thing's as often: left alone.
	s := analyzeArticle(article("match", "Portsmouth lost when Taylor deflected the shot on its way into the net."))
	for _, e := range s[0].ents {
		if s[0].toks[e.i].low == "its" {
			t.Errorf("\"its way\" resolved to %q", e.full)
		}
	}
}

func TestShortFormDefinedInBrackets(t *testing.T) {
	a := Answerer{}
	sents := article("pensions",
		"The Public and Commercial Services Union (PCS) will co-ordinate any industrial action.",
		"PCS leader Mark Serwotka warned last week that there could be further walkouts.")
	Annotate(sents)
	if got := ask(&a, sents, "Who leads the Public and Commercial Services Union?"); got.Text != "Mark Serwotka" {
		t.Errorf("leader = %q (%.2f), want Mark Serwotka: PCS is the union's short form", got.Text, got.Score)
	}
	toks := analyzeArticle(article("x", "Then the Public and Commercial Services Union met."))[0].toks[2:7]
	if !spellsInitials("pcs", toks) || spellsInitials("csu", toks) || spellsInitials("pxs", toks) {
		t.Error("spellsInitials reads the union's short forms wrongly")
	}
}
