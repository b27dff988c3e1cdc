package answers

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"briefbot"
)

// FuzzAnswer checks Answer's promises on arbitrary questions and
// sentences: it never panics, cites only sentences it was given, copies
// the answer from the first evidence sentence, keeps the score in [0, 1],
// and gives at most two alternatives.
func FuzzAnswer(f *testing.F) {
	f.Add("Who leads the Russian delegation?", "A Russian team led by presidential aide Vladimir Medinsky arrived.", "He spoke.", "NNvdn.|")
	f.Add("When was Putin born?", "Putin was born in 1952.", "“It’s time,” he said…", "")
	f.Add("Whose invitation did Putin decline?", "Putin declined an invitation from Ukrainian leader Zelenskyy.", "$90 a month, 6 feet, 4 inches", "x|0-9:P=Z@3")
	f.Add("", "", "", "|")
	f.Add("The Russian team was led by?", "A Russian team led by presidential aide Vladimir Medinsky arrived when talks began.", "He spoke.", "")
	f.Add("How many?", "four-day 30,000 3.5 (VOCs) U.S. Lt. Gen.", "'s ’s ' \" “ ”", "N|0-1,0:P")
	f.Add("what does RSPB stand for in the bird count story", "The Royal Society for the Protection of Birds (RSPB) counted.", "The Munich-based RSPB said so.", "")
	f.Add("Who was in Antalya?", "“The only way is talks between President Trump and President Putin,” Rubio told reporters in Antalya.", "And frankly, the talks are between them,” he said.", "")
	f.Add("Glands secrete what hormone?", "The glands secrete only leptin which controls appetite, including hormones that digest.", "“Also", "")
	f.Fuzz(func(t *testing.T, question, s1, s2, annotation string) {
		start := time.Now()
		sents := article("f", s1, s2)
		Annotate(sents)
		sents[1].Annotation = annotation // possibly garbage: Answer must cope
		hits := []briefbot.Hit{{Sentence: sents[0], Score: 1}, {Sentence: sents[1]}}
		var a Answerer
		q := briefbot.Question{Text: question}
		_ = a.Query(q)
		ans := a.Answer(q, briefbot.Result{Hits: hits})
		if d := time.Since(start); d > time.Second {
			t.Fatalf("took %v for a %d-byte question and %d+%d bytes of sentences", d, len(question), len(s1), len(s2))
		}
		checkAnswer(t, ans, sents, true)
	})
}

func checkAnswer(t *testing.T, ans briefbot.Answer, given []briefbot.Sentence, top bool) {
	t.Helper()
	if ans.Score < 0 || ans.Score > 1 {
		t.Fatalf("score %v out of [0, 1]", ans.Score)
	}
	for _, e := range ans.Evidence {
		found := false
		for _, s := range given {
			if s.ArticleID == e.ArticleID && s.Number == e.Number && s.Text == e.Text {
				found = true
			}
		}
		if !found {
			t.Fatalf("cites a sentence it was not given: %+v", e)
		}
	}
	if ans.Answered() {
		if len(ans.Evidence) == 0 || !strings.Contains(ans.Evidence[0].Text, ans.Text) {
			t.Fatalf("answer %q is not in its first evidence %+v", ans.Text, ans.Evidence)
		}
		if !utf8.ValidString(ans.Text) && utf8.ValidString(ans.Evidence[0].Text) {
			t.Fatalf("answer %q is not valid UTF-8", ans.Text)
		}
	} else if len(ans.Evidence) > 1 || len(ans.Alternatives) > 0 {
		t.Fatalf("no answer with %d evidence sentences and %d alternatives", len(ans.Evidence), len(ans.Alternatives))
	}
	if !top && len(ans.Alternatives) > 0 {
		t.Fatalf("an alternative has alternatives")
	}
	if len(ans.Alternatives) > 2 {
		t.Fatalf("%d alternatives", len(ans.Alternatives))
	}
	for _, alt := range ans.Alternatives {
		if !alt.Answered() {
			t.Fatalf("an empty alternative")
		}
		checkAnswer(t, alt, given, false)
	}
}

// FuzzTokenize checks that tokens are in order, do not overlap, and are
// exactly the text at their offsets.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Putin’s U.S. Lt. Gen. 30,000 3.5 $135", "“Quote,” he said...", "a-b--c", "\xff\xfe", "T. Okoro Jr.'s"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		end := 0
		for _, tok := range tokenize(s) {
			if tok.start < end || tok.end <= tok.start || tok.end > len(s) || s[tok.start:tok.end] != tok.text {
				t.Fatalf("bad token %+v after offset %d in %q", tok, end, s)
			}
			end = tok.end
		}
	})
}

// FuzzAnalyzeQuestion checks that question analysis never panics and
// keeps its indices inside the question.
func FuzzAnalyzeQuestion(f *testing.F) {
	for _, q := range storyQuestions {
		f.Add(q)
	}
	f.Add("how many")
	f.Add("What did do do?")
	f.Add("Which gaming company was granted the rights?")
	f.Add("Which Munich-based research institute produces it?")
	f.Add("which state-owned lender")
	f.Fuzz(func(t *testing.T, s string) {
		q := analyzeQuestion(s)
		if q.verbPos >= len(q.toks) {
			t.Fatalf("verbPos %d of %d tokens", q.verbPos, len(q.toks))
		}
		for _, term := range q.terms {
			if term.pos < 0 || term.pos >= len(q.toks) || term.weight <= 0 {
				t.Fatalf("bad term %+v", term)
			}
		}
	})
}

// FuzzTrimTail holds trimTail to the expression it stands for, and the
// tests cleanQuestion makes before its mention and URL expressions to
// what those match.
func FuzzTrimTail(f *testing.F) {
	for _, s := range []string{"Who won? thanks!!", "who won, Thank You.", "displease?", "pls", " ,please ,", "why thx?\f", "a.b thanks\tplease", "thanK you", "@bot who? <@U1>", "see www.x.org or http://y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := trimTail(s), tailRE.ReplaceAllString(s, ""); got != want {
			t.Fatalf("trimTail(%q) = %q, tailRE gives %q", s, got, want)
		}
		if mentionRE.MatchString(s) && !strings.ContainsAny(s, "<@") {
			t.Fatalf("mentionRE matches %q", s)
		}
		if urlRE.MatchString(s) && !strings.Contains(s, "://") && !strings.Contains(s, ".") {
			t.Fatalf("urlRE matches %q", s)
		}
	})
}

// FuzzJoinsTo holds joinsTo to the strings it stands for.
func FuzzJoinsTo(f *testing.F) {
	for _, s := range [][3]string{{"email", "e-mail", ""}, {"superbowl", "super", "bowl"}, {"superbowl", "super-", "-bowl"}, {"ab", "a-", "b-c"}, {"", "-", "--"}, {"abc", "ab", ""}} {
		f.Add(s[0], s[1], s[2])
	}
	f.Fuzz(func(t *testing.T, w, a, b string) {
		if got, want := joinsTo(w, a, b), strings.ReplaceAll(a+b, "-", "") == w; got != want {
			t.Fatalf("joinsTo(%q, %q, %q) = %v, want %v", w, a, b, got, want)
		}
	})
}
