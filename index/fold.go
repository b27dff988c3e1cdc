package index

import (
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/char/asciifolding"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/porter"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"
)

// analyzerName is the analyser of the text and title fields: bleve's
// English one (possessives, lower case, stop words, Porter stems) with
// accented letters written as ASCII after the lower-casing, so that
// "Jose Mourinho" and "cafe" typed in a chat find "José Mourinho" and
// "Café", as names already match across accents once retrieved.
const analyzerName = "briefbot_en"

// foldName is the token filter that folds a word's letters to ASCII.
const foldName = "briefbot_fold"

// foldFilter folds the words that hold a byte outside ASCII with bleve's
// asciifolding char filter ("é" to "e", "ß" to "ss", "Ł" to "L"). As a
// token filter it leaves ASCII words alone, nearly all of them, where
// the char filter converts every sentence to runes and back.
type foldFilter struct {
	ascii *asciifolding.AsciiFoldingFilter
}

func (f foldFilter) Filter(ts analysis.TokenStream) analysis.TokenStream {
	for _, t := range ts {
		for _, b := range t.Term {
			if b >= 0x80 {
				t.Term = f.ascii.Filter(t.Term)
				break
			}
		}
	}
	return ts
}

func init() {
	err := registry.RegisterTokenFilter(foldName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return foldFilter{asciifolding.New()}, nil
	})
	if err != nil {
		panic(err) // registered twice: a programming error, as in bleve's own init
	}
}

// analyzerConfig is analyzerName's definition for the index mapping.
var analyzerConfig = map[string]interface{}{
	"type":          custom.Name,
	"tokenizer":     unicode.Name,
	"token_filters": []interface{}{en.PossessiveName, lowercase.Name, foldName, en.StopName, porter.Name},
}
