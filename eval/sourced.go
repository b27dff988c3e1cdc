package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// SourcedFormat marks a sourced question set: questions about articles
// that stay in their own files, outside the repository. The articles of
// ../shared/corpora/bbc-news may be read for benchmarks but not copied
// (their publisher keeps the copyright), so a set about them holds its
// questions and, for each answer, where it stands in the article's file,
// and no article text:
//
//	{"format": "briefbot-sourced/1",
//	 "articles": "../../../shared/corpora/bbc-news",
//	 "data": [{"source": "business/066.txt", "questions": [
//	   {"id": "bbc60-001", "question": "Which...?", "answers": [[177, 180]]},
//	   {"id": "bbc60-007", "question": "What...?", "answers": []}]}]}
//
// articles is the folder of the files, relative to the set's own file;
// an answer is a byte range [start, end) of the article's file; a
// question without answers is unanswerable.
const SourcedFormat = "briefbot-sourced/1"

type sourcedSet struct {
	Format   string `json:"format"`
	Articles string `json:"articles"`
	Data     []struct {
		Source    string `json:"source"`
		Questions []struct {
			ID       string   `json:"id"`
			Question string   `json:"question"`
			Answers  [][2]int `json:"answers"`
		} `json:"questions"`
	} `json:"data"`
}

// LoadFile reads the question set at path: a SQuAD file, or a sourced set
// (SourcedFormat), whose articles it reads from their files and turns into
// SQuAD articles: the first line the title, the paragraphs the runs of
// lines between blank ones. That is nearly, not quite, how the corpus
// reader (corpus.parseText) splits a file: it makes each line of a block
// of unwrapped lines a paragraph of its own, which changes the paragraph
// numbers cited and may change where a sentence ends (one of the 168 BBC
// articles of devsets/bbc-news has such a block). The sets' scores were
// taken with this split.
func LoadFile(path string) (*Dataset, error) { return LoadFileText(path, nil) }

// LoadFileText is LoadFile with a sourced set's article text read through
// decode, as the bot's corpus reader reads it (cmd/bot passes
// corpus.UnescapeRefs: "Jos&#233;" is "José"), so that the set measures
// the text the bot answers from; the answers' byte offsets, into the file
// as written, are decoded with it. A nil decode reads the text as written.
// This package imports no other of briefbot's, so the caller names it.
func LoadFileText(path string, decode func(string) string) (*Dataset, error) {
	b, err := os.ReadFile(path)
	if pe, ok := err.(*fs.PathError); ok {
		return nil, pe.Err // the caller names the file
	} else if err != nil {
		return nil, err
	}
	var head struct {
		Format string `json:"format"`
	}
	if json.Unmarshal(b, &head) == nil && head.Format != "" {
		if head.Format != SourcedFormat {
			return nil, fmt.Errorf("read %s: unknown format %q", path, head.Format)
		}
		return loadSourced(b, filepath.Dir(path), decode)
	}
	return Load(bytes.NewReader(b))
}

func loadSourced(b []byte, dir string, decode func(string) string) (*Dataset, error) {
	dec := decode
	if dec == nil {
		dec = func(s string) string { return s }
	}
	var s sourcedSet
	if err := json.Unmarshal(b, &s); err != nil {
		return nil, fmt.Errorf("read sourced set: %w", err)
	}
	root := s.Articles
	if !filepath.IsAbs(root) {
		root = filepath.Join(dir, root)
	}
	d := &Dataset{Version: "v2.0"}
	for _, a := range s.Data {
		// Sources are relative paths below the folder: a set cannot make
		// the reader open a file elsewhere.
		if !filepath.IsLocal(a.Source) {
			return nil, fmt.Errorf("read sourced set: source %q is not a path inside the articles' folder", a.Source)
		}
		raw, err := os.ReadFile(filepath.Join(root, a.Source))
		if err != nil {
			return nil, fmt.Errorf("read sourced set: %w", err)
		}
		if !utf8.Valid(raw) {
			return nil, fmt.Errorf("read sourced set: %s is not UTF-8", a.Source)
		}
		text := string(raw)
		title, spans := paragraphSpans(text)
		art := Article{Title: dec(title)}
		for _, sp := range spans {
			art.Paragraphs = append(art.Paragraphs, Paragraph{Context: dec(text[sp[0]:sp[1]])})
		}
		if len(art.Paragraphs) == 0 {
			return nil, fmt.Errorf("read sourced set: %s has no text", a.Source)
		}
		for _, q := range a.Questions {
			qa := QA{ID: q.ID, Question: q.Question, IsImpossible: len(q.Answers) == 0}
			at := 0 // the paragraph of the first answer; the first for none
			for n, r := range q.Answers {
				if r[0] < 0 || r[0] >= r[1] || r[1] > len(text) || !utf8.ValidString(text[r[0]:r[1]]) {
					return nil, fmt.Errorf("read sourced set: question %s: answer %v is outside %s", q.ID, r, a.Source)
				}
				// An answer in the title (a headline's words) is in no
				// paragraph: it counts by its text, with no offset.
				k := paragraphOf(spans, r[0])
				if n == 0 {
					at = max(k, 0)
				}
				start := -1 // another paragraph's answer: no offset in this one
				if k >= 0 && k == at && r[1] <= spans[k][1] {
					start = utf8.RuneCountInString(dec(text[spans[k][0]:r[0]]))
				}
				qa.Answers = append(qa.Answers, GoldAnswer{Text: dec(text[r[0]:r[1]]), AnswerStart: start})
			}
			art.Paragraphs[at].QAs = append(art.Paragraphs[at].QAs, qa)
		}
		d.Data = append(d.Data, art)
	}
	if len(d.Data) == 0 {
		return nil, fmt.Errorf("read sourced set: no articles")
	}
	if err := d.check(); err != nil {
		return nil, fmt.Errorf("read sourced set: %w", err)
	}
	return d, nil
}

// paragraphSpans returns an article file's title, its first line, and the
// byte ranges of its paragraphs: the runs of non-blank lines, without the
// title's own.
func paragraphSpans(text string) (string, [][2]int) {
	var spans [][2]int
	start, inRun := 0, false
	for pos := 0; pos <= len(text); {
		end := strings.IndexByte(text[pos:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += pos
		}
		blank := strings.TrimSpace(text[pos:end]) == ""
		switch {
		case !blank && !inRun:
			start, inRun = pos, true
		case blank && inRun:
			spans = append(spans, [2]int{start, trimEnd(text, pos)})
			inRun = false
		}
		pos = end + 1
	}
	if inRun {
		spans = append(spans, [2]int{start, trimEnd(text, len(text))})
	}
	title := ""
	if len(spans) > 0 {
		first := text[spans[0][0]:spans[0][1]]
		title, _, _ = strings.Cut(first, "\n")
		title = strings.TrimSpace(title)
		if len(spans) > 1 && strings.TrimSpace(first) == title {
			spans = spans[1:]
		}
	}
	return title, spans
}

// trimEnd returns where the text before end stops, its line breaks left
// out.
func trimEnd(text string, end int) int {
	for end > 0 && (text[end-1] == '\n' || text[end-1] == '\r') {
		end--
	}
	return end
}

// paragraphOf returns the index of the span that holds byte pos, or -1.
func paragraphOf(spans [][2]int, pos int) int {
	for k, sp := range spans {
		if pos >= sp[0] && pos < sp[1] {
			return k
		}
	}
	return -1
}
