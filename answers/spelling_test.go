package answers

import "testing"

func TestSpellingVariantsStemAlike(t *testing.T) {
	for _, p := range [][2]string{
		{"defence", "defense"}, {"colours", "colors"}, {"favourite", "favorite"}, {"neighbourhood", "neighborhood"},
		{"centre", "center"}, {"centred", "centered"}, {"kilometres", "kilometers"}, {"travelled", "traveled"},
		{"traveller", "traveler"}, {"organisation", "organization"}, {"recognised", "recognized"},
		{"analysed", "analyzed"}, {"programmes", "programs"}, {"labour", "labor"}, {"grey", "gray"},
	} {
		if a, b := stem(p[0]), stem(p[1]); a != b {
			t.Errorf("stem(%q) = %q, stem(%q) = %q; want equal", p[0], a, p[1], b)
		}
	}
	// Words that only look like one: "hour" is no "hor", "central" no
	// form of "center", "rise" too short to be "-ise".
	for _, p := range [][2]string{{"central", "center"}, {"hour", "hor"}, {"rise", "rize"}} {
		if a, b := stem(p[0]), stem(p[1]); a == b {
			t.Errorf("stem(%q) == stem(%q) == %q; want different", p[0], p[1], a)
		}
	}
}

func TestOtherSpelling(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"defence", "defense"}, {"defense", "defence"}, {"centre", "center"}, {"center", "centre"},
		{"organisations", "organizations"}, {"organized", "organised"}, {"travelling", "traveling"},
		{"traveled", "travelled"}, {"labour", "labor"}, {"program", "programme"},
		// Spelt alike in both, or too short to tell.
		{"otherwise", ""}, {"advertised", ""}, {"hour", ""}, {"tour", ""}, {"size", ""}, {"rise", ""}, {"central", ""},
	} {
		if got := otherSpelling(tt.in); got != tt.want {
			t.Errorf("otherSpelling(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
