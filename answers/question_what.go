package answers

import "strings"

// The wh-phrase: what a what- or which-question's noun asks for ("Which
// company...?" an organisation, "What year...?" a date, "What kind of
// cells...?" a kind of cells), the noun itself (the focus), the title a
// who-question asks the holder of, and the name of a thing asked for
// ("What is the name of the film?"). analyzeText calls analyzeWhat and
// findRole; the rest of the question's reading is in question.go.

// whPhraseEnd returns the end of the wh-phrase starting at wi: the
// wh-word, the words it takes ("how many"), and the noun phrase it asks
// about ("which U.S. states", "what kind of treaty"); -1 without one.
func whPhraseEnd(toks []token, wi int, skip []bool) int {
	if wi < 0 {
		return -1
	}
	k := wi + 1
	for k < len(toks) && skip[k] {
		k++
	}
	switch toks[wi].low {
	case "what", "which", "whose", "how":
		for k < len(toks) {
			// A plural's possessive qualifies the noun asked about:
			// "Which employers' organisation...?", "Which teachers'
			// union...?".
			if pluralPossessive(toks, k) {
				k += 2
				continue
			}
			switch toks[k].tag {
			case tagWord, tagGentile, tagProper, tagTitle, tagNumber, tagTime, tagAdverb:
				k++
				continue
			}
			if toks[k].low == "of" && k+1 < len(toks) && toks[k-1].tag == tagWord && kindOfAt(toks, k-1) {
				k++
				continue
			}
			break
		}
	}
	return k
}

// pluralPossessive reports whether toks[k] is a plural in -s with its
// possessive apostrophe after it, and a word after that: "employers'
// organisation".
func pluralPossessive(toks []token, k int) bool {
	if k+2 >= len(toks) || !strings.HasSuffix(toks[k].low, "s") {
		return false
	}
	switch toks[k+1].text {
	case "'", "’":
		return toks[k+2].tag == tagWord || toks[k+2].tag == tagTitle
	}
	return false
}

// kindOfAt reports whether toks[k] opens "kind of", "type of" or "sort
// of": the noun asked about comes after it.
func kindOfAt(toks []token, k int) bool {
	if k < 0 || k+1 >= len(toks) || toks[k+1].low != "of" {
		return false
	}
	switch toks[k].low {
	case "kind", "type", "sort":
		return true
	}
	return false
}

// headNoun returns the stem of the noun a what-question asks about when
// no answer type comes with it: "goal" in "What is the goal of the
// bombing?", "illness" in "What type of illness is it?". The answer is
// often what the article says that noun is.
func (q *question) headNoun(wi int) string {
	k := wi + 1
	for kindOfAt(q.toks, k) {
		k += 2
	}
	if q.form == formCopula {
		for k < len(q.toks) && (q.toks[k].tag == tagAux || q.toks[k].tag == tagDet || q.toks[k].tag == tagPossess) {
			k++
		}
		// "What is William Rankine's nationality?": past the owner's name.
		k = pastOwner(q.toks, k)
	}
	// "Which 1950s TV sitcom...?", "What other show...?": past a number,
	// "other" and names before the noun, as analyzeWhat reads them.
	k = pastNamesBeforeNoun(q.toks, pastCountAndOther(q.toks, k)) // "What kind of T cells"
	head := ""
	// The head is the last noun of the phrase: "Which former wrestling
	// star...?", "Which home secretary...?".
	for k < len(q.toks) {
		t := q.toks[k]
		if t.tag == tagWord && !stopWords[t.low] || t.tag == tagTitle {
			head = t.stem
		} else if !(t.tag == tagVerb && strings.HasSuffix(t.low, "ing") && k+1 < len(q.toks) && (q.toks[k+1].tag == tagWord || q.toks[k+1].tag == tagTitle)) {
			break
		}
		k++
	}
	// A noun capitalised as a title's or a name's is still the kind asked
	// for when the verb follows it: "Which Count did the Prince...?",
	// "What Treaty protects...?", the last of several ("What French City
	// was...?", "Which First Nation do...?").
	if e := nameRunEnd(q.toks, k); head == "" && e > k && e < len(q.toks) && q.toks[e-1].tag == tagProper &&
		(q.toks[e].tag == tagAux || q.toks[e].tag == tagVerb) {
		head = q.toks[e-1].stem
	}
	return head
}

// namesPerson reports whether a question asks for the name of a person
// by a noun for one or a title: "What is the name of the chairman?", "What
// was the name of the first president?".
func (q *question) namesPerson() bool {
	if q.wh != "what" || !q.saysName() {
		return false
	}
	for k := len(q.toks) - 1; k >= 0; k-- {
		if t := q.toks[k]; t.stem == q.kind && q.kind != "" {
			return personNouns[t.low] || t.tag == tagTitle && titleHeads[t.low]
		}
	}
	return false
}

// roleWeight is the weight of the title a "Who is the director of X?"
// question asks about: it is what the answer sentence must say.
const roleWeight = 3

// findRole reads "Who is the director of X?", "Who is Canada's minister
// of health?": the answer is the person with that title.
func (q *question) findRole() {
	// "Who chairs the committee?" asks for the holder of the title the
	// verb makes: "Committee chairman John Denham".
	if q.wh == "who" && q.want == typePerson && q.form == formSubject && q.verbPos >= 0 &&
		roleVerbs[q.toks[q.verbPos].stem] {
		q.role = q.toks[q.verbPos].stem
		return
	}
	if q.wh != "who" && !q.namesPerson() || q.want != typePerson || q.form != formCopula {
		return
	}
	for i, t := range q.toks {
		if t.tag != tagTitle || !titleHeads[t.low] {
			continue
		}
		q.role = t.stem
		for k := range q.terms {
			if q.terms[k].pos == i {
				q.terms[k].weight = roleWeight
			}
		}
		return
	}
}

// nounBeforeAux reports whether the word at k, not itself an auxiliary,
// comes before one, so that it is a noun whatever its tag: "states" of
// "Which American states were battered...?".
func nounBeforeAux(toks []token, k int) bool {
	return toks[k].tag != tagAux && k+1 < len(toks) && toks[k+1].tag == tagAux
}

// memberNoun reports whether a capitalised word names a member of a
// nation ("American", "Briton") or of a party ("Conservative",
// "Democrat"). A nationality in "-ish", "-ese" or "-ch" ("British",
// "Chinese", "French") names no one.
func memberNoun(t token) bool {
	if !isCapitalized(t.text) {
		return false
	}
	if t.tag == tagGentile {
		return !strings.HasSuffix(t.low, "ish") && !strings.HasSuffix(t.low, "ese") && !strings.HasSuffix(t.low, "ch")
	}
	return partyMembers[t.low] || nationals[t.low]
}

// partyMembers and nationals are nouns for members of a party and of a
// nation that no nationality adjective gives.
var (
	partyMembers = set(`conservative conservatives tory tories democrat democrats republican republicans
		liberal liberals socialist socialists communist communists nationalist nationalists unionist unionists`)
	nationals = set(`briton britons scot scots frenchman frenchwoman englishman englishwoman welshman irishman
		dane danes swede swedes pole poles finn finns turk turks spaniard spaniards`)
)

// timeStem is the stem of "time"; raceStems are the words of a time set
// in a race: "What time did she run?", "What time did he record?", "her
// winning time".
var (
	timeStem  = stem("time")
	raceStems = stemsOf(set(`run ran record clock post finish finishing swim swam complete winning lap qualifying`))
)

// tenureWords say when someone holds an office, before its noun:
// "former leader", "acting president".
var tenureWords = set(`former ex retired late acting interim outgoing incoming current previous`)

// analyzeWhat sets the answer type of a what/which question from the noun
// it asks about and its verb.
func (q *question) analyzeWhat(wi int, skip []bool) {
	q.want = typeOther
	// A noun phrase typed alone, read as "what is the ...", is typed by
	// its head as fragmentWh found it, past the words that stop the
	// reading below: "psp us release date" asks a date, "boeing q4 2004
	// net profit" a sum, "nasdaq closing level" a number.
	if q.phrase && wi+2 < len(q.toks) {
		start := wi + 2 // past "what is"
		if q.toks[start].low == "the" {
			start++
		}
		if h := fragmentHead(q.toks[start:]); h >= 0 && q.typeFromNoun(q.toks[start+h].low) {
			skip[start+h] = !relationNouns[q.toks[start+h].low]
			return
		}
	}
	// "what city", "which year", "what kind of job": the first noun after
	// the wh-word, skipping "kind of", "type of".
	k := wi + 1
	// "what three countries": the noun after the number; "what other
	// towns": after "other".
	k = pastCountAndOther(q.toks, k)
	// "Which employers' organisation...?": the noun a plural's
	// possessive qualifies is asked about.
	if pluralPossessive(q.toks, k) {
		q.toks[k].tag, q.toks[k+1].tag = tagWord, tagPossess // a noun, not a verb in -s
		k += 2
	}
	// "Which of the candidates...?", "Which one of Owen's brothers...?":
	// the noun after "of", past its determiner or its owner.
	if q.wh == "which" && k+1 < len(q.toks) && q.toks[k].low == "one" && q.toks[k+1].low == "of" {
		skip[k] = true
		k++
	}
	if q.wh == "which" && k+1 < len(q.toks) && q.toks[k].low == "of" {
		skip[k] = true
		k++
		if q.toks[k].tag == tagDet {
			skip[k] = true
			k++
		}
		if k+1 < len(q.toks) && q.toks[k].tag == tagNumber {
			k++ // "Which of the two games...?"
		}
		k = pastOwner(q.toks, k)
	}
	// "Which American won...?", "Which Conservative said...?": a member
	// of a nation or a party, alone before the verb, is somebody; not
	// before a noun taken for a verb ("Which American states were...?").
	if k == wi+1 && k+1 < len(q.toks) && memberNoun(q.toks[k]) && !nounBeforeAux(q.toks, k+1) && verbal(q.toks[k+1]) {
		q.want = typePerson
		return
	}
	// "Which former Conservative leader...?": past a word for when the
	// office was held, and the names after it.
	for k+1 < len(q.toks) && tenureWords[q.toks[k].low] {
		k++
	}
	// "which U.S. states", "what Canadian city": the noun after the name.
	k = pastNamesBeforeNoun(q.toks, k)
	for k < len(q.toks) && (q.toks[k].tag == tagWord || q.toks[k].tag == tagTitle || q.toks[k].tag == tagTime) {
		w := q.toks[k].low
		if kindOfAt(q.toks, k) {
			skip[k], skip[k+1] = true, true
			k += 2
			// "What kind of T cells": the noun after the name.
			k = pastNamesBeforeNoun(q.toks, k)
			continue
		}
		// "What earnings growth...?": a noun before another one is not
		// the one asked about.
		if k+1 < len(q.toks) && modifiedNoun(q.toks[k+1]) && typeNoun(w) {
			break
		}
		// "Which boy band...?", "Which team captain...?": of two nouns
		// of a type, the second is the one asked about.
		if k+1 < len(q.toks) && nounOfType(w) && (q.toks[k+1].tag == tagWord || q.toks[k+1].tag == tagTitle) && nounOfType(q.toks[k+1].low) {
			k++
			continue
		}
		if q.typeFromNoun(w) {
			skip[k] = !relationNouns[w]
			return
		}
		// "Which security company...?", "What rock band...?": a noun
		// before the noun of a type is one of its modifiers; not before a
		// verb ("Which articles state...?").
		if n := k + 1; n < len(q.toks) && (modifiedNoun(q.toks[n]) || q.toks[n].tag == tagTitle && (personNouns[q.toks[n].low] || officeNoun(q.toks[n].low))) && !typeNoun(w) && q.typeFromNoun(q.toks[n].low) {
			skip[n] = !relationNouns[q.toks[n].low]
			return
		}
		break
	}
	// "Which gaming company...?", "Which security software maker...?",
	// "Which Munich-based research institute...?": the noun of a type
	// after several modifiers, the last word of the phrase before its
	// verb. After the one-modifier reading above, which must come first:
	// this run would take the verb of "Which state-owned lender posted
	// the loss?" for one more modifier.
	if n := headAfterModifiers(q.toks, wi+1); n > 0 && q.typeFromNoun(q.toks[n].low) {
		skip[n] = !relationNouns[q.toks[n].low]
		return
	}
	// "What was Holmes' winning time?", "his new 60m record time": a
	// time a race took, said by the word of the race before "time".
	if wi+1 < len(q.toks) && copulas[q.toks[wi+1].low] {
		for p := wi + 2; p < len(q.toks); p++ {
			if q.toks[p].stem == timeStem && raceStems[q.toks[p-1].stem] && (p+1 == len(q.toks) || q.toks[p+1].tag != tagWord) {
				q.want, q.focus = typeDuration, timeStem
				skip[p] = true
				return
			}
		}
	}
	// "What is X's title?", "What is the reason...": the noun after the copula.
	for i := wi + 1; i < len(q.toks); i++ {
		t := q.toks[i]
		if p := pastOwner(q.toks, i); t.tag == tagWord && p > i {
			i = p - 1 // "What was baha mousa's job?": past the owner
			continue
		}
		if t.tag == tagAux || t.tag == tagDet || t.tag == tagPossess || t.tag == tagProper || t.tag == tagGentile ||
			t.tag == tagTitle && i+1 < len(q.toks) && q.toks[i+1].tag == tagProper || fixture(q.toks, i) {
			continue
		}
		// "What is the average age...?": past the adjective.
		if t.tag == tagWord && i+1 < len(q.toks) && q.toks[i+1].tag == tagWord && ageNouns[q.toks[i+1].low] {
			continue
		}
		if ingQualifier(q.toks, i) {
			continue // "the asking price": past the word in -ing
		}
		// "What is the national pensions strike date?", "the Kodak
		// Theatre capacity": the noun that ends a phrase of nouns after
		// "the" or an owner is its head, and says the type, however
		// many nouns qualify it; "the new book title" is a work's title,
		// no one's.
		if h := compoundHead(q.toks, i); h > i && (afterThe(q.toks, i) || afterOwner(q.toks, i)) && typeNoun(q.toks[h].low) && !titleOfWork(q.toks, h) &&
			!(titleNouns[q.toks[h].low] && workNouns[q.toks[h-1].stem]) && q.typeFromNoun(q.toks[h].low) {
			skip[h] = !relationNouns[q.toks[h].low]
			break
		}
		// "What is the inflation rate in...?", "What is the minimum
		// wage?": past a word that qualifies a noun of a sum or a count
		// that ends the phrase, after "the" and any names ("the UK
		// inflation rate") or after an owner's name ("UK economic
		// growth", "India's defence budget"): "What is personal income?"
		// asks what it is.
		owned := afterThe(q.toks, i) || i > 0 && (q.toks[i-1].tag == tagProper || q.toks[i-1].tag == tagPossess)
		// Past a word in -ing that qualifies the noun too: "the average
		// asking price".
		n := i + 1
		if ingQualifier(q.toks, n) {
			n++
		}
		if (t.tag == tagWord || t.tag == tagTitle) && owned && !typeNoun(t.low) && !superlative(t.low) &&
			n < len(q.toks) && (moneyNouns[q.toks[n].low] || countNouns[q.toks[n].low]) && (n+1 == len(q.toks) || q.toks[n+1].tag != tagWord) {
			continue
		}
		// "What is the share price?": the last of two such nouns is the
		// head; "What earnings growth...?" asks for no earnings.
		if n := i + 1; typeNoun(t.low) && n < len(q.toks) && q.toks[n].tag == tagWord {
			if typeNoun(q.toks[n].low) {
				continue
			}
			if modifiedNoun(q.toks[n]) {
				break
			}
		}
		// "What is Conte's firm?", "downing's club?": an owner's
		// organisation is asked as "Which firm...?" asks it.
		ownedOrg := i > 0 && q.toks[i-1].tag == tagPossess && (orgNouns[t.low] || orgKindNouns[t.low])
		if (typeNoun(t.low) || ownedOrg) && !titleOfWork(q.toks, i) {
			if q.typeFromNoun(t.low) {
				skip[i] = !relationNouns[t.low]
			}
		}
		break
	}
	if q.want != typeOther {
		return
	}
	// "What did Rubio say?"; not "Which think-tank wrote the report?",
	// whose wh-word takes a noun: that asks for a think-tank; nor "Which
	// Nobel Peace Prize winner spoke...?", a noun after names.
	if wi+1 < len(q.toks) {
		switch q.toks[wi+1].tag {
		case tagWord, tagTitle, tagTime, tagGentile, tagNumber:
			return
		}
		if k := pastNamesBeforeNoun(q.toks, wi+1); k > wi+1 && k < len(q.toks) && (q.toks[k].tag == tagWord || q.toks[k].tag == tagTitle) {
			return
		}
	}
	// "What was the only language the children spoke?" asks what a
	// thing is; the saying is in the clause that picks the thing out.
	if wi+2 < len(q.toks) && q.toks[wi+1].tag == tagAux && q.toks[wi+1].stem == beStem && q.toks[wi+2].tag == tagDet {
		return
	}
	for i := wi + 1; i < len(q.toks); i++ {
		// A word after a determiner, or after a name after one, is a
		// noun: "the report", "the Demos report"; not "What did Mayor
		// Duarte tell...?".
		p := i - 1
		for p > wi && (q.toks[p].tag == tagProper || q.toks[p].tag == tagGentile) {
			p--
		}
		if p >= 0 && (q.toks[p].tag == tagDet || q.toks[p].tag == tagPossess) {
			continue
		}
		if p >= 1 && pluralAfterBe(q.toks[p-1], q.toks[i]) && q.toks[p].tag == tagWord {
			continue // "What are native claims?"
		}
		// "the total cost of fraud reported by consumers": a participle
		// after its noun, no verb of the question.
		if q.toks[i-1].tag == tagWord && i+1 < len(q.toks) && q.toks[i+1].low == "by" && strings.HasSuffix(q.toks[i].low, "ed") {
			continue
		}
		// "What are ticket holders told to do?" asks for an instruction,
		// not words said: a verb of saying before "to" and a verb.
		if i+2 < len(q.toks) && q.toks[i+1].low == "to" && verbal(q.toks[i+2]) {
			continue
		}
		// "What did Watt add to the engine?": adding to a thing is no
		// saying.
		if q.toks[i].stem == "add" && i+1 < len(q.toks) && q.toks[i+1].low == "to" {
			continue
		}
		// After "do" the verb is bare: "states" of "What do all member
		// states agree...?" is a noun of the subject.
		if inflectedAfterDo(q.toks, wi, i) {
			continue
		}
		if st := q.toks[i].stem; relationIndex[st] != nil && related(st, "say") && (q.toks[i].tag == tagVerb || q.toks[i].tag == tagWord) {
			q.want = typeQuote
			return
		}
	}
}

// nounAfterWh tags as a noun the word a what- or which-phrase asks about
// when the tagger took it for a verb: "cells" of "What cells can't act?",
// "part" of "What part of the mammoth...?", "steam" of "What type of
// steam engine doesn't...?".
func (q *question) nounAfterWh(wi int) {
	k := pastNamesBeforeNoun(q.toks, pastCountAndOther(q.toks, wi+1))
	if kindOfAt(q.toks, k) {
		k = pastNamesBeforeNoun(q.toks, k+2)
	}
	if k < len(q.toks) && nounTaggedVerb(q.toks, k) {
		q.toks[k].tag = tagWord
	}
}

// pastCountAndOther returns the index past a number and then "other" or
// "another" at k, which come before the noun a wh-phrase asks about:
// "what three countries", "what other towns", "which 1950s TV sitcom".
func pastCountAndOther(toks []token, k int) int {
	if k+1 < len(toks) && toks[k].tag == tagNumber {
		k++
	}
	if k+1 < len(toks) && (toks[k].low == "other" || toks[k].low == "another") {
		k++
	}
	return k
}

// answerCount reports whether the number at p counts what the answer
// names: "Which two figures...?", "What three countries...?" ask for two
// figures and three countries, and the sentence that names them need not
// say "two" ("Lord Falconer and Baroness Morgan played no part"). A year
// there dates the thing asked for ("Which 2004 film...?"); it counts
// nothing.
func (q *question) answerCount(p int) bool {
	if q.wh != "what" && q.wh != "which" || p != q.whPos+1 || p >= q.whEnd {
		return false
	}
	v, kind := numberValue(q.toks[p].low)
	return kind == cardinal && v >= 1 && v < 1000
}

// nounTaggedVerb reports whether the word at k, tagged a verb, is the noun
// a wh-phrase asks about: "cells" of "What cells can't act?", "part" of
// "What part of the mammoth...?", "wrestling" of "What kind of wrestling
// is...?". An auxiliary, a negation or "of" follows it, or a noun and
// then one of those.
func nounTaggedVerb(toks []token, k int) bool {
	if toks[k].tag != tagVerb || k+1 >= len(toks) {
		return false
	}
	follows := func(t token) bool { return t.tag == tagAux || t.tag == tagNegation || t.low == "of" }
	// Or the verb of the question: "hit" of "Which OutKast hit won...?".
	if follows(toks[k+1]) || toks[k+1].tag == tagVerb {
		return true
	}
	return k+2 < len(toks) && toks[k+1].tag == tagWord && follows(toks[k+2])
}

// pastNamesBeforeNoun returns the index past the names and nationalities
// at k that qualify the noun after them: "U.S." of "U.S. states",
// "Canadian" of "Canadian city", "T" of "T cells".
func pastNamesBeforeNoun(toks []token, k int) int {
	// A run of names ("South African industry") is skipped when a noun
	// ends it.
	if e := nameRunEnd(toks, k); e > k && e < len(toks) && (toks[e].tag == tagWord || toks[e].tag == tagTitle || nounTaggedVerb(toks, e)) {
		return e
	}
	return k
}

// nameRunEnd returns the index past the names and nationalities at k.
func nameRunEnd(toks []token, k int) int {
	for k < len(toks) && (toks[k].tag == tagProper || toks[k].tag == tagGentile) {
		k++
	}
	return k
}

// pastOwner returns the index past an owner's name and its "'s" at k
// ("William Rankine's", "Owen's"; typed in small letters, "baha mousa's"),
// or k when none is there.
func pastOwner(toks []token, k int) int {
	if e := nameRunEnd(toks, k); e > k && e+1 < len(toks) && toks[e].tag == tagPossess {
		return e + 1
	}
	for e := k; e < k+3 && e < len(toks) && toks[e].tag == tagWord && !stopWords[toks[e].low]; e++ {
		if e+2 < len(toks) && toks[e+1].tag == tagPossess {
			return e + 2
		}
	}
	return k
}

// modifiedNoun reports whether a word after a noun may be the noun it
// qualifies ("earnings growth"): a plain word, not a verb, an adverb
// ("initially") or a direction ("north of").
func modifiedNoun(t token) bool {
	return t.tag == tagWord && !verbStems[t.stem] && !strings.HasSuffix(t.low, "ly") && !directions[t.low]
}

// headAfterModifiers returns the last noun of the phrase of two to four
// words at k, before the verb or auxiliary that follows it: the words
// before it are modifiers, a noun, a word in -ing or -ed or a hyphened
// one ("gaming", "Munich-based", "state-owned"). It returns -1 when the
// phrase is no such run.
func headAfterModifiers(toks []token, k int) int {
	modifier := func(t token) bool {
		return modifiedNoun(t) || t.tag == tagVerb && (strings.HasSuffix(t.low, "ing") || strings.HasSuffix(t.low, "ed")) ||
			strings.Contains(t.low, "-") || t.tag == tagProper || t.tag == tagGentile
	}
	j := k
	for j < len(toks) && j < k+4 && modifier(toks[j]) {
		j++
	}
	h := j - 1
	if h <= k || h >= len(toks) || toks[h].tag != tagWord || h+1 >= len(toks) {
		return -1
	}
	if !verbal(toks[h+1]) {
		return -1
	}
	return h
}

// compoundHead returns the last noun of the run of nouns, names and
// numbers at k when the run is a compound of two or more words that
// ends the phrase (at a preposition, a verb, a clause or the end): "date"
// of "the national pensions strike date"; -1 otherwise. A superlative or
// a word of degree makes it no compound: "the most common cause" asks
// for a thing, "the largest city" is read with its ranking elsewhere.
func compoundHead(toks []token, k int) int {
	noun := func(t token) bool { return t.tag == tagWord || t.tag == tagTitle || t.tag == tagTime }
	h, j := -1, k
	for j < len(toks) && !superlative(toks[j].low) && !degreeWords[toks[j].low] && !strings.Contains(toks[j].low, "-") && !timeAdverbial(toks, j) && (noun(toks[j]) || toks[j].tag == tagProper || toks[j].tag == tagGentile ||
		toks[j].tag == tagNumber || toks[j].tag == tagMonth || toks[j].tag == tagVerb && ingQualifier(toks, j)) {
		if noun(toks[j]) {
			h = j
		}
		j++
	}
	if h <= k || h != j-1 {
		return -1
	}
	return h
}

// timeAdverbial reports whether a time phrase starts at toks[j] ("last
// month", "this year", "next week"): it says when, and heads no noun
// phrase before it ("the audience share last month").
func timeAdverbial(toks []token, j int) bool {
	switch toks[j].low {
	case "last", "next", "this", "past":
		return j+1 < len(toks) && (toks[j+1].tag == tagTime || toks[j+1].tag == tagMonth || toks[j+1].tag == tagWeekday)
	}
	return false
}

// directions are the points of the compass.
var directions = set(`north south east west northeast northwest southeast southwest`)

// sizes are the how-adjectives that ask for a sum when the question is
// about money.
var sizes = set(`large big high low small`)

// numberedMeasures are what news gives as a number whatever its unit:
// they type a what-question as a count (countNouns) and take any number
// as its answer (measureNouns): "What was the score?", "What growth is
// forecast?", "What level did the index reach?", "the takeover size"
// (£1.8bn), "its top speed" (70.72 teraflops); and the size of a
// venue or of an audience, "the theatre's capacity" (6,000), "the
// paper's circulation", "the show's audience" (five million).
const numberedMeasures = `growth inflation unemployment score scoreline attendance majority level toll size speed
	capacity audience circulation readership viewership`

// typeNoun reports whether a noun after a copula says the answer type:
// "What is X's title?"; a noun of a date, a count or an age in the
// plural too: "What are the festival dates?".
func typeNoun(w string) bool {
	one := strings.TrimSuffix(w, "s")
	plural := one != w && len(one) > 2 && (dateNouns[one] || countNouns[one] || ageNouns[one])
	return plural || titleNouns[w] || reasonNouns[w] || countNouns[w] || moneyNouns[w] || moneyNouns[one] ||
		dateNouns[w] || placeNouns[w] || ageNouns[w]
}

// nounOfType reports whether a what/which noun types the answer: a
// person's, an organisation's, or one typeNoun knows.
func nounOfType(w string) bool {
	return typeNoun(w) || personNouns[w] || orgNouns[w] || orgKindNouns[w]
}

// typeFromNoun sets the answer type from a what/which noun and reports
// whether it did.
func (q *question) typeFromNoun(w string) bool {
	plural := false
	if s := strings.TrimSuffix(w, "s"); s != w && !placeNouns[w] && !personNouns[w] && !countNouns[w] && !pluralSenseNouns[w] {
		w, plural = s, true // "which states"
		if strings.HasSuffix(w, "ie") && len(w) > 4 {
			w = strings.TrimSuffix(w, "ie") + "y" // "which countries"
		}
	}
	t := typeOther
	switch {
	case placeNouns[w]:
		t = typePlace
	case dateNouns[w]:
		t = typeDate
	case countNouns[w]:
		t = typeCount
	case moneyNouns[w]:
		t = typeMoney
	case ageNouns[w]:
		t = typeAge
	case titleNouns[w]:
		t = typeTitle
	case reasonNouns[w]:
		t = typeReason
	case orgNouns[w] || orgKindNouns[w]:
		t = typeOrg
	case personNouns[w]:
		t = typePerson
	case officeNoun(w):
		t = typePerson
	default:
		return false
	}
	q.want = t
	q.focus, q.plural = stem(w), plural
	return true
}

// officeNoun reports whether a noun names an office, which its holder
// answers: "Which WorldCom finance chief...?", "Which envoy...?", "Which
// head of state...?" ask who, as "Which minister...?" does. Not a word
// that is also an adjective in small letters ("which major bank"), nor a
// relation ("Which successor to Henry...?", "which son"): the sentence
// names the relation's holder after it ("his successor Louis XIII"), and
// namedSpans reads that better as a thing of a kind than the person
// rules do (squad2-dev lost its one such question when it was typed a
// person).
func officeNoun(w string) bool {
	return titleHeads[w] && !adjectiveTitles[w] && !kinTitles[w]
}

// saysName reports whether the question asks for the name of something
// ("What is the name of...?"), not for a term ("another name for",
// "called", "known as").
func (q *question) saysName() bool {
	for k, t := range q.toks {
		// "the name of the chairman"; "another name for a bin" asks a term.
		if (t.low == "name" || t.low == "names") && k+1 < len(q.toks) && q.toks[k+1].low == "of" &&
			(k == 0 || q.toks[k-1].low != "another" && q.toks[k-1].low != "other") || titleOfWork(q.toks, k) {
			return true
		}
	}
	return false
}

// namedKind returns the stem of the noun whose name a question asks for:
// "colony" of "What was the name of the Florida Huguenot colony?",
// "party" of "What is the name of his new party?", "novel" of "What was
// the title of her third novel?"; "" when none.
func (q *question) namedKind() string {
	for k, t := range q.toks {
		if (t.low == "name" || t.low == "names") && k+1 < len(q.toks) && q.toks[k+1].low == "of" || titleOfWork(q.toks, k) {
			return nounOfPhrase(q.toks[k+2:])
		}
	}
	return ""
}

// calledKind returns the stem of the noun whose name a "What is X
// called?" question asks for, as namedKind does for "What is the name of
// X?": "show" of "What's the new show called?", "device" of "whats
// t-mobile's new pocket office device called", "project" of "What is the
// drama project Cox has been working on called?"; "" for other questions.
func (q *question) calledKind() string {
	n := len(q.toks)
	if q.wh != "what" || q.whPos < 0 || n < q.whPos+4 || q.toks[n-1].low != "called" || !copulas[q.toks[q.whPos+1].low] {
		return ""
	}
	return nounOfPhrase(q.toks[q.whPos+2 : n-1])
}

// nounOfPhrase returns the stem of the last noun of the phrase that opens
// toks: "novel" of "Andrea Levy's third novel?".
func nounOfPhrase(toks []token) string {
	kind := ""
	for _, n := range toks {
		switch {
		case n.tag == tagWord || n.tag == tagTitle:
			kind = n.stem
		case isNominal(n.tag) || n.tag == tagAdverb || n.text == ",":
		default:
			return kind
		}
	}
	return kind
}

// titleOfWork reports whether toks[k] opens "the title of" a work: "What
// was the title of Andrea Levy's third novel?" asks the novel's name, not
// anyone's job.
func titleOfWork(toks []token, k int) bool {
	return (toks[k].low == "title" || toks[k].low == "titles") && k+2 < len(toks) && toks[k+1].low == "of" &&
		workNouns[nounOfPhrase(toks[k+2:])]
}

// afterOwner reports whether the word at i follows an owner: a
// possessive ("Sony's launch date") or an owner's pronoun ("its launch
// date").
func afterOwner(toks []token, i int) bool {
	return i > 0 && (toks[i-1].tag == tagPossess || possessivePronouns[toks[i-1].low])
}
