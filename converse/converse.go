// Package converse carries a conversation from one question to the next.
// A follow-up that leans on the turn before it ("What is his job?", "And
// the Ukrainian one?", "When?") is written out in full ("What is Vladimir
// Medinsky's job?") before it is asked, and asked preferring the article
// the answer before it came from; the answer says how it was understood.
// Answers are kept for a while under their ID, so that one can be
// explained ("Why?").
//
// What is remembered stays in memory, per conversation, bounded: the last
// few turns of each, for TTL after its last question, at most Max
// conversations. Nothing is written to disk. A conversation is whatever
// the front end names by Question.Conversation: the front ends make the
// name unique to one place and, in a private place, one person, so that
// nothing is shared across channels or across people's direct messages.
//
// It imports the standard library and the root package only: the
// rewriting is its own small rules, not the answerer's.
package converse

import (
	"container/list"
	"context"
	"crypto/rand"
	"encoding/base64"
	"sync"
	"time"
	"unicode/utf8"

	"briefbot"
)

// Defaults used by an Asker whose fields are zero.
const (
	// DefaultTTL is how long a quiet conversation is remembered.
	DefaultTTL = 30 * time.Minute
	// DefaultMax bounds the conversations remembered. A conversation
	// keeps its last DefaultTurns turns, a question, an answer and the
	// answer's sentence each: a few kilobytes.
	DefaultMax = 10000
	// DefaultTurns is how many turns of a conversation are kept.
	DefaultTurns = 3
)

// maxSentence caps the answer sentence kept with a turn, in bytes; what
// a follow-up needs of it (a nationality to swap) is near its words.
const maxSentence = 1000

// Bot answers questions: what an Asker wraps. guard.Asker, a feedback
// collector and *briefbot.Bot satisfy it.
type Bot interface {
	Ask(ctx context.Context, q briefbot.Question) (briefbot.Answer, error)
}

// Explainer explains the answer to a question. *briefbot.Bot satisfies it.
type Explainer interface {
	Explain(ctx context.Context, q briefbot.Question) (briefbot.Explanation, error)
}

// Asker asks questions within their conversations (see the package
// documentation). Configure it by its fields: Bot is required; the zero
// values of the others are the defaults. It is safe for concurrent use;
// its fields must not change once it is in use.
type Asker struct {
	Bot Bot
	// Explainer explains kept answers (Explain); without it Explain
	// fails.
	Explainer Explainer
	// TTL is how long a conversation is remembered after its last
	// question, and an answer kept for explaining; DefaultTTL when 0.
	TTL time.Duration
	// Max bounds the conversations remembered; past it the one quiet for
	// longest is forgotten. Answers are kept for explaining up to Max
	// times Turns. DefaultMax when 0.
	Max int
	// Turns is how many turns of a conversation are kept; DefaultTurns
	// when 0.
	Turns int
	// Now is the clock; time.Now when nil.
	Now func() time.Time

	mu      sync.Mutex
	convs   map[string]*list.Element // of *conversation
	recent  list.List                // conversations, most recently used first
	answers map[string]*kept
	order   []*kept // kept answers, oldest first
	head    int     // order[:head] are gone
}

type conversation struct {
	key   string
	last  time.Time
	turns []Turn
}

// kept is what explaining an answer needs: the question as the bot was
// asked it, and the answer given.
type kept struct {
	id     string
	at     time.Time
	q      briefbot.Question
	answer string
}

// Ask asks q in its conversation. When the conversation has turns (and
// q.FollowUpWithin, if set, has not passed since the last), a follow-up
// is written out in full and the answer's UnderstoodAs says so, and the
// question prefers the article of the last answer. Every answer gets an
// ID (unless it has one) and is kept for Explain; a question with a
// conversation is remembered as its newest turn. Errors are returned as
// they are, with nothing remembered.
func (a *Asker) Ask(ctx context.Context, q briefbot.Question) (briefbot.Answer, error) {
	now := a.now()
	history := a.recall(q.Conversation, q.FollowUpWithin, now)
	asked := q
	asked.Text = briefbot.CleanText(q.Text)
	understood := ""
	if len(history) > 0 {
		if text, ok := Rewrite(asked.Text, history); ok {
			asked.Text, understood = text, text
		}
		if asked.ArticleID == "" && asked.PreferArticle == "" {
			asked.PreferArticle = lastArticle(history)
		}
	}
	ans, err := a.Bot.Ask(ctx, asked)
	if err != nil {
		return ans, err
	}
	ans.UnderstoodAs = understood
	if ans.ID == "" {
		ans.ID = newID()
	}
	a.keep(ans.ID, asked, ans.Text, now)
	if q.Conversation != "" {
		t := Turn{Question: asked.Text, Answer: ans.Text}
		if len(ans.Evidence) > 0 {
			t.Sentence = clip(ans.Evidence[0].Text, maxSentence)
			t.Article = ans.Evidence[0].ArticleID
		}
		a.remember(q.Conversation, t, now)
	}
	return ans, nil
}

// Explain explains a kept answer: its question is asked of the
// Explainer again, as it was asked, so that the index answering it has
// not changed the explanation is of the answer given. It returns
// briefbot.ErrUnknownAnswer for an answer not (or no longer) kept.
func (a *Asker) Explain(ctx context.Context, answerID string, _ briefbot.Origin) (briefbot.Explanation, error) {
	a.mu.Lock()
	a.expire(a.now())
	k := a.answers[answerID]
	a.mu.Unlock()
	if k == nil || a.Explainer == nil {
		return briefbot.Explanation{}, briefbot.ErrUnknownAnswer
	}
	return a.Explainer.Explain(ctx, k.q)
}

// History returns the turns remembered for a conversation, oldest first,
// for tests and the terminal.
func (a *Asker) History(conversation string) []Turn {
	return a.recall(conversation, 0, a.now())
}

// Len is the number of conversations remembered.
func (a *Asker) Len() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.expire(a.now())
	return len(a.convs)
}

// recall returns a copy of a conversation's turns, or none when it is
// unknown, forgotten, or quiet for longer than within.
func (a *Asker) recall(key string, within time.Duration, now time.Time) []Turn {
	if key == "" {
		return nil
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	a.expire(now)
	e := a.convs[key]
	if e == nil {
		return nil
	}
	c := e.Value.(*conversation)
	if within > 0 && now.Sub(c.last) > within {
		return nil
	}
	return append([]Turn(nil), c.turns...)
}

// remember adds a turn to a conversation, keeping the last Turns.
func (a *Asker) remember(key string, t Turn, now time.Time) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.expire(now)
	if a.convs == nil {
		a.convs = make(map[string]*list.Element)
	}
	e := a.convs[key]
	if e == nil {
		for len(a.convs) >= a.max() {
			a.forget(a.recent.Back())
		}
		e = a.recent.PushFront(&conversation{key: key})
		a.convs[key] = e
	} else {
		a.recent.MoveToFront(e)
	}
	c := e.Value.(*conversation)
	c.last = now
	c.turns = append(c.turns, t)
	if n := len(c.turns) - a.turns(); n > 0 {
		c.turns = append([]Turn(nil), c.turns[n:]...)
	}
}

// keep stores an answer for Explain.
func (a *Asker) keep(id string, q briefbot.Question, answer string, now time.Time) {
	q.Origin = briefbot.Origin{} // not needed to explain, so not kept
	q.Conversation = ""
	a.mu.Lock()
	defer a.mu.Unlock()
	a.expire(now)
	if a.answers == nil {
		a.answers = make(map[string]*kept)
	}
	for len(a.answers) >= a.max()*a.turns() {
		a.drop()
	}
	k := &kept{id: id, at: now, q: q, answer: answer}
	a.answers[id] = k
	a.order = append(a.order, k)
}

// expire forgets the conversations and answers older than the TTL. a.mu
// must be held.
func (a *Asker) expire(now time.Time) {
	for e := a.recent.Back(); e != nil && now.Sub(e.Value.(*conversation).last) >= a.ttl(); e = a.recent.Back() {
		a.forget(e)
	}
	for a.head < len(a.order) && now.Sub(a.order[a.head].at) >= a.ttl() {
		a.drop()
	}
}

func (a *Asker) forget(e *list.Element) {
	if e == nil {
		return
	}
	delete(a.convs, e.Value.(*conversation).key)
	a.recent.Remove(e)
}

// drop forgets the oldest kept answer.
func (a *Asker) drop() {
	if a.head == len(a.order) {
		return
	}
	delete(a.answers, a.order[a.head].id)
	a.order[a.head] = nil
	a.head++
	if a.head > 1024 && a.head > len(a.order)/2 {
		a.order = append([]*kept(nil), a.order[a.head:]...)
		a.head = 0
	}
}

func (a *Asker) now() time.Time {
	if a.Now != nil {
		return a.Now()
	}
	return time.Now()
}

func (a *Asker) ttl() time.Duration {
	if a.TTL > 0 {
		return a.TTL
	}
	return DefaultTTL
}

func (a *Asker) max() int {
	if a.Max > 0 {
		return a.Max
	}
	return DefaultMax
}

func (a *Asker) turns() int {
	if a.Turns > 0 {
		return a.Turns
	}
	return DefaultTurns
}

// lastArticle is the article of the last answer of a conversation.
func lastArticle(history []Turn) string {
	for k := len(history) - 1; k >= 0; k-- {
		if history[k].Answer != "" && history[k].Article != "" {
			return history[k].Article
		}
	}
	return ""
}

// newID is 96 random bits, URL-safe: short enough for a Discord
// custom_id, and not guessable, so nobody can have explained an answer
// they weren't shown.
func newID() string {
	var b [12]byte
	rand.Read(b[:])
	return base64.RawURLEncoding.EncodeToString(b[:])
}

// clip cuts s to at most n bytes, at a character boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
