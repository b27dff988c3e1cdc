package synth

import (
	"reflect"
	"strings"
	"testing"

	"briefbot"
)

func articles() []briefbot.Article {
	return []briefbot.Article{
		{ID: "a.txt", Title: "Ad sales boost Time Warner profit", Paragraphs: []string{
			"Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) for the three months to December, from $639m year-earlier.",
			"The firm, which is now one of the biggest investors in Google, benefited from sales of high-speed internet connections.",
		}},
		{ID: "b/c.txt", Title: "Dollar gains on Greenspan speech", Paragraphs: []string{
			"The dollar has hit its highest level against the euro in almost three months after the Federal Reserve head said the US trade deficit is set to stabilise.",
		}},
	}
}

func TestCopy(t *testing.T) {
	src := New(articles())
	if got := src.Copy(0); !reflect.DeepEqual(got[1].Paragraphs, articles()[1].Paragraphs) || got[1].ID != "copy-0000/b/c.txt" {
		t.Errorf("copy 0 = %+v, want the articles themselves", got[1])
	}
	one, again, two := src.Copy(1), New(articles()).Copy(1), src.Copy(2)
	if !reflect.DeepEqual(one, again) {
		t.Error("the same copy differs between two runs")
	}
	if reflect.DeepEqual(one[0].Paragraphs, two[0].Paragraphs) || reflect.DeepEqual(one[0].Paragraphs, articles()[0].Paragraphs) {
		t.Error("copies are not perturbed")
	}
	for i, a := range one {
		orig := articles()[i]
		for k, p := range a.Paragraphs {
			// Shape is kept: as many words, the same final punctuation.
			if len(strings.Fields(p)) != len(strings.Fields(orig.Paragraphs[k])) || p[len(p)-1] != orig.Paragraphs[k][len(orig.Paragraphs[k])-1] {
				t.Errorf("copy changed the shape of %q: %q", orig.Paragraphs[k], p)
			}
		}
	}
}
