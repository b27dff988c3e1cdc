package index

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"briefbot"
)

// TestCrashedBuildIsRemoved builds in a child process and kills it
// mid-build, as a crash (or an OOM kill) would: the next Open removes the
// build directory left behind, however young, while a build that another
// process is still running is left alone.
func TestCrashedBuildIsRemoved(t *testing.T) {
	if dir := os.Getenv("BRIEFBOT_TEST_SLOW_BUILD"); dir != "" {
		slowBuild(dir) // the child: builds until killed
		return
	}
	if testing.Short() {
		t.Skip("runs a child process")
	}
	dir := t.TempDir()
	child := exec.Command(os.Args[0], "-test.run=^TestCrashedBuildIsRemoved$")
	child.Env = append(os.Environ(), "BRIEFBOT_TEST_SLOW_BUILD="+dir)
	child.Stderr = os.Stderr
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	defer child.Process.Kill()

	// Wait for the child's build to be under way.
	var building string
	for deadline := time.Now().Add(2 * time.Minute); building == ""; {
		if time.Now().After(deadline) {
			t.Fatal("the child's build never started")
		}
		dirs, _ := filepath.Glob(filepath.Join(dir, "build-*", "store"))
		if len(dirs) > 0 {
			building = filepath.Dir(dirs[0])
		}
		time.Sleep(10 * time.Millisecond)
	}

	small := Sentences([]briefbot.Sentence{{ArticleID: "a", Number: 1, Paragraph: 1, Text: "Medinsky leads the team."}})
	ix, err := Open(context.Background(), dir, "other corpus", small)
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	if _, err := os.Stat(building); err != nil {
		t.Fatalf("a build another process is running was removed: %v", err)
	}

	child.Process.Kill()
	child.Wait()
	if _, err := os.Stat(building); err != nil {
		t.Fatalf("the killed build left nothing to clean up (%v): the test proves nothing", err)
	}
	ix, err = Open(context.Background(), dir, "other corpus", small)
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	if left, _ := filepath.Glob(filepath.Join(dir, "build-*")); len(left) > 0 {
		t.Errorf("build directories left by a crash survive Open: %v", left)
	}
}

// slowBuild builds an index large enough to be killed in the middle.
func slowBuild(dir string) {
	s := make([]briefbot.Sentence, 300_000)
	for i := range s {
		s[i] = briefbot.Sentence{ArticleID: fmt.Sprintf("a%d", i/50), Number: i%50 + 1, Paragraph: 1,
			Text: fmt.Sprintf("Sentence %d of a corpus built to be interrupted by a crash.", i)}
	}
	_, err := Open(context.Background(), dir, "big corpus", Sentences(s))
	fmt.Fprintln(os.Stderr, "slow build finished before it was killed:", err)
	os.Exit(1)
}
