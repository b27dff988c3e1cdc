package main

import (
	"runtime/debug"
	rtmetrics "runtime/metrics"
)

// An index build allocates some 0.8 GB at BBC size (bleve's analysis and
// segments above all) on a live heap of 10 to 20 MB: at Go's default
// target the collector ran some seventy times a build. A build runs at
// buildGCPercent while that lets the heap grow by at most buildHeadroom
// past what is live, at less as what is live grows, and never below the
// target it found.
const (
	buildGCPercent = 400
	buildHeadroom  = 128 << 20
)

// buildCollector is the collector's target during a build: set by
// startBuildCollector, kept to the live heap by adjust, put back by stop.
// It leaves the collector alone when GOGC is set, and when the target is
// already buildGCPercent or more (bot serve's gc_percent). A build calls
// it from one goroutine; two builds at once would put back each other's
// target, and bot never runs two.
type buildCollector struct {
	prev, cur int // the target before the build, and now; prev < 0 when left alone
	live      [1]rtmetrics.Sample
}

func startBuildCollector(getenv func(string) string) *buildCollector {
	c := &buildCollector{prev: -1}
	if getenv("GOGC") != "" {
		return c
	}
	c.live[0].Name = "/gc/heap/live:bytes"
	c.cur = buildGCPercent
	c.prev = debug.SetGCPercent(c.cur)
	if c.prev >= buildGCPercent || c.prev < 0 {
		debug.SetGCPercent(c.prev)
		c.prev = -1
		return c
	}
	c.adjust()
	return c
}

// adjust sets the target for what is live now, as of the last
// collection. A build calls it between articles; it costs a read of one
// runtime metric.
func (c *buildCollector) adjust() {
	if c == nil || c.prev < 0 {
		return
	}
	rtmetrics.Read(c.live[:])
	var live uint64
	if c.live[0].Value.Kind() == rtmetrics.KindUint64 {
		live = c.live[0].Value.Uint64()
	}
	if t := buildTarget(live, c.prev); t != c.cur {
		c.cur = t
		debug.SetGCPercent(t)
	}
}

// buildTarget is the collector's target during a build with live bytes
// live (0 before the first collection) when it was prev before.
func buildTarget(live uint64, prev int) int {
	t := buildGCPercent
	if live > 0 {
		t = int(min(uint64(buildGCPercent), buildHeadroom*100/live))
	}
	return max(t, prev)
}

// stop puts back the target from before the build.
func (c *buildCollector) stop() {
	if c == nil || c.prev < 0 {
		return
	}
	debug.SetGCPercent(c.prev)
	c.prev = -1
}
