package main

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"briefbot"
	"briefbot/feedback"
	"briefbot/guard"
)

// voter is what the adapters and /api/feedback are handed to record votes.
type voter interface {
	Vote(ctx context.Context, v briefbot.Vote) error
}

// feedbackLoop is `bot serve`'s part of the feedback loop: the collector
// that gives answers IDs and takes votes, the votes file, and the pruning
// of old votes.
type feedbackLoop struct {
	collector *feedback.Collector
	file      *feedback.File
	vote      voter // the collector behind the per-user rate limit
	retention time.Duration
	log       *slog.Logger
}

// newFeedback wires the feedback loop around ask when feedback.file is
// set, or returns nil. Votes are counted in m.
func (a *app) newFeedback(ask asker, m *metrics) (*feedbackLoop, error) {
	c := a.cfg.Feedback
	if c.File == "" {
		a.log.Info("feedback off: no rating buttons (feedback.file is not set)")
		return nil, nil
	}
	f, err := feedback.Open(c.File)
	if err != nil {
		return nil, err
	}
	if c.Secret == "" {
		a.log.Info("feedback.secret is not set: user hashes in the feedback file change at each start")
	}
	obs := newFeedbackMetrics(m.reg)
	col := &feedback.Collector{
		Asker:      ask,
		File:       f,
		Key:        []byte(c.Secret),
		Generation: func() string { return generation(a.index.Stats().Fingerprint) },
		Window:     c.Window.Duration,
		MaxAnswers: c.MaxAnswers,
		Observer:   obs,
		Logger:     a.log,
	}
	lim := a.cfg.Limits
	a.log.Info("feedback on", "file", c.File, "retention", c.Retention.Duration, "window", c.Window.Duration)
	return &feedbackLoop{
		collector: col,
		file:      f,
		vote:      &limitedVoter{next: col, users: &guard.Limiter{PerMinute: lim.UserPerMinute, Burst: lim.UserBurst}},
		retention: c.Retention.Duration,
		log:       a.log,
	}, nil
}

// generation names an index generation in the votes file: enough of its
// fingerprint to tell generations apart.
func generation(fingerprint string) string {
	return fingerprint[:min(len(fingerprint), 12)]
}

// run prunes votes older than the retention at once and then hourly, until
// ctx is done.
func (f *feedbackLoop) run(ctx context.Context) {
	if f.retention <= 0 {
		return
	}
	t := time.NewTicker(time.Hour)
	defer t.Stop()
	for {
		n, err := f.file.Prune(time.Now().Add(-f.retention))
		switch {
		case err != nil:
			f.log.Error("feedback: pruning old votes failed", "err", err)
		case n > 0:
			f.log.Info("feedback: pruned old votes", "lines", n, "retention", f.retention)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// beside returns bg, with the pruning running beside it when feedback is
// on: `bot serve` runs one background function.
func (f *feedbackLoop) beside(bg func(ctx context.Context)) func(ctx context.Context) {
	if f == nil {
		return bg
	}
	return func(ctx context.Context) {
		var wg sync.WaitGroup
		wg.Go(func() { f.run(ctx) })
		bg(ctx)
		wg.Wait()
	}
}

func (f *feedbackLoop) close() {
	if err := f.file.Close(); err != nil {
		f.log.Warn("closing the feedback file", "err", err)
	}
}

// voter is the voter handed to the adapters, nil when feedback is off.
func (f *feedbackLoop) voter() voter {
	if f == nil {
		return nil
	}
	return f.vote
}

// limitedVoter applies the per-user question limit to votes too, in
// buckets of their own: voting does not use up asking. A vote over the
// limit is briefbot.ErrRateLimited.
type limitedVoter struct {
	next  voter
	users *guard.Limiter
}

func (l *limitedVoter) Vote(ctx context.Context, v briefbot.Vote) error {
	if v.Origin.User != "" && !l.users.Allow(v.Origin.Adapter+":"+v.Origin.User, time.Now()) {
		return briefbot.ErrRateLimited
	}
	return l.next.Vote(ctx, v)
}

// feedbackMetrics counts votes for /metrics.
type feedbackMetrics struct {
	votes       *prometheus.CounterVec
	writeErrors prometheus.Counter
}

var _ feedback.Observer = (*feedbackMetrics)(nil)

func newFeedbackMetrics(reg *prometheus.Registry) *feedbackMetrics {
	m := &feedbackMetrics{
		votes: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "briefbot_feedback_total",
			Help: "Votes recorded in the feedback file, by vote (up, down); a changed vote counts again.",
		}, []string{"vote"}),
		writeErrors: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "briefbot_feedback_write_errors_total",
			Help: "Votes that could not be written to the feedback file (a full disk, say).",
		}),
	}
	reg.MustRegister(m.votes, m.writeErrors)
	m.votes.WithLabelValues(feedback.Up)
	m.votes.WithLabelValues(feedback.Down)
	return m
}

func (m *feedbackMetrics) ObserveVote(vote string, err error) {
	if err != nil {
		m.writeErrors.Inc()
		return
	}
	m.votes.WithLabelValues(vote).Inc()
}

// feedbackRequest is the body of POST /api/feedback.
type feedbackRequest struct {
	AnswerID string `json:"answer_id"`
	Vote     string `json:"vote"`
}

// feedbackAPI takes votes at POST /api/feedback with the token, body limit
// and rate limit of /api/ask: {"answer_id": "...", "vote": "up"|"down"}.
type feedbackAPI struct {
	voter   voter
	token   string
	maxBody int64
}

func (h *feedbackAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var req feedbackRequest
	post := jsonPost{token: h.token, maxBody: h.maxBody, noun: "vote",
		example: `{"answer_id": "...", "vote": "up"}`, want: `{"answer_id": "...", "vote": "up" or "down"}`}
	if !post.decode(w, r, &req) {
		return
	}
	if req.Vote != feedback.Up && req.Vote != feedback.Down {
		writeError(w, http.StatusBadRequest, `vote must be "up" or "down"`)
		return
	}
	if req.AnswerID == "" {
		writeError(w, http.StatusBadRequest, "answer_id is required: the answer_id of an /api/ask reply")
		return
	}
	err := h.voter.Vote(r.Context(), briefbot.Vote{
		AnswerID: req.AnswerID,
		Up:       req.Vote == feedback.Up,
		Origin:   briefbot.Origin{Adapter: "api", User: clientIP(r)},
	})
	switch {
	case errors.Is(err, briefbot.ErrUnknownAnswer):
		writeError(w, http.StatusNotFound, "unknown or expired answer_id")
	case errors.Is(err, briefbot.ErrRateLimited):
		w.Header().Set("Retry-After", "60")
		writeError(w, http.StatusTooManyRequests, "rate limited: too many votes; try again in a minute")
	case err != nil:
		// Logged by the collector; a full disk, say.
		writeError(w, http.StatusServiceUnavailable, "the vote could not be recorded; try again later")
	default:
		writeJSON(w, http.StatusOK, map[string]string{"answer_id": req.AnswerID, "vote": req.Vote, "message": briefbot.VoteNoted})
	}
}
