//go:build unix

package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// mkfifo makes a named pipe; the cleanup opens it for writing and closes
// it, which releases any reader stuck on it, so a failing test cannot
// leave the process hung.
func mkfifo(t *testing.T, path string) {
	t.Helper()
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	t.Cleanup(func() {
		if f, err := os.OpenFile(path, os.O_RDWR, 0); err == nil {
			f.Close()
		}
	})
}

// runWithin runs the bot as c.run does, failing the test if it has not
// finished within d.
func runWithin(t *testing.T, c *cli, d time.Duration, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	type result struct {
		code     int
		out, err string
	}
	done := make(chan result, 1)
	go func() {
		code, out, errs := c.runContext(context.Background(), args...)
		done <- result{code, out, errs}
	}()
	select {
	case r := <-done:
		return r.code, r.out, r.err
	case <-time.After(d):
		t.Fatalf("bot %q hangs (still running after %v)", args, d)
		return 0, "", ""
	}
}

// A named pipe (or socket, or device) named like an article is no
// article: reading it would block for ever. It is skipped with a warning.
func TestFIFOInTheCorpusDoesNotHang(t *testing.T) {
	dir := storyDir(t)
	mkfifo(t, filepath.Join(dir, "pipe.txt"))
	os.Symlink("pipe.txt", filepath.Join(dir, "link-to-pipe.txt"))
	c := newCLI(t)
	code, out, errs := runWithin(t, c, 15*time.Second, "index", "--corpus", dir)
	if code != exitOK || !strings.Contains(out, "1 articles") {
		t.Errorf("bot index: exit %d\n%s%s", code, out, errs)
	}
	for _, name := range []string{"pipe.txt", "link-to-pipe.txt"} {
		if !strings.Contains(errs, name) || !strings.Contains(errs, "not a regular file") {
			t.Errorf("%s not reported as skipped:\n%s", name, errs)
		}
	}
	code, out, errs = runWithin(t, c, 15*time.Second, "ask", "--corpus", dir, "Who leads the Russian delegation?")
	if code != exitOK || !strings.Contains(out, "Vladimir Medinsky") {
		t.Errorf("bot ask: exit %d\n%s%s", code, out, errs)
	}
}

// A symbolic link in the corpus that leads outside corpus.dir is skipped
// with a warning, unless corpus.allow_outside_links is set; links that stay
// inside, relative or absolute, are followed.
func TestLinksOutOfTheCorpusAreSkipped(t *testing.T) {
	outside := t.TempDir()
	secret := filepath.Join(outside, "secret.txt")
	os.WriteFile(secret, []byte("Internal Memo\n\nThe vault code is swordfish.\n"), 0o644)
	dir := storyDir(t)
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	for link, target := range map[string]string{
		"abs-outside.txt":    secret,
		"rel-outside.txt":    filepath.Join("..", filepath.Base(outside), "secret.txt"),
		"sub/rel-inside.txt": filepath.Join("..", "talks.txt"),
		"abs-inside.txt":     filepath.Join(dir, "talks.txt"),
		"passwd.txt":         "/etc/passwd",
	} {
		if err := os.Symlink(target, filepath.Join(dir, link)); err != nil {
			t.Skip("no symbolic links here:", err)
		}
	}
	// rel-outside.txt only leads outside if both temp dirs share a parent.
	if filepath.Dir(outside) != filepath.Dir(dir) {
		os.Remove(filepath.Join(dir, "rel-outside.txt"))
	}

	c := newCLI(t)
	code, out, errs := c.run("index", "--corpus", dir)
	if code != exitOK || !strings.Contains(out, "3 articles") {
		t.Errorf("bot index: exit %d, want the story and its two inside links\n%s%s", code, out, errs)
	}
	for _, link := range []string{"abs-outside.txt", "passwd.txt"} {
		if !strings.Contains(errs, link) || !strings.Contains(errs, "outside the corpus") {
			t.Errorf("%s not reported as leading outside:\n%s", link, errs)
		}
	}
	_, out, _ = c.run("ask", "--corpus", dir, "What is the vault code?")
	if strings.Contains(out, "swordfish") {
		t.Errorf("a file outside the corpus was served:\n%s", out)
	}

	conf := filepath.Join(t.TempDir(), "bot.toml")
	os.WriteFile(conf, []byte("[corpus]\nallow_outside_links = true\n"), 0o600)
	_, out, errs = c.run("ask", "--config", conf, "--corpus", dir, "What is the vault code?")
	if !strings.Contains(out, "swordfish") {
		t.Errorf("with allow_outside_links the outside link is not followed:\n%s%s", out, errs)
	}
}
