package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The threshold is the one with the best mean F1 over the sets, but not
// one that answers most of a set's unanswerable questions: there, a news
// set that is only answered below 0.2 would pull it down to where four in
// ten unanswerable questions of the other set get an answer.
func TestBestThresholdKeepsAbstaining(t *testing.T) {
	var qs []fitQuestion
	var preds []prediction
	add := func(set string, unanswerable bool, conf float64, n int) {
		for range n {
			q := fitQuestion{set: set, scope: "article"}
			gain := 1.0
			if unanswerable {
				q.q.Null, gain = 1, 0
			}
			qs = append(qs, q)
			preds = append(preds, prediction{gain: gain, conf: conf})
		}
	}
	add("news", false, 0.2, 10)
	add("wiki", false, 0.5, 5)
	add("wiki", true, 0.1, 2)
	add("wiki", true, 0.3, 3)
	got := bestThreshold(qs, preds)
	if got <= 0.3 || got > 0.5 {
		t.Errorf("threshold %.2f, want one in (0.3, 0.5]: below, 3 of 5 unanswerable questions are answered", got)
	}
	// Without unanswerable questions answered above the news answers, the
	// best mean F1 is kept.
	for i := range qs {
		if qs[i].q.Null > 0 {
			preds[i].conf = 0.1
		}
	}
	if got := bestThreshold(qs, preds); got <= 0.1 || got > 0.2 {
		t.Errorf("threshold %.2f, want one in (0.1, 0.2]", got)
	}
}

// Files given one NAME make one set, in the order first named, with the
// articles of all of them: the news sets of devsets/bbc-news are fitted as
// one kind of text, not as fifteen small sets each counted as a whole set
// when the threshold is chosen.
func TestLoadFitSetsGroupsByName(t *testing.T) {
	names, sets, err := loadFitSets([]string{"testdata/mini-squad.json", "news=testdata/mini-squad.json", "news=testdata/mini-squad.json"})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(names, []string{"mini-squad", "news"}) {
		t.Fatalf("sets %q, want mini-squad then news", names)
	}
	if one, two := len(sets["mini-squad"].Data), len(sets["news"].Data); two != 2*one || one == 0 {
		t.Errorf("news holds %d articles, want twice mini-squad's %d", two, one)
	}
	for _, bad := range []string{"=testdata/mini-squad.json", "news=", "news=testdata/missing.json"} {
		if _, _, err := loadFitSets([]string{bad}); err == nil {
			t.Errorf("--squad %q: no error", bad)
		}
	}
}

// A set counts as the questions --counts-as gives it, the others as their
// size up to balanceSize; every question is asked in both scopes.
func TestBalanceCountsAs(t *testing.T) {
	var qs []fitQuestion
	add := func(set string, n int) {
		for range 2 * n {
			qs = append(qs, fitQuestion{set: set})
		}
	}
	add("small", 100)
	add("large", 4000)
	add("news", 1500)
	_, sets, err := loadFitSets([]string{"news=testdata/mini-squad.json"})
	if err != nil {
		t.Fatal(err)
	}
	sizes, err := parseCountsAs([]string{"news=300"}, sets)
	if err != nil {
		t.Fatal(err)
	}
	balance(qs, sizes)
	counted := map[string]float64{}
	for _, q := range qs {
		counted[q.set] += q.q.Weight / 2
	}
	for set, want := range map[string]float64{"small": 100, "large": balanceSize, "news": 300} {
		if got := counted[set]; got < want-1e-6 || got > want+1e-6 {
			t.Errorf("%s counts as %.1f questions, want %.0f", set, got, want)
		}
	}
	for _, bad := range []string{"news=0", "news=many", "wiki=300", "news"} {
		if _, err := parseCountsAs([]string{bad}, sets); err == nil {
			t.Errorf("--counts-as %q: no error", bad)
		}
	}
}

// The generated file says how to refit, with the sets' names and weights.
func TestWriteWeightsRecordsTheCommand(t *testing.T) {
	path := filepath.Join(t.TempDir(), "weights.go")
	err := writeWeights(path, []string{"bias"}, []float64{-1}, 0.3, [2]float64{1, 0},
		[]string{"../shared/eval/story-dev.json", "news=devsets/bbc-news/bbc60.json"}, []string{"news=300"})
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"--squad ../shared/eval/story-dev.json", "--squad news=devsets/bbc-news/bbc60.json", "--counts-as news=300"} {
		if !strings.Contains(string(b), want) {
			t.Errorf("weights.go lacks %q:\n%s", want, b)
		}
	}
}
