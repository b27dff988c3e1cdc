package slack

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"briefbot"
	"briefbot/internal/logbuf"
)

func TestSlashCommand(t *testing.T) {
	tests := []struct {
		name     string
		channel  string
		text     string
		defVis   Visibility
		allowed  []string
		wantType string
		want     []string
		wantQ    string // question the Asker gets; "" for none
	}{
		{
			name: "question", text: "Who leads the Russian delegation?",
			wantType: "ephemeral",
			want:     []string{"*Vladimir Medinsky*", "> " + medinskySentence.Text, "paragraph 7"},
			wantQ:    "Who leads the Russian delegation?",
		},
		{
			name: "share", text: "share Who leads the Russian delegation?",
			wantType: "in_channel", want: []string{"*Vladimir Medinsky*"}, wantQ: "Who leads the Russian delegation?",
		},
		{
			name: "default in_channel", text: "Who leads the Russian delegation?", defVis: InChannel,
			wantType: "in_channel", want: []string{"*Vladimir Medinsky*"}, wantQ: "Who leads the Russian delegation?",
		},
		{name: "help", text: "help", wantType: "ephemeral", want: []string{"/ask &lt;question&gt;", "/ask share &lt;question&gt;", "Examples", "Who leads the Russian delegation?"}},
		{name: "empty", text: "  ", wantType: "ephemeral", want: []string{"/ask share &lt;question&gt;"}},
		{name: "share alone", text: "share", wantType: "ephemeral", want: []string{"Examples"}},
		{
			name: "allowed channel", text: "Who leads?", allowed: []string{"C0OTHER", testChannel},
			wantType: "ephemeral", want: []string{"*Vladimir Medinsky*"}, wantQ: "Who leads?",
		},
		{name: "channel not allowed", text: "Who leads?", allowed: []string{"C0OTHER"}, wantType: "ephemeral", want: []string{notAllowed[:20]}},
		{name: "direct message always allowed", channel: "D0DIRECT", text: "Who leads?", allowed: []string{"C0OTHER"}, wantType: "ephemeral", want: []string{"*Vladimir Medinsky*"}, wantQ: "Who leads?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakeSlack(t, nil)
			asker := newAsker(medinsky)
			a := newAdapter(f, asker, nil)
			a.DefaultVisibility = tt.defVis
			a.AllowedChannels = tt.allowed
			start(t, a)
			channel := tt.channel
			if channel == "" {
				channel = testChannel
			}
			w := serve(a, "/slack/commands", commandBodyIn(channel, tt.text, "http://127.0.0.1:1/unused"))
			if w.Code != http.StatusOK {
				t.Fatalf("status %d: %s", w.Code, w.Body)
			}
			if ct := w.Header().Get("Content-Type"); ct != "application/json" {
				t.Errorf("Content-Type %q", ct)
			}
			m := decodeReply(t, w.Body.Bytes())
			if m.ResponseType != tt.wantType {
				t.Errorf("response_type = %q, want %q", m.ResponseType, tt.wantType)
			}
			if m.Blocks == nil {
				t.Fatalf("no blocks: %s", w.Body)
			}
			wantContains(t, blockTexts(m.Blocks.BlockSet), tt.want...)
			qs := asker.questions()
			if tt.wantQ == "" {
				if len(qs) != 0 {
					t.Errorf("asked %v", qs)
				}
				return
			}
			// A user's slash commands in one channel are a conversation,
			// for a few minutes.
			want := briefbot.Question{Text: tt.wantQ, Conversation: "slack:ask:" + channel + ":" + testUser, FollowUpWithin: slashFollowUps,
				Origin: briefbot.Origin{Adapter: "slack", Channel: channel, User: testUser}}
			if len(qs) != 1 || qs[0] != want {
				t.Errorf("asked %+v, want %+v", qs, want)
			}
		})
	}
}

// TestSlashSlowAnswer: an answer not ready in time is acknowledged at once
// with "Looking that up…", and the answer takes its place through
// response_url: it replaces the placeholder when both are ephemeral, and
// when shared it is posted for everyone and the placeholder deleted. The
// asker ends up seeing the answer alone.
func TestSlashSlowAnswer(t *testing.T) {
	for _, share := range []bool{false, true} {
		name, text, wantType := "ephemeral", "Who leads the Russian delegation?", "ephemeral"
		if share {
			name, text, wantType = "share", "share "+text, "in_channel"
		}
		t.Run(name, func(t *testing.T) {
			view := newCommandView(t)
			f := newFakeSlack(t, nil)
			asker := newAsker(medinsky)
			asker.gate = make(chan struct{})
			a := newAdapter(f, asker, nil)
			a.inlineWait = 50 * time.Millisecond
			stop := start(t, a)

			w := serve(a, "/slack/commands", commandBody(text, view.url()))
			if w.Code != http.StatusOK {
				t.Fatalf("status %d", w.Code)
			}
			ack := decodeReply(t, w.Body.Bytes())
			if ack.ResponseType != "ephemeral" || ack.Text != lookingUpText {
				t.Errorf("ack = %+v, want ephemeral %q", ack, lookingUpText)
			}
			view.acked(ack)
			select {
			case m := <-view.posts:
				t.Fatalf("answer posted before it was ready: %+v", m)
			default:
			}
			close(asker.gate)
			stop() // waits for the delayed reply
			seen := view.visible()
			if len(seen) != 1 {
				t.Fatalf("the asker sees %d messages, want the answer alone: %+v", len(seen), seen)
			}
			m := seen[0]
			if m.ResponseType != wantType {
				t.Errorf("response_type = %q, want %q", m.ResponseType, wantType)
			}
			wantContains(t, blockTexts(m.Blocks.BlockSet), "*Vladimir Medinsky*", "> "+medinskySentence.Text)
			if m.UnfurlLinks == nil || *m.UnfurlLinks {
				t.Error("unfurl_links not false")
			}
		})
	}
}

// TestNotRunning: without Run nothing can be answered after the request ends;
// commands get a polite reply, events a 503 so that Slack retries.
func TestNotRunning(t *testing.T) {
	asker := newAsker(medinsky)
	a := &Adapter{BotToken: testBotToken, SigningSecret: testSecret, Asker: asker, Logger: quiet()}
	w := serve(a, "/slack/commands", commandBody("Who leads?", "http://127.0.0.1:1/x"))
	if m := decodeReply(t, w.Body.Bytes()); w.Code != http.StatusOK || m.Text != unavailable {
		t.Errorf("command: %d %s", w.Code, w.Body)
	}
	body := eventBody("Ev1", mention("<@UBOT> who?", "1.1", ""))
	if w := serve(a, "/slack/events", body); w.Code != http.StatusServiceUnavailable {
		t.Errorf("event: status %d", w.Code)
	}
	if a.seen.len() != 0 {
		t.Error("a refused event stays marked as seen, so Slack's retry would be dropped")
	}
	if w := serve(a, "/slack/commands", commandBody("help", "")); w.Code != http.StatusOK || !strings.Contains(w.Body.String(), "Examples") {
		t.Errorf("help needs no Run: %d %s", w.Code, w.Body)
	}
}

func TestURLVerification(t *testing.T) {
	a := &Adapter{BotToken: testBotToken, SigningSecret: testSecret, Asker: newAsker(medinsky), Logger: quiet()}
	body := []byte(`{"token":"Jhj5dZrVaK7ZwHHjRyZWjbDl","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}`)
	w := serve(a, "/slack/events", body)
	if w.Code != http.StatusOK || w.Body.String() != "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" {
		t.Errorf("got %d %q", w.Code, w.Body)
	}
	if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") {
		t.Errorf("Content-Type %q", ct)
	}
}

// TestMentionRetriedAnsweredOnce: Slack delivers an app_mention three times
// (the first and two retries); it is answered once, in its thread, through
// chat.postMessage on the fake API.
func TestMentionRetriedAnsweredOnce(t *testing.T) {
	tests := []struct {
		name, ts, threadTS, wantThread string
	}{
		{"top-level mention starts a thread", "1700000001.000200", "", "1700000001.000200"},
		{"mention in a thread answers there", "1700000009.000900", "1700000001.000200", "1700000001.000200"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakeSlack(t, nil)
			asker := newAsker(medinsky)
			a := newAdapter(f, asker, nil)
			stop := start(t, a)

			body := eventBody("Ev0MEDINSKY", mention("<@"+testBotUser+"> Who leads the Russian delegation?", tt.ts, tt.threadTS))
			for i, retry := range []string{"", "1", "2"} {
				var h []string
				if retry != "" {
					h = []string{"X-Slack-Retry-Num", retry, "X-Slack-Retry-Reason", "http_timeout"}
				}
				if w := serve(a, "/slack/events", body, h...); w.Code != http.StatusOK || w.Body.Len() != 0 {
					t.Fatalf("delivery %d: %d %q", i, w.Code, w.Body)
				}
			}
			post := receive(t, f.posted, "chat.postMessage")
			stop() // waits for in-flight answers, so a second post would be here by now
			if extra := len(f.posted); extra != 0 {
				t.Errorf("%d more posts", extra)
			}
			if got := post.Get("channel"); got != testChannel {
				t.Errorf("channel = %q", got)
			}
			if got := post.Get("thread_ts"); got != tt.wantThread {
				t.Errorf("thread_ts = %q, want %q", got, tt.wantThread)
			}
			wantContains(t, blockTexts(postedBlocks(t, post)), "*Vladimir Medinsky*", "> "+medinskySentence.Text)
			if !strings.Contains(post.Get("text"), "Vladimir Medinsky") {
				t.Errorf("fallback text = %q", post.Get("text"))
			}
			checkPostSafe(t, post)
			if qs := asker.questions(); len(qs) != 1 || qs[0].Text != "Who leads the Russian delegation?" {
				t.Errorf("asked %+v", qs)
			}
		})
	}
}

// checkPostSafe asserts the options that keep a post from pinging or
// unfurling.
func checkPostSafe(t *testing.T, post url.Values) {
	t.Helper()
	if post.Has("link_names") || post.Get("parse") == "full" {
		t.Errorf("link_names=%q parse=%q", post.Get("link_names"), post.Get("parse"))
	}
	if post.Get("unfurl_links") != "false" || post.Get("unfurl_media") != "false" {
		t.Errorf("unfurl_links=%q unfurl_media=%q", post.Get("unfurl_links"), post.Get("unfurl_media"))
	}
}

func TestDirectMessageAnswered(t *testing.T) {
	f := newFakeSlack(t, nil)
	asker := newAsker(medinsky)
	a := newAdapter(f, asker, nil)
	a.AllowedChannels = []string{"C0OTHER"} // DMs are allowed regardless
	start(t, a)

	if w := serve(a, "/slack/events", eventBody("Ev1", directMessage("who leads the russian team?", "1700000002.000100"))); w.Code != http.StatusOK {
		t.Fatalf("status %d", w.Code)
	}
	post := receive(t, f.posted, "chat.postMessage")
	if post.Get("channel") != "D0DIRECT" || post.Get("thread_ts") != "" {
		t.Errorf("posted to %q thread %q, want the DM itself", post.Get("channel"), post.Get("thread_ts"))
	}
	wantContains(t, blockTexts(postedBlocks(t, post)), "*Vladimir Medinsky*")
	checkPostSafe(t, post)
	want := briefbot.Origin{Adapter: "slack", Channel: "D0DIRECT", User: testUser}
	if qs := asker.questions(); len(qs) != 1 || qs[0].Origin != want {
		t.Errorf("asked %+v", qs)
	}
}

// TestIgnoredEvents: the bot never answers itself, other bots, edits and
// other message subtypes, or channel messages that aren't mentions.
func TestIgnoredEvents(t *testing.T) {
	dm := func(change func(m map[string]any)) map[string]any {
		m := directMessage("who leads?", "1700000003.000100")
		change(m)
		return m
	}
	tests := []struct {
		name  string
		inner map[string]any
	}{
		{"own DM reply", dm(func(m map[string]any) { m["user"] = testBotUser })},
		{"message with bot_id", dm(func(m map[string]any) { m["bot_id"] = "B2" })},
		{"bot_message subtype", dm(func(m map[string]any) { m["subtype"] = "bot_message"; delete(m, "user") })},
		{"message_changed", dm(func(m map[string]any) {
			m["subtype"] = "message_changed"
			m["message"] = map[string]any{"type": "message", "user": testUser, "text": "who leads?", "ts": "1700000003.000100"}
		})},
		{"message_deleted", dm(func(m map[string]any) { m["subtype"] = "message_deleted" })},
		{"channel message", dm(func(m map[string]any) { m["channel_type"] = "channel"; m["channel"] = testChannel })},
		{"other bot mentions us", func() map[string]any {
			m := mention("<@"+testBotUser+"> who leads?", "1700000004.000100", "")
			m["bot_id"] = "B2"
			return m
		}()},
		{"mention by ourselves", mention("<@"+testBotUser+"> who leads?", "1700000005.000100", "")},
		{"reaction_added", map[string]any{"type": "reaction_added", "user": testUser, "reaction": "eyes", "item": map[string]any{"type": "message", "channel": testChannel, "ts": "1.1"}, "event_ts": "1.2"}},
		{"unknown event type", map[string]any{"type": "brand_new_event", "user": testUser}},
	}
	tests[7].inner["user"] = testBotUser
	f := newFakeSlack(t, nil)
	asker := newAsker(medinsky)
	a := newAdapter(f, asker, nil)
	stop := start(t, a)
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if w := serve(a, "/slack/events", eventBody("EvIgnored"+string(rune('A'+i)), tt.inner)); w.Code != http.StatusOK {
				t.Errorf("status %d: %s", w.Code, w.Body)
			}
		})
	}
	stop()
	if len(f.posted) != 0 || len(f.ephemeral) != 0 {
		t.Errorf("posted %d messages", len(f.posted)+len(f.ephemeral))
	}
	if qs := asker.questions(); len(qs) != 0 {
		t.Errorf("asked %+v", qs)
	}
}

// TestMentionAndDMOfOneMessage: a DM that mentions the bot can arrive as
// app_mention and message.im, with different event IDs; one answer.
func TestMentionAndDMOfOneMessage(t *testing.T) {
	f := newFakeSlack(t, nil)
	asker := newAsker(medinsky)
	a := newAdapter(f, asker, nil)
	stop := start(t, a)
	m := mention("<@"+testBotUser+"> who leads?", "1700000006.000100", "")
	m["channel"] = "D0DIRECT"
	d := directMessage("<@"+testBotUser+"> who leads?", "1700000006.000100")
	serve(a, "/slack/events", eventBody("EvMention", m))
	serve(a, "/slack/events", eventBody("EvDM", d))
	receive(t, f.posted, "chat.postMessage")
	stop()
	if n := len(f.posted); n != 0 {
		t.Errorf("%d extra posts", n)
	}
}

func TestMentionHelpAndRefusal(t *testing.T) {
	f := newFakeSlack(t, nil)
	asker := newAsker(medinsky)
	a := newAdapter(f, asker, nil)
	a.AllowedChannels = []string{testChannel}
	start(t, a)

	serve(a, "/slack/events", eventBody("Ev1", mention("<@"+testBotUser+">", "1700000007.000100", "")))
	post := receive(t, f.posted, "help post")
	wantContains(t, blockTexts(postedBlocks(t, post)), "/ask &lt;question&gt;", "<@"+testBotUser+"> who is Medinsky?")
	if post.Get("thread_ts") != "1700000007.000100" {
		t.Errorf("help not in thread: %q", post.Get("thread_ts"))
	}

	m := mention("<@"+testBotUser+"> who leads?", "1700000008.000100", "")
	m["channel"] = "C0ELSEWHERE"
	serve(a, "/slack/events", eventBody("Ev2", m))
	eph := receive(t, f.ephemeral, "chat.postEphemeral")
	if eph.Get("channel") != "C0ELSEWHERE" || eph.Get("user") != testUser || !strings.Contains(eph.Get("text"), "not set up to answer in this channel") {
		t.Errorf("refusal = %v", eph)
	}
	if qs := asker.questions(); len(qs) != 0 {
		t.Errorf("asked %+v", qs)
	}
}

// TestShutdownFinishesAnswers: when Run's context ends, an answer in flight
// is still delivered, and Run returns only after that.
func TestShutdownFinishesAnswers(t *testing.T) {
	f := newFakeSlack(t, nil)
	asker := newAsker(medinsky)
	asker.gate = make(chan struct{})
	a := newAdapter(f, asker, nil)
	stop := start(t, a)

	serve(a, "/slack/events", eventBody("Ev1", mention("<@"+testBotUser+"> who leads?", "1700000010.000100", "")))
	receive(t, asker.calls, "Ask")
	stopped := make(chan struct{})
	go func() { stop(); close(stopped) }()
	waitFor(t, "not ready", func() bool { return !a.Ready() })
	select {
	case <-stopped:
		t.Fatal("Run returned with an answer in flight")
	case <-time.After(50 * time.Millisecond):
	}
	// New work is refused while draining.
	if w := serve(a, "/slack/events", eventBody("Ev2", mention("<@"+testBotUser+"> who?", "1700000011.000100", ""))); w.Code != http.StatusServiceUnavailable {
		t.Errorf("event while stopping: %d", w.Code)
	}
	close(asker.gate)
	receive(t, stopped, "Run to return")
	post := receive(t, f.posted, "the in-flight answer")
	wantContains(t, blockTexts(postedBlocks(t, post)), "*Vladimir Medinsky*")
}

func TestReady(t *testing.T) {
	f := newFakeSlack(t, nil)
	a := newAdapter(f, newAsker(medinsky), nil)
	if a.Ready() || a.NotReady() != "not running" {
		t.Errorf("before Run: ready %v, NotReady %q", a.Ready(), a.NotReady())
	}
	stop := start(t, a) // waits for Ready
	if a.NotReady() != "" {
		t.Errorf("ready, but NotReady = %q", a.NotReady())
	}
	stop()
	if a.Ready() {
		t.Error("ready after Run returned")
	}

	f2 := newFakeSlack(t, nil)
	f2.authFailed = true
	var logs logbuf.Buffer
	b := newAdapter(f2, newAsker(medinsky), &logs)
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error)
	go func() { done <- b.Run(ctx) }()
	waitFor(t, "auth failure logged", func() bool { return strings.Contains(logs.String(), "invalid_auth") })
	if b.Ready() || b.NotReady() != "not authenticated (auth.test)" {
		t.Errorf("auth.test failing: ready %v, NotReady %q", b.Ready(), b.NotReady())
	}
	cancel()
	if err := <-done; err != nil {
		t.Error(err)
	}
}

func TestRunConfigErrors(t *testing.T) {
	asker := newAsker(medinsky)
	tests := []struct {
		name string
		a    *Adapter
		want string
	}{
		{"no bot token", &Adapter{SigningSecret: testSecret, Asker: asker}, "bot token is not set"},
		{"no asker", &Adapter{BotToken: testBotToken, SigningSecret: testSecret}, "no Asker"},
		{"no way in", &Adapter{BotToken: testBotToken, Asker: asker}, "neither a signing secret"},
		{"bot token as app token", &Adapter{BotToken: testBotToken, AppToken: testBotToken, Asker: asker}, "not an app-level token"},
		{"bad visibility", &Adapter{BotToken: testBotToken, SigningSecret: testSecret, Asker: asker, DefaultVisibility: "public"}, `visibility "public"`},
		{"bad API URL", &Adapter{BotToken: testBotToken, SigningSecret: testSecret, Asker: asker, APIURL: "slack.com/api"}, "API URL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.a.Run(t.Context())
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Run = %v, want %q", err, tt.want)
			}
			for _, secret := range []string{testSecret, testBotToken, testAppToken} {
				if strings.Contains(err.Error(), secret) {
					t.Errorf("error leaks a secret: %v", err)
				}
			}
		})
	}
}

func TestParseVisibility(t *testing.T) {
	for in, want := range map[string]Visibility{"": Ephemeral, "ephemeral": Ephemeral, " in_channel ": InChannel} {
		if got, err := ParseVisibility(in); err != nil || got != want {
			t.Errorf("ParseVisibility(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := ParseVisibility("public"); err == nil {
		t.Error("ParseVisibility(public) succeeded")
	}
}

// TestSecretsNotLogged drives the paths that log, including failures, with
// debug logging on, and looks for tokens, the secret and the response_url.
func TestSecretsNotLogged(t *testing.T) {
	f := newFakeSlack(t, nil)
	asker := newAsker(medinsky)
	asker.gate = make(chan struct{})
	var logs logbuf.Buffer
	a := newAdapter(f, asker, &logs)
	a.AppToken = "" // HTTP mode here; Socket Mode is checked in its own test
	a.inlineWait = 20 * time.Millisecond
	stop := start(t, a)

	dead := httptest.NewServer(http.NotFoundHandler())
	hook := dead.URL + "/commands/T1/397700885554/HOOKSECRET96rGlf"
	dead.Close() // the delayed reply will fail to connect
	serve(a, "/slack/commands", commandBody("Who leads?", hook))
	serve(a, "/slack/events", eventBody("Ev1", mention("<@"+testBotUser+"> who?", "1.1", "")))
	r := signedRequest("/slack/events", "wrong-secret", time.Now(), []byte(`{}`))
	a.Handler().ServeHTTP(httptest.NewRecorder(), r)
	close(asker.gate)
	receive(t, f.posted, "answer")
	stop()

	got := logs.String()
	if !strings.Contains(got, "delayed reply failed") || !strings.Contains(got, "rejected request") {
		t.Fatalf("expected failures not logged:\n%s", got)
	}
	for _, secret := range []string{testSecret, testBotToken, "HOOKSECRET", "397700885554"} {
		if strings.Contains(got, secret) {
			t.Errorf("log contains %q:\n%s", secret, got)
		}
	}
}

type panickingAsker struct{}

func (panickingAsker) Ask(context.Context, briefbot.Question) (briefbot.Answer, error) {
	panic("index exploded")
}

// TestAskerPanics: the user still hears back and the bot keeps running.
func TestAskerPanics(t *testing.T) {
	f := newFakeSlack(t, nil)
	var logs logbuf.Buffer
	a := newAdapter(f, panickingAsker{}, &logs)
	start(t, a)
	serve(a, "/slack/events", eventBody("Ev1", directMessage("who?", "1.1")))
	post := receive(t, f.posted, "apology")
	wantContains(t, blockTexts(postedBlocks(t, post)), "Sorry, something went wrong")
	if w := serve(a, "/slack/commands", commandBody("who?", "")); !strings.Contains(w.Body.String(), "Sorry, something went wrong") {
		t.Errorf("command: %s", w.Body)
	}
	if !strings.Contains(logs.String(), "index exploded") {
		t.Error("panic not logged")
	}
}

// TestPostedAnswerInert: the article sentence reaches chat.postMessage with
// its <!channel> escaped and nothing that would make "@here" a ping.
func TestPostedAnswerInert(t *testing.T) {
	f := newFakeSlack(t, nil)
	s := medinskySentence
	s.Text = "Organisers wrote <!channel> and @here: Medinsky leads, see <http://evil.example|details>."
	a := newAdapter(f, newAsker(briefbot.Answer{Text: "Medinsky", Evidence: []briefbot.Sentence{s}}), nil)
	start(t, a)
	serve(a, "/slack/events", eventBody("Ev1", directMessage("who leads?", "1.1")))
	post := receive(t, f.posted, "chat.postMessage")
	// Decoded, so that JSON's \u003c cannot hide a raw '<'.
	for _, v := range append(blockTexts(postedBlocks(t, post)), post.Get("text")) {
		if strings.Contains(v, "<!channel>") || strings.Contains(v, "<http://evil") {
			t.Errorf("not escaped: %s", v)
		}
	}
	wantContains(t, blockTexts(postedBlocks(t, post)), "&lt;!channel&gt; and @here", "&lt;http://evil.example|details&gt;")
	checkPostSafe(t, post)
}
