package feedback

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"briefbot"
)

var medinsky = briefbot.Answer{
	Text: "Vladimir Medinsky",
	Evidence: []briefbot.Sentence{{
		ArticleID: "talks.txt", ArticleTitle: "Talks", Paragraph: 2, Number: 5,
		Text: "The Russian team is led by Vladimir Medinsky.",
	}},
	Score: 0.8123,
}

type fixedAsker struct {
	ans briefbot.Answer
	err error
}

func (f fixedAsker) Ask(context.Context, briefbot.Question) (briefbot.Answer, error) {
	return f.ans, f.err
}

// memFile is an Appender in memory.
type memFile struct {
	mu      sync.Mutex
	entries []Entry
	err     error
}

func (m *memFile) Append(e Entry) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.err != nil {
		return m.err
	}
	m.entries = append(m.entries, e)
	return nil
}

func (m *memFile) all() []Entry {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]Entry(nil), m.entries...)
}

type countObserver struct {
	mu     sync.Mutex
	votes  map[string]int
	failed int
}

func (o *countObserver) ObserveVote(vote string, err error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if err != nil {
		o.failed++
		return
	}
	if o.votes == nil {
		o.votes = map[string]int{}
	}
	o.votes[vote]++
}

func vote(id string, up bool, adapter, user string) briefbot.Vote {
	return briefbot.Vote{AnswerID: id, Up: up, Origin: briefbot.Origin{Adapter: adapter, Channel: "C1", User: user}}
}

// rawUser is a platform's user ID, long and odd enough that no random
// answer ID in the file can hold it by chance ("U1" once did: "...FU1h").
const rawUser = "U0RAWUSER7Q"

func TestCollectorKeepsAnswersAndRecordsVotes(t *testing.T) {
	f := &memFile{}
	obs := &countObserver{}
	c := &Collector{Asker: fixedAsker{ans: medinsky}, File: f, Key: []byte("k"), Observer: obs,
		Generation: func() string { return "gen1" }}
	ctx := context.Background()
	ans, err := c.Ask(ctx, briefbot.Question{Text: " Who  leads\tthe Russian team? "})
	if err != nil || ans.ID == "" || ans.Text != "Vladimir Medinsky" {
		t.Fatalf("Ask = %+v, %v", ans, err)
	}
	none, _ := (&Collector{Asker: fixedAsker{}, File: f}).Ask(ctx, briefbot.Question{Text: "What?"})
	if none.ID == "" {
		t.Error("a no-answer gets no ID; it must be rateable too")
	}

	steps := []struct {
		v       briefbot.Vote
		want    error
		written int
	}{
		{vote(ans.ID, true, "slack", rawUser), nil, 1},
		{vote(ans.ID, true, "slack", rawUser), nil, 1},   // a second click: counted once
		{vote(ans.ID, false, "slack", rawUser), nil, 2},  // changed: a new line
		{vote(ans.ID, true, "discord", rawUser), nil, 3}, // another platform's same ID is another person
		{vote("nope", true, "slack", rawUser), briefbot.ErrUnknownAnswer, 3},
		{vote(strings.Repeat("x", 500), true, "slack", rawUser), briefbot.ErrUnknownAnswer, 3},
	}
	for i, s := range steps {
		if err := c.Vote(ctx, s.v); !errors.Is(err, s.want) && err != s.want {
			t.Errorf("step %d: Vote = %v, want %v", i, err, s.want)
		}
		if n := len(f.all()); n != s.written {
			t.Errorf("step %d: %d lines written, want %d", i, n, s.written)
		}
	}
	got := f.all()
	e := got[0]
	if e.AnswerID != ans.ID || e.Question != "Who leads the Russian team?" || e.Answer != "Vladimir Medinsky" || !e.Answered ||
		e.Citation == nil || e.Citation.ArticleID != "talks.txt" || e.Citation.Sentence != 5 || e.Score != 0.812 ||
		e.Generation != "gen1" || e.Vote != Up || e.Adapter != "slack" || e.Channel != "C1" || e.Time.IsZero() {
		t.Errorf("entry = %+v", e)
	}
	if got[1].Vote != Down || got[0].User != got[1].User || got[0].User == got[2].User {
		t.Errorf("user hashes: %q %q %q", got[0].User, got[1].User, got[2].User)
	}
	line, _ := json.Marshal(got)
	if bytes.Contains(line, []byte(rawUser)) {
		t.Errorf("a raw user ID is in the file: %s", line)
	}
	if obs.votes[Up] != 2 || obs.votes[Down] != 1 {
		t.Errorf("observed %v", obs.votes)
	}
	// The same key hashes the same in another process; another key not.
	same := (&Collector{Key: []byte("k")}).hash("slack", rawUser)
	other := (&Collector{Key: []byte("other")}).hash("slack", rawUser)
	if same != got[0].User || other == same || len(same) != 32 {
		t.Errorf("hash: %q, %q, file %q", same, other, got[0].User)
	}
}

func TestCollectorBoundsTimeAndMemory(t *testing.T) {
	now := time.Date(2025, 5, 16, 12, 0, 0, 0, time.UTC)
	f := &memFile{}
	c := &Collector{Asker: fixedAsker{ans: medinsky}, File: f, Window: time.Hour, MaxAnswers: 3,
		Now: func() time.Time { return now }}
	ctx := context.Background()
	var ids []string
	for range 5 {
		a, _ := c.Ask(ctx, briefbot.Question{Text: "Who?"})
		ids = append(ids, a.ID)
	}
	if c.Len() != 3 {
		t.Errorf("kept %d answers, want the bound of 3", c.Len())
	}
	if err := c.Vote(ctx, vote(ids[0], true, "api", "1.2.3.4")); !errors.Is(err, briefbot.ErrUnknownAnswer) {
		t.Errorf("the oldest answer past the bound: %v", err)
	}
	if err := c.Vote(ctx, vote(ids[4], true, "api", "1.2.3.4")); err != nil {
		t.Errorf("a recent answer: %v", err)
	}
	now = now.Add(time.Hour)
	if err := c.Vote(ctx, vote(ids[4], false, "api", "1.2.3.4")); !errors.Is(err, briefbot.ErrUnknownAnswer) {
		t.Errorf("an answer past the window: %v", err)
	}
	if c.Len() != 0 {
		t.Errorf("kept %d answers after the window", c.Len())
	}
	// Errors are not kept.
	c2 := &Collector{Asker: fixedAsker{err: briefbot.ErrRateLimited}, File: f}
	if a, err := c2.Ask(ctx, briefbot.Question{Text: "Who?"}); a.ID != "" || !errors.Is(err, briefbot.ErrRateLimited) || c2.Len() != 0 {
		t.Errorf("an error: %+v %v, %d kept", a, err, c2.Len())
	}
}

// TestFileAppendReadPrune: lines survive a reopen; a line cut short (a
// crash, a full disk) is skipped and the next vote starts on its own line;
// Prune drops old lines, and a second writer on the same file follows the
// pruned file instead of appending to the old one.
func TestFileAppendReadPrune(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "feedback.jsonl")
	f, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	old := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	recent := time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC)
	entry := func(id string, at time.Time) Entry {
		return Entry{Time: at, AnswerID: id, Adapter: "api", User: "h", Question: "Who?", Vote: Up}
	}
	must(t, f.Append(entry("a", old)))
	must(t, f.Append(entry("b", recent)))
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", info.Mode().Perm())
	}

	// A crash mid-line.
	raw, _ := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	raw.WriteString(`{"time":"2025-05-01T00:00:00Z","answer_id":"cut`)
	raw.Close()
	f2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f2.Close()
	must(t, f2.Append(entry("c", recent)))
	entries, bad := readAll(t, path)
	if ids(entries) != "a b c" || bad != 1 {
		t.Fatalf("read %q with %d bad lines, want a b c and 1", ids(entries), bad)
	}

	removed, err := f.Prune(time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC))
	if err != nil || removed != 2 {
		t.Fatalf("Prune = %d, %v; want the old line and the cut one", removed, err)
	}
	must(t, f2.Append(entry("d", recent))) // f2 still holds the file Prune replaced
	must(t, f.Append(entry("e", recent)))
	entries, bad = readAll(t, path)
	if ids(entries) != "b c d e" || bad != 0 {
		t.Errorf("after prune: %q, %d bad", ids(entries), bad)
	}
	if n, err := f.Prune(time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)); n != 0 || err != nil {
		t.Errorf("nothing to prune: %d, %v", n, err)
	}
	leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".*prune*"))
	if len(leftovers) > 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}
}

// TestFullDisk: a write the disk refuses is an error for that vote, logged
// and counted, and nothing else: the answer can be voted on again.
func TestFullDisk(t *testing.T) {
	if _, err := os.Stat("/dev/full"); err != nil {
		t.Skip("no /dev/full")
	}
	f, err := Open("/dev/full")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	var logs bytes.Buffer
	obs := &countObserver{}
	c := &Collector{Asker: fixedAsker{ans: medinsky}, File: f, Observer: obs,
		Logger: slog.New(slog.NewTextHandler(&logs, nil))}
	ctx := context.Background()
	ans, _ := c.Ask(ctx, briefbot.Question{Text: "Who?"})
	err = c.Vote(ctx, vote(ans.ID, true, "slack", "U1"))
	if !errors.Is(err, syscall.ENOSPC) {
		t.Fatalf("Vote = %v, want ENOSPC", err)
	}
	if obs.failed != 1 || !strings.Contains(logs.String(), "feedback: vote not recorded") {
		t.Errorf("failed = %d, log %q", obs.failed, logs.String())
	}
	if !strings.Contains(briefbot.VoteMessage(err), "couldn't record") {
		t.Errorf("the voter is told %q", briefbot.VoteMessage(err))
	}
	// Not remembered as given: a retry tries to write again.
	if err := c.Vote(ctx, vote(ans.ID, true, "slack", "U1")); err == nil || obs.failed != 2 {
		t.Errorf("retry: %v, failed %d", err, obs.failed)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func readAll(t *testing.T, path string) ([]Entry, int) {
	t.Helper()
	r, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	entries, bad, err := Read(r)
	if err != nil {
		t.Fatal(err)
	}
	return entries, bad
}

func ids(entries []Entry) string {
	var s []string
	for _, e := range entries {
		s = append(s, e.AnswerID)
	}
	return strings.Join(s, " ")
}
