package main

import "testing"

// The threshold is the one with the best mean F1 over the sets, but not
// one that answers most of a set's unanswerable questions: there, a news
// set that is only answered below 0.2 would pull it down to where four in
// ten unanswerable questions of the other set get an answer.
func TestBestThresholdKeepsAbstaining(t *testing.T) {
	var qs []fitQuestion
	var preds []prediction
	add := func(set string, unanswerable bool, conf float64, n int) {
		for range n {
			q := fitQuestion{set: set, scope: "article"}
			gain := 1.0
			if unanswerable {
				q.q.Null, gain = 1, 0
			}
			qs = append(qs, q)
			preds = append(preds, prediction{gain: gain, conf: conf})
		}
	}
	add("news", false, 0.2, 10)
	add("wiki", false, 0.5, 5)
	add("wiki", true, 0.1, 2)
	add("wiki", true, 0.3, 3)
	got := bestThreshold(qs, preds)
	if got <= 0.3 || got > 0.5 {
		t.Errorf("threshold %.2f, want one in (0.3, 0.5]: below, 3 of 5 unanswerable questions are answered", got)
	}
	// Without unanswerable questions answered above the news answers, the
	// best mean F1 is kept.
	for i := range qs {
		if qs[i].q.Null > 0 {
			preds[i].conf = 0.1
		}
	}
	if got := bestThreshold(qs, preds); got <= 0.1 || got > 0.2 {
		t.Errorf("threshold %.2f, want one in (0.1, 0.2]", got)
	}
}
