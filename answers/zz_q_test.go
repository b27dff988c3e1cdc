package answers
import ("testing";"fmt";"briefbot")
func TestZZDef(t *testing.T) {
	sents := article("a", "Analysts are not optimistic about Yukos chances in court.", "Russian oil giant Yukos has filed for bankruptcy protection in the US.", "Media regulator Ofcom said it would look at the deal.")
	Annotate(sents)
	var a Answerer
	for _, qt := range []string{"What is Ofcom?", "What is Yukos?"} {
		q := briefbot.Question{Text: qt}
		cs, dr := a.CandidatesAndDropped(q, search(sents, a.Query(q)))
		fmt.Println(qt, len(cs))
		for n, c := range cs { if n < 4 { fmt.Printf("  %q p=%.3f conf=%.3f %s\n", c.Text, c.P, c.Score, c.Rule) } }
		for _, d := range dr { fmt.Printf("  dropped %q %s\n", d.Text, d.Reason) }
	}
}
