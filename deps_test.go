package briefbot_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestDependencyBoundaries keeps each heavy dependency in its home package
// (after tailscale's deptest): bleve only in index/, slack-go only in
// adapters/slack, discordgo only in adapters/discord, Prometheus and fsnotify
// only in cmd/bot, and the core packages free of all of them. A new import in the wrong place fails here rather
// than in review.
func TestDependencyBoundaries(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go command not found")
	}
	homes := map[string]string{
		"github.com/blevesearch/bleve/v2": "briefbot/index",
		"github.com/slack-go/slack":       "briefbot/adapters/slack",
		"github.com/bwmarrin/discordgo":   "briefbot/adapters/discord",
		// Metrics and file watching are serving concerns: wiring only.
		"github.com/prometheus/": "briefbot/cmd/bot",
		"github.com/fsnotify/":   "briefbot/cmd/bot",
	}
	out, err := exec.Command("go", "list", "-f", "{{.ImportPath}} {{join .Imports \" \"}}", "briefbot/...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		fields := strings.Fields(line)
		pkg, imports := fields[0], fields[1:]
		for _, imp := range imports {
			for dep, home := range homes {
				if (imp == dep || strings.HasPrefix(imp, strings.TrimSuffix(dep, "/")+"/")) && pkg != home {
					t.Errorf("%s imports %s, which belongs in %s only", pkg, imp, home)
				}
			}
		}
	}

	// The core packages must not reach the heavy dependencies even
	// indirectly, and adapters must not reach the index or the answerer.
	forbidden := map[string][]string{
		"briefbot":                  {"github.com/blevesearch/", "github.com/slack-go/", "github.com/bwmarrin/", "briefbot/"},
		"briefbot/answers":          {"github.com/blevesearch/", "github.com/slack-go/", "github.com/bwmarrin/", "briefbot/index", "briefbot/corpus"},
		"briefbot/corpus":           {"github.com/blevesearch/", "github.com/slack-go/", "github.com/bwmarrin/", "briefbot/index", "briefbot/answers"},
		"briefbot/eval":             {"github.com/blevesearch/", "github.com/slack-go/", "github.com/bwmarrin/", "briefbot/"},
		"briefbot/adapters/slack":   {"github.com/blevesearch/", "github.com/bwmarrin/", "briefbot/index", "briefbot/answers", "briefbot/corpus"},
		"briefbot/adapters/discord": {"github.com/blevesearch/", "github.com/slack-go/", "briefbot/index", "briefbot/answers", "briefbot/corpus"},
		"briefbot/feedback":         {"github.com/", "golang.org/", "briefbot/index", "briefbot/answers", "briefbot/corpus", "briefbot/adapters/", "briefbot/guard"},
		"briefbot/converse":         {"github.com/", "golang.org/", "briefbot/index", "briefbot/answers", "briefbot/corpus", "briefbot/adapters/", "briefbot/guard", "briefbot/feedback", "briefbot/eval"},
		"briefbot/guard":            {"github.com/blevesearch/", "github.com/slack-go/", "github.com/bwmarrin/", "github.com/prometheus/", "briefbot/index", "briefbot/answers", "briefbot/corpus", "briefbot/adapters/"},
	}
	for pkg, bad := range forbidden {
		out, err := exec.Command("go", "list", "-deps", pkg).CombinedOutput()
		if err != nil {
			t.Fatalf("go list -deps %s: %v\n%s", pkg, err, out)
		}
		for _, dep := range strings.Fields(string(out)) {
			if dep == pkg {
				continue
			}
			for _, b := range bad {
				if strings.HasPrefix(dep, b) && !(b == "briefbot/" && dep == "briefbot") {
					t.Errorf("%s depends on %s", pkg, dep)
				}
			}
		}
	}
}
