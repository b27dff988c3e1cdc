package converse_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"briefbot"
	"briefbot/converse"
)

// fakeBot answers from a table of questions (as asked) and records each
// question; an unknown question gets no answer.
type fakeBot struct {
	answers map[string]briefbot.Answer
	err     error
	mu      sync.Mutex
	asked   []briefbot.Question
}

func (f *fakeBot) Ask(_ context.Context, q briefbot.Question) (briefbot.Answer, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.asked = append(f.asked, q)
	if f.err != nil {
		return briefbot.Answer{}, f.err
	}
	return f.answers[q.Text], nil
}

func (f *fakeBot) Explain(_ context.Context, q briefbot.Question) (briefbot.Explanation, error) {
	return briefbot.Explanation{Question: q.Text, Answer: f.answers[q.Text].Text}, nil
}

func (f *fakeBot) last() briefbot.Question {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.asked[len(f.asked)-1]
}

func answer(text, article, sentence string) briefbot.Answer {
	return briefbot.Answer{Text: text, Score: 0.9, Evidence: []briefbot.Sentence{{ArticleID: article, Text: sentence}}}
}

const medinskySentence = "Instead of Zelenskyy and Putin, a Ukrainian delegation headed by Defense Minister Rustem Umerov is scheduled to meet with a lower-level Russian team led by presidential aide Vladimir Medinsky."

func story() *fakeBot {
	return &fakeBot{answers: map[string]briefbot.Answer{
		"Who leads the Russian delegation?":   answer("Vladimir Medinsky", "talks.txt", medinskySentence),
		"What is Vladimir Medinsky's job?":    answer("presidential aide", "talks.txt", medinskySentence),
		"Who leads the Ukrainian delegation?": answer("Rustem Umerov", "talks.txt", medinskySentence),
		"What is Rustem Umerov's title?":      answer("Defense Minister", "talks.txt", medinskySentence),
	}}
}

// clock is a settable time.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// TestChain: a chain of follow-ups in one conversation is understood
// against the turns before, says so, and prefers the last answer's
// article; the first question stands as it is.
func TestChain(t *testing.T) {
	bot := story()
	a := &converse.Asker{Bot: bot}
	ctx := context.Background()
	chain := []struct{ q, understood, answer string }{
		{"Who leads the Russian delegation?", "", "Vladimir Medinsky"},
		{"What is his job?", "What is Vladimir Medinsky's job?", "presidential aide"},
		{"And the Ukrainian one?", "Who leads the Ukrainian delegation?", "Rustem Umerov"},
		{"What is his title?", "What is Rustem Umerov's title?", "Defense Minister"},
	}
	for i, step := range chain {
		ans, err := a.Ask(ctx, briefbot.Question{Text: step.q, Conversation: "slack:C1:1700000000.000100"})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Text != step.answer || ans.UnderstoodAs != step.understood || ans.ID == "" {
			t.Errorf("%q: answer %q understood as %q (ID %q); want %q as %q", step.q, ans.Text, ans.UnderstoodAs, ans.ID, step.answer, step.understood)
		}
		if want := map[bool]string{true: "", false: "talks.txt"}[i == 0]; bot.last().PreferArticle != want {
			t.Errorf("%q asked preferring %q, want %q", step.q, bot.last().PreferArticle, want)
		}
	}
	if h := a.History("slack:C1:1700000000.000100"); len(h) != converse.DefaultTurns || h[len(h)-1].Question != "What is Rustem Umerov's title?" {
		t.Errorf("history %+v", h)
	}
}

// TestPrivate: conversations share nothing: the same follow-up in another
// thread, channel or DM stands as it is.
func TestPrivate(t *testing.T) {
	bot := story()
	a := &converse.Asker{Bot: bot}
	ctx := context.Background()
	if _, err := a.Ask(ctx, briefbot.Question{Text: "Who leads the Russian delegation?", Conversation: "slack:D1"}); err != nil {
		t.Fatal(err)
	}
	for _, other := range []string{"slack:D2", "slack:C1:1", "discord:D1", ""} {
		ans, err := a.Ask(ctx, briefbot.Question{Text: "What is his job?", Conversation: other})
		if err != nil {
			t.Fatal(err)
		}
		if ans.UnderstoodAs != "" || bot.last().Text != "What is his job?" || bot.last().PreferArticle != "" {
			t.Errorf("conversation %q leaned on slack:D1: %+v", other, bot.last())
		}
	}
}

// TestForgetting: a conversation is forgotten after the TTL, a question
// with FollowUpWithin leans on nothing older, at most Max conversations
// are kept (the quietest goes), and a question that fails is not a turn.
func TestForgetting(t *testing.T) {
	ctx := context.Background()
	c := &clock{t: time.Date(2025, 5, 16, 9, 0, 0, 0, time.UTC)}
	ask := func(a *converse.Asker, conv, q string, within time.Duration) briefbot.Answer {
		t.Helper()
		ans, err := a.Ask(ctx, briefbot.Question{Text: q, Conversation: conv, FollowUpWithin: within})
		if err != nil {
			t.Fatal(err)
		}
		return ans
	}
	a := &converse.Asker{Bot: story(), TTL: 30 * time.Minute, Max: 2, Now: c.now}
	ask(a, "x", "Who leads the Russian delegation?", 0)
	c.add(29 * time.Minute)
	if ans := ask(a, "x", "What is his job?", 0); ans.UnderstoodAs == "" {
		t.Error("forgotten before the TTL")
	}
	c.add(31 * time.Minute)
	if ans := ask(a, "x", "What is his job?", 0); ans.UnderstoodAs != "" || a.Len() != 1 {
		t.Errorf("remembered after the TTL: %q, %d conversations", ans.UnderstoodAs, a.Len())
	}

	ask(a, "slash", "Who leads the Russian delegation?", 0)
	c.add(6 * time.Minute)
	if ans := ask(a, "slash", "What is his job?", 5*time.Minute); ans.UnderstoodAs != "" {
		t.Error("leaned on a turn older than FollowUpWithin")
	}

	ask(a, "y", "Who leads the Russian delegation?", 0)
	ask(a, "z", "Who leads the Russian delegation?", 0)
	if n := a.Len(); n != 2 {
		t.Errorf("%d conversations kept, Max is 2", n)
	}
	if h := a.History("x"); len(h) != 0 {
		t.Errorf("the quietest conversation is still kept: %+v", h)
	}

	failing := &fakeBot{err: briefbot.ErrRateLimited}
	b := &converse.Asker{Bot: failing}
	if _, err := b.Ask(ctx, briefbot.Question{Text: "Who leads the Russian delegation?", Conversation: "x"}); !errors.Is(err, briefbot.ErrRateLimited) {
		t.Fatalf("err = %v", err)
	}
	if b.Len() != 0 {
		t.Error("a failed question is remembered")
	}
}

// TestExplainKept: an answer is explained by its ID, as it was asked
// (follow-ups as understood), until it is forgotten; an ID the answer
// already had (a vote's) is kept.
func TestExplainKept(t *testing.T) {
	ctx := context.Background()
	c := &clock{t: time.Now()}
	bot := story()
	a := &converse.Asker{Bot: bot, Explainer: bot, TTL: time.Hour, Now: c.now}
	a.Ask(ctx, briefbot.Question{Text: "Who leads the Russian delegation?", Conversation: "x"})
	ans, _ := a.Ask(ctx, briefbot.Question{Text: "What is his job?", Conversation: "x"})
	e, err := a.Explain(ctx, ans.ID, briefbot.Origin{})
	if err != nil || e.Question != "What is Vladimir Medinsky's job?" || e.Answer != "presidential aide" {
		t.Errorf("Explain = %+v, %v", e, err)
	}
	if _, err := a.Explain(ctx, "no-such-answer", briefbot.Origin{}); !errors.Is(err, briefbot.ErrUnknownAnswer) {
		t.Errorf("unknown ID: %v", err)
	}
	c.add(2 * time.Hour)
	if _, err := a.Explain(ctx, ans.ID, briefbot.Origin{}); !errors.Is(err, briefbot.ErrUnknownAnswer) {
		t.Errorf("expired answer: %v", err)
	}

	withID := &idBot{next: bot}
	b := &converse.Asker{Bot: withID, Explainer: bot}
	ans, _ = b.Ask(ctx, briefbot.Question{Text: "Who leads the Russian delegation?"})
	if ans.ID != "vote-1" {
		t.Errorf("ID %q, want the vote's", ans.ID)
	}
	if _, err := b.Explain(ctx, "vote-1", briefbot.Origin{}); err != nil {
		t.Error(err)
	}

	// Answers are kept up to Max times Turns.
	d := &converse.Asker{Bot: bot, Explainer: bot, Max: 2, Turns: 1}
	var ids []string
	for i := range 3 {
		ans, _ := d.Ask(ctx, briefbot.Question{Text: fmt.Sprint("q", i)})
		ids = append(ids, ans.ID)
	}
	if _, err := d.Explain(ctx, ids[0], briefbot.Origin{}); !errors.Is(err, briefbot.ErrUnknownAnswer) {
		t.Errorf("oldest answer still kept: %v", err)
	}
	if _, err := d.Explain(ctx, ids[2], briefbot.Origin{}); err != nil {
		t.Errorf("newest answer: %v", err)
	}
}

// idBot gives answers an ID, as a feedback collector does.
type idBot struct {
	next converse.Bot
	n    int
}

func (b *idBot) Ask(ctx context.Context, q briefbot.Question) (briefbot.Answer, error) {
	ans, err := b.next.Ask(ctx, q)
	b.n++
	ans.ID = fmt.Sprint("vote-", b.n)
	return ans, err
}

// TestConcurrent: many conversations at once, under the race detector.
func TestConcurrent(t *testing.T) {
	bot := story()
	a := &converse.Asker{Bot: bot, Explainer: bot, Max: 10}
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Go(func() {
			conv := fmt.Sprint("c", i%5)
			for _, q := range []string{"Who leads the Russian delegation?", "What is his job?", "And the Ukrainian one?"} {
				ans, err := a.Ask(context.Background(), briefbot.Question{Text: q, Conversation: conv})
				if err != nil {
					t.Error(err)
					return
				}
				a.Explain(context.Background(), ans.ID, briefbot.Origin{})
				a.History(conv)
			}
		})
	}
	wg.Wait()
}
