package answers

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"
)

func TestZZReadAll(t *testing.T) {
	path := os.Getenv("ZZ_SQ")
	if path == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(path)
	var d struct {
		Data []struct {
			Paragraphs []struct {
				Qas []struct{ Question string } `json:"qas"`
			} `json:"paragraphs"`
		} `json:"data"`
	}
	json.Unmarshal(b, &d)
	for _, a := range d.Data {
		for _, p := range a.Paragraphs {
			for _, qa := range p.Qas {
				q := analyzeQuestion(qa.Question)
				v := ""
				if q.verbPos >= 0 {
					v = q.toks[q.verbPos].text
				}
				fmt.Printf("%s\t%v\t%s\t%s\t%d\n", qa.Question, q.want, v, q.focus, q.form)
			}
		}
	}
}
