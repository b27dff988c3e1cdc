package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"time"

	"briefbot/feedback"
)

func feedbackCommand() *command {
	return &command{
		name:    "feedback",
		summary: "summarise the votes in a feedback file, or export them as a SQuAD v2 set",
		usage:   "summary [FILE] | export [FILE] --squad OUT",
		quiet:   true,
		flags: func(fs *flag.FlagSet, o *options) {
			fs.StringVar(&o.squad, "squad", "", "export: write the SQuAD v2 set to this `file`")
			fs.IntVar(&o.top, "top", 10, "summary: list this many most down-voted questions")
		},
		run: runFeedback,
	}
}

const feedbackUsage = "usage: bot feedback summary [FILE] [--top N]\n       bot feedback export [FILE] --squad OUT\nFILE defaults to feedback.file."

// runFeedback is `bot feedback summary` and `bot feedback export`: both read
// a votes file (FILE, or the configured feedback.file).
func runFeedback(ctx context.Context, a *app, o *options, args []string, e env) int {
	if len(args) == 0 || len(args) > 2 || (args[0] != "summary" && args[0] != "export") {
		fmt.Fprintln(e.stderr, feedbackUsage)
		return exitUsage
	}
	path := a.cfg.Feedback.File
	if len(args) == 2 {
		path = args[1]
	}
	if path == "" {
		fmt.Fprintln(e.stderr, "bot feedback: no file: give FILE or set feedback.file\n"+feedbackUsage)
		return exitUsage
	}
	if args[0] == "export" && o.squad == "" {
		fmt.Fprintln(e.stderr, "bot feedback export: --squad OUT is required\n"+feedbackUsage)
		return exitUsage
	}
	start := time.Now()
	entries, bad, err := readFeedback(path)
	if err != nil {
		fmt.Fprintf(e.stderr, "bot: %v\n", err)
		return exitError
	}
	if bad > 0 {
		fmt.Fprintf(e.stderr, "note: %d lines of %s are not votes (cut short by a crash or a full disk?) and were skipped\n", bad, path)
	}
	if args[0] == "summary" {
		s := feedback.Summarize(entries, o.top)
		fmt.Fprintf(e.stdout, "%s: ", path)
		if err := s.WriteText(e.stdout); err != nil {
			fmt.Fprintf(e.stderr, "bot: %v\n", err)
			return exitError
		}
		a.log.Info("feedback summary", "lines", len(entries), "took", time.Since(start))
		return exitOK
	}

	articles, err := a.loadArticles()
	if err != nil {
		fmt.Fprintf(e.stderr, "bot: %v\n", err)
		return exitError
	}
	ds, st := feedback.Export(entries, articles)
	if st.Questions == 0 {
		fmt.Fprintf(e.stderr, "bot feedback export: %s has no votes to export\n", path)
		return exitError
	}
	b, err := json.MarshalIndent(ds, "", "  ")
	if err == nil {
		err = os.WriteFile(o.squad, append(b, '\n'), 0o600)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "bot: write %s: %v\n", o.squad, err)
		return exitError
	}
	fmt.Fprintf(e.stdout, "%s: %d questions (%d with a gold answer, %d unanswerable, %d to label) over %d articles\n",
		o.squad, st.Questions, st.Gold, st.Impossible, st.ToLabel, st.Articles)
	if st.Missing > 0 {
		fmt.Fprintf(e.stdout, "%d questions cite an article no longer in the corpus: their context is the cited sentence alone\n", st.Missing)
	}
	if st.NoPassage > 0 {
		fmt.Fprintf(e.stdout, "%d questions had no passage shown with them: they are in the first article's first paragraph\n", st.NoPassage)
	}
	if st.ToLabel > 0 {
		fmt.Fprintf(e.stdout, "label the questions marked \"needs_label\": true (fill answers, or set is_impossible) and remove the mark; bot eval skips them until then\n")
	}
	return exitOK
}

func readFeedback(path string) ([]feedback.Entry, int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	entries, bad, err := feedback.Read(f)
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", path, err)
	}
	return entries, bad, nil
}
