package corpus

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf8"

	"briefbot"
)

// bbcDir is where CI checks the shared corpora out, next to the repository.
const bbcDir = "../../shared/corpora/bbc-news"

func TestLoadText(t *testing.T) {
	tests := []struct {
		name      string
		file      string
		wantTitle string
		want      []string
	}{
		{"one paragraph per line",
			"Title\nFirst paragraph.\nSecond paragraph.\n",
			"Title", []string{"First paragraph.", "Second paragraph."}},
		{"blank lines between paragraphs",
			"Title\n\nFirst paragraph.\n\nSecond paragraph.\n",
			"Title", []string{"First paragraph.", "Second paragraph."}},
		{"leading blank lines and surrounding spaces",
			"\n\n  Title  \n\n   First paragraph.   \n",
			"Title", []string{"First paragraph."}},
		{"hard-wrapped paragraph joined",
			"Title\n\nThe city council voted 7-2 on Tuesday to build a new central library on\nthe site of the old bus depot. Construction is expected to begin in the\nspring.\n\nNext paragraph.\n",
			"Title", []string{"The city council voted 7-2 on Tuesday to build a new central library on the site of the old bus depot. Construction is expected to begin in the spring.", "Next paragraph."}},
		{"short one-line paragraphs in a block stay apart",
			"Title\n\nTalks open today.\nBoth sides attend.\nNobody expects much.\n",
			"Title", []string{"Talks open today.", "Both sides attend.", "Nobody expects much."}},
		{"list lines stay apart",
			"Title\n\nThe claims:\n - one thing happened\n - another thing happened\n",
			"Title", []string{"The claims:", "- one thing happened", "- another thing happened"}},
		{"lines without letters dropped",
			"Title\nA paragraph.\n* * *\nAnother.\n“`\n",
			"Title", []string{"A paragraph.", "Another."}},
		{"CRLF and BOM",
			"\uFEFFTitle\r\n\r\nFirst.\r\nSecond.\r\n",
			"Title", []string{"First.", "Second."}},
		{"control characters become spaces",
			"Title\nA\x07b.\n",
			"Title", []string{"A b."}},
		{"Latin-1 and Windows-1252 bytes",
			"Title\nIt cost \xa3300, a \x93bargain\x94.\n",
			"Title", []string{"It cost £300, a “bargain”."}},
		{"character references decoded, other ampersands kept",
			"Caf&#233; &amp; bar\nEC President Jos&#233; Manuel Barroso met AT&T and R&D staff &#x2014; &lt;b&gt; &copy &bogus; &#0; &#99999999;.\n",
			"Café & bar", []string{"EC President José Manuel Barroso met AT&T and R&D staff — <b> &copy &bogus; &#0; &#99999999;."}},
		{"UTF-16 with a BOM",
			string([]byte{0xFF, 0xFE, 'T', 0, 'i', 0, '\n', 0, 'O', 0, 'k', 0, '.', 0}),
			"Ti", []string{"Ok."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := loadOne(t, "story.txt", tt.file)
			if a.Title != tt.wantTitle || !slices.Equal(a.Paragraphs, tt.want) {
				t.Errorf("got title %q, paragraphs %q\nwant %q, %q", a.Title, a.Paragraphs, tt.wantTitle, tt.want)
			}
		})
	}
}

func TestLoadMarkdown(t *testing.T) {
	tests := []struct {
		name string
		file string
		want briefbot.Article
	}{
		{"front matter",
			"---\ntitle: \"Storm: What We Know\"\nurl: https://example.com/storm\npublished: 2025-05-16T08:30:00Z\nsource: 'Example''s News' # wire\ntags:\n  - weather\n---\n\n# Other heading\n\nText.\n",
			briefbot.Article{Title: "Storm: What We Know", URL: "https://example.com/storm", Source: "Example's News",
				Published: time.Date(2025, 5, 16, 8, 30, 0, 0, time.UTC), Paragraphs: []string{"Text."}}},
		{"date key and plain date",
			"---\ntitle: T\ndate: 2025-05-16\n---\nText.\n",
			briefbot.Article{Title: "T", Published: time.Date(2025, 5, 16, 0, 0, 0, 0, time.UTC), Paragraphs: []string{"Text."}}},
		{"title from the first level-1 heading",
			"## Section\n\n# The Title #\n\nText.\n",
			briefbot.Article{Title: "The Title", Paragraphs: []string{"Text."}}},
		{"setext title",
			"The *Title*\n=========\n\nText.\n",
			briefbot.Article{Title: "The Title", Paragraphs: []string{"Text."}}},
		{"title falls back to the file name",
			"Text only.\n",
			briefbot.Article{Title: "story", Paragraphs: []string{"Text only."}}},
		{"a thematic break is not front matter",
			"---\n\nText.\n",
			briefbot.Article{Title: "story", Paragraphs: []string{"Text."}}},
		{"unclosed front matter is text",
			"---\ntitle: Not a title\nText.\n",
			briefbot.Article{Title: "story", Paragraphs: []string{"title: Not a title Text."}}},
		{"inline syntax stripped",
			"# T\n\nHeavy **snow** closed *all* _local_ ~~two~~ schools, the [education office](https://example.com/(x) \"t\") said.\n",
			briefbot.Article{Title: "T", Paragraphs: []string{"Heavy snow closed all local two schools, the education office said."}}},
		{"literal markers kept",
			"# T\n\nIt costs 2 * 3 = 6 in snake_case, about ~5, per \\*item\\* [sic].\n",
			briefbot.Article{Title: "T", Paragraphs: []string{"It costs 2 * 3 = 6 in snake_case, about ~5, per *item* [sic]."}}},
		{"images, footnotes, code spans, tags, entities, autolinks",
			"# T\n\n![Alt text](a.jpg) See `code` and <b>bold</b>[^1] at <https://example.com> &amp; [a ref][r].\n\n[r]: https://example.com\n[^1]: A note.\n",
			briefbot.Article{Title: "T", Paragraphs: []string{"See code and bold at https://example.com & a ref."}}},
		{"lines of a paragraph joined, lists split, quotes unmarked",
			"# T\n\nOne line\nwrapped here.\n\n- First item\n- Second item\n  continued\n1. Numbered item\n\n> Quoted text.\n",
			briefbot.Article{Title: "T", Paragraphs: []string{"One line wrapped here.", "First item", "Second item continued", "Numbered item", "Quoted text."}}},
		{"code, tables, comments and headings dropped",
			"# T\n\n```go\nfmt.Println(\"x.\")\n```\n\n~~~\ncode.\n~~~\n\n    indented code.\n\n| a | b |\n|---|---|\n\n<!-- a\ncomment. -->\n\n## Heading\n\nBody.\n",
			briefbot.Article{Title: "T", Paragraphs: []string{"Body."}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := loadOne(t, "story.md", tt.file)
			tt.want.ID = "story.md"
			if !equalArticles(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestLoadHTML(t *testing.T) {
	tests := []struct {
		name string
		file string
		want briefbot.Article
	}{
		{"metadata from meta and link tags",
			`<html><head><title>Page | Site</title><meta property="og:title" content="OG Title"><meta property="og:url" content="https://example.com/og"><link rel="canonical" href="https://example.com/c"><meta property="og:site_name" content="Site"><meta property="article:published_time" content="2025-03-02T10:00:00Z"></head><body><p>Text.</p></body></html>`,
			briefbot.Article{Title: "OG Title", URL: "https://example.com/c", Source: "Site",
				Published: time.Date(2025, 3, 2, 10, 0, 0, 0, time.UTC), Paragraphs: []string{"Text."}}},
		{"title, og:url and time element as fallbacks",
			`<title> Page
			Title </title><meta property="og:url" content="https://example.com/og"><p>Text <time datetime="2025-03-02">2 March</time>.</p>`,
			briefbot.Article{Title: "Page Title", URL: "https://example.com/og",
				Published: time.Date(2025, 3, 2, 0, 0, 0, 0, time.UTC), Paragraphs: []string{"Text 2 March."}}},
		{"h1 as the last resort, unreadable dates ignored",
			`<meta property="article:published_time" content="soon"><h1>The <em>Head</em>line</h1><p>Text.</p>`,
			briefbot.Article{Title: "The Headline", Paragraphs: []string{"Text."}}},
		{"the article with the most text, navigation dropped",
			`<body><header><nav>Home News</nav></header><main><article><p>Teaser.</p></article><article><h1>H</h1><p>The story is long.</p><aside><p>Related.</p></aside></article></main><footer>Footer.</footer></body>`,
			briefbot.Article{Title: "H", Paragraphs: []string{"The story is long."}}},
		{"main without article",
			`<body><div>Site menu.</div><main><p>Main text.</p></main></body>`,
			briefbot.Article{Title: "story", Paragraphs: []string{"Main text."}}},
		{"body, blocks and inline elements",
			`<body><script>var x = "<p>no.</p>";</script><style>p{}</style><noscript>Enable JS.</noscript><p>One <a href="/x">link</a>,<br>two&nbsp;lines &amp; an entity&#8217;s.</p><div>Bare div text.<p>Nested.</p>Tail.</div><ul><li>Item one</li><li>Item two</li></ul><blockquote>Quoted.</blockquote><form><p>Sign up.</p></form><figure><figcaption>Caption.</figcaption></figure><table><tr><td>Cell.</td></tr></table><pre>code.</pre><p hidden>Hidden.</p><p aria-hidden="true">Also hidden.</p><h2>Subhead</h2><!-- comment. --><p>  </p></body>`,
			briefbot.Article{Title: "story", Paragraphs: []string{"One link, two lines & an entity’s.", "Bare div text.", "Nested.", "Tail.", "Item one", "Item two", "Quoted."}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := loadOne(t, "story.html", tt.file)
			tt.want.ID = "story.html"
			if !equalArticles(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestLoadSkipsAndOrders(t *testing.T) {
	article := &fstest.MapFile{Data: []byte("Title\n\nText.\n")}
	fsys := fstest.MapFS{
		"b.txt":              article,
		"a/b.txt":            article,
		"a.txt":              article,
		"C.TXT":              article,
		"d.markdown":         article,
		"e.htm":              article,
		"README.md":          article,
		"readme.txt":         article,
		"LICENSE":            article,
		"LICENSE.txt":        article,
		"SOURCE.md":          article,
		"CHANGELOG.md":       article,
		"no-extension":       article,
		"data.json":          article,
		".hidden.txt":        article,
		".git/objects/x.txt": article,
		"sub/.cache/y.md":    article,
	}
	arts, errs := Load(fsys)
	if len(errs) > 0 {
		t.Fatalf("errors: %v", errs)
	}
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	want := []string{"C.TXT", "a.txt", "a/b.txt", "b.txt", "d.markdown", "e.htm"}
	if !slices.Equal(ids, want) {
		t.Errorf("IDs = %q, want %q", ids, want)
	}
}

func TestLoadReportsBadFiles(t *testing.T) {
	fsys := fstest.MapFS{
		"a-good.txt":      {Data: []byte("Good\n\nText.\n")},
		"big.txt":         {Data: make([]byte, MaxFileSize+1)},
		"binary.txt":      {Data: []byte("Title\n\x00\x01\n")},
		"empty.md":        {Data: nil},
		"junk.txt":        {Data: []byte("“`\n* * *\n")},
		"title-only.txt":  {Data: []byte("Only a title\n\n")},
		"bad-date.md":     {Data: []byte("---\npublished: May 16th\n---\nText.\n")},
		"unreadable.html": {Data: []byte("<p>x</p>")},
		"z-good.html":     {Data: []byte("<title>Z</title><p>Text.</p>")},
	}
	arts, errs := Load(failFS{fsys, "unreadable.html"})
	if len(arts) != 2 || arts[0].ID != "a-good.txt" || arts[1].ID != "z-good.html" {
		t.Errorf("loaded %d articles %+v, want a-good.txt and z-good.html", len(arts), arts)
	}
	want := map[string]error{
		"big.txt":         ErrTooLarge,
		"binary.txt":      ErrBinary,
		"empty.md":        ErrNoText,
		"junk.txt":        ErrNoText,
		"title-only.txt":  ErrNoText,
		"bad-date.md":     nil,
		"unreadable.html": fs.ErrPermission,
	}
	for _, err := range errs {
		var pe *fs.PathError
		if !errors.As(err, &pe) || pe.Op != "load" {
			t.Errorf("error %v is not a load *fs.PathError", err)
			continue
		}
		wantErr, ok := want[pe.Path]
		if !ok {
			t.Errorf("unexpected error %v", err)
			continue
		}
		delete(want, pe.Path)
		if wantErr != nil && !errors.Is(err, wantErr) {
			t.Errorf("error %v, want %v", err, wantErr)
		}
		if msg := err.Error(); !strings.HasPrefix(msg, "load "+pe.Path+": ") || strings.Contains(msg, "\n") {
			t.Errorf("error %q does not name the file on one line", msg)
		}
	}
	for p := range want {
		t.Errorf("no error for %s", p)
	}
}

func TestLoadDir(t *testing.T) {
	arts, errs := LoadDir(filepath.Join("testdata", "articles"))
	if len(errs) > 0 {
		t.Fatalf("errors: %v", errs)
	}
	byID := map[string]briefbot.Article{}
	var ids []string
	for _, a := range arts {
		byID[a.ID] = a
		ids = append(ids, a.ID)
	}
	wantIDs := []string{"briefing.md", "latin1.txt", "page.html", "story.txt", "world/nested.md", "wrapped.txt"}
	if !slices.Equal(ids, wantIDs) {
		t.Fatalf("IDs = %q, want %q", ids, wantIDs)
	}
	tests := []struct {
		id         string
		title      string
		url        string
		paragraphs int
		sentences  int
		contains   string
	}{
		{"briefing.md", "Storm Closes Schools: What We Know", "https://news.example.com/storm", 5, 5, "Heavy snow closed all schools in the district on Friday, the education office said."},
		{"latin1.txt", "Pound Falls Against Euro", "", 1, 1, "The pound fell to £1.15 against the euro, a “sharp” drop, dealers said."},
		{"page.html", "Museum Returns Stolen Painting", "https://times.example.com/art/painting", 5, 6, "The work, by J. M. W. Turner, was found in a private collection in Geneva."},
		{"story.txt", "Harbour Bridge Reopens After Repairs", "", 3, 3, "“It took longer than we hoped. But it is safer now,” Ruiz told reporters."},
		{"world/nested.md", "Ceasefire Talks Resume", "", 1, 1, "Negotiators met again in Geneva on Thursday."},
		{"wrapped.txt", "Council Approves New Library", "", 3, 4, "The city council voted 7-2 on Tuesday to build a new central library on the site of the old bus depot."},
	}
	for _, tt := range tests {
		a := byID[tt.id]
		sents := Sentences(a)
		if a.Title != tt.title || a.URL != tt.url || len(a.Paragraphs) != tt.paragraphs || len(sents) != tt.sentences {
			t.Errorf("%s: title %q, url %q, %d paragraphs, %d sentences; want %q, %q, %d, %d",
				tt.id, a.Title, a.URL, len(a.Paragraphs), len(sents), tt.title, tt.url, tt.paragraphs, tt.sentences)
		}
		if !slices.ContainsFunc(sents, func(s briefbot.Sentence) bool { return s.Text == tt.contains }) {
			t.Errorf("%s: no sentence %q in %q", tt.id, tt.contains, a.Paragraphs)
		}
	}
}

func TestLoadDirErrors(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nope")
	_, errs := LoadDir(missing)
	if len(errs) != 1 || !errors.Is(errs[0], fs.ErrNotExist) ||
		errs[0].Error() != "load corpus "+missing+": no such file or directory" {
		t.Errorf("LoadDir(missing) errors = %v", errs)
	}
	_, errs = Load(os.DirFS(missing))
	if len(errs) != 1 || !errors.Is(errs[0], fs.ErrNotExist) || errs[0].Error() != "load corpus: no such file or directory" {
		t.Errorf("Load(missing) errors = %v", errs)
	}
	_, errs = LoadDir(filepath.Join("testdata", "articles", "story.txt"))
	if len(errs) != 1 || !strings.HasSuffix(errs[0].Error(), "story.txt: not a directory") {
		t.Errorf("LoadDir(file) errors = %v", errs)
	}
	dir := filepath.Join("testdata", "bad")
	arts, errs := LoadDir(dir)
	if len(arts) != 1 || arts[0].ID != "good.txt" {
		t.Errorf("LoadDir(%s) = %+v, want good.txt only", dir, arts)
	}
	var paths []string
	for _, err := range errs {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			paths = append(paths, pe.Path)
		}
	}
	want := []string{"bad-date.md", "binary.txt", "empty.txt", "title-only.txt"}
	for i := range want {
		want[i] = filepath.Join(dir, want[i])
	}
	if !slices.Equal(paths, want) {
		t.Errorf("errors name %q, want %q (errors: %v)", paths, want, errs)
	}
}

func TestBundled(t *testing.T) {
	arts, errs := Load(Bundled())
	if len(errs) > 0 || len(arts) != 1 {
		t.Fatalf("Load(Bundled()) = %d articles, errors %v", len(arts), errs)
	}
	a := arts[0]
	if a.ID != "istanbul-talks.txt" || a.Title != "Despite Skipping Ukraine Peace Talks, Trump Seeks Quick Meeting with Putin" {
		t.Errorf("ID %q, title %q", a.ID, a.Title)
	}
	// 17 lines follow the title; the last, “`, is no paragraph.
	if len(a.Paragraphs) != 16 {
		t.Errorf("%d paragraphs, want 16", len(a.Paragraphs))
	}
	if last := a.Paragraphs[len(a.Paragraphs)-1]; !strings.HasPrefix(last, "“We don’t have high expectations") {
		t.Errorf("last paragraph %q", last)
	}
	sents := Sentences(a)
	if len(sents) != 19 {
		t.Errorf("%d sentences, want 19", len(sents))
	}
	const medinsky = "Instead of Zelenskyy and Putin, a Ukrainian delegation headed by Defense Minister Rustem Umerov is scheduled to meet with a lower-level Russian team led by presidential aide Vladimir Medinsky."
	if i := slices.IndexFunc(sents, func(s briefbot.Sentence) bool { return s.Text == medinsky }); i < 0 || sents[i].Paragraph != 7 {
		t.Errorf("Medinsky sentence not found as paragraph 7")
	}
}

func TestBBC(t *testing.T) {
	if _, err := os.Stat(bbcDir); err != nil {
		t.Skipf("BBC corpus not found: %v", err)
	}
	arts, errs := LoadDir(bbcDir)
	if len(errs) > 0 {
		t.Errorf("%d errors, first %v", len(errs), errs[0])
	}
	if len(arts) != 2225 {
		t.Errorf("%d articles, want 2225", len(arts))
	}
	sentences := 0
	for _, a := range arts {
		if a.Title == "" || len(a.Paragraphs) == 0 {
			t.Errorf("%s: title %q, %d paragraphs", a.ID, a.Title, len(a.Paragraphs))
		}
		if a.ID == "sport/199.txt" && !strings.Contains(strings.Join(a.Paragraphs, " "), "£15.8m") {
			t.Errorf("sport/199.txt lost its £: %q", a.Paragraphs[1][:200])
		}
		for _, p := range a.Paragraphs {
			checkSpans(t, p, Split(p))
		}
		sentences += len(Sentences(a))
	}
	t.Logf("%d articles, %d sentences", len(arts), sentences)
}

// BenchmarkBBC loads and splits the whole BBC corpus, as indexing does.
func BenchmarkBBC(b *testing.B) {
	if _, err := os.Stat(bbcDir); err != nil {
		b.Skipf("BBC corpus not found: %v", err)
	}
	var size int64
	filepath.WalkDir(bbcDir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(d.Name(), ".txt") {
			if fi, err := d.Info(); err == nil {
				size += fi.Size()
			}
		}
		return nil
	})
	b.Run("load", func(b *testing.B) {
		b.SetBytes(size)
		for b.Loop() {
			LoadDir(bbcDir)
		}
	})
	arts, _ := LoadDir(bbcDir)
	b.Run("split", func(b *testing.B) {
		b.SetBytes(size)
		for b.Loop() {
			for _, a := range arts {
				Sentences(a)
			}
		}
	})
	b.Run("load+split", func(b *testing.B) {
		b.SetBytes(size)
		for b.Loop() {
			arts, _ := LoadDir(bbcDir)
			for _, a := range arts {
				Sentences(a)
			}
		}
	})
}

func BenchmarkSplit(b *testing.B) {
	arts, _ := Load(Bundled())
	size := 0
	for _, p := range arts[0].Paragraphs {
		size += len(p)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, p := range arts[0].Paragraphs {
			Split(p)
		}
	}
}

// failFS is a MapFS where one file cannot be opened.
type failFS struct {
	fstest.MapFS
	fail string
}

func (f failFS) Open(name string) (fs.File, error) {
	if name == f.fail {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return f.MapFS.Open(name)
}

// loadOne loads a single file through Load and fails the test unless it
// loads without error.
func loadOne(t *testing.T, name, content string) briefbot.Article {
	t.Helper()
	arts, errs := Load(fstest.MapFS{name: {Data: []byte(content)}})
	if len(errs) > 0 || len(arts) != 1 {
		t.Fatalf("Load(%s) = %d articles, errors %v", name, len(arts), errs)
	}
	return arts[0]
}

func equalArticles(a, b briefbot.Article) bool {
	return a.ID == b.ID && a.Title == b.Title && a.URL == b.URL && a.Source == b.Source &&
		a.Published.Equal(b.Published) && slices.Equal(a.Paragraphs, b.Paragraphs)
}

// FuzzParse feeds arbitrary bytes to every format's parser: they must not
// panic, and every paragraph they return holds a word.
func FuzzParse(f *testing.F) {
	for _, name := range []string{"story.txt", "wrapped.txt", "briefing.md", "page.html", "latin1.txt"} {
		data, err := os.ReadFile(filepath.Join("testdata", "articles", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{"---\ntitle: \"x\n---\n", "[a](b", "![", "`", "<", "**_~~", "[^1", "\\", "# #", "<a href=x>"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		text, err := decode(data)
		if err != nil {
			return
		}
		if !utf8.ValidString(text) {
			t.Fatalf("decode(%q) = %q, not UTF-8", data, text)
		}
		for _, parse := range []parser{parseText, parseMarkdown, parseHTML} {
			a, err := parse(text)
			if err != nil {
				continue
			}
			for _, p := range a.Paragraphs {
				if !hasWord(p) {
					t.Fatalf("paragraph %q has no word", p)
				}
			}
		}
	})
}

// Indexing memory grows faster than the article (a 4 MB article took 318
// MB, a 1 MB one 93 MB), so an article's text is capped at MaxTextSize
// whatever its file's size; an HTML page may be larger than its text.
func TestArticleTextLimit(t *testing.T) {
	para := strings.Repeat("The delegation met again on Tuesday in Istanbul. ", 20) + "\n\n"
	long := "A Long Story\n\n" + strings.Repeat(para, MaxTextSize/len(para)+50)
	fits := "A Long Story\n\n" + strings.Repeat(para, MaxTextSize/len(para)-1)
	page := "<html><head><title>Page</title><script>" + strings.Repeat("var x = 1;\n", (MaxTextSize*2)/11) +
		"</script></head><body><article><p>The delegation met in Istanbul.</p></article></body></html>"
	arts, errs := Load(fstest.MapFS{
		"long.txt":  {Data: []byte(long)},
		"fits.txt":  {Data: []byte(fits)},
		"page.html": {Data: []byte(page)},
	})
	if len(errs) != 1 || !errors.Is(errs[0], ErrTooLarge) || !strings.Contains(errs[0].Error(), "long.txt") {
		t.Errorf("errors = %v, want long.txt too large", errs)
	}
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	if !slices.Equal(ids, []string{"fits.txt", "page.html"}) {
		t.Errorf("loaded %q, want fits.txt and page.html", ids)
	}
}
