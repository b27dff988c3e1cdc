package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"

	"briefbot"
)

// A baseline is the --details file of an earlier run, read back to say
// what a change to the answerer moved: how many answers changed, how many
// got better or worse, and the F1 gained on each half of the file. A rule
// is kept only if it helps both halves (ANSWERING.md), and this is the
// measurement that says so, made the same way every time.

// maxBaselineLines is how many changed questions --baseline lists, the
// worst first; the --details files hold the rest.
const maxBaselineLines = 20

// readDetails reads a --details file: one detail per line, by question id
// (the first line of an id used twice).
func readDetails(path string) (map[string]detail, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := make(map[string]detail)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 16<<20)
	for n := 1; sc.Scan(); n++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var d detail
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil || d.ID == "" {
			return nil, fmt.Errorf("%s:%d: not a line of a --details file", path, n)
		}
		if _, dup := out[d.ID]; !dup {
			out[d.ID] = d
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// change is one question whose answer differs from the baseline's.
type change struct {
	was, now detail
}

// printBaseline compares the run's details (now, with the half of each)
// with a baseline's and prints, per half and in all, the questions
// compared, the answers changed, better and worse (by F1, an abstention
// on an unanswerable question scoring 1), and the change in mean F1 in
// points; then the changed questions, worst first.
func printBaseline(w io.Writer, path string, base map[string]detail, now []detail, halves []int) {
	type tally struct {
		n, changed, better, worse int
		gain                      float64
	}
	var by [3]tally // even, odd, all
	var changes []change
	missing := 0
	seen := make(map[string]bool, len(now))
	for i, d := range now {
		if seen[d.ID] {
			continue
		}
		seen[d.ID] = true
		was, ok := base[d.ID]
		if !ok {
			missing++
			continue
		}
		for _, t := range []*tally{&by[halves[i]], &by[2]} {
			t.n++
			t.gain += d.F1 - was.F1
			if d.Answer != was.Answer {
				t.changed++
			}
			switch {
			case d.F1 > was.F1:
				t.better++
			case d.F1 < was.F1:
				t.worse++
			}
		}
		if d.Answer != was.Answer {
			changes = append(changes, change{was, d})
		}
	}
	fmt.Fprintf(w, "\nagainst the baseline %s:\n", path)
	if missing > 0 {
		fmt.Fprintf(w, "(%d questions are not in the baseline and are left out)\n", missing)
	}
	fmt.Fprintf(w, "%-9s %4s %8s %7s %6s %7s\n", "half", "n", "changed", "better", "worse", "F1 +/-")
	for h, name := range []string{"even", "odd", "all"} {
		t := by[h]
		gain := 0.0
		if t.n > 0 {
			gain = 100 * t.gain / float64(t.n)
		}
		fmt.Fprintf(w, "%-9s %4d %8d %7d %6d %+7.2f\n", name, t.n, t.changed, t.better, t.worse, gain)
	}
	if len(changes) == 0 {
		return
	}
	// Worst first, then best; ties in the file's order.
	slices.SortStableFunc(changes, func(a, b change) int {
		da, db := a.now.F1-a.was.F1, b.now.F1-b.was.F1
		switch {
		case da < db:
			return -1
		case da > db:
			return 1
		}
		return 0
	})
	fmt.Fprintf(w, "\nchanged answers (F1 change, question, was -> now):\n")
	shown := changes
	if len(shown) > maxBaselineLines {
		// The worst half and the best half of the lines.
		shown = append(slices.Clip(changes[:maxBaselineLines/2]), changes[len(changes)-maxBaselineLines/2:]...)
	}
	for k, c := range shown {
		if len(shown) < len(changes) && k == maxBaselineLines/2 {
			fmt.Fprintf(w, "  ... %d more\n", len(changes)-len(shown))
		}
		gold := "unanswerable"
		if len(c.now.Gold) > 0 {
			gold = fmt.Sprintf("gold %q", briefbot.Clip(c.now.Gold[0], 40))
		}
		fmt.Fprintf(w, "%+6.2f %s %q\n       %q -> %q  (%s)\n", c.now.F1-c.was.F1, c.now.ID, briefbot.Clip(c.now.Question, 90),
			briefbot.Clip(c.was.Answer, 50), briefbot.Clip(c.now.Answer, 50), gold)
	}
}
