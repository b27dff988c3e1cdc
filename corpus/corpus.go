package corpus

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"briefbot"
)

// MaxFileSize is the largest article file read, in bytes. News pages with
// their scripts inlined stay well under it; anything larger is more likely a
// data dump or a binary misnamed as an article.
const MaxFileSize = 4 << 20

// MaxTextSize is the most article text (title and paragraphs, in bytes of
// UTF-8) an article may have; a file with more is skipped as too large.
// Long-form news runs to tens of kilobytes, so 1 MiB leaves room for
// transcripts. It bounds the memory of indexing, which grows faster than
// the article: on a 2-core machine one article of 1 MB peaked at 93 MB of
// RSS for the whole `bot index`, one of 4 MB at 318 MB and 7 s.
const MaxTextSize = 1 << 20

// Errors wrapped by the errors Load reports for files it skips.
var (
	ErrTooLarge = errors.New("file too large")
	ErrBinary   = errors.New("binary file")
	ErrNoText   = errors.New("no article text")
)

//go:embed bundled
var bundled embed.FS

// Version names what reading a file yields. It changes whenever a file
// would give another article than before (cleaning, decoding, parsing),
// so that what a caller kept of an earlier reading, such as cmd/bot's
// corpus cache of article hashes, is read again.
//
// corpus-2: plain text decodes character references ("Jos&#233;").
const Version = "corpus-2"

// Bundled returns the corpus shipped inside the binary: one story, used when
// no corpus is configured.
func Bundled() fs.FS {
	sub, err := fs.Sub(bundled, "bundled")
	if err != nil {
		panic(err) // "bundled" is a valid path embedded above
	}
	return sub
}

// LoadDir loads the articles in the directory dir, like Load, through a
// Dir with the default options (links leading outside dir are skipped).
// When dir is missing or is not a directory the only error says so and no
// articles are returned. Errors about files name them by their path under
// dir.
func LoadDir(dir string) ([]briefbot.Article, []error) {
	d, err := OpenDir(dir, DirOptions{})
	if err != nil {
		return nil, []error{err}
	}
	defer d.Close()
	arts, errs := Load(d)
	for _, err := range errs {
		var pe *fs.PathError
		if errors.As(err, &pe) && pe.Op == "load" {
			pe.Path = filepath.Join(dir, filepath.FromSlash(pe.Path))
		}
	}
	return arts, errs
}

// DefaultReadTimeout bounds the reading of one file when a Loader sets no
// ReadTimeout.
const DefaultReadTimeout = 10 * time.Second

// ErrTimeout is wrapped by the error for a file whose reading took longer
// than the Loader's ReadTimeout.
var ErrTimeout = errors.New("read timed out")

// Loader reads articles. The zero value uses the defaults.
type Loader struct {
	// ReadTimeout bounds opening and reading one file (a hung network
	// mount, a special file); such a file is skipped with ErrTimeout
	// while the goroutine reading it is left to finish or hang on its
	// own. DefaultReadTimeout when 0.
	ReadTimeout time.Duration
}

// Load reads every article in fsys with the default Loader.
func Load(fsys fs.FS) ([]briefbot.Article, []error) { return Loader{}.Load(fsys) }

// Load reads every article in fsys, walking it recursively, and returns them
// sorted by ID (the slash-separated path from the root). Files it cannot read
// or parse are skipped and reported, one error each, as *fs.PathError with Op
// "load" and the file's path; the other articles still load. When the root
// itself cannot be read the only error says so.
//
// Files are recognised by extension (see the package documentation); hidden
// files and directories, files with other extensions and documentation files
// such as README.md are skipped silently. Named pipes, sockets and devices
// named like articles are skipped with ErrNotRegular, without being opened.
func (l Loader) Load(fsys fs.FS) ([]briefbot.Article, []error) {
	var arts []briefbot.Article
	var errs []error
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == "." {
				return err
			}
			errs = append(errs, fileError(p, err))
			return nil
		}
		if p != "." && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		parse := parserFor(d.Name())
		if parse == nil {
			return nil
		}
		if t := d.Type(); t&fs.ModeType&^fs.ModeSymlink != 0 {
			errs = append(errs, fileError(p, notRegular(t)))
			return nil
		}
		a, err := l.loadFile(fsys, p, parse)
		if err != nil {
			errs = append(errs, fileError(p, err))
			return nil
		}
		arts = append(arts, a)
		return nil
	})
	if err != nil {
		return nil, []error{fmt.Errorf("load corpus: %w", withoutPath(err))}
	}
	// WalkDir's order puts "a/b.txt" before "a.txt"; plain path order is
	// what people expect to read.
	slices.SortFunc(arts, func(a, b briefbot.Article) int { return strings.Compare(a.ID, b.ID) })
	return arts, errs
}

// LoadFile reads the article in a file List listed, as Load would. Its
// error, for a file Load would skip, is the one Load would report for it,
// without the path.
func (l Loader) LoadFile(fsys fs.FS, f File) (briefbot.Article, error) {
	if f.Err != nil {
		return briefbot.Article{}, f.Err
	}
	if t := f.Type; t&fs.ModeType&^fs.ModeSymlink != 0 {
		return briefbot.Article{}, notRegular(t)
	}
	parse := parserFor(path.Base(f.Path))
	if parse == nil {
		return briefbot.Article{}, fmt.Errorf("%s is not an article file", f.Path)
	}
	return l.loadFile(fsys, f.Path, parse)
}

// fileError reports a skipped file.
func fileError(p string, err error) error {
	return &fs.PathError{Op: "load", Path: p, Err: withoutPath(err)}
}

// withoutPath drops the operation and path of an *fs.PathError, which the
// caller is about to say better ("stat .", "open a.txt").
func withoutPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// parser turns the decoded text of a file into an article (ID unset).
type parser func(text string) (briefbot.Article, error)

// parserFor returns the parser for a file name, or nil when the file is not
// an article: another extension, or a documentation file that sits beside
// articles in a corpus directory.
func parserFor(name string) parser {
	ext := strings.ToLower(path.Ext(name))
	base := strings.ToLower(strings.TrimSuffix(name, path.Ext(name)))
	switch base {
	case "readme", "license", "licence", "copying", "notice", "authors", "contributors",
		"contributing", "changelog", "changes", "source", "sources", "citation":
		return nil
	}
	switch ext {
	case ".txt":
		return parseText
	case ".md", ".markdown":
		return parseMarkdown
	case ".html", ".htm":
		return parseHTML
	}
	return nil
}

// loadFile reads, decodes and parses one file.
func (l Loader) loadFile(fsys fs.FS, p string, parse parser) (briefbot.Article, error) {
	data, err := l.read(fsys, p)
	if err != nil {
		return briefbot.Article{}, err
	}
	text, err := decode(data)
	if err != nil {
		return briefbot.Article{}, err
	}
	a, err := parse(text)
	if err != nil {
		return briefbot.Article{}, err
	}
	if len(a.Paragraphs) == 0 {
		return briefbot.Article{}, ErrNoText
	}
	size := len(a.Title)
	for _, para := range a.Paragraphs {
		size += len(para)
	}
	if size > MaxTextSize {
		return briefbot.Article{}, fmt.Errorf("%w: %d bytes of text, the limit is %d", ErrTooLarge, size, MaxTextSize)
	}
	a.ID = p
	if a.Title == "" {
		a.Title = strings.TrimSuffix(path.Base(p), path.Ext(p))
	}
	return a, nil
}

// read reads a file within the ReadTimeout. Reading happens in a goroutine
// of its own, so that a read that never returns (a hung mount) costs that
// goroutine and not the whole corpus.
func (l Loader) read(fsys fs.FS, p string) ([]byte, error) {
	timeout := l.ReadTimeout
	if timeout <= 0 {
		timeout = DefaultReadTimeout
	}
	type result struct {
		data []byte
		err  error
	}
	done := make(chan result, 1) // the reader never waits for us
	go func() {
		data, err := readFile(fsys, p)
		done <- result{data, err}
	}()
	t := time.NewTimer(timeout)
	defer t.Stop()
	select {
	case r := <-done:
		return r.data, r.err
	case <-t.C:
		return nil, fmt.Errorf("%w after %v", ErrTimeout, timeout)
	}
}

func readFile(fsys fs.FS, p string) ([]byte, error) {
	f, err := fsys.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var buf bytes.Buffer
	// Stat gives a precise message and the buffer's size; when it fails or
	// is wrong (a file still being written), the limited read still holds.
	if fi, err := f.Stat(); err == nil {
		if !fi.Mode().IsRegular() {
			return nil, notRegular(fi.Mode())
		}
		if fi.Size() > MaxFileSize {
			return nil, fmt.Errorf("%w: %d bytes, the limit is %d", ErrTooLarge, fi.Size(), MaxFileSize)
		}
		buf.Grow(int(fi.Size()) + bytes.MinRead)
	}
	if _, err := buf.ReadFrom(io.LimitReader(f, MaxFileSize+1)); err != nil {
		return nil, err
	}
	if buf.Len() > MaxFileSize {
		return nil, fmt.Errorf("%w: over %d bytes", ErrTooLarge, MaxFileSize)
	}
	return buf.Bytes(), nil
}

// decode turns file bytes into clean UTF-8 text: a byte order mark is
// dropped (UTF-16 with a BOM is converted), CRLF and CR become LF, control
// characters other than tab and newline become spaces, and bytes that are
// not valid UTF-8 are read as Windows-1252, the superset of Latin-1 that
// stray bytes in English text almost always come from (0xA3 is £, 0x93 and
// 0x94 are curly quotes). A NUL byte means the file is not text.
func decode(b []byte) (string, error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		b = fromUTF16(b[2:], false)
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		b = fromUTF16(b[2:], true)
	}
	b = bytes.TrimPrefix(b, []byte("\uFEFF"))
	if bytes.IndexByte(b, 0) >= 0 {
		return "", ErrBinary
	}
	if plainASCII(b) {
		return string(b), nil
	}
	var sb strings.Builder
	sb.Grow(len(b))
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\r':
				sb.WriteByte('\n')
				if i+1 < len(b) && b[i+1] == '\n' {
					i++
				}
			case c == '\n' || c == '\t':
				sb.WriteByte(c)
			case c < ' ' || c == 0x7F:
				sb.WriteByte(' ')
			default:
				sb.WriteByte(c)
			}
			i++
			continue
		}
		r, w := utf8.DecodeRune(b[i:])
		switch {
		case r == utf8.RuneError && w == 1:
			sb.WriteRune(windows1252(c))
		case r >= 0x80 && r <= 0x9F:
			// C1 controls in UTF-8 are Windows-1252 text decoded as
			// Latin-1 along the way; map them as browsers do.
			sb.WriteRune(windows1252(byte(r)))
		case r == '\u2028' || r == '\u2029':
			sb.WriteByte('\n')
		case r == '\uFEFF':
			// A BOM left where files were concatenated.
		default:
			sb.Write(b[i : i+w])
		}
		i += w
	}
	return sb.String(), nil
}

// plainASCII reports whether b is printable ASCII, tabs and LF newlines:
// text decode would leave as it is.
func plainASCII(b []byte) bool {
	for _, c := range b {
		if (c < ' ' && c != '\n' && c != '\t') || c >= 0x7F {
			return false
		}
	}
	return true
}

// cp1252 holds Windows-1252 characters 0x80 to 0x9F; the rest of its upper
// half is Latin-1.
const cp1252 = "€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ"

func windows1252(c byte) rune {
	if c < 0x80 || c > 0x9F {
		return rune(c)
	}
	n := byte(0x80)
	for _, r := range cp1252 {
		if n == c {
			return r
		}
		n++
	}
	return unicode.ReplacementChar
}

func fromUTF16(b []byte, bigEndian bool) []byte {
	u := make([]uint16, len(b)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	return []byte(string(utf16.Decode(u)))
}

// collapse folds runs of white space to one space and trims the ends.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// parseDate reads the date formats found in front matter and page metadata.
// Dates without a zone are taken as UTC.
func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, layout := range []string{
		time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02T15:04Z07:00",
		"2006-01-02T15:04", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05 -0700",
		"2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02", "2006/01/02",
		time.RFC1123Z, time.RFC1123, "January 2, 2006", "Jan 2, 2006", "2 January 2006", "2 Jan 2006",
	} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
