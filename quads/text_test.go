package quads

import (
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
)

func TestCheckText(t *testing.T) {
	for _, ok := range []string{"", "plain", "tab\there", "lines\nand\r\nCRLF", "中文，标点。", "emoji 🙂"} {
		if err := CheckText("text", ok); err != nil {
			t.Errorf("CheckText(%q) = %v, want nil", ok, err)
		}
	}
	for _, bad := range []string{"nul\x00", "\x01start", "bell\a", "esc\x1b[0m", "del\x7f", "c1 \u0085 next line", "\xff not utf-8", "form\ffeed", "vt\v"} {
		err := CheckText("text", bad)
		if ErrorCode(err) != EINVALID {
			t.Errorf("CheckText(%q) = %v, want EINVALID", bad, err)
		}
	}
	if err := CheckText("title", "ab\x00c"); !strings.Contains(ErrorMessage(err), "title holds control character U+0000 at byte 2") {
		t.Errorf("the message does not say what and where: %v", err)
	}
}

func TestValidateDate(t *testing.T) {
	next := time.Now().UTC().AddDate(1, 0, 0)
	for _, ok := range []string{"1900-01-01", "2024-02-29", "2000-02-29", time.Now().UTC().Format(time.DateOnly), next.AddDate(0, 0, -1).Format(time.DateOnly)} {
		if err := ValidateDate(ok); err != nil {
			t.Errorf("ValidateDate(%q) = %v, want nil", ok, err)
		}
	}
	for _, bad := range []string{"0000-00-00", "2023-02-29", "2023-02-30", "2023-13-01", "2023-00-10", "2023-04-31", "1899-12-31",
		next.AddDate(0, 0, 2).Format(time.DateOnly), "3000-01-01", "2023-1-5", "20230105", " 2023-01-05", "2023-01-05\x00", ""} {
		if err := ValidateDate(bad); ErrorCode(err) != EINVALID {
			t.Errorf("ValidateDate(%q) = %v, want EINVALID", bad, err)
		}
	}
}

func TestArticleValidate(t *testing.T) {
	text := "Lake Museum signed an agreement.\r\nWindows line ends are kept.\n"
	valid := func() Article {
		return Article{ID: ArticleID(text), Title: "A title", Date: "2024-01-02", Source: "https://e.org/a", Text: text}
	}
	t.Run("OK", func(t *testing.T) {
		a := valid()
		if err := a.Validate(); err != nil {
			t.Fatal(err)
		}
	})
	for name, breakIt := range map[string]func(*Article){
		"NULInText":         func(a *Article) { a.Text += "\x00"; a.ID = ArticleID(a.Text) },
		"ControlInTitle":    func(a *Article) { a.Title = "A\x07title" },
		"NULInSource":       func(a *Article) { a.Source = "https://e.org/\x00" },
		"ControlInFile":     func(a *Article) { a.File = "a\x1b.txt" },
		"DateZero":          func(a *Article) { a.Date = "0000-00-00" },
		"DateNotInCalendar": func(a *Article) { a.Date = "2023-02-30" },
		"DateFarFuture":     func(a *Article) { a.Date = "2999-01-01" },
		"DateTooOld":        func(a *Article) { a.Date = "1850-06-01" },
		"IDNotItsText":      func(a *Article) { a.ID = ArticleID("other") },
		"EmptyText":         func(a *Article) { a.Text = ""; a.ID = ArticleID("") },
	} {
		t.Run("ErrInvalid/"+name, func(t *testing.T) {
			a := valid()
			breakIt(&a)
			if err := a.Validate(); ErrorCode(err) != EINVALID {
				t.Fatalf("Validate() = %v, want EINVALID", err)
			}
		})
	}
}

func TestEntityRelationEvidenceRefuseControlBytes(t *testing.T) {
	e := Entity{ID: "x", Name: "Bo\x00Li", Type: Person}
	if err := e.Validate(); ErrorCode(err) != EINVALID {
		t.Errorf("entity with NUL: %v", err)
	}
	e = Entity{ID: "x", Name: "Bo Li", Type: Person, Aliases: []string{"B\x01L"}}
	if err := e.Validate(); ErrorCode(err) != EINVALID {
		t.Errorf("alias with a control byte: %v", err)
	}
	r := Relation{Subject: "a", Predicate: Leads, Object: "b", Title: "cu\x00rator", Evidence: Evidence{ArticleID: "x", Sentence: "s", Start: 0, End: 1}}
	if err := r.Validate(); ErrorCode(err) != EINVALID {
		t.Errorf("relation title with NUL: %v", err)
	}
	r.Title, r.Evidence.Sentence = "curator", "s\x00"
	if err := r.Validate(); ErrorCode(err) != EINVALID {
		t.Errorf("evidence sentence with NUL: %v", err)
	}
}

func TestReadNQuadsRefusesControlBytes(t *testing.T) {
	for _, c := range []struct{ doc, want string }{
		{"<http://e/a> <http://e/p> \"ok\" .\n<http://e/a> <http://e/p> \"a\\u0000b\" .\n", "line 2: object literal holds control character U+0000"},
		{"<http://e/a> <http://e/p> \"a\x00b\" .\n", "line 1"},
		{"<http://e/a> <http://e/p> \"bell\\u0007\"@en .\n", "line 1: object literal"},
		{"<http://e/a\x00> <http://e/p> \"x\" .\n", "line 1: malformed"},
		{"<http://e/a> <http://e/p> \"x\" <http://e/g\x01> .\n", "line 1: malformed"},
	} {
		_, err := ReadNQuads(strings.NewReader(c.doc))
		if ErrorCode(err) != EINVALID || !strings.Contains(ErrorMessage(err), c.want) {
			t.Errorf("%q: %v, want EINVALID saying %q", c.doc, err, c.want)
		}
	}
	// Tab, newline and carriage return are text.
	qs, err := ReadNQuads(strings.NewReader("<http://e/a> <http://e/p> \"a\\tb\\nc\\r\\nd\" .\n"))
	if err != nil || len(qs) != 1 {
		t.Fatalf("tab, newline and CR in a literal: %v", err)
	}
}

// TestValidateQuadRefusesControlBytes covers what other formats than
// N-Quads (JSON-LD through /api/v2/write) may carry in any term.
func TestValidateQuadRefusesControlBytes(t *testing.T) {
	ok := quad.Quad{Subject: quad.IRI("http://e/a"), Predicate: quad.IRI("http://e/p"), Object: quad.String("x"), Label: quad.IRI("http://e/g")}
	if err := ValidateQuad(ok); err != nil {
		t.Fatal(err)
	}
	for name, q := range map[string]quad.Quad{
		"subject IRI":       {Subject: quad.IRI("http://e/a\x00"), Predicate: ok.Predicate, Object: ok.Object},
		"predicate IRI":     {Subject: ok.Subject, Predicate: quad.IRI("http://e/ p"), Object: ok.Object},
		"label IRI":         {Subject: ok.Subject, Predicate: ok.Predicate, Object: ok.Object, Label: quad.IRI("http://e/g\x01")},
		"object literal":    {Subject: ok.Subject, Predicate: ok.Predicate, Object: quad.LangString{Value: "a\x00", Lang: "en"}},
		"datatype IRI":      {Subject: ok.Subject, Predicate: ok.Predicate, Object: quad.TypedString{Value: "1", Type: "http://e/t\x00"}},
		"object blank node": {Subject: ok.Subject, Predicate: ok.Predicate, Object: quad.BNode("b\x00")},
	} {
		if err := ValidateQuad(q); ErrorCode(err) != EINVALID || !strings.Contains(ErrorMessage(err), name) {
			t.Errorf("%s: %v, want EINVALID naming the %s", name, err, name)
		}
	}
}
