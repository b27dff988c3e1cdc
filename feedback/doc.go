// Package feedback turns people's 👍 Right / 👎 Wrong on answers into data:
// it keeps, for a while and within a memory bound, what a vote needs to
// know about each answer served (Collector), appends each vote as one JSON
// line to a file (File), and reads that file back to summarise the votes
// (Summarize) or to export the voted questions as a SQuAD v2 set (Export)
// that `bot eval` can run as a regression set.
//
// Privacy by construction: a vote line holds the time, the adapter, the
// channel ID and a keyed hash (HMAC-SHA256) of the voter's user ID, never the
// raw ID or a name, then the question, the answer, its citation, the
// score, the index generation and the vote.
//
// It imports the standard library, briefbot and briefbot/eval only. It must
// not import index/, answers/, corpus/, the adapters or a metrics library:
// metrics go through the one-method Observer, which cmd/bot implements.
package feedback
