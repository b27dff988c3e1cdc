//go:build unix

package index

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
)

// buildLockName is the lock a build holds in its directory from the moment
// the name appears until the directory is renamed into a generation (or
// removed): a build directory whose lock is free was abandoned by a crash.
const buildLockName = ".build.lock"

// lockBuild takes the lock of the build directory dir. The lock file is
// made and locked under a temporary name, then renamed into place, so it
// is never seen unlocked while the build runs. release unlocks it.
func lockBuild(dir string) (release func(), err error) {
	f, err := os.CreateTemp(dir, ".lock-*")
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		os.Remove(f.Name())
		return nil, err
	}
	if err := os.Rename(f.Name(), filepath.Join(dir, buildLockName)); err != nil {
		f.Close()
		os.Remove(f.Name())
		return nil, err
	}
	return func() { f.Close() }, nil
}

// buildState says whether a build directory is being built by a live
// process: buildRunning, buildAbandoned (its lock is free), or
// buildUnknown (it has no lock: made a moment ago, or by an older binary).
func probeBuild(dir string) buildState {
	f, err := os.OpenFile(filepath.Join(dir, buildLockName), os.O_RDWR, 0)
	if errors.Is(err, os.ErrNotExist) {
		return buildUnknown
	}
	if err != nil {
		return buildRunning // cannot tell: leave it
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		return buildRunning
	}
	// Closing f releases the lock; by then the caller has decided.
	return buildAbandoned
}
