package discord

import (
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

// recordURL records the URL of each request and fails it, so nothing leaves
// the process.
type recordURL struct{ got chan *http.Request }

func (r recordURL) RoundTrip(req *http.Request) (*http.Response, error) {
	r.got <- req
	return nil, errors.New("recorded, not sent")
}

// TestAPIURL: Config.APIURL moves every REST call (and so the gateway
// lookup) to another base, keeping discordgo's version and route; without
// it calls go to discord.com. The caller's http.Client is not changed.
func TestAPIURL(t *testing.T) {
	tests := []struct {
		apiURL, want string
	}{
		{"", "https://discord.com/api/v9/channels/c1/messages"},
		{DefaultAPIURL, "https://discord.com/api/v9/channels/c1/messages"},
		{"http://127.0.0.1:9/api/", "http://127.0.0.1:9/api/v9/channels/c1/messages"},
		{"https://proxy.example:8443/discord/api", "https://proxy.example:8443/discord/api/v9/channels/c1/messages"},
	}
	for _, tt := range tests {
		t.Run(tt.apiURL, func(t *testing.T) {
			rec := recordURL{got: make(chan *http.Request, 2)}
			client := &http.Client{Transport: rec}
			a, err := New(Config{Token: "t", APIURL: tt.apiURL, HTTPClient: client, Asker: fixedAsker{}})
			if err != nil {
				t.Fatal(err)
			}
			a.session.ChannelMessageSendComplex("c1", &discordgo.MessageSend{Content: "x"})
			req := <-rec.got
			if got := req.URL.String(); got != tt.want {
				t.Errorf("request to %s, want %s", got, tt.want)
			}
			if req.Host != "" && req.Host != req.URL.Host {
				t.Errorf("Host header %q for %s", req.Host, req.URL)
			}
			if req.Header.Get("Authorization") != "Bot t" {
				t.Error("the token is not sent to the API URL")
			}
			if _, ok := client.Transport.(recordURL); !ok {
				t.Error("the caller's http.Client was changed")
			}
		})
	}
}

func TestAPIURLRejected(t *testing.T) {
	for _, u := range []string{"discord.com/api", "ftp://discord.example/api/", "http:///api/", "https://x.example/api?v=9", "http://[::1"} {
		_, err := New(Config{Token: "t", APIURL: u, Asker: fixedAsker{}})
		if err == nil || !strings.Contains(err.Error(), "API URL") {
			t.Errorf("New with API URL %q: %v", u, err)
		}
	}
}

// TestDefaultAPIURL: the base redirect rewrites is the one discordgo's
// endpoints are built on, or a redirect would silently miss every call.
func TestDefaultAPIURL(t *testing.T) {
	if want := DefaultAPIURL + "v" + discordgo.APIVersion + "/"; discordgo.EndpointAPI != want {
		t.Errorf("discordgo.EndpointAPI = %q, want %q", discordgo.EndpointAPI, want)
	}
}
