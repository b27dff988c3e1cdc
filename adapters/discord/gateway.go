package discord

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// Start-up retries. Discord being unreachable, or refusing for a while,
// must not stop the process (and with it the HTTP API and Slack): Run keeps
// trying, with backoff, and /readyz says which part is down.
const (
	retryMin = time.Second
	retryMax = 5 * time.Minute
	// openTimeout bounds one attempt to open the gateway: the gateway
	// lookup, the websocket handshake, HELLO and READY. Discord answers in
	// a second or two.
	openTimeout = 30 * time.Second
	// handshakeTimeout bounds the websocket handshake alone.
	handshakeTimeout = 15 * time.Second
)

var errStopped = errors.New("adapter stopped")

// retry calls try until it succeeds or ctx is done, waiting between
// failures from retryMin, doubling, up to retryMax. It logs each failure
// with the wait, and reports whether try succeeded.
func (a *Adapter) retry(ctx context.Context, what string, try func(context.Context) error) bool {
	wait := time.Duration(0)
	for {
		err := try(ctx)
		if err == nil {
			return true
		}
		if ctx.Err() != nil {
			return false
		}
		wait = min(max(2*wait, a.retryMin), a.retryMax)
		a.log.Error("discord: "+what+" failed; retrying", "err", err, "retry_in", wait)
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return false
		}
	}
}

// open makes one attempt to open the gateway, within openTimeout, giving up
// at once when ctx is done.
//
// discordgo's Session.Open takes no context and, once connected, waits for
// HELLO and READY with no deadline, so a server that accepts the connection
// and says nothing would hold it (and the Session's lock) forever. The
// Session's dialer and REST client report what the attempt opens to the
// adapter's gate, which closes it when the attempt is abandoned: Open then
// fails instead of hanging.
func (a *Adapter) open(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, a.openTimeout)
	defer cancel()
	a.gate.begin()
	stop := context.AfterFunc(ctx, a.gate.abort)
	err := a.session.Open()
	stop()
	a.gate.end()
	if err != nil && errors.Is(ctx.Err(), context.DeadlineExceeded) {
		err = fmt.Errorf("not connected within %s: %w", a.openTimeout, err)
	}
	return err
}

// gate tracks what one gateway-open attempt has under way: the websocket
// connections it dialled and the gateway lookup (the one REST call
// discordgo makes without a context), so that abort can end them. Outside
// an attempt it tracks nothing. Once stopped it refuses to dial, so that
// discordgo's own reconnect loop cannot reopen a gateway after Run has
// returned.
type gate struct {
	mu      sync.Mutex
	cancel  chan struct{} // closed by abort; nil outside an attempt
	conns   []net.Conn
	stopped bool
}

func (g *gate) begin() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.cancel, g.conns = make(chan struct{}), nil
}

func (g *gate) end() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.cancel, g.conns = nil, nil
}

// abort ends the current attempt: its connections are closed, and so are
// any it dials later.
func (g *gate) abort() {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.cancel == nil {
		return
	}
	select {
	case <-g.cancel:
	default:
		close(g.cancel)
	}
	for _, c := range g.conns {
		c.Close()
	}
	g.conns = nil
}

// stop refuses every dial from now on.
func (g *gate) stop() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.stopped = true
}

// current returns the channel closed when the current attempt is aborted,
// or nil outside an attempt.
func (g *gate) current() <-chan struct{} {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.cancel
}

// dial is the websocket dialer's NetDialContext.
func (g *gate) dial(ctx context.Context, network, addr string) (net.Conn, error) {
	g.mu.Lock()
	stopped, cancel := g.stopped, g.cancel
	g.mu.Unlock()
	if stopped {
		return nil, errStopped
	}
	ctx, done := bind(ctx, cancel)
	defer done()
	var d net.Dialer
	c, err := d.DialContext(ctx, network, addr)
	if err != nil {
		return nil, err
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if cancel != nil {
		if g.cancel != cancel || isClosed(cancel) {
			c.Close() // the attempt ended while we dialled
			return nil, context.Canceled
		}
		g.conns = append(g.conns, c)
	}
	return c, nil
}

// dialer is the Session's websocket dialer: discordgo's default (proxy from
// the environment), with connections reported to g.
func (g *gate) dialer() *websocket.Dialer {
	return &websocket.Dialer{
		Proxy:            http.ProxyFromEnvironment,
		NetDialContext:   g.dial,
		HandshakeTimeout: handshakeTimeout,
	}
}

// transport cancels the gateway lookup of an aborted attempt. discordgo
// sends it from Open without a context; every other call carries the
// caller's.
type transport struct {
	g    *gate
	base http.RoundTripper
}

func (t transport) RoundTrip(r *http.Request) (*http.Response, error) {
	cancel := t.g.current()
	if cancel == nil || r.Method != http.MethodGet || r.URL.String() != discordgo.EndpointGateway {
		return t.base.RoundTrip(r)
	}
	ctx, done := bind(r.Context(), cancel)
	resp, err := t.base.RoundTrip(r.WithContext(ctx))
	if err != nil {
		done()
		return nil, err
	}
	resp.Body = &closeFunc{ReadCloser: resp.Body, after: done}
	return resp, nil
}

// bind returns ctx, also cancelled when cancel is closed (never, when it
// is nil), and the function that releases it.
func bind(ctx context.Context, cancel <-chan struct{}) (context.Context, func()) {
	if cancel == nil {
		return ctx, func() {}
	}
	ctx, stop := context.WithCancel(ctx)
	go func() {
		select {
		case <-cancel:
			stop()
		case <-ctx.Done():
		}
	}()
	return ctx, stop
}

func isClosed(c <-chan struct{}) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}

// closeFunc calls after once the body is closed.
type closeFunc struct {
	io.ReadCloser
	after func()
}

func (c *closeFunc) Close() error {
	err := c.ReadCloser.Close()
	c.after()
	return err
}
