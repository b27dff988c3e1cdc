package index

import (
	"context"
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"

	"briefbot"
)

// Raw is plain bleve over the same sentences, documents and mapping as an
// Index: the baseline `bot bench` measures briefbot against. It does what
// a program that only wanted full-text search would: index the documents
// in batches, then answer a match query of the question text, loading
// the stored fields of its best hits. Nothing of briefbot's retrieval
// (weighted terms, phrases, the title, neighbours, term counts) is in it.
type Raw struct {
	idx bleve.Index
}

// RawSize is the number of hits a Raw search returns.
const RawSize = 10

// BuildRaw indexes sentences in dir ("" for memory) as plain bleve with
// the settings an Index build uses (batches of batchSize, searchable
// before persisted, then waiting for the disk), and leaves it open. It
// leaves out a large build's persister nap (see largeBuild): that is
// briefbot's tuning, which a plain program would not have.
func BuildRaw(ctx context.Context, dir string, sentences []briefbot.Sentence) (*Raw, error) {
	var cfg map[string]interface{}
	if dir != "" {
		cfg = map[string]interface{}{"unsafe_batch": true}
	}
	idx, err := bleve.NewUsing(dir, newMapping(), scorch.Name, scorch.Name, cfg)
	if err != nil {
		return nil, fmt.Errorf("raw index: %w", err)
	}
	// fill is what an Index build does with a batch: the same documents.
	if _, err := fill(ctx, idx, Sentences(sentences), "raw", dir != ""); err != nil {
		_ = idx.Close()
		return nil, fmt.Errorf("raw index: %w", err)
	}
	return &Raw{idx: idx}, nil
}

// OpenRaw opens a Raw index that BuildRaw wrote in dir, read-only.
func OpenRaw(dir string) (*Raw, error) {
	idx, err := bleve.OpenUsing(dir, map[string]interface{}{"read_only": true, "bolt_timeout": LockTimeout.String()})
	if err != nil {
		return nil, fmt.Errorf("open raw index: %w", err)
	}
	return &Raw{idx: idx}, nil
}

// Search runs a match query of text (analysed: lower case, stop words
// dropped, stems) on the sentence text, RawSize hits by score with all
// their stored fields, and returns the hits' sentences.
func (r *Raw) Search(ctx context.Context, text string) ([]briefbot.Sentence, error) {
	q := bleve.NewMatchQuery(text)
	q.SetField("text")
	req := bleve.NewSearchRequestOptions(q, RawSize, 0, false)
	req.Fields = []string{"*"}
	res, err := r.idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("raw search: %w", err)
	}
	out := make([]briefbot.Sentence, len(res.Hits))
	for i, h := range res.Hits {
		out[i].Text, _ = h.Fields["text"].(string)
		meta, _ := h.Fields["meta"].(string)
		if err := decodeMeta([]byte(meta), &out[i]); err != nil {
			return nil, fmt.Errorf("raw search: %s: %w", h.ID, err)
		}
	}
	return out, nil
}

// Close releases the index.
func (r *Raw) Close() error { return r.idx.Close() }
