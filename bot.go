package briefbot

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Defaults used by a zero Bot.
const (
	DefaultTimeout        = 5 * time.Second
	DefaultMaxQuestionLen = 500 // characters, after cleaning
)

// Bot answers questions from the articles a Searcher knows about. The zero
// value is not usable: Searcher and Answerer must be set. A Bot is safe for
// concurrent use when its Searcher and Answerer are.
type Bot struct {
	Searcher Searcher
	Answerer Answerer
	// Timeout bounds each question; DefaultTimeout when 0.
	Timeout time.Duration
	// MaxQuestionLen is the longest question accepted, in characters;
	// DefaultMaxQuestionLen when 0.
	MaxQuestionLen int
}

// Ask answers one question. An answer saying the articles don't say is not
// an error; errors are reserved for questions that cannot be asked
// (ErrEmptyQuestion, ErrQuestionTooLong) and for search failures.
func (b *Bot) Ask(ctx context.Context, q Question) (Answer, error) {
	q.Text = CleanText(q.Text)
	if q.Text == "" {
		return Answer{}, ErrEmptyQuestion
	}
	limit := b.MaxQuestionLen
	if limit <= 0 {
		limit = DefaultMaxQuestionLen
	}
	if n := utf8.RuneCountInString(q.Text); n > limit {
		return Answer{}, fmt.Errorf("%w: %d characters, the limit is %d", ErrQuestionTooLong, n, limit)
	}
	timeout := b.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()

	query := b.Answerer.Query(q)
	if q.ArticleID != "" {
		query.ArticleID = q.ArticleID
	}
	res, err := b.Searcher.Search(ctx, query)
	if err != nil {
		return Answer{}, fmt.Errorf("ask: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return Answer{}, fmt.Errorf("ask: %w", err)
	}
	return b.Answerer.Answer(q, res), nil
}

// CleanText makes user-typed text safe to analyse: invalid UTF-8 and control
// characters become spaces, zero-width and other format characters are
// dropped, and runs of white space fold to one space.
func CleanText(s string) string {
	var sb strings.Builder
	sb.Grow(len(s))
	space := false
	for _, r := range strings.ToValidUTF8(s, " ") {
		switch {
		case unicode.IsSpace(r) || unicode.IsControl(r):
			space = true
			continue
		case unicode.Is(unicode.Cf, r): // zero-width joiners, BOMs, direction marks
			continue
		}
		if space && sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		space = false
		sb.WriteRune(r)
	}
	return sb.String()
}
