package answers

import (
	"slices"
	"strings"
	"testing"
)

// A what- or which-question about a kind is answered by what the sentence
// says is of that kind, however it says so.
func TestKindOf(t *testing.T) {
	sents := article("kinds", "The duke formed the Northern League as a coalition to oppose the king.",
		"A fleet, the Northern Squadron, blockaded the port.",
		"The oldest building is the Mill House, a museum of weaving since 1920.",
		"Rivers such as the Tamar and the Exe flood every spring.")
	Annotate(sents)
	wantAnswers(t, sents, map[string]string{
		"What coalition opposed the king?":       "the Northern League",
		"What fleet blockaded the port?":         "the Northern Squadron",
		"Which museum has been open since 1920?": "the Mill House",
		"What rivers flood every spring?":        "the Tamar and the Exe",
	})
	// "A third subtype are the γδ T cells" says the cells are a subtype,
	// not the other way round.
	q := analyzeQuestion("What kind of cells recognize intact antigens?")
	sents = article("cells", "A third, minor subtype are the gamma delta T cells that recognize intact antigens.")
	Annotate(sents)
	for _, c := range kindSpans(&q, readSentence(sents[0])) {
		t.Errorf("kind of cell: %q", c.text())
	}
	// "What was the first X?" asks for an X as "Which X was first?"
	// does; "What is X?" of a name asks what it is, no kind.
	sents = article("machines", "Los Alamos installed the Cray-1, a supercomputer, in 1976.")
	Annotate(sents)
	for question, want := range map[string][]string{
		"What was the first supercomputer?": {"the Cray-1"},
		"What is the Cray-1?":               nil,
	} {
		q := analyzeQuestion(question)
		var got []string
		for _, c := range kindSpans(&q, readSentence(sents[0])) {
			got = append(got, c.text())
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: kind spans %q, want %q", question, got, want)
		}
	}
}

// Who someone is: the word for what they do before their name, not what
// they were doing ("was being lowered") nor how they felt ("was uneasy").
func TestWhoSomeoneIs(t *testing.T) {
	sents := article("race", "Officers are looking into the crash that injured Leeds based trainer Tom Farr.",
		"Tom Farr was being led into the paddock at the time.",
		"His sister said Tom Farr was nervous about the race.")
	Annotate(sents)
	a := Answerer{Threshold: 0.01} // whatever its confidence
	if got := ask(&a, sents, "Who was Tom Farr?"); !strings.Contains(got.Text, "trainer") {
		t.Errorf("Who was Tom Farr? = %q (%.2f), want the trainer", got.Text, got.Score)
	}
}

// What something is, a sentence says by an appositive or a copula; the
// subject of a clause after a comma says nothing of it, and no phrase
// merely near its name answers.
func TestWhatSomethingIs(t *testing.T) {
	a := Answerer{Threshold: 0.01} // whatever its confidence
	sents := article("accord", "Ministers urged Norway to join despite its refusal to sign the Varna accord, Downing Street has said.",
		"Talks resume in May.")
	Annotate(sents)
	if got := ask(&a, sents, "What is the Varna accord?"); got.Text != "" {
		t.Errorf("What is the Varna accord? = %q (%.2f), want none", got.Text, got.Score)
	}
	sents = article("accord", "The minister said the country will act on tariffs despite its refusal to sign the Varna accord on port charges.",
		"Talks resume in May.")
	Annotate(sents)
	if got := ask(&a, sents, "What is the Varna accord?"); got.Text != "" {
		t.Errorf("What is the Varna accord? = %q (%.2f), want none: no sentence says what it is", got.Text, got.Score)
	}
	sents = article("accord", "The Varna accord, a trade pact between five ports, was signed in 1990.", "Talks resume in May.")
	Annotate(sents)
	if got := ask(&a, sents, "What is the Varna accord?"); got.Text != "a trade pact between five ports" {
		t.Errorf("What is the Varna accord? = %q (%.2f), want the appositive", got.Text, got.Score)
	}
}

// "X is carrying out a review" says what X does, not what X is: after an
// auxiliary, a verb is no definition.
func TestAuxiliaryIsNoCopula(t *testing.T) {
	sents := article("t", "Brightcom is carrying out a strategic review of the phone market.", "Brightcom is the phone regulator.")
	Annotate(sents)
	var a Answerer
	for _, c := range candidatesOf(&a, sents, "What is Brightcom?") {
		if strings.HasPrefix(c.Text, "carrying") && strings.Contains(c.Rule, "copula") {
			t.Errorf("a definition after an auxiliary: %q (%s)", c.Text, c.Rule)
		}
	}
}

// A title question about one of several people named together is
// answered with that person's title only.
func TestTitleOfTheAskedPerson(t *testing.T) {
	sents := article("t", "The delegation included Foreign Minister Ana Lopez, envoy Mark Dunn and retired Gen. Paul Grant.")
	Annotate(sents)
	q := analyzeQuestion("What is Ana Lopez's title?")
	got := spanTexts(titleSpans(&q, readSentence(sents[0])))
	if !slices.Contains(got, "Foreign Minister") || slices.Contains(got, "envoy") || slices.Contains(got, "retired Gen.") {
		t.Errorf("titles for Ana Lopez = %q, want \"Foreign Minister\" and not the others' titles", got)
	}
}

// The words after a name and a comma are its appositive when they are a
// noun phrase; a verb there is the predicate of a subject set off by
// commas, which says nothing of who the person is.
func TestAppositiveIsANounPhrase(t *testing.T) {
	sents := article("t", "Amanda's uncle, Lewis Champion, told reporters the sentence was too short.",
		"Mara Olsen, chief steward of the guild, spoke first.")
	Annotate(sents)
	q := analyzeQuestion("Who is Lewis Champion?")
	if got := ruleTexts(titleSpans(&q, readSentence(sents[0])), "appositive"); len(got) > 0 {
		t.Errorf("appositives of Lewis Champion = %q, want none: %q is what he did", got, "told reporters...")
	}
	q = analyzeQuestion("Who is Mara Olsen?")
	if got := ruleTexts(titleSpans(&q, readSentence(sents[1])), "appositive"); !slices.Contains(got, "chief steward of the guild") {
		t.Errorf("appositives of Mara Olsen = %q, want %q", got, "chief steward of the guild")
	}
	var a Answerer
	if got := ask(&a, sents, "Who is Lewis Champion?"); got.Text != "Amanda's uncle" {
		t.Errorf("Who is Lewis Champion? = %q (%.2f), want %q", got.Text, got.Score, "Amanda's uncle")
	}
}

// An age set off by commas after a name comes before what the person
// is: "Mr Mousa, 28, a hotel receptionist, ..." is a receptionist, not a
// 28.
func TestAppositivePastAnAge(t *testing.T) {
	sents := article("t", "Father-of-two Mr Mousa, 28, a hotel receptionist, was arrested in Basra.")
	Annotate(sents)
	q := analyzeQuestion("Who is Mr Mousa?")
	if got := ruleTexts(titleSpans(&q, readSentence(sents[0])), "appositive"); !slices.Equal(got, []string{"a hotel receptionist"}) {
		t.Errorf("appositives of Mr Mousa = %q, want %q", got, "a hotel receptionist")
	}
}

// A work is named by a title in quotation marks: the title is answered
// surely enough to pass the shipped threshold, which the gap and chunk
// rules alone do not make it.
func TestQuotedTitles(t *testing.T) {
	var a Answerer // the fitted threshold
	for _, tt := range []struct{ question, sentence, want string }{
		{"What song topped the charts in May?", "The band toured Europe, and \"Blue Harbour\" topped the charts in May.", "Blue Harbour"},
		{"What film won the top prize?", "The top prize went to \"Salt and Iron\", a portrait of a fishing town.", "Salt and Iron"},
	} {
		sents := article("t", tt.sentence, "The festival ends on Sunday.")
		Annotate(sents)
		if got := ask(&a, sents, tt.question); got.Text != tt.want {
			t.Errorf("%q = %q (%.2f), want %q", tt.question, got.Text, got.Score, tt.want)
		}
	}
}

// A name a naming verb gives comes without its quotation marks, single
// ones too.
func TestNamedInQuotes(t *testing.T) {
	for _, sentence := range []string{
		"The renewal is a slow task performed by cells called 'osteoclasts' that digest old bone.",
		"The renewal is a slow task performed by cells called \"osteoclasts\" that digest old bone.",
	} {
		q, rs := ranks(t, "What type of cells digest old bone?", sentence)
		if got := spanTexts(namedSpans(&q, rs[0].s, rs[0].matches)); !slices.Contains(got, "osteoclasts") {
			t.Errorf("named spans of %q = %q, want osteoclasts", sentence, got)
		}
	}
}

// TestRestatedSpans: what a sentence equates with the question's own
// phrase, each way it can say so, and nothing when it does not restate it.
func TestRestatedSpans(t *testing.T) {
	tests := []struct {
		question, sentence string
		want               string // "" for no candidate
	}{
		{"What is the oldest bridge in the harbour?", "The Kettle Bridge is the oldest bridge in the harbour.", "The Kettle Bridge"},
		{"What is the oldest bridge in the harbour?", "The Kettle Bridge (1810) is the oldest bridge in the harbour.", "The Kettle Bridge"},
		{"What was the name of the old river prison?", "Skarn, an old river prison now used as a museum, opens on Friday.", "Skarn"},
		{"What is the largest port of the region?", "Boats sail from the largest port of the region, Velmar, every day.", "Velmar"},
		{"What is a fuel made from algae?", "The lab tests fuels made from algae such as green diesel.", "green diesel"},
		{"What is another word for the drive shaft?", "The motor turns the drive shaft (spindle) slowly.", "spindle"},
		{"What is the oldest bridge in the harbour?", "The Kettle Bridge (Welsh: Pont (listen)) is the oldest bridge in the harbour.", "The Kettle Bridge"},
		{"What is the oldest bridge in the harbour?", "The Kettle Bridge, also known as Old Span, is the oldest bridge in the harbour.", "The Kettle Bridge"},
		{"What is the largest town of the island?", "Velmar is the capital and largest town of the island.", "Velmar"},
		{"What is the name of the Danish anti-whaling film?", "Crowds watched \"The Last Harpoon\", a Danish anti-whaling film, on Friday.", "The Last Harpoon"},
		{"What is the oldest bridge in the harbour?", "The harbour has many bridges, all of them new.", ""},
	}
	for _, tt := range tests {
		q, rs := ranks(t, tt.question, tt.sentence)
		got := spanTexts(restatedSpans(&q, rs[0].s, rs[0].matches))
		if tt.want == "" && len(got) > 0 || tt.want != "" && !slices.Contains(got, tt.want) {
			t.Errorf("restated spans of %q for %q = %q, want %q", tt.sentence, tt.question, got, tt.want)
		}
	}
}

// Asked for a thing of a kind ("What court...?", "Which film...?"), a
// name that holds the kind's noun ("the Harbour Court of Appeal") or that
// the noun introduces ("the film Romancing The Stone", its title whole)
// is offered as such a thing.
func TestNameOfTheKindAsked(t *testing.T) {
	tests := []struct{ sentence, question, want string }{
		{"Lawyers said the Harbour Court of Appeal could overturn the fishing ban.", "What court could overturn the ban?", "Harbour Court of Appeal"},
		{"Critics loved the adventure film Romancing The Stone in 1984.", "Which film did critics love?", "Romancing The Stone"},
		{"Fans bought the album Hopes and Fears back then.", "Which album did fans buy?", "Hopes and Fears"},
		{"Settlers founded the small colony of Port Ellery, today a ferry town.", "What was the name of the first coastal colony?", "Port Ellery"},
		// The name set off by a comma; and the title of a work is its name.
		{"Her third novel, Salt Harbour, sold well.", "What was the title of Ana Costa's third novel?", "Salt Harbour"},
	}
	for _, tt := range tests {
		sents := article("kind", tt.sentence)
		Annotate(sents)
		s, _ := decode(sents[0])
		q := analyzeQuestion(tt.question)
		var got []string
		for _, c := range namedSpans(&q, &s, nil) {
			got = append(got, c.text())
		}
		if !slices.Contains(got, tt.want) {
			t.Errorf("%q in %q: named %q, want %q among them", tt.question, tt.sentence, got, tt.want)
		}
	}
}

// A comma in a list is no appositive: "Denmark, Finland and Iceland" says
// nothing Denmark is. One after a name and before a phrase about it is.
func TestListIsNoAppositive(t *testing.T) {
	for _, tt := range []struct {
		question, sentence, not, want string
	}{
		{"What is Denmark?", "The fund supports schools in Norway, Denmark, Finland, Estonia and Iceland.", "Finland", ""},
		{"What is Denmark?", "The fund supports schools in Norway, Denmark, Finland and Iceland.", "Finland and Iceland", ""},
		{"What is Velmar?", "Boats sail from Velmar, the largest port of the region, every day.", "", "the largest port of the region"},
		{"What is muktuk?", "Elders served muktuk, a dish made from seal, whale and caribou fat.", "", "a dish made from seal"},
	} {
		q, rs := ranks(t, tt.question, tt.sentence)
		got := ruleTexts(definitions(&q, rs[0].s, rs[0].matches), "appositive")
		if tt.not != "" && slices.Contains(got, tt.not) || tt.want != "" && !slices.Contains(got, tt.want) {
			t.Errorf("%q: appositives %q (want %q, not %q)", tt.sentence, got, tt.want, tt.not)
		}
	}
}

// "In which case...?" is answered by a case's name, its parties on either
// side of "v", small words within a name and all, not a nationality after
// it.
func TestCaseNames(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"In Van Gend en Loos v Nederlandse Administratie der Belastingen it was held that the Treaties apply.", "Van Gend en Loos v Nederlandse Administratie der Belastingen"},
		{"For instance, in Commission v France French farmers blocked the trucks.", "Commission v France"},
		{"The court heard Steymann v Staatssecretaris van Justitie in 1988.", "Steymann v Staatssecretaris van Justitie"},
	} {
		toks := taggedTokens(tt.text)
		var got []string
		for _, sp := range caseNames(toks) {
			a, b := trim(toks, sp[0], sp[1])
			got = append(got, spanText(tt.text, toks, a, b))
		}
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("case names of %q = %q, want %q", tt.text, got, tt.want)
		}
	}
	sents := article("t", "In Commission v Austria the Court held that Austria could not keep places at its universities for Austrians.", "The ruling was welcomed.")
	Annotate(sents)
	a := Answerer{Threshold: pickAny}
	if got := ask(&a, sents, "In which case did the Court rule on places at Austrian universities?"); got.Text != "Commission v Austria" {
		t.Errorf("answered %q (%.2f), want Commission v Austria", got.Text, got.Score)
	}
}

// The numbers that label things of a kind run on through brackets and
// joiners: "101(1)", "4 and 5", "1 to 7".
func TestNumberedEnd(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"prohibited in Article 101(1), including price fixing", "Article 101(1)"},
		{"TEU articles 4 and 5 state that", "articles 4 and 5"},
		{"Regulation articles 1 to 7 set out", "articles 1 to 7"},
		{"article 66 made provisions", "article 66"},
	} {
		toks := taggedTokens(tt.text)
		k := slices.IndexFunc(toks, func(t token) bool { return t.low == "article" || t.low == "articles" })
		if got := spanText(tt.text, toks, k, numberedEnd(toks, k+1)); got != tt.want {
			t.Errorf("%q: %q, want %q", tt.text, got, tt.want)
		}
	}
}

// Asked what a short form stands for, the answer is the name whose
// initials spell it, though that name matches the short form itself; a
// phrase naming the story ("in the bird count story") says where to look,
// and the sentence need not hold it.
func TestShortFormSpelledOut(t *testing.T) {
	sents := article("t",
		"Volunteers counted more than 500,000 sparrows this winter.",
		"The survey is run every January by the Royal Society for the Protection of Birds (RSPB).",
		"The RSPB said gardens matter more than ever for birds.",
	)
	Annotate(sents)
	wantConfidentAnswers(t, sents, map[string]string{
		"What does RSPB stand for?":                        "Royal Society for the Protection of Birds",
		"what does rspb stand for in the bird count story": "Royal Society for the Protection of Birds",
	})
}

// The name a short form spells may end a longer run of capitals, when the
// short form follows it in brackets ("the Mobile PC Extended Battery Life
// (EBL) Working Group"); the words after "stand for" say where to look,
// so a sentence that spells the short form out answers before one that
// shares them ("on the DEC site ... online appeals"); and a short form
// typed in small letters stays one when the question's other words get
// their capitals back.
func TestShortFormSpelledOutWhereverItIs(t *testing.T) {
	sents := article("t",
		"Laptops use too much power, Intel says.",
		"This work has led to the creation of the Mobile PC Extended Battery Life (EBL) Working Group that shares information.",
		"An umbrella organisation called the Disasters Emergency Committee (DEC) has been set up by 12 charities.",
		"BT took over the secure payments on the DEC site and supported phone and online appeals after the tsunami.",
	)
	Annotate(sents)
	wantConfidentAnswers(t, sents, map[string]string{
		"What does EBL stand for?":                      "Extended Battery Life",
		"ebl working group - what does ebl stand for":   "Extended Battery Life",
		"what does DEC stand for in the tsunami appeal": "Disasters Emergency Committee",
	})
}

// A short form may be spelt out by a name that gives it more than one
// letter a word ("UK Internet Forum" for UKIF), or by the name set beside
// it, in apposition or in brackets, whose initials it does not spell one
// word a letter ("Council of European National Top Level Domain
// Registries" for CENTR); and a question that calls it an acronym asks
// for its expansion whatever its verb ("refer to").
func TestShortFormSpelledOutLoosely(t *testing.T) {
	sents := article("t",
		"But the UK Internet Forum, known as UKIF, is concerned that scammers will create fake sites.",
		"CENTR, the Council of European National Top Level Domain Registries, agrees.",
		"Airbus is owned by the European Aeronautic Defence and Space Company (EADS) and BAE Systems.",
	)
	Annotate(sents)
	wantConfidentAnswers(t, sents, map[string]string{
		"What does UKIF stand for?":                          "UK Internet Forum",
		"What organisation does the acronym CENTR refer to?": "Council of European National Top Level Domain Registries",
		"What does EADS stand for?":                          "European Aeronautic Defence and Space Company",
	})
}

// A name set off after the noun asked about, with its article, is one of
// that kind: "the opening tournament, the Dubai Sevens, which starts on
// Thursday".
func TestNamedAfterCommaAndArticle(t *testing.T) {
	sents := article("t",
		"Lara Voss will captain Norway in the season's opening tournament, the Oslo Cup, which starts on Friday.",
	)
	Annotate(sents)
	wantConfidentAnswers(t, sents, map[string]string{"Which tournament will Lara Voss captain Norway in?": "Oslo Cup"})
}

// What a named firm or body is, news often says in the nouns before its
// name ("media regulator Ofcom"): the kind-before rule answers with them,
// from a noun of a kind of organisation or thing back to a determiner,
// "and" or a comma, and not from a noun that names no kind.
func TestKindBeforeName(t *testing.T) {
	var a Answerer
	for _, tt := range []struct{ sentence, question, want string }{
		{"Media regulator Ofcom said it would look at the deal.", "What is Ofcom?", "Media regulator"},
		{"Shares rose after the low-cost airline Zephair said profits grew.", "What is Zephair?", "low-cost airline"},
		{"Wireless provider Broadreach and net telephony firm Talkly signed a deal.", "What is Talkly?", "net telephony firm"},
	} {
		sents := article("a", "Markets were quiet on Monday.", tt.sentence)
		Annotate(sents)
		if got := ask(&a, sents, tt.question); got.Text != tt.want {
			t.Errorf("%q of %q = %q (%.2f), want %q", tt.question, tt.sentence, got.Text, got.Score, tt.want)
		}
	}
	sents := article("a", "Markets were quiet on Monday.", "Regulators looked into the data breach Zephair reported.")
	Annotate(sents)
	for _, c := range candidatesOf(&a, sents, "What is Zephair?") {
		if strings.Contains(c.Rule, "kind-before") {
			t.Errorf("kind-before candidate %q before a noun of no kind", c.Text)
		}
	}
	// A name that qualifies the noun asked about is not what is asked.
	sents = article("a", "Markets were quiet on Monday.", "Graham Cluley, senior technology consultant at security firm Sofos, said so.")
	Annotate(sents)
	for _, c := range candidatesOf(&a, sents, "What is the Sofos senior technology consultant?") {
		if strings.Contains(c.Rule, "kind-before") {
			t.Errorf("kind-before candidate %q for a noun the name qualifies", c.Text)
		}
	}
}

// Asked what a name is, the definition rules do not answer with the next
// name of a list after it, with the name of a noun it only qualifies, with
// the words after the dash that closes an aside it is in, nor with a
// copula's comparison or plan.
func TestDefinitionOfANameIsNoNeighbour(t *testing.T) {
	var a Answerer
	for _, tt := range []struct{ sentence, question, bad string }{
		{"It started a campaign against operators of Zapshare, eDonkey and DirectConnect peer-to-peer networks.", "What is Zapshare?", "eDonkey"},
		{"Schools were singled out by Edwatch chief, David Bell, for not doing enough.", "What is Edwatch?", "David Bell"},
		{"He handed his stake in holding company Group Menatep - which controls Novoil - to Leonid Nevzlin.", "What is Novoil?", "Leonid Nevzlin"},
		{"Although Nintendo is aiming for younger players, the Gamebox is more for older gamers.", "What is the Gamebox?", "older gamers"},
		{"Tunebox is due to launch a new rental subscription service next month.", "What is Tunebox?", "rental subscription service"},
	} {
		sents := article("a", "Markets were quiet on Monday.", tt.sentence)
		Annotate(sents)
		for _, c := range candidatesOf(&a, sents, tt.question) {
			if strings.Contains(c.Text, tt.bad) && c.Score >= DefaultThreshold {
				t.Errorf("%q of %q: %q (%.2f, %s)", tt.question, tt.sentence, c.Text, c.Score, c.Rule)
			}
		}
	}
	// After an aside closed, a dash opens an explanation again.
	sents := article("a", "Markets were quiet on Monday.", "Group Menatep - a holding company - owns Novoil - a Siberian oil producer.")
	Annotate(sents)
	found := false
	for _, c := range candidatesOf(&a, sents, "What is Novoil?") {
		found = found || strings.Contains(c.Text, "Siberian oil producer") && strings.Contains(c.Rule, "appositive")
	}
	if !found {
		t.Error("no explanation after the dash that follows a closed aside")
	}
}

// Asked what injury someone has, the answer is the phrase that names it,
// its noun and all ("a hamstring injury") or a part of the body a word of
// harm qualifies ("a broken wrist"), never a name near it: "Leeds" of
// "The only worry for Leeds was..." is not the subject the sentence says
// was an injury. "What virus...?" asks for a name, not for an injury.
func TestInjuryPhrase(t *testing.T) {
	sents := article("injuries", "The only worry for Leeds was a hamstring injury suffered by Jones.",
		"Captain Tom Hardy has been ruled out of the final with a broken wrist.",
		"Reed had a problem with the club and a stomach virus.")
	Annotate(sents)
	wantAnswers(t, sents, map[string]string{
		"What injury did Jones suffer?":                     "a hamstring injury",
		"What injury has ruled Tom Hardy out of the final?": "a broken wrist",
	})
	q := analyzeQuestion("What injury did Reed have?")
	var got []string
	for _, c := range injurySpans(&q, readSentence(sents[2])) {
		got = append(got, c.text())
	}
	if !slices.Equal(got, []string{"a stomach virus"}) {
		t.Errorf("injuries of Reed: %q, want only \"a stomach virus\"", got)
	}
	q = analyzeQuestion("What virus did Reed have?")
	if c := injurySpans(&q, readSentence(sents[2])); len(c) > 0 {
		t.Errorf("What virus...? asks for a name, yet the injury rule offers %q", c[0].text())
	}
	for _, c := range candidatesOf(&Answerer{Threshold: 0.01}, sents, "What injury did Jones suffer?") {
		if c.Text == "Leeds" && strings.Contains(c.Rule, "kind") {
			t.Errorf("What injury did Jones suffer? has the subject %q (%s, %.2f)", c.Text, c.Rule, c.P)
		}
	}
}

// Asked why someone missed something, an injury the sentence gives is
// the reason, a noun phrase though it is: "a knee injury", not the whole
// clause the reason rules take ("after missing out on the tour with a
// knee injury, Tindall says..."). A reason that is no injury is still a
// clause.
func TestInjuryAsReason(t *testing.T) {
	sents := article("injuries", "But after missing out on the 2001 tour to Australia with a knee injury, Tindall says he will be happy just to play.",
		"Stuart has been out of the Charlton side for the past three months with a back problem.",
		"The club rejected the offer because it undervalued the business.")
	Annotate(sents)
	wantAnswers(t, sents, map[string]string{
		"Why did Tindall miss the 2001 tour to Australia?":               "a knee injury",
		"Why has Stuart been out of the Charlton side for three months?": "a back problem",
		"Why did the club reject the offer?":                             "because it undervalued the business",
	})
}

// Asked what injury someone has, only a phrase that names one answers:
// a sentence that says the player is out but not why says nothing of it.
func TestInjuryAskedIsNamed(t *testing.T) {
	const q = "What injury does Matthew Upson have?"
	out := article("out", "Injured Rio Ferdinand was left out, and Matthew Upson has already pulled out of the squad.")
	Annotate(out)
	wantAnswers(t, out, map[string]string{q: ""})
	named := article("named", "Matthew Upson has already pulled out of the squad with a hamstring injury.")
	Annotate(named)
	wantAnswers(t, named, map[string]string{q: "a hamstring injury"})
}

// An injury is named by a harm verb and a part of the body ("tore a
// pectoral muscle"), by a team sheet's bracket after the name ("Gavin
// Williams (ankle)"), or by "a dead leg".
func TestInjuryByVerbOrBracket(t *testing.T) {
	sents := article("injuries", "Hodges tore a pectoral muscle against the Ospreys on Boxing Day.",
		"West Ham's Gavin Williams (ankle) looks certain to be out.",
		"Jamie Noon limped off against Saracens with a dead leg.")
	Annotate(sents)
	wantAnswers(t, sents, map[string]string{
		"What injury did Hodges suffer on Boxing Day?":        "a pectoral muscle",
		"What injury is expected to keep Gavin Williams out?": "ankle",
		"What injury forced Jamie Noon to limp off?":          "a dead leg",
	})
}

// Asked which paper, channel, tournament or firm, the answer is a name
// its mark shows: a masthead word ends it ("the Scottish Daily Mail"), a
// broadcaster's word is in it ("BBC Two", "Channel 4"), a competition's
// ("the Belgian Open") or a company's ("Lionhead Studios") ends it. A
// sentence seldom says "the newspaper" or "the channel" before it.
func TestMarkedKindNames(t *testing.T) {
	wantAnswersInArticles(t, map[string]inArticle{
		"which paper did williams speak to": {answer: "Scottish Daily Mail", sents: []string{
			"But Nigel Williams told the Scottish Daily Mail that he had spoken to the coach at the dinner.",
			"The coach denied it."}},
		"Which channel did Little Britain move to?": {answer: "BBC Two", sents: []string{
			"Little Britain moved to BBC Two last year, after a run on BBC Three.",
			"Its writers said they were delighted."}},
		"which tournament did she hurt her wrist at": {answer: "Belgian Open", sents: []string{
			"Clijsters hurt her wrist at the Belgian Open in October and has not played since.",
			"She hopes to return in the spring."}},
		"Which games studio does Molyneux run?": {answer: "Lionhead Studios", sents: []string{
			"Peter Molyneux, head of Surrey's Lionhead Studios, said the game would be out in March.",
			"Sales were strong."}},
	})
	for k, c := range []struct {
		sentence string
		want     int
	}{
		{"It was carried by the Guardian and the Daily Mirror, said Channel 4.", 2},
		{"It was carried by Channel 4 and BBC Radio Five Live, said the Sun.", 2},
		{"Gebrselassie won the Dubai Marathon before the Belgian Open began.", 2},
		{"Shares in Lionhead Studios and Acme Holdings rose, said John Smith.", 2},
	} {
		if got := (&markedKinds[k]).spans(readArticle(c.sentence)[0]); len(got) != c.want {
			t.Errorf("%q: %d names of the kind, want %d", c.sentence, len(got), c.want)
		}
	}
}
