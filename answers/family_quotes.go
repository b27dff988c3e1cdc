package answers

// The quote family answers what did X say. Its rules, by the name the
// candidates carry: quote, reported (reported speech).
//
// Each rule gives its candidates a fit in [0, 1], how well they answer
// the type asked for; the model weighs the family by the fitted weights
// "family:quote" and "family-fit:quote" (weights.go), and `bot eval
// --ablate rules` shows what each rule adds.

// quotes answers "What did X say?": the words X is quoted saying in a
// sentence that names X as the speaker.
func quotes(q *question, s *sentence, matches [][]hit) []candidate {
	toks := s.toks
	speaker := false
	for k, t := range q.terms {
		if t.name && strongest(matches[k]) >= 0.9 {
			speaker = true
		}
	}
	if !speaker {
		return nil
	}
	var out []candidate
	for i := 0; i < len(toks); i++ {
		if toks[i].tag != tagQuote || !opensQuote(toks[i].text) {
			continue
		}
		j := closingQuote(toks, i)
		if j-i > 2 {
			out = append(out, candidate{s: s, i: i + 1, j: j, fit: 0.9, rule: "quote"})
		}
		i = j
	}
	// Reported speech: "X said (that) ...", "X told reporters that ...".
	for i, t := range toks {
		if !personCueVerbs[t.low] || i+1 >= len(toks) {
			continue
		}
		k := i + 1
		if t.low == "told" || t.low == "tells" || t.low == "asked" {
			// The one told, then what: "told reporters that ...", "told
			// the Kurds they must ...".
			if e := npEnd(toks, k); e > k && e < i+5 {
				k = e
			} else if toks[k].tag == tagPronoun {
				k++
			}
			if k >= len(toks) || toks[k].low != "that" && toks[k].tag != tagPronoun && toks[k].tag != tagDet {
				continue
			}
		}
		if k < len(toks) && toks[k].low == "that" {
			k++
		}
		if k < len(toks) && (toks[k].tag == tagDet || toks[k].tag == tagPronoun || toks[k].tag == tagProper || toks[k].tag == tagWord || toks[k].tag == tagNumber) {
			out = append(out, candidate{s: s, i: k, j: clauseEnd(toks, k, false), fit: 0.7, rule: "reported"})
		}
	}
	return out
}

// opensQuote tells opening quotation marks from closing ones; a straight
// quote counts as opening (the pair is found by scanning on).
func opensQuote(q string) bool {
	return q == "“" || q == "\"" || q == "‘" || q == "«" || q == "„"
}

// closingQuote returns where the quotation opened at toks[i] closes: the
// next closing mark, or the next straight quote, which closes a straight
// one as well as it opens one; len(toks) when none does.
func closingQuote(toks []token, i int) int {
	j := i + 1
	for j < len(toks) && !(toks[j].tag == tagQuote && (!opensQuote(toks[j].text) || toks[j].text == "\"")) {
		j++
	}
	return j
}
