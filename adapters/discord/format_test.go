package discord

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"briefbot"
)

func TestFormatReply(t *testing.T) {
	sentence := func(text, title, url string, para int) []briefbot.Sentence {
		return []briefbot.Sentence{{ArticleID: "a.md", ArticleTitle: title, URL: url, Paragraph: para, Text: text}}
	}
	tests := []struct {
		name string
		ans  briefbot.Answer
		err  error
		want string
	}{
		{
			name: "answer",
			ans:  medinsky,
			want: "**Vladimir Medinsky**\n" +
				"> The Russian delegation is led by Vladimir Medinsky, an aide to the president.\n" +
				"— *Peace talks resume in Istanbul*, paragraph 3 · <https://example.com/news/peace-talks>",
		},
		{
			name: "no URL, no title",
			ans:  briefbot.Answer{Text: "Medinsky", Evidence: sentence("Led by Medinsky.", "", "", 2)},
			want: "**Medinsky**\n> Led by Medinsky.\n— *a.md*, paragraph 2",
		},
		{
			name: "URL that could break out of the brackets is left out",
			ans:  briefbot.Answer{Text: "Medinsky", Evidence: sentence("Led by Medinsky.", "T", "https://x.test/a>b", 2)},
			want: "**Medinsky**\n> Led by Medinsky.\n— *T*, paragraph 2",
		},
		{
			name: "javascript URL is left out",
			ans:  briefbot.Answer{Text: "Medinsky", Evidence: sentence("Led by Medinsky.", "T", "javascript:alert(1)", 2)},
			want: "**Medinsky**\n> Led by Medinsky.\n— *T*, paragraph 2",
		},
		{
			name: "no answer, closest passage",
			ans:  briefbot.Answer{Evidence: sentence("Talks resumed on Friday.", "T", "", 1)},
			want: briefbot.NoAnswerText + "\nClosest passage (not an answer):\n> Talks resumed on Friday.\n— *T*, paragraph 1",
		},
		{
			name: "no answer, nothing close",
			ans:  briefbot.Answer{},
			want: briefbot.NoAnswerText,
		},
		{
			name: "rate limited",
			err:  fmt.Errorf("limit: %w", briefbot.ErrRateLimited),
			want: briefbot.UserMessage(briefbot.ErrRateLimited),
		},
		{
			name: "internal error shows no detail",
			err:  errors.New("open /srv/index: permission denied"),
			want: "Sorry, something went wrong while looking that up. Please try again.",
		},
		{
			name: "markdown in article text is escaped",
			ans:  briefbot.Answer{Text: "*x*", Evidence: sentence("- a **b** _c_ ~~d~~ `e` ||f|| > g # h \\ i", "A_B", "", 1)},
			want: "**\\*x\\***\n> \\- a \\*\\*b\\*\\* \\_c\\_ \\~\\~d\\~\\~ \\`e\\` \\|\\|f\\|\\| \\> g \\# h \\\\ i\n— *A\\_B*, paragraph 1",
		},
		{
			name: "newlines cannot end the quote",
			ans:  briefbot.Answer{Text: "x", Evidence: sentence("one\n# two\n\n> three", "T", "", 1)},
			want: "**x**\n> one \\# two \\> three\n— *T*, paragraph 1",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := formatReply(tt.ans, tt.err)
			if got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

// TestFormatReplyNeverPings quotes an article sentence full of mentions.
// allowed_mentions already stops pings; the text must not even look like
// a mention or a link.
func TestFormatReplyNeverPings(t *testing.T) {
	text := "Officials told @everyone and @Here, <@123>, <@!456>, <#789> and <@&42> to read [the memo](https://evil.test) <t:1700000000>."
	got := formatReply(briefbot.Answer{Text: "@everyone", Evidence: []briefbot.Sentence{{ArticleTitle: "T", Paragraph: 1, Text: text}}}, nil)
	for _, bad := range []string{"@everyone", "@Here", "@here"} {
		if strings.Contains(got, bad) {
			t.Errorf("%q survives in\n%s", bad, got)
		}
	}
	if !strings.Contains(got, "@\u200beveryone") || !strings.Contains(got, "@\u200bHere") {
		t.Errorf("@everyone/@here not neutralised with a zero-width space:\n%s", got)
	}
	if m := unescaped.FindString(got); m != "" {
		t.Errorf("unescaped %q in\n%s", m, got)
	}
}

// unescaped finds mention, channel, role, timestamp and masked-link syntax
// not preceded by a backslash.
var unescaped = regexp.MustCompile(`(^|[^\\])(<[@#:t/]|\[|\]\()`)

func TestFormatReplyFits(t *testing.T) {
	long := strings.Repeat("The delegation met again on Friday. ", 200) // ~7,000 characters
	tests := []struct {
		name       string
		ans        briefbot.Answer
		keepAnswer bool
	}{
		{"long sentence", briefbot.Answer{Text: "Medinsky", Evidence: []briefbot.Sentence{{ArticleTitle: "T", URL: "https://x.test/a", Paragraph: 4, Text: long}}}, true},
		{"long sentence of markdown", briefbot.Answer{Text: "Medinsky", Evidence: []briefbot.Sentence{{ArticleTitle: "T", Paragraph: 4, Text: strings.Repeat("*_", 3000)}}}, true},
		{"long sentence of emoji", briefbot.Answer{Text: "Medinsky", Evidence: []briefbot.Sentence{{ArticleTitle: "T", Paragraph: 4, Text: strings.Repeat("📰", 3000)}}}, true},
		{"everything long", briefbot.Answer{Text: long, Evidence: []briefbot.Sentence{{ArticleTitle: long, URL: "https://x.test/" + strings.Repeat("a", 3000), Paragraph: 4, Text: long}}}, false},
		{"no answer, long passage", briefbot.Answer{Evidence: []briefbot.Sentence{{ArticleTitle: "T", Paragraph: 4, Text: long}}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := formatReply(tt.ans, nil)
			if n := textLen(got); n > maxMessageLen {
				t.Fatalf("%d characters, over Discord's %d", n, maxMessageLen)
			}
			if !utf8.ValidString(got) {
				t.Error("invalid UTF-8")
			}
			lines := strings.Split(got, "\n")
			quote := lines[len(lines)-2]
			if !strings.HasPrefix(quote, "> ") || !strings.HasSuffix(quote, "…") || strings.HasSuffix(quote, "\\…") {
				t.Errorf("quote line not trimmed with an ellipsis: %q", quote)
			}
			if textLen(quote) < minQuoteLen {
				t.Errorf("quote trimmed to %d characters", textLen(quote))
			}
			if !strings.Contains(lines[len(lines)-1], "paragraph 4") {
				t.Errorf("citation line lost: %q", lines[len(lines)-1])
			}
			if tt.keepAnswer && lines[0] != "**Medinsky**" {
				t.Errorf("answer line = %q, want it untouched", lines[0])
			}
		})
	}
}

func TestEscapeTrim(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"abc", 3, "abc"},
		{"abcd", 3, "ab…"},
		{"***", 4, "\\*…"}, // never cut inside an escape
		{"a ***", 5, "a \\*…"},
		{"ab cd", 4, "ab…"},
		{"📰📰", 3, "📰…"}, // two UTF-16 units each
		{"abc", 0, ""},
		{"abc", -1, "abc"},
	}
	for _, tt := range tests {
		if got := escape(tt.in, tt.max); got != tt.want {
			t.Errorf("escape(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
		}
	}
}

// FuzzEscape checks that escaped text reads back as the original (a prefix,
// when trimmed), fits, and never holds an unescaped markdown character or
// a live @everyone/@here.
func FuzzEscape(f *testing.F) {
	for _, s := range []string{"", "plain", "@everyone @here", "<@1> [a](b)", "**x** ||y|| `z`", "- a\n# b", "📰@HERE\\"} {
		f.Add(s, 10)
		f.Add(s, -1)
	}
	f.Fuzz(func(t *testing.T, s string, max int) {
		if max > 5000 {
			max %= 5000
		}
		got := escape(s, max)
		if max >= 0 && textLen(got) > max {
			t.Fatalf("escape(%q, %d) = %q: %d units", s, max, got, textLen(got))
		}
		if !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8: %q", got)
		}
		lower := strings.ToLower(got)
		if strings.Contains(lower, "@everyone") || strings.Contains(lower, "@here") {
			t.Fatalf("live mention in %q", got)
		}
		full := escape(s, -1)
		body := got
		if got != full {
			body = strings.TrimSuffix(got, "…")
		}
		plain, ok := unescape(body)
		if !ok {
			t.Fatalf("unescaped markdown character in %q", got)
		}
		// The zero-width space escape adds after "@" is dropped by
		// unescape; drop any the input had too before comparing.
		norm := strings.NewReplacer("@\u200b", "@").Replace
		folded := norm(strings.Join(strings.Fields(strings.ToValidUTF8(s, "\uFFFD")), " "))
		plain = norm(plain)
		if got == full && plain != folded {
			t.Fatalf("escape(%q) = %q reads as %q", s, got, plain)
		}
		if got != full && !strings.HasPrefix(folded, plain) {
			t.Fatalf("escape(%q, %d) = %q reads as %q, not a prefix", s, max, got, plain)
		}
	})
}

// unescape reverses escape's backslashes. ok is false if a markdown
// character is not escaped.
func unescape(s string) (plain string, ok bool) {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		c := rs[i]
		switch {
		case c == '\\':
			if i+1 == len(rs) {
				return "", false
			}
			i++
			b.WriteRune(rs[i])
		case strings.ContainsRune("*_~`|>#[]<", c):
			return "", false
		default:
			b.WriteRune(c)
		}
	}
	return b.String(), true
}

func FuzzFormatReply(f *testing.F) {
	f.Add("Medinsky", "The delegation is led by Medinsky.", "Talks", "https://x.test/a", 3)
	f.Add("", "@everyone <@1>", "[t](u)", "javascript:x", 0)
	f.Fuzz(func(t *testing.T, answer, text, title, url string, para int) {
		got := formatReply(briefbot.Answer{Text: answer, Evidence: []briefbot.Sentence{{ArticleTitle: title, URL: url, Paragraph: para, Text: text}}}, nil)
		if textLen(got) > maxMessageLen {
			t.Fatalf("%d characters", textLen(got))
		}
		if !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8: %q", got)
		}
		lower := strings.ToLower(got)
		if strings.Contains(lower, "@everyone") || strings.Contains(lower, "@here") {
			t.Fatalf("live mention in %q", got)
		}
	})
}
