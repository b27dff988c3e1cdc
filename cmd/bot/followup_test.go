package main

import (
	"encoding/json"
	"net/http/httptest"
	"strings"
	"testing"
)

// The follow-up chain the end-to-end tests ask in every front end, on the
// bundled story: each question, the answer, and how a follow-up is
// understood ("" for a question asked as it stands).
var storyChain = []struct{ q, answer, understood string }{
	{"Who leads the Russian delegation?", "Vladimir Medinsky", ""},
	{"What is his job?", "presidential aide", "What is Vladimir Medinsky's job?"},
	{"And the Ukrainian one?", "Rustem Umerov", "Who leads the Ukrainian delegation?"},
	{"What is his title?", "Defense Minister", "What is Rustem Umerov's title?"},
}

// TestChatFollowUpsAndWhy: `bot chat` is one conversation: follow-ups
// are understood against the answers before, and say so; `why` explains
// the last answer, and "Why?" is a follow-up question.
func TestChatFollowUpsAndWhy(t *testing.T) {
	c := newCLI(t)
	var in []string
	for _, s := range storyChain {
		in = append(in, s.q)
	}
	c.stdin = "why\n" + strings.Join(in, "\n") + "\nwhy\nWhose invitation did Putin decline?\nWhy?\nwho leads the russian delegation\nwhy\n"
	code, out, errs := c.run("chat")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"Ask a question first; then `why` says why it got its answer.",
		"Understood as: What is Vladimir Medinsky's job?\npresidential aide\n",
		"Understood as: Who leads the Ukrainian delegation?\nRustem Umerov\n",
		"Understood as: What is Rustem Umerov's title?\nDefense Minister\n",
		"Why this answer?\nRead as a what-question, looking for a title: “What is Rustem Umerov's title?”",
		"Answer “Defense Minister”: score",
		"Understood as: Why did Putin decline Zelenskyy's invitation?",
		// Typed in small letters: read with the names as the story writes them.
		"Read as a who-question, looking for a person: “who leads the Russian delegation”",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("chat lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\x1b[") {
		t.Error("terminal escapes when the output is not a terminal")
	}
}

// TestAPIFollowUps: /api/ask with a "conversation" id understands a
// follow-up against the client's earlier questions in it, and says so in
// "understood_as"; another id is another conversation; "explain": true
// adds the explanation. Without feedback no answer_id is shown.
func TestAPIFollowUps(t *testing.T) {
	cfg := defaultConfig()
	cfg.Limits = LimitsConfig{}
	s, err := memoryApp(t, cfg, nil).newServer(nil)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s.handler())
	defer ts.Close()
	type reply struct {
		Answer       string `json:"answer"`
		UnderstoodAs string `json:"understood_as"`
		AnswerID     string `json:"answer_id"`
		Explanation  *struct {
			Type     string   `json:"type"`
			Expects  string   `json:"expects"`
			Answer   string   `json:"answer"`
			Matched  []string `json:"matched"`
			Lowered  []any    `json:"lowered"`
			RunnerUp *struct {
				Text  string  `json:"text"`
				Score float64 `json:"score"`
			} `json:"runner_up"`
		} `json:"explanation"`
		Error string `json:"error"`
	}
	askIn := func(conversation, q string, explain bool) reply {
		t.Helper()
		body, _ := json.Marshal(map[string]any{"question": q, "conversation": conversation, "explain": explain})
		code, out := post(t, ts.URL, "/api/ask", "application/json", string(body))
		var r reply
		if err := json.Unmarshal([]byte(out), &r); err != nil || code != 200 {
			t.Fatalf("%d %s", code, out)
		}
		return r
	}
	for _, step := range storyChain {
		r := askIn("briefing-1", step.q, false)
		if r.Answer != step.answer || r.UnderstoodAs != step.understood || r.AnswerID != "" {
			t.Errorf("%q: %+v", step.q, r)
		}
	}
	if r := askIn("briefing-2", "What is his job?", false); r.UnderstoodAs != "" {
		t.Errorf("another conversation leaned on briefing-1: %+v", r)
	}
	askIn("briefing-3", "Whose invitation did Putin decline?", false)
	r := askIn("briefing-3", "Why?", true)
	if r.UnderstoodAs != "Why did Putin decline Zelenskyy's invitation?" || r.Explanation == nil || r.Explanation.Type != "why" {
		t.Fatalf("why, explained: %+v %+v", r, r.Explanation)
	}
	r = askIn("", "Who leads the Russian delegation?", true)
	if e := r.Explanation; e == nil || e.Type != "who" || e.Expects != "person" || e.Answer != "Vladimir Medinsky" ||
		len(e.Matched) == 0 || e.RunnerUp == nil || e.Lowered == nil {
		t.Errorf("explanation: %+v", r.Explanation)
	}
	if code, out := post(t, ts.URL, "/api/ask", "application/json", `{"question": "Who?", "conversation": "`+strings.Repeat("x", 201)+`"}`); code != 400 {
		t.Errorf("a long conversation id: %d %s", code, out)
	}
}
