package main

import (
	"context"
	"fmt"
	"time"
)

func indexCommand() *command {
	return &command{
		name:    "index",
		summary: "build or refresh the search index and report its size",
		run:     runIndex,
	}
}

func runIndex(ctx context.Context, a *app, _ *options, args []string, e env) int {
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
	return exitOK
}
