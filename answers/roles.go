package answers

import "strings"

// Roles around a verb: who does it (the agent), to whom or what it is done
// (the patient), and the rest, each after its preposition ("into the
// language", "from Italy"). A sentence that answers a question gives its
// words the roles the question gives them, whatever the voice: "Daewoo
// purchased the factory" and "the factory was purchased by Daewoo" agree;
// "the pathogen kills the cell" and "the pathogen is killed" do not. And
// the answer takes the role the wh-phrase has: the agent for "Who killed
// X?", the patient for "What did X kill?".

// role is a word's role around a verb: roleAgent, rolePatient, or the
// preposition that introduces it; "" when it has none that can be read.
type role string

const (
	roleAgent   role = "agent"
	rolePatient role = "patient"
)

// roleReach is how far from its verb a word is given a role.
const roleReach = 10

// passiveAt reports whether the verb at v is passive: a participle after a
// form of be or get ("was absorbed", "has been killed"), or one followed by
// "by" ("mucus secreted by the tract").
func passiveAt(toks []token, v int) bool {
	t := toks[v]
	if !participle(t) {
		return false
	}
	if e := verbGroupEnd(toks, v); e < len(toks) && toks[e].low == "by" {
		return true
	}
	for k := v - 1; k >= 0 && k >= v-4; k-- {
		switch toks[k].low {
		case "is", "are", "was", "were", "be", "been", "being", "'s", "'re", "get", "gets", "got", "gotten":
			return true
		}
		if toks[k].tag != tagAdverb && toks[k].tag != tagNegation && toks[k].tag != tagAux && !groupAdverbs[toks[k].low] {
			return false
		}
	}
	return false
}

// participle reports whether a verb form can be a past participle.
func participle(t token) bool {
	w := t.low
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "wn") {
		return true
	}
	base, ok := irregular[w]
	return ok && base != w && !strings.HasSuffix(w, "s")
}

// roleAt returns the role of the word at p around the verb at v, in a
// sentence whose voice passive gives: before the verb, its subject (the
// agent, or the patient of a passive); after it, its object, the agent
// after "by" in a passive, or an oblique after another preposition. A word
// too far from the verb, or beyond a clause break, has none.
func roleAt(toks []token, p, v int, passive bool) role {
	if p == v || p < v-roleReach || p > v+roleReach {
		return ""
	}
	a, b := min(p, v), max(p, v)
	for k := a + 1; k < b; k++ {
		if isBoundary(toks[k]) || toks[k].tag == tagSub || toks[k].text == ";" {
			return ""
		}
	}
	if p < v {
		// Inside a parenthetical before the verb, a word is none of its
		// roles: "Riley, who won bronze at the Championships, won".
		if g := verbGroupStart(toks, v); p >= parentheticalBefore(toks, g) && p < g {
			return ""
		}
		// The subject, unless a preposition introduces the word.
		for k := p - 1; k >= 0 && k >= p-3; k-- {
			if toks[k].tag == tagPrep {
				return role(toks[k].low)
			}
			if !isNominal(toks[k].tag) {
				break
			}
		}
		if passive {
			return rolePatient
		}
		return roleAgent
	}
	// A speaker after a quotation: "...," says lawyer Earl Levy.
	if v > 0 && (toks[v-1].tag == tagQuote || toks[v-1].text == ",") && inversionVerbs[toks[v].stem] {
		return roleAgent
	}
	// After the verb: the preposition nearest before the word, if any
	// within its noun phrase.
	for k := p - 1; k > v; k-- {
		if toks[k].tag == tagPrep {
			if toks[k].low == "by" && passive {
				return roleAgent
			}
			return role(toks[k].low)
		}
		if !isNominal(toks[k].tag) && toks[k].tag != tagAdverb {
			break
		}
	}
	return rolePatient
}

// inversionVerbs, by stem, put their subject after them when a quotation
// comes first.
var inversionVerbs = stemsOf(set(`say says said add added insist insisted explain explained claim claimed
	argue argued warn warned note noted`))

// passive reports whether the question's main verb is passive, its
// auxiliary inverted or not: "When was the treaty signed?", "Where is
// Yukos based?".
func (q *question) passive() bool {
	v := q.verbPos
	if passiveAt(q.toks, v) {
		return true
	}
	if !participle(q.toks[v]) || q.whEnd < 0 {
		return false
	}
	for k := q.whEnd; k < v; k++ {
		switch q.toks[k].low {
		case "is", "are", "was", "were", "be", "been", "being":
			return true
		case "do", "does", "did":
			return false
		}
	}
	return false
}

// strandedPrep reports whether the question ends on a preposition whose
// object is the wh-phrase: "Who did X give it to?", "What was the engine a
// component of?".
func (q *question) strandedPrep() bool {
	return q.whPos >= 0 && len(q.toks) > q.whEnd && q.toks[len(q.toks)-1].tag == tagPrep
}

// questionRoles returns, for the question's main verb, its voice and the
// role of each question term (by index), and the role the wh-phrase has.
func (q *question) questionRoles() (roles []role, wh role) {
	if q.verbPos < 0 || q.whPos < 0 {
		return nil, ""
	}
	passive := q.passive()
	roles = make([]role, len(q.terms))
	for k, t := range q.terms {
		if t.pos == q.verbPos || t.frame {
			continue
		}
		if t.pos > q.whPos && t.pos < q.whEnd {
			continue // the wh-phrase's own noun
		}
		roles[k] = roleAt(q.toks, t.pos, q.verbPos, passive)
	}
	switch {
	case q.form == formSubject:
		wh = roleAgent
		if passive {
			wh = rolePatient
		}
	case q.form == formObject && !q.doWhat:
		if q.typed() && q.want != typePerson && q.want != typeOrg {
			return roles, "" // when, where, how many: an adjunct
		}
		wh = rolePatient
		if passive {
			wh = "" // "What was X given?": hard to tell
		}
		// "Who did X give it to?": the stranded preposition.
		if q.strandedPrep() {
			wh = role(q.toks[len(q.toks)-1].low)
		}
	}
	return roles, wh
}

// contraryPreps are prepositions that say opposite things of their noun.
var contraryPreps = map[role]role{
	"from": "to", "to": "from", "into": "from", "before": "after", "after": "before",
	"with": "without", "without": "with", "above": "below", "below": "above",
	"inside": "outside", "outside": "inside", "for": "against", "against": "for",
}

// roleSwaps compares the roles the sentence gives the question's words
// around the question's verb with those the question gives them: swapped
// reports an agent for a patient or the other way round ("How does the
// pathogen kill the cell?" against "The pathogen is killed"); oblique a
// core role for a preposition's or the other way round; contrary
// prepositions ("Who fled from Italy?" against "fled to Italy").
func roleSwaps(q *question, r *ranked, qroles []role) (swapped, oblique, contrary bool) {
	if qroles == nil {
		return false, false, false
	}
	toks := r.s.toks
	for _, v := range verbHits(q, r.s, r.matches) {
		passive := passiveAt(toks, v)
		for k, want := range qroles {
			if want == "" {
				continue
			}
			for _, h := range r.matches[k] {
				if h.m < 0.7 {
					continue
				}
				got := roleAt(toks, h.pos, v, passive)
				switch {
				case got == "" || got == want:
				case (want == roleAgent || want == rolePatient) && (got == roleAgent || got == rolePatient):
					swapped = true
				case want == roleAgent || want == rolePatient || got == roleAgent || got == rolePatient:
					oblique = true
				case contraryPreps[want] == got:
					contrary = true
				}
			}
		}
	}
	return swapped, oblique, contrary
}

// subjectSwap reports whether the sentence gives the question's verb
// another named subject where the question's subject is a name: "Warsaw
// has seen many improvements" for "Why has Bloc seen many improvements?",
// "Mr Nevzlin is based in Israel" for "Where is Yukos based?". The subject
// is the noun phrase right before the verb (past auxiliaries and
// adverbs), of a verb in the question's voice; it is another's when it
// holds a name and no word of the question's subject, nor belongs to it
// ("Size, whose New Forms album won" for "When did Size win?"). When the
// verb comes twice, once with the question's subject, the sentence says
// it of both ("The Producers won three prizes, while Mary Poppins won
// two"), and nothing is swapped.
func subjectSwap(q *question, r *ranked, qroles []role) bool {
	if q.verbPos < 0 {
		return false
	}
	passive := q.passive()
	want := roleAgent
	if passive {
		want = rolePatient
	}
	asked := -1
	for k, got := range qroles {
		if got == want && q.terms[k].name && q.terms[k].pos < q.verbPos {
			asked = k
			break
		}
	}
	if asked < 0 {
		return false
	}
	toks := r.s.toks
	verbs := verbHits(q, r.s, r.matches)
	if len(verbs) == 0 {
		// A verb that says little ("based", "held") is no term of the
		// question; its subject still is.
		for p, t := range toks {
			if t.tag == tagVerb && t.stem == q.toks[q.verbPos].stem {
				verbs = append(verbs, p)
			}
		}
	}
	other := false
	for _, v := range verbs {
		if passiveAt(toks, v) != passive {
			continue
		}
		p := v - 1
		for p >= 0 && (toks[p].tag == tagAux || toks[p].tag == tagAdverb || toks[p].tag == tagNegation || groupAdverbs[toks[p].low]) {
			p--
		}
		named, ours := false, false
		for ; p >= 0 && isNominal(toks[p].tag); p-- {
			if toks[p].tag == tagProper {
				named = true
			}
			ours = ours || heldWithin(r.matches[asked], p, p+1)
		}
		// "Size, whose New Forms album won": the subject is Size's.
		if p > 0 && toks[p].low == "whose" {
			for p--; p >= 0 && (toks[p].text == "," || isNominal(toks[p].tag)); p-- {
				ours = ours || heldWithin(r.matches[asked], p, p+1)
			}
		}
		if ours {
			return false
		}
		other = other || named
	}
	return other
}

// answerRole returns the role of a span around the question's verb in its
// sentence, from its first word: "" when the verb is not there or the
// span has no role around it.
func answerRole(q *question, r *ranked, i, j int) role {
	toks := r.s.toks
	for _, v := range verbHits(q, r.s, r.matches) {
		if i <= v && v < j {
			continue
		}
		p := i
		if i > v {
			p = i
			// A span opening with its preposition: the role is the
			// preposition's.
			if toks[i].tag == tagPrep {
				if toks[i].low == "by" && passiveAt(toks, v) {
					return roleAgent
				}
				return role(toks[i].low)
			}
		} else {
			p = j - 1
			// "Peter Riley, who secured bronze, won": the subject
			// before a parenthetical stands next to the verb.
			if g := parentheticalBefore(toks, verbGroupStart(toks, v)); g == j {
				if got := roleAt(toks, p, g, passiveAt(toks, v)); got != "" {
					return got
				}
			}
		}
		if got := roleAt(toks, p, v, passiveAt(toks, v)); got != "" {
			return got
		}
	}
	return ""
}
