package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"time"

	"briefbot"
	"briefbot/adapters/discord"
	"briefbot/adapters/slack"
)

func serveCommand() *command {
	return &command{
		name:    "serve",
		summary: "answer questions in Slack and Discord (each adapter that is configured) over HTTP and websockets",
		run:     runServe,
	}
}

// adapter is what serve needs from a chat adapter.
type adapter interface {
	Handler() http.Handler
	Run(ctx context.Context) error
	Ready() bool
}

// mounted is a started adapter with the URL prefix its handler serves.
type mounted struct {
	name   string
	prefix string
	a      adapter
}

// asker is what the adapters are handed: everything that can Ask.
type asker interface {
	Ask(ctx context.Context, q briefbot.Question) (briefbot.Answer, error)
}

// buildAdapters makes an adapter for each platform that is configured and
// logs one line for each that is not.
func (a *app) buildAdapters(ask asker) ([]mounted, error) {
	var out []mounted
	if c := a.cfg.Slack; c.BotToken != "" {
		vis, err := slack.ParseVisibility(c.DefaultVisibility)
		if err != nil {
			return nil, err
		}
		out = append(out, mounted{name: "slack", prefix: "/slack/", a: &slack.Adapter{
			BotToken:          c.BotToken,
			SigningSecret:     c.SigningSecret,
			AppToken:          c.AppToken,
			APIURL:            c.APIURL,
			DefaultVisibility: vis,
			AllowedChannels:   c.AllowedChannels,
			Asker:             ask,
			Logger:            a.log.With("adapter", "slack"),
		}})
	} else {
		a.log.Info("slack adapter not started: no bot token (slack.bot_token or SLACK_BOT_TOKEN)")
	}
	if c := a.cfg.Discord; c.Token != "" || c.PublicKey != "" {
		public, err := discord.ParseVisibility(c.DefaultVisibility)
		if err != nil {
			return nil, err
		}
		d, err := discord.New(discord.Config{
			Token:            c.Token,
			ApplicationID:    c.ApplicationID,
			GuildID:          c.GuildID,
			PublicKey:        c.PublicKey,
			InteractionsOnly: c.InteractionsOnly,
			AllowedChannels:  c.AllowedChannels,
			ShardID:          c.ShardID,
			ShardCount:       c.ShardCount,
			Public:           public,
			ShutdownTimeout:  c.ShutdownTimeout.Duration,
			Asker:            ask,
			Logger:           a.log,
		})
		if err != nil {
			return nil, err
		}
		out = append(out, mounted{name: "discord", prefix: "/discord/", a: d})
	} else {
		a.log.Info("discord adapter not started: no token or public key (discord.token or DISCORD_TOKEN, discord.public_key)")
	}
	return out, nil
}

func runServe(ctx context.Context, a *app, _ *options, args []string, e env) int {
	if len(args) > 0 {
		fmt.Fprintln(e.stderr, "bot serve takes no arguments; configure it with --config FILE")
		return exitUsage
	}
	if err := a.serve(ctx); err != nil {
		fmt.Fprintf(e.stderr, "bot: %v\n", err)
		return exitError
	}
	return exitOK
}

// serve runs until ctx is done or a part fails, then shuts down in order:
// stop accepting requests, let adapters deliver answers in flight, close the
// index.
func (a *app) serve(ctx context.Context) error {
	if err := a.open(ctx); err != nil {
		return err
	}
	adapters, err := a.buildAdapters(a.bot)
	if err != nil {
		return err
	}

	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, _ *http.Request) {
		var notReady []string
		for _, m := range adapters {
			if !m.a.Ready() {
				notReady = append(notReady, m.name)
			}
		}
		if len(notReady) > 0 {
			http.Error(w, fmt.Sprintf("not ready: %v", notReady), http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintln(w, "ready")
	})
	for _, m := range adapters {
		mux.Handle(m.prefix, m.a.Handler())
	}

	ln, err := net.Listen("tcp", a.cfg.Server.Addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	srv := &http.Server{
		Handler:           mux,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	a.log.Info("serving", "addr", ln.Addr().String(), "adapters", len(adapters))

	// Adapters run until runCtx ends; a failing adapter stops the server,
	// since a bot silently missing one platform is worse than a restart.
	runCtx, stopAdapters := context.WithCancel(ctx)
	defer stopAdapters()
	failed := make(chan error, len(adapters)+1)
	var wg sync.WaitGroup
	for _, m := range adapters {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := m.a.Run(runCtx); err != nil {
				failed <- fmt.Errorf("%s: %w", m.name, err)
			}
		}()
	}
	go func() {
		if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
			failed <- fmt.Errorf("serve: %w", err)
		}
	}()

	var runErr error
	select {
	case <-ctx.Done():
		a.log.Info("shutting down")
	case runErr = <-failed:
		a.log.Error("shutting down after a failure", "err", runErr)
	}

	// Stop taking new work, then wait for answers in flight, bounded.
	stopAdapters()
	shutdownCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), a.cfg.Server.ShutdownTimeout.Duration)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		a.log.Warn("http server did not stop cleanly", "err", err)
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-shutdownCtx.Done():
		a.log.Warn("adapters did not finish within the shutdown timeout")
	}
	a.log.Info("stopped")
	return runErr
}
