package answers

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// bbcDir is the BBC News corpus from ../shared (internal use only, never
// copied into the repository).
var bbcDir = filepath.Join("..", "..", "shared", "corpora", "bbc-news")

// Every kind of question, asked of news the answerer was not written
// for, gets an answer or an abstention, never a panic: each question
// template is asked of every fourth BBC article, naming a name of the
// article where the template takes one. A panic in the place-list rule
// ("the US state Texas") was found this way, and one in questions without
// a wh-word ("The delegation was led by?"). It skips when ../shared is
// absent and under -short.
func TestEveryQuestionKindOnNews(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 550 BBC articles")
	}
	if _, err := os.Stat(bbcDir); err != nil {
		t.Skip("BBC corpus not present:", err)
	}
	templates := []string{"Who leads %s?", "Where is %s?", "When did %s happen?", "How many people did %s employ?",
		"Why did %s fall?", "Which country won?", "What did %s say?", "Who is %s?", "How much did it cost?",
		"Which states joined?", "What countries met?", "How old is %s?", "What percentage rose?", "Whose plan was it?",
		"How did %s react?", "What was the score?", "What is %s's job?", "Which film won?",
		"Where is %s ranked in the world?", "What is %s's world ranking?", "How did %s describe the move?",
		"In what month did %s start?", "On what day did %s resign?", "Where is %s based?",
		// No wh-word: a question read as a statement, a yes/no question.
		"%s was led by?", "Is %s one that would rise or fall?", "Did %s resign when the vote was lost?"}
	name := regexp.MustCompile(`\b[A-Z][a-z]+(?: [A-Z][a-z]+)+`)
	var a Answerer
	asked := 0
	for _, topic := range []string{"business", "entertainment", "politics", "sport", "tech"} {
		files, _ := filepath.Glob(filepath.Join(bbcDir, topic, "*.txt"))
		for n := 0; n < len(files); n += 4 {
			b, err := os.ReadFile(files[n])
			if err != nil || !utf8.Valid(b) {
				continue // the corpus's one file in Latin-1
			}
			sents := splitStory(filepath.Base(files[n]), string(b))
			Annotate(sents)
			names := name.FindAllString(string(b), 3)
			if len(names) == 0 {
				names = []string{"the company"}
			}
			for k, tmpl := range templates {
				q := tmpl
				if strings.Contains(tmpl, "%s") {
					q = fmt.Sprintf(tmpl, names[k%len(names)])
				}
				ask(&a, sents, q)
				asked++
			}
		}
	}
	t.Logf("%d questions asked", asked)
}
