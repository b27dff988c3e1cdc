// Package discord answers questions asked in Discord: @mentions of the bot and
// direct messages over the gateway, and the /ask slash command over the gateway
// or over the HTTP interactions endpoint.
//
// It owns everything Discord-specific: the gateway connection (intents, shard
// pair), registering /ask, verifying signed interaction requests, meeting
// Discord's 3-second rule (answer inline or defer and edit), and rendering an
// answer as safe Discord markdown within 2,000 characters.
//
// It is the only importer of github.com/bwmarrin/discordgo. It must not import
// index/, answers/ or cmd/bot: questions go to an Asker, and wiring is the
// caller's job.
//
// Buttons. An answer that carries an ID (briefbot.Answer.ID) gets 👍 Right
// and 👎 Wrong buttons when a Voter is set, and Why? when an Explainer is.
// A button's custom_id is a verb and the answer ID, "vote_up:ID", "why:ID";
// clicks arrive as message-component interactions (type 3) over the
// gateway or at the interactions endpoint, and both go through one method,
// component, which switches on the verb. Only the clicker sees the reply.
//
// Conversations. Questions are asked in conversations, so that a
// follow-up ("What is his job?") leans on the turn before: a DM; in a
// server channel or thread, a user's own mentions, and a reply chain (a
// reply to one of the bot's answers, by anyone, continues that answer's
// conversation, and needs no mention); a user's /ask in one channel for a
// few minutes. An answer to a follow-up the bot wrote out in full says
// how it understood it.
//
// An Adapter is built by New rather than configured by fields because it
// holds things that must be checked and built exactly once, before the server
// starts: the decoded public key (a bad key must fail at start-up, not on the
// first request) and the one discordgo Session shared by the gateway and by
// the HTTP endpoint, which edits deferred replies through it.
package discord

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"briefbot"

	"github.com/bwmarrin/discordgo"
)

// Asker answers one question. *briefbot.Bot satisfies it, as does any
// middleware (rate limits, metrics) wrapped around it.
type Asker interface {
	Ask(ctx context.Context, q briefbot.Question) (briefbot.Answer, error)
}

// Voter records votes on answers. *feedback.Collector satisfies it. It
// returns briefbot.ErrUnknownAnswer for an answer it no longer keeps.
type Voter interface {
	Vote(ctx context.Context, v briefbot.Vote) error
}

// Explainer explains an answer given earlier, by its ID, for whoever
// clicked its Why? button. *converse.Asker satisfies it. It returns
// briefbot.ErrUnknownAnswer for an answer it no longer keeps.
type Explainer interface {
	Explain(ctx context.Context, answerID string, by briefbot.Origin) (briefbot.Explanation, error)
}

// api lists exactly the Discord REST calls the adapter makes, so handler tests
// can record them without a network. *discordgo.Session is the real one.
type api interface {
	ChannelMessageSendComplex(channelID string, data *discordgo.MessageSend, options ...discordgo.RequestOption) (*discordgo.Message, error)
	InteractionRespond(i *discordgo.Interaction, resp *discordgo.InteractionResponse, options ...discordgo.RequestOption) error
	InteractionResponseEdit(i *discordgo.Interaction, edit *discordgo.WebhookEdit, options ...discordgo.RequestOption) (*discordgo.Message, error)
	ApplicationCommandBulkOverwrite(appID, guildID string, cmds []*discordgo.ApplicationCommand, options ...discordgo.RequestOption) ([]*discordgo.ApplicationCommand, error)
}

var _ api = (*discordgo.Session)(nil)

// Intents is what the gateway connection asks for: guild messages and direct
// messages only. Message content is not needed: Discord still sends the
// content of messages that mention the bot and of DMs to it.
const Intents = discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages

// Defaults used when the Config leaves a field zero.
const (
	DefaultShutdownTimeout = 10 * time.Second
	// DefaultHTTPTimeout bounds each REST call when Config.HTTPClient is nil
	// (discordgo's own default).
	DefaultHTTPTimeout = 20 * time.Second
)

const (
	// inlineWait is how long an /ask waits for its answer before deferring.
	// Discord invalidates an interaction not answered within 3 s; the
	// margin covers the network on both sides.
	inlineWait = 2 * time.Second
	// answerTimeout is a safety net over each question: the Asker has its
	// own, shorter deadline, but a reply may also wait on Discord's rate
	// limits. Interaction tokens stay valid for 15 minutes.
	answerTimeout = time.Minute
	// registerTimeout bounds one attempt to register /ask at start-up.
	registerTimeout = 30 * time.Second
)

// Config configures an Adapter. Asker, and Token or PublicKey, are required;
// every other zero value is a working default.
type Config struct {
	// Token is the bot token, with or without the "Bot " prefix. Without
	// it there is no gateway (no mentions or DMs) and /ask is not
	// registered: only the interactions endpoint works. Never logged.
	Token string
	// ApplicationID is the application's ID. Needed to register /ask
	// without a gateway (InteractionsOnly); with a gateway, READY supplies
	// it when this is empty.
	ApplicationID string
	// GuildID, when set, registers /ask in that one guild, where changes
	// apply at once; otherwise /ask is registered globally.
	GuildID string
	// PublicKey is the application's Ed25519 public key, hex encoded, used
	// to verify requests to the interactions endpoint. Without it the
	// endpoint answers 404.
	PublicKey string
	// AllowedChannels lists the guild channel IDs the bot answers in; empty
	// means all. Direct messages are always answered.
	AllowedChannels []string
	// ShardID and ShardCount select this process's gateway shard. A
	// ShardCount of 0 or 1 means no sharding. Only shard 0 registers /ask.
	ShardID, ShardCount int
	// Public makes /ask answers visible to the channel by default; they are
	// ephemeral (only the asker sees them) otherwise. The command's "share"
	// option overrides this per question. Mention replies are always public.
	// ParseVisibility turns the config's visibility setting into this.
	Public bool
	// InteractionsOnly keeps the gateway closed even when Token is set: the
	// token is then used only to register /ask, and interactions arrive at
	// the HTTP endpoint. Mentions and DMs need the gateway.
	InteractionsOnly bool
	// ShutdownTimeout bounds how long Run waits, once its context is done,
	// for answers in flight before cancelling them.
	ShutdownTimeout time.Duration

	Asker Asker
	// Voter takes the votes of the 👍/👎 buttons on answers. Without it
	// answers have no vote buttons.
	Voter Voter
	// Explainer answers the Why? button on answers. Without it answers
	// have no such button.
	Explainer Explainer
	// Logger receives the adapter's logs; nothing is logged when nil.
	Logger *slog.Logger
	// APIURL is the REST API base, DefaultAPIURL when empty; discordgo's
	// version and route are appended ("v9/channels/…"). Proxies and test
	// servers set it. The gateway's websocket URL is whatever the API's
	// GET gateway route returns.
	APIURL string
	// HTTPClient makes every REST call; a client with DefaultHTTPTimeout
	// when nil.
	HTTPClient *http.Client
}

// Adapter connects one Discord application to an Asker. Create it with New;
// mount Handler on the HTTP server and call Run once.
type Adapter struct {
	asker            Asker
	voter            Voter
	explainer        Explainer
	log              *slog.Logger
	hasToken         bool
	appID            string // from Config; READY's is used when empty
	guildID          string
	publicKey        ed25519.PublicKey
	allowed          map[string]bool
	shardID          int
	public           bool
	interactionsOnly bool
	shutdownTimeout  time.Duration

	session *discordgo.Session
	api     api
	gate    *gate // what a gateway-open attempt has under way

	// Tests shorten these.
	inlineWait    time.Duration
	answerTimeout time.Duration
	openTimeout   time.Duration
	retryMin      time.Duration
	retryMax      time.Duration
	now           func() time.Time

	// running is set while Run serves (until its context is done);
	// connected tracks the gateway session; registered is set once /ask
	// is registered, or from the start when there is nothing to
	// register. NotReady reads all three.
	running    atomic.Bool
	connected  atomic.Bool
	registered atomic.Bool
	// self is the bot's user and application ID, from READY.
	self atomic.Pointer[identity]

	work      inflight
	abort     chan struct{} // closed when the shutdown timeout expires
	abortOnce sync.Once

	// replies maps the bot's answers to the conversation they are in, so
	// that a reply to one continues it.
	replies replies
}

type identity struct{ userID, appID string }

// New checks cfg and builds an Adapter. It does not connect to Discord.
func New(cfg Config) (*Adapter, error) {
	if cfg.Asker == nil {
		return nil, errors.New("discord: no Asker")
	}
	token := strings.TrimSpace(cfg.Token)
	if token == "" && cfg.PublicKey == "" {
		return nil, errors.New("discord: neither a token nor a public key is set")
	}
	if token != "" && !strings.HasPrefix(token, "Bot ") {
		token = "Bot " + token
	}
	if cfg.ShardCount < 0 || cfg.ShardID < 0 || (cfg.ShardCount > 1 && cfg.ShardID >= cfg.ShardCount) || (cfg.ShardCount <= 1 && cfg.ShardID != 0) {
		return nil, fmt.Errorf("discord: shard %d of %d: the shard ID must be at least 0 and below the shard count", cfg.ShardID, cfg.ShardCount)
	}
	if token != "" && cfg.InteractionsOnly && cfg.ApplicationID == "" {
		return nil, errors.New("discord: interactions only: registering /ask needs the application ID")
	}
	to, err := apiURL(cfg.APIURL)
	if err != nil {
		return nil, err
	}
	var key ed25519.PublicKey
	if cfg.PublicKey != "" {
		b, err := hex.DecodeString(strings.TrimSpace(cfg.PublicKey))
		if err != nil || len(b) != ed25519.PublicKeySize {
			return nil, fmt.Errorf("discord: public key: want %d hex-encoded bytes", ed25519.PublicKeySize)
		}
		key = ed25519.PublicKey(b)
	}

	s, err := discordgo.New(token)
	if err != nil {
		return nil, fmt.Errorf("discord: new session: %w", err)
	}
	s.Identify.Intents = Intents
	if cfg.ShardCount > 1 {
		s.ShardID, s.ShardCount = cfg.ShardID, cfg.ShardCount
	}
	g := &gate{}
	s.Client = restClient(cfg.HTTPClient, to, g)
	s.Dialer = g.dialer()
	// Only the bot's own user is needed, and READY stores it even without
	// state tracking; tracking guilds and channels would only cost memory.
	s.StateEnabled = false
	// Handlers run in gateway order on discordgo's reader goroutine: READY
	// is seen before the first message, and connect/disconnect cannot be
	// reordered. Our handlers only filter and then start their own
	// goroutines, so they never block the reader.
	s.SyncEvents = true

	logger := cfg.Logger
	if logger == nil {
		logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	a := &Adapter{
		asker:            cfg.Asker,
		voter:            cfg.Voter,
		explainer:        cfg.Explainer,
		log:              logger.With("adapter", "discord"),
		hasToken:         token != "",
		appID:            cfg.ApplicationID,
		guildID:          cfg.GuildID,
		publicKey:        key,
		shardID:          cfg.ShardID,
		public:           cfg.Public,
		interactionsOnly: cfg.InteractionsOnly,
		shutdownTimeout:  cfg.ShutdownTimeout,
		session:          s,
		api:              s,
		gate:             g,
		inlineWait:       inlineWait,
		answerTimeout:    answerTimeout,
		openTimeout:      openTimeout,
		retryMin:         retryMin,
		retryMax:         retryMax,
		now:              time.Now,
		abort:            make(chan struct{}),
	}
	if a.shutdownTimeout <= 0 {
		a.shutdownTimeout = DefaultShutdownTimeout
	}
	if len(cfg.AllowedChannels) > 0 {
		a.allowed = make(map[string]bool, len(cfg.AllowedChannels))
		for _, id := range cfg.AllowedChannels {
			a.allowed[strings.TrimSpace(id)] = true
		}
	}
	return a, nil
}

// Ready reports whether the adapter can take questions: Run is serving, the
// gateway (when there is one) is connected and READY was received, and
// /ask is registered (when there is a token to register it with). For
// /readyz.
func (a *Adapter) Ready() bool { return a.NotReady() == "" }

// NotReady says which part is down, for /readyz, or "" when the adapter is
// ready: "not running" (before Run, or once it is stopping), "gateway not
// connected" (connecting, retrying, or reconnecting after a drop), or "/ask
// not registered" (registering, or retrying).
func (a *Adapter) NotReady() string {
	switch {
	case !a.running.Load():
		return "not running"
	case a.gateway() && !a.connected.Load():
		return "gateway not connected"
	case !a.registered.Load():
		return "/ask not registered"
	}
	return ""
}

// gateway reports whether Run opens a gateway connection.
func (a *Adapter) gateway() bool { return a.hasToken && !a.interactionsOnly }

// Run connects to Discord and serves until ctx is done. With a gateway it
// opens the connection (intents: guild and direct messages; the configured
// shard pair), then registers /ask with a bulk overwrite on shard 0. With
// InteractionsOnly it only registers /ask; without a token it opens
// nothing. Either way it then waits, so the same shutdown applies to the
// interactions endpoint's deferred answers.
//
// Discord being unreachable or refusing is not fatal: opening the gateway
// and registering /ask are retried, with backoff from a second to five
// minutes, each failure logged, until they succeed or ctx is done;
// meanwhile NotReady names the part that is down, and whatever already
// works (the interactions endpoint; mentions once the gateway is up) is
// served. Reconnects after a dropped connection are discordgo's.
//
// When ctx is done Run closes the gateway cleanly, stops taking new
// questions, waits up to ShutdownTimeout for answers in flight, cancels what
// is left, and returns nil. Call Run once.
func (a *Adapter) Run(ctx context.Context) error {
	defer a.drain()
	a.registered.Store(!a.hasToken || a.shardID != 0)
	a.running.Store(true)
	defer a.running.Store(false)
	if !a.gateway() {
		a.runWithoutGateway(ctx)
		return nil
	}

	s := a.session
	handlers := []any{
		func(_ *discordgo.Session, r *discordgo.Ready) {
			id := &identity{}
			if r.User != nil {
				id.userID = r.User.ID
			}
			if r.Application != nil {
				id.appID = r.Application.ID
			}
			a.self.Store(id)
			a.connected.Store(true)
			a.log.Info("discord: gateway ready", "shard", r.Shard)
		},
		func(_ *discordgo.Session, _ *discordgo.Resumed) {
			a.connected.Store(true)
			a.log.Info("discord: gateway resumed")
		},
		func(_ *discordgo.Session, _ *discordgo.Disconnect) {
			if a.connected.Swap(false) && a.running.Load() {
				a.log.Warn("discord: gateway disconnected; reconnecting")
			}
		},
		func(_ *discordgo.Session, m *discordgo.MessageCreate) { a.onMessage(ctx, m.Message) },
		func(_ *discordgo.Session, i *discordgo.InteractionCreate) { a.onInteraction(ctx, i.Interaction) },
	}
	for _, h := range handlers {
		defer s.AddHandler(h)()
	}
	defer a.close()
	if !a.retry(ctx, "open gateway", a.open) {
		return nil
	}
	if !a.registered.Load() && !a.retry(ctx, "register /ask", a.register) {
		return nil
	}
	<-ctx.Done()
	return nil
}

func (a *Adapter) runWithoutGateway(ctx context.Context) {
	switch {
	case !a.hasToken:
		a.log.Info("discord: no token: gateway off and /ask not registered; serving the interactions endpoint only")
	case !a.registered.Load():
		a.log.Info("discord: interactions only: gateway off; registering /ask and serving the interactions endpoint")
		if !a.retry(ctx, "register /ask", a.register) {
			return
		}
	}
	<-ctx.Done()
}

// close closes the gateway for good. discordgo sends a normal close frame,
// so Discord ends the session rather than waiting to resume it.
func (a *Adapter) close() {
	a.running.Store(false)
	a.gate.stop() // discordgo's reconnect loop must not reopen it
	if err := a.session.Close(); err != nil {
		a.log.Warn("discord: close gateway", "err", err)
	}
}

// drain stops new work and waits for work in flight, bounded.
func (a *Adapter) drain() {
	idle := a.work.close()
	t := time.NewTimer(a.shutdownTimeout)
	defer t.Stop()
	select {
	case <-idle:
		return
	case <-t.C:
	}
	a.log.Warn("discord: answers still in flight at the shutdown timeout; cancelling them", "timeout", a.shutdownTimeout)
	a.abortOnce.Do(func() { close(a.abort) })
	// Cancelled work only has to notice; don't let a stuck Asker hold
	// shutdown forever.
	t.Reset(time.Second)
	select {
	case <-idle:
	case <-t.C:
		a.log.Error("discord: answers still running after cancellation")
	}
}

// register installs /ask with a bulk overwrite, which is idempotent: the
// command set becomes exactly this one command. Run calls it on shard 0
// only, so a sharded bot doesn't spend Discord's daily command-create limit
// N times.
func (a *Adapter) register(ctx context.Context) error {
	appID := a.appID
	if appID == "" {
		if id := a.self.Load(); id != nil {
			appID = id.appID
		}
	}
	if appID == "" {
		return errors.New("no application ID (set it, or READY must carry it)")
	}
	ctx, cancel := context.WithTimeout(ctx, registerTimeout)
	defer cancel()
	cmds := []*discordgo.ApplicationCommand{askCommand()}
	if _, err := a.api.ApplicationCommandBulkOverwrite(appID, a.guildID, cmds, discordgo.WithContext(ctx)); err != nil {
		return err
	}
	a.registered.Store(true)
	where := "globally"
	if a.guildID != "" {
		where = "in guild " + a.guildID
	}
	a.log.Info("discord: registered /ask " + where)
	return nil
}

// detach gives one piece of work its own context: it keeps parent's values
// but not its cancellation, so answers in flight survive the start of a
// shutdown (or the end of the HTTP request that deferred them). It ends at
// answerTimeout, or when the shutdown timeout expires.
func (a *Adapter) detach(parent context.Context) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(parent), a.answerTimeout)
	go func() {
		select {
		case <-a.abort:
			cancel()
		case <-ctx.Done():
		}
	}()
	return ctx, cancel
}

// inflight counts answers being worked on. Unlike a bare WaitGroup it can be
// closed: after close, add refuses, so nothing starts while shutdown waits.
type inflight struct {
	mu     sync.Mutex
	closed bool
	wg     sync.WaitGroup
}

func (f *inflight) add() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.closed {
		return false
	}
	f.wg.Add(1)
	return true
}

func (f *inflight) done() { f.wg.Done() }

// close refuses new work and returns a channel closed when the work in
// flight is done.
func (f *inflight) close() <-chan struct{} {
	f.mu.Lock()
	f.closed = true
	f.mu.Unlock()
	idle := make(chan struct{})
	go func() {
		f.wg.Wait()
		close(idle)
	}()
	return idle
}

// allowedChannel reports whether the bot answers in channelID of guildID.
// Direct messages (no guild) are always allowed.
func (a *Adapter) allowedChannel(guildID, channelID string) bool {
	return guildID == "" || a.allowed == nil || a.allowed[channelID]
}

// post is one message of ours: its text and, for an answer that can be
// rated, the buttons.
type post struct {
	text       string
	components []discordgo.MessageComponent
}

// answer asks one question and renders the reply. The error's detail goes to
// the log; the user sees a friendly sentence.
func (a *Adapter) answer(ctx context.Context, q briefbot.Question) (p post) {
	defer func() {
		// A panicking Asker still gets the user a reply, and the bot lives.
		if v := recover(); v != nil {
			a.log.Error("discord: ask panicked", "channel", q.Origin.Channel, "user", q.Origin.User, "panic", v)
			p = post{text: formatReply(briefbot.Answer{}, fmt.Errorf("ask panicked: %v", v))}
		}
	}()
	ans, err := a.asker.Ask(ctx, q)
	if err != nil {
		level := slog.LevelError
		if errors.Is(err, briefbot.ErrRateLimited) || errors.Is(err, briefbot.ErrEmptyQuestion) || errors.Is(err, briefbot.ErrQuestionTooLong) {
			level = slog.LevelInfo
		}
		a.log.Log(ctx, level, "discord: ask failed", "channel", q.Origin.Channel, "user", q.Origin.User, "err", err)
	}
	p = post{text: formatReply(ans, err), components: a.buttons(ans, err)}
	return p
}

// background runs f in a goroutine of its own, on a context detached
// from parent (see detach), counted in work so that Close waits for it,
// with a panic logged rather than fatal. Once the adapter is shutting
// down it runs nothing.
func (a *Adapter) background(parent context.Context, f func(ctx context.Context)) {
	if !a.work.add() {
		return
	}
	go func() {
		defer a.survive()
		defer a.work.done()
		ctx, cancel := a.detach(parent)
		defer cancel()
		f(ctx)
	}()
}

// survive ends a work goroutine's panic: one bad answer must not take the
// bot down. Deferred first, so it runs after the goroutine's other defers.
func (a *Adapter) survive() {
	if v := recover(); v != nil {
		a.log.Error("discord: answer panicked", "panic", v)
	}
}

// ParseVisibility reads the config value for who sees /ask answers, spelled
// as for Slack: "ephemeral" (or empty) for only the asker, "in_channel" for
// everyone. It returns the value for Config.Public.
func ParseVisibility(s string) (public bool, err error) {
	switch strings.TrimSpace(s) {
	case "", "ephemeral":
		return false, nil
	case "in_channel":
		return true, nil
	}
	return false, fmt.Errorf("discord: visibility %q: want \"ephemeral\" or \"in_channel\"", s)
}

// noMentions is sent with every message: parse nothing, so text quoted from
// articles can never ping @everyone, @here, a role or a user. The empty,
// non-nil slice matters: nil would encode as "parse":null.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}
