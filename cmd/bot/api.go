package main

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"net/netip"
	"runtime/debug"
	"strings"
	"sync/atomic"
	"time"
	"unicode"

	"github.com/prometheus/client_golang/prometheus"
	"golang.org/x/time/rate"

	"briefbot"
	"briefbot/guard"
)

// apiRequest is the body of POST /api/ask. Unknown fields are refused, so
// an integration's typo shows up at once rather than as a question ignored.
type apiRequest struct {
	Question string `json:"question"`
	// ArticleID, when set, restricts the answer to one article.
	ArticleID string `json:"article_id,omitempty"`
	// Conversation, chosen by the client, makes the question a turn of
	// that conversation, which a follow-up may lean on. It is the
	// client's own: two clients' conversations of the same name are two.
	Conversation string `json:"conversation,omitempty"`
	// Explain asks for the answer's explanation too ("Why?").
	Explain bool `json:"explain,omitempty"`
}

// maxConversationID bounds the conversation ids clients choose.
const maxConversationID = 200

// askAPI answers POST /api/ask: {"question": "..."} in, the answer out in
// the shape of `bot ask --json` (briefbot.Answer's MarshalJSON). Every
// failure is JSON too: {"error": "..."} with a 4xx or 5xx status.
type askAPI struct {
	asker asker
	// why explains answers for "explain": true.
	why answerExplainer
	// answerIDs shows answer IDs, which votes name: with feedback on. The
	// conversations give every answer one, for "Why?".
	answerIDs bool
	token     string // "" means no token is needed
	maxBody   int64
	// unauthorized counts requests refused for their token; log says so,
	// at most once every unauthorizedLogEvery, so that a flood of bad
	// tokens cannot flood the log.
	unauthorized prometheus.Counter
	log          *slog.Logger
	logSometimes rate.Sometimes
	unlogged     atomic.Int64
}

const unauthorizedLogEvery = 10 * time.Second

func (h *askAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	// A bug the core's own recover does not cover (a follow-up, an
	// explanation) still gets the client a JSON 500, not a dropped
	// connection; the stack goes to the log.
	defer func() {
		if v := recover(); v != nil {
			h.log.Error("api: ask panicked", "panic", v, "stack", string(debug.Stack()))
			writeError(w, http.StatusInternalServerError, "internal error")
		}
	}()
	var req apiRequest
	post := jsonPost{token: h.token, maxBody: h.maxBody, noun: "question",
		example: `{"question": "..."}`, want: `{"question": "..."}`, refused: h.refused}
	if !post.decode(w, r, &req) {
		return
	}
	if len(req.Conversation) > maxConversationID || strings.ContainsFunc(req.Conversation, unicode.IsControl) {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("conversation must be at most %d characters, without control characters", maxConversationID))
		return
	}
	q := briefbot.Question{
		Text:      req.Question,
		ArticleID: req.ArticleID,
		Origin:    briefbot.Origin{Adapter: "api", User: clientIP(r)},
	}
	if req.Conversation != "" {
		// Keyed by the client too, so that no client can lean on
		// another's conversation by naming it.
		q.Conversation = "api:" + q.Origin.User + ":" + req.Conversation
	}
	ans, err := h.asker.Ask(r.Context(), q)
	switch outcome := guard.Classify(ans, err); {
	case outcome == guard.RateLimited:
		w.Header().Set("Retry-After", "60")
		writeError(w, http.StatusTooManyRequests, "rate limited: too many questions; try again in a minute")
	case outcome == guard.Refused:
		writeError(w, http.StatusBadRequest, err.Error())
	case errors.Is(err, context.DeadlineExceeded):
		writeError(w, http.StatusGatewayTimeout, "no answer in time")
	case err != nil:
		// The detail is in the log; it may name files or internals.
		writeError(w, http.StatusInternalServerError, "internal error")
	default:
		h.reply(w, r, ans, req.Explain, q.Origin)
	}
}

// reply writes an answer, with its explanation when asked for.
func (h *askAPI) reply(w http.ResponseWriter, r *http.Request, ans briefbot.Answer, explain bool, by briefbot.Origin) {
	id := ans.ID
	if !h.answerIDs {
		ans.ID = ""
	}
	if !explain || h.why == nil {
		// The answer's own MarshalJSON is json.Marshal's output, compact
		// and escaped already: an Encoder would compact it again, byte by
		// byte, and allocate itself (a hundredth of a request).
		body, err := ans.MarshalJSON()
		if err != nil {
			writeError(w, http.StatusInternalServerError, "internal error")
			return
		}
		writeJSONBytes(w, http.StatusOK, append(body, '\n'))
		return
	}
	body, err := json.Marshal(ans)
	if err != nil {
		writeError(w, http.StatusInternalServerError, "internal error")
		return
	}
	var extra []byte
	if e, err := h.why.Explain(r.Context(), id, by); err != nil {
		h.log.Debug("api: explanation failed", "err", err, "client", by.User)
		extra, _ = json.Marshal(map[string]string{"explanation_error": briefbot.WhyMessage(err)})
	} else {
		extra, _ = json.Marshal(map[string]briefbot.Explanation{"explanation": e})
	}
	// The answer's object, then the explanation's member, in one object.
	body = append(append(body[:len(body)-1], ','), extra[1:]...)
	writeJSON(w, http.StatusOK, json.RawMessage(body))
}

// refused counts and logs a request with a missing or wrong token: the
// client and whether a token was sent, never the token.
func (h *askAPI) refused(r *http.Request) {
	h.unauthorized.Inc()
	n := h.unlogged.Add(1)
	h.logSometimes.Do(func() {
		h.unlogged.Add(-n)
		h.log.Warn("api: unauthorized: missing or wrong bearer token", "client", clientIP(r),
			"token_sent", bearer(r) != "", "refused_since_last_line", n)
	})
}

// jsonPost is what the API's POST endpoints ask of a request before
// they read what it says.
type jsonPost struct {
	token   string // the bearer token required; "" for none
	maxBody int64
	noun    string // what the body holds, "question"
	example string // the object wanted, in the reply to another method
	want    string // the object wanted, in the reply to a body that is not it
	// refused, when set, hears of each request with a missing or wrong
	// token.
	refused func(*http.Request)
}

// decode checks the method, the token and the content type, and decodes
// the body, one JSON value of dst's shape without unknown fields and of
// at most maxBody bytes, into dst. When any of it fails it writes the
// error reply and returns false.
func (p jsonPost) decode(w http.ResponseWriter, r *http.Request, dst any) bool {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		writeError(w, http.StatusMethodNotAllowed, "POST a JSON object: "+p.example)
		return false
	}
	if p.token != "" && !sameToken(bearer(r), p.token) {
		if p.refused != nil {
			p.refused(r)
		}
		w.Header().Set("WWW-Authenticate", `Bearer realm="briefbot"`)
		writeError(w, http.StatusUnauthorized, "missing or wrong bearer token")
		return false
	}
	// Requiring JSON also keeps browsers from posting here from other
	// sites without a CORS preflight.
	if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != "application/json" {
		writeError(w, http.StatusUnsupportedMediaType, "send the "+p.noun+" as JSON, with Content-Type: application/json")
		return false
	}
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, p.maxBody))
	dec.DisallowUnknownFields()
	err := dec.Decode(dst)
	if err == nil && dec.Decode(&struct{}{}) != io.EOF {
		err = errors.New("more than one JSON value")
	}
	if err != nil {
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
			writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body larger than %d bytes", p.maxBody))
			return false
		}
		writeError(w, http.StatusBadRequest, "invalid JSON: want "+p.want+": "+err.Error())
		return false
	}
	return true
}

// bearer returns the token of an "Authorization: Bearer TOKEN" header.
func bearer(r *http.Request) string {
	scheme, token, ok := strings.Cut(r.Header.Get("Authorization"), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return ""
	}
	return strings.TrimSpace(token)
}

// sameToken compares in constant time. Hashing first makes the time
// independent of the lengths too.
func sameToken(got, want string) bool {
	g, w := sha256.Sum256([]byte(got)), sha256.Sum256([]byte(want))
	return got != "" && subtle.ConstantTimeCompare(g[:], w[:]) == 1
}

// clientIP keys the API's per-user rate limit (and names the client in
// the log): the IPv4 address, or the /64 of an IPv6 one, since an IPv6
// client usually holds a whole /64 and could rotate through it past a
// per-address limit. Behind a reverse proxy every client shares the
// proxy's address; see the README.
func clientIP(r *http.Request) string {
	ap, err := netip.ParseAddrPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	ip := ap.Addr().Unmap().WithZone("")
	if ip.Is4() {
		return ip.String()
	}
	p, err := ip.Prefix(64)
	if err != nil {
		return ip.String()
	}
	return p.String()
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v) // the client has gone if this fails
}

// writeJSONBytes is writeJSON for a value encoded already, newline
// included.
func writeJSONBytes(w http.ResponseWriter, status int, body []byte) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_, _ = w.Write(body) // the client has gone if this fails
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}
