package discord

import (
	"context"
	"encoding/json"
	"errors"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"briefbot"

	"github.com/bwmarrin/discordgo"
)

// replyEvent is a MESSAGE_CREATE of author replying to message ref
// (written by refAuthor), mentioning the users mentioned.
func replyEvent(id, guild, channel, author, content, ref, refAuthor string, mentioned ...string) string {
	var ms []map[string]any
	for _, m := range mentioned {
		ms = append(ms, map[string]any{"id": m, "username": "u" + m})
	}
	b, _ := json.Marshal(map[string]any{
		"id": id, "type": 19, "guild_id": guild, "channel_id": channel, "content": content, "mentions": ms,
		"author":             map[string]any{"id": author, "username": "u" + author},
		"message_reference":  map[string]any{"message_id": ref, "channel_id": channel, "guild_id": guild},
		"referenced_message": map[string]any{"id": ref, "channel_id": channel, "author": map[string]any{"id": refAuthor, "username": "x", "bot": refAuthor == botUserID}},
	})
	return string(b)
}

// TestConversations: a DM is a conversation; in a server channel, a
// user's mentions are one, and a reply to one of the bot's answers, by
// anyone and with no mention, continues that answer's; a user's /ask in
// a channel is one for a few minutes.
func TestConversations(t *testing.T) {
	t.Parallel()
	f := newFakeDiscord(t)
	asker := &recordingAsker{ans: medinsky, asked: make(chan briefbot.Question, 10)}
	r, _ := startAdapter(t, f, Config{Asker: asker})
	steps := []struct {
		event, want string
		within      time.Duration
	}{
		{messageEvent("m1", "g1", "c1", "u1", false, "<@111> Who leads the Russian delegation?", botUserID), "discord:c1:u1", 0},
		// The fake numbers the messages it is sent from 900.
		{replyEvent("m2", "g1", "c1", "u2", "What is his job?", "900", botUserID), "discord:c1:u1", 0},
		{messageEvent("m3", "g1", "c1", "u2", false, "<@111> Who leads the Ukrainian team?", botUserID), "discord:c1:u2", 0},
		{messageEvent("m4", "", "dm1", "u3", false, "Who leads?"), "discord:dm:dm1", 0},
		// A mention replying to someone else's message: the author's own.
		{replyEvent("m5", "g1", "c1", "u2", "<@111> and him?", "800", "u1", botUserID), "discord:c1:u2", 0},
	}
	for i, s := range steps {
		f.send("MESSAGE_CREATE", s.event)
		q := receive(t, asker.asked)
		if q.Conversation != s.want || q.FollowUpWithin != s.within {
			t.Errorf("%q asked in %q within %v, want %q", q.Text, q.Conversation, q.FollowUpWithin, s.want)
		}
		f.next(t) // the reply
		// Remembered once Discord has said which message it is: before
		// anyone can see it to reply. Each reply has an ID of its own, so
		// an earlier reply's being remembered cannot pass for this one's.
		id := strconv.Itoa(900 + i)
		waitUntil(t, "the reply remembered", func() bool { c, ok := r.replies.get(id); return ok && c == q.Conversation })
	}
	// A reply to another user's message, without a mention, is not for
	// the bot.
	f.send("MESSAGE_CREATE", replyEvent("m6", "g1", "c1", "u2", "thanks", "m3", "u2"))
	f.send("INTERACTION_CREATE", interactionEvent("i1", "c1", askOptions))
	q := receive(t, asker.asked)
	if q.Text != "Who leads the Russian delegation?" || q.Conversation != "discord:ask:c1:u1" || q.FollowUpWithin != slashFollowUps {
		t.Errorf("/ask asked %+v", q)
	}
	f.next(t)
	f.noMoreCalls(t)
}

func receive(t *testing.T, ch chan briefbot.Question) briefbot.Question {
	t.Helper()
	select {
	case q := <-ch:
		return q
	case <-time.After(waitLimit):
		t.Fatal("timed out waiting for a question")
		return briefbot.Question{}
	}
}

// TestUnderstoodAs: a follow-up's answer says first, in small text, how
// it was understood, escaped, within the message limit.
func TestUnderstoodAs(t *testing.T) {
	ans := medinsky
	ans.UnderstoodAs = "What is Vladimir **Medinsky**'s job?"
	got := formatReply(ans, nil)
	if !strings.HasPrefix(got, "-# Understood as: What is Vladimir \\*\\*Medinsky\\*\\*'s job?\n**Vladimir Medinsky**\n> ") {
		t.Errorf("reply:\n%s", got)
	}
	ans.Evidence = []briefbot.Sentence{medinsky.Evidence[0]} // medinsky's own stays as it is
	ans.Evidence[0].Text = strings.Repeat("long ", 1000)
	if got := formatReply(ans, nil); textLen(got) > maxMessageLen || !strings.HasPrefix(got, "-# Understood as:") {
		t.Errorf("%d long, or the line is lost", textLen(got))
	}
	if got := formatReply(briefbot.Answer{UnderstoodAs: "Who leads the Chinese delegation?"}, nil); got != "-# Understood as: Who leads the Chinese delegation?\n"+briefbot.NoAnswerText {
		t.Errorf("no answer: %q", got)
	}
	if got := formatReply(medinsky, nil); strings.Contains(got, "Understood") {
		t.Errorf("asked as it stands: %q", got)
	}
}

// fakeExplainer explains every answer alike, and records what it was
// asked.
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

func span(s, part string) briefbot.Span {
	i := strings.Index(s, part)
	return briefbot.Span{Start: i, End: i + len(part)}
}

var medinskyExplained = briefbot.Explanation{
	Question: "Who leads the Russian delegation?", Type: "who", Expects: "person", Answer: "Vladimir Medinsky",
	Best:      briefbot.Candidate{Text: "Vladimir Medinsky", Score: 0.89, Sentence: medinsky.Evidence[0]},
	Matched:   []briefbot.Span{span(medinsky.Evidence[0].Text, "Russian delegation is led")},
	Threshold: 0.66,
	Lowered:   []briefbot.Factor{{Reason: "the answer repeats words of the question", Effect: -0.2}},
	RunnerUp:  &briefbot.Candidate{Text: "an aide", Score: 0.3, Sentence: medinsky.Evidence[0]},
}

// TestWhyButton: with an Explainer an answer with an ID has a Why?
// button; a click on it, at the endpoint or over the gateway, is
// answered to the clicker alone with the explanation.
func TestWhyButton(t *testing.T) {
	t.Parallel()
	f := newFakeDiscord(t)
	why := &fakeExplainer{e: medinskyExplained}
	startAdapter(t, f, Config{Asker: fixedAsker{ans: medinskyKept}, Voter: &fakeVoter{}, Explainer: why})
	f.send("MESSAGE_CREATE", messageEvent("m1", "g1", "c1", "u1", false, "<@111> Who leads?", botUserID))
	if c := f.next(t); strings.Join(customIDs(t, c.Body), " ") != "vote_up:ans1 vote_down:ans1 why:ans1" || !strings.Contains(string(c.Body), `"label":"Why?"`) {
		t.Errorf("buttons: %s", c.Body)
	}

	f.send("INTERACTION_CREATE", clickBody("i5", "why:ans1"))
	c := f.next(t)
	var resp discordgo.InteractionResponse
	c.decode(t, &resp)
	if c.Path != "/api/v9/interactions/i5/tok-i5/callback" || resp.Data.Flags&discordgo.MessageFlagsEphemeral == 0 {
		t.Fatalf("call %s", c)
	}
	for _, want := range []string{"**Why this answer?**", "-# Read as a who-question, looking for a person: Who leads the Russian delegation?",
		"> The **Russian delegation is led** by Vladimir Medinsky, an aide to the president.",
		"— *Peace talks resume in Istanbul*, paragraph 3", "Answer **Vladimir Medinsky**: score 0.89 (an answer needs 0.66).",
		"Lowered by: the answer repeats words of the question (-0.20)", "Runner-up: **an aide**, score 0.30 (paragraph 3)"} {
		if !strings.Contains(resp.Data.Content, want) {
			t.Errorf("explanation lacks %q:\n%s", want, resp.Data.Content)
		}
	}
	if len(why.ids) != 1 || why.ids[0] != "ans1" || why.by[0] != (briefbot.Origin{Adapter: "discord", Channel: "c1", User: "u1"}) {
		t.Errorf("explained %v for %v", why.ids, why.by)
	}

	// At the endpoint, in the HTTP response.
	a, _ := newHTTPAdapter(t, fixedAsker{ans: medinsky}, nil)
	a.explainer = &fakeExplainer{err: briefbot.ErrUnknownAnswer}
	w := httptest.NewRecorder()
	a.Handler().ServeHTTP(w, signedRequest(testKey, time.Now(), clickBody("i6", "why:gone")))
	var r discordgo.InteractionResponse
	if err := json.Unmarshal(w.Body.Bytes(), &r); err != nil || r.Data.Content != briefbot.WhyMessage(briefbot.ErrUnknownAnswer) ||
		r.Data.Flags&discordgo.MessageFlagsEphemeral == 0 {
		t.Errorf("endpoint: %s", w.Body)
	}

	// Only Why? without a Voter; nothing for an error.
	b := &Adapter{explainer: why}
	if ids := b.buttons(medinskyKept, nil); len(ids) != 1 || len(ids[0].(discordgo.ActionsRow).Components) != 1 {
		t.Errorf("buttons without a Voter: %+v", ids)
	}
	if b.buttons(medinskyKept, errors.New("x")) != nil {
		t.Error("buttons on an error")
	}
}

// TestFormatExplanation: article text is escaped, bold only where the
// question's words are; a long sentence is cut to fit, without marks.
func TestFormatExplanation(t *testing.T) {
	s := briefbot.Sentence{ArticleID: "a.txt", Paragraph: 2, Text: "Ann @everyone said *hi*\nto Bob."}
	e := briefbot.Explanation{Question: "Who said hi?", Type: "who", Expects: "person", Threshold: 0.66,
		Best: briefbot.Candidate{Text: "Ann @everyone", Score: 0.3, Sentence: s}, Matched: []briefbot.Span{span(s.Text, "said"), span(s.Text, "*hi*")}}
	got := formatExplanation(e)
	for _, want := range []string{"**Why no answer?**", "> Ann @\u200beveryone **said** **\\*hi\\*** to Bob.", "— *a.txt*, paragraph 2",
		"The best candidate, **Ann @\u200beveryone**, scored 0.30, under the 0.66 an answer needs"} {
		if !strings.Contains(got, want) {
			t.Errorf("lacks %q:\n%s", want, got)
		}
	}
	e.Best.Sentence.Text = strings.Repeat("word ", 600)
	e.Matched = []briefbot.Span{{Start: 0, End: 4}}
	if got := formatExplanation(e); textLen(got) > maxMessageLen || strings.Contains(got, "**word**") {
		t.Errorf("long: %d, marks kept %v", textLen(got), strings.Contains(got, "**word**"))
	}
	if got := formatExplanation(briefbot.Explanation{Type: "when", Expects: "date"}); !strings.Contains(got, "No candidate of the kind asked for") {
		t.Errorf("no candidate:\n%s", got)
	}
	above := briefbot.Explanation{Type: "who", Expects: "person", Answer: "John Taylor", Threshold: 0.29,
		Best:     briefbot.Candidate{Text: "John Taylor", Score: 0.36, Sentence: s},
		RunnerUp: &briefbot.Candidate{Text: "Geoff Hoon", Score: 0.44, Sentence: s}}
	if got := formatExplanation(above); !strings.Contains(got, "Runner-up: **Geoff Hoon**, score 0.44 (paragraph 2); "+above.RunnerUpNote()) {
		t.Errorf("a runner-up above the answer, unexplained:\n%s", got)
	}
	if got := formatExplanation(briefbot.Explanation{Type: "who", Expects: "person", Unmentioned: "Zorblat_Palace"}); !strings.Contains(got, `mentions “Zorblat\_Palace”, so: `+briefbot.NoAnswerText) {
		t.Errorf("an unmentioned name, escaped:\n%s", got)
	}
	if got := formatExplanation(briefbot.Explanation{Type: "who", Expects: "person", Question: "who is lewis_champion", ReadAs: "who is Lewis_Champion"}); !strings.Contains(got, `looking for a person: who is Lewis\_Champion`) {
		t.Errorf("the question as read, escaped:\n%s", got)
	}
}

// TestReplyBeforeTheAnswerIsKnown: a reply to an answer whose ID the bot
// has not learnt yet is placed by the question that answer replied to;
// a reply to a question is not addressed to the bot.
func TestReplyBeforeTheAnswerIsKnown(t *testing.T) {
	a := &Adapter{}
	a.self.Store(&identity{userID: botUserID})
	a.replies.asked("q1", "discord:c1:u1")
	bot := &discordgo.User{ID: botUserID}
	reply := &discordgo.Message{ID: "m2", GuildID: "g1", ChannelID: "c1", Author: &discordgo.User{ID: "u2"},
		MessageReference:  &discordgo.MessageReference{MessageID: "a1"},
		ReferencedMessage: &discordgo.Message{ID: "a1", Author: bot, MessageReference: &discordgo.MessageReference{MessageID: "q1"}}}
	if c := a.conversation(reply); c != "discord:c1:u1" {
		t.Errorf("conversation %q", c)
	}
	toQuestion := &discordgo.Message{ID: "m3", GuildID: "g1", ChannelID: "c1", Author: &discordgo.User{ID: "u2"},
		MessageReference:  &discordgo.MessageReference{MessageID: "q1"},
		ReferencedMessage: &discordgo.Message{ID: "q1", Author: &discordgo.User{ID: "u1"}}}
	if a.repliesToBot(toQuestion, botUserID) || !a.repliesToBot(reply, botUserID) {
		t.Error("a reply to a question counts as addressed to the bot, or one to an answer does not")
	}
	if c := a.conversation(toQuestion); c != "discord:c1:u2" {
		t.Errorf("a reply to a question: %q", c)
	}
}
