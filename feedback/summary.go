package feedback

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"briefbot"
	"briefbot/eval"
)

// Summary is what the votes in a feedback file say.
type Summary struct {
	// Votes counts each person's last vote on each answer; Superseded
	// the earlier votes they changed.
	Votes, Right, Superseded int
	Answers, Users           int
	From, To                 time.Time
	// ByType is the share right by question type (eval.QuestionType), in
	// eval's order.
	ByType []Row
	// ByScore is the calibration curve: answers (not "the articles don't
	// say") by score in tenths, each with its mean score beside the share
	// voted right. A well calibrated score has the two close.
	ByScore []Row
	// NoAnswer is "the articles don't say": right means there was indeed
	// nothing to say.
	NoAnswer Row
	// MostDown lists the questions with the most 👎, most first.
	MostDown []Question
}

// Row is the votes of one group.
type Row struct {
	Label        string
	Votes, Right int
	MeanScore    float64
}

// Share is the share of votes that said right, 0 to 1; NaN without votes.
func (r Row) Share() float64 {
	if r.Votes == 0 {
		return math.NaN()
	}
	return float64(r.Right) / float64(r.Votes)
}

// Question is the votes on one question, however often it was asked.
type Question struct {
	Text        string // as last asked
	Type        string
	Down, Up    int
	LastAnswer  string // "" for "the articles don't say"
	LastArticle string // title (or ID) of the article last cited
}

// Summarize counts the last vote of each person on each answer. top bounds
// MostDown.
func Summarize(entries []Entry, top int) Summary {
	latest, superseded := Latest(entries)
	s := Summary{Votes: len(latest), Superseded: superseded}
	answers, users := map[string]bool{}, map[string]bool{}
	byType := map[string]*Row{}
	buckets := make([]Row, 10)
	for i := range buckets {
		buckets[i].Label = fmt.Sprintf("%.1f–%.1f", float64(i)/10, float64(i+1)/10)
	}
	questions := map[string]*Question{}
	var order []string
	s.NoAnswer.Label = "no answer"
	for _, e := range latest {
		answers[e.AnswerID], users[e.User] = true, true
		if s.From.IsZero() || e.Time.Before(s.From) {
			s.From = e.Time
		}
		if e.Time.After(s.To) {
			s.To = e.Time
		}
		right := 0
		if e.Right() {
			right = 1
			s.Right++
		}
		t := eval.QuestionType(e.Question)
		if byType[t] == nil {
			byType[t] = &Row{Label: t}
		}
		add(byType[t], right, e.Score)
		if e.Answered {
			add(&buckets[min(int(e.Score*10), 9)], right, e.Score)
		} else {
			add(&s.NoAnswer, right, e.Score)
		}
		key := eval.Normalize(e.Question)
		q := questions[key]
		if q == nil {
			q = &Question{Type: t}
			questions[key] = q
			order = append(order, key)
		}
		q.Text, q.LastAnswer = e.Question, e.Answer
		if e.Citation != nil {
			q.LastArticle = e.Citation.Title
			if q.LastArticle == "" {
				q.LastArticle = e.Citation.ArticleID
			}
		}
		if e.Right() {
			q.Up++
		} else {
			q.Down++
		}
	}
	s.Answers, s.Users = len(answers), len(users)
	for _, r := range byType {
		s.ByType = append(s.ByType, mean(*r))
	}
	rank := typeOrder()
	sort.Slice(s.ByType, func(i, j int) bool { return rank[s.ByType[i].Label] < rank[s.ByType[j].Label] })
	for _, b := range buckets {
		s.ByScore = append(s.ByScore, mean(b))
	}
	s.NoAnswer = mean(s.NoAnswer)
	for _, k := range order {
		if q := questions[k]; q.Down > 0 {
			s.MostDown = append(s.MostDown, *q)
		}
	}
	sort.SliceStable(s.MostDown, func(i, j int) bool {
		a, b := s.MostDown[i], s.MostDown[j]
		if a.Down != b.Down {
			return a.Down > b.Down
		}
		return a.Up < b.Up
	})
	if top >= 0 && len(s.MostDown) > top {
		s.MostDown = s.MostDown[:top]
	}
	return s
}

// add counts one vote; MeanScore holds the sum until mean.
func add(r *Row, right int, score float64) {
	r.Votes++
	r.Right += right
	r.MeanScore += score
}

func mean(r Row) Row {
	if r.Votes > 0 {
		r.MeanScore /= float64(r.Votes)
	}
	return r
}

// typeOrder is the order of eval's by-type table.
func typeOrder() map[string]int {
	return map[string]int{"who": 0, "what": 1, "when": 2, "where": 3, "why": 4, "which": 5, "how many": 6, "how much": 7, "how": 8, "other": 9}
}

// WriteText prints the summary for a person: the totals, the share right by
// question type, the calibration curve and the most down-voted questions.
func (s Summary) WriteText(w io.Writer) error {
	var b strings.Builder
	if s.Votes == 0 {
		b.WriteString("no votes\n")
		_, err := io.WriteString(w, b.String())
		return err
	}
	fmt.Fprintf(&b, "%d votes (%d right, %d wrong: %s right) on %d answers from %d people, %s to %s",
		s.Votes, s.Right, s.Votes-s.Right, pct(Row{Votes: s.Votes, Right: s.Right}), s.Answers, s.Users,
		s.From.Format("2006-01-02"), s.To.Format("2006-01-02"))
	if s.Superseded > 0 {
		fmt.Fprintf(&b, "; %d changed votes counted once", s.Superseded)
	}
	b.WriteString("\n\nshare right by question type\n")
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "type\tvotes\tright\tshare\t")
	for _, r := range s.ByType {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%s\t\n", r.Label, r.Votes, r.Right, pct(r))
	}
	tw.Flush()

	b.WriteString("\ncalibration: share right by score (answers only)\n")
	tw = tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "score\tvotes\tmean score\tshare right\t")
	for _, r := range s.ByScore {
		if r.Votes == 0 {
			fmt.Fprintf(tw, "%s\t0\t–\t–\t\n", r.Label)
			continue
		}
		fmt.Fprintf(tw, "%s\t%d\t%.2f\t%s\t\n", r.Label, r.Votes, r.MeanScore, pct(r))
	}
	fmt.Fprintf(tw, "%s\t%d\t\t%s\t\n", "no answer", s.NoAnswer.Votes, pct(s.NoAnswer))
	tw.Flush()

	if len(s.MostDown) > 0 {
		b.WriteString("\nmost down-voted questions\n")
		tw = tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "down\tup\tquestion\tlast answer")
		for _, q := range s.MostDown {
			ans := q.LastAnswer
			if ans == "" {
				ans = "(the articles don't say)"
			}
			fmt.Fprintf(tw, "%d\t%d\t%s\t%s\n", q.Down, q.Up, oneLine(q.Text, 80), oneLine(ans, 40))
		}
		tw.Flush()
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func pct(r Row) string {
	if r.Votes == 0 {
		return "–"
	}
	return fmt.Sprintf("%.1f%%", 100*r.Share())
}

// oneLine keeps a cell on one line and within n runes.
func oneLine(s string, n int) string {
	return briefbot.Clip(strings.Join(strings.Fields(s), " "), n)
}
