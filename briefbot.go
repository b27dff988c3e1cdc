// Package briefbot is the vocabulary of the news-briefing bot: articles and
// their sentences, questions, cited answers, and the two small interfaces the
// core consumes (Searcher retrieves sentences, Answerer reads them). Bot.Ask
// ties them together and is what every front end (terminal, Slack, Discord,
// HTTP API) calls.
//
// This package imports the standard library only. Search engines, chat SDKs
// and the answering rules live in their own packages and depend on this one,
// never the other way round.
package briefbot

import (
	"context"
	"errors"
	"slices"
	"strings"
	"time"
	"unicode"
)

// Article is one news story as loaded from the corpus.
type Article struct {
	// ID identifies the article within its corpus; for files it is the path
	// relative to the corpus root, with forward slashes.
	ID        string
	Title     string
	URL       string    // where the story was published, if known
	Source    string    // publisher, if known
	Published time.Time // zero when unknown
	// Paragraphs is the body text, one entry per paragraph, title excluded.
	Paragraphs []string
}

// Sentence is one sentence of an article: the unit that is indexed, retrieved
// and quoted in answers.
type Sentence struct {
	ArticleID    string
	ArticleTitle string
	URL          string    // the article's URL, if known
	Published    time.Time // the article's date, if known
	// Paragraph is the 1-based paragraph number within the article body.
	Paragraph int
	// Number is the 1-based position of the sentence within the article, so
	// Number-1 and Number+1 are its neighbours.
	Number int
	// Start and End are byte offsets of Text within its paragraph:
	// paragraph[Start:End] == Text.
	Start, End int
	// Text is the sentence verbatim, as it appears in the article.
	Text string
	// Annotation is the answerer's index-time analysis of the sentence,
	// computed once when the corpus is indexed and stored with it. It is
	// opaque to every package except the answerer that wrote it.
	Annotation string
}

// Citation returns where the sentence can be found.
func (s Sentence) Citation() Citation {
	return Citation{
		ArticleID: s.ArticleID,
		Title:     s.ArticleTitle,
		URL:       s.URL,
		Paragraph: s.Paragraph,
		Sentence:  s.Number,
	}
}

// Citation says where a quoted sentence comes from.
type Citation struct {
	ArticleID string `json:"article_id"`
	Title     string `json:"article_title"`
	URL       string `json:"url,omitempty"`
	Paragraph int    `json:"paragraph"`
	Sentence  int    `json:"sentence"`
}

// Question is what a user asked.
type Question struct {
	Text string
	// ArticleID, when set, restricts the search to one article.
	ArticleID string
	// PreferArticle, when set, is the article an answer is preferred from
	// when the question is otherwise ambiguous: a follow-up is most likely
	// about the article the answer before it came from. An answer from
	// another article gives way to one from this article that scores
	// nearly as well (PreferShare of its score), or that answers where it
	// does not.
	PreferArticle string
	// Conversation, when set, names the conversation the question is
	// asked in, so that it may lean on the turns before it ("What is his
	// job?"). Front ends make it unique to one place, and in a private
	// place to one person: a Slack thread, a Discord reply chain, a DM, a
	// user's slash commands in one channel. Empty for a question that
	// stands alone.
	Conversation string
	// FollowUpWithin, when set, is how soon after the conversation's last
	// turn a question may still lean on it; after that it stands alone.
	// Zero means for as long as the conversation is remembered. Slash
	// commands, which open no thread, set a few minutes.
	FollowUpWithin time.Duration
	// Origin says who asked and where, for logs, metrics and rate limits.
	// It is empty for questions typed in the terminal.
	Origin Origin
}

// Origin identifies where a question came from.
type Origin struct {
	Adapter string // "slack", "discord", "api", "cli"
	Channel string // platform channel ID
	User    string // platform user ID
}

// Answer is the reply to a question.
//
// When Text is empty the articles don't say: Evidence then holds, at most,
// the closest sentence found, which must be shown as "not an answer".
type Answer struct {
	// ID identifies this reply so that people can rate it (see Vote). It is
	// set by whatever keeps answers for voting (bot serve with feedback
	// on), and empty otherwise: front ends show rating buttons only when
	// it is set.
	ID string
	// Text is the short answer span, copied from the first evidence sentence
	// (or the empty string for "the articles don't say").
	Text string
	// Evidence holds the sentences the answer is drawn from, verbatim, the
	// one holding Text first. An answer drawn from two sentences cites both.
	Evidence []Sentence
	// Score is the answerer's confidence in [0, 1].
	Score float64
	// Alternatives are other candidate answers, best first, each with its
	// own evidence. They never have alternatives of their own.
	Alternatives []Answer
	// UnderstoodAs is the question as the bot understood it when a
	// follow-up was written out in full before it was asked ("What is
	// Vladimir Medinsky's job?" for "What is his job?"), and empty when
	// the question was asked as it stands. Front ends show it, so that a
	// wrong guess is seen.
	UnderstoodAs string
}

// Answered reports whether the answer says something, as opposed to "the
// articles don't say".
func (a Answer) Answered() bool { return a.Text != "" }

// Citation returns where the first evidence sentence comes from, or the zero
// Citation when there is no evidence.
func (a Answer) Citation() Citation {
	if len(a.Evidence) == 0 {
		return Citation{}
	}
	return a.Evidence[0].Citation()
}

// OtherAnswers returns the alternatives worth showing beside the answer:
// those that answer something and say more than the answer does. An
// alternative that equals the answer, contains it, or is part of it ("aide
// Vladimir Medinsky" or "Medinsky" beside "Vladimir Medinsky"), word for
// word and ignoring case and punctuation, only repeats it and is left out.
// Front ends show these; Alternatives keeps every candidate.
func (a Answer) OtherAnswers() []Answer {
	answer := words(a.Text)
	var out []Answer
	for _, alt := range a.Alternatives {
		if !alt.Answered() {
			continue
		}
		w := words(alt.Text)
		if len(w) == 0 || len(answer) > 0 && (within(w, answer) || within(answer, w)) {
			continue
		}
		out = append(out, alt)
	}
	return out
}

// words splits s into lower-cased runs of letters and digits.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// within reports whether part occurs in whole as a run of whole words.
func within(part, whole []string) bool {
	for i := 0; i+len(part) <= len(whole); i++ {
		if slices.Equal(part, whole[i:i+len(part)]) {
			return true
		}
	}
	return false
}

// Query is a retrieval request built by an Answerer from a question. It is
// independent of any search engine; the index translates it.
type Query struct {
	// Terms are words matched against sentence text (analysed by the index:
	// lower-cased, stemmed, stop words dropped), OR-ed, each with a boost.
	Terms []Term
	// Phrases are word sequences that score extra when they occur in order.
	Phrases []Term
	// Cues are words that add to the score of a sentence the terms or
	// phrases find, and find none alone: the common title words a
	// definition question weighs ("minister" for "Who is Tony Blair?").
	// A common word among the terms would make the search walk every
	// sentence that holds it.
	Cues []Term
	// ArticleID, when set, restricts the search to one article.
	ArticleID string
	// Limit is the number of hits wanted; the index picks a default when 0.
	Limit int
	// Neighbours asks for up to this many sentences before and after each
	// hit to be returned as well (with a zero score), for context.
	Neighbours int
}

// Term is a word or phrase with a weight. A zero Boost means 1.
type Term struct {
	Text  string
	Boost float64
}

// Hit is one retrieved sentence with its retrieval score.
type Hit struct {
	Sentence Sentence
	// Score is the search engine's relevance score; 0 for neighbours that
	// were returned for context only.
	Score float64
}

// Result is what a search finds: the hits, and how common the query's
// terms are in everything searched, so that the answerer can weigh a
// question's words by their rarity.
type Result struct {
	Hits []Hit
	// Sentences is the number of sentences in the index, and DocFreq, by
	// Term.Text, how many of them hold each term of the query (a term the
	// index ignores, such as a stop word, counts as held by all). Both are
	// zero when the searcher does not count; the answerer then judges
	// rarity by the hits alone.
	Sentences int
	DocFreq   map[string]int
}

// Searcher retrieves candidate sentences for a query.
type Searcher interface {
	Search(ctx context.Context, q Query) (Result, error)
}

// Answerer turns a question into a retrieval query and then reads the
// retrieved sentences to produce an answer. Implementations must be pure:
// no I/O, deterministic for the same input.
type Answerer interface {
	Query(q Question) Query
	Answer(q Question, r Result) Answer
}

// Vote is a person's verdict on an answer they were shown: right or wrong.
// A later vote by the same person on the same answer replaces theirs.
type Vote struct {
	AnswerID string
	Up       bool   // 👍 Right; false is 👎 Wrong
	Origin   Origin // who voted, and where
}

// Errors returned by Bot.Ask for questions it refuses to look at. Front ends
// show them to users as a short sentence.
var (
	ErrEmptyQuestion   = errors.New("empty question")
	ErrQuestionTooLong = errors.New("question too long")
	// ErrRateLimited is returned by front-end middleware when a user or
	// channel asks faster than its configured rate.
	ErrRateLimited = errors.New("rate limited")
	// ErrUnknownAnswer is returned for a vote on an answer that is not
	// (or no longer) kept for voting.
	ErrUnknownAnswer = errors.New("unknown or expired answer")
	// ErrInternal is returned by Bot.Ask when answering a question
	// panicked: a bug, reported with its stack in the error's text.
	ErrInternal = errors.New("internal error")
)
