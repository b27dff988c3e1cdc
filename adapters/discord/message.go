package discord

import (
	"context"
	"strings"

	"briefbot"

	"github.com/bwmarrin/discordgo"
)

// How to ask, for an empty mention, "help", or an empty /ask. Mentions and
// DMs arrive only over the gateway, so without one (no token, or
// InteractionsOnly) the help names /ask alone.
const (
	usageGateway = "Ask me about the news stories I have read. Mention me with a question, " +
		"send me a direct message, or use `/ask`, for example: Who leads the Russian delegation?\n" +
		"I answer with a short answer, the sentence it comes from, and where to find it. " +
		"Reply to my answer to follow up (\"What is his job?\"), and press Why? to see how I found it."
	usageCommand = "Ask me about the news stories I have read with `/ask`, " +
		"for example: `/ask question: Who leads the Russian delegation?`\n" +
		"I answer with a short answer, the sentence it comes from, and where to find it. " +
		"A next `/ask` in the same channel may follow up (\"What is his job?\"), and Why? shows how I found it."
)

// usage is the help for the ways of asking this set-up serves.
func (a *Adapter) usage() string {
	if a.gateway() {
		return usageGateway
	}
	return usageCommand
}

// onMessage handles one MESSAGE_CREATE. It runs on discordgo's reader
// goroutine, so it only decides, synchronously, whether the message is a
// question, and answers in a goroutine of its own.
func (a *Adapter) onMessage(ctx context.Context, m *discordgo.Message) {
	id := a.self.Load()
	if id == nil || m == nil {
		return
	}
	text, ok := a.messageQuestion(m, id.userID)
	if !ok {
		return
	}
	conversation := a.conversation(m)
	a.replies.asked(m.ID, conversation)
	a.background(ctx, func(ctx context.Context) {
		reply := post{text: a.usage()}
		if text != "" && !isHelp(text) {
			reply = a.answer(ctx, briefbot.Question{Text: text, Conversation: conversation, Origin: briefbot.Origin{
				Adapter: "discord", Channel: m.ChannelID, User: m.Author.ID,
			}})
		}
		if sent := a.reply(ctx, m, reply); sent != "" {
			a.replies.put(sent, conversation)
		}
	})
}

// messageQuestion reports whether m is a question for the bot whose user ID
// is botID, and its text with the bot's mentions removed. A question is a DM,
// or a guild message in an allowed channel that mentions the bot or replies
// to one of its answers. Bots, the bot itself included, and webhooks are
// never answered, so two bots cannot talk to each other forever.
func (a *Adapter) messageQuestion(m *discordgo.Message, botID string) (string, bool) {
	switch {
	case m.Author == nil || m.Author.Bot || m.Author.ID == botID || m.WebhookID != "":
		return "", false
	case m.Type != discordgo.MessageTypeDefault && m.Type != discordgo.MessageTypeReply:
		return "", false // joins, pins, thread starts...
	case m.GuildID == "":
		return stripMention(m.Content, botID), true
	case !mentions(m, botID) && !a.repliesToBot(m, botID) || !a.allowedChannel(m.GuildID, m.ChannelID):
		return "", false
	}
	return stripMention(m.Content, botID), true
}

func mentions(m *discordgo.Message, userID string) bool {
	for _, u := range m.Mentions {
		if u != nil && u.ID == userID {
			return true
		}
	}
	return false
}

// stripMention removes the bot's mentions, <@id> and the older nickname form
// <@!id>, and the space around them. Other users' mentions stay: they may
// be part of the question.
func stripMention(s, botID string) string {
	if botID != "" {
		s = strings.NewReplacer("<@"+botID+">", " ", "<@!"+botID+">", " ").Replace(s)
	}
	return strings.Join(strings.Fields(s), " ")
}

func isHelp(s string) bool {
	return strings.EqualFold(strings.Trim(s, " ?!."), "help")
}

// reply answers m in its channel as a reply to it, and returns the ID of
// the message sent ("" when sending failed). Embeds are suppressed so
// citation links don't unfurl, and no mention is parsed. The reference does
// not insist on m existing: if the asker deleted the question meanwhile,
// Discord posts the answer as a plain message instead of refusing it.
func (a *Adapter) reply(ctx context.Context, m *discordgo.Message, p post) string {
	sent, err := a.api.ChannelMessageSendComplex(m.ChannelID, &discordgo.MessageSend{
		Content:         p.text,
		Components:      p.components,
		Reference:       m.SoftReference(),
		AllowedMentions: noMentions(),
		Flags:           discordgo.MessageFlagsSuppressEmbeds,
	}, discordgo.WithContext(ctx))
	if err != nil {
		a.log.Error("discord: send reply", "channel", m.ChannelID, "message", m.ID, "err", err)
		return ""
	}
	if sent == nil {
		return ""
	}
	return sent.ID
}
