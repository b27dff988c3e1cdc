package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"

	"briefbot"

	"github.com/pelletier/go-toml/v2"
)

func configCommand() *command {
	return &command{
		name:      "config",
		summary:   "check a config file and print the effective settings, secrets masked",
		usage:     "check [FILE]",
		quiet:     true,
		ownConfig: true,
		run:       runConfig,
	}
}

// runConfig is `bot config check [FILE]`: it loads the config as `bot serve`
// would (defaults, FILE or --config or $BRIEFBOT_CONFIG, the environment),
// checks the corpus directory exists, and prints the result as TOML with
// every secret masked. An invalid file exits 1 with the key and line; it
// suits systemd's ExecStartPre.
func runConfig(_ context.Context, _ *app, o *options, args []string, e env) int {
	if len(args) == 0 || args[0] != "check" || len(args) > 2 {
		fmt.Fprintln(e.stderr, "usage: bot config check [FILE]")
		return exitUsage
	}
	path := o.config
	if len(args) == 2 {
		path = args[1]
	}
	cfg, err := loadConfig(path, e.getenv)
	if err != nil {
		fmt.Fprintf(e.stderr, "bot: %v\n", err)
		return exitError
	}
	if o.corpus != "" {
		cfg.Corpus.Dir = o.corpus
	}
	if err := cfg.validateServe(); err != nil {
		fmt.Fprintf(e.stderr, "bot: %v\n", cfg.explain(err))
		return exitError
	}
	// The adapters' own constructors, as serve calls them: whatever they
	// check beyond validateServe is checked here too.
	check := &app{cfg: cfg, log: slog.New(slog.DiscardHandler)}
	if _, err := check.buildAdapters(noAsker{}, nil, nil); err != nil {
		fmt.Fprintf(e.stderr, "bot: config: %v\n", err)
		return exitError
	}
	src, err := cfg.corpus()
	if err != nil {
		fmt.Fprintf(e.stderr, "bot: corpus.dir: %v\n", err)
		return exitError
	}
	out, err := toml.Marshal(masked(cfg))
	if err != nil {
		fmt.Fprintf(e.stderr, "bot: %v\n", err)
		return exitError
	}
	from := "defaults"
	if path != "" {
		from = "defaults, then " + path
	}
	fmt.Fprintf(e.stdout, "# Effective configuration: %s, then the environment. Secrets are masked.\n", from)
	fmt.Fprintf(e.stdout, "# corpus: %s\n# index directory: %s\n\n", src.name, cfg.indexDir(src))
	e.stdout.Write(out)
	return exitOK
}

// noAsker stands in for the bot when adapters are built only to check
// their settings.
type noAsker struct{}

func (noAsker) Ask(context.Context, briefbot.Question) (briefbot.Answer, error) {
	return briefbot.Answer{}, errors.New("not serving")
}

// masked returns cfg with every secret replaced by a mark saying whether it
// is set, so the output can be pasted into a ticket.
func masked(cfg Config) Config {
	for _, s := range []*string{
		&cfg.Slack.BotToken, &cfg.Slack.SigningSecret, &cfg.Slack.AppToken,
		&cfg.Discord.Token, &cfg.API.Token, &cfg.Feedback.Secret,
	} {
		*s = mask(*s)
	}
	return cfg
}

// mask keeps a Slack token's type prefix (xoxb-, xapp-), which says which
// token was pasted where and is no secret, and hides everything else.
func mask(s string) string {
	if s == "" {
		return ""
	}
	for _, p := range []string{"xoxb-", "xoxp-", "xapp-"} {
		if strings.HasPrefix(s, p) {
			return p + "…(set)"
		}
	}
	return "********"
}
