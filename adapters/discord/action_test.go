package discord

import (
	"context"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"fmt"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"briefbot"

	"github.com/bwmarrin/discordgo"
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

// clickBody is a message-component interaction (type 3): user u1 clicks
// the button with customID in channel c1.
func clickBody(id, customID string) string {
	return fmt.Sprintf(`{"id":%q,"application_id":"app1","type":3,"token":"tok-%s","guild_id":"g1","channel_id":"c1",
		"member":{"user":{"id":"u1","username":"alice"}},"message":{"id":"m9","channel_id":"c1"},
		"data":{"custom_id":%q,"component_type":2}}`, id, id, customID)
}

// customIDs returns the custom_id of every button in a JSON body.
func customIDs(t *testing.T, body []byte) []string {
	t.Helper()
	var v struct {
		Components []struct {
			Components []struct {
				CustomID string                `json:"custom_id"`
				Label    string                `json:"label"`
				Emoji    struct{ Name string } `json:"emoji"`
			} `json:"components"`
		} `json:"components"`
		Data *struct {
			Components []struct {
				Components []struct {
					CustomID string `json:"custom_id"`
				} `json:"components"`
			} `json:"components"`
		} `json:"data"`
	}
	if err := json.Unmarshal(body, &v); err != nil {
		t.Fatalf("%v: %s", err, body)
	}
	var ids []string
	for _, row := range v.Components {
		for _, b := range row.Components {
			ids = append(ids, b.CustomID)
		}
	}
	if v.Data != nil {
		for _, row := range v.Data.Components {
			for _, b := range row.Components {
				ids = append(ids, b.CustomID)
			}
		}
	}
	return ids
}

var medinskyKept = func() briefbot.Answer { a := medinsky; a.ID = "ans1"; return a }()

// TestVoteButtons: every way an answer reaches Discord (a mention reply,
// /ask inline, /ask deferred and edited) carries the buttons when the
// answer has an ID and the adapter a Voter; without a Voter there are none.
func TestVoteButtons(t *testing.T) {
	t.Parallel()
	f := newFakeDiscord(t)
	startAdapter(t, f, Config{Asker: fixedAsker{ans: medinskyKept}, Voter: &fakeVoter{}})
	want := "vote_up:ans1 vote_down:ans1"

	f.send("MESSAGE_CREATE", messageEvent("m1", "g1", "c1", "u1", false, "<@111> Who leads?", botUserID))
	c := f.next(t)
	if got := strings.Join(customIDs(t, c.Body), " "); c.Method != "POST" || got != want {
		t.Errorf("mention reply %s: buttons %q", c, got)
	}
	if !strings.Contains(string(c.Body), `"emoji":{"name":"👍"}`) || !strings.Contains(string(c.Body), `"label":"Wrong"`) {
		t.Errorf("buttons: %s", c.Body)
	}
	f.send("INTERACTION_CREATE", interactionEvent("i1", "c1", askOptions))
	if c := f.next(t); strings.Join(customIDs(t, c.Body), " ") != want {
		t.Errorf("/ask inline: %s", c)
	}

	slow := newGatedAsker()
	slow.ans = medinskyKept
	f2 := newFakeDiscord(t)
	startAdapter(t, f2, Config{Asker: slow, Voter: &fakeVoter{}}, func(a *Adapter) { a.inlineWait = 10 * time.Millisecond })
	f2.send("INTERACTION_CREATE", interactionEvent("i2", "c1", askOptions))
	slow.waitAsked(t)
	f2.next(t) // the deferral
	close(slow.release)
	if c := f2.next(t); c.Method != "PATCH" || strings.Join(customIDs(t, c.Body), " ") != want {
		t.Errorf("/ask edited: %s", c)
	}

	f3 := newFakeDiscord(t)
	startAdapter(t, f3, Config{Asker: fixedAsker{ans: medinskyKept}})
	f3.send("MESSAGE_CREATE", messageEvent("m1", "g1", "c1", "u1", false, "<@111> Who leads?", botUserID))
	if c := f3.next(t); len(customIDs(t, c.Body)) != 0 {
		t.Errorf("buttons without a Voter: %s", c)
	}
}

// TestClickAtEndpoint: a click (type 3) at the interactions endpoint is
// answered in the HTTP response, ephemerally; the vote goes to the Voter.
func TestClickAtEndpoint(t *testing.T) {
	tests := []struct {
		name     string
		customID string
		err      error
		wantVote string
		wantText string
	}{
		{"right", "vote_up:ans1", nil, "up", "Thanks, noted."},
		{"wrong", "vote_down:ans1", nil, "down", "Thanks, noted."},
		{"expired", "vote_up:ans1", briefbot.ErrUnknownAnswer, "up", "too old to rate"},
		{"disk full", "vote_up:ans1", errors.New("no space left on device"), "up", "couldn't record"},
		{"unknown button", "why:ans1", nil, "", staleButton},
		{"no custom ID", "", nil, "", staleButton},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			voter := &fakeVoter{err: tt.err}
			a, rec := newHTTPAdapter(t, fixedAsker{ans: medinsky}, nil)
			a.voter = voter
			w := httptest.NewRecorder()
			a.Handler().ServeHTTP(w, signedRequest(testKey, time.Now(), clickBody("i1", tt.customID)))
			var resp discordgo.InteractionResponse
			if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil || w.Code != 200 {
				t.Fatalf("%d %s", w.Code, w.Body)
			}
			if resp.Type != discordgo.InteractionResponseChannelMessageWithSource || resp.Data == nil ||
				resp.Data.Flags&discordgo.MessageFlagsEphemeral == 0 || !strings.Contains(resp.Data.Content, tt.wantText) {
				t.Errorf("response %s", w.Body)
			}
			if len(rec.calls) != 0 {
				t.Errorf("REST calls %v", rec.calls)
			}
			votes := voter.all()
			if tt.wantVote == "" {
				if len(votes) != 0 {
					t.Errorf("votes %+v", votes)
				}
				return
			}
			want := briefbot.Vote{AnswerID: "ans1", Up: tt.wantVote == "up", Origin: briefbot.Origin{Adapter: "discord", Channel: "c1", User: "u1"}}
			if len(votes) != 1 || votes[0] != want {
				t.Errorf("votes %+v, want %+v", votes, want)
			}
		})
	}
	// A forged click counts nothing.
	voter := &fakeVoter{}
	a, _ := newHTTPAdapter(t, fixedAsker{}, nil)
	a.voter = voter
	_, other, _ := ed25519.GenerateKey(nil)
	w := httptest.NewRecorder()
	a.Handler().ServeHTTP(w, signedRequest(other, time.Now(), clickBody("i1", "vote_up:ans1")))
	if w.Code != 401 || len(voter.all()) != 0 {
		t.Errorf("forged click: %d, votes %v", w.Code, voter.all())
	}
}

// TestClickOverGateway: a click that comes over the gateway is answered
// through the interaction callback, ephemerally.
func TestClickOverGateway(t *testing.T) {
	t.Parallel()
	f := newFakeDiscord(t)
	voter := &fakeVoter{}
	startAdapter(t, f, Config{Voter: voter})
	f.send("INTERACTION_CREATE", clickBody("i5", "vote_down:ans1"))
	c := f.next(t)
	if c.Method != "POST" || c.Path != "/api/v9/interactions/i5/tok-i5/callback" {
		t.Fatalf("call %s, want the interaction callback", c)
	}
	var resp discordgo.InteractionResponse
	c.decode(t, &resp)
	if resp.Type != discordgo.InteractionResponseChannelMessageWithSource || resp.Data.Content != briefbot.VoteNoted ||
		resp.Data.Flags&discordgo.MessageFlagsEphemeral == 0 {
		t.Errorf("response %s", c.Body)
	}
	want := briefbot.Vote{AnswerID: "ans1", Up: false, Origin: briefbot.Origin{Adapter: "discord", Channel: "c1", User: "u1"}}
	if v := voter.all(); len(v) != 1 || v[0] != want {
		t.Errorf("votes %+v", v)
	}
}
