package slack

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"briefbot"

	"github.com/slack-go/slack"
)

// fakeAPI is an in-process Web API: simpler than slacktest for a fuzz loop.
type fakeAPI struct{ posts atomic.Int64 }

func (f *fakeAPI) AuthTestContext(context.Context) (*slack.AuthTestResponse, error) {
	return &slack.AuthTestResponse{UserID: testBotUser, TeamID: "T1"}, nil
}

func (f *fakeAPI) PostMessageContext(_ context.Context, channel string, _ ...slack.MsgOption) (string, string, error) {
	f.posts.Add(1)
	return channel, "1.1", nil
}

func (f *fakeAPI) PostEphemeralContext(context.Context, string, string, ...slack.MsgOption) (string, error) {
	f.posts.Add(1)
	return "1.1", nil
}

// countingAsker counts questions; it answers at once.
type countingAsker struct{ n atomic.Int64 }

func (c *countingAsker) Ask(context.Context, briefbot.Question) (briefbot.Answer, error) {
	c.n.Add(1)
	return medinsky, nil
}

// FuzzHandler sends arbitrary bodies to both endpoints. The properties:
//   - a body signed with another secret, or with a stale timestamp, gets 401
//     and never reaches the Asker or Slack, whatever it holds;
//   - a validly signed body never panics and never gets a 5xx or 401: it is
//     answered (200) or refused as malformed (400);
//   - a 200 to a command is a well-formed message within Block Kit limits; a
//     200 to an event is empty or the url_verification challenge.
func FuzzHandler(f *testing.F) {
	for _, seed := range [][]byte{
		[]byte(vectorBody),
		commandBody("Who leads the Russian delegation?", "http://127.0.0.1:1/x"),
		commandBody("share <@U1|x> &amp; <!channel>", ""),
		commandBody("help", ""),
		[]byte(`{"type":"url_verification","challenge":"abc"}`),
		eventBody("Ev1", mention("<@UBOT1234> who leads?", "1.1", "")),
		eventBody("Ev2", directMessage("who leads?", "1.2")),
		eventBody("Ev3", map[string]any{"type": "message", "subtype": "message_changed", "channel_type": "im", "message": map[string]any{"text": "x"}}),
		[]byte(`{"type":"event_callback","event":null}`),
		[]byte(`{"type":"event_callback","event":{"type":"app_mention","text":5}}`),
		[]byte(`{"type":"event_callback","event_id":"E","event":{"type":"message","channel_type":"im","user":"U1","channel":"D1"}}`),
		[]byte(`{"type":"app_rate_limited"}`),
		[]byte(`ssl_check=1&token=x`),
		[]byte(`null`), []byte(`{}`), []byte(``), []byte(`%`), []byte(`command=%2Fask&text=%zz`),
	} {
		f.Add(false, seed)
		f.Add(true, seed)
	}

	now := time.Unix(1700000000, 0)
	clock := func() time.Time { return now }
	ctx, cancel := context.WithCancel(context.Background())
	newRunning := func(secret string, asker Asker, api slackAPI) *Adapter {
		a := &Adapter{BotToken: testBotToken, SigningSecret: secret, Asker: asker, Logger: quiet(), Now: clock, api: api}
		done := make(chan struct{})
		go func() { _ = a.Run(ctx); close(done) }()
		f.Cleanup(func() { cancel(); <-done })
		for !a.Ready() {
			time.Sleep(time.Millisecond)
		}
		return a
	}
	open := newRunning(testSecret, &countingAsker{}, &fakeAPI{})
	neverAsker, neverAPI := &countingAsker{}, &fakeAPI{}
	guarded := newRunning("another-secret", neverAsker, neverAPI)
	openH, guardedH := open.Handler(), guarded.Handler()

	f.Fuzz(func(t *testing.T, events bool, body []byte) {
		path := "/slack/commands"
		if events {
			path = "/slack/events"
		}
		for _, r := range []*http.Request{
			signedRequest(path, testSecret, now, body),                                 // someone else's secret
			signedRequest(path, "another-secret", now.Add(-maxSkew-time.Second), body), // a replay
		} {
			w := httptest.NewRecorder()
			guardedH.ServeHTTP(w, r)
			if w.Code != http.StatusUnauthorized {
				t.Fatalf("forged request: status %d", w.Code)
			}
		}
		if neverAsker.n.Load() != 0 || neverAPI.posts.Load() != 0 {
			t.Fatal("a forged request reached the Asker or Slack")
		}

		w := httptest.NewRecorder()
		openH.ServeHTTP(w, signedRequest(path, testSecret, now, body))
		switch w.Code {
		case http.StatusOK, http.StatusBadRequest:
		default:
			t.Fatalf("signed request: status %d: %s", w.Code, w.Body)
		}
		if w.Code != http.StatusOK {
			return
		}
		if !events {
			if w.Body.Len() == 0 && strings.Contains(string(body), "ssl_check") {
				return
			}
			var m slack.WebhookMessage
			if err := json.Unmarshal(w.Body.Bytes(), &m); err != nil {
				t.Fatalf("command reply is not JSON: %v: %s", err, w.Body)
			}
			if m.ResponseType != "ephemeral" && m.ResponseType != "in_channel" {
				t.Fatalf("response_type %q", m.ResponseType)
			}
			if m.Blocks == nil {
				t.Fatal("no blocks")
			}
			checkLimits(t, reply{text: m.Text, blocks: m.Blocks.BlockSet})
			return
		}
		if w.Body.Len() > 0 && !strings.HasPrefix(w.Header().Get("Content-Type"), "text/plain") {
			t.Fatalf("event reply %q with Content-Type %q", w.Body, w.Header().Get("Content-Type"))
		}
	})
}
