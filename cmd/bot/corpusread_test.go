package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"briefbot"
)

// corpusConfig makes a corpus of n articles (corpusOf) and the settings
// that read it, with an index directory of the test's own.
func corpusConfig(t *testing.T, n int) (string, Config) {
	dir := corpusOf(t, n)
	cfg := defaultConfig()
	cfg.Corpus.Dir = dir
	cfg.Index.Dir = filepath.Join(t.TempDir(), "index")
	return dir, cfg
}

// A start on an unchanged corpus lists its files and reads none; a file
// whose stamp changed is read again, and only it; the index is rebuilt
// only when an article's content changed.
func TestFingerprintByStat(t *testing.T) {
	dir, cfg := corpusConfig(t, 5)
	newApp := func() *app { return &app{cfg: cfg, log: slog.New(slog.DiscardHandler)} }

	first, err := newApp().readCorpus(false)
	if err != nil || first.read != 5 || first.articles != 5 {
		t.Fatalf("first reading: read %d, %d articles, %v; want all 5 read", first.read, first.articles, err)
	}
	a := newApp()
	a.onRead = func() { t.Error("an unchanged corpus was read") }
	same, err := a.readCorpus(false)
	if err != nil || same.fingerprint != first.fingerprint || same.articles != 5 || same.read != 0 {
		t.Errorf("unchanged corpus: %v, read %d, same fingerprint %v", err, same.read, same.fingerprint == first.fingerprint)
	}

	// Touched, not changed: read again, same fingerprint.
	later := time.Now().Add(time.Hour)
	os.Chtimes(filepath.Join(dir, "a02.txt"), later, later)
	touched, err := newApp().readCorpus(false)
	if err != nil || touched.read != 1 || touched.fingerprint != first.fingerprint {
		t.Errorf("touched file: %v, read %d, same fingerprint %v; want 1 read, same fingerprint", err, touched.read, touched.fingerprint == first.fingerprint)
	}

	// Rewritten in place with the same size and modification time: the
	// change time and the inode give it away.
	path := filepath.Join(dir, "a03.txt")
	fi, _ := os.Stat(path)
	text, _ := os.ReadFile(path)
	os.WriteFile(path, []byte(strings.Replace(string(text), "Monday", "Friday", 1)), 0o644)
	os.Chtimes(path, fi.ModTime(), fi.ModTime())
	edited, err := newApp().readCorpus(false)
	if err != nil || edited.read != 1 || edited.fingerprint == first.fingerprint {
		t.Errorf("edited file: %v, read %d, fingerprint changed %v", err, edited.read, edited.fingerprint != first.fingerprint)
	}

	// A broken file is remembered as skipped, and reported every time.
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	newApp().readCorpus(false)
	var logs strings.Builder
	b := &app{cfg: cfg, log: slog.New(slog.NewTextHandler(&logs, nil))}
	b.onRead = func() { t.Error("the corpus was read again for a file skipped before") }
	if s, err := b.readCorpus(false); err != nil || s.articles != 5 || !strings.Contains(logs.String(), "empty.txt") {
		t.Errorf("with a broken file: %v, %d articles; log:\n%s", err, s.articles, logs.String())
	}
}

// A new annotation format changes the fingerprint of an unchanged corpus,
// so that the index is built again (an index of the old annotations was
// kept when only the files' stamps were compared), without reading the
// files again: their content hashes still hold.
func TestFingerprintFollowsAnnotationVersion(t *testing.T) {
	_, cfg := corpusConfig(t, 3)
	newApp := func() *app { return &app{cfg: cfg, log: slog.New(slog.DiscardHandler)} }
	first, err := newApp().readCorpus(false)
	if err != nil {
		t.Fatal(err)
	}
	defer func(v string) { annotationVersion = v }(annotationVersion)
	annotationVersion += "-next"
	next, err := newApp().readCorpus(false)
	if err != nil || next.fingerprint == first.fingerprint || next.read != 0 || next.articles != 3 {
		t.Errorf("new annotation version: %v, read %d, %d articles, fingerprint changed %v; want it changed, nothing read",
			err, next.read, next.articles, next.fingerprint != first.fingerprint)
	}
}

// The build reads the articles that were not read for the fingerprint, and
// refuses to index a corpus that changed in between.
func TestBuildChecksTheFingerprint(t *testing.T) {
	dir, cfg := corpusConfig(t, 4)
	a := &app{cfg: cfg, log: slog.New(slog.DiscardHandler)}
	if _, err := a.readCorpus(false); err != nil {
		t.Fatal(err)
	}
	snap, err := a.readCorpus(false) // from the cache: nothing held
	if err != nil || snap.read != 0 || len(snap.held) != 0 {
		t.Fatalf("second reading: %v, read %d, held %d", err, snap.read, len(snap.held))
	}
	var got []string
	emit := func(ss []briefbot.Sentence) error {
		for _, s := range ss {
			got = append(got, fmt.Sprintf("%s#%d", s.ArticleID, s.Number))
		}
		return nil
	}
	if err := snap.build(context.Background(), emit); err != nil || strings.Join(got, " ") != "a00.txt#1 a01.txt#1 a02.txt#1 a03.txt#1" {
		t.Errorf("build: %v, %v", err, got)
	}
	os.WriteFile(filepath.Join(dir, "a01.txt"), []byte("Bridge Report\n\nThe bridge is closed.\n"), 0o644)
	if err := snap.build(context.Background(), emit); err == nil || !strings.Contains(err.Error(), errCorpusChanging.Error()) {
		t.Errorf("build of a corpus changed since its fingerprint: %v, want %v", err, errCorpusChanging)
	}
}

func TestBuildProgress(t *testing.T) {
	var term, logs strings.Builder
	p := newBuildProgress(4, &term, slog.New(slog.NewTextHandler(&logs, nil)))
	p.start = p.start.Add(-2 * time.Second)
	p.shown, p.logged = p.start, p.start
	p.add(30)
	if got := term.String(); !strings.Contains(got, "indexing: 1 of 4 articles (25%), 30 sentences, ") || !strings.Contains(got, "left") {
		t.Errorf("terminal line = %q", got)
	}
	if logs.Len() > 0 {
		t.Errorf("logged with a terminal: %s", logs.String())
	}
	q := newBuildProgress(4, nil, slog.New(slog.NewTextHandler(&logs, nil)))
	q.logged = q.logged.Add(-progressEvery)
	q.add(30)
	if !strings.Contains(logs.String(), "msg=indexing articles=1 of=4 sentences=30") {
		t.Errorf("log = %q", logs.String())
	}
	var none *buildProgress
	none.add(1) // a nil progress shows nothing
	none.finish()
}
