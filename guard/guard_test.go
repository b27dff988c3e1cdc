package guard

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"briefbot"
)

// fakeBot answers "yes" to everything, except the questions it is told to
// fail or leave unanswered.
type fakeBot struct{}

func (fakeBot) Ask(_ context.Context, q briefbot.Question) (briefbot.Answer, error) {
	switch q.Text {
	case "":
		return briefbot.Answer{}, briefbot.ErrEmptyQuestion
	case "boom":
		return briefbot.Answer{}, errors.New("search: index on fire")
	case "unknown":
		return briefbot.Answer{Score: 0.1}, nil
	}
	return briefbot.Answer{Text: "yes", Score: 0.87654}, nil
}

type observed struct {
	origin  briefbot.Origin
	outcome Outcome
}

type recorder struct {
	mu  sync.Mutex
	got []observed
}

func (r *recorder) Observe(o briefbot.Origin, outcome Outcome, _ time.Duration) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.got = append(r.got, observed{o, outcome})
}

func TestAskOutcomes(t *testing.T) {
	rec := &recorder{}
	g := &Asker{Bot: fakeBot{}, Observer: rec}
	origin := briefbot.Origin{Adapter: "slack", Channel: "C1", User: "U1"}
	tests := []struct {
		question string
		want     Outcome
	}{
		{"Who?", Answered},
		{"unknown", NoAnswer},
		{"", Refused},
		{"boom", Failed},
	}
	for _, tt := range tests {
		g.Ask(context.Background(), briefbot.Question{Text: tt.question, Origin: origin})
	}
	if len(rec.got) != len(tests) {
		t.Fatalf("observed %d questions, want %d", len(rec.got), len(tests))
	}
	for i, tt := range tests {
		if rec.got[i].outcome != tt.want || rec.got[i].origin != origin {
			t.Errorf("%q: observed %+v, want outcome %s", tt.question, rec.got[i], tt.want)
		}
	}
}

func TestRateLimitAfterBurst(t *testing.T) {
	now := time.Unix(1e9, 0)
	g := &Asker{
		Bot:   fakeBot{},
		Users: &Limiter{PerMinute: 6, Burst: 3},
		Now:   func() time.Time { return now },
	}
	ask := func(user string) error {
		_, err := g.Ask(context.Background(), briefbot.Question{Text: "Who?", Origin: briefbot.Origin{Adapter: "discord", User: user}})
		return err
	}
	for i := range 3 {
		if err := ask("alice"); err != nil {
			t.Fatalf("question %d within the burst: %v", i+1, err)
		}
	}
	if err := ask("alice"); !errors.Is(err, briefbot.ErrRateLimited) {
		t.Fatalf("question after the burst: err = %v, want ErrRateLimited", err)
	}
	if got := briefbot.UserMessage(briefbot.ErrRateLimited); !strings.Contains(got, "try again") {
		t.Errorf("the reply is not polite: %q", got)
	}
	if err := ask("bob"); err != nil {
		t.Errorf("another user was limited too: %v", err)
	}
	now = now.Add(10 * time.Second) // 6 a minute: one token per 10 s
	if err := ask("alice"); err != nil {
		t.Errorf("no token back after 10 s: %v", err)
	}
	if err := ask("alice"); !errors.Is(err, briefbot.ErrRateLimited) {
		t.Errorf("two tokens back after 10 s: %v", err)
	}
}

// A question refused by the channel's limit must not spend the user's.
func TestChannelLimitRefundsTheUser(t *testing.T) {
	now := time.Unix(1e9, 0)
	g := &Asker{
		Bot:      fakeBot{},
		Users:    &Limiter{PerMinute: 1, Burst: 2},
		Channels: &Limiter{PerMinute: 1, Burst: 1},
		Now:      func() time.Time { return now },
	}
	ask := func(channel string) error {
		_, err := g.Ask(context.Background(), briefbot.Question{Text: "Who?", Origin: briefbot.Origin{Adapter: "slack", Channel: channel, User: "U1"}})
		return err
	}
	if err := ask("C1"); err != nil {
		t.Fatal(err)
	}
	for range 3 {
		if err := ask("C1"); !errors.Is(err, briefbot.ErrRateLimited) {
			t.Fatalf("channel limit: err = %v", err)
		}
	}
	if err := ask("C2"); err != nil {
		t.Errorf("the user's second token was spent by refused questions: %v", err)
	}
}

func TestLimiterMemoryIsBounded(t *testing.T) {
	now := time.Unix(1e9, 0)
	l := &Limiter{PerMinute: 60, Burst: 2, MaxKeys: 100}
	for i := range 1000 {
		if !l.Allow(fmt.Sprint("user", i), now) {
			t.Fatal("a new key was refused")
		}
	}
	if n := l.Len(); n > 100 {
		t.Errorf("%d buckets held, MaxKeys is 100", n)
	}
	// Once every bucket has refilled, a sweep forgets them all.
	now = now.Add(2 * sweepEvery)
	l.Allow("late", now)
	if n := l.Len(); n != 1 {
		t.Errorf("%d buckets held after the idle ones refilled, want 1", n)
	}
	off := &Limiter{}
	for range 100 {
		if !off.Allow("x", now) {
			t.Fatal("a limiter with no rate refused")
		}
	}
}

func TestLogLine(t *testing.T) {
	tests := []struct {
		name         string
		level        slog.Level
		logQuestions bool
		question     string
		want, not    []string
	}{
		{"info hides the question", slog.LevelInfo, false, "Who is the secret source?",
			[]string{"msg=question", "adapter=slack", "channel=C1", "user=U1", "outcome=answered", "took=", "score=0.877"}, []string{"secret source"}},
		{"configured to show it", slog.LevelInfo, true, "Who is the secret source?", []string{"secret source"}, nil},
		{"debug shows it", slog.LevelDebug, false, "Who is the secret source?", []string{"secret source"}, nil},
		{"errors are errors", slog.LevelInfo, false, "boom", []string{"level=ERROR", "outcome=error", "index on fire"}, []string{"boom"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			g := &Asker{
				Bot:          fakeBot{},
				Logger:       slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: tt.level})),
				LogQuestions: tt.logQuestions,
			}
			g.Ask(context.Background(), briefbot.Question{Text: tt.question, Origin: briefbot.Origin{Adapter: "slack", Channel: "C1", User: "U1"}})
			out := buf.String()
			if strings.Count(out, "\n") != 1 {
				t.Errorf("want one line, got:\n%s", out)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("log lacks %q: %s", w, out)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(out, w) {
					t.Errorf("log has %q: %s", w, out)
				}
			}
		})
	}
}

func TestConcurrentUse(t *testing.T) {
	g := &Asker{Bot: fakeBot{}, Users: &Limiter{PerMinute: 600, Burst: 5}, Channels: &Limiter{PerMinute: 600, Burst: 50}, Observer: &recorder{}}
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			for j := range 50 {
				g.Ask(context.Background(), briefbot.Question{Text: "Who?", Origin: briefbot.Origin{Adapter: "slack", Channel: fmt.Sprint("C", j%3), User: fmt.Sprint("U", i)}})
			}
		})
	}
	wg.Wait()
}
