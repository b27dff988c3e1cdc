package slack

import (
	"encoding/json"
	"io"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	"github.com/slack-go/slack"

	"briefbot/internal/logbuf"
)

// socketAck is what the client sends back for an envelope.
type socketAck struct {
	EnvelopeID string          `json:"envelope_id"`
	Payload    json.RawMessage `json:"payload"`
}

func envelope(typ, id string, payload any, retry int) map[string]any {
	return map[string]any{
		"type": typ, "envelope_id": id, "payload": payload,
		"accepts_response_payload": typ == "slash_commands",
		"retry_attempt":            retry, "retry_reason": map[bool]string{true: "timeout"}[retry > 0],
	}
}

func slashPayload(text, responseURL string) map[string]any {
	return map[string]any{
		"token": "x", "team_id": "T1", "team_domain": "test", "channel_id": testChannel, "channel_name": "general",
		"user_id": testUser, "user_name": "asker", "command": "/ask", "text": text,
		"response_url": responseURL, "trigger_id": "1.2.3", "api_app_id": "A1",
	}
}

// serveSocket returns a slacktest websocket handler that says hello, sends
// envelopes, and forwards every ack it reads to acks.
func serveSocket(t *testing.T, acks chan<- socketAck, envelopes ...map[string]any) func(*websocket.Conn) {
	return func(c *websocket.Conn) {
		if err := c.WriteJSON(map[string]any{"type": "hello", "num_connections": 1, "connection_info": map[string]any{"app_id": "A1"}}); err != nil {
			t.Errorf("hello: %v", err)
			return
		}
		for _, e := range envelopes {
			if err := c.WriteJSON(e); err != nil {
				t.Errorf("send: %v", err)
				return
			}
		}
		readAcks(c, acks)
	}
}

func readAcks(c *websocket.Conn, acks chan<- socketAck) {
	for {
		var a socketAck
		if err := c.ReadJSON(&a); err != nil {
			return // the client went away
		}
		acks <- a
	}
}

func socketAdapter(f *fakeSlack, asker Asker, logs io.Writer) *Adapter {
	a := newAdapter(f, asker, logs)
	a.SigningSecret = "" // Socket Mode needs none
	a.AppToken = testAppToken
	return a
}

// TestSocketMode runs Socket Mode end to end against slacktest's websocket:
// an events_api envelope (delivered twice, the second a retry) and a
// slash_commands envelope are acknowledged; the mention is answered once in
// its thread through chat.postMessage and the command's ack carries the
// answer.
func TestSocketMode(t *testing.T) {
	acks := make(chan socketAck, 10)
	mentionEvent := eventBody("EvSOCKET1", mention("<@"+testBotUser+"> Who leads the Russian delegation?", "1700000020.000100", ""))
	f := newFakeSlack(t, serveSocket(t, acks,
		envelope("events_api", "env-1", json.RawMessage(mentionEvent), 0),
		envelope("slash_commands", "env-2", slashPayload("Who leads the Russian delegation?", "http://127.0.0.1:1/unused"), 0),
		envelope("events_api", "env-3", json.RawMessage(mentionEvent), 1),
	))
	asker := newAsker(medinsky)
	var logs logbuf.Buffer
	a := socketAdapter(f, asker, &logs)
	stop := start(t, a) // Ready: authenticated and connected

	got := map[string]socketAck{}
	for len(got) < 3 {
		ack := receive(t, acks, "acks")
		got[ack.EnvelopeID] = ack
	}
	for _, id := range []string{"env-1", "env-3"} {
		if p := got[id].Payload; len(p) != 0 && string(p) != "null" {
			t.Errorf("%s acked with payload %s", id, p)
		}
	}
	var m slack.WebhookMessage
	if err := json.Unmarshal(got["env-2"].Payload, &m); err != nil {
		t.Fatalf("slash ack payload: %v: %s", err, got["env-2"].Payload)
	}
	if m.ResponseType != "ephemeral" || m.Blocks == nil {
		t.Fatalf("slash ack = %s", got["env-2"].Payload)
	}
	wantContains(t, blockTexts(m.Blocks.BlockSet), "*Vladimir Medinsky*", "> "+medinskySentence.Text)

	post := receive(t, f.posted, "chat.postMessage")
	if post.Get("thread_ts") != "1700000020.000100" || post.Get("channel") != testChannel {
		t.Errorf("posted to %q thread %q", post.Get("channel"), post.Get("thread_ts"))
	}
	wantContains(t, blockTexts(postedBlocks(t, post)), "*Vladimir Medinsky*")
	checkPostSafe(t, post)

	stop()
	if n := len(f.posted); n != 0 {
		t.Errorf("the retried event was answered again (%d more posts)", n)
	}
	if n := len(asker.questions()); n != 2 {
		t.Errorf("asked %d times, want 2 (mention, command)", n)
	}
	if a.Ready() {
		t.Error("ready after Run returned")
	}
	for _, secret := range []string{testAppToken, testBotToken} {
		if strings.Contains(logs.String(), secret) {
			t.Errorf("log contains a token:\n%s", logs.String())
		}
	}
}

// TestSocketModeSlowCommand: a slash command whose answer is not ready is
// acked with "Looking that up…", and the answer takes its place through
// response_url.
func TestSocketModeSlowCommand(t *testing.T) {
	view := newCommandView(t)
	acks := make(chan socketAck, 10)
	f := newFakeSlack(t, serveSocket(t, acks, envelope("slash_commands", "env-1", slashPayload("share Who leads?", view.url()), 0)))
	asker := newAsker(medinsky)
	asker.gate = make(chan struct{})
	a := socketAdapter(f, asker, nil)
	a.inlineWait = 30 * time.Millisecond
	stop := start(t, a)

	ack := receive(t, acks, "ack")
	var m slack.WebhookMessage
	if err := json.Unmarshal(ack.Payload, &m); err != nil || m.Text != lookingUpText || m.ResponseType != "ephemeral" {
		t.Errorf("ack = %s (%v)", ack.Payload, err)
	}
	view.acked(m)
	close(asker.gate)
	stop() // waits for the delayed reply
	seen := view.visible()
	if len(seen) != 1 || seen[0].ResponseType != "in_channel" {
		t.Fatalf("the asker sees %+v, want the shared answer alone", seen)
	}
	wantContains(t, blockTexts(seen[0].Blocks.BlockSet), "*Vladimir Medinsky*")
}

// TestSocketModeReconnects: after Slack asks for a reconnect, or the
// connection just drops, the adapter reconnects and keeps answering.
func TestSocketModeReconnects(t *testing.T) {
	tests := []struct {
		name string
		drop func(c *websocket.Conn)
	}{
		{"disconnect requested", func(c *websocket.Conn) {
			_ = c.WriteJSON(map[string]any{"type": "disconnect", "reason": "refresh_requested"})
			readAcks(c, make(chan socketAck, 10))
		}},
		{"connection dropped", func(c *websocket.Conn) {
			_ = c.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseGoingAway, "bye"))
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var conns atomic.Int32
			acks := make(chan socketAck, 10)
			event := eventBody("EvAFTER", mention("<@"+testBotUser+"> who leads?", "1700000030.000100", ""))
			second := serveSocket(t, acks, envelope("events_api", "env-9", json.RawMessage(event), 0))
			f := newFakeSlack(t, func(c *websocket.Conn) {
				if conns.Add(1) == 1 {
					_ = c.WriteJSON(map[string]any{"type": "hello"})
					tt.drop(c)
					return
				}
				second(c)
			})
			a := socketAdapter(f, newAsker(medinsky), nil)
			start(t, a)
			if ack := receive(t, acks, "ack after reconnect"); ack.EnvelopeID != "env-9" {
				t.Errorf("ack %q", ack.EnvelopeID)
			}
			receive(t, f.posted, "answer after reconnect")
			if n := conns.Load(); n != 2 {
				t.Errorf("%d connections", n)
			}
			waitFor(t, "ready again", a.Ready)
		})
	}
}
