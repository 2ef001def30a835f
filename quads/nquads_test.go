package quads

import (
	"bytes"
	"strings"
	"testing"
)

func TestReadNQuadsNamesTheBadLine(t *testing.T) {
	doc := "<http://e/a> <http://e/p> <http://e/b> .\n\n# comment\n<http://e/a> <http://e/p> \"x\"@en <http://e/g> .\n<http://e/a> <http://e/p> .\n"
	_, err := ReadNQuads(strings.NewReader(doc))
	if ErrorCode(err) != EINVALID || !strings.Contains(ErrorMessage(err), "line 5") {
		t.Fatalf("err = %v, want EINVALID naming line 5", err)
	}
	qs, err := ReadNQuads(strings.NewReader(doc[:strings.LastIndex(doc, "<http://e/a> <http://e/p> .")]))
	if err != nil || len(qs) != 2 || qs[1].Label == nil {
		t.Fatalf("good prefix: %d quads, %v", len(qs), err)
	}
}

func TestReadNQuadsTooLongLine(t *testing.T) {
	doc := "<http://e/a> <http://e/p> \"" + strings.Repeat("x", MaxNQuadsLine+10) + "\" .\n"
	if _, err := ReadNQuads(strings.NewReader(doc)); ErrorCode(err) != ETOOLARGE {
		t.Fatalf("err = %v, want ETOOLARGE", err)
	}
}

// FuzzReadNQuads feeds arbitrary documents to the N-Quads reader: it must
// never panic, and what it accepts must write out and read back the same.
func FuzzReadNQuads(f *testing.F) {
	f.Add("<http://e/a> <http://e/p> <http://e/b> .\n")
	f.Add("<http://e/a> <http://e/p> \"text \\\"quoted\\\" \\u00e9\"@fr <http://e/g> .\n")
	f.Add("_:b1 <http://e/p> \"42\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n# c\n")
	f.Add("<a> <b> .\n")
	f.Add("<http://e/a> <http://e/p> \"unterminated .\n")
	f.Fuzz(func(t *testing.T, doc string) {
		qs, err := ReadNQuads(strings.NewReader(doc))
		if err != nil {
			if ErrorCode(err) == EINTERNAL {
				t.Fatalf("internal error for outside input: %v", err)
			}
			return
		}
		var buf bytes.Buffer
		if err := WriteNQuads(&buf, qs); err != nil {
			t.Fatalf("write back: %v", err)
		}
		again, err := ReadNQuads(&buf)
		if err != nil {
			t.Fatalf("re-read of our own output failed: %v\n%s", err, buf.String())
		}
		if len(again) != len(qs) {
			t.Fatalf("round trip: %d quads became %d", len(qs), len(again))
		}
	})
}

func TestNormalizeName(t *testing.T) {
	for in, want := range map[string]string{
		"The CPC  Committee of X": "cpc committee of x",
		"People’s Government":     "peoples government",
		"A&B Co.":                 "a and b co",
		"  Liaoning-OU ":          "liaoning ou",
	} {
		if got := NormalizeName(in); got != want {
			t.Errorf("NormalizeName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEdgeIDRoundTrip(t *testing.T) {
	a, b := EntityID(Organization, "A"), EntityID(Organization, "B")
	if EdgeID(a, SignedWith, b) != EdgeID(b, SignedWith, a) {
		t.Fatal("signed-with edge id depends on direction")
	}
	if EdgeID(a, Leads, b) == EdgeID(b, Leads, a) {
		t.Fatal("leads edge id ignores direction")
	}
	s, p, o, err := ParseEdgeID(EdgeID(a, Leads, b))
	if err != nil || s != a || p != Leads || o != b {
		t.Fatalf("ParseEdgeID = %s %s %s %v", s, p, o, err)
	}
	for _, bad := range []string{"", "x~leads~y", a + "~likes~" + b, a + "~leads"} {
		if _, _, _, err := ParseEdgeID(bad); ErrorCode(err) != EINVALID {
			t.Errorf("ParseEdgeID(%q) = %v, want EINVALID", bad, err)
		}
	}
}
