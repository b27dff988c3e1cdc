package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestExampleConfigParses keeps config.example.toml in step with Config: the
// strict decoder rejects any key the example has and Config lacks.
func TestExampleConfigParses(t *testing.T) {
	cfg, err := loadConfig(filepath.Join("..", "..", "config.example.toml"), func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	def := defaultConfig()
	if cfg.Answers.Timeout != def.Answers.Timeout || cfg.Answers.MaxQuestionLength != def.Answers.MaxQuestionLength || cfg.Log != def.Log {
		t.Errorf("the example's values differ from the defaults it documents:\nexample %+v\ndefault %+v", cfg, def)
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
		{"bad level", "[log]\nlevel = \"loud\"\n", []string{"log.level"}},
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
	env := map[string]string{"BRIEFBOT_CORPUS": "/srv/news"}
	cfg, err = loadConfig(path, func(k string) string { return env[k] })
	if err != nil || cfg.Corpus.Dir != "/srv/news" {
		t.Errorf("environment does not override the file: %q, %v", cfg.Corpus.Dir, err)
	}
}
