// Package guard is the middleware every served question passes through
// before it reaches the bot: per-user and per-channel rate limits, one
// outcome per question for metrics, and one log line per question. It wraps
// anything that can Ask (normally *briefbot.Bot) and is itself an Asker, so
// the chat adapters and the HTTP API are handed a guarded bot and need not
// know it is one.
//
// It imports the standard library, briefbot and golang.org/x/time/rate only.
// It must not import index/, answers/, corpus/, the adapters or a metrics
// library: metrics are reported through the one-method Observer, which
// cmd/bot implements with Prometheus.
package guard

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"briefbot"
)

// Bot is what Asker wraps. *briefbot.Bot satisfies it.
type Bot interface {
	Ask(ctx context.Context, q briefbot.Question) (briefbot.Answer, error)
}

// Outcome is how a question ended, as counted in metrics and logged.
type Outcome string

// Outcomes. Refused covers questions the bot will not look at (empty or too
// long): the asker's doing, not the bot's, so they are not errors.
const (
	Answered    Outcome = "answered"
	NoAnswer    Outcome = "no_answer"
	Refused     Outcome = "refused"
	RateLimited Outcome = "rate_limited"
	Failed      Outcome = "error"
)

// Outcomes lists every Outcome, for metrics that should show zeros.
var Outcomes = []Outcome{Answered, NoAnswer, Refused, RateLimited, Failed}

// Classify says how a call to Ask ended.
func Classify(ans briefbot.Answer, err error) Outcome {
	switch {
	case errors.Is(err, briefbot.ErrRateLimited):
		return RateLimited
	case errors.Is(err, briefbot.ErrEmptyQuestion), errors.Is(err, briefbot.ErrQuestionTooLong):
		return Refused
	case err != nil:
		return Failed
	case ans.Answered():
		return Answered
	default:
		return NoAnswer
	}
}

// Observer is told about every question once it has ended, for metrics.
type Observer interface {
	Observe(origin briefbot.Origin, outcome Outcome, took time.Duration)
}

// Asker guards a Bot. Configure it by its fields; the zero values of all but
// Bot mean "none". It is safe for concurrent use.
type Asker struct {
	Bot Bot
	// Users and Channels limit how fast one user, and one channel, may
	// ask. Keys are the adapter and the ID, since IDs are per platform.
	// Questions with no user (or no channel) skip that limit.
	Users, Channels *Limiter
	Observer        Observer
	// Logger gets one line per question: adapter, channel, user, outcome,
	// latency and score. The question text is included only when
	// LogQuestions is set or the logger is enabled at debug level.
	Logger       *slog.Logger
	LogQuestions bool
	// Now is the clock for the rate limits; time.Now when nil.
	Now func() time.Time
}

// Ask applies the limits, asks the Bot, then observes and logs the outcome.
// Over a limit it returns briefbot.ErrRateLimited, which front ends turn
// into a polite reply.
func (g *Asker) Ask(ctx context.Context, q briefbot.Question) (ans briefbot.Answer, err error) {
	start := time.Now()
	if !g.allow(q.Origin) {
		err = briefbot.ErrRateLimited
	} else {
		ans, err = g.Bot.Ask(ctx, q)
	}
	took := time.Since(start)
	outcome := Classify(ans, err)
	if g.Observer != nil {
		g.Observer.Observe(q.Origin, outcome, took)
	}
	g.log(ctx, q, ans, err, outcome, took)
	return ans, err
}

// allow takes a token from the user's bucket and from the channel's, or
// from neither: a question refused by the channel limit must not use up the
// user's allowance.
func (g *Asker) allow(o briefbot.Origin) bool {
	now := time.Now()
	if g.Now != nil {
		now = g.Now()
	}
	var taken []func()
	for _, l := range []struct {
		lim *Limiter
		id  string
	}{{g.Users, o.User}, {g.Channels, o.Channel}} {
		if l.lim == nil || l.id == "" {
			continue
		}
		undo, ok := l.lim.take(o.Adapter+":"+l.id, now)
		if !ok {
			for _, u := range taken {
				u()
			}
			return false
		}
		taken = append(taken, undo)
	}
	return true
}

func (g *Asker) log(ctx context.Context, q briefbot.Question, ans briefbot.Answer, err error, outcome Outcome, took time.Duration) {
	if g.Logger == nil {
		return
	}
	level := slog.LevelInfo
	if outcome == Failed {
		level = slog.LevelError
	}
	if !g.Logger.Enabled(ctx, level) {
		return
	}
	attrs := []slog.Attr{
		slog.String("adapter", q.Origin.Adapter),
		slog.String("channel", q.Origin.Channel),
		slog.String("user", q.Origin.User),
		slog.String("outcome", string(outcome)),
		slog.Duration("took", took),
		slog.Float64("score", round3(ans.Score)),
	}
	if g.LogQuestions || g.Logger.Enabled(ctx, slog.LevelDebug) {
		attrs = append(attrs, slog.String("question", q.Text))
	}
	if err != nil && outcome != RateLimited {
		attrs = append(attrs, slog.String("err", err.Error()))
	}
	g.Logger.LogAttrs(ctx, level, "question", attrs...)
}

func round3(f float64) float64 { return float64(int64(f*1000+0.5)) / 1000 }
