package slack

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync"
	"testing"

	"briefbot"

	"github.com/slack-go/slack"
)

// TestConversations: each question is asked in its conversation: a
// mention in the thread it starts or is in, a DM (or a thread in it), a
// user's slash commands in one channel for a few minutes.
func TestConversations(t *testing.T) {
	f := newFakeSlack(t, nil)
	asker := newAsker(medinsky)
	a := newAdapter(f, asker, nil)
	stop := start(t, a)
	dmThread := directMessage("who leads?", "1700000008.000100")
	dmThread["thread_ts"] = "1700000007.000100"
	for i, ev := range []map[string]any{
		mention("<@"+testBotUser+"> who leads?", "1700000001.000200", ""),
		mention("<@"+testBotUser+"> what is his job?", "1700000009.000900", "1700000001.000200"),
		directMessage("who leads?", "1700000005.000100"),
		dmThread,
	} {
		serve(a, "/slack/events", eventBody("Ev"+string(rune('A'+i)), ev))
		receive(t, f.posted, "chat.postMessage")
	}
	serve(a, "/slack/commands", commandBody("Who leads?", "http://127.0.0.1:1/unused"))
	stop()
	var got []string
	for _, q := range asker.questions() {
		got = append(got, q.Conversation+" "+q.FollowUpWithin.String())
	}
	want := []string{
		"slack:" + testChannel + ":1700000001.000200 0s",
		"slack:" + testChannel + ":1700000001.000200 0s",
		"slack:D0DIRECT 0s",
		"slack:D0DIRECT:1700000007.000100 0s",
		"slack:ask:" + testChannel + ":" + testUser + " 5m0s",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("conversations:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestUnderstoodAs: an answer to a follow-up says first how it was
// understood, in the blocks and in the notification text.
func TestUnderstoodAs(t *testing.T) {
	ans := medinsky
	ans.UnderstoodAs = "Who leads the *Russian* delegation?"
	r := render(ans, nil)
	texts := blockTexts(r.blocks)
	if len(texts) == 0 || !strings.HasPrefix(texts[0], "Understood as: Who leads the \u200a*\u200aRussian\u200a*\u200a delegation?") {
		t.Errorf("first block %q", texts)
	}
	if r.blocks[0].BlockType() != slack.MBTContext {
		t.Errorf("understood as a %s block", r.blocks[0].BlockType())
	}
	if !strings.Contains(r.text, "(Understood as: Who leads") {
		t.Errorf("fallback %q", r.text)
	}
	if texts := blockTexts(render(medinsky, nil).blocks); strings.Contains(strings.Join(texts, " "), "Understood") {
		t.Errorf("a question asked as it stands: %q", texts)
	}
}

// fakeExplainer explains every answer alike, and records what it was asked.
type fakeExplainer struct {
	e   briefbot.Explanation
	err error
	mu  sync.Mutex
	ids []string
	by  []briefbot.Origin
}

func (f *fakeExplainer) Explain(_ context.Context, id string, by briefbot.Origin) (briefbot.Explanation, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.ids = append(f.ids, id)
	f.by = append(f.by, by)
	return f.e, f.err
}

var medinskyExplained = briefbot.Explanation{
	Question: "Who leads the Russian delegation?", Type: "who", Expects: "person", Answer: "Vladimir Medinsky",
	Best:      briefbot.Candidate{Text: "Vladimir Medinsky", Score: 0.89, Sentence: medinskySentence},
	Matched:   []briefbot.Span{span(medinskySentence.Text, "headed"), span(medinskySentence.Text, "Russian team led")},
	Threshold: 0.66,
	Lowered:   []briefbot.Factor{{Reason: "words of the question are on the wrong side of the answer", Effect: -0.3}},
	RunnerUp:  &briefbot.Candidate{Text: "Rustem Umerov", Score: 0.21, Sentence: medinskySentence},
}

// span is where part is in s.
func span(s, part string) briefbot.Span {
	i := strings.Index(s, part)
	return briefbot.Span{Start: i, End: i + len(part)}
}

// TestWhyButton: with an Explainer, an answer with an ID has a Why?
// button beside the votes; a click on it is answered, to the clicker
// alone, with the explanation.
func TestWhyButton(t *testing.T) {
	withID := medinsky
	withID.ID = "ans1"
	f := newFakeSlack(t, nil)
	a := newAdapter(f, newAsker(withID), nil)
	a.Voter = &fakeVoter{}
	why := &fakeExplainer{e: medinskyExplained}
	a.Explainer = why
	stop := start(t, a)
	m := decodeReply(t, serve(a, "/slack/commands", commandBody("Who leads?", "http://127.0.0.1:1/unused")).Body.Bytes())
	if actions, values := buttons(m.Blocks.BlockSet); strings.Join(actions, " ") != "vote_up vote_down why" || values[2] != "ans1" {
		t.Errorf("buttons %v %v", actions, values)
	}

	hook, posts := responseURL(t)
	w := serve(a, "/slack/interactions", clickBody(clickPayload("why", "ans1", hook, "1700000000.000100")))
	if w.Code != http.StatusOK || w.Body.Len() != 0 {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	reply := receive(t, posts, "the explanation")
	stop()
	if reply.ResponseType != "ephemeral" || reply.ThreadTimestamp != "1700000000.000100" {
		t.Errorf("reply %+v", reply)
	}
	wantContains(t, blockTexts(reply.Blocks.BlockSet),
		"*Why this answer?\u200b*", "Read as a who-question, looking for a person: “Who leads the Russian delegation?”",
		"a Ukrainian delegation *headed* by", "lower-level *Russian team led* by",
		"Answer *Vladimir Medinsky*: score 0.89 (an answer needs 0.66).",
		"Lowered by: words of the question are on the wrong side of the answer (-0.30)",
		"Runner-up: *Rustem Umerov*, score 0.21 (paragraph 7)")
	if len(why.ids) != 1 || why.ids[0] != "ans1" || why.by[0] != (briefbot.Origin{Adapter: "slack", Channel: testChannel, User: testUser}) {
		t.Errorf("explained %v for %v", why.ids, why.by)
	}

	// Without an Explainer there is no Why? button, and a stale one says so.
	b := newAdapter(f, newAsker(withID), nil)
	b.Voter = &fakeVoter{}
	start(t, b)
	m = decodeReply(t, serve(b, "/slack/commands", commandBody("Who leads?", "http://127.0.0.1:1/unused")).Body.Bytes())
	if actions, _ := buttons(m.Blocks.BlockSet); strings.Join(actions, " ") != "vote_up vote_down" {
		t.Errorf("buttons without an Explainer: %v", actions)
	}
	if r := b.action(context.Background(), actWhy, "ans1", briefbot.Origin{}); !strings.Contains(r.text, staleButton) {
		t.Errorf("stale Why?: %q", r.text)
	}
	// Only a Why? button, without a Voter.
	c := newAdapter(f, newAsker(withID), nil)
	c.Explainer = why
	if actions, _ := buttons([]slack.Block{c.buttons(withID, nil)}); strings.Join(actions, " ") != "why" {
		t.Errorf("buttons without a Voter: %v", actions)
	}
}

// TestWhyRefused: an answer no longer kept, or a clicker over the limit,
// gets a short sentence, not the error.
func TestWhyRefused(t *testing.T) {
	for _, err := range []error{briefbot.ErrUnknownAnswer, briefbot.ErrRateLimited, errors.New("/var/lib/briefbot: boom")} {
		a := &Adapter{Explainer: &fakeExplainer{err: err}, Logger: quiet()}
		r := a.action(context.Background(), actWhy, "ans1", briefbot.Origin{})
		if r.text != briefbot.WhyMessage(err) || strings.Contains(r.text, "boom") {
			t.Errorf("%v: %q", err, r.text)
		}
	}
}

// TestWhyInSocketMode: a Why? click over the socket is acked at once and
// explained through response_url.
func TestWhyInSocketMode(t *testing.T) {
	hook, posts := responseURL(t)
	acks := make(chan socketAck, 10)
	f := newFakeSlack(t, serveSocket(t, acks, envelope("interactive", "env-why", clickPayload("why", "ans7", hook, ""), 0)))
	a := socketAdapter(f, newAsker(medinsky), nil)
	why := &fakeExplainer{e: medinskyExplained}
	a.Explainer = why
	stop := start(t, a)
	if ack := receive(t, acks, "ack"); ack.EnvelopeID != "env-why" {
		t.Errorf("ack %+v", ack)
	}
	m := receive(t, posts, "reply")
	stop()
	if m.ResponseType != "ephemeral" || !strings.Contains(m.Text, "Why this answer?") {
		t.Errorf("reply %+v", m)
	}
	if len(why.ids) != 1 || why.ids[0] != "ans7" {
		t.Errorf("explained %v", why.ids)
	}
}

// TestExplanationRendering: article text in an explanation is inert, bold
// only where the question's words are; "no answer" says why; a sentence
// too long for a section loses its marks rather than the limit.
func TestExplanationRendering(t *testing.T) {
	e := briefbot.Explanation{
		Question: "Who said *hello*?", Type: "who", Expects: "person",
		Best:      briefbot.Candidate{Text: "Ann <!here>", Score: 0.2, Sentence: briefbot.Sentence{Text: "Ann <!here> said *hello* to Bob.", Paragraph: 2}},
		Matched:   []briefbot.Span{{Start: 12, End: 16}, {Start: 17, End: 24}, {Start: 30, End: 99}},
		Threshold: 0.66,
	}
	r := renderExplanation(e)
	all := strings.Join(blockTexts(r.blocks), "\n")
	for _, want := range []string{"*Why no answer?\u200b*", "> Ann &lt;!here&gt; *said* *\u200b\u200a*\u200ahello\u200a*\u200a\u200b* to Bob.",
		"The best candidate, *Ann &lt;!here&gt;\u200b*, scored 0.20, under the 0.66 an answer needs, so: The articles don't say."} {
		if !strings.Contains(all, want) {
			t.Errorf("lacks %q:\n%s", want, all)
		}
	}
	if strings.Contains(all, "<!here>") {
		t.Errorf("a live mention:\n%s", all)
	}
	if r := renderExplanation(briefbot.Explanation{Type: "when", Expects: "date", Threshold: 0.66}); !strings.Contains(strings.Join(blockTexts(r.blocks), " "), "No candidate of the kind asked for") {
		t.Errorf("no candidate: %q", blockTexts(r.blocks))
	}
	above := briefbot.Explanation{Type: "who", Expects: "person", Answer: "John Taylor", Threshold: 0.29,
		Best:     briefbot.Candidate{Text: "John Taylor", Score: 0.36, Sentence: briefbot.Sentence{Text: "John Taylor said so.", Paragraph: 4}},
		RunnerUp: &briefbot.Candidate{Text: "Geoff Hoon", Score: 0.44, Sentence: briefbot.Sentence{Text: "Geoff Hoon said so.", Paragraph: 5}}}
	if r := renderExplanation(above); !strings.Contains(strings.Join(blockTexts(r.blocks), " "), "Runner-up: *Geoff Hoon*, score 0.44 (paragraph 5); "+above.RunnerUpNote()) {
		t.Errorf("a runner-up above the answer, unexplained: %q", blockTexts(r.blocks))
	}
	if r := renderExplanation(briefbot.Explanation{Type: "who", Expects: "person", Unmentioned: "Zorblat <Palace>"}); !strings.Contains(strings.Join(blockTexts(r.blocks), " "), "mentions “Zorblat &lt;Palace&gt;”, so: ") {
		t.Errorf("an unmentioned name, escaped: %q", blockTexts(r.blocks))
	}
	if r := renderExplanation(briefbot.Explanation{Type: "who", Expects: "person", Question: "who is lewis <champion>", ReadAs: "who is Lewis <Champion>"}); !strings.Contains(strings.Join(blockTexts(r.blocks), " "), "looking for a person: “who is Lewis &lt;Champion&gt;”") {
		t.Errorf("the question as read, escaped: %q", blockTexts(r.blocks))
	}
	long := strings.Repeat("word ", 700)
	q := quoteMarked(long, []briefbot.Span{{Start: 0, End: 4}})
	if n := len([]rune(q)); n > maxSectionText || strings.Contains(q, "*") {
		t.Errorf("long sentence: %d runes, marks %v", n, strings.Contains(q, "*"))
	}
}
