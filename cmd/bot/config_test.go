package main

import (
	"context"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/pelletier/go-toml/v2"
)

// TestExampleConfigParses keeps config.example.toml in step with Config: the
// strict decoder rejects any key the example has and Config lacks.
func TestExampleConfigParses(t *testing.T) {
	cfg, err := loadConfig(filepath.Join("..", "..", "config.example.toml"), func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	def := defaultConfig()
	cfg.path = ""
	// `allowed_channels = []` decodes to an empty slice; the default is nil.
	cfg.Slack.AllowedChannels, cfg.Discord.AllowedChannels = nil, nil
	if !reflect.DeepEqual(cfg, def) {
		t.Errorf("the example's values differ from the defaults it documents:\nexample %+v\ndefault %+v", cfg, def)
	}
}

// TestExampleConfigHasEveryKey fails when a key is added to Config but not
// documented in config.example.toml.
func TestExampleConfigHasEveryKey(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "config.example.toml"))
	if err != nil {
		t.Fatal(err)
	}
	var example map[string]any
	if err := toml.Unmarshal(data, &example); err != nil {
		t.Fatal(err)
	}
	out, err := toml.Marshal(defaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	var all map[string]any
	if err := toml.Unmarshal(out, &all); err != nil {
		t.Fatal(err)
	}
	for section, keys := range all {
		for key := range keys.(map[string]any) {
			ex, _ := example[section].(map[string]any)
			if _, ok := ex[key]; !ok {
				t.Errorf("config.example.toml does not document %s.%s", section, key)
			}
		}
	}
}

func TestConfigErrorsNameTheKeyAndLine(t *testing.T) {
	tests := []struct {
		name, toml string
		want       []string
	}{
		{"unknown key", "[answers]\ntimeout = \"2s\"\nthreshhold = 0.5\n", []string{"line 3", "answers.threshhold"}},
		{"unknown section", "[slak]\ntoken = \"x\"\n", []string{"line", "slak"}},
		{"bad duration", "[answers]\ntimeout = \"soon\"\n", []string{"line 2", "answers.timeout", "duration"}},
		{"wrong type", "[answers]\nmax_question_length = \"long\"\n", []string{"line 2", "max_question_length"}},
		{"out of range", "[answers]\nthreshold = 1.5\n", []string{"answers.threshold"}},
		{"bad level", "[log]\nlevel = \"loud\"\n", []string{"line 2", "log.level"}},
		{"bad value, line found", "[log]\nlevel = \"info\"\n\n[limits]\nuser_per_minute = -1\n", []string{"line 5", "limits.user_per_minute"}},
		{"burst needed", "[limits]\nuser_per_minute = 5.0\nuser_burst = 0\n", []string{"line 3", "limits.user_burst"}},
		{"dotted key", "limits.channel_burst = 0\n", []string{"line 1", "limits.channel_burst"}},
		{"tiny body limit", "[api]\nmax_body_bytes = 10\n", []string{"line 2", "api.max_body_bytes"}},
		{"no answers kept for voting", "[feedback]\nfile = \"votes.jsonl\"\nmax_answers = 0\n", []string{"line 3", "feedback.max_answers"}},
		{"no voting window", "[feedback]\nwindow = \"0s\"\n", []string{"line 2", "feedback.window"}},
		{"no conversation kept", "[conversation]\nttl = \"30m\"\nmax = 0\n", []string{"line 3", "conversation.max"}},
		{"conversations forgotten at once", "[conversation]\nttl = \"0s\"\n", []string{"line 2", "conversation.ttl"}},
		{"unknown api key", "[api]\ntokn = \"x\"\n", []string{"line 2", "api.tokn"}},
		{"bool as string", "[corpus]\nwatch = \"yes\"\n", []string{"line 2", "corpus.watch"}},
		{"bad debounce", "[corpus]\ndebounce = \"1 second\"\n", []string{"line 2", "corpus.debounce"}},
		{"syntax", "[answers\n", []string{"line 1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "bot.toml")
			os.WriteFile(path, []byte(tt.toml), 0o600)
			_, err := loadConfig(path, func(string) string { return "" })
			if err == nil {
				t.Fatal("accepted")
			}
			for _, w := range append(tt.want, path) {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
		})
	}
}

func TestConfigLayers(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "bot.toml")
	os.WriteFile(path, []byte("[corpus]\ndir = \"articles\"\n[answers]\ntimeout = \"2s\"\n"), 0o600)
	cfg, err := loadConfig(path, func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Corpus.Dir != filepath.Join(dir, "articles") {
		t.Errorf("relative corpus dir = %q, want it resolved against the config file", cfg.Corpus.Dir)
	}
	if cfg.Answers.Timeout.Duration != 2*time.Second || cfg.Answers.MaxQuestionLength != 500 {
		t.Errorf("file values and defaults not merged: %+v", cfg.Answers)
	}
	os.WriteFile(path, []byte("[corpus]\ndir = \"articles\"\n[answers]\ntimeout = \"2s\"\n[feedback]\nfile = \"votes/feedback.jsonl\"\n"), 0o600)
	if cfg, _ := loadConfig(path, func(string) string { return "" }); cfg.Feedback.File != filepath.Join(dir, "votes", "feedback.jsonl") {
		t.Errorf("relative feedback file = %q, want it resolved against the config file", cfg.Feedback.File)
	}
	env := map[string]string{"BRIEFBOT_CORPUS": "/srv/news", "BRIEFBOT_API_TOKEN": "from-env"}
	cfg, err = loadConfig(path, func(k string) string { return env[k] })
	if err != nil || cfg.Corpus.Dir != "/srv/news" || cfg.API.Token != "from-env" {
		t.Errorf("environment does not override the file: %q, %q, %v", cfg.Corpus.Dir, cfg.API.Token, err)
	}
}

func TestConfigCheck(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.toml")
	os.WriteFile(good, []byte("[slack]\nsigning_secret = \"s3cr3t-signing\"\n[limits]\nuser_burst = 7\n"), 0o600)
	bad := filepath.Join(dir, "bad.toml")
	os.WriteFile(bad, []byte("[server]\naddr = \":8080\"\nshutdown_timeout = \"forever\"\n"), 0o600)
	noCorpus := filepath.Join(dir, "nocorpus.toml")
	os.WriteFile(noCorpus, []byte("[corpus]\ndir = \"/does/not/exist\"\n"), 0o600)

	tests := []struct {
		name      string
		args      []string
		env       map[string]string
		code      int
		want, not []string
	}{
		{"valid, secrets masked", []string{"config", "check", good},
			map[string]string{"SLACK_BOT_TOKEN": "xoxb-1-topsecret", "BRIEFBOT_API_TOKEN": "api-topsecret", "DISCORD_TOKEN": "disc-topsecret", "BRIEFBOT_FEEDBACK_SECRET": "fb-topsecret"},
			exitOK,
			[]string{"user_burst = 7", "user_per_minute = 10.0", "bot_token = 'xoxb-…(set)'", "signing_secret = '********'", "[api]", "token = '********'", "# index directory: "},
			[]string{"topsecret", "s3cr3t"}},
		{"file from --config", []string{"config", "check", "--config", good}, nil, exitOK, []string{"user_burst = 7"}, nil},
		{"file from the environment", []string{"config", "check"}, map[string]string{"BRIEFBOT_CONFIG": good}, exitOK, []string{"user_burst = 7"}, nil},
		{"defaults", []string{"config", "check"}, nil, exitOK, []string{"addr = ':8080'", "# corpus: bundled"}, nil},
		{"invalid", []string{"config", "check", bad}, nil, exitError, []string{bad, "line 3", "server.shutdown_timeout"}, nil},
		{"explicit file wins over a broken $BRIEFBOT_CONFIG", []string{"config", "check", good}, map[string]string{"BRIEFBOT_CONFIG": bad}, exitOK, []string{"user_burst = 7"}, nil},
		{"missing corpus", []string{"config", "check", noCorpus}, nil, exitError, []string{"corpus.dir", "/does/not/exist"}, nil},
		{"no subcommand", []string{"config"}, nil, exitUsage, []string{"bot config check"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newCLI(t)
			for k, v := range tt.env {
				c.env[k] = v
			}
			code, out, errs := c.run(tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d\nstdout %s\nstderr %s", code, tt.code, out, errs)
			}
			for _, w := range tt.want {
				if !strings.Contains(out+errs, w) {
					t.Errorf("output lacks %q:\n%s%s", w, out, errs)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(out+errs, w) {
					t.Errorf("output shows %q:\n%s%s", w, out, errs)
				}
			}
			if tt.code == exitOK {
				var back Config
				if err := toml.Unmarshal([]byte(out), &back); err != nil {
					t.Errorf("the printed config is not TOML: %v", err)
				}
			}
		})
	}
}

// `bot config check` refuses what `bot serve` would refuse, naming the key,
// so that ExecStartPre catches it rather than a restart loop.
func TestConfigCheckCatchesWhatServeRefuses(t *testing.T) {
	tests := []struct {
		name, toml, key string
	}{
		{"discord public key not hex", "[discord]\npublic_key = \"not-a-key\"\n", "discord.public_key"},
		{"discord public key too short", "[discord]\npublic_key = \"abcd\"\n", "discord.public_key"},
		{"discord interactions only without application id", "[discord]\ntoken = \"t\"\ninteractions_only = true\n", "discord.application_id"},
		{"slack without signing secret or app token", "[slack]\nbot_token = \"xoxb-1\"\n", "slack.signing_secret"},
		{"slack app token of the wrong kind", "[slack]\nbot_token = \"xoxb-1\"\napp_token = \"xoxb-2\"\n", "slack.app_token"},
		{"slack api url", "[slack]\nbot_token = \"xoxb-1\"\nsigning_secret = \"s\"\napi_url = \"ftp://example.com/\"\n", "slack.api_url"},
		{"server addr without a port", "[server]\naddr = \"8080\"\n", "server.addr"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "bot.toml")
			toml := tt.toml
			if !strings.Contains(toml, "[server]") {
				toml += "[server]\naddr = \"127.0.0.1:0\"\n"
			}
			os.WriteFile(path, []byte(toml), 0o600)
			c := newCLI(t)
			code, out, errs := c.run("config", "check", path)
			if code != exitError || !strings.Contains(errs, tt.key) || !strings.Contains(errs, "line ") {
				t.Errorf("config check: exit %d, want 1 naming %s and its line\nstdout %s\nstderr %s", code, tt.key, out, errs)
			}
			// serve refuses it too, before taking the port.
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			code, _, errs = c.runContext(ctx, "serve", "--config", path)
			if code != exitError || !strings.Contains(errs, tt.key) {
				t.Errorf("serve: exit %d, want 1 naming %s\n%s", code, tt.key, errs)
			}
		})
	}
}

func TestByteSize(t *testing.T) {
	for in, want := range map[string]int64{"": 0, "0": 0, "256MiB": 256 << 20, "1GiB": 1 << 30, "1.5GB": 1.5e9, "512KiB": 512 << 10, "100B": 100} {
		var b ByteSize
		if err := b.UnmarshalText([]byte(in)); err != nil || b.Bytes != want {
			t.Errorf("%q = %d, %v; want %d", in, b.Bytes, err, want)
		}
	}
	for _, in := range []string{"lots", "12", "-1MiB", "MiB"} {
		var b ByteSize
		if err := b.UnmarshalText([]byte(in)); err == nil {
			t.Errorf("%q accepted as %d bytes", in, b.Bytes)
		}
	}
}

// bot serve sets the collector from its config unless the environment
// does; GOGC and GOMEMLIMIT win.
func TestTuneGC(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))
	var logs strings.Builder
	a := &app{cfg: defaultConfig(), log: slog.New(slog.NewTextHandler(&logs, nil))}
	a.cfg.Server.MemoryLimit = ByteSize{300 << 20}
	a.tuneGC(func(string) string { return "" })
	if got := debug.SetGCPercent(100); got != defaultGCPercent {
		t.Errorf("gc percent = %d, want %d", got, defaultGCPercent)
	}
	if got := debug.SetMemoryLimit(math.MaxInt64); got != 300<<20 {
		t.Errorf("memory limit = %d, want 300 MiB", got)
	}
	if !strings.Contains(logs.String(), "gc_percent=400 from=server.gc_percent memory_limit=300MiB") {
		t.Errorf("log: %s", logs.String())
	}
	env := map[string]string{"GOGC": "50", "GOMEMLIMIT": "1GiB"}
	a.tuneGC(func(k string) string { return env[k] })
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("with GOGC set, gc percent = %d: changed", got)
	}
}

// A build raises the collector's target while what is live is small,
// lowers it towards where it was as that grows, and puts it back after;
// GOGC, or a target as high already (bot serve's), is left alone.
func TestBuildCollector(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	for _, c := range []struct {
		live       uint64
		prev, want int
	}{
		{0, 100, buildGCPercent},
		{10 << 20, 100, buildGCPercent},
		{buildHeadroom / 4, 100, buildGCPercent},
		{buildHeadroom / 2, 100, 200},
		{buildHeadroom, 100, 100},
		{4 * buildHeadroom, 100, 100},
		{4 * buildHeadroom, 50, 50},
		{buildHeadroom, 150, 150},
	} {
		if got := buildTarget(c.live, c.prev); got != c.want {
			t.Errorf("buildTarget(%d MiB, %d) = %d, want %d", c.live>>20, c.prev, got, c.want)
		}
	}
	none := func(string) string { return "" }
	b := startBuildCollector(none)
	b.adjust()
	if got := debug.SetGCPercent(buildGCPercent); got < 100 || got > buildGCPercent {
		t.Errorf("during a build, gc percent = %d", got)
	}
	b.stop()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("after a build, gc percent = %d, want 100 back", got)
	}
	for _, c := range []struct {
		prev int
		env  string
	}{{defaultGCPercent, ""}, {100, "100"}} {
		debug.SetGCPercent(c.prev)
		b := startBuildCollector(func(k string) string { return map[string]string{"GOGC": c.env}[k] })
		b.adjust()
		if got := debug.SetGCPercent(c.prev); got != c.prev {
			t.Errorf("from %d, GOGC=%q: gc percent = %d during a build", c.prev, c.env, got)
		}
		b.stop()
	}
}
