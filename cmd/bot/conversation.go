package main

import (
	"context"
	"time"

	"briefbot"
	"briefbot/converse"
	"briefbot/guard"
)

// answerExplainer explains an answer given earlier, by its ID: what the "Why?"
// buttons and the API's "explain" are handed. *converse.Asker is one.
type answerExplainer interface {
	Explain(ctx context.Context, answerID string, by briefbot.Origin) (briefbot.Explanation, error)
}

// newConversations wraps ask (the guarded bot, with answer IDs when
// feedback is on) in the conversations of `bot serve`: follow-ups
// written out in full against the turns before them, answers kept to be
// explained by the bot itself.
func (a *app) newConversations(ask asker) *converse.Asker {
	c := a.cfg.Conversation
	a.log.Info("follow-up questions on", "conversation_ttl", c.TTL.Duration, "conversation_max", c.Max)
	return &converse.Asker{Bot: ask, Explainer: a.bot, TTL: c.TTL.Duration, Max: c.Max}
}

// limitedExplainer applies the per-user question limit to "Why?" too, in
// buckets of its own: an explanation asks the bot again, so it costs what
// a question does, but explaining does not use up asking. One over the
// limit is briefbot.ErrRateLimited.
type limitedExplainer struct {
	next  answerExplainer
	users *guard.Limiter
}

func (l *limitedExplainer) Explain(ctx context.Context, answerID string, by briefbot.Origin) (briefbot.Explanation, error) {
	if by.User != "" && !l.users.Allow(by.Adapter+":"+by.User, time.Now()) {
		return briefbot.Explanation{}, briefbot.ErrRateLimited
	}
	return l.next.Explain(ctx, answerID, by)
}
