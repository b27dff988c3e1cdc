// Command bot is briefbot: it answers questions about news stories from a
// terminal, evaluates the answerer on SQuAD files, and serves Slack and
// Discord. It is the only package that knows every other one: it reads the
// config, opens the corpus and the index, and wires the answerer and the
// chat adapters together.
//
// Usage:
//
//	bot ask "Who leads the Russian delegation?"
//	bot chat
//	bot index
//	bot eval --squad FILE
//	bot serve
//	bot config check [FILE]
//	bot feedback summary FILE
//	bot feedback export FILE --squad OUT
//	bot bench
//
// Run `bot help` or `bot COMMAND -h` for the flags.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"slices"
	"strings"
	"syscall"
)

// env is the outside world of one run, so that tests can run commands in
// process with their own input, output and environment.
type env struct {
	stdin    io.Reader
	stdout   io.Writer
	stderr   io.Writer
	getenv   func(string) string
	terminal bool // stdin is an interactive terminal
	// errTerminal is set when stderr is a terminal, where an index build
	// shows its progress.
	errTerminal bool
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	e := env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv,
		terminal: isTerminal(os.Stdin), errTerminal: isTerminal(os.Stderr)}
	os.Exit(run(ctx, os.Args[1:], e))
}

func isTerminal(f *os.File) bool {
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// Exit statuses.
const (
	exitOK    = 0
	exitError = 1
	exitUsage = 2
)

// command is one subcommand.
type command struct {
	name    string
	summary string
	usage   string // arguments after the flags, for the help line
	// flags adds command-specific flags; common flags are added for all.
	flags func(fs *flag.FlagSet, o *options)
	run   func(ctx context.Context, a *app, o *options, args []string, e env) int
	// quiet commands log only warnings unless -v is given, so that their
	// output is just the answer.
	quiet bool
	// progress commands show an index build's progress on a terminal.
	progress bool
	// ownConfig commands read the config themselves (config check
	// reports a broken file as its result, not as a failure to start);
	// they get the defaults in app.cfg.
	ownConfig bool
}

// options holds every flag; each command registers the ones it uses.
type options struct {
	config  string
	corpus  string
	verbose bool

	json      bool   // ask
	force     bool   // index
	squad     string // eval
	scope     string // eval
	out       string // eval
	details   string // eval
	baseline  string // eval
	threshold float64
	ablate    string // eval
	losses    bool   // eval
	top       int    // feedback summary

	squads   stringList // fit
	write    string     // fit
	folds    int        // fit
	countsAs stringList // fit
	drop     string     // fit

	bench benchOptions
}

func commands() []*command {
	return []*command{
		askCommand(),
		chatCommand(),
		indexCommand(),
		evalCommand(),
		fitCommand(),
		serveCommand(),
		configCommand(),
		feedbackCommand(),
		benchCommand(),
	}
}

func run(ctx context.Context, args []string, e env) int {
	if len(args) > 0 {
		switch args[0] {
		case "help", "-h", "-help", "--help":
			usage(e.stdout)
			return exitOK
		}
	}
	lead, args, err := globalFlags(args, e.stderr)
	if err != nil {
		return exitUsage
	}
	if len(args) == 0 {
		if e.terminal {
			args = []string{"chat"}
		} else {
			usage(e.stderr)
			return exitUsage
		}
	}
	var cmd *command
	for _, c := range commands() {
		if c.name == args[0] {
			cmd = c
		}
	}
	if cmd == nil {
		fmt.Fprintf(e.stderr, "bot: unknown command %q\n\n", args[0])
		usage(e.stderr)
		return exitUsage
	}

	var o options
	fs := flag.NewFlagSet("bot "+cmd.name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.StringVar(&o.config, "config", e.getenv("BRIEFBOT_CONFIG"), "read settings from this TOML `file` (default $BRIEFBOT_CONFIG)")
	fs.StringVar(&o.corpus, "corpus", "", "answer from the articles in this `dir` instead of the configured corpus")
	fs.BoolVar(&o.verbose, "v", false, "log what happens (index reuse, timings)")
	if cmd.flags != nil {
		cmd.flags(fs, &o)
	}
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "usage: bot %s [flags] %s\n\n%s\n\nflags:\n", cmd.name, cmd.usage, cmd.summary)
		fs.PrintDefaults()
	}
	rest, err := parseInterspersed(fs, append(lead, args[1:]...))
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		return exitUsage
	}

	cfg := defaultConfig()
	if !cmd.ownConfig {
		cfg, err = loadConfig(o.config, e.getenv)
		if err != nil {
			fmt.Fprintf(e.stderr, "bot: %v\n", err)
			return exitError
		}
	}
	if o.corpus != "" {
		cfg.Corpus.Dir = o.corpus
	}
	a := &app{cfg: cfg, log: newLogger(cfg.Log, e.stderr, cmd.quiet, o.verbose), summarizeSkips: cmd.quiet && !o.verbose}
	if e.errTerminal && cmd.progress {
		a.progressTerm = e.stderr
	}
	defer a.close()
	return cmd.run(ctx, a, &o, rest, e)
}

// globalFlags splits off the flags every command takes when they come
// before the command (`bot -v ask ...`, `bot --config FILE serve`), so that
// they can be handed to the command's own flag set. It returns them and the
// arguments from the command on; an unknown flag is reported on stderr.
func globalFlags(args []string, stderr io.Writer) (lead, rest []string, err error) {
	fs := flag.NewFlagSet("bot", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprintln(stderr); usage(stderr) }
	fs.String("config", "", "")
	fs.String("corpus", "", "")
	fs.Bool("v", false, "")
	if err := fs.Parse(args); err != nil {
		return nil, nil, err
	}
	rest = fs.Args()
	// A copy: the caller appends to it.
	return slices.Clone(args[:len(args)-len(rest)]), rest, nil
}

// parseInterspersed parses flags wherever they appear, so that
// `bot ask "question" --json` works as well as `bot ask --json "question"`.
// A "--" ends the flags.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return rest, nil
		}
		if args[0] == "--" {
			return append(rest, args[1:]...), nil
		}
		rest = append(rest, args[0])
		args = args[1:]
	}
}

func newLogger(c LogConfig, w io.Writer, quiet, verbose bool) *slog.Logger {
	var level slog.Level
	_ = level.UnmarshalText([]byte(c.Level)) // validated with the config
	switch {
	case verbose:
		level = min(level, slog.LevelInfo)
	case quiet:
		level = max(level, slog.LevelWarn)
	}
	opts := &slog.HandlerOptions{Level: level}
	if c.Format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "briefbot answers questions about news stories, with the sentence it found the answer in.")
	fmt.Fprintln(w, "\nusage: bot COMMAND [flags] [arguments]\n\ncommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nWith no command on a terminal, bot starts chat. Run `bot COMMAND -h` for a command's flags.")
	fmt.Fprintln(w, "Every command takes --config FILE and --corpus DIR; the default corpus is the bundled story.")
}

// joinArgs turns `bot ask Who leads it?` into one question, so quoting is
// optional.
func joinArgs(args []string) string { return strings.TrimSpace(strings.Join(args, " ")) }
