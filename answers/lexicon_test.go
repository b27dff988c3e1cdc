package answers

import "testing"

// The nouns a title is held by are one relation ("chief" for "head"), a
// speech is addressed ("addressed" for "spoke to"), and a match is a game:
// a question worded one way is answered by a sentence worded the other,
// with the confidence of a sentence that covers it.
func TestNewsSynonyms(t *testing.T) {
	sents := article("t",
		"Rowing federation chief Anna Berg says the regatta will go ahead.",
		"Speaking to the city council on Tuesday, Mr Holt said the bridge was safe.",
		"The organisers have called off Saturday's match because of snow.",
		"Karen Dale, who resigned as finance director in May, has joined a rival bank.",
	)
	Annotate(sents)
	wantConfidentAnswers(t, sents, map[string]string{
		"Who is the head of the rowing federation?":          "Anna Berg",
		"On which day did Mr Holt address the city council?": "Tuesday",
		"Why did the organisers call off Saturday's game?":   "because of snow",
		"What job did Karen Dale quit?":                      "finance director",
	})
}

// A party is named by its nickname as often as by its name: the Tories
// are the Conservatives.
func TestPartyNicknames(t *testing.T) {
	sents := article("parties", "The Tories moved their campaign headquarters to Millbank Tower last month.", "Labour stayed where it was.")
	Annotate(sents)
	wantAnswers(t, sents, map[string]string{
		"Where did the Conservatives move their campaign headquarters?": "Millbank Tower",
	})
}

// TestResultsAndRatingsSaidOtherwise: business news words an agency's
// rating in more than one way; "upgraded" asks what "raised" says.
func TestResultsAndRatingsSaidOtherwise(t *testing.T) {
	sents := article("t", "Moody's raised the harbour board's credit rating on Monday.", "Ferry firm Norlink posted a loss.")
	Annotate(sents)
	wantAnswers(t, sents, map[string]string{"Who upgraded the harbour board's credit rating?": "Moody's"})
}

// A verb and its particle match the one word news writes for them: "kick
// in" the date a deal starts, "go up" how much prices rose; and a verb
// with its particle is the question's verb, whatever its form.
func TestPhrasalVerbs(t *testing.T) {
	sents := article("trade", "South Asian leaders signed a free trade deal in Islamabad on Tuesday.",
		"The free trade deal will start in 2006, officials said.",
		"House prices rose by 1.1% in December.")
	Annotate(sents)
	a := Answerer{}
	for q, want := range map[string]string{
		"when does the south asian free trade deal kick in": "2006",
		"how much did house prices go up":                   "1.1%",
	} {
		if got := ask(&a, sents, q); got.Text != want {
			t.Errorf("%s = %q (%.2f), want %q", q, got.Text, got.Score, want)
		}
	}
}

// A skipper is a captain: "Who is the Wallabies skipper?" is answered by
// "Wallabies captain George Gregan".
func TestSkipperIsCaptain(t *testing.T) {
	sents := article("rugby", "The Australian Rugby Union has backed a North-South match to raise funds for the tsunami appeal.",
		"Wallabies captain George Gregan said the charity match was a great initiative.",
		"The game will be played at the Olympic Stadium in Sydney.")
	Annotate(sents)
	wantConfidentAnswers(t, sents, map[string]string{
		"Who is the Wallabies skipper?": "George Gregan",
	})
}

// To portray a character is to play the role: "Which actress did Cate
// Blanchett portray?" is answered by "her role as Katharine Hepburn",
// and "Which actor portrayed Wilson?" by "Steve Coogan, who plays".
func TestPortrayIsPlayARole(t *testing.T) {
	sents := article("film", "Cate Blanchett won best supporting actress for her role as Katharine Hepburn in The Aviator.",
		"The film 24 Hour Party People stars Steve Coogan, who plays Tony Wilson, the founder of Factory Records.")
	Annotate(sents)
	wantConfidentAnswers(t, sents, map[string]string{
		"Which actress did Cate Blanchett portray in The Aviator?": "Katharine Hepburn",
		"Which actor portrayed Tony Wilson?":                       "Steve Coogan",
	})
}

// General English that news uses for one another, in relation groups:
// to face a side is to play or meet it; prices soar, surge or leap as
// they rise, and slump, plunge or slide as they fall; to back a plan is
// to support or endorse it.
func TestNewsRelations(t *testing.T) {
	sents := article("news", "Hingis faces German Marlene Weingartner in the first round in Sydney.",
		"Shares in Marconi soared 12% on Monday after the bid.",
		"Car sales plunged 8% in March, the industry said.",
		"The plan to cut the deficit was supported by the Liberal Democrats.")
	Annotate(sents)
	wantConfidentAnswers(t, sents, map[string]string{
		"Who does Hingis play in the first round?":        "Marlene Weingartner",
		"By how much did Marconi shares rise on Monday?":  "12%",
		"By how much did car sales fall in March?":        "8%",
		"Which party backed the plan to cut the deficit?": "the Liberal Democrats",
	})
}

// More relation groups of general English: to let is to allow; prison
// is jail (and a film released is one that premieres: TestRelated).
func TestLetAndPrison(t *testing.T) {
	sents := article("misc", "The club will let supporters bring flags into the stadium.",
		"Walker spent two years in Spain.",
		"Walker spent 10 years in prison.")
	Annotate(sents)
	wantConfidentAnswers(t, sents, map[string]string{
		"What will the club allow supporters to bring into the stadium?": "flags",
		"How long was Walker jailed?":                                    "10 years",
	})
}

// A newspaper is a daily, a club a side, to overtake is to surpass.
func TestDailyClubOvertake(t *testing.T) {
	wantConfidentAnswersAlone(t, map[string][2]string{
		"Which daily broke the story?":                     {"The story was broken by the Paris newspaper Le Monde, a day before France 2 television ran it.", "Le Monde"},
		"Which club does flanker Johnny Walsh play for?":   {"The only other change to the Ireland side sees Wasps flanker Johnny Walsh replacing Denis Leamy.", "Wasps"},
		"Which channel did Channel 4 overtake in January?": {"Channel 4 surpassed BBC Two in January for the first time.", "BBC Two"},
	})
}

// Sales are turnover, a band a group, awards gongs, a defeat a loss, a
// vow a pledge, worth a value, a ref a referee, an image a photograph,
// an aim a hope.
func TestNewsWordings(t *testing.T) {
	wantConfidentAnswersAlone(t, map[string][2]string{
		"How much were Tesco's sales last year?":         {"Tesco's turnover rose to £33.6bn last year, the retailer said.", "£33.6bn"},
		"When did the band split?":                       {"The group split in 1970 after ten years together.", "1970"},
		"How many awards did The Aviator win?":           {"The Aviator scooped five gongs at the ceremony in London.", "five"},
		"When did Arsenal lose to Chelsea?":              {"Arsenal's defeat by Chelsea came on Sunday.", "Sunday"},
		"What did the Tories vow to scrap?":              {"The Conservatives have pledged to scrap the council tax.", "the council tax"},
		"What is the estimated value of the collection?": {"The collection is worth an estimated £1.2bn.", "£1.2bn"},
		"who was the ref at old trafford":                {"Referee Graham Poll sent off two players at Old Trafford on Sunday.", "Graham Poll"},
		"How much did the photograph sell for?":          {"The image sold for £2,000 at auction.", "£2,000"},
		"What does the club hope to do?":                 {"The club aims to build a new stadium by 2008.", "build a new stadium by 2008"},
	})
}

// A bank is a lender, a fee a charge, a ceremony an event, a tsunami a
// wave, what is owed a debt; to affect is to impact, to win to scoop:
// the sentence in those words answers, over one that shares the
// question's other words.
func TestNewsRelationsInContext(t *testing.T) {
	wantAnswersInArticles(t, map[string]inArticle{
		"How much was the bank fined?":              {"£5m", []string{"The broker was fined £2m last year.", "The lender was fined £5m by the FSA."}},
		"How much will the fee rise?":               {"10%", []string{"The charge will rise by 10%.", "Prices will rise by 2% this year."}},
		"Where will the ceremony be held?":          {"at the Royal Opera House", []string{"The dinner will be held at the Savoy.", "The event will be held at the Royal Opera House."}},
		"When will the ceremony take place?":        {"27 February", []string{"The vote will take place on 1 February.", "The event will take place on 27 February."}},
		"How many people died in the tsunami?":      {"150,000", []string{"The wave left 150,000 people dead.", "Some 5,000 people died in floods last year."}},
		"Which island did the tsunami hit hardest?": {"Sumatra", []string{"The wave hit Sumatra hardest.", "The earthquake hit Java too."}},
		"How much does the club owe?":               {"£60m", []string{"The club's debts stand at £60m.", "The club's wage bill is £20m."}},
		"Which areas will the cuts affect?":         {"rural areas and small towns", []string{"The cuts will impact rural areas and small towns.", "Cities will see new funding."}},
		"What did the film win in Berlin?":          {"the Golden Bear", []string{"The film scooped the Golden Bear in Berlin.", "The film was shown in Cannes."}},
		"Who is the head of the World Bank?":        {"James Wolfensohn", []string{"IMF managing director Rodrigo Rato flew to Jakarta.", "World Bank president James Wolfensohn said the damage was vast."}},
		"who is ibm's tech chief":                   {"John Kelly", []string{"IBM's finance chief Mark Loughridge spoke first.", "IBM's chief of technology John Kelly said the patents would be freed."}},
		"who is the lib dem home affairs spokesman": {"Mark Oaten", []string{"Tory home affairs spokesman David Davis backed the plan.", "Liberal Democrat home affairs spokesman Mark Oaten said the plan was flawed."}},
	})
}

// A chat's words for the news's: the sentence that says "estimates",
// "rise", "biography", "stolen", "dispute" or "sold" answers one that
// says "reckon", "hike", "bio", "nicked", "row" or "flogged", over one
// that shares the question's other words.
func TestChatWordings(t *testing.T) {
	wantAnswersInArticles(t, map[string]inArticle{
		"how much did the spokesman reckon the bank would lose": {"3bn rupees", []string{"The spokesman said the bank lost 2bn rupees in 2003.", "The spokesman estimated the bank would lose 3bn rupees."}},
		"how much will the firm hike fares by":                  {"6%", []string{"Fares were cut by 2% last year, the firm said.", "The firm will raise fares by 6% in January."}},
		"who wrote the churchill bio":                           {"Roy Jenkins", []string{"Churchill led Britain from 1940.", "The biography of Churchill by Roy Jenkins won the prize."}},
		"how many phones got nicked this month":                 {"10,000", []string{"About 500 phones were sold this month.", "Thieves have stolen 10,000 phones this month."}},
		"what is the row between the clubs about":               {"the transfer fee", []string{"The clubs met in the final.", "The dispute between the clubs is about the transfer fee."}},
		"how many copies did the game flog in a week":           {"two million", []string{"The game shipped one million copies in its first week.", "The game sold two million copies in a week."}},
	})
}

// A club by its nickname is the club: the sentence that names Tottenham
// answers a question about Spurs, and one about Everton the sentence
// that says the Toffees, over another club's.
func TestClubNicknames(t *testing.T) {
	wantAnswersInArticles(t, map[string]inArticle{
		"who did martin jol replace at spurs":                  {"Jacques Santini", []string{"Martin Jol replaced Bryan Robson at West Brom in a friendly.", "Martin Jol replaced Jacques Santini at Tottenham in November."}},
		"In what year did Stuart win the FA Cup with Everton?": {"1995", []string{"Stuart won the League Cup with Chelsea in 1998.", "He won the FA Cup with the Toffees in 1995."}},
	})
}

// A programme asked about is the show or series a sentence names.
func TestProgrammeIsShow(t *testing.T) {
	wantConfidentAnswersAlone(t, map[string][2]string{
		"Which show did Matt Lucas co-write?": {"Matt Lucas co-wrote the comedy series Little Britain with David Walliams.", "Little Britain"},
	})
}
