package answers

import (
	"fmt"
	"os"
	"testing"
)

func TestZZQ(t *testing.T) {
	q := analyzeQuestion(os.Getenv("ZZ_Q"))
	fmt.Printf("wh=%q want=%v focus=%q form=%v whPos=%d whEnd=%d verb=%q verbPos=%d\n", q.wh, q.want, q.focus, q.form, q.whPos, q.whEnd, q.verb, q.verbPos)
	for _, t := range q.toks {
		fmt.Printf("%s/%c ", t.text, t.tag)
	}
	fmt.Println()
}
