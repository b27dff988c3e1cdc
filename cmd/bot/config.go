package main

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/pelletier/go-toml/v2"
)

// Config is everything briefbot can be told. Defaults come first
// (defaultConfig), then the TOML file, decoded strictly so that a misspelt
// key is an error rather than a silently ignored setting, then secrets from
// the environment. config.example.toml documents every key; a test keeps
// the two in step.
type Config struct {
	Corpus  CorpusConfig  `toml:"corpus"`
	Index   IndexConfig   `toml:"index"`
	Answers AnswersConfig `toml:"answers"`
	Log     LogConfig     `toml:"log"`
	Server  ServerConfig  `toml:"server"`
	API     APIConfig     `toml:"api"`
	Limits  LimitsConfig  `toml:"limits"`
	Slack   SlackConfig   `toml:"slack"`
	Discord DiscordConfig `toml:"discord"`
	// Feedback is the 👍/👎 loop: rating buttons on answers, the votes file.
	Feedback FeedbackConfig `toml:"feedback"`
	// Conversation is what a follow-up question may lean on.
	Conversation ConversationConfig `toml:"conversation"`

	// path is the file the config was read from, "" for defaults only.
	path string
}

// CorpusConfig says where the articles are.
type CorpusConfig struct {
	// Dir is a directory of articles, read recursively. Empty means the
	// story bundled with briefbot. Relative paths are resolved against the
	// config file's directory.
	Dir string `toml:"dir"`
	// Watch makes `bot serve` re-index when files under Dir change. The
	// bundled story never changes, so there is nothing to watch then.
	Watch bool `toml:"watch"`
	// Debounce is how long the corpus must stay quiet before a re-index
	// starts: editors and copies write a file in several steps.
	Debounce Duration `toml:"debounce"`
	// AllowOutsideLinks follows symbolic links in Dir that lead outside
	// it. Off, they are skipped with a warning: a link to /etc/passwd is
	// not an article, and the corpus should not serve what it points at.
	AllowOutsideLinks bool `toml:"allow_outside_links"`
	// MaxLoss is the share of the served articles (0 to 1) a re-index may
	// drop at once. One that would drop more is held back, the old index
	// serving, until the corpus comes back or an operator forces it
	// (SIGHUP twice while it is held back, or `bot index --force`):
	// losing most of a corpus at
	// once is more likely a copy in progress or a mistake. An empty corpus
	// is always held back; 1 holds back nothing else.
	MaxLoss float64 `toml:"max_loss"`
	// ReloadTimeout bounds a re-index: one still running after it is
	// cancelled, logged and shown in /readyz and the metrics.
	ReloadTimeout Duration `toml:"reload_timeout"`
}

// IndexConfig says where the search index is kept.
type IndexConfig struct {
	// Dir holds the index. Empty means a directory per corpus under the
	// user's cache directory.
	Dir string `toml:"dir"`
}

// AnswersConfig tunes answering.
type AnswersConfig struct {
	// Threshold is the confidence (0-1) below which the bot says the
	// articles don't say. 0 means the answerer's default.
	Threshold float64 `toml:"threshold"`
	// Timeout bounds the time spent on one question.
	Timeout Duration `toml:"timeout"`
	// MaxQuestionLength is the longest question accepted, in characters.
	MaxQuestionLength int `toml:"max_question_length"`
}

// LogConfig controls logging.
type LogConfig struct {
	Level  string `toml:"level"`  // debug, info, warn, error
	Format string `toml:"format"` // text or json
	// Questions puts the question text in the per-question log line at
	// info level. Off by default: questions may be confidential. At debug
	// level the text is always logged.
	Questions bool `toml:"questions"`
}

// ServerConfig is the HTTP server `bot serve` runs.
type ServerConfig struct {
	// Addr is the listen address for Slack's and Discord's request URLs,
	// health checks and the API.
	Addr string `toml:"addr"`
	// Drain is how long a stopping server keeps serving, /readyz saying
	// 503, before it closes its listener: time for a load balancer to
	// see it and send no more, so that no request meets a closed port.
	Drain Duration `toml:"drain"`
	// ShutdownTimeout bounds how long a stopping server then waits for
	// answers in flight.
	ShutdownTimeout Duration `toml:"shutdown_timeout"`
	// GCPercent is the Go garbage collector's target (GOGC) while bot
	// serve runs, unless the GOGC environment variable sets one. Answering
	// makes short-lived garbage on a small live heap, so collecting less
	// often buys throughput for memory; 0 keeps Go's default (100).
	GCPercent int `toml:"gc_percent"`
	// MemoryLimit is a soft limit on the memory of the Go runtime
	// (GOMEMLIMIT) while bot serve runs, unless the GOMEMLIMIT
	// environment variable sets one: the collector works harder as the
	// heap nears it, whatever GCPercent says. It does not count the index
	// files the system maps into memory. "" or "0" is none.
	MemoryLimit ByteSize `toml:"memory_limit"`
}

// ByteSize is a number of bytes written in TOML as a string such as
// "256MiB" (B, KiB, MiB, GiB; KB, MB, GB for powers of 1000).
type ByteSize struct{ Bytes int64 }

// UnmarshalText parses a size.
func (b *ByteSize) UnmarshalText(text []byte) error {
	s := strings.TrimSpace(string(text))
	if s == "" || s == "0" {
		b.Bytes = 0
		return nil
	}
	units := []struct {
		suffix string
		n      int64
	}{{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"KB", 1e3}, {"MB", 1e6}, {"GB", 1e9}, {"B", 1}}
	for _, u := range units {
		if num, ok := strings.CutSuffix(s, u.suffix); ok {
			v, err := strconv.ParseFloat(strings.TrimSpace(num), 64)
			if err != nil || v < 0 {
				break
			}
			b.Bytes = int64(v * float64(u.n))
			return nil
		}
	}
	return fmt.Errorf("not a size (try \"256MiB\" or \"1GiB\"): %q", text)
}

// MarshalText writes the size back in MiB, or "" for none.
func (b ByteSize) MarshalText() ([]byte, error) {
	if b.Bytes == 0 {
		return []byte(""), nil
	}
	if b.Bytes%(1<<20) == 0 {
		return fmt.Appendf(nil, "%dMiB", b.Bytes>>20), nil
	}
	return fmt.Appendf(nil, "%dB", b.Bytes), nil
}

// APIConfig is the JSON API `bot serve` offers at POST /api/ask.
type APIConfig struct {
	Enabled bool `toml:"enabled"`
	// Token, when set, must be sent as "Authorization: Bearer TOKEN".
	Token string `toml:"token"` // or BRIEFBOT_API_TOKEN
	// MaxBodyBytes caps a request body; larger ones get 413.
	MaxBodyBytes int64 `toml:"max_body_bytes"`
}

// LimitsConfig sets the token-bucket rate limits applied to every question
// `bot serve` receives. A rate of 0 turns that limit off.
type LimitsConfig struct {
	UserPerMinute    float64 `toml:"user_per_minute"`
	UserBurst        int     `toml:"user_burst"`
	ChannelPerMinute float64 `toml:"channel_per_minute"`
	ChannelBurst     int     `toml:"channel_burst"`
}

// SlackConfig configures the Slack adapter; see docs/slack.md. The adapter
// starts when a bot token is set.
type SlackConfig struct {
	BotToken          string   `toml:"bot_token"`      // or SLACK_BOT_TOKEN
	SigningSecret     string   `toml:"signing_secret"` // or SLACK_SIGNING_SECRET
	AppToken          string   `toml:"app_token"`      // or SLACK_APP_TOKEN; turns on Socket Mode
	APIURL            string   `toml:"api_url"`
	DefaultVisibility string   `toml:"default_visibility"` // ephemeral or in_channel
	AllowedChannels   []string `toml:"allowed_channels"`
}

// DiscordConfig configures the Discord adapter; see docs/discord.md. The
// adapter starts when a token or a public key is set.
type DiscordConfig struct {
	Token             string   `toml:"token"` // or DISCORD_TOKEN
	ApplicationID     string   `toml:"application_id"`
	GuildID           string   `toml:"guild_id"`
	PublicKey         string   `toml:"public_key"`
	APIURL            string   `toml:"api_url"`
	InteractionsOnly  bool     `toml:"interactions_only"`
	AllowedChannels   []string `toml:"allowed_channels"`
	ShardID           int      `toml:"shard_id"`
	ShardCount        int      `toml:"shard_count"`
	DefaultVisibility string   `toml:"default_visibility"` // ephemeral or in_channel
	ShutdownTimeout   Duration `toml:"shutdown_timeout"`
}

// FeedbackConfig turns on rating answers in `bot serve`: 👍 Right / 👎
// Wrong buttons in Slack and Discord, answer_id and POST /api/feedback in
// the API, and one JSON line per vote in File.
type FeedbackConfig struct {
	// File is where votes are appended, one JSON line each. Empty turns
	// feedback off: no buttons, no answer_id. Relative paths are resolved
	// against the config file's directory.
	File string `toml:"file"`
	// Secret keys the hash that stands for a user ID in File (HMAC). Empty
	// means a random key per start, so one person's votes can't be linked
	// across restarts.
	Secret string `toml:"secret"` // or BRIEFBOT_FEEDBACK_SECRET
	// Retention is how long votes stay in File; older lines are pruned at
	// start and every hour. 0 keeps them forever.
	Retention Duration `toml:"retention"`
	// Window is how long after an answer its buttons still take votes; what
	// a vote needs (question, answer, citation, score) is kept in memory
	// that long.
	Window Duration `toml:"window"`
	// MaxAnswers bounds the answers kept in memory for voting (about 1 KB
	// each); past it the oldest can no longer be voted on.
	MaxAnswers int `toml:"max_answers"`
}

// ConversationConfig bounds what `bot serve` remembers of conversations
// for follow-up questions ("What is his job?") and for "Why?": per
// conversation (a Slack thread or DM, a Discord reply chain or DM, a
// user's /ask in one channel, an API client's conversation id), the last
// few turns, in memory only.
type ConversationConfig struct {
	// TTL is how long a conversation is remembered after its last
	// question, and an answer kept for "Why?".
	TTL Duration `toml:"ttl"`
	// Max bounds the conversations remembered (a few kilobytes each);
	// past it the one quiet for longest is forgotten.
	Max int `toml:"max"`
}

// Duration is a time.Duration written in TOML as a string such as "5s".
type Duration struct{ time.Duration }

// UnmarshalText parses a Go duration string.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return fmt.Errorf("not a duration (try \"5s\" or \"1m30s\"): %q", b)
	}
	if v < 0 {
		return fmt.Errorf("negative duration %q", b)
	}
	d.Duration = v
	return nil
}

// MarshalText writes the duration back in the same form.
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

func defaultConfig() Config {
	return Config{
		Corpus: CorpusConfig{Watch: true, Debounce: Duration{time.Second}, MaxLoss: 0.5, ReloadTimeout: Duration{5 * time.Minute}},
		Answers: AnswersConfig{
			Timeout:           Duration{5 * time.Second},
			MaxQuestionLength: 500,
		},
		Log: LogConfig{Level: "info", Format: "text"},
		Server: ServerConfig{Addr: ":8080", Drain: Duration{5 * time.Second}, ShutdownTimeout: Duration{30 * time.Second},
			GCPercent: defaultGCPercent, MemoryLimit: ByteSize{defaultMemoryLimit}},
		API:    APIConfig{Enabled: true, MaxBodyBytes: 64 << 10},
		Limits: LimitsConfig{UserPerMinute: 10, UserBurst: 5, ChannelPerMinute: 30, ChannelBurst: 10},
		Slack: SlackConfig{
			APIURL:            "https://slack.com/api/",
			DefaultVisibility: "ephemeral",
		},
		Discord: DiscordConfig{
			APIURL:            "https://discord.com/api/",
			ShardCount:        1,
			DefaultVisibility: "ephemeral",
			ShutdownTimeout:   Duration{10 * time.Second},
		},
		Feedback: FeedbackConfig{
			Retention:  Duration{90 * 24 * time.Hour},
			Window:     Duration{24 * time.Hour},
			MaxAnswers: 10000,
		},
		Conversation: ConversationConfig{TTL: Duration{30 * time.Minute}, Max: 10000},
	}
}

// loadConfig returns the defaults overlaid with the file at path (when path
// is not empty) and the environment.
func loadConfig(path string, getenv func(string) string) (Config, error) {
	cfg := defaultConfig()
	if path != "" {
		data, err := os.ReadFile(path)
		if err != nil {
			return cfg, fmt.Errorf("read config: %w", err)
		}
		if err := decodeConfig(data, &cfg); err != nil {
			return cfg, fmt.Errorf("config %s: %w", path, err)
		}
		cfg.path = path
		if cfg.Corpus.Dir != "" && !filepath.IsAbs(cfg.Corpus.Dir) {
			cfg.Corpus.Dir = filepath.Join(filepath.Dir(path), cfg.Corpus.Dir)
		}
		if cfg.Index.Dir != "" && !filepath.IsAbs(cfg.Index.Dir) {
			cfg.Index.Dir = filepath.Join(filepath.Dir(path), cfg.Index.Dir)
		}
		if cfg.Feedback.File != "" && !filepath.IsAbs(cfg.Feedback.File) {
			cfg.Feedback.File = filepath.Join(filepath.Dir(path), cfg.Feedback.File)
		}
	}
	applyEnv(&cfg, getenv)
	if err := cfg.validate(); err != nil {
		return cfg, cfg.explain(err)
	}
	return cfg, nil
}

// explain prefixes a validation error with the config file and, for a
// keyError, the line that sets the key.
func (c *Config) explain(err error) error {
	if c.path == "" {
		return fmt.Errorf("config: %w", err)
	}
	var ke *keyError
	if errors.As(err, &ke) {
		if data, rerr := os.ReadFile(c.path); rerr == nil {
			if line := keyLine(data, ke.key); line > 0 {
				return fmt.Errorf("config %s: line %d: %w", c.path, line, err)
			}
		}
	}
	return fmt.Errorf("config %s: %w", c.path, err)
}

// validateServe checks what only `bot serve` uses: the listen address and
// the adapters' settings, which their constructors or Run would otherwise
// refuse only once the server is starting. `bot config check` runs it too,
// so that a config it passes does not stop the server. Other commands skip
// it: `bot ask` need not care about a half-configured Slack.
func (c *Config) validateServe() error {
	if _, port, err := net.SplitHostPort(c.Server.Addr); err != nil || port == "" {
		return badKey("server.addr", "must be host:port or :port, not %q", c.Server.Addr)
	}
	if s := c.Slack; s.BotToken != "" {
		if s.AppToken != "" && !strings.HasPrefix(s.AppToken, "xapp-") {
			return badKey("slack.app_token", "is not an app-level token (xapp-…)")
		}
		if s.SigningSecret == "" && s.AppToken == "" {
			return badKey("slack.bot_token", "needs slack.signing_secret (HTTP mode) or slack.app_token (Socket Mode)")
		}
		if u, err := url.Parse(s.APIURL); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			return badKey("slack.api_url", "is not an http(s) URL: %q", s.APIURL)
		}
	}
	if d := c.Discord; d.Token != "" || d.PublicKey != "" {
		if d.PublicKey != "" {
			if b, err := hex.DecodeString(strings.TrimSpace(d.PublicKey)); err != nil || len(b) != ed25519.PublicKeySize {
				return badKey("discord.public_key", "must be the application's public key: %d bytes in hex", ed25519.PublicKeySize)
			}
		}
		if d.Token != "" && d.InteractionsOnly && d.ApplicationID == "" {
			return badKey("discord.interactions_only", "with a token needs discord.application_id (to register /ask)")
		}
	}
	return nil
}

// keyError is a bad value, found after decoding; loadConfig adds the line
// the key is on, when the file sets it.
type keyError struct {
	key string // "section.name"
	msg string
}

func (e *keyError) Error() string { return e.key + " " + e.msg }

func badKey(key, format string, args ...any) error {
	return &keyError{key: key, msg: fmt.Sprintf(format, args...)}
}

// keyLine returns the 1-based line that sets key ("section.name") in a
// config file, or 0. It reads only what briefbot's config uses: [section]
// headers and `name = value` or `section.name = value` lines.
func keyLine(data []byte, key string) int {
	section, name, _ := strings.Cut(key, ".")
	current := ""
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "[") {
			current = strings.TrimSpace(strings.Trim(line, "[]"))
			continue
		}
		k, _, ok := strings.Cut(line, "=")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		k = strings.Trim(strings.TrimSpace(k), `"`)
		if (current == section && k == name) || (current == "" && k == key) {
			return i + 1
		}
	}
	return 0
}

// decodeConfig decodes TOML strictly and turns the decoder's errors into
// one message naming the key and the line.
func decodeConfig(data []byte, cfg *Config) error {
	dec := toml.NewDecoder(bytes.NewReader(data)).DisallowUnknownFields()
	err := dec.Decode(cfg)
	if err == nil {
		return nil
	}
	var strict *toml.StrictMissingError
	if errors.As(err, &strict) {
		var msgs []string
		for _, e := range strict.Errors {
			row, _ := e.Position()
			msgs = append(msgs, fmt.Sprintf("line %d: unknown key %q", row, strings.Join(e.Key(), ".")))
		}
		return errors.New(strings.Join(msgs, "; "))
	}
	var de *toml.DecodeError
	if errors.As(err, &de) {
		row, _ := de.Position()
		if k := de.Key(); len(k) > 0 {
			return fmt.Errorf("line %d: key %q: %s", row, strings.Join(k, "."), de.Error())
		}
		return fmt.Errorf("line %d: %s", row, de.Error())
	}
	return err
}

// applyEnv lets the environment override settings. Secrets belong here
// rather than in a file that may be committed.
func applyEnv(cfg *Config, getenv func(string) string) {
	if v := getenv("BRIEFBOT_CORPUS"); v != "" {
		cfg.Corpus.Dir = v
	}
	if v := getenv("BRIEFBOT_INDEX"); v != "" {
		cfg.Index.Dir = v
	}
	secrets := []struct {
		env string
		dst *string
	}{
		{"SLACK_BOT_TOKEN", &cfg.Slack.BotToken},
		{"SLACK_SIGNING_SECRET", &cfg.Slack.SigningSecret},
		{"SLACK_APP_TOKEN", &cfg.Slack.AppToken},
		{"DISCORD_TOKEN", &cfg.Discord.Token},
		{"BRIEFBOT_API_TOKEN", &cfg.API.Token},
		{"BRIEFBOT_FEEDBACK_SECRET", &cfg.Feedback.Secret},
	}
	for _, s := range secrets {
		if v := getenv(s.env); v != "" {
			*s.dst = v
		}
	}
}

func (c *Config) validate() error {
	if c.Corpus.MaxLoss < 0 || c.Corpus.MaxLoss > 1 {
		return badKey("corpus.max_loss", "must be between 0 and 1, not %v", c.Corpus.MaxLoss)
	}
	if c.Corpus.ReloadTimeout.Duration <= 0 {
		return badKey("corpus.reload_timeout", "must be positive")
	}
	if c.Answers.Threshold < 0 || c.Answers.Threshold > 1 {
		return badKey("answers.threshold", "must be between 0 and 1, not %v", c.Answers.Threshold)
	}
	if c.Answers.MaxQuestionLength < 0 {
		return badKey("answers.max_question_length", "must not be negative")
	}
	if c.Server.Addr == "" {
		return badKey("server.addr", "must not be empty")
	}
	if c.Server.GCPercent < 0 {
		return badKey("server.gc_percent", "must not be negative (0 keeps Go's default)")
	}
	if c.API.MaxBodyBytes < 256 {
		return badKey("api.max_body_bytes", "must be at least 256, not %d", c.API.MaxBodyBytes)
	}
	for _, l := range []struct {
		rate, burst string
		perMinute   float64
		n           int
	}{
		{"limits.user_per_minute", "limits.user_burst", c.Limits.UserPerMinute, c.Limits.UserBurst},
		{"limits.channel_per_minute", "limits.channel_burst", c.Limits.ChannelPerMinute, c.Limits.ChannelBurst},
	} {
		if l.perMinute < 0 {
			return badKey(l.rate, "must not be negative (0 turns the limit off)")
		}
		if l.perMinute > 0 && l.n < 1 {
			return badKey(l.burst, "must be at least 1 when %s is set", l.rate)
		}
	}
	for _, v := range []struct{ key, val string }{
		{"slack.default_visibility", c.Slack.DefaultVisibility},
		{"discord.default_visibility", c.Discord.DefaultVisibility},
	} {
		if v.val != "ephemeral" && v.val != "in_channel" {
			return badKey(v.key, "must be ephemeral or in_channel, not %q", v.val)
		}
	}
	if c.Discord.ShardCount < 1 {
		return badKey("discord.shard_count", "must be at least 1, not %d", c.Discord.ShardCount)
	}
	if c.Discord.ShardID < 0 || c.Discord.ShardID >= c.Discord.ShardCount {
		return badKey("discord.shard_id", "must be at least 0 and below discord.shard_count (%d of %d)", c.Discord.ShardID, c.Discord.ShardCount)
	}
	if c.Feedback.MaxAnswers < 1 {
		return badKey("feedback.max_answers", "must be at least 1, not %d", c.Feedback.MaxAnswers)
	}
	if c.Feedback.Window.Duration <= 0 {
		return badKey("feedback.window", "must be more than 0")
	}
	if c.Conversation.TTL.Duration <= 0 {
		return badKey("conversation.ttl", "must be more than 0")
	}
	if c.Conversation.Max < 1 {
		return badKey("conversation.max", "must be at least 1, not %d", c.Conversation.Max)
	}
	switch c.Log.Level {
	case "debug", "info", "warn", "error":
	default:
		return badKey("log.level", "must be debug, info, warn or error, not %q", c.Log.Level)
	}
	switch c.Log.Format {
	case "text", "json":
	default:
		return badKey("log.format", "must be text or json, not %q", c.Log.Format)
	}
	return nil
}
