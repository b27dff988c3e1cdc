package discord

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"briefbot"

	"github.com/bwmarrin/discordgo"
)

// These tests drive the real discordgo Session against the fake Discord in
// fake_test.go. Each closes its gateway on exit, and discordgo's Close waits
// a second for the server, so they run in parallel.

// TestGatewayStart checks what Run sends when it starts: the IDENTIFY
// (intents, token, shard pair) and the /ask registration (bulk overwrite, to
// the guild when one is set, by shard 0 only).
func TestGatewayStart(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		cfg       Config
		wantShard *[2]int
		wantPath  string // "" for no registration
	}{
		{name: "global", wantPath: "/api/v9/applications/app1/commands"},
		{name: "guild", cfg: Config{GuildID: "g1", ShardCount: 1}, wantPath: "/api/v9/applications/app1/guilds/g1/commands"},
		{name: "configured application ID", cfg: Config{ApplicationID: "app9", GuildID: "g1"}, wantPath: "/api/v9/applications/app9/guilds/g1/commands"},
		{name: "shard 0 of 2", cfg: Config{ShardID: 0, ShardCount: 2}, wantShard: &[2]int{0, 2}, wantPath: "/api/v9/applications/app1/commands"},
		{name: "shard 2 of 3", cfg: Config{ShardID: 2, ShardCount: 3}, wantShard: &[2]int{2, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f := newFakeDiscord(t)
			r, reg := startAdapter(t, f, tt.cfg)

			id := f.nextIdentify(t)
			if want := 1<<9 | 1<<12; id.Intents != want || want != 4608 {
				t.Errorf("intents = %d, want %d (GuildMessages|DirectMessages)", id.Intents, want)
			}
			if id.Token != "Bot test-token" {
				t.Errorf("identify token is not the bot token with its prefix")
			}
			if fmt.Sprint(id.Shard) != fmt.Sprint(tt.wantShard) {
				t.Errorf("shard = %v, want %v", id.Shard, tt.wantShard)
			}

			if tt.wantPath == "" {
				if err := r.stop(t); err != nil {
					t.Fatalf("Run: %v", err)
				}
				f.noMoreCalls(t)
				return
			}
			if reg.Method != "PUT" || reg.Path != tt.wantPath {
				t.Fatalf("registration = %s %s, want a bulk overwrite PUT %s", reg.Method, reg.Path, tt.wantPath)
			}
			var cmds []struct {
				Name    string `json:"name"`
				Options []struct {
					Name     string `json:"name"`
					Type     int    `json:"type"`
					Required bool   `json:"required"`
				} `json:"options"`
			}
			reg.decode(t, &cmds)
			got, _ := json.Marshal(cmds)
			want := `[{"name":"ask","options":[{"name":"question","type":3,"required":true},{"name":"share","type":5,"required":false}]}]`
			if string(got) != want {
				t.Errorf("commands = %s\nwant %s", got, want)
			}
		})
	}
}

// message builds a MESSAGE_CREATE payload.
func messageEvent(id, guild, channel, author string, bot bool, content string, mentioned ...string) string {
	var ms []map[string]any
	for _, m := range mentioned {
		ms = append(ms, map[string]any{"id": m, "username": "u" + m})
	}
	b, _ := json.Marshal(map[string]any{
		"id": id, "type": 0, "guild_id": guild, "channel_id": channel, "content": content,
		"author":   map[string]any{"id": author, "username": "u" + author, "bot": bot},
		"mentions": ms,
	})
	return string(b)
}

// TestMessages sends mentions, DMs and messages to ignore through one
// gateway session, then counts the replies.
func TestMessages(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		event    string
		wantText string // the question the Asker gets; "" when not asked
		wantIn   string // in the reply; "" for no reply
	}{
		{"mention", messageEvent("m1", "g1", "c1", "u1", false, "<@111> Who leads the Russian delegation?", botUserID), "Who leads the Russian delegation?", "**Vladimir Medinsky**"},
		{"nickname mention", messageEvent("m2", "g1", "c1", "u1", false, "<@!111>   who is Medinsky", botUserID), "who is Medinsky", "**Vladimir Medinsky**"},
		{"DM without mention", messageEvent("m3", "", "dm1", "u2", false, "Who leads the Russian delegation?"), "Who leads the Russian delegation?", "**Vladimir Medinsky**"},
		{"mention only", messageEvent("m4", "g1", "c1", "u1", false, "<@111>", botUserID), "", usageGateway},
		{"help", messageEvent("m5", "", "dm1", "u2", false, "help"), "", usageGateway},
		{"asker fails", messageEvent("m6", "", "dm1", "u2", false, "explode"), "explode", briefbot.UserMessage(errors.New("x"))},
		{"no mention in guild", messageEvent("n1", "g1", "c1", "u1", false, "Who leads the Russian delegation?"), "", ""},
		{"mentions someone else", messageEvent("n2", "g1", "c1", "u1", false, "<@222> who?", "222"), "", ""},
		{"other bot mentions us", messageEvent("n3", "g1", "c1", "u9", true, "<@111> who?", botUserID), "", ""},
		{"our own message", messageEvent("n4", "g1", "c1", botUserID, true, "<@111> who?", botUserID), "", ""},
		{"bot DM", messageEvent("n5", "", "dm1", "u9", true, "who?"), "", ""},
		{"channel not allowed", messageEvent("n6", "g1", "c2", "u1", false, "<@111> who?", botUserID), "", ""},
	}
	f := newFakeDiscord(t)
	asker := &recordingAsker{
		ans:    medinsky,
		errFor: map[string]error{"explode": errors.New("index exploded")},
		asked:  make(chan briefbot.Question, len(tests)+1),
	}
	r, _ := startAdapter(t, f, Config{Asker: asker, AllowedChannels: []string{"c1"}})

	wantReply := map[string]string{} // message ID -> text in the reply
	wantAsked := map[string]bool{}
	for _, tt := range tests {
		f.send("MESSAGE_CREATE", tt.event)
		var m struct{ ID string }
		json.Unmarshal([]byte(tt.event), &m)
		if tt.wantIn != "" {
			wantReply[m.ID] = tt.wantIn
		}
		if tt.wantText != "" {
			wantAsked[tt.wantText] = true
		}
	}
	// A last DM proves every message before it went through the handler;
	// stopping Run then waits for every answer started, so any reply that
	// should not exist has been sent by the time we count.
	f.send("MESSAGE_CREATE", messageEvent("last", "", "dm1", "u2", false, "last?"))
	wantReply["last"], wantAsked["last?"] = "Medinsky", true
	for {
		c := f.next(t)
		f.calls <- c // keep it for the count below
		if strings.Contains(string(c.Body), `"message_id":"last"`) {
			break
		}
	}
	if err := r.stop(t); err != nil {
		t.Fatalf("Run: %v", err)
	}
	close(f.calls)
	got := map[string]int{}
	for c := range f.calls {
		if c.Method != "POST" || !strings.HasPrefix(c.Path, "/api/v9/channels/") || !strings.HasSuffix(c.Path, "/messages") {
			t.Errorf("unexpected call %s", c)
			continue
		}
		var msg struct {
			Content         string `json:"content"`
			Flags           int    `json:"flags"`
			AllowedMentions struct {
				Parse []string `json:"parse"`
			} `json:"allowed_mentions"`
			Reference struct {
				MessageID string `json:"message_id"`
			} `json:"message_reference"`
		}
		c.decode(t, &msg)
		id := msg.Reference.MessageID
		got[id]++
		if !bytes.Contains(c.Body, []byte(`"parse":[]`)) || msg.AllowedMentions.Parse == nil {
			t.Errorf("reply to %s: allowed_mentions.parse is not [] in %s", id, c.Body)
		}
		if msg.Flags&int(discordgo.MessageFlagsSuppressEmbeds) == 0 {
			t.Errorf("reply to %s: embeds not suppressed (flags %d)", id, msg.Flags)
		}
		if want, ok := wantReply[id]; ok && !strings.Contains(msg.Content, want) {
			t.Errorf("reply to %s = %q, want it to contain %q", id, msg.Content, want)
		}
	}
	for id := range wantReply {
		if got[id] != 1 {
			t.Errorf("message %s got %d replies, want exactly 1", id, got[id])
		}
	}
	for id, n := range got {
		if _, ok := wantReply[id]; !ok {
			t.Errorf("message %s got %d replies, want none", id, n)
		}
	}

	close(asker.asked)
	asked := map[string]bool{}
	for q := range asker.asked {
		asked[q.Text] = true
		if q.Origin.Adapter != "discord" || q.Origin.Channel == "" || q.Origin.User == "" {
			t.Errorf("question %q has origin %+v", q.Text, q.Origin)
		}
	}
	if fmt.Sprint(asked) != fmt.Sprint(wantAsked) {
		t.Errorf("the Asker got %v, want %v", asked, wantAsked)
	}

	logs := r.logs.String()
	if !strings.Contains(logs, "index exploded") {
		t.Errorf("the error detail is not in the log:\n%s", logs)
	}
	if strings.Contains(logs, "test-token") {
		t.Errorf("the token is in the log:\n%s", logs)
	}
}

// recordingAsker answers at once and records each question.
type recordingAsker struct {
	ans    briefbot.Answer
	errFor map[string]error // by question text
	asked  chan briefbot.Question
}

func (r *recordingAsker) Ask(_ context.Context, q briefbot.Question) (briefbot.Answer, error) {
	r.asked <- q
	if err := r.errFor[q.Text]; err != nil {
		return briefbot.Answer{}, err
	}
	return r.ans, nil
}

func interactionEvent(id, channel string, options string) string {
	return fmt.Sprintf(`{"id":%q,"application_id":"app1","type":2,"token":"tok-%s","guild_id":"g1","channel_id":%q,
		"member":{"user":{"id":"u1","username":"alice"}},
		"data":{"id":"cmd1","name":"ask","type":1,"options":%s}}`, id, id, channel, options)
}

const askOptions = `[{"name":"question","type":3,"value":"Who leads the Russian delegation?"}]`

func TestSlashCommand(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		public    bool // Config.Public
		options   string
		wantFlags int
		wantIn    string
	}{
		{"ephemeral by default", false, askOptions, 64 | 4, "**Vladimir Medinsky**"},
		{"share", false, `[{"name":"question","type":3,"value":"Who?"},{"name":"share","type":5,"value":true}]`, 4, "**Vladimir Medinsky**"},
		{"help", false, `[{"name":"question","type":3,"value":"help"}]`, 64 | 4, usageGateway},
		{"public by config", true, askOptions, 4, "**Vladimir Medinsky**"},
		{"public by config, share false", true, `[{"name":"question","type":3,"value":"Who?"},{"name":"share","type":5,"value":false}]`, 64 | 4, "**Vladimir Medinsky**"},
	}
	// One gateway session per configuration; the cases take turns on it.
	for _, public := range []bool{false, true} {
		t.Run(fmt.Sprintf("public=%v", public), func(t *testing.T) {
			t.Parallel()
			f := newFakeDiscord(t)
			startAdapter(t, f, Config{Public: public})
			for n, tt := range tests {
				if tt.public != public {
					continue
				}
				t.Run(tt.name, func(t *testing.T) {
					id := fmt.Sprintf("i%d", n)
					f.send("INTERACTION_CREATE", interactionEvent(id, "c1", tt.options))
					c := f.next(t)
					if c.Method != "POST" || c.Path != "/api/v9/interactions/"+id+"/tok-"+id+"/callback" {
						t.Fatalf("call = %s, want the interaction callback", c)
					}
					var resp discordgo.InteractionResponse
					c.decode(t, &resp)
					if resp.Type != discordgo.InteractionResponseChannelMessageWithSource {
						t.Errorf("response type = %d, want 4", resp.Type)
					}
					if resp.Data == nil || !strings.Contains(resp.Data.Content, tt.wantIn) {
						t.Fatalf("response data = %+v, want it to contain %q", resp.Data, tt.wantIn)
					}
					if int(resp.Data.Flags) != tt.wantFlags {
						t.Errorf("flags = %d, want %d", resp.Data.Flags, tt.wantFlags)
					}
					if !bytes.Contains(c.Body, []byte(`"parse":[]`)) {
						t.Errorf("allowed_mentions.parse is not [] in %s", c.Body)
					}
				})
			}
		})
	}
}

func TestSlashCommandSlowAnswerIsDeferredThenEdited(t *testing.T) {
	t.Parallel()
	f := newFakeDiscord(t)
	asker := newGatedAsker()
	startAdapter(t, f, Config{Asker: asker}, func(a *Adapter) { a.inlineWait = 10 * time.Millisecond })
	f.send("INTERACTION_CREATE", interactionEvent("i1", "c1", askOptions))
	q := asker.waitAsked(t)
	if q.Text != "Who leads the Russian delegation?" || q.Origin != (briefbot.Origin{Adapter: "discord", Channel: "c1", User: "u1"}) {
		t.Errorf("question = %+v", q)
	}

	c := f.next(t)
	var resp discordgo.InteractionResponse
	c.decode(t, &resp)
	if c.Path != "/api/v9/interactions/i1/tok-i1/callback" || resp.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource {
		t.Fatalf("first call = %s, want a type 5 callback", c)
	}
	if resp.Data == nil || resp.Data.Flags&discordgo.MessageFlagsEphemeral == 0 {
		t.Errorf("deferral is not ephemeral: %s", c.Body)
	}

	close(asker.release)
	c = f.next(t)
	if c.Method != "PATCH" || c.Path != "/api/v9/webhooks/app1/tok-i1/messages/@original" {
		t.Fatalf("second call = %s, want PATCH of @original", c)
	}
	var edit struct {
		Content string `json:"content"`
	}
	c.decode(t, &edit)
	if !strings.Contains(edit.Content, "**Vladimir Medinsky**") || !bytes.Contains(c.Body, []byte(`"parse":[]`)) {
		t.Errorf("edit = %s", c.Body)
	}
}

func TestShutdownFinishesAnswerInFlight(t *testing.T) {
	t.Parallel()
	f := newFakeDiscord(t)
	asker := newGatedAsker()
	r, _ := startAdapter(t, f, Config{Asker: asker})
	f.send("MESSAGE_CREATE", messageEvent("m1", "", "dm1", "u1", false, "Who?"))
	asker.waitAsked(t)

	stopped := make(chan error, 1)
	go func() { stopped <- r.stop(t) }()
	waitUntil(t, "shutdown to start", func() bool { return !r.Ready() })
	close(asker.release) // the answer arrives during shutdown
	c := f.next(t)
	if !strings.Contains(string(c.Body), `"message_id":"m1"`) {
		t.Errorf("call = %s, want the reply to m1", c)
	}
	if err := <-stopped; err != nil {
		t.Errorf("Run = %v, want nil", err)
	}
	select {
	case code := <-f.closed:
		if code != 1000 {
			t.Errorf("gateway close code = %d, want 1000", code)
		}
	case <-time.After(waitLimit):
		t.Error("the gateway saw no close frame")
	}
}

func TestShutdownCancelsAnswerAfterTimeout(t *testing.T) {
	t.Parallel()
	f := newFakeDiscord(t)
	asker := newGatedAsker() // never released
	r, _ := startAdapter(t, f, Config{Asker: asker, ShutdownTimeout: 20 * time.Millisecond})
	f.send("MESSAGE_CREATE", messageEvent("m1", "", "dm1", "u1", false, "Who?"))
	asker.waitAsked(t)
	if err := r.stop(t); err != nil {
		t.Errorf("Run = %v, want nil", err)
	}
}

// TestReplyToDeletedQuestion: the asker deletes the question before the
// answer is ready; the answer is still posted (as Discord does it for a
// reference that doesn't insist on the message existing).
func TestReplyToDeletedQuestion(t *testing.T) {
	t.Parallel()
	f := newFakeDiscord(t)
	asker := newGatedAsker()
	r, _ := startAdapter(t, f, Config{Asker: asker})
	f.send("MESSAGE_CREATE", messageEvent("m1", "g1", "c1", "u1", false, "<@111> Who?", botUserID))
	asker.waitAsked(t)
	f.deleteMessage("m1")
	close(asker.release)
	c := f.next(t)
	var msg struct {
		Content   string `json:"content"`
		Reference struct {
			MessageID       string `json:"message_id"`
			FailIfNotExists *bool  `json:"fail_if_not_exists"`
		} `json:"message_reference"`
	}
	c.decode(t, &msg)
	if msg.Reference.MessageID != "m1" || msg.Reference.FailIfNotExists == nil || *msg.Reference.FailIfNotExists {
		t.Errorf("reply = %s, want a reference to m1 with fail_if_not_exists false", c.Body)
	}
	if err := r.stop(t); err != nil {
		t.Fatal(err)
	}
	if logs := r.logs.String(); strings.Contains(logs, "send reply") {
		t.Errorf("the answer was refused:\n%s", logs)
	}
}
