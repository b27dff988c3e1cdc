package briefbot_test

import (
	"fmt"
	"testing"

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
