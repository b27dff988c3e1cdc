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
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"briefbot"
	"briefbot/feedback"

	"github.com/slack-go/slack/slacktest"
)

// post sends body to base+path with the given headers and returns the
// status and the reply.
func post(t *testing.T, base, path, contentType, body string, header ...string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, base+path, strings.NewReader(body))
	req.Header.Set("Content-Type", contentType)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// slackSigned returns the headers that sign body with secret now.
func slackSigned(secret, body string) []string {
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	mac := hmac.New(sha256.New, []byte(secret))
	fmt.Fprintf(mac, "v0:%s:%s", ts, body)
	return []string{"X-Slack-Request-Timestamp", ts, "X-Slack-Signature", "v0=" + hex.EncodeToString(mac.Sum(nil))}
}

func discordSigned(key ed25519.PrivateKey, body string) []string {
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	return []string{"X-Signature-Timestamp", ts, "X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(key, []byte(ts+body)))}
}

func readVotes(t *testing.T, path string) []feedback.Entry {
	t.Helper()
	entries, bad, err := readFeedback(path)
	if err != nil || bad != 0 {
		t.Fatalf("read %s: %v, %d bad lines", path, err, bad)
	}
	return entries
}

// TestFeedbackEndToEnd runs bot serve with feedback on, Slack on a fake Web
// API and Discord on its interactions endpoint, and votes through each
// front end: the buttons on a Slack /ask answer, the buttons on a Discord
// /ask answer, and POST /api/feedback on an /api/ask answer_id. Every vote
// lands in the file, hashed, with what it is about; then `bot feedback
// summary` and `export` read the file, and `bot eval` runs the export.
func TestFeedbackEndToEnd(t *testing.T) {
	fakeSlack := slacktest.NewTestServer()
	fakeSlack.Start()
	t.Cleanup(fakeSlack.Stop)
	acks := make(chan map[string]any, 4)
	responseURL := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var m map[string]any
		json.NewDecoder(r.Body).Decode(&m)
		acks <- m
	}))
	t.Cleanup(responseURL.Close)

	const secret, token = "test-signing-secret", "api-token"
	pub, priv, _ := ed25519.GenerateKey(nil)
	file := filepath.Join(t.TempDir(), "votes", "feedback.jsonl")
	cfg := defaultConfig()
	cfg.Slack.BotToken, cfg.Slack.SigningSecret, cfg.Slack.APIURL = "xoxb-test", secret, fakeSlack.GetAPIURL()
	cfg.Discord.PublicKey = hex.EncodeToString(pub)
	cfg.API.Token = token
	cfg.Feedback.File, cfg.Feedback.Secret = file, "feedback-key"
	// On disk, so the index has a generation to record.
	s, err := diskApp(t, cfg, storyDir(t), slog.New(slog.DiscardHandler)).newServer(nil)
	if err != nil {
		t.Fatal(err)
	}
	base, stop := startServer(t, s)
	eventually(t, 10*time.Second, "/readyz", func() bool {
		resp, err := http.Get(base + "/readyz")
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK
	})
	bearer := []string{"Authorization", "Bearer " + token}

	t.Run("slack", func(t *testing.T) {
		form := url.Values{"command": {"/ask"}, "text": {"Who leads the Russian delegation?"}, "team_id": {"T1"},
			"channel_id": {"C1"}, "user_id": {"U1"}, "response_url": {responseURL.URL + "/unused"}}.Encode()
		code, reply := post(t, base, "/slack/commands", "application/x-www-form-urlencoded", form, slackSigned(secret, form)...)
		var m struct {
			Blocks []struct {
				Type     string `json:"type"`
				Elements []struct {
					ActionID string `json:"action_id"`
					Value    string `json:"value"`
				} `json:"elements"`
			} `json:"blocks"`
		}
		json.Unmarshal([]byte(reply), &m)
		last := m.Blocks[len(m.Blocks)-1]
		// 👍, 👎 and Why?
		if code != 200 || last.Type != "actions" || len(last.Elements) != 3 || last.Elements[0].ActionID != "vote_up" || last.Elements[0].Value == "" {
			t.Fatalf("/ask: %d %s", code, reply)
		}
		click, _ := json.Marshal(map[string]any{
			"type": "block_actions", "user": map[string]any{"id": "U1"}, "channel": map[string]any{"id": "C1"},
			"container":    map[string]any{"type": "message", "channel_id": "C1", "is_ephemeral": true},
			"response_url": responseURL.URL + "/click",
			"actions":      []map[string]any{{"type": "button", "action_id": "vote_up", "block_id": "b", "value": last.Elements[0].Value}},
		})
		body := url.Values{"payload": {string(click)}}.Encode()
		if code, reply := post(t, base, "/slack/interactions", "application/x-www-form-urlencoded", body, slackSigned(secret, body)...); code != 200 {
			t.Fatalf("click: %d %s", code, reply)
		}
		select {
		case m := <-acks:
			if m["text"] != "Thanks, noted." || m["response_type"] != "ephemeral" {
				t.Errorf("the clicker got %v", m)
			}
		case <-time.After(5 * time.Second):
			t.Fatal("no reply to the click")
		}
	})

	t.Run("discord", func(t *testing.T) {
		ask := `{"id":"i1","application_id":"app1","type":2,"token":"tok","guild_id":"g1","channel_id":"c1",
			"member":{"user":{"id":"u1"}},"data":{"id":"cmd1","name":"ask","type":1,
			"options":[{"name":"question","type":3,"value":"Who leads the Russian delegation?"}]}}`
		code, reply := post(t, base, "/discord/interactions", "application/json", ask, discordSigned(priv, ask)...)
		var r struct {
			Data struct {
				Components []struct {
					Components []struct {
						CustomID string `json:"custom_id"`
					} `json:"components"`
				} `json:"components"`
			} `json:"data"`
		}
		json.Unmarshal([]byte(reply), &r)
		if code != 200 || len(r.Data.Components) != 1 || len(r.Data.Components[0].Components) != 3 {
			t.Fatalf("/ask: %d %s", code, reply)
		}
		down := r.Data.Components[0].Components[1].CustomID
		click := `{"id":"i2","application_id":"app1","type":3,"token":"tok2","guild_id":"g1","channel_id":"c1",
			"member":{"user":{"id":"u1"}},"data":{"custom_id":"` + down + `","component_type":2}}`
		code, reply = post(t, base, "/discord/interactions", "application/json", click, discordSigned(priv, click)...)
		if code != 200 || !strings.Contains(reply, `"content":"Thanks, noted."`) || !strings.Contains(reply, `"flags":68`) {
			t.Errorf("click: %d %s", code, reply)
		}
	})

	t.Run("api", func(t *testing.T) {
		code, reply := post(t, base, "/api/ask", "application/json", `{"question": "What is the capital of France?"}`, bearer...)
		var ans struct {
			Answered bool   `json:"answered"`
			ID       string `json:"answer_id"`
		}
		json.Unmarshal([]byte(reply), &ans)
		if code != 200 || ans.ID == "" || ans.Answered {
			t.Fatalf("/api/ask: %d %s", code, reply)
		}
		vote := func(v string) string { return `{"answer_id": "` + ans.ID + `", "vote": "` + v + `"}` }
		for _, tt := range []struct {
			name, body string
			header     []string
			status     int
			want       string
		}{
			{"up", vote("up"), bearer, 200, `"message":"Thanks, noted."`},
			{"up again: counted once", vote("up"), bearer, 200, `"vote":"up"`},
			{"changed", vote("down"), bearer, 200, `"vote":"down"`},
			{"bad vote", vote("maybe"), bearer, 400, `vote must be \"up\" or \"down\"`},
			{"no answer_id", `{"vote": "up"}`, bearer, 400, "answer_id is required"},
			{"unknown answer", `{"answer_id": "nope", "vote": "up"}`, bearer, 404, "unknown or expired answer_id"},
			{"unknown field", `{"answer_id": "x", "vote": "up", "user": "me"}`, bearer, 400, "invalid JSON"},
			{"no token", vote("up"), nil, 401, "bearer token"},
			{"too big", `{"answer_id": "` + strings.Repeat("x", 70000) + `", "vote": "up"}`, bearer, 413, "larger than"},
		} {
			if code, reply := post(t, base, "/api/feedback", "application/json", tt.body, tt.header...); code != tt.status || !strings.Contains(reply, tt.want) {
				t.Errorf("%s: %d %s, want %d with %s", tt.name, code, reply, tt.status, tt.want)
			}
		}
		if code, _ := post(t, base, "/api/feedback", "text/plain", vote("up"), bearer...); code != 415 {
			t.Errorf("text/plain: %d", code)
		}
	})

	for vote, want := range map[string]float64{"up": 2, "down": 2} {
		if n := metricValue(t, base, `briefbot_feedback_total{vote="`+vote+`"}`); n != want {
			t.Errorf("briefbot_feedback_total{vote=%q} = %v, want %v", vote, n, want)
		}
	}
	if err := stop(); err != nil {
		t.Fatal(err)
	}

	votes := readVotes(t, file)
	if len(votes) != 4 {
		t.Fatalf("%d lines, want 4 (slack up, discord down, api up then down)", len(votes))
	}
	raw, _ := os.ReadFile(file)
	for _, id := range []string{`"U1"`, `"u1"`, "127.0.0.1"} {
		if bytes.Contains(raw, []byte(id)) {
			t.Errorf("the file holds a raw user ID %s", id)
		}
	}
	sl, dc := votes[0], votes[1]
	if sl.Adapter != "slack" || sl.Channel != "C1" || sl.Vote != "up" || sl.Answer != "Vladimir Medinsky" || !sl.Answered ||
		sl.Question != "Who leads the Russian delegation?" || sl.Citation == nil || sl.Citation.ArticleID != "talks.txt" ||
		sl.Citation.Sentence == 0 || sl.Sentence != medinskySentence || sl.Score <= 0 || len(sl.Generation) != 12 || len(sl.User) != 32 {
		t.Errorf("slack vote: %+v", sl)
	}
	if dc.Adapter != "discord" || dc.Channel != "c1" || dc.Vote != "down" || dc.Answer != "Vladimir Medinsky" {
		t.Errorf("discord vote: %+v", dc)
	}
	if api := votes[3]; api.Adapter != "api" || api.Answered || api.Vote != "down" || api.User != votes[2].User {
		t.Errorf("api votes: %+v then %+v", votes[2], api)
	}

	// The loop: summary, export, eval.
	c := newCLI(t)
	c.env["BRIEFBOT_CORPUS"] = storyDir(t)
	code, out, errs := c.run("feedback", "summary", file)
	if code != exitOK || !strings.Contains(out, "3 votes (1 right, 2 wrong") || !strings.Contains(out, "1 changed votes counted once") ||
		!strings.Contains(out, "Who leads the Russian delegation?") {
		t.Errorf("summary: %d\n%s%s", code, out, errs)
	}
	squad := filepath.Join(t.TempDir(), "regression.json")
	code, out, errs = c.run("feedback", "export", file, "--squad", squad)
	if code != exitOK || !strings.Contains(out, "2 questions (0 with a gold answer, 0 unanswerable, 2 to label)") {
		t.Errorf("export: %d\n%s%s", code, out, errs)
	}
	code, out, errs = c.run("eval", "--squad", squad)
	if code != exitOK || !strings.Contains(errs, "2 questions in") || !strings.Contains(out, "0 questions") {
		t.Errorf("eval of the export: %d\n%s%s", code, out, errs)
	}
}

// TestFeedbackOff: without feedback.file answers have no answer_id and
// there is no /api/feedback.
func TestFeedbackOff(t *testing.T) {
	s, err := memoryApp(t, defaultConfig(), nil).newServer(nil)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s.handler())
	defer ts.Close()
	if _, reply := post(t, ts.URL, "/api/ask", "application/json", `{"question": "Who leads the Russian delegation?"}`); strings.Contains(reply, "answer_id") {
		t.Errorf("answer_id with feedback off: %s", reply)
	}
	if code, _ := post(t, ts.URL, "/api/feedback", "application/json", `{"answer_id": "x", "vote": "up"}`); code != 404 {
		t.Errorf("/api/feedback with feedback off: %d", code)
	}
}

// TestFeedbackLimitsAndRetention: votes have their own per-user buckets,
// with the question limits; old votes are pruned when the server starts.
func TestFeedbackLimitsAndRetention(t *testing.T) {
	file := filepath.Join(t.TempDir(), "feedback.jsonl")
	old := feedback.Entry{Time: time.Now().Add(-48 * time.Hour), AnswerID: "old", Adapter: "api", User: "h", Question: "Who?", Vote: "up"}
	line, _ := json.Marshal(old)
	os.WriteFile(file, append(line, '\n'), 0o600)

	cfg := defaultConfig()
	cfg.Feedback.File, cfg.Feedback.Retention = file, Duration{24 * time.Hour}
	cfg.Limits.UserPerMinute, cfg.Limits.UserBurst = 1, 2
	s, err := memoryApp(t, cfg, nil).newServer(nil)
	if err != nil {
		t.Fatal(err)
	}
	base, stop := startServer(t, s)
	eventually(t, 5*time.Second, "the old vote pruned", func() bool {
		b, _ := os.ReadFile(file)
		return len(b) == 0
	})
	_, reply := post(t, base, "/api/ask", "application/json", `{"question": "Who leads the Russian delegation?"}`)
	var ans struct {
		ID string `json:"answer_id"`
	}
	json.Unmarshal([]byte(reply), &ans)
	for i, want := range []int{200, 200, 429} {
		v := []string{"up", "down", "up"}[i]
		if code, reply := post(t, base, "/api/feedback", "application/json", `{"answer_id": "`+ans.ID+`", "vote": "`+v+`"}`); code != want {
			t.Errorf("vote %d: %d %s, want %d", i+1, code, reply, want)
		}
	}
	stop()
	if n := len(readVotes(t, file)); n != 2 {
		t.Errorf("%d votes written, want 2", n)
	}
}

// syntheticQuestions are questions about the bundled story with what a
// person would accept as right ("" for "the articles don't say").
var syntheticQuestions = []struct{ q, right string }{
	{"Who heads the Russian negotiating team?", "Medinsky"},
	{"Which minister leads Ukraine's team?", "Umerov"},
	{"Where was Trump when he spoke to reporters?", "Abu Dhabi"},
	{"How many officials did Putin name as experts?", "four"},
	{"Where are the two delegations meeting?", "Istanbul"},
	{"When did Rubio speak in Antalya?", "Thursday"},
	{"What did Zelenskyy call the Russian team?", "theater prop"},
	{"How long is the proposed ceasefire?", "30-day"},
	{"Who declined Zelenskyy's invitation?", "Putin"},
	{"What is Marco Rubio's job?", "Secretary of State"},
	{"Who accompanied Rubio in the U.S. delegation?", "Kellogg"},
	{"Why did Putin reject the ceasefire?", "preconditions"},
	{"How much aid did Germany send?", ""},
	{"What is the capital of Spain?", ""},
	{"Who leads the French delegation?", ""},
	{"When was the Eiffel Tower built?", ""},
}

// writeSyntheticVotes asks the bundled story's bot the synthetic questions
// and writes n votes by 12 people: right when the answer holds what the
// question wants (or, for an unanswerable one, when the bot abstains),
// with one vote in ten flipped, and one in twenty changed later.
func writeSyntheticVotes(t *testing.T, a *app, path string, n int) {
	t.Helper()
	f, err := feedback.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	day := time.Date(2025, 5, 16, 9, 0, 0, 0, time.UTC)
	now := day
	col := &feedback.Collector{Asker: a.bot, File: f, Key: []byte("synthetic"), Now: func() time.Time { return now }}
	rng := rand.New(rand.NewPCG(14, 14))
	ctx := context.Background()
	for written := 0; written < n; {
		sq := syntheticQuestions[rng.IntN(len(syntheticQuestions))]
		ans, err := col.Ask(ctx, briefbot.Question{Text: sq.q})
		if err != nil {
			t.Fatal(err)
		}
		right := sq.right == "" && !ans.Answered() ||
			sq.right != "" && ans.Answered() && strings.Contains(strings.ToLower(ans.Text), strings.ToLower(sq.right))
		for range 1 + rng.IntN(3) {
			if written == n {
				break
			}
			user := fmt.Sprintf("U%02d", rng.IntN(12))
			up := right != (rng.IntN(10) == 0)
			now = now.Add(time.Duration(rng.IntN(3600)) * time.Second)
			if err := col.Vote(ctx, briefbot.Vote{AnswerID: ans.ID, Up: up, Origin: briefbot.Origin{Adapter: "slack", Channel: "C1", User: user}}); err != nil {
				t.Fatal(err)
			}
			written = len(readVotes(t, path))
			if written < n && rng.IntN(20) == 0 {
				col.Vote(ctx, briefbot.Vote{AnswerID: ans.ID, Up: !up, Origin: briefbot.Origin{Adapter: "slack", Channel: "C1", User: user}})
				written = len(readVotes(t, path))
			}
		}
	}
}

// TestFeedbackSynthetic200: `bot feedback summary` and `export` on a
// generated file of 200 votes. Run with -v to see the summary and its time.
func TestFeedbackSynthetic200(t *testing.T) {
	path := filepath.Join(t.TempDir(), "feedback.jsonl")
	writeSyntheticVotes(t, memoryApp(t, defaultConfig(), nil), path, 200)
	entries := readVotes(t, path)
	if len(entries) != 200 {
		t.Fatalf("%d lines", len(entries))
	}
	latest, changed := feedback.Latest(entries)

	c := newCLI(t)
	start := time.Now()
	code, out, errs := c.run("feedback", "summary", path)
	took := time.Since(start)
	if code != exitOK {
		t.Fatalf("summary: %d %s", code, errs)
	}
	t.Logf("bot feedback summary (200 lines) took %v:\n%s", took, out)
	for _, want := range []string{fmt.Sprintf("%d votes", len(latest)), fmt.Sprintf("%d changed votes counted once", changed),
		"share right by question type", "calibration: share right by score", "no answer", "most down-voted questions"} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q", want)
		}
	}

	squad := filepath.Join(t.TempDir(), "regression.json")
	code, out, errs = c.run("feedback", "export", path, "--squad", squad)
	if code != exitOK {
		t.Fatalf("export: %d %s", code, errs)
	}
	t.Logf("bot feedback export: %s", out)
	code, evalOut, errs := c.run("eval", "--squad", squad, "--scope", "article")
	if code != exitOK {
		t.Fatalf("eval of the export: %d %s", code, errs)
	}
	t.Logf("bot eval --squad (the export):\n%s%s", errs, evalOut)
	// Up-voted answers are gold and the bot gave them: it scores them.
	if !strings.Contains(evalOut, "EM ") {
		t.Errorf("eval output:\n%s", evalOut)
	}
}

func TestFeedbackCommandUsage(t *testing.T) {
	empty := filepath.Join(t.TempDir(), "empty.jsonl")
	os.WriteFile(empty, []byte("{\"cut short\n"), 0o600)
	for _, tt := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"feedback"}, exitUsage, "usage: bot feedback summary"},
		{[]string{"feedback", "tally", empty}, exitUsage, "usage"},
		{[]string{"feedback", "summary"}, exitUsage, "give FILE or set feedback.file"},
		{[]string{"feedback", "export", empty}, exitUsage, "--squad OUT is required"},
		{[]string{"feedback", "summary", filepath.Join(t.TempDir(), "none.jsonl")}, exitError, "no such file"},
		{[]string{"feedback", "summary", empty}, exitOK, "1 lines of"},
		{[]string{"feedback", "export", empty, "--squad", filepath.Join(t.TempDir(), "out.json")}, exitError, "no votes to export"},
	} {
		code, out, errs := newCLI(t).run(tt.args...)
		if code != tt.code || !strings.Contains(out+errs, tt.want) {
			t.Errorf("%v: exit %d, want %d with %q:\n%s%s", tt.args, code, tt.code, tt.want, out, errs)
		}
	}
}
