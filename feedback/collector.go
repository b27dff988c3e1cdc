package feedback

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"briefbot"
)

// Defaults used by a Collector whose fields are zero.
const (
	// DefaultWindow is how long an answer can be voted on.
	DefaultWindow = 24 * time.Hour
	// DefaultMaxAnswers bounds the answers kept for voting. An answer
	// kept is its question, answer, cited sentence and a few numbers:
	// about 1 KB, so the default holds about 10 MB at most.
	DefaultMaxAnswers = 10000
)

const (
	// maxVoters bounds the votes remembered per answer, against a flood
	// of voters on one public message. Past it votes are still written;
	// only a repeated click is no longer recognised (Latest still counts
	// each person once).
	maxVoters = 1000
	// maxSentence caps the cited sentence kept and written, in runes.
	maxSentence = 2000
	// maxIDLen is longer than any ID we make; longer ones are unknown
	// without a look-up.
	maxIDLen = 64
)

// Asker answers a question. guard.Asker and *briefbot.Bot satisfy it.
type Asker interface {
	Ask(ctx context.Context, q briefbot.Question) (briefbot.Answer, error)
}

// Appender is where votes go; *File is one.
type Appender interface {
	Append(e Entry) error
}

// Observer is told about each vote the Collector tried to write, for
// metrics: err is nil when it was written. Repeated votes (the same
// person, answer and verdict) are not written and not observed.
type Observer interface {
	ObserveVote(vote string, err error)
}

// Collector wraps an Asker: every answer it returns gets an ID and is kept,
// for Window, so that a vote naming the ID can be recorded with the
// question, answer and citation it is about. It then takes the votes
// (Vote), one per person and answer, and appends them to File.
//
// Configure it by its fields; Asker and File are required, the zero
// values of the others are useful. It is safe for concurrent use; its
// fields must not change once it is in use.
type Collector struct {
	Asker Asker
	File  Appender
	// Key keys the hash that stands for a user ID in the file. Keep it
	// secret and stable: the same person then hashes the same across
	// restarts. When empty a random key is made, so hashes differ after
	// each start (votes on one answer are still counted once per person).
	Key []byte
	// Generation names the index that answers (e.g. its fingerprint); it
	// is asked after each answer. None when nil.
	Generation func() string
	// Window is how long an answer can be voted on; DefaultWindow when 0.
	Window time.Duration
	// MaxAnswers bounds the answers kept; past it the oldest go first.
	// DefaultMaxAnswers when 0.
	MaxAnswers int
	Observer   Observer
	// Logger gets one line per failed write; slog.Default() when nil.
	Logger *slog.Logger
	// Now is the clock; time.Now when nil.
	Now func() time.Time

	once sync.Once
	key  []byte

	mu    sync.Mutex // guards kept and order
	kept  map[string]*kept
	order []*kept // oldest first; all share one Window, so also by expiry
	head  int     // order[:head] are gone

	voteMu sync.Mutex // one vote at a time: a double click is counted once
}

// kept is what a vote on one answer needs.
type kept struct {
	id    string
	at    time.Time
	entry Entry           // the vote line, less the vote, its time and the voter
	votes map[string]bool // user hash -> up
}

// Ask asks, and keeps every answer (including "the articles don't say")
// under a new ID, which it sets on the answer. Errors are returned as
// they are, with nothing kept.
func (c *Collector) Ask(ctx context.Context, q briefbot.Question) (briefbot.Answer, error) {
	ans, err := c.Asker.Ask(ctx, q)
	if err != nil {
		return ans, err
	}
	e := Entry{
		Question: briefbot.CleanText(q.Text),
		Answer:   ans.Text,
		Answered: ans.Answered(),
		Score:    round3(ans.Score),
	}
	if len(ans.Evidence) > 0 {
		cit := ans.Citation()
		e.Citation = &cit
		e.Sentence = briefbot.Clip(ans.Evidence[0].Text, maxSentence)
	}
	if c.Generation != nil {
		e.Generation = c.Generation()
	}
	ans.ID = c.keep(e)
	return ans, nil
}

// keep stores e under a new ID and returns the ID.
func (c *Collector) keep(e Entry) string {
	id := newID()
	now := c.now()
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.kept == nil {
		c.kept = make(map[string]*kept)
	}
	c.expire(now)
	for len(c.kept) >= c.maxAnswers() {
		c.drop()
	}
	k := &kept{id: id, at: now, entry: e}
	c.kept[id] = k
	c.order = append(c.order, k)
	return id
}

// expire forgets the answers older than the window.
func (c *Collector) expire(now time.Time) {
	for c.head < len(c.order) && now.Sub(c.order[c.head].at) >= c.window() {
		c.drop()
	}
}

// drop forgets the oldest answer.
func (c *Collector) drop() {
	if c.head == len(c.order) {
		return
	}
	delete(c.kept, c.order[c.head].id)
	c.order[c.head] = nil
	c.head++
	if c.head > 1024 && c.head > len(c.order)/2 {
		c.order = append([]*kept(nil), c.order[c.head:]...)
		c.head = 0
	}
}

// Len is the number of answers kept, for tests and curiosity.
func (c *Collector) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.expire(c.now())
	return len(c.kept)
}

// Vote records a vote on a kept answer: one line in File, unless the same
// person already gave the same verdict on it. A different verdict is a
// changed vote and is written as a new line, which replaces the earlier
// one in summaries. It returns briefbot.ErrUnknownAnswer for an ID that is
// not kept (never was, or expired), and the write's error if the file
// could not take the line; the vote then counts as not given.
func (c *Collector) Vote(_ context.Context, v briefbot.Vote) error {
	user := c.hash(v.Origin.Adapter, v.Origin.User)
	now := c.now()
	c.voteMu.Lock()
	defer c.voteMu.Unlock()

	c.mu.Lock()
	k := c.lookup(v.AnswerID, now)
	var e Entry
	repeated := false
	if k != nil {
		prev, voted := k.votes[user]
		repeated = voted && prev == v.Up
		e = k.entry
	}
	c.mu.Unlock()
	if k == nil {
		return briefbot.ErrUnknownAnswer
	}
	if repeated {
		return nil
	}

	e.Time = now.UTC().Truncate(time.Second)
	e.AnswerID = k.id
	e.Adapter = v.Origin.Adapter
	e.Channel = v.Origin.Channel
	e.User = user
	e.Vote = Down
	if v.Up {
		e.Vote = Up
	}
	err := c.File.Append(e)
	if c.Observer != nil {
		c.Observer.ObserveVote(e.Vote, err)
	}
	if err != nil {
		c.log().Error("feedback: vote not recorded", "err", err, "adapter", e.Adapter, "vote", e.Vote)
		return fmt.Errorf("record vote: %w", err)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if k.votes == nil {
		k.votes = make(map[string]bool)
	}
	if _, ok := k.votes[user]; ok || len(k.votes) < maxVoters {
		k.votes[user] = v.Up
	}
	return nil
}

// lookup returns the kept answer id, or nil. c.mu must be held.
func (c *Collector) lookup(id string, now time.Time) *kept {
	if id == "" || len(id) > maxIDLen {
		return nil
	}
	c.expire(now)
	return c.kept[id]
}

// hash is the keyed hash written for a user: 128 bits of
// HMAC-SHA256(key, adapter ":" user), in hex. The adapter is part of it
// since IDs are per platform.
func (c *Collector) hash(adapter, user string) string {
	c.once.Do(func() {
		c.key = c.Key
		if len(c.key) == 0 {
			c.key = make([]byte, 32)
			rand.Read(c.key)
		}
	})
	m := hmac.New(sha256.New, c.key)
	m.Write([]byte(adapter + ":" + user))
	return hex.EncodeToString(m.Sum(nil)[:16])
}

// newID is 96 random bits, URL-safe: short enough for a Discord custom_id,
// and not guessable, so nobody can vote on an answer they weren't shown.
func newID() string {
	var b [12]byte
	rand.Read(b[:])
	return base64.RawURLEncoding.EncodeToString(b[:])
}

func (c *Collector) now() time.Time {
	if c.Now != nil {
		return c.Now()
	}
	return time.Now()
}

func (c *Collector) window() time.Duration {
	if c.Window > 0 {
		return c.Window
	}
	return DefaultWindow
}

func (c *Collector) maxAnswers() int {
	if c.MaxAnswers > 0 {
		return c.MaxAnswers
	}
	return DefaultMaxAnswers
}

func (c *Collector) log() *slog.Logger {
	if c.Logger != nil {
		return c.Logger
	}
	return slog.Default()
}

func round3(f float64) float64 { return float64(int64(f*1000+0.5)) / 1000 }
