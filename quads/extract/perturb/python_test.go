package perturb

import (
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/coopgraph/coopgraph/quads/extract/internal/gold"
)

// TestMatchesPythonTool checks the port against what the shared tool
// ../shared/tools/perturb-names made for the same sets and seeds (recorded
// in testdata/python by make-fixtures.py there): the same word map, word for
// word and class for class, the same article texts byte for byte and the
// same annotation.
func TestMatchesPythonTool(t *testing.T) {
	for _, set := range []string{"seeds", "dev", "dev2", "dev3"} {
		g, texts := loadSet(t, set)
		for _, seed := range []int64{1, 2} {
			t.Run(fmt.Sprintf("%s-%d", set, seed), func(t *testing.T) {
				base := filepath.Join("testdata", "python", fmt.Sprintf("%s-%d", set, seed))
				wantMap, err := os.ReadFile(base + ".map.tsv")
				if err != nil {
					t.Fatal(err)
				}
				wantSums, err := os.ReadFile(base + ".sha256")
				if err != nil {
					t.Fatal(err)
				}
				c, err := Make(g, texts, seed)
				if err != nil {
					t.Fatal(err)
				}
				var m strings.Builder
				for _, r := range c.Map {
					fmt.Fprintf(&m, "%s\t%s\t%s\n", r.Word, r.To, r.Class)
				}
				if diff := firstDiff(string(wantMap), m.String()); diff != "" {
					t.Errorf("word map differs from the tool's: %s", diff)
				}
				var sums []string
				var files []string
				for f := range c.Texts {
					files = append(files, f)
				}
				sort.Strings(files)
				for _, f := range files {
					sums = append(sums, fmt.Sprintf("%x  articles/%s", sha256.Sum256([]byte(c.Texts[f])), f))
				}
				sums = append(sums, fmt.Sprintf("%x  gold", sha256.Sum256([]byte(canonical(c.Gold)))))
				if diff := firstDiff(string(wantSums), strings.Join(sums, "\n")+"\n"); diff != "" {
					t.Errorf("output differs from the tool's: %s", diff)
				}
			})
		}
	}
}

// canonical is make-fixtures.py's canonical(): one line per entity and
// relation, fields tab-separated.
func canonical(g gold.Set) string {
	var b strings.Builder
	for _, a := range g.Articles {
		for _, e := range a.Entities {
			fmt.Fprintf(&b, "E\t%s\t%s\t%s\t%s\n", a.File, e.Name, e.Type, strings.Join(e.Aliases, "|"))
		}
		for _, r := range a.Relations {
			fmt.Fprintf(&b, "R\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", a.File, r.S, r.P, r.O, r.Title, r.Base, r.Evidence)
		}
	}
	return b.String()
}

// firstDiff is "" when want and got are equal, else their first differing lines.
func firstDiff(want, got string) string {
	if want == got {
		return ""
	}
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(w), len(g)); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("line %d: tool %q, port %q", i+1, wl, gl)
		}
	}
	return "trailing bytes"
}
