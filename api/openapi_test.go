package api_test

import (
	"encoding/json"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/labstack/echo/v4"

	"github.com/coopgraph/coopgraph/api"
)

// TestOpenAPIMatchesRoutes walks Echo's routes and the served OpenAPI
// document and fails on any route one has and the other lacks.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	ts := MustOpenServer(t, api.Config{})
	r := ts.get("/api/openapi.json")
	expect(t, r, 200, "")
	var doc struct {
		OpenAPI    string                                `json:"openapi"`
		Paths      map[string]map[string]json.RawMessage `json:"paths"`
		Components struct {
			Schemas map[string]json.RawMessage `json:"schemas"`
		} `json:"components"`
	}
	r.JSON(t, &doc)
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Fatalf("openapi %q, want 3.x", doc.OpenAPI)
	}
	documented := map[string]bool{}
	for path, ops := range doc.Paths {
		for method := range ops {
			documented[strings.ToUpper(method)+" "+path] = true
		}
	}
	param := regexp.MustCompile(`:([A-Za-z_]+)`)
	served := map[string]bool{}
	for _, rt := range ts.api.Handler().(*echo.Echo).Routes() {
		path := param.ReplaceAllString(rt.Path, "{$1}")
		served[rt.Method+" "+path] = true
		// Every GET answers HEAD (headAsGet), and is documented for both.
		if rt.Method == "GET" {
			served["HEAD "+path] = true
		}
	}
	var missing, extra []string
	for k := range served {
		if !documented[k] {
			missing = append(missing, k)
		}
	}
	for k := range documented {
		if !served[k] {
			extra = append(extra, k)
		}
	}
	sort.Strings(missing)
	sort.Strings(extra)
	for _, k := range missing {
		t.Errorf("served but not documented: %s", k)
	}
	for _, k := range extra {
		t.Errorf("documented but not served: %s", k)
	}
	if len(served) < 25 {
		t.Errorf("only %d routes served", len(served))
	}

	// Every path parameter is declared, and every $ref resolves.
	for path, ops := range doc.Paths {
		for method, raw := range ops {
			var op struct {
				Parameters []struct{ Name, In string }
				Responses  map[string]json.RawMessage
			}
			if err := json.Unmarshal(raw, &op); err != nil {
				t.Fatal(err)
			}
			if len(op.Responses) == 0 {
				t.Errorf("%s %s: no responses", method, path)
			}
			for _, m := range regexp.MustCompile(`\{(\w+)\}`).FindAllStringSubmatch(path, -1) {
				found := false
				for _, p := range op.Parameters {
					found = found || (p.Name == m[1] && p.In == "path")
				}
				if !found {
					t.Errorf("%s %s: path parameter %s not declared", method, path, m[1])
				}
			}
		}
	}
	all, _ := json.Marshal(doc)
	for _, m := range regexp.MustCompile(`"#/components/schemas/(\w+)"`).FindAllStringSubmatch(string(r.Body), -1) {
		if _, ok := doc.Components.Schemas[m[1]]; !ok {
			t.Errorf("$ref to unknown schema %s", m[1])
		}
	}
	_ = all
}
