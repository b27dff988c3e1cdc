package answers_test

import (
	"fmt"

	"briefbot"
	"briefbot/answers"
)

// The answerer at index time and at question time. The hits would come
// from the index; here they are the article's sentences.
func Example() {
	sentences := []briefbot.Sentence{
		{ArticleID: "talks.txt", Paragraph: 1, Number: 1,
			Text: "A Ukrainian delegation headed by Defense Minister Rustem Umerov will meet a Russian team led by presidential aide Vladimir Medinsky."},
		{ArticleID: "talks.txt", Paragraph: 1, Number: 2,
			Text: "Medinsky said the talks would start on Friday."},
	}
	answers.Annotate(sentences) // once, when the corpus is indexed

	var a answers.Answerer
	q := briefbot.Question{Text: "Who leads the Russian delegation?"}
	_ = a.Query(q) // what to ask the index for
	hits := briefbot.Result{Hits: []briefbot.Hit{{Sentence: sentences[0], Score: 2.1}, {Sentence: sentences[1], Score: 0.4}}}
	ans := a.Answer(q, hits)
	fmt.Println(ans.Text)
	fmt.Println(ans.Citation().Sentence)

	ans = a.Answer(briefbot.Question{Text: "Who leads the Chinese delegation?"}, hits)
	fmt.Println(ans.Answered())
	// Output:
	// Vladimir Medinsky
	// 1
	// false
}
