package slack

import (
	"fmt"
	"testing"
	"time"
)

func TestSeen(t *testing.T) {
	t0 := time.Unix(1700000000, 0)
	tests := []struct {
		name string
		run  func(s *seen) []bool // results of add, in order
		want []bool
	}{
		{"retry of a seen key", func(s *seen) []bool {
			return []bool{s.add(t0, "event:E1"), s.add(t0.Add(time.Minute), "event:E1"), s.add(t0.Add(5*time.Minute), "event:E1")}
		}, []bool{true, false, false}},
		{"any key seen blocks the lot", func(s *seen) []bool {
			return []bool{s.add(t0, "event:E1", "msg:D1:1.1"), s.add(t0, "event:E2", "msg:D1:1.1"), s.add(t0, "event:E2")}
		}, []bool{true, false, true}},
		{"expires after the TTL", func(s *seen) []bool {
			return []bool{s.add(t0, "k"), s.add(t0.Add(dedupeTTL-time.Second), "k"), s.add(t0.Add(dedupeTTL), "k")}
		}, []bool{true, false, true}},
		{"forget lets a retry through", func(s *seen) []bool {
			a := s.add(t0, "k")
			s.forget("k")
			return []bool{a, s.add(t0, "k"), s.add(t0, "k")}
		}, []bool{true, true, false}},
		{"oldest dropped beyond the cap", func(s *seen) []bool {
			var got []bool
			for i := range 4 {
				got = append(got, s.add(t0.Add(time.Duration(i)*time.Second), fmt.Sprint(i)))
			}
			// cap 3: "0" is gone, "3" is not
			return append(got, s.add(t0.Add(5*time.Second), "0"), s.add(t0.Add(5*time.Second), "3"))
		}, []bool{true, true, true, true, true, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSeen(dedupeTTL, 3)
			got := tt.run(s)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestSeenBounded: however many events and forgets, memory stays bounded.
func TestSeenBounded(t *testing.T) {
	s := newSeen(time.Hour, 100)
	t0 := time.Unix(1700000000, 0)
	for i := range 100000 {
		k := fmt.Sprint(i)
		s.add(t0.Add(time.Duration(i)*time.Millisecond), k)
		if i%3 == 0 {
			s.forget(k)
		}
	}
	if n := s.len(); n > 100 {
		t.Errorf("%d keys kept", n)
	}
	if n := len(s.order); n > 300 {
		t.Errorf("%d order entries kept", n)
	}
}
