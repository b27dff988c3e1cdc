// Package slack connects briefbot to Slack: the /ask slash command, @mentions
// (answered in their thread) and direct messages. Requests arrive either over
// HTTP (slash-command and Events API request URLs, signed with the app's
// signing secret) or over Socket Mode (an app-level token, no public URL).
// The package owns request verification, retry de-duplication, the
// three-second acknowledgement dance and the Block Kit rendering of answers.
//
// It is the only package that imports github.com/slack-go/slack. It must not
// import index/, answers/ or another adapter: it is handed an Asker.
//
// An Adapter is configured by its exported fields, http.Server style. Nothing
// is opened until Run, so a constructor would only copy fields; the optional
// fields have useful zero values. Fields must not change after Handler or Run
// is first called.
//
// Buttons. An answer that carries an ID (briefbot.Answer.ID) gets buttons:
// 👍 Right and 👎 Wrong when a Voter is set, Why? when an Explainer is.
// Each button names an action by its action_id, a verb ("vote_up",
// "vote_down", "why"), and the answer by its value; clicks arrive as
// block_actions at /slack/interactions (or in Socket Mode) and go through
// one method, action, which switches on the verb. The reply to a click is
// for the clicker alone.
//
// Conversations. Questions are asked in conversations, so that a
// follow-up ("What is his job?") leans on the turn before: a mention's
// thread, a DM (or a thread in it), and a user's slash commands in one
// channel for a few minutes. An answer to a follow-up the bot wrote out
// in full says how it understood it.
//
// Lifecycle, for cmd/bot:
//
//	a := &slack.Adapter{BotToken: ..., SigningSecret: ..., Asker: bot, Logger: log}
//	mux.Handle("/slack/", a.Handler()) // HTTP mode; no StripPrefix
//	go a.Run(ctx)                      // both modes; blocks until ctx is done
//
// Run is required in both modes: it resolves the bot's user ID (auth.test),
// holds the Socket Mode connection when AppToken is set, and runs every
// answer that outlives its request. When ctx is done Run stops taking work
// and returns only after in-flight answers have been delivered, each bounded
// by WorkTimeout; their contexts derive from ctx without its cancellation so
// that a shutdown does not cut an answer off half way.
package slack

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"briefbot"

	"github.com/slack-go/slack"
)

// Asker answers a question. *briefbot.Bot satisfies it.
type Asker interface {
	Ask(ctx context.Context, q briefbot.Question) (briefbot.Answer, error)
}

// Voter records votes on answers. *feedback.Collector satisfies it. It
// returns briefbot.ErrUnknownAnswer for an answer it no longer keeps.
type Voter interface {
	Vote(ctx context.Context, v briefbot.Vote) error
}

// Explainer explains an answer given earlier, by its ID, for whoever
// clicked its "Why?" button. *converse.Asker satisfies it. It returns
// briefbot.ErrUnknownAnswer for an answer it no longer keeps.
type Explainer interface {
	Explain(ctx context.Context, answerID string, by briefbot.Origin) (briefbot.Explanation, error)
}

// slackAPI lists exactly the Web API calls the adapter makes, so tests can
// hand in a fake. *slack.Client satisfies it.
type slackAPI interface {
	AuthTestContext(ctx context.Context) (*slack.AuthTestResponse, error)
	PostMessageContext(ctx context.Context, channelID string, options ...slack.MsgOption) (string, string, error)
	PostEphemeralContext(ctx context.Context, channelID, userID string, options ...slack.MsgOption) (string, error)
}

var _ slackAPI = (*slack.Client)(nil)

// Visibility says who sees a slash-command answer.
type Visibility string

// Slack's response types.
const (
	Ephemeral Visibility = slack.ResponseTypeEphemeral // only the asker
	InChannel Visibility = slack.ResponseTypeInChannel // everyone in the channel
)

// ParseVisibility reads a config value: "ephemeral", "in_channel", or ""
// (ephemeral).
func ParseVisibility(s string) (Visibility, error) {
	switch v := Visibility(strings.TrimSpace(s)); v {
	case "", Ephemeral:
		return Ephemeral, nil
	case InChannel:
		return InChannel, nil
	default:
		return "", fmt.Errorf("slack: visibility %q: want %q or %q", s, Ephemeral, InChannel)
	}
}

// Defaults used when the corresponding field is zero.
const (
	// DefaultAPIURL is Slack's Web API.
	DefaultAPIURL = slack.APIURL
	// DefaultWorkTimeout bounds one answer from start to delivery, and so
	// how long Run may take to return after ctx is done.
	DefaultWorkTimeout = 30 * time.Second
)

// Limits that are Slack's, not ours to configure.
const (
	// inlineWait is how long a slash command waits for its answer before
	// acknowledging and delivering through response_url: Slack gives up
	// at 3 s and the network needs some of that.
	inlineWait = 2500 * time.Millisecond
	// maxBody caps request bodies; Slack's are a few kilobytes.
	maxBody = 1 << 20
	// dedupeTTL outlives Slack's retry schedule (immediately, ~1 min,
	// ~5 min); dedupeMax bounds memory.
	dedupeTTL = 30 * time.Minute
	dedupeMax = 10000
)

// Adapter answers questions asked in Slack. See the package documentation for
// the lifecycle.
type Adapter struct {
	// BotToken (xoxb-…) authenticates Web API calls. Required.
	BotToken string
	// SigningSecret verifies HTTP requests. Required for Handler; without
	// it every request gets 401.
	SigningSecret string
	// AppToken (xapp-…, scope connections:write) turns on Socket Mode.
	AppToken string
	// APIURL is the Web API base; DefaultAPIURL when empty. Tests and
	// proxies point it elsewhere.
	APIURL string
	// DefaultVisibility of slash-command answers; Ephemeral when empty.
	// "/ask share …" always answers in the channel.
	DefaultVisibility Visibility
	// AllowedChannels lists the channel IDs the bot answers in; empty means
	// all. Direct messages are always allowed: they disturb no one.
	AllowedChannels []string
	// Asker answers the questions. Required.
	Asker Asker
	// Voter takes the votes of the 👍/👎 buttons on answers. Without it
	// answers have no vote buttons.
	Voter Voter
	// Explainer answers the "Why?" button on answers. Without it answers
	// have no such button.
	Explainer Explainer
	// Logger gets operational events and error details; slog.Default()
	// when nil. Tokens, the signing secret and response URLs are never
	// logged.
	Logger *slog.Logger
	// HTTPClient makes Web API calls and response_url posts; a client with
	// a 15 s timeout when nil.
	HTTPClient *http.Client
	// WorkTimeout bounds each answer; DefaultWorkTimeout when 0.
	WorkTimeout time.Duration
	// Now is the clock for signature timestamps and de-duplication;
	// time.Now when nil.
	Now func() time.Time

	once    sync.Once
	initErr error
	hc      *http.Client
	client  *slack.Client // built from the fields; Socket Mode needs the concrete type
	api     slackAPI      // client, unless a test set a fake first
	allowed map[string]bool
	seen    *seen
	jobs    chan job
	// inlineWait overrides the package constant in tests.
	inlineWait time.Duration

	running   atomic.Bool
	authed    atomic.Bool
	connected atomic.Bool
	botUserID atomic.Pointer[string]
}

// job is answer work that outlives the request that started it. Run gives
// it a context.
type job func(ctx context.Context)

// init validates the fields and builds the client once. Run returns the
// error; Handler need not, since a bad configuration makes Run fail, and
// without Run (or without a signing secret) the handler answers nothing.
func (a *Adapter) init() error {
	a.once.Do(func() { a.initErr = a.setup() })
	return a.initErr
}

func (a *Adapter) setup() error {
	// Messages name the field, never its value: values are secrets.
	var errs []error
	if a.BotToken == "" {
		errs = append(errs, errors.New("bot token is not set"))
	}
	if a.AppToken != "" && !strings.HasPrefix(a.AppToken, "xapp-") {
		errs = append(errs, errors.New("app token is not an app-level token (xapp-…)"))
	}
	if a.SigningSecret == "" && a.AppToken == "" {
		errs = append(errs, errors.New("neither a signing secret (HTTP mode) nor an app token (Socket Mode) is set"))
	}
	if a.Asker == nil {
		errs = append(errs, errors.New("no Asker"))
	}
	if _, err := ParseVisibility(string(a.DefaultVisibility)); err != nil {
		errs = append(errs, err)
	}
	apiURL := a.APIURL
	if apiURL == "" {
		apiURL = DefaultAPIURL
	}
	if u, err := url.Parse(apiURL); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		errs = append(errs, errors.New("API URL is not an http(s) URL"))
	}
	if !strings.HasSuffix(apiURL, "/") {
		apiURL += "/" // slack-go appends method names directly
	}

	a.allowed = make(map[string]bool, len(a.AllowedChannels))
	for _, c := range a.AllowedChannels {
		if c = strings.TrimSpace(c); c != "" {
			a.allowed[c] = true
		}
	}
	a.hc = a.HTTPClient
	if a.hc == nil {
		a.hc = &http.Client{Timeout: 15 * time.Second}
	}
	a.seen = newSeen(dedupeTTL, dedupeMax)
	a.jobs = make(chan job)
	opts := []slack.Option{
		slack.OptionAPIURL(apiURL),
		slack.OptionHTTPClient(a.httpClient()),
		slack.OptionRetry(2), // 429 only; chat.postMessage has tight limits
		slack.OptionLog(slog.NewLogLogger(a.log().Handler(), slog.LevelDebug)),
	}
	if a.AppToken != "" {
		opts = append(opts, slack.OptionAppLevelToken(a.AppToken))
	}
	a.client = slack.New(a.BotToken, opts...)
	if a.api == nil {
		a.api = a.client
	}
	if len(errs) > 0 {
		return fmt.Errorf("slack: %w", errors.Join(errs...))
	}
	return nil
}

func (a *Adapter) log() *slog.Logger {
	if a.Logger != nil {
		return a.Logger
	}
	return slog.Default()
}

// httpClient is valid after init.
func (a *Adapter) httpClient() *http.Client { return a.hc }

func (a *Adapter) now() time.Time {
	if a.Now != nil {
		return a.Now()
	}
	return time.Now()
}

func (a *Adapter) workTimeout() time.Duration {
	if a.WorkTimeout > 0 {
		return a.WorkTimeout
	}
	return DefaultWorkTimeout
}

func (a *Adapter) wait() time.Duration {
	if a.inlineWait > 0 {
		return a.inlineWait
	}
	return inlineWait
}

func (a *Adapter) visibility() Visibility {
	if a.DefaultVisibility == "" {
		return Ephemeral
	}
	return a.DefaultVisibility
}

// userID is the bot's own user ID, or "" before auth.test succeeded.
func (a *Adapter) userID() string {
	if p := a.botUserID.Load(); p != nil {
		return *p
	}
	return ""
}

// allowedChannel reports whether the bot may answer in channel.
func (a *Adapter) allowedChannel(channel string) bool {
	if len(a.allowed) == 0 || a.allowed[channel] {
		return true
	}
	return strings.HasPrefix(channel, "D") // direct messages
}

// Ready reports whether the adapter can serve: Run is running, auth.test has
// succeeded, and, in Socket Mode, the connection is up (in HTTP mode, the
// signing secret is set). For /readyz.
func (a *Adapter) Ready() bool { return a.NotReady() == "" }

// NotReady says which part is down, for /readyz, or "" when the adapter is
// ready.
func (a *Adapter) NotReady() string {
	switch {
	case !a.running.Load():
		return "not running"
	case !a.authed.Load():
		return "not authenticated (auth.test)"
	case a.AppToken != "" && !a.connected.Load():
		return "socket mode not connected"
	case a.AppToken == "" && a.SigningSecret == "":
		return "no signing secret"
	}
	return ""
}

// Run resolves the bot's identity, holds the Socket Mode connection when
// AppToken is set (reconnecting with backoff), and runs answer work until ctx
// is done. It then stops taking new work, waits for in-flight answers (each
// bounded by WorkTimeout) and returns nil. It returns an error at once when
// the configuration is unusable. Run must not be called concurrently with
// itself.
func (a *Adapter) Run(ctx context.Context) error {
	if err := a.init(); err != nil {
		return err
	}
	if !a.running.CompareAndSwap(false, true) {
		return errors.New("slack: Run is already running")
	}
	mode := "http"
	if a.AppToken != "" {
		mode = "socket"
	}
	a.log().Info("slack: starting", "mode", mode)

	// wg counts everything started here; Add happens only in this
	// goroutine, before the Wait below.
	var wg sync.WaitGroup
	wg.Go(func() { a.authenticate(ctx) })
	if a.AppToken != "" {
		wg.Go(func() { a.runSocket(ctx) })
	}
	for {
		select {
		case j := <-a.jobs:
			wg.Go(func() { a.do(ctx, j) })
		case <-ctx.Done():
			a.running.Store(false)
			wg.Wait()
			a.authed.Store(false)
			a.connected.Store(false)
			a.log().Info("slack: stopped")
			return nil
		}
	}
}

// do runs one job with a context that keeps ctx's values but not its
// cancellation, so a shutdown lets the answer finish, bounded by WorkTimeout.
func (a *Adapter) do(ctx context.Context, j job) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), a.workTimeout())
	defer cancel()
	defer func() {
		// One bad answer must not take the bot down.
		if v := recover(); v != nil {
			a.log().Error("slack: answer panicked", "panic", v)
		}
	}()
	j(ctx)
}

// dispatch hands a job to Run. It reports false when Run is not taking work
// (not started, or shutting down).
func (a *Adapter) dispatch(j job) bool {
	if !a.running.Load() {
		return false
	}
	t := time.NewTimer(time.Second)
	defer t.Stop()
	select {
	case a.jobs <- j:
		return true
	case <-t.C:
		return false
	}
}

// authenticate calls auth.test until it succeeds or ctx is done, backing off
// up to five minutes between failures.
func (a *Adapter) authenticate(ctx context.Context) {
	b := backoff{min: time.Second, max: 5 * time.Minute}
	for {
		res, err := a.api.AuthTestContext(ctx)
		if err == nil && res.UserID != "" {
			id := res.UserID
			a.botUserID.Store(&id)
			a.authed.Store(true)
			a.log().Info("slack: authenticated", "team", res.Team, "team_id", res.TeamID, "user", res.User, "user_id", res.UserID)
			return
		}
		if ctx.Err() != nil {
			return
		}
		if err == nil {
			err = errors.New("no user ID in response")
		}
		d := b.next()
		a.log().Error("slack: auth.test failed; retrying", "err", err, "retry_in", d)
		if !sleep(ctx, d) {
			return
		}
	}
}

// backoff doubles from min to max.
type backoff struct {
	min, max, cur time.Duration
}

func (b *backoff) next() time.Duration {
	if b.cur == 0 {
		b.cur = b.min
	} else {
		b.cur = min(2*b.cur, b.max)
	}
	return b.cur
}

func (b *backoff) reset() { b.cur = 0 }

// sleep waits for d or ctx, reporting whether the full d passed.
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}
