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
		if rm := m.ReferencedMessage; rm != nil && rm.Author != nil {
			if id := a.self.Load(); id != nil && rm.Author.ID == id.userID {
				// An answer of ours not (yet) remembered: it replied to
				// a question, which was.
				if q := rm.MessageReference; q != nil {
					if c, ok := a.replies.question(q.MessageID); ok {
						return c
					}
				}
				return "discord:reply:" + m.ChannelID + ":" + ref.MessageID
			}
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

// replies remembers which conversation each of the bot's answers, and
// each question it answered, is in, up to maxReplies, oldest forgotten
// first. An answer's ID is known only once Discord has taken it; its
// question's is known at once, so a reply that comes quicker than that
// is still placed. The zero value is ready.
type replies struct {
	mu    sync.Mutex
	conv  map[string]remembered // message ID -> conversation
	order []string
}

type remembered struct {
	conversation string
	answer       bool // one of the bot's answers, not a question
}

// put remembers an answer of the bot's.
func (r *replies) put(messageID, conversation string) { r.add(messageID, conversation, true) }

// asked remembers a question the bot answers.
func (r *replies) asked(messageID, conversation string) { r.add(messageID, conversation, false) }

func (r *replies) add(messageID, conversation string, answer bool) {
	if messageID == "" {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.conv == nil {
		r.conv = make(map[string]remembered)
	}
	if _, ok := r.conv[messageID]; !ok {
		r.order = append(r.order, messageID)
	}
	r.conv[messageID] = remembered{conversation, answer}
	for len(r.order) > maxReplies {
		delete(r.conv, r.order[0])
		r.order = r.order[1:]
	}
}

// get returns the conversation of one of the bot's answers.
func (r *replies) get(messageID string) (string, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	c, ok := r.conv[messageID]
	return c.conversation, ok && c.answer
}

// question returns the conversation of a question the bot answered.
func (r *replies) question(messageID string) (string, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	c, ok := r.conv[messageID]
	return c.conversation, ok && !c.answer
}
