package slack

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// Slack's published example from "Verifying requests from Slack".
const (
	vectorSecret    = "8f742231b10e8888abcd99yyyzzz85a5"
	vectorTimestamp = "1531420618"
	vectorBody      = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c"
	vectorSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"
)

var vectorTime = time.Unix(1531420618, 0)

func TestSignMatchesSlackExample(t *testing.T) {
	if got := sign(vectorSecret, vectorTimestamp, []byte(vectorBody)); got != vectorSignature {
		t.Errorf("sign = %s, want %s", got, vectorSignature)
	}
}

func TestVerify(t *testing.T) {
	header := func(ts, sig string) http.Header {
		h := http.Header{}
		if ts != "" {
			h.Set(headerTimestamp, ts)
		}
		if sig != "" {
			h.Set(headerSignature, sig)
		}
		return h
	}
	changed := []byte(vectorBody)
	changed[10] ^= 1
	tests := []struct {
		name   string
		secret string
		h      http.Header
		body   []byte
		now    time.Time
		want   error
	}{
		{"slack example", vectorSecret, header(vectorTimestamp, vectorSignature), []byte(vectorBody), vectorTime, nil},
		{"4m59s later", vectorSecret, header(vectorTimestamp, vectorSignature), []byte(vectorBody), vectorTime.Add(maxSkew - time.Second), nil},
		{"4m59s earlier", vectorSecret, header(vectorTimestamp, vectorSignature), []byte(vectorBody), vectorTime.Add(-maxSkew + time.Second), nil},
		{"changed body byte", vectorSecret, header(vectorTimestamp, vectorSignature), changed, vectorTime, errBadSignature},
		{"wrong secret", "8f742231b10e8888abcd99yyyzzz85a6", header(vectorTimestamp, vectorSignature), []byte(vectorBody), vectorTime, errBadSignature},
		{"no signature", vectorSecret, header(vectorTimestamp, ""), []byte(vectorBody), vectorTime, errMissingHeaders},
		{"no timestamp", vectorSecret, header("", vectorSignature), []byte(vectorBody), vectorTime, errMissingHeaders},
		{"stale", vectorSecret, header(vectorTimestamp, vectorSignature), []byte(vectorBody), vectorTime.Add(maxSkew + time.Second), errStale},
		{"from the future", vectorSecret, header(vectorTimestamp, vectorSignature), []byte(vectorBody), vectorTime.Add(-maxSkew - time.Second), errStale},
		{"malformed timestamp", vectorSecret, header("1531420618.5", vectorSignature), []byte(vectorBody), vectorTime, errBadTimestamp},
		{"huge timestamp", vectorSecret, header("99999999999999999", vectorSignature), []byte(vectorBody), vectorTime, errStale},
		{"v1 prefix", vectorSecret, header(vectorTimestamp, "v1"+vectorSignature[2:]), []byte(vectorBody), vectorTime, errBadSignature},
		{"upper-case hex", vectorSecret, header(vectorTimestamp, strings.ToUpper(vectorSignature)), []byte(vectorBody), vectorTime, errBadSignature},
		{"no secret configured", "", header(vectorTimestamp, vectorSignature), []byte(vectorBody), vectorTime, errNoSecret},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := verify(tt.secret, tt.h, tt.body, tt.now); got != tt.want {
				t.Errorf("verify = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestHandlerVerifiesSignatures runs Slack's example through the handler with
// the clock at its time: it verifies (and, its text being empty, gets the
// usage), and every alteration gets 401 without reaching the Asker.
func TestHandlerVerifiesSignatures(t *testing.T) {
	tests := []struct {
		name   string
		body   string
		ts     string
		sig    string
		now    time.Time
		status int
	}{
		{"slack example", vectorBody, vectorTimestamp, vectorSignature, vectorTime, http.StatusOK},
		{"changed body byte", strings.Replace(vectorBody, "roadrunner", "roadrunnes", 1), vectorTimestamp, vectorSignature, vectorTime, http.StatusUnauthorized},
		{"wrong secret", vectorBody, vectorTimestamp, sign("not-the-secret", vectorTimestamp, []byte(vectorBody)), vectorTime, http.StatusUnauthorized},
		{"missing signature", vectorBody, vectorTimestamp, "", vectorTime, http.StatusUnauthorized},
		{"missing timestamp", vectorBody, "", vectorSignature, vectorTime, http.StatusUnauthorized},
		{"stale timestamp", vectorBody, vectorTimestamp, vectorSignature, vectorTime.Add(6 * time.Minute), http.StatusUnauthorized},
		{"forged question", strings.Replace(vectorBody, "text=&", "text=Who+leads%3F&", 1), vectorTimestamp, vectorSignature, vectorTime, http.StatusUnauthorized},
	}
	for _, tt := range tests {
		for _, path := range []string{"/slack/commands", "/slack/events"} {
			if tt.status == http.StatusOK && path == "/slack/events" {
				continue // the example is a slash command
			}
			t.Run(tt.name+path, func(t *testing.T) {
				asker := newAsker(medinsky)
				a := &Adapter{BotToken: testBotToken, SigningSecret: vectorSecret, Asker: asker, Logger: quiet(), Now: func() time.Time { return tt.now }}
				r := httptest.NewRequest(http.MethodPost, path, strings.NewReader(tt.body))
				r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
				if tt.ts != "" {
					r.Header.Set(headerTimestamp, tt.ts)
				}
				if tt.sig != "" {
					r.Header.Set(headerSignature, tt.sig)
				}
				w := httptest.NewRecorder()
				a.Handler().ServeHTTP(w, r)
				if w.Code != tt.status {
					t.Fatalf("status = %d, want %d; body %q", w.Code, tt.status, w.Body)
				}
				if tt.status == http.StatusOK {
					wantContains(t, blockTexts(decodeReply(t, w.Body.Bytes()).Blocks.BlockSet), "/webhook-collect share &lt;question&gt;")
				} else if strings.Contains(w.Body.String(), "Medinsky") || strings.Contains(w.Body.String(), "blocks") {
					t.Errorf("401 carries an answer: %q", w.Body)
				}
				if q := asker.questions(); len(q) != 0 {
					t.Errorf("Asker called: %v", q)
				}
			})
		}
	}
}

func TestHandlerLimits(t *testing.T) {
	a := &Adapter{BotToken: testBotToken, SigningSecret: testSecret, Asker: newAsker(medinsky), Logger: quiet()}
	tests := []struct {
		name   string
		method string
		path   string
		body   []byte
		status int
	}{
		{"body over 1 MB", http.MethodPost, "/slack/events", make([]byte, maxBody+1), http.StatusRequestEntityTooLarge},
		{"body of exactly 1 MB is read", http.MethodPost, "/slack/events", make([]byte, maxBody), http.StatusBadRequest},
		{"GET", http.MethodGet, "/slack/events", nil, http.StatusMethodNotAllowed},
		{"unknown path", http.MethodPost, "/slack/other", nil, http.StatusNotFound},
		{"not JSON", http.MethodPost, "/slack/events", []byte("token=x"), http.StatusBadRequest},
		{"form without command", http.MethodPost, "/slack/commands", []byte("text=hi"), http.StatusBadRequest},
		{"ssl_check", http.MethodPost, "/slack/commands", []byte("ssl_check=1&token=x"), http.StatusOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := signedRequest(tt.path, testSecret, time.Now(), tt.body)
			r.Method = tt.method
			w := httptest.NewRecorder()
			a.Handler().ServeHTTP(w, r)
			if w.Code != tt.status {
				t.Errorf("status = %d, want %d", w.Code, tt.status)
			}
		})
	}
}
