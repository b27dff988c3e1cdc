package answers

import (
	"slices"
	"strings"
)

// The place family answers where, which city or country. Its rules, by the
// name the candidates carry: place (place names, best after a preposition
// of place), place-pair ("Ashford, Kent"), place-list, place-phrase ("in
// her camper van"), site (a place without a name: "fish plants"), native
// ("the Manitoba native"), employer ("economist at Global Insight", for
// where someone works).
//
// Each rule gives its candidates a fit in [0, 1], how well they answer
// the type asked for; the model weighs the family by the fitted weights
// "family:place" and "family-fit:place" (weights.go), and `bot eval
// --ablate rules` shows what each rule adds.

// Fits of the rules whose spans answer less surely than a name or a date.
const (
	placePhraseFit = 0.5  // "in her camper van" for where
	destinationFit = 0.4  // "to the dressing room" for where
	siteFit        = 0.35 // "fish plants" for where
)

// namesPeople reports whether the word at j, right after a name, is a
// noun for people or a title that the name qualifies: "officials" of
// "Turkish Foreign Ministry officials", "reporters" of "BBC reporters".
func namesPeople(toks []token, j int) bool {
	if j >= len(toks) {
		return false
	}
	t := toks[j]
	return t.tag == tagTitle || t.tag == tagWord && peopleNoun(t.low)
}

func isLocPrep(w string) bool {
	switch w {
	case "in", "at", "from", "to", "near", "into", "across", "outside", "inside", "towards", "toward":
		return true
	}
	return false
}

// locatedPlace reports whether e is a place the sentence puts something
// in: a place's name after a preposition of place ("at Busch Stadium",
// "to Ottawa") or after a comma and another name ("in Cooperstown, New
// York").
func locatedPlace(toks []token, e entity) bool {
	return e.kind == kindPlace && (e.ti > 0 && isLocPrep(toks[e.ti-1].low) ||
		e.ti > 1 && toks[e.ti-1].text == "," && toks[e.ti-2].tag == tagProper)
}

// bareSites are the places said without an article: "in jail", "at
// home".
var bareSites = set(`jail prison hospital home school church court custody sea hiding exile
	college university work office`)

// nowhere are the nouns of phrases that place nothing: "one of the best
// stadiums in the world", "the worst in history", "in the handheld
// market", "in an effort to...", "in the supporting categories", "on a
// major slowdown"; nor do timeHeads ("at a time when...").
var nowhere = set(`world history universe planet market sector industry field economy
	effort efforts attempt bid way manner form order response addition fact favour favor support
	category categories case cases sense respect terms slowdown recession race contest`)

// placesSomething reports whether the noun phrase toks[i:j] after a
// preposition names a place: its noun is a word for a place (siteNouns,
// placeHeadNouns, bareSites, placeWords, placeNouns) or a name, or it
// holds a place's name ("in the Bahamas", "outside the Kodak Theatre",
// "in the Matthew Harding stand"). The word before the last is its noun
// too, for a phrase that runs on past its noun ("in the family's
// basement show that..."). "On the mark", "on a trip", "from a
// career-threatening injury" say how or when, not where.
func placesSomething(s *sentence, i, j int) bool {
	isPlace := func(w string) bool {
		one := strings.TrimSuffix(w, "s")
		return siteNouns[w] || siteNouns[one] || placeHeadNouns[w] || placeHeadNouns[one] || bareSites[w] || placeWords[w] || placeNouns[w]
	}
	if isPlace(s.toks[j-1].low) || isCapitalized(s.toks[j-1].text) || j-2 > i && isPlace(s.toks[j-2].low) {
		return true
	}
	for _, e := range s.ents {
		if e.kind == kindPlace && e.i >= i && e.j <= j {
			return true
		}
	}
	return false
}

// placeHeadNouns are the nouns of places besides siteNouns and
// placeWords: rooms and grounds, ways, vehicles and containers, the parts
// of a land and the places of nature. The phrases they head say where
// ("in the basement", "on the motorway", "into the water").
var placeHeadNouns = set(`room hall building flat basement cellar attic garage garden yard courtyard kitchen
	bedroom bathroom studio theatre theater cinema pub bar club cafe stand pitch ring zone suburb estate
	spot corner path lane motorway highway route trail plaza chamber cell ward tent backstage
	car bus train plane ship boat vessel van lorry truck aircraft box package container bag bottle tank
	border frontier north south east west interior outskirts shore bank water land soil air sky orbit
	underground surface cave hill hillside cliff wood jungle bush swamp marsh pond creek canyon
	volcano crater reef cove glacier meadow`)

// listJoin reports whether the words between two names join them in a
// list, and whether they close it with "and": a comma, "and", or both
// (", and"), a "the" after them ("Turkey, the U.S., and Ukraine").
func listJoin(between []token) (ok, and bool) {
	if n := len(between); n > 0 && between[n-1].low == "the" {
		between = between[:n-1]
	}
	switch {
	case len(between) == 1 && between[0].text == ",":
		return true, false
	case len(between) == 1 && between[0].low == "and":
		return true, true
	case len(between) == 2 && between[0].text == "," && between[1].low == "and":
		return true, true
	}
	return false, false
}

// placeSpans finds the places of a sentence for where and which-city
// questions: names of places, after a preposition of place best; pairs and
// lists of them; organisations in a place; places without a name ("in her
// camper van", "crab plants"); the place within the one asked about.
func placeSpans(q *question, s *sentence) []candidate {
	sp := spans{s: s}
	add := sp.add
	// "Which country...?" and "Which city...?" ask for a name: "in the
	// France squad" places nothing of the kind.
	named := namedPlaceNouns[q.focus]
	for i, t := range s.toks {
		// "in her camper van", "at a stadium": places without names;
		// "walked to the dressing room", a destination, is less sure.
		if !named && i+1 < len(s.toks) && s.toks[i+1].tag == tagDet && s.toks[i+1].low != "this" {
			fit := 0.0
			switch t.low {
			case "in", "at", "inside", "outside", "near", "behind", "beside", "on":
				fit = placePhraseFit
			case "to", "into", "from":
				fit = destinationFit
			}
			if i > 0 && governsPrep(s.toks[i-1], t.low) {
				fit = 0 // "contingent on his non-attendance", "a rise in prices"
			}
			if j := npEnd(s.toks, i+1); fit > 0 && j > i+2 && !nowhere[s.toks[j-1].low] && !timeHeads[s.toks[j-1].low] && s.toks[j-1].tag != tagNumber {
				// "at her base in Australia": the named place after it
				// says where more exactly.
				if namedPlaceAt(s, j) {
					fit /= 2
				}
				// "on the mark", "from a career-threatening injury",
				// "at his lack of first-team action": no place.
				if !placesSomething(s, i+1, j) {
					fit /= 3
				}
				add(i, j, fit, "place-phrase")
			}
		}
		// "in jail", "in hospital", "at home", "at sea": a place without
		// an article, said of where someone is.
		if !named && (t.low == "in" || t.low == "at") && i+1 < len(s.toks) && bareSites[s.toks[i+1].low] &&
			(i+2 == len(s.toks) || !isNominal(s.toks[i+2].tag)) {
			add(i, i+2, placePhraseFit, "place-phrase")
		}
	}
	// Places without names that are no phrase after a preposition:
	// "Fish plants have created jobs" for where jobs were created,
	// in a sentence that names no place.
	for _, e := range s.ents {
		named = named || e.kind == kindPlace
	}
	for i, t := range s.toks {
		if named || !siteNouns[t.low] && !siteNouns[strings.TrimSuffix(t.low, "s")] || i+1 < len(s.toks) && isNominal(s.toks[i+1].tag) {
			continue
		}
		k := npStart(s.toks, i)
		if k > 0 && s.toks[k-1].tag == tagPrep {
			continue // the place-phrase rule's
		}
		add(k, i+1, siteFit, "site")
	}
	for _, e := range s.ents {
		// A person's title before a place is no part of it: "will captain
		// England" puts nothing in "captain England".
		if e.ti < e.i && allTitles(s.toks[e.ti:e.i]) {
			e.ti = e.i
		}
		switch {
		case e.kind == kindPlace && betweenSides(s.toks, e.ti) && q.wh == "where":
			// "a meeting between Turkey, the U.S., and Ukraine took
			// place" names who met, not where: asked where the talks
			// take place, the sides are no answer.
		case e.kind == kindPlace && betweenSides(s.toks, e.ti):
			add(e.ti, e.j, 0.3, "place") // a side of "a meeting between Turkey and Ukraine"
		case locatedPlace(s.toks, e):
			// "at London's Belmarsh prison": where is the prison, in
			// London. A country asked for is the owner itself, and so
			// is the place of a site the question names.
			if l := ownedSite(s.toks, e.j); l > 0 && !namedPlaceNouns[q.focus] && !namesWord(q, s.toks[e.j+1:l]) {
				add(e.ti, l, 1, "place")
				add(e.ti, e.j, ownerPlaceFit, "place")
				break
			}
			add(e.ti, e.j, 1, "place")
			// "Ashford, Kent", "Nelson, New Zealand".
			if e.j+1 < len(s.toks) && s.toks[e.j].text == "," && s.toks[e.j+1].tag == tagProper {
				if l := npEnd(s.toks, e.j+1); l > e.j+1 {
					add(e.ti, l, 1, "place-pair")
				}
			}
		case e.kind == kindPlace && ownsNoSite(s.toks, e.ti, e.j):
			add(e.ti, e.j, possessorPlaceFit, "place")
		case e.kind == kindPlace:
			add(e.ti, e.j, 0.75, "place")
		case (e.kind == kindOrg || e.kind == kindOther) && namesPeople(s.toks, e.j):
			// "Turkish Foreign Ministry officials confirmed...": the
			// name says whose the officials are, not where anything is.
		case e.kind == kindOrg || e.kind == kindOther:
			add(e.ti, e.j, 0.3, "name")
		}
	}
	// Lists: "Ohio and Michigan" for "Which states...?", ending
	// with "and" ("Antalya, Turkey" is one place).
	placeLike := func(e entity) bool { return e.kind == kindPlace || e.kind == kindOther }
	for n := 0; n+1 < len(s.ents); n++ {
		a := s.ents[n]
		if a.kind != kindPlace {
			continue
		}
		end, closed := n, false
		for end+1 < len(s.ents) && placeLike(s.ents[end+1]) {
			// A name whose titles take in the one before it ("US state
			// Texas") lists nothing with it.
			if s.ents[end].j > s.ents[end+1].ti {
				break
			}
			ok, and := listJoin(s.toks[s.ents[end].j:s.ents[end+1].ti])
			if !ok {
				break
			}
			end++
			if and {
				closed = true
				break
			}
		}
		if end == n || !closed {
			continue
		}
		// "a meeting between Turkey, the U.S., and Ukraine" names its
		// sides, not where it was: the list answers which countries,
		// not where. Nor is its tail ("U.S., and Ukraine") a list.
		if a.ti > 0 && s.toks[a.ti-1].low == "between" && !q.plural {
			n = end
			continue
		}
		fit := 0.5
		if q.plural {
			fit = 1
		}
		add(a.ti, s.ents[end].j, fit, "place-list")
		n = end
	}
	// Where someone is from: "the 37-year-old Calgary native", "a native
	// of Alberta".
	for i, t := range s.toks {
		if t.low != "native" && t.low != "natives" {
			continue
		}
		if k := nameRunStart(s.toks, i); k < i {
			add(k, i, 1, "native")
		}
		if i+2 < len(s.toks) && s.toks[i+1].low == "of" && s.toks[i+2].tag == tagProper {
			add(i+2, nameRunEnd(s.toks, i+2), 1, "native")
		}
	}
	// Where something is based or someone was born, said in one word:
	// "Liverpool-based games firm Lateral Visions", "a New York-born
	// actor". The place is the word's first part, with the names before
	// it ("New York"); a known place fits surely, another name ("a
	// Linux-based phone") less, unless the question asks the word itself:
	// "The Birmingham-born singer" says where the singer was born for
	// "Where was Jamelia born?".
	for i, t := range s.toks {
		h := strings.LastIndexByte(t.text, '-')
		if h <= 0 || !placedBy[strings.ToLower(t.text[h+1:])] || !isCapitalized(t.text) {
			continue
		}
		fit := 0.5
		if places[strings.ToLower(t.text[:h])] || asksAbout(q, stem(strings.ToLower(t.text[h+1:]))) {
			fit = 1
		}
		sp.addCut(nameRunStart(s.toks, i), i+1, len(t.text)-h, fit, "place-based")
	}
	if q.employer {
		// Asked where someone works, a city is where the employer is,
		// a weaker answer than the employer the sentence names beside
		// them.
		for k := range sp.out {
			switch sp.out[k].rule {
			case "place", "place-pair", "place-list":
				sp.out[k].fit *= cityForEmployerFit
			}
		}
		employerSpans(&sp)
	}
	return sp.out
}

// placedBy are the participles that make a place's name a modifier of
// where something is: "Munich-based", "London-born".
var placedBy = set(`based headquartered born`)

// nameRunStart returns where the run of names ending before j starts, j
// when none does.
func nameRunStart(toks []token, j int) int {
	k := j
	for k > 0 && toks[k-1].tag == tagProper {
		k--
	}
	return k
}

// namesWord reports whether the question names one of toks' words, by
// its stem: asked where the Millennium Stadium is, "Cardiff" of
// "Cardiff's Millennium Stadium" answers.
func namesWord(q *question, toks []token) bool {
	for _, t := range toks {
		if asksAbout(q, t.stem) {
			return true
		}
	}
	return false
}

// possessorPlaceFit is the fit of a place that owns what is no site,
// outside a phrase of place (ownsNoSite).
const possessorPlaceFit = 0.4

// ownsNoSite reports whether the name [i, j) owns what is no site, and
// no preposition of place puts it: "once Russia's richest man",
// "Britain's economy" say whose, not where anyone is ("at London's
// Belmarsh prison" is a site, "in Russia's north" is placed by "in").
func ownsNoSite(toks []token, i, j int) bool {
	return j < len(toks) && toks[j].tag == tagPossess && ownedSite(toks, j) == 0 && !placedByPrep(toks, i)
}

// ownerPlaceFit is the fit of a place that owns the site named after it:
// "London" of "at London's Belmarsh prison".
const ownerPlaceFit = 0.75

// ownedSite returns the end of a site a place's possessive "'s" at i
// names ("'s Belmarsh prison", "'s West End"), or 0 when none follows:
// the site is a name or a noun of places, not "'s economy".
func ownedSite(toks []token, i int) int {
	if i+1 >= len(toks) || toks[i].tag != tagPossess || !isNominal(toks[i+1].tag) {
		return 0
	}
	l := npEnd(toks, i+1)
	if l <= i+1 {
		return 0
	}
	for k := i + 1; k < l; k++ {
		if toks[k].tag == tagProper {
			return l
		}
	}
	if head := toks[l-1].low; siteNouns[head] || placeWords[head] {
		return l
	}
	return 0
}

// prepComplements holds, by preposition, the stems of words whose
// complement that preposition opens: after them it says on what, in
// what or at what, not where ("contingent on his own non-attendance",
// "interested in politics", "a rise in prices", "aimed at children").
var prepComplements = map[string]map[string]bool{
	"on": stemsOf(set(`depend depends depended dependent contingent rely relies relied reliant based focus
		focused concentrate concentrated insist insisted comment commented agree agreed decide decided
		impose imposed spend spent count counted reflect reflected hinge hinges hinged dwell embark
		embarked crack cracking effect impact influence ban tax pressure emphasis views report vote
		voted`)),
	"in": stemsOf(set(`interested interest involved involvement believe believed succeed succeeded
		result resulted participate participated invest invested engaged rise increase fall drop
		decline cut change changes delay stake confidence role`)),
	"at": stemsOf(set(`look looked looking aimed aim good surprised angry laugh laughed stare stared
		hint hinted`)),
}

// governsPrep reports whether the word before a preposition takes it as
// its complement (see prepComplements).
func governsPrep(before token, prep string) bool {
	return prepComplements[prep][before.stem]
}

// allTitles reports whether every word of toks is a title ("captain",
// "Foreign Secretary").
func allTitles(toks []token) bool {
	for _, t := range toks {
		if t.tag != tagTitle {
			return false
		}
	}
	return len(toks) > 0
}

// namedPlaceAt reports whether "in" or "at" and a place's name follow
// the phrase ending at j.
func namedPlaceAt(s *sentence, j int) bool {
	if j+1 >= len(s.toks) || s.toks[j].low != "in" && s.toks[j].low != "at" {
		return false
	}
	k := j + 1
	if s.toks[k].tag == tagDet && k+1 < len(s.toks) {
		k++
	}
	for _, e := range s.ents {
		if e.i == k && e.kind == kindPlace {
			return true
		}
	}
	return false
}

// asksEmployer reports whether a where-question asks where someone works,
// which an organisation answers as well as a place: "tim ghriskey works
// where", "Where does Howard Archer work?", and a title ending the
// question: "julio hegedus is chief economist where", "Where is Julio
// Hegedus chief economist?". Not "Where are nurses demonstrating?".
func asksEmployer(q *question) bool {
	if q.wh != "where" {
		return false
	}
	if q.verbPos >= 0 && employStems[q.toks[q.verbPos].stem] {
		return true
	}
	if !slices.ContainsFunc(q.toks, func(t token) bool { return copulas[t.low] }) {
		return false
	}
	n := len(q.toks)
	for n > 0 && (q.toks[n-1].tag == tagPunct || q.toks[n-1].low == "where") {
		n--
	}
	if n < 2 {
		return false
	}
	t := q.toks[n-1]
	return t.tag == tagTitle || t.tag == tagWord && peopleNoun(t.low)
}

// employStems are the stems of the verbs of working somewhere.
var employStems = stemsOf(set(`work employ`))

// cityForEmployerFit is the share of its fit a named place keeps when
// the question asks where someone works.
const cityForEmployerFit = 0.5

// employerSpans adds the organisations a sentence says people work for,
// beside their title or name: "economist at Global Insight", "chief
// investment officer of Solaris Asset Management", "said David Wyss of
// Standard & Poor's in New York", "Standard & Poor's economist David
// Wyss". A person's name is no employer.
func employerSpans(sp *spans) {
	toks := sp.s.toks
	add := func(i, j int) {
		if j > i && !personName(toks, i, j) {
			sp.add(i, j, 1, "employer")
		}
	}
	for k, t := range toks {
		title := t.tag == tagTitle || peopleNoun(t.low)
		prep := ""
		if k+1 < len(toks) {
			prep = toks[k+1].low
		}
		switch {
		case title && (prep == "of" || prep == "at" || prep == "with" || prep == "for"):
			// "economist at Global Insight"
			add(k+2, employerEnd(toks, k+2))
		case t.tag == tagProper && (prep == "of" || prep == "at"):
			// "David Wyss of Standard & Poor's"
			b := k
			for b > 0 && toks[b-1].tag == tagProper {
				b--
			}
			if personName(toks, b, k+1) {
				add(k+2, employerEnd(toks, k+2))
			}
		}
		// "Standard & Poor's economist": the owner before the title.
		if title && k >= 2 && toks[k-1].tag == tagPossess {
			b := k - 2
			for b > 0 && (toks[b-1].tag == tagProper || toks[b-1].low == "&") {
				b--
			}
			if toks[b].tag == tagProper {
				add(b, k-1)
			}
		}
	}
}

// employerEnd returns the end of the run of capitalised words at k, past
// a leading "the", "&" between them and a closing possessive ("at
// Standard & Poor's in New York"); k when there is none.
func employerEnd(toks []token, k int) int {
	j := k
	if j < len(toks) && toks[j].tag == tagDet {
		j++
	}
	e := j
	for e < len(toks) && (toks[e].tag == tagProper || toks[e].tag == tagWord && isCapitalized(toks[e].text) || toks[e].low == "&" && e > j) {
		e++
	}
	if e == j {
		return k
	}
	if e < len(toks) && toks[e].tag == tagPossess && (e+1 == len(toks) || !isNominal(toks[e+1].tag)) {
		e++
	}
	return e
}
