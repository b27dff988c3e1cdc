package main

import (
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"briefbot/internal/logbuf"
)

// TestWatchSurvivesAReplacedCorpusDirectory replaces the corpus directory
// the ways corpora are deployed, then edits the new one: each replacement
// is picked up, counted as a lost watch, and later edits are still seen.
func TestWatchSurvivesAReplacedCorpusDirectory(t *testing.T) {
	write := func(dir string, n int) {
		t.Helper()
		text := fmt.Sprintf("Bridge Report %d\n\nThe mayor of Town%d opened a bridge on Monday.\n", n, n)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%02d.txt", n)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	fill := func(dir string, n int) {
		t.Helper()
		os.MkdirAll(dir, 0o755)
		for i := range n {
			write(dir, i)
		}
	}
	for _, tt := range []struct {
		name    string
		link    bool // corpus.dir is a symbolic link to releases/v1
		replace func(t *testing.T, base string)
	}{
		{"rm -rf and cp -r", false, func(t *testing.T, base string) {
			fill(filepath.Join(base, "new"), 5)
			os.RemoveAll(filepath.Join(base, "live"))
			if out, err := exec.Command("cp", "-r", filepath.Join(base, "new"), filepath.Join(base, "live")).CombinedOutput(); err != nil {
				t.Skip("no cp:", err, string(out))
			}
		}},
		{"mv", false, func(t *testing.T, base string) {
			fill(filepath.Join(base, "new"), 5)
			os.Rename(filepath.Join(base, "live"), filepath.Join(base, "old"))
			os.Rename(filepath.Join(base, "new"), filepath.Join(base, "live"))
			os.RemoveAll(filepath.Join(base, "old"))
		}},
		{"ln -sfn", true, func(t *testing.T, base string) {
			fill(filepath.Join(base, "releases", "v2"), 5)
			tmp := filepath.Join(base, "live.tmp")
			os.Symlink(filepath.Join("releases", "v2"), tmp)
			os.Rename(tmp, filepath.Join(base, "live"))
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			base := t.TempDir()
			live := filepath.Join(base, "live")
			if tt.link {
				fill(filepath.Join(base, "releases", "v1"), 3)
				if err := os.Symlink(filepath.Join("releases", "v1"), live); err != nil {
					t.Skip("no symbolic links:", err)
				}
			} else {
				fill(live, 3)
			}
			cfg := defaultConfig()
			cfg.Corpus.Debounce.Duration = 50 * time.Millisecond
			logs := &logbuf.Buffer{}
			a := diskApp(t, cfg, live, slog.New(slog.NewTextHandler(logs, nil)))
			s, err := a.newServer(nil)
			if err != nil {
				t.Fatal(err)
			}
			base0, _ := startServer(t, s)
			eventually(t, 5*time.Second, "watching", func() bool { return strings.Contains(logs.String(), "watching the corpus") })
			articles := func(n float64) func() bool {
				return func() bool { return metricValue(t, base0, "briefbot_index_articles") == n }
			}

			tt.replace(t, base)
			eventually(t, 15*time.Second, "the replaced directory indexed", articles(5))
			if n := metricValue(t, base0, "briefbot_corpus_watch_lost_total"); n < 1 {
				t.Errorf("briefbot_corpus_watch_lost_total = %v, want the replacement counted", n)
			}
			// rm -rf and cp -r is a directory gone, then back.
			if l := logs.String(); !strings.Contains(l, "corpus directory was replaced") && !strings.Contains(l, "corpus directory is back") {
				t.Errorf("the replacement is not logged")
			}
			// Edits in the new directory are seen: the watch moved
			// with the name.
			target, _ := filepath.EvalSymlinks(live)
			write(target, 5)
			eventually(t, 15*time.Second, "an edit after the replacement indexed", articles(6))
			os.Mkdir(filepath.Join(target, "sub"), 0o755)
			write(filepath.Join(target, "sub"), 6)
			eventually(t, 15*time.Second, "an edit in a new sub-directory indexed", articles(7))
			if n := metricValue(t, base0, "briefbot_corpus_watching"); n != 1 {
				t.Errorf("briefbot_corpus_watching = %v, want 1", n)
			}
			if t.Failed() {
				t.Log(logs)
			}
		})
	}
}

// Removing the corpus directory is a lost watch, logged, counted and shown
// in /readyz, while the old index serves; when it comes back it is watched
// and indexed again.
func TestWatchWaitsForARemovedCorpusDirectory(t *testing.T) {
	base := t.TempDir()
	live := filepath.Join(base, "live")
	os.Mkdir(live, 0o755)
	story, _ := os.ReadFile(filepath.Join("..", "..", "corpus", "bundled", "istanbul-talks.txt"))
	os.WriteFile(filepath.Join(live, "talks.txt"), story, 0o644)
	cfg := defaultConfig()
	cfg.Corpus.Debounce.Duration = 50 * time.Millisecond
	logs := &logbuf.Buffer{}
	a := diskApp(t, cfg, live, slog.New(slog.NewTextHandler(logs, nil)))
	s, err := a.newServer(nil)
	if err != nil {
		t.Fatal(err)
	}
	srv, _ := startServer(t, s)
	eventually(t, 5*time.Second, "watching", func() bool { return strings.Contains(logs.String(), "watching the corpus") })

	os.Rename(live, filepath.Join(base, "away"))
	eventually(t, 15*time.Second, "lost watch counted", func() bool {
		return metricValue(t, srv, "briefbot_corpus_watch_lost_total") >= 1 && metricValue(t, srv, "briefbot_corpus_watching") == 0
	})
	if code, body := getText(t, srv+"/readyz"); code != 200 || !strings.Contains(body, "watch: lost") {
		t.Errorf("/readyz with the corpus gone: %d %s", code, body)
	}
	if !strings.Contains(logs.String(), "corpus directory is gone") {
		t.Errorf("the loss is not logged:\n%s", logs)
	}
	if code, ans, err := ask(http.DefaultClient, srv, "Who leads the Russian delegation?"); code != 200 || err != nil || ans.Answer != "Vladimir Medinsky" {
		t.Errorf("with the corpus gone: %d %+v %v", code, ans, err)
	}

	if err := os.Rename(filepath.Join(base, "away"), live); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(live, "mars.txt"), []byte("Mars Talks Open\n\nThe Martian delegation is led by Admiral Zorblat Quimby.\n"), 0o644)
	if !waitFor2(15*time.Second, func() bool { return metricValue(t, srv, "briefbot_index_articles") == 2 }) {
		t.Fatalf("back and indexed: not within 15s\n%s", logs)
	}
	if n := metricValue(t, srv, "briefbot_corpus_watching"); n != 1 {
		t.Errorf("briefbot_corpus_watching = %v after the directory came back", n)
	}
	if code, body := getText(t, srv+"/readyz"); code != 200 || strings.Contains(body, "watch: lost") {
		t.Errorf("/readyz with the corpus back: %d %s", code, body)
	}
	if t.Failed() {
		t.Log(logs)
	}
}

func waitFor2(d time.Duration, cond func() bool) bool {
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(20 * time.Millisecond)
	}
	return true
}
