package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"briefbot"
	"briefbot/eval"
)

// loadDevSet reads a development set from ../shared, or skips: the sets
// are not ours to copy into the repository.
func loadDevSet(t *testing.T, name string) *eval.Dataset {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "..", "shared", "eval", name))
	if err != nil {
		t.Skipf("development set not present: %v", err)
	}
	defer f.Close()
	ds, err := eval.Load(f)
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// TestDevelopmentSetScores fails when the answerer drops below the figures
// set for it on the shared development sets, through the same pipeline as
// `bot eval` (splitter, annotation, bleve index, answerer, the shipped
// weights and threshold).
//
// The floors are what issue 10's answerer reaches, a little under, so that
// a change that loses ground on any set fails here. The CBC floors are
// lower than the earlier answerer's: its threshold now abstains where the
// answer is unsure, which squad2-dev, with half its questions
// unanswerable, demands (ANSWERING.md has the trade-off). On squad2-dev
// both halves of the trade have a floor, the unanswerable questions
// abstained on (NoAns) and the answerable ones answered (HasAns F1), so
// that neither is bought with the other. The CBC sentence floor went from
// 49 to 48.5 when predicates stopped answering typed questions: a wrong
// answer taken from a sentence that holds the right one counted as a right
// sentence, and an abstention counts as none (docs/answering-history.md,
// the seventh round). The eighth round's refit, at its held-out
// threshold, answers more: squad2-dev's NoAns floors went 78.5 / 77.5 -> 76 / 75.5 and its
// HasAns F1 floors 33.5 / 31.5 -> 36 / 33.5, the CBC ones F1 45 -> 46
// and sentence 48.5 -> 50 (held out, the refit keeps NoAns above 70%).
// The ninth round's rules offer names of the kind a what/which + noun
// question asks for, in unanswerable questions' sentences too: HasAns F1
// 36.9 / 34.5 -> 37.9 / 35.6, NoAns 76.9 / 76.5 -> 76.1 / 76.0, so those
// floors went 36 / 33.5 -> 37 / 34.5 and 76 / 75.5 -> 75.5 / 75. The
// tenth round's rules (list siblings, kinds, manners, the predicate that
// gives way to a phrase) answer more of both kinds of question: HasAns F1
// 37.9 / 35.6 -> 38.7 / 36.5, NoAns 76.1 / 76.0 -> 75.4 / 75.3, CBC F1
// 46.7 / 44.4 -> 48.6 / 45.9; those floors went 37 / 34.5 -> 38 / 35.5,
// 75.5 / 75 -> 75 / 74.5, 46 / 43.5 -> 48 / 45.5 and sentence 50 -> 51.5.
// The eleventh round's moved squad2-dev's to F1 57 / 56, HasAns F1 39 /
// 36.5, NoAns 75 / 75, and the CBC ones to 48.5 / 46, sentence 52; the
// twelfth's (HasAns F1 39.3 / 37.1 -> 40.0 / 37.9, F1 57.4 / 56.3 -> 57.7 /
// 56.7) squad2-dev's F1 to 57.5 / 56.5 and HasAns F1 to 39.5 / 37.5. The
// thirteenth's (a question dated in a year its sentence contradicts; F1
// 57.7 / 56.7 -> 58.0 / 56.9, NoAns 75.1 / 75.1 -> 75.7 / 75.5) its F1 to
// 57.75 / 56.75 and NoAns to 75.25 / 75.25. The fourteenth's (number
// ranges, case names, how long by a start, rules found asking fresh BBC
// questions; F1 58.0 / 56.9 -> 58.6 / 57.4, HasAns F1 40.0 / 37.9 -> 41.5
// / 39.2, CBC F1 48.8 / 46.3 -> 49.0 / 46.5) its F1 to 58.25 / 57, HasAns
// F1 to 41 / 38.75, and the CBC F1 floors to 48.75 / 46.25. The
// fifteenth's (how someone described a thing, ranks in a table; CBC F1
// 49.0 / 46.5 -> 49.2 / 46.7, squad2-dev 58.6 / 57.4 -> 58.7 / 57.45)
// the CBC F1 floors to 49 / 46.5. The sixteenth's read "Which French
// player...?" as asking for a person, and so answered one more of
// squad2-dev's unanswerable questions with a name (NoAns corpus 75.3 ->
// 75.2, for +0.5 to +1.2 on four fresh BBC sets): that NoAns floor went
// 75.25 -> 75. The eighteenth's (the noun a which-question asks about,
// kin as people, the United States as a place; CBC F1 49.6 / 46.7 -> 50.1
// / 47.2, squad2-dev 58.7 / 57.45 -> 58.9 / 57.5) the CBC F1 floors to
// 49.75 / 46.75. The nineteenth's (answers of the wrong kind refused;
// CBC F1 50.12 / 47.21 -> 50.18 / 47.27, squad2-dev 58.87 / 57.50 ->
// 58.91 / 57.54, HasAns F1 42.00 / 39.44 -> 42.07 / 39.52) the CBC F1
// floors to 50 / 47, squad2-dev's F1 to 58.5 / 57.25 and HasAns F1 to
// 41.5 / 39. The twenty-first's (fronted adjuncts, word forms: roots,
// hyphens, numbers and centuries, -eed stems, irregular verbs; CBC F1
// 50.37 / 47.32 -> 51.60 / 48.73, sentence 53.4 -> 54.4, squad2-dev 59.00
// / 57.60 -> 59.33 / 57.91, HasAns F1 42.18 / 39.64 -> 42.98 / 40.42) the
// CBC F1 floors to 51 / 48 and sentence to 53.5, squad2-dev's F1 to 58.75
// / 57.5 and HasAns F1 to 42.25 / 39.75; its corpus NoAns went 75.2 ->
// 75.0 (three more unanswerable questions answered, by the fronted
// adjunct, the hyphenated words' parts and "apply" read as a verb), and
// its floor 75 -> 74.75; and when "EU" came to meet "European Union"
// (squad2-dev F1 +0.09, HasAns F1 +0.32) its article NoAns went 75.4 ->
// 75.2, three of its questions about the EU written to be unanswerable,
// and that floor 75.25 -> 75; its corpus NoAns to 74.9, and that floor
// 74.75 -> 74.5. Over the round squad2-dev's corpus scope answered five
// more unanswerable questions and gained 1.2 of HasAns F1. The
// twenty-second round's related words (main/principal, treaty/accord,
// last/final, today/modern: CBC corpus F1 48.92 -> 49.38, squad2-dev
// HasAns F1 43.45 / 40.87 -> 43.78 / 41.04) raised the CBC corpus F1
// floor to 48.5 and squad2-dev's HasAns F1 floors to 42.5 / 40. The
// twenty-third's (restated clauses, what X did, ordinals that count, a
// native of a place; CBC F1 52.04 / 49.38 -> 52.73 / 49.89) raised the
// CBC F1 floors to 52 / 49: issue 10's CBC article target is a floor now.
// The twenty-fifth's (stranded prepositions, other names in brackets,
// four rules that had no family; CBC 52.98 / 50.14 -> 53.19 / 50.35,
// squad2-dev 59.83 / 58.25 -> 60.16 / 58.52, HasAns F1 43.85 / 41.25 ->
// 44.75 / 41.95) raised the CBC F1 floors to 53 / 50 and squad2-dev's to
// 59.75 / 58.25, HasAns F1 44 / 41.5. The twenty-eighth's (filters that
// dropped right answers: a nationality across "and", a kind of the asked
// noun, "not ... until", a phrasal verb's agent, a hyphenated span of
// years; squad2-dev 60.23 / 58.59 -> 60.54 / 58.83, HasAns F1 44.89 /
// 42.10 -> 45.50 / 42.80) raised squad2-dev's F1 floors to 60.25 / 58.5
// and HasAns F1 to 45 / 42.5. In the twenty-ninth, leaving out the
// preposition that governs the wh-word (squad2-dev corpus F1 58.94 ->
// 58.99, HasAns F1 43.01 -> 43.19) also answered one more unanswerable
// question there ("In what year did Napoleon come to power in France?",
// "1806-07"): its corpus NoAns went 74.57 -> 74.49, and that floor 74.5
// -> 74.25. The thirtieth's (spans cut before a relative clause, an
// in-situ wh-word's verb, adverbs left out of the answer shown, graded
// opposites; CBC 53.25 / 50.21 -> 53.45 / 50.45, squad2-dev 60.76 /
// 59.01 -> 61.11 / 59.35, NoAns 75.29 / 74.49 -> 75.65 / 74.86) raised
// the CBC F1 floors to 53.25 / 50.25, squad2-dev's F1 floors to 60.75 /
// 59 and its corpus NoAns floor back to 74.5. The thirty-first's and
// thirty-second's (organisation nouns, places by their country, years by
// their era, "as soon as", conversions in brackets, more currencies; CBC
// corpus 50.45 -> 50.65, squad2-dev 61.11 / 59.35 -> 61.33 / 59.62,
// HasAns F1 46.29 / 43.56 -> 46.75 / 44.03) raised the CBC corpus F1
// floor to 50.5, squad2-dev's F1 floors to 61.25 / 59.5 and its HasAns F1
// floors (unmoved since the twenty-eighth) to 46.5 / 43.75. The
// thirty-fourth's (names typed in small letters recased as runs; CBC
// 53.45 / 50.65 -> 53.64 / 51.04) raised the CBC corpus F1 floor to
// 50.75. The thirty-fifth's (kinds of the noun asked; CBC 53.68 / 51.07
// -> 53.87 / 51.27) raised the CBC F1 floors to 53.5 / 51.
func TestDevelopmentSetScores(t *testing.T) {
	type floor struct {
		em, f1, noAns, hasF1, sentence float64
	}
	tests := []struct {
		file  string
		scope string
		min   floor
	}{
		{"story-dev.json", "article", floor{em: 94, noAns: 100}},
		{"story-dev.json", "corpus", floor{em: 94, noAns: 100}},
		{"cbc4kids-dev.json", "article", floor{f1: 53.5, sentence: 54.5}},
		{"cbc4kids-dev.json", "corpus", floor{f1: 51}},
		{"squad2-dev.json", "article", floor{f1: 61.25, noAns: 75, hasF1: 46.5}},
		{"squad2-dev.json", "corpus", floor{f1: 59.5, noAns: 74.5, hasF1: 43.75}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s/%s", tt.file, tt.scope), func(t *testing.T) {
			ds := loadDevSet(t, tt.file)
			a := &app{cfg: defaultConfig()}
			run, err := a.evaluate(context.Background(), ds, nil, tt.scope == "article", nil, false, func() {})
			if err != nil {
				t.Fatal(err)
			}
			// A question that fails (a panic recovered as an internal
			// error) counts as unanswered and would hide in the scores.
			if n, first := run.failed(); n > 0 {
				t.Errorf("%d questions failed; the first: %s", n, first)
			}
			s := eval.Score(run.scored())
			t.Logf("EM %.1f F1 %.1f HasAns F1 %.1f NoAns %.1f sentence %.1f", s.EM, s.F1, s.HasAnsF1, s.NoAnsAccuracy, s.SentenceAccuracy)
			if s.EM < tt.min.em {
				t.Errorf("EM %.1f < %.1f", s.EM, tt.min.em)
			}
			if s.F1 < tt.min.f1 {
				t.Errorf("F1 %.1f < %.1f", s.F1, tt.min.f1)
			}
			if s.NoAns > 0 && s.NoAnsAccuracy < tt.min.noAns {
				t.Errorf("NoAns accuracy %.1f < %.1f: unanswerable questions were answered", s.NoAnsAccuracy, tt.min.noAns)
			}
			if s.HasAns > 0 && s.HasAnsF1 < tt.min.hasF1 {
				t.Errorf("HasAns F1 %.1f < %.1f: answerable questions went unanswered or wrong", s.HasAnsF1, tt.min.hasF1)
			}
			if s.SentenceAccuracy < tt.min.sentence {
				t.Errorf("sentence accuracy %.1f < %.1f", s.SentenceAccuracy, tt.min.sentence)
			}
		})
	}
}

// The news development sets of devsets/bbc-news: questions written by
// helper sessions about BBC articles, kept as byte offsets into
// ../shared/corpora/bbc-news (eval.SourcedFormat), so they are skipped
// where that corpus is absent. All one hundred and fifty-eight must load,
// 100 questions each, about 25 of them unanswerable (the writers were
// asked for about a quarter; chat127 has 24, chat151 26); the
// forty-seven looked at
// question by question while rules were written
// (devsets/bbc-news/README.md) have floors as the shared sets do, a
// little under what the answerer reaches. The hundred and eleven others are
// measured by their totals only, and have none: a floor would invite
// tuning to them.
func TestNewsDevSets(t *testing.T) {
	if _, err := os.Stat(filepath.Join("..", "..", "..", "shared", "corpora", "bbc-news")); err != nil {
		t.Skipf("BBC corpus not present: %v", err)
	}
	paths, err := filepath.Glob(filepath.Join("..", "..", "devsets", "bbc-news", "*.json"))
	if err != nil || len(paths) != 158 {
		t.Fatalf("%d news sets (%v), want 158", len(paths), err)
	}
	floors := map[string]float64{"bbc60": 70.5, "chat61": 69.0, "bbc66": 69.5, "chat67": 67.25, "bbc70": 66.5, "chat71": 64.75, "bbc74": 69.5,
		"bbc84": 66.0, "chat85": 66.5, "bbc88": 63.5, "chat89": 63.5, "who98": 61.75, "whochat99": 52.25,
		"when106": 82.0, "whenchat107": 65.75, "chat115": 59.5, "chat119": 65.5, "chat125": 52.5, "chat127": 53.0, "chat131": 53.5,
		"chat135": 57.5, "bbc148": 64.5, "chat149": 58.25,
		"bbc152": 70.0, "chat153": 56.0, "bbc156": 59.0, "chat157": 56.0,
		"bbc160": 69.0, "chat161": 50.5, "bbc164": 75.5, "chat165": 50.0,
		"bbc168": 68.0, "chat169": 47.5, "bbc172": 65.5, "chat173": 48.5,
		"bbc176": 62.0, "chat177": 59.5,
		"bbc180": 64.0, "chat181": 60.5, "bbc184": 74.75, "chat185": 63.25,
		"bbc188": 66.75, "chat189": 50.0,
		"bbc192": 71.0, "chat193": 48.5,
		"bbc196": 63.0, "chat197": 60.0}
	ids := map[string]string{}
	for _, path := range paths {
		name := strings.TrimSuffix(filepath.Base(path), ".json")
		t.Run(name, func(t *testing.T) {
			ds, err := loadQuestionSet(path)
			if err != nil {
				t.Fatal(err)
			}
			n, none := tallySet(t, ds, name, ids)
			if n != 100 || none < 24 || none > 26 {
				t.Errorf("%d questions, %d unanswerable; want 100, about 25", n, none)
			}
			if floor, ok := floors[name]; ok {
				holdsNewsFloor(t, ds, floor)
			}
		})
	}
}

// The encyclopedia sets of devsets/wiki: paragraphs and questions in the
// form of SQuAD 2.0, written by helper sessions (their README). They
// load, with 20 paragraphs and 200 questions each, half of them
// unanswerable, and no id twice. wiki1, wiki2 and wiki5 are held out and have
// no floor: a floor would invite tuning to them; wiki3 and wiki4 are
// looked at, and have floors a little under what the answerer reaches.
func TestWikiDevSets(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "..", "devsets", "wiki", "*.json"))
	if err != nil || len(paths) != 5 {
		t.Fatalf("%d encyclopedia sets (%v), want 5", len(paths), err)
	}
	floors := map[string]float64{"wiki3": 56.5, "wiki4": 57.0}
	ids := map[string]string{}
	for _, path := range paths {
		name := strings.TrimSuffix(filepath.Base(path), ".json")
		ds, err := loadQuestionSet(path)
		if err != nil {
			t.Fatal(err)
		}
		n, none := tallySet(t, ds, name, ids)
		if len(ds.Data) != 20 || n != 200 || none != 100 {
			t.Errorf("%s: %d paragraphs, %d questions, %d unanswerable; want 20, 200, 100", path, len(ds.Data), n, none)
		}
		if floor, ok := floors[name]; ok {
			holdsNewsFloor(t, ds, floor)
		}
	}
}

// tallySet counts a question set's questions and its unanswerable ones,
// and fails on an id that ids, by set name, already holds from another
// set (or this one); it adds the set's ids to ids.
func tallySet(t *testing.T, ds *eval.Dataset, name string, ids map[string]string) (n, none int) {
	t.Helper()
	for _, a := range ds.Data {
		for _, p := range a.Paragraphs {
			for _, q := range p.QAs {
				n++
				if q.Golds() == nil {
					none++
				}
				if other, dup := ids[q.ID]; dup {
					t.Errorf("question id %s is in %s and %s", q.ID, other, name)
				}
				ids[q.ID] = name
			}
		}
	}
	return n, none
}

// holdsNewsFloor asks a news set (or an encyclopedia set) in article
// scope with the default settings and fails below floor (F1).
func holdsNewsFloor(t *testing.T, ds *eval.Dataset, floor float64) {
	t.Helper()
	a := &app{cfg: defaultConfig()}
	run, err := a.evaluate(context.Background(), ds, nil, true, nil, false, func() {})
	if err != nil {
		t.Fatal(err)
	}
	s := eval.Score(run.scored())
	t.Logf("F1 %.2f HasAns F1 %.1f NoAns %.1f", s.F1, s.HasAnsF1, s.NoAnsAccuracy)
	if s.F1 < floor {
		t.Errorf("F1 %.2f < %.2f", s.F1, floor)
	}
}

// devsets/bbc-news/chat-rewrites holds eight of the looked-at sets with
// every question rewritten as a team chat types it (small letters, short
// forms, phrases alone, "X - who"), asking the same thing: the same ids and
// the same answers as the written set. Chat-typed held-out sets score
// below written ones; these pair the two forms of each question, and
// their floors keep what the chat readings won.
func TestChatRewriteSets(t *testing.T) {
	if _, err := os.Stat(filepath.Join("..", "..", "..", "shared", "corpora", "bbc-news")); err != nil {
		t.Skipf("BBC corpus not present: %v", err)
	}
	floors := map[string]float64{"bbc60": 60.5, "bbc66": 62.0, "bbc70": 62.75, "bbc74": 60.25, "bbc84": 66.75,
		"bbc88": 59.0, "who98": 55.5, "when106": 75.0}
	paths, err := filepath.Glob(filepath.Join("..", "..", "devsets", "bbc-news", "chat-rewrites", "*.json"))
	if err != nil || len(paths) != len(floors) {
		t.Fatalf("%d rewritten sets (%v), want %d", len(paths), err, len(floors))
	}
	for _, path := range paths {
		name := strings.TrimSuffix(filepath.Base(path), ".json")
		t.Run(name, func(t *testing.T) {
			chat, err := loadQuestionSet(path)
			if err != nil {
				t.Fatal(err)
			}
			written, err := loadQuestionSet(filepath.Join("..", "..", "devsets", "bbc-news", name+".json"))
			if err != nil {
				t.Fatal(err)
			}
			type asked struct {
				question string
				golds    []string
			}
			want := map[string]asked{}
			for _, a := range written.Data {
				for _, p := range a.Paragraphs {
					for _, q := range p.QAs {
						want[q.ID] = asked{q.Question, q.Golds()}
					}
				}
			}
			n := 0
			for _, a := range chat.Data {
				for _, p := range a.Paragraphs {
					for _, q := range p.QAs {
						n++
						w, ok := want[q.ID]
						switch {
						case !ok:
							t.Errorf("%s is in no written question", q.ID)
						case !slices.Equal(q.Golds(), w.golds):
							t.Errorf("%s: answers %q, written %q", q.ID, q.Golds(), w.golds)
						case q.Question == w.question || strings.ToLower(q.Question) != q.Question:
							t.Errorf("%s: %q is not a rewrite in small letters of %q", q.ID, q.Question, w.question)
						}
					}
				}
			}
			if n != len(want) {
				t.Errorf("%d questions, the written set %d", n, len(want))
			}
			holdsNewsFloor(t, chat, floors[name])
		})
	}
}

// The same questions over the same articles get the same answers, the
// same scores and the same citations on every run: ties between
// candidates and between sentences are broken by where they are, never by
// the order in which goroutines or the search engine return them.
func TestEvaluationIsDeterministic(t *testing.T) {
	ds := loadDevSet(t, "cbc4kids-dev.json")
	a := &app{cfg: defaultConfig()}
	var runs [2]evalRun
	for i := range runs {
		run, err := a.evaluate(context.Background(), ds, nil, false, nil, false, func() {})
		if err != nil {
			t.Fatal(err)
		}
		runs[i] = run
	}
	for i, r := range runs[0].results {
		o := runs[1].results[i]
		if r.Answer != o.Answer || r.Score != o.Score || r.Sentence != o.Sentence {
			t.Errorf("%q: %q (%.6f) then %q (%.6f)", r.Question, r.Answer, r.Score, o.Answer, o.Score)
		}
	}
}

// bot eval --losses places every answerable question of each
// development set, reading each once more with the candidates its filters
// drop: none of those readings may fail, whatever the candidates.
func TestLossesOnDevelopmentSets(t *testing.T) {
	for _, file := range []string{"story-dev.json", "cbc4kids-dev.json", "squad2-dev.json"} {
		ds := loadDevSet(t, file)
		a := &app{cfg: defaultConfig()}
		run, err := a.evaluate(context.Background(), ds, nil, true, nil, true, func() {})
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		if len(run.losses) != len(run.results) {
			t.Errorf("%s: %d loss cases for %d questions", file, len(run.losses), len(run.results))
		}
	}
}

// TestIssueTenBBCQuestions asks the seven questions issue 10 was filed
// with, on the BBC corpus as `bot ask --corpus` does: each gets an
// answer of the kind asked for, or "The articles don't say"; the two
// about invented places get the latter. Then the questions that a later
// round found answered wrongly by asking the corpus as a user would, each
// fixed by a general rule (docs/answering-history.md, the seventh
// round). It skips when ../shared is absent and under -short (it indexes
// 2,225 articles).
func TestIssueTenBBCQuestions(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes the BBC corpus")
	}
	if _, err := os.Stat(bbcDir); err != nil {
		t.Skip("BBC corpus not present:", err)
	}
	cfg := defaultConfig()
	cfg.Corpus.Watch = false
	a := diskApp(t, cfg, bbcDir, slog.New(slog.DiscardHandler))
	price := regexp.MustCompile(`[$£€]\s?[0-9]`)
	oilPrice := regexp.MustCompile(`^[$£€]\s?[0-9.]+( a barrel)?$`) // no "bn" or "m": a barrel costs dollars
	either := func(re *regexp.Regexp) func(string) bool { return func(s string) bool { return re.MatchString(s) } }
	is := func(want string) func(string) bool { return func(s string) bool { return s == want } }
	none := func(string) bool { return false }
	anything := func(string) bool { return true } // what is tested is that it does not fail
	not := func(re *regexp.Regexp) func(string) bool { return func(s string) bool { return !re.MatchString(s) } }
	for _, tt := range []struct {
		question string
		ok       func(answer string) bool // for an answer given; abstaining is always allowed
		mustSay  bool                     // an answer is required
	}{
		// The corpus names Japan's foreign minister, not its prime minister.
		{"Who is the prime minister of Japan?", none, false},
		{"Who is the chancellor?", is("Gordon Brown"), true},
		{"Which film won best picture at the Oscars?", either(regexp.MustCompile(`^Million Dollar Baby$`)), false}, // "The Sea", of "The Sea Inside ... won best foreign film", then "18 times out of the last 20 years", until the twenty-second round
		{"What is the price of oil?", either(oilPrice), false},                                                     // "$16.2bn", BP's profits, until the twenty-second round
		{"Who is the Chelsea manager?", is("Jose Mourinho"), true},
		{"Who is the chief gardener of Zorblat Palace?", none, false},
		{"Who is the night porter of Castle Umberfell?", none, false},
		// Found asking as a user would; in brackets what was answered.
		{"Who is the mayor of Paris?", none, false},                                             // "England": "parts" read as Paris
		{"Who is the prime minister of Italy?", is("Silvio Berlusconi"), true},                  // "GMT", then "The articles don't say" until "Italian Prime Minister" was searched for (the forty-fifth round)
		{"Who is the president of France?", is("Jacques Chirac"), true},                         // "Laurent Gbagbo", Ivory Coast's, until "French president" was searched for
		{"Who is the Turkish PM?", is("Recep Erdogan"), true},                                   // "The articles don't say": "PM" in capitals read as a name (the forty-sixth round)
		{"Who is the Japanese prime minister?", none, false},                                    // "Nobutaka Machimura", of "Japanese Foreign Minister Nobutaka Machimura" (the forty-seventh round)
		{"Who is the Indian prime minister?", none, false},                                      // "Mani Shankar Aiyar", "Indian Petroleum Minister" (the forty-seventh round)
		{"Who is the Culture Secretary?", is("Tessa Jowell"), true},                             // "Deputy Prime Minister": a title in capitals read as a name to define (the forty-seventh round)
		{"How much is the new Xbox?", either(price), false},                                     // "2" of "Xbox 2", then a telephone number
		{"Who is the head of Ryanair?", none, false},                                            // "Ryanair deputy chief executive Michael Cawley", once chief was head
		{"Who is the boss of Ryanair?", none, false},                                            // "placed an order for 70 Boeing 737-800 planes"
		{"What is the capital of Kenya?", is("Nairobi"), true},                                  // "Sudan"
		{"Who is the governor of the Bank of England?", is("Mervyn King"), true},                // his deputy, then "Mervyn"
		{"How long is the new Airbus A380?", none, false},                                       // "20 years", of Boeing's planes
		{"When will Google buy Microsoft?", none, false},                                        // "last year"
		{"How tall is the Eiffel Tower?", none, false},                                          // "508m", of a tower in Taipei
		{"Which team did Mourinho coach before Chelsea?", none, false},                          // "Jose Mourinho"
		{"What is Kofi Annan's job?", is("UN Secretary General"), true},                         // "World Bank officials and foreign ministers"
		{"Who is the manager of Liverpool?", is("Rafael Benitez"), true},                        // "Gerard Houllier", a former manager
		{"Which country has the fastest growing economy?", none, false},                         // "at its fastest rate"
		{"Where is the Millennium Stadium?", either(regexp.MustCompile(`Cardiff`)), false},      // "in the world"
		{"Who is the head of the World Bank?", either(regexp.MustCompile(`Wolfensohn`)), false}, // "International Monetary Fund"; since the sixty-second round related head to president, "World Bank president James Wolfensohn"
		{"When will the Olympic host city be chosen?", none, false},                             // "This time"
		// "in the handheld market". The corpus never says where Nintendo is based; since place phrases
		// without a place lost their fit (the seventy-first round), "Japan" of "will be available from
		// February in Japan" scores 0.29, at the threshold, where it scored 0.28: a known cost.
		{"Where is Nintendo based?", not(regexp.MustCompile(`market`)), false},
		{"What is the name of the new pope?", none, false},                                          // "also seeks to uncover some of the mysteries surrounding"
		{"Which country hosts the 2006 World Cup?", either(regexp.MustCompile(`^Germany$`)), false}, // a clause
		{"Which company makes the iPod?", either(regexp.MustCompile(`^Apple`)), false},              // "small size and huge numbers of iPod users"
		{"How old is Tony Blair?", either(regexp.MustCompile(`^[0-9]+$`)), false},                   // "up to three hours"
		{"What is the unemployment rate?", either(regexp.MustCompile(`%`)), false},                  // "still being felt in the eastern part of Germany"
		{"What is the UK inflation rate?", either(regexp.MustCompile(`%`)), false},                  // "Chambers of Commerce"
		{"What is the name of the Labour chairman?", either(regexp.MustCompile(`^[A-Z"]`)), false},  // "the chairman of the Commons education select committee"
		{"What is the name of the new Doctor Who?", either(regexp.MustCompile(`^[A-Z"]`)), false},   // "other hospitals"
		// The corpus never names Arthur Miller.
		{"Who is Arthur Miller?", none, false}, // "King" of King Arthur, "Spector" of a list of substitutes after "Miller"
		{"Where did the tsunami strike?", not(regexp.MustCompile(`^(?i)(we|they|it|he|she|i) `)), false}, // "we saw ... a lessening with bookings for Australia"
		{"What is the A380?", not(regexp.MustCompile(` (was|is|can|will) `)), false},                     // "superjumbo was running over budget"
		{"What did Apple launch?", not(regexp.MustCompile(`^(?i)(while|whereas|although|if)\b`)), false}, // "while Apple users are equally famous..."
		{"When did Enron collapse?", either(regexp.MustCompile(`^[^$£€]*[0-9]{4}`)), false},              // "168m" of "$168m", then "Before its collapse"
		{"Who is the chancellor of the exchequer?", is("Gordon Brown"), true},                            // "Mr Blair", of "chancellor ... under Mr Blair"
		{"Which company makes the Xbox?", not(regexp.MustCompile(`Gates`)), false},                       // "Bill Gates"
		{"Which film won the Golden Globe?", not(regexp.MustCompile(`Turner`)), false},                   // "Douglas's female co-star Kathleen Turner"
		{"How old is Kelly Holmes?", either(regexp.MustCompile(`^[0-9]+$`)), false},                      // "800m"
		{"Which team wins the Six Nations?", not(regexp.MustCompile(`forget`)), false},                   // "People forget that France"
		{"Why are house prices falling?", not(regexp.MustCompile(`^[0-9.,]+%?$`)), false},                // "0.4%"
		// Answered once a predicate ranked first gave way to the next
		// phrase: asked who or what X is, a predicate first is no definition.
		{"Who is Roman Abramovich?", not(regexp.MustCompile(`occurred`)), false}, // "the biggest change occurred when billionaire"
		{"What is Skype?", not(regexp.MustCompile(`^allows`)), false},            // "allows people"
		{"Who is Lakshmi Mittal?", not(regexp.MustCompile(`^investors`)), false}, // "investors the combined company"
		// What something is, only a definition says.
		{"What is the Kyoto protocol?", not(regexp.MustCompile(`Downing|emissions`)), false}, // "Downing Street" of "..., Downing Street has said", then "carbon emissions"
		{"What is Ofcom?", not(regexp.MustCompile(`programme code|regulation`)), false},      // "programme code" of "Ofcom's programme code"
		// The eleventh round.
		{"What is the UK interest rate?", not(regexp.MustCompile(`^[0-9]{1,2}$`)), false},      // "12" of "until 12 November to register their interest"
		{"What album did U2 release?", not(regexp.MustCompile(`^'?s `)), false},                // "'s latest" of "U2's latest album"
		{"What film did Martin Scorsese direct?", either(regexp.MustCompile(`Aviator`)), true}, // "him in Oscar-nominated" of "the movie The Aviator"
		{"Who is the England football captain?", not(regexp.MustCompile(`Canal`)), false},      // "Canal Plus" of "said on television station Canal Plus"
		// The twelfth round.
		{"What is the name of the Chancellor?", is("Gordon Brown"), true},                        // "Oliver Letwin", the shadow chancellor
		{"Who is the new pope?", none, false},                                                    // "Catholic" of "Is the Pope a Catholic?"
		{"What is the name of the defense secretary?", is("Geoff Hoon"), true},                   // British "Defence Secretary Geoff Hoon"
		{"Who is the director general of the BBC?", not(regexp.MustCompile(`Davies`)), false},    // "Gavyn Davies", the chairman, before "director-general Greg Dyke"
		{"How many gold medals did Kelly Holmes win?", not(regexp.MustCompile(`[0-9]m`)), false}, // "800m"
		{"What is the interest rate in the US?", not(regexp.MustCompile(`£`)), false},            // "Only £100" of interest, "US" read as "us"
		{"whos the chelsea manager", is("Jose Mourinho"), true},                                  // nothing: "whos" was no wh-word
		// The twenty-second round.
		{"Where was the tsunami?", not(regexp.MustCompile(`^destroyed`)), false},                      // "destroyed much of the Sri Lankan coast"
		{"Who is Sir Alex Ferguson?", not(regexp.MustCompile(`Sir$`)), false},                         // "Manchester United coach Sir"
		{"When will the new Harry Potter book be published?", not(regexp.MustCompile(`2003`)), false}, // "June 2003", of the book before
		// The twenty-fourth round.
		{"Who won the Grand National?", none, false},                                                                                    // "Slam" of "Grand Slam"; the corpus has no Grand National
		{"Who won best actress at the Baftas?", not(regexp.MustCompile(`Blanchett`)), false},                                            // "Cate Blanchett won best supporting actress"
		{"The Russian delegation was led by?", anything, false},                                                                         // an internal error: no wh-word
		{"How many text messages were sent over New Year?", either(regexp.MustCompile(`^(about |more than )?[0-9.,]+(m|bn)?$`)), false}, // "133m" read as metres
		// The forty-eighth round.
		{"Who is Tony Blair?", either(regexp.MustCompile(`(?i)prime minister`)), true},               // "The articles don't say": the twenty sentences read named him without a title
		{"Who is Lewis Champion?", not(regexp.MustCompile(`(?i)spokesman`)), false},                  // "Tory spokesman" of "Tory spokesman Mr Lewis", once titles were searched for
		{"Who is Paula Radcliffe?", either(regexp.MustCompile(`(?i)champion|runner|athlete`)), true}, // "The articles don't say" until sport's titles were searched for
		{"What is Ryanair?", either(regexp.MustCompile(`(?i)airline`)), true},                        // "The articles don't say": no rule read "budget airline Ryanair"
		{"What is Skype?", either(regexp.MustCompile(`(?i)firm`)), false},                            // "The articles don't say"
		{"What is Ofsted?", not(regexp.MustCompile(`Bell`)), false},                                  // "David Bell", of "Ofsted chief, David Bell"
		{"What is Yukos?", not(regexp.MustCompile(`Nevzlin`)), false},                                // "Leonid Nevzlin", of "- which controls Yukos - to Leonid Nevzlin", once kinds were searched for
	} {
		ans, err := a.bot.Ask(context.Background(), briefbot.Question{Text: tt.question})
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case !ans.Answered() && tt.mustSay:
			t.Errorf("%q: no answer, want one", tt.question)
		case ans.Answered() && !tt.ok(ans.Text):
			t.Errorf("%q = %q (%.2f), want the kind asked for or \"The articles don't say\"", tt.question, ans.Text, ans.Score)
		}
	}
}
