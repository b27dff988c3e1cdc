package answers

import (
	"strings"
	"testing"
)

// Every feature has one name, in its place: the weights table is keyed by
// them, so a misplaced constant would silently weigh the wrong feature.
func TestFeatureNames(t *testing.T) {
	seen := make(map[string]bool)
	for k, n := range featureNames {
		if n == "" {
			t.Errorf("feature %d has no name", k)
		}
		if seen[n] {
			t.Errorf("feature name %q is used twice", n)
		}
		seen[n] = true
	}
	checks := map[int]string{
		fShape: "shape:name", fFamily: "family:name",
		fFamilyFit: "family-fit:name", fWant: "want:person", fShape - 1: "role-clash", fRuleScore: "rule-score",
	}
	for k, want := range checks {
		if featureNames[k] != want {
			t.Errorf("feature %d is %q, want %q", k, featureNames[k], want)
		}
	}
	for n := range fittedWeights {
		if !seen[n] {
			t.Errorf("the fitted weights name %q, which is no feature: refit with bot fit", n)
		}
	}
	for r, f := range ruleFamily {
		if f < 0 || f >= numFamilies || strings.Contains(r, "+") {
			t.Errorf("rule %q has family %d", r, f)
		}
	}
}

// TestFamily: a candidate found by several rules is judged as the first
// rule that looks for something in particular, not as a gap or a chunk.
func TestFamily(t *testing.T) {
	tests := []struct {
		rule string
		want int
	}{
		{"date", famTime},
		{"gap", famGap},
		{"chunk", famChunk},
		{"gap+restated+chunk", famDefinition},
		{"chunk+gap", famChunk},
		{"subject+gap+chunk", famSlot},
		{"unknown+gap", famGap},
	}
	for _, tt := range tests {
		if got := family(tt.rule); got != tt.want {
			t.Errorf("family(%q) = %s, want %s", tt.rule, familyNames[got], familyNames[tt.want])
		}
	}
}
