package briefbot_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"briefbot"
)

// TestOtherAnswers: alternatives that only repeat the answer (equal to it,
// containing it, or part of it, word for word) are left out; the rest
// keep their order.
func TestOtherAnswers(t *testing.T) {
	alt := func(text string) briefbot.Answer { return briefbot.Answer{Text: text} }
	tests := []struct {
		answer string
		alts   []string
		want   []string
	}{
		{"Vladimir Medinsky", []string{"Rustem Umerov", "presidential aide Vladimir Medinsky", "vladimir  MEDINSKY", "Medinsky", "Vladimir Medinsky's team", "", "Medinskyi"}, []string{"Rustem Umerov", "Medinskyi"}},
		{"10", []string{"1", "100", "10 days", "ten"}, []string{"1", "100", "ten"}},
		{"U.S.", []string{"the U.S. delegation", "US"}, []string{"US"}},
		{"Istanbul", nil, nil},
		{"", []string{"Istanbul"}, []string{"Istanbul"}},
	}
	for _, tt := range tests {
		a := briefbot.Answer{Text: tt.answer}
		for _, s := range tt.alts {
			a.Alternatives = append(a.Alternatives, alt(s))
		}
		var got []string
		for _, o := range a.OtherAnswers() {
			got = append(got, o.Text)
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("answer %q: OtherAnswers = %q, want %q", tt.answer, got, tt.want)
		}
	}
}

// TestAnswerIDInJSON: an answer kept for voting carries its ID as
// answer_id; others (bot ask --json) have no such key.
func TestAnswerIDInJSON(t *testing.T) {
	kept, _ := json.Marshal(briefbot.Answer{ID: "a1", Text: "x", Alternatives: []briefbot.Answer{{Text: "y"}}})
	if !strings.Contains(string(kept), `"answer_id":"a1"`) || strings.Count(string(kept), "answer_id") != 1 {
		t.Errorf("kept answer: %s", kept)
	}
	plain, _ := json.Marshal(briefbot.Answer{Text: "x"})
	if strings.Contains(string(plain), "answer_id") {
		t.Errorf("answer without an ID: %s", plain)
	}
}

func TestVoteMessage(t *testing.T) {
	for err, want := range map[error]string{
		nil:                       "Thanks, noted.",
		briefbot.ErrUnknownAnswer: "too old to rate",
		fmt.Errorf("x: %w", briefbot.ErrRateLimited):             "try again in a minute",
		errors.New("write /var/lib/fb: no space left on device"): "couldn't record",
	} {
		if got := briefbot.VoteMessage(err); !strings.Contains(got, want) || strings.Contains(got, "/var") {
			t.Errorf("VoteMessage(%v) = %q, want it to say %q", err, got, want)
		}
	}
}

// Clip keeps short text whole and cuts long text at a character, never
// inside one, ending it with an ellipsis within the limit.
func TestClip(t *testing.T) {
	for _, tt := range []struct {
		s    string
		n    int
		want string
	}{
		{"Medinsky", 8, "Medinsky"},
		{"Medinsky", 5, "Medi…"},
		{"Zelenskyy’s team", 12, "Zelenskyy’s…"},
		{"日本語のテキスト", 4, "日本語…"},
		{"anything", 0, ""},
	} {
		got := briefbot.Clip(tt.s, tt.n)
		if got != tt.want {
			t.Errorf("Clip(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
		}
		if !utf8.ValidString(got) {
			t.Errorf("Clip(%q, %d) = %q: not UTF-8", tt.s, tt.n, got)
		}
	}
}
