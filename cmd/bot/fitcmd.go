package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"go/format"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"briefbot"
	"briefbot/answers"
	"briefbot/eval"
	"briefbot/index"
	"briefbot/internal/logit"
)

// `bot fit` fits the weights the answerer gives its features (see
// answers/features.go) and its threshold, on SQuAD files. Every question is
// asked in both scopes, every candidate of every answer kept with its
// features and its F1 against the gold answers; then:
//
//  1. cross-validation: the articles are dealt to --folds folds (the
//     paragraphs of one Wikipedia article together, since they share a
//     subject), and each fold is answered by weights fitted on the others.
//     These held-out figures are the honest estimate of how the weights do
//     on articles nobody fitted them on;
//  2. a calibration turns the held-out confidences into probabilities of
//     being right (answers.Calibrate);
//  3. the threshold is the one with the best mean held-out F1 over the sets
//     and scopes, each counted once whatever its size, among those at which
//     no set scores below answering nothing at all;
//  4. the weights are fitted once more on every question, and --write puts
//     them, the calibration and the threshold in answers/weights.go.

func fitCommand() *command {
	return &command{
		name:    "fit",
		summary: "fit the answerer's weights on SQuAD files, cross-validated by article",
		usage:   "--squad [NAME=]FILE [--squad [NAME=]FILE...] [--counts-as NAME=N] [--write answers/weights.go]",
		quiet:   true,
		flags: func(fs *flag.FlagSet, o *options) {
			fs.Var(&o.squads, "squad", "SQuAD `file` to fit on (repeat for several); NAME=FILE puts the file in the set NAME, with the other files given that NAME")
			fs.Var(&o.countsAs, "counts-as", "NAME=N: the set NAME counts as N questions in the fit (default: its size, at most 1000)")
			fs.StringVar(&o.write, "write", "", "write the fitted weights as Go source to this `file` (answers/weights.go)")
			fs.IntVar(&o.folds, "folds", 5, "cross-validation folds (articles are never split between folds)")
			fs.StringVar(&o.drop, "drop", "", "leave out the features whose names start with these comma-separated `prefixes`, to measure what they add")
		},
		run: runFit,
	}
}

// stringList is a repeatable string flag.
type stringList []string

func (l *stringList) String() string     { return strings.Join(*l, ",") }
func (l *stringList) Set(s string) error { *l = append(*l, s); return nil }

// fitQuestion is one question asked in one scope, with its candidates'
// features and gains.
type fitQuestion struct {
	set, scope string
	group      string // the cross-validation unit: a story, or a Wikipedia article
	q          logit.Question
	spans      []span // where each candidate is
}

// span is where a candidate's text is: its sentence and byte offsets.
type span struct {
	article    string
	number     int
	start, end int
}

func (a span) overlaps(b span) bool {
	return a.article == b.article && a.number == b.number && a.start < b.end && b.start < a.end
}

func runFit(ctx context.Context, a *app, o *options, args []string, e env) int {
	if len(o.squads) == 0 || len(args) > 0 || o.folds < 2 {
		fmt.Fprintln(e.stderr, "usage: bot fit --squad [NAME=]FILE [--squad [NAME=]FILE...] [--counts-as NAME=N] [--folds N] [--drop PREFIXES] [--write answers/weights.go]")
		return exitUsage
	}
	start := time.Now()
	setNames, sets, err := loadFitSets(o.squads)
	if err != nil {
		fmt.Fprintf(e.stderr, "bot: %v\n", err)
		return exitError
	}
	sizes, err := parseCountsAs(o.countsAs, sets)
	if err != nil {
		fmt.Fprintf(e.stderr, "bot: %v\n", err)
		return exitUsage
	}
	var qs []fitQuestion
	for _, name := range setNames {
		more, err := collectCandidates(ctx, sets[name], name)
		if err != nil {
			fmt.Fprintf(e.stderr, "bot fit: %v\n", err)
			return exitError
		}
		qs = append(qs, more...)
	}
	if o.drop != "" {
		dropFeatures(qs, strings.Split(o.drop, ","))
	}
	balance(qs, sizes)
	fmt.Fprintf(e.stdout, "%d questions asked in both scopes, candidates collected in %v\n", len(qs)/2, time.Since(start).Round(time.Millisecond))
	printOracle(e.stdout, qs)

	dim := len(answers.FeatureNames())
	fold := assignFolds(qs, o.folds)
	held := make([]prediction, len(qs))
	for f := range o.folds {
		var train []logit.Question
		for n, q := range qs {
			if fold[n] != f {
				train = append(train, q.q)
			}
		}
		w, _ := logit.Fit(train, dim, logit.Options{})
		for n, q := range qs {
			if fold[n] == f {
				held[n] = predict(q, w)
			}
		}
	}
	calibration := calibrate(qs, held)
	for n := range held {
		held[n].conf = answers.Calibrate(held[n].conf, calibration)
	}
	threshold := bestThreshold(qs, held)
	w, loss := logit.Fit(questionsOf(qs), dim, logit.Options{})
	seen := make([]prediction, len(qs))
	for n, q := range qs {
		seen[n] = predict(q, w)
		seen[n].conf = answers.Calibrate(seen[n].conf, calibration)
	}
	fmt.Fprintf(e.stdout, "\ncalibration: slope %.3f, offset %.3f\n", calibration[0], calibration[1])
	fmt.Fprintf(e.stdout, "threshold %.2f (the best mean held-out F1 over the sets and scopes, none below silence, each abstaining on at least %.0f%% of its unanswerable questions)\n\n", threshold, 100*minNoAns)
	printFitScores(e.stdout, qs, held, seen, threshold)
	printSweep(e.stdout, qs, held)
	printSummary(e.stdout, qs, held)
	fmt.Fprintf(e.stdout, "\nfinal fit on every question: loss %.4f; weights:\n", loss)
	names := answers.FeatureNames()
	for k, n := range names {
		fmt.Fprintf(e.stdout, "  %-28s %+.3f\n", n, w[k])
	}
	if o.write != "" {
		if err := writeWeights(o.write, names, w, threshold, calibration, o.squads, o.countsAs); err != nil {
			fmt.Fprintf(e.stderr, "bot: %v\n", err)
			return exitError
		}
		fmt.Fprintf(e.stdout, "\nwrote %s\n", o.write)
	}
	return exitOK
}

// loadFitSets reads the --squad arguments into sets, in the order first
// named. A FILE is a set of its own, named by its base name; NAME=FILE
// adds the file to the set NAME, so that several files (the news sets of
// devsets/bbc-news, a hundred questions each) make one set: their articles
// share one index, as a corpus's do, and the set is weighed, dealt to
// folds and scored as one kind of text, not as many small ones.
func loadFitSets(args []string) ([]string, map[string]*eval.Dataset, error) {
	var names []string
	sets := make(map[string]*eval.Dataset)
	for _, arg := range args {
		name, path, grouped := strings.Cut(arg, "=")
		if !grouped {
			name, path = strings.TrimSuffix(filepath.Base(arg), ".json"), arg
		}
		if name == "" || path == "" {
			return nil, nil, fmt.Errorf("--squad %q: want FILE or NAME=FILE", arg)
		}
		ds, err := loadQuestionSet(path)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", path, err)
		}
		if sets[name] == nil {
			names = append(names, name)
			sets[name] = &eval.Dataset{Version: ds.Version}
		}
		sets[name].Data = append(sets[name].Data, ds.Data...)
	}
	return names, sets, nil
}

// parseCountsAs reads the --counts-as arguments, NAME=N: the set NAME
// counts as N questions in the fit.
func parseCountsAs(args []string, sets map[string]*eval.Dataset) (map[string]int, error) {
	out := make(map[string]int, len(args))
	for _, arg := range args {
		name, n, _ := strings.Cut(arg, "=")
		size, err := strconv.Atoi(n)
		if err != nil || size < 1 || sets[name] == nil {
			return nil, fmt.Errorf("--counts-as %q: want NAME=N, N a positive number of questions and NAME a set given by --squad", arg)
		}
		out[name] = size
	}
	return out, nil
}

// collectCandidates indexes a dataset in memory and asks every question in
// both scopes, keeping every candidate's features and its F1 against the
// gold answers.
func collectCandidates(ctx context.Context, ds *eval.Dataset, set string) ([]fitQuestion, error) {
	articles, questions, _ := squadArticles(ds)
	ix, err := index.NewMemory(ctx, sentences(articles))
	if err != nil {
		return nil, err
	}
	defer ix.Close()
	group := make(map[string]string, len(articles))
	for _, a := range articles {
		group[a.ID] = set + "/" + wikiArticle(a.Title)
	}
	var ans answers.Answerer
	out := make([]fitQuestion, 2*len(questions))
	errs := make([]error, len(out))
	onAllCPUs(ctx, len(out), func(n int) {
		out[n], errs[n] = askForFit(ctx, ix, &ans, questions[n/2], []string{"article", "corpus"}[n%2], set, group)
	})
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return out, ctx.Err()
}

// askForFit asks one question in one scope and keeps its candidates.
func askForFit(ctx context.Context, ix *index.Index, ans *answers.Answerer, sq squadQuestion, scope, set string, group map[string]string) (fitQuestion, error) {
	q := briefbot.Question{Text: briefbot.CleanText(sq.qa.Question)}
	query := ans.Query(q)
	if scope == "article" {
		query.ArticleID = sq.articleID
	}
	res, err := ix.Search(ctx, query)
	if err != nil {
		return fitQuestion{}, err
	}
	golds := sq.qa.Golds()
	fq := fitQuestion{set: set, scope: scope, group: group[sq.articleID]}
	if len(golds) == 0 {
		fq.q.Null = 1
	}
	for _, c := range ans.Candidates(q, res) {
		_, f1 := eval.Best(c.Text, golds)
		fq.q.X = append(fq.q.X, c.Features)
		fq.q.Gain = append(fq.q.Gain, f1)
		fq.spans = append(fq.spans, span{c.Sentence.ArticleID, c.Sentence.Number, c.Start, c.End})
	}
	return fq, nil
}

// balanceSize is the number of questions a set counts as at most, unless
// --counts-as says otherwise.
const balanceSize = 1000

// balance weighs the questions of a large set down, so that it counts as
// balanceSize questions, or as many as sizes gives for it: one set of one
// kind of text (Wikipedia paragraphs with questions written to trip a
// reader) must not teach the weights to answer every other kind (news) its
// way. Every question is asked in both scopes, so a set of n questions has
// 2n entries.
func balance(qs []fitQuestion, sizes map[string]int) {
	n := make(map[string]int)
	for _, q := range qs {
		n[q.set]++
	}
	for i := range qs {
		size, ok := sizes[qs[i].set]
		if !ok {
			size = balanceSize
		}
		qs[i].q.Weight = min(1, float64(2*size)/float64(n[qs[i].set]))
	}
}

// dropFeatures zeroes the features whose names start with one of the
// prefixes, as if the answerer had never computed them.
func dropFeatures(qs []fitQuestion, prefixes []string) {
	var off []int
	for k, n := range answers.FeatureNames() {
		for _, p := range prefixes {
			if p != "" && strings.HasPrefix(n, p) {
				off = append(off, k)
			}
		}
	}
	for _, q := range qs {
		for _, x := range q.q.X {
			for _, k := range off {
				x[k] = 0
			}
		}
	}
}

// paragraphSuffix marks the paragraphs of one Wikipedia article that a
// SQuAD file gives as articles of their own.
var paragraphSuffix = regexp.MustCompile(`\s*\(paragraph \d+\)$`)

// wikiArticle returns the article a SQuAD title belongs to: the
// paragraphs of one Wikipedia article share their subject, so they are
// held out together.
func wikiArticle(title string) string {
	return paragraphSuffix.ReplaceAllString(title, "")
}

// assignFolds deals the groups of each set to the folds in turn, so every
// fold holds some of every set and no group is split.
func assignFolds(qs []fitQuestion, folds int) []int {
	groups := make(map[string][]string) // set -> groups, sorted
	seen := make(map[string]bool)
	for _, q := range qs {
		if !seen[q.group] {
			seen[q.group] = true
			groups[q.set] = append(groups[q.set], q.group)
		}
	}
	sets := make([]string, 0, len(groups))
	for s := range groups {
		sets = append(sets, s)
	}
	sort.Strings(sets)
	foldOf := make(map[string]int)
	next := 0
	for _, s := range sets {
		sort.Strings(groups[s])
		for _, g := range groups[s] {
			foldOf[g] = next % folds
			next++
		}
	}
	out := make([]int, len(qs))
	for n, q := range qs {
		out[n] = foldOf[q.group]
	}
	return out
}

func questionsOf(qs []fitQuestion) []logit.Question {
	out := make([]logit.Question, len(qs))
	for n, q := range qs {
		out[n] = q.q
	}
	return out
}

// prediction is the model's answer to one question: the gain of its best
// candidate and its confidence, as the answerer computes them.
type prediction struct {
	gain, conf float64
	none       bool // no candidate at all
}

// predict answers one question with weights w, as the answerer would: the
// most probable candidate, the first on a tie (candidates come in the
// answerer's order), with the probability of its span against that of no
// answer as its confidence (answers.confidence).
func predict(fq fitQuestion, w []float64) prediction {
	q := fq.q
	if len(q.X) == 0 {
		return prediction{none: true}
	}
	p, pNull := logit.Probabilities(q.X, w)
	best := 0
	for c := range p {
		if p[c] > p[best] {
			best = c
		}
	}
	region := 0.0
	for c := range p {
		if fq.spans[c].overlaps(fq.spans[best]) {
			region += p[c]
		}
	}
	return prediction{gain: q.Gain[best], conf: region / (region + pNull)}
}

// calibrate fits the slope and offset that turn a raw confidence into the
// probability that the answer is right (answers.Calibrate): a logistic
// regression of the held-out answers' F1 (0 for an answer to an
// unanswerable question) on their log odds, each set weighed as in the
// fit of the weights.
func calibrate(qs []fitQuestion, held []prediction) [2]float64 {
	var data []logit.Question
	for n, q := range qs {
		if held[n].none {
			continue
		}
		r := min(max(held[n].conf, 1e-9), 1-1e-9)
		right := held[n].gain
		if q.q.Null > 0 {
			right = 0
		}
		data = append(data, logit.Question{
			X:    [][]float64{{1, math.Log(r / (1 - r))}},
			Gain: []float64{right}, Null: 1 - right, Weight: q.q.Weight,
		})
	}
	w, _ := logit.Fit(data, 2, logit.Options{})
	return [2]float64{w[1], w[0]}
}

// heldOutcome scores a prediction at a threshold the way SQuAD does: F1 for
// an answer, 1 for abstaining on an unanswerable question.
func heldOutcome(q fitQuestion, p prediction, threshold float64) (f1 float64, answered bool) {
	answered = !p.none && p.conf >= threshold
	switch {
	case q.q.Null > 0 && !answered:
		return 1, false
	case q.q.Null > 0 || !answered:
		return 0, answered
	}
	return p.gain, true
}

type fitScore struct {
	n, f1, hasN, hasF1, noN, noOK float64
}

func (s *fitScore) add(q fitQuestion, p prediction, threshold float64) {
	f1, answered := heldOutcome(q, p, threshold)
	s.n++
	s.f1 += f1
	if q.q.Null > 0 {
		s.noN++
		if !answered {
			s.noOK++
		}
	} else {
		s.hasN++
		s.hasF1 += f1
	}
}

func pct(a, b float64) float64 {
	if b == 0 {
		return math.NaN()
	}
	return 100 * a / b
}

// setScopes returns the (set, scope) pairs in a stable order.
func setScopes(qs []fitQuestion) []string {
	seen := make(map[string]bool)
	var out []string
	for _, q := range qs {
		k := q.set + " " + q.scope
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

func scoresAt(qs []fitQuestion, preds []prediction, threshold float64) map[string]*fitScore {
	out := make(map[string]*fitScore)
	for n, q := range qs {
		k := q.set + " " + q.scope
		if out[k] == nil {
			out[k] = &fitScore{}
		}
		out[k].add(q, preds[n], threshold)
	}
	return out
}

// minNoAns is the least share of a set's unanswerable questions that the
// chosen threshold must abstain on, held out (issue 10's 70%): a wrong
// answer in a briefing is worse than none, so better discrimination is
// spent on answering more of the answerable questions, not on answering
// more of the others.
const minNoAns = 0.70

// bestThreshold is the threshold with the best mean F1 over the sets and
// scopes, each counted once whatever its size, among those at which no set
// scores below answering nothing at all (the share of its questions that
// are unanswerable): a bot that does worse than silence on a kind of text
// is worse than none, whatever it gains on another; and at which every
// set with unanswerable questions abstains on minNoAns of them.
func bestThreshold(qs []fitQuestion, preds []prediction) float64 {
	silence := scoresAt(qs, preds, 2) // nothing is that sure
	best, bestF1, fallback, fallbackF1 := -1.0, -1.0, 0.0, -1.0
	for t := 0; t <= 95; t++ {
		s := scoresAt(qs, preds, float64(t)/100)
		mean, worse := 0.0, false
		for k, x := range s {
			mean += x.f1 / x.n
			worse = worse || x.f1 < silence[k].f1 || x.noN > 0 && x.noOK < minNoAns*x.noN
		}
		mean /= float64(len(s))
		if mean > fallbackF1+1e-9 {
			fallback, fallbackF1 = float64(t)/100, mean
		}
		if !worse && mean > bestF1+1e-9 {
			best, bestF1 = float64(t)/100, mean
		}
	}
	if best < 0 {
		return fallback
	}
	return best
}

func printFitScores(w io.Writer, qs []fitQuestion, held, seen []prediction, threshold float64) {
	h, s := scoresAt(qs, held, threshold), scoresAt(qs, seen, threshold)
	fmt.Fprintf(w, "%-24s %5s  %-19s  %-19s\n", "", "", "held out (CV)", "fitted on all")
	fmt.Fprintf(w, "%-24s %5s  %5s %5s %5s   %5s %5s %5s\n", "set / scope", "n", "F1", "HasF1", "NoAns", "F1", "HasF1", "NoAns")
	for _, k := range setScopes(qs) {
		a, b := h[k], s[k]
		fmt.Fprintf(w, "%-24s %5.0f  %5.1f %5.1f %5.1f   %5.1f %5.1f %5.1f\n", k, a.n,
			pct(a.f1, a.n), pct(a.hasF1, a.hasN), pct(a.noOK, a.noN), pct(b.f1, b.n), pct(b.hasF1, b.hasN), pct(b.noOK, b.noN))
	}
}

func printSweep(w io.Writer, qs []fitQuestion, held []prediction) {
	keys := setScopes(qs)
	fmt.Fprintf(w, "\nthreshold sweep, held out (F1 / HasAns F1 / NoAns):\n%-5s", "t")
	for _, k := range keys {
		fmt.Fprintf(w, "  %-19s", k)
	}
	fmt.Fprintln(w)
	for t := 0; t <= 90; t += 5 {
		s := scoresAt(qs, held, float64(t)/100)
		fmt.Fprintf(w, "%.2f ", float64(t)/100)
		for _, k := range keys {
			x := s[k]
			fmt.Fprintf(w, "  %5.1f/%5.1f/%5.1f  ", pct(x.f1, x.n), pct(x.hasF1, x.hasN), pct(x.noOK, x.noN))
		}
		fmt.Fprintln(w)
	}
}

// printSummary prints the figures that compare fits whatever their
// threshold: per set and scope, HasAns F1 answering everything (how well
// answers are found), HasAns F1 where 70% of the unanswerable questions
// are abstained on (how well answers are told from guesses), and the best
// F1 of the sweep.
func printSummary(w io.Writer, qs []fitQuestion, held []prediction) {
	fmt.Fprintf(w, "\nsummary, held out:\n")
	for _, k := range setScopes(qs) {
		s0 := scoresAt(qs, held, 0)[k]
		if s0.noN == 0 {
			fmt.Fprintf(w, "  %-24s HasF1 answering all %5.1f\n", k, pct(s0.hasF1, s0.hasN))
			continue
		}
		at70, best := math.NaN(), 0.0
		for t := 0; t <= 100; t++ {
			x := scoresAt(qs, held, float64(t)/100)[k]
			best = max(best, pct(x.f1, x.n))
			if math.IsNaN(at70) && pct(x.noOK, x.noN) >= 70 {
				at70 = pct(x.hasF1, x.hasN)
			}
		}
		fmt.Fprintf(w, "  %-24s HasF1 answering all %5.1f, at NoAns 70%% %5.1f; best F1 %5.1f\n", k, pct(s0.hasF1, s0.hasN), at70, best)
	}
}

// printOracle prints, per set and scope, how good the best candidate is:
// the F1 a perfect chooser would reach on the answerable questions, which
// bounds what weights alone can do.
func printOracle(w io.Writer, qs []fitQuestion) {
	type tally struct{ n, best, cands float64 }
	t := make(map[string]*tally)
	for _, q := range qs {
		if q.q.Null > 0 {
			continue
		}
		k := q.set + " " + q.scope
		if t[k] == nil {
			t[k] = &tally{}
		}
		best := 0.0
		for _, g := range q.q.Gain {
			best = max(best, g)
		}
		t[k].n++
		t[k].best += best
		t[k].cands += float64(len(q.q.X))
	}
	fmt.Fprintf(w, "the best candidate of each answerable question, a perfect chooser's F1:\n")
	for _, k := range setScopes(qs) {
		if x := t[k]; x != nil {
			fmt.Fprintf(w, "  %-24s F1 %5.1f among %3.0f candidates a question\n", k, pct(x.best, x.n), x.cands/x.n)
		}
	}
}

// writeWeights writes the weights as the Go source of answers/weights.go.
func writeWeights(path string, names []string, w []float64, threshold float64, calibration [2]float64, sets, countsAs []string) error {
	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated by `bot fit`; DO NOT EDIT.\n//\n// Refit with:\n//\n//\tgo run ./cmd/bot fit --write answers/weights.go")
	for _, s := range sets {
		fmt.Fprintf(&b, " \\\n//\t\t--squad %s", filepath.ToSlash(s))
	}
	for _, c := range countsAs {
		fmt.Fprintf(&b, " \\\n//\t\t--counts-as %s", c)
	}
	fmt.Fprintf(&b, "\n\npackage answers\n\n")
	fmt.Fprintf(&b, "// fittedWeights are the model's weights by feature name (see features.go).\nvar fittedWeights = map[string]float64{\n")
	for k, n := range names {
		fmt.Fprintf(&b, "\t%q: %.4f,\n", n, w[k])
	}
	fmt.Fprintf(&b, "}\n\n// fittedThreshold is the confidence below which the answer is \"the\n// articles don't say\": the best of the threshold sweep on held-out\n// articles, no set scoring below silence.\nconst fittedThreshold = %.2f\n", threshold)
	fmt.Fprintf(&b, "\n// fittedCalibration turns a raw confidence into the probability of being\n// right (see Calibrate): slope and offset, fitted on held-out answers.\nvar fittedCalibration = [2]float64{%.4f, %.4f}\n", calibration[0], calibration[1])
	src, err := format.Source(b.Bytes())
	if err != nil {
		return fmt.Errorf("format weights: %w", err)
	}
	if err := os.WriteFile(path, src, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
