package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"briefbot"
	"briefbot/converse"
)

func askCommand() *command {
	return &command{
		name:     "ask",
		progress: true,
		summary:  "answer one question and show the sentence it came from",
		usage:    `"QUESTION"`,
		quiet:    true,
		flags: func(fs *flag.FlagSet, o *options) {
			fs.BoolVar(&o.json, "json", false, "print one JSON object (answer, sentence, citation, score, alternatives)")
		},
		run: runAsk,
	}
}

func runAsk(ctx context.Context, a *app, o *options, args []string, e env) int {
	question := joinArgs(args)
	if question == "" {
		fmt.Fprintln(e.stderr, `bot ask: no question given; try: bot ask "Who leads the Russian delegation?"`)
		return exitUsage
	}
	if err := a.open(ctx); err != nil {
		fmt.Fprintf(e.stderr, "bot: %v\n", err)
		return exitError
	}
	ans, err := a.bot.Ask(ctx, briefbot.Question{Text: question, Origin: briefbot.Origin{Adapter: "cli"}})
	if err != nil {
		fmt.Fprintf(e.stderr, "bot: %v\n", askError(err))
		return exitError
	}
	if o.json {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(ans); err != nil {
			fmt.Fprintf(e.stderr, "bot: %v\n", err)
			return exitError
		}
		return exitOK
	}
	writeAnswer(e.stdout, ans)
	return exitOK
}

// askError shortens the errors a person at a terminal can do something
// about; others keep their detail, which is useful here.
func askError(err error) error {
	switch {
	case errors.Is(err, briefbot.ErrEmptyQuestion):
		return errors.New("the question is empty")
	case errors.Is(err, context.DeadlineExceeded):
		return errors.New("no answer in time (answers.timeout); try a shorter question")
	}
	return err
}

func chatCommand() *command {
	return &command{
		name:     "chat",
		progress: true,
		summary:  "ask questions at an interactive prompt until end of input",
		quiet:    true,
		run:      runChat,
	}
}

// maxLine bounds one line of chat input; longer lines are refused without
// reading them into memory whole.
const maxLine = 64 << 10

func runChat(ctx context.Context, a *app, _ *options, args []string, e env) int {
	if len(args) > 0 {
		fmt.Fprintln(e.stderr, "bot chat takes no arguments; type questions at the prompt")
		return exitUsage
	}
	if err := a.open(ctx); err != nil {
		fmt.Fprintf(e.stderr, "bot: %v\n", err)
		return exitError
	}
	st := a.index.Stats()
	if e.terminal {
		fmt.Fprintf(e.stdout, "Ask about the %d article(s) indexed. Type a question and press Enter; follow-ups (\"What is his job?\") lean on the answer before; `why` explains the last answer; Ctrl-D ends.\n", st.Articles)
	}
	// The session is one conversation, remembered as `bot serve`
	// remembers one.
	conv := &converse.Asker{Bot: a.bot, Explainer: a.bot, TTL: a.cfg.Conversation.TTL.Duration, Max: 1}
	origin := briefbot.Origin{Adapter: "cli"}
	last := "" // the ID of the last answer, for `why`
	in := bufio.NewReaderSize(e.stdin, 4096)
	for {
		if e.terminal {
			fmt.Fprint(e.stdout, "> ")
		}
		line, err := readLine(in, maxLine)
		if errors.Is(err, errLineTooLong) {
			fmt.Fprintln(e.stdout, briefbot.UserMessage(briefbot.ErrQuestionTooLong))
			continue
		}
		if err != nil && line == "" {
			if e.terminal {
				fmt.Fprintln(e.stdout)
			}
			if errors.Is(err, io.EOF) {
				return exitOK
			}
			fmt.Fprintf(e.stderr, "bot: reading input: %v\n", err)
			return exitError
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		if ctx.Err() != nil {
			return exitOK
		}
		if whyCommand(line) {
			if last == "" {
				fmt.Fprintln(e.stdout, "Ask a question first; then `why` says why it got its answer.")
			} else if ex, werr := conv.Explain(ctx, last, origin); werr != nil {
				a.log.Debug("explanation failed", "err", werr)
				fmt.Fprintln(e.stdout, briefbot.WhyMessage(werr))
			} else {
				writeExplanation(e.stdout, ex, e.terminal)
			}
		} else if ans, aerr := conv.Ask(ctx, briefbot.Question{Text: line, Conversation: "cli", Origin: origin}); aerr != nil {
			a.log.Debug("question failed", "err", aerr)
			fmt.Fprintln(e.stdout, briefbot.UserMessage(aerr))
		} else {
			if ans.UnderstoodAs != "" {
				fmt.Fprintf(e.stdout, "Understood as: %s\n", ans.UnderstoodAs)
			}
			writeAnswer(e.stdout, ans)
			last = ans.ID
		}
		fmt.Fprintln(e.stdout)
		if err != nil { // the last line had no newline
			return exitOK
		}
	}
}

var errLineTooLong = errors.New("line too long")

// readLine reads one line without its end-of-line. A line longer than max is
// consumed and reported as errLineTooLong, so one paste cannot exhaust
// memory and the next line is read normally.
func readLine(r *bufio.Reader, max int) (string, error) {
	var sb strings.Builder
	tooLong := false
	for {
		chunk, err := r.ReadSlice('\n')
		if !tooLong {
			if sb.Len()+len(chunk) > max+2 { // room for "\r\n"
				tooLong = true
				sb.Reset()
			} else {
				sb.Write(chunk)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if tooLong {
			if err != nil && !errors.Is(err, io.EOF) {
				return "", err
			}
			return "", errLineTooLong
		}
		line := strings.TrimRight(sb.String(), "\r\n")
		return line, err
	}
}

// writeAnswer prints an answer for a person at a terminal: the short answer,
// the sentence it came from in quotes, and where that sentence is.
func writeAnswer(w io.Writer, a briefbot.Answer) {
	if !a.Answered() {
		fmt.Fprintln(w, briefbot.NoAnswerText)
		if len(a.Evidence) > 0 {
			fmt.Fprintln(w, "\nClosest passage (not an answer):")
			writeQuote(w, a.Evidence[0])
		}
		return
	}
	fmt.Fprintln(w, a.Text)
	fmt.Fprintln(w)
	for _, s := range a.Evidence {
		writeQuote(w, s)
	}
	if len(a.Alternatives) > 0 {
		fmt.Fprintln(w, "\nOther possible answers:")
		for _, alt := range a.Alternatives {
			fmt.Fprintf(w, "  - %s (%s)\n", alt.Text, cite(alt.Citation()))
		}
	}
}

func writeQuote(w io.Writer, s briefbot.Sentence) {
	fmt.Fprintf(w, "  “%s”\n", s.Text)
	fmt.Fprintf(w, "  — %s\n", cite(s.Citation()))
}

func cite(c briefbot.Citation) string {
	out := fmt.Sprintf("%s, paragraph %d", c.Title, c.Paragraph)
	if c.Title == "" {
		out = fmt.Sprintf("%s, paragraph %d", c.ArticleID, c.Paragraph)
	}
	if c.URL != "" {
		out += " <" + c.URL + ">"
	}
	return out
}
