package answers

import (
	"maps"
	"slices"
	"strings"
)

// The time family answers when, what year, and how long by a start or an
// end. Its rules, by the name the candidates carry: date (dates, weekdays,
// years, relative times), date-range ("1775–1795", "the 10th and 11th
// centuries"), event-time ("after the floods", "As she left"), as-soon-as
// ("as soon as the repairs are finished"), since
// ("since 2001", "until 1796", for how long).
//
// Each rule gives its candidates a fit in [0, 1], how well they answer
// the type asked for; the model weighs the family by the fitted weights
// "family:time" and "family-fit:time" (weights.go), and `bot eval
// --ablate rules` shows what each rule adds.

// Fits of the rules whose spans answer less surely than a name or a date.
const (
	eventTimeFit    = 0.55 // "after the spring floods" for when
	calendarlessFit = 0.3  // "later" for what year
)

// asksCalendar reports whether the question asks for a year, a decade, a
// century, a month, a day or a date ("In what year...?", "In which
// month...?", "On what day...?", "On what date...?"): a span that does not
// say one does not answer it, however much it is a time ("later", "after
// the war", "this week").
func (q *question) asksCalendar() bool {
	return q.want == typeDate && calendarUnits[q.focus]
}

// calendarUnits, by stem, are the units asksCalendar knows; monthStem,
// dayStem and dateStem the ones saysCalendar tells by a name rather than a
// number (a date is a day: "5 February", not "2005"), and yearStem the one
// a decade does not say.
var (
	calendarUnits                          = stemsOf(set(`year decade century month day date`))
	monthStem, dayStem, dateStem, yearStem = stem("month"), stem("day"), stem("date"), stem("year")
)

// saysCalendar reports whether toks say the unit of the calendar the
// question asks for (asksCalendar): a number for a year, a decade or a
// century; a month's name for a month; a weekday, a date or a day
// counted from today for a day.
func (q *question) saysCalendar(toks []token) bool {
	switch q.focus {
	case monthStem:
		for _, t := range toks {
			if t.tag == tagMonth {
				return true
			}
		}
		return false
	case dayStem, dateStem:
		for _, t := range toks {
			// "What date...?" asks for the day of a month: "Tuesday" says
			// which day, not its date.
			if t.tag == tagWeekday && q.focus == dayStem || t.tag == tagMonth && holdsNumber(toks) || days[t.low] && q.focus == dayStem {
				return true
			}
		}
		return false
	}
	// A decade is no year: "1950s crooner" for "In what year did Bobby
	// Darin die?".
	if q.focus == yearStem && len(toks) == 1 && isDecade(toks[0]) {
		return false
	}
	// Nor is a day of a month: "September 27".
	if q.focus == yearStem && dayOfMonthOnly(toks) {
		return false
	}
	return holdsNumber(toks)
}

// dayOfMonthOnly reports whether a date names a month and no year:
// "September 27", "27 September".
func dayOfMonthOnly(toks []token) bool {
	month := false
	for _, t := range toks {
		if isYearToken(t) {
			return false
		}
		month = month || t.tag == tagMonth
	}
	return month
}

// days are the days said from today.
var days = set(`today yesterday tomorrow tonight`)

// holdsNumber reports whether toks hold a number: digits or a number word.
func holdsNumber(toks []token) bool {
	for _, t := range toks {
		if t.tag == tagNumber || hasDigit(t.text) {
			return true
		}
	}
	return false
}

// dateSpans finds date and time expressions: weekdays, months with their
// days and years, years, and relative times ("last night", "32 years ago").
func dateSpans(toks []token) [][2]int {
	var out [][2]int
	for i := 0; i < len(toks); i++ {
		t := &toks[i] // not a copy: this runs for every word of every candidate's span (see shapeOf)
		if i+1 < len(toks) && t.tag == tagNumber && toks[i+1].tag == tagTime && timeZones[toks[i+1].low] {
			// "at 1830 GMT": a clock time, whatever its digits.
			out = append(out, [2]int{i, i + 2})
			i++
			continue
		}
		// Most words are in none of relativeTime, durationUnits and
		// seasons, and the hint says so without hashing the word three
		// times.
		timeWord := timeWordHint.may(t.low)
		core := t.tag == tagMonth || t.tag == tagWeekday || isYearToken(*t) || yearRange(t.text) || isDecade(*t) || centuryAt(toks, i) ||
			partOfDate(t.low) ||
			eraYearAt(toks, i) ||
			timeWord && relativeTime[t.low] && !asSoonAs(toks, i) && !namedTime(toks, i) || // "as soon as" is a conjunction, not a time
			t.tag == tagTime && i > 0 && (toks[i-1].low == "last" || toks[i-1].low == "next" || toks[i-1].low == "this" || toks[i-1].low == "early" || toks[i-1].low == "late") &&
				t.low != "time" && t.low != "times" // "this time" is an occasion, not a date
		if t.low == "ago" && i > 1 && toks[i-1].tag == tagTime {
			// "32 years ago", "a month ago", "more than a decade ago".
			k := i - 1
			for k > 0 && (toks[k-1].tag == tagNumber || toks[k-1].low == "a" || toks[k-1].low == "an" || approximators[toks[k-1].low]) {
				k--
			}
			out = append(out, [2]int{k, i + 1})
			continue
		}
		if n, ok := horizonAt(toks, i); ok {
			// "in the long run", "in the short term", "in the near
			// future": a time by how far off it is.
			out = append(out, [2]int{i, i + n})
			i += n - 1
			continue
		}
		if timeWord && durationUnits[t.low] && i > 0 && (toks[i-1].tag == tagNumber || vagueCounts[toks[i-1].low]) {
			// "in 45 days", "in the last 36 hours", "within two weeks",
			// "in less than a year".
			k := i - 1
			for k > 0 && (toks[k-1].low == "last" || toks[k-1].low == "past" || toks[k-1].low == "next" || toks[k-1].low == "the" || approximators[toks[k-1].low] && toks[k-1].low != "at") {
				k--
			}
			if k > 0 && (toks[k-1].low == "in" || toks[k-1].low == "within") {
				end := i + 1
				if end < len(toks) && eraMarks[toks[end].text] {
					end++ // "in the first century AD"
				}
				out = append(out, [2]int{k - 1, end})
			}
			continue
		}
		// "by the end of the year", "at the beginning of January", "in
		// the third quarter of 2004", "the first half of the year".
		if ((t.low == "end" || t.low == "beginning" || t.low == "start" || t.low == "middle") && i > 0 && toks[i-1].low == "the" || yearPart(toks, i)) &&
			i+2 < len(toks) && toks[i+1].low == "of" {
			k := i + 2
			if toks[k].tag == tagDet {
				k++
			}
			century := k < len(toks) && centuryAt(toks, k) // "the middle of the 19th century"
			if k < len(toks) && (toks[k].tag == tagTime || toks[k].tag == tagMonth || isYearToken(toks[k]) || century) {
				if century {
					k++ // the century's word
				}
				st := i - 1
				if yearPart(toks, i) {
					st-- // the ordinal: "the third quarter"
				}
				if st > 0 && (toks[st-1].low == "by" || toks[st-1].low == "at" || toks[st-1].low == "until" || toks[st-1].low == "before") {
					st--
				}
				out = append(out, [2]int{st, k + 1})
				i = k
				continue
			}
		}
		if n := holidayAt(toks, i); n > 0 && (i+n == len(toks) || toks[i+n].tag != tagWord) {
			out = append(out, [2]int{i, i + n})
			i += n - 1
			continue
		}
		// "in the spring", "the summer of 1998".
		season := timeWord && seasons[t.low] && i > 0 && (toks[i-1].low == "the" || toks[i-1].low == "in")
		if !core && !season {
			continue
		}
		k := i
		if season && toks[i-1].low == "the" {
			k = i - 1
		}
		for k > 0 {
			p := toks[k-1]
			if p.tag == tagMonth || p.tag == tagWeekday || p.tag == tagNumber && len(p.text) <= 2 && toks[k].tag == tagMonth ||
				p.low == "last" || p.low == "next" || p.low == "early" || p.low == "late" || p.low == "mid" ||
				p.low == "this" || p.text == "," && k > 1 && (toks[k-2].tag == tagWeekday || toks[k-2].tag == tagMonth || startsWithDigit(toks[k-2].text)) {
				k--
				continue
			}
			break
		}
		j := i + 1
		for j < len(toks) {
			n := toks[j]
			if n.tag == tagMonth || n.tag == tagWeekday || isDigits(n.text) && len(n.text) <= 4 || isCentury(n.low) && isOrdinal(toks[j-1].text) || eraMarks[n.text] ||
				n.tag == tagTime && (t.tag == tagTime || relativeTime[t.low] || n.low == "night" || n.low == "morning" || n.low == "afternoon" || n.low == "evening") ||
				n.text == "," && j+1 < len(toks) && isDigits(toks[j+1].text) && (t.tag == tagMonth || isDigits(toks[j-1].text)) ||
				n.text == "," && j+1 < len(toks) && toks[j-1].tag == tagWeekday && toks[j+1].tag == tagMonth { // "Thursday, March 4, 1999"
				j++
				continue
			}
			break
		}
		out = append(out, [2]int{k, j})
		i = j - 1
	}
	return out
}

// holidayAt returns the number of words of the holiday named at i, a
// date of its own ("on Christmas Day", "at Easter", "on New Year's Eve",
// "on Boxing Day"), or 0. The name is in capitals.
func holidayAt(toks []token, i int) int {
	t := toks[i]
	if !isCapitalized(t.text) {
		return 0
	}
	next := func(k int, words ...string) bool {
		return i+k < len(toks) && slices.Contains(words, toks[i+k].low)
	}
	switch t.low {
	case "christmas", "easter":
		if next(1, "day", "eve", "sunday", "monday", "weekend") {
			return 2
		}
		return 1
	case "halloween", "thanksgiving", "hogmanay", "ramadan", "diwali", "hanukkah", "passover":
		return 1
	case "boxing":
		if next(1, "day") {
			return 2
		}
	case "valentine":
		if next(1, "'s") && next(2, "day") {
			return 3
		}
	case "new":
		if !next(1, "year") {
			return 0
		}
		n := 2
		if next(n, "'s") {
			n++
		}
		if next(n, "day", "eve") {
			n++
		}
		return n
	}
	return 0
}

// eraMarks say which side of the calendar's start a year is on, in
// capitals: "430 BC", "AD 79", "the first century AD".
var eraMarks = set(`BC B.C. BCE AD A.D. CE`)

// eraYearAt reports whether the word at i is a year by its era: a number
// of up to four digits before a mark ("430 BC") or after "AD" ("AD 79").
func eraYearAt(toks []token, i int) bool {
	t := toks[i]
	if isDigits(t.text) && len(t.text) <= 4 {
		return i+1 < len(toks) && eraMarks[toks[i+1].text]
	}
	return (t.text == "AD" || t.text == "A.D.") && i+1 < len(toks) && isDigits(toks[i+1].text) && len(toks[i+1].text) <= 4
}

// centuryAt reports whether the word at i is the ordinal of a century:
// "the 14th century", "the 10th and 11th centuries".
func centuryAt(toks []token, i int) bool {
	if !isOrdinal(toks[i].text) || i+1 >= len(toks) {
		return false
	}
	if isCentury(toks[i+1].low) {
		return true
	}
	return i+3 < len(toks) && rangeJoiners[toks[i+1].low] && isOrdinal(toks[i+2].text) && isCentury(toks[i+3].low)
}

func isCentury(w string) bool { return w == "century" || w == "centuries" }

// isOrdinal reports whether a word is an ordinal in digits: "3rd", "14th".
func isOrdinal(w string) bool {
	n := len(w)
	if n < 3 || !isDigits(w[:n-2]) {
		return false
	}
	switch w[n-2:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// isDecade reports whether t is a decade: "1850s", "1990s".
func isDecade(t token) bool {
	return len(t.text) == 5 && t.text[4] == 's' && isDigits(t.text[:4]) && strings.HasSuffix(t.text[:4], "0")
}

// yearOf returns where the date [i, j) ending on a year has it: "In what
// year...?" is answered "2002", not "May 2002", as the question's own
// year would be. Other dates keep i.
func yearOf(toks []token, i, j int) int {
	if j-i >= 2 && isYearToken(toks[j-1]) {
		return j - 1
	}
	return i
}

func isYearToken(t token) bool { return isYear(t.text) }

// isYear reports whether a word is a year: four digits from 1000 to 2099.
func isYear(w string) bool {
	return len(w) == 4 && isDigits(w) && (strings.HasPrefix(w, "1") || strings.HasPrefix(w, "20"))
}

// yearRange reports whether a word is a span of years hyphenated into one
// word: "1759-60", "1806-07", "2004-2009". (With a dash, "1914–1918" is
// three words, which timeSpans joins as a range.)
func yearRange(w string) bool {
	if len(w) < 7 || !isYear(w[:4]) {
		return false
	}
	rest, ok := strings.CutPrefix(w[4:], "-")
	return ok && (len(rest) == 2 && isDigits(rest) || isYear(rest))
}

var seasons = set(`spring summer fall autumn winter`)

// horizonAt reports whether a time given by how far off it is opens at
// i, "in the long run", "in the short term", "in the near future", and
// how many words it takes.
func horizonAt(toks []token, i int) (int, bool) {
	if i+4 > len(toks) || toks[i].low != "in" || toks[i+1].low != "the" {
		return 0, false
	}
	if !horizons[toks[i+2].low] || !horizonNouns[toks[i+3].low] {
		return 0, false
	}
	return 4, true
}

var (
	horizons     = set(`short long medium near distant foreseeable`)
	horizonNouns = set(`run term future`)
)

// timeWordHint rules out the words that none of relativeTime,
// durationUnits and seasons holds (see keyHint).
var timeWordHint = func() *keyHint {
	m := make(map[string]bool)
	for _, words := range []map[string]bool{relativeTime, durationUnits, seasons} {
		maps.Copy(m, words)
	}
	return hintOf(m)
}()

// rangeEndFit is the fit of a date that is one end of a range.
const rangeEndFit = 0.8

// otherTenseFit weighs a time said of the past for a question about the
// future, or the other way round: "last year" answers no "When will
// Google buy...?".
const otherTenseFit = 0.3

// pastMarks and futureMarks place a relative time before or after the
// time of writing.
var (
	pastMarks   = set(`ago last yesterday earlier previously recently`)
	futureMarks = set(`next tomorrow coming upcoming`)
)

// markedTense returns -1 for a time marked as past ("last year", "two
// days ago"), 1 for one marked as future ("next week"), 0 otherwise.
func markedTense(toks []token) int {
	for _, t := range toks {
		switch {
		case pastMarks[t.low]:
			return -1
		case futureMarks[t.low]:
			return 1
		}
	}
	return 0
}

// tenseOf returns 1 for a question about the future ("When will...?",
// "When is X going to...?"), -1 for one about the past ("When did...?",
// "When was...?"), 0 when it does not say.
func tenseOf(toks []token) int {
	for k, t := range toks {
		switch t.low {
		case "will", "shall":
			return 1
		case "going":
			if k+1 < len(toks) && toks[k+1].low == "to" {
				return 1
			}
		case "did", "was", "were", "had":
			return -1
		}
	}
	return 0
}

// rangeJoiners join two dates into one range or pair.
var rangeJoiners = set(`– - — to and or until through`)

// relativeMarks follow a length of time that places an event in time:
// "two days before", "a year later".
var relativeMarks = set(`before after ago later earlier since`)

// sinceFit is the fit of a time said from its start or to its end
// ("since the 1950s", "until 1796") to a how-long question.
const sinceFit = 0.8

// sinceSpans answers how long something has lasted by when it began or
// ended: "since the 1950s", "since at least the mid-14th century", "until
// 1796", "from 4 August 1915 until November 1918", the marker kept.
func sinceSpans(s *sentence) []candidate {
	sp := spans{s: s}
	toks := s.toks
	dates := dateSpans(toks)
	for n, d := range dates {
		k := d[0] - 1
		for k > 0 && k >= d[0]-3 && (toks[k].tag == tagDet || approximators[toks[k].low] || toks[k].low == "at" || toks[k].low == "least") {
			k-- // "since at least the mid-14th century"
		}
		if k < 0 {
			continue
		}
		end := d[1]
		switch toks[k].low {
		case "since", "until", "till":
		case "from":
			if n+1 < len(dates) && dates[n+1][0] == end+1 && rangeJoiners[toks[end].low] {
				end = dates[n+1][1]
			} else {
				continue
			}
		default:
			continue
		}
		sp.add(k, end, sinceFit, "since")
	}
	return sp.out
}

// timeSpans finds the times of a sentence for when questions: dates,
// weekdays, years, relative times, and events that place the asked-about
// one ("after the spring floods", "As she left the stadium").
func timeSpans(q *question, s *sentence) []candidate {
	sp := spans{s: s}
	add := sp.add
	dates := dateSpans(s.toks)
	// Ranges come whole: "1775–1795", "the 10th and 11th centuries",
	// "from May to July". Their ends are dates too ("When did the work
	// begin?"), but less surely the answer than the range.
	inRange := make([]bool, len(dates))
	for n := 1; n < len(dates); n++ {
		a, b := dates[n-1], dates[n]
		if b[0] != a[1]+1 || !rangeJoiners[s.toks[a[1]].low] {
			continue
		}
		end := b[1]
		if end < len(s.toks) && (s.toks[end].low == "centuries" || s.toks[end].low == "century") {
			end++
		}
		add(a[0], end, 1, "date-range")
		inRange[n-1], inRange[n] = true, true
	}
	// "In what year...?" asks for a year, a decade or a century: not
	// "later", not an event.
	calendar := q.asksCalendar()
	for n, sp := range dates {
		fit := 1.0
		if inRange[n] {
			fit = rangeEndFit
		}
		if calendar && !q.saysCalendar(s.toks[sp[0]:sp[1]]) {
			fit = calendarlessFit
		}
		if q.tense != 0 && markedTense(s.toks[sp[0]:sp[1]]) == -q.tense {
			fit *= otherTenseFit // "last year" for "When will...?"
		}
		if otherAmountAttached(q, s.toks, sp[0]) {
			fit *= otherTimeFit
		}
		if q.focus == yearStem {
			sp[0] = yearOf(s.toks, sp[0], sp[1])
		}
		add(sp[0], sp[1], fit, "date")
	}
	if calendar {
		return sp.out
	}
	// Events as times: "after the spring floods", "before the
	// race", "when they realized...".
	for i, t := range s.toks {
		// "as soon as we can set it up", "as soon as possible": a time
		// wherever it stands.
		if i+3 < len(s.toks) && asSoonAs(s.toks, i+1) && s.toks[i+2].low == "as" {
			// Its tense is its clause's: "as soon as we can set it up" is
			// no time for "When did they meet?".
			j := min(clauseEnd(s.toks, i+3, true), i+10)
			fit := eventTimeFit
			if past := pastClause(s.toks[i+3 : j]); q.tense < 0 && !past || q.tense > 0 && past {
				fit *= otherTenseFit
			}
			add(i, j, fit, "as-soon-as")
			continue
		}
		switch t.low {
		case "as", "when", "while", "once":
			// A clause opening the sentence or following a comma:
			// "As he left the arena, ...", "..., when the ice broke".
			// A clause after a date says what happened then, and the date
			// is the time: "in 1598, when Henry issued the Edict".
			if (i == 0 || s.toks[i-1].text == ",") && i+2 < len(s.toks) && !dateEndsAt(dates, i-1) &&
				(s.toks[i+1].tag == tagPronoun || s.toks[i+1].tag == tagProper || s.toks[i+1].tag == tagDet) {
				add(i, min(clauseEnd(s.toks, i+1, true), i+10), eventTimeFit, "event-time")
			}
		case "after", "before", "until", "during", "since":
			if i+1 < len(s.toks) && (s.toks[i+1].tag == tagDet || s.toks[i+1].tag == tagVerb || s.toks[i+1].tag == tagWord || s.toks[i+1].tag == tagPossess || s.toks[i+1].low == "being" || s.toks[i+1].low == "having") {
				add(i, min(clauseEnd(s.toks, i+1, true), i+8), eventTimeFit, "event-time")
			}
		}
	}
	return sp.out
}

// otherAmountAttached reports whether the date starting at i is tied to
// an amount that the question does not name while it names one: "3bn
// yuan in 2004, compared with 1.4bn yuan in 2003" answers "What year did
// it make 1.4bn yuan?" with 2003. The amount comes right before the date,
// or before "in" or "for", past a word of its unit and its own "of"
// phrase ("92.9% of users in October"). The mirror of
// otherTimeAttached, which weighs amounts by their times.
func otherAmountAttached(q *question, toks []token, i int) bool {
	amount := func(t token) bool { return (t.tag == tagNumber || t.tag == tagMoney) && !isYearToken(t) }
	if !slices.ContainsFunc(q.toks, amount) {
		return false
	}
	k := i - 1
	if k >= 0 && (toks[k].low == "in" || toks[k].low == "for") {
		k--
	}
	// Past the amount's own "of" phrase: "92.9% of users in October".
	for m := k; m > 0 && m >= k-3; m-- {
		if toks[m].low == "of" {
			k = m - 1
			break
		}
		if toks[m].tag != tagWord && toks[m].tag != tagDet {
			break
		}
	}
	if k >= 0 && (toks[k].tag == tagWord || toks[k].text == "%") {
		k-- // "yuan", "points", "%"
	}
	return k >= 0 && amount(toks[k]) && !namesAgain(q, amount, toks[k])
}

// partOfDate reports whether a word joins a part to a year or a month:
// "mid-2003", "early-1990s", "mid-February".
func partOfDate(low string) bool {
	for _, p := range []string{"mid-", "early-", "late-"} {
		if rest, ok := strings.CutPrefix(low, p); ok {
			return isYear(rest) || months[rest] || isDecade(token{text: rest, low: rest})
		}
	}
	return false
}

// yearPart reports whether the word at i is a quarter or a half counted
// by the ordinal before it, after "the": "the third quarter", "the first
// half".
func yearPart(toks []token, i int) bool {
	return (toks[i].low == "quarter" || toks[i].low == "half") && i > 1 && (ordinalWords[toks[i-1].low] || isOrdinal(toks[i-1].low)) && toks[i-2].low == "the"
}

// namedTime reports whether the relative time at k is a word of a name,
// capitalised inside its sentence: "BBC Radio 4's Today programme" says
// nothing of when.
func namedTime(toks []token, k int) bool {
	return k > 0 && isCapitalized(toks[k].text) && !isBoundary(toks[k-1]) // a quote mark is a boundary too
}

// asSoonAs reports whether the word at k is the "soon" of "as soon as"
// (or of "as soon" ending a clause: "as soon, he said, as...").
func asSoonAs(toks []token, k int) bool {
	return k > 0 && toks[k].low == "soon" && toks[k-1].low == "as"
}

// pastClause reports whether a clause is said in the past: an auxiliary
// of the past, or a verb in -ed with no auxiliary before it ("as soon as
// the meeting ended"; "the repairs are finished" is not).
func pastClause(toks []token) bool {
	for k, t := range toks {
		if tenseOf(toks[k:k+1]) < 0 || t.tag == tagVerb && strings.HasSuffix(t.low, "ed") && (k == 0 || toks[k-1].tag != tagAux) {
			return true
		}
	}
	return false
}

// dateEndsAt reports whether one of the date spans ends just before k.
func dateEndsAt(dates [][2]int, k int) bool {
	for _, sp := range dates {
		if sp[1] == k {
			return true
		}
	}
	return false
}
