package main

import (
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	"github.com/slack-go/slack/slacktest"
)

// These tests run bot serve on the bundled story with the real client
// libraries pointed at local fakes of Slack and Discord, and ask the
// story's follow-up chain (storyChain) in every kind of conversation
// each platform has, then click Why?. Nothing reaches the internet.

// slackPost is a chat.postMessage the fake Slack received.
type slackPost struct {
	channel, thread, text string
	blocks                []map[string]any
}

// all is every text of the post, blocks included.
func (p slackPost) all() string {
	var b strings.Builder
	b.WriteString(p.text + "\n")
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			if t, ok := v["text"].(string); ok {
				b.WriteString(t + "\n")
			}
			for _, x := range v {
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	for _, bl := range p.blocks {
		walk(bl)
	}
	return b.String()
}

// buttonValue is the value of the post's button with the action ID.
func buttonValue(blocks []map[string]any, actionID string) string {
	for _, b := range blocks {
		els, _ := b["elements"].([]any)
		for _, e := range els {
			if m, ok := e.(map[string]any); ok && m["action_id"] == actionID {
				s, _ := m["value"].(string)
				return s
			}
		}
	}
	return ""
}

func TestFollowUpsInSlack(t *testing.T) {
	posts := make(chan slackPost, 20)
	fake := slacktest.NewTestServer(func(c slacktest.Customize) {
		c.Handle("/chat.postMessage", func(w http.ResponseWriter, r *http.Request) {
			r.ParseForm()
			p := slackPost{channel: r.PostForm.Get("channel"), thread: r.PostForm.Get("thread_ts"), text: r.PostForm.Get("text")}
			json.Unmarshal([]byte(r.PostForm.Get("blocks")), &p.blocks)
			posts <- p
			fmt.Fprintf(w, `{"ok":true,"channel":%q,"ts":"1700000099.000100"}`, p.channel)
		})
	})
	fake.Start()
	t.Cleanup(fake.Stop)
	clicks := make(chan map[string]any, 4)
	responseURL := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var m map[string]any
		json.NewDecoder(r.Body).Decode(&m)
		clicks <- m
	}))
	t.Cleanup(responseURL.Close)

	const secret = "test-signing-secret"
	cfg := defaultConfig()
	cfg.Limits = LimitsConfig{}
	cfg.Slack.BotToken, cfg.Slack.SigningSecret, cfg.Slack.APIURL = "xoxb-test", secret, fake.GetAPIURL()
	s, err := memoryApp(t, cfg, nil).newServer(nil)
	if err != nil {
		t.Fatal(err)
	}
	base, _ := startServer(t, s)
	eventually(t, 10*time.Second, "/readyz", func() bool { code, _ := getText(t, base+"/readyz"); return code == 200 })

	event := func(id string, ev map[string]any) {
		t.Helper()
		body, _ := json.Marshal(map[string]any{"type": "event_callback", "team_id": "T1", "event_id": id, "event": ev})
		if code, out := post(t, base, "/slack/events", "application/json", string(body), slackSigned(secret, string(body))...); code != 200 {
			t.Fatalf("event %s: %d %s", id, code, out)
		}
	}
	next := func(what string) slackPost {
		t.Helper()
		select {
		case p := <-posts:
			return p
		case <-time.After(10 * time.Second):
			t.Fatalf("no post for %s", what)
			return slackPost{}
		}
	}
	check := func(p slackPost, answer, understood string) {
		t.Helper()
		all := p.all()
		if !strings.Contains(all, answer) {
			t.Errorf("answer %q lacking:\n%s", answer, all)
		}
		if understood != "" && !strings.Contains(all, "Understood as: "+understood) || understood == "" && strings.Contains(all, "Understood as") {
			t.Errorf("understood as %q?\n%s", understood, all)
		}
	}

	// A mention starts a thread; mentions in the thread follow it up.
	var lastPost slackPost
	for i, step := range storyChain {
		ts := fmt.Sprintf("1700000001.00%d", i)
		ev := map[string]any{"type": "app_mention", "user": "U1", "text": "<@UBOT> " + step.q, "ts": ts, "channel": "C1"}
		if i > 0 {
			ev["thread_ts"] = "1700000001.000"
		}
		event(fmt.Sprint("EvThread", i), ev)
		p := next(step.q)
		if p.thread != "1700000001.000" {
			t.Errorf("%q answered in thread %q", step.q, p.thread)
		}
		check(p, step.answer, step.understood)
		lastPost = p
	}
	// Another thread shares nothing with it.
	event("EvOther", map[string]any{"type": "app_mention", "user": "U1", "text": "<@UBOT> What is his job?", "ts": "1700000002.000", "channel": "C1"})
	if all := next("another thread").all(); strings.Contains(all, "Understood as") || strings.Contains(all, "presidential aide") {
		t.Errorf("another thread leaned on the first:\n%s", all)
	}
	// A DM is a conversation.
	for i, step := range storyChain[:2] {
		event(fmt.Sprint("EvDM", i), map[string]any{"type": "message", "channel_type": "im", "user": "U2", "text": step.q,
			"ts": fmt.Sprintf("1700000003.00%d", i), "channel": "D2"})
		check(next("DM "+step.q), step.answer, step.understood)
	}
	// A user's /ask in a channel is one.
	for _, step := range storyChain[:2] {
		form := url.Values{"command": {"/ask"}, "text": {step.q}, "team_id": {"T1"}, "channel_id": {"C9"}, "user_id": {"U3"},
			"response_url": {responseURL.URL + "/unused"}}.Encode()
		code, out := post(t, base, "/slack/commands", "application/x-www-form-urlencoded", form, slackSigned(secret, form)...)
		var m struct {
			Text   string           `json:"text"`
			Blocks []map[string]any `json:"blocks"`
		}
		json.Unmarshal([]byte(out), &m)
		if code != 200 {
			t.Fatalf("/ask: %d %s", code, out)
		}
		check(slackPost{text: m.Text, blocks: m.Blocks}, step.answer, step.understood)
	}

	// Why? on the thread's last answer: the clicker alone sees why.
	id := buttonValue(lastPost.blocks, "why")
	if id == "" {
		t.Fatalf("no Why? button:\n%v", lastPost.blocks)
	}
	click, _ := json.Marshal(map[string]any{
		"type": "block_actions", "user": map[string]any{"id": "U7"}, "channel": map[string]any{"id": "C1"},
		"container":    map[string]any{"type": "message", "channel_id": "C1", "thread_ts": "1700000001.000"},
		"response_url": responseURL.URL + "/click",
		"actions":      []map[string]any{{"type": "button", "action_id": "why", "block_id": "b", "value": id}},
	})
	body := url.Values{"payload": {string(click)}}.Encode()
	if code, out := post(t, base, "/slack/interactions", "application/x-www-form-urlencoded", body, slackSigned(secret, body)...); code != 200 {
		t.Fatalf("click: %d %s", code, out)
	}
	select {
	case m := <-clicks:
		b, _ := json.Marshal(m)
		for _, want := range []string{`"response_type":"ephemeral"`, "Why this answer?", "What is Rustem Umerov's title?",
			"Answer *Defense Minister*: score", "an answer needs"} {
			if !strings.Contains(string(b), want) {
				t.Errorf("explanation lacks %q:\n%s", want, b)
			}
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no explanation")
	}
}

// fakeDiscord is just enough of Discord for bot serve: the gateway
// (HELLO, READY, the dispatches queued on events), the REST routes the
// adapter uses (each message sent gets a new ID), and a record of them.
type fakeDiscord struct {
	t      *testing.T
	srv    *httptest.Server
	events chan string // dispatches to send: {"t":..., "d":...} already encoded
	calls  chan discordCall
	mu     sync.Mutex
	n      int
}

type discordCall struct {
	method, path string
	body         map[string]any
}

func newFakeDiscordGateway(t *testing.T) *fakeDiscord {
	f := &fakeDiscord{t: t, events: make(chan string, 20), calls: make(chan discordCall, 20)}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/v9/gateway", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `{"url":"ws://%s/gw"}`, r.Host)
	})
	mux.HandleFunc("GET /gw/", f.gateway)
	mux.HandleFunc("/api/v9/", func(w http.ResponseWriter, r *http.Request) {
		raw, _ := io.ReadAll(r.Body)
		w.Header().Set("Content-Type", "application/json")
		if r.Method == http.MethodPut {
			w.Write(raw) // /ask registered
			return
		}
		var body map[string]any
		json.Unmarshal(raw, &body)
		f.calls <- discordCall{r.Method, r.URL.Path, body}
		switch {
		case strings.HasSuffix(r.URL.Path, "/callback"):
			w.WriteHeader(http.StatusNoContent)
		default:
			f.mu.Lock()
			f.n++
			id := fmt.Sprintf("a%d", f.n)
			f.mu.Unlock()
			fmt.Fprintf(w, `{"id":%q,"channel_id":"c1"}`, id)
		}
	})
	f.srv = httptest.NewServer(mux)
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeDiscord) gateway(w http.ResponseWriter, r *http.Request) {
	conn, err := (&websocket.Upgrader{}).Upgrade(w, r, nil)
	if err != nil {
		return
	}
	defer conn.Close()
	var wmu sync.Mutex
	send := func(s string) error {
		wmu.Lock()
		defer wmu.Unlock()
		return conn.WriteMessage(websocket.TextMessage, []byte(s))
	}
	send(`{"op":10,"d":{"heartbeat_interval":45000}}`)
	for {
		var p struct {
			Op int `json:"op"`
		}
		if conn.ReadJSON(&p) != nil {
			return
		}
		if p.Op == 2 { // IDENTIFY
			break
		}
	}
	send(`{"op":0,"s":1,"t":"READY","d":{"v":10,"session_id":"s1","user":{"id":"111","username":"briefbot","bot":true},"application":{"id":"app1"},"guilds":[]}}`)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			_, msg, err := conn.ReadMessage()
			if err != nil {
				return
			}
			if strings.Contains(string(msg), `"op":1`) {
				send(`{"op":11}`)
			}
		}
	}()
	seq := 1
	for {
		select {
		case ev := <-f.events:
			seq++
			if send(fmt.Sprintf(`{"op":0,"s":%d,%s`, seq, ev[1:])) != nil {
				return
			}
		case <-done:
			return
		}
	}
}

func (f *fakeDiscord) send(typ string, d any) {
	b, _ := json.Marshal(map[string]any{"t": typ, "d": d})
	f.events <- string(b)
}

func (f *fakeDiscord) next() discordCall {
	f.t.Helper()
	select {
	case c := <-f.calls:
		return c
	case <-time.After(10 * time.Second):
		f.t.Fatal("no call to the fake Discord")
		return discordCall{}
	}
}

// customID is the custom_id of the button whose id starts with verb.
func customID(components any, verb string) string {
	b, _ := json.Marshal(components)
	var rows []struct {
		Components []struct {
			CustomID string `json:"custom_id"`
		} `json:"components"`
	}
	json.Unmarshal(b, &rows)
	for _, r := range rows {
		for _, c := range r.Components {
			if strings.HasPrefix(c.CustomID, verb+":") {
				return c.CustomID
			}
		}
	}
	return ""
}

func TestFollowUpsInDiscord(t *testing.T) {
	fake := newFakeDiscordGateway(t)
	pub, priv, _ := ed25519.GenerateKey(nil)
	cfg := defaultConfig()
	cfg.Limits = LimitsConfig{}
	cfg.Discord.Token = "discord-test-token"
	cfg.Discord.APIURL = fake.srv.URL + "/api/"
	cfg.Discord.PublicKey = hex.EncodeToString(pub)
	s, err := memoryApp(t, cfg, nil).newServer(nil)
	if err != nil {
		t.Fatal(err)
	}
	base, _ := startServer(t, s)
	eventually(t, 10*time.Second, "/readyz", func() bool { code, _ := getText(t, base+"/readyz"); return code == 200 })
	check := func(content, answer, understood string) {
		t.Helper()
		if !strings.Contains(content, "**"+answer+"**") {
			t.Errorf("answer %q lacking:\n%s", answer, content)
		}
		if understood != "" && !strings.HasPrefix(content, "-# Understood as: "+understood+"\n") || understood == "" && strings.Contains(content, "Understood as") {
			t.Errorf("understood as %q?\n%s", understood, content)
		}
	}

	// A mention, then a chain of replies to the bot's answers, by two
	// people, without mentions.
	user := map[string]any{"id": "u1", "username": "alice"}
	fake.send("MESSAGE_CREATE", map[string]any{"id": "m0", "type": 0, "guild_id": "g1", "channel_id": "c1", "author": user,
		"content": "<@111> " + storyChain[0].q, "mentions": []any{map[string]any{"id": "111", "username": "briefbot"}}})
	c := fake.next()
	check(c.body["content"].(string), storyChain[0].answer, "")
	answered := 1 // the fake numbers the messages it is sent: a1, a2...
	var last discordCall
	for i, step := range storyChain[1:] {
		who := map[string]any{"id": fmt.Sprint("u", 1+i%2), "username": "someone"}
		ref := fmt.Sprint("a", answered)
		// Discord sends the message replied to, itself a reply to the
		// question before.
		fake.send("MESSAGE_CREATE", map[string]any{"id": fmt.Sprint("m", i+1), "type": 19, "guild_id": "g1", "channel_id": "c1",
			"author": who, "content": step.q, "mentions": []any{},
			"message_reference": map[string]any{"message_id": ref, "channel_id": "c1", "guild_id": "g1"},
			"referenced_message": map[string]any{"id": ref, "channel_id": "c1", "author": map[string]any{"id": "111", "username": "briefbot", "bot": true},
				"message_reference": map[string]any{"message_id": fmt.Sprint("m", i), "channel_id": "c1", "guild_id": "g1"}}})
		last = fake.next()
		answered++
		check(last.body["content"].(string), step.answer, step.understood)
	}
	// Why? over the gateway, on the chain's last answer.
	why := customID(last.body["components"], "why")
	if why == "" {
		t.Fatalf("no Why? button: %v", last.body)
	}
	fake.send("INTERACTION_CREATE", map[string]any{"id": "i1", "application_id": "app1", "type": 3, "token": "tok1", "guild_id": "g1",
		"channel_id": "c1", "member": map[string]any{"user": map[string]any{"id": "u9"}}, "data": map[string]any{"custom_id": why, "component_type": 2}})
	c = fake.next()
	data, _ := c.body["data"].(map[string]any)
	if c.path != "/api/v9/interactions/i1/tok1/callback" || data == nil || int(data["flags"].(float64))&64 == 0 ||
		!strings.Contains(data["content"].(string), "**Why this answer?**") || !strings.Contains(data["content"].(string), "What is Rustem Umerov's title?") {
		t.Errorf("explanation: %s %v", c.path, c.body)
	}

	// A user's /ask in a channel, at the interactions endpoint.
	var reply struct {
		Data struct {
			Content    string `json:"content"`
			Components any    `json:"components"`
		} `json:"data"`
	}
	for i, step := range storyChain[:2] {
		body := fmt.Sprintf(`{"id":"j%d","application_id":"app1","type":2,"token":"t%d","guild_id":"g1","channel_id":"c2",
			"member":{"user":{"id":"u5"}},"data":{"id":"cmd1","name":"ask","type":1,
			"options":[{"name":"question","type":3,"value":%q}]}}`, i, i, step.q)
		code, out := post(t, base, "/discord/interactions", "application/json", body, discordSigned(priv, body)...)
		json.Unmarshal([]byte(out), &reply)
		if code != 200 {
			t.Fatalf("/ask: %d %s", code, out)
		}
		check(reply.Data.Content, step.answer, step.understood)
	}
	// Why? at the endpoint.
	body := `{"id":"k1","application_id":"app1","type":3,"token":"tk","guild_id":"g1","channel_id":"c2",
		"member":{"user":{"id":"u5"}},"data":{"custom_id":"` + customID(reply.Data.Components, "why") + `","component_type":2}}`
	code, out := post(t, base, "/discord/interactions", "application/json", body, discordSigned(priv, body)...)
	if code != 200 || !strings.Contains(out, "Why this answer?") || !strings.Contains(out, "What is Vladimir Medinsky's job?") || !strings.Contains(out, `"flags":68`) {
		t.Errorf("explanation at the endpoint: %d %s", code, out)
	}
}
