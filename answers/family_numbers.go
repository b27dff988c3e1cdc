package answers

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// The number family answers how many, how much, how long, how old, how far.
// Its rules, by the name the candidates carry: count, quantity (numbers
// with their units, judged by quantityFit).
//
// Each rule gives its candidates a fit in [0, 1], how well they answer
// the type asked for; the model weighs the family by the fitted weights
// "family:number" and "family-fit:number" (weights.go), and `bot eval
// --ablate rules` shows what each rule adds.

// Fits of the rules whose spans answer less surely than a name or a date.
const (
	ageDurationFit = 0.7 // "two days" for how old
	numberFit      = 0.8 // a span holding a number that fits, for how many/much
)

// vagueCounts stand for a number before a unit of time: "a few days",
// "in less than a year".
var vagueCounts = set(`a an few several many some`)

// approximators precede a number and belong to it: "about 150",
// "more than 40 years".
var approximators = set(`about nearly almost around roughly some over under approximately
	exactly only just more less than fewer least up to at`)

// approximates reports whether toks[k] is an approximator of the number
// that follows it. The words of "up to" and "at least" are only in these:
// "rose to $14.35", "up 6% at 458.5p" hold a change and a level, not an
// approximate number.
func approximates(toks []token, k int) bool {
	switch toks[k].low {
	case "to":
		return k > 0 && toks[k-1].low == "up"
	case "up":
		return k+1 < len(toks) && toks[k+1].low == "to"
	case "at":
		return k+1 < len(toks) && toks[k+1].low == "least"
	}
	return approximators[toks[k].low]
}

// numberSpans finds numbers with the words that qualify them: each span is
// [start, end of the quantity with its unit, end of the number alone].
func numberSpans(toks []token) [][3]int {
	var out [][3]int
	for i := 0; i < len(toks); i++ {
		if toks[i].tag != tagNumber && toks[i].tag != tagMoney {
			continue
		}
		if toks[i].tag == tagNumber && !startsWithDigit(toks[i].text) && !cardinalWords[toks[i].low] &&
			!strings.Contains(toks[i].low, "-") {
			continue
		}
		// "half a million", "several hundred": the words that say how
		// many of a scale word.
		k := scaleStart(toks, i)
		for k > 0 && (approximates(toks, k-1) || toks[k-1].tag == tagMoney) {
			k--
		}
		j := i + 1
		for j < len(toks) && (toks[j].tag == tagNumber && !newNumberWord(toks, j) || toks[j].text == "%" ||
			toks[j].low == "and" && j+1 < len(toks) && toks[j+1].tag == tagNumber && toks[j-1].tag == tagNumber && !startsWithDigit(toks[j-1].text)) {
			j++
		}
		// "nine and a half hours", "two and a quarter years".
		if j+2 < len(toks) && toks[j].low == "and" && toks[j+1].low == "a" && (toks[j+2].low == "half" || toks[j+2].low == "quarter") {
			j += 3
		}
		num := j
		// The unit, and a second part: "6 feet, 4 inches", "$90 a month";
		// a currency with its country: "57.85 Swiss francs".
		if j+1 < len(toks) && toks[j].tag == tagGentile && moneyWords[toks[j+1].low] {
			j++
		}
		// "thousands of pounds", "hundreds of metres": a unit after "of".
		if j+1 < len(toks) && toks[j].low == "of" && units[toks[j+1].low] && !startsWithDigit(toks[j-1].text) {
			j++
		}
		if j < len(toks) && units[toks[j].low] {
			j++
			// "73,000 square kilometres", "40 cubic metres": one unit.
			if (toks[j-1].low == "square" || toks[j-1].low == "cubic") && j < len(toks) && units[toks[j].low] {
				j++
			}
			if j+2 < len(toks) && toks[j].text == "," && toks[j+1].tag == tagNumber && units[toks[j+2].low] {
				j += 3
			}
		}
		if j+1 < len(toks) && (toks[j].low == "a" || toks[j].low == "per" || toks[j].low == "an") && durationUnits[toks[j+1].low] {
			j += 2
		}
		out = append(out, [3]int{k, j, num})
		i = j - 1
	}
	return appendRanges(toks, out)
}

// newNumberWord reports whether the number word at j opens a number of
// its own after one in digits: "nine" of "beat France A 30-20 nine days
// ago", "Six" of "the 11-9 Six Nations win". A scale goes on with its
// number: "2 million".
func newNumberWord(toks []token, j int) bool {
	return j > 0 && startsWithDigit(toks[j-1].text) && !startsWithDigit(toks[j].text) && cardinalWords[toks[j].low] && scaleWords[toks[j].low] == 0
}

// appendRanges adds to the number spans the ranges two of them make:
// "3% to 3.5%", "5,000 to 30,000", "between 10 and 25%"; and the
// proportions, "one in 10" (see proportion). Each number stays a span of
// its own too. Two numbers of different kinds ("7.8% to
// 830bn rupees") are no range, nor is a change said from one to the other
// ("fell from 4.75% to 3.5%", "rose 3% to 5%").
func appendRanges(toks []token, spans [][3]int) [][3]int {
	n := len(spans)
	for x := 0; x+1 < n; x++ {
		a, b := spans[x], spans[x+1]
		if proportion(toks, a, b) {
			spans = append(spans, [3]int{a[0], b[1], b[2]})
			continue
		}
		if b[0] != a[1]+1 {
			continue
		}
		start := a[0]
		between := start > 0 && toks[start-1].low == "between"
		switch toks[a[1]].low {
		case "to", "-", "–":
		case "and":
			if !between {
				continue
			}
		default:
			continue
		}
		if start > 0 && (toks[start-1].low == "from" || changeVerbs[toks[start-1].stem]) {
			continue
		}
		// The first number may leave its kind to the second ("between 10
		// and 25%", "3 and 14 hours"), not say another.
		if k := numberKind(toks, a); k != "" && k != numberKind(toks, b) {
			continue
		}
		if between {
			start--
		}
		spans = append(spans, [3]int{start, b[1], b[2]})
	}
	return spans
}

// proportion reports whether two number spans make a proportion: "one
// in 10", "three out of four", "one in every five". It is one number:
// "How many recognised Charles Kennedy?" is answered "one in 10", not
// "one". Both are bare numbers, neither a year ("3 in 2004").
func proportion(toks []token, a, b [3]int) bool {
	if a[1] != a[2] || numberKind(toks, a) != "" || isYearToken(toks[a[2]-1]) || isYearToken(toks[b[0]]) {
		return false
	}
	k := a[1]
	switch {
	case k+1 == b[0] && toks[k].low == "in":
	case k+2 == b[0] && toks[k].low == "in" && toks[k+1].low == "every":
	case k+2 == b[0] && toks[k].low == "out" && toks[k+1].low == "of":
	default:
		return false
	}
	return toks[b[0]].tag == tagNumber
}

// numberKind says what a number span [start, end, end of the number]
// measures: a share ("%"), money ("$"), its unit word, or "" for a bare
// number.
func numberKind(toks []token, sp [3]int) string {
	switch {
	case saidAsShare(toks, sp[0], sp[1]):
		return "%"
	case holdsMoney(toks[sp[0]:sp[1]]):
		return "$"
	case sp[1] > sp[2]:
		return toks[sp[1]-1].low
	}
	return ""
}

// asksChange reports whether a how-much question asks by how much
// something changed: "By how much...?", or a verb of change ("How much
// did sales fall?").
func (q *question) asksChange() bool {
	if q.whPos > 0 && q.toks[q.whPos-1].low == "by" {
		return true
	}
	if q.verbPos >= 0 && changeVerbs[q.toks[q.verbPos].stem] {
		return true
	}
	// A change said by a verb after the main one ("expect prices to
	// drop"), or by "go up" or "go down".
	for k := max(q.verbPos, q.whEnd); k >= 0 && k < len(q.toks); k++ {
		t := q.toks[k]
		if changeVerbs[t.stem] && (t.tag == tagVerb || k > 0 && q.toks[k-1].low == "to") ||
			goWords[t.low] && k+1 < len(q.toks) && (q.toks[k+1].low == "up" || q.toks[k+1].low == "down") {
			return true
		}
	}
	return false
}

// changeForLevelFit is the fit of an amount said as a change ("closed up
// $2.80 at $51.15", "fell 3% to 41%") to a question asking for the amount
// itself ("What is the price of oil?"), and of the level to one asking
// for the change ("By how much did oil rise?").
const changeForLevelFit = 0.5

// levelFit says how well an amount fits a question about a sum or a share
// as a level or a change: 1, or changeForLevelFit when the question asks
// for the other. "What did shares rise to?" asks for the level.
func levelFit(q *question, toks []token, i, j int) float64 {
	if levelOfOther(q, toks, i) {
		return changeForLevelFit
	}
	change := saidAsChange(toks, i, j)
	if q.asksChange() && !q.asksTarget() {
		change = !change && saidAsLevel(toks, i)
	}
	if change {
		return changeForLevelFit
	}
	return 1
}

// levelOfOther reports whether the amount starting at i is the level a
// noun the question does not ask about reached: "$16.2bn" of "a rise in
// annual profits to $16.2bn" is no price of oil. The noun is the one
// right before "to" or "at"; a question word there ("oil prices at
// $50") or a number or unit ("up 3% to 120p") is no other noun.
func levelOfOther(q *question, toks []token, i int) bool {
	if i < 2 || toks[i-1].low != "to" && toks[i-1].low != "at" {
		return false
	}
	n := toks[i-2]
	if n.tag != tagWord || n.stem == "" || isStopWord(n.low) || units[n.low] || inPence(n.low) || changeVerbs[n.stem] {
		return false
	}
	for k := range q.terms {
		if t := &q.terms[k]; t.stem == n.stem || t.root == n.root || t.rel.has(n.stem) {
			return false
		}
	}
	return true
}

// asksTarget reports whether a question about a change asks where it
// ended: "What did shares rise to?", "...close at?", "To what level will
// the board raise the mooring fee?"; not "according to" nor the "to" of
// a verb.
func (q *question) asksTarget() bool {
	if q.whPos > 0 && (q.toks[q.whPos-1].low == "to" || q.toks[q.whPos-1].low == "at") {
		return true
	}
	for k := max(q.verbPos, 0); k < len(q.toks); k++ {
		switch t := q.toks[k]; {
		case t.low == "to" && (accordingTo(q.toks, k) || k+1 < len(q.toks) && verbal(q.toks[k+1]) && !strings.HasSuffix(q.toks[k+1].low, "ing")):
			// A source ("according to analysts") or a verb's
			// ("expect prices to drop") is no level reached.
		case t.low == "to" || t.low == "at":
			return true
		}
	}
	return false
}

// saidAsLevel reports whether the amount starting at i is where a change
// said before it ended: "$63.40" in "up $1.90 at $63.40", "120p" in "rose
// 3% to 120p".
func saidAsLevel(toks []token, i int) bool {
	if i < 2 || toks[i-1].low != "to" && toks[i-1].low != "at" {
		return false
	}
	p := toks[i-2]
	return p.tag == tagNumber || p.text == "%" || units[p.low] || inPence(p.low)
}

// saidAsChange reports whether the span [i, j) is said as a change: it
// starts with "up" or "down" ("up $2.80", not "up to $2.80"), or follows
// one or a change verb or noun, with "by" or "of" between ("rose by 3%",
// "a fall of $5", "climbed 40p").
func saidAsChange(toks []token, i, j int) bool {
	if i+1 < j && (toks[i].low == "up" || toks[i].low == "down") && toks[i+1].low != "to" {
		return true
	}
	b := i - 1
	if b >= 0 && (toks[b].low == "by" || toks[b].low == "of") {
		b--
	}
	return b >= 0 && (toks[b].low == "up" || toks[b].low == "down" || changeVerbs[toks[b].stem])
}

// changeVerbs, by stem, say that an amount changed.
var changeVerbs = stemsOf(set(`rise raise increase fall drop cut grow climb decline jump dip slip gain lose reduce lower
	boost shrink slump soar plunge`))

// closesApposition reports whether t ends an aside set off by a comma:
// a comma, the sentence's or a clause's end, or a closing bracket.
func closesApposition(t token) bool {
	switch t.text {
	case ",", ".", ";", ":", "!", "?", ")":
		return true
	}
	return false
}

// asksShare reports whether the question asks for a percentage: its
// answer is said with its unit, "25%".
func (q *question) asksShare() bool {
	return q.want == typeCount && (q.focus == stem("percentage") || q.focus == stem("percent"))
}

// saidAsShare reports whether the span [i, j) is said as a share: a
// percent sign, "percent" or "per cent" ends it or follows it ("25%",
// "25 per cent").
func saidAsShare(toks []token, i, j int) bool {
	for k := max(i, j-1); k < len(toks) && k <= j; k++ {
		if toks[k].text == "%" || toks[k].low == "percent" || toks[k].low == "per" && k+1 < len(toks) && toks[k+1].low == "cent" {
			return true
		}
	}
	return false
}

// fractionWords end a share said in words: "a third", "two-thirds".
var fractionWords = set(`half halves third thirds quarter quarters fifth fifths tenth tenths two-thirds three-quarters`)

// labelWords precede numbers that name rather than count.
var labelWords = set(`grade no. number page chapter room route highway flight episode version
	level class channel bill apollo`)

// bareMoneyFit is the fit of a number without a currency to a question
// about a price or a sum: "22.8 million" (users) is no price, and a sum
// is written with its currency.
const bareMoneyFit = 0.25

// nameNumberFit is the fit of a number that is part of a name ("2" of
// "Xbox 2") or a telephone number: they count and cost nothing.
const nameNumberFit = 0.1

// shareForMoneyFit is the fit of a percentage to such a question: a sum
// changed by a share.
const shareForMoneyFit = 0.7

// gluedUnit reports whether a number is written with its unit: "800m",
// "10km", "5kg"; not an ordinal ("3rd") or a decade ("1990s").
func gluedUnit(w string) bool {
	k := 0
	for k < len(w) && w[k] >= '0' && w[k] <= '9' {
		k++
	}
	if k == 0 || k == len(w) || isOrdinal(w) || w[k:] == "s" {
		return false
	}
	for _, r := range w[k:] {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// inMillions reports whether the number ending at j is written in
// millions or billions and counts the noun asked: "133m text messages",
// "25bn" ("bn" and "tn" are no units), not "the 800m final" or "her 400m
// gold medal".
func inMillions(toks []token, j int, focus string) bool {
	w := toks[j-1].low
	if strings.HasSuffix(w, "bn") || strings.HasSuffix(w, "tn") {
		return true
	}
	if !strings.HasSuffix(w, "m") || focus == "" {
		return false
	}
	// Millions of what is counted, in the plural: "her 400m gold medal
	// win" is a distance.
	for k := j; k < len(toks) && k < j+3; k++ {
		if toks[k].stem == focus && (strings.HasSuffix(toks[k].low, "s") || toks[k].low == "people") {
			return true
		}
	}
	return false
}

// scoreNouns, by stem, ask for a score, said as two numbers; a number
// alone fits bareScoreFit.
var scoreNouns = stemsOf(set(`score scoreline`))

const bareScoreFit = 0.4

// scoreSaid reports whether a question asks for a score ("What was the
// final score of England's defeat?") and the sentence holds one, two
// numbers joined by a hyphen ("England were beaten 19-13 by the Irish"):
// the sentence says the score by its shape, and the question's words
// for it (scoreTerm) count as found there. Scores are seldom called
// scores where they are given.
func scoreSaid(q *question, s *sentence) bool {
	return scoreNouns[q.focus] && slices.ContainsFunc(s.toks, func(t token) bool { return isScore(t.text) })
}

// scoreTerm reports whether the question's k-th term names the score it
// asks for: "score", "scoreline", and "final" before either.
func (q *question) scoreTerm(k int) bool {
	t := q.terms[k]
	return t.stem == q.focus || t.low == "final" && t.pos+1 < len(q.toks) && q.toks[t.pos+1].stem == q.focus
}

// pointWords count a score: "18 points".
var pointWords = set(`point points pts`)

// ageOpening reports whether a bare number is the age a sentence opens
// a clause with, "at" before it and a comma after: "At 23, Henson has
// the rugby world at his feet."
func ageOpening(toks []token, i, j int) bool {
	return j-i == 1 && i > 0 && toks[i-1].low == "at" && j < len(toks) && toks[j].text == ","
}

// copulaAge reports whether a bare number is what someone is or was, the
// clause ending on it: "Camille Laurin was 76.", "Pascal, who is 20,",
// "Geoffrey Dewis was then nine.", or a clause of time after it ("she
// was 22 when she retired"). Said of a person, such a number is an
// age; "the hall was 40 metres long" has its unit, "was 20 per cent"
// its sign.
func copulaAge(toks []token, i, j int) bool {
	// "She was 22 when she retired": a clause of time may follow.
	if j-i != 1 || i < 2 || j < len(toks) && toks[j].tag != tagPunct && toks[j].low != "when" {
		return false
	}
	k := i - 1
	if toks[k].low == "then" || toks[k].low == "now" || toks[k].low == "only" || toks[k].low == "just" {
		k--
	}
	switch toks[k].low {
	case "is", "was", "'s":
	default:
		return false
	}
	return k > 0 && (toks[k-1].tag == tagProper || toks[k-1].tag == tagPronoun || toks[k-1].low == "who")
}

// picksOneOut reports whether a number ending at j is "one of" a group
// ("one of the largest collections"): it picks one out and counts nothing.
func picksOneOut(toks []token, j int) bool {
	return toks[j-1].low == "one" && j < len(toks) && toks[j].low == "of"
}

// spanOpeners are the words before a length of time that make it one
// ("the past two years", "the last three months", "spent two days").
var spanOpeners = set(`past last next spent spend spends spending`)

// dayOfMonth reports whether toks[i:j] is a day's number next to its
// month: "12 November", "May 3".
func dayOfMonth(toks []token, i, j int) bool {
	if j-i != 1 || !isDigits(toks[i].text) || len(toks[i].text) > 2 || toks[i].text == "0" {
		return false
	}
	return j < len(toks) && toks[j].tag == tagMonth || i > 0 && toks[i-1].tag == tagMonth
}

// quantityFit says how well a number fits the quantity asked for.
//
// Asked where a change ended, or what will be, where it started fits
// less: "40" of "raise the mooring fee from 40 pounds to 55 pounds" for
// "To what level will the board raise the fee?".
func quantityFit(q *question, toks []token, i, j int) float64 {
	fit := quantityKindFit(q, toks, i, j)
	// Asked what will be, where it stands now is no answer either: "drop
	// from 52% this season to 34% in two years' time" for "What share
	// will come from media?".
	if i > 0 && toks[i-1].low == "from" && (q.asksChange() && q.asksTarget() || q.tense > 0) {
		fit *= changeForLevelFit
	}
	if otherTimeAttached(q, toks, j) {
		fit *= otherTimeFit
	}
	return fit
}

// otherTimeFit is the fit kept by an amount said of another time than
// the question's: "97.5 in January" for "What was the index in
// February?".
const otherTimeFit = 0.5

// otherTimeAttached reports whether the amount ending at j is tied to a
// month or a year that the question does not name while it names one:
// "fell to 95.5 in February from 97.5 in January" answers "...in
// February?" with 95.5. The time follows the amount in its own phrase:
// right after it, or after "in" or "for".
func otherTimeAttached(q *question, toks []token, j int) bool {
	calendar := func(t token) bool { return t.tag == tagMonth || isYearToken(t) }
	if !slices.ContainsFunc(q.toks, calendar) {
		return false
	}
	k := j
	if k < len(toks) && (toks[k].text == "%" || toks[k].low == "percent") {
		k++
	}
	if k < len(toks) && (toks[k].low == "in" || toks[k].low == "for") {
		k++
	}
	return k < len(toks) && calendar(toks[k]) && !namesAgain(q, calendar, toks[k])
}

// namesAgain reports whether the question holds a word of a kind
// (a month or a year, an amount) written as t is: otherTimeAttached and
// otherAmountAttached ask it of the time or the amount tied to a
// candidate, which the question names or is another's.
func namesAgain(q *question, kind func(token) bool, t token) bool {
	return slices.ContainsFunc(q.toks, func(u token) bool { return kind(u) && u.low == t.low })
}

// quantityKindFit says how well a number is of the kind of quantity asked
// for.
func quantityKindFit(q *question, toks []token, i, j int) float64 {
	if q.focus != "number" && telephoneNumber(toks[i:j]) { // "What number should I call?" asks for one
		return nameNumberFit
	}
	unit := ""
	if j > 0 {
		unit = toks[j-1].low
		// "four-day", "three-year-long": the unit joined to its number.
		if _, u, _, ok := numberUnit(unit); ok {
			unit = u
		}
	}
	// A number right after a name is part of it ("the new Xbox 2
	// console", "Boeing 777 planes"): it counts and costs nothing. Not a
	// score asked for: "Bath beat Gloucester 12-9".
	if q.focus != "number" && j-i == 1 && i > 0 && toks[i-1].tag == tagProper && startsWithDigit(toks[i].text) && toks[i-1].end == toks[i].start-1 &&
		!(scoreNouns[q.focus] && isScore(toks[i].text)) {
		return nameNumberFit
	}
	// A day of a month ("until 12 November", "on May 3") is a date: it
	// counts nothing.
	if dayOfMonth(toks, i, j) {
		return nameNumberFit
	}
	// A lone word of four digits is a year by its shape: any four digits,
	// wider than isYear's 1000 to 2099.
	fourDigits := j-i == 1 && len(toks[i].text) == 4 && isDigits(toks[i].text)
	// Money answers how much something costs, not how old, how long or
	// how many ("£500m" is no age), unless the count is of an amount
	// ("What amount did Harvard cut?").
	if (q.want == typeAge || q.want == typeDuration || q.want == typeCount && !measureNouns[q.focus]) && holdsMoney(toks[i:j]) {
		return moneyForOtherFit
	}
	switch q.want {
	case typeMoney:
		if holdsMoney(toks[i:j]) {
			if asked := askedCurrency(q); asked != "" {
				if got := currencyOf(toks[i:j]); got != "" && got != asked {
					return otherCurrencyFit * levelFit(q, toks, i, j)
				}
			}
			return levelFit(q, toks, i, j)
		}
		// "By how much will Nestle raise its dividend?": by 11%. Not a
		// price: "How much does broadband cost?" is no "50%".
		if q.asksChange() && saidAsShare(toks, i, j) {
			return shareForMoneyFit
		}
		return bareMoneyFit
	case typeAge:
		// "22 years old", "50 years of age", "aged 61", "Marta
		// Kowalczyk, 61,", "the 37-year-old": an age; "two days before" is
		// a length of time, a weaker one.
		if j < len(toks) && toks[j].low == "old" || j+1 < len(toks) && toks[j].low == "of" && toks[j+1].low == "age" || strings.HasSuffix(toks[j-1].low, "-old") || i > 0 && (toks[i-1].low == "aged" || toks[i-1].low == "age") ||
			i > 1 && toks[i-1].low == "of" && toks[i-2].low == "age" { // "at the age of 93"
			return 1
		}
		// A year is nobody's age: "diagnosed in December 2004" for "How
		// old was Raskin when he died?".
		if fourDigits {
			return 0.2
		}
		// "one of those gatekeepers" picks one out; it is no age either,
		// nor is a rank: "the former world number one".
		if picksOneOut(toks, j) || i > 0 && toks[i-1].low == "number" {
			return 0.2
		}
		if durationUnits[unit] {
			if j < len(toks) && relativeMarks[toks[j].low] {
				return 0.3 // "two days before the fair" is a time
			}
			// "ended five years of English dominance": a length of time
			// that has an "of" phrase is the span of what it names.
			if j+1 < len(toks) && toks[j].low == "of" && toks[j+1].low != "age" {
				return 0.2
			}
			// "over the past two years", "in three months", "for two
			// days": a length of time after a preposition is how long
			// something lasted, not how old anyone is.
			if i > 0 && (toks[i-1].tag == tagPrep && !approximators[toks[i-1].low] || spanOpeners[toks[i-1].low]) {
				return 0.2
			}
			// "up to three hours", "has 10 days to appeal": too short
			// to be anyone's age; and a length of time that owns a
			// thing measures it: "fined two weeks' wages".
			if shortUnits[unit] || j < len(toks) && toks[j].tag == tagPossess {
				return 0.2
			}
			return ageDurationFit
		}
		// "Marta Kowalczyk, 61," and, at the end of a sentence or
		// clause, "and Letisha Shakespeare, 17."
		if j-i == 1 && i > 1 && toks[i-1].text == "," && toks[i-2].tag == tagProper && (j == len(toks) || closesApposition(toks[j])) {
			return 0.9
		}
		if copulaAge(toks, i, j) || ageOpening(toks, i, j) {
			return 0.9
		}
		if gluedUnit(toks[j-1].text) {
			return 0.2 // "800m", "10km": a distance or a weight is nobody's age
		}
		// "shot two students": a count of things is nobody's age.
		thing := func(t token) bool { return t.tag == tagWord && !durationUnits[t.low] }
		if j-i > 1 && thing(toks[j-1]) || j < len(toks) && thing(toks[j]) {
			return 0.2
		}
		return 0.4
	case typeDuration:
		if strings.HasSuffix(toks[j-1].low, "-old") {
			return 0.2 // "the 38-year-old" says how old, not how long
		}
		if durationUnits[unit] {
			return 1
		}
		return 0.4
	case typeCount:
		if fourDigits || j-i == 1 && isDecade(toks[i]) { // "1950s" is a time, no count
			return 0.3
		}
		// "one of the largest collections" picks one out, it counts
		// nothing.
		if picksOneOut(toks, j) {
			return 0.2
		}
		// The whole of a part: "five" in "three of the five lighthouses".
		if i >= 3 && toks[i-1].tag == tagDet && toks[i-2].low == "of" && toks[i-3].tag == tagNumber {
			return 0.5
		}
		// A number joined to the noun counted: "a 140,000-acre estate"
		// for "How many acres...?", "a ten-horsepower engine" (the
		// answer gives the number alone, countOfUnit).
		if q.focus != "" && j-i == 1 && countOfUnit(toks[i].text, q.focus) != toks[i].text {
			return 1
		}
		// A number that labels rather than counts: "grade nine", "no. 12";
		// or measures: "three-year-long".
		if i > 0 && labelWords[toks[i-1].low] || hyphenNumber(toks[i].low) {
			return 0.3
		}
		// "What percentage...?": a share, "34%" or "a third", not a
		// count.
		if q.asksShare() {
			if saidAsShare(toks, i, j) {
				return levelFit(q, toks, i, j)
			}
			if fractionWords[toks[j-1].low] {
				return 0.8
			}
			return 0.4
		}
		// A rate or a share said in percent is surely one ("What rate of
		// income tax...?": "50%", not the "£100,000" it starts at); other
		// numbers may be too ("a rate of £4.85 an hour").
		if percentNouns[q.focus] && q.wh != "how many" && saidAsShare(toks, i, j) {
			return 1
		}
		// A sum is a rate only per something ("£4.85 an hour", "$50 a
		// barrel"): "What is the interest rate?" is no "£100 of interest".
		if percentNouns[q.focus] && q.wh != "how many" && holdsMoney(toks[i:j]) && !perUnit(toks, j) {
			return moneyForOtherFit
		}
		// "How many cases...?" is not answered by "almost 30%" of them:
		// asked how many, a percentage counts nothing, and when it is
		// all a sentence gives the articles don't say ("40%" of
		// "creditors holding $41bn - or 40% of the total debt" for "How
		// many bondholders hold the debt?"). Asked for a count otherwise
		// ("What stake...?", "At what level...?"), a share may answer,
		// less surely; so may "over half".
		if saidAsShare(toks, i, j) && q.wh == "how many" {
			return percentForHowManyFit
		}
		if saidAsShare(toks, i, j) || fractionWords[toks[j-1].low] {
			return shareForCountFit
		}
		// Nor "How many medals...?" by "800m", a number with its unit
		// glued on: a distance, a weight, counting nothing, unless that
		// unit is what is counted ("10km" for "How many kilometres...?").
		// A sum's "m" is millions, no unit: "$1m" answers "What was the
		// bail amount?".
		if w := toks[j-1].low; gluedUnit(w) && !holdsMoney(toks[i:j]) && unitKey(stem(strings.TrimLeft(w, "0123456789"))) != unitKey(q.focus) && !inMillions(toks, j, q.focus) {
			return nameNumberFit
		}
		// "What score...?", "What growth...?": a measure is the number,
		// whatever its unit ("18 points", "2.1%", "6-4"), but not one
		// that qualifies a noun ("the 12-nation eurozone"). How many
		// counts its noun: "How many total judges...?" counts judges; a
		// rate or a share is said in percent ("What is the unemployment
		// rate?" is no "4 million").
		if measureNouns[q.focus] && !percentNouns[q.focus] && q.wh != "how many" && (!strings.Contains(toks[i].text, "-") || isScore(toks[i].text)) {
			// A score is two numbers ("2-2", "18-17") or a number of
			// points: another number ("the last 16", "two tries") is
			// none.
			if scoreNouns[q.focus] && !isScore(toks[i].text) && !isScore(toks[j-1].text) && !pointWords[toks[j-1].low] && (j == len(toks) || !pointWords[toks[j].low]) {
				return bareScoreFit
			}
			return 1
		}
		// "How many passengers...?": the number of passengers, not of
		// anything; its unit may be the counted noun, in any spelling
		// ("How many miles...?": "325 mi").
		if q.focus != "" {
			for k := i; k < len(toks) && k < j+5; k++ {
				t := toks[k]
				if t.tag == tagNumber || t.low == "of" || t.tag == tagDet || k < j && (t.tag == tagMoney || approximators[t.low]) {
					continue // the number itself, "about", "three of the four targets"
				}
				if t.stem == q.focus || unitKey(t.stem) == unitKey(q.focus) {
					if strings.HasSuffix(t.low, "s") || t.low == "people" || t.low == "children" || unitKeys[t.stem] != "" {
						return 1
					}
					return 0.7
				}
				// "48 hours" counts no days.
				if unitKeys[t.stem] != "" {
					return otherUnitFit
				}
				switch t.tag {
				case tagWord, tagGentile, tagProper, tagVerb, tagTitle, tagTime:
				default:
					return 0.7
				}
			}
			return 0.7
		}
		return 0.9
	}
	if fourDigits {
		return 0.3
	}
	// "By how much did shares rise?": a sum or a share, the change.
	if q.asksChange() && (holdsMoney(toks[i:j]) || saidAsShare(toks, i, j)) {
		return levelFit(q, toks, i, j)
	}
	// "How deep...?" wants a length, "how heavy...?" a weight.
	if want := measureUnits[q.focus]; want != nil {
		if want[unit] {
			return 1
		}
		if units[unit] {
			return 0.5
		}
		return 0.4
	}
	// "How much did Google make?" is no "two days": a length of time
	// answers how much only when the question says time; a sum by the
	// year ("$1bn a year") is a sum.
	if q.want == typeQuantity && q.focus == "" && durationUnits[unit] && !holdsMoney(toks[i:j]) && !endsOnRate(toks, i, j) {
		return timeForQuantityFit
	}
	if units[unit] {
		return 1
	}
	return 0.6
}

// timeForQuantityFit is the fit of a length of time to a question asking
// how much of something else.
const timeForQuantityFit = 0.4

// shareForCountFit is the fit of a share ("almost 30%", "over half") to a
// question asking for a count; percentForHowManyFit that of a percentage
// to one asking how many, under typedFloorFit: it is refused.
const (
	shareForCountFit     = 0.4
	percentForHowManyFit = 0.25
)

// otherUnitFit is the fit of a number of another unit than the one
// counted: "48 hours" for "How many days...?".
const otherUnitFit = 0.3

// moneyForOtherFit is the fit of a sum of money to a question asking for
// an age, a length of time or a count.
const moneyForOtherFit = 0.2

// perUnit reports whether a sum ending at j is said per something: "an
// hour", "a barrel", "per share", "each".
func perUnit(toks []token, j int) bool {
	if j >= len(toks) {
		return false
	}
	switch toks[j].low {
	case "per", "each", "apiece":
		return true
	case "a", "an":
		return j+1 < len(toks) && toks[j+1].tag != tagNumber
	}
	return false
}

// otherCurrencyFit scales the fit of a sum in another currency than the
// one the question names: "in pesos" is not answered "$136m".
const otherCurrencyFit = 0.3

// currencies gives the currency a sign or a currency word names, by a
// key of its own; a sign is the first character of a money token
// ("$136m"). Sums in pence are pounds.
var currencies = func() map[string]string {
	m := map[string]string{"$": "dollar", "£": "pound", "€": "euro", "¥": "yen", "sterling": "pound"}
	for key, words := range map[string]string{
		"dollar": "dollars dollar cents cent", "pound": "pounds pence penny", "euro": "euros euro",
		"yen": "yen", "yuan": "yuan", "rupee": "rupees rupee", "peso": "pesos peso",
		"rouble": "roubles rouble rubles ruble", "lira": "lira lire", "franc": "francs franc",
	} {
		for _, w := range strings.Fields(words) {
			m[w] = key
		}
	}
	return m
}()

// askedCurrency returns the currency a question asks a sum in ("How much
// ... in pesos?", "value in dollars"), or "".
func askedCurrency(q *question) string {
	for k, t := range q.toks {
		// "the 20m lira note" is a sum the question gives, not the one
		// it asks: "worth in US dollars".
		if c := currencies[t.low]; c != "" && t.tag != tagMoney && (k == 0 || q.toks[k-1].tag != tagNumber && q.toks[k-1].tag != tagMoney) {
			return c
		}
	}
	return ""
}

// currencyOf returns the currency a sum is in, by its sign or its word,
// or "" when it names none or several.
func currencyOf(toks []token) string {
	found := ""
	for _, t := range toks {
		c := currencies[t.low]
		if c == "" && (t.tag == tagMoney || t.tag == tagNumber) && t.text != "" {
			r, n := utf8.DecodeRuneInString(t.text)
			if r != utf8.RuneError {
				c = currencies[t.text[:n]]
			}
		}
		if c == "" && inPence(t.low) {
			c = "pound"
		}
		if c != "" && found != "" && c != found {
			return ""
		}
		if c != "" {
			found = c
		}
	}
	return found
}

// holdsMoney reports whether a span holds a currency sign or word.
func holdsMoney(toks []token) bool {
	for _, t := range toks {
		if t.tag == tagMoney || moneyWords[t.low] || inPence(t.low) {
			return true
		}
	}
	return false
}

// inPence reports whether a word is a sum in pence written as one word:
// "458.5p", "40p".
func inPence(w string) bool {
	n, ok := strings.CutSuffix(w, "p")
	return ok && n != "" && strings.Trim(n, "0123456789.,") == "" && startsWithDigit(n)
}

// measureUnits are the units that answer "how far", "how tall", "how
// heavy"..., by the stem of the adjective.
var measureUnits = func() map[string]map[string]bool {
	length := set(`kilometres kilometers kilometre kilometer km metres meters metre meter m miles
		mile feet foot ft inches inch cm centimetres centimeters millimetres mm yards yard`)
	weight := set(`kilograms kilogram kg grams gram tonnes tons ton pounds pound lbs`)
	area := set(`square hectares hectare acres acre`)
	temperature := set(`degrees degree celsius fahrenheit`)
	return map[string]map[string]bool{
		stem("far"): length, stem("tall"): length, stem("high"): length, stem("deep"): length,
		stem("wide"): length, stem("heavy"): weight, stem("hot"): temperature,
		stem("cold"): temperature, stem("large"): area, stem("big"): area,
		stem("close"): length, stem("near"): length, stem("thick"): length,
		stem("steep"): set(`% percent cent`), // "How steep was the fall?": 4.5%
		stem("late"):  durationUnits, stem("early"): durationUnits, stem("soon"): durationUnits,
	}
}()

// quantitySpans finds the numbers of a sentence for how many, how much,
// how long, how old and how far questions, judged by quantityFit, and the
// quantities said without a number ("within minutes", "several").
func quantitySpans(q *question, s *sentence) []candidate {
	sp := spans{s: s}
	add, addCut := sp.add, sp.addCut
	for _, sp := range numberSpans(s.toks) {
		fit := quantityFit(q, s.toks, sp[0], sp[1])
		if q.want == typeCount && !q.asksShare() {
			// "140,000" of "a 140,000-acre estate" for "How many
			// acres...?": the count is the number without the unit
			// the question names, which is a question word beside
			// it, not in it.
			if t := s.toks[sp[0]].text; sp[1]-sp[0] == 1 && sp[2] == sp[1] {
				if n := countOfUnit(t, q.focus); n != t {
					addCut(sp[0], sp[1], len(t)-len(n), fit, "count")
					continue
				}
			}
			add(sp[0], sp[2], fit, "count")
		} else {
			add(sp[0], sp[1], fit, "quantity")
		}
	}
	if q.want == typeDuration {
		sp.out = append(sp.out, unitDurations(s)...)
	}
	// "For the sixth year in a row": an ordinal of the times, years or
	// seasons counted says how many (ordinals in digits, "the 13th time",
	// are numbers above).
	if q.want == typeCount && repeatUnits[q.focus] {
		toks := s.toks
		for i, t := range toks {
			if !ordinalWords[t.low] {
				continue
			}
			n := i + 1
			if n < len(toks) && (toks[n].low == "consecutive" || toks[n].low == "straight" || toks[n].low == "successive") {
				n++
			}
			if n < len(toks) && toks[n].stem == q.focus {
				add(i, i+1, 1, "count")
			}
		}
	}
	return sp.out
}

// unitDurations are the lengths of time said with no number: "a
// decade", "an extra year", "a whole month" answer how long something
// takes as "ten years" does. Not a rate ("£90 a month", "twice a day"),
// nor a time counted back or on ("a year ago", "a week later").
func unitDurations(s *sentence) []candidate {
	toks := s.toks
	var out []candidate
	for i, t := range toks {
		if t.low != "a" && t.low != "an" || i > 0 && (toks[i-1].tag == tagNumber || toks[i-1].tag == tagMoney || toks[i-1].text == "%") {
			continue
		}
		k := i + 1
		if k < len(toks) && durationQualifiers[toks[k].low] {
			k++
		}
		if k < len(toks) && durationUnits[toks[k].low] && !strings.HasSuffix(toks[k].low, "s") && (k+1 == len(toks) || !relativeMarks[toks[k+1].low]) {
			out = append(out, candidate{s: s, i: i, j: k + 1, fit: 1, rule: "quantity"})
		}
	}
	return out
}

// durationQualifiers may stand between "a" and its unit of time: "an
// extra year", "a full season".
var durationQualifiers = set(`extra further full whole single`)

// repeatUnits are, by stem, what an ordinal counts the repeats of: "the
// sixth year in a row", "the 13th time".
var repeatUnits = stemsOf(set(`time times year years season seasons month months week weeks day days`))

// cardinalOfOrdinal returns the number an ordinal counts up to, when the
// ordinal begins with it: "13" of "13th", "six" of "sixth" (still the
// sentence's own words); other text as it is ("third" stays).
func cardinalOfOrdinal(text string) string {
	if isOrdinal(text) {
		return text[:len(text)-2]
	}
	low := strings.ToLower(text)
	if !ordinalWords[low] {
		return text
	}
	for c := range cardinalWords {
		if len(c) >= 3 && strings.HasPrefix(low, c) && len(low)-len(c) <= 2 {
			return text[:len(c)]
		}
	}
	return text
}

// oftenStem is the stem of "often": "How often...?" asks for a frequency.
var oftenStem = stem("often")

// frequencyWords say how often on their own: "the yearly Toy Fair",
// "renewed annually".
var frequencyWords = set(`yearly annually annual daily weekly monthly hourly nightly fortnightly
	quarterly biannually biennially`)

// frequencySpans answers "How often...?": a word of frequency ("yearly"),
// "on a monthly basis", and a length of time with its marker whole
// ("every four weeks", "once in two weeks", "each six months", "once a
// year", "twice a week", "every year"), which the number rules give
// without "every" or "once in".
func frequencySpans(s *sentence) []candidate {
	sp := spans{s: s}
	toks := s.toks
	for k, t := range toks {
		switch {
		case frequencyWords[t.low]:
			if k >= 2 && toks[k-2].low == "on" && toks[k-1].low == "a" && k+1 < len(toks) && toks[k+1].low == "basis" {
				sp.add(k-2, k+2, 1, "frequency") // "on a monthly basis"
			} else {
				sp.add(k, k+1, 1, "frequency")
			}
		case t.low == "every" || t.low == "each" || t.low == "once" || t.low == "twice":
			// "every four weeks", "once in two weeks", "once a year",
			// "twice a week": the marker, "a", "in" or "per", a number,
			// and a unit of time.
			j := k + 1
			if j < len(toks) && (toks[j].low == "a" || toks[j].low == "in" || toks[j].low == "per" || toks[j].low == "every") && t.low != "every" && t.low != "each" {
				j++
			}
			if j < len(toks) && (toks[j].tag == tagNumber || toks[j].low == "other" || toks[j].low == "few") {
				j++
			}
			if j < len(toks) && durationUnits[toks[j].low] {
				sp.add(k, j+1, 1, "frequency")
			}
		}
	}
	return sp.out
}

// withFrequencyMarker widens the number candidates of a how-often
// question over the marker before them: "every four weeks", "each six
// months", "once in two weeks", not "four weeks".
func withFrequencyMarker(s *sentence, out []candidate) []candidate {
	toks := s.toks
	for k := range out {
		i := out[k].i
		switch {
		case i >= 1 && (toks[i-1].low == "every" || toks[i-1].low == "each"):
			out[k].i--
		case i >= 2 && (toks[i-1].low == "in" || toks[i-1].low == "every") && (toks[i-2].low == "once" || toks[i-2].low == "twice"):
			out[k].i -= 2
		}
	}
	return out
}

// telephoneNumber reports whether a number is one to dial: groups of
// digits, the first with a leading zero ("0800 028 9276", "020 7946
// 0018").
func telephoneNumber(toks []token) bool {
	if len(toks) < 2 || len(toks[0].text) < 3 || toks[0].text[0] != '0' {
		return false
	}
	for _, t := range toks {
		if !isDigits(t.text) {
			return false
		}
	}
	return true
}

// percentNouns, by stem, are the measures said in percent: a rate, a
// share, and the rates news gives in percent without the word ("December
// inflation": 1.6%, not the "six" months it is the highest in; "French
// GDP growth": 0.8%; a turnout).
var percentNouns = stemsOf(set(`rate share percentage percent proportion inflation growth turnout`))

// countOfUnit returns the number of a count said as one word with its
// unit, "140,000" of "140,000-acre" when the question counts acres
// (focus, a stem), and any other text as it is.
func countOfUnit(text, focus string) string {
	n, unit, rest, ok := numberUnit(text)
	if !ok || unit != rest {
		return text
	}
	if st := stem(strings.ToLower(unit)); st == focus || unitKey(st) == unitKey(focus) {
		return n
	}
	return text
}

// yearsOfAge returns the number of an age said as one word, "37" of
// "37-year-old" (still the sentence's own words), and any other text as
// it is: "How old is Tom Farr?" is answered "37".
func yearsOfAge(text string) string {
	n, rest, ok := strings.Cut(text, "-")
	if ok && (rest == "year-old" || rest == "years-old") && (isDigits(n) || cardinalWords[strings.ToLower(n)]) {
		return n
	}
	return text
}

// The rank rule answers where someone stands in a table or a ranking:
// "Where are Liverpool placed in the Premiership?" (fifth), "What is
// Hantuchova's world ranking?" (number 22), "What rank ... does Warsaw
// hold?" (9th).

// rankVerbs, by stem, ask where someone stands when a table is named;
// "rank" asks it alone.
var rankVerbs = stemsOf(set(`rank ranked place placed lie lying sit sitting stand standing lift lifted
	move moved climb climbed finish finished land landed end ended come came`))

// positionVerbs, by stem, ask a position or a level after "where" even
// with no table named ("where did the dow close", "franz ferdinand
// finished where", "where's ferrero ranked now"), which rankVerbs ask
// only with one: analyzeText leaves such a where-question untyped. A
// race's finish is a place this reading loses ("Where did the marathon
// finish?").
var positionVerbs = stemsOf(set(`finish close rank`))

// rankCues, by stem, are the tables and rankings a where-question may
// name: "in the Celtic League table", "in the world", "in the Premiership".
var rankCues = stemsOf(set(`table league standings rankings ranking chart charts division
	premiership championship world election elections poll polls list`))

// rankNouns, by stem, are what a what-question asks for a rank by.
var rankNouns = stemsOf(set(`rank ranking place position`))

// rankStem, placeStem, positionStem and takeStem are the stems asksRank
// compares with.
var rankStem, placeStem, positionStem, takeStem = stem("rank"), stem("place"), stem("position"), stem("take")

// asksRank reports whether the question asks for a rank or a place in a
// table rather than a place on the map.
func (q *question) asksRank() bool {
	switch q.wh {
	case "where":
		// The verb, or a word the tagger took for a noun ("does the win
		// lift Ulster"), and a table named.
		verb := false
		for k, t := range q.toks {
			if k > 0 && q.toks[k-1].tag != tagDet && (t.tag == tagVerb || t.tag == tagWord) {
				if t.stem == rankStem {
					return true
				}
				// "taking place" says where, not in which place.
				verb = verb || rankVerbs[t.stem] && !(t.low == "place" && related(q.toks[k-1].stem, takeStem))
			}
		}
		return verb && q.namesTable() || q.form == formCopula && q.inTable()
	case "what", "which":
		// "What rank...?", "Which place in the table...?", "What is
		// her world ranking?".
		if rankNouns[q.focus] && q.whEnd > q.whPos+1 && (q.focus != placeStem && q.focus != positionStem || q.namesTable()) {
			return true // "What place...?" asks where, "What position...?" what role, unless a table is named
		}
		for _, t := range q.toks {
			if t.low == "ranking" || t.low == "rank" {
				return q.form == formCopula || q.verbPos < 0 || q.toks[q.verbPos].low == "ranking"
			}
		}
	}
	return false
}

// inTable reports whether a where-question with a copula asks for a name's
// place in a table: "Where are Ajax in the Dutch league?"; not "Where is
// the tallest tower in the world?", whose subject is no name, nor "Where
// is the league based?".
func (q *question) inTable() bool {
	name := false
	for k, t := range q.toks {
		name = name || t.tag == tagProper && k > q.whEnd
		if k+2 < len(q.toks) && t.low == "in" && name {
			for _, n := range q.toks[k+1 : min(k+4, len(q.toks))] {
				if rankCues[n.stem] && n.low != "world" {
					return true
				}
			}
		}
	}
	return false
}

// namesTable reports whether the question names a table or a ranking.
func (q *question) namesTable() bool {
	for _, t := range q.toks {
		if rankCues[t.stem] {
			return true
		}
	}
	return false
}

// rankSpans are the ranks a sentence gives: an ordinal ("fifth",
// "eighth place", "9th") or a number after "number" or "No" ("number
// three", "No 22").
func rankSpans(s *sentence) []candidate {
	sp := spans{s: s}
	toks := s.toks
	for i, t := range toks {
		j := i
		switch {
		case ordinalWords[t.low] || isOrdinal(t.text):
			j = i + 1
		case (t.low == "number" || t.low == "no" || t.low == "no.") && i+1 < len(toks) && toks[i+1].tag == tagNumber:
			j = i + 2
		default:
			continue
		}
		if j < len(toks) && (toks[j].low == "place" || toks[j].low == "position" || toks[j].low == "spot") {
			j++
		} else if j < len(toks) && (toks[j].tag == tagWord || toks[j].tag == tagTime || toks[j].tag == tagNumber) {
			continue // "the second half", "the third round": an ordinal of something else
		}
		sp.add(i, j, 1, "rank")
	}
	return sp.out
}

// ordinalWords are the ordinals in letters a rank is said by.
var ordinalWords = set(`first second third fourth fifth sixth seventh eighth ninth tenth eleventh
	twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth`)

// goWords are the forms of "go", which with "up" or "down" says a change.
var goWords = set(`go goes going gone went`)

// scaleStart returns where the words that say how many of the scale word
// at i start: a fraction ("half" of "half a million", "one" of "one
// quarter of a million") or a vague count ("several hundred", "a few
// thousand"); i when there are none. Without them the number read is
// the scale word alone: "million" answered "How many people moved?".
func scaleStart(toks []token, i int) int {
	if w := strings.TrimSuffix(toks[i].low, "s"); scaleWords[w] == 0 && w != "hundred" || i < 1 {
		return i
	}
	// "several hundred", "a few thousand", "many millions".
	switch toks[i-1].low {
	case "several", "many":
		return i - 1
	case "few":
		if i > 1 && toks[i-2].low == "a" {
			return i - 2
		}
	}
	if i < 2 || toks[i-1].low != "a" {
		return i
	}
	k := i - 2
	if k > 0 && toks[k].low == "of" {
		k-- // "a quarter of a million"
	}
	if !fractionWords[toks[k].low] {
		return i
	}
	if k > 0 && (toks[k-1].low == "a" || toks[k-1].low == "one") && toks[k].low != "half" {
		k-- // "a quarter", "one third"
	}
	return k
}

// Figures side by side. A sentence often gives several figures of one
// kind, each in a clause of its own: "Some 47% believe she should have no
// title, while 7% think she should become queen"; "Of Argentina's
// bondholders, 38.4% reside in Argentina, 15.6% in Italy". The figure
// whose clause alone holds the question's words answers it; the others,
// in the same sentence and of the same kind, do not, however near they
// sit to the rest of the question.

// figureMatch is the least strength of a match that places a question
// word in a clause: the word itself or a related one.
const figureMatch = 0.6

// figureJoints start a clause of their own within a sentence.
var figureJoints = set(`while whereas but and`)

// figureClauses numbers the clauses of toks: a comma, a semicolon, a
// colon, a bracket, a dash or a figureJoint begins the next.
func figureClauses(toks []token) []int {
	cl := make([]int, len(toks))
	c := 0
	for k, t := range toks {
		if clauseMark(t) || figureJoints[t.low] {
			c++
		}
		cl[k] = c
	}
	return cl
}

// figureReading is what a question asks of the figures of a sentence:
// its number spans (numberSpans), the first statement of each
// (figureGroups), and the one whose clause holds the question's words
// (figureAsked), when ok.
type figureReading struct {
	nsp   [][3]int
	group []int
	best  int
	ok    bool
}

// readFigures reads the figures of s for q.
func readFigures(q *question, s *sentence) *figureReading {
	f := &figureReading{nsp: numberSpans(s.toks)}
	f.group = figureGroups(s.toks, f.nsp)
	f.best, f.ok = figureAsked(q, s, f.nsp, f.group)
	return f
}

// figureAsked returns, of the number spans of s (numberSpans, grouped by
// figureGroups), the one whose clause alone holds the question's words,
// and whether there is one. A question word counts for a figure when all
// its matches in s lie in clauses that hold that figure and no other, or,
// in a clause of several, just after it ("cuts of 9.6% [at Agriculture]
// and 5.6% at the EPA", see figureJustBefore); a word found also in a
// clause without a figure, or elsewhere in one with two, sets the scene
// for all of them. The figure wins with more of the question's weight
// than any other, and on two such words at least or one name ("in
// Italy"): one common word is too little to set figures apart. A figure
// restated in another unit ("$30m, or 90m pesos", "400m pesos ($136m)")
// is one figure: the index returned is the first of its statements.
func figureAsked(q *question, s *sentence, nsp [][3]int, group []int) (int, bool) {
	if len(nsp) < 2 {
		return 0, false
	}
	cl := figureClauses(s.toks)
	in := map[int][]int{} // clause -> figures, by their first statement
	for n, sp := range nsp {
		c := cl[sp[0]]
		if !slices.Contains(in[c], group[n]) {
			in[c] = append(in[c], group[n])
		}
	}
	weight := make([]float64, len(nsp))
	evidence := make([]int, len(nsp))
	for k := range q.terms {
		t := &q.terms[k]
		if t.frame || t.weight <= 0 {
			continue
		}
		owner := -1
		for _, h := range t.match(s) {
			if h.m < figureMatch {
				continue
			}
			fs := in[cl[h.pos]]
			if len(fs) > 1 {
				if n := figureJustBefore(nsp, cl, h.pos); n >= 0 {
					fs = []int{group[n]}
				}
			}
			if len(fs) != 1 || owner >= 0 && owner != fs[0] {
				owner = -2
				break
			}
			owner = fs[0]
		}
		if owner < 0 {
			continue
		}
		weight[owner] += t.weight
		evidence[owner]++
		if t.name {
			evidence[owner]++
		}
	}
	best := 0
	for n := range weight {
		if weight[n] > weight[best] {
			best = n
		}
	}
	for n := range weight {
		if n != best && weight[n] >= weight[best] {
			return 0, false
		}
	}
	return best, weight[best] > 0 && evidence[best] >= 2
}

// figureGroups returns for each number span the index of the first span
// that states the same figure: itself, or the span before's when only a
// bracket, a comma, a semicolon or "or" stands between them ("$30m, or
// 90m pesos", "400m pesos ($136m; £72m)").
func figureGroups(toks []token, nsp [][3]int) []int {
	group := make([]int, len(nsp))
	for n := range nsp {
		group[n] = n
		if n == 0 || nsp[n][0] <= nsp[n-1][1] {
			continue
		}
		restated := true
		for _, t := range toks[nsp[n-1][1]:nsp[n][0]] {
			if t.text != "(" && t.text != "," && t.text != ";" && t.low != "or" {
				restated = false
			}
		}
		if restated {
			group[n] = group[n-1]
		}
	}
	return group
}

// anotherFigureAsked reports whether the candidate's figures are of the
// same kind as the figure its sentence gives for the question
// (figureAsked), and none of them states that one. The figures of r's
// own sentence are read once, for its first numeric candidate.
func anotherFigureAsked(q *question, r *ranked, c candidate) bool {
	s := c.holder()
	f := r.figures
	if s != r.s || f == nil {
		f = readFigures(q, s)
		if s == r.s {
			r.figures = f
		}
	}
	if !f.ok {
		return false
	}
	kind := numberKind(s.toks, f.nsp[f.best])
	other := false
	for n, sp := range f.nsp {
		if sp[0] >= c.j || sp[2] <= c.i {
			continue
		}
		if f.group[n] == f.best {
			return false
		}
		if k := numberKind(s.toks, sp); k != "" && k == kind {
			other = true
		}
	}
	return other
}

// figureJustBefore returns the number span that ends at most
// figureReach words before the word at p, in its clause, with no other
// figure between: "9.6% [at Agriculture] and 5.6% at the EPA", "2,400
// [professors]". It returns -1 when there is none.
func figureJustBefore(nsp [][3]int, cl []int, p int) int {
	best := -1
	for n, sp := range nsp {
		if sp[1] <= p && p-sp[1] < figureReach && cl[sp[1]-1] == cl[p] {
			best = n
		}
		if sp[0] <= p && p < sp[1] {
			return -1
		}
	}
	return best
}

// figureReach is how many words after a figure still qualify it.
const figureReach = 3
