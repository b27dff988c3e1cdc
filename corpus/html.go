package corpus

import (
	"cmp"
	"fmt"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"briefbot"
)

// parseHTML reads a news page. The body is the <article> with the most text,
// else <main>, else <body>; its paragraphs are the text of block elements
// (p, li, blockquote, div...). Scripts, styles, navigation, headers,
// footers, asides, forms, figures and their captions, tables, code and
// headings are dropped, and so is anything hidden.
func parseHTML(text string) (briefbot.Article, error) {
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return briefbot.Article{}, fmt.Errorf("parse html: %w", err)
	}
	var m pageMeta
	m.scan(doc)
	var root *html.Node
	var paras []string
	best := 0
	for _, n := range m.articles {
		p := paragraphs(n)
		if size := len(strings.Join(p, "")); size > best {
			root, paras, best = n, p, size
		}
	}
	if root == nil {
		root = cmp.Or(m.main, m.body, doc)
		paras = paragraphs(root)
	}
	a := briefbot.Article{
		Title:      cmp.Or(m.ogTitle, m.title, m.h1),
		URL:        cmp.Or(m.canonical, m.ogURL),
		Source:     m.siteName,
		Paragraphs: paras,
	}
	// Pages say all sorts of things in their date fields; an unreadable one
	// leaves the article undated rather than unread.
	if t, ok := parseDate(m.published); ok {
		a.Published = t
	} else if t, ok := parseDate(firstTime(root)); ok {
		a.Published = t
	}
	return a, nil
}

// pageMeta is what a page says about itself, found in one pass.
type pageMeta struct {
	ogTitle, title, h1  string
	canonical, ogURL    string
	siteName, published string
	body, main          *html.Node
	articles            []*html.Node
}

func (m *pageMeta) scan(n *html.Node) {
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Meta:
			key := attr(n, "property")
			if key == "" {
				key = attr(n, "name")
			}
			if attr(n, "itemprop") == "datePublished" {
				key = "article:published_time"
			}
			content := strings.TrimSpace(attr(n, "content"))
			switch key {
			case "og:title":
				setOnce(&m.ogTitle, content)
			case "og:url":
				setOnce(&m.ogURL, content)
			case "og:site_name":
				setOnce(&m.siteName, content)
			case "article:published_time":
				setOnce(&m.published, content)
			}
		case atom.Link:
			if strings.Contains(" "+strings.ToLower(attr(n, "rel"))+" ", " canonical ") {
				setOnce(&m.canonical, strings.TrimSpace(attr(n, "href")))
			}
		case atom.Title:
			setOnce(&m.title, collapse(textOf(n)))
		case atom.H1:
			setOnce(&m.h1, collapse(textOf(n)))
		case atom.Body:
			m.body = n
		case atom.Main:
			if m.main == nil && !skipped(n) {
				m.main = n
			}
		case atom.Article:
			if !skipped(n) {
				m.articles = append(m.articles, n)
			}
		case atom.Svg, atom.Math, atom.Template:
			return
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		m.scan(c)
	}
}

// skipped reports whether n sits inside an element whose text is dropped,
// like a related-stories <article> inside an <aside>.
func skipped(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if dropped(p) {
			return true
		}
	}
	return false
}

// dropped reports whether the element's text is not article text.
func dropped(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return n.Type == html.CommentNode
	}
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Nav, atom.Header,
		atom.Footer, atom.Aside, atom.Form, atom.Figure, atom.Figcaption, atom.Iframe,
		atom.Svg, atom.Math, atom.Button, atom.Select, atom.Textarea, atom.Label,
		atom.Canvas, atom.Video, atom.Audio, atom.Object, atom.Embed, atom.Picture,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Pre, atom.Table,
		atom.Dialog, atom.Menu:
		return true
	}
	_, hidden := attrOK(n, "hidden")
	return hidden || attr(n, "aria-hidden") == "true"
}

// isInline reports elements that continue the paragraph around them; every
// other element starts a new one.
func isInline(n *html.Node) bool {
	switch n.DataAtom {
	case atom.A, atom.Abbr, atom.B, atom.Bdi, atom.Bdo, atom.Cite, atom.Code, atom.Data,
		atom.Del, atom.Dfn, atom.Em, atom.Font, atom.I, atom.Ins, atom.Kbd, atom.Mark,
		atom.Q, atom.S, atom.Samp, atom.Small, atom.Span, atom.Strong, atom.Sub, atom.Sup,
		atom.Time, atom.U, atom.Var, atom.Wbr, atom.Br, atom.Img:
		return true
	}
	return n.DataAtom == 0 // unknown elements, <my-widget>, are most often inline
}

// paragraphs returns the text of the block elements under root, in order,
// white space collapsed, leaving out text with no letter or digit.
func paragraphs(root *html.Node) []string {
	var paras []string
	var sb strings.Builder
	flush := func() {
		if p := collapse(sb.String()); hasWord(p) {
			paras = append(paras, p)
		}
		sb.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			sb.WriteString(n.Data)
			return
		case n != root && (dropped(n) || root.DataAtom == atom.Article && n.DataAtom == atom.Article):
			return // nested articles in an article are comments or related stories
		case n.DataAtom == atom.Br:
			sb.WriteByte(' ')
			return
		}
		block := n.Type == html.ElementNode && !isInline(n)
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		}
	}
	walk(root)
	flush()
	return paras
}

// firstTime returns the datetime of the first <time> under n.
func firstTime(n *html.Node) string {
	if n.Type == html.ElementNode && n.DataAtom == atom.Time {
		if v, ok := attrOK(n, "datetime"); ok {
			return strings.TrimSpace(v)
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if t := firstTime(c); t != "" {
			return t
		}
	}
	return ""
}

// textOf returns the text under n, leaving out dropped elements.
func textOf(n *html.Node) string {
	var sb strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				sb.WriteString(c.Data)
			case c.Type == html.ElementNode && !dropped(c):
				walk(c)
			}
		}
	}
	walk(n)
	return sb.String()
}

func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func setOnce(dst *string, v string) {
	if *dst == "" {
		*dst = v
	}
}
