package perturb

import (
	"fmt"
	"strings"
	"testing"
)

// TestCopyShape checks, for five seeds of every annotated set, what a fair
// copy must keep whatever words were drawn: the same text apart from the
// replaced words (same punctuation, spacing and word count), case patterns,
// generic vocabulary and abbreviations kept, every replaced word a mapped
// name word, replacements of their class's shape, each acronym of the
// annotation still abbreviating its expansion, evidence still verbatim, and
// every name the original text contains present in the new one.
func TestCopyShape(t *testing.T) {
	for _, set := range []string{"seeds", "dev", "dev2", "dev3"} {
		g, texts := loadSet(t, set)
		for seed := int64(1); seed <= 5; seed++ {
			t.Run(fmt.Sprintf("%s-%d", set, seed), func(t *testing.T) {
				c, err := Make(g, texts, seed)
				if err != nil {
					t.Fatal(err)
				}
				for _, b := range c.Broken {
					t.Error(b)
				}
				for _, w := range c.Warnings {
					t.Error(w)
				}
				mapped := map[string]string{}
				for _, r := range c.Map {
					mapped[r.Word] = r.To
					checkReplacement(t, r)
				}
				if len(mapped) < 20 {
					t.Errorf("only %d words replaced", len(mapped))
				}
				replaced := 0
				for _, a := range g.Articles {
					replaced += checkText(t, a.File, texts[a.File], c.Texts[a.File], mapped)
				}
				if replaced == 0 {
					t.Error("no word of the texts replaced")
				}
				for i, a := range c.Gold.Articles {
					text := c.Texts[a.File]
					for k, r := range a.Relations {
						if r.Evidence == "" {
							continue
						}
						if !strings.Contains(text, r.Evidence) {
							t.Errorf("%s: evidence not in the copy: %.60q", a.File, r.Evidence)
						}
						// the same sentence: the same words but for replaced ones
						orig := g.Articles[i].Relations[k].Evidence
						if a, b := wordRE.ReplaceAllString(orig, "W"), wordRE.ReplaceAllString(r.Evidence, "W"); a != b {
							t.Errorf("%s: evidence %.60q re-cut as %.60q", c.Gold.Articles[i].File, orig, r.Evidence)
						}
					}
					for j, e := range a.Entities {
						oe := g.Articles[i].Entities[j]
						olds, news := append([]string{oe.Name}, oe.Aliases...), append([]string{e.Name}, e.Aliases...)
						for k := range olds {
							for _, n := range olds {
								if n != olds[k] && isUpper(olds[k]) && acronymOK(olds[k], n) && !acronymOK(news[k], news[indexOf(olds, n)]) {
									t.Errorf("%s: %s abbreviated %q but %s does not abbreviate %q", a.File, olds[k], n, news[k], news[indexOf(olds, n)])
								}
							}
						}
					}
				}
			})
		}
	}
}

func indexOf(xs []string, x string) int {
	for i, y := range xs {
		if y == x {
			return i
		}
	}
	return -1
}

// checkReplacement checks one map entry against its class.
func checkReplacement(t *testing.T, r Replacement) {
	t.Helper()
	if generic[r.Word] || englishShort[r.To] || generic[r.To] || wellKnown[r.To] || r.To == r.Word {
		t.Errorf("%s → %s (%s): a kept or reserved word", r.Word, r.To, r.Class)
	}
	switch r.Class {
	case classSurname:
		if !surnameL[r.To] && segment(r.To) == nil {
			t.Errorf("surname %s → %s: neither a surname nor pinyin", r.Word, r.To)
		}
	case classProvince, classMunicipality:
		if !provinceL[r.To] && !muniL[r.To] {
			t.Errorf("%s %s → %s: not province-level", r.Class, r.Word, r.To)
		}
	case classGiven:
		if segment(r.To) == nil || r.To[0] != r.Word[0] {
			t.Errorf("given name %s → %s: not pinyin of the same first letter", r.Word, r.To)
		}
	case classPinyin:
		ws, ts := segment(r.Word), segment(r.To)
		vowelInside := false
		for _, s := range ws[1:] {
			vowelInside = vowelInside || startsWithVowel(s)
		}
		if vowelInside && !strings.Contains(r.Word, "'") {
			// "lee" is le+e: no invented word keeps a vowel-initial syllable
			// inside without an apostrophe, so the tool keeps the first letter
			if ts == nil || r.To[0] != r.Word[0] {
				t.Errorf("pinyin %s → %s: not pinyin of the same first letter", r.Word, r.To)
			}
			break
		}
		if len(ws) != len(ts) {
			t.Errorf("pinyin %s → %s: syllable counts differ", r.Word, r.To)
			break
		}
		for i := range ws {
			if initial(ws[i]) != initial(ts[i]) {
				t.Errorf("pinyin %s → %s: syllable %d's initial changed", r.Word, r.To, i+1)
			}
		}
	case classForeign:
		if segment(r.To) != nil || r.To[0] != r.Word[0] || len(r.To) < len(r.Word) {
			t.Errorf("foreign %s → %s: not a same-initial non-pinyin word as long", r.Word, r.To)
		}
	}
}

// checkText checks that the copy of a text differs only in replaced name
// words, with their case pattern, and returns how many words it replaced.
func checkText(t *testing.T, file, old, new string, mapped map[string]string) int {
	t.Helper()
	ow, nw := wordRE.FindAllString(old, -1), wordRE.FindAllString(new, -1)
	if len(ow) != len(nw) {
		t.Errorf("%s: %d words, copy %d", file, len(ow), len(nw))
		return 0
	}
	if a, b := wordRE.ReplaceAllString(old, "W"), wordRE.ReplaceAllString(new, "W"); a != b {
		t.Errorf("%s: the copy changed more than words: %s", file, firstDiff(a, b))
	}
	n := 0
	for i := range ow {
		o, w := ow[i], nw[i]
		if o == w {
			continue
		}
		n++
		if generic[key(o)] || (len(o) >= 2 && isUpper(o) && mapped[key(o)] == "") {
			t.Errorf("%s: kept word %q replaced by %q", file, o, w)
		}
		if _, ok := mapped[key(o)]; !ok && !partsMapped(o, mapped) {
			t.Errorf("%s: %q replaced by %q but not in the map", file, o, w)
		}
		if isUpper(o[:1]) != isUpper(w[:1]) || (len(o) > 1 && isUpper(o) != isUpper(w)) {
			t.Errorf("%s: %q → %q: case pattern lost", file, o, w)
		}
	}
	return n
}

// partsMapped reports whether an apostrophe or run-together part of w is mapped.
func partsMapped(w string, mapped map[string]string) bool {
	for _, p := range append(apostropheRE.Split(w, -1), camelParts(w)...) {
		if _, ok := mapped[key(p)]; ok {
			return true
		}
	}
	return false
}
