package feedback

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"briefbot"
)

// Votes as written in the file and taken by the API.
const (
	Up   = "up"
	Down = "down"
)

// Entry is one line of the feedback file: one vote by one person on one
// answer. A later line for the same answer and user replaces an earlier
// one (a changed vote); Latest keeps the last.
type Entry struct {
	Time     time.Time `json:"time"`
	AnswerID string    `json:"answer_id"`
	Adapter  string    `json:"adapter"`
	// Channel is the platform's channel ID; empty for the API.
	Channel string `json:"channel,omitempty"`
	// User is a keyed hash of the adapter and the user's platform ID (the
	// client address for the API), so votes by one person can be counted
	// once without the file saying who they are.
	User     string `json:"user"`
	Question string `json:"question"`
	// Answer is the short answer; empty when the articles didn't say.
	Answer   string `json:"answer"`
	Answered bool   `json:"answered"`
	// Citation is where the answer's sentence is (for "the articles don't
	// say", the closest passage shown, if any); Sentence is its text.
	Citation *briefbot.Citation `json:"citation,omitempty"`
	Sentence string             `json:"sentence,omitempty"`
	Score    float64            `json:"score"`
	// Generation identifies the index that answered (a prefix of the
	// corpus fingerprint), so votes can be told apart across re-indexing.
	Generation string `json:"generation,omitempty"`
	Vote       string `json:"vote"`
}

// Right reports whether the vote says the answer was right.
func (e Entry) Right() bool { return e.Vote == Up }

// Read reads a feedback file. Lines that are not a vote (a line cut short
// by a crash or a full disk, say) are skipped and counted in bad; only a
// read error is an error.
func Read(r io.Reader) (entries []Entry, bad int, err error) {
	br := bufio.NewReaderSize(r, 64<<10)
	for {
		line, err := br.ReadBytes('\n')
		if len(line) > 0 {
			if e, ok := parse(line); ok {
				entries = append(entries, e)
			} else if len(trimSpace(line)) > 0 {
				bad++
			}
		}
		if errors.Is(err, io.EOF) {
			return entries, bad, nil
		}
		if err != nil {
			return entries, bad, fmt.Errorf("read feedback: %w", err)
		}
	}
}

// parse decodes one line, reporting false for anything that is not a
// complete vote.
func parse(line []byte) (Entry, bool) {
	var e Entry
	if json.Unmarshal(line, &e) != nil || e.AnswerID == "" || e.Time.IsZero() || (e.Vote != Up && e.Vote != Down) {
		return Entry{}, false
	}
	return e, true
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\n' || b[0] == '\r' || b[0] == '\t') {
		b = b[1:]
	}
	return b
}

// Latest keeps each person's last vote on each answer, in file order: the
// entries a summary or an export count. superseded is how many earlier
// votes were replaced.
func Latest(entries []Entry) (latest []Entry, superseded int) {
	type key struct{ answer, user string }
	last := make(map[key]int, len(entries))
	for i, e := range entries {
		last[key{e.AnswerID, e.User}] = i
	}
	for i, e := range entries {
		if last[key{e.AnswerID, e.User}] == i {
			latest = append(latest, e)
		}
	}
	return latest, len(entries) - len(latest)
}
