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
	verb := "built"
	if st.Reused {
		verb = "up to date (corpus unchanged), opened"
	}
	fmt.Fprintf(e.stdout, "index %s in %v: %d articles, %d sentences\n", verb, st.Took.Round(time.Millisecond), st.Articles, st.Sentences)
	return exitOK
}
