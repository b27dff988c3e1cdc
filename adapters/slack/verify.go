package slack

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"
	"strconv"
	"time"
)

// Our own verifier rather than slack.SecretsVerifier: that one reads
// time.Now, so Slack's published 2018 test vector cannot pass through it.
// https://api.slack.com/authentication/verifying-requests-from-slack

const (
	headerSignature = "X-Slack-Signature"
	headerTimestamp = "X-Slack-Request-Timestamp"
	// maxSkew is how far a request timestamp may be from our clock, either
	// way, before the request counts as a replay.
	maxSkew = 5 * time.Minute
)

// Why a request failed verification. None of them carries the secret.
var (
	errNoSecret       = errors.New("signing secret is not configured")
	errMissingHeaders = errors.New("missing signature headers")
	errBadTimestamp   = errors.New("malformed request timestamp")
	errStale          = errors.New("request timestamp is more than 5 minutes off")
	errBadSignature   = errors.New("signature does not match")
)

// sign returns Slack's v0 signature of body sent at timestamp ts:
// "v0=" + hex(HMAC-SHA256(secret, "v0:" + ts + ":" + body)).
func sign(secret, ts string, body []byte) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte("v0:" + ts + ":"))
	m.Write(body)
	return "v0=" + hex.EncodeToString(m.Sum(nil))
}

// verify checks a request's signature headers against body at time now.
func verify(secret string, h http.Header, body []byte, now time.Time) error {
	if secret == "" {
		return errNoSecret
	}
	ts, sig := h.Get(headerTimestamp), h.Get(headerSignature)
	if ts == "" || sig == "" {
		return errMissingHeaders
	}
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return errBadTimestamp
	}
	if d := now.Sub(time.Unix(sec, 0)); d > maxSkew || d < -maxSkew {
		return errStale
	}
	if !hmac.Equal([]byte(sig), []byte(sign(secret, ts, body))) {
		return errBadSignature
	}
	return nil
}
