package guard

import (
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// DefaultMaxKeys bounds the buckets a Limiter keeps when MaxKeys is 0.
const DefaultMaxKeys = 10000

// sweepEvery is how often a Limiter looks for buckets it can forget.
const sweepEvery = time.Minute

// Limiter is a token bucket per key (a user or a channel): each key may
// take Burst questions at once and PerMinute a minute after that. Memory is
// bounded: a bucket that has refilled completely is the same as a new one
// and is forgotten, and past MaxKeys buckets the least recently used goes.
// A Limiter with a zero PerMinute allows everything. It is safe for
// concurrent use; its fields must not change once it is in use.
type Limiter struct {
	PerMinute float64
	Burst     int
	// MaxKeys bounds memory under a flood of distinct keys;
	// DefaultMaxKeys when 0.
	MaxKeys int

	mu        sync.Mutex
	buckets   map[string]*bucket
	lastSweep time.Time
}

type bucket struct {
	lim  *rate.Limiter
	used time.Time
}

// Allow takes a token for key at now and reports whether there was one.
func (l *Limiter) Allow(key string, now time.Time) bool {
	_, ok := l.take(key, now)
	return ok
}

// Len is the number of buckets held, for tests and curiosity.
func (l *Limiter) Len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.buckets)
}

// take takes a token for key at now. When it did, undo gives it back.
func (l *Limiter) take(key string, now time.Time) (undo func(), ok bool) {
	if l == nil || l.PerMinute <= 0 {
		return func() {}, true
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.buckets == nil {
		l.buckets = make(map[string]*bucket)
		l.lastSweep = now
	}
	if now.Sub(l.lastSweep) >= sweepEvery {
		l.sweep(now)
	}
	b := l.buckets[key]
	if b == nil {
		if len(l.buckets) >= l.maxKeys() {
			l.sweep(now)
			if len(l.buckets) >= l.maxKeys() {
				l.evictOldest()
			}
		}
		b = &bucket{lim: rate.NewLimiter(rate.Limit(l.PerMinute/60), max(l.Burst, 1))}
		l.buckets[key] = b
	}
	b.used = now
	r := b.lim.ReserveN(now, 1)
	if !r.OK() || r.DelayFrom(now) > 0 {
		r.CancelAt(now)
		return nil, false
	}
	return func() { r.CancelAt(now) }, true
}

func (l *Limiter) maxKeys() int {
	if l.MaxKeys > 0 {
		return l.MaxKeys
	}
	return DefaultMaxKeys
}

// sweep forgets the buckets that are full again: forgetting them changes
// nothing, since a new bucket starts full.
func (l *Limiter) sweep(now time.Time) {
	l.lastSweep = now
	for k, b := range l.buckets {
		if b.lim.TokensAt(now) >= float64(b.lim.Burst()) {
			delete(l.buckets, k)
		}
	}
}

// evictOldest makes room when every bucket is in use: the least recently
// used key gets a fresh allowance, the price of bounded memory.
func (l *Limiter) evictOldest() {
	var oldest string
	var t time.Time
	for k, b := range l.buckets {
		if oldest == "" || b.used.Before(t) {
			oldest, t = k, b.used
		}
	}
	delete(l.buckets, oldest)
}
