package logit

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// questions builds a synthetic problem: each question has candidates with
// two features, [bias, signal]; the right candidate has the highest
// signal, and a share of the questions have no right answer at all, with
// signals that are all low.
func questions(n int, seed uint64) []Question {
	rng := rand.New(rand.NewPCG(seed, 7))
	var qs []Question
	for i := range n {
		var q Question
		unanswerable := i%3 == 0
		right := rng.IntN(5)
		for c := range 5 {
			signal := rng.Float64() * 0.5
			gain := 0.0
			if !unanswerable && c == right {
				signal, gain = 1+rng.Float64(), 1
			}
			q.X = append(q.X, []float64{1, signal})
			q.Gain = append(q.Gain, gain)
		}
		if unanswerable {
			q.Null = 1
		}
		qs = append(qs, q)
	}
	return qs
}

// The fit learns what tells the right candidate from the others and from
// no answer at all: on questions it has not seen, the most probable
// candidate is the right one, and an unanswerable question's no-answer
// option outweighs every candidate.
func TestFitLearnsTheSignal(t *testing.T) {
	w, loss := Fit(questions(300, 1), 2, Options{})
	if math.IsNaN(loss) || w[1] <= 0 {
		t.Fatalf("weights %v, loss %v: the signal should weigh for an answer", w, loss)
	}
	right, abstained, n, unanswerable := 0, 0, 0, 0
	for _, q := range questions(200, 2) {
		p, pNull := Probabilities(q.X, w)
		best := 0
		for c := range p {
			if p[c] > p[best] {
				best = c
			}
		}
		if q.Null > 0 {
			unanswerable++
			if pNull > p[best] {
				abstained++
			}
			continue
		}
		n++
		if q.Gain[best] == 1 {
			right++
		}
	}
	if right < n*9/10 || abstained < unanswerable*8/10 {
		t.Errorf("right %d of %d answerable, abstained on %d of %d unanswerable", right, n, abstained, unanswerable)
	}
}

// The same questions always give the same weights, whatever the number of
// CPUs the gradient is shared between: the parts are summed in order.
func TestFitIsDeterministic(t *testing.T) {
	qs := questions(100, 3)
	a, _ := Fit(qs, 2, Options{Iterations: 50})
	b, _ := Fit(qs, 2, Options{Iterations: 50})
	if !slices.Equal(a, b) {
		t.Errorf("two fits gave %v and %v", a, b)
	}
}

// A question that can teach nothing (answerable, no candidate right) is
// left out, and weighting a question counts it more.
func TestUsefulAndWeight(t *testing.T) {
	useless := Question{X: [][]float64{{1, 1}}, Gain: []float64{0}}
	if useful(useless) {
		t.Error("an answerable question with no right candidate was counted")
	}
	if w, _ := Fit([]Question{useless}, 2, Options{}); w[0] != 0 || w[1] != 0 {
		t.Errorf("fitting on nothing gave %v", w)
	}
	// One candidate, right; one unanswerable question with the same
	// candidate: weighing the first more makes answering more likely.
	ans := Question{X: [][]float64{{1, 1}}, Gain: []float64{1}}
	not := Question{X: [][]float64{{1, 1}}, Null: 1}
	even, _ := Fit([]Question{ans, not}, 2, Options{})
	ans.Weight = 3
	more, _ := Fit([]Question{ans, not}, 2, Options{})
	if Score([]float64{1, 1}, more) <= Score([]float64{1, 1}, even) {
		t.Errorf("weights %v with the answerable question weighed 3, %v evenly", more, even)
	}
}

// Probabilities sum to one with the no-answer option, and stay finite for
// large scores.
func TestProbabilities(t *testing.T) {
	p, pNull := Probabilities([][]float64{{1000}, {999}}, []float64{1})
	sum := pNull
	for _, x := range p {
		sum += x
	}
	if math.Abs(sum-1) > 1e-12 || math.IsNaN(p[0]) || p[0] <= p[1] {
		t.Errorf("p %v, null %v", p, pNull)
	}
	if p, pNull := Probabilities(nil, []float64{1}); len(p) != 0 || pNull != 1 {
		t.Errorf("no candidates: p %v, null %v", p, pNull)
	}
}
