package slack

import (
	"fmt"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"briefbot"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackutilsx"
)

// Block Kit limits (https://api.slack.com/reference/block-kit/blocks) and
// our own caps, which keep a reply well inside Socket Mode's 20 KB ack.
const (
	maxSectionText  = 3000 // runes, as slack-go's TextBlockObject.Validate counts
	maxBlocks       = 50
	maxFallback     = 1000 // the message's text: notifications and screen readers
	maxTitle        = 300
	maxEvidence     = 3
	maxAlternatives = 3
	maxAltText      = 100
)

// Texts we say ourselves; escaped like everything else when rendered.
const (
	closestLabel    = "Closest passage (not an answer):"
	understoodLabel = "Understood as:"
	lookingUpText   = "Looking that up…"
	notAllowed      = "Sorry, I'm not set up to answer in this channel. You can ask me in a direct message."
	unavailable     = "Sorry, I can't answer right now. Please try again in a moment."
)

// reply is one Slack message: fallback text plus blocks. Every text in it is
// already escaped mrkdwn. All delivery paths (inline, response_url, Socket
// Mode ack, chat.postMessage) send a reply, so they all look alike.
type reply struct {
	text   string
	blocks []slack.Block
}

// render turns the result of Ask into a reply. For an error the user gets
// briefbot.UserMessage(err); the caller logs the detail.
func render(ans briefbot.Answer, err error) reply {
	if err != nil {
		return textReply(briefbot.UserMessage(err))
	}
	var r reply
	understood := ""
	if ans.UnderstoodAs != "" {
		// Said first, so that a wrong guess is seen before the answer.
		r.blocks = append(r.blocks, contextLine(understoodLabel+" "+fit(briefbot.CleanText(ans.UnderstoodAs), maxAltText*5)))
		understood = " (" + understoodLabel + " " + ans.UnderstoodAs + ")"
	}
	if ans.Answered() {
		r.blocks = append(r.blocks, section(bold(fit(briefbot.CleanText(ans.Text), maxSectionText-4))))
		for i, s := range ans.Evidence {
			if i == maxEvidence {
				break
			}
			r.blocks = append(r.blocks, section(quote(s.Text, "")))
			if c := cite(s.Citation()); c != "" {
				r.blocks = append(r.blocks, contextLine(c))
			}
		}
		if alts := alternatives(ans.OtherAnswers()); alts != "" {
			r.blocks = append(r.blocks, contextLine(alts))
		}
		fallback := ans.Text + understood
		if len(ans.Evidence) > 0 {
			fallback += ": “" + ans.Evidence[0].Text + "” (" + citeText(ans.Citation()) + ")"
		}
		r.text = fit(briefbot.CleanText(fallback), maxFallback)
	} else {
		r.blocks = append(r.blocks, section(esc(briefbot.NoAnswerText)))
		fallback := briefbot.NoAnswerText + understood
		if len(ans.Evidence) > 0 {
			s := ans.Evidence[0]
			r.blocks = append(r.blocks, section(quote(s.Text, closestLabel)))
			if c := cite(s.Citation()); c != "" {
				r.blocks = append(r.blocks, contextLine(c))
			}
			fallback += " " + closestLabel + " “" + s.Text + "”"
		}
		r.text = fit(briefbot.CleanText(fallback), maxFallback)
	}
	if len(r.blocks) > maxBlocks {
		r.blocks = r.blocks[:maxBlocks]
	}
	return r
}

// with adds a block at the end of r, within the block limit: r's own
// blocks are cut first.
func (r reply) with(b slack.Block) reply {
	if len(r.blocks) >= maxBlocks {
		r.blocks = r.blocks[:maxBlocks-1]
	}
	r.blocks = append(r.blocks[:len(r.blocks):len(r.blocks)], b)
	return r
}

// buttons are the buttons under an answer: 👍 Right and 👎 Wrong with a
// Voter, Why? with an Explainer (see action.go for the action IDs); nil
// for none, as for an error or an answer without an ID.
func (a *Adapter) buttons(ans briefbot.Answer, err error) slack.Block {
	if err != nil || ans.ID == "" {
		return nil
	}
	button := func(verb, label string) slack.BlockElement {
		return slack.NewButtonBlockElement(verb, ans.ID, slack.NewTextBlockObject(slack.PlainTextType, label, true, false))
	}
	var bs []slack.BlockElement
	if a.Voter != nil {
		bs = append(bs, button(actVoteUp, "👍 Right"), button(actVoteDown, "👎 Wrong"))
	}
	if a.Explainer != nil {
		bs = append(bs, button(actWhy, "Why?"))
	}
	if len(bs) == 0 {
		return nil
	}
	return slack.NewActionBlock("answer:"+ans.ID, bs...)
}

// textReply is a reply holding one plain sentence of ours.
func textReply(s string) reply {
	e := fit(s, maxSectionText)
	return reply{text: fit(s, maxFallback), blocks: []slack.Block{section(e)}}
}

// webhook is the reply as a slash-command response: the inline HTTP body,
// the Socket Mode ack payload, or a response_url post.
func (r reply) webhook(v Visibility) *slack.WebhookMessage {
	off := false
	m := &slack.WebhookMessage{
		Text:         r.text,
		ResponseType: string(v),
		UnfurlLinks:  &off,
		UnfurlMedia:  &off,
	}
	if len(r.blocks) > 0 {
		m.Blocks = &slack.Blocks{BlockSet: r.blocks}
	}
	return m
}

// options is the reply as chat.postMessage / chat.postEphemeral options.
// Never link_names or parse=full: those would turn "@here" into a ping.
func (r reply) options(threadTS string) []slack.MsgOption {
	opts := []slack.MsgOption{
		slack.MsgOptionText(r.text, false), // already escaped
		slack.MsgOptionDisableLinkUnfurl(),
		slack.MsgOptionDisableMediaUnfurl(),
	}
	if len(r.blocks) > 0 {
		opts = append(opts, slack.MsgOptionBlocks(r.blocks...))
	}
	if threadTS != "" {
		opts = append(opts, slack.MsgOptionTS(threadTS))
	}
	return opts
}

// mrkdwn is a verbatim text object: Slack does not auto-link URLs, channel
// names or @words in it, so only our explicit <url|source> links are links.
func mrkdwn(s string) *slack.TextBlockObject {
	return slack.NewTextBlockObject(slack.MarkdownType, s, false, true)
}

func section(s string) slack.Block { return slack.NewSectionBlock(mrkdwn(s), nil, nil) }

func contextLine(s string) slack.Block { return slack.NewContextBlock("", mrkdwn(s)) }

// esc escapes &, < and > so text can't form <!channel>, <@U…> or
// <url|text> control sequences. It leaves formatting characters alone:
// it is for our own text and for URLs; article text goes through fit.
func esc(s string) string { return slackutilsx.EscapeMessage(s) }

// Slack's mrkdwn has no escape for its formatting characters: a backslash
// stays visible and the text formats anyway (slackhq/slack-api-docs#34).
// What Slack does honour is that a delimiter opens a span only when no
// whitespace follows it, and closes one only when no whitespace precedes it;
// Slack's own advice in that issue is a space on either side of the
// character. fit puts a hair space (U+200A), the thinnest space there is,
// on each side of every *, _, ~ and ` from an article, so none can open or
// close bold, italics, strikethrough or code, and the character still shows
// as itself. The hair space is Unicode White_Space, a space to JavaScript's
// \s, Java, ICU and Go's unicode.IsSpace alike; should a client take it for
// a letter instead, the character sits inside a word, which Slack doesn't
// format either.
//
// A zero-width space (U+200B) would not do: Slack takes it for a boundary
// that is not whitespace, which is why Markdown-to-Slack converters put it
// next to delimiters to make formatting work where it otherwise wouldn't
// (after punctuation, beside CJK text). bold uses it for exactly that.
const (
	hairSpace = "\u200A"
	zeroWidth = "\u200B"
)

// inertPiece is one character of article text made inert in mrkdwn.
func inertPiece(r rune) string {
	switch r {
	case '&':
		return "&amp;"
	case '<':
		return "&lt;"
	case '>':
		return "&gt;"
	case '*', '_', '~', '`':
		return hairSpace + string(r) + hairSpace
	}
	return string(r)
}

// fit makes article text s literal in mrkdwn (entities for &, < and >;
// formatting characters disarmed, see hairSpace) and, when the result would
// exceed max runes, cuts s short with an ellipsis. It cuts between
// characters of s, so no entity or disarmed character is split.
func fit(s string, max int) string {
	var full strings.Builder
	for _, r := range s {
		full.WriteString(inertPiece(r))
	}
	if utf8.RuneCountInString(full.String()) <= max {
		return full.String()
	}
	var b strings.Builder
	n := 0
	for _, r := range s {
		p := inertPiece(r)
		w := utf8.RuneCountInString(p)
		if n+w > max-1 {
			break
		}
		n += w
		b.WriteString(p)
	}
	return strings.TrimRight(b.String(), " ") + "…"
}

// bold wraps escaped text in *…*.
func bold(e string) string { return emphasize("*", e) }

// emphasize wraps escaped text in mark…mark. Slack doesn't close a span
// after punctuation ("*U.S.*" shows its asterisks), so where the text starts
// or ends with anything but a letter or a digit (punctuation, an ellipsis,
// a disarmed asterisk) a zero-width space goes between it and the mark.
func emphasize(mark, e string) string {
	if e == "" {
		return ""
	}
	first, _ := utf8.DecodeRuneInString(e)
	last, _ := utf8.DecodeLastRuneInString(e)
	open, close := mark, mark
	if !unicode.IsLetter(first) && !unicode.IsDigit(first) {
		open += zeroWidth
	}
	if !unicode.IsLetter(last) && !unicode.IsDigit(last) {
		close = zeroWidth + close
	}
	return open + e + close
}

// quote renders a sentence as a mrkdwn block quote, optionally after a label
// line, within one section's limit.
func quote(sentence, label string) string {
	prefix := "> "
	if label != "" {
		prefix = emphasize("_", esc(label)) + "\n> "
	}
	return prefix + fit(briefbot.CleanText(sentence), maxSectionText-utf8.RuneCountInString(prefix))
}

// cite renders where a sentence comes from, with a source link when the
// article has a usable URL. Empty when there is nothing to say.
func cite(c briefbot.Citation) string {
	// At most 1,000 + 2,000 (link) + a few runes: inside one element.
	s := fit(citeText(c), 1000)
	if link := linkTo(c.URL); link != "" {
		if s != "" {
			s += " · "
		}
		s += "<" + link + "|source>"
	}
	return s
}

// citeText is the unescaped "From “Title”, paragraph 3".
func citeText(c briefbot.Citation) string {
	title := c.Title
	if title == "" {
		title = c.ArticleID
	}
	title = briefbot.CleanText(title)
	title = briefbot.Clip(title, maxTitle)
	var parts []string
	if title != "" {
		parts = append(parts, "From “"+title+"”")
	}
	if c.Paragraph > 0 {
		parts = append(parts, fmt.Sprintf("paragraph %d", c.Paragraph))
	}
	return strings.Join(parts, ", ")
}

// linkTo returns an http(s) URL escaped for use inside <…|…>, or "" for
// anything else: a "URL" like "!channel" must not become <!channel|source>.
// Capped so a citation line stays inside its section.
func linkTo(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	s := esc(strings.ReplaceAll(u.String(), "|", "%7C"))
	if utf8.RuneCountInString(s) > 2000 {
		return ""
	}
	return s
}

// alternatives renders other candidate answers compactly, or "".
func alternatives(alts []briefbot.Answer) string {
	var parts []string
	for _, alt := range alts {
		if len(parts) == maxAlternatives {
			break
		}
		p := bold(fit(briefbot.CleanText(alt.Text), maxAltText))
		if c := alt.Citation(); c.Paragraph > 0 {
			p += fmt.Sprintf(" (paragraph %d)", c.Paragraph)
		}
		parts = append(parts, p)
	}
	if len(parts) == 0 {
		return ""
	}
	return "Other possible answers: " + strings.Join(parts, " · ")
}
