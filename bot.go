package briefbot

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
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
	ctx, cancel, q, err := b.start(ctx, q)
	if err != nil {
		return Answer{}, err
	}
	defer cancel()
	ans, _, _, err := b.answer(ctx, q)
	return ans, err
}

// Explain says why Ask answers q as it does: it asks again, as Ask would,
// and has the Answerer explain the reading that gave the answer. The
// Answerer must be an Explainer.
func (b *Bot) Explain(ctx context.Context, q Question) (Explanation, error) {
	ex, ok := b.Answerer.(Explainer)
	if !ok {
		return Explanation{}, errors.New("explain: the answerer gives no explanations")
	}
	ctx, cancel, q, err := b.start(ctx, q)
	if err != nil {
		return Explanation{}, err
	}
	defer cancel()
	_, asked, res, err := b.answer(ctx, q)
	if err != nil {
		return Explanation{}, err
	}
	e := ex.Explain(asked, res)
	e.Question = q.Text
	return e, nil
}

// start cleans and checks a question and gives it its deadline.
func (b *Bot) start(ctx context.Context, q Question) (context.Context, context.CancelFunc, Question, error) {
	q.Text = CleanText(q.Text)
	if q.Text == "" {
		return nil, nil, q, ErrEmptyQuestion
	}
	limit := b.MaxQuestionLen
	if limit <= 0 {
		limit = DefaultMaxQuestionLen
	}
	if n := utf8.RuneCountInString(q.Text); n > limit {
		return nil, nil, q, fmt.Errorf("%w: %d characters, the limit is %d", ErrQuestionTooLong, n, limit)
	}
	timeout := b.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	return ctx, cancel, q, nil
}

// PreferShare is how nearly an answer from the preferred article
// (Question.PreferArticle) must score to take the place of one from
// another article: the share of its score at which the answerer also
// calls a candidate a near tie.
const PreferShare = 0.9

// answer searches and reads, and returns the answer with the question and
// the search result it was read from: those of the whole corpus, or of
// the preferred article when its answer is taken instead.
func (b *Bot) answer(ctx context.Context, q Question) (_ Answer, _ Question, _ Result, err error) {
	// A question that trips a bug in the Answerer or the Searcher fails
	// alone, as an error every front end turns into a short apology: the
	// chat prompt, the API and the eval go on, and the stack goes to the
	// log with the error.
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("%w: %v\n%s", ErrInternal, v, debug.Stack())
		}
	}()
	ans, res, err := b.search(ctx, q)
	if err != nil {
		return Answer{}, q, Result{}, err
	}
	if q.PreferArticle == "" || q.ArticleID != "" || ans.Citation().ArticleID == q.PreferArticle {
		return ans, q, res, nil
	}
	// The answer comes from elsewhere: see what the preferred article
	// says, and take it if it answers about as well.
	in := q
	in.ArticleID = q.PreferArticle
	alt, altRes, err := b.search(ctx, in)
	if err != nil {
		return Answer{}, q, Result{}, err
	}
	if alt.Answered() && (!ans.Answered() || alt.Score >= PreferShare*ans.Score) {
		return alt, in, altRes, nil
	}
	return ans, q, res, nil
}

// Preparer is an Answerer that analyses a question once for both its
// query and its answer: Prepare returns Query(q) and a function that
// answers from the query's result as Answer(q, r) would. Bot uses it when
// its Answerer has it.
type Preparer interface {
	Prepare(q Question) (Query, func(Result) Answer)
}

// search asks the Searcher for q's query and the Answerer for its answer.
func (b *Bot) search(ctx context.Context, q Question) (Answer, Result, error) {
	var query Query
	var answer func(Result) Answer
	if p, ok := b.Answerer.(Preparer); ok {
		query, answer = p.Prepare(q)
	} else {
		query = b.Answerer.Query(q)
		answer = func(r Result) Answer { return b.Answerer.Answer(q, r) }
	}
	if q.ArticleID != "" {
		query.ArticleID = q.ArticleID
	}
	res, err := b.Searcher.Search(ctx, query)
	if err != nil {
		return Answer{}, Result{}, fmt.Errorf("ask: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return Answer{}, Result{}, fmt.Errorf("ask: %w", err)
	}
	return answer(res), res, nil
}

// Clip shortens s to at most n characters (runes), ending a cut text with
// "…": for log lines, summaries and titles that must stay short.
func Clip(s string, n int) string {
	if n < 1 {
		return ""
	}
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
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
