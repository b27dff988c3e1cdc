package slack

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"

	"briefbot"

	"github.com/slack-go/slack"
)

// Button actions. A button's action_id is one of these verbs and its value
// the ID of the answer it is on, so a click says what to do and to which
// answer with nothing kept per message.
const (
	actVoteUp   = "vote_up"
	actVoteDown = "vote_down"
	actWhy      = "why"
)

// staleButton answers a click on a button this adapter no longer knows.
const staleButton = "Sorry, that button no longer works."

// serveInteraction acknowledges a click (block_actions) at once and
// handles it in Run; the reply goes to the interaction's response_url.
// Other interactions (shortcuts, views) are acknowledged and ignored.
func (a *Adapter) serveInteraction(w http.ResponseWriter, _ *http.Request, body []byte) {
	// The body is a form with one field, payload, holding JSON. Parsed
	// from the verified bytes, whatever the Content-Type says.
	var cb slack.InteractionCallback
	form, err := url.ParseQuery(string(body))
	if err == nil {
		err = json.Unmarshal([]byte(form.Get("payload")), &cb)
	}
	if err != nil {
		http.Error(w, "malformed interaction", http.StatusBadRequest)
		return
	}
	if cb.Type != slack.InteractionTypeBlockActions {
		return
	}
	if !a.dispatch(func(ctx context.Context) { a.clicked(ctx, cb) }) {
		// Slack doesn't retry interactions; the user sees an error mark
		// on the button and can click again.
		a.log().Warn("slack: not running; click refused", "channel", cb.Channel.ID)
		http.Error(w, "not ready", http.StatusServiceUnavailable)
	}
}

// clicked handles the buttons of one block_actions payload, from HTTP or
// Socket Mode, replying to the clicker alone through response_url.
func (a *Adapter) clicked(ctx context.Context, cb slack.InteractionCallback) {
	channel := cb.Channel.ID
	if channel == "" {
		channel = cb.Container.ChannelID
	}
	origin := briefbot.Origin{Adapter: "slack", Channel: channel, User: cb.User.ID}
	log := a.log().With("channel", channel, "user", cb.User.ID)
	for _, act := range cb.ActionCallback.BlockActions {
		if act == nil {
			continue
		}
		m := a.action(ctx, act.ActionID, act.Value, origin).webhook(Ephemeral)
		// Reply where the button is: in its thread, if it is in one.
		m.ThreadTimestamp = cb.Container.ThreadTs
		if err := a.respond(ctx, cb.ResponseURL, m); err != nil {
			log.Error("slack: reply to a click failed", "action", act.ActionID, "err", err)
		}
	}
}

// action does what a button says, for whoever clicked it, and returns the
// reply only they will see. It is the one place a new button's verb goes.
func (a *Adapter) action(ctx context.Context, verb, answerID string, origin briefbot.Origin) reply {
	switch verb {
	case actVoteUp, actVoteDown:
		if a.Voter == nil {
			return textReply(staleButton)
		}
		err := a.Voter.Vote(ctx, briefbot.Vote{AnswerID: answerID, Up: verb == actVoteUp, Origin: origin})
		switch {
		case err == nil:
			a.log().Debug("slack: vote", "vote", verb, "channel", origin.Channel, "user", origin.User)
		case errors.Is(err, briefbot.ErrUnknownAnswer), errors.Is(err, briefbot.ErrRateLimited):
			a.log().Debug("slack: vote refused", "err", err, "channel", origin.Channel, "user", origin.User)
		default:
			a.log().Error("slack: vote failed", "err", err, "channel", origin.Channel, "user", origin.User)
		}
		return textReply(briefbot.VoteMessage(err))
	case actWhy:
		if a.Explainer == nil {
			return textReply(staleButton)
		}
		e, err := a.Explainer.Explain(ctx, answerID, origin)
		switch {
		case err == nil:
			a.log().Debug("slack: explained", "channel", origin.Channel, "user", origin.User)
			return renderExplanation(e)
		case errors.Is(err, briefbot.ErrUnknownAnswer), errors.Is(err, briefbot.ErrRateLimited):
			a.log().Debug("slack: explanation refused", "err", err, "channel", origin.Channel, "user", origin.User)
		default:
			a.log().Error("slack: explanation failed", "err", err, "channel", origin.Channel, "user", origin.User)
		}
		return textReply(briefbot.WhyMessage(err))
	default:
		return textReply(staleButton)
	}
}
