package answers

import (
	"slices"
	"strings"
	"testing"
)

func TestCleanQuestion(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<@U024BE7LH> who leads the Russian delegation?", "who leads the Russian delegation"},
		{"@briefbot hi, please, when did Rubio talk to reporters?? thanks!", "when did Rubio talk to reporters"},
		{"Hey bot: can you tell me who heads the Ukrainian team", "who heads the Ukrainian team"},
		{"What did Ukraine accept? https://example.com/story", "What did Ukraine accept"},
		{"Do you know where the talks are?", "where the talks are"},
		{"   ", ""},
		{"whos leading the Russian delegation?", "who's leading the Russian delegation"},
		{"Whats the venue?", "What's the venue"},
		{"where r the talks, do u know", "where are the talks, do you know"},
		{"why isnt putin going", "why isn't putin going"},
		{"how'd howard describe blair's govt", "how did howard describe blair's government"},
		{"Why'd Koeman leave? where’d he go", "Why did Koeman leave? where did he go"},
		{"who'd she beat in the final", "who did she beat in the final"},
		{"Who'd replace him?", "Who would replace him"},
		{"whats between the two party hq lol", "what's between the two party headquarters"},
		{"how many uni students abt", "how many university students about"},
		{"who's the home sec", "who's the home secretary"},
		{"henri de bodinat is vp of which consultancy", "henri de bodinat is vice president of which consultancy"},
		{"what % backed it", "what percentage backed it"},
		{"max jail time? aussie sales over xmas", "maximum jail time? australian sales over christmas"},
		{"final score v arsenal?", "final score against arsenal"},
		{"When is Scotland v Italy?", "When is Scotland v Italy"},
		{"how much did the dollar lose vs the euro in q4", "how much did the dollar lose against the euro in fourth quarter"},
		// Short forms that are also names or units are read so only in a
		// question typed in small letters throughout.
		{"turkish pm w the most votes in dec", "turkish prime minister with the most votes in december"},
		{"Met PM in Dec", "Met PM in Dec"},
		{"last cup win w/o henman, tested at heathrow n gatwick", "last cup win without henman, tested at heathrow and gatwick"},
		{"eu asylum + immigration rules", "eu asylum and immigration rules"},
		{"Talks with N Korea", "Talks with N Korea"},
		{"y is africa important to brown", "why is africa important to brown"},
		{"Generation Y buyers", "Generation Y buyers"},
		// "gm" is a general manager where a title stands, after what he
		// manages; General Motors elsewhere.
		{"nintendo europe gm name", "nintendo europe general manager name"},
		{"who is the gm of nintendo europe", "who is the general manager of nintendo europe"},
		{"gm net profit in q4?", "gm net profit in fourth quarter"},
		{"sales at gm europe", "sales at gm europe"},
		{"who is sony's cto", "who is sony's chief technology officer"},
		// In capitals, a title's short form after "the", a nationality
		// or an owner is the title; after a number, a time.
		{"Turkish PM in Dec", "Turkish prime minister in Dec"},
		{"Who is the Turkish PM?", "Who is the Turkish prime minister"},
		{"Who is Vodafone's CEO?", "Who is Vodafone's chief executive"},
		{"Who is Vodafone’s CEO?", "Who is Vodafone’s chief executive"},
		{"Who spoke at the 3 PM briefing?", "Who spoke at the 3 PM briefing"},
		{"which gaming co got the rights acc to the org cttee", "which gaming company got the rights according to the organisation committee"},
		{"acc number of the co", "acc number of the company"},
		// Short forms of one reading, in any case: "gonna", "wks", "w/".
		{"who's gonna lead the talks in 2 wks w/ putin", "who's going to lead the talks in 2 weeks with putin"},
		{"what happened on tues, weds and thurs", "what happened on tuesday, wednesday and thursday"},
		// A short form before a possessive: "govt's", "dept’s".
		{"which dept's plan, the govt’s or the pm's", "which department's plan, the government’s or the prime minister's"},
		{"y's the u's role unclear", "y's the u's role unclear"},
		// "no" before "of" is a number: "no of lawsuits".
		{"no of lawsuits filed", "number of lawsuits filed"},
		{"No of jobs cut?", "Number of jobs cut"},
		{"no one knows, no way of telling", "no one knows, no way of telling"},
		// A question typed as the noun phrase it asks about: "name of
		// the judge" asks the judge's name; "Name the judge" commands.
		{"name of the texas judge", "what is the name of the texas judge"},
		{"Names of the two auditors?", "What are the names of the two auditors"},
		{"Name the judge.", "Name the judge"},
		{"named after whom", "named after whom"},
		{"who was mc at her bday rn, paid in $", "who was master of ceremonies at her birthday right now, paid in dollars"},
		{"Who was MC? pics", "Who was MC? pictures"},
		{"what op did his gf have, which mag", "what operation did his girlfriend have, which magazine"},
		// Thousands as chat types them; under a hundred, as often
		// kilometres.
		{"when did malicious programs top 100k", "when did malicious programs top 100,000"},
		{"how long before his 50k walk", "how long before his 50k walk"},
		{"Didnt Rubio say, why wont they come? Shouldnt they?", "Didn't Rubio say, why won't they come? Shouldn't they"},
		{"Which R&B singer won? Is U2 there? Were the results in?", "Which R&B singer won? Is U2 there? Were the results in"},
		{"Ｗｈｏ　ｌｅａｄｓ ｔｈｅ Ｒｕｓｓｉａｎ ｄｅｌｅｇａｔｉｏｎ？", "Who leads the Russian delegation"},
		// Capitals throughout, or on every word, say nothing of names.
		{"Where Are The Talks Being Held?", "where are the talks being held"},
		{"WHO LEADS THE RUSSIAN DELEGATION?", "who leads the russian delegation"},
		{"Whos Leading The Russian Side", "who's leading the russian side"},
		{"Marco Rubio's Title?", "Marco Rubio's Title"}, // no small word capitalised: names may be all there is
		{"Who Is Marco Rubio?", "who is marco rubio"},
		{"Who leads NATO?", "Who leads NATO"},
	}
	for _, tt := range tests {
		if got := cleanQuestion(tt.in); got != tt.want {
			t.Errorf("cleanQuestion(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAnalyzeQuestion(t *testing.T) {
	tests := []struct {
		q          string
		wh         string
		want       answerType
		form       questionForm
		verb       string // stem of the main verb, "" when none or light
		definition bool
	}{
		{"Who leads the Russian delegation?", "who", typePerson, formSubject, "lead", false},
		{"Who heads the Ukrainian team?", "who", typePerson, formSubject, "head", false},
		// An adverb between the noun and its verb: the noun is no verb.
		{"What museum currently houses the collection?", "what", typeOther, formSubject, stem("houses"), false},
		{"What ferry mostly carries trucks?", "what", typeOther, formSubject, stem("carries"), false},
		{"Who is Vladimir Medinsky?", "who", typeTitle, formCopula, "", true},
		// A surname spelt as a month or a title is a name, as in the
		// sentences: still a definition.
		{"Who is Theresa May?", "who", typeTitle, formCopula, "", true},
		{"Who is Mervyn King?", "who", typeTitle, formCopula, "", true},
		{"Who is the director of the museum?", "who", typePerson, formCopula, "", false},
		{"Whose invitation did Putin decline?", "whose", typePerson, formObject, "declin", false},
		{"What did Ukraine accept?", "what", typeOther, formObject, "accept", false},
		{"What poet wrote the ballad?", "what", typePerson, formSubject, "writ", false},
		{"Which Scottish philosophers did Agassiz read?", "which", typePerson, formObject, "read", false},
		// A name or a nationality before a noun of people, however it is
		// tagged: "player" and "councillor" read as titles.
		{"Which French player kicked four penalties?", "which", typePerson, formSubject, stem("kicked"), false},
		{"Which Highland councillor defended the minister?", "which", typePerson, formSubject, stem("defended"), false},
		{"Which US entrepreneur bought the company?", "which", typePerson, formSubject, stem("bought"), false},
		// A noun taken for a verb before the question's verb is the noun
		// asked about.
		{"Which Motown hit topped the charts?", "which", typeOther, formSubject, stem("topped"), false},
		// A member of a nation or a party is somebody, whatever the verb.
		{"Which American won the race?", "which", typePerson, formSubject, stem("won"), false},
		{"Which Conservative criticised the plan?", "which", typePerson, formSubject, stem("criticised"), false},
		// A noun before the noun of a type qualifies it.
		{"Which security company does Kevin Hogan work for?", "which", typeOrg, formObject, "work", false},
		{"What southern city did the Huguenots settle near?", "what", typePlace, formObject, "settl", false},
		{"What are ridings?", "what", typeOther, formCopula, "", true},
		{"What are returning officers?", "what", typeOther, formCopula, "", true},
		{"What are protesters demanding?", "what", typeOther, formObject, "demand", false},
		// A known verb after "did" and a name is the question's verb,
		// whatever word follows it.
		{"How did Kachmar describe school?", "how", typeManner, formObject, "describ", false},
		{"How did the producers characterise his comments?", "how", typeManner, formObject, stem("characterise"), false},
		{"How did critics portray the film?", "how", typeManner, formObject, stem("portray"), false},
		// A verb of saying in the clause that picks out the thing asked
		// about makes no quotation question.
		{"What was the only language the children spoke?", "what", typeOther, formObject, "speak", false},
		// A subject with a phrase of its own, then the verb.
		{"What are the ethnic Albanians in Kosovo pushing for?", "what", typeOther, formObject, "push", false},
		{"What is another term for the pivot mounting?", "what", typeOther, formCopula, "", false},
		// A number asked for is no definition.
		{"What is the unemployment rate?", "what", typeCount, formCopula, "", false},
		// Nor is a noun phrase alone whose common noun follows a name:
		// it asks the name's one. Written out, the noun is a thing of
		// that name.
		{"UWB range", "what", typeOther, formCopula, "", false},
		{"Kodak Theatre capacity", "what", typeCount, formCopula, "", false},
		{"What is the Varna accord?", "what", typeOther, formCopula, "", true},
		{"What is European Union law?", "what", typeOther, formCopula, "", true},
		// A word in -s after "be" and a modifier is a plural noun, even
		// one that can be a verb of saying.
		{"What are native claims?", "what", typeOther, formCopula, "", true},
		{"What are Harvard's Pell grant reserves?", "what", typeOther, formCopula, "", false},
		// A verb of saying after a noun the wh-word takes, or after a
		// determiner, is no quotation asked for.
		{"Which think-tank wrote the report?", "which", typeOther, formSubject, "writ", false},
		{"What did the report say?", "what", typeQuote, formObject, "", false},
		{"What did Mayor Duarte tell the drivers?", "what", typeQuote, formObject, "tell", false},
		{"What did Rubio say?", "what", typeQuote, formObject, "", false},
		{"What was the total cost of fraud reported by consumers?", "what", typeMoney, formCopula, "", false},
		{"What was said by Rubio?", "what", typeQuote, formSubject, "", false},
		// Told to do something is an instruction, not words said.
		{"What are ticket holders told to do?", "what", typeOther, formObject, "tell", false},
		{"What did Marsh do at sea?", "what", typeOther, formObject, "", false},
		{"What is Marco Rubio's title?", "what", typeTitle, formCopula, "", false},
		{"What is the most common cause of road closures?", "what", typeOther, formCopula, "", false},
		{"The charter was first signed in what city?", "what", typePlace, formObject, "sign", false},
		{"Snow is the most common cause of what?", "what", typeOther, formObject, "", false},
		{"What are HABs?", "what", typeOther, formCopula, "", true},
		{"In which city did Trump talk to reporters?", "which", typePlace, formObject, "talk", false},
		{"When was Putin born?", "when", typeDate, formObject, "bear", false},
		{"When did Rubio talk to reporters in Antalya?", "when", typeDate, formObject, "talk", false},
		{"Where is the Kremlin's delegation meeting the Ukrainians?", "where", typePlace, formObject, "meet", false},
		{"Why did Putin decline the invitation?", "why", typeReason, formObject, "declin", false},
		{"How did the workers reduce the dust?", "how", typeManner, formObject, "reduc", false},
		// Other ways of asking why and how.
		// (A clause in the order of a statement has no form of its own.)
		{"How come Putin declined the invitation?", "why", typeReason, formOther, "", false},
		{"In what way did the workers reduce the dust?", "what", typeManner, formObject, "reduc", false},
		{"By what method did the workers reduce the dust?", "what", typeManner, formObject, "reduc", false},
		{"How many lower-level officials did Putin appoint as experts?", "how many", typeCount, formObject, "appoint", false},
		{"How much does a membership cost?", "how much", typeMoney, formObject, "cost", false},
		// A price, a profit: sums, even as the last of two nouns; a noun
		// before another one is not the one asked about.
		{"What is Harlow's share price?", "what", typeMoney, formCopula, "", false},
		// A sum or a count whose noun is qualified, after "the".
		{"What is the minimum wage?", "what", typeMoney, formCopula, "", false},
		{"What is the inflation rate in Britain?", "what", typeCount, formCopula, "", false},
		{"What is the interest rate?", "what", typeCount, formCopula, "", false}, // no superlative
		{"What is the UK inflation rate?", "what", typeCount, formCopula, "", false},
		// A time after the phrase says when; its noun is no head.
		{"What was the inflation rate last year?", "what", typeCount, formCopula, "", false},
		{"What was the jobless total this week?", "what", typeCount, formCopula, "", false},
		// Measures news gives as numbers: growth, a score.
		{"What was the score in Vos's win?", "what", typeCount, formCopula, "", false},
		{"What growth is the bank forecasting?", "what", typeCount, formObject, "forecast", false},
		{"What is personal income?", "what", typeOther, formCopula, "", true},
		// A total, a rate, a turnout: numbers.
		{"What was the turnout in the election?", "what", typeCount, formCopula, "", false},
		{"What is the capacity of the Kodak Theatre?", "what", typeCount, formCopula, "", false},
		{"What was the show's audience at its peak?", "what", typeCount, formCopula, "", false},
		{"What was the total of grants awarded by the fund?", "what", typeCount, formCopula, "", false},
		{"How much were Kestrel's pre-tax profits?", "how much", typeMoney, formCopula, "", false},
		{"What earnings growth does Kestrel forecast?", "what", typeCount, formObject, "", false}, // growth, not money
		{"How large were Kestrel's debts?", "how large", typeMoney, formCopula, "", false},
		{"How large was the crowd?", "how large", typeQuantity, formCopula, "", false},
		{"What country initially received the refugees?", "what", typePlace, formSubject, "receiv", false},
		{"How long did the trip take?", "how long", typeDuration, formObject, "", false},
		{"How much time do users spend searching?", "how much", typeDuration, formObject, "spend", false},
		{"What time did Holmes run in Birmingham?", "what", typeDuration, formObject, "run", false},
		{"How badly did New Zealand beat France?", "how badly", typeQuantity, formObject, "beat", false},
		{"What time does the match start?", "what", typeDate, formObject, "start", false},
		{"How old is Marta Kowalczyk?", "how old", typeAge, formCopula, "", false},
		{"how old's monfils", "how old", typeAge, formCopula, "", false},
		{"How tall was the tower?", "how tall", typeQuantity, formCopula, "", false},
		{"How late was the ferry?", "how late", typeQuantity, formCopula, "", false}, // a delay, not a manner
		{"How young were the workers?", "how young", typeQuantity, formCopula, "", false},
		{"What year did the war begin?", "what", typeDate, formObject, "begin", false},
		{"In which minute did Arsenal score?", "which", typeDate, formObject, "scor", false},
		{"On which weekend are the ties played?", "which", typeDate, formObject, "play", false},
		{"Which of the candidates won the seat?", "which", typePerson, formSubject, "win", false},
		{"Which charity did the singer support?", "which", typeOrg, formObject, "support", false},
		{"Which stadium will host the final?", "which", typePlace, formSubject, "host", false},
		// A forecast is a figure.
		{"What is the growth forecast for 2005?", "what", typeCount, formCopula, "", false},
		// An owner's organisation is asked as "which firm" asks it.
		{"What is Conte's firm?", "what", typeOrg, formCopula, "", false},
		{"What is the firm?", "what", typeOther, formCopula, "", true},
		// A ground is a venue; grounds are reasons.
		{"At which ground will England play Holland?", "which", typePlace, formObject, "play", false},
		{"On what grounds did the court reject the appeal?", "what", typeReason, formObject, "reject", false},
		{"What cells can't act independently?", "what", typeOther, formSubject, "act", false},
		{"What part of the mammoth has rotted away?", "what", typeOther, formSubject, "rot", false},
		{"Which one of Owen's brothers is a wrestler?", "which", typePerson, formCopula, "", false},
		{"Which of the companies was fined?", "which", typeOrg, formSubject, "fin", false},
		{"Which company owns the network?", "which", typeOrg, formSubject, "own", false},
		// Institutions, regulators and firms of a trade are organisations,
		// answered by a name.
		{"Which institution's research found games help pupils learn?", "which", typeOrg, formSubject, "find", false},
		{"Which regulator is seeking views on the plan?", "which", typeOrg, formSubject, "seek", false},
		{"Which body banned the sprinter for life?", "which", typeOrg, formSubject, "ban", false},
		{"What department of the government led the effort?", "what", typeOrg, formSubject, "lead", false},
		{"Which carmakers will build the engine?", "which", typeOrg, formSubject, "build", false},
		// The noun of a type after several modifiers: "gaming", "central
		// European", "prestigious legal".
		{"Which gaming company was granted the rights?", "which", typeOrg, formSubject, stem("granted"), false},
		{"Which central European country had a Calvinist ruler?", "which", typePlace, formSubject, "", false},
		{"What prestigious legal scholars teach at Harvard?", "what", typePerson, formSubject, "teach", false},
		{"Which American states were battered by the floods?", "which", typePlace, formSubject, "batter", false},
		{"When he lived in Lisbon, what would Tomas do after his shifts?", "what", typeOther, formObject, "", false},
		// Adding to a thing is no saying; after "do" the verb is bare, so
		// an inflected word of saying belongs to the subject.
		{"What did the engineer add to the design?", "what", typeOther, formObject, "add", false},
		// A modifier in -ed before the asked-about noun is neither the
		// noun nor the verb.
		{"Which London-based charity runs the appeal?", "which", typeOrg, formSubject, "run", false},
		{"Which Paris-based fashion house designed the dress?", "which", typeOther, formSubject, stem("designed"), false},
		{"Which state-owned lender posted the loss?", "which", typeOrg, formSubject, stem("posted"), false},
		{"Which government-funded research body published the study?", "which", typeOther, formSubject, stem("published"), false},
		{"What did the minister add?", "what", typeQuote, formObject, "add", false},
		{"What did the coach ask for over reports he broke the rules?", "what", typeOther, formObject, "ask", false},
		{"Who does Erik Halvorsen think built the wall?", "who", typePerson, formSubject, "build", false},
		{"What could be forced on the airline if it does not end the dispute?", "what", typeOther, formSubject, "forc", false},
		{"What factor delayed the vote?", "what", typeOther, formSubject, "delay", false},
		// A verb the tagger took for a noun after the noun the wh-word
		// takes: a known verb, a word in -s after a singular noun, a bare
		// word after a plural one.
		{"What enzyme splits the starch?", "what", typeOther, formSubject, stem("splits"), false},
		{"What type of cells digest old bones?", "what", typeOther, formSubject, stem("digest"), false},
		{"What kind of beetle eats the bark?", "what", typeOther, formSubject, stem("eats"), false},
		// "Which" is no relative pronoun before its noun, though the noun
		// can be a verb.
		{"Which report was published in May?", "which", typeOther, formSubject, stem("published"), false},
		// A plural's possessive qualifies the noun asked about, and is
		// no verb in -s.
		{"Which employers' organisation has repeatedly expressed concern?", "which", typeOrg, formSubject, stem("expressed"), false},
		{"Which players' union backed the plan?", "which", typeOrg, formSubject, stem("backed"), false},
		{"Name the Russian negotiator.", "name", typeOther, formOther, "", false},
	}
	for _, tt := range tests {
		q := analyzeQuestion(tt.q)
		if q.wh != tt.wh || q.want != tt.want || q.form != tt.form || q.verb != tt.verb || q.definition != tt.definition {
			t.Errorf("analyzeQuestion(%q) = wh %q want %v form %d verb %q def %v; want wh %q want %v form %d verb %q def %v",
				tt.q, q.wh, q.want, q.form, q.verb, q.definition, tt.wh, tt.want, tt.form, tt.verb, tt.definition)
		}
	}
}

// Without a comma, a clause before the question shows itself by the
// subject after "when", where a question has its auxiliary; a later
// "what" then asks the question.
func TestWhenClauseBeforeQuestion(t *testing.T) {
	for _, tt := range []struct{ q, wh string }{
		{"When a storm has passed over the bay it leaves behind what debris?", "what"},
		{"When the strike ended the union won what concessions?", "what"},
		{"When was the bridge closed to traffic?", "when"},
		{"When did the company say what it would pay?", "when"},
	} {
		if q := analyzeQuestion(tt.q); q.wh != tt.wh {
			t.Errorf("analyzeQuestion(%q).wh = %q, want %q", tt.q, q.wh, tt.wh)
		}
	}
}

// A what-question asks about the noun after "kind of", past a name or a
// nationality before it, as after the wh-word itself.
func TestKindOfFocus(t *testing.T) {
	for q, want := range map[string]string{
		"What kind of T cells are killed by the virus?": stem("cells"),
		"What type of Canadian aircraft was lost?":      stem("aircraft"),
		"Which U.S. states were flooded?":               stem("states"),
		// A word in -ing that the wh-word asks about is a noun, or
		// qualifies one.
		"What building was a gift from the city?":  stem("building"),
		"What trading company settled the island?": stem("company"),
		// Past a number and a name before the noun.
		"Which 1970s TV show did the minister praise?": stem("show"),
		"Which Danish skier was named an ambassador?":  stem("skier"),
		// The last noun of the phrase, past a title word or a word in
		// -ing that qualifies it.
		"Which former wrestling star became governor?": stem("star"),
		// A capitalised noun ending names before the verb.
		"What French City was Port Royal named after?":    stem("city"),
		"Which two Irishmen could block the takeover?":    stem("irishmen"),
		"Which foreign strategic investor made an offer?": stem("investor"),
		// Past "other" and a run of names; a noun the tagger took for a
		// verb.
		"What other towns did the settlers found?":      stem("towns"),
		"What South African industry did they start?":   stem("industry"),
		"What kind of wrestling is practiced in Japan?": stem("wrestling"),
		"What cells can't act independently?":           stem("cells"),
		"What part of the mammoth has rotted away?":     stem("part"),
		// Past a word for when an office was held, and a party.
		"Which former Conservative leader backs the plan?": stem("leader"),
		// Of two nouns of a type, the second: a boy band is a band, a
		// team captain a person.
		"Which boy band sang the anthem?":    stem("band"),
		"Which girl group topped the chart?": stem("group"),
		"Which team captain scored?":         stem("captain"),
	} {
		if got := analyzeQuestion(q).focus; got != want {
			t.Errorf("analyzeQuestion(%q).focus = %q, want %q", q, got, want)
		}
	}
}

// An owner typed in small letters, as chat users type names, is passed
// over like a capitalised one: "baha mousa's job" asks for a job, not for
// a mousa, and "the company's profit" for a sum, not an organisation.
func TestOwnerInSmallLetters(t *testing.T) {
	for q, want := range map[string]struct {
		focus string
		want  answerType
	}{
		"what was baha mousa's job":       {stem("job"), typeTitle},
		"What was William Rankine's job?": {stem("job"), typeTitle},
		"what was the company's profit":   {stem("profit"), typeMoney},
	} {
		if got := analyzeQuestion(q); got.focus != want.focus || got.want != want.want {
			t.Errorf("analyzeQuestion(%q): focus %q, want %v; want %q, %v", q, got.focus, got.want, want.focus, want.want)
		}
	}
}

// wantTypes reads each question and reports every one that asks for
// another type of answer than the one wanted.
func wantTypes(t *testing.T, want map[string]answerType) {
	t.Helper()
	for q, w := range want {
		if got := analyzeQuestion(q).want; got != w {
			t.Errorf("analyzeQuestion(%q).want = %v, want %v", q, got, w)
		}
	}
}

// Asked where with a verb of position, a question asks a position or a
// level, not a place; asked where with another verb, a place.
func TestWhereSomethingFinished(t *testing.T) {
	wantTypes(t, map[string]answerType{
		"Where did UKIP finish in the European elections?": typeOther,
		"where did the dow close after the election":       typeOther,
		"franz ferdinand finished where":                   typeOther,
		"Where is the player ranked now?":                  typeOther,
		"Where did the race start?":                        typePlace,
		"Where did the band play last night?":              typePlace,
	})
}

// A noun of a date, a count or an age types a question in the plural as
// in the singular, typed in chat ("the sundance dates") or written out.
func TestPluralNounOfAType(t *testing.T) {
	wantTypes(t, map[string]answerType{
		"What are the festival dates?": typeDate,
		"what is the sundance dates":   typeDate,
		"What is the festival date?":   typeDate,
		"What are the festival plans?": typeOther,
	})
}

// A word in -ing between a determiner and a noun of a type qualifies the
// noun, as an adjective would: "the average asking price" asks for a sum,
// "asking" is no verb. After a plural it is the plural's verb: "the firms
// reporting profits".
func TestWordInIngQualifiesTheNoun(t *testing.T) {
	wantTypes(t, map[string]answerType{
		"What was the average asking price of a home in December?": typeMoney,
		"What was the asking price?":                               typeMoney,
		"What is the operating profit?":                            typeMoney,
	})
	q := analyzeQuestion("What were the firms reporting profits of?")
	if q.verbPos < 0 || q.toks[q.verbPos].low != "reporting" {
		t.Errorf("the verb of %q read as %d, want reporting", q.text, q.verbPos)
	}
}

// "Time" after a word of a race is how long the race took, asked after a
// copula too: "What was Holmes' winning time?" wants "2:35.39", not a
// date; a time zone is no race's.
func TestRaceTimeIsADuration(t *testing.T) {
	wantTypes(t, map[string]answerType{
		"What was Holmes' winning time in the 1,000m?":         typeDuration,
		"what's claxton's new british 60m hurdles record time": typeDuration,
		"What was his finishing time?":                         typeDuration,
		"What time did Holmes run in Birmingham?":              typeDuration,
	})
	if got := analyzeQuestion("What is the winning time zone?").want; got == typeDuration {
		t.Errorf("a time zone asked as a race's time")
	}
}

// An aside set off by commas between the noun asked about and its verb
// is passed over: "Which treaty, according to Tony Blair, secured...?"
// has the verb "secured", not "treaty"; "Which company, said to..., is
// Russia's fourth-biggest oil producer?" is a copula's question.
func TestAsideBeforeTheVerb(t *testing.T) {
	q := analyzeQuestion("Which treaty, according to Tony Blair, secured the right?")
	if q.form != formSubject || q.verbPos < 0 || q.toks[q.verbPos].low != "secured" || q.focus != stem("treaty") {
		t.Errorf("form %d, verb at %d, focus %q; want the subject of \"secured\", asking for a treaty", q.form, q.verbPos, q.focus)
	}
	q = analyzeQuestion("Which company, said to have strong links with Baikal, is Russia's fourth-biggest oil producer?")
	if q.form != formCopula || q.want != typeOrg {
		t.Errorf("form %d, want %v; want a copula's question asking for an organisation", q.form, q.want)
	}
}

// "At what point...?", "What was the deadline...?" and "How much
// longer...?" ask for a time; "What is the point of...?" does not.
func TestWaysOfAskingWhen(t *testing.T) {
	wantTypes(t, map[string]answerType{
		"At what point in the year did IE hold 95.5% of users?":    typeDate,
		"What was the deadline for the films' seven-day run?":      typeDate,
		"How much longer have foreign firms been given to comply?": typeDuration,
	})
	if got := analyzeQuestion("What is the point of the new rules?").want; got == typeDate {
		t.Errorf("the point of something asked as a time")
	}
}

// A how-many question counts the noun after it, a unit of time too, and
// a unit ends the noun ("miles east of Berlin" counts miles), as an adverb
// does ("peers still sit" counts peers).
func TestCountedNoun(t *testing.T) {
	for q, want := range map[string]string{
		"How many days did the siege last?":                 stem("days"),
		"How many miles east of Berlin is the town?":        stem("miles"),
		"How many lower-level officials did Putin appoint?": stem("officials"),
		"How many workers joined the strike?":               stem("workers"),
		// An adverb before the verb ends the noun too.
		"How many hereditary peers still sit in the Lords?": stem("peers"),
		"How many firms already use the system?":            stem("firms"),
	} {
		if got := analyzeQuestion(q).focus; got != want {
			t.Errorf("analyzeQuestion(%q).focus = %q, want %q", q, got, want)
		}
	}
}

// Names weigh most, and a long name no more than a short one in total.
func TestQuestionTerms(t *testing.T) {
	q := analyzeQuestion("Who leads the Russian delegation?")
	got := map[string]float64{}
	for _, t := range q.terms {
		got[t.stem] = t.weight
	}
	if len(got) != 3 || got["russian"] <= got["delegation"] || got["delegation"] <= got["lead"] {
		t.Errorf("terms = %v, want russian > delegation > lead", got)
	}
	long := analyzeQuestion("When did Northgate High School open?")
	sum := 0.0
	for _, t := range long.terms {
		if t.name {
			sum += t.weight
		}
	}
	if sum > 6 {
		t.Errorf("a three-word name weighs %.1f in total, want at most 6", sum)
	}
}

// A passive question, its auxiliary inverted or not: its subject is the
// verb's patient.
func TestQuestionPassive(t *testing.T) {
	for text, want := range map[string]bool{
		"When was the treaty signed?":        true,
		"Where is Yukos based?":              true,
		"What was signed by the ministers?":  true,
		"When did the ministers sign it?":    false,
		"Why has Warsaw seen improvements?":  false,
		"Who has been appointed to lead it?": true,
	} {
		q := analyzeQuestion(text)
		if q.verbPos < 0 {
			t.Errorf("%q: no verb", text)
			continue
		}
		if got := q.passive(); got != want {
			t.Errorf("%q: passive %v, want %v", text, got, want)
		}
	}
}

// After do, have is the question's main verb unless an object of its own
// carries the meaning.
func TestHaveAsMainVerb(t *testing.T) {
	tests := []struct {
		q    string
		main bool // verbPos is have
	}{
		{"What capability does the device have built-in?", true},
		{"How many children does the singer have?", true},
		{"What effect does the law have on member states?", true},
		{"Who did the culture have a profound effect on?", false},
		{"Who has a team?", true}, // have without do, as before
	}
	for _, tt := range tests {
		q := analyzeQuestion(tt.q)
		got := q.verbPos >= 0 && (q.toks[q.verbPos].low == "have" || q.toks[q.verbPos].low == "has")
		if got != tt.main {
			t.Errorf("%q: verb at %d (%v), want have as the main verb %v", tt.q, q.verbPos, got, tt.main)
		}
	}
}

// A question asks for several things when its noun is plural or counted;
// "what type of engines" asks for one type.
func TestAsksSeveral(t *testing.T) {
	for q, want := range map[string]bool{
		"What animals does the ecosystem include?":          true,
		"Which countries refused to sign the accord?":       true,
		"What two areas granted rights to the Huguenots?":   true,
		"What are the three sources of European Union law?": true,
		"Who were the two abbots at Fécamp Abbey?":          true,
		"What kinds of engines replaced steam?":             true,
		"What type of engines replaced steam?":              false,
		"What animal lives in the river?":                   false,
		"What is the capital of Poland?":                    false,
		"What bus did she take?":                            false,
		"When were the two treaties signed?":                false,
	} {
		if got := analyzeQuestion(q); got.several != want {
			t.Errorf("%q: several = %v, want %v", q, got.several, want)
		}
	}
	q := analyzeQuestion("Along with electric motors, what engines replaced steam?")
	if got := q.setAside(); !slices.Equal(got, []string{stem("electric"), stem("motors")}) {
		t.Errorf("set aside %q, want electric motors", got)
	}
}

// A word for people that is as often an adjective or a modifier does not
// type a question as asking for a person.
func TestPeopleNounsThatQualify(t *testing.T) {
	for _, question := range []string{"What general principle did the court apply?", "Which pilot scheme was cancelled?", "What driver of growth did the report name?"} {
		if q := analyzeQuestion(question); q.want == typePerson {
			t.Errorf("%q read as asking for a person", question)
		}
	}
	if q := analyzeQuestion("What poet wrote the ballad?"); q.want != typePerson {
		t.Errorf("a poet asked for is no person: %v", q.want)
	}
}

// wantVerbs checks the verb analyzeQuestion finds in each question, and
// its form unless form is anyForm.
func wantVerbs(t *testing.T, verbs map[string]string, form questionForm) {
	t.Helper()
	for text, verb := range verbs {
		q := analyzeQuestion(text)
		if q.verbPos < 0 || q.toks[q.verbPos].low != verb || form != anyForm && q.form != form {
			got := ""
			if q.verbPos >= 0 {
				got = q.toks[q.verbPos].low
			}
			t.Errorf("%q: verb %q (form %d), want %q", text, got, q.form, verb)
		}
	}
}

// anyForm tells wantVerbs not to check the form.
const anyForm questionForm = -1

// "How many N from X verb...?": the counted noun's own phrase of place or
// origin stands between it and its verb, which is the question's verb; the
// noun is not ("parents" had been read as the verb).
func TestHowManyNounWithPhrase(t *testing.T) {
	wantVerbs(t, map[string]string{
		"How many parents from Calgary protested against a strike?": "protested",
		"How many students from the school went to Ottawa?":         "went",
		"How many soldiers died in the attack?":                     "died",
	}, formSubject)
}

// After a wh-word that cannot be the subject, a negated auxiliary is an
// auxiliary: its subject follows, then the verb ("Canadian" had been read
// as the verb of "Why didn't Canadian astronaut Julie Payette get
// time?"). After who, the word after it is the verb still.
func TestNegatedAuxiliary(t *testing.T) {
	wantVerbs(t, map[string]string{
		"Why didn't Canadian astronaut Julie Payette get time?": "get",
		"Why won't the United States sign the treaty?":          "sign",
		"Why didn't they start their own station?":              "start",
		"Who doesn't need another revolution?":                  "need",
	}, anyForm)
}

// A verb right after the asked-about noun is the question's verb: "Which
// countries offer broadband speeds...?" had been read with "speeds", the
// next noun that can be a verb, as its verb.
func TestVerbAfterAskedNoun(t *testing.T) {
	wantVerbs(t, map[string]string{
		"Which countries offer broadband speeds of up to 40Mbps?": "offer",
		"What cells digest old bones?":                            "digest",
		"Which company bought the firm?":                          "bought",
	}, formSubject)
}

// sameReading fails when a question is not analysed as the question it
// stands for: the same wh-word, answer type, form, verb, role, focus,
// definition and terms.
func sameReading(t *testing.T, text, as string) {
	t.Helper()
	got, want := analyzeQuestion(text), analyzeQuestion(as)
	if got.wh != want.wh || got.want != want.want || got.form != want.form || got.verbPos != want.verbPos || got.role != want.role || got.focus != want.focus || got.definition != want.definition {
		t.Errorf("%q: wh %q want %v form %v verb %d role %q focus %q def %v; as %q: wh %q want %v form %v verb %d role %q focus %q def %v",
			text, got.wh, got.want, got.form, got.verbPos, got.role, got.focus, got.definition,
			as, want.wh, want.want, want.form, want.verbPos, want.role, want.focus, want.definition)
	}
	stems := func(q question) string {
		var out []string
		for _, tm := range q.terms {
			out = append(out, tm.stem)
		}
		return strings.Join(out, " ")
	}
	if g, w := stems(got), stems(want); g != w {
		t.Errorf("%q: terms %q, as %q: %q", text, g, as, w)
	}
}

// A contracted "is" after a wh-word, or after its noun and before a
// determiner, is read as "is", not as a possessive: the question is
// analysed as its spelt-out form is.
func TestContractedIs(t *testing.T) {
	for _, pair := range [][2]string{
		{"What's Marco Rubio's title?", "What is Marco Rubio's title?"},
		{"Where's the Kremlin's delegation meeting the Ukrainians?", "Where is the Kremlin's delegation meeting the Ukrainians?"},
		{"Who's leading the Russian delegation?", "Who is leading the Russian delegation?"},
		{"When’s the vote?", "When is the vote?"},
		// After the wh-word's noun, before a determiner.
		{"which ground's the ireland game at", "which ground is the ireland game at"},
		{"What time's the final?", "What time is the final?"},
	} {
		sameReading(t, pair[0], pair[1])
	}
	// Before a noun it is an owner's: "which team's captain".
	if q := analyzeQuestion("Which team's captain scored?"); q.toks[2].low == "is" {
		t.Error(`"Which team's captain" read with "is"`)
	}
}

// A noun phrase typed alone is typed by its head, the last noun before a
// preposition, past "us", numbers, words in -ing and -ed and a time said
// of it ("this year"): what it asks is what its head is.
func TestPhraseTypedByItsHead(t *testing.T) {
	wantTypes(t, map[string]answerType{
		"psp us release date":                 typeDate,
		"election expected date":              typeDate,
		"boeing q4 2004 net profit":           typeMoney,
		"deloitte growth forecast this year":  typeCount,
		"nasdaq closing level":                typeCount,
		"biggest bank in nigeria by branches": typeOrg,
	})
}

// A noun phrase alone asks who or what it is: "leader of the russian
// delegation?" is read as "who is the leader of the russian delegation",
// "oil price" as "what is the oil price", "number of gun deaths" as "how
// many gun deaths", "leeds debt when the board took over" as "what was
// the leeds debt when..." (but "rise since when" asks when), "max fine
// they face" and "film that first made him famous" as what they are. A
// name alone, a single word, a phrase with a verb or starting with a
// preposition, and an imperative are read as they are.
func TestFragmentQuestions(t *testing.T) {
	for _, pair := range [][2]string{
		{"leader of the russian delegation?", "who is the leader of the russian delegation?"},
		{"Russian delegation leader?", "Who is the Russian delegation leader?"},
		{"Russia's delegation leader", "Who is Russia's delegation leader?"},
		{"the price of oil?", "What is the price of oil?"},
		{"oil price", "What is the oil price?"},
		{"rate on the alliance & leicester account", "what is the rate on the alliance & leicester account"},
		{"spain captain/coach name", "who is the spain captain/coach name"},
		{"min purchase for premium bonds?", "what is the min purchase for premium bonds?"},
		{"number of gun deaths in england and wales in june", "how many gun deaths in england and wales in june"},
		// The head of the phrase asks: a person by the ending of a doer,
		// a thing by a word of type; past its qualifiers in -ing ("incoming"),
		// "us" and a word of time ("age"); "name" asks for what it names.
		// "us" is a stop word in small letters: the phrase reads as the
		// question without it.
		{"nicole kidman publicist", "who is the nicole kidman publicist"},
		{"labour election coordinator", "who is the labour election coordinator"},
		{"incoming european commission president", "who is the incoming european commission president"},
		{"rightmove commercial director name", "who is the rightmove commercial director name"},
		{"chris rock age", "what is the chris rock age"},
		{"psp us release date", "what is the psp release date"},
		// A day said of the phrase, as a month is.
		{"share price early thursday", "what is the share price early thursday"},
		// A word in -ing ending the phrase after a preposition is a noun.
		{"date of the world premiere screening", "what is the date of the world premiere screening"},
		{"venue for the contract signing?", "what is the venue for the contract signing?"},
		// A wh-phrase typed last, after a dash: what it asks of the phrase.
		{"andrew beh analyst - which broker", "which broker is andrew beh analyst"},
		{"marsh q4 loss - how big", "how big is marsh q4 loss"},
		{"lord chief justice of england and wales - who", "who is lord chief justice of england and wales"},
		// With a clause on the phrase: who or what the phrase is.
		{"bolton keeper beaten by dyer", "who is the bolton keeper beaten by dyer"},
		{"atp tour sponsor that chipped in for the tsunami", "what is the atp tour sponsor that chipped in for the tsunami"},
		{"year Sundance was founded", "what is the year Sundance was founded"},
		{"election date the big money is on", "what is the election date the big money is on"},
		// A clause opened by its subject's pronoun or by "if", and one
		// noun with a clause on it.
		{"max fine they face", "what is the max fine they face"},
		{"comeback date if all goes ok?", "what is the comeback date if all goes ok?"},
		{"film that first made him famous", "what is the film that first made him famous"},
		{"copies sold of the book since 1952", "what is the copies sold of the book since 1952"},
		// Before a clause of time: what it was then.
		{"leeds debt when the new board took over?", "what was the leeds debt when the new board took over?"},
	} {
		sameReading(t, pair[0], pair[1])
	}
	for _, text := range []string{"Istanbul?", "Medinsky?", "The Russian delegation was led by?", "Name the leader of the Russian delegation.",
		"in istanbul?", "lehmann dropped", "in istanbul, talks that failed"} {
		if q := analyzeQuestion(text); q.wh == "who" || q.wh == "what" {
			t.Errorf("%q read as a %s-question", text, q.wh)
		}
	}
	// With a verb of its own, the question after the dash is whole.
	if q := analyzeQuestion("lateral visions - where are they based"); q.text != "lateral visions - where are they based" {
		t.Errorf("a whole question after a dash read as %q", q.text)
	}
	// A "when" last, or after a preposition, asks a time of the phrase.
	for _, text := range []string{"biggest core rise since when", "cameras last allowed in court when", "rates on hold until when?"} {
		if q := analyzeQuestion(text); q.want != typeDate {
			t.Errorf("%q read as a %s-question wanting %v", text, q.wh, q.want)
		}
	}
}

// "now" and "currently" date a question in the present, which a sentence
// in the present tense rarely restates: they are words of its frame,
// weighed little and never counted as missing.
func TestPresentIsFrame(t *testing.T) {
	for _, text := range []string{"Who runs the club now?", "Who currently runs the club?"} {
		q := analyzeQuestion(text)
		for _, tm := range q.terms {
			if (tm.low == "now" || tm.low == "currently") && !tm.frame {
				t.Errorf("%q: %q is no frame word", text, tm.low)
			}
			if tm.low == "club" && tm.frame {
				t.Errorf("%q: %q is a frame word", text, tm.low)
			}
		}
	}
}

// A noun that says only that someone is asked for ("the guy behind...",
// "the person who...") is a word of a who-question's frame, and a chat's
// "guy" is someone: "fabian society guy quoted?" asks who.
func TestGenericPeopleAreFrame(t *testing.T) {
	for _, text := range []string{"whos the guy behind live-shot", "Who is the person behind Live-Shot?", "fabian society guy quoted?"} {
		q := analyzeQuestion(text)
		if q.want != typePerson {
			t.Errorf("%q wants %v, not a person", text, q.want)
		}
		for _, tm := range q.terms {
			if (tm.low == "guy" || tm.low == "person") && !tm.frame {
				t.Errorf("%q: %q is no frame word", text, tm.low)
			}
			if (tm.low == "live-shot" || tm.low == "society") && tm.frame {
				t.Errorf("%q: %q is a frame word", text, tm.low)
			}
		}
	}
	// Asked for a thing, the noun is the question's own: "Which woman's
	// prize...?" asks for a prize.
	for _, tm := range analyzeQuestion("Which woman's prize did she win?").terms {
		if tm.low == "woman" && tm.frame {
			t.Errorf("which woman's prize: %q is a frame word", tm.low)
		}
	}
}

// "What does X stand for?" asks for the name a short form spells, typed
// in capitals or, in a question typed in small letters, right after the
// auxiliary; not what a party or a person stands for.
func TestExpansionQuestion(t *testing.T) {
	for q, want := range map[string]string{
		"What does NATO stand for?":                          "nato",
		"what does niesr stand for":                          "niesr",
		"What is FIS an abbreviation of?":                    "fis",
		"What is UEFA short for?":                            "uefa",
		"what does RSPB stand for in the bird count story":   "rspb",
		"What organisation does the acronym CENTR refer to?": "centr",
		"What does the abbreviation UKIF mean?":              "ukif",
		"What does the party stand for?":                     "",
		"What does the acronym mean to fans?":                "",
		"What does Mr Blair stand for?":                      "",
		"Who will stand for election in Leeds?":              "",
		"What did the committee stand up for in the report?": "",
	} {
		if got := analyzeQuestion(q).expands; got != want {
			t.Errorf("analyzeQuestion(%q).expands = %q, want %q", q, got, want)
		}
	}
}

// A wh-word in place of the object follows its verb; a verb the lexicon
// does not know is still the word right before it ("compounds" had been
// read as the verb of "Eicosanoids include what compounds...?"), since no
// noun stands there.
func TestInSituVerbUnknownToLexicon(t *testing.T) {
	wantVerbs(t, map[string]string{
		"Glands secrete what hormone?":                      "secrete",
		"Beekeepers relocate what kind of hives in winter?": "relocate",
		"The charter was first signed in what city?":        "signed",
	}, formObject)
}

// News verbs of staying away are verbs: "skip" had been read as a noun
// in "Why did Putin skip the talks?", so an article title holding
// "Skipping" covered it for every sentence, and the purpose of Trump's
// wish to meet Putin ("to discuss the ongoing conflict") answered why
// Putin stayed away, at 0.83. They relate to absence (text.go's
// relations), where the story says why.
func TestVerbsOfStayingAway(t *testing.T) {
	wantVerbs(t, map[string]string{
		"Why did Putin skip the talks?":         "skip",
		"Why did the union boycott the summit?": "boycott",
		"Why did the minister snub the envoy?":  "snub",
	}, formObject)
	// The reason the story gives is Trump's: Putin's absence was
	// "contingent on his own non-attendance".
	var a Answerer
	got := ask(&a, annotatedStory(t), "Why did Putin skip the talks?")
	if !got.Answered() || !strings.Contains(got.Evidence[0].Text, "absence") || strings.Contains(got.Text, "to discuss") {
		t.Errorf("Why did Putin skip the talks? = %q (%.2f), want it from the sentence on Putin's absence", got.Text, got.Score)
	}
}

// "Who chairs the board?" asks for the holder of the title its verb makes;
// the verb asked of someone else ("Whom did the chairman meet?") or of a
// thing makes none.
func TestRoleOfAVerb(t *testing.T) {
	for q, want := range map[string]string{
		"Who chairs the harbour board?":      stem("chair"),
		"Who founded the company?":           stem("founded"),
		"who coaches the ireland rugby team": stem("coach"),
		// A title word after an auxiliary is the verb of the title.
		"Who will head the company?":         stem("head"),
		"Who will coach England?":            stem("coach"),
		"Who would chair the inquiry?":       stem("chair"),
		"Whom did the board chairman meet?":  "",
		"Who said the board would meet?":     "",
		"What leads the list of complaints?": "",
	} {
		if got := analyzeQuestion(q).role; got != want {
			t.Errorf("%q: role %q, want %q", q, got, want)
		}
	}
}

// "Call" after "did" is what someone said of something, a verb the
// sentence must hold; "What is X called?" only frames the question.
func TestCallSaidIsAVerb(t *testing.T) {
	for q, want := range map[string]string{
		"What did Zelenskyy call the Russian team?": stem("call"),
		"What does the report call the plan?":       stem("call"),
		"What is the Russian team called?":          "",
		"What do you call a baby kangaroo?":         "",
	} {
		if got := analyzeQuestion(q).verb; got != want {
			t.Errorf("%q: verb %q, want %q", q, got, want)
		}
	}
}

// The noun that ends a compound after "the" says the type, however many
// nouns qualify it; a superlative, a word of degree or a hyphened word
// makes no such compound.
func TestCompoundHeadSaysType(t *testing.T) {
	for q, want := range map[string]answerType{
		"What is the national pensions strike date?": typeDate,
		"What is the share buyback offer price?":     typeMoney,
		"What is the steel plant closure date?":      typeDate,
		"What is the most common cause of poverty?":  typeOther,
		"What is the present-day location?":          typeOther,
		"What is the Philippe Sands new book title?": typeOther,
		// A match named by its sides qualifies the noun after it, as
		// a chat question reads once "v" is written out and the names
		// truecased ("arsenal v chelsea venue").
		"What is the Arsenal against Chelsea venue?": typePlace,
		"What is the Ireland against France date?":   typeDate,
		"What was the Leeds against Hull crowd?":     typeOther,
		// A size and a speed are given as numbers whatever their unit.
		"What is the Aggregate Industries takeover size?": typeCount,
		"What is the Blue Gene top speed?":                typeCount,
	} {
		if got := analyzeQuestion(q).want; got != want {
			t.Errorf("%q: want %v, read %v", q, want, got)
		}
	}
}

// Questions typed as a chat types them are answered as their written
// forms are: a phrase alone, a wh-phrase after a dash, short forms, a
// noun of a title's other form ("chair" for "chairman").
func TestChatTypedQuestions(t *testing.T) {
	sents := article("t",
		"Electoral Commission chairman Sam Younger said turnout would rise.",
		"\"She respects that,\" said Kidman's publicist Wendy Day.",
		"The national pensions strike has been set for 23 March, the union said.",
		"Andrew Beh, an analyst at broker ING, said the shares were cheap.",
		"Rain fell in the afternoon.")
	Annotate(sents)
	wantConfidentAnswers(t, sents, map[string]string{
		"electoral commission chair":        "Sam Younger",
		"nicole kidman publicist":           "Wendy Day",
		"national pensions strike date":     "23 March",
		"andrew beh analyst - which broker": "ING",
	})
}

// smallLetters says what strings.ToLower(s) == s says, without its copy.
func TestSmallLetters(t *testing.T) {
	for _, s := range []string{"", "who leads the talks", "Who leads", "nato", "NATO", "zürich talks", "Zürich talks",
		"ölpreis", "ÖLPREIS", "ǅ title case", "100k fine", "what's up?"} {
		if got, want := smallLetters(s), strings.ToLower(s) == s; got != want {
			t.Errorf("smallLetters(%q) = %v, want %v", s, got, want)
		}
	}
}

// "name of the new chief executive", as chat types it, is read as "What
// is the name of the new chief executive?": a person is asked for, not a
// phrase.
func TestNamePhraseAsksName(t *testing.T) {
	for _, text := range []string{"name of the new chief executive", "name of the assistant chief constable at the county police"} {
		got, full := analyzeQuestion(text), analyzeQuestion("What is the "+text+"?")
		if got.want != typePerson || got.want != full.want || got.focus != full.focus {
			t.Errorf("%q: want %v focus %q; the full question: %v %q", text, got.want, got.focus, full.want, full.focus)
		}
	}
}

// "number one", "number eight" after which name a rank or a shirt: the
// question asks who holds it. A number noun alone still asks a count.
func TestRankHolderIsAPerson(t *testing.T) {
	wantTypes(t, map[string]answerType{
		"Which former world number one did Roche coach to Grand Slam success?": typePerson,
		"Which Argentina number eight was yellow carded late in the game?":     typePerson,
		"which bid number is this":  typeCount,
		"Which number was retired?": typeCount,
	})
}

// A phrase of nouns after an owner is typed by its last noun, as after
// "the": "What is Sony's launch date?" asks a date as "What is the PSP
// launch date?" does, and "ireland's last grand slam year" a year.
func TestOwnedCompoundHead(t *testing.T) {
	wantTypes(t, map[string]answerType{
		"What is Sony's launch date?":       typeDate,
		"What is its launch date?":          typeDate,
		"What is the PSP launch date?":      typeDate,
		"ireland's last grand slam year":    typeDate,
		"What is Ireland's budget deficit?": typeMoney,
	})
}

// A which-noun that names an office asks for its holder, as "Which
// minister...?" does; a relation ("Which successor...?") and a word that
// is also an adjective ("which major bank") do not.
func TestWhichOfficeAsksPerson(t *testing.T) {
	wantTypes(t, map[string]answerType{
		"Which WorldCom finance chief was jailed?":                               typePerson,
		"Which former WorldCom finance chief did Bernie Ebbers deny pressuring?": typePerson,
		"Which ambassador was expelled?":                                         typePerson,
		"Which envoy met Putin?":                                                 typePerson,
		"Which head of state visited the site?":                                  typePerson,
		"Which successor to Henry resumed persecution of the Huguenots?":         typeOther,
		"Which major bank cut rates?":                                            typeOrg,
	})
}

// A which-noun that news uses for a company asks for one: "Which US car
// maker...?", "Which software giant...?".
func TestWhichMakerAsksOrganisation(t *testing.T) {
	wantTypes(t, map[string]answerType{
		"Which US car maker cut jobs?":          typeOrg,
		"Which software giant bought the firm?": typeOrg,
		"which chip makers posted a loss":       typeOrg,
		"Which internet provider was fined?":    typeOrg,
	})
}

// A word in -ed between "which" and its noun, with the question's verb
// after the noun, qualifies the noun: "Which injured player...?" asks
// for a player.
func TestWhichQualifiedByParticiple(t *testing.T) {
	wantTypes(t, map[string]answerType{
		"Which injured player did Paul Baccanello come in to replace?": typePerson,
		"Which sacked manager has won his appeal?":                     typePerson,
		"Which elected president will visit?":                          typePerson,
	})
}

// "What is X called?" asks the name of a thing of X's kind, as "What is
// the name of X?" does.
func TestCalledAsksName(t *testing.T) {
	for question, want := range map[string]string{
		"What is Nintendo's next machine called?":          "machine",
		"whats t-mobile's new pocket office device called": "device",
		"What is the name of Nintendo's next machine?":     "machine",
		"What did the critics call the film?":              "",
		"What did they get called?":                        "",
	} {
		if want != "" {
			want = stem(want)
		}
		if got := analyzeQuestion(question).kind; got != want {
			t.Errorf("%q asks the name of a %q, want %q", question, got, want)
		}
	}
}

// A kind capitalised in the question as in a title ("Which Count...?") is
// the kind asked for, answered by the name that holds it.
func TestCapitalisedKind(t *testing.T) {
	sents := article("counts", "Prince Anton of Lenz, with his sons Karl and Otto, arranged with Count Ludwig von Hessel to found a town in 1604.",
		"The town grew quickly.")
	Annotate(sents)
	a := Answerer{Threshold: 0.01} // whatever its confidence
	if got := ask(&a, sents, "Which Count did the Prince strike an arrangement with?"); got.Text != "Count Ludwig von Hessel" {
		t.Errorf("which Count = %q (%.2f), want Count Ludwig von Hessel", got.Text, got.Score)
	}
	if q := analyzeQuestion("What Treaty protects the freedom of movement?"); q.focus != stem("treaty") {
		t.Errorf("What Treaty...? asks for %q, want a treaty", q.focus)
	}
}

// The noun whose name a question asks for is the last noun of the phrase
// after "the name of".
func TestNamedKind(t *testing.T) {
	for question, want := range map[string]string{
		"What was the name of the Florida Huguenot colony?":           stem("colony"),
		"What is the name of the first church built in New Rochelle?": stem("church"),
		"What is the name of his new party?":                          stem("party"),
		"What was the name of Watt's partner?":                        stem("partner"),
		"What is another name for a coal bin?":                        "",
		"What was the title of Ana Costa's third novel?":              stem("novel"),
		"What is the title of the head of state?":                     "",
	} {
		q := analyzeQuestion(question)
		if got := q.namedKind(); got != want {
			t.Errorf("%q: kind %q, want %q", question, got, want)
		}
	}
}

// "What are ticket holders told to do?" asks for the instruction, which
// a sentence may give with another verb of telling someone to act
// ("advised to", "urged to").
func TestInstructionAsked(t *testing.T) {
	sents := article("t", "Fans who bought a ticket for the Leeds show are being advised to keep their ticket stubs.")
	Annotate(sents)
	a := Answerer{Threshold: pickAny}
	if got := ask(&a, sents, "What are Leeds ticket holders told to do?"); got.Text != "keep their ticket stubs" {
		t.Errorf("got %q, want %q", got.Text, "keep their ticket stubs")
	}
}

// Verbs news uses for what institutions and courts do are read as verbs
// (a money question's verb had been taken for a noun: "How much does
// Yukos intend to sue Baikal for?"), and a job asked for is shown
// without the "as" that introduced it.
func TestNewsVerbsAndTheJobAsked(t *testing.T) {
	wantVerbs(t, map[string]string{
		"How much does the council intend to sue the builder for?": "sue",
		"When did the court overturn the ban?":                     "overturn",
		"Why did the ministry postpone the vote?":                  "postpone",
		"When did the government freeze the fund?":                 "freeze",
		"How many jobs did the carmaker slash?":                    "slash",
	}, anyForm)
	sents := article("t",
		"On Monday Anna Berg quit as finance minister.",
		"She had held the post since 2019.",
	)
	Annotate(sents)
	wantAnswers(t, sents, map[string]string{
		"What job did Anna Berg quit?": "finance minister",
	})
}

// Asked where or when an event was held or staged, the verb says only
// that it took place: a sentence that places or dates the event answers,
// though it says "met" or nothing for "held".
func TestEventHeldIsFrame(t *testing.T) {
	sents := article("summit", "Trade ministers from 20 countries met in Geneva on Monday for the summit.", "The talks ended without a deal.")
	Annotate(sents)
	wantConfidentAnswers(t, sents, map[string]string{
		"When was the summit held?":    "Monday",
		"Where was the summit staged?": "Geneva",
	})
}

// "What level...?" asks for a figure, as "What growth...?" does: an
// index, a rate, a price stands at a number, not at "relatively high".
func TestLevelAsksForFigure(t *testing.T) {
	sents := article("confidence", "Consumer confidence remained relatively high in March, when the survey's index rose to 96.4 from 95.1.", "Retailers welcomed the figures.")
	Annotate(sents)
	wantAnswers(t, sents, map[string]string{
		"What level did the survey's index reach in March?": "96.4",
	})
}

// A rank joined to its title by a hyphen ("vice-chairman", as news writes
// it) is read as the two words are: the sentence holds no chairman, so
// it answers nothing about one, whatever else it names; and a question
// asking for the joined rank asks a rank below, so the vice-chairman
// answers it.
func TestJoinedRankIsNoTitle(t *testing.T) {
	sents := article("club", "Rowing club vice-chairman Tom Reid said the club may move its boats to the Thames Boathouse.",
		"Members will vote on the move in May.")
	Annotate(sents)
	var a Answerer
	if got := ask(&a, sents, "Who is the rowing club's chairman?"); got.Answered() {
		t.Errorf("answered %q (%.2f), want no answer", got.Text, got.Score)
	}
	for q, want := range map[string]bool{
		"who is arsenal's vice-chairman":  true,
		"Who is the deputy-governor?":     true,
		"Who is the vice chairman?":       true,
		"who is arsenal's chairman":       false,
		"Who is the co-founder of Skype?": false,
		"Who is the ex-chairman?":         false,
	} {
		qa := analyzeQuestion(q)
		if qa.rankBelow != want {
			t.Errorf("%q asks a rank below: %v, want %v", q, qa.rankBelow, want)
		}
	}
}

// TestOwnersOrganisation: "What is Conte's firm?" asks for an
// organisation, as "Which firm...?" does.
func TestOwnersOrganisation(t *testing.T) {
	wantConfidentAnswersAlone(t, map[string][2]string{
		"conte's firm": {"Victor Conte, of Balco Laboratories, claims the sprinter regularly used drugs.", "Balco Laboratories"},
	})
}

// TestFragmentWithClause: a chat question typed as a noun phrase with a
// clause on it is answered as "who is" or "what is" the phrase.
func TestFragmentWithClause(t *testing.T) {
	wantConfidentAnswersAlone(t, map[string][2]string{
		"bolton keeper beaten by dyer": {"Kieron Dyer beat Bolton keeper Jussi Jaaskelainen with a low shot after 20 minutes.", "Jussi Jaaskelainen"},
		"year Sundance was founded":    {"The Sundance festival was founded in 1981 by Robert Redford.", "1981"},
	})
}

// TestGroundAsVenue: "At which ground...?" asks for a venue, answered by
// its name, as "At which stadium...?" is.
func TestGroundAsVenue(t *testing.T) {
	wantConfidentAnswersAlone(t, map[string][2]string{
		"At which ground will England play Holland?": {
			"England will play Holland at Villa Park on Wednesday.", "Villa Park"},
		"At which ground was the fund-raising match played?": {
			"The fund-raising match was played at Twickenham in front of 40,000 fans.", "Twickenham"},
	})
}

// A toll is a number whatever it counts: "death toll?" asks how many, as
// "What is the death toll?" does, and a date beside it does not answer.
func TestTollIsACount(t *testing.T) {
	for _, question := range []string{"tsunami death toll", "What is the death toll from the tsunami?"} {
		if q := analyzeQuestion(question); q.want != typeCount {
			t.Errorf("%q read as %v, want a count", question, q.want)
		}
	}
	sents := article("t", "The tsunami struck on 26 December.", "By Tuesday officials said the death toll from the tsunami had risen to more than 30,000.")
	Annotate(sents)
	var a Answerer
	if got := ask(&a, sents, "tsunami death toll"); got.Text != "more than 30,000" {
		t.Errorf("answered %q (%.2f), want more than 30,000", got.Text, got.Score)
	}
}

// "Who is the Culture Secretary?" in capitals asks who holds the title,
// as "Who is the culture secretary?" does; it is no name to define.
func TestCapitalisedTitleAsksHolder(t *testing.T) {
	q := analyzeQuestion("Who is the Culture Secretary?")
	if q.definition || q.want != typePerson {
		t.Errorf("read as definition %v, want %v; want a person", q.definition, q.want)
	}
	if q = analyzeQuestion("Who is Theresa May?"); !q.definition {
		t.Error(`"Who is Theresa May?" not read as a definition`)
	}
}

// A noun phrase typed alone whose common noun follows a name asks for
// the name's one, not what it is: "uwb range" is answered by the range
// the article gives UWB, where "What is UWB?" would be a definition.
func TestPhraseAsksTheNamesValue(t *testing.T) {
	sents := article("uwb", "Ultra-wideband (UWB) is a wireless technology backed by chip makers.",
		"The UWB technology works over a range up to 10 metres and uses billions of short radio pulses.")
	Annotate(sents)
	a := Answerer{}
	if got := ask(&a, sents, "uwb range"); got.Text != "up to 10 metres" {
		t.Errorf("uwb range = %q (%.2f), want %q", got.Text, got.Score, "up to 10 metres")
	}
}

// Asked what post someone holds, the title before their name answers,
// without the question's own names ("Leeds" of "Leeds sporting director
// Tom Farr"), and the sentence need not say "hold".
func TestTitleHeld(t *testing.T) {
	sents := article("farr", "Leeds sporting director Tom Farr has denied that coach Jim Bell resigned because of a clash of personalities at Elland Road.",
		"Farr joined Leeds from Hull in June.")
	Annotate(sents)
	wantConfidentAnswers(t, sents, map[string]string{
		"What role does Tom Farr hold at Leeds?": "sporting director",
	})
	for question, frame := range map[string]bool{
		"What role does Tom Farr hold at Leeds?": true,
		"What job did Tom Farr have?":            true,
		"What does Tom Farr hold?":               false,
	} {
		q := analyzeQuestion(question)
		for _, term := range q.terms {
			if term.verb && term.frame != frame {
				t.Errorf("%q: the verb %q is frame %v, want %v", question, term.low, term.frame, frame)
			}
		}
	}
}

// "Who runs X?" meets the title of X's chief or boss ("Gazprom chief
// Alexei Miller") as it meets the verb, without asking for a title: an
// organisation that runs something still answers.
func TestRunByChief(t *testing.T) {
	sents := article("gazprom", "Gazprom chief Alexei Miller confirmed that Yugansk was not part of the deal.",
		"Speaking on NTV, which is controlled by Gazprom, Mr Miller said Yugansk would run as a separate firm headed by Rosneft's Sergei Bogdanchikov.",
		"The helpline is run by the Direct Marketing Association and backed by EU rules.")
	Annotate(sents)
	wantConfidentAnswers(t, sents, map[string]string{
		"who runs gazprom":       "Alexei Miller",
		"Who runs the helpline?": "the Direct Marketing Association",
	})
}
