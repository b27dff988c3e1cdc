package answers

// The chunk family answers any question. Its rules, by the name the
// candidates carry: chunk (noun phrases, lists, names and numbers).
//
// Each rule gives its candidates a fit in [0, 1], how well they answer
// the type asked for; the model weighs the family by the fitted weights
// "family:chunk" and "family-fit:chunk" (weights.go), and `bot eval
// --ablate rules` shows what each rule adds.

// chunks are the phrases of a sentence that can stand as an answer on
// their own: its noun phrases (with and without their "of" complements,
// with and without the question's words at their edges), its names and
// its numbers. Most answers are such phrases whatever the question word,
// so they are candidates for every question; the model tells them apart
// by their shape and their place among the question's words, and prefers
// the typed rules' candidates where those apply.
func chunks(q *question, s *sentence, matches [][]hit) []candidate {
	toks := s.toks
	inQ := questionMask(toks, matches)
	var out []candidate
	// A span is offered once. out is what was offered: a sentence's few
	// dozen spans are compared faster than a map of them is made.
	seen := func(i, j int) bool {
		for k := range out {
			if out[k].i == i && out[k].j == j {
				return true
			}
		}
		return false
	}
	add := func(i, j int) {
		i, j = trim(toks, i, j)
		for i < j && (toks[i].tag == tagDet || toks[i].tag == tagPossess) {
			i++
		}
		if i >= j || j-i > maxChunk || seen(i, j) || !hasContent(toks[i:j]) {
			return
		}
		out = append(out, candidate{s: s, i: i, j: j, fit: typeFit(q, toks, i, j), rule: "chunk"})
	}
	// addBoth adds a phrase, and the phrase without the question's words
	// at its edges: "the car maker Daewoo" answers "What car maker...?"
	// as "Daewoo".
	addBoth := func(i, j int) {
		add(i, j)
		a, b := i, j
		for a < b && (inQ[a] || toks[a].tag == tagDet || toks[a].tag == tagPossess || toks[a].low == "of") {
			a++
		}
		for b > a && (inQ[b-1] || toks[b-1].tag == tagPossess || toks[b-1].low == "of") {
			b--
		}
		if a < b && (a > i || b < j) {
			add(a, b)
		}
	}
	for i := 0; i < len(toks); i++ {
		if !chunkStart(toks, i) {
			continue
		}
		full := npEnd(toks, i)
		if full <= i {
			continue
		}
		base := i
		for base < full && toks[base].low != "of" && toks[base].low != "and" && toks[base].text != "&" {
			base++
		}
		addBoth(i, full)
		if base < full {
			addBoth(i, base)
		}
		// The possessor and the possessed: "Watt's partner Boulton".
		for p := i; p < full; p++ {
			if toks[p].tag == tagPossess {
				addBoth(i, p)
				addBoth(p+1, full)
				break
			}
		}
	}
	// Lists come whole: "Denmark, Iceland and Norway".
	for i := 0; i < len(toks); i++ {
		if !chunkStart(toks, i) {
			continue
		}
		if j := listEnd(toks, i); j > 0 && j-i <= maxList {
			add(i, j)
		}
	}
	for _, e := range s.ents {
		if !isRef(toks, e) {
			add(e.i, e.j)
		}
	}
	for _, sp := range numberSpans(toks) {
		add(sp[0], sp[1])
	}
	return out
}

// maxChunk is the longest phrase chunks offers, in words; maxList the
// longest list.
const (
	maxChunk = 12
	maxList  = 25
)

// listEnd returns the end of a list of noun phrases starting at i ("A, B
// and C", "A or B"), or 0 when none starts there.
func listEnd(toks []token, i int) int {
	end, items, joined := npEnd(toks, i), 1, false
	for end < len(toks) && !joined {
		k := end
		if toks[k].text == "," {
			k++
		}
		if k < len(toks) && (toks[k].low == "and" || toks[k].low == "or") {
			k++
			joined = true
		} else if k == end {
			break
		}
		if k >= len(toks) || !isNominal(toks[k].tag) {
			return 0
		}
		next := npEnd(toks, k)
		if next <= k {
			return 0
		}
		for p := k; p < next; p++ {
			joined = joined || toks[p].low == "and" || toks[p].low == "or" // "B and C", joined by npEnd
		}
		end, items = next, items+1
	}
	if !joined || items < 2 {
		return 0
	}
	return end
}

// listOrNPEnd returns the end of the list of noun phrases starting at i
// (listEnd), or else of the one noun phrase there (npEnd).
func listOrNPEnd(toks []token, i int) int {
	if e := listEnd(toks, i); e > i {
		return e
	}
	return npEnd(toks, i)
}

// chunkStart reports whether a noun phrase starts at token i: a nominal
// word whose previous word is not part of the same phrase.
func chunkStart(toks []token, i int) bool {
	if !isNominal(toks[i].tag) || toks[i].tag == tagPossess {
		return false
	}
	if i == 0 {
		return true
	}
	p := toks[i-1]
	return !isNominal(p.tag) && !(p.tag == tagAdverb && toks[i].tag != tagDet)
}
