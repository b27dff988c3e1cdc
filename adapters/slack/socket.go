package slack

import (
	"context"
	"encoding/json"
	"log/slog"
	"sync"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"
)

// runSocket holds the Socket Mode connection and handles what arrives on it
// until ctx is done, then waits for the answers it started.
func (a *Adapter) runSocket(ctx context.Context) {
	smc := socketmode.New(a.client, socketmode.OptionLog(slog.NewLogLogger(a.log().Handler(), slog.LevelDebug)))
	// jobs is this goroutine's own: Run's WaitGroup may already be waiting.
	var jobs sync.WaitGroup
	defer jobs.Wait()

	done := make(chan struct{})
	go func() {
		defer close(done)
		a.keepConnected(ctx, smc)
	}()
	for {
		select {
		case evt := <-smc.Events:
			a.socketEvent(ctx, smc, evt, &jobs)
		case <-ctx.Done():
			a.connected.Store(false)
			<-done
			return
		}
	}
}

// keepConnected runs the Socket Mode client until ctx is done. slack-go
// reconnects by itself after drops and retries failed dials with backoff; it
// returns only for errors it considers fatal (a revoked token, say), which we
// retry with our own backoff so a fixed token needs no restart.
func (a *Adapter) keepConnected(ctx context.Context, smc *socketmode.Client) {
	b := backoff{min: time.Second, max: 5 * time.Minute}
	for {
		start := time.Now()
		err := smc.RunContext(ctx)
		a.connected.Store(false)
		if ctx.Err() != nil {
			return
		}
		if time.Since(start) > time.Minute {
			b.reset()
		}
		d := b.next()
		a.log().Error("slack: socket mode stopped; reconnecting", "err", err, "retry_in", d)
		if !sleep(ctx, d) {
			return
		}
	}
}

// socketEvent handles one event from the Socket Mode client. It must not
// block: the client's buffer is small and acks are due within 3 s.
func (a *Adapter) socketEvent(ctx context.Context, smc *socketmode.Client, evt socketmode.Event, jobs *sync.WaitGroup) {
	log := a.log()
	switch evt.Type {
	case socketmode.EventTypeConnecting:
		a.connected.Store(false)
		log.Debug("slack: socket mode connecting")
	case socketmode.EventTypeConnected, socketmode.EventTypeHello:
		if !a.connected.Swap(true) {
			log.Info("slack: socket mode connected")
		}
	case socketmode.EventTypeDisconnect:
		a.connected.Store(false)
		log.Info("slack: socket mode disconnect requested; reconnecting")
	case socketmode.EventTypeConnectionError:
		a.connected.Store(false)
		if e, ok := evt.Data.(*slack.ConnectionErrorEvent); ok {
			log.Warn("slack: socket mode connection failed", "err", e.ErrorObj, "attempt", e.Attempt, "retry_in", e.Backoff)
		}
	case socketmode.EventTypeInvalidAuth:
		a.connected.Store(false)
		log.Error("slack: socket mode authentication failed; check the app token")
	case socketmode.EventTypeIncomingError, socketmode.EventTypeErrorWriteFailed:
		log.Warn("slack: socket mode error", "type", evt.Type, "detail", errorOf(evt.Data))
	case socketmode.EventTypeErrorBadMessage:
		// Ack what we cannot parse, so Slack does not redeliver it.
		if e, ok := evt.Data.(*socketmode.ErrorBadMessage); ok {
			var env struct {
				EnvelopeID string `json:"envelope_id"`
			}
			if json.Unmarshal(e.Message, &env) == nil && env.EnvelopeID != "" {
				a.ack(ctx, smc, env.EnvelopeID, nil)
			}
			log.Debug("slack: socket mode message ignored", "err", e.Cause)
		}
	case socketmode.EventTypeEventsAPI:
		if evt.Request == nil {
			return
		}
		a.ack(ctx, smc, evt.Request.EnvelopeID, nil)
		ev, ok := evt.Data.(slackevents.EventsAPIEvent)
		if !ok {
			return
		}
		q, ok := a.fromEvent(ev)
		if !ok {
			return
		}
		if !a.seen.add(a.now(), q.keys...) {
			log.Debug("slack: duplicate event ignored", "keys", q.keys, "retry", evt.Request.RetryAttempt)
			return
		}
		jobs.Go(func() { a.do(ctx, func(ctx context.Context) { a.answerEvent(ctx, q) }) })
	case socketmode.EventTypeSlashCommand:
		cmd, ok := evt.Data.(slack.SlashCommand)
		if !ok || evt.Request == nil {
			return
		}
		envelope := evt.Request.EnvelopeID
		now, q, v := a.slashNow(cmd)
		if now != nil {
			a.ack(ctx, smc, envelope, now)
			return
		}
		jobs.Go(func() {
			a.do(ctx, func(ctx context.Context) {
				a.answerSlash(ctx, cmd, q, v, func(m *slack.WebhookMessage) error {
					return smc.AckCtx(ctx, envelope, m)
				})
			})
		})
	case socketmode.EventTypeInteractive:
		// Acknowledge at once, so the user sees no error; the reply
		// goes through the interaction's response_url.
		if evt.Request != nil {
			a.ack(ctx, smc, evt.Request.EnvelopeID, nil)
		}
		cb, ok := evt.Data.(slack.InteractionCallback)
		if !ok || cb.Type != slack.InteractionTypeBlockActions {
			return
		}
		jobs.Go(func() { a.do(ctx, func(ctx context.Context) { a.clicked(ctx, cb) }) })
	}
}

// ack acknowledges an envelope, logging failure.
func (a *Adapter) ack(ctx context.Context, smc *socketmode.Client, envelopeID string, payload any) {
	if err := smc.AckCtx(ctx, envelopeID, payload); err != nil {
		a.log().Warn("slack: socket mode ack failed", "err", err)
	}
}

func errorOf(v any) any {
	switch e := v.(type) {
	case *slack.IncomingEventError:
		return e.ErrorObj
	case *socketmode.ErrorWriteFailed:
		return e.Cause
	}
	return v
}
