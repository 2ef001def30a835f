package graph

import (
	"context"
	"math/bits"
	"sort"
	"strings"

	"github.com/coopgraph/coopgraph/quads"
)

// nameIndex holds every entity name and alias, normalised (quads.NormalizeName),
// in one byte arena. Entries are kept sorted by key for exact and prefix
// lookups, and each distinct word of a key ("token") has a posting list of the
// entries that contain it, for word-order and typo-tolerant matching.
type nameIndex struct {
	buf    []byte
	ents   []nameEnt
	sorted []uint32 // entries by key, then node
	built  bool     // finish has run: adds keep the order

	tokID  layered[string, uint32]
	toks   []string
	tokLen [][]uint32 // token ids by length (capped), for fuzzy scans
	tokSrt []uint32   // token ids in order, for prefix lookups
	post   [][]uint32 // token → entries
	mask   []uint32   // token → letters it uses, a cheap filter for fuzzy matching

	// Set when this edit has its own copy of sorted, tokSrt and post, which
	// a name added after finish changes in place (see edit).
	ownSorted, ownTokSrt, ownPost bool
}

type nameEnt struct {
	node  uint32
	off   uint32
	n     uint16
	alias bool
}

const maxTokLen = 32

func newNameIndex() nameIndex {
	return nameIndex{tokID: newLayered[string, uint32](nil), tokLen: make([][]uint32, maxTokLen+1)}
}

// edit returns a copy for the next snapshot. buf, ents, toks, mask and the
// lists of tokLen are only appended to (see cow.go); sorted, tokSrt and
// post, whose elements an add changes, are copied by the first add that
// changes them.
func (x *nameIndex) edit() nameIndex {
	n := *x
	n.tokID = x.tokID.edit()
	n.tokLen = append([][]uint32(nil), x.tokLen...)
	n.ownSorted, n.ownTokSrt, n.ownPost = false, false, false
	return n
}

func (x *nameIndex) key(e uint32) string {
	en := x.ents[e]
	return string(x.buf[en.off : en.off+uint32(en.n)])
}

func (x *nameIndex) bytes() int64 {
	b := int64(cap(x.buf)) + int64(cap(x.ents))*12 + int64(cap(x.sorted))*4 + int64(cap(x.tokSrt))*4 + int64(cap(x.mask))*4
	for i, t := range x.toks {
		b += int64(len(t))*2 + 16 + 24 + int64(cap(x.post[i]))*4 + 4 + 40 // string, tokID entry, posting list, tokLen
	}
	return b
}

// add records that node n has the name (or alias) name, and reports
// whether it did not already.
func (x *nameIndex) add(n uint32, name string, alias bool) bool {
	k := quads.NormalizeName(name)
	if k == "" || len(k) > 65535 {
		return false
	}
	if x.built {
		// Sorted: check for a duplicate, then insert in place.
		lo := sort.Search(len(x.sorted), func(i int) bool { return x.key(x.sorted[i]) >= k })
		for i := lo; i < len(x.sorted) && x.key(x.sorted[i]) == k; i++ {
			if en := x.ents[x.sorted[i]]; en.node == n && en.alias == alias {
				return false
			}
		}
		e := x.append(n, k, alias)
		if !x.ownSorted {
			x.sorted, x.ownSorted = append(make([]uint32, 0, len(x.sorted)+64), x.sorted...), true
		}
		x.sorted = append(x.sorted, 0)
		copy(x.sorted[lo+1:], x.sorted[lo:])
		x.sorted[lo] = e
		x.addTokens(e, k, true)
		return true
	}
	x.append(n, k, alias)
	return true
}

func (x *nameIndex) append(n uint32, k string, alias bool) uint32 {
	e := uint32(len(x.ents))
	x.ents = append(x.ents, nameEnt{node: n, off: uint32(len(x.buf)), n: uint16(len(k)), alias: alias})
	x.buf = append(x.buf, k...)
	return e
}

// finish sorts entries added in bulk, drops duplicates and builds the tokens.
func (x *nameIndex) finish() {
	x.built = true
	order := make([]uint32, len(x.ents))
	for i := range order {
		order[i] = uint32(i)
	}
	sort.Slice(order, func(i, j int) bool {
		a, b := x.ents[order[i]], x.ents[order[j]]
		ka, kb := x.key(order[i]), x.key(order[j])
		if ka != kb {
			return ka < kb
		}
		if a.node != b.node {
			return a.node < b.node
		}
		return !a.alias && b.alias
	})
	// Rewrite the arena in key order, without duplicates.
	buf := make([]byte, 0, len(x.buf))
	ents := make([]nameEnt, 0, len(x.ents))
	var last string
	lastNode := ^uint32(0)
	lastAlias := false
	for _, e := range order {
		en, k := x.ents[e], x.key(e)
		if k == last && en.node == lastNode && en.alias == lastAlias {
			continue
		}
		last, lastNode, lastAlias = k, en.node, en.alias
		en.off = uint32(len(buf))
		buf = append(buf, k...)
		ents = append(ents, en)
	}
	x.buf, x.ents = buf, ents
	x.sorted = make([]uint32, len(ents))
	x.tokID = newLayered[string, uint32](nil)
	x.toks, x.post, x.mask, x.tokSrt = nil, nil, nil, nil
	x.tokLen = make([][]uint32, maxTokLen+1)
	for i := range ents {
		x.sorted[i] = uint32(i)
		x.addTokens(uint32(i), x.key(uint32(i)), false)
	}
	x.tokSrt = make([]uint32, len(x.toks))
	for i := range x.tokSrt {
		x.tokSrt[i] = uint32(i)
	}
	sort.Slice(x.tokSrt, func(i, j int) bool { return x.toks[x.tokSrt[i]] < x.toks[x.tokSrt[j]] })
}

func (x *nameIndex) addTokens(e uint32, k string, keepSorted bool) {
	for _, t := range strings.Fields(k) {
		id, ok := x.tokID.get(t)
		if !ok {
			id = uint32(len(x.toks))
			t = strings.Clone(t)
			x.tokID.set(t, id)
			x.toks = append(x.toks, t)
			x.post = append(x.post, nil)
			x.mask = append(x.mask, letterMask(t))
			l := len(t)
			if l > maxTokLen {
				l = maxTokLen
			}
			x.tokLen[l] = append(x.tokLen[l], id)
			if keepSorted {
				lo := sort.Search(len(x.tokSrt), func(i int) bool { return x.toks[x.tokSrt[i]] >= t })
				if !x.ownTokSrt {
					x.tokSrt, x.ownTokSrt = append(make([]uint32, 0, len(x.tokSrt)+64), x.tokSrt...), true
				}
				x.tokSrt = append(x.tokSrt, 0)
				copy(x.tokSrt[lo+1:], x.tokSrt[lo:])
				x.tokSrt[lo] = id
			}
		}
		p := x.post[id]
		if len(p) == 0 || p[len(p)-1] != e {
			if keepSorted && !x.ownPost {
				x.post, x.ownPost = append(make([][]uint32, 0, len(x.post)+64), x.post...), true
			}
			x.post[id] = append(p, e)
		}
	}
}

func letterMask(s string) uint32 {
	var m uint32
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			m |= 1 << (c - 'a')
		case c >= '0' && c <= '9':
			m |= 1 << 26
		default:
			m |= 1 << 27
		}
	}
	return m
}

// exact calls f for each entry whose key is k.
func (x *nameIndex) exact(k string, f func(n uint32, alias bool)) {
	lo := sort.Search(len(x.sorted), func(i int) bool { return x.key(x.sorted[i]) >= k })
	for i := lo; i < len(x.sorted) && x.key(x.sorted[i]) == k; i++ {
		en := x.ents[x.sorted[i]]
		f(en.node, en.alias)
	}
}

// prefix calls f for up to max entries whose key starts with k.
func (x *nameIndex) prefix(k string, max int, f func(e uint32)) {
	lo := sort.Search(len(x.sorted), func(i int) bool { return x.key(x.sorted[i]) >= k })
	for i := lo; i < len(x.sorted) && max > 0 && strings.HasPrefix(x.key(x.sorted[i]), k); i++ {
		f(x.sorted[i])
		max--
	}
}

// tokenPrefix calls f for each token that starts with k.
func (x *nameIndex) tokenPrefix(k string, f func(id uint32)) {
	lo := sort.Search(len(x.tokSrt), func(i int) bool { return x.toks[x.tokSrt[i]] >= k })
	for i := lo; i < len(x.tokSrt) && strings.HasPrefix(x.toks[x.tokSrt[i]], k); i++ {
		f(x.tokSrt[i])
	}
}

// fuzzyTokens calls f with each token within maxEd edits of t.
func (x *nameIndex) fuzzyTokens(t string, maxEd int, f func(id uint32, ed int)) {
	m := letterMask(t)
	for l := len(t) - maxEd; l <= len(t)+maxEd; l++ {
		if l < 1 || l > maxTokLen {
			continue
		}
		for _, id := range x.tokLen[l] {
			// Each edit changes at most two letters of the mask.
			if bits.OnesCount32(m^x.mask[id]) > 2*maxEd {
				continue
			}
			if ed := editDistance(t, x.toks[id], maxEd); ed <= maxEd {
				f(id, ed)
			}
		}
	}
}

// editDistance returns the Damerau-Levenshtein (optimal string alignment)
// distance of a and b, or max+1 once it is sure to exceed max.
func editDistance(a, b string, max int) int {
	if a == b {
		return 0
	}
	la, lb := len(a), len(b)
	if la-lb > max || lb-la > max {
		return max + 1
	}
	var buf [3][maxTokLen + 2]int
	if lb > maxTokLen {
		b = b[:maxTokLen]
		lb = maxTokLen
	}
	prev2, prev, cur := buf[0][:lb+1], buf[1][:lb+1], buf[2][:lb+1]
	for j := 0; j <= lb; j++ {
		prev[j] = j
	}
	for i := 1; i <= la; i++ {
		cur[0] = i
		rowMin := i
		for j := 1; j <= lb; j++ {
			c := 1
			if a[i-1] == b[j-1] {
				c = 0
			}
			v := prev[j-1] + c
			if x := prev[j] + 1; x < v {
				v = x
			}
			if x := cur[j-1] + 1; x < v {
				v = x
			}
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				if x := prev2[j-2] + 1; x < v {
					v = x
				}
			}
			cur[j] = v
			if v < rowMin {
				rowMin = v
			}
		}
		if rowMin > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[lb]
}

func maxEdits(t string) int {
	switch {
	case len(t) <= 3:
		return 0
	case len(t) <= 7:
		return 1
	}
	return 2
}

// Search tiers, best first.
const (
	tierName = iota
	tierAlias
	tierPrefix
	tierWords
	tierFuzzy
)

// MaxSearchLimit bounds the results of one search.
const MaxSearchLimit = 100

type hit struct {
	node uint32
	tier int
	cost int
	deg  int
	klen int
}

func better(a, b hit) bool {
	if a.tier != b.tier {
		return a.tier < b.tier
	}
	if a.cost != b.cost {
		return a.cost < b.cost
	}
	if a.deg != b.deg {
		return a.deg > b.deg
	}
	return a.klen < b.klen
}

// Search returns up to limit entities whose name or alias matches q, of type
// t ("" for any), ranked: exact name, exact alias, name prefix, all words in
// any order (the last one as a prefix), then words with typos; within a
// rank the better connected entity first. It returns EINVALID for an empty
// query or a limit past MaxSearchLimit, and ETIMEOUT when ctx ends first.
func (s *Store) Search(ctx context.Context, q string, t quads.EntityType, limit int) ([]quads.Entity, error) {
	if limit <= 0 {
		limit = 10
	}
	if limit > MaxSearchLimit {
		return nil, quads.Errorf(quads.EINVALID, "limit %d is past %d", limit, MaxSearchLimit)
	}
	if t != "" && !t.Valid() {
		return nil, quads.Errorf(quads.EINVALID, "unknown entity type %q", t)
	}
	k := quads.NormalizeName(q)
	if k == "" {
		return nil, quads.Errorf(quads.EINVALID, "empty search")
	}
	ids := s.idx.search(k, typeIndex(t), limit)
	out := make([]quads.Entity, 0, len(ids))
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return nil, quads.Errorf(quads.ETIMEOUT, "search cancelled: %v", err)
		}
		e, err := s.entityFast(ctx, id)
		if err != nil {
			return nil, err
		}
		out = append(out, *e)
	}
	return out, nil
}

// search returns the ids of the best matches of the normalised query k.
func (ix *Index) search(k string, t uint8, limit int) []string {
	d := ix.load()
	x := &d.names
	best := map[uint32]hit{}
	consider := func(e uint32, tier, cost int) {
		en := x.ents[e]
		if t != 0 && d.typeOfNode(en.node) != t {
			return
		}
		h := hit{node: en.node, tier: tier, cost: cost, klen: int(en.n)}
		if old, ok := best[en.node]; ok && !better(h, old) {
			return
		}
		h.deg = d.degree(en.node)
		best[en.node] = h
	}
	enough := func(tier int) bool {
		n := 0
		for _, h := range best {
			if h.tier <= tier {
				n++
			}
		}
		return n >= limit
	}
	// Exact and prefix over whole keys.
	// Bounds the entries one tier examines: a short prefix can match
	// hundreds of thousands of names, and type-ahead must stay fast; past
	// it a tier ranks the first maxScan matches in key order.
	const maxScan = 2000
	x.prefix(k, maxScan, func(e uint32) {
		switch {
		case x.key(e) != k:
			consider(e, tierPrefix, int(x.ents[e].n)-len(k))
		case x.ents[e].alias:
			consider(e, tierAlias, 0)
		default:
			consider(e, tierName, 0)
		}
	})
	toks := strings.Fields(k)
	if len(toks) > 8 {
		toks = toks[:8]
	}
	// Words in any order: each query word a word of the key, the last
	// also a prefix of one. A word with no such match is a typo candidate.
	words := make([]map[uint32]int, len(toks))
	typo := false
	for i, tk := range toks {
		words[i] = map[uint32]int{}
		if id, ok := x.tokID.get(tk); ok {
			words[i][id] = 0
		}
		if i == len(toks)-1 {
			x.tokenPrefix(tk, func(id uint32) {
				if _, ok := words[i][id]; !ok && len(words[i]) < 5000 {
					words[i][id] = 1
				}
			})
		}
		if len(words[i]) == 0 {
			typo = true
		}
	}
	if !enough(tierPrefix) && !typo {
		x.matchAll(words, tierWords, maxScan, consider)
	}
	// Typos: only the words that matched nothing are read with edits, so a
	// well-spelt query never pays for the fuzzy scan.
	if !enough(tierWords) && typo {
		sets := make([]map[uint32]int, len(toks))
		for i, tk := range toks {
			if len(words[i]) > 0 {
				sets[i] = words[i]
				continue
			}
			sets[i] = map[uint32]int{}
			x.fuzzyTokens(tk, maxEdits(tk), func(id uint32, ed int) { sets[i][id] = ed })
			if i == len(toks)-1 && len(tk) >= 3 {
				// A typo in a word still being typed: a prefix of the
				// word with one edit.
				for cut := len(tk) - 1; cut >= 3 && cut >= len(tk)-1; cut-- {
					x.tokenPrefix(tk[:cut], func(id uint32) {
						if _, ok := sets[i][id]; !ok && len(sets[i]) < 5000 {
							sets[i][id] = 2
						}
					})
				}
			}
		}
		x.matchAll(sets, tierFuzzy, maxScan, consider)
	}
	hits := make([]hit, 0, len(best))
	for _, h := range best {
		hits = append(hits, h)
	}
	sort.Slice(hits, func(i, j int) bool {
		if better(hits[i], hits[j]) != better(hits[j], hits[i]) {
			return better(hits[i], hits[j])
		}
		return d.idLess(hits[i].node, hits[j].node) // a stable key: node numbers differ between servers
	})
	if len(hits) > limit {
		hits = hits[:limit]
	}
	out := make([]string, len(hits))
	for i, h := range hits {
		out[i] = d.idOf(h.node)
	}
	return out
}

// matchAll finds the entries that, for every query word i, contain a token
// of sets[i] (token → cost); it walks the postings of the rarest word and
// checks the others on each entry's own words.
func (x *nameIndex) matchAll(sets []map[uint32]int, tier, maxScan int, f func(e uint32, tier, cost int)) {
	if len(sets) == 0 {
		return
	}
	drive, size := -1, 0
	for i, s := range sets {
		n := 0
		for id := range s {
			n += len(x.post[id])
		}
		if n == 0 {
			return
		}
		if drive < 0 || n < size {
			drive, size = i, n
		}
	}
	ids := make([]uint32, 0, len(sets[drive]))
	for id := range sets[drive] {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return sets[drive][ids[i]] < sets[drive][ids[j]] })
	scanned := 0
	var own []uint32
	for _, id := range ids {
		c0 := sets[drive][id]
		for _, e := range x.post[id] {
			if scanned++; scanned > maxScan {
				return
			}
			if len(sets) == 1 {
				f(e, tier, c0)
				continue
			}
			own = own[:0]
			for _, w := range strings.Fields(x.key(e)) {
				id, _ := x.tokID.get(w)
				own = append(own, id)
			}
			cost, ok := 0, true
			for i, s := range sets {
				if i == drive {
					cost += c0
					continue
				}
				bc := -1
				for _, w := range own {
					if c, hit := s[w]; hit && (bc < 0 || c < bc) {
						bc = c
					}
				}
				if bc < 0 {
					ok = false
					break
				}
				cost += bc
			}
			if ok {
				f(e, tier, cost)
			}
		}
	}
}
