package slack

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"briefbot"

	"github.com/slack-go/slack"
)

// fakeVoter records votes and answers each with err.
type fakeVoter struct {
	err   error
	mu    sync.Mutex
	votes []briefbot.Vote
}

func (f *fakeVoter) Vote(_ context.Context, v briefbot.Vote) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.votes = append(f.votes, v)
	return f.err
}

func (f *fakeVoter) all() []briefbot.Vote {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]briefbot.Vote(nil), f.votes...)
}

// responseURL is a fake response_url that hands on every post.
func responseURL(t *testing.T) (string, chan slack.WebhookMessage) {
	t.Helper()
	posts := make(chan slack.WebhookMessage, 10)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var m slack.WebhookMessage
		if err := json.NewDecoder(r.Body).Decode(&m); err != nil {
			t.Errorf("response_url body: %v", err)
		}
		posts <- m
	}))
	t.Cleanup(srv.Close)
	return srv.URL + "/actions/T1/1/hook", posts
}

// clickPayload is a block_actions payload: a click on the button with
// actionID and value in a message in thread threadTS.
func clickPayload(actionID, value, responseURL, threadTS string) map[string]any {
	container := map[string]any{"type": "message", "message_ts": "1700000000.000200", "channel_id": testChannel, "is_ephemeral": true}
	if threadTS != "" {
		container["thread_ts"] = threadTS
	}
	return map[string]any{
		"type": "block_actions", "api_app_id": "A1", "trigger_id": "1.2.3",
		"team": map[string]any{"id": "T1"}, "user": map[string]any{"id": testUser, "name": "asker"},
		"channel": map[string]any{"id": testChannel, "name": "general"}, "container": container,
		"response_url": responseURL,
		"actions": []map[string]any{{
			"type": "button", "action_id": actionID, "block_id": "answer:" + value, "value": value,
			"text": map[string]any{"type": "plain_text", "text": "x"}, "action_ts": "1700000001.000300",
		}},
	}
}

func clickBody(payload map[string]any) []byte {
	b, _ := json.Marshal(payload)
	return []byte(url.Values{"payload": {string(b)}}.Encode())
}

// buttons returns the action block of a reply: its buttons' action IDs
// and values.
func buttons(blocks []slack.Block) (actions, values []string) {
	for _, b := range blocks {
		if ab, ok := b.(*slack.ActionBlock); ok {
			for _, e := range ab.Elements.ElementSet {
				if btn, ok := e.(*slack.ButtonBlockElement); ok {
					actions = append(actions, btn.ActionID)
					values = append(values, btn.Value)
				}
			}
		}
	}
	return actions, values
}

// TestVoteButtons: an answer kept for voting (it has an ID) gets 👍 Right
// and 👎 Wrong when the adapter has a Voter, "the articles don't say" too;
// without a Voter, an ID or an answer, there are none.
func TestVoteButtons(t *testing.T) {
	withID := medinsky
	withID.ID = "ans1"
	noAnswer := briefbot.Answer{ID: "ans2", Evidence: []briefbot.Sentence{medinskySentence}}
	tests := []struct {
		name   string
		ans    briefbot.Answer
		err    error
		voter  bool
		values string
	}{
		{"answer", withID, nil, true, "ans1 ans1"},
		{"the articles don't say", noAnswer, nil, true, "ans2 ans2"},
		{"no voter", withID, nil, false, ""},
		{"no ID", medinsky, nil, true, ""},
		{"refused", withID, briefbot.ErrRateLimited, true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakeSlack(t, nil)
			asker := newAsker(tt.ans)
			asker.err = tt.err
			a := newAdapter(f, asker, nil)
			if tt.voter {
				a.Voter = &fakeVoter{}
			}
			start(t, a)
			w := serve(a, "/slack/commands", commandBody("Who leads?", "http://127.0.0.1:1/unused"))
			m := decodeReply(t, w.Body.Bytes())
			actions, values := buttons(m.Blocks.BlockSet)
			if strings.Join(values, " ") != tt.values {
				t.Fatalf("buttons %v on %v, want values %q\n%s", actions, values, tt.values, w.Body)
			}
			if tt.values != "" {
				if strings.Join(actions, " ") != "vote_up vote_down" || !strings.Contains(w.Body.String(), "👍 Right") || !strings.Contains(w.Body.String(), "👎 Wrong") {
					t.Errorf("buttons: %s", w.Body)
				}
				if m.Blocks.BlockSet[len(m.Blocks.BlockSet)-1].BlockType() != slack.MBTAction {
					t.Error("the buttons are not last")
				}
			}
		})
	}
	// Many evidence blocks: the buttons still fit the block limit.
	long := reply{}
	for range maxBlocks {
		long.blocks = append(long.blocks, section("x"))
	}
	if r := long.with((&Adapter{Voter: &fakeVoter{}}).buttons(briefbot.Answer{ID: "id"}, nil)); len(r.blocks) != maxBlocks || r.blocks[maxBlocks-1].BlockType() != slack.MBTAction {
		t.Errorf("%d blocks", len(r.blocks))
	}
}

// TestClickOverHTTP: a click at /slack/interactions is acknowledged with
// 200 and no body; the vote goes to the Voter and the clicker alone gets
// the reply, in the button's thread, through response_url.
func TestClickOverHTTP(t *testing.T) {
	tests := []struct {
		name     string
		actionID string
		err      error
		wantVote string // "up", "down" or "" for none
		wantText string
	}{
		{"right", "vote_up", nil, "up", "Thanks, noted."},
		{"wrong", "vote_down", nil, "down", "Thanks, noted."},
		{"expired", "vote_up", briefbot.ErrUnknownAnswer, "up", "too old to rate"},
		{"disk full", "vote_down", errors.New("no space left on device"), "down", "couldn't record"},
		{"unknown button", "share_it", nil, "", staleButton},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakeSlack(t, nil)
			a := newAdapter(f, newAsker(medinsky), nil)
			voter := &fakeVoter{err: tt.err}
			a.Voter = voter
			stop := start(t, a)
			hook, posts := responseURL(t)
			w := serve(a, "/slack/interactions", clickBody(clickPayload(tt.actionID, "ans1", hook, "1700000000.000100")))
			if w.Code != http.StatusOK || w.Body.Len() != 0 {
				t.Fatalf("status %d: %s", w.Code, w.Body)
			}
			m := receive(t, posts, "reply to the click")
			if m.ResponseType != "ephemeral" || m.ReplaceOriginal || m.DeleteOriginal || m.ThreadTimestamp != "1700000000.000100" ||
				!strings.Contains(m.Text, tt.wantText) {
				t.Errorf("reply %+v", m)
			}
			stop()
			votes := voter.all()
			if tt.wantVote == "" {
				if len(votes) != 0 {
					t.Errorf("votes %+v", votes)
				}
				return
			}
			want := briefbot.Vote{AnswerID: "ans1", Up: tt.wantVote == "up", Origin: briefbot.Origin{Adapter: "slack", Channel: testChannel, User: testUser}}
			if len(votes) != 1 || votes[0] != want {
				t.Errorf("votes %+v, want %+v", votes, want)
			}
		})
	}
}

// TestClickRefused: unsigned or forged clicks get 401 and count nothing;
// interactions other than block_actions are acknowledged and ignored.
func TestClickRefused(t *testing.T) {
	f := newFakeSlack(t, nil)
	a := newAdapter(f, newAsker(medinsky), nil)
	voter := &fakeVoter{}
	a.Voter = voter
	start(t, a)
	body := clickBody(clickPayload("vote_up", "ans1", "http://127.0.0.1:1/unused", ""))

	r := signedRequest("/slack/interactions", "wrong-secret", time.Now(), body)
	w := httptest.NewRecorder()
	a.Handler().ServeHTTP(w, r)
	if w.Code != http.StatusUnauthorized {
		t.Errorf("forged: %d", w.Code)
	}
	shortcut := clickPayload("vote_up", "ans1", "http://127.0.0.1:1/unused", "")
	shortcut["type"] = "shortcut"
	if w := serve(a, "/slack/interactions", clickBody(shortcut)); w.Code != http.StatusOK {
		t.Errorf("shortcut: %d", w.Code)
	}
	if w := serve(a, "/slack/interactions", []byte("payload=%7B")); w.Code != http.StatusBadRequest {
		t.Errorf("malformed: %d", w.Code)
	}
	if v := voter.all(); len(v) != 0 {
		t.Errorf("votes %+v", v)
	}
}

// TestClickInSocketMode: an interactive envelope is acked at once and the
// vote recorded; the reply goes through response_url.
func TestClickInSocketMode(t *testing.T) {
	hook, posts := responseURL(t)
	acks := make(chan socketAck, 10)
	f := newFakeSlack(t, serveSocket(t, acks, envelope("interactive", "env-click", clickPayload("vote_down", "ans7", hook, ""), 0)))
	a := socketAdapter(f, newAsker(medinsky), nil)
	voter := &fakeVoter{}
	a.Voter = voter
	stop := start(t, a)
	if ack := receive(t, acks, "ack"); ack.EnvelopeID != "env-click" || (len(ack.Payload) != 0 && string(ack.Payload) != "null") {
		t.Errorf("ack %+v", ack)
	}
	if m := receive(t, posts, "reply"); m.Text != "Thanks, noted." || m.ResponseType != "ephemeral" {
		t.Errorf("reply %+v", m)
	}
	stop()
	want := briefbot.Vote{AnswerID: "ans7", Up: false, Origin: briefbot.Origin{Adapter: "slack", Channel: testChannel, User: testUser}}
	if v := voter.all(); len(v) != 1 || v[0] != want {
		t.Errorf("votes %+v", v)
	}
}
