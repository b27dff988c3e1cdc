package discord_test

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"time"

	"briefbot"
	"briefbot/adapters/discord"
)

// Example wires the adapter the way `bot serve` does: New checks the
// config, the interactions endpoint goes on the server's mux, Run holds the
// gateway until the signal, /readyz asks Ready, and shutdown lets answers in
// flight reach Discord.
func Example() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	var bot discord.Asker = &briefbot.Bot{ /* Searcher: idx, Answerer: rules */ }
	public, err := discord.ParseVisibility("ephemeral")
	if err != nil {
		slog.Error("config", "err", err)
		return
	}
	a, err := discord.New(discord.Config{
		Token:         os.Getenv("DISCORD_TOKEN"),
		ApplicationID: "123456789012345678",
		GuildID:       "", // global /ask
		PublicKey:     os.Getenv("DISCORD_PUBLIC_KEY"),
		Public:        public,
		Asker:         bot,
		Logger:        slog.Default(),
	})
	if err != nil {
		slog.Error("config", "err", err)
		return
	}

	mux := http.NewServeMux()
	mux.Handle("/discord/", a.Handler())
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		if !a.Ready() {
			http.Error(w, "discord: not ready", http.StatusServiceUnavailable)
		}
	})
	srv := &http.Server{Addr: ":8080", Handler: mux}

	ran := make(chan error, 1)
	go func() { ran <- a.Run(ctx) }() // returns early if the gateway or /ask registration fails
	go func() {
		if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
			slog.Error("serve", "err", err)
			stop()
		}
	}()

	<-ctx.Done()
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil { // no new interactions
		slog.Error("shutdown", "err", err)
	}
	if err := <-ran; err != nil { // gateway closed, answers in flight delivered
		slog.Error("discord", "err", err)
	}
}
