package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefbot/corpus"
)

const (
	medinskySentence = "Instead of Zelenskyy and Putin, a Ukrainian delegation headed by Defense Minister Rustem Umerov is scheduled to meet with a lower-level Russian team led by presidential aide Vladimir Medinsky."
	storyTitle       = "Despite Skipping Ukraine Peace Talks, Trump Seeks Quick Meeting with Putin"
)

// cli runs the bot in process, the way a shell would, with its own index
// directory so tests never touch the user's cache.
type cli struct {
	t        *testing.T
	env      map[string]string
	stdin    string
	terminal bool
}

func newCLI(t *testing.T) *cli {
	return &cli{t: t, env: map[string]string{"BRIEFBOT_INDEX": filepath.Join(t.TempDir(), "index")}}
}

func (c *cli) run(args ...string) (code int, stdout, stderr string) {
	c.t.Helper()
	return c.runContext(context.Background(), args...)
}

func (c *cli) runContext(ctx context.Context, args ...string) (code int, stdout, stderr string) {
	c.t.Helper()
	var out, errb bytes.Buffer
	e := env{
		stdin:    strings.NewReader(c.stdin),
		stdout:   &out,
		stderr:   &errb,
		getenv:   func(k string) string { return c.env[k] },
		terminal: c.terminal,
	}
	code = run(ctx, args, e)
	return code, out.String(), errb.String()
}

func TestAskAnswersFromTheBundledStory(t *testing.T) {
	c := newCLI(t)
	code, out, errs := c.run("ask", "Who leads the Russian delegation?")
	if code != exitOK {
		t.Fatalf("exit %d, stderr: %s", code, errs)
	}
	for _, want := range []string{"Vladimir Medinsky\n", medinskySentence, storyTitle + ", paragraph 7"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if errs != "" {
		t.Errorf("ask wrote to stderr without -v: %s", errs)
	}
}

func TestAskJSON(t *testing.T) {
	c := newCLI(t)
	// Flags after the question work too.
	code, out, errs := c.run("ask", "Who leads the Russian delegation?", "--json")
	if code != exitOK {
		t.Fatalf("exit %d, stderr: %s", code, errs)
	}
	var got struct {
		Answered       bool    `json:"answered"`
		Answer         string  `json:"answer"`
		Sentence       string  `json:"sentence"`
		ArticleTitle   string  `json:"article_title"`
		ArticleID      string  `json:"article_id"`
		Paragraph      int     `json:"paragraph"`
		SentenceNumber int     `json:"sentence_number"`
		Score          float64 `json:"score"`
		Alternatives   []any   `json:"alternatives"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, out)
	}
	if !got.Answered || got.Answer != "Vladimir Medinsky" || got.Sentence != medinskySentence ||
		got.ArticleTitle != storyTitle || got.ArticleID != "istanbul-talks.txt" || got.Paragraph != 7 ||
		got.SentenceNumber < 7 || got.Score <= 0 || got.Score > 1 {
		t.Errorf("JSON answer = %+v", got)
	}
}

func TestAskNoAnswer(t *testing.T) {
	c := newCLI(t)
	for _, args := range [][]string{
		{"ask", "What is the capital of France?"},
		{"ask", "\x00\x01\x02 \xff\xfe binary \x7f junk"},
		{"ask", "🤔🤔🤔 ¿¿¿ ‮"},
	} {
		code, out, errs := c.run(args...)
		if code != exitOK {
			t.Errorf("%q: exit %d, stderr %s", args[1], code, errs)
		}
		if !strings.HasPrefix(out, "The articles don't say.") {
			t.Errorf("%q: output = %q, want the no-answer reply", args[1], out)
		}
	}
	code, out, _ := c.run("ask", "--json", "What is the capital of France?")
	if code != exitOK || !strings.Contains(out, `"answered": false`) || !strings.Contains(out, `"answer": ""`) {
		t.Errorf("no-answer JSON: exit %d\n%s", code, out)
	}
}

func TestAskBadInput(t *testing.T) {
	c := newCLI(t)
	tests := []struct {
		name    string
		args    []string
		code    int
		wantErr string
	}{
		{"no question", []string{"ask"}, exitUsage, "no question given"},
		{"white space", []string{"ask", "   \t  "}, exitUsage, "no question given"},
		{"control characters only", []string{"ask", "\x01\x02\u200b"}, exitError, "empty"},
		{"huge question", []string{"ask", strings.Repeat("Who leads the delegation? ", 400)}, exitError, "too long"},
		{"missing corpus", []string{"ask", "--corpus", "/does/not/exist", "Who?"}, exitError, "/does/not/exist does not exist"},
		{"unknown flag", []string{"ask", "--nope", "Who?"}, exitUsage, "flag provided but not defined"},
		{"unknown command", []string{"frobnicate"}, exitUsage, "unknown command"},
		{"missing config", []string{"ask", "--config", "/no/such.toml", "Who?"}, exitError, "read config"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := c.run(tt.args...)
			if code != tt.code || !strings.Contains(errs, tt.wantErr) {
				t.Errorf("exit %d, stderr %q; want exit %d mentioning %q", code, errs, tt.code, tt.wantErr)
			}
			if strings.Count(strings.TrimSpace(errs), "\n") > 0 && tt.code == exitError {
				t.Errorf("error is not one line: %q", errs)
			}
		})
	}
}

func TestHelp(t *testing.T) {
	c := newCLI(t)
	for _, cmd := range []string{"ask", "chat", "index", "eval"} {
		code, _, errs := c.run(cmd, "-h")
		if code != exitOK || !strings.Contains(errs, "usage: bot "+cmd) || !strings.Contains(errs, "-corpus") || !strings.Contains(errs, "-config") {
			t.Errorf("bot %s -h: exit %d\n%s", cmd, code, errs)
		}
	}
	code, out, _ := c.run("help")
	if code != exitOK || !strings.Contains(out, "commands:") {
		t.Errorf("bot help: exit %d\n%s", code, out)
	}
	// No arguments and no terminal: usage, not a hang waiting for input.
	code, _, errs := c.run()
	if code != exitUsage || !strings.Contains(errs, "usage:") {
		t.Errorf("bot with no arguments off a terminal: exit %d\n%s", code, errs)
	}
}

func TestIndexIsReusedAndRebuiltWhenTheCorpusChanges(t *testing.T) {
	c := newCLI(t)
	dir := t.TempDir()
	story, err := os.ReadFile(filepath.Join("..", "..", "corpus", "bundled", "istanbul-talks.txt"))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "talks.txt")
	if err := os.WriteFile(path, story, 0o644); err != nil {
		t.Fatal(err)
	}

	code, out, errs := c.run("index", "--corpus", dir)
	if code != exitOK || !strings.Contains(out, "index built") || !strings.Contains(out, "1 articles") {
		t.Fatalf("first index: exit %d\n%s%s", code, out, errs)
	}
	code, _, errs = c.run("ask", "-v", "--corpus", dir, "Who leads the Russian delegation?")
	if code != exitOK || !strings.Contains(errs, "index reused") {
		t.Fatalf("second run did not reuse the index: exit %d\n%s", code, errs)
	}

	edited := strings.Replace(string(story), "Vladimir Medinsky", "Sergei Example", 1)
	if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs = c.run("ask", "-v", "--corpus", dir, "Who leads the Russian delegation?")
	if code != exitOK || !strings.Contains(errs, "index built") || !strings.Contains(out, "Sergei Example") {
		t.Errorf("edited corpus: exit %d\nstdout %s\nstderr %s", code, out, errs)
	}
}

func TestBrokenArticleIsSkipped(t *testing.T) {
	c := newCLI(t)
	dir := t.TempDir()
	story, err := corpus.Bundled().Open("istanbul-talks.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer story.Close()
	var buf bytes.Buffer
	buf.ReadFrom(story)
	os.WriteFile(filepath.Join(dir, "talks.txt"), buf.Bytes(), 0o644)
	os.WriteFile(filepath.Join(dir, "broken.html"), []byte("\x00\x01\x02<html><body>"), 0o644)
	os.WriteFile(filepath.Join(dir, "huge.txt"), bytes.Repeat([]byte("word "), corpus.MaxFileSize/4), 0o644)

	// Without -v, one line says how many were skipped...
	code, out, errs := c.run("ask", "--corpus", dir, "Who leads the Russian delegation?")
	if code != exitOK || !strings.Contains(out, "Vladimir Medinsky") {
		t.Errorf("exit %d\n%s%s", code, out, errs)
	}
	if lines := strings.Split(strings.TrimSpace(errs), "\n"); len(lines) != 1 || !strings.Contains(errs, "skipped=2") || !strings.Contains(errs, "-v") {
		t.Errorf("bot ask without -v: want one line summing up the 2 skipped articles, got:\n%s", errs)
	}
	// ... and -v names each.
	_, _, errs = c.run("ask", "-v", "--corpus", dir, "Who leads the Russian delegation?")
	if !strings.Contains(errs, "huge.txt") || !strings.Contains(errs, "broken.html") {
		t.Errorf("bot ask -v does not name the skipped articles: %s", errs)
	}
}

func TestEmptyCorpusIsReported(t *testing.T) {
	c := newCLI(t)
	code, out, errs := c.run("ask", "--corpus", t.TempDir(), "Who leads the Russian delegation?")
	if code != exitOK || !strings.HasPrefix(out, "The articles don't say.") || !strings.Contains(errs, "no articles") {
		t.Errorf("empty corpus: exit %d\nstdout %s\nstderr %s", code, out, errs)
	}
}

func TestChat(t *testing.T) {
	c := newCLI(t)
	c.stdin = "Who leads the Russian delegation?\n\n" + strings.Repeat("x", maxLine+10) + "\nWhat is the capital of France?"
	code, out, errs := c.run("chat")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"Vladimir Medinsky", "too long", "The articles don't say."} {
		if !strings.Contains(out, want) {
			t.Errorf("chat output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "> ") {
		t.Error("prompt printed when input is not a terminal")
	}

	c.terminal = true
	c.stdin = "Who heads the Ukrainian team?\n"
	code, out, _ = c.run() // no arguments on a terminal means chat
	if code != exitOK || !strings.Contains(out, "> ") || !strings.Contains(out, "Umerov") {
		t.Errorf("bot on a terminal: exit %d\n%s", code, out)
	}
}

func TestReadLine(t *testing.T) {
	in := "short\r\n" + strings.Repeat("a", 100) + "\nlast"
	r := bufioReader(in, 16)
	for _, want := range []struct {
		line    string
		tooLong bool
	}{{"short", false}, {"", true}, {"last", false}} {
		line, err := readLine(r, 50)
		if (err == errLineTooLong) != want.tooLong || line != want.line {
			t.Errorf("readLine = %q, %v; want %q (too long %v)", line, err, want.line, want.tooLong)
		}
	}
}

func bufioReader(s string, size int) *bufio.Reader {
	return bufio.NewReaderSize(strings.NewReader(s), size)
}

// Global flags may come before the command, as in `bot -v ask ...` or
// `bot --config FILE serve`.
func TestGlobalFlagsBeforeTheCommand(t *testing.T) {
	c := newCLI(t)
	dir := storyDir(t)
	tests := []struct {
		name    string
		args    []string
		code    int
		out     string // in stdout
		errs    string // in stderr
		notErrs string // not in stderr
	}{
		{"-v", []string{"-v", "ask", "Who leads the Russian delegation?"}, exitOK, "Vladimir Medinsky", "index", ""},
		{"--corpus DIR", []string{"--corpus", dir, "-v", "ask", "Who leads the Russian delegation?"}, exitOK, "Vladimir Medinsky", "articles=1", ""},
		{"--corpus=DIR", []string{"--corpus=" + dir, "index"}, exitOK, "1 articles", "", ""},
		{"--config missing", []string{"--config", "/no/such.toml", "ask", "Who?"}, exitError, "", "read config", ""},
		{"command flags stay after", []string{"-v", "ask", "--json", "Who leads the Russian delegation?"}, exitOK, `"answer": "Vladimir Medinsky"`, "", ""},
		{"unknown global flag", []string{"--nope", "ask", "Who?"}, exitUsage, "", "flag provided but not defined: -nope", ""},
		{"flag needing a value, none", []string{"--config"}, exitUsage, "", "needs an argument", ""},
		{"no command after the flags", []string{"-v"}, exitUsage, "", "usage:", "unknown command"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := c.run(tt.args...)
			if code != tt.code || !strings.Contains(out, tt.out) || !strings.Contains(errs, tt.errs) ||
				(tt.notErrs != "" && strings.Contains(errs, tt.notErrs)) {
				t.Errorf("bot %q: exit %d\nstdout %s\nstderr %s", tt.args, code, out, errs)
			}
		})
	}
}

// TestAskAsChatUsersType asks the bundled story, through the real index,
// questions as people type them in Slack or Discord: lower case, Title
// Case, capitals throughout, contractions without apostrophes, a noun
// phrase alone, idioms. Each must get the answer its plainly written form
// gets, and that answer must be one.
func TestAskAsChatUsersType(t *testing.T) {
	c := newCLI(t)
	answer := func(question string) string {
		t.Helper()
		code, out, errs := c.run("ask", "--json", question)
		var got struct {
			Answered bool   `json:"answered"`
			Answer   string `json:"answer"`
		}
		if code != exitOK || json.Unmarshal([]byte(out), &got) != nil {
			t.Fatalf("ask %q: exit %d\n%s%s", question, code, out, errs)
		}
		if !got.Answered {
			return ""
		}
		return got.Answer
	}
	for _, pair := range [][2]string{
		{"who's in charge of the ukrainian delegation?", "Who heads the Ukrainian delegation?"},
		{"Who leads the Russian delegation to Istanbul?", "Who leads the Russian delegation?"},
		{"russian delegation leader?", "Who leads the Russian delegation?"},
		{"Who Leads The Russian Delegation?", "Who leads the Russian delegation?"},
		{"WHERE ARE THE TALKS BEING HELD?", "Where are the talks being held?"},
		{"whats marco rubio's title", "What is Marco Rubio's title?"},
		{"why isnt putin going", "Why isn't Putin going?"},
		{"how'd zelenskyy characterize the russian team", "How did Zelenskyy characterize the Russian team?"},
	} {
		want := answer(pair[1])
		if want == "" {
			t.Errorf("%q: no answer", pair[1])
			continue
		}
		if got := answer(pair[0]); got != want {
			t.Errorf("%q = %q, want %q as for %q", pair[0], got, want, pair[1])
		}
	}
}

// TestAskAcrossBritishAndAmericanSpelling asks in one spelling about
// articles written in the other: the search and the matching both take
// "defense" for "defence" and "center" for "centre".
func TestAskAcrossBritishAndAmericanSpelling(t *testing.T) {
	c := newCLI(t)
	dir := t.TempDir()
	// The other article of each pair comes first and shares every word
	// of the question but the one spelt otherwise.
	articles := map[string]string{
		"a-finance.txt": "Budget week\n\nThe new finance minister is Bruno Lima, a former banker. He presents the budget on Tuesday.\n",
		"b-defence.txt": "Cabinet changes\n\nThe new defence minister is Ana Costa, a former pilot. She takes office on Monday.\n",
		"a-hall.txt":    "City plans\n\nThe sports hall will be built in Northfield, the council said. Work starts in autumn.\n",
		"b-arena.txt":   "Arena\n\nThe sports center will be built in Rivermouth, the council said. Work starts in spring.\n",
	}
	for name, text := range articles {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tt := range []struct{ question, want string }{
		{"Who is the defense minister?", "Ana Costa"},
		{"Where will the sports centre be built?", "Rivermouth"},
	} {
		code, out, errs := c.run("ask", "--corpus", dir, tt.question)
		if code != exitOK || !strings.Contains(out, tt.want) {
			t.Errorf("%s: exit %d, want %q in\n%s%s", tt.question, code, tt.want, out, errs)
		}
	}
}

// TestAskHowDescribed asks, through the real index, how someone describes
// something: the description the story gives ("characterizing ... as a
// theater prop"), not the words between the question's in a sentence that
// only names the team.
func TestAskHowDescribed(t *testing.T) {
	c := newCLI(t)
	code, out, errs := c.run("ask", "How did Zelenskyy describe the Russian team?")
	if code != exitOK || !strings.HasPrefix(out, "a theater prop\n") {
		t.Errorf("exit %d, output:\n%s%s", code, out, errs)
	}
}
