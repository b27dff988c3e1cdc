package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"briefbot"
	"briefbot/answers"
	"briefbot/corpus"
	"briefbot/eval"
	"briefbot/index"
)

func evalCommand() *command {
	return &command{
		name:    "eval",
		summary: "ask every question of a SQuAD file and score the answers",
		usage:   "--squad FILE",
		quiet:   true,
		flags: func(fs *flag.FlagSet, o *options) {
			fs.StringVar(&o.squad, "squad", "", "SQuAD v1.1 or v2.0 JSON `file` to evaluate on (required)")
			fs.StringVar(&o.scope, "scope", "corpus", "answer from all articles of the file (corpus) or from the question's own article (article)")
			fs.StringVar(&o.out, "out", "", "write predictions, {\"question id\": \"answer\"}, to this `file`")
			fs.StringVar(&o.details, "details", "", "write one JSON line per question (answer, sentence, citation, score, gold, EM, F1) to this `file`")
			fs.StringVar(&o.baseline, "baseline", "", "compare with an earlier run's --details `file`: answers changed, better and worse, F1 gained on each half, the changed questions worst first")
			fs.Float64Var(&o.threshold, "threshold", -1, "confidence threshold in [0,1] (default: the configured one)")
			fs.StringVar(&o.ablate, "ablate", "", "also score the answerer without each rule family (families) or each rule (rules) in turn, to show what each adds")
			fs.BoolVar(&o.losses, "losses", false, "also show where the answerable questions' F1 goes: to the search, the choice of sentence or the span, what the best of the answerer's candidates would add, and which filters dropped right answers")
		},
		run: runEval,
	}
}

// detail is one line of the --details file.
type detail struct {
	ID           string   `json:"id"`
	Question     string   `json:"question"`
	Type         string   `json:"type"`
	Answer       string   `json:"answer"`
	Sentence     string   `json:"sentence,omitempty"`
	ArticleTitle string   `json:"article_title,omitempty"`
	Paragraph    int      `json:"paragraph,omitempty"`
	Score        float64  `json:"score"`
	Gold         []string `json:"gold"`
	EM           float64  `json:"em"`
	F1           float64  `json:"f1"`
	SentenceOK   bool     `json:"sentence_ok"`
	Error        string   `json:"error,omitempty"`
}

func runEval(ctx context.Context, a *app, o *options, args []string, e env) int {
	if o.squad == "" || len(args) > 0 {
		fmt.Fprintln(e.stderr, "usage: bot eval --squad FILE [--scope article|corpus] [--out PRED.json] [--details DETAILS.jsonl] [--baseline OLD-DETAILS.jsonl]")
		return exitUsage
	}
	if o.scope != "corpus" && o.scope != "article" {
		fmt.Fprintf(e.stderr, "bot eval: --scope must be article or corpus, not %q\n", o.scope)
		return exitUsage
	}
	if o.threshold > 1 {
		fmt.Fprintln(e.stderr, "bot eval: --threshold must be between 0 and 1")
		return exitUsage
	}
	if o.corpus != "" && o.scope != "corpus" {
		fmt.Fprintln(e.stderr, "bot eval: --corpus adds its articles to the file's in corpus scope; with --scope article each question reads its own article only")
		return exitUsage
	}
	if o.ablate != "" && o.ablate != "families" && o.ablate != "rules" {
		fmt.Fprintf(e.stderr, "bot eval: --ablate must be families or rules, not %q\n", o.ablate)
		return exitUsage
	}
	switch {
	case o.threshold == 0:
		// Answer everything: a zero threshold in the configuration means
		// "the default", so the floor stands for zero here.
		a.cfg.Answers.Threshold = evalFloor
	case o.threshold > 0:
		a.cfg.Answers.Threshold = o.threshold
	}
	// The baseline is read first: it may be the file --details rewrites.
	var base map[string]detail
	if o.baseline != "" {
		var err error
		if base, err = readDetails(o.baseline); err != nil {
			fmt.Fprintf(e.stderr, "bot eval: --baseline: %v\n", err)
			return exitError
		}
	}
	ds, err := loadQuestionSet(o.squad)
	if err != nil {
		fmt.Fprintf(e.stderr, "bot: %s: %v\n", o.squad, err)
		return exitError
	}

	// --corpus: the file's questions are asked of its articles together
	// with the corpus's, as the bot serving that corpus would read them.
	var extra []briefbot.Article
	if o.corpus != "" {
		arts, err := a.loadArticles()
		if err != nil {
			fmt.Fprintf(e.stderr, "bot eval: %v\n", err)
			return exitError
		}
		extra = notInDataset(arts, ds)
	}

	start := time.Now()
	run, err := a.evaluate(ctx, ds, extra, o.scope == "article", nil, o.losses, progress(e.stderr, countQuestions(ds)))
	if err != nil {
		fmt.Fprintf(e.stderr, "bot eval: %v\n", err)
		return exitError
	}
	took := time.Since(start)
	results := run.scored()

	if o.out != "" {
		preds := make(map[string]string, len(results))
		for _, r := range results {
			preds[r.ID] = r.Answer
		}
		if err := writeJSONFile(o.out, preds); err != nil {
			fmt.Fprintf(e.stderr, "bot: %v\n", err)
			return exitError
		}
	}
	var details []detail
	if o.details != "" || base != nil {
		details = run.detailsAt(results)
	}
	if o.details != "" {
		if err := writeJSONLines(o.details, details); err != nil {
			fmt.Fprintf(e.stderr, "bot: %v\n", err)
			return exitError
		}
	}
	if dups := ds.DuplicateIDs(); len(dups) > 0 && o.out != "" {
		fmt.Fprintf(e.stderr, "note: %d question ids are used twice in %s; each is scored, but the predictions file keeps one answer per id\n", len(dups), o.squad)
	}
	if run.unlabelled > 0 {
		fmt.Fprintf(e.stderr, "note: %d questions in %s need a label (needs_label) and were left out\n", run.unlabelled, o.squad)
	}
	printScores(e.stdout, o, run, took)
	if base != nil {
		printBaseline(e.stdout, o.baseline, base, details, run.halves)
	}
	if run.losses != nil {
		printLosses(e.stdout, run.losses, run.results)
	} else if o.losses && len(run.chains) > 0 {
		fmt.Fprintln(e.stderr, "note: --losses leaves out files of follow-up chains, whose questions are asked in conversations")
	}
	if len(run.chains) > 0 {
		printChains(e.stdout, run.chains, run.threshold)
	}
	if o.ablate != "" {
		if err := a.printAblation(ctx, e.stdout, ds, extra, o.scope == "article", run, o.ablate == "rules"); err != nil {
			fmt.Fprintf(e.stderr, "bot eval: %v\n", err)
			return exitError
		}
	}
	return exitOK
}

// evalRun is the outcome of asking every question of a dataset.
type evalRun struct {
	// results hold every answer the answerer had, however unsure, with
	// its confidence: the questions are asked with the lowest threshold,
	// and the run's threshold is applied when scoring (scored), so that
	// one run gives the scores at every threshold.
	results   []eval.Result
	evidence  []evidence // per result: the sentence cited, or the closest passage
	halves    []int      // per result: 0 for the file's even articles (first, third...), 1 for the odd
	threshold float64
	articles  int
	extra     int           // articles of --corpus indexed beside the file's
	indexed   time.Duration // time to split, annotate and index the articles
	// unlabelled counts the questions left out for having no gold yet
	// (needs_label, from `bot feedback export`).
	unlabelled int
	// chains are the follow-up chains of a file that has them (see
	// chains.go), at the run's threshold.
	chains []eval.Chain
	// losses, when asked for, place each answer among the answerer's
	// candidates (see losses.go).
	losses []lossCase
}

// evidence is where an answer (or the closest passage) was found.
type evidence struct {
	sentence, title string
	paragraph       int
	err             string
}

// failed counts the questions whose asking failed (an internal error, a
// timeout), and gives the first one's error: each counts as unanswered,
// and none should happen.
func (r evalRun) failed() (n int, first string) {
	for i, ev := range r.evidence {
		if ev.err == "" {
			continue
		}
		if n == 0 {
			line, _, _ := strings.Cut(ev.err, "\n")
			first = fmt.Sprintf("%s (%s)", line, r.results[i].ID)
		}
		n++
	}
	return n, first
}

// evalFloor is the threshold questions are asked with, so that every
// answer comes back with its confidence.
const evalFloor = 1e-9

// scored returns the results at the run's threshold.
func (r evalRun) scored() []eval.Result { return eval.AtThreshold(r.results, r.threshold) }

// evaluate indexes the dataset's articles, and extra ones, in memory and
// asks every question, restricted to its own article when ownArticle is
// set, with an answerer that leaves out the rule families named in
// without, and places each answer among the candidates when withLosses is
// set. done is called after each question.
func (a *app) evaluate(ctx context.Context, ds *eval.Dataset, extra []briefbot.Article, ownArticle bool, without []string, withLosses bool, done func()) (evalRun, error) {
	start := time.Now()
	articles, questions, unlabelled := squadArticles(ds)
	ix, err := index.NewMemory(ctx, sentences(append(slices.Clip(articles), extra...)))
	if err != nil {
		return evalRun{}, err
	}
	defer ix.Close()
	bot := a.newBot(ix)
	bot.Answerer = &answers.Answerer{Threshold: evalFloor, Without: without}
	// The dev sets are small: a generous deadline keeps a loaded machine
	// from turning into spurious abstentions.
	bot.Timeout = max(bot.Timeout, 30*time.Second)
	run := evalRun{articles: len(articles), extra: len(extra), indexed: time.Since(start), unlabelled: unlabelled, threshold: a.cfg.Answers.Threshold}
	if run.threshold <= 0 {
		run.threshold = answers.DefaultThreshold
	}
	if chains := chainsOf(questions); chains != nil {
		run.results, run.evidence, run.chains = askChains(ctx, bot, questions, chains, ownArticle, run.threshold, done)
	} else {
		run.results, run.evidence = askAll(ctx, bot, questions, ownArticle, done)
	}
	run.halves = make([]int, len(questions))
	for i, q := range questions {
		run.halves[i] = q.article % 2
	}
	if withLosses && run.chains == nil { // a follow-up is asked in its conversation, not alone
		if run.losses, err = losses(ctx, ix, questions, run.results, ownArticle); err != nil {
			return evalRun{}, err
		}
	}
	if err := ctx.Err(); err != nil {
		return evalRun{}, fmt.Errorf("interrupted: %w", err)
	}
	return run, nil
}

// detailsAt returns the --details lines of results (the run's, at some
// threshold).
func (r evalRun) detailsAt(results []eval.Result) []detail {
	out := make([]detail, len(results))
	for i, res := range results {
		ev := r.evidence[i]
		d := detail{ID: res.ID, Question: res.Question, Type: eval.QuestionType(res.Question), Answer: res.Answer,
			Sentence: ev.sentence, ArticleTitle: ev.title, Paragraph: ev.paragraph, Score: r.results[i].Score,
			Gold: res.Golds, Error: ev.err}
		if d.Gold == nil {
			d.Gold = []string{}
		}
		d.EM, d.F1 = eval.Best(res.Answer, res.Golds)
		d.SentenceOK = res.Answer != "" && eval.ContainsAnswer(res.Sentence, res.Golds)
		out[i] = d
	}
	return out
}

func countQuestions(ds *eval.Dataset) int {
	n := 0
	for _, a := range ds.Data {
		for _, p := range a.Paragraphs {
			for _, q := range p.QAs {
				if !q.NeedsLabel {
					n++
				}
			}
		}
	}
	return n
}

// notInDataset returns the articles whose text is none of the dataset's
// articles (white space aside): a corpus that holds the file's own stories
// would otherwise have each of them twice.
func notInDataset(arts []briefbot.Article, ds *eval.Dataset) []briefbot.Article {
	key := func(paragraphs []string) string {
		return strings.Join(strings.Fields(strings.Join(paragraphs, " ")), " ")
	}
	articles, _, _ := squadArticles(ds)
	own := make(map[string]bool, len(articles))
	for _, a := range articles {
		own[key(a.Paragraphs)] = true
	}
	var out []briefbot.Article
	for _, a := range arts {
		if !own[key(a.Paragraphs)] {
			out = append(out, a)
		}
	}
	return out
}

// squadQuestion is a question with the article it belongs to.
type squadQuestion struct {
	qa        eval.QA
	articleID string
	article   int // the article's place in the file, from 0
}

// squadArticles turns each SQuAD article into one briefbot article whose
// paragraphs are the SQuAD contexts, in order. Questions that still need a
// label have nothing to be scored against: they are counted, not asked.
func squadArticles(ds *eval.Dataset) ([]briefbot.Article, []squadQuestion, int) {
	var articles []briefbot.Article
	var questions []squadQuestion
	unlabelled := 0
	for i, sa := range ds.Data {
		a := briefbot.Article{ID: fmt.Sprintf("squad-%04d", i+1), Title: sa.Title}
		for _, p := range sa.Paragraphs {
			a.Paragraphs = append(a.Paragraphs, p.Context)
			for _, qa := range p.QAs {
				if qa.NeedsLabel {
					unlabelled++
					continue
				}
				questions = append(questions, squadQuestion{qa: qa, articleID: a.ID, article: i})
			}
		}
		articles = append(articles, a)
	}
	return articles, questions, unlabelled
}

// askAll asks every question on all CPUs and returns results in input order.
func askAll(ctx context.Context, bot *briefbot.Bot, qs []squadQuestion, ownArticle bool, done func()) ([]eval.Result, []evidence) {
	results := make([]eval.Result, len(qs))
	found := make([]evidence, len(qs))
	onAllCPUs(ctx, len(qs), func(i int) {
		results[i], found[i] = askOne(ctx, bot, qs[i], ownArticle)
		done()
	})
	return results, found
}

// onAllCPUs calls f(i) for every i in [0, n), on as many goroutines as
// there are CPUs, and returns once every call has; once ctx is done it
// starts no more.
func onAllCPUs(ctx context.Context, n int, f func(i int)) {
	work := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range work {
				f(i)
			}
		})
	}
	for i := range n {
		if ctx.Err() != nil {
			break
		}
		work <- i
	}
	close(work)
	wg.Wait()
}

func askOne(ctx context.Context, bot *briefbot.Bot, q squadQuestion, ownArticle bool) (eval.Result, evidence) {
	ans, err := bot.Ask(ctx, q.question(ownArticle))
	return result(q, ans, err)
}

// result is an answer as eval scores it.
func result(q squadQuestion, ans briefbot.Answer, err error) (eval.Result, evidence) {
	r := eval.Result{ID: q.qa.ID, Question: q.qa.Question, Golds: q.qa.Golds()}
	var ev evidence
	if err != nil {
		ev.err = err.Error()
	} else if ans.Answered() {
		r.Answer, r.Score = ans.Text, ans.Score
		r.Sentence = ans.Evidence[0].Text
	}
	if len(ans.Evidence) > 0 {
		// For an abstention this is the closest passage, kept for diagnosis.
		ev.sentence = ans.Evidence[0].Text
		ev.title = ans.Evidence[0].ArticleTitle
		ev.paragraph = ans.Evidence[0].Paragraph
	}
	return r, ev
}

// question is q as the bot is asked it: from its own article only when
// ownArticle is set.
func (q squadQuestion) question(ownArticle bool) briefbot.Question {
	question := briefbot.Question{Text: q.qa.Question, Origin: briefbot.Origin{Adapter: "eval"}}
	if ownArticle {
		question.ArticleID = q.articleID
	}
	return question
}

// progress reports every tenth of the way on long runs, so a person sees
// the evaluation moving without the log drowning the scores.
func progress(w io.Writer, total int) func() {
	var mu sync.Mutex
	n := 0
	step := max(total/10, 1)
	return func() {
		mu.Lock()
		defer mu.Unlock()
		n++
		if total >= 100 && (n%step == 0 || n == total) {
			fmt.Fprintf(w, "eval: %d/%d questions\n", n, total)
		}
	}
}

func printScores(w io.Writer, o *options, run evalRun, took time.Duration) {
	results := run.scored()
	s := eval.Score(results)
	fmt.Fprintf(w, "%s: %d questions (%d answerable, %d unanswerable) over %d articles, scope %s\n",
		o.squad, s.Total, s.HasAns, s.NoAns, run.articles, o.scope)
	if run.extra > 0 {
		fmt.Fprintf(w, "asked together with %d other article(s) of %s\n", run.extra, o.corpus)
	}
	fmt.Fprintf(w, "took %v (indexing %v); threshold %.2f\n\n", took.Round(time.Millisecond), run.indexed.Round(time.Millisecond), run.threshold)
	fmt.Fprintf(w, "EM                 %5.1f\n", s.EM)
	fmt.Fprintf(w, "F1                 %5.1f\n", s.F1)
	if s.HasAns > 0 {
		fmt.Fprintf(w, "HasAns EM / F1     %5.1f / %.1f\n", s.HasAnsEM, s.HasAnsF1)
	}
	if s.NoAns > 0 {
		fmt.Fprintf(w, "NoAns accuracy     %5.1f\n", s.NoAnsAccuracy)
	}
	fmt.Fprintf(w, "sentence accuracy  %5.1f\n", s.SentenceAccuracy)
	fmt.Fprintf(w, "abstained          %5d\n", s.Abstained)
	if n, first := run.failed(); n > 0 {
		fmt.Fprintf(w, "FAILED             %5d  first: %s\n", n, first)
	}
	fmt.Fprintln(w)

	fmt.Fprintf(w, "%-9s %4s %6s %6s %6s %6s\n", "type", "n", "EM", "F1", "sent%", "abst")
	for _, t := range eval.ByType(results) {
		fmt.Fprintf(w, "%-9s %4d %6.1f %6.1f %6.1f %6d\n", t.Type, t.Total, t.EM, t.F1, t.SentenceAccuracy, t.Abstained)
	}

	// The halves: rules are to help both, and a fitted weight is to hold
	// on articles it was not fitted on.
	fmt.Fprintf(w, "\n%-9s %4s %6s %6s %6s %6s\n", "half", "n", "EM", "F1", "NoAns", "sent%")
	for h, name := range []string{"even", "odd"} {
		var part []eval.Result
		for i, r := range results {
			if run.halves[i] == h {
				part = append(part, r)
			}
		}
		x := eval.Score(part)
		fmt.Fprintf(w, "%-9s %4d %6.1f %6.1f %6s %6.1f\n", name, x.Total, x.EM, x.F1, orDash(x.NoAns, x.NoAnsAccuracy), x.SentenceAccuracy)
	}

	fmt.Fprintf(w, "\nthreshold sweep (the threshold in use is marked):\n%-9s %6s %6s %6s %6s %6s\n", "threshold", "F1", "HasF1", "NoAns", "sent%", "abst")
	for _, row := range eval.Sweep(run.results, sweepThresholds(run.threshold)) {
		mark := ""
		if row.Threshold == run.threshold {
			mark = " <"
		}
		fmt.Fprintf(w, "%9.2f %6.1f %6s %6s %6.1f %6d%s\n", row.Threshold, row.F1, orDash(row.HasAns, row.HasAnsF1),
			orDash(row.NoAns, row.NoAnsAccuracy), row.SentenceAccuracy, row.Abstained, mark)
	}

	fmt.Fprintf(w, "\ncalibration (answers at any threshold, by confidence):\n%-9s %5s %6s %6s\n", "score", "n", "mean", "right")
	for _, b := range eval.Calibration(run.results, 10) {
		if b.N == 0 {
			continue
		}
		fmt.Fprintf(w, "%.1f-%.1f   %5d %6.2f %6.2f\n", b.Low, b.High, b.N, b.MeanScore, b.ShareRight)
	}
}

// sweepThresholds are the thresholds the sweep shows: every tenth, and the
// one in use.
func sweepThresholds(inUse float64) []float64 {
	var out []float64
	for t := 0; t <= 9; t++ {
		out = append(out, float64(t)/10)
	}
	out = append(out, inUse)
	sort.Float64s(out)
	return slices.Compact(out)
}

// orDash formats a percentage, or a dash where there is nothing to count.
func orDash(n int, v float64) string {
	if n == 0 {
		return "–"
	}
	return fmt.Sprintf("%.1f", v)
}

// printAblation scores the answerer without each rule family (or each
// rule) in turn, at the run's threshold, against the run with all of them:
// what each adds, in F1 and sentence accuracy, on both halves of the file.
// Each run indexes the same articles as the full one, extra (--corpus)
// included.
func (a *app) printAblation(ctx context.Context, w io.Writer, ds *eval.Dataset, extra []briefbot.Article, ownArticle bool, full evalRun, rules bool) error {
	part := func(run evalRun, h int) eval.Scores {
		var rs []eval.Result
		for i, r := range run.scored() {
			if h < 0 || run.halves[i] == h {
				rs = append(rs, r)
			}
		}
		return eval.Score(rs)
	}
	base := [3]eval.Scores{part(full, -1), part(full, 0), part(full, 1)}
	what := "rule family"
	names := answers.Families()
	if rules {
		what, names = "rule", nil
		byFamily := answers.Rules()
		for _, fam := range answers.Families() {
			names = append(names, byFamily[fam]...)
		}
	}
	fmt.Fprintf(w, "\nwhat each %s adds (F1 and sentence accuracy with it, minus without it):\n", what)
	fmt.Fprintf(w, "%-17s %13s %13s %13s\n", what, "all", "even", "odd")
	for _, name := range names {
		run, err := a.evaluate(ctx, ds, extra, ownArticle, []string{name}, false, func() {})
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "%-17s", name)
		for h := -1; h <= 1; h++ {
			x := part(run, h)
			b := base[h+1]
			fmt.Fprintf(w, "  %+5.1f %+5.1f", b.F1-x.F1, b.SentenceAccuracy-x.SentenceAccuracy)
		}
		fmt.Fprintln(w)
	}
	return nil
}

func writeJSONFile(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

func writeJSONLines(path string, rows []detail) (err error) {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("write %s: %w", path, cerr)
		}
	}()
	bw := bufio.NewWriter(f)
	enc := json.NewEncoder(bw)
	for _, r := range rows {
		if err := enc.Encode(r); err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// loadQuestionSet reads a SQuAD file or a sourced set (eval.LoadFileText)
// with a sourced set's articles read as the corpus reader reads them,
// character references decoded, so that `bot eval` and `bot fit` score the
// text the bot answers from.
func loadQuestionSet(path string) (*eval.Dataset, error) {
	return eval.LoadFileText(path, corpus.UnescapeRefs)
}
