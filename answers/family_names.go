package answers

import (
	"slices"
	"strings"
)

// The name family answers who, whom, whose, which person or organisation.
// Its rules, by the name the candidates carry: name (names of the kind
// asked for), list (lists of names), people (groups of people), pronoun (a
// pronoun or noun phrase resolved to its name), whose (possessors).
//
// Each rule gives its candidates a fit in [0, 1], how well they answer
// the type asked for; the model weighs the family by the fitted weights
// "family:name" and "family-fit:name" (weights.go), and `bot eval
// --ablate rules` shows what each rule adds.

// agentTitles maps the stems of titles named for what their holders do to
// the stems of the verbs that say it: a chairman chairs, a founder founded.
var agentTitles = func() map[string]string {
	m := map[string]string{}
	// The verbs as questions use them: "found" alone is "find"'s. Not
	// "directs": "Who directed the film?" is answered "directed by X" as
	// often as "director X", and the role lost as much as it won on the
	// held-out news sets (the thirty-second round).
	for title, verb := range map[string]string{"chairman": "chairs", "chairwoman": "chairs", "chairperson": "chairs",
		"leader": "leads", "coach": "coaches", "captain": "captains", "founder": "founded",
		"editor": "edits", "governor": "governs", "manager": "manages", "head": "heads", "chair": "chairs"} {
		m[stem(title)] = stem(verb)
	}
	return m
}()

// roleVerbs are the stems of the verbs of agentTitles.
var roleVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, v := range agentTitles {
		m[v] = true
	}
	return m
}()

// holdsRole reports whether a name bears a title: before it ("Director
// Anna Novak"), in an appositive after it ("Omar Haddad, the
// secretary-general"), or as the agent of the title's verb ("the Liberals
// led by Dalton McGuinty" for leader). The role may be a verb's
// ("chair" of "Who chairs...?"), borne as its agentTitles.
func holdsRole(toks []token, e entity, role string) bool {
	has := func(t token) bool {
		if t.stem == role || agentTitles[t.stem] == role {
			return true
		}
		for _, part := range strings.Split(t.low, "-") {
			if stem(part) == role {
				return true
			}
		}
		return false
	}
	for k := e.ti; k < e.j; k++ {
		if has(toks[k]) {
			return true
		}
	}
	// "The Liberals led by Dalton McGuinty": the agent of the title's
	// verb holds it (lead for leader, coach, chair, head).
	if b := e.ti - 1; b > 0 && toks[b].low == "by" && toks[b-1].tag == tagVerb && participle(toks[b-1]) {
		if v := toks[b-1].stem; root(v) == root(role) || related(v, role) {
			return true
		}
	}
	if e.j+1 < len(toks) && toks[e.j].text == "," {
		// An appositive is a noun phrase: a verb ends it ("Mr Blair,
		// became Britain's longest-serving chancellor" gives Blair no
		// title).
		for k := e.j + 1; k < len(toks) && k < e.j+6 && toks[k].text != ","; k++ {
			if toks[k].tag == tagVerb || toks[k].tag == tagAux {
				break
			}
			if has(toks[k]) {
				return true
			}
		}
	}
	return false
}

// possessors answers "Whose invitation...?": the name before "'s
// invitation", or after "invitation from/of/by".
func possessors(q *question, s *sentence) []candidate {
	var noun string
	for i, t := range q.toks {
		if t.low == "whose" && i+1 < len(q.toks) {
			noun = q.toks[i+1].stem
		}
	}
	var out []candidate
	toks := s.toks
	for k, t := range toks {
		if noun == "" || t.stem != noun && !related(t.stem, noun) {
			continue
		}
		// The words that qualify the noun: "Ken Corley's World Studies
		// class", "the Sarah McLaughlan CD".
		m := k
		for m > 0 && k-m < 3 && (toks[m-1].tag == tagProper || toks[m-1].tag == tagWord || toks[m-1].tag == tagGentile) {
			m--
		}
		for _, e := range s.ents {
			// A maker or a relative clause's owner is someone named there.
			named := e.kind != kindPlace && e.kind != kindEvent && !isRef(toks, e)
			switch {
			case e.j+1 <= k && e.j+1 >= m && toks[e.j].tag == tagPossess:
				out = append(out, candidate{s: s, i: e.i, j: e.j, fit: 1, rule: "whose"})
			case named && (e.j == k && e.kind != kindOrg || e.j == k+1 && e.i < k) && e.ti > 0 && toks[e.ti-1].tag == tagDet:
				// "the Sarah McLaughlan CD": whose it is by its maker (the
				// noun may have been read into the name, capitalised).
				out = append(out, candidate{s: s, i: e.i, j: k, fit: 0.8, rule: "whose"})
			case named && relativeOwner(toks, e, k):
				// "Claudia Schiffer - who was supporting her director
				// husband Matthew Vaughn".
				out = append(out, candidate{s: s, i: e.i, j: e.j, fit: 0.9, rule: "whose"})
			case k+2 == e.ti && (toks[k+1].low == "from" || toks[k+1].low == "of" || toks[k+1].low == "by"):
				out = append(out, candidate{s: s, i: e.i, j: e.j, fit: 1, rule: "whose"})
				if e.ti < e.i {
					out = append(out, candidate{s: s, i: e.ti, j: e.j, fit: 0.9, rule: "whose"})
				}
			}
		}
	}
	return out
}

// relativeOwner reports whether the name e owns the noun at k through a
// relative clause about it: "Claudia Schiffer - who was supporting her
// director husband" (his, her or their before the noun, within a few
// words, no other clause in between).
func relativeOwner(toks []token, e entity, k int) bool {
	if e.j+1 >= len(toks) || toks[e.j].text != "," && toks[e.j].text != "-" && toks[e.j].text != "–" || toks[e.j+1].low != "who" {
		return false
	}
	for p := e.j + 2; p < k && p < e.j+10; p++ {
		switch {
		case toks[p].low == "his" || toks[p].low == "her" || toks[p].low == "their":
			return k-p <= 3
		case toks[p].tag == tagPunct || toks[p].tag == tagSub:
			return false
		}
	}
	return false
}

// affiliated returns the person an organisation is named as theirs, by
// its index in s.ents: right before "of the organisation", or with an
// appositive title in between ("Ada Ruiz, director of research at the
// Harbour Trust").
func affiliated(s *sentence, e entity) (int, bool) {
	k := e.ti - 1
	if k > 0 && s.toks[k].tag == tagDet {
		k--
	}
	if k < 1 {
		return 0, false
	}
	switch s.toks[k].low {
	case "of", "at", "with", "for":
	default:
		return 0, false
	}
	for n, p := range s.ents {
		if p.kind != kindPerson {
			continue
		}
		if p.j == k && s.toks[k].low == "of" {
			return n, true
		}
		// The appositive: a comma, then title words up to the preposition.
		if p.j < k && s.toks[p.j].text == "," && k-p.j <= affiliationReach && titleWords(s.toks[p.j+1:k]) {
			return n, true
		}
	}
	return 0, false
}

// affiliationAsked reports whether a question asks which organisation a
// person it names belongs to: "Which club does Johnny O'Connor play
// for?", "Which firm does Mike Powell work for?", "Which club is Jose
// Mourinho in charge of?". Asked anything else of an organisation
// ("Against which team did O'Connor make his debut?"), the one a person
// belongs to is no likelier an answer than another.
func affiliationAsked(q *question) bool {
	if q.want != typeOrg {
		return false
	}
	for _, t := range q.terms {
		if t.pos == q.verbPos && memberVerbs[t.stem] || inCharge(q.toks, t.pos) {
			return true
		}
	}
	return false
}

// inCharge reports whether the word at k is the "charge" of "in charge
// (of)", which asks whose a person is: "Which club is Mourinho in charge
// of?". The verb does not: "Which firm did police charge?" asks whom
// they charged.
func inCharge(toks []token, k int) bool {
	return toks[k].low == "charge" && k > 0 && toks[k-1].low == "in"
}

// memberVerbs are the stems of the verbs a question asks a person's
// organisation by: the verbs of affiliation, and those of a player, a
// manager, a coach, a captain and a columnist.
var memberVerbs = func() map[string]bool {
	m := set(stem("play") + " " + stem("manage") + " " + stem("coach") + " " + stem("captain") + " " + stem("write"))
	for v := range affiliationVerbs {
		m[v] = true
	}
	return m
}()

// affiliates returns, by their indices in s.ents, the organisations a
// sentence names as those of a person the question names, when the
// question asks for one (affiliationAsked): "Mike Powell of Dresdner",
// "Paul Sheard, economist at Lehman Brothers" (affiliated), "Rangers
// manager Alex McLeish", "Chelsea's Jose Mourinho" (premodified). A
// person's name is never one: "Blair aide Alastair Campbell" names no
// employer.
func affiliates(q *question, s *sentence) []int {
	if !affiliationAsked(q) {
		return nil
	}
	asked := func(p entity) bool {
		last := s.toks[p.j-1].low
		return slices.ContainsFunc(q.terms, func(t qterm) bool { return t.low == last })
	}
	var out []int
	for n, e := range s.ents {
		if e.kind == kindPerson {
			continue
		}
		p, ok := affiliated(s, e)
		if !ok {
			p, ok = premodified(s, e)
		}
		if ok && asked(s.ents[p]) {
			out = append(out, n)
		}
	}
	return out
}

// affiliatedSpan reports whether the span [i, j) of s is one of its
// affiliates.
func affiliatedSpan(q *question, s *sentence, i, j int) bool {
	return slices.ContainsFunc(affiliates(q, s), func(n int) bool { return s.ents[n].i == i && s.ents[n].j == j })
}

// premodified returns the person a name qualifies, by its index in
// s.ents: the name, its possessive or a title of up to three words
// between, then the person ("Rangers manager Alex McLeish", "Munster's
// Denis Leamy", "Dresdner analyst Mike Powell"). Two names side by side
// are no such pair.
func premodified(s *sentence, e entity) (int, bool) {
	k := e.j
	if k < len(s.toks) && s.toks[k].tag == tagPossess {
		k++
	}
	for n, p := range s.ents {
		if p.kind != kindPerson || p.i < k || p.i-k > 3 {
			continue
		}
		for _, t := range s.toks[k:p.i] {
			switch t.tag {
			case tagProper, tagVerb, tagPunct, tagQuote, tagSub, tagPronoun, tagPrep, tagDet:
				return 0, false
			}
		}
		if p.i == k && k == e.j {
			continue
		}
		return n, true
	}
	return 0, false
}

// affiliationReach is how many words an appositive title may take
// between a name and its organisation.
const affiliationReach = 7

// titleWords reports whether tokens can be an appositive title: words,
// not a clause or another phrase.
func titleWords(toks []token) bool {
	for _, t := range toks {
		switch {
		case t.tag == tagVerb && !strings.HasSuffix(t.low, "ing"): // "director of planning"
			return false
		case t.tag == tagPunct, t.tag == tagQuote, t.tag == tagPronoun, t.tag == tagSub:
			return false
		}
	}
	return len(toks) > 0
}

// nameSpans finds the people and organisations of a sentence for who,
// whom and whose questions and which-company ones: names of the kind asked
// for (a person's titles mark one), a pronoun or noun phrase resolved to
// the name it stands for, the holder of a title asked about, possessors,
// lists of names and groups of people.
func nameSpans(q *question, s *sentence, ctx func(article string, n int) *sentence) []candidate {
	sp := spans{s: s}
	add := sp.add
	clubs := affiliates(q, s)
	for n, e := range s.ents {
		fit := 0.0
		switch {
		case e.kind == kindPerson && q.want == typePerson, e.kind == kindOrg && q.want == typeOrg:
			fit = 1
		case q.want == typeOrg && namedWithPersonNoun(s.toks, e.i, e.j):
			fit = personForThingFit // "R&B singer Usher" is no band
		case e.kind == kindOther:
			fit = 0.6
		case e.kind == kindOrg, e.kind == kindPerson:
			fit = 0.5
		default:
			fit = 0.2
		}
		// With a verb in the question, the rules that find its subject
		// or object are surer than a name anywhere in the sentence.
		if q.hasVerb() {
			fit *= 0.7
		}
		// Asked who holds a title, the person bearing it.
		if q.role != "" && e.kind != kindOrg && e.kind != kindPlace {
			switch {
			case holdsRole(s.toks, e, q.role):
				fit = 1
			case e.ti > 0 && s.toks[e.ti-1].tag == tagPrep && s.toks[e.ti-1].low != "by":
				fit = prepForPersonFit // "chancellor under Mr Blair": see typeFit
			default:
				fit *= 0.7
			}
		}
		// Asked which club a player plays for, the one the sentence
		// names as theirs: "Wasps flanker Johnny O'Connor".
		if slices.Contains(clubs, n) {
			fit = 1
		}
		if isRef(s.toks, e) {
			// He/she, "the university": answer with the name it stands
			// for when the sentence naming it was retrieved too.
			if from := ctx(s.src.ArticleID, e.at); from != nil && from != s {
				if k, l, ok := findName(from, e.full); ok {
					sp.out = append(sp.out, candidate{s: s, i: k, j: l, fit: fit, from: from, rule: "pronoun"})
				}
			}
			continue
		}
		add(e.i, e.j, fit, "name")
	}
	if q.wh == "whose" {
		sp.out = append(sp.out, possessors(q, s)...)
	}
	// Lists of names: "President Trump and President Putin", "Charles
	// Schwab, Lucent Technologies and the Intel Corporation": of people
	// and organisations.
	// Asked which ones, a list of names of unknown kind answers too
	// ("Which studios...?": "Paramount, Universal and Warner Brothers"),
	// and fits as a place list does. Asked for one ("Which player
	// scored?", "Who is...?"), a list is no answer: its names share the
	// question's words and lend an unanswerable question their confidence.
	known := func(e entity) bool { return e.kind == kindPerson || e.kind == kindOrg }
	who := func(e entity) bool { return known(e) || q.plural && e.kind == kindOther }
	listFit := 0.75
	if q.plural {
		listFit = 1
	}
	several := !q.asksOne()
	for n := 0; several && n+1 < len(s.ents); n++ {
		a, b := s.ents[n], s.ents[n+1]
		if who(a) && who(b) && listed(s.toks, a, b) &&
			(s.toks[a.j].low == "and" || s.toks[a.j].text == ",") {
			end := n + 1
			for end+1 < len(s.ents) && who(s.ents[end+1]) && listed(s.toks, s.ents[end], s.ents[end+1]) {
				end++
			}
			// One of them at least is known to be a person or an
			// organisation: "Heart and A Soldier's Story" are films.
			if !slices.ContainsFunc(s.ents[n:end+1], known) {
				continue
			}
			add(a.ti, s.ents[end].j, listFit, "list")
		}
	}
	if q.want == typePerson {
		// Groups of people: "protesters", "a group of scientists"; not in
		// a sentence that names a person, who is the one asked about
		// more surely than "the 12 eurozone finance ministers" beside
		// "Mr Schroeder". One person by a noun ("his youngest
		// daughter", "U.S. President") still answers.
		named := slices.ContainsFunc(s.ents, func(e entity) bool { return e.kind == kindPerson })
		for i, t := range s.toks {
			if named && groupNoun(t.low) {
				continue
			}
			if personNouns[t.low] || t.tag == tagTitle && titleHeads[t.low] && strings.HasSuffix(t.low, "s") {
				k := npStart(s.toks, i)
				// A verb's particle is no part of the phrase: "picked
				// [up] best actor".
				for k < i && particles[s.toks[k].low] {
					k++
				}
				// An award, not a person: "won best actor", "best
				// director"; "the best actor" is someone.
				if s.toks[k].low == "best" {
					continue
				}
				// Nor the noun that titles a name after it: "veteran
				// actor and comic Jerry Lewis" is Jerry Lewis.
				if titlesName(s, i) {
					continue
				}
				// Nor one person by a definite noun alone: "The actor
				// said...", "the player has been in fine form" stand for
				// someone the article names elsewhere, and name nobody.
				if definiteOne(s.toks, k, i+1) {
					continue
				}
				add(k, i+1, 0.3, "people")
			}
		}
	}
	return sp.out
}

// definiteOne reports whether the span [i, j) is "the" and words in small
// letters ending on a singular noun (the people rule asks it of a noun
// for a person): "The actor", "the former player". A plural ("the
// protesters") or a name in it ("the Labour chairman") says more.
func definiteOne(toks []token, i, j int) bool {
	if j-i < 2 || toks[i].low != "the" || strings.HasSuffix(toks[j-1].low, "s") {
		return false
	}
	for _, t := range toks[i+1 : j] {
		if t.tag != tagWord && t.tag != tagTitle || isCapitalized(t.text) {
			return false
		}
	}
	return true
}

// titlesName reports whether a person's name starts within the few words
// after the noun of people at i, in its noun phrase, which then describes
// that person: "a career achievement award will be handed to veteran
// actor and comic Jerry Lewis". Across a verb the noun is someone of its
// own: "the best actor was Jamie Foxx".
func titlesName(s *sentence, i int) bool {
	return slices.ContainsFunc(s.ents, func(e entity) bool {
		if e.kind != kindPerson || e.i <= i || e.i > i+4 {
			return false
		}
		for _, t := range s.toks[i+1 : e.i] {
			if t.tag == tagVerb || t.tag == tagAux || isBoundary(t) {
				return false
			}
		}
		return true
	})
}

// groupNoun reports whether a noun of people names several: a plural
// ("officials", "bosses") or one of the irregular ones.
func groupNoun(low string) bool {
	return sEnding(low) || irregularPeople[low]
}

// irregularPeople are the nouns for several people without an -s.
var irregularPeople = set(`people men women children`)

// listed reports whether the name b follows a in a list: one word apart
// ("and", a comma), or "and" and a determiner ("and the Intel
// Corporation"; after a comma, "Odo, the Bishop", it describes a).
func listed(toks []token, a, b entity) bool {
	return b.ti == a.j+1 || b.ti == a.j+2 && toks[a.j].low == "and" && toks[a.j+1].tag == tagDet
}

// pastDescription returns where the answer text of the span [i, j) starts
// when the span describes a name in small letters before giving it: at
// the name. Asked who or which company, the name answers; "sculptor" of
// "sculptor Henry Moore", "UK think-tank" of "UK think-tank Demos" and
// "former Spurs and England defender" of "former Spurs and England
// defender Gary Stevens" say what it is. A title written as part of the
// name stays ("President Putin", "King Hugo"), and so does a list
// ("astronaut Tamara Jernigan and Russian crewmate Valery Tokarev").
func pastDescription(q *question, s *sentence, i, j int) int {
	if q.want != typePerson && q.want != typeOrg {
		return i
	}
	for n, e := range s.ents {
		if e.j != j || e.i <= i || e.kind == kindPlace || e.kind == kindEvent {
			continue
		}
		// The word before the name heads its description: a noun for
		// a person or an organisation, in small letters.
		head := s.toks[e.i-1]
		if isCapitalized(head.text) || !(head.tag == tagTitle || peopleNoun(head.low) || agentNoun(head.low) || orgNouns[head.low] || orgKindNouns[head.low]) {
			return i
		}
		for k := i; k < e.i; k++ {
			if t := s.toks[k]; t.text == "," || t.tag == tagVerb || t.tag == tagPossess {
				return i
			}
		}
		// A person named before the description and joined to the name
		// is another answer: "sculptor Anna Berg and painter Ola Lind".
		// One that qualifies the description is not: "Harry Potter
		// author JK Rowling".
		for _, o := range s.ents[:n] {
			if o.i >= i && o.kind == kindPerson && conjoinedWithin(s.toks, o.j, e.i) {
				return i
			}
		}
		return e.i
	}
	return i
}

// pastAskedNoun returns where the answer text of the span [i, j) starts
// when the span gives the noun the question's wh-phrase asks for and then
// the name: at the name. "Which telco...?" is answered "BT", not "Telco
// BT"; "Which former lord chancellor...?" "Lord Mackay", not "former
// Tory lord chancellor Lord Mackay". The noun is a word in small letters,
// or the sentence's capitalised first word before the name of a person or
// an organisation ("Telco BT"), and everything after it capitalised name
// words or titles: "Park Ujazdowski" is a park's name (the annotator's
// place), "article 294" an article's number, and both stay whole.
func pastAskedNoun(q *question, s *sentence, i, j int) int {
	if q.focus == "" || q.whEnd <= q.whPos+1 {
		return i
	}
	for k := j - 2; k >= i; k-- {
		t := s.toks[k]
		if t.stem != q.focus {
			if t.tag == tagVerb || t.text == "," || t.tag == tagPossess {
				return i
			}
			continue
		}
		if isCapitalized(t.text) && (k > 0 || !namesAgent(s, j)) {
			return i
		}
		for _, u := range s.toks[k+1 : j] {
			if !isCapitalized(u.text) || u.tag != tagProper && u.tag != tagTitle {
				return i
			}
		}
		return k + 1
	}
	return i
}

// namesAgent reports whether the annotator took the words before j for
// the name of a person or an organisation.
func namesAgent(s *sentence, j int) bool {
	for _, e := range s.ents {
		if e.j == j && (e.kind == kindPerson || e.kind == kindOrg) {
			return true
		}
	}
	return false
}

// agentNoun reports whether a word in small letters has the ending of a
// noun for someone who does something: "sculptor", "provider",
// "novelist", "historian", "consultant".
func agentNoun(low string) bool {
	if len(low) < 5 {
		return false
	}
	for _, end := range []string{"er", "or", "ist", "ian", "ant"} {
		if strings.HasSuffix(low, end) {
			return true
		}
	}
	return false
}

// beforeKindNoun returns the answer text's span for a span [i, j) whose
// name is followed by the noun of its kind in small letters: the name.
// "Which agency...?" is answered "Reuters", not "the Reuters agency"; the
// determiner goes with the noun.
func beforeKindNoun(q *question, s *sentence, i, j int) (int, int) {
	if q.want != typeOrg || j-i < 2 {
		return i, j
	}
	last := s.toks[j-1]
	if isCapitalized(last.text) || !(orgNouns[last.low] || orgKindNouns[last.low] || last.stem == q.focus) {
		return i, j
	}
	for _, e := range s.ents {
		if e.j == j-1 && e.i >= i && e.kind != kindPlace && e.kind != kindPerson {
			if e.i == i+1 && s.toks[i].tag == tagDet {
				i = e.i
			}
			return i, e.j
		}
	}
	return i, j
}

// conjoinedWithin reports whether a conjunction stands in toks[a:b]:
// "and", "or", "&".
func conjoinedWithin(toks []token, a, b int) bool {
	for k := a; k < b; k++ {
		if toks[k].tag == tagConj || toks[k].text == "&" {
			return true
		}
	}
	return false
}
