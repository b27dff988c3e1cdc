package eval

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// writeSourced writes an article file and a sourced set about it in a
// fresh folder laid out as the repository and ../shared are, and returns
// the set's path.
func writeSourced(t *testing.T, article, set string) string {
	t.Helper()
	dir := t.TempDir()
	arts := filepath.Join(dir, "shared", "news", "politics")
	if err := os.MkdirAll(arts, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(arts, "001.txt"), []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	sets := filepath.Join(dir, "repo", "devsets")
	if err := os.MkdirAll(sets, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(sets, "set.json")
	if err := os.WriteFile(path, []byte(set), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

const sourcedArticle = "Talks open in Geneva\n\nDelegates met in Geneva on Monday.\nThe talks were led by Anna Berg.\n\nNo date was set for a second round.\n"

func sourcedJSON(answers string) string {
	return `{"format": "briefbot-sourced/1", "articles": "../../shared/news", "data": [
 {"source": "politics/001.txt", "questions": [` + answers + `]}]}`
}

func TestLoadFileSourced(t *testing.T) {
	at := func(s string) int { return strings.Index(sourcedArticle, s) }
	berg, geneva, round := at("Anna Berg"), at("Geneva on"), at("a second round")
	set := sourcedJSON(`
  {"id": "q1", "question": "Who led the talks?", "answers": [[` + strconv.Itoa(berg) + `, ` + strconv.Itoa(berg+len("Anna Berg")) + `]]},
  {"id": "q2", "question": "What opened?", "answers": [[0, 5]]},
  {"id": "q3", "question": "When is the second round?", "answers": []},
  {"id": "q4", "question": "What was not set?", "answers": [[` + strconv.Itoa(round-len("date was set for ")) + `, ` + strconv.Itoa(round-len(" was set for ")) + `]]},
  {"id": "q5", "question": "Where did they meet?", "answers": [[` + strconv.Itoa(geneva) + `, ` + strconv.Itoa(geneva+len("Geneva")) + `]]}`)
	d, err := LoadFile(writeSourced(t, sourcedArticle, set))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Data) != 1 || d.Data[0].Title != "Talks open in Geneva" {
		t.Fatalf("articles %+v, want one titled %q", d.Data, "Talks open in Geneva")
	}
	a := d.Data[0]
	want := []string{"Delegates met in Geneva on Monday.\nThe talks were led by Anna Berg.", "No date was set for a second round."}
	if len(a.Paragraphs) != len(want) {
		t.Fatalf("%d paragraphs, want %d (the title is not one)", len(a.Paragraphs), len(want))
	}
	golds := map[string][]string{}
	where := map[string]int{}
	for k, p := range a.Paragraphs {
		if p.Context != want[k] {
			t.Errorf("paragraph %d = %q, want %q", k, p.Context, want[k])
		}
		for _, q := range p.QAs {
			golds[q.ID], where[q.ID] = q.Golds(), k
			for _, g := range q.Answers {
				if g.AnswerStart >= 0 && !strings.HasPrefix(string([]rune(p.Context)[g.AnswerStart:]), g.Text) {
					t.Errorf("%s: answer_start %d does not point at %q in its paragraph", q.ID, g.AnswerStart, g.Text)
				}
			}
		}
	}
	for id, w := range map[string]string{"q1": "Anna Berg", "q2": "Talks", "q4": "date", "q5": "Geneva"} {
		if len(golds[id]) != 1 || golds[id][0] != w {
			t.Errorf("%s: golds %q, want [%q]", id, golds[id], w)
		}
	}
	if golds["q3"] != nil {
		t.Errorf("q3 has golds %q; a question without answers is unanswerable", golds["q3"])
	}
	if where["q4"] != 1 || where["q1"] != 0 {
		t.Errorf("q1 in paragraph %d, q4 in %d; want each in its answer's paragraph (0, 1)", where["q1"], where["q4"])
	}
}

func TestLoadFileSourcedRefusesBadSets(t *testing.T) {
	for name, tc := range map[string]struct{ article, set, want string }{
		"source outside the folder": {sourcedArticle, strings.Replace(sourcedJSON(`{"id": "q", "question": "Who?", "answers": []}`), "politics/001.txt", "../../repo/devsets/set.json", 1), "not a path inside"},
		"answer past the end":       {sourcedArticle, sourcedJSON(`{"id": "q", "question": "Who?", "answers": [[5, 5000]]}`), "outside"},
		"empty answer":              {sourcedArticle, sourcedJSON(`{"id": "q", "question": "Who?", "answers": [[5, 5]]}`), "outside"},
		"not UTF-8":                 {"Title\n\nCaf\xe9 society.\n", sourcedJSON(`{"id": "q", "question": "Who?", "answers": []}`), "not UTF-8"},
		"unknown format":            {sourcedArticle, strings.Replace(sourcedJSON(""), "briefbot-sourced/1", "briefbot-sourced/9", 1), "unknown format"},
		"missing file":              {sourcedArticle, strings.Replace(sourcedJSON(""), "politics/001.txt", "politics/002.txt", 1), "no such file"},
		"question without an id":    {sourcedArticle, sourcedJSON(`{"id": "", "question": "Who?", "answers": []}`), "has no id"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := LoadFile(writeSourced(t, tc.article, tc.set))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want one saying %q", err, tc.want)
			}
		})
	}
}

func TestLoadFileReadsSQuAD(t *testing.T) {
	path := filepath.Join(t.TempDir(), "squad.json")
	if err := os.WriteFile(path, []byte(`{"version": "v2.0", "data": [{"title": "T", "paragraphs": [{"context": "Anna Berg led.", "qas": [{"id": "a", "question": "Who led?", "answers": [{"text": "Anna Berg", "answer_start": 0}]}]}]}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := LoadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if g := d.Data[0].Paragraphs[0].QAs[0].Golds(); len(g) != 1 || g[0] != "Anna Berg" {
		t.Errorf("golds %q, want [Anna Berg]", g)
	}
}

// A sourced set, whatever its bytes, loads or gives an error; any answer
// it loads is the text at its range.
func FuzzLoadSourced(f *testing.F) {
	f.Add(sourcedJSON(`{"id": "q", "question": "Who?", "answers": [[40, 49]]}`), sourcedArticle)
	f.Add(sourcedJSON(`{"id": "q", "question": "Who?", "answers": [[0, 5], [-1, 3]]}`), "Title only")
	f.Add(sourcedJSON(`{"id": "q", "question": "Who?", "answers": [[1, 2]]}`), "\n\n\r\n  \n")
	f.Add(`{"format": "briefbot-sourced/1", "articles": "/", "data": [{"source": "../../x"}]}`, "é\n\nà")
	f.Fuzz(func(t *testing.T, set, article string) {
		d, err := LoadFile(writeSourced(t, article, set))
		if err != nil || d == nil {
			return
		}
		for _, a := range d.Data {
			for _, p := range a.Paragraphs {
				if !strings.Contains(article, p.Context) {
					t.Fatalf("paragraph %q is not the article's text", p.Context)
				}
				for _, q := range p.QAs {
					for _, g := range q.Answers {
						if !strings.Contains(article, g.Text) {
							t.Fatalf("answer %q is not the article's text", g.Text)
						}
					}
				}
			}
		}
	})
}

// TestLoadFileSourcedDecodesReferences: the article is read through the
// decoder given (the bot's corpus reader's, "Jos&#233;" as "José"), and an
// answer's offsets, into the file as written, are carried over to the
// decoded text.
func TestLoadFileSourcedDecodesReferences(t *testing.T) {
	article := "Patent talks\n\nEC President Jos&#233; Manuel Barroso wrote to Josep Borrell &amp; the MEPs.\n"
	at := strings.Index(article, "Josep Borrell")
	set := sourcedJSON(`{"id": "q1", "question": "Who was written to?", "answers": [[` + strconv.Itoa(at) + `, ` + strconv.Itoa(at+len("Josep Borrell")) + `]]}`)
	decode := strings.NewReplacer("&#233;", "é", "&amp;", "&").Replace
	d, err := LoadFileText(writeSourced(t, article, set), decode)
	if err != nil {
		t.Fatal(err)
	}
	p := d.Data[0].Paragraphs[0]
	if want := "EC President José Manuel Barroso wrote to Josep Borrell & the MEPs."; p.Context != want {
		t.Fatalf("context %q, want %q", p.Context, want)
	}
	g := p.QAs[0].Answers[0]
	if got := string([]rune(p.Context)[g.AnswerStart:][:len([]rune(g.Text))]); g.Text != "Josep Borrell" || got != g.Text {
		t.Errorf("answer %q at %d reads %q in the context", g.Text, g.AnswerStart, got)
	}
}
