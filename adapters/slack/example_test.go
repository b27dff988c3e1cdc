package slack_test

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"time"

	"briefbot"
	"briefbot/adapters/slack"
)

// Example wires the adapter the way `bot serve` does: the HTTP endpoints on
// the server's mux, Run beside it, /readyz from Ready, and a shutdown that
// lets answers in flight reach Slack.
func Example() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	var bot slack.Asker = &briefbot.Bot{ /* Searcher: idx, Answerer: rules */ }
	a := &slack.Adapter{
		BotToken:      os.Getenv("SLACK_BOT_TOKEN"),
		SigningSecret: os.Getenv("SLACK_SIGNING_SECRET"), // HTTP mode
		AppToken:      os.Getenv("SLACK_APP_TOKEN"),      // Socket Mode, when set
		Asker:         bot,
		Logger:        slog.Default(),
	}
	mux := http.NewServeMux()
	mux.Handle("/slack/", a.Handler())
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		if !a.Ready() {
			http.Error(w, "slack: not ready", http.StatusServiceUnavailable)
		}
	})
	srv := &http.Server{Addr: ":8080", Handler: mux}

	ran := make(chan error, 1)
	go func() { ran <- a.Run(ctx) }() // returns at once on a bad configuration
	go func() {
		if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
			slog.Error("serve", "err", err)
			stop()
		}
	}()

	<-ctx.Done()
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = srv.Shutdown(shutdown)    // no new requests
	if err := <-ran; err != nil { // Run returns once answers in flight are delivered
		slog.Error("slack", "err", err)
	}
}
