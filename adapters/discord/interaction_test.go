package discord

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"briefbot"

	"github.com/bwmarrin/discordgo"
)

// testKey is a fixed key pair so failures reproduce.
var testKey = ed25519.NewKeyFromSeed(bytes.Repeat([]byte{7}, ed25519.SeedSize))

func testPublicKey() string { return hex.EncodeToString(testKey.Public().(ed25519.PublicKey)) }

// newHTTPAdapter builds an Adapter for the interactions endpoint only: no
// token, REST calls recorded by a recordAPI unless a fake Discord is given.
func newHTTPAdapter(t *testing.T, asker Asker, f *fakeDiscord) (*Adapter, *recordAPI) {
	t.Helper()
	logger, _ := testLogger(t)
	cfg := Config{PublicKey: testPublicKey(), Asker: asker, Logger: logger}
	if f != nil {
		cfg.APIURL, cfg.HTTPClient = f.apiURL(), f.client()
	}
	a, err := New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	rec := &recordAPI{}
	if f == nil {
		a.api = rec
	}
	return a, rec
}

// signedRequest is a request to the interactions endpoint signed with key
// at time ts.
func signedRequest(key ed25519.PrivateKey, ts time.Time, body string) *http.Request {
	r := httptest.NewRequest("POST", "/discord/interactions", strings.NewReader(body))
	stamp := strconv.FormatInt(ts.Unix(), 10)
	r.Header.Set("X-Signature-Timestamp", stamp)
	r.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(key, []byte(stamp+body))))
	return r
}

const pingBody = `{"id":"p1","application_id":"app1","type":1,"token":"tok","version":1}`

func TestInteractionsEndpoint(t *testing.T) {
	_, otherKey, _ := ed25519.GenerateKey(nil)
	now := time.Now()
	tests := []struct {
		name       string
		req        func() *http.Request
		wantStatus int
		wantBody   string // exact, when set
	}{
		{"ping", func() *http.Request { return signedRequest(testKey, now, pingBody) }, 200, `{"type":1}`},
		{"ping, clock 4 minutes off", func() *http.Request { return signedRequest(testKey, now.Add(-4*time.Minute), pingBody) }, 200, `{"type":1}`},
		{"wrong key", func() *http.Request { return signedRequest(otherKey, now, pingBody) }, 401, ""},
		{"stale timestamp", func() *http.Request { return signedRequest(testKey, now.Add(-6*time.Minute), pingBody) }, 401, ""},
		{"future timestamp", func() *http.Request { return signedRequest(testKey, now.Add(6*time.Minute), pingBody) }, 401, ""},
		{"changed body", func() *http.Request {
			r := signedRequest(testKey, now, pingBody)
			r.Body = io.NopCloser(strings.NewReader(strings.Replace(pingBody, "p1", "p2", 1)))
			return r
		}, 401, ""},
		{"changed timestamp", func() *http.Request {
			r := signedRequest(testKey, now, pingBody)
			r.Header.Set("X-Signature-Timestamp", strconv.FormatInt(now.Unix()+1, 10))
			return r
		}, 401, ""},
		{"no signature", func() *http.Request {
			r := signedRequest(testKey, now, pingBody)
			r.Header.Del("X-Signature-Ed25519")
			return r
		}, 401, ""},
		{"no timestamp", func() *http.Request {
			r := signedRequest(testKey, now, pingBody)
			r.Header.Del("X-Signature-Timestamp")
			return r
		}, 401, ""},
		{"signature not hex", func() *http.Request {
			r := signedRequest(testKey, now, pingBody)
			r.Header.Set("X-Signature-Ed25519", "zz")
			return r
		}, 401, ""},
		{"too large", func() *http.Request {
			return signedRequest(testKey, now, `{"pad":"`+strings.Repeat("x", maxBodyBytes)+`"}`)
		}, 413, ""},
		{"signed, not JSON", func() *http.Request { return signedRequest(testKey, now, `{`) }, 400, ""},
		{"signed, unsupported type", func() *http.Request { return signedRequest(testKey, now, `{"type":5,"data":{}}`) }, 400, ""},
		{"GET", func() *http.Request { return httptest.NewRequest("GET", "/discord/interactions", nil) }, 405, ""},
		{"other path", func() *http.Request { return httptest.NewRequest("POST", "/discord/other", nil) }, 404, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, rec := newHTTPAdapter(t, fixedAsker{ans: medinsky}, nil)
			w := httptest.NewRecorder()
			a.Handler().ServeHTTP(w, tt.req())
			if w.Code != tt.wantStatus {
				t.Fatalf("status = %d, want %d (%s)", w.Code, tt.wantStatus, w.Body)
			}
			if tt.wantBody != "" && strings.TrimSpace(w.Body.String()) != tt.wantBody {
				t.Errorf("body = %s, want %s", w.Body, tt.wantBody)
			}
			if len(rec.calls) != 0 {
				t.Errorf("REST calls %v, want none", rec.calls)
			}
		})
	}
}

func TestInteractionsEndpointWithoutPublicKey(t *testing.T) {
	a, err := New(Config{Token: "t", Asker: fixedAsker{}})
	if err != nil {
		t.Fatal(err)
	}
	w := httptest.NewRecorder()
	a.Handler().ServeHTTP(w, signedRequest(testKey, time.Now(), pingBody))
	if w.Code != http.StatusNotFound {
		t.Errorf("status = %d, want 404", w.Code)
	}
}

func askBody(id, options string) string {
	return `{"id":"` + id + `","application_id":"app1","type":2,"token":"tok-` + id + `","guild_id":"g1","channel_id":"c1",
		"member":{"user":{"id":"u1"}},"data":{"id":"cmd1","name":"ask","type":1,"options":` + options + `}}`
}

func TestInteractionsEndpointAsk(t *testing.T) {
	asker := &recordingAsker{ans: medinsky, asked: make(chan briefbot.Question, 1)}
	a, rec := newHTTPAdapter(t, asker, nil)
	w := httptest.NewRecorder()
	a.Handler().ServeHTTP(w, signedRequest(testKey, time.Now(), askBody("i1", askOptions)))
	if w.Code != 200 || w.Header().Get("Content-Type") != "application/json" {
		t.Fatalf("status %d, content type %q: %s", w.Code, w.Header().Get("Content-Type"), w.Body)
	}
	var resp discordgo.InteractionResponse
	if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil {
		t.Fatal(err)
	}
	if resp.Type != discordgo.InteractionResponseChannelMessageWithSource || resp.Data == nil {
		t.Fatalf("response = %s, want type 4 with data", w.Body)
	}
	if !strings.Contains(resp.Data.Content, "**Vladimir Medinsky**") || resp.Data.Flags != discordgo.MessageFlagsEphemeral|discordgo.MessageFlagsSuppressEmbeds {
		t.Errorf("response = %s", w.Body)
	}
	if !strings.Contains(w.Body.String(), `"parse":[]`) {
		t.Errorf("allowed_mentions.parse is not [] in %s", w.Body)
	}
	if q := <-asker.asked; q.Origin != (briefbot.Origin{Adapter: "discord", Channel: "c1", User: "u1"}) {
		t.Errorf("origin = %+v", q.Origin)
	}
	if len(rec.calls) != 0 {
		t.Errorf("REST calls %v, want none: the answer is the HTTP response", rec.calls)
	}
}

func TestInteractionsEndpointDefersSlowAnswer(t *testing.T) {
	f := newFakeDiscord(t)
	asker := newGatedAsker()
	a, _ := newHTTPAdapter(t, asker, f)
	a.inlineWait = 10 * time.Millisecond
	srv := httptest.NewServer(a.Handler())
	defer srv.Close()

	r := signedRequest(testKey, time.Now(), askBody("i1", askOptions))
	r.RequestURI, r.URL.Scheme, r.URL.Host = "", "http", srv.Listener.Addr().String()
	res, err := srv.Client().Do(r)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var resp discordgo.InteractionResponse
	if err := json.NewDecoder(res.Body).Decode(&resp); err != nil {
		t.Fatal(err)
	}
	if resp.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource {
		t.Fatalf("response type = %d, want 5 (deferred)", resp.Type)
	}
	if resp.Data == nil || resp.Data.Flags&discordgo.MessageFlagsEphemeral == 0 {
		t.Errorf("deferral is not ephemeral: %+v", resp.Data)
	}

	close(asker.release)
	c := f.next(t)
	if c.Method != "PATCH" || c.Path != "/api/v9/webhooks/app1/tok-i1/messages/@original" {
		t.Fatalf("call = %s, want PATCH of @original", c)
	}
	if !strings.Contains(string(c.Body), "Vladimir Medinsky") || !strings.Contains(string(c.Body), `"parse":[]`) {
		t.Errorf("edit = %s", c.Body)
	}
}

// TestRunWithoutToken: the interactions endpoint alone. Run opens nothing,
// is ready at once, and on shutdown waits for a deferred answer.
func TestRunWithoutToken(t *testing.T) {
	f := newFakeDiscord(t)
	asker := newGatedAsker()
	a, _ := newHTTPAdapter(t, asker, f)
	a.inlineWait = 10 * time.Millisecond
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	waitUntil(t, "ready", a.Ready)

	w := httptest.NewRecorder()
	a.Handler().ServeHTTP(w, signedRequest(testKey, time.Now(), askBody("i1", askOptions)))
	if !strings.Contains(w.Body.String(), `"type":5`) {
		t.Fatalf("response = %s, want a deferral", w.Body)
	}
	cancel()
	waitUntil(t, "shutdown to start", func() bool { return !a.Ready() })
	close(asker.release)
	if c := f.next(t); c.Method != "PATCH" {
		t.Errorf("call = %s, want the edit", c)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run = %v", err)
		}
	case <-time.After(waitLimit):
		t.Fatal("Run did not return")
	}

	// After shutdown new questions get a polite refusal, not silence.
	w = httptest.NewRecorder()
	a.Handler().ServeHTTP(w, signedRequest(testKey, time.Now(), askBody("i2", askOptions)))
	if !strings.Contains(w.Body.String(), restartingText) {
		t.Errorf("after shutdown: %s", w.Body)
	}
}

func TestAskJob(t *testing.T) {
	a, err := New(Config{PublicKey: testPublicKey(), Asker: fixedAsker{}, AllowedChannels: []string{"c1"}})
	if err != nil {
		t.Fatal(err)
	}
	user := &discordgo.User{ID: "u1"}
	cmd := func(name string, opts ...*discordgo.ApplicationCommandInteractionDataOption) discordgo.InteractionData {
		return discordgo.ApplicationCommandInteractionData{Name: name, Options: opts}
	}
	opt := func(name string, v any) *discordgo.ApplicationCommandInteractionDataOption {
		return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Value: v}
	}
	tests := []struct {
		name      string
		i         discordgo.Interaction
		wantText  string
		wantShare bool
		wantReply string // immediate reply instead of a question
	}{
		{name: "guild", i: discordgo.Interaction{GuildID: "g1", ChannelID: "c1", Member: &discordgo.Member{User: user}, Data: cmd("ask", opt("question", " Who? "))}, wantText: "Who?"},
		{name: "DM, any channel", i: discordgo.Interaction{ChannelID: "dm", User: user, Data: cmd("ask", opt("question", "Who?"), opt("share", true))}, wantText: "Who?", wantShare: true},
		{name: "channel not allowed", i: discordgo.Interaction{GuildID: "g1", ChannelID: "c2", Member: &discordgo.Member{User: user}, Data: cmd("ask", opt("question", "Who?"))}, wantReply: "I don't answer questions in this channel."},
		{name: "other command", i: discordgo.Interaction{User: user, Data: cmd("other")}, wantReply: "I only know the /ask command."},
		{name: "no data", i: discordgo.Interaction{User: user}, wantReply: "I only know the /ask command."},
		{name: "empty question", i: discordgo.Interaction{User: user, Data: cmd("ask", opt("question", "  "))}, wantReply: usageCommand},
		{name: "help", i: discordgo.Interaction{User: user, Data: cmd("ask", opt("question", "Help?"))}, wantReply: usageCommand},
		{name: "wrong option types", i: discordgo.Interaction{User: user, Data: cmd("ask", opt("question", 42.0), opt("share", "yes"), nil)}, wantReply: usageCommand},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			job, resp := a.askJob(&tt.i)
			if tt.wantReply != "" {
				if resp == nil || resp.Data.Content != tt.wantReply || resp.Data.Flags&discordgo.MessageFlagsEphemeral == 0 {
					t.Fatalf("response = %+v, want ephemeral %q", resp, tt.wantReply)
				}
				return
			}
			if resp != nil {
				t.Fatalf("immediate response %q, want a question", resp.Data.Content)
			}
			if job.q.Text != tt.wantText || job.public != tt.wantShare || job.q.Origin.User != "u1" || job.q.Origin.Adapter != "discord" {
				t.Errorf("job = %+v", job)
			}
		})
	}
}

// FuzzInteractionsHandler throws arbitrary bodies, correctly signed, at the
// endpoint: it must never panic or fail with a 5xx, and every 200 must be a
// response Discord understands.
func FuzzInteractionsHandler(f *testing.F) {
	f.Add([]byte(pingBody))
	f.Add([]byte(askBody("i1", askOptions)))
	f.Add([]byte(askBody("i1", `[{"name":"question","type":3,"value":7},{"name":"share","type":5,"value":"x"}]`)))
	f.Add([]byte(askBody("i1", `null`)))
	f.Add([]byte(`{"type":2,"data":null}`))
	f.Add([]byte(`{"type":2,"data":{"name":"ask","options":[null]}}`))
	f.Add([]byte(`{"type":4}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		logger, _ := testLogger(t)
		a, err := New(Config{PublicKey: testPublicKey(), Asker: fixedAsker{ans: medinsky}, Logger: logger})
		if err != nil {
			t.Fatal(err)
		}
		a.api = &recordAPI{}
		w := httptest.NewRecorder()
		a.Handler().ServeHTTP(w, signedRequest(testKey, time.Now(), string(body)))
		switch w.Code {
		case 200:
			var resp discordgo.InteractionResponse
			if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil {
				t.Fatalf("200 with a body that isn't JSON: %s", w.Body)
			}
			if resp.Type != discordgo.InteractionResponsePong && resp.Type != discordgo.InteractionResponseChannelMessageWithSource {
				t.Fatalf("response type %d", resp.Type)
			}
			if resp.Data != nil && textLen(resp.Data.Content) > maxMessageLen {
				t.Fatalf("content too long")
			}
		case 400, 413:
		default:
			t.Fatalf("status %d: %s", w.Code, w.Body)
		}
	})
}

func TestNewRejectsBadConfig(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
	}{
		{"no asker", Config{Token: "t"}},
		{"no token, no key", Config{Asker: fixedAsker{}}},
		{"key not hex", Config{PublicKey: "xyz", Asker: fixedAsker{}}},
		{"key too short", Config{PublicKey: "abcd", Asker: fixedAsker{}}},
		{"shard ID too large", Config{Token: "t", ShardID: 2, ShardCount: 2, Asker: fixedAsker{}}},
		{"shard ID without count", Config{Token: "t", ShardID: 1, Asker: fixedAsker{}}},
		{"negative shard", Config{Token: "t", ShardID: -1, ShardCount: 2, Asker: fixedAsker{}}},
		{"interactions only without application ID", Config{Token: "t", InteractionsOnly: true, Asker: fixedAsker{}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := New(tt.cfg); err == nil {
				t.Error("New accepted it")
			}
		})
	}
}

type panicAsker struct{}

func (panicAsker) Ask(context.Context, briefbot.Question) (briefbot.Answer, error) {
	panic("answerer bug")
}

func TestPanickingAskerGetsAnApology(t *testing.T) {
	a, _ := newHTTPAdapter(t, panicAsker{}, nil)
	w := httptest.NewRecorder()
	a.Handler().ServeHTTP(w, signedRequest(testKey, time.Now(), askBody("i1", askOptions)))
	var resp discordgo.InteractionResponse
	if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil || resp.Data == nil {
		t.Fatalf("response %s: %v", w.Body, err)
	}
	if want := "Sorry, something went wrong while looking that up. Please try again."; resp.Data.Content != want {
		t.Errorf("content = %q, want %q", resp.Data.Content, want)
	}
}

func TestParseVisibility(t *testing.T) {
	tests := []struct {
		in      string
		public  bool
		wantErr bool
	}{
		{"", false, false},
		{"ephemeral", false, false},
		{" in_channel ", true, false},
		{"public", false, true},
	}
	for _, tt := range tests {
		public, err := ParseVisibility(tt.in)
		if public != tt.public || (err != nil) != tt.wantErr {
			t.Errorf("ParseVisibility(%q) = %v, %v", tt.in, public, err)
		}
	}
}

// TestUsageSaysWhatWorks: the help offers mentions and DMs only where they
// can work, with a gateway; otherwise it names /ask alone.
func TestUsageSaysWhatWorks(t *testing.T) {
	tests := []struct {
		name     string
		cfg      Config
		mentions bool
	}{
		{"gateway", Config{Token: "t"}, true},
		{"gateway and endpoint", Config{Token: "t", PublicKey: testPublicKey()}, true},
		{"interactions only", Config{Token: "t", ApplicationID: "app1", PublicKey: testPublicKey(), InteractionsOnly: true}, false},
		{"no token", Config{PublicKey: testPublicKey()}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.cfg.Asker = fixedAsker{}
			a, err := New(tt.cfg)
			if err != nil {
				t.Fatal(err)
			}
			i := discordgo.Interaction{User: &discordgo.User{ID: "u1"}, Data: discordgo.ApplicationCommandInteractionData{
				Name: "ask", Options: []*discordgo.ApplicationCommandInteractionDataOption{{Name: "question", Value: "help"}},
			}}
			_, resp := a.askJob(&i)
			if resp == nil || resp.Data == nil {
				t.Fatal("no help")
			}
			help := resp.Data.Content
			if got := strings.Contains(help, "Mention me") || strings.Contains(help, "direct message"); got != tt.mentions {
				t.Errorf("help offers mentions and DMs: %v, want %v:\n%s", got, tt.mentions, help)
			}
			if !strings.Contains(help, "/ask") {
				t.Errorf("help does not name /ask:\n%s", help)
			}
		})
	}
}
