package discord

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"briefbot"

	"github.com/bwmarrin/discordgo"
)

const (
	// maxBodyBytes caps an interaction request. A slash command payload is
	// a few kilobytes; this leaves room for resolved users and members.
	maxBodyBytes = 128 << 10
	// maxClockSkew is how far a request's signed timestamp may be from our
	// clock. It bounds replays of a captured request.
	maxClockSkew = 5 * time.Minute
)

// askCommand is the /ask slash command as registered with Discord.
func askCommand() *discordgo.ApplicationCommand {
	return &discordgo.ApplicationCommand{
		Type:        discordgo.ChatApplicationCommand,
		Name:        "ask",
		Description: "Ask a question about the news stories",
		Options: []*discordgo.ApplicationCommandOption{
			{
				Type:        discordgo.ApplicationCommandOptionString,
				Name:        "question",
				Description: "Your question, e.g. Who leads the Russian delegation?",
				Required:    true,
			},
			{
				Type:        discordgo.ApplicationCommandOptionBoolean,
				Name:        "share",
				Description: "Post the answer in the channel instead of only to you",
			},
		},
	}
}

// askJob is one /ask to answer.
type askJob struct {
	q      briefbot.Question
	public bool
}

// Handler serves Discord's HTTP interactions endpoint at
// POST /discord/interactions; mount it under "/discord/". It needs only the
// public key, not a token or a gateway. Every request's Ed25519 signature is
// checked first: unsigned, forged or stale requests get 401 and no answer.
func (a *Adapter) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /discord/interactions", a.serveInteraction)
	return mux
}

func (a *Adapter) serveInteraction(w http.ResponseWriter, r *http.Request) {
	if a.publicKey == nil {
		http.Error(w, "interactions endpoint not configured", http.StatusNotFound)
		return
	}
	body, err := readBody(w, r)
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			http.Error(w, "request too large", http.StatusRequestEntityTooLarge)
			return
		}
		http.Error(w, "cannot read request", http.StatusBadRequest)
		return
	}
	if err := verify(a.publicKey, r.Header, body, a.now()); err != nil {
		// Discord itself sends bad signatures now and then to check that
		// we refuse them, so this is not an error.
		a.log.Info("discord: interaction refused", "err", err, "remote", r.RemoteAddr)
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}
	var i discordgo.Interaction
	if err := json.Unmarshal(body, &i); err != nil {
		http.Error(w, "invalid interaction", http.StatusBadRequest)
		return
	}
	switch i.Type {
	case discordgo.InteractionPing:
		writeJSON(w, &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong})
	case discordgo.InteractionApplicationCommand:
		a.serveAsk(w, r, &i)
	case discordgo.InteractionMessageComponent:
		a.serveComponent(w, r, &i)
	default:
		http.Error(w, "unsupported interaction type", http.StatusBadRequest)
	}
}

// serveAsk answers an /ask in the HTTP response itself when the answer comes
// quickly, or defers in the response and edits the reply through REST later.
func (a *Adapter) serveAsk(w http.ResponseWriter, r *http.Request, i *discordgo.Interaction) {
	job, resp := a.askJob(i)
	if resp != nil {
		writeJSON(w, resp)
		return
	}
	if !a.work.add() {
		writeJSON(w, message(restartingText, false))
		return
	}
	ctx, cancel := a.detach(r.Context())
	resp, later := a.start(ctx, job)
	writeJSON(w, resp)
	if later == nil {
		cancel()
		a.work.done()
		return
	}
	// Send the deferral now, so that it normally reaches Discord before the
	// edit does; an edit of a response Discord hasn't seen fails.
	if f, ok := w.(http.Flusher); ok {
		f.Flush()
	}
	go func() {
		defer a.survive()
		defer a.work.done()
		defer cancel()
		a.edit(ctx, i, <-later)
	}()
}

// onInteraction handles one INTERACTION_CREATE from the gateway. Like
// onMessage it returns at once; responses go out over REST.
func (a *Adapter) onInteraction(ctx context.Context, i *discordgo.Interaction) {
	if i == nil {
		return
	}
	switch i.Type {
	case discordgo.InteractionApplicationCommand:
	case discordgo.InteractionMessageComponent:
		a.onComponent(ctx, i)
		return
	default:
		return
	}
	a.background(ctx, func(ctx context.Context) {
		job, resp := a.askJob(i)
		var later <-chan post
		if resp == nil {
			resp, later = a.start(ctx, job)
		}
		if err := a.api.InteractionRespond(i, resp, discordgo.WithContext(ctx)); err != nil {
			a.log.Error("discord: respond to interaction", "channel", i.ChannelID, "err", err)
			if later != nil {
				<-later // let the answer finish while we are still counted
			}
			return
		}
		if later != nil {
			a.edit(ctx, i, <-later)
		}
	})
}

// askJob reads an /ask interaction. When it needs no answering (a command we
// don't know, a channel we don't answer in, an empty question or "help") it
// returns the response to send instead.
func (a *Adapter) askJob(i *discordgo.Interaction) (askJob, *discordgo.InteractionResponse) {
	data, ok := i.Data.(discordgo.ApplicationCommandInteractionData)
	if !ok || data.Name != "ask" {
		return askJob{}, message("I only know the /ask command.", false)
	}
	if !a.allowedChannel(i.GuildID, i.ChannelID) {
		return askJob{}, message("I don't answer questions in this channel.", false)
	}
	job := askJob{public: a.public}
	job.q.Origin = briefbot.Origin{Adapter: "discord", Channel: i.ChannelID, User: interactionUser(i)}
	// A user's /ask in one channel is a conversation, for a few minutes:
	// a command opens no thread to keep it in.
	job.q.Conversation = "discord:ask:" + i.ChannelID + ":" + job.q.Origin.User
	job.q.FollowUpWithin = slashFollowUps
	for _, o := range data.Options {
		if o == nil {
			continue
		}
		// Type switches on the values, not discordgo's StringValue and
		// BoolValue, which panic on a type mismatch.
		switch v := o.Value.(type) {
		case string:
			if o.Name == "question" {
				job.q.Text = strings.TrimSpace(v)
			}
		case bool:
			if o.Name == "share" {
				job.public = v
			}
		}
	}
	if job.q.Text == "" || isHelp(job.q.Text) {
		return askJob{}, message(a.usage(), false)
	}
	return job, nil
}

func interactionUser(i *discordgo.Interaction) string {
	switch {
	case i.Member != nil && i.Member.User != nil:
		return i.Member.User.ID
	case i.User != nil:
		return i.User.ID
	}
	return ""
}

// start asks the question and waits up to inlineWait for the answer. It
// returns the initial response: the answer itself (type 4), or a deferral
// (type 5) and the channel the answer will arrive on, for the edit.
func (a *Adapter) start(ctx context.Context, job askJob) (*discordgo.InteractionResponse, <-chan post) {
	ch := make(chan post, 1)
	go func() { ch <- a.answer(ctx, job.q) }()
	t := time.NewTimer(a.inlineWait)
	defer t.Stop()
	select {
	case p := <-ch:
		resp := message(p.text, job.public)
		resp.Data.Components = p.components
		return resp, nil
	case <-t.C:
		return &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
			// The deferral decides the visibility of the final reply.
			Data: &discordgo.InteractionResponseData{Flags: flags(job.public)},
		}, ch
	}
}

// edit replaces a deferred response's "thinking…" with the answer.
func (a *Adapter) edit(ctx context.Context, i *discordgo.Interaction, p post) {
	edit := &discordgo.WebhookEdit{Content: &p.text, AllowedMentions: noMentions()}
	if p.components != nil {
		edit.Components = &p.components
	}
	_, err := a.api.InteractionResponseEdit(i, edit, discordgo.WithContext(ctx))
	if err != nil {
		a.log.Error("discord: edit deferred response", "channel", i.ChannelID, "err", err)
	}
}

const restartingText = "I'm restarting. Please ask again in a minute."

// message is an immediate interaction reply.
func message(text string, public bool) *discordgo.InteractionResponse {
	return &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{
			Content:         text,
			Flags:           flags(public),
			AllowedMentions: noMentions(),
		},
	}
}

func flags(public bool) discordgo.MessageFlags {
	f := discordgo.MessageFlagsSuppressEmbeds
	if !public {
		f |= discordgo.MessageFlagsEphemeral
	}
	return f
}

func readBody(w http.ResponseWriter, r *http.Request) ([]byte, error) {
	return io.ReadAll(http.MaxBytesReader(w, r.Body, maxBodyBytes))
}

// Why a request failed verification, for the log.
var (
	errNoSignature  = errors.New("missing or malformed X-Signature-Ed25519")
	errNoTimestamp  = errors.New("missing or malformed X-Signature-Timestamp")
	errStale        = errors.New("timestamp more than 5 minutes from our clock")
	errBadSignature = errors.New("signature does not match the public key and body")
)

// verify checks Discord's request signature: Ed25519 over the timestamp
// header followed by the raw body. Timestamps more than maxClockSkew from
// now, either way, are rejected, which discordgo.VerifyInteraction doesn't do.
func verify(key ed25519.PublicKey, h http.Header, body []byte, now time.Time) error {
	sig, err := hex.DecodeString(h.Get("X-Signature-Ed25519"))
	if err != nil || len(sig) != ed25519.SignatureSize {
		return errNoSignature
	}
	ts := h.Get("X-Signature-Timestamp")
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return errNoTimestamp
	}
	// Whole seconds on both sides, so no Duration can overflow.
	skew := int64(maxClockSkew / time.Second)
	if d := now.Unix() - sec; d > skew || d < -skew {
		return errStale
	}
	msg := make([]byte, 0, len(ts)+len(body))
	msg = append(append(msg, ts...), body...)
	if !ed25519.Verify(key, msg, sig) {
		return errBadSignature
	}
	return nil
}

func writeJSON(w http.ResponseWriter, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	_, _ = w.Write(b)
}
