package extract

import (
	"strings"

	"github.com/coopgraph/coopgraph/quads"
	"github.com/coopgraph/coopgraph/quads/extract/gazetteer"
)

// hosts-base-at (r9): a base stands at one place. Reports locate the city
// or county a base is set up in by its province ("the Huailai Field Base in
// Hebei Province", "X and the Shouguang Municipal Government of Shandong
// Province jointly established the centre"), and the province is then only
// the address of the place, not a second site of the base: when a host's
// base is at a place of a province, its edge to that province is outranked.

// provinceOutranked marks, in out, each hosts-base-at relation to a
// province whose host also hosts a base at a place inside that province.
func (art *exArticle) provinceOutranked(out map[exRelKey]bool) {
	sites := map[int][]int{} // host → the places its bases are at
	for _, rel := range art.rels {
		if rel.p == quads.HostsBaseAt && art.r.ents[rel.o].typ == quads.Place {
			sites[rel.s] = append(sites[rel.s], rel.o)
		}
	}
	var inProv map[int]string
	for host, places := range sites {
		if len(places) < 2 {
			continue
		}
		if inProv == nil {
			inProv = art.placesLocatedInProvinces()
		}
		for _, q := range places {
			prov := art.provinceName(q)
			if prov == "" {
				continue
			}
			for _, p := range places {
				if p != q && (inProv[p] == prov || art.placeInProvince(p, prov)) {
					out[exRelKey{s: host, o: q, p: quads.HostsBaseAt}] = true
					break
				}
			}
		}
	}
}

// provinceName is the gazetteer's name of the province-level division the
// place entity e names, or "" when e is no province.
func (art *exArticle) provinceName(e int) string {
	for n := range art.r.ents[e].names {
		if pl, ok := gazetteer.Lookup(n); ok && pl.Level == gazetteer.Province {
			return pl.Name
		}
	}
	return ""
}

// placeInProvince: one of the names of the place entity e is a city or
// county the gazetteer puts in province prov.
func (art *exArticle) placeInProvince(e int, prov string) bool {
	for n := range art.r.ents[e].names {
		for _, pl := range gazetteer.LookupAll(n) {
			if pl.Level != gazetteer.Province && pl.Province == prov {
				return true
			}
		}
	}
	return false
}

// placesLocatedInProvinces maps each place the text locates in a province
// ("Pingshan County, Hebei Province", "Pingshan of Hebei", "the Pingshan
// Field Base in Hebei Province": the place a name begins with) to that
// province's gazetteer name.
func (art *exArticle) placesLocatedInProvinces() map[int]string {
	in := map[int]string{}
	for _, items := range art.items {
		for k := range items {
			if items[k].kind != xPlace || items[k].inner || items[k].ent < 0 || !art.isWord(items, k-1, "in", "of", ",") {
				continue
			}
			prov := art.provinceName(art.r.find(items[k].ent))
			if prov == "" {
				continue
			}
			m := k - 2
			for m >= 0 && items[m].inner {
				if items[m].kind == xPlace && items[m].ent >= 0 {
					in[art.r.find(items[m].ent)] = prov
				}
				m--
			}
			if m < 0 || items[m].kind == xWord {
				continue
			}
			if items[m].kind == xPlace && items[m].ent >= 0 {
				in[art.r.find(items[m].ent)] = prov
			}
			if f := strings.Fields(items[m].name); len(f) > 0 {
				if pl, ok := art.r.byKey[string(quads.Place)+"|"+exPlaceKey(f[0])]; ok {
					in[art.r.find(pl)] = prov
				}
			}
		}
	}
	return in
}
