package perturb

import (
	"strings"
	"testing"
)

// TestSubstitute checks word-boundary application, case preservation, the
// English-word context rule and the offset map on a small text.
func TestSubstitute(t *testing.T) {
	p := &perturber{repl: map[string]string{"liaoning": "laoning", "he": "hao", "sun": "song", "yuling": "yaoming", "xi'an": "ba'ai"}}
	text := "He said LIAONING and Liaoning's Sun Yuling met. Prof. Sun came; he left Xi’an.\nSun rose."
	got, pieces := p.substitute(text, false)
	want := "He said LAONING and Laoning's Song Yaoming met. Prof. Song came; he left Ba’ai.\nSun rose."
	if got != want {
		t.Fatalf("substitute:\n got %q\nwant %q", got, want)
	}
	// "Sun" sentence-initial before a mapped name word is replaced; alone it is not
	if got := p.subName("He Yuling"); got != "Hao Yaoming" {
		t.Errorf("in a name every mapped word is replaced: %q", got)
	}
	for _, c := range []struct {
		sub string
		end bool
	}{{"LIAONING and", false}, {"Sun Yuling met.", false}, {"left Xi’an", true}, {"Yuling", true}} {
		at := strings.Index(text, c.sub)
		ns, ne := mapOffset(pieces, at, false), mapOffset(pieces, at+len(c.sub), true)
		if orig, cut := c.sub, got[ns:ne]; p.subName(orig) != cut {
			t.Errorf("span %q re-cut as %q, want %q", orig, cut, p.subName(orig))
		}
	}
	// an offset inside a replaced token goes to the new token's bounds
	at := strings.Index(text, "AONING")
	if s, e := mapOffset(pieces, at, false), mapOffset(pieces, at, true); got[s:e] != "LAONING" {
		t.Errorf("offset inside a token maps to %q", got[s:e])
	}
}
