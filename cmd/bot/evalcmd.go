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
	"sync"
	"time"

	"briefbot"
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
			fs.Float64Var(&o.threshold, "threshold", -1, "confidence threshold in [0,1] (default: the configured one)")
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
		fmt.Fprintln(e.stderr, "usage: bot eval --squad FILE [--scope article|corpus] [--out PRED.json] [--details DETAILS.jsonl]")
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
	if o.threshold >= 0 {
		a.cfg.Answers.Threshold = o.threshold
	}
	f, err := os.Open(o.squad)
	if err != nil {
		fmt.Fprintf(e.stderr, "bot: %v\n", err)
		return exitError
	}
	ds, err := eval.Load(f)
	f.Close()
	if err != nil {
		fmt.Fprintf(e.stderr, "bot: %s: %v\n", o.squad, err)
		return exitError
	}

	start := time.Now()
	run, err := a.evaluate(ctx, ds, o.scope == "article", progress(e.stderr, countQuestions(ds)))
	if err != nil {
		fmt.Fprintf(e.stderr, "bot eval: %v\n", err)
		return exitError
	}
	took := time.Since(start)
	results, details := run.results, run.details

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
	printScores(e.stdout, o, results, run.articles, run.indexed, took)
	return exitOK
}

// evalRun is the outcome of asking every question of a dataset.
type evalRun struct {
	results  []eval.Result
	details  []detail
	articles int
	indexed  time.Duration // time to split, annotate and index the articles
	// unlabelled counts the questions left out for having no gold yet
	// (needs_label, from `bot feedback export`).
	unlabelled int
}

// evaluate indexes the dataset's articles in memory and asks every question,
// restricted to its own article when ownArticle is set. done is called after
// each question.
func (a *app) evaluate(ctx context.Context, ds *eval.Dataset, ownArticle bool, done func()) (evalRun, error) {
	start := time.Now()
	articles, questions, unlabelled := squadArticles(ds)
	ix, err := index.NewMemory(ctx, sentences(articles))
	if err != nil {
		return evalRun{}, err
	}
	defer ix.Close()
	bot := a.newBot(ix)
	// The dev sets are small: a generous deadline keeps a loaded machine
	// from turning into spurious abstentions.
	bot.Timeout = max(bot.Timeout, 30*time.Second)
	run := evalRun{articles: len(articles), indexed: time.Since(start), unlabelled: unlabelled}
	run.results, run.details = askAll(ctx, bot, questions, ownArticle, done)
	if err := ctx.Err(); err != nil {
		return evalRun{}, fmt.Errorf("interrupted: %w", err)
	}
	return run, nil
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

// squadQuestion is a question with the article it belongs to.
type squadQuestion struct {
	qa        eval.QA
	articleID string
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
				questions = append(questions, squadQuestion{qa: qa, articleID: a.ID})
			}
		}
		articles = append(articles, a)
	}
	return articles, questions, unlabelled
}

// askAll asks every question on all CPUs and returns results in input order.
func askAll(ctx context.Context, bot *briefbot.Bot, qs []squadQuestion, ownArticle bool, done func()) ([]eval.Result, []detail) {
	results := make([]eval.Result, len(qs))
	details := make([]detail, len(qs))
	work := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				results[i], details[i] = askOne(ctx, bot, qs[i], ownArticle)
				done()
			}
		}()
	}
	for i := range qs {
		if ctx.Err() != nil {
			break
		}
		work <- i
	}
	close(work)
	wg.Wait()
	return results, details
}

func askOne(ctx context.Context, bot *briefbot.Bot, q squadQuestion, ownArticle bool) (eval.Result, detail) {
	question := briefbot.Question{Text: q.qa.Question, Origin: briefbot.Origin{Adapter: "eval"}}
	if ownArticle {
		question.ArticleID = q.articleID
	}
	golds := q.qa.Golds()
	r := eval.Result{ID: q.qa.ID, Question: q.qa.Question, Golds: golds}
	d := detail{ID: q.qa.ID, Question: q.qa.Question, Type: eval.QuestionType(q.qa.Question), Gold: golds}
	if d.Gold == nil {
		d.Gold = []string{}
	}
	ans, err := bot.Ask(ctx, question)
	if err != nil {
		d.Error = err.Error()
	} else if ans.Answered() {
		r.Answer = ans.Text
		r.Sentence = ans.Evidence[0].Text
	}
	if len(ans.Evidence) > 0 {
		// For an abstention this is the closest passage, kept for diagnosis.
		d.Sentence = ans.Evidence[0].Text
		d.ArticleTitle = ans.Evidence[0].ArticleTitle
		d.Paragraph = ans.Evidence[0].Paragraph
	}
	d.Answer, d.Score = r.Answer, ans.Score
	d.EM, d.F1 = eval.Best(r.Answer, golds)
	d.SentenceOK = r.Answer != "" && eval.ContainsAnswer(r.Sentence, golds)
	return r, d
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

func printScores(w io.Writer, o *options, results []eval.Result, articles int, indexed, took time.Duration) {
	s := eval.Score(results)
	fmt.Fprintf(w, "%s: %d questions (%d answerable, %d unanswerable) over %d articles, scope %s\n",
		o.squad, s.Total, s.HasAns, s.NoAns, articles, o.scope)
	fmt.Fprintf(w, "took %v (indexing %v)\n\n", took.Round(time.Millisecond), indexed.Round(time.Millisecond))
	fmt.Fprintf(w, "EM                 %5.1f\n", s.EM)
	fmt.Fprintf(w, "F1                 %5.1f\n", s.F1)
	if s.HasAns > 0 {
		fmt.Fprintf(w, "HasAns EM / F1     %5.1f / %.1f\n", s.HasAnsEM, s.HasAnsF1)
	}
	if s.NoAns > 0 {
		fmt.Fprintf(w, "NoAns accuracy     %5.1f\n", s.NoAnsAccuracy)
	}
	fmt.Fprintf(w, "sentence accuracy  %5.1f\n", s.SentenceAccuracy)
	fmt.Fprintf(w, "abstained          %5d\n\n", s.Abstained)

	fmt.Fprintf(w, "%-9s %4s %6s %6s %6s %6s\n", "type", "n", "EM", "F1", "sent%", "abst")
	for _, t := range eval.ByType(results) {
		fmt.Fprintf(w, "%-9s %4d %6.1f %6.1f %6.1f %6d\n", t.Type, t.Total, t.EM, t.F1, t.SentenceAccuracy, t.Abstained)
	}
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
