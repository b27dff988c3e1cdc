package answers

import (
	"strings"
	"testing"

	"briefbot"
)

// BenchmarkQuestion is the time per question on the bundled story: Query,
// the story's hits (from the stand-in search, outside the timer) and
// Answer, over the golden questions in turn.
func BenchmarkQuestion(b *testing.B) { benchmarkQuestions(b, storyQuestions) }

// BenchmarkQuestionLowerCase is BenchmarkQuestion with the questions
// typed in lower case, as in chat: once the sentences are read, the
// question is recased (truecased, namedRuns) and analysed again.
func BenchmarkQuestionLowerCase(b *testing.B) {
	lower := make([]string, len(storyQuestions))
	for i, q := range storyQuestions {
		lower[i] = strings.ToLower(q)
	}
	benchmarkQuestions(b, lower)
}

// benchmarkQuestions times Query and Answer over texts in turn, each
// with the story's hits for it.
func benchmarkQuestions(b *testing.B, texts []string) {
	sents := annotatedStory(b)
	var a Answerer
	qs := make([]briefbot.Question, len(texts))
	hits := make([]briefbot.Result, len(texts))
	for i, text := range texts {
		qs[i] = briefbot.Question{Text: text}
		hits[i] = search(sents, a.Query(qs[i]))
	}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		_ = a.Query(qs[i%len(qs)])
		_ = a.Answer(qs[i%len(qs)], hits[i%len(qs)])
	}
}

// BenchmarkAnnotate is the index-time analysis of the bundled story.
func BenchmarkAnnotate(b *testing.B) {
	sents := loadStory(b)
	for b.Loop() {
		Annotate(sents)
	}
}
