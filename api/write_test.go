package api_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/coopgraph/coopgraph/api"
	"github.com/coopgraph/coopgraph/graph/storetest"
	"github.com/coopgraph/coopgraph/quads"
)

func TestArticles(t *testing.T) {
	ts := MustOpenServer(t, api.Config{})
	t.Run("OK", func(t *testing.T) {
		r := ts.get("/api/articles")
		expect(t, r, 200, "")
		var list struct {
			Articles []struct {
				ID, Title, Date string
				Relations       int
			}
		}
		r.JSON(t, &list)
		if len(list.Articles) != 2 || list.Articles[0].Date != "2022-05-06" || list.Articles[1].Relations != 4 {
			t.Fatalf("articles: %+v", list.Articles)
		}
		r = ts.get("/api/articles/" + list.Articles[1].ID)
		expect(t, r, 200, "")
		var a struct {
			ID, Text  string
			Entities  []quads.Entity
			Relations []struct{ Edge, Sentence string }
		}
		r.JSON(t, &a)
		if a.Text != storetest.ArticleOne || len(a.Entities) != 5 || len(a.Relations) != 4 || a.Relations[0].Sentence == "" {
			t.Fatalf("article: %d entities, %d relations", len(a.Entities), len(a.Relations))
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		expect(t, ts.get("/api/articles/"+quads.ArticleID("never stored")), 404, quads.ENOTFOUND)
	})
}

const newArticle = "Hill College Signs with Lake Museum\n" +
	"Date: 2023-09-10\n" +
	"Hill College and Lake Museum signed a cooperation agreement on 10 September. " +
	"Carol Zhou, president of Hill College, attended the ceremony.\n"

func TestCreateArticle(t *testing.T) {
	ts := MustOpenServer(t, api.Config{BodyLimit: 4096})
	t.Run("OK", func(t *testing.T) {
		r := ts.post("/api/articles", "text/plain; charset=utf-8", newArticle)
		expect(t, r, http.StatusCreated, "")
		var w struct {
			Article  string
			Created  bool
			Entities int
		}
		r.JSON(t, &w)
		if !w.Created || w.Article != quads.ArticleID(newArticle) {
			t.Fatalf("first write: %s", r.Body)
		}
		r = ts.post("/api/articles", "text/plain", newArticle)
		expect(t, r, http.StatusOK, "")
		r.JSON(t, &w)
		if w.Created {
			t.Fatalf("the same text again: %s", r.Body)
		}
		expect(t, ts.get("/api/articles/"+w.Article), 200, "")

		body := `{"title": "A Title", "date": "2024-01-02", "source": "https://example.org/a", "text": "Lake Museum and River College signed an agreement."}`
		r = ts.post("/api/articles", "application/json", body)
		expect(t, r, http.StatusCreated, "")
		r.JSON(t, &w)
		r = ts.get("/api/articles/" + w.Article)
		var a struct{ Title, Date, Source string }
		r.JSON(t, &a)
		if a.Title != "A Title" || a.Date != "2024-01-02" || a.Source != "https://example.org/a" {
			t.Fatalf("the JSON body's metadata is lost: %+v", a)
		}
	})
	t.Run("ErrUnauthorized", func(t *testing.T) {
		r := ts.do("POST", "/api/articles", strings.NewReader(newArticle), "Content-Type", "text/plain")
		expect(t, r, 401, quads.EUNAUTHORIZED)
		if !strings.HasPrefix(r.Header.Get("WWW-Authenticate"), "Bearer") {
			t.Errorf("401 without WWW-Authenticate: Bearer")
		}
		for _, auth := range []string{"Bearer wrong", "Bearer " + testToken + "x", "Basic " + testToken, testToken, "Bearer"} {
			r = ts.do("POST", "/api/articles", strings.NewReader(newArticle), "Content-Type", "text/plain", "Authorization", auth)
			expect(t, r, 401, quads.EUNAUTHORIZED)
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		for _, c := range []struct{ typ, body string }{
			{"text/plain", ""},
			{"application/json", `{"text": `},
			{"application/json", `{"text": 42}`},
			{"application/json", `{"title": "no text"}`},
			{"application/json", `{"text": "Some text.", "date": "10 Sept 2023"}`},
			{"application/json", `{"teXt": "Lake Museum signed an agreement with Acme University."}`},
			{"application/json", `{"text": "Lake Museum signed an agreement with Acme University.", "tilte": "A"}`},
		} {
			r := ts.post("/api/articles", c.typ, c.body)
			expect(t, r, 400, quads.EINVALID)
		}
		expect(t, ts.post("/api/articles", "image/png", "x"), http.StatusUnsupportedMediaType, "")
	})
	t.Run("ErrTooLarge", func(t *testing.T) {
		big := strings.Repeat("Lake Museum signed an agreement. ", 200) // 6.6 kB > 4 kB
		expect(t, ts.post("/api/articles", "text/plain", big), 413, quads.ETOOLARGE)
		// Without a Content-Length, the limit bites while reading.
		r := ts.do("POST", "/api/articles", io.MultiReader(strings.NewReader(big)),
			"Content-Type", "text/plain", "Authorization", "Bearer "+testToken, "Transfer-Encoding", "chunked")
		expect(t, r, 413, quads.ETOOLARGE)
	})
}

func TestWriteQuads(t *testing.T) {
	ts := MustOpenServer(t, api.Config{BodyLimit: 8192})
	ctx := context.Background()
	carol := quads.EntityID(quads.Person, "Carol Zhou")
	nq, count := articleNQuads(t, quads.Entity{ID: carol, Name: "Carol Zhou", Type: quads.Person}, quads.Leads,
		quads.Entity{ID: acme, Name: "Acme University", Type: quads.Organization}, "Carol Zhou leads Acme University.")
	nq = "# a comment\n\n" + nq
	t.Run("OK", func(t *testing.T) {
		r := ts.post("/api/quads", "application/n-quads", nq)
		expect(t, r, 200, "")
		var w struct{ Quads int }
		r.JSON(t, &w)
		if w.Quads != count {
			t.Fatalf("wrote %d quads, want %d", w.Quads, count)
		}
		// The index follows: the new entity is found by name and on paths.
		expect(t, ts.get("/api/entities/"+p("Carol Zhou")), 200, "")
		r = ts.get("/api/paths?from=" + q("Carol Zhou") + "&to=" + q("Bo Li"))
		expect(t, r, 200, "")
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		before, _ := ts.store.QuadCount(ctx)
		bad := "<http://a> <http://b> <http://c> .\n\n<http://a> <http://b> \"unterminated .\n"
		r := ts.post("/api/quads", "application/n-quads", bad)
		expect(t, r, 400, quads.EINVALID)
		if !strings.Contains(string(r.Body), "line 3") {
			t.Errorf("the error does not name line 3: %s", r.Body)
		}
		after, _ := ts.store.QuadCount(ctx)
		if after != before {
			t.Errorf("a rejected body wrote %d quads", after-before)
		}
		// Well-formed quads that would break the store's rules: a second
		// name, a relation without evidence, a second article text.
		for _, c := range []struct{ body, want string }{
			{fmt.Sprintf("# a comment\n%s %s \"Acme Univ\" .\n", quads.EntityIRI(acme), quads.PropName), "line 2: entity"},
			{fmt.Sprintf("%s %s %s .\n", quads.EntityIRI(acme), quads.Visited.IRI(), quads.EntityIRI(lake)), "line 1: relation visited has no evidence"},
			{fmt.Sprintf("<http://e.org/raw> <http://e.org/p> \"fine\" .\n%s %s \"Another text.\" .\n", quads.ArticleIRI(quads.ArticleID(storetest.ArticleOne)), quads.PropText), "line 2: article"},
		} {
			r := ts.post("/api/quads", "application/n-quads", c.body)
			expect(t, r, 400, quads.EINVALID)
			if !strings.Contains(string(r.Body), c.want) {
				t.Errorf("the error does not say %q: %s", c.want, r.Body)
			}
		}
		if after, _ := ts.store.QuadCount(ctx); after != before {
			t.Errorf("refused bodies wrote %d quads", after-before)
		}
		expect(t, ts.post("/api/quads", "application/n-quads", "# nothing\n"), 400, quads.EINVALID)
		expect(t, ts.post("/api/quads", "application/json", nq), http.StatusUnsupportedMediaType, "")
	})
	t.Run("ErrUnauthorized", func(t *testing.T) {
		r := ts.do("POST", "/api/quads", strings.NewReader(nq), "Content-Type", "application/n-quads")
		expect(t, r, 401, quads.EUNAUTHORIZED)
	})
	t.Run("ErrTooLarge", func(t *testing.T) {
		expect(t, ts.post("/api/quads", "application/n-quads", strings.Repeat(nq, 10)), 413, quads.ETOOLARGE)
	})
}

func TestExport(t *testing.T) {
	ts := MustOpenServer(t, api.Config{})
	t.Run("OK", func(t *testing.T) {
		for format, want := range map[string]string{
			"":        "application/n-quads",
			"nquads":  "application/n-quads",
			"jsonld":  "application/ld+json",
			"graphml": "application/graphml+xml",
		} {
			path := "/api/export?format=" + format
			if format == "" {
				path = "/api/export"
			}
			r := ts.get(path)
			expect(t, r, 200, "")
			if got := r.Header.Get("Content-Type"); got != want {
				t.Errorf("format %q: Content-Type %q, want %q", format, got, want)
			}
			if !strings.Contains(string(r.Body), acme) {
				t.Errorf("format %q: the export lacks Acme University", format)
			}
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		expect(t, ts.get("/api/export?format=csv"), 400, quads.EINVALID)
		expect(t, ts.get("/api/export?format="), 400, quads.EINVALID)
	})
}

// articleNQuads returns, as N-Quads, an article whose one sentence states
// subject–p–object, with the two entities and the relation's evidence: the
// least a write of a relation holds. It returns the number of quads too.
func articleNQuads(t *testing.T, subject quads.Entity, p quads.Predicate, object quads.Entity, sentence string) (string, int) {
	t.Helper()
	text := sentence + "\n"
	x := &quads.Extraction{Article: quads.Article{ID: quads.ArticleID(text), Title: "", Text: text}}
	subject.Aliases, object.Aliases = []string{}, []string{}
	x.Entities = []quads.Entity{subject, object}
	x.Relations = []quads.Relation{{Subject: subject.ID, Predicate: p, Object: object.ID,
		Evidence: quads.Evidence{ArticleID: x.Article.ID, Sentence: sentence, Start: 0, End: len(sentence)}}}
	if err := x.Validate(); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	qs := x.Quads()
	if err := quads.WriteNQuads(&b, qs); err != nil {
		t.Fatal(err)
	}
	return b.String(), len(qs)
}

// TestWritesRefuseControlBytesAndBadDates sends text no input may hold
// (NUL and other control bytes) and dates that are no calendar date or
// out of range, in every body a write takes: each is 400 and writes
// nothing. Tab, newline and carriage return are text.
func TestWritesRefuseControlBytesAndBadDates(t *testing.T) {
	ts := MustOpenServer(t, api.Config{})
	ctx := context.Background()
	for _, c := range []struct{ name, typ, path, body, want string }{
		{"NULInJSONText", "application/json", "/api/articles", `{"text": "Lake Museum signed.\u0000"}`, "control character U+0000"},
		{"ControlInJSONTitle", "application/json", "/api/articles", `{"title": "A\u0007B", "text": "Lake Museum signed."}`, "title"},
		{"NULInJSONSource", "application/json", "/api/articles", `{"source": "https://e.org/\u0000", "text": "Lake Museum signed."}`, "source"},
		{"ControlInJSONDate", "application/json", "/api/articles", `{"date": "2024-01-02\u0001", "text": "Lake Museum signed."}`, "date"},
		{"DateZero", "application/json", "/api/articles", `{"date": "0000-00-00", "text": "Lake Museum signed."}`, "calendar date"},
		{"DateNotInCalendar", "application/json", "/api/articles", `{"date": "2023-02-30", "text": "Lake Museum signed."}`, "calendar date"},
		{"DateFarFuture", "application/json", "/api/articles", `{"date": "2999-01-01", "text": "Lake Museum signed."}`, "outside"},
		{"NULInPlainText", "text/plain", "/api/articles", "Lake Museum signed\x00 an agreement.", "control character U+0000"},
		{"EscInPlainText", "text/plain", "/api/articles", "Lake Museum \x1b[31msigned.", "control character U+001B"},
		{"NULInNQuads", "application/n-quads", "/api/quads", "<http://e.org/a> <http://e.org/p> \"ok\" .\n<http://e.org/a> <http://e.org/p> \"a\\u0000b\" .\n", "line 2"},
		{"NULInNQuadsV2", "application/n-quads", "/api/v2/write", "<http://e.org/a> <http://e.org/p> \"a\\u0000b\" .\n", "control character"},
		// Cayley's N-Quads parser panics on a \U escape past int32.
		{"ParserPanicInNQuads", "application/n-quads", "/api/quads", "<http://e.org/a> <http://e.org/p> \"ok\" .\n<http://e.org/a> <http://e.org/p> \"\\U80000000\" .\n", "line 2"},
	} {
		t.Run(c.name, func(t *testing.T) {
			before, _ := ts.store.QuadCount(ctx)
			r := ts.post(c.path, c.typ, c.body)
			if r.Status != 400 || !strings.Contains(string(r.Body), c.want) {
				t.Fatalf("status %d, want 400 saying %q: %s", r.Status, c.want, r.Body)
			}
			if after, _ := ts.store.QuadCount(ctx); after != before {
				t.Fatalf("a refused write wrote %d quads", after-before)
			}
		})
	}
	t.Run("OK/TabNewlineCarriageReturn", func(t *testing.T) {
		r := ts.post("/api/articles", "application/json", `{"title": "Tabbed\there", "date": "2024-02-29", "text": "Lake Museum signed an agreement.\r\nRiver College\tattended.\n"}`)
		expect(t, r, 201, "")
	})
	t.Run("DateLineInText", func(t *testing.T) {
		// A date line that is no calendar date is refused, or at least
		// never stored as the article's date.
		r := ts.post("/api/articles", "text/plain", "Some Headline\nDate: 0000-00-00\nLake Museum signed an agreement with River College.\n")
		if r.Status == 400 {
			return
		}
		expect(t, r, 201, "")
		var w struct{ Article string }
		r.JSON(t, &w)
		var a struct{ Date string }
		ts.get("/api/articles/"+w.Article).JSON(t, &a)
		if a.Date == "0000-00-00" {
			t.Fatalf("the article was stored dated 0000-00-00")
		}
	})
}
