package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"briefbot/internal/logbuf"

	"github.com/slack-go/slack/slacktest"
)

// TestServeAnswersInSlackAndDiscord runs bot serve with both adapters
// configured, Slack pointed at a local fake Web API and Discord on its
// interactions endpoint, and asks the bundled story's question through each:
// the wiring from request to adapter to guard to bot and back.
func TestServeAnswersInSlackAndDiscord(t *testing.T) {
	fakeSlack := slacktest.NewTestServer()
	fakeSlack.Start()
	t.Cleanup(fakeSlack.Stop)

	const secret = "test-signing-secret"
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	cfg := defaultConfig()
	cfg.Slack.BotToken = "xoxb-test"
	cfg.Slack.SigningSecret = secret
	cfg.Slack.APIURL = fakeSlack.GetAPIURL()
	cfg.Discord.PublicKey = hex.EncodeToString(pub)
	s, err := memoryApp(t, cfg, nil).newServer(nil)
	if err != nil {
		t.Fatal(err)
	}
	base, _ := startServer(t, s)
	eventually(t, 10*time.Second, "/readyz", func() bool {
		resp, err := http.Get(base + "/readyz")
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK
	})

	t.Run("slack /ask", func(t *testing.T) {
		form := url.Values{
			"command": {"/ask"}, "text": {"Who leads the Russian delegation?"},
			"team_id": {"T1"}, "channel_id": {"C1"}, "user_id": {"U1"},
			"response_url": {"http://127.0.0.1:1/unused"},
		}
		body := []byte(form.Encode())
		req, _ := http.NewRequest(http.MethodPost, base+"/slack/commands", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		ts := strconv.FormatInt(time.Now().Unix(), 10)
		mac := hmac.New(sha256.New, []byte(secret))
		fmt.Fprintf(mac, "v0:%s:%s", ts, body)
		req.Header.Set("X-Slack-Request-Timestamp", ts)
		req.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		reply, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != http.StatusOK || !strings.Contains(string(reply), "Vladimir Medinsky") ||
			!strings.Contains(string(reply), "a lower-level Russian team led by presidential aide Vladimir Medinsky") {
			t.Errorf("slash command: %d %s", resp.StatusCode, reply)
		}
	})

	t.Run("discord /ask", func(t *testing.T) {
		body := `{"id":"i1","application_id":"app1","type":2,"token":"tok","guild_id":"g1","channel_id":"c1",
			"member":{"user":{"id":"u1"}},"data":{"id":"cmd1","name":"ask","type":1,
			"options":[{"name":"question","type":3,"value":"Who leads the Russian delegation?"}]}}`
		req, _ := http.NewRequest(http.MethodPost, base+"/discord/interactions", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		ts := strconv.FormatInt(time.Now().Unix(), 10)
		req.Header.Set("X-Signature-Timestamp", ts)
		req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(priv, []byte(ts+body))))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var reply struct {
			Type int `json:"type"`
			Data struct {
				Content string `json:"content"`
			} `json:"data"`
		}
		if err := json.NewDecoder(resp.Body).Decode(&reply); err != nil {
			t.Fatal(err)
		}
		if resp.StatusCode != http.StatusOK || reply.Type != 4 || !strings.Contains(reply.Data.Content, "**Vladimir Medinsky**") {
			t.Errorf("interaction: %d %+v", resp.StatusCode, reply)
		}
	})

	// Both questions went through the guard: counted per adapter.
	for _, adapter := range []string{"slack", "discord"} {
		sample := fmt.Sprintf(`briefbot_questions_total{adapter=%q,outcome="answered"}`, adapter)
		if n := metricValue(t, base, sample); n != 1 {
			t.Errorf("%s = %v, want 1", sample, n)
		}
	}
}

// TestServeDiscordAPIURL: discord.api_url sends the adapter's REST calls to
// a local fake; here the /ask registration of an interactions-only set-up.
func TestServeDiscordAPIURL(t *testing.T) {
	registered := make(chan string, 4)
	fake := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if r.Method == http.MethodPut && r.URL.Path == "/discord/api/v9/applications/app1/commands" {
			registered <- r.Header.Get("Authorization")
			w.Header().Set("Content-Type", "application/json")
			w.Write(body)
			return
		}
		http.NotFound(w, r)
	}))
	t.Cleanup(fake.Close)

	pub, _, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	cfg := defaultConfig()
	cfg.Discord.Token = "discord-test-token"
	cfg.Discord.ApplicationID = "app1"
	cfg.Discord.PublicKey = hex.EncodeToString(pub)
	cfg.Discord.InteractionsOnly = true
	cfg.Discord.APIURL = fake.URL + "/discord/api/"
	s, err := memoryApp(t, cfg, nil).newServer(nil)
	if err != nil {
		t.Fatal(err)
	}
	base, _ := startServer(t, s)
	select {
	case auth := <-registered:
		if auth != "Bot discord-test-token" {
			t.Errorf("registration sent Authorization %q", auth)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("/ask was not registered at the fake API")
	}
	eventually(t, 10*time.Second, "/readyz", func() bool {
		resp, err := http.Get(base + "/readyz")
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK
	})
	if n := metricValue(t, base, `briefbot_adapter_ready{adapter="discord"}`); n != 1 {
		t.Errorf("briefbot_adapter_ready = %v once registered", n)
	}
}

// TestServeDiscordUnreachable: with a Discord token and no route to
// Discord, bot serve keeps serving the API while the adapter retries, and
// /readyz names the part that is down.
func TestServeDiscordUnreachable(t *testing.T) {
	var logs logbuf.Buffer
	cfg := defaultConfig()
	cfg.Discord.Token = "discord-test-token"
	cfg.Discord.APIURL = "http://127.0.0.1:1/api/" // nothing listens on port 1
	s, err := memoryApp(t, cfg, slog.New(slog.NewTextHandler(&logs, nil))).newServer(nil)
	if err != nil {
		t.Fatal(err)
	}
	base, stop := startServer(t, s)
	eventually(t, 10*time.Second, "a retried gateway failure in the log", func() bool {
		return strings.Contains(logs.String(), "discord: open gateway failed; retrying")
	})
	if code, ans, err := ask(http.DefaultClient, base, "Who leads the Russian delegation?"); err != nil || code != 200 || ans.Answer != "Vladimir Medinsky" {
		t.Errorf("API while Discord is down: %d %+v %v", code, ans, err)
	}
	resp, err := http.Get(base + "/readyz")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 503 || !strings.Contains(string(body), "discord: not ready: gateway not connected\n") {
		t.Errorf("/readyz: %d %s", resp.StatusCode, body)
	}
	if n := metricValue(t, base, `briefbot_adapter_ready{adapter="discord"}`); n != 0 {
		t.Errorf("briefbot_adapter_ready = %v while Discord is down", n)
	}
	if err := stop(); err != nil {
		t.Errorf("serve: %v", err)
	}
	if strings.Contains(logs.String(), "discord-test-token") {
		t.Error("the token is in the log")
	}
}

// TestServeAdapterErrorNamedOnce: an adapter that cannot start stops the
// server with its own error, which names the adapter once.
func TestServeAdapterErrorNamedOnce(t *testing.T) {
	cfg := defaultConfig()
	cfg.Slack.BotToken = "xoxb-test" // neither a signing secret nor an app token
	s, err := memoryApp(t, cfg, nil).newServer(nil)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- s.run(context.Background(), ln) }()
	select {
	case err = <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop after the adapter failed")
	}
	if err == nil || !strings.HasPrefix(err.Error(), "slack: ") || strings.Count(err.Error(), "slack:") != 1 {
		t.Errorf("serve = %v, want one \"slack: \" prefix", err)
	}
}
