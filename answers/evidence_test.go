package answers

import (
	"slices"
	"strings"
	"testing"

	"briefbot"
)

// ranks analyses a question against an invented article and returns the
// question and the article's sentences ranked.
func ranks(t *testing.T, question string, texts ...string) (question, []ranked) {
	t.Helper()
	q := analyzeQuestion(question)
	ss := readArticle(texts...)
	r, _ := rankSentences(&q, ss, contextOf(ss))
	return q, r
}

// readArticle annotates an invented article and reads its sentences back
// as retrieved hits, as the answerer sees them.
func readArticle(texts ...string) []*sentence {
	sents := article("t", texts...)
	Annotate(sents)
	var hits []briefbot.Hit
	for _, s := range sents {
		hits = append(hits, briefbot.Hit{Sentence: s, Score: 1})
	}
	return readHits(hits)
}

// readSentence reads one annotated sentence back as a retrieved hit, as
// the answerer sees it.
func readSentence(s briefbot.Sentence) *sentence {
	return readHits([]briefbot.Hit{{Sentence: s}})[0]
}

// taggedTokens tokenises and tags a text as one sentence, without an
// article's help with names.
func taggedTokens(text string) []token {
	toks := tokenize(text)
	for i := range toks {
		toks[i].tag = baseTag(toks[i])
	}
	tagApostrophes(toks)
	refineTags(toks)
	return toks
}

// tokenIndex returns the index of the first token whose text is text, or
// -1.
func tokenIndex(toks []token, text string) int {
	return slices.IndexFunc(toks, func(t token) bool { return t.text == text })
}

// tokenSpan returns the span from the first token whose text is from to
// the first whose text is to, that one included.
func tokenSpan(toks []token, from, to string) (int, int) {
	return tokenIndex(toks, from), tokenIndex(toks, to) + 1
}

// phraseSpan is tokenSpan from a phrase's first word to its last:
// "Foreign Ministry", "23 February".
func phraseSpan(toks []token, phrase string) (int, int) {
	w := strings.Fields(phrase)
	return tokenSpan(toks, w[0], w[len(w)-1])
}

// sentenceNumbered finds a ranked sentence by its number.
func sentenceNumbered(rs []ranked, n int) *ranked {
	for i := range rs {
		if rs[i].s.src.Number == n {
			return &rs[i]
		}
	}
	return nil
}

// The words of a question are found however the sentence spells them: a
// word of the relations lexicon ("saved" for "rescued"), a country's other
// names ("US" in capitals for America, not "us"). A word of a name of
// several words is matched by itself and its plural, not by another word
// of its stem ("Nations" for the "National" of "Grand National"); a name
// of one word is, as other words are ("Islamism" for "Islamist").
func TestMatchVariants(t *testing.T) {
	tests := []struct {
		question, sentence string
		word               string // the question word that must be matched
		absent             bool   // or must not be
	}{
		{"How high is Mount Kenya?", "Mt. Kenya rises above the plain.", "mount", false},
		{"Who won the Super Bowl?", "The Superbowl was won by the Eagles.", "bowl", false},
		{"Who won the Superbowl?", "The Super Bowl was won by the Eagles.", "superbowl", false},
		{"Who is the election coordinator?", "The election co-ordinator, Ann Lee, spoke.", "coordinator", false},
		{"Whose recording sold 10m copies?", "Ann Lee's recording sold 10 million copies.", "10m", false},
		{"Whose recording sold ten million copies?", "Ann Lee's recording sold 10m copies.", "ten", false},
		{"When did users send 2.4bn texts?", "Users sent 2.4 billion texts in May.", "2.4bn", false},
		{"Whose recording sold 10m copies?", "Ann Lee's recording sold 10 copies.", "10m", true},
		{"Whose recording sold 10m copies?", "Ann Lee's recording sold 10 billion copies.", "10m", true},
		{"Who is the election co-ordinator?", "The election coordinator, Ann Lee, spoke.", "co-ordinator", false},
		{"Which firm did the email survey?", "The e-mail survey was done by Mirapoint.", "email", false},
		{"How was the money used?", "The town will use the money for a pool.", "used", false},
		{"Who has a fleet of ships?", "The Navy's fleet has 40 ships.", "ships", false},
		{"What does the UN say?", "The United Nations says the risk is low.", "un", false},
		{"Who is in the US team?", "The U.S. team includes two pilots.", "us", false},
		{"Who is in the U.S. team?", "The US team includes two pilots.", "u.s.", false},
		{"Who won the Grand National?", "Wales won a third Six Nations title.", "national", true},
		{"Who won the Grand National?", "Red Rum won the Grand National.", "national", false},
		{"Who founded the Ottoman Empire?", "The Ottomans founded an empire.", "ottoman", false},
		{"What do Islamist groups reject?", "Islamism rejects democracy.", "islamist", false},
		{"Who rescued the climbers?", "The climbers were saved by a helicopter crew.", "rescued", false},
		{"Who conducted the survey?", "The survey was performed by Gallup.", "conducted", false},
		{"Who was kidnapped in Baghdad?", "Two aid workers were abducted in Baghdad.", "kidnapped", false},
		{"Who rescued the climbers?", "The climbers were seen by a helicopter crew.", "rescued", true},
		{"Who won the election in the US?", "Ann Lee won the election in America.", "us", false},
		{"Which American won the election?", "Ann Lee of the US won the election.", "american", false},
		{"Which American won the election?", "Ann Lee told us she won the election.", "american", true},
	}
	for _, tt := range tests {
		q, rs := ranks(t, tt.question, tt.sentence)
		k := slices.IndexFunc(q.terms, func(term qterm) bool { return term.low == tt.word })
		if k < 0 {
			t.Fatalf("%q: no %q among the terms", tt.question, tt.word)
		}
		if found := strongest(rs[0].matches[k]) >= 0.6; found == tt.absent {
			t.Errorf("%q in %q: %q matched = %v, want %v", tt.question, tt.sentence, tt.word, found, !tt.absent)
		}
	}
}

// The evidence that a sentence does not answer a question written to look
// answerable from it.
func TestEvidenceAgainst(t *testing.T) {
	tests := []struct {
		name, question string
		sentences      []string
		check          func(q *question, r *ranked, ev *questionEvidence) bool
	}{
		{"the question denies what the sentence affirms", "What is not used by invertebrates?",
			[]string{"The complement system is used by most invertebrates."},
			func(q *question, r *ranked, _ *questionEvidence) bool { return negationMismatch(q, r) }},
		{"the question denies: the surer case", "What was not central to European development?",
			[]string{"Free movement and trade were central to European development."},
			func(q *question, r *ranked, _ *questionEvidence) bool { return questionDenies(q, r) }},
		{"only the sentence denies: not the surer case", "What was central to European development?",
			[]string{"Free movement was not central to European development."},
			func(q *question, r *ranked, _ *questionEvidence) bool {
				return negationMismatch(q, r) && !questionDenies(q, r)
			}},
		{"the sentence denies by a word of absence: not the surer case", "Why did Putin not go to Istanbul?",
			[]string{"Putin declined an invitation to meet in Istanbul."},
			func(q *question, r *ranked, _ *questionEvidence) bool { return !questionDenies(q, r) }},
		{"the denied verb is a word of absence, affirmed: the surer case", "What did the government not fail to implement?",
			[]string{"The government had failed to implement a directive on packaging."},
			func(q *question, r *ranked, _ *questionEvidence) bool { return questionDenies(q, r) }},
		{"both deny: no mismatch", "Which shops did not open on Sunday?",
			[]string{"The bakeries did not open on Sunday."},
			func(q *question, r *ranked, _ *questionEvidence) bool { return !negationMismatch(q, r) }},
		{"the question denies its verb, the sentence something else", "Who did not sign the treaty?",
			[]string{"Ministers signed the treaty, though not all of them agreed."},
			func(q *question, r *ranked, _ *questionEvidence) bool { return negationMismatch(q, r) }},
		{"both deny away from the verb: no mismatch", "When will the pharmacists leave their jobs if the situation does not improve?",
			[]string{"The pharmacists will leave their jobs in 60 days if the situation does not improve."},
			func(q *question, r *ranked, _ *questionEvidence) bool { return !negationMismatch(q, r) }},
		{"the denied verb said otherwise, and denied: no mismatch", "How many Canadians have diabetes and don't realize it?",
			[]string{"More than 750,000 Canadians have diabetes and don't know it."},
			func(q *question, r *ranked, _ *questionEvidence) bool { return !negationMismatch(q, r) }},
		{"the denied verb said otherwise, nothing denied: a mismatch", "How many Canadians have diabetes and don't realize it?",
			[]string{"More than 750,000 Canadians have diabetes and know it."},
			func(q *question, r *ranked, _ *questionEvidence) bool { return negationMismatch(q, r) }},
		{"a noun phrase denied in another clause: no mismatch", "Which company ran the survey with Netcom?",
			[]string{"Demand shows no sign of slowing reveals the annual Acme and Netcom survey."},
			func(q *question, r *ranked, _ *questionEvidence) bool { return !negationMismatch(q, r) }},
		{"a noun phrase denied before its verb: a mismatch", "Who signed the treaty?",
			[]string{"No minister signed the treaty."},
			func(q *question, r *ranked, _ *questionEvidence) bool { return negationMismatch(q, r) }},
		{"no before a number is a number: no mismatch", "which group got to no 5 with the record",
			[]string{"Girls Aloud were at five with the record."},
			func(q *question, r *ranked, _ *questionEvidence) bool { return !negationMismatch(q, r) }},
		{"No before a number in the sentence: no mismatch", "Which group's single topped the chart?",
			[]string{"The No 5 single of Girls Aloud topped the chart."},
			func(q *question, r *ranked, _ *questionEvidence) bool { return !negationMismatch(q, r) }},
		{"an opposite", "What is the largest lake in Finland?",
			[]string{"Lake Pyhäjärvi is the smallest lake in Finland."},
			func(q *question, r *ranked, _ *questionEvidence) bool { return opposes(q, r) }},
		{"an opposite graded", "Which bank has a stronger balance sheet than Barclays?",
			[]string{"Lloyds has a weaker balance sheet than Barclays, analysts said."},
			func(q *question, r *ranked, _ *questionEvidence) bool { return opposes(q, r) }},
		{"an opposite graded, spelt otherwise", "Which is the bigger of the two airports?",
			[]string{"Luton is the smaller of the two airports."},
			func(q *question, r *ranked, _ *questionEvidence) bool { return opposes(q, r) }},
		{"the same grade: no opposite", "Which bank has a stronger balance sheet than Barclays?",
			[]string{"Lloyds has a stronger balance sheet than Barclays, analysts said."},
			func(q *question, r *ranked, _ *questionEvidence) bool { return !opposes(q, r) }},
		{"the other sex", "Which illness mostly strikes women?",
			[]string{"The illness strikes men far more often, doctors say."},
			func(q *question, r *ranked, _ *questionEvidence) bool { return opposes(q, r) }},
		{"a negating prefix", "Which defences respond in a specific way?",
			[]string{"Innate defences respond in a non-specific way."},
			func(q *question, r *ranked, _ *questionEvidence) bool { return opposes(q, r) }},
		{"another qualifier", "What year did a spill from an American ship happen?",
			[]string{"In 2006, a spill from a European ship happened off the coast."},
			func(q *question, r *ranked, _ *questionEvidence) bool { s, _, _ := modifierSwap(q, r); return s }},
		{"the same qualifier: no swap", "What year did a spill from a European ship happen?",
			[]string{"In 2006, a spill from a European ship happened off the coast."},
			func(q *question, r *ranked, _ *questionEvidence) bool { s, m, _ := modifierSwap(q, r); return !s && !m }},
		{"the nationality given to another thing", "Who leads the Russian delegation to Istanbul?",
			[]string{"A delegation led by the defence minister went to Istanbul despite Russian reluctance."},
			func(q *question, r *ranked, _ *questionEvidence) bool { s, _, _ := modifierSwap(q, r); return s }},
		{"the nationality in the phrase, after a preposition: no swap", "Who leads the Russian delegation?",
			[]string{"The delegation of Russian officials is led by Vladimir Medinsky."},
			func(q *question, r *ranked, _ *questionEvidence) bool { s, _, _ := modifierSwap(q, r); return !s }},
		{"the country named elsewhere: no swap", "When was the film first broadcast on Austrian television?",
			[]string{"The film was shown in Austria and was broadcast on television in the early 1990s."},
			func(q *question, r *ranked, _ *questionEvidence) bool { s, _, _ := modifierSwap(q, r); return !s }},
		{"a grade left out", "What are the least important mediators of the response?",
			[]string{"Innate cells are also important mediators of the response."},
			func(q *question, r *ranked, _ *questionEvidence) bool { _, _, d := modifierSwap(q, r); return d }},
		{"another qualifier left out: no grade", "What are the innate mediators of the response?",
			[]string{"Cells are also important mediators of the response."},
			func(q *question, r *ranked, _ *questionEvidence) bool { _, m, d := modifierSwap(q, r); return m && !d }},
		{"the thing of another", "Where can a tribute to the fall of Katyn be found?",
			[]string{"A tribute to the fall of Warsaw can be found in the museum."},
			func(q *question, r *ranked, _ *questionEvidence) bool { return complementSwap(q, r) }},
		{"the thing of the same: no swap", "Where can a tribute to the fall of Warsaw be found?",
			[]string{"A tribute to the fall of Warsaw can be found in the museum."},
			func(q *question, r *ranked, _ *questionEvidence) bool { return !complementSwap(q, r) }},
		{"the same, said otherwise: no swap", "What is the capital of the region?",
			[]string{"The capital of this large region is Lille."},
			func(q *question, r *ranked, _ *questionEvidence) bool { return !complementSwap(q, r) }},
		{"the contrary preposition", "Who moved his court from Warsaw to Krakow in 1596?",
			[]string{"King Sigismund III Vasa moved his court from Kraków to Warsaw in 1596."},
			func(q *question, r *ranked, ev *questionEvidence) bool {
				_, _, c := roleSwaps(q, r, ev.qroles)
				return c
			}},
		{"the same prepositions: no swap", "Who moved his court from Krakow to Warsaw in 1596?",
			[]string{"King Sigismund III Vasa moved his court from Kraków to Warsaw in 1596."},
			func(q *question, r *ranked, ev *questionEvidence) bool {
				_, _, c := roleSwaps(q, r, ev.qroles)
				return !c
			}},
		{"another named subject", "Why has Bloc seen many improvements?",
			[]string{"Over the past decade Warsaw has seen many improvements due to solid economic growth."},
			func(q *question, r *ranked, ev *questionEvidence) bool { return subjectSwap(q, r, ev.qroles) }},
		{"another named subject of a passive", "Where is Yukos based?",
			[]string{"A close ally of the former Yukos boss, Mr Nevzlin is currently based in Israel."},
			func(q *question, r *ranked, ev *questionEvidence) bool { return subjectSwap(q, r, ev.qroles) }},
		{"the same subject of a passive: no swap", "Where is Yukos based?",
			[]string{"The oil firm Yukos is based in Moscow."},
			func(q *question, r *ranked, ev *questionEvidence) bool { return !subjectSwap(q, r, ev.qroles) }},
		{"the same subject: no swap", "Why has Warsaw seen many improvements?",
			[]string{"The city of Warsaw has seen many improvements due to solid economic growth."},
			func(q *question, r *ranked, ev *questionEvidence) bool { return !subjectSwap(q, r, ev.qroles) }},
		{"the subject's own thing: no swap", "What year did Size win the Mercury?",
			[]string{"Size, whose New Forms album won the 1997 Mercury Music Prize, said so."},
			func(q *question, r *ranked, ev *questionEvidence) bool { return !subjectSwap(q, r, ev.qroles) }},
		{"the verb twice, once with the asked subject: no swap", "How many awards did the Producers win?",
			[]string{"The Producers won three awards at the ceremony, while Mary Poppins won two."},
			func(q *question, r *ranked, ev *questionEvidence) bool { return !subjectSwap(q, r, ev.qroles) }},
		{"the verb twice, each with another subject", "How many awards did Chicago win?",
			[]string{"The Producers won three awards at the ceremony, while Mary Poppins won two."},
			func(q *question, r *ranked, ev *questionEvidence) bool { return subjectSwap(q, r, ev.qroles) }},
		{"a pronoun subject: no swap", "Why has Warsaw seen many improvements?",
			[]string{"It has seen many improvements due to solid economic growth."},
			func(q *question, r *ranked, ev *questionEvidence) bool { return !subjectSwap(q, r, ev.qroles) }},
		{"someone else of the asked-about name", "Where was the painter Tamara de Maria born?",
			[]string{"The painter Tamara de Lempicka was born in Warsaw."},
			func(q *question, r *ranked, ev *questionEvidence) bool { return nameConflict(q.names, r) }},
		{"an honorific before the asked name's first word: someone else", "Who is Harold Finch?",
			[]string{"Labour spokesman Mr Harold said the posters were a mistake."},
			func(q *question, r *ranked, ev *questionEvidence) bool { return nameConflict(q.names, r) }},
		{"an honorific before the asked name's last word: no conflict", "Who is Harold Finch?",
			[]string{"Labour spokesman Mr Finch said the posters were a mistake."},
			func(q *question, r *ranked, ev *questionEvidence) bool { return !nameConflict(q.names, r) }},
		{"the name's words joined by a hyphen: no conflict", "What did the Boston Retail index fall to?",
			[]string{"The Association of Retail Management-Boston said its index fell to 48.2."},
			func(q *question, r *ranked, ev *questionEvidence) bool { return !nameConflict(q.names, r) }},
		{"a hyphenated name asked whole: no conflict", "What does Mary-Ann Lowe teach?",
			[]string{"Mary-Ann Lowe teaches chemistry at the school."},
			func(q *question, r *ranked, ev *questionEvidence) bool { return !nameConflict(q.names, r) }},
		{"a hyphenated name of someone else: conflict", "What does Mary-Ann Lowe teach?",
			[]string{"Mary-Ann Smith teaches chemistry at the school."},
			func(q *question, r *ranked, ev *questionEvidence) bool { return nameConflict(q.names, r) }},
		{"a shorter form of the name: no conflict", "What did Vladimir Medinsky say?",
			[]string{"Medinsky said the talks would go on."},
			func(q *question, r *ranked, ev *questionEvidence) bool { return !nameConflict(q.names, r) }},
		{"a surname with its style (Ms, no full stop): no conflict", "Who is Anna Lindqvist's deputy?",
			[]string{"Ms Lindqvist's deputy, Piet Vos, spoke."},
			func(q *question, r *ranked, ev *questionEvidence) bool { return !nameConflict(q.names, r) }},
		{"a surname with its style: no other of the name", "Who is Anna Lindqvist's deputy?",
			[]string{"Ms Lindqvist's deputy, Piet Vos, spoke."},
			func(q *question, r *ranked, _ *questionEvidence) bool { s, _, _ := modifierSwap(q, r); return !s }},
		{"the question's verb nowhere", "When did Maria Lind leave the party?",
			[]string{"Maria Lind founded the party in 1941."},
			func(q *question, r *ranked, ev *questionEvidence) bool {
				var f [numFeatures]float64
				ones := make([]float64, len(q.terms))
				for k := range ones {
					ones[k] = 1
				}
				sentenceFeatures(&f, q, ev, []ranked{*r}, 0, ones)
				return f[fVerbMissing] == 1
			}},
		{"a word found elsewhere in the article", "When did the Frankish identity emerge?",
			[]string{"They mixed with the Frankish people.", "Their descendants settled the coast.", "The Norman identity emerged in the 10th century."},
			func(q *question, r *ranked, ev *questionEvidence) bool { return elsewhere(q, ev, r) > 0 }},
	}
	for _, tt := range tests {
		q, rs := ranks(t, tt.question, tt.sentences...)
		ev := gatherEvidence(&q, rs, briefbot.Result{})
		r := sentenceNumbered(rs, len(tt.sentences))
		if !tt.check(&q, r, &ev) {
			t.Errorf("%s: %q against %q", tt.name, tt.question, r.s.src.Text)
		}
	}
}

// A question dated in a year the sentence contradicts is not answered by
// it; the same year, said as a decade or a range or in the sentence
// around it, is no contradiction, nor is a count that looks like a year.
func TestYearConflict(t *testing.T) {
	tests := []struct {
		question  string
		sentences []string // the last is judged
		want      bool
	}{
		{"Who bought the mill in 1925?", []string{"In 1995 the mill was bought by Hanwol."}, true},
		{"Who bought the mill in 1995?", []string{"In 1995 the mill was bought by Hanwol."}, false},
		{"Who ran the district between 1990 and 1993?", []string{"In the years 1994–1999 the mayor ran the district."}, true},
		{"Who ran the district in 1996?", []string{"In the years 1994–1999 the mayor ran the district."}, false},
		{"What did Hanwol lose in 2008?", []string{"It suffered about 30% loss in 2008-09."}, false},
		{"Which band was formed in the 1970s?", []string{"The Quills were formed in 1974 in Leeds."}, false},
		{"Which band was formed in the 1980's?", []string{"The Quills were formed in 1974 in Leeds."}, true},
		{"Which station opened in 1903?", []string{"The line was planned in 1903.", "Its first station opened in 1905."}, false},
		{"Who bought the mill in 1925?", []string{"Hanwol bought the mill and 1500 acres of land."}, false},
		{"What wars did Velmar fight in the 1600s?", []string{"The wars of the 16th century ruined Velmar."}, true},
		{"What wars did Velmar fight in the 1500s?", []string{"The wars of the 16th century ruined Velmar."}, false},
		{"What wars did Velmar fight in the 17th century?", []string{"Velmar fought the Salt Wars in 1652."}, false},
		{"What wars did Velmar fight in the 17th century?", []string{"Velmar fought the Salt Wars in the 1550s."}, true},
		{"Who bought the mill in 1925?", []string{"The mill was bought by Hanwol."}, false},
	}
	for _, tt := range tests {
		q, rs := ranks(t, tt.question, tt.sentences...)
		r := sentenceNumbered(rs, len(tt.sentences))
		if got := yearConflict(askedYears(&q), r.s, contextOf(readArticle(tt.sentences...))); got != tt.want {
			t.Errorf("%q against %q: year conflict %v, want %v", tt.question, r.s.src.Text, got, tt.want)
		}
	}
}

// Roles around a verb, whatever the voice.
func TestRoles(t *testing.T) {
	tests := []struct {
		sentence   string
		verb, word string
		passive    bool
		wantRole   role
	}{
		{"The pathogen kills the cell.", "kills", "pathogen", false, roleAgent},
		{"The pathogen is killed by enzymes.", "killed", "pathogen", true, rolePatient},
		{"The pathogen is killed by enzymes.", "killed", "enzymes", true, roleAgent},
		{"Mucus secreted by the tract traps germs.", "secreted", "tract", true, roleAgent},
		{"The monks fled to Italy.", "fled", "Italy", false, "to"},
		// After a quotation the speaker follows the verb of saying; a
		// listener does not.
		{"\"The repairs cannot wait,\" said Berg.", "said", "Berg", false, roleAgent},
		{"\"The repairs cannot wait,\" she told reporters.", "told", "reporters", false, rolePatient},
	}
	for _, tt := range tests {
		toks := taggedTokens(tt.sentence)
		v, p := -1, -1
		for i, tok := range toks {
			switch tok.text {
			case tt.verb:
				v = i
			case tt.word:
				p = i
			}
		}
		if got := passiveAt(toks, v); got != tt.passive {
			t.Errorf("%q: passive = %v", tt.sentence, got)
		}
		if got := roleAt(toks, p, v, tt.passive); got != tt.wantRole {
			t.Errorf("%q: %s is %q, want %q", tt.sentence, tt.word, got, tt.wantRole)
		}
	}
}

// The question's reading that decides which candidates can answer.
func TestQuestionKinds(t *testing.T) {
	tests := []struct {
		question string
		want     answerType
		role     string
	}{
		{"Who is the chancellor?", typePerson, stem("chancellor")},
		{"Who is the Chelsea manager?", typePerson, stem("manager")},
		// Asked for the name of a title's holder: a person, as "Who is...?".
		{"What is the name of the defence minister?", typePerson, stem("minister")},
		{"What was the name of the first mayor?", typePerson, stem("mayor")},
		{"What is the name of the ship?", typeOther, ""},
		{"Who is Marco Rubio?", typeTitle, ""},
		{"What is the price of oil?", typeMoney, ""},
		{"How much is the fee?", typeMoney, ""},
		// A which-phrase with a noun after names asks for the noun's kind,
		// though its verb is one of saying.
		{"Which Nobel Peace Prize winner spoke about the accord?", typePerson, ""},
		{"What did Nobel winner Ana Costa say?", typeQuote, ""},
		// An owner's sum or rate, past the words that qualify it.
		{"What is Velmari's defence budget now?", typeMoney, ""},
		{"What was Velmari economic growth last year?", typeCount, ""},
		{"What is personal income?", typeOther, ""},
		// The title of a work is its name, no job.
		{"What was the title of Ana Costa's third novel?", typeOther, ""},
		{"What is the title of the head of state?", typeTitle, ""},
	}
	for _, tt := range tests {
		q := analyzeQuestion(tt.question)
		if q.want != tt.want || q.role != tt.role {
			t.Errorf("%q: want %v role %q, expected %v role %q", tt.question, q.want, q.role, tt.want, tt.role)
		}
	}
}

// What can never be an answer, whatever its score: a span of another kind
// than a typed question asks for, a fragment, the asked-about noun
// restated, a candidate said of another nationality, one from a sentence
// that denies the event.
func TestInadmissible(t *testing.T) {
	tests := []struct {
		name      string
		article   []string
		question  string
		forbidden string
	}{
		{"a typed question takes its type only", []string{"The chancellor meanwhile insisted his spending plans were affordable."},
			"Who is the chancellor?", "meanwhile insisted his spending plans were"},
		{"a fragment on an auxiliary", []string{"It is the most nominated film, and the most nominated movie has won best picture 18 times."},
			"Which film won best picture?", "the most nominated movie has"},
		{"the noun asked about restated", []string{"It is the most nominated film, and the most nominated movie has won best picture 18 times."},
			"Which film won best picture?", "the most nominated movie"},
		{"a degree word ends nothing", []string{"The Cabot library is one of the largest and most popular libraries in the city."},
			"What is the most popular library in the city?", "one of the largest and most"},
		{"another nationality", []string{"A Ukrainian team headed by Anna Berg will meet a Russian team led by Ivan Petrov."},
			"Who leads the Ukrainian team?", "Ivan Petrov"},
		{"another country's, said as its owner", []string{"Iraq's Trade Minister Anna Berg welcomed the trade deal Afghanistan signed."},
			"Who is Afghanistan's trade minister?", "Anna Berg"},
		{"where a title is held is not its holder", []string{"The Lisbon Council published its report on Monday.", "\"It is ambitious,\" said Tom Farr, political director at the European Policy Centre, a think-tank."},
			"Who is the director of the Lisbon Council?", "European Policy Centre"},
		{"the end of a possessive or a short is", []string{"It's part of the city council's plan to close the old harbour."},
			"Who plans to close the old harbour?", "'s part of the city council's"},
		{"a place that is no country is nobody", []string{"Fifty whales are trapped in the ice near Ellesmere Island, where wildlife officials are trying to save them."},
			"Who is trying to save the whales?", "Ellesmere Island"},
		{"a place that is no country is no country either", []string{"Irene Khan, who heads Amnesty, spoke in a lecture.", "Ms Khan said prisoners at Guantanamo Bay had been held without trial."},
			"What country is Irene Khan originally from?", "Guantanamo Bay"},
		{"a place something happens in is nobody", []string{"Dana Reyes and her husband, who married in Port Elvan last spring, sold the photographs."},
			"Who is Dana Reyes married to?", "Port Elvan"},
		{"nor a place named after another", []string{"The ball went to the museum in Coldwater, New York, where it is shown."},
			"Who caught the ball?", "New York"},
		{"the title of the question's own person", []string{"This comes after Ana Costa declined an invitation from Velmari leader Bruno Lima to visit the port."},
			"Who declined Bruno Lima's invitation?", "Velmari leader"},
		{"nor what the question's own person is, asked what they said", []string{"Opposition housing spokeswoman Dana Reyes said the plan was a \"fiasco\"."},
			"What did Dana Reyes call the plan?", "Opposition housing spokeswoman"},
		{"nor a noun for a person before the name", []string{"Best actress winner Ana Costa wore a dress by the designer Tom Vale."},
			"Which designer made Ana Costa's dress?", "Best actress winner"},
		{"nor their appositive", []string{"Tom Farr, one of the fiercest critics of the plan, called it a \"charade\"."},
			"What did Tom Farr call the plan?", "one of the fiercest critics of the plan"},
		{"a yes-or-no question asserts nothing", []string{"Asked whether the club would sign more players, the coach laughed: \"Is the captain a Dane?\""},
			"Who is the captain?", "Dane"},
		{"asked who holds a title, a name a noun for a thing introduces", []string{"The Kestrel captain said on radio station Wave Radio that the squad was tired."},
			"Who is the Kestrel captain?", "Wave Radio"},
		{"adverbs alone", []string{"Steam engines often drove the pumps; sailing ships, however, still used wind."},
			"What did sailing ships use?", "however"},
		{"a denied event", []string{"Putin declined an invitation from Zelenskyy to meet in Istanbul on Thursday."},
			"When did Putin meet Zelenskyy?", "Thursday"},
		{"an event of another year", []string{"In 1995 the mill was bought by the Korean firm Hanwol, which built vans there."},
			"Who bought the mill in 1925?", "the Korean firm Hanwol"},
	}
	a := Answerer{Threshold: pickAny}
	for _, tt := range tests {
		sents := article("t", tt.article...)
		Annotate(sents)
		for _, c := range candidatesOf(&a, sents, tt.question) {
			if c.Text == tt.forbidden {
				t.Errorf("%s: %q offers %q", tt.name, tt.question, c.Text)
			}
		}
	}
}

// Questions the articles don't answer: the answer is no answer, with the
// closest sentence as evidence at most.
func TestAbstain(t *testing.T) {
	sents := annotatedStory(t)
	var a Answerer
	for _, q := range []string{
		"Who leads the Chinese delegation?",
		"Who leads the German delegation?",
		"Who leads the Turkish delegation?", // Turkish officials, but no Turkish delegation
		"When did Zelenskyy meet Putin?",    // he declined to; the talks were without them
		"What is the capital of France?",
		"What is the population of Kyiv?",
		"When was Putin born?",
		"How many goals did Messi score?",
		"How much does the Russian delegation cost?", // a count ("three senior officials") is no sum of money
		"hello",
		"?",
	} {
		got := ask(&a, sents, q)
		if got.Answered() {
			t.Errorf("%q = %q (%.2f), want no answer", q, got.Text, got.Score)
		}
		if len(got.Evidence) > 1 || got.Alternatives != nil {
			t.Errorf("%q: no answer with %d evidence sentences and %d alternatives, want at most the closest sentence", q, len(got.Evidence), len(got.Alternatives))
		}
	}
}

// A rate asked per one unit of time is not given by a rate per another:
// "a month" is not answered by "500 projects a year".
func TestRateOfAnotherUnit(t *testing.T) {
	for _, tt := range []struct {
		question, sentence string
		conflict           bool
	}{
		{"How many projects does the centre run a month?", "The centre runs about 500 projects a year.", true},
		{"How many projects does the centre run a month?", "The centre runs 40 projects a month, or 500 a year.", false},
		{"How many projects does the centre run a month?", "The centre runs about 500 projects.", false},
		{"How often does the ferry sail?", "The ferry sails every two weeks.", false},
		{"How many trains run per hour?", "Ninety trains run each day.", true},
		{"How many trains run per hour?", "Four trains run every two hours.", false}, // the same unit: the rule does not reckon
	} {
		q := analyzeQuestion(tt.question)
		s := &sentence{toks: taggedTokens(tt.sentence)}
		if got := rateConflict(rateUnits(q.toks), s); got != tt.conflict {
			t.Errorf("%q against %q: conflict %v, want %v", tt.question, tt.sentence, got, tt.conflict)
		}
	}
	sents := article("centre", "The Riverside Centre runs about 500 arts projects a year.", "It opened in 1998.")
	Annotate(sents)
	var a Answerer
	if got := ask(&a, sents, "How many arts projects does the Riverside Centre run a month?"); got.Answered() {
		t.Errorf("a rate a month answered %q (%.2f) from a rate a year", got.Text, got.Score)
	}
}

// A sentence that says the asked-about event did not happen does not say
// when it happened; one that does still answers.
func TestDeniedEvent(t *testing.T) {
	var a Answerer
	denied := article("t", "Putin declined an invitation from Zelenskyy to meet in Istanbul on Thursday.", "Officials met anyway.")
	Annotate(denied)
	if got := ask(&a, denied, "When did Zelenskyy meet Putin?"); got.Answered() {
		t.Errorf("answered %q (%.2f) from a declined meeting", got.Text, got.Score)
	}
	held := article("t", "Putin met Zelenskyy in Istanbul on Thursday.", "Officials met anyway.")
	Annotate(held)
	if got := ask(&a, held, "When did Zelenskyy meet Putin?"); got.Text != "Thursday" {
		t.Errorf("got %q (%.2f), want Thursday", got.Text, got.Score)
	}
	asked := ask(&a, denied, "Whose invitation did Putin decline?")
	if asked.Text != "Zelenskyy" {
		t.Errorf("a question about the refusal itself: got %q, want Zelenskyy", asked.Text)
	}
	// Nor does a sentence that names the people but not the event, when
	// the sentence closest to the question denies it; nor does the denied
	// sentence's own date stand in for the other sentence's.
	elsewhere := article("t",
		"Mayor Ruth Okafor arrived in Dover on Monday.",
		"After Okafor's refusal of Lindgren's invitation for talks in Dover on Tuesday, he mocked her small negotiating team.",
		"Okafor declined an invitation from Governor Paul Lindgren to meet in Dover.",
		"Lindgren was going, Okafor was going, and then she did not go, an aide told reporters Friday.",
		"Their deputies are due to meet at the city hall instead.")
	Annotate(elsewhere)
	var hits []briefbot.Hit
	for i, s := range elsewhere {
		hits = append(hits, briefbot.Hit{Sentence: s, Score: []float64{0.1, 0.5, 0.4, 0.05, 0.2}[i]})
	}
	if got := a.Answer(briefbot.Question{Text: "When did Okafor meet Lindgren?"}, briefbot.Result{Hits: hits}); got.Answered() {
		t.Errorf("answered %q (%.2f) from a declined meeting", got.Text, got.Score)
	}
}

// Asked when something will happen, a sentence that tells only of the
// past does not say: its date is of another time. A sentence with a word
// of the future, or a verb in the present that schedules, may.
func TestFutureAskedOfThePast(t *testing.T) {
	a := Answerer{Threshold: pickAny}
	past := article("t", "Books", "The fifth book was published in June 2003 and sold five million copies.")
	Annotate(past)
	if got := ask(&a, past, "When will the new book be published?"); got.Text == "June 2003" {
		t.Errorf("answered %q, a date of the past, for a time to come", got.Text)
	}
	if got := ask(&a, past, "When was the fifth book published?"); got.Text != "June 2003" {
		t.Errorf("answered %q, want June 2003", got.Text)
	}
	both := article("t", "Books", "The fifth book was published in June 2003.",
		"The sixth book will be published next July.", "The author's tour ends on 1 August.")
	Annotate(both)
	for _, tt := range []struct{ question, want string }{
		{"When will the sixth book be published?", "next July"},
		{"When is the author's tour due to end?", "1 August"},
	} {
		if got := ask(&a, both, tt.question); got.Text != tt.want {
			t.Errorf("%s answered %q, want %q", tt.question, got.Text, tt.want)
		}
	}
}

// A sentence that dates its figure in another month than the question's
// does not answer it; a month it measures from ("since September") dates
// nothing.
func TestMonthConflict(t *testing.T) {
	sents := article("t",
		"Retailers added only 46,000 jobs in January, the statistics office said.",
		"The figures came as a surprise to economists.",
		"Analysts expect a recovery later in the year.",
		"The jobless rate fell to 4.8%, its lowest level since September 2001.",
	)
	Annotate(sents)
	a := Answerer{Threshold: pickAny}
	for question, want := range map[string]string{
		"How many jobs did retailers add in January?":  "46,000",
		"How many jobs did retailers add in November?": "",
		"What was the jobless rate in March?":          "4.8%",
	} {
		got := ask(&a, sents, question)
		if strings.TrimPrefix(got.Text, "only ") != want {
			t.Errorf("%q = %q, want %q", question, got.Text, want)
		}
	}
}

// A question that names someone or something no retrieved sentence holds,
// in any spelling, nor any article title, is about what the articles do
// not speak of: they don't say. The same question of a name they hold is
// answered.
func TestUnfoundNameAbstains(t *testing.T) {
	sents := article("bridges", "The Oakfield bridge was opened in 1932 by the town's mayor.", "It carries 9,000 cars a day.")
	Annotate(sents)
	wantAnswers(t, sents, map[string]string{
		"When was the Oakfield bridge opened?": "1932",
		"When was the Marlowe bridge opened?":  "",
	})
}
