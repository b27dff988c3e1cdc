// Package logit fits the weights of a conditional logistic regression: for
// each question, a softmax over its candidate answers and a "no answer"
// option whose score is fixed at zero. It is the trainer behind `bot fit`;
// the answerer only multiplies the weights it produces.
//
// The objective is the log of the expected score: a candidate's gain is the
// F1 of its text against the gold answers, the no-answer option gains 1 on
// an unanswerable question and 0 otherwise, and a question contributes
// -log(Σ p·gain). Answerable questions none of whose candidates gains
// anything teach nothing (answering wrongly and abstaining both score 0)
// and are left out of the fit.
//
// Training is full-batch gradient descent with Adam steps and an L2
// penalty, from zero weights, for a fixed number of iterations: the same
// examples always give the same weights. Standard library only.
package logit

import (
	"math"
	"runtime"
	"sync"
)

// Question is one training question: its candidates' feature vectors, the
// gain of choosing each, and the gain of answering nothing.
type Question struct {
	X    [][]float64 // one feature vector per candidate, all of one length
	Gain []float64   // per candidate, in [0, 1]; missing ones are 0
	Null float64     // the gain of no answer: 1 for an unanswerable question
	// Weight is how much the question counts in the fit; 0 means 1.
	Weight float64
}

// Options tune the fit. The zero value takes the defaults.
type Options struct {
	Iterations int     // default 300
	Rate       float64 // Adam step size, default 0.1
	L2         float64 // penalty on every weight but the first (the bias), default 2e-4 per question
}

func (o Options) withDefaults() Options {
	if o.Iterations <= 0 {
		o.Iterations = 300
	}
	if o.Rate <= 0 {
		o.Rate = 0.1
	}
	if o.L2 <= 0 {
		o.L2 = 2e-4
	}
	return o
}

// Fit returns the weights (one per feature) that maximise the expected
// gain of the questions, and the mean loss at the end.
func Fit(qs []Question, dim int, o Options) ([]float64, float64) {
	o = o.withDefaults()
	w := make([]float64, dim)
	var data []sparseQuestion
	for _, q := range qs {
		if useful(q) {
			data = append(data, sparse(q))
		}
	}
	if len(data) == 0 {
		return w, 0
	}
	total := 0.0
	for _, q := range data {
		total += q.weight
	}
	m := make([]float64, dim)
	v := make([]float64, dim)
	// The questions are split between the CPUs; each part sums its own
	// gradient, and the parts are added in a fixed order, so the result
	// does not depend on scheduling.
	parts := min(runtime.GOMAXPROCS(0), len(data))
	grads := make([][]float64, parts)
	losses := make([]float64, parts)
	for p := range grads {
		grads[p] = make([]float64, dim)
	}
	grad := make([]float64, dim)
	const beta1, beta2, eps = 0.9, 0.999, 1e-8
	loss := 0.0
	for it := 1; it <= o.Iterations; it++ {
		var wg sync.WaitGroup
		for p := range parts {
			wg.Add(1)
			go func() {
				defer wg.Done()
				g := grads[p]
				clear(g)
				losses[p] = 0
				for n := p; n < len(data); n += parts {
					losses[p] += data[n].accumulate(w, g)
				}
			}()
		}
		wg.Wait()
		clear(grad)
		loss = 0
		for p := range parts {
			loss += losses[p]
			for k, x := range grads[p] {
				grad[k] += x
			}
		}
		loss /= total
		for k := range grad {
			grad[k] /= total
			if k > 0 {
				grad[k] += o.L2 * w[k]
				loss += o.L2 / 2 * w[k] * w[k]
			}
		}
		b1, b2 := 1-math.Pow(beta1, float64(it)), 1-math.Pow(beta2, float64(it))
		for k := range w {
			m[k] = beta1*m[k] + (1-beta1)*grad[k]
			v[k] = beta2*v[k] + (1-beta2)*grad[k]*grad[k]
			w[k] -= o.Rate * (m[k] / b1) / (math.Sqrt(v[k]/b2) + eps)
		}
	}
	return w, loss
}

// sparseQuestion holds a question's candidates as their non-zero
// features: most features are indicators, and most are zero.
type sparseQuestion struct {
	idx    [][]int32
	val    [][]float64
	gain   []float64
	null   float64
	weight float64
	p      []float64 // scratch
}

func sparse(q Question) sparseQuestion {
	s := sparseQuestion{idx: make([][]int32, len(q.X)), val: make([][]float64, len(q.X)), gain: make([]float64, len(q.X)), null: q.Null, weight: q.Weight, p: make([]float64, len(q.X))}
	copy(s.gain, q.Gain) // a candidate without a gain gains nothing
	if s.weight <= 0 {
		s.weight = 1
	}
	for c, x := range q.X {
		for k, f := range x {
			if f != 0 {
				s.idx[c] = append(s.idx[c], int32(k))
				s.val[c] = append(s.val[c], f)
			}
		}
	}
	return s
}

// accumulate adds the gradient of one question's loss to grad and returns
// the loss.
func (q *sparseQuestion) accumulate(w, grad []float64) float64 {
	top := 0.0 // the null option's score
	for c := range q.idx {
		s := 0.0
		for n, k := range q.idx[c] {
			s += w[k] * q.val[c][n]
		}
		q.p[c] = s
		top = math.Max(top, s)
	}
	z := math.Exp(-top)
	for c := range q.p {
		q.p[c] = math.Exp(q.p[c] - top)
		z += q.p[c]
	}
	expected := math.Exp(-top) / z * q.null
	for c := range q.p {
		q.p[c] /= z
		expected += q.p[c] * q.gain[c]
	}
	expected = math.Max(expected, 1e-12)
	// d(-log G)/ds_c = -p_c (g_c - G) / G; the null option has no weights.
	for c := range q.idx {
		d := -q.weight * q.p[c] * (q.gain[c] - expected) / expected
		if d == 0 {
			continue
		}
		for n, k := range q.idx[c] {
			grad[k] += d * q.val[c][n]
		}
	}
	return -q.weight * math.Log(expected)
}

// useful reports whether a question can teach anything: some option gains.
func useful(q Question) bool {
	if q.Null > 0 {
		return true
	}
	for _, g := range q.Gain {
		if g > 0 {
			return true
		}
	}
	return false
}

// Score is the linear score of one feature vector.
func Score(x, w []float64) float64 {
	s := 0.0
	for k, f := range x {
		s += w[k] * f
	}
	return s
}

// Probabilities returns the softmax of the candidates' scores against the
// no-answer option, whose score is 0: each candidate's probability, and
// the no-answer option's.
func Probabilities(x [][]float64, w []float64) ([]float64, float64) {
	p := make([]float64, len(x))
	top := 0.0 // the null option's score
	for c := range x {
		p[c] = Score(x[c], w)
		top = math.Max(top, p[c])
	}
	z := math.Exp(-top)
	for c := range p {
		p[c] = math.Exp(p[c] - top)
		z += p[c]
	}
	for c := range p {
		p[c] /= z
	}
	return p, math.Exp(-top) / z
}
