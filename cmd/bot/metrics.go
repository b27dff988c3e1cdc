package main

import (
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"briefbot"
	"briefbot/guard"
	"briefbot/index"
)

// metrics are what /metrics shows. They live in a registry of their own,
// not Prometheus's global one, so tests (and two servers in one process)
// never share counters.
type metrics struct {
	reg            *prometheus.Registry
	questions      *prometheus.CounterVec
	latency        *prometheus.HistogramVec
	articles       prometheus.Gauge
	sentences      prometheus.Gauge
	reloads        prometheus.Counter
	reloadFailures prometheus.Counter
	reloadRetries  prometheus.Counter
	reloadsHeld    prometheus.Counter
	reloadHeld     prometheus.Gauge
	reloadHung     prometheus.Gauge
	unauthorized   prometheus.Counter
	watchLost      prometheus.Counter
	watching       prometheus.Gauge
}

var _ guard.Observer = (*metrics)(nil)

// adapters are the label values questions can carry; listing them lets
// /metrics show zeros from the start, which keeps rate() honest.
var adapterNames = []string{"slack", "discord", "api"}

func newMetrics() *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		questions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "briefbot_questions_total",
			Help: "Questions received, by adapter and outcome (answered, no_answer, refused, rate_limited, error).",
		}, []string{"adapter", "outcome"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "briefbot_answer_duration_seconds",
			Help:    "Time from receiving a question to having its answer, rate-limited questions excluded.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
		}, []string{"adapter"}),
		articles: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "briefbot_index_articles",
			Help: "Articles in the index being served.",
		}),
		sentences: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "briefbot_index_sentences",
			Help: "Sentences in the index being served.",
		}),
		reloads: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "briefbot_index_reloads_total",
			Help: "Re-indexings that swapped a new index in.",
		}),
		reloadFailures: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "briefbot_index_reload_failures_total",
			Help: "Re-indexings that failed; the previous index kept serving.",
		}),
		reloadRetries: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "briefbot_index_reload_retries_total",
			Help: "Re-indexings dropped because the corpus changed while it was read; each is retried once the files are quiet.",
		}),
		reloadsHeld: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "briefbot_index_reloads_held_total",
			Help: "Re-indexings held back because they would drop more than corpus.max_loss of the articles served.",
		}),
		reloadHeld: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "briefbot_index_reload_held",
			Help: "1 while a re-indexing is held back (corpus.max_loss) and the previous index serves.",
		}),
		reloadHung: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "briefbot_index_reload_hung",
			Help: "1 while a re-indexing runs past corpus.reload_timeout.",
		}),
		watchLost: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "briefbot_corpus_watch_lost_total",
			Help: "Times watching the corpus was lost: its directory replaced or removed, or a directory in it that could not be watched.",
		}),
		watching: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "briefbot_corpus_watching",
			Help: "1 while the corpus directory is watched for changes.",
		}),
		unauthorized: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "briefbot_api_unauthorized_total",
			Help: "Requests to /api/ask refused for a missing or wrong bearer token.",
		}),
	}
	m.reg.MustRegister(m.questions, m.latency, m.articles, m.sentences, m.reloads, m.reloadFailures,
		m.reloadRetries, m.reloadsHeld, m.reloadHeld, m.reloadHung, m.unauthorized,
		m.watchLost, m.watching,
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	)
	for _, a := range adapterNames {
		for _, o := range guard.Outcomes {
			m.questions.WithLabelValues(a, string(o))
		}
	}
	return m
}

// Observe counts one question.
func (m *metrics) Observe(o briefbot.Origin, outcome guard.Outcome, took time.Duration) {
	adapter := o.Adapter
	if adapter == "" {
		adapter = "unknown"
	}
	m.questions.WithLabelValues(adapter, string(outcome)).Inc()
	if outcome != guard.RateLimited {
		m.latency.WithLabelValues(adapter).Observe(took.Seconds())
	}
}

// setIndex records the size of the index now served.
func (m *metrics) setIndex(st index.Stats) {
	m.articles.Set(float64(st.Articles))
	m.sentences.Set(float64(st.Sentences))
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

// watchAdapter exports whether a chat adapter is ready (1) or not (0), read
// at each scrape: an alert on it catches an adapter that keeps retrying
// while the rest of the server serves.
func (m *metrics) watchAdapter(name string, ready func() bool) {
	m.reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name:        "briefbot_adapter_ready",
		Help:        "1 while the chat adapter is ready (connected, registered), else 0; /readyz says which part is down.",
		ConstLabels: prometheus.Labels{"adapter": name},
	}, func() float64 {
		if ready() {
			return 1
		}
		return 0
	}))
}
