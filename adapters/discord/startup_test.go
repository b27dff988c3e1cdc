package discord

import (
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// fastRetries makes start-up retries quick enough for a test.
func fastRetries(a *Adapter) { a.retryMin, a.retryMax = 5*time.Millisecond, 20*time.Millisecond }

// stillRunning fails the test if Run has returned.
func (r *running) stillRunning(t *testing.T) {
	t.Helper()
	select {
	case err := <-r.errc:
		r.errc <- err // for stop
		t.Fatalf("Run returned %v while Discord was failing; it must keep retrying", err)
	default:
	}
}

// waitLog waits until the adapter's log holds n lines containing s.
func (r *running) waitLog(t *testing.T, s string, n int) {
	t.Helper()
	waitUntil(t, "log line "+s, func() bool { return strings.Count(r.logs.String(), s) >= n })
}

// TestStartupRetriesGateway: with Discord unreachable, Run neither returns
// nor reports ready; it retries the gateway with backoff, logging each
// failure, and connects (and registers /ask) once Discord answers.
func TestStartupRetriesGateway(t *testing.T) {
	t.Parallel()
	f := newFakeDiscord(t)
	f.failLookups.Store(1 << 20)
	r := launch(t, f, Config{}, fastRetries)
	r.waitLog(t, "discord: open gateway failed; retrying", 3)
	r.stillRunning(t)
	if got := r.NotReady(); got != "gateway not connected" || r.Ready() {
		t.Errorf("NotReady = %q while the gateway is down", got)
	}
	if logs := r.logs.String(); !strings.Contains(logs, "retry_in=") || !strings.Contains(logs, "503") {
		t.Errorf("the retries don't say why or when:\n%s", logs)
	}

	f.failLookups.Store(0)
	for c := f.next(t); c.Method != "PUT"; c = f.next(t) {
	}
	waitUntil(t, "ready", r.Ready)
	if err := r.stop(t); err != nil {
		t.Errorf("Run = %v", err)
	}
}

// TestStartupRetriesRegistration: the gateway is up but /ask cannot be
// registered. Mentions are answered meanwhile, NotReady names /ask, and
// registration is retried until it works.
func TestStartupRetriesRegistration(t *testing.T) {
	t.Parallel()
	f := newFakeDiscord(t)
	f.failRegisters.Store(1 << 20)
	r := launch(t, f, Config{}, fastRetries)
	r.waitLog(t, "discord: register /ask failed; retrying", 2)
	r.stillRunning(t)
	if got := r.NotReady(); got != "/ask not registered" {
		t.Errorf("NotReady = %q, want /ask not registered", got)
	}

	f.send("MESSAGE_CREATE", messageEvent("m1", "", "dm1", "u1", false, "Who?"))
	for c := f.next(t); !strings.Contains(string(c.Body), `"message_id":"m1"`); c = f.next(t) {
		if c.Method != "PUT" {
			t.Fatalf("unexpected call %s", c)
		}
	}

	f.failRegisters.Store(0)
	waitUntil(t, "ready", r.Ready)
	if err := r.stop(t); err != nil {
		t.Errorf("Run = %v", err)
	}
}

// TestStartupInteractionsOnlyRetriesRegistration: with the gateway off, a
// failing registration is retried while the endpoint answers /ask.
func TestStartupInteractionsOnlyRetriesRegistration(t *testing.T) {
	t.Parallel()
	f := newFakeDiscord(t)
	f.failRegisters.Store(1 << 20)
	r := launch(t, f, Config{InteractionsOnly: true, ApplicationID: "app1", PublicKey: testPublicKey()}, fastRetries)
	r.waitLog(t, "discord: register /ask failed; retrying", 2)
	r.stillRunning(t)
	if got := r.NotReady(); got != "/ask not registered" {
		t.Errorf("NotReady = %q, want /ask not registered", got)
	}
	w := httptest.NewRecorder()
	r.Handler().ServeHTTP(w, signedRequest(testKey, time.Now(), askBody("i1", askOptions)))
	if !strings.Contains(w.Body.String(), "Vladimir Medinsky") {
		t.Errorf("the endpoint does not answer while registration fails: %s", w.Body)
	}

	f.failRegisters.Store(0)
	waitUntil(t, "ready", r.Ready)
	if f.upgrades.Load() != 0 {
		t.Error("interactions only opened a gateway")
	}
	if err := r.stop(t); err != nil {
		t.Errorf("Run = %v", err)
	}
}

// TestGatewaySilent: a gateway that accepts the connection and never says
// HELLO would hold discordgo's Open forever. Each attempt is abandoned at
// the open timeout and retried, and a shutdown ends the one under way.
func TestGatewaySilent(t *testing.T) {
	t.Parallel()
	f := newFakeDiscord(t)
	f.silent.Store(true)
	r := launch(t, f, Config{}, fastRetries, func(a *Adapter) { a.openTimeout = 50 * time.Millisecond })
	r.waitLog(t, "not connected within 50ms", 2)
	if !strings.Contains(r.logs.String(), "discord: open gateway failed; retrying") {
		t.Errorf("log:\n%s", r.logs)
	}

	// Now one attempt that would wait a minute; the shutdown ends it.
	g := newFakeDiscord(t)
	g.silent.Store(true)
	r = launch(t, g, Config{}, func(a *Adapter) { a.openTimeout = time.Minute })
	waitUntil(t, "the gateway connection", func() bool { return g.upgrades.Load() > 0 })
	start := time.Now()
	if err := r.stop(t); err != nil {
		t.Errorf("Run = %v", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("Run took %v to stop during a hung open", d)
	}
}

// TestGatewayLookupCancelled: the gateway lookup, which discordgo sends
// without a context, is abandoned when Run stops.
func TestGatewayLookupCancelled(t *testing.T) {
	t.Parallel()
	f := newFakeDiscord(t)
	hold := make(chan struct{})
	t.Cleanup(func() { close(hold) })
	f.lookupHook = func() { <-hold }
	r := launch(t, f, Config{}, func(a *Adapter) { a.openTimeout = time.Minute })
	waitUntil(t, "the lookup", func() bool { return f.lookups.Load() > 0 })
	start := time.Now()
	if err := r.stop(t); err != nil {
		t.Errorf("Run = %v", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("Run took %v to stop during a hung lookup", d)
	}
}
