package slack

import (
	"errors"
	"net/url"
	"strings"
)

// redactURL returns err with secret, a URL that is itself a credential (a
// response_url is good for 30 minutes), taken out of its message. Errors end
// up in logs.
func redactURL(err error, secret string) error {
	if err == nil || secret == "" {
		return err
	}
	// net/http reports the URL in a *url.Error; wrappers have already
	// copied it into their text, so rebuild from the *url.Error itself.
	var ue *url.Error
	if errors.As(err, &ue) {
		err = &url.Error{Op: ue.Op, URL: "[redacted]", Err: ue.Err}
	}
	if strings.Contains(err.Error(), secret) {
		err = errors.New(strings.ReplaceAll(err.Error(), secret, "[redacted]"))
	}
	return err
}
