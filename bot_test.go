package briefbot_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"briefbot"
)

// fakeSearcher returns canned hits and records the query it saw.
type fakeSearcher struct {
	hits  []briefbot.Hit
	err   error
	got   briefbot.Query
	delay time.Duration
}

func (f *fakeSearcher) Search(ctx context.Context, q briefbot.Query) (briefbot.Result, error) {
	f.got = q
	if f.delay > 0 {
		select {
		case <-time.After(f.delay):
		case <-ctx.Done():
			return briefbot.Result{}, ctx.Err()
		}
	}
	return briefbot.Result{Hits: f.hits}, f.err
}

// firstWordAnswerer answers with the first word of the first hit.
type firstWordAnswerer struct{ asked []string }

func (a *firstWordAnswerer) Query(q briefbot.Question) briefbot.Query {
	a.asked = append(a.asked, q.Text)
	return briefbot.Query{Terms: []briefbot.Term{{Text: q.Text}}, Limit: 3}
}

func (a *firstWordAnswerer) Answer(q briefbot.Question, r briefbot.Result) briefbot.Answer {
	if len(r.Hits) == 0 {
		return briefbot.Answer{}
	}
	s := r.Hits[0].Sentence
	return briefbot.Answer{Text: strings.Fields(s.Text)[0], Evidence: []briefbot.Sentence{s}, Score: 0.5}
}

func TestAskCleansAndLimits(t *testing.T) {
	hit := briefbot.Hit{Sentence: briefbot.Sentence{ArticleID: "a", Text: "Medinsky leads.", Paragraph: 1, Number: 1}}
	tests := []struct {
		name     string
		question string
		max      int
		wantErr  error
		wantSeen string
	}{
		{"plain", "Who leads?", 0, nil, "Who leads?"},
		{"control characters and zero-width", "Who\x00 \u200bleads\t\n?", 0, nil, "Who leads ?"},
		{"invalid utf-8", "Who \xff\xfe leads?", 0, nil, "Who leads?"},
		{"empty", "", 0, briefbot.ErrEmptyQuestion, ""},
		{"only white space and junk", " \t\x01\u200b ", 0, briefbot.ErrEmptyQuestion, ""},
		{"too long", strings.Repeat("why ", 3000), 0, briefbot.ErrQuestionTooLong, ""},
		{"limit counts characters not bytes", "ééééé", 5, nil, "ééééé"},
		{"over a custom limit", "ééééé é", 5, briefbot.ErrQuestionTooLong, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ans := &firstWordAnswerer{}
			bot := &briefbot.Bot{Searcher: &fakeSearcher{hits: []briefbot.Hit{hit}}, Answerer: ans, MaxQuestionLen: tt.max}
			got, err := bot.Ask(context.Background(), briefbot.Question{Text: tt.question})
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if tt.wantErr != nil {
				if len(ans.asked) != 0 {
					t.Errorf("answerer saw %q for a refused question", ans.asked)
				}
				return
			}
			if len(ans.asked) != 1 || ans.asked[0] != tt.wantSeen {
				t.Errorf("answerer saw %q, want %q", ans.asked, tt.wantSeen)
			}
			if got.Text != "Medinsky" {
				t.Errorf("answer = %q", got.Text)
			}
		})
	}
}

func TestAskSearchErrorsAndDeadline(t *testing.T) {
	boom := errors.New("boom")
	bot := &briefbot.Bot{Searcher: &fakeSearcher{err: boom}, Answerer: &firstWordAnswerer{}}
	if _, err := bot.Ask(context.Background(), briefbot.Question{Text: "q"}); !errors.Is(err, boom) {
		t.Errorf("err = %v, want the search error wrapped", err)
	}

	slow := &briefbot.Bot{Searcher: &fakeSearcher{delay: time.Minute}, Answerer: &firstWordAnswerer{}, Timeout: 20 * time.Millisecond}
	if _, err := slow.Ask(context.Background(), briefbot.Question{Text: "q"}); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("err = %v, want the deadline", err)
	}
}

// panickyAnswerer stands for a bug in the answerer: it panics on every
// answer.
type panickyAnswerer struct{ firstWordAnswerer }

func (a *panickyAnswerer) Answer(_ briefbot.Question, r briefbot.Result) briefbot.Answer {
	return briefbot.Answer{Text: r.Hits[len(r.Hits)].Sentence.Text} // out of range, as a real bug would be
}

// A question the answerer panics on fails alone, with ErrInternal and the
// stack in the error, and the user sees an apology without the details;
// the next question is asked as usual.
func TestAskSurvivesAnswererPanic(t *testing.T) {
	bot := &briefbot.Bot{Searcher: &fakeSearcher{hits: []briefbot.Hit{{Sentence: briefbot.Sentence{Text: "Ada leads."}}}},
		Answerer: &panickyAnswerer{}}
	for range 2 {
		_, err := bot.Ask(context.Background(), briefbot.Question{Text: "Who leads?"})
		if !errors.Is(err, briefbot.ErrInternal) || !strings.Contains(err.Error(), "panickyAnswerer") {
			t.Fatalf("err = %v, want ErrInternal with the stack", err)
		}
		if msg := briefbot.UserMessage(err); strings.Contains(msg, "panic") || strings.Contains(msg, "goroutine") {
			t.Errorf("user message %q shows the details", msg)
		}
	}
	if _, err := bot.Explain(context.Background(), briefbot.Question{Text: "Who leads?"}); err == nil {
		t.Error("Explain: no error from a panicking answerer")
	}
}

func TestAskRestrictsToArticle(t *testing.T) {
	s := &fakeSearcher{}
	bot := &briefbot.Bot{Searcher: s, Answerer: &firstWordAnswerer{}}
	if _, err := bot.Ask(context.Background(), briefbot.Question{Text: "q", ArticleID: "x.txt"}); err != nil {
		t.Fatal(err)
	}
	if s.got.ArticleID != "x.txt" {
		t.Errorf("query article = %q, want x.txt", s.got.ArticleID)
	}
}

func TestAnswerJSON(t *testing.T) {
	s1 := briefbot.Sentence{ArticleID: "a.txt", ArticleTitle: "Talks", Paragraph: 2, Number: 5, Text: "One."}
	s2 := briefbot.Sentence{ArticleID: "a.txt", ArticleTitle: "Talks", Paragraph: 2, Number: 6, Text: "Two."}
	a := briefbot.Answer{
		Text: "One", Evidence: []briefbot.Sentence{s1, s2}, Score: 0.66666,
		Alternatives: []briefbot.Answer{{Text: "Two", Evidence: []briefbot.Sentence{s2}, Score: 0.2,
			Alternatives: []briefbot.Answer{{Text: "nested"}}}},
	}
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	want := map[string]any{
		"answered": true, "answer": "One", "sentence": "One.", "article_title": "Talks",
		"article_id": "a.txt", "paragraph": 2.0, "sentence_number": 5.0, "score": 0.667,
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %v, want %v", k, got[k], v)
		}
	}
	if ev, _ := got["evidence"].([]any); len(ev) != 2 {
		t.Errorf("evidence = %v, want both sentences", got["evidence"])
	}
	alts, _ := got["alternatives"].([]any)
	if len(alts) != 1 {
		t.Fatalf("alternatives = %v", got["alternatives"])
	}
	if alt := alts[0].(map[string]any); alt["answer"] != "Two" || alt["alternatives"] != nil {
		t.Errorf("alternative = %v, want Two without nested alternatives", alt)
	}

	none, _ := json.Marshal(briefbot.Answer{})
	if string(none) != `{"answered":false,"answer":"","score":0}` {
		t.Errorf("no-answer JSON = %s", none)
	}
}

func TestUserMessageHidesDetails(t *testing.T) {
	secret := errors.New("open /var/lib/briefbot/index: token xoxb-123")
	for _, err := range []error{
		briefbot.ErrEmptyQuestion,
		fmt.Errorf("%w: 600 characters", briefbot.ErrQuestionTooLong),
		briefbot.ErrRateLimited,
		secret,
	} {
		msg := briefbot.UserMessage(err)
		if msg == "" || strings.Contains(msg, "xoxb") || strings.Contains(msg, "/var") {
			t.Errorf("UserMessage(%v) = %q", err, msg)
		}
	}
	if briefbot.UserMessage(briefbot.ErrEmptyQuestion) == briefbot.UserMessage(secret) {
		t.Error("an empty question and an internal error get the same message")
	}
}

// FuzzCleanText: whatever users type, the cleaned question is valid UTF-8
// with no control or format characters, no doubled or edge spaces, and
// cleaning it again changes nothing.
func FuzzCleanText(f *testing.F) {
	for _, s := range []string{"Who leads?", "\x00\xff\xfe", " a \t\n b ", "\u200b\u202e‮abc", strings.Repeat("é ", 50)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := briefbot.CleanText(in)
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 from %q: %q", in, out)
		}
		for _, r := range out {
			if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || (unicode.IsSpace(r) && r != ' ') {
				t.Fatalf("%q kept %U", in, r)
			}
		}
		if strings.HasPrefix(out, " ") || strings.HasSuffix(out, " ") || strings.Contains(out, "  ") {
			t.Fatalf("%q: spaces not folded: %q", in, out)
		}
		if again := briefbot.CleanText(out); again != out {
			t.Fatalf("not idempotent: %q -> %q", out, again)
		}
	})
}
