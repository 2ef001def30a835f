package perturb

import (
	"strings"

	"github.com/coopgraph/coopgraph/quads/extract/internal/gold"
)

// The classes of name words; each is replaced its own way (see draw).
const (
	classSurname      = "surname"      // a Chinese surname: another common surname
	classGiven        = "given"        // a Chinese given name: invented pinyin
	classWGiven       = "wgiven"       // a Western given name: another one
	classWSurname     = "wsurname"     // a Western surname: another one
	classProvince     = "province"     // another province-level name
	classMunicipality = "municipality" // another province-level city (or province)
	classPinyin       = "pinyin"       // invented pinyin, keeping each syllable's initial
	classForeign      = "foreign"      // an invented word of the same length and first letter
)

// nameStrings calls f with every entity of g and each of its names.
func nameStrings(g gold.Set, f func(e gold.Entity, name string)) {
	for _, a := range g.Articles {
		for _, e := range a.Entities {
			f(e, e.Name)
			for _, al := range e.Aliases {
				f(e, al)
			}
		}
	}
}

// nameWords are the words of a name the classifier looks at: each word, its
// apostrophe parts, and the parts of a run-together word.
func nameWords(s string) []string {
	var out []string
	for _, w := range wordRE.FindAllString(s, -1) {
		parts := []string{w}
		if strings.ContainsAny(w, "'’") {
			parts = append(parts, apostropheRE.Split(w, -1)...)
		}
		for _, p := range parts {
			if p == "" {
				continue
			}
			out = append(out, p)
			if p != strings.ToLower(p) && p != strings.ToUpper(p) {
				if cs := camelParts(p); len(cs) > 1 {
					out = append(out, cs...)
				}
			}
		}
	}
	return out
}

// classify decides the class of every distinctive word of the gold's names.
// A person's name gives its words their role (surname first, or last when
// only the last word is a surname); the other names' words are classified by
// what they look like. Generic vocabulary, abbreviations and words the
// classifier is unsure about get no class and are kept.
func (p *perturber) classify() {
	roles := map[string]map[string]bool{}
	add := func(k, role string) {
		if roles[k] == nil {
			roles[k] = map[string]bool{}
		}
		roles[k][role] = true
	}
	nameStrings(p.gold, func(e gold.Entity, s string) {
		if e.Type == "Person" {
			var core []string
			for _, w := range wordRE.FindAllString(s, -1) {
				if !generic[key(w)] {
					core = append(core, w)
				}
			}
			if len(core) > 0 {
				first, last := key(core[0]), key(core[len(core)-1])
				chinese := surnameL[first] || surnameL[last]
				if !chinese {
					chinese = true
					for _, w := range core {
						if segment(key(w)) == nil {
							chinese = false
							break
						}
					}
				}
				switch {
				case chinese && len(core) >= 2:
					sur, giv := core[:1], core[1:]
					if !surnameL[first] && surnameL[last] {
						sur, giv = core[len(core)-1:], core[:len(core)-1]
					}
					for _, w := range sur {
						add(key(w), classSurname)
					}
					for _, w := range giv {
						add(key(w), classGiven)
					}
				case chinese:
					add(first, classGiven)
				default:
					for _, w := range core[:len(core)-1] {
						add(key(w), classWGiven)
					}
					add(last, classWSurname)
				}
			}
		}
		for _, w := range nameWords(s) {
			k := key(w)
			if len(w) >= 2 && isUpper(strings.NewReplacer("'", "", "’", "").Replace(w)) {
				continue // an abbreviation: kept
			}
			if len(camelParts(w)) > 1 && w[1:] != strings.ToLower(w[1:]) {
				continue // a glued compound: its parts are words of their own
			}
			if _, seen := roles[k]; e.Type != "Person" || !seen {
				add(k, "name:"+e.Type)
			}
		}
	})
	for k, rs := range roles {
		if c := p.wordClass(k, rs); c != "" {
			p.kind[k] = c
		}
	}
}

// wordClass is the class of the name word k with the roles rs, or "" to keep it.
func (p *perturber) wordClass(k string, rs map[string]bool) string {
	letters := strings.ReplaceAll(k, "'", "")
	head, _, _ := strings.Cut(k, "'")
	if len(letters) < 2 || generic[k] || (generic[head] && strings.Contains(k, "'")) {
		return ""
	}
	for _, c := range []string{classSurname, classGiven, classWGiven, classWSurname} {
		if rs[c] {
			return c
		}
	}
	switch {
	case provinceL[k]:
		return classProvince
	case muniL[k]:
		return classMunicipality
	case p.lowerInText[k] || englishWords[k]:
		return "" // an ordinary word of the text
	case segment(k) != nil:
		return classPinyin
	case (englishSuffixRE.MatchString(k) && !strings.HasSuffix(k, "ing")) || len(k) < 4:
		return "" // looks like an English word: unsure, keep
	}
	return classForeign
}
