package slack

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"briefbot"

	"github.com/slack-go/slack"
)

// checkLimits fails when a reply breaks a Block Kit rule we rely on: every
// text object valid (1–3,000 runes), verbatim mrkdwn, at most 50 blocks.
func checkLimits(t *testing.T, r reply) {
	t.Helper()
	if len(r.blocks) > maxBlocks {
		t.Errorf("%d blocks", len(r.blocks))
	}
	if r.text == "" {
		t.Error("no fallback text")
	}
	check := func(tb *slack.TextBlockObject) {
		if err := tb.Validate(); err != nil {
			t.Errorf("text object: %v (%d runes)", err, utf8.RuneCountInString(tb.Text))
		}
		if tb.Type == slack.MarkdownType && !tb.Verbatim {
			t.Errorf("mrkdwn text is not verbatim: %q", tb.Text)
		}
	}
	for _, b := range r.blocks {
		switch b := b.(type) {
		case *slack.SectionBlock:
			check(b.Text)
		case *slack.ContextBlock:
			for _, e := range b.ContextElements.Elements {
				check(e.(*slack.TextBlockObject))
			}
		default:
			t.Errorf("unexpected block %T", b)
		}
	}
}

func texts(r reply) []string { return blockTexts(r.blocks) }

func TestRender(t *testing.T) {
	second := briefbot.Sentence{ArticleTitle: "Talks", Paragraph: 9, Text: "Medinsky led the 2022 talks too."}
	tests := []struct {
		name     string
		ans      briefbot.Answer
		err      error
		want     []string // in order, across the blocks
		not      []string
		fallback string
	}{
		{
			name: "answer",
			ans:  medinsky,
			want: []string{
				"*Vladimir Medinsky*",
				"> Instead of Zelenskyy and Putin, a Ukrainian delegation headed by Defense Minister Rustem Umerov is scheduled to meet with a lower-level Russian team led by presidential aide Vladimir Medinsky.",
				"From “Despite Skipping Ukraine Peace Talks, Trump Seeks Quick Meeting with Putin”, paragraph 7 · <https://news.example/istanbul?a=1&amp;b=2|source>",
			},
			not:      []string{briefbot.NoAnswerText, closestLabel},
			fallback: "Vladimir Medinsky: “Instead of",
		},
		{
			name: "two evidence sentences and alternatives",
			ans: briefbot.Answer{
				Text: "Vladimir Medinsky", Evidence: []briefbot.Sentence{medinskySentence, second},
				Alternatives: []briefbot.Answer{
					{Text: "Rustem Umerov", Evidence: []briefbot.Sentence{medinskySentence}},
					{Text: ""}, // not an answer: skipped
				},
			},
			want: []string{"*Vladimir Medinsky*", "> Instead of", "paragraph 7", "> Medinsky led the 2022 talks too.", "From “Talks”, paragraph 9", "Other possible answers: *Rustem Umerov* (paragraph 7)"},
		},
		{
			name: "alternatives that repeat the answer are left out",
			ans: briefbot.Answer{
				Text: "Vladimir Medinsky", Evidence: []briefbot.Sentence{medinskySentence},
				Alternatives: []briefbot.Answer{
					{Text: "presidential aide Vladimir Medinsky", Evidence: []briefbot.Sentence{medinskySentence}},
					{Text: "Medinsky", Evidence: []briefbot.Sentence{second}},
					{Text: "Rustem Umerov", Evidence: []briefbot.Sentence{medinskySentence}},
				},
			},
			want: []string{"*Vladimir Medinsky*", "Other possible answers: *Rustem Umerov* (paragraph 7)"},
			not:  []string{"presidential aide Vladimir Medinsky*", "*Medinsky*", "(paragraph 7) · *"},
		},
		{
			name: "no alternative left",
			ans: briefbot.Answer{
				Text: "Vladimir Medinsky", Evidence: []briefbot.Sentence{medinskySentence},
				Alternatives: []briefbot.Answer{{Text: "vladimir medinsky", Evidence: []briefbot.Sentence{second}}},
			},
			not: []string{"Other possible answers"},
		},
		{
			name:     "no answer with closest passage",
			ans:      briefbot.Answer{Evidence: []briefbot.Sentence{medinskySentence}},
			want:     []string{briefbot.NoAnswerText, "_" + closestLabel + zeroWidth + "_\n> Instead of", "paragraph 7"},
			not:      []string{"*Vladimir Medinsky*"},
			fallback: briefbot.NoAnswerText + " " + closestLabel,
		},
		{
			name:     "no answer, nothing close",
			ans:      briefbot.Answer{},
			want:     []string{briefbot.NoAnswerText},
			not:      []string{closestLabel, ">"},
			fallback: briefbot.NoAnswerText,
		},
		{
			name:     "error",
			err:      fmt.Errorf("ask: search /var/lib/briefbot/index: %w", errors.New("disk on fire")),
			want:     []string{briefbot.UserMessage(errors.New("x"))},
			not:      []string{"disk", "/var/lib"},
			fallback: "Sorry, something went wrong",
		},
		{
			name: "rate limited",
			err:  briefbot.ErrRateLimited,
			want: []string{briefbot.UserMessage(briefbot.ErrRateLimited)},
		},
		{
			name: "no URL, no title",
			ans:  briefbot.Answer{Text: "x", Evidence: []briefbot.Sentence{{ArticleID: "a/b.txt", Text: "x y.", Paragraph: 2}}},
			want: []string{"From “a/b.txt”, paragraph 2"},
			not:  []string{"source"},
		},
		{
			name: "unusable URL is not linked",
			ans:  briefbot.Answer{Text: "x", Evidence: []briefbot.Sentence{{ArticleTitle: "T", URL: "!channel", Text: "x y."}}},
			want: []string{"From “T”"},
			not:  []string{"|source>", "<!"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := render(tt.ans, tt.err)
			checkLimits(t, r)
			all := strings.Join(texts(r), "\n")
			rest := all
			for _, w := range tt.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Errorf("missing or out of order: %q\nin:\n%s", w, all)
					continue
				}
				rest = rest[i+len(w):]
			}
			for _, n := range tt.not {
				if strings.Contains(all, n) {
					t.Errorf("should not contain %q:\n%s", n, all)
				}
			}
			if !strings.HasPrefix(r.text, tt.fallback) {
				t.Errorf("fallback = %q, want prefix %q", r.text, tt.fallback)
			}
		})
	}
}

// TestRenderInert: an article sentence holding Slack control sequences and
// "@here" must come out as text that cannot ping, mention or link.
func TestRenderInert(t *testing.T) {
	s := briefbot.Sentence{
		ArticleTitle: "Alert <!everyone> & <@U999>",
		URL:          "https://news.example/a|<!channel>",
		Paragraph:    1,
		Text:         "Staff were told <!channel> and @here to read <http://evil.example|this>, cc <@U123> & <#C1|general> <!subteam^S1>.",
	}
	for _, ans := range []briefbot.Answer{
		{Text: "<!channel> @here", Evidence: []briefbot.Sentence{s}, Alternatives: []briefbot.Answer{{Text: "<@U123>", Evidence: []briefbot.Sentence{s}}}},
		{Evidence: []briefbot.Sentence{s}}, // closest passage
	} {
		r := render(ans, nil)
		checkLimits(t, r)
		payload, err := json.Marshal(r.webhook(InChannel))
		if err != nil {
			t.Fatal(err)
		}
		// Decode so JSON's \u003c escaping does not hide a raw '<'.
		m := decodeReply(t, payload)
		all := append(texts(r), m.Text)
		joined := strings.Join(all, "\n")
		for _, bad := range []string{"<!", "<@", "<#", "<http://evil"} {
			if strings.Contains(joined, bad) {
				t.Errorf("control sequence %q survived:\n%s", bad, joined)
			}
		}
		// The only "<" left opens our own source link.
		if n := strings.Count(joined, "<"); n != strings.Count(joined, "<https://news.example/a%7C%3C%21channel%3E|source>") {
			t.Errorf("%d raw '<' in:\n%s", n, joined)
		}
		wantContains(t, all, "&lt;!channel&gt;", "@here", "&lt;@U123&gt;", "&lt;http://evil.example|this&gt;", "&amp;")
		if m.Parse != "" {
			t.Errorf("parse = %q", m.Parse)
		}
		if m.UnfurlLinks == nil || *m.UnfurlLinks || m.UnfurlMedia == nil || *m.UnfurlMedia {
			t.Error("unfurls not off")
		}
	}
}

// TestRenderLongQuoteTrimmed: quotes and answers that would overflow a
// section are cut with an ellipsis, never through an escape entity.
func TestRenderLongQuoteTrimmed(t *testing.T) {
	long := strings.Repeat("Medinsky & Umerov <met> in Istanbul. ", 200) // ~7,400 runes, more once escaped
	ans := briefbot.Answer{Text: long, Evidence: []briefbot.Sentence{{ArticleTitle: long, URL: "https://x.example/" + strings.Repeat("a", 5000), Paragraph: 3, Text: long}}}
	for _, a := range []briefbot.Answer{ans, {Evidence: ans.Evidence}} {
		r := render(a, nil)
		checkLimits(t, r)
		for _, txt := range texts(r) {
			if n := utf8.RuneCountInString(txt); n > maxSectionText {
				t.Errorf("%d runes", n)
			}
		}
		quote := texts(r)[1]
		if !strings.HasSuffix(quote, "…") || utf8.RuneCountInString(quote) < maxSectionText-10 {
			t.Errorf("quote not trimmed to the limit: %d runes, ends %q", utf8.RuneCountInString(quote), quote[len(quote)-20:])
		}
		if utf8.RuneCountInString(r.text) > maxFallback {
			t.Errorf("fallback %d runes", utf8.RuneCountInString(r.text))
		}
		b, _ := json.Marshal(r.webhook(Ephemeral))
		if len(b) >= 20*1024 {
			t.Errorf("reply is %d bytes, too big for a Socket Mode ack", len(b))
		}
	}
}

func TestFit(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"short", 10, "short"},
		{"a<b", 6, "a&lt;b"},
		{"abcdef", 4, "abc…"},
		{"ab&cd", 7, "ab…"},          // "&amp;" would not fit with the ellipsis
		{"ab&cd", 8, "ab&amp;…"},     // it fits
		{"héllo wörld", 7, "héllo…"}, // runes, trailing space trimmed
		{"<<<<", 9, "&lt;&lt;…"},     // whole entities only
		{"", 5, ""},
	}
	for _, tt := range tests {
		if got := fit(tt.in, tt.max); got != tt.want {
			t.Errorf("fit(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
		}
	}
}

func TestLinkTo(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://news.example/a?b=1&c=2", "https://news.example/a?b=1&amp;c=2"},
		{" http://news.example/x ", "http://news.example/x"},
		{"https://news.example/a|b", "https://news.example/a%7Cb"},
		{"https://news.example/?q=a|b<c>", "https://news.example/?q=a%7Cb&lt;c&gt;"},
		{"https://news.example/<x>", "https://news.example/%3Cx%3E"},
		{"javascript:alert(1)", ""},
		{"!channel", ""},
		{"@here", ""},
		{"news.example/a", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := linkTo(tt.in); got != tt.want {
			t.Errorf("linkTo(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestQuestionText(t *testing.T) {
	tests := []struct{ in, bot, want string }{
		{"<@UBOT> who is Medinsky?", "UBOT", "who is Medinsky?"},
		{"hey <@UBOT|briefbot>, who is Medinsky?", "UBOT", "hey , who is Medinsky?"},
		{"<@UBOT> what did <@U2|anna> say?", "UBOT", "what did @anna say?"},
		{"<@UOTHER> who?", "", "who?"},
		{"is <https://x.example|this> true?", "UBOT", "is this true?"},
		{"see <https://x.example>", "UBOT", "see https://x.example"},
		{"in <#C1|general> AT&amp;T &lt;3", "UBOT", "in #general AT&T <3"},
		{"<!here> who leads?", "UBOT", "who leads?"},
		{"  help  ", "UBOT", "help"},
		{"", "UBOT", ""},
	}
	for _, tt := range tests {
		if got := questionText(tt.in, tt.bot); got != tt.want {
			t.Errorf("questionText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// delimiters models how Slack decides whether a *, _, ~ or ` in mrkdwn can
// open or close a span: an opener has the start, whitespace or punctuation
// before it and no whitespace after it; a closer has no whitespace before
// it and the end, whitespace or punctuation after it. Zero-width
// characters count as punctuation (a boundary that is not whitespace) and
// the hair space as whitespace, as Slack treats them. It returns the byte
// offsets of the delimiters that can open and of those that can close.
func delimiters(s string) (opens, closes []int) {
	rs := []rune(s)
	offset := 0
	space := func(i int) bool { return i < 0 || i >= len(rs) || unicode.IsSpace(rs[i]) }
	boundary := func(i int) bool {
		return i < 0 || i >= len(rs) || unicode.IsSpace(rs[i]) || unicode.IsPunct(rs[i]) || unicode.IsSymbol(rs[i]) || unicode.Is(unicode.Cf, rs[i])
	}
	for i, r := range rs {
		if strings.ContainsRune("*_~`", r) {
			if boundary(i-1) && !space(i+1) {
				opens = append(opens, offset)
			}
			if !space(i-1) && boundary(i+1) {
				closes = append(closes, offset)
			}
		}
		offset += utf8.RuneLen(r)
	}
	return opens, closes
}

// TestRenderArticleTextCannotFormat: formatting characters in article text
// (quote, title, answer, alternatives) can neither open nor close a span,
// the answer's own bold still opens and closes around it, and what the
// reader sees is the text as written.
func TestRenderArticleTextCannotFormat(t *testing.T) {
	const marked = "Prices *rose* ~5% to _record_ levels, see `code`, **x** and 2*3*4 in snake_case."
	s := briefbot.Sentence{ArticleTitle: "The *big* _story_ ~today~", Paragraph: 2, Text: marked}
	ans := briefbot.Answer{
		Text:         "5*3 and *x*",
		Evidence:     []briefbot.Sentence{s},
		Alternatives: []briefbot.Answer{{Text: "U.S.", Evidence: []briefbot.Sentence{s}}, {Text: "_y_", Evidence: []briefbot.Sentence{s}}},
	}
	visible := strings.NewReplacer(hairSpace, "", zeroWidth, "")
	for _, a := range []briefbot.Answer{ans, {Evidence: ans.Evidence}} {
		r := render(a, nil)
		checkLimits(t, r)
		for _, txt := range texts(r) {
			opens, closes := delimiters(txt)
			switch {
			case strings.HasPrefix(txt, "*"): // the answer
				if fmt.Sprint(opens, closes) != fmt.Sprint([]int{0}, []int{len(txt) - 1}) {
					t.Errorf("answer %q: openers %v, closers %v; want only its own bold", txt, opens, closes)
				}
				if got, want := visible.Replace(txt), "*"+ans.Text+"*"; got != want {
					t.Errorf("answer shows as %q, want %q", got, want)
				}
			case strings.HasPrefix(txt, "Other possible answers: "):
				if len(opens) != 2 || len(closes) != 2 {
					t.Errorf("alternatives %q: openers %v, closers %v; want one bold each", txt, opens, closes)
				}
				if got := visible.Replace(txt); !strings.Contains(got, "*U.S.*") || !strings.Contains(got, "*_y_*") {
					t.Errorf("alternatives show as %q", got)
				}
			case strings.HasPrefix(txt, "_"+closestLabel):
				if len(opens) != 1 || len(closes) != 1 {
					t.Errorf("label and quote %q: openers %v, closers %v; want the label's italics only", txt, opens, closes)
				}
			default:
				if len(opens)+len(closes) > 0 {
					t.Errorf("%q: openers %v, closers %v; want none", txt, opens, closes)
				}
			}
			if strings.Contains(txt, "> ") && !strings.Contains(visible.Replace(txt), marked) {
				t.Errorf("quote shows as %q, want %q", visible.Replace(txt), marked)
			}
		}
	}
}
