package discord

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"briefbot"
	"briefbot/internal/logbuf"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// The fake Discord: one httptest server answering the REST routes the
// adapter uses and, at /gw/, a websocket gateway speaking just enough of the
// protocol (HELLO, IDENTIFY, READY, dispatches, heartbeat ACKs). The real
// discordgo Session reaches it through Config.APIURL, with an http.Client
// that refuses every other host, so no test can reach the internet.

const (
	botUserID = "111"
	fakeAppID = "app1"
	waitLimit = 5 * time.Second
)

// restCall is one REST request the fake received.
type restCall struct {
	Method, Path string
	Body         []byte
}

// String keeps failure messages short.
func (c restCall) String() string { return c.Method + " " + c.Path + " " + string(c.Body) }

// decode unmarshals the call's JSON body into v.
func (c restCall) decode(t *testing.T, v any) {
	t.Helper()
	if err := json.Unmarshal(c.Body, v); err != nil {
		t.Fatalf("%s: body is not JSON: %v", c, err)
	}
}

type fakeDiscord struct {
	t   *testing.T
	srv *httptest.Server

	calls    chan restCall        // every REST call but GET /gateway
	identify chan json.RawMessage // the "d" of each IDENTIFY
	closed   chan int             // close code sent by the client
	events   chan []byte          // dispatches to send, already encoded

	// Faults: the next failLookups gateway lookups and failRegisters
	// registrations answer 503; a silent gateway accepts the websocket and
	// never says HELLO.
	failLookups   atomic.Int32
	failRegisters atomic.Int32
	silent        atomic.Bool
	upgrades      atomic.Int32 // websocket connections accepted
	posted        atomic.Int32 // messages posted or edited: the nth gets ID 900+n-1
	lookups       atomic.Int32 // gateway lookups received
	lookupHook    func()       // when set, runs before each lookup answers

	mu  sync.Mutex
	seq int
	// deleted holds the IDs of messages deleted from Discord. As Discord
	// does, a reply referencing one fails unless it sets
	// fail_if_not_exists to false.
	deleted map[string]bool
}

func newFakeDiscord(t *testing.T) *fakeDiscord {
	t.Helper()
	f := &fakeDiscord{
		t:        t,
		calls:    make(chan restCall, 64),
		identify: make(chan json.RawMessage, 4),
		closed:   make(chan int, 4),
		events:   make(chan []byte, 64),
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/v9/gateway", func(w http.ResponseWriter, r *http.Request) {
		f.lookups.Add(1)
		if f.lookupHook != nil {
			f.lookupHook()
		}
		if f.failLookups.Add(-1) >= 0 {
			unavailable(w)
			return
		}
		fmt.Fprintf(w, `{"url":"ws://%s/gw"}`, r.Host)
	})
	mux.HandleFunc("GET /gw/", f.gateway)
	mux.HandleFunc("/api/v9/", f.rest)
	f.srv = httptest.NewServer(mux)
	t.Cleanup(f.srv.Close)
	return f
}

// apiURL is the fake's REST base, for Config.APIURL.
func (f *fakeDiscord) apiURL() string { return f.srv.URL + "/api/" }

// client is the http.Client the adapter under test must use. Anything not
// addressed to the fake fails, so no test can reach the internet.
func (f *fakeDiscord) client() *http.Client {
	target, _ := url.Parse(f.srv.URL)
	return &http.Client{Timeout: waitLimit, Transport: onlyTo{host: target.Host, base: f.srv.Client().Transport}}
}

// onlyTo passes requests for host and refuses the rest.
type onlyTo struct {
	host string
	base http.RoundTripper
}

func (o onlyTo) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.URL.Host != o.host {
		return nil, fmt.Errorf("fake discord: refusing request to %s", r.URL.Host)
	}
	return o.base.RoundTrip(r)
}

func (f *fakeDiscord) rest(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	f.calls <- restCall{Method: r.Method, Path: r.URL.Path, Body: body}
	w.Header().Set("Content-Type", "application/json")
	switch {
	case r.Method == http.MethodPut && strings.HasSuffix(r.URL.Path, "/commands") && f.failRegisters.Add(-1) >= 0:
		unavailable(w)
	case r.Method == http.MethodPut && strings.HasSuffix(r.URL.Path, "/commands"):
		w.Write(body) // bulk overwrite echoes the commands
	case r.Method == http.MethodPost && strings.HasSuffix(r.URL.Path, "/callback"):
		w.WriteHeader(http.StatusNoContent)
	case r.Method == http.MethodPost && strings.HasSuffix(r.URL.Path, "/messages") && f.refersToDeleted(body):
		w.WriteHeader(http.StatusBadRequest)
		fmt.Fprint(w, `{"code":50035,"message":"Invalid Form Body","errors":{"message_reference":{"_errors":[{"code":"REPLIES_UNKNOWN_MESSAGE","message":"Unknown message"}]}}}`)
	case r.Method == http.MethodPost && strings.HasSuffix(r.URL.Path, "/messages"),
		r.Method == http.MethodPatch && strings.Contains(r.URL.Path, "/webhooks/"):
		fmt.Fprintf(w, `{"id":"%d","channel_id":"1"}`, 899+f.posted.Add(1))
	default:
		w.WriteHeader(http.StatusNotFound)
		fmt.Fprint(w, `{"message":"Unknown route","code":0}`)
	}
}

// deleteMessage marks a message as deleted by its author.
func (f *fakeDiscord) deleteMessage(id string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.deleted == nil {
		f.deleted = map[string]bool{}
	}
	f.deleted[id] = true
}

// refersToDeleted reports whether a message body replies to a deleted
// message and asks Discord to fail if it is gone (the default).
func (f *fakeDiscord) refersToDeleted(body []byte) bool {
	var m struct {
		Ref *struct {
			MessageID       string `json:"message_id"`
			FailIfNotExists *bool  `json:"fail_if_not_exists"`
		} `json:"message_reference"`
	}
	if json.Unmarshal(body, &m) != nil || m.Ref == nil {
		return false
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.deleted[m.Ref.MessageID] && (m.Ref.FailIfNotExists == nil || *m.Ref.FailIfNotExists)
}

func unavailable(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusServiceUnavailable)
	fmt.Fprint(w, `{"message":"upstream unavailable","code":0}`)
}

// gateway serves one connection: HELLO, read IDENTIFY, READY, then queued
// dispatches, while answering heartbeats.
func (f *fakeDiscord) gateway(w http.ResponseWriter, r *http.Request) {
	up := websocket.Upgrader{}
	conn, err := up.Upgrade(w, r, nil)
	if err != nil {
		// A client that left during the handshake (one that gave up on a
		// silent gateway, or was stopped) is no fault of the adapter's; a
		// handshake the fake cannot understand is.
		if _, gone := errors.AsType[*net.OpError](err); !gone {
			f.t.Errorf("gateway upgrade: %v", err)
		}
		return
	}
	defer conn.Close()
	f.upgrades.Add(1)
	if f.silent.Load() {
		conn.ReadMessage() // until the client gives up
		return
	}
	var wmu sync.Mutex
	write := func(b []byte) error {
		wmu.Lock()
		defer wmu.Unlock()
		return conn.WriteMessage(websocket.TextMessage, b)
	}
	if err := write([]byte(`{"op":10,"d":{"heartbeat_interval":45000}}`)); err != nil {
		return
	}
	// Heartbeats may come before IDENTIFY; skip them.
	for {
		var p struct {
			Op int             `json:"op"`
			D  json.RawMessage `json:"d"`
		}
		if err := conn.ReadJSON(&p); err != nil {
			return
		}
		if p.Op == 2 {
			f.identify <- p.D
			break
		}
	}
	ready := fmt.Sprintf(`{"v":10,"session_id":"sess1","user":{"id":%q,"username":"briefbot","bot":true},"application":{"id":%q},"guilds":[]}`, botUserID, fakeAppID)
	if err := write(f.dispatch("READY", json.RawMessage(ready))); err != nil {
		return
	}

	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			_, msg, err := conn.ReadMessage()
			if err != nil {
				var ce *websocket.CloseError
				if errors.As(err, &ce) {
					f.closed <- ce.Code
				}
				return
			}
			var p struct {
				Op int `json:"op"`
			}
			if json.Unmarshal(msg, &p) == nil && p.Op == 1 {
				write([]byte(`{"op":11}`))
			}
		}
	}()
	for {
		select {
		case ev := <-f.events:
			if write(ev) != nil {
				return
			}
		case <-done:
			return
		}
	}
}

func (f *fakeDiscord) dispatch(typ string, d any) []byte {
	f.mu.Lock()
	f.seq++
	seq := f.seq
	f.mu.Unlock()
	b, err := json.Marshal(map[string]any{"op": 0, "s": seq, "t": typ, "d": d})
	if err != nil {
		f.t.Fatalf("encode %s: %v", typ, err)
	}
	return b
}

// send queues a gateway dispatch of type typ with payload d (a value or a
// JSON string).
func (f *fakeDiscord) send(typ string, d any) {
	if s, ok := d.(string); ok {
		d = json.RawMessage(s)
	}
	f.events <- f.dispatch(typ, d)
}

// next waits for the next REST call.
func (f *fakeDiscord) next(t *testing.T) restCall {
	t.Helper()
	select {
	case c := <-f.calls:
		return c
	case <-time.After(waitLimit):
		t.Fatal("timed out waiting for a REST call to the fake Discord")
		return restCall{}
	}
}

// nextIdentify waits for the next IDENTIFY payload.
func (f *fakeDiscord) nextIdentify(t *testing.T) identifyPayload {
	t.Helper()
	select {
	case raw := <-f.identify:
		var id identifyPayload
		if err := json.Unmarshal(raw, &id); err != nil {
			t.Fatalf("identify: %v", err)
		}
		return id
	case <-time.After(waitLimit):
		t.Fatal("timed out waiting for IDENTIFY")
		return identifyPayload{}
	}
}

type identifyPayload struct {
	Token   string  `json:"token"`
	Intents int     `json:"intents"`
	Shard   *[2]int `json:"shard"`
}

// noMoreCalls fails if any REST call is queued. Call it after a sentinel
// call proved that everything sent before it was handled.
func (f *fakeDiscord) noMoreCalls(t *testing.T) {
	t.Helper()
	select {
	case c := <-f.calls:
		t.Errorf("unexpected REST call %s", c)
	default:
	}
}

// running is an Adapter whose Run is in progress against a fake Discord.
type running struct {
	*Adapter
	fake   *fakeDiscord
	logs   *logbuf.Buffer
	cancel context.CancelFunc
	errc   chan error
}

// startAdapter builds an Adapter from cfg (filling in the token, the fake
// API and, if unset, an Asker) and runs it until the test ends. It
// returns once the gateway is READY and, on shard 0, /ask is registered;
// the registration call is consumed and returned.
func startAdapter(t *testing.T, f *fakeDiscord, cfg Config, opts ...func(*Adapter)) (*running, restCall) {
	t.Helper()
	r := launch(t, f, cfg, opts...)
	var reg restCall
	if cfg.ShardID == 0 {
		reg = f.next(t)
	}
	waitUntil(t, "gateway ready", r.Ready)
	return r, reg
}

// launch is startAdapter without the waiting.
func launch(t *testing.T, f *fakeDiscord, cfg Config, opts ...func(*Adapter)) *running {
	t.Helper()
	if cfg.Token == "" {
		cfg.Token = "test-token"
	}
	if cfg.Asker == nil {
		cfg.Asker = fixedAsker{ans: medinsky}
	}
	cfg.APIURL, cfg.HTTPClient = f.apiURL(), f.client()
	var logs *logbuf.Buffer
	cfg.Logger, logs = testLogger(t)
	a, err := New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	for _, o := range opts {
		o(a)
	}
	ctx, cancel := context.WithCancel(context.Background())
	r := &running{Adapter: a, fake: f, logs: logs, cancel: cancel, errc: make(chan error, 1)}
	go func() { r.errc <- a.Run(ctx) }()
	t.Cleanup(func() { r.stop(t) })
	return r
}

// stop cancels Run and waits for it; it is safe to call twice.
func (r *running) stop(t *testing.T) error {
	t.Helper()
	r.cancel()
	select {
	case err, ok := <-r.errc:
		if ok {
			close(r.errc)
		}
		return err
	case <-time.After(waitLimit):
		t.Fatal("Run did not return after cancel")
		return nil
	}
}

// waitUntil polls cond until it holds; for state with no event to wait on.
func waitUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(waitLimit)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// Askers for tests.

var medinsky = briefbot.Answer{
	Text: "Vladimir Medinsky",
	Evidence: []briefbot.Sentence{{
		ArticleID:    "peace-talks.md",
		ArticleTitle: "Peace talks resume in Istanbul",
		URL:          "https://example.com/news/peace-talks",
		Paragraph:    3,
		Number:       7,
		Text:         "The Russian delegation is led by Vladimir Medinsky, an aide to the president.",
	}},
	Score: 0.9,
}

type fixedAsker struct {
	ans briefbot.Answer
	err error
}

func (f fixedAsker) Ask(context.Context, briefbot.Question) (briefbot.Answer, error) {
	return f.ans, f.err
}

// gatedAsker reports each question on asked and answers only when release
// is closed (or its context ends, with the context's error).
type gatedAsker struct {
	asked   chan briefbot.Question
	release chan struct{}
	ans     briefbot.Answer
}

func newGatedAsker() *gatedAsker {
	return &gatedAsker{asked: make(chan briefbot.Question, 8), release: make(chan struct{}), ans: medinsky}
}

func (g *gatedAsker) Ask(ctx context.Context, q briefbot.Question) (briefbot.Answer, error) {
	g.asked <- q
	select {
	case <-g.release:
		return g.ans, nil
	case <-ctx.Done():
		return briefbot.Answer{}, ctx.Err()
	}
}

func (g *gatedAsker) waitAsked(t *testing.T) briefbot.Question {
	t.Helper()
	select {
	case q := <-g.asked:
		return q
	case <-time.After(waitLimit):
		t.Fatal("timed out waiting for the Asker to be called")
		return briefbot.Question{}
	}
}

func testLogger(t *testing.T) (*slog.Logger, *logbuf.Buffer) {
	t.Helper()
	lb := &logbuf.Buffer{}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("adapter log:\n%s", lb)
		}
	})
	return slog.New(slog.NewTextHandler(lb, &slog.HandlerOptions{Level: slog.LevelDebug})), lb
}

// recordAPI stands in for the Discord REST API in tests that need no
// network: it records each call and succeeds.
type recordAPI struct {
	mu    sync.Mutex
	calls []any
}

func (r *recordAPI) record(v any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.calls = append(r.calls, v)
}

func (r *recordAPI) ChannelMessageSendComplex(channelID string, data *discordgo.MessageSend, _ ...discordgo.RequestOption) (*discordgo.Message, error) {
	r.record(data)
	return &discordgo.Message{ID: "900", ChannelID: channelID}, nil
}

func (r *recordAPI) InteractionRespond(_ *discordgo.Interaction, resp *discordgo.InteractionResponse, _ ...discordgo.RequestOption) error {
	r.record(resp)
	return nil
}

func (r *recordAPI) InteractionResponseEdit(_ *discordgo.Interaction, edit *discordgo.WebhookEdit, _ ...discordgo.RequestOption) (*discordgo.Message, error) {
	r.record(edit)
	return &discordgo.Message{ID: "900"}, nil
}

func (r *recordAPI) ApplicationCommandBulkOverwrite(_, _ string, cmds []*discordgo.ApplicationCommand, _ ...discordgo.RequestOption) ([]*discordgo.ApplicationCommand, error) {
	r.record(cmds)
	return cmds, nil
}
