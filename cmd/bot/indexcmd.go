package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"briefbot/index"
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
		// The generation for this very corpus exists and a running
		// `bot serve` holds it open (a generation is renamed into place
		// only once complete): the index is up to date, not broken.
		if errors.Is(err, index.ErrLocked) {
			fmt.Fprintln(e.stdout, "index up to date: another bot process (such as bot serve) has it open for this corpus; nothing to do")
			return exitOK
		}
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
