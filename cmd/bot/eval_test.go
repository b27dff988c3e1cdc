package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEvalWritesPredictionsAndDetails(t *testing.T) {
	c := newCLI(t)
	dir := t.TempDir()
	pred, details := filepath.Join(dir, "pred.json"), filepath.Join(dir, "details.jsonl")
	for _, scope := range []string{"article", "corpus"} {
		code, out, errs := c.run("eval", "--squad", "testdata/mini-squad.json", "--scope", scope, "--out", pred, "--details", details)
		if code != exitOK {
			t.Fatalf("scope %s: exit %d\n%s", scope, code, errs)
		}
		for _, want := range []string{"6 questions (5 answerable, 1 unanswerable)", "scope " + scope, "EM ", "F1 ", "HasAns EM / F1", "NoAns accuracy", "sentence accuracy", "type", "who", "how many"} {
			if !strings.Contains(out, want) {
				t.Errorf("scope %s: output lacks %q:\n%s", scope, want, out)
			}
		}

		var preds map[string]string
		b, err := os.ReadFile(pred)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &preds); err != nil {
			t.Fatalf("predictions are not JSON: %v", err)
		}
		if len(preds) != 6 {
			t.Errorf("predictions for %d questions, want 6", len(preds))
		}

		f, err := os.Open(details)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		var ids []string
		for sc.Scan() {
			var d detail
			if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
				t.Fatalf("details line is not JSON: %v: %s", err, sc.Text())
			}
			if d.Answer != preds[d.ID] {
				t.Errorf("details and predictions disagree on %s: %q vs %q", d.ID, d.Answer, preds[d.ID])
			}
			ids = append(ids, d.ID)
		}
		f.Close()
		if strings.Join(ids, ",") != "m1,m2,m3,m4,m5,m6" {
			t.Errorf("details ids = %v, want the file's order", ids)
		}
	}
}

func TestEvalBadInput(t *testing.T) {
	c := newCLI(t)
	broken := filepath.Join(t.TempDir(), "broken.json")
	os.WriteFile(broken, []byte(`{"data": [`), 0o644)
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"eval"}, exitUsage, "usage: bot eval"},
		{[]string{"eval", "--squad", "testdata/mini-squad.json", "--scope", "world"}, exitUsage, "--scope"},
		{[]string{"eval", "--squad", "/no/such/file.json"}, exitError, "no such file"},
		{[]string{"eval", "--squad", broken}, exitError, "read squad"},
		{[]string{"eval", "--squad", "testdata/mini-squad.json", "--scope", "article", "--corpus", t.TempDir()}, exitUsage, "--corpus"},
	}
	for _, tt := range tests {
		code, _, errs := c.run(tt.args...)
		if code != tt.code || !strings.Contains(errs, tt.want) {
			t.Errorf("%v: exit %d, stderr %q; want %d mentioning %q", tt.args, code, errs, tt.code, tt.want)
		}
	}
}

// --threshold 0 answers every question that has a candidate, rather than
// falling back to the default threshold as a zero in the configuration does.
func TestEvalThresholdZero(t *testing.T) {
	c := newCLI(t)
	code, out, errs := c.run("eval", "--squad", "testdata/mini-squad.json", "--scope", "article", "--threshold", "0")
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, errs)
	}
	if !strings.Contains(out, "threshold 0.00") {
		t.Errorf("output does not report threshold 0.00:\n%s", out)
	}
}

// --corpus asks the file's questions of its articles together with the
// corpus's, as a bot serving that corpus would; an article of the corpus
// that is one of the file's is not indexed twice.
func TestEvalWithCorpus(t *testing.T) {
	c := newCLI(t)
	dir := t.TempDir()
	var ds struct {
		Data []struct {
			Title      string
			Paragraphs []struct{ Context string }
		}
	}
	b, err := os.ReadFile("testdata/mini-squad.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &ds); err != nil {
		t.Fatal(err)
	}
	own := ds.Data[1] // the file's own story, as the corpus keeps it
	text := own.Title + "\n\n"
	for _, p := range own.Paragraphs {
		text += p.Context + "\n\n"
	}
	os.WriteFile(filepath.Join(dir, "garden.txt"), []byte(text), 0o644)
	os.WriteFile(filepath.Join(dir, "ferry.txt"), []byte("Ferry strike\n\nFerry workers in Port Alder went on strike on Tuesday. Mayor Linda Okafor urged both sides to talk.\n"), 0o644)
	code, out, errs := c.run("eval", "--squad", "testdata/mini-squad.json", "--corpus", dir)
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, errs)
	}
	if !strings.Contains(out, "asked together with 1 other article(s) of "+dir) {
		t.Errorf("output does not say one article of the corpus was added:\n%s", out)
	}
}
