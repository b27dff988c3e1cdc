package briefbot

import "errors"

// NoAnswerText is what every front end says when the articles don't say.
const NoAnswerText = "The articles don't say."

// VoteNoted is what every front end says when a vote was recorded, or
// was already.
const VoteNoted = "Thanks, noted."

// VoteMessage is the short reply to a vote: VoteNoted when err is nil, else
// a friendly sentence without the error's details.
func VoteMessage(err error) string {
	switch {
	case err == nil:
		return VoteNoted
	case errors.Is(err, ErrUnknownAnswer):
		return "Sorry, that answer is too old to rate now. Ask again to rate the new answer."
	case errors.Is(err, ErrRateLimited):
		return UserMessage(err)
	default:
		return "Sorry, I couldn't record that. Please try again later."
	}
}

// UserMessage turns an error from Ask into one short, friendly sentence for a
// chat user. It never includes the error's details, which may name files,
// hosts or internals; those belong in the log.
func UserMessage(err error) string {
	switch {
	case err == nil:
		return ""
	case errors.Is(err, ErrEmptyQuestion):
		return "Please ask a question, for example: Who leads the Russian delegation?"
	case errors.Is(err, ErrQuestionTooLong):
		return "That question is too long. Please ask it in a sentence or two."
	case errors.Is(err, ErrRateLimited):
		return "You're asking faster than I can keep up. Please try again in a minute."
	default:
		return "Sorry, something went wrong while looking that up. Please try again."
	}
}
