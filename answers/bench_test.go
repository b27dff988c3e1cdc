package answers

import (
	"strings"
	"testing"

	"briefbot"
)

// BenchmarkQuestion is the time per question on the bundled story: Query,
// the story's hits (from the stand-in search, outside the timer) and
// Answer, over the golden questions in turn.
func BenchmarkQuestion(b *testing.B) {
	sents := annotatedStory(b)
	var a Answerer
	hits := make([]briefbot.Result, len(storyQuestions))
	for i, q := range storyQuestions {
		hits[i] = search(sents, a.Query(briefbot.Question{Text: q}))
	}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		q := briefbot.Question{Text: storyQuestions[i%len(storyQuestions)]}
		_ = a.Query(q)
		_ = a.Answer(q, hits[i%len(storyQuestions)])
	}
}

// BenchmarkQuestionLowerCase is BenchmarkQuestion with the questions
// typed in lower case, as in chat: once the sentences are read, the
// question is recased (truecased, namedRuns) and analysed again.
func BenchmarkQuestionLowerCase(b *testing.B) {
	sents := annotatedStory(b)
	var a Answerer
	qs := make([]briefbot.Question, len(storyQuestions))
	hits := make([]briefbot.Result, len(storyQuestions))
	for i, q := range storyQuestions {
		qs[i] = briefbot.Question{Text: strings.ToLower(q)}
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
