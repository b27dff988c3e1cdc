package slack

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"briefbot"

	"github.com/gorilla/websocket"
	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slacktest"
)

// Secrets the tests check never reach a log.
const (
	testSecret   = "test-signing-secret-d41d8cd98f00"
	testBotToken = "xoxb-test-bot-token-SHOULD-NOT-LEAK"
	testAppToken = "xapp-test-app-token-SHOULD-NOT-LEAK"
	testBotUser  = "UBOT1234"
	testUser     = "UASKER01"
	testChannel  = "C0CHANNEL"
)

var (
	medinskySentence = briefbot.Sentence{
		ArticleID:    "istanbul-talks.txt",
		ArticleTitle: "Despite Skipping Ukraine Peace Talks, Trump Seeks Quick Meeting with Putin",
		URL:          "https://news.example/istanbul?a=1&b=2",
		Paragraph:    7,
		Number:       8,
		Text:         "Instead of Zelenskyy and Putin, a Ukrainian delegation headed by Defense Minister Rustem Umerov is scheduled to meet with a lower-level Russian team led by presidential aide Vladimir Medinsky.",
	}
	medinsky = briefbot.Answer{Text: "Vladimir Medinsky", Evidence: []briefbot.Sentence{medinskySentence}, Score: 0.9}
)

// fakeAsker answers every question with answer/err, optionally waiting for
// gate to close first.
type fakeAsker struct {
	answer briefbot.Answer
	err    error
	gate   chan struct{}

	mu    sync.Mutex
	asked []briefbot.Question
	calls chan briefbot.Question
}

func newAsker(ans briefbot.Answer) *fakeAsker {
	return &fakeAsker{answer: ans, calls: make(chan briefbot.Question, 100)}
}

func (f *fakeAsker) Ask(ctx context.Context, q briefbot.Question) (briefbot.Answer, error) {
	f.mu.Lock()
	f.asked = append(f.asked, q)
	f.mu.Unlock()
	select {
	case f.calls <- q:
	default:
	}
	if f.gate != nil {
		select {
		case <-f.gate:
		case <-ctx.Done():
			return briefbot.Answer{}, ctx.Err()
		}
	}
	return f.answer, f.err
}

func (f *fakeAsker) questions() []briefbot.Question {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]briefbot.Question(nil), f.asked...)
}

// fakeSlack is slacktest's fake Web API with chat.postMessage and
// chat.postEphemeral recorded and auth.test answering as the bot.
type fakeSlack struct {
	srv        *slacktest.Server
	posted     chan url.Values
	ephemeral  chan url.Values
	authFailed bool
}

func newFakeSlack(t *testing.T, ws func(*websocket.Conn)) *fakeSlack {
	t.Helper()
	f := &fakeSlack{posted: make(chan url.Values, 100), ephemeral: make(chan url.Values, 100)}
	f.srv = slacktest.NewTestServer(func(c slacktest.Customize) {
		c.Handle("/auth.test", func(w http.ResponseWriter, r *http.Request) {
			if f.authFailed {
				_, _ = io.WriteString(w, `{"ok":false,"error":"invalid_auth"}`)
				return
			}
			_, _ = fmt.Fprintf(w, `{"ok":true,"url":"https://test.slack.example/","team":"Test","user":"briefbot","team_id":"T1","user_id":%q,"bot_id":"B1"}`, testBotUser)
		})
		c.Handle("/chat.postMessage", record(f.posted))
		c.Handle("/chat.postEphemeral", record(f.ephemeral))
		if ws != nil {
			c.Handle("/ws", slacktest.Websocket(ws))
		}
	})
	f.srv.Start()
	t.Cleanup(f.srv.Stop)
	return f
}

func record(ch chan url.Values) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		ch <- r.PostForm
		_, _ = fmt.Fprintf(w, `{"ok":true,"channel":%q,"ts":"1700000000.000100"}`, r.PostForm.Get("channel"))
	}
}

// newAdapter returns an HTTP-mode adapter for f with a debug logger into logs.
func newAdapter(f *fakeSlack, asker Asker, logs io.Writer) *Adapter {
	if logs == nil {
		logs = io.Discard
	}
	return &Adapter{
		BotToken:      testBotToken,
		SigningSecret: testSecret,
		APIURL:        f.srv.GetAPIURL(),
		Asker:         asker,
		Logger:        slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
	}
}

// start runs a.Run until the test ends (or stop is called) and waits until
// the adapter is ready. stop returns once Run has returned.
func start(t *testing.T, a *Adapter) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("Run: %v", err)
				}
			case <-time.After(10 * time.Second):
				t.Error("Run did not return after cancel")
			}
		})
	}
	t.Cleanup(stop)
	waitFor(t, "adapter ready", a.Ready)
	return stop
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func receive[T any](t *testing.T, ch <-chan T, what string) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(5 * time.Second):
		t.Fatalf("timed out waiting for %s", what)
		panic("unreachable")
	}
}

// signedRequest builds a request to path signed with secret at ts.
func signedRequest(path, secret string, ts time.Time, body []byte) *http.Request {
	r := httptest.NewRequest(http.MethodPost, path, bytes.NewReader(body))
	stamp := strconv.FormatInt(ts.Unix(), 10)
	r.Header.Set(headerTimestamp, stamp)
	r.Header.Set(headerSignature, sign(secret, stamp, body))
	if strings.HasSuffix(path, "/commands") || strings.HasSuffix(path, "/interactions") {
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	} else {
		r.Header.Set("Content-Type", "application/json")
	}
	return r
}

// serve sends a freshly signed request through a's handler.
func serve(a *Adapter, path string, body []byte, header ...string) *httptest.ResponseRecorder {
	r := signedRequest(path, testSecret, time.Now(), body)
	for i := 0; i+1 < len(header); i += 2 {
		r.Header.Set(header[i], header[i+1])
	}
	w := httptest.NewRecorder()
	a.Handler().ServeHTTP(w, r)
	return w
}

func commandBody(text, responseURL string) []byte {
	return commandBodyIn(testChannel, text, responseURL)
}

func commandBodyIn(channel, text, responseURL string) []byte {
	return []byte(url.Values{
		"token":        {"deprecated-verification-token"},
		"team_id":      {"T1"},
		"channel_id":   {channel},
		"user_id":      {testUser},
		"command":      {"/ask"},
		"text":         {text},
		"response_url": {responseURL},
		"trigger_id":   {"1.2.3"},
	}.Encode())
}

// eventBody is an Events API event_callback wrapping inner.
func eventBody(eventID string, inner map[string]any) []byte {
	b, err := json.Marshal(map[string]any{
		"token":      "deprecated-verification-token",
		"team_id":    "T1",
		"api_app_id": "A1",
		"type":       "event_callback",
		"event_id":   eventID,
		"event_time": 1700000000,
		"event":      inner,
	})
	if err != nil {
		panic(err)
	}
	return b
}

func mention(text, ts, threadTS string) map[string]any {
	m := map[string]any{
		"type": "app_mention", "user": testUser, "text": text,
		"ts": ts, "channel": testChannel, "event_ts": ts,
	}
	if threadTS != "" {
		m["thread_ts"] = threadTS
	}
	return m
}

func directMessage(text, ts string) map[string]any {
	return map[string]any{
		"type": "message", "channel_type": "im", "user": testUser, "text": text,
		"ts": ts, "channel": "D0DIRECT", "event_ts": ts,
	}
}

// decodeReply reads a slash-command reply body.
func decodeReply(t *testing.T, body []byte) slack.WebhookMessage {
	t.Helper()
	var m slack.WebhookMessage
	if err := json.Unmarshal(body, &m); err != nil {
		t.Fatalf("reply is not a message: %v\n%s", err, body)
	}
	return m
}

// blockTexts returns every text in blocks, in order.
func blockTexts(blocks []slack.Block) []string {
	var out []string
	for _, b := range blocks {
		switch b := b.(type) {
		case *slack.SectionBlock:
			if b.Text != nil {
				out = append(out, b.Text.Text)
			}
		case *slack.ContextBlock:
			for _, e := range b.ContextElements.Elements {
				if tb, ok := e.(*slack.TextBlockObject); ok {
					out = append(out, tb.Text)
				}
			}
		}
	}
	return out
}

// postedBlocks decodes the blocks of a recorded chat.postMessage.
func postedBlocks(t *testing.T, v url.Values) []slack.Block {
	t.Helper()
	var b slack.Blocks
	if err := json.Unmarshal([]byte(v.Get("blocks")), &b); err != nil {
		t.Fatalf("blocks: %v\n%s", err, v.Get("blocks"))
	}
	return b.BlockSet
}

func wantContains(t *testing.T, texts []string, want ...string) {
	t.Helper()
	all := strings.Join(texts, "\n")
	for _, w := range want {
		if !strings.Contains(all, w) {
			t.Errorf("reply lacks %q; got:\n%s", w, all)
		}
	}
}

// quiet is a logger for tests that don't look at logs.
func quiet() *slog.Logger { return slog.New(slog.DiscardHandler) }

// commandView is a fake response_url that models what the asker sees of one
// slash command, as Slack documents it: the acknowledgement is the
// command's original message; a post with replace_original replaces it,
// one with delete_original deletes it, any other post adds a message.
type commandView struct {
	t    *testing.T
	srv  *httptest.Server
	path string
	// posts receives each response_url post as it arrives.
	posts chan slack.WebhookMessage

	mu       sync.Mutex
	original *slack.WebhookMessage // nil once deleted
	added    []slack.WebhookMessage
}

func newCommandView(t *testing.T) *commandView {
	t.Helper()
	v := &commandView{t: t, path: "/commands/T1/1/hook", posts: make(chan slack.WebhookMessage, 10)}
	v.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var m slack.WebhookMessage
		if r.URL.Path != v.path || r.Header.Get("Content-Type") != "application/json" {
			t.Errorf("response_url got %s %s", r.URL.Path, r.Header.Get("Content-Type"))
		}
		if err := json.NewDecoder(r.Body).Decode(&m); err != nil {
			t.Errorf("response_url body: %v", err)
		}
		v.mu.Lock()
		switch {
		case m.DeleteOriginal:
			v.original = nil
		case m.ReplaceOriginal && v.original == nil:
			v.mu.Unlock()
			http.Error(w, "message_not_found", http.StatusNotFound)
			v.posts <- m
			return
		case m.ReplaceOriginal:
			if m.ResponseType != "" && m.ResponseType != v.original.ResponseType {
				t.Errorf("replace_original turns a %s message into %s; Slack keeps the visibility", v.original.ResponseType, m.ResponseType)
			}
			v.original = &m
		default:
			v.added = append(v.added, m)
		}
		v.mu.Unlock()
		v.posts <- m
	}))
	t.Cleanup(v.srv.Close)
	return v
}

// url is the command's response_url.
func (v *commandView) url() string { return v.srv.URL + v.path }

// acked records the acknowledgement, the command's original message.
func (v *commandView) acked(m slack.WebhookMessage) {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.original = &m
}

// visible returns the messages the asker sees, oldest first.
func (v *commandView) visible() []slack.WebhookMessage {
	v.mu.Lock()
	defer v.mu.Unlock()
	var out []slack.WebhookMessage
	if v.original != nil {
		out = append(out, *v.original)
	}
	return append(out, v.added...)
}
