package main

import (
	"bytes"
	"strings"
	"testing"

	"briefbot/eval"
)

// The table sums its cases by where they stand and shows gains only
// where a better candidate was there: a right answer adds nothing, a
// span whose sentence held a better one adds the difference.
func TestPrintLossesSums(t *testing.T) {
	results := []eval.Result{
		{Question: "Who cut the ribbon?", Golds: []string{"x"}},
		{Question: "Who opened it?", Golds: []string{"x"}},
		{Question: "When did it open?", Golds: []string{"x"}},
		{Question: "When was it shut?", Golds: []string{"x"}},
		{Question: "Is it open?"}, // unanswerable: not counted
	}
	cases := []lossCase{
		{typ: "who", f1: 1, where: lossSpan, best: 1},
		{typ: "who", f1: 0.5, where: lossSpan, best: 1},
		{typ: "when", f1: 0, where: lossSentence, best: 1},
		{typ: "when", f1: 0, where: lossUnfound},
		{},
	}
	var b bytes.Buffer
	printLosses(&b, cases, results)
	rows := map[string]string{}
	for _, l := range strings.Split(b.String(), "\n") {
		if f := strings.Fields(l); len(f) > 0 {
			rows[f[0]] = strings.Join(strings.Fields(l), " ")
		}
	}
	for typ, want := range map[string]string{
		"who":  "who 2 75.0 | 0 0.0 | 0 0.0 +0.0 | 2 75.0 +25.0",
		"when": "when 2 0.0 | 1 0.0 | 1 0.0 +50.0 | 0 0.0 +0.0",
		"all":  "all 4 37.5 | 1 0.0 | 1 0.0 +25.0 | 2 37.5 +12.5",
	} {
		if rows[typ] != want {
			t.Errorf("row %s:\n got %q\nwant %q\n%s", typ, rows[typ], want, b.String())
		}
	}
}

// bot eval --losses places every answerable question of a file once,
// and leaves the unanswerable out.
func TestEvalLosses(t *testing.T) {
	c := newCLI(t)
	code, out, errs := c.run("eval", "--squad", "testdata/mini-squad.json", "--scope", "article", "--losses")
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, errs)
	}
	i := strings.Index(out, "where the answerable questions' F1 goes")
	if i < 0 {
		t.Fatalf("no losses table:\n%s", out)
	}
	for _, l := range strings.Split(out[i:], "\n") {
		f := strings.Fields(l)
		if len(f) != 14 || f[0] != "all" {
			continue
		}
		// all n F1 | n F1 | n F1 +best | n F1 +best
		if f[1] != "5" {
			t.Errorf("all row counts %s questions, want the 5 answerable: %s", f[1], l)
		}
		if sum := atoi(t, f[4]) + atoi(t, f[7]) + atoi(t, f[11]); sum != 5 {
			t.Errorf("the parts hold %d questions, want 5: %s", sum, l)
		}
		return
	}
	t.Errorf("no all row:\n%s", out[i:])
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			t.Fatalf("not a count: %q", s)
		}
		n = 10*n + int(r-'0')
	}
	return n
}

// The dropped table counts questions by the reason a filter dropped their
// gold answer, most first, and is left out when no gold answer was
// dropped.
func TestPrintDropped(t *testing.T) {
	var b bytes.Buffer
	printDropped(&b, []lossCase{{dropped: "repeats the question"}, {}, {dropped: "not of the type asked"}, {dropped: "not of the type asked"}})
	out := b.String()
	first, second := strings.Index(out, "2  not of the type asked"), strings.Index(out, "1  repeats the question")
	if first < 0 || second < 0 || first > second {
		t.Errorf("want the reasons counted, most first:\n%s", out)
	}
	b.Reset()
	printDropped(&b, []lossCase{{}, {}})
	if b.Len() != 0 {
		t.Errorf("no gold answer dropped, yet:\n%s", b.String())
	}
}
