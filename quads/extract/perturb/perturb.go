// Package perturb makes name-perturbed copies of an annotated article set:
// the same articles and annotation with the distinctive words of names
// (places, persons' surnames and given names, the distinctive words of
// organisation names) consistently replaced by invented words of the same
// shape. An extractor whose rules key on the genre's constructions scores
// the same on a copy as on the original; one keyed to names does not.
//
// It is a Go port of ../shared/tools/perturb-names and draws the same words
// for the same seed (its random source is Python's). It is test-data
// tooling: only tests import it, never the server's packages.
//
// Choices that keep a copy fair to a genre-general extractor:
//   - a replacement keeps the first letter of the word and, for pinyin
//     words, the initial of every syllable, so abbreviations ("LNU", "SYAU")
//     still abbreviate their expansions; each acronym/expansion pair of the
//     gold is checked and its words redrawn until it does;
//   - surnames become other common Chinese surnames, province-level names
//     other province-level names the set does not use (general-world
//     knowledge), not invented words;
//   - a name word that is also an English word ("He", "An", "Sun", "Song")
//     is replaced only where it is capitalised and not sentence-initial (or
//     is followed by another replaced name word), so "He said" stays;
//   - generic vocabulary (University, Museum, Provincial, Committee, ...),
//     all-capital abbreviations and any word the classifier is unsure about
//     are kept.
package perturb

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/coopgraph/coopgraph/quads/extract/internal/gold"
)

// Replacement is one entry of a copy's word map.
type Replacement struct {
	Word  string // the name word, lower case, apostrophe as '
	To    string // its replacement, lower case
	Class string // how it was drawn: surname, given, pinyin, ...; "variant" for the apostrophe-less form of a mapped word
}

// Copy is a perturbed copy of a set.
type Copy struct {
	Gold  gold.Set
	Texts map[string]string // by the gold's file names
	Map   []Replacement     // sorted by word
	// AcronymPairs counts the gold's acronym/expansion pairs; Broken lists
	// those whose copy no longer abbreviates (kept, as the tool keeps them).
	AcronymPairs int
	Broken       []string
	// Warnings are names that occur in an original text whose copies do not
	// occur in the new one (the tool reports them and goes on).
	Warnings []string
}

// Perturb returns the copy of g (whose article texts are texts, by file
// name) for seed. The error reports a copy that would be unfair: a text the
// gold names is missing, or a relation's evidence or endpoints did not
// survive the substitution.
func Perturb(g gold.Set, texts map[string]string, seed int64) (gold.Set, map[string]string, error) {
	c, err := Make(g, texts, seed)
	return c.Gold, c.Texts, err
}

// Make is Perturb with the word map and the checks' findings.
func Make(g gold.Set, texts map[string]string, seed int64) (Copy, error) {
	for _, a := range g.Articles {
		if _, ok := texts[a.File]; !ok {
			return Copy{}, fmt.Errorf("perturb: no text for %s", a.File)
		}
	}
	p := newPerturber(g, texts, seed)
	p.build()

	c := Copy{Gold: g.Clone(), Texts: map[string]string{}, AcronymPairs: p.acronymPairs, Broken: p.broken}
	c.Gold.About = strings.TrimSpace(g.About + fmt.Sprintf(
		" [Perturbed copy: proper names replaced by invented ones, seed %d, by quads/extract/perturb.]", seed))
	var problems []error
	for ai := range c.Gold.Articles {
		a := &c.Gold.Articles[ai]
		orig := g.Articles[ai]
		text := texts[a.File]
		newText, pieces := p.substitute(text, false)
		c.Texts[a.File] = newText
		names := map[string]bool{}
		for ei := range a.Entities {
			e := &a.Entities[ei]
			e.Name = p.subName(e.Name)
			for i, al := range e.Aliases {
				e.Aliases[i] = p.subName(al)
			}
			names[e.Name] = true
		}
		for ri := range a.Relations {
			r := &a.Relations[ri]
			r.S, r.O, r.Title, r.Base = p.subName(r.S), p.subName(r.O), p.subName(r.Title), p.subName(r.Base)
			for _, end := range []string{r.S, r.O} {
				if !names[end] {
					problems = append(problems, fmt.Errorf("%s: relation end %q is not an entity name", a.File, end))
				}
			}
			if r.Evidence == "" {
				continue
			}
			at := strings.Index(text, r.Evidence)
			if at < 0 {
				problems = append(problems, fmt.Errorf("%s: evidence not in the original text: %.60q", a.File, r.Evidence))
				r.Evidence, _ = p.substitute(r.Evidence, false)
			} else {
				r.Evidence = newText[mapOffset(pieces, at, false):mapOffset(pieces, at+len(r.Evidence), true)]
			}
			if !strings.Contains(newText, r.Evidence) {
				problems = append(problems, fmt.Errorf("%s: evidence not in the new text: %.60q", a.File, r.Evidence))
			}
		}
		// every name the original text contains should still be in the new one
		lowOld, lowNew := strings.ToLower(text), strings.ToLower(newText)
		for ei, e := range orig.Entities {
			ne := a.Entities[ei]
			olds := append([]string{e.Name}, e.Aliases...)
			news := append([]string{ne.Name}, ne.Aliases...)
			for i := range olds {
				if strings.Contains(lowOld, strings.ToLower(olds[i])) && !strings.Contains(lowNew, strings.ToLower(news[i])) {
					c.Warnings = append(c.Warnings, fmt.Sprintf("%s: name %q -> %q is in the original text but not the new",
						a.File, olds[i], news[i]))
				}
			}
		}
	}
	for k, to := range p.repl {
		class := p.kind[k]
		if class == "" {
			class = "variant"
		}
		c.Map = append(c.Map, Replacement{Word: k, To: to, Class: class})
	}
	sort.Slice(c.Map, func(i, j int) bool { return c.Map[i].Word < c.Map[j].Word })
	if err := errors.Join(problems...); err != nil {
		return c, fmt.Errorf("perturb: seed %d: %w", seed, err)
	}
	return c, nil
}

// perturber holds one run's word map (one article set and seed).
type perturber struct {
	gold        gold.Set
	rng         *pyRandom
	vocab       map[string]bool // every word of the texts (and its apostrophe parts), by key
	lowerInText map[string]bool // the words the texts use in lower case
	kind        map[string]string
	repl        map[string]string // key -> replacement (lower case, apostrophe as ')
	used        map[string]bool

	acronymPairs int
	broken       []string
}

func newPerturber(g gold.Set, texts map[string]string, seed int64) *perturber {
	p := &perturber{gold: g, rng: newPyRandom(seed), vocab: map[string]bool{}, lowerInText: map[string]bool{},
		kind: map[string]string{}, repl: map[string]string{}, used: map[string]bool{}}
	for _, t := range texts {
		for _, w := range wordRE.FindAllString(t, -1) {
			p.vocab[key(w)] = true
			for _, part := range apostropheRE.Split(w, -1) {
				p.vocab[strings.ToLower(part)] = true
			}
		}
		lowerWords(t, p.lowerInText)
	}
	return p
}

// build classifies the name words and draws their replacements, in word
// order (the draws depend on it), then repairs broken abbreviations.
func (p *perturber) build() {
	p.classify()
	var ks []string
	for k := range p.kind {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	var drawn []string
	for _, k := range ks {
		if rep := p.draw(k); rep != "" {
			p.repl[k] = rep
			p.used[rep] = true
			drawn = append(drawn, k)
		}
	}
	// apostrophe-less variants follow their apostrophe form ("Xian" of "Xi'an")
	for _, k := range drawn {
		if strings.Contains(k, "'") {
			flat := strings.ReplaceAll(k, "'", "")
			if _, ok := p.kind[flat]; ok || p.vocab[flat] {
				p.repl[flat] = strings.ReplaceAll(p.repl[k], "'", "")
			}
		}
	}
	p.fixAcronyms()
}

// fixAcronyms redraws the words of every expansion that its acronym no
// longer abbreviates (surnames and given names excepted), up to 60 times;
// after 20 a province-level word may become invented pinyin.
func (p *perturber) fixAcronyms() {
	type pair struct{ acr, name string }
	seen := map[pair]bool{}
	var pairs []pair
	nameStrings(p.gold, func(e gold.Entity, _ string) {
		names := append([]string{e.Name}, e.Aliases...)
		for _, a := range names {
			for _, t := range wordRE.FindAllString(a, -1) {
				if len(t) >= 2 && isUpper(t) {
					for _, n := range names {
						if pr := (pair{t, n}); n != a && !seen[pr] && acronymOK(t, n) {
							seen[pr] = true
							pairs = append(pairs, pr)
						}
					}
				}
			}
		}
	})
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i].acr != pairs[j].acr {
			return pairs[i].acr < pairs[j].acr
		}
		return pairs[i].name < pairs[j].name
	})
	p.acronymPairs = len(pairs)
	for _, pr := range pairs {
		fixed := false
		for attempt := 0; attempt < 60; attempt++ {
			if acronymOK(pr.acr, p.subName(pr.name)) {
				fixed = true
				break
			}
			for _, w := range wordRE.FindAllString(pr.name, -1) {
				k := key(w)
				if attempt == 20 && (p.kind[k] == classProvince || p.kind[k] == classMunicipality) {
					p.kind[k] = classPinyin // no province-level name fits: invent one
				}
				old, mapped := p.repl[k]
				if _, classed := p.kind[k]; !mapped || !classed || p.kind[k] == classSurname || p.kind[k] == classGiven {
					// names of persons stay; an apostrophe-less variant
					// (no class of its own) follows its apostrophe form
					continue
				}
				delete(p.used, old)
				if rep := p.draw(k); rep != "" {
					p.repl[k] = rep
					p.used[rep] = true
				} else {
					p.used[old] = true
				}
			}
		}
		if !fixed {
			p.broken = append(p.broken, fmt.Sprintf("acronym %s no longer abbreviates %q (was %q)", pr.acr, p.subName(pr.name), pr.name))
		}
	}
}
