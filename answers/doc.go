// Package answers is briefbot's rule-based answerer: it turns a question into
// a retrieval query, and reads the retrieved sentences to find the short
// answer span, the sentence it comes from, and how sure it is; or it says
// that the articles don't say.
//
// It owns three things:
//
//   - question analysis: the question type (who, when, how many...), the
//     type of answer expected (person, place, date, number...), the words
//     and names the answer sentence should contain;
//   - article analysis (Annotate), done once when the corpus is indexed and
//     stored with each sentence: token tags, names and their types, and the
//     names that surnames, first names, pronouns and noun phrases ("the
//     university", "the minister") stand for within the article. Doing it
//     at index time keeps answering fast and lets a
//     sentence know about the article around it, which the few sentences
//     retrieved for a question cannot;
//   - answering: scoring sentences and extracting spans by answer type.
//
// The package is pure and deterministic: no I/O, no logging, no mutable
// package state. It imports only the root package and the standard library;
// in particular it must not import bleve, index, corpus or any chat SDK, so
// that the rules can be tested, fuzzed and benchmarked on plain values, and
// swapped without touching retrieval. ANSWERING.md at the repository root
// describes the pipeline and the rules by question type.
package answers
