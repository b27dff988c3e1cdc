package slack

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"regexp"
	"strings"
	"time"

	"briefbot"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
)

// This file holds what the HTTP and Socket Mode paths share: turning a slash
// command or an event into a question, asking it, and delivering the reply.

// slashFollowUps is how long a user's /ask in a channel may lean on their
// previous one: slash commands open no thread, so only a quick follow-up
// is likely one.
const slashFollowUps = 5 * time.Minute

// Conversations, by Question.Conversation: a thread (the mention's, or a
// DM's), a DM, or a user's slash commands in one channel. Each names its
// channel, so nothing is shared across channels, and a DM's channel is
// one person's.
func threadConversation(channel, threadTS string) string {
	if threadTS == "" {
		return "slack:" + channel
	}
	return "slack:" + channel + ":" + threadTS
}

func slashConversation(channel, user string) string { return "slack:ask:" + channel + ":" + user }

// ask asks one question in its conversation and renders the result. Error
// details go to the log; the reply carries only the friendly sentence.
func (a *Adapter) ask(ctx context.Context, text, channel, user, conversation string, within time.Duration) (r reply) {
	start := time.Now()
	defer func() {
		// A panicking Asker still gets the user a reply, and the bot lives.
		if v := recover(); v != nil {
			a.log().Error("slack: ask panicked", "panic", v, "channel", channel, "user", user)
			r = render(briefbot.Answer{}, fmt.Errorf("ask panicked: %v", v))
		}
	}()
	q := briefbot.Question{
		Text:           text,
		Conversation:   conversation,
		FollowUpWithin: within,
		Origin:         briefbot.Origin{Adapter: "slack", Channel: channel, User: user},
	}
	ans, err := a.Asker.Ask(ctx, q)
	// The Asker's own middleware logs one line per question at info; the
	// adapter adds detail at debug only, and errors, which it turns into a
	// friendly reply and would otherwise hide.
	log := a.log().With("channel", channel, "user", user)
	switch {
	case errors.Is(err, briefbot.ErrEmptyQuestion), errors.Is(err, briefbot.ErrQuestionTooLong), errors.Is(err, briefbot.ErrRateLimited):
		log.Debug("slack: question refused", "err", err)
	case err != nil:
		log.Error("slack: ask failed", "err", err)
	default:
		log.Debug("slack: answered", "answered", ans.Answered(), "took", time.Since(start))
	}
	r = render(ans, err)
	if b := a.buttons(ans, err); b != nil {
		r = r.with(b)
	}
	return r
}

// slackMarkup matches Slack's <…> control sequences in message text.
var slackMarkup = regexp.MustCompile(`<([^<>]*)>`)

// questionText turns Slack message text into the question as typed: mentions
// of the bot go, other mentions, channels and links become their labels, and
// &amp; &lt; &gt; are unescaped. When botID is not known yet every user
// mention goes, which is right for the leading "@briefbot".
func questionText(text, botID string) string {
	s := slackMarkup.ReplaceAllStringFunc(text, func(tok string) string {
		target, label, _ := strings.Cut(tok[1:len(tok)-1], "|")
		switch {
		case strings.HasPrefix(target, "@"):
			if botID == "" || target[1:] == botID || label == "" {
				return " "
			}
			return "@" + label
		case strings.HasPrefix(target, "#"):
			if label == "" {
				return " "
			}
			return "#" + label
		case strings.HasPrefix(target, "!"):
			return " " + label + " " // <!here>, <!subteam^S1|@team>, <!date…|fallback>
		case label != "":
			return label
		default:
			return target
		}
	})
	s = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&").Replace(s)
	return briefbot.CleanText(s)
}

func isHelp(q string) bool {
	return q == "" || q == "?" || strings.EqualFold(q, "help")
}

// help is the usage reply. command is the slash command as invoked ("/ask"
// unless the app was set up with another name).
func (a *Adapter) help(command string) reply {
	if command == "" {
		command = "/ask"
	}
	cmd := esc(command)
	mention := "@briefbot"
	if id := a.userID(); id != "" {
		mention = "<@" + esc(id) + ">"
	}
	private, shared := "only you see the answer", "everyone in the channel sees it"
	plain := private
	if a.visibility() == InChannel {
		plain = shared
	}
	text := "*Ask me about the news articles I have read.* I reply with a short answer, the sentence it comes from, and the article and paragraph.\n" +
		"• `" + cmd + " &lt;question&gt;`: " + plain + "\n" +
		"• `" + cmd + " share &lt;question&gt;`: " + shared + "\n" +
		"• In a thread, mention me: " + mention + " who is Medinsky? (slash commands don't work in threads)\n" +
		"• Or send me a direct message.\n" +
		"• Follow up in the thread or DM, or with your next `" + cmd + "` here: \"What is his job?\", \"When?\". Press *Why?* to see how I found an answer.\n" +
		"*Examples*\n" +
		"• " + cmd + " Who leads the Russian delegation?\n" +
		"• " + cmd + " Where are the peace talks being held?\n" +
		"• " + cmd + " share Who is Rustem Umerov?"
	return reply{
		text:   "How to ask me: " + cmd + " &lt;question&gt;, or mention me in a thread.",
		blocks: []slack.Block{section(text)},
	}
}

// slashNow handles what a slash command can be told without a lookup: help
// and refusals. For a question it returns nil with the question and who
// should see the answer.
func (a *Adapter) slashNow(cmd slack.SlashCommand) (now *slack.WebhookMessage, q string, v Visibility) {
	if !a.allowedChannel(cmd.ChannelID) {
		return textReply(notAllowed).webhook(Ephemeral), "", ""
	}
	q = questionText(cmd.Text, a.userID())
	v = a.visibility()
	if first, rest, _ := strings.Cut(q, " "); strings.EqualFold(first, "share") {
		q, v = strings.TrimSpace(rest), InChannel
	}
	if isHelp(q) {
		return a.help(cmd.Command).webhook(Ephemeral), "", ""
	}
	return nil, q, v
}

// answerSlash asks q and delivers the answer through ack when it is ready
// within the inline wait. Otherwise ack says "Looking that up…" and the answer
// takes its place through the command's response_url (see late). ack is
// called exactly once unless it fails, in which case it is called once more
// with the short text.
func (a *Adapter) answerSlash(ctx context.Context, cmd slack.SlashCommand, q string, v Visibility, ack func(*slack.WebhookMessage) error) {
	log := a.log().With("channel", cmd.ChannelID, "user", cmd.UserID)
	res := make(chan reply, 1)
	go func() {
		res <- a.ask(ctx, q, cmd.ChannelID, cmd.UserID, slashConversation(cmd.ChannelID, cmd.UserID), slashFollowUps)
	}()

	t := time.NewTimer(a.wait())
	defer t.Stop()
	var r reply
	select {
	case r = <-res:
		err := ack(r.webhook(v))
		if err == nil {
			return
		}
		// Too big for a Socket Mode ack, say: response_url has room.
		log.Warn("slack: inline reply failed; using response_url", "err", err)
		if err := ack(textReply(lookingUpText).webhook(Ephemeral)); err != nil {
			log.Error("slack: acknowledging command failed", "err", err)
		}
	case <-t.C:
		if err := ack(textReply(lookingUpText).webhook(Ephemeral)); err != nil {
			log.Error("slack: acknowledging command failed", "err", err)
		}
		r = <-res
	}
	a.late(ctx, log, cmd.ResponseURL, r, v)
}

// late delivers an answer that missed the inline wait, in place of the
// ephemeral "Looking that up…" placeholder, so the asker doesn't keep a
// stale "looking" message above the answer. An ephemeral answer replaces the
// placeholder (replace_original). A shared answer cannot: a replaced message
// keeps its visibility, and the placeholder is the asker's alone. So the
// placeholder is deleted (delete_original) and the answer posted for the
// channel. Deleting first means "original" can only be the placeholder,
// never the answer. That is two of the five posts a response_url allows.
func (a *Adapter) late(ctx context.Context, log *slog.Logger, responseURL string, r reply, v Visibility) {
	m := r.webhook(v)
	if v == Ephemeral {
		m.ReplaceOriginal = true
	} else if err := a.respond(ctx, responseURL, &slack.WebhookMessage{DeleteOriginal: true}); err != nil {
		// The answer matters more than the placeholder: post it anyway.
		log.Warn("slack: removing the placeholder failed", "err", err)
	}
	if err := a.respond(ctx, responseURL, m); err != nil {
		log.Error("slack: delayed reply failed", "err", err)
	}
}

// respond posts to a response_url. The URL is a credential for 30 minutes,
// so it is kept out of the returned error.
func (a *Adapter) respond(ctx context.Context, responseURL string, m *slack.WebhookMessage) error {
	if responseURL == "" {
		return errors.New("post to response_url: command has no response_url")
	}
	err := slack.PostWebhookCustomHTTPContext(ctx, responseURL, a.httpClient(), m)
	if err != nil {
		return fmt.Errorf("post to response_url: %w", redactURL(err, responseURL))
	}
	return nil
}

// question is one question asked by a mention or in a direct message.
type question struct {
	kind     string // "app_mention" or "message.im", for logs
	channel  string
	user     string
	text     string
	threadTS string   // where to answer; "" for top level of a DM
	keys     []string // de-duplication keys
}

// fromEvent picks the question out of an Events API callback, or reports
// false for events the bot does not answer: other bots, itself, edits and
// other message subtypes, channel messages that are not mentions.
func (a *Adapter) fromEvent(ev slackevents.EventsAPIEvent) (question, bool) {
	cb, ok := ev.Data.(*slackevents.EventsAPICallbackEvent)
	if !ok {
		return question{}, false
	}
	var (
		q  question
		ts string
	)
	switch e := ev.InnerEvent.Data.(type) {
	case *slackevents.AppMentionEvent:
		if a.fromBot(e.User, e.BotID, "") {
			return question{}, false
		}
		// Answer in the thread the mention is in, or start one under it.
		thread := e.ThreadTimeStamp
		if thread == "" {
			thread = e.TimeStamp
		}
		q, ts = question{kind: "app_mention", channel: e.Channel, user: e.User, text: e.Text, threadTS: thread}, e.TimeStamp
	case *slackevents.MessageEvent:
		// Channel messages come only as app_mention; a "message" in a
		// channel would be the same question a second time.
		if e.ChannelType != "im" || e.SubType != "" || a.fromBot(e.User, e.BotID, e.SubType) {
			return question{}, false
		}
		q, ts = question{kind: "message.im", channel: e.Channel, user: e.User, text: e.Text, threadTS: e.ThreadTimeStamp}, e.TimeStamp
	default:
		return question{}, false
	}
	if q.channel == "" || q.user == "" {
		return question{}, false
	}
	if cb.EventID != "" {
		q.keys = append(q.keys, "event:"+cb.EventID)
	}
	if ts != "" {
		// The same message can arrive as app_mention and message.im.
		q.keys = append(q.keys, "msg:"+q.channel+":"+ts)
	}
	return q, true
}

// fromBot reports whether a message was written by a bot, this one included.
func (a *Adapter) fromBot(user, botID, subtype string) bool {
	return botID != "" || subtype == "bot_message" || (user != "" && user == a.userID())
}

// answerEvent answers a mention in its thread, or a direct message in the DM.
func (a *Adapter) answerEvent(ctx context.Context, q question) {
	log := a.log().With("kind", q.kind, "channel", q.channel, "user", q.user)
	if !a.allowedChannel(q.channel) {
		// Ephemeral: a refusal should not add noise where the bot is unwanted.
		if _, err := a.api.PostEphemeralContext(ctx, q.channel, q.user, textReply(notAllowed).options(q.threadTS)...); err != nil {
			log.Error("slack: refusal failed", "err", err)
		}
		return
	}
	text := questionText(q.text, a.userID())
	var r reply
	if isHelp(text) {
		r = a.help("")
	} else {
		r = a.ask(ctx, text, q.channel, q.user, threadConversation(q.channel, q.threadTS), 0)
	}
	if _, _, err := a.api.PostMessageContext(ctx, q.channel, r.options(q.threadTS)...); err != nil {
		log.Error("slack: posting answer failed", "err", err)
	}
}
