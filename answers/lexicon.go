package answers

import "strings"

// The lexicons below are general English and news vocabulary: closed word
// classes, titles, calendar words, number words, nationalities and the
// relation verbs questions paraphrase. They are read-only after
// initialisation; nothing here names a person, place or event of a
// particular story.

func set(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// stemsOf returns the stems of words: the lexicons that are matched
// against words by their stems.
func stemsOf(words map[string]bool) map[string]bool {
	m := make(map[string]bool, len(words))
	for w := range words {
		m[stem(w)] = true
	}
	return m
}

var determiners = set(`a an the this that these those its his her their our my your some any
	each every no another such either neither both all`)

// demonstratives are determiners that are conjunctions or pronouns too:
// "that France can win" holds no "that France".
var demonstratives = set(`this that these those`)

// predeterminers come before another determiner: "all the", "both his".
var predeterminers = set(`all both half`)

var prepositions = set(`of in on at to from by for with about into onto over under between among
	through during before after since until till against without within across along around
	near behind beyond toward towards upon via per despite amid amidst throughout beside besides
	outside inside above below like unlike than off past`)

var conjunctions = set(`and or but nor yet so`)

// subordinators open clauses: they end an answer phrase that began before them.
var subordinators = set(`because since although though while whereas if unless whether when
	where which who whom whose that after before until as once so`)

var pronouns = set(`i me my mine we us our ours you your yours he him his she her hers it its
	they them their theirs himself herself itself themselves ourselves myself yourself one`)

// firstPersonContractions are "I" and an auxiliary written as one word,
// with either apostrophe.
var firstPersonContractions = set(`i'm i've i'd i'll i’m i’ve i’d i’ll`)

var auxiliaries = set(`be is are was were been being am 's 're 'm do does did done doing have has had
	having will would shall should can could may might must ought 've 'd 'll`)

var whWords = set(`who whom whose what which when where why how`)

// stopWords are function words that never help find a sentence.
var stopWords = set(`a an the this that these those of in on at to from by for with about into
	onto over under and or but nor so yet is are was were be been being am do does did have has
	had will would shall should can could may might must it its they them their he him his she
	her we us our you your i me my who whom whose what which when where why how there here then
	than as also not no just very s 's too any some each every all both either neither more most
	such only own same other into out up down if because while do did does get got one ones
	please tell know let`)

// isStopWord is stopWords[w], most other words ruled out by a keyHint
// first: ranking and candidates ask it of every word they count.
func isStopWord(w string) bool { return stopHint.may(w) && stopWords[w] }

var stopHint = hintOf(stopWords)

// lightVerbs carry little meaning on their own: a question's main verb that
// is one of them is not required in the answer sentence.
var lightVerbs = set(`be do have get make go take give come say happen become use call`)

// titles precede a name and belong to the answer ("presidential aide
// Vladimir Medinsky", "retired Lt. Gen. Keith Kellogg"). Family relations
// behave as titles do ("his wife Jill", "Bohemond, Robert's son"), so
// "Who was Robert's son?" asks for the holder of one.
var titles = set(`president vice prime minister secretary senator sen. representative rep.
	governor gov. mayor premier chancellor king queen prince princess duke lord lady sir dame
	pope bishop archbishop cardinal reverend rev. father rabbi imam sheikh
	general gen. lieutenant lt. colonel col. major maj. captain capt. sergeant sgt. commander
	admiral adm. marshal corporal cpl. private officer chief
	judge justice attorney lawyer prosecutor ambassador envoy consul diplomat spokesman
	spokeswoman spokesperson aide adviser advisor official director manager chairman chairwoman
	chair ceo coo cfo cto executive founder president-elect leader head principal teacher professor prof. dr. doctor
	mr. mrs. ms. miss coach player captain deputy assistant minister-president
	dean superintendent inspector detective constable sheriff chef author writer
	reporter editor correspondent researcher scientist astronaut economist analyst
	commissioner councillor councilor counsellor speaker mp mep msp justice
	` + titleQualifierList + ` ` + kinTitleList)

// kinTitles are the family relations and successions that behave as
// titles ("his wife Jill", "his successor Louis XIII").
var kinTitles = set(kinTitleList)

const kinTitleList = `son daughter wife husband brother sister mother widow widower nephew niece cousin grandson
	granddaughter uncle aunt heir successor predecessor`

// isTitle reports whether a token is a title word: tagged as one, or one
// the tagger read as a plain word ("the chairman", in small letters).
func isTitle(t token) bool { return t.tag == tagTitle || titles[t.low] }

// qualifierTitles qualify a title ("Defence Secretary", "former
// President"): capitalised with no title after them, they are part of a
// name ("the Grand National", "the Federal Reserve"; see nameQualifiers).
var qualifierTitles = set(titleQualifierList)

const titleQualifierList = `defence defense foreign finance interior health education trade senior junior
	former retired late acting interim presidential national state federal provincial grand`

// adjectiveTitles are titles only when capitalised ("Major Tom Hall",
// "General Sir Mike Jackson"); in small letters they are adjectives: "at
// the major Manchester hotels" names no officer.
var adjectiveTitles = set(`major general principal`)

// titleHeads are the title words that can stand for a role on their own,
// as opposed to modifiers such as "foreign" or "retired". A member of a
// parliament is one ("Labour MP Barry Sheerman"): written in capitals,
// "MP" would otherwise read as an organisation's initials and take the
// person into one long name with the party.
var titleHeads = set(`president minister secretary senator sen. representative rep. governor gov.
	mayor premier chancellor king queen prince princess pope bishop general gen. lieutenant lt.
	colonel col. major maj. captain capt. sergeant sgt. commander admiral adm. marshal judge
	justice attorney prosecutor ambassador envoy spokesman spokeswoman spokesperson aide adviser
	advisor official director manager chairman chairwoman ceo coo cfo cto founder leader head principal
	professor prof. dr. doctor mr. mrs. ms. coach deputy dean superintendent inspector
	detective constable sheriff chief commissioner councillor councilor speaker economist
	analyst scientist researcher astronaut author writer reporter editor officer lawyer
	teacher chef correspondent mp mep msp ` + kinTitleList)

// honorifics are title abbreviations that are always followed by a name,
// with their full stop or, the British way, without: "Mr. Blair", "Ms
// Jowell".
var honorifics = set(`mr. mrs. ms. dr. prof. sen. rep. gov. gen. lt. col. capt. sgt. adm. rev. st. mr mrs ms dr`)

// abbreviations keep their full stop as part of the word.
var abbreviations = set(`mr mrs ms dr prof sen rep gov gen lt col capt sgt adm rev st jr sr inc
	ltd co corp jan feb mar apr aug sep sept oct nov dec mt ft no vs etc maj cpl bros dept est
	univ assn ave blvd`)

// expansions spell out abbreviations, so that "Mt. Everest" matches
// "Mount Everest" and "Gen." matches "General". Keys are lower case
// without their full stop.
var expansions = map[string]string{
	"mt": "mount", "mtn": "mountain", "st": "saint", "ft": "fort", "pt": "point", "dr": "doctor",
	"prof": "professor", "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general",
	"lt": "lieutenant", "col": "colonel", "capt": "captain", "sgt": "sergeant", "adm": "admiral",
	"maj": "major", "cpl": "corporal", "rev": "reverend", "pres": "president", "jr": "junior",
	"sr": "senior", "inc": "incorporated", "co": "company", "corp": "corporation", "ltd": "limited",
	"bros": "brothers", "dept": "department", "univ": "university", "assn": "association",
	"ave": "avenue", "blvd": "boulevard", "rd": "road", "jan": "january", "feb": "february",
	"mar": "march", "apr": "april", "jun": "june", "jul": "july", "aug": "august", "sep": "september",
	"sept": "september", "oct": "october", "nov": "november", "dec": "december", "no": "number",
	"vs": "versus",
}

// unitExpansions spell out the units written without a full stop.
var unitExpansions = map[string]string{"km": "kilometre", "mi": "mile", "kg": "kilogram", "lb": "pound", "lbs": "pound"}

// expanded returns the stem of the word an abbreviation stands for, or "".
// Only a word with its full stop is an abbreviation ("No." is number,
// "no" is no), but for units.
func expanded(low string) string {
	if full, ok := unitExpansions[low]; ok {
		return stem(full)
	}
	if w, ok := strings.CutSuffix(low, "."); ok {
		if full, ok := expansions[w]; ok {
			return stem(full)
		}
	}
	return ""
}

var weekdays = set(`monday tuesday wednesday thursday friday saturday sunday`)

var months = set(`january february march april may june july august september october november
	december jan. feb. mar. apr. aug. sep. sept. oct. nov. dec.`)

// timeWords can make up a date or time expression with the words around them.
var timeWords = set(`today yesterday tomorrow tonight morning afternoon evening night week
	weekend month year decade century day days weeks months years decades centuries hours
	hour minutes minute seconds second season spring summer fall autumn winter now recently
	currently soon later earlier ago last next this past early late mid noon midnight
	christmas easter holiday holidays time times era age gmt bst utc cet cest edt pst pdt`)

// timeZones follow a clock time: "at 1830 GMT" is a time, not a year.
var timeZones = set(`gmt bst utc cet cest edt pst pdt`)

// relativeTime words are date answers all by themselves.
var relativeTime = set(`today yesterday tomorrow tonight recently soon now currently earlier
	later`)

var numberWords = set(`zero one two three four five six seven eight nine ten eleven twelve
	thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty
	sixty seventy eighty ninety hundred thousand million billion trillion dozen dozens hundreds
	thousands millions billions half quarter third several few many first second third fourth
	fifth sixth seventh eighth ninth tenth once twice`)

// cardinalWords are number words that count (as opposed to "first" or
// "several").
var cardinalWords = set(`one two three four five six seven eight nine ten eleven twelve
	thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty
	sixty seventy eighty ninety hundred thousand million billion trillion dozen dozens hundreds
	thousands millions billions half quarter`)

// units follow a number in quantities, durations, distances and money.
var units = set(`percent per cent % pound ` + currencyList + `
	kilometres kilometers kilometre kilometer km kms metres meters metre meter m miles mile mi
	feet foot ft inches inch cm centimetres centimeters millimetres mm kilograms kilogram kg
	grams gram tonnes tons ton litres liters litre liter hectares hectare acres acre
	square cubic degrees degree celsius fahrenheit years year months month weeks week days day
	hours hour minutes minute seconds second decades decade centuries century times
	people persons students children kids members workers officials soldiers troops
	points goals votes seats games calories watts volts bytes megabytes gigabytes`)

// unitSpellings are the ways of writing one unit: "325 mi" counts the
// miles of "How many miles...?", "40 km" the kilometers. unitKey maps
// each, by its stem, to the first.
var unitSpellings = [][]string{
	{"kilometre", "kilometres", "kilometer", "kilometers", "km", "kms"},
	{"mile", "miles", "mi"},
	{"metre", "metres", "meter", "meters", "m"},
	{"centimetre", "centimetres", "centimeter", "centimeters", "cm"},
	{"millimetre", "millimetres", "millimeter", "millimeters", "mm"},
	{"foot", "feet", "ft"},
	{"inch", "inches"},
	{"yard", "yards", "yd", "yds"},
	{"kilogram", "kilograms", "kilo", "kilos", "kg", "kgs"},
	{"pound", "pounds", "lb", "lbs"},
	{"tonne", "tonnes", "ton", "tons"},
	{"litre", "litres", "liter", "liters"},
	{"hectare", "hectares", "ha"},
	{"hour", "hours", "hr", "hrs"},
	{"minute", "minutes", "min", "mins"},
	{"second", "seconds", "sec", "secs"},
	{"year", "years", "yr", "yrs"},
	{"percent", "%", "percentage"},
}

var unitKeys = func() map[string]string {
	m := make(map[string]string)
	for _, sp := range unitSpellings {
		for _, w := range sp {
			m[stem(w)] = sp[0]
		}
	}
	return m
}()

// unitKey returns the unit a word's stem spells, or the stem itself.
func unitKey(st string) string {
	if k, ok := unitKeys[st]; ok {
		return k
	}
	return st
}

var durationUnits = set(`years year months month weeks week days day hours hour minutes minute
	seconds second decades decade centuries century`)

// shortUnits are the durations too short to be anyone's age said
// without "old" ("the three-week-old baby" says it).
var shortUnits = set(`hours hour minutes minute seconds second days day weeks week`)

var moneyWords = set(`$ £ € ¥ ` + currencyList)

// currencyList names the currencies, units and moneyWords both: "won"
// and "mark" are left out, being words first; "pound" is a weight too,
// and only units has it.
const currencyList = `dollars dollar cents cent pounds euros euro yen yuan rupees rupee pence
	penny francs franc pesos peso roubles rouble rubles ruble lira lire deutschmarks deutschmark
	krona kronor krone kroner shekel shekels dinar dinars dirham dirhams zloty zlotys baht ringgit
	riyal riyals rial rials naira drachma drachmas guilder guilders schilling schillings escudo
	escudos peseta pesetas forint`

// demonyms maps nationality adjectives to their country so that "the
// Russian delegation" matches "Russia" (and the reverse).
var demonyms = map[string]string{
	"american": "america", "russian": "russia", "ukrainian": "ukraine", "chinese": "china",
	"german": "germany", "french": "france", "british": "britain", "english": "england",
	"canadian": "canada", "mexican": "mexico", "japanese": "japan", "korean": "korea",
	"indian": "india", "pakistani": "pakistan", "iranian": "iran", "iraqi": "iraq",
	"israeli": "israel", "palestinian": "palestine", "syrian": "syria", "turkish": "turkey",
	"egyptian": "egypt", "saudi": "saudi", "italian": "italy", "spanish": "spain",
	"portuguese": "portugal", "dutch": "netherlands", "belgian": "belgium", "swiss": "switzerland",
	"swedish": "sweden", "norwegian": "norway", "danish": "denmark", "finnish": "finland",
	"polish": "poland", "czech": "czech", "hungarian": "hungary", "greek": "greece",
	"austrian": "austria", "irish": "ireland", "scottish": "scotland", "welsh": "wales",
	"australian": "australia", "brazilian": "brazil", "argentine": "argentina",
	"argentinian": "argentina", "chilean": "chile", "colombian": "colombia", "cuban": "cuba",
	"venezuelan": "venezuela", "peruvian": "peru", "nigerian": "nigeria", "kenyan": "kenya",
	"ethiopian": "ethiopia", "african": "africa", "european": "europe", "asian": "asia",
	"afghan": "afghanistan", "vietnamese": "vietnam", "thai": "thailand", "filipino": "philippines",
	"indonesian": "indonesia", "malaysian": "malaysia", "serbian": "serbia", "serb": "serbia",
	"croatian": "croatia", "bosnian": "bosnia", "albanian": "albania", "romanian": "romania",
	"bulgarian": "bulgaria", "yugoslav": "yugoslavia", "yugoslavian": "yugoslavia",
	"kosovar": "kosovo", "lebanese": "lebanon", "jordanian": "jordan", "libyan": "libya",
	"sudanese": "sudan", "somali": "somalia", "haitian": "haiti", "jamaican": "jamaica",
	"quebecois": "quebec", "québécois": "quebec", "belarusian": "belarus", "georgian": "georgia",
	"armenian": "armenia", "taiwanese": "taiwan", "tibetan": "tibet", "mongolian": "mongolia",
	"emirati": "emirates", "qatari": "qatar", "yemeni": "yemen",
	"soviet": "soviet", "western": "west", "eastern": "east", "northern": "north", "southern": "south",
	"newfoundlander": "newfoundland", "inuit": "inuit", "albertan": "alberta", "ontarian": "ontario",
}

// givenNames are common first names, in news from many countries, that
// are rarely anything else: a name of two or three words opening with
// one is a person's (guessKind). Names that are also places or words
// (Jordan, Victoria, Christian, Chad, Paris, Lincoln...) are left out.
var givenNames = set(`aaron adam adrian ahmed alan albert alex alexander alexei alfred ali alice alicia allan
	allen amanda amy andrea andrew andy angela ann anna anne anthony antonio arnold arthur babe barbara
	barry ben benjamin bernard betty bill billy bob bobby boris brad brandon brenda brian bruce bruno
	carl carlos carol caroline catherine charles chris christopher claire colin craig dan daniel
	danny dave david dennis diana diane dmitry donald doris dorothy douglas ed eddie edward elena
	elizabeth ellen emily emma eric erik fatima frank fred frederick gary geoffrey george gerald
	gerry gordon graham greg gregory hans harold harry heinz helen henry howard hugh ian igor ivan
	jack jacques james jamie jane janet jason jean jeff jeffrey jennifer jeremy jerry jessica jim
	jimmy joan joe johann john johnny jonathan jose joseph juan judy julia julie justin karen karl
	kate katherine keith kelly ken kenneth kevin kim larry laura lauren lee leonid linda lisa louis
	louise lucy luis margaret maria marie mark martin mary matthew michael michel mike mohamed
	mohammed muhammad nancy natalie neil nicholas nick nicola nicolas nikolai oliver olga omar
	pamela pat patricia patrick paul peter philip pierre rachel ralph raymond rebecca richard rick
	robert robin roger ronald rose roy ruth ryan sally sam samuel sandra sarah scott sean sergei
	sharon simon stanley stephen steve steven stuart susan thomas tim timothy todd tom tony valery
	vincent vladimir walter wayne william yuri
	abdul abdullah adolf agnes ahmad aisha alain alastair alberto alejandro alessandro alexandra alexis
	alison alistair amelie amir anastasia anders andre andrei andreas andres angelina angelo anita annette
	antoine anton antonia arjun arsene ashley audrey barack bernie beth beverly brendan brett bridget
	bryan camilla carla carmen carolyn cate cecilia celine charlie cheryl chloe christina christine
	cindy clara clare claude claudia clint clive colleen conrad cristina curtis cynthia damien damon
	darren davide debbie deborah declan denis denise derek diego dimitri dominic dominique donna duncan
	dustin edith eduardo edwin eileen elaine eleanor eli elijah elliot elton emil emmanuel enrique
	erica ernest esther ethan eugene evan evelyn fabio felipe felix fernando fiona francesca francesco
	francis francisco franco francois frederic gabriel gareth gavin gemma geoff gerard gerhard gianni
	gilbert giovanni giuseppe gloria graeme gustavo gwyneth hamid harriet hassan heidi helmut herbert
	hilary hillary hiroshi horst hussein ibrahim ingrid irene isaac isabel isabella jacob jacqui jake
	janice jared javier jenny jenson jesse jill joanna joanne joel johan jon jonny jorge josef joshua
	joyce jude juergen julian juliet jurgen justine kamal kareem karim kathleen kathryn kathy katie
	keanu keira kenny kimi kirsty klaus kofi kurt kyle kylie lars laurence leah leon leonard leonardo
	leslie liam lindsay lionel lleyton lorenzo lorraine louisa luca lucas luigi luke malcolm manuel marc
	marcel marco marcus marianne marilyn mario marion marjorie marlene marat martha martina marvin
	mathew matt maureen maurice megan melanie melissa michelle miguel mikhail milton miriam mitchell
	mohammad monica moses nadia naomi natasha nathan neville nicole nigel nikita noel nora norman
	olivia oscar owen pablo paolo pascal paula pauline pedro penelope percy phil philippe phillip
	phyllis pietro quentin rafael ralf ramon randy raul reginald renee ricardo ricky rita robbie
	roberto rodney roland ronnie rosemary rupert russell sabine salman samantha sara sasha saul
	scarlett sebastian serena sergio seth shane shannon sheila shirley silvio sofia sonia sophie stefan
	stefano stella stephanie svetlana sven sylvia tamara tanya teresa terry theresa tessa thierry tina tobias
	toby tommy tracy trevor ulrich ursula valentino vanessa vera veronica viktor vivian wendy werner
	wilhelm willie wolfgang xavier yasser yvonne zach zoe`)

// eventWords end the names of events and competitions, which are nobody
// and nowhere: "US Open", "Davis Cup", "Cannes Film Festival", "Golden
// Globes" (and the "Golden Globe" won there; a newspaper's "Globe" is
// rarer in the news), "Grand Slams", "Champions
// League" (a league's name is a competition's in the news, rarely a
// body's).
var eventWords = set(`open cup championship championships olympics prix trophy award awards globe globes
	festival marathon prize tournament series summit expo slam slams league`)

// orgWords mark a capitalised name as an organisation.
var orgWords = set(`ministry department agency office council committee commission parliament
	congress senate assembly government administration party union league association
	federation organization organisation society institute institution university college
	school academy company corporation corp. inc. ltd. co. plc llc gmbh group bank fund foundation trust
	church board bureau service services army navy force forces police court tribunal
	hospital clinic museum centre center club team network press times post news journal
	kremlin pentagon nato un eu unesco unicef fbi cia rcmp cbc bbc nasa nations cross`)

// orgNameWords mark a capitalised name as an organisation too, but only
// as a name's word: in small letters they are things or groups ("the
// film industry", "a new software system"), no organisation's name.
// "London Stock Exchange", "Revolution Studios", "Factory Records",
// "British Chambers of Commerce", "Federal Reserve".
var orgNameWords = set(`exchange studios studio records airways airlines holdings industry industries
	commerce reserve treasury authority confederation alliance coalition consortium laboratories
	labs motors pharmaceuticals securities pictures productions railways software systems media
	international technologies communications telecom networks guild`)

// namesOrganisation reports whether a capitalised name's word says the
// name is an organisation's: one of orgWords or orgNameWords.
func namesOrganisation(w string) bool { return orgWords[w] || orgNameWords[w] }

// siteNouns name places without being names: where-questions take them
// as answers when nothing named fits.
var siteNouns = set(`plant factory mill mine school hospital clinic camp prison jail church
	office store shop restaurant hotel farm station base stadium arena museum library university
	college laboratory lab market mall centre center warehouse shelter home house apartment
	city town village province country island river lake mountain valley bay sea ocean coast
	street road park bridge airport harbour harbor port district region desert forest beach`)

// placeWords mark a capitalised name as a place.
var placeWords = set(`city town village county province state country republic kingdom island
	islands river lake mountain mountains valley bay sea ocean gulf coast street avenue road
	square park bridge airport harbour harbor port district region territory peninsula desert
	strait canal falls beach forest`)

// places is a small gazetteer of countries, continents and regions; a
// name in it is a place wherever it occurs.
var places = set(`afghanistan africa alaska albania alberta algeria america americas antarctic
	antarctica arctic argentina armenia asia atlantic australia austria bangladesh belarus
	belgium bolivia bosnia brazil britain bulgaria cambodia canada chile china colombia congo
	croatia cuba cyprus czech denmark egypt england estonia ethiopia europe finland france
	georgia germany ghana greece greenland haiti hungary iceland india indonesia iran iraq
	ireland israel italy jamaica japan jordan kenya korea kosovo kuwait latvia lebanon libya
	lithuania malaysia mexico mongolia morocco nepal netherlands nigeria norway pacific
	pakistan palestine panama peru philippines poland portugal qatar romania russia rwanda
	scotland serbia singapore slovakia somalia spain sudan sweden switzerland syria taiwan
	thailand tibet tunisia turkey uganda ukraine vietnam wales yemen yugoslavia zimbabwe
	ontario quebec manitoba saskatchewan nunavut yukon labrador newfoundland nova scotia
	brunswick columbia toronto montreal ottawa vancouver calgary edmonton winnipeg halifax
	london paris berlin moscow beijing tokyo washington york chicago boston kyiv kiev istanbul
	ankara rome madrid geneva brussels jerusalem baghdad cairo delhi sydney dubai abu dhabi
	minnesota texas california florida oklahoma oregon ohio michigan colorado
	states emirates`)

// personCueVerbs follow or precede a person's name ("X said", "said X").
var personCueVerbs = set(`said says told tells asked added explained according stated noted
	claimed recalled insisted argued warned wrote agreed believes thinks thought wants hopes
	admitted announced replied`)

// relations groups verbs and nouns that questions use for one another.
// Matching is on stems (see stem); each group is one relation.
var relations = [][]string{
	{"film", "movie", "picture"},
	{"portray", "play", "role"},
	// Parties by their nicknames: "the Tories" are the Conservatives.
	{"tory", "conservative"},
	{"gop", "republican"},
	// ... and by their short forms: the "Lib Dems" are the Liberal
	// Democrats.
	{"lib", "liberal"},
	{"dem", "democrat"},
	// News and chat shorten technology to tech ("IBM's tech chief").
	{"tech", "technology"},
	{"lead", "head", "chair", "leader", "direct", "command", "helm", "captain", "skipper", "boss", "front", "manager"},
	{"say", "tell", "state", "claim", "announce", "add", "explain", "report", "note", "assert",
		"declare", "remark", "express", "comment", "speak", "talk", "reply", "address"},
	{"describe", "call", "characterize", "characterise", "label", "dub", "brand", "term", "portray", "refer"},
	{"meet", "talks", "negotiate", "negotiation", "summit", "discuss", "meeting"},
	{"delegation", "team", "group", "side", "party", "mission", "crew", "squad"},
	{"invite", "invitation"},
	{"reject", "decline", "refuse", "rejection", "refusal", "dismiss", "oppose"},
	{"accept", "agree", "approve", "endorse", "acceptance"},
	{"appoint", "name", "nominate", "select", "choose", "pick", "hire", "appointment"},
	{"kill", "die", "dead", "death", "murder", "slay", "fatal", "assassinate", "execute"},
	{"begin", "start", "launch", "commence", "establish", "create", "open"},
	{"end", "finish", "conclude", "close", "stop", "halt", "quit"},
	{"buy", "purchase", "acquire"},
	{"sell", "sale"},
	{"win", "victory", "beat", "defeat"},
	{"skip", "boycott", "snub", "absence", "absent", "miss"},
	// Sides and players "face" the ones they play or meet.
	{"face", "play", "meet"},
	// A plan "backed" is one supported, endorsed or favoured.
	{"back", "support", "endorse", "favour", "favor"},
	{"lose", "loss"},
	{"build", "construct", "erect"},
	// Markets and prices as news words them: shares "soar", sales
	// "plunge".
	{"increase", "rise", "grow", "raise", "jump", "climb", "boost", "soar", "surge", "rocket", "leap"},
	{"decrease", "fall", "drop", "decline", "cut", "reduce", "lower", "shrink", "slump", "plunge", "slide", "tumble", "dip"},
	{"live", "reside", "home", "hometown", "resident"},
	{"born", "birth", "bear"},
	{"arrest", "detain", "charge", "jail", "custody"},
	{"attack", "strike", "bomb", "assault", "raid"},
	{"help", "assist", "aid", "support"},
	{"cost", "price", "pay", "fee", "worth", "spend"},
	{"want", "seek", "desire", "wish", "hope"},
	{"show", "reveal", "demonstrate", "indicate", "suggest"},
	{"find", "discover", "uncover", "detect"},
	{"make", "produce", "manufacture", "create"},
	{"write", "author", "compose", "pen"},
	{"send", "dispatch", "ship"},
	{"travel", "trip", "journey", "tour", "visit", "voyage", "go"},
	{"expect", "expectation", "anticipate", "predict", "forecast", "foresee"},
	{"worry", "concern", "fear", "skeptical", "skepticism", "scepticism", "doubt"},
	{"plan", "schedule", "intend", "propose"},
	{"determine", "determination", "resolve", "commit", "commitment"},
	{"affirm", "confirm", "insist", "reiterate", "emphasize", "emphasise", "stress"},
	{"large", "big", "size", "huge", "area"},
	{"tall", "height", "high"},
	{"old", "age"},
	{"long", "length", "duration"},
	{"far", "distance"},
	{"many", "number"},
	{"title", "position", "job", "role", "post"},
	{"run", "operate", "manage", "administer", "oversee", "supervise"},
	{"earn", "salary", "wage", "income", "paid", "pay"},
	{"donate", "donation", "give", "gift", "contribute", "contribution", "grant"},
	{"leave", "flee", "depart", "escape", "quit", "exit"},
	{"resign", "resignation", "quit"},
	{"replace", "replacement", "succeed", "successor"},
	{"intend", "want", "plan", "aim", "wish"},
	{"reach", "arrive", "get", "walk", "travel"},
	{"die", "kill", "death", "dead", "life", "lives", "fatality", "casualty"},
	{"work", "job", "employ", "employee", "employer", "career", "retire"},
	{"receive", "get", "obtain", "gain", "given"},
	{"prevent", "block", "stop", "ban", "forbid", "prohibit", "halt"},
	{"try", "attempt", "effort", "seek", "strive"},
	{"happen", "occur", "take", "result"},
	{"own", "owner", "ownership", "possess", "belong"},
	{"attend", "enrol", "enroll", "enrollment", "enrolment", "student"},
	{"introduce", "institute", "impose", "implement", "establish", "adopt", "enact"},
	{"say", "quote", "according"},
	{"think", "believe", "feel", "consider", "dream", "imagine"},
	{"show", "display", "exhibit", "broadcast", "air", "screen"},
	{"hit", "strike", "struck", "roar", "sweep", "batter", "devastate"},
	{"size", "estimate", "number", "population", "total", "count"},
	{"represent", "spokesman", "spokeswoman", "spokesperson", "speak", "member"},
	{"cause", "trigger", "spark", "prompt", "lead"},
	{"protect", "defend", "guard", "shield", "safeguard"},
	{"celebrate", "festival", "celebration", "mark", "honour", "honor"},
	{"child", "kid", "boy", "girl", "youngster", "student", "teenager"},
	{"protest", "protester", "demonstrate", "demonstration", "demonstrator", "rally", "march", "picket"},
	{"sibling", "brother", "sister"},
	{"parent", "father", "mother"},
	{"car", "vehicle", "truck"},
	{"doctor", "physician", "surgeon", "resident"},
	{"country", "nation", "state"},
	{"company", "firm", "business", "corporation", "maker", "manufacturer"},
	{"money", "fund", "cash", "dollar", "cost"},
	{"law", "legislation", "bill", "act", "rule", "regulation"},
	{"fight", "battle", "war", "conflict", "combat", "struggle"},
	{"meet", "gather", "assemble", "convene"},
	{"marry", "married", "husband", "wife", "spouse", "wed", "wedding", "marriage", "widow", "widower"},
	{"limit", "cap", "restrict", "restriction", "curb", "ceiling"},
	{"praise", "welcome", "applaud", "hail", "commend"},
	{"study", "research", "survey", "analysis", "report"},
	{"release", "publish", "issue", "unveil"},
	// A film or a game is released as it premieres, launches or debuts.
	{"release", "launch", "debut", "premiere"},
	{"jail", "prison", "imprison", "imprisonment"},
	// A programme is a show or a series.
	{"programme", "program", "show", "series"},
	// A target is a goal or an aim; a PC a computer or a laptop.
	{"target", "goal", "aim"},
	{"computer", "pc", "laptop"},
	// Results and ratings as business news words them: a firm "posted"
	// the profits it "reported"; an agency "upgraded" the rating it
	// "raised".
	{"post", "report", "announce", "unveil"},
	{"upgrade", "raise", "lift"},
	// A bid or a plan thought about: "weighing", "mulling",
	// "considering" a bid.
	{"consider", "weigh", "mull", "contemplate", "ponder"},
	{"downgrade", "cut", "lower"},
	{"sack", "fire", "dismiss", "oust", "axe"},
	{"warn", "warning", "caution", "alert"},
	{"criticise", "criticize", "criticism", "condemn", "slam", "blast", "attack"},
	{"deport", "deportation", "expel", "expulsion"},
	{"main", "principal", "primary"},
	{"today", "modern", "nowadays", "present-day"},
	{"treaty", "agreement", "accord", "pact", "deal"},
	{"last", "final"},
	{"vote", "ballot", "election", "poll"},
	{"conduct", "perform", "undertake"},
	{"current", "currently", "presently"},
	{"injure", "injury", "hurt", "wound"},
	{"accuse", "accusation", "allege", "allegation"},
	{"statistic", "statistics", "data"},
	{"obstacle", "barrier", "hurdle"},
	{"vanish", "disappear", "evaporate"},
	{"rescue", "save"},
	{"repair", "fix", "mend"},
	{"damage", "harm"},
	{"ask", "request", "demand"},
	{"allow", "permit", "enable", "let"},
	{"investigate", "investigation", "probe", "inquiry", "examine"},
	{"compete", "competition", "contest", "tournament", "championship"},
	{"award", "prize", "trophy"},
	{"shop", "shopkeeper", "retailer"},
	{"quick", "fast", "rapid"},
	{"small", "tiny"},
	{"rich", "wealthy"},
	{"govern", "reign"},
	{"release", "liberate"},
	{"kidnap", "abduct", "seize", "capture"},
	{"cure", "treat", "treatment", "heal"},
	{"teach", "educate", "education"},
	{"head", "chief", "ceo", "boss"},
	// The head of a state, a bank or a federation is its president.
	{"head", "president"},
	{"tell", "advise", "urge", "instruct", "order", "encourage"},
	{"cancel", "cancellation", "scrap", "abandon"},
	{"postpone", "delay", "defer", "reschedule"},
	{"match", "game", "fixture", "clash"},
	{"stadium", "ground", "venue", "arena"},
	{"concert", "gig", "performance"},
	{"fan", "supporter", "spectator"},
	{"newspaper", "paper", "publication"},
	// News calls a newspaper a daily ("the Amsterdam daily"), a
	// sports club its team or side, and a rival left behind one
	// surpassed or outstripped.
	{"newspaper", "paper", "daily"},
	{"team", "side", "club"},
	{"overtake", "surpass", "outstrip", "overhaul"},
	// A firm's sales are its turnover or revenue; a band is a group; an
	// award a gong; a side defeated lost; a promise a pledge or a vow.
	{"revenue", "turnover", "sales"},
	{"band", "group"},
	{"award", "gong"},
	{"lose", "defeat"},
	{"pledge", "promise", "vow"},
	// What a thing is worth is its value; a ref is a referee.
	{"value", "worth"},
	{"referee", "ref"},
	// A photograph is a photo, a picture or an image; to hope is to aim.
	{"photograph", "picture", "photo", "image"},
	{"hope", "aim"},
	{"customer", "user", "consumer", "client", "subscriber"},
	{"rival", "competitor", "opponent"},
	{"ill", "sick", "illness", "unwell"},
	{"chair", "chairman", "chairwoman", "chairperson"},
	// A suit and a closure as news words them: "filed a lawsuit" for
	// "sued", "the closure of" for "shut".
	{"sue", "lawsuit", "litigation"},
	{"shut", "close", "closure"},
	// A bank as news words it is a lender, a fee a charge.
	{"lender", "bank"},
	{"fee", "charge"},
	// A ceremony is an event; a tsunami a wave.
	{"ceremony", "event"},
	{"tsunami", "wave"},
	// What is owed is a debt; what affects something impacts it; a prize
	// won is one scooped.
	{"owe", "debt"},
	{"affect", "impact"},
	{"win", "scoop"},
	// Words a chat types for the news's: to reckon is to think or
	// estimate, a hike a rise, a bio a biography, to nick to steal, a row
	// a dispute, to flog to sell.
	{"reckon", "think", "estimate", "believe"},
	{"hike", "increase", "raise"},
	{"bio", "biography"},
	{"nick", "steal"},
	{"row", "dispute", "spat"},
	{"flog", "sell"},
	// Football clubs by their nicknames, as the parties above: news and
	// chat alike call Tottenham "Spurs", Portsmouth "Pompey".
	{"spurs", "tottenham"}, {"pompey", "portsmouth"}, {"boro", "middlesbrough"}, {"gunners", "arsenal"},
	{"toffees", "everton"}, {"magpies", "newcastle"}, {"saints", "southampton"}, {"foxes", "leicester"},
}

// derivations are general English words derived from a base word whose
// spelling they change, mapped to that base word: matched like a word and
// its derived forms ("death" for "die", "height" for "high").
var derivations = map[string]string{
	"death": "die", "dead": "die", "growth": "grow", "height": "high", "highest": "high",
	"higher": "high", "strength": "strong", "length": "long", "depth": "deep", "width": "wide",
	"breadth": "broad", "loss": "lose", "choice": "choose", "speech": "speak", "life": "live",
	"sale": "sell", "birth": "bear", "success": "succeed", "successful": "succeed",
	"destruction": "destroy", "proof": "prove", "belief": "believe", "flight": "fly",
	"heat": "hot", "warmth": "warm", "truth": "true", "youth": "young", "safety": "safe",
	"knowledge": "know", "entrance": "enter", "theft": "steal", "thief": "steal", "gift": "give",
	"sight": "see", "song": "sing", "threat": "threaten", "poverty": "poor", "hunger": "hungry",
	"pride": "proud", "danger": "dangerous", "fame": "famous", "freedom": "free",
	// Agent nouns that double the verb's last letter ("winner in Delray
	// Beach" for "Who won...?"); the suffix rule would leave "winn".
	"winner": "win", "runner": "run", "bidder": "bid", "beginner": "begin", "shopper": "shop",
	"robber": "rob", "planner": "plan", "spinner": "spin", "swimmer": "swim", "hitter": "hit",
	"setter": "set", "jogger": "jog", "shipper": "ship", "trekker": "trek",
}

// countryAliases are short forms of country names, matched like a
// nationality and its country ("U.S. states" and "American states").
var countryAliases = map[string]string{
	"u.s.": "america", "u.s.a.": "america", "usa": "america", "u.k.": "britain", "uk": "britain",
}

// phrasalVerbs are verbs and particles a chat types where news writes
// one word, by the verb's stem and the particle, with that word: its
// relations match too ("went up" matches "rose", "increased", "jumped").
var phrasalVerbs = func() map[string]string {
	m := map[string]string{}
	for pv, word := range map[string]string{
		"go up": "rise", "go down": "fall", "put out": "release",
		"go under": "bankrupt", "kick in": "begin", "set up": "establish",
		"knock out": "beat", "step down": "resign", "pull out": "withdraw", "drop out": "withdraw",
		"shut down": "close", "call off": "cancel", "put off": "postpone", "give up": "quit",
		"carry out": "conduct", "find out": "discover", "come back": "return", "go back": "return",
		"turn down": "reject", "hand over": "give", "point out": "say",
		"lay off": "cut", "close down": "close", "bail out": "rescue", "run out": "expire",
		"set off": "trigger", "bring in": "introduce", "put forward": "propose", "step up": "increase",
		"scale back": "reduce", "push back": "postpone", "put back": "postpone", "look into": "investigate",
		"get back": "return",
	} {
		verb, particle, _ := strings.Cut(pv, " ")
		m[stem(verb)+" "+particle] = word
	}
	return m
}()

// irregular maps irregular verb forms and plurals to the stem of their
// base form.
var irregular = map[string]string{
	"led": "lead", "said": "say", "says": "say", "told": "tell", "met": "meet", "went": "go",
	"gone": "go", "goes": "go", "took": "take", "taken": "take", "ran": "run", "won": "win",
	"began": "begin", "begun": "begin", "brought": "bring", "bought": "buy", "thought": "think",
	"sought": "seek", "caught": "catch", "taught": "teach", "fought": "fight", "held": "hold",
	"kept": "keep", "left": "leave", "felt": "feel", "lost": "lose", "made": "make",
	"paid": "pay", "sent": "send", "spent": "spend", "built": "build", "stood": "stand",
	"understood": "understand", "wrote": "write", "written": "write", "gave": "give",
	"given": "give", "came": "come", "became": "become", "saw": "see", "seen": "see",
	"knew": "know", "known": "know", "grew": "grow", "grown": "grow", "threw": "throw",
	"thrown": "throw", "flew": "fly", "flown": "fly", "drew": "draw", "drawn": "draw",
	"chose": "choose", "chosen": "choose", "spoke": "speak", "spoken": "speak", "broke": "break",
	"broken": "break", "woke": "wake", "froze": "freeze", "stole": "steal", "fell": "fall",
	"fallen": "fall", "rose": "rise", "risen": "rise", "drove": "drive", "driven": "drive",
	"ate": "eat", "eaten": "eat", "hid": "hide", "hidden": "hide", "bit": "bite", "shot": "shoot",
	"struck": "strike", "hung": "hang", "sang": "sing", "sung": "sing", "swam": "swim",
	"sat": "sit", "slept": "sleep", "meant": "mean", "dealt": "deal", "heard": "hear",
	"found": "find", "sold": "sell", "hit": "hit", "put": "put", "set": "set", "cut": "cut",
	"let": "let", "quit": "quit", "read": "read", "born": "bear", "bore": "bear", "wore": "wear",
	"worn": "wear", "tore": "tear", "torn": "tear", "dug": "dig", "fed": "feed", "fled": "flee",
	"bled": "bleed", "bred": "breed", "sped": "speed", "shook": "shake", "forgot": "forget",
	"forgotten": "forget", "got": "get", "gotten": "get", "did": "do", "done": "do", "does": "do",
	"had": "have", "has": "have", "was": "be", "were": "be", "is": "be", "are": "be", "am": "be",
	"been": "be", "being": "be", "men": "man", "women": "woman", "children": "child",
	"people": "people", "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose",
	"lives": "life", "wives": "wife", "knives": "knife", "leaves": "leaf", "wolves": "wolf",
	"halves": "half", "shelves": "shelf", "thieves": "thief", "news": "news", "series": "series",
	"species": "species", "us": "us", "this": "this", "his": "his", "its": "its",
	"taller": "tall", "tallest": "tall", "bigger": "big", "biggest": "big", "larger": "large",
	"largest": "large", "older": "old", "oldest": "old", "better": "good", "best": "good",
	"worse": "bad", "worst": "bad", "more": "more", "most": "more", "less": "less",
	"least": "less", "further": "far", "farther": "far", "lay": "lie", "lain": "lie",
	"slid": "slide", "lit": "light", "bound": "bind", "ground": "ground",
	"dove": "dive", "swore": "swear", "sworn": "swear", "overcame": "overcome", "underwent": "undergo",
	"undergone": "undergo", "beaten": "beat", "withdrew": "withdraw", "withdrawn": "withdraw", "forbade": "forbid", "died": "die", "dies": "die", "dying": "die", "lying": "lie", "lied": "lie",
	"tied": "tie", "ties": "tie", "eyes": "eye",
	"frozen": "freeze", "stolen": "steal", "forgave": "forgive", "forgiven": "forgive",
	"bitten": "bite", "lent": "lend", "overthrew": "overthrow", "overthrown": "overthrow",
	"undertook": "undertake", "undertaken": "undertake", "mistook": "mistake", "mistaken": "mistake",
	"proven": "prove", "shaken": "shake", "woken": "wake", "rode": "ride", "ridden": "ride",
	"sank": "sink", "sunk": "sink", "sprang": "spring", "sprung": "spring", "swung": "swing",
	"spun": "spin", "shone": "shine", "slain": "slay", "slew": "slay", "shrank": "shrink",
	"shrunk": "shrink", "drank": "drink", "drunk": "drink", "rang": "ring", "rung": "ring",
	"upheld": "uphold", "withheld": "withhold", "foresaw": "foresee", "foreseen": "foresee",
	"overtook": "overtake", "overtaken": "overtake", "arose": "arise", "arisen": "arise",
	"bent": "bend", "burnt": "burn", "learnt": "learn", "wept": "weep", "swept": "sweep",
	"crept": "creep", "stuck": "stick", "rebuilt": "rebuild", "retook": "retake", "retaken": "retake",
	"oversaw": "oversee", "overseen": "oversee", "strove": "strive", "striven": "strive",
	"sued": "sue", "suing": "sue", "shots": "shoot", "thoughts": "think",
}

// commonVerbs are frequent English verbs in their base form. A word whose
// stem is one of them is tagged a verb where the context allows a verb
// (after a subject, "to", or an auxiliary), since English nouns and verbs
// share so many forms ("runs", "plans", "fire").
var commonVerbs = set(`accept accuse achieve act add admit advise affect afford agree aim allow
	announce answer appear apply appoint approve argue arrange arrest arrive ask attack attempt
	attend avoid ban base bear beat become begin believe belong blame block borrow break bring
	build burn buy call campaign care carry catch cause celebrate change characterise characterize charge chase check
	choose claim clean clear climb close collect come compare compete complain complete concern
	confirm consider contain continue control convince cook cost count cover crash create cross
	cry cut damage dance deal decide declare decline defeat defend deliver demand deny depend describe
	design destroy develop die dig discover discuss dislike donate drink drive drop earn eat
	educate elect emerge employ encourage end enjoy ensure enter escape establish estimate
	expand expect experience explain explode express face fail fall fear feed feel fight fill
	find finish fire fit fix flee fly focus follow force forget form found free gain gather
	get give go grow guarantee handle hang happen harm hate have head hear help hide hire hit
	hold hope host hunt hurt identify ignore immunize imagine improve include increase indicate
	inform injure insist install intend introduce invade invent invest investigate invite
	involve join judge jump keep kick kill know land last laugh launch lead learn leave lend let
	lie like limit link list listen live look lose love maintain make manage mark marry match
	matter mean measure meet mention miss move name need negotiate note notice obtain occur
	offer open operate order organize own paint participate pass pay perform permit pick place
	plan plant play point portray pour practise practice prefer prepare present preserve press prevent
	produce promise promote protect protest prove provide publish pull punish purchase push put
	qualify raise reach read realize receive recognize recommend record recover reduce refer
	refuse reject relate release rely remain remember remove rent repair replace reply report
	represent require rescue research reserve resign resist respond rest result retire return
	reveal ride ring rise risk rob roll rule run save say score search see seek seem select sell
	send serve set settle shake share shoot shout show shut sign sing sink sit sleep smile smoke
	solve sound speak spend spread stage stand start state stay steal stop store strike struggle
	study succeed suffer suggest supply support suppose survive suspect swear swim take talk pursue
	target teach tear tell tend test thank think threaten throw touch tour trade train transfer
	travel treat trick try turn understand unionize unite urge use visit vote wait wake walk want
	warn wash watch wear welcome win wish wonder work worry write
	skip boycott snub
	abandon acquire adopt allege assess cancel cite condemn criticise criticize detain dismiss
	endorse evacuate exceed impose kidnap merge oust overturn postpone quit ratify rebuild
	reinstate renew resume retain seize sue suspend topple unveil uphold withdraw
	boost breach clash collapse delay deploy ease freeze halt lift lobby plunge sack slam slash
	soar spark stall surge tackle veto vow`)

// connectives join clauses and say nothing of their own: "however",
// "instead", "except".
var connectives = set(`however instead except rather sometimes thus therefore meanwhile moreover
	furthermore nevertheless nonetheless hence otherwise indeed perhaps maybe besides likewise
	accordingly consequently subsequently afterwards anyway`)

// adverbs that often sit inside a verb group: "has also appointed".
var groupAdverbs = set(`also already still just never ever not n't recently now then even only
	really finally soon later often always usually again first once actually probably
	essentially reportedly allegedly currently formerly previously originally initially`)
