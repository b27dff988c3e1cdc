package answers

import "testing"

// editDistance is the Levenshtein distance of a and b in runes, the
// definition withinOneEdit answers for distances up to 1.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > 1 || d < -1 {
		return 2
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := prev[j-1]
			if ra[i-1] != rb[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

func TestWithinOneEdit(t *testing.T) {
	words := []string{"", "a", "ab", "ba", "abc", "zelensky", "zelenskyy", "zelenskiy", "zelenskyi", "kyiv", "kiev",
		"kyev", "kyivv", "yiv", "medinsky", "medinskiy", "orgainzation", "organization", "café", "cafe", "cafés", "caf",
		"naïve", "naive", "ünïcode", "unicode", "x", "xy", "yx"}
	for _, a := range words {
		for _, b := range words {
			if got, want := withinOneEdit(a, b), editDistance(a, b) <= 1; got != want {
				t.Errorf("withinOneEdit(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}
