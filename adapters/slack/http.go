package slack

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
)

// Handler serves Slack's HTTP requests:
//
//	POST /slack/commands  slash commands
//	POST /slack/events    Events API (url_verification, app_mention, message.im)
//	POST /slack/interactions  button clicks (block_actions)
//
// Mount it under "/slack/" without stripping the prefix. Every request must
// carry a valid signature: anything unsigned, forged or more than five
// minutes off gets 401 and no answer. Answers that outlive the request run
// in Run, which must be running; until it is, events get 503 (Slack retries
// them) and questions a polite "try again".
func (a *Adapter) Handler() http.Handler {
	_ = a.init() // a bad configuration shows up in Run; here it just means 401s
	mux := http.NewServeMux()
	mux.Handle("POST /slack/commands", a.verified(a.serveCommand))
	mux.Handle("POST /slack/events", a.verified(a.serveEvent))
	mux.Handle("POST /slack/interactions", a.verified(a.serveInteraction))
	return mux
}

// verified reads the body, capped at maxBody, and passes it on only when the
// request's signature is valid.
func (a *Adapter) verified(next func(w http.ResponseWriter, r *http.Request, body []byte)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
		if err != nil {
			if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
				http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
				return
			}
			http.Error(w, "cannot read request body", http.StatusBadRequest)
			return
		}
		if err := verify(a.SigningSecret, r.Header, body, a.now()); err != nil {
			level := a.log().Info
			if errors.Is(err, errNoSecret) {
				level = a.log().Error
			}
			level("slack: rejected request", "path", r.URL.Path, "reason", err, "remote", r.RemoteAddr)
			http.Error(w, "invalid signature", http.StatusUnauthorized)
			return
		}
		next(w, r, body)
	})
}

// serveCommand answers a slash command: help and refusals at once, answers
// inline when ready within the inline wait, else an acknowledgement now and
// the answer through response_url.
func (a *Adapter) serveCommand(w http.ResponseWriter, r *http.Request, body []byte) {
	r.Body = io.NopCloser(bytes.NewReader(body))
	cmd, err := slack.SlashCommandParse(r)
	if err == nil && r.PostForm.Get("ssl_check") == "1" {
		return // Slack checking our certificate: 200, nothing else
	}
	if err != nil || cmd.Command == "" {
		http.Error(w, "not a slash command", http.StatusBadRequest)
		return
	}
	now, q, v := a.slashNow(cmd)
	if now != nil {
		writeJSON(w, now)
		return
	}
	// The job acks exactly once on the happy path; the buffer keeps it from
	// blocking if this request is gone by then.
	acked := make(chan *slack.WebhookMessage, 2)
	ok := a.dispatch(func(ctx context.Context) {
		a.answerSlash(ctx, cmd, q, v, func(m *slack.WebhookMessage) error {
			select {
			case acked <- m:
			default:
			}
			return nil
		})
	})
	if !ok {
		a.log().Warn("slack: not running; command refused", "channel", cmd.ChannelID)
		writeJSON(w, textReply(unavailable).webhook(Ephemeral))
		return
	}
	select {
	case m := <-acked:
		writeJSON(w, m)
	case <-r.Context().Done():
	}
}

// serveEvent acknowledges an Events API delivery at once and answers in Run.
func (a *Adapter) serveEvent(w http.ResponseWriter, r *http.Request, body []byte) {
	var outer struct {
		Type      string `json:"type"`
		Challenge string `json:"challenge"`
	}
	if err := json.Unmarshal(body, &outer); err != nil {
		http.Error(w, "malformed event", http.StatusBadRequest)
		return
	}
	log := a.log().With("retry", r.Header.Get("X-Slack-Retry-Num"), "retry_reason", r.Header.Get("X-Slack-Retry-Reason"))
	switch outer.Type {
	case slackevents.URLVerification:
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		_, _ = io.WriteString(w, outer.Challenge)
		return
	case slackevents.AppRateLimited:
		log.Warn("slack: Slack is rate-limiting events for this app")
		return
	case slackevents.CallbackEvent:
	default:
		return // 200: nothing for us, and nothing to retry
	}
	ev, err := slackevents.ParseEvent(body, slackevents.OptionNoVerifyToken())
	if err != nil {
		// An inner event type slack-go does not know, say. A 200 stops
		// Slack retrying something we would never answer.
		log.Debug("slack: ignoring event", "err", err)
		return
	}
	q, ok := a.fromEvent(ev)
	if !ok {
		return
	}
	if !a.seen.add(a.now(), q.keys...) {
		log.Debug("slack: duplicate event ignored", "keys", q.keys)
		return
	}
	if !a.dispatch(func(ctx context.Context) { a.answerEvent(ctx, q) }) {
		// Not running (starting or stopping): let Slack deliver it again.
		a.seen.forget(q.keys...)
		log.Warn("slack: not running; event left for Slack to retry", "kind", q.kind)
		http.Error(w, "not ready", http.StatusServiceUnavailable)
		return
	}
}

func writeJSON(w http.ResponseWriter, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, "cannot encode reply", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(b)
}
