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

// --baseline compares a run with an earlier run's --details file: a
// question whose answer the baseline had wrong counts as changed and
// better, on its half, and is listed; the baseline may be the very file
// --details rewrites, as it is read first.
func TestEvalBaseline(t *testing.T) {
	c := newCLI(t)
	details := filepath.Join(t.TempDir(), "details.jsonl")
	if code, _, errs := c.run("eval", "--squad", "testdata/mini-squad.json", "--scope", "article", "--details", details); code != exitOK {
		t.Fatalf("exit %d\n%s", code, errs)
	}
	b, err := os.ReadFile(details)
	if err != nil {
		t.Fatal(err)
	}
	// The baseline: the same run but a wrong answer to the first question
	// the run got right.
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	changed := ""
	for i, l := range lines {
		var d detail
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatal(err)
		}
		if d.F1 == 1 && d.Answer != "" && changed == "" {
			changed = d.ID
			d.Answer, d.EM, d.F1 = "something else entirely", 0, 0
			nb, _ := json.Marshal(d)
			lines[i] = string(nb)
		}
	}
	if changed == "" {
		t.Fatal("the run got no question right; nothing to compare")
	}
	os.WriteFile(details, []byte(strings.Join(lines, "\n")+"\n"), 0o644)

	code, out, errs := c.run("eval", "--squad", "testdata/mini-squad.json", "--scope", "article", "--baseline", details, "--details", details)
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, errs)
	}
	_, table, ok := strings.Cut(out, "against the baseline")
	if !ok {
		t.Fatalf("no baseline section:\n%s", out)
	}
	var all string
	for _, l := range strings.Split(table, "\n") {
		if strings.HasPrefix(l, "all ") {
			all = strings.Join(strings.Fields(l), " ")
		}
	}
	if all != "all 6 1 1 0 +16.67" {
		t.Errorf("baseline totals %q, want 6 compared, 1 changed, 1 better, 0 worse, +16.67 F1:\n%s", all, out)
	}
	if !strings.Contains(table, changed) || !strings.Contains(table, `"something else entirely" ->`) {
		t.Errorf("the changed question %s is not listed:\n%s", changed, out)
	}
	// --details rewrote the file after the baseline was read: now it is
	// this run's, with the right answer back.
	if b, _ := os.ReadFile(details); strings.Contains(string(b), "something else entirely") {
		t.Error("--details did not rewrite the baseline file")
	}

	bad := filepath.Join(t.TempDir(), "bad.jsonl")
	os.WriteFile(bad, []byte("{\"id\":\"m1\"}\nnot json\n"), 0o644)
	code, _, errs = c.run("eval", "--squad", "testdata/mini-squad.json", "--baseline", bad)
	if code != exitError || !strings.Contains(errs, "bad.jsonl:2") {
		t.Errorf("malformed baseline: exit %d, stderr %q; want an error naming line 2", code, errs)
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
