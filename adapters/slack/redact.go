package slack

import (
	"errors"
	"net/url"
)

// redactURL hides the URL inside a *url.Error. response_url embeds a token,
// and errors end up in logs.
func redactURL(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		ue.URL = "[redacted]"
	}
	return err
}
