package slack

import (
	"sync"
	"time"
)

// seen remembers recently handled event keys so that Slack's retries, and a
// message that arrives as both app_mention and message.im, get one answer.
// Entries expire after ttl and the oldest are dropped beyond max, so memory
// stays bounded however many events arrive.
type seen struct {
	mu    sync.Mutex
	ttl   time.Duration
	max   int
	at    map[string]time.Time
	order []seenEntry // oldest first
}

type seenEntry struct {
	key string
	at  time.Time
}

func newSeen(ttl time.Duration, max int) *seen {
	return &seen{ttl: ttl, max: max, at: make(map[string]time.Time)}
}

// add records keys at now and reports true, unless any key is already
// recorded and unexpired, in which case it records nothing and reports false.
func (s *seen) add(now time.Time, keys ...string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.expire(now)
	for _, k := range keys {
		if _, ok := s.at[k]; ok {
			return false
		}
	}
	for _, k := range keys {
		s.at[k] = now
		s.order = append(s.order, seenEntry{k, now})
	}
	for len(s.at) > s.max && len(s.order) > 0 {
		s.pop()
	}
	return true
}

// forget removes keys, for work that was accepted but could not be started:
// Slack's retry should then be handled.
func (s *seen) forget(keys ...string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, k := range keys {
		delete(s.at, k)
	}
}

func (s *seen) len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.at)
}

func (s *seen) expire(now time.Time) {
	for len(s.order) > 0 && now.Sub(s.order[0].at) >= s.ttl {
		s.pop()
	}
	// forget leaves stale entries in order; compact when they dominate.
	if len(s.order) > 64 && len(s.order) > 2*len(s.at) {
		live := s.order[:0:0]
		for _, e := range s.order {
			if t, ok := s.at[e.key]; ok && t.Equal(e.at) {
				live = append(live, e)
			}
		}
		s.order = live
	}
}

// pop drops the oldest entry; the map entry only if it is that same record.
func (s *seen) pop() {
	e := s.order[0]
	s.order = s.order[1:]
	if t, ok := s.at[e.key]; ok && t.Equal(e.at) {
		delete(s.at, e.key)
	}
}
