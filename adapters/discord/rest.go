package discord

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// DefaultAPIURL is Discord's REST API base. discordgo appends its API
// version ("v9/") and the route.
const DefaultAPIURL = "https://discord.com/api/"

// redirect sends the REST calls discordgo addresses to DefaultAPIURL to
// another base URL (Config.APIURL), keeping the version and the route.
//
// discordgo has no per-Session base URL: every endpoint is a package
// variable (EndpointAPI, EndpointChannels, ...) computed once from
// EndpointDiscord when the package is initialised. Setting EndpointDiscord
// later changes nothing; setting the derived variables would redirect every
// Session in the process, and race with any running. Every REST call,
// though, goes through the Session's own http.Client, so rewriting requests
// in its transport redirects this Session alone, the gateway lookup
// included, and touches no global. Requests to other hosts (none that the
// adapter makes) pass unchanged.
type redirect struct {
	to   string // an http(s) URL ending in "/"
	base http.RoundTripper
}

func (rt redirect) RoundTrip(r *http.Request) (*http.Response, error) {
	rest, ok := strings.CutPrefix(r.URL.String(), DefaultAPIURL)
	if !ok {
		return rt.base.RoundTrip(r)
	}
	u, err := url.Parse(rt.to + rest)
	if err != nil {
		if r.Body != nil {
			r.Body.Close() // a RoundTripper closes the body, even on error
		}
		return nil, fmt.Errorf("discord: redirect to the API URL: %w", err)
	}
	r = r.Clone(r.Context())
	r.URL, r.Host = u, ""
	return rt.base.RoundTrip(r)
}

// apiURL checks Config.APIURL and returns it ending in "/", or "" for
// Discord's own.
func apiURL(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" || s == DefaultAPIURL {
		return "", nil
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
		return "", fmt.Errorf("discord: API URL %q: want an http(s) URL such as %s", s, DefaultAPIURL)
	}
	if !strings.HasSuffix(s, "/") {
		s += "/"
	}
	return s, nil
}

// restClient is the http.Client the Session uses: a copy of c (or a default
// client) whose requests go to to when it is set, and whose gateway lookup
// g can cancel. c itself is not changed.
func restClient(c *http.Client, to string, g *gate) *http.Client {
	if c == nil {
		c = &http.Client{Timeout: DefaultHTTPTimeout}
	}
	base := c.Transport
	if base == nil {
		base = http.DefaultTransport
	}
	if to != "" {
		base = redirect{to: to, base: base}
	}
	cc := *c
	cc.Transport = transport{g: g, base: base}
	return &cc
}
