package corpus_test

import (
	"fmt"

	"briefbot/corpus"
)

func ExampleSplit() {
	text := "“I said, if I don’t go, Putin’s not going. And he didn’t go,” Trump told reporters. The U.S. delegation included retired Lt. Gen. Keith Kellogg."
	for _, span := range corpus.Split(text) {
		fmt.Println(text[span[0]:span[1]])
	}
	// Output:
	// “I said, if I don’t go, Putin’s not going. And he didn’t go,” Trump told reporters.
	// The U.S. delegation included retired Lt. Gen. Keith Kellogg.
}

func ExampleSentences() {
	articles, errs := corpus.Load(corpus.Bundled())
	if len(errs) > 0 {
		fmt.Println(errs)
		return
	}
	a := articles[0]
	fmt.Println(a.ID, "-", a.Title)
	for _, s := range corpus.Sentences(a)[6:8] {
		fmt.Printf("paragraph %d, sentence %d: %s\n", s.Paragraph, s.Number, s.Text)
	}
	// Output:
	// istanbul-talks.txt - Despite Skipping Ukraine Peace Talks, Trump Seeks Quick Meeting with Putin
	// paragraph 6, sentence 7: When pressed for a specific timeframe, Trump reiterated, “as soon as we can set it up.”
	// paragraph 7, sentence 8: Instead of Zelenskyy and Putin, a Ukrainian delegation headed by Defense Minister Rustem Umerov is scheduled to meet with a lower-level Russian team led by presidential aide Vladimir Medinsky.
}
