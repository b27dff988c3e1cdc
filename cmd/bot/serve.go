package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"golang.org/x/time/rate"

	"briefbot"
	"briefbot/adapters/discord"
	"briefbot/adapters/slack"
	"briefbot/guard"
)

func serveCommand() *command {
	return &command{
		name:    "serve",
		summary: "serve Slack, Discord (each that is configured) and the HTTP API, with health, metrics and hot reload",
		run:     runServe,
	}
}

// adapter is what serve needs from a chat adapter. Errors from Run name the
// adapter already ("discord: ...").
type adapter interface {
	Handler() http.Handler
	Run(ctx context.Context) error
	Ready() bool
}

// explainer is an adapter that can say which of its parts is down ("gateway
// not connected"), or "" when it is ready; /readyz shows it.
type explainer interface{ NotReady() string }

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
// logs one line for each that is not. vote takes the votes of the rating
// buttons; nil (feedback off) means no buttons. why explains answers for
// the "Why?" buttons.
func (a *app) buildAdapters(ask asker, vote voter, why answerExplainer) ([]mounted, error) {
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
			Voter:             vote,
			Explainer:         why,
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
			APIURL:           c.APIURL,
			InteractionsOnly: c.InteractionsOnly,
			AllowedChannels:  c.AllowedChannels,
			ShardID:          c.ShardID,
			ShardCount:       c.ShardCount,
			Public:           public,
			ShutdownTimeout:  c.ShutdownTimeout.Duration,
			Asker:            ask,
			Voter:            vote,
			Explainer:        why,
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
	a.tuneGC(e.getenv)
	if err := a.serve(ctx); err != nil {
		fmt.Fprintf(e.stderr, "bot: %v\n", err)
		return exitError
	}
	return exitOK
}

// The garbage collector's settings for bot serve (server.gc_percent and
// server.memory_limit). Answering a question makes some 0.7 MB of
// short-lived garbage on a live heap of a few MB, so Go's default (a
// collection each time the heap doubles) collects hundreds of times a
// second under load; at 400 the heap may grow to five times what is live,
// which bot bench measures as tens of MB (README, Performance).
const (
	defaultGCPercent   = 400
	defaultMemoryLimit = 0
)

// tuneGC applies the configured garbage collector settings, unless the
// environment (GOGC, GOMEMLIMIT) sets them, and says which apply.
func (a *app) tuneGC(getenv func(string) string) {
	gc, limit := "GOGC", "GOMEMLIMIT"
	if getenv("GOGC") == "" && a.cfg.Server.GCPercent > 0 {
		debug.SetGCPercent(a.cfg.Server.GCPercent)
		gc = "server.gc_percent"
	}
	if getenv("GOMEMLIMIT") == "" && a.cfg.Server.MemoryLimit.Bytes > 0 {
		debug.SetMemoryLimit(a.cfg.Server.MemoryLimit.Bytes)
		limit = "server.memory_limit"
	}
	percent := debug.SetGCPercent(-1)
	debug.SetGCPercent(percent)
	a.log.Info("garbage collection", "gc_percent", percent, "from", gc,
		"memory_limit", memoryLimitText(debug.SetMemoryLimit(-1)), "limit_from", limit)
}

func memoryLimitText(b int64) string {
	if b == math.MaxInt64 {
		return "none"
	}
	return fmt.Sprintf("%dMiB", b>>20)
}

// serve takes the port, opens the index, starts the adapters, the HTTP
// server and the corpus reloader, and runs until ctx is done or a part
// fails. The port comes first: a port in use should stop the start at
// once, not after an index build.
func (a *app) serve(ctx context.Context) error {
	if err := a.cfg.validateServe(); err != nil {
		return a.cfg.explain(err)
	}
	ln, err := net.Listen("tcp", a.cfg.Server.Addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	defer ln.Close() // closed already when run returns; this covers the errors before
	// SIGHUP's default action ends the process: catch it before the
	// index build, so a reload sent during a long start re-indexes after.
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	if err := a.open(ctx); err != nil {
		return err
	}
	s, err := a.newServer(hup)
	if err != nil {
		return err
	}
	stop := make(chan os.Signal, 2)
	signal.Notify(stop, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(stop)
	s.signals = stop
	return s.run(ctx, ln)
}

// server is `bot serve` once the index is open: the HTTP endpoints, the
// chat adapters and the corpus reloader, all asking through one guarded bot.
type server struct {
	cfg   Config
	log   *slog.Logger
	asker asker // the bot behind conversations, rate limits, metrics and the question log (and answer IDs)
	// why explains the answers asker gave, by ID.
	why      answerExplainer
	metrics  *metrics
	feedback *feedbackLoop // nil when feedback is off
	adapters []mounted
	// background runs beside the server until its context ends (the
	// corpus reloader); nil for none.
	background func(ctx context.Context)
	// reloadStatus is the reloader's line in /readyz; nil for none.
	reloadStatus func() string
	// stopping turns /readyz to 503 as soon as shutdown starts, so a
	// load balancer stops sending work before the listener closes.
	stopping atomic.Bool
	// signals, when set, receives SIGINT and SIGTERM: the second cuts the
	// drain short (the first started the shutdown).
	signals <-chan os.Signal
}

// newServer wires the open app into a server: metrics, the guard around the
// bot, the adapters that are configured and the reloader.
func (a *app) newServer(hup <-chan os.Signal) (*server, error) {
	m := newMetrics()
	m.setIndex(a.index.Stats())
	lim := a.cfg.Limits
	g := &guard.Asker{
		Bot:          a.bot,
		Users:        &guard.Limiter{PerMinute: lim.UserPerMinute, Burst: lim.UserBurst},
		Channels:     &guard.Limiter{PerMinute: lim.ChannelPerMinute, Burst: lim.ChannelBurst},
		Observer:     m,
		Logger:       a.log,
		LogQuestions: a.cfg.Log.Questions,
	}
	fb, err := a.newFeedback(g, m)
	if err != nil {
		return nil, err
	}
	var ask asker = g
	if fb != nil {
		ask = fb.collector // gives every answer an ID to vote on
	}
	conv := a.newConversations(ask)
	why := &limitedExplainer{next: conv, users: &guard.Limiter{PerMinute: lim.UserPerMinute, Burst: lim.UserBurst}}
	adapters, err := a.buildAdapters(conv, fb.voter(), why)
	if err != nil {
		return nil, err
	}
	for _, ad := range adapters {
		m.watchAdapter(ad.name, ad.a.Ready)
	}
	r := a.newReloader(m, hup)
	return &server{
		cfg:          a.cfg,
		log:          a.log,
		asker:        conv,
		why:          why,
		metrics:      m,
		feedback:     fb,
		adapters:     adapters,
		background:   fb.beside(r.run),
		reloadStatus: r.readiness,
	}, nil
}

// handler routes every endpoint of `bot serve`.
func (s *server) handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("GET /readyz", s.serveReady)
	mux.Handle("GET /metrics", s.metrics.handler())
	if s.cfg.API.Enabled {
		mux.Handle("/api/ask", &askAPI{
			asker: s.asker, why: s.why, answerIDs: s.feedback != nil,
			token: s.cfg.API.Token, maxBody: s.cfg.API.MaxBodyBytes,
			unauthorized: s.metrics.unauthorized, log: s.log,
			logSometimes: rate.Sometimes{Interval: unauthorizedLogEvery},
		})
		if s.feedback != nil {
			mux.Handle("/api/feedback", &feedbackAPI{voter: s.feedback.vote, token: s.cfg.API.Token, maxBody: s.cfg.API.MaxBodyBytes})
		}
	}
	for _, m := range s.adapters {
		mux.Handle(m.prefix, m.a.Handler())
	}
	return mux
}

// serveReady answers /readyz: 200 when the index is open and every
// configured adapter is connected, else 503; one line per part either way.
func (s *server) serveReady(w http.ResponseWriter, _ *http.Request) {
	var b strings.Builder
	ready := !s.stopping.Load()
	if ready {
		b.WriteString("index: ok\n")
	} else {
		b.WriteString("index: shutting down\n")
	}
	// Said, never a reason for 503: the index served keeps answering.
	if s.reloadStatus != nil {
		b.WriteString(s.reloadStatus() + "\n")
	}
	for _, m := range s.adapters {
		line := "ok"
		if e, ok := m.a.(explainer); ok {
			if why := e.NotReady(); why != "" {
				line = "not ready: " + why
			}
		} else if !m.a.Ready() {
			line = "not ready"
		}
		fmt.Fprintf(&b, "%s: %s\n", m.name, line)
		ready = ready && line == "ok"
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	if !ready {
		w.WriteHeader(http.StatusServiceUnavailable)
	}
	io.WriteString(w, b.String())
}

// run serves on ln until ctx is done or a part fails, then shuts down in
// the order the adapters' lifecycle asks for: first drain, for
// server.drain, with /readyz saying 503 while everything still serves, so
// that a load balancer stops sending before the port closes (skipped after
// a failure); then stop taking work (close the listener, cancel the
// adapters' and the reloader's context) all at once; wait, within
// server.shutdown_timeout, for HTTP requests in flight (API answers, inline
// slash commands, whose jobs the still-draining adapters finish) and for
// each adapter's Run to return after delivering its answers. The caller
// closes the index afterwards.
func (s *server) run(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s.closeWhenStopping(s.handler()),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	s.log.Info("serving", "addr", ln.Addr().String(), "adapters", len(s.adapters),
		"api", s.cfg.API.Enabled, "api_token", s.cfg.API.Token != "")

	// Adapters and the reloader run until work ends; a failing adapter
	// stops the server, since a bot silently missing one platform is
	// worse than a restart.
	work, stopWork := context.WithCancel(ctx)
	defer stopWork()
	failed := make(chan error, len(s.adapters)+1)
	var adapters, background sync.WaitGroup
	for _, m := range s.adapters {
		adapters.Go(func() {
			if err := m.a.Run(work); err != nil {
				failed <- err
			}
		})
	}
	if s.background != nil {
		background.Go(func() { s.background(work) })
	}
	go func() {
		if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
			failed <- fmt.Errorf("serve: %w", err)
		}
	}()

	var runErr error
	select {
	case <-ctx.Done():
		s.log.Info("shutting down", "timeout", s.cfg.Server.ShutdownTimeout.Duration)
	case runErr = <-failed:
		s.log.Error("shutting down after a failure", "err", runErr)
	}
	s.stopping.Store(true)
	start := time.Now()
	if drain := s.cfg.Server.Drain.Duration; runErr == nil && drain > 0 {
		s.log.Info("draining: still serving while /readyz says 503", "drain", drain)
		s.drain(drain)
	}
	deadline, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.cfg.Server.ShutdownTimeout.Duration)
	defer cancel()
	stopWork()
	if err := srv.Shutdown(deadline); err != nil {
		s.log.Warn("requests still in flight at the shutdown timeout", "err", err)
		_ = srv.Close()
	}
	if !waitFor(deadline, &adapters) {
		s.log.Warn("adapters did not finish within the shutdown timeout")
	}
	if !waitFor(deadline, &background) {
		s.log.Warn("re-indexing still stopping at the shutdown timeout")
	}
	if s.feedback != nil {
		s.feedback.close()
	}
	s.log.Info("stopped", "took", time.Since(start).Round(time.Millisecond))
	return runErr
}

// drain waits d, or until a second SIGINT or SIGTERM.
func (s *server) drain(d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	for n := 0; ; {
		select {
		case <-t.C:
			return
		case <-s.signals: // nil, and never ready, without signals
			if n++; n == 2 {
				s.log.Info("second signal: drain cut short")
				return
			}
		}
	}
}

// closeWhenStopping asks clients to close their connection after each
// response once shutdown has started, so that when the listener closes no
// client is about to send on a kept-alive connection the server closes
// under it (a POST on it would be lost, since clients retry only
// idempotent requests).
func (s *server) closeWhenStopping(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if s.stopping.Load() {
			w.Header().Set("Connection", "close")
		}
		h.ServeHTTP(w, r)
	})
}

// waitFor waits for wg or ctx, reporting whether wg finished.
func waitFor(ctx context.Context, wg *sync.WaitGroup) bool {
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
		return true
	case <-ctx.Done():
		return false
	}
}
