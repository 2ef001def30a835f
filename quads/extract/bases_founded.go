package extract

import "github.com/coopgraph/coopgraph/quads"

// hosts-base-at (r13-visits): "The Linhe Innovation Institute of Qiantang
// University was unveiled in Linhe": a body of Y founded at a site it is
// named after is Y's base there — setUpBodiesAsBases (parts_setup.go) has
// made it a Base for that reason — and the body it is of hosts it at the
// site. (A joint body founded at a site not in its name, "the Joint
// Development Consortium of the X Libraries was established in P", may be
// an alliance of many: no host is read.)

// foundedBodyBasesIn reads sentence si for a body made a base by its
// founding at a site, and adds its parent's base at the site.
func (art *exArticle) foundedBodyBasesIn(si int) {
	items := art.items[si]
	for k := range items {
		it := &items[k]
		if it.kind != xOrg || it.fold || it.inner || it.ent < 0 {
			continue
		}
		e := art.r.ents[art.r.find(it.ent)]
		if e.typ != quads.Base || e.parent < 0 {
			continue
		}
		site, name := art.foundedSiteAt(items, exSkipName(items, k))
		if site < 0 || !exNamedAfterSite(it.name, name) {
			continue
		}
		host, at := art.r.find(e.parent), art.r.find(site)
		if host != at && art.r.ents[host].typ == quads.Organization && !art.related(host, at) {
			art.add(host, quads.HostsBaseAt, at, "", si)
		}
	}
}
