package discord

import (
	"strings"
	"testing"
)

func TestStripMention(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<@111> Who leads the delegation?", "Who leads the delegation?"},
		{"<@!111>Who?", "Who?"},
		{"Who leads it, <@111>?", "Who leads it, ?"},
		{"<@111> <@111>", ""},
		{"<@111>\n\twho\n is  Medinsky", "who is Medinsky"},
		{"<@222> what did <@111> say", "<@222> what did say"}, // other users stay
		{"<@1111> is not us", "<@1111> is not us"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := stripMention(tt.in, "111"); got != tt.want {
			t.Errorf("stripMention(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzStripMention(f *testing.F) {
	for _, s := range []string{"<@111> q", "<@!111>", "<@<@111>111>", "a<@!<@111>111>b", "  "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := stripMention(s, "111")
		if strings.Contains(got, "<@111>") || strings.Contains(got, "<@!111>") {
			t.Fatalf("stripMention(%q) = %q still mentions the bot", s, got)
		}
		if got != strings.TrimSpace(got) || strings.Contains(got, "  ") {
			t.Fatalf("stripMention(%q) = %q: stray space", s, got)
		}
	})
}
