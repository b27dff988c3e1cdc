package discord

import (
	"context"
	"errors"
	"net/http"
	"strings"

	"briefbot"

	"github.com/bwmarrin/discordgo"
)

// Button actions. A button's custom_id is one of these verbs, a colon and
// the ID of the answer it is on ("vote_up:ID"), so a click says what to do
// and to which answer with nothing kept per message. Discord allows 100
// characters; answer IDs are far shorter.
const (
	actVoteUp   = "vote_up"
	actVoteDown = "vote_down"
	actWhy      = "why"
)

// staleButton answers a click on a button this adapter no longer knows.
const staleButton = "Sorry, that button no longer works."

// buttons are the buttons under an answer: 👍 Right and 👎 Wrong with a
// Voter, Why? with an Explainer; nil for none, as for an error or an
// answer without an ID.
func (a *Adapter) buttons(ans briefbot.Answer, err error) []discordgo.MessageComponent {
	if err != nil || ans.ID == "" {
		return nil
	}
	button := func(verb, emoji, label string) discordgo.MessageComponent {
		b := discordgo.Button{Label: label, Style: discordgo.SecondaryButton, CustomID: verb + ":" + ans.ID}
		if emoji != "" {
			b.Emoji = &discordgo.ComponentEmoji{Name: emoji}
		}
		return b
	}
	var row []discordgo.MessageComponent
	if a.voter != nil {
		row = append(row, button(actVoteUp, "👍", "Right"), button(actVoteDown, "👎", "Wrong"))
	}
	if a.explainer != nil {
		row = append(row, button(actWhy, "", "Why?"))
	}
	if len(row) == 0 {
		return nil
	}
	return []discordgo.MessageComponent{discordgo.ActionsRow{Components: row}}
}

// serveComponent answers a click that came to the interactions endpoint,
// in the HTTP response: clicks are handled at once, well within Discord's
// three seconds.
func (a *Adapter) serveComponent(w http.ResponseWriter, r *http.Request, i *discordgo.Interaction) {
	if !a.work.add() {
		writeJSON(w, message(restartingText, false))
		return
	}
	defer a.work.done()
	ctx, cancel := a.detach(r.Context())
	defer cancel()
	writeJSON(w, a.component(ctx, i))
}

// onComponent answers a click that came over the gateway, over REST.
func (a *Adapter) onComponent(ctx context.Context, i *discordgo.Interaction) {
	a.background(ctx, func(ctx context.Context) {
		if err := a.api.InteractionRespond(i, a.component(ctx, i), discordgo.WithContext(ctx)); err != nil {
			a.log.Error("discord: respond to a click", "channel", i.ChannelID, "err", err)
		}
	})
}

// component turns a click, from either path, into the reply only the
// clicker sees.
func (a *Adapter) component(ctx context.Context, i *discordgo.Interaction) *discordgo.InteractionResponse {
	data, _ := i.Data.(discordgo.MessageComponentInteractionData)
	verb, answerID, _ := strings.Cut(data.CustomID, ":")
	origin := briefbot.Origin{Adapter: "discord", Channel: i.ChannelID, User: interactionUser(i)}
	return message(a.action(ctx, verb, answerID, origin), false)
}

// action does what a button says, for whoever clicked it, and returns the
// reply. It is the one place a new button's verb goes.
func (a *Adapter) action(ctx context.Context, verb, answerID string, origin briefbot.Origin) string {
	switch verb {
	case actVoteUp, actVoteDown:
		if a.voter == nil {
			return staleButton
		}
		err := a.voter.Vote(ctx, briefbot.Vote{AnswerID: answerID, Up: verb == actVoteUp, Origin: origin})
		switch {
		case err == nil:
			a.log.Debug("discord: vote", "vote", verb, "channel", origin.Channel, "user", origin.User)
		case errors.Is(err, briefbot.ErrUnknownAnswer), errors.Is(err, briefbot.ErrRateLimited):
			a.log.Debug("discord: vote refused", "err", err, "channel", origin.Channel, "user", origin.User)
		default:
			a.log.Error("discord: vote failed", "err", err, "channel", origin.Channel, "user", origin.User)
		}
		return briefbot.VoteMessage(err)
	case actWhy:
		if a.explainer == nil {
			return staleButton
		}
		e, err := a.explainer.Explain(ctx, answerID, origin)
		switch {
		case err == nil:
			a.log.Debug("discord: explained", "channel", origin.Channel, "user", origin.User)
			return formatExplanation(e)
		case errors.Is(err, briefbot.ErrUnknownAnswer), errors.Is(err, briefbot.ErrRateLimited):
			a.log.Debug("discord: explanation refused", "err", err, "channel", origin.Channel, "user", origin.User)
		default:
			a.log.Error("discord: explanation failed", "err", err, "channel", origin.Channel, "user", origin.User)
		}
		return briefbot.WhyMessage(err)
	default:
		return staleButton
	}
}
