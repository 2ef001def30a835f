package extract

import (
	"github.com/coopgraph/coopgraph/quads"
	"sort"
	"strings"
	"unicode"
)

// exEnt is one entity of an article while it is being resolved.
type exEnt struct {
	typ    quads.EntityType
	names  map[string]int // surface form → mentions
	first  int            // order of first mention
	count  int
	parent int // the organisation a sub-unit belongs to, or -1
	name   string
	level  placeLevel // for places
	acr    bool       // known only by an acronym

	prefixParent bool  // its name begins with its parent's name
	adopted      bool  // an academic unit given the article's one university
	qual         bool  // a sub-unit keyed by its parent's name too
	ownName      bool  // a body designated a unit keeps its own name, unqualified
	sents        []int // sentences it is mentioned in, ascending
}

// exResolver groups one article's mentions into entities. Names are compared
// by normalised key; an organisation's acronym, its party committee, its
// name with or without a leading place or a droppable modifier, and the
// variants of an educational institution's name are one entity.
type exResolver struct {
	p     *exParser
	ents  []*exEnt
	byKey map[string]int
	uf    []int
}

func (r *exResolver) find(x int) int {
	for r.uf[x] != x {
		r.uf[x] = r.uf[r.uf[x]]
		x = r.uf[x]
	}
	return x
}

func (r *exResolver) union(a, b int) {
	a, b = r.find(a), r.find(b)
	if a == b {
		return
	}
	if r.ents[b].first < r.ents[a].first {
		a, b = b, a
	}
	r.uf[b] = a
}

// add records a mention and returns its (provisional) entity index.
func (r *exResolver) add(t quads.EntityType, key, surf string, order int) int {
	k := string(t) + "|" + key
	if i, ok := r.byKey[k]; ok {
		r.ents[i].names[surf]++
		r.ents[i].count++
		return i
	}
	i := len(r.ents)
	r.ents = append(r.ents, &exEnt{typ: t, names: map[string]int{surf: 1}, first: order, count: 1, parent: -1})
	r.uf = append(r.uf, i)
	r.byKey[k] = i
	return i
}

// noteSentence records that the entity is mentioned in sentence si.
func (e *exEnt) noteSentence(si int) {
	if n := len(e.sents); n == 0 || e.sents[n-1] != si {
		e.sents = append(e.sents, si)
	}
}

// together: the two entities are mentioned in one sentence.
func exTogether(a, b *exEnt) bool {
	i, j := 0, 0
	for i < len(a.sents) && j < len(b.sents) {
		switch {
		case a.sents[i] == b.sents[j]:
			return true
		case a.sents[i] < b.sents[j]:
			i++
		default:
			j++
		}
	}
	return false
}

// exCompanyless drops a company form after "Group": "FAW Group Co., Ltd."
// and "FAW Group" are one enterprise, written with and without its form.
func exCompanyless(ws []string) []string {
	if n := len(ws); n >= 3 && ws[n-1] == "company" && ws[n-2] == "group" {
		return ws[:n-1]
	}
	return ws
}

// exPlaceKey folds "Wuchang District" and "Wuchang" together.
func exPlaceKey(name string) string {
	k := quads.NormalizeName(name)
	for _, suf := range []string{" city", " province", " municipality", " district", " county", " prefecture"} {
		if strings.HasSuffix(k, suf) && len(k) > len(suf) {
			return k[:len(k)-len(suf)]
		}
	}
	return k
}

// exOrgWords are the normalised words of an organisation name with company
// forms made one ("Co., Ltd." = "Company").
func exOrgWords(name string) []string {
	ws := strings.Fields(quads.NormalizeName(name))
	out := ws[:0] // in place: a word is read before its slot is written
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		switch w {
		case "co", "ltd", "inc", "corp", "company", "corporation", "llc": // exCompanySuffix without periods
			if len(out) > 0 && out[len(out)-1] == "company" {
				continue
			}
			w = "company"
		}
		out = append(out, w)
	}
	return out
}

// exResolved is an item after resolution: the relation stage's input.
type exResolved struct {
	// the mention stage's item, shared, not copied: the mentions are not
	// read after resolution, and a copy of every item was a fifth of the
	// extractor's allocation
	*exItem
	ent int // entity index, or -1 (words, titles, what stands for another)
}

// resolve gives every mention item of the article its entity.
func (r *exResolver) resolve(mentions [][]exItem) [][]exResolved {
	sents := make([][]exResolved, len(mentions))
	total := 0
	for _, ms := range mentions {
		total += len(ms)
	}
	all := make([]exResolved, total) // one allocation; each sentence capped to its own
	for si, ms := range mentions {
		sents[si], all = all[:len(ms):len(ms)], all[len(ms):]
		for k := range ms {
			sents[si][k] = exResolved{exItem: &ms[k], ent: -1}
		}
	}
	order := 0
	qualified := map[string][]int{}
	for si := range sents {
		items := sents[si]
		for k := range items {
			it := &items[k]
			order++
			switch it.kind {
			case xPerson:
				it.ent = r.add(quads.Person, exPersonKey(it.name), it.name, order)
			case xPlace:
				if it.level != 0 && it.name == "" {
					continue // bare "Municipal Government": resolved later
				}
				it.ent = r.add(quads.Place, exPlaceKey(it.name), it.name, order)
				e := r.ents[it.ent]
				if it.surf != "" && it.surf != it.name {
					e.names[it.surf] += 0
				}
				if exProvinces.has(strings.ToLower(it.name)) || strings.HasSuffix(strings.ToLower(it.surf), "province") || strings.Contains(strings.ToLower(it.surf), "provincial") {
					e.level = levelProvince
				} else if e.level != levelProvince {
					// a suffix says the level; a bare name ("Baiyang" for
					// "Baiyang County") leaves the level it has
					l, sl := strings.ToLower(it.name), strings.ToLower(it.surf)
					switch {
					case strings.HasSuffix(l, "district") || strings.HasSuffix(l, "county") || strings.HasSuffix(l, " area"):
						e.level = levelDistrict
					case strings.HasSuffix(sl, " city") || e.level == 0:
						e.level = levelCity
					}
				}
			case xOrg, xBase:
				if it.name == "" || (it.fold && it.kind == xOrg) {
					continue // a party organ stands for its parent
				}
				t := quads.Organization
				if it.kind == xBase {
					t = quads.Base
				}
				key := strings.Join(exOrgWords(it.name), " ")
				if full := r.p.short[strings.ToLower(it.name)]; full != "" && t == quads.Organization {
					key = strings.Join(exOrgWords(full), " ") // "Zoomlion" is the company
				}
				if it.parent >= 0 && it.parent < len(items) && items[it.parent].name != "" && !items[it.parent].fold && !r.p.ownNamed(it.name) {
					// a sub-unit is known by its name and its parent's: two
					// universities' schools of economics are two entities
					// (a body with a name of its own is known by it alone)
					bare := key
					key += " | " + strings.Join(exOrgWords(items[it.parent].name), " ")
					it.ent = r.add(t, key, it.name, order)
					r.ents[it.ent].qual = true
					qualified[bare] = append(qualified[bare], it.ent)
					for _, a := range it.aliases {
						// "its School of Law (QULS)": the abbreviation
						// is the unit's, as for a body named alone
						j := r.add(t, strings.Join(exOrgWords(a), " "), a, order)
						r.union(it.ent, j)
					}
					break
				}
				it.ent = r.add(t, key, it.name, order)
				r.ents[it.ent].noteSentence(si)
				for _, a := range it.aliases {
					j := r.add(t, strings.Join(exOrgWords(a), " "), a, order)
					r.union(it.ent, j)
				}
			}
		}
	}
	// a sub-unit named without its parent is the one named with it, when
	// there is only one
	for bare, qs := range qualified {
		if i, ok := r.byKey[string(quads.Organization)+"|"+bare]; ok {
			one := -1
			for _, q := range qs {
				if one >= 0 && r.find(q) != r.find(one) {
					one = -2
					break
				}
				if one == -1 {
					one = q
				}
			}
			if one >= 0 {
				r.union(one, i)
			}
		}
	}
	// organisations: acronyms, leading places, droppable modifiers, variants
	var orgs []int
	for i, e := range r.ents {
		if e.typ == quads.Organization && !e.qual {
			orgs = append(orgs, i)
		}
	}
	full := func(i int) string {
		for n := range r.ents[i].names {
			return n
		}
		return ""
	}
	names := make([]string, len(r.ents))
	for i := range r.ents {
		// the most frequent surface, for matching
		best, bc := "", -1
		for n, c := range r.ents[i].names {
			if c > bc || (c == bc && n < best) {
				best, bc = n, c
			}
		}
		names[i] = best
	}
	_ = full
	words := make([][]string, len(r.ents))
	for _, i := range orgs {
		words[i] = exOrgWords(names[i])
	}
	keyOf := map[string]int{}
	for _, i := range orgs {
		keyOf[strings.Join(words[i], " ")] = i
	}
	for _, i := range orgs {
		ws := words[i]
		if len(ws) == 0 {
			continue
		}
		// acronyms, bare or after a place ("Anshan SASAC")
		last := ws[len(ws)-1]
		acrTok := ""
		if f := strings.Fields(names[i]); len(f) > 0 {
			lf := f[len(f)-1]
			if len(lf) >= 2 && strings.ToUpper(lf) == lf && strings.ToLower(lf) != lf &&
				!(len(f) >= 2 && exFunctionWords.has(strings.ToLower(f[len(f)-2]))) {
				// (an acronym after "to", "of" is a complement of the name:
				// "X Hospital Affiliated to FLU" is no FLU)
				acrTok = lf
			}
		}
		if acrTok != "" && strings.ToLower(acrTok) == last {
			r.ents[i].acr = len(ws) == 1
			if r.find(i) != i {
				continue // defined in brackets: it abbreviates that body
			}
			best, bs := -1, 1<<30
			var tied []int
			for _, j := range orgs {
				if j == i || r.ents[j].acr || len(words[j]) < 2 {
					continue
				}
				if s := exAcronymScore(acrTok, names[j]); s >= 0 && s < bs {
					best, bs, tied = j, s, []int{j}
				} else if s >= 0 && s == bs && r.find(j) != r.find(best) {
					tied = append(tied, j)
				}
			}
			if len(tied) > 1 {
				// "QSTM" fits the Qiantang and the Quzhou Science and
				// Technology Museum: the one its sentences speak of by a
				// word of its own ("QSTM … the Qiantang museum"), else the
				// one named last before it
				if c := r.contextChoice(mentions, tied, i, names); c >= 0 {
					best = c
				} else {
					best = r.nearestBefore(tied, r.ents[i].first)
				}
			}
			if best >= 0 {
				r.union(best, i)
				continue
			}
		}
		// a leading place: "Jiangsu Shagang Group" is "Shagang Group"
		if len(ws) >= 3 && (r.p.places[ws[0]] || exProvinces.has(ws[0])) {
			if j, ok := keyOf[strings.Join(ws[1:], " ")]; ok && j != i {
				r.union(j, i)
			}
		}
	}
	// company-form variants ("X Group Co., Ltd." and "X Group"), with or
	// without a leading place, are one enterprise, unless one sentence names
	// both (then the text tells a group from its listed company)
	ckey := map[string][]int{}
	for _, i := range orgs {
		if cw := exCompanyless(words[i]); len(cw) >= 2 {
			ckey[strings.Join(cw, " ")] = append(ckey[strings.Join(cw, " ")], i)
		}
	}
	together := func(a, b int) bool {
		a, b = r.find(a), r.find(b)
		for _, x := range orgs {
			if r.find(x) != a {
				continue
			}
			for _, y := range orgs {
				if r.find(y) == b && exTogether(r.ents[x], r.ents[y]) {
					return true
				}
			}
		}
		return false
	}
	for _, i := range orgs {
		cw := exCompanyless(words[i])
		if len(cw) < 2 {
			continue
		}
		keys := []string{strings.Join(cw, " ")}
		if n := len(cw); n >= 3 && (cw[n-1] == "group" || cw[n-1] == "company") && !exOrgHeads.has(cw[0]) {
			// a company's leading place or qualifier: "Hangzhou Wahaha
			// Group Co., Ltd." is "Wahaha Group"
			keys = append(keys, strings.Join(cw[1:], " "))
		}
		for _, k := range keys {
			for _, j := range ckey[k] {
				if j != i && r.find(j) != r.find(i) && !together(i, j) {
					r.union(j, i)
				}
			}
		}
	}
	// droppable modifiers and educational-institution variants
	dkey := map[string]int{}
	ekey := map[string]int{}
	for _, i := range orgs {
		ws := words[i]
		if len(ws) == 0 {
			continue
		}
		var d []string
		for _, w := range ws {
			if !exDroppable.has(w) {
				d = append(d, w)
			}
		}
		k := strings.Join(d, " ")
		if j, ok := dkey[k]; ok && len(d) >= 2 {
			r.union(j, i)
		} else {
			dkey[k] = i
		}
		if exEduHeads.has(ws[len(ws)-1]) || (len(ws) >= 3 && exEduHeads.has(ws[1]) && ws[2] == "of") {
			var c []string
			for _, w := range ws {
				if !exEduHeads.has(w) && w != "of" && w != "and" && w != "for" && !exDroppable.has(w) {
					c = append(c, w)
				}
			}
			if len(c) >= 2 {
				sort.Strings(c)
				k := strings.Join(c, " ")
				if j, ok := ekey[k]; ok {
					r.union(j, i)
				} else {
					ekey[k] = i
				}
			}
		}
	}
	// places: a province's name is the province
	for i, e := range r.ents {
		if e.typ == quads.Place && exProvinces.has(exPlaceKey(names[i])) && e.level != levelProvince {
			e.level = levelProvince
		}
	}
	r.joinShortCompanyNames()
	r.joinCoordinationShortNames() // synth13: resolve_short.go
	// merge the union-find groups
	for i := range r.ents {
		root := r.find(i)
		if root == i {
			continue
		}
		dst, src := r.ents[root], r.ents[i]
		for n, c := range src.names {
			dst.names[n] += c
		}
		dst.count += src.count
		if !src.acr {
			dst.acr = false
		}
	}
	for si := range sents {
		for k := range sents[si] {
			if e := sents[si][k].ent; e >= 0 {
				sents[si][k].ent = r.find(e)
			}
		}
	}
	return sents
}

// exAcronymScore returns how well acr abbreviates name (lower is better), or
// -1. Every content word must give its initial, in order; a word may give
// more letters from inside it ("LNU": Liao-Ning University, "SYAU": Shen-Yang
// Agricultural University); "of", "for", "and", "the" may be skipped.
func exAcronymScore(acr, name string) int {
	acr = strings.ToLower(acr)
	var words []string
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == ',' || r == '(' || r == ')' }) {
		lw := strings.ToLower(strings.Trim(w, ".’'"))
		if lw == "" || lw == "&" {
			continue
		}
		if !unicode.IsLetter(rune(lw[0])) {
			continue
		}
		words = append(words, lw)
	}
	if len(words) < 2 || len(words) > 12 || len(acr) > 10 {
		return -1
	}
	stop := func(w string) bool {
		return w == "of" || w == "for" || w == "and" || w == "the" || w == "at" || w == "in"
	}
	best := -1
	var rec func(a, w, extra int)
	steps := 0
	rec = func(a, w, extra int) {
		steps++
		if steps > 5000 {
			return
		}
		if w == len(words) {
			if a == len(acr) && (best < 0 || extra < best) {
				best = extra
			}
			return
		}
		word := words[w]
		if stop(word) {
			rec(a, w+1, extra)
		}
		if a >= len(acr) || word[0] != acr[a] {
			return
		}
		// take the initial, then optionally more letters from inside the word
		rec(a+1, w+1, extra)
		pos := 1
		aa := a + 1
		for aa < len(acr) {
			idx := strings.IndexByte(word[pos:], acr[aa])
			if idx < 0 {
				break
			}
			pos += idx + 1
			aa++
			rec(aa, w+1, extra+aa-a-1)
		}
	}
	rec(0, 0, 0)
	return best
}

// joinShortCompanyNames makes a body named without a head noun one with the
// company whose full name it begins ("Qiantang Power" for "Qiantang Power
// Group Co., Ltd."), when exactly one company's name does.
func (r *exResolver) joinShortCompanyNames() {
	headless := func(e *exEnt) bool {
		for n := range e.names {
			if exHasWordIn(exOrgHeads.words, n) {
				return false
			}
		}
		return len(e.names) > 0
	}
	for i, e := range r.ents {
		if e.typ != quads.Organization || !headless(e) {
			continue
		}
		match := -1
		for j, f := range r.ents {
			if j == i || f.typ != quads.Organization || r.find(j) == r.find(i) {
				continue
			}
			company := false
			for fn := range f.names {
				ws := strings.Fields(strings.ToLower(fn))
				if len(ws) == 0 || !(exCompanySuffix.has(ws[len(ws)-1]) || ws[len(ws)-1] == "group") {
					continue
				}
				for n := range e.names {
					if strings.HasPrefix(strings.ToLower(fn), strings.ToLower(n)+" ") && !r.namedWithout(j, fn[len(n)+1:]) {
						company = true
					}
				}
			}
			if company {
				if match >= 0 && r.find(match) != r.find(j) {
					match = -2
					break
				}
				match = j
			}
		}
		if match >= 0 {
			r.union(i, match)
		}
	}
}

// namedWithout: the body of entity j (its union-find group) is also named
// rest, one of its names without its first words ("USST Yangpu Education
// Group" and "Yangpu Education Group"): the words cut are a qualifier of
// the name (its owner, its place), not a short name of the body.
func (r *exResolver) namedWithout(j int, rest string) bool {
	root := r.find(j)
	for k, e := range r.ents {
		if r.find(k) != root {
			continue
		}
		for n := range e.names {
			if strings.EqualFold(n, rest) {
				return true
			}
		}
	}
	return false
}

// adoptPrefixedUnits gives a unit named after its parent's name or
// abbreviation ("Shanghai Jiao Tong University Library", "Pingchuan
// University School of Chemical Engineering", "LHU College of Agronomy")
// that parent, and makes it one entity with the same unit named the other
// way ("the School of Chemical Engineering of Pingchuan University"): the
// rest of the name must be a unit's, the prefix an educational body's name
// or an abbreviation of one.
func (art *exArticle) adoptPrefixedUnits() {
	r := art.r
	merged := false
	for i, e := range r.ents {
		if r.find(i) != i || e.typ != quads.Organization || e.parent >= 0 {
			continue
		}
		best := ""
		for n := range e.names {
			if len(n) > len(best) || len(n) == len(best) && n < best {
				best = n
			}
		}
		parent, prefix := -1, ""
		for j, f := range r.ents {
			if j == i || r.find(j) != j || f.typ != quads.Organization || f.acr && !exUniversityAcronyms(f.names) {
				continue
			}
			for n := range f.names {
				if len(n) <= len(prefix) || len(n) >= len(best) || !strings.HasPrefix(best, n+" ") {
					continue
				}
				last := strings.ToLower(n[strings.LastIndexByte(n, ' ')+1:])
				abbr := !strings.Contains(n, " ") && exHasAcronym(n)
				rest := best[len(n)+1:]
				if exGroupUnitPrefixHeads.has(last) && exIsGroupUnitRest(rest) {
					parent, prefix = j, n // "… Port Group Technology Center" (parts_prefix.go)
					continue
				}
				if exPlaceBranchName(rest) {
					// (parts10) "China Telecom Tianjin Branch", "Bank of
					// China Shanghai Branch": a place's branch of a body
					// the text names, whatever its head (parts_branch.go)
					parent, prefix = j, n
					continue
				}
				if !exEduHeads.has(last) && !abbr {
					continue
				}
				if !exIsSubunitName(best) && !exIsSubunitName(rest) && !exIsUnitName(rest) && !exIsAffiliateName(rest) && !exIsPrefixedUnitRest(rest) {
					continue
				}
				parent, prefix = j, n
			}
		}
		if parent < 0 {
			// "Qiantang University School of Law" where the university is
			// named nowhere else: the prefix is still its parent
			parent, prefix = art.unnamedPrefixParent(best)
		}
		if parent < 0 {
			parent, prefix = art.spelledAcronymParent(best) // parts_prefix.go
		}
		if parent < 0 {
			continue
		}
		e.parent, e.prefixParent = parent, true
		rest := best[len(prefix)+1:]
		if !strings.Contains(prefix, " ") {
			// "LHU College of Agronomy" is the College of Agronomy of LHU:
			// named by its own name, the text's kept as an alias
			e.names[rest] += e.names[best]
			e.names[best] = 0
		}
		// the same unit named "X of Parent" elsewhere in the article
		key := strings.Join(exOrgWords(rest), " ")
		for j, f := range r.ents {
			if j == i || r.find(j) != j || f.typ != quads.Organization || f.parent < 0 || r.find(f.parent) != r.find(parent) {
				continue
			}
			for n := range f.names {
				if strings.Join(exOrgWords(n), " ") == key {
					r.merge(i, j)
					merged = true
					break
				}
			}
		}
	}
	if merged {
		art.refreshEntities()
	}
}

// merge makes entities a and b one, keeping the names, mentions and
// sentences of both on the root.
func (r *exResolver) merge(a, b int) {
	a, b = r.find(a), r.find(b)
	if a == b {
		return
	}
	r.union(a, b)
	root, other := r.find(a), a
	if root == a {
		other = b
	}
	dst, src := r.ents[root], r.ents[other]
	for n, c := range src.names {
		dst.names[n] += c
	}
	dst.count += src.count
	if dst.parent < 0 {
		dst.parent = src.parent
	}
	dst.prefixParent = dst.prefixParent || src.prefixParent
	dst.ownName = dst.ownName || src.ownName
	for _, si := range src.sents {
		dst.noteSentenceAny(si)
	}
	if !src.acr {
		dst.acr = false
	}
}

// noteSentenceAny records sentence si, in order, wherever it falls.
func (e *exEnt) noteSentenceAny(si int) {
	k := sort.SearchInts(e.sents, si)
	if k < len(e.sents) && e.sents[k] == si {
		return
	}
	e.sents = append(e.sents, 0)
	copy(e.sents[k+1:], e.sents[k:])
	e.sents[k] = si
}

// refreshEntities points every item at its entity's root after merges.
func (art *exArticle) refreshEntities() {
	for si := range art.items {
		for k := range art.items[si] {
			if e := art.items[si][k].ent; e >= 0 {
				art.items[si][k].ent = art.r.find(e)
			}
		}
	}
}

// adoptDesignations makes a body the unit the text designates it: "X was
// (formally) designated / named / renamed the Fourth Affiliated Hospital
// of Y", "X became the Clinical College of Y", "X Becomes Teaching
// Hospital of Y" (a heading). X and the unit are one entity, known by X's
// name, and part of Y.
func (art *exArticle) adoptDesignations() {
	r := art.r
	merged := false
	for si := range art.items {
		items := art.items[si]
		for k := range items {
			a := &items[k]
			if a.kind != xOrg || a.inner || a.fold || a.ent < 0 {
				continue
			}
			m := exSkipName(items, k)
			verb, aux := false, false
			for ; m < len(items) && m < k+8 && items[m].kind == xWord; m++ {
				switch w := items[m].low; {
				case exBecomeVerbs.has(w):
					verb = true
				case exDesignationVerbs.has(w):
					// passive only: "X named Y a base" names Y, not X
					verb = verb || aux
				case exBeAux.has(w):
					aux = true
				case !exDesignationFillers.has(w):
					verb = false
					m = len(items)
				}
			}
			if !verb || m >= len(items) {
				continue
			}
			u := &items[m]
			if u.kind != xOrg || u.ent < 0 || u.parent < 0 || exNameHead(strings.Fields(strings.ToLower(u.name))) == "" {
				continue // a unit named "of Y"
			}
			ae, ue := r.find(a.ent), r.find(u.ent)
			if ae == ue || r.ents[ae].parent >= 0 && r.find(r.ents[ae].parent) != r.find(r.ents[ue].parent) {
				continue
			}
			for n := range r.ents[ue].names {
				r.ents[ue].names[n] = 0 // the unit's name is an alias of X
			}
			r.ents[ae].ownName = true
			r.merge(ae, ue)
			r.ents[r.find(ae)].ownName = true
			merged = true
		}
	}
	if merged {
		art.refreshEntities()
	}
}

// adoptGenericNames points a body named only generically ("Provincial
// People's Congress" in a heading) at the one body of the article whose
// name ends in it ("Standing Committee of the Henan Provincial People's
// Congress"). The generic name refers; it is no alias (SCHEMA.md).
func (art *exArticle) adoptGenericNames() {
	r := art.r
	merged := false
	for i, g := range r.ents {
		if r.find(i) != i || g.typ != quads.Organization || g.parent >= 0 || len(g.names) == 0 {
			continue
		}
		generic := true
		for n := range g.names {
			generic = generic && quads.IsGenericName(n) && len(strings.Fields(n)) >= 2
		}
		if !generic {
			continue
		}
		match := -1
		for j, f := range r.ents {
			if j == i || r.find(j) != j || f.typ != quads.Organization {
				continue
			}
			ends := false
			for fn := range f.names {
				for n := range g.names {
					if k, nk := quads.NormalizeName(fn), quads.NormalizeName(n); !quads.IsGenericName(fn) && strings.HasSuffix(k, " "+nk) {
						ends = true
					}
				}
			}
			if ends {
				if match >= 0 {
					match = -2
					break
				}
				match = j
			}
		}
		if match < 0 {
			continue
		}
		for n := range g.names {
			g.names[n] = 0
		}
		r.merge(match, i)
		merged = true
	}
	if merged {
		art.refreshEntities()
	}
}

// exIsAffiliateName: the name is that of an affiliated body ("Second
// Affiliated Hospital", "Affiliated Middle School"), which belongs to the
// body it is affiliated to.
func exIsAffiliateName(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) < 2 || !exOrgHeads.has(ws[len(ws)-1]) {
		return false
	}
	for k, w := range ws[:len(ws)-1] {
		if w == "affiliated" {
			// "Affiliated to Y University" names the body's tie, not an
			// affiliated body: the name is no unit of a prefix
			return ws[k+1] != "to" && ws[k+1] != "with"
		}
	}
	return false
}

// nearestBefore returns the candidate first named last before order, else
// -1: an abbreviation two bodies fit is the one the text has just named.
func (r *exResolver) nearestBefore(cands []int, order int) int {
	best := -1
	for _, j := range cands {
		if f := r.ents[j].first; f < order && (best < 0 || f > r.ents[best].first) {
			best = j
		}
	}
	return best
}
