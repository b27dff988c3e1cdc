//go:build linux || darwin || dragonfly || freebsd || netbsd || openbsd || solaris

package main

import "syscall"

// flushDisks asks the system to write dirty pages out before a timed
// build, so that a build does not pay for the writing back of the one
// timed before it (at a million sentences some 200 MB of segments).
func flushDisks() { syscall.Sync() }
