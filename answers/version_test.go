package answers

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"briefbot"
)

// versionArticle exercises what the annotator records beyond the bundled
// story: titles and surnames, a description and pronouns standing for a
// person, an organisation's noun, kinds of names, a regnal number.
var versionArticle = []string{
	"Acme Corp chief executive Jane Porter said on Monday the firm would cut 500 jobs in Leeds.",
	"The 52-year-old told the BBC that the company had lost £20m in 2004.",
	"She said Henry VIII and the University of Leeds were not involved.",
	"Porter added: \"It was a hard year for the business.\"",
	"Leeds United manager Kevin Blackwell declined to comment.",
}

// TestAnnotationVersion: an index stores the annotations of the answerer
// that built it, and is rebuilt only when Version changes (the corpus
// fingerprint holds it). A change to what the annotator records that
// keeps the old Version would leave every existing index with stale
// annotations after an upgrade, answered wrongly until its corpus
// changed. testdata/annotations.sum pins, to the Version that made them,
// a digest of the annotations of the bundled story and versionArticle,
// and one of every tenth BBC article of ../shared, checked when that
// corpus is present. After a deliberate change to the annotator, bump
// Version and run go test -run TestAnnotationVersion -update.
func TestAnnotationVersion(t *testing.T) {
	got := []string{Version, "fixtures " + annotationDigest(append(loadStory(t), article("version", versionArticle...)...))}
	news, haveNews := bbcSample(t)
	if haveNews {
		got = append(got, "bbc "+annotationDigest(news))
	}
	path := filepath.Join("testdata", "annotations.sum")
	if *update {
		if !haveNews {
			t.Fatal("-update needs the BBC corpus of ../shared, to record its digest too")
		}
		if err := os.WriteFile(path, []byte(strings.Join(got, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run TestAnnotationVersion -update to create it)", err)
	}
	want := strings.Fields(strings.ReplaceAll(string(b), "\n", " "))
	if len(want) != 5 {
		t.Fatalf("%s: want a version and two digests, got %q", path, want)
	}
	if want[0] != Version {
		t.Fatalf("answers.Version is %q, %s records %q: run go test -run TestAnnotationVersion -update", Version, path, want[0])
	}
	check := func(line, wantName, wantSum string) {
		if name, sum, _ := strings.Cut(line, " "); name != wantName || sum != wantSum {
			t.Errorf("the annotations of the %s changed but answers.Version is still %q: existing indexes would keep the old ones after an upgrade; bump Version and run go test -run TestAnnotationVersion -update", wantName, Version)
		}
	}
	check(got[1], want[1], want[2])
	if haveNews {
		check(got[2], want[3], want[4])
	}
}

// annotationDigest annotates sentences and returns a digest of their
// annotations.
func annotationDigest(sents []briefbot.Sentence) string {
	Annotate(sents)
	h := sha256.New()
	for _, s := range sents {
		fmt.Fprintf(h, "%s\x00%d\x00%s\x00", s.ArticleID, s.Number, s.Annotation)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// bbcSample returns the sentences of every tenth article of the BBC
// corpus, in a fixed order, and whether the corpus is there.
func bbcSample(t *testing.T) ([]briefbot.Sentence, bool) {
	if _, err := os.Stat(bbcDir); err != nil {
		return nil, false
	}
	files, err := filepath.Glob(filepath.Join(bbcDir, "*", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("BBC corpus %s: no articles (%v)", bbcDir, err)
	}
	var out []briefbot.Sentence
	for n := 0; n < len(files); n += 10 {
		b, err := os.ReadFile(files[n])
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(b) {
			continue // the corpus's one file in Latin-1
		}
		out = append(out, splitStory(filepath.Base(filepath.Dir(files[n]))+"/"+filepath.Base(files[n]), string(b))...)
	}
	return out, true
}
