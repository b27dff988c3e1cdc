package answers

import (
	"maps"
	"slices"
	"strings"
)

// Nationalities and countries: whether a candidate is said of another
// nation than the one asked about ("the Russian team" for the Ukrainian
// one), and the country tables the other rules read.

// otherNationality reports whether the question names a nationality and
// the nationality nearest the candidate is another one: asked about the
// Ukrainian team, the leader of the Russian team is the wrong answer.
func otherNationality(q *question, c candidate) bool {
	// It is asked three times of every candidate: the question's
	// nationalities are found once a question, and a resolved candidate
	// or a question without one is settled before any work.
	if c.from != nil {
		return false
	}
	asked := q.askedNationalities()
	if !slices.Contains(asked, true) || q.wantsFigure() {
		return false
	}
	s := c.s
	if q.want == typePlace {
		// The country may follow the place: "in Ruesselsheim, Germany".
		j := c.j
		if j+1 < len(s.toks) && s.toks[j].text == "," {
			j += 2
		}
		if other, ok := placedInCountry(q, asked, s.toks[c.i:j]); ok {
			return other
		}
	}
	near, nd := -1, 7
	for k := range s.toks {
		// A nationality, or a country that owns what follows as a
		// nationality would: "Iraq's Trade Minister".
		if s.toks[k].tag != tagGentile && !ownerCountry(s.toks, k) {
			continue
		}
		// The candidate's own name is no nationality said of it: "the
		// Soviet Union" is the answer to whom the Dutch beat.
		if k >= c.i && k+1 < c.j && s.toks[k+1].tag == tagProper {
			continue
		}
		// The phrase the candidate is said of decides, when known.
		if c.gj > c.gi {
			if k >= c.gi && k < c.gj {
				near, nd = k, 0
			}
			continue
		}
		// A nationality across "and" or a comma is another conjunct's:
		// "Italian Prime Minister Silvio Berlusconi and German
		// Chancellor Gerhard Schroeder".
		if d := distance(c.i, c.j, k); d < nd && !conjoinedBetween(s.toks, c, k) {
			near, nd = k, d
		}
	}
	if near < 0 {
		return false
	}
	for k := range q.terms {
		t := &q.terms[k]
		if c := country(s.toks[near].low); asked[k] && (s.toks[near].stem == t.stem || c != "" && c == country(t.low)) {
			return false
		}
	}
	return true
}

// wantsFigure reports whether the question asks for a figure or a time
// (how many, how much, how long, how old, when): the nationality nearest
// a number says nothing of it. In "Swiss cement firm Holcim has bid $800m
// to buy two Indian cement firms" the bid is Holcim's, and "Indian" beside
// it is the firms'; "the March 2003 invasion of Iraq by Western forces"
// dates an invasion of Iraq, not an Iraqi one.
func (q *question) wantsFigure() bool { return q.want == typeDate || q.numeric() }

// placedInCountry reports, for a place asked of a nation ("Which Swedish
// town...?"), whether the candidate names another country than the one
// asked ("Ruesselsheim, Germany"); ok is false when it names none.
// A nationality of a continent ("Which European countries...?") asks
// of none.
func placedInCountry(q *question, asked []bool, toks []token) (other, ok bool) {
	// askedOf reports whether the question asks of a country at all, and
	// whether of the nation n.
	askedOf := func(n string) (some, same bool) {
		for k := range q.terms {
			if a := nationOf(country(q.terms[k].low)); asked[k] && a != "" {
				some, same = true, same || a == n
			}
		}
		return some, same
	}
	if some, _ := askedOf(""); !some {
		return false, false
	}
	for _, t := range toks {
		if n := nationOf(t.low); n != "" {
			if _, same := askedOf(n); same {
				return false, true
			}
			other, ok = true, true
		}
	}
	return other, ok
}

// nationOf returns the country a word names, short forms and the
// nations of Britain taken as Britain ("Cardiff, Wales" is a British
// city), or "" for a word that names none (a city names none).
func nationOf(w string) string {
	if a, ok := countryAliases[w]; ok {
		w = a
	}
	switch w {
	case "england", "scotland", "wales": // "uk" is an alias of Britain
		return "britain"
	}
	if countryNames[w] {
		return w
	}
	return ""
}

// countryNames are the countries of the demonyms: not their continents,
// points of the compass, provinces or peoples.
var countryNames = func() map[string]bool {
	m := maps.Clone(countries)
	for _, w := range strings.Fields(`africa europe asia soviet west east north south newfoundland inuit
		alberta ontario quebec tibet`) {
		delete(m, w)
	}
	return m
}()

// askedNationalities says, per question term, whether it is a
// nationality or a country said to own the thing asked about
// (ownerCountry): what otherNationality compares with. It is worked out
// once a question, not once a candidate.
func (q *question) askedNationalities() []bool {
	if q.nationalities == nil {
		q.nationalities = make([]bool, len(q.terms))
		for k, t := range q.terms {
			q.nationalities[k] = q.toks[t.pos].tag == tagGentile || ownerCountry(q.toks, t.pos)
		}
	}
	return q.nationalities
}

// countries are the countries demonyms names, by their lower-case name.
var countries = func() map[string]bool {
	m := make(map[string]bool, len(demonyms))
	for _, c := range demonyms {
		m[c] = true
	}
	return m
}()

// countryDemonyms are demonyms turned round: the nationality adjectives
// of each country, by its lower-case name ("argentina": "argentine",
// "argentinian"), in a stable order.
var countryDemonyms = func() map[string][]string {
	m := make(map[string][]string, len(demonyms))
	for d, c := range demonyms {
		if d != c { // "saudi", "czech" name both
			m[c] = append(m[c], d)
		}
	}
	for _, ds := range m {
		slices.Sort(ds)
	}
	return m
}()

// ownerCountry reports whether toks[p] is a country said to own the
// thing asked about, as a nationality would be: "Russia's delegation",
// "the delegation of Russia", "the Russia coach".
func ownerCountry(toks []token, p int) bool {
	if !countries[toks[p].low] {
		return false
	}
	return p+1 < len(toks) && toks[p+1].tag == tagPossess ||
		p >= 2 && toks[p-1].low == "of" && isNominal(toks[p-2].tag) && toks[p-2].tag != tagProper ||
		// "the France coach", "the Russia defence minister": the
		// country before a title, as its adjective would be.
		p+1 < len(toks) && (toks[p+1].tag == tagTitle || p+2 < len(toks) && toks[p+1].tag == tagWord && toks[p+2].tag == tagTitle)
}

// ownedBy returns the words of what the country at toks[p] owns, as
// ownerCountry reads it ("prime minister" in "the prime minister of
// Italy" or "Italy's prime minister"), two words at most; "" when it owns
// nothing.
func ownedBy(toks []token, p int) string {
	if !ownerCountry(toks, p) {
		return ""
	}
	var i, j int
	if p+1 < len(toks) && toks[p+1].tag == tagPossess {
		i, j = p+2, p+2
		for j < len(toks) && j < i+2 && ownedWord(toks[j]) {
			j++
		}
	} else {
		i, j = p-1, p-1
		for i > 0 && i > j-2 && ownedWord(toks[i-1]) {
			i--
		}
	}
	if i == j {
		return ""
	}
	return strings.ToLower(nameText(toks, i, j))
}

// ownedWord reports whether t can be a word of what a country owns:
// a common noun or title, not a determiner, number or name.
func ownedWord(t token) bool {
	return (t.tag == tagWord || t.tag == tagTitle) && !isStopWord(t.low)
}
