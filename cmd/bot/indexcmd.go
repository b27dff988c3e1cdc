package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"time"
)

func indexCommand() *command {
	return &command{
		name:     "index",
		progress: true,
		summary:  "build or refresh the search index and report its size",
		flags: func(fs *flag.FlagSet, o *options) {
			fs.BoolVar(&o.force, "force", false, "also make a bot serve on the same index directory serve this corpus, even if its re-index was held back (corpus.max_loss)")
		},
		run: runIndex,
	}
}

func runIndex(ctx context.Context, a *app, o *options, args []string, e env) int {
	if len(args) > 0 {
		fmt.Fprintln(e.stderr, "bot index takes no arguments; use --corpus DIR to choose the articles")
		return exitUsage
	}
	if err := a.open(ctx); err != nil {
		fmt.Fprintf(e.stderr, "bot: %v\n", err)
		return exitError
	}
	st := a.index.Stats()
	took := st.Took.Round(time.Millisecond)
	if st.Reused {
		fmt.Fprintf(e.stdout, "index up to date (corpus unchanged): %d articles, %d sentences; opened in %v\n", st.Articles, st.Sentences, took)
	} else {
		fmt.Fprintf(e.stdout, "index built in %v: %d articles, %d sentences\n", took, st.Articles, st.Sentences)
	}
	if o.force {
		// A server holding this corpus back sees the mark within a
		// second (and removes it once it serves the corpus).
		mark := a.forceMark(a.opened.src, a.opened.fingerprint)
		if err := os.WriteFile(mark, []byte(time.Now().Format(time.RFC3339)+"\n"), 0o600); err != nil {
			fmt.Fprintf(e.stderr, "bot: index --force: %v\n", err)
			return exitError
		}
		fmt.Fprintln(e.stdout, "forced: a bot serve on this index directory serves this corpus now, whatever it loses (corpus.max_loss)")
	}
	return exitOK
}
