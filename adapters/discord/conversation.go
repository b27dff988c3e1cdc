package discord

import (
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// slashFollowUps is how long a user's /ask in a channel may lean on their
// previous one: a command opens no thread, so only a quick follow-up is
// likely one.
const slashFollowUps = 5 * time.Minute

// maxReplies bounds the answers remembered for reply chains; past it the
// oldest are forgotten, and a reply to one starts a conversation of its
// own (the conversation it was in is long forgotten by then anyway).
const maxReplies = 10000

// conversation names the conversation a message is in: a DM channel (one
// person's); the conversation of the answer it replies to; or, in a
// server channel or thread, its author's own questions there. Each names
// its channel, so nothing is shared across channels.
func (a *Adapter) conversation(m *discordgo.Message) string {
	if m.GuildID == "" {
		return "discord:dm:" + m.ChannelID
	}
	if ref := m.MessageReference; ref != nil && ref.MessageID != "" {
		if c, ok := a.replies.get(ref.MessageID); ok {
			return c
		}
		if id := a.self.Load(); id != nil && m.ReferencedMessage != nil && m.ReferencedMessage.Author != nil &&
			m.ReferencedMessage.Author.ID == id.userID {
			return "discord:reply:" + m.ChannelID + ":" + ref.MessageID
		}
	}
	return "discord:" + m.ChannelID + ":" + m.Author.ID
}

// repliesToBot reports whether m replies to one of the bot's messages:
// such a reply is addressed to the bot, with or without a mention.
func (a *Adapter) repliesToBot(m *discordgo.Message, botID string) bool {
	ref := m.MessageReference
	if ref == nil || ref.MessageID == "" {
		return false
	}
	if _, ok := a.replies.get(ref.MessageID); ok {
		return true
	}
	return m.ReferencedMessage != nil && m.ReferencedMessage.Author != nil && m.ReferencedMessage.Author.ID == botID
}

// replies remembers which conversation each of the bot's answers is in,
// up to maxReplies, oldest forgotten first. The zero value is ready.
type replies struct {
	mu    sync.Mutex
	conv  map[string]string // message ID -> conversation
	order []string
}

func (r *replies) put(messageID, conversation string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.conv == nil {
		r.conv = make(map[string]string)
	}
	if _, ok := r.conv[messageID]; !ok {
		r.order = append(r.order, messageID)
	}
	r.conv[messageID] = conversation
	for len(r.order) > maxReplies {
		delete(r.conv, r.order[0])
		r.order = r.order[1:]
	}
}

func (r *replies) get(messageID string) (string, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	c, ok := r.conv[messageID]
	return c, ok
}
