// Package synth generates synthetic cooperation graphs for benchmarks and
// tests: deterministic in their seed, shaped like the real graph.
package synth

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/coopgraph/coopgraph/quads"
)

// Config sizes a synthetic cooperation graph.
type Config struct {
	Edges int    // distinct relation edges
	Seed  uint64 // the same seed gives the same graph
}

// Graph is a synthetic cooperation graph shaped like the real one: people,
// organisations, places and bases with generated names (some with an
// acronym alias), power-law degrees, the six predicates between the types
// SCHEMA.md allows, and every edge stated by one article (one in ten by
// two), each statement an evidence node as quads.Extraction writes it.
// Articles, about twenty statements each, carry a date between 2015 and
// 2024. Only the per-article "mentions" quads are left out.
type Graph struct {
	cfg      Config
	Entities []quads.Entity
	Edges    []Edge
	articles int
}

// Edge is one edge of a Graph: entity numbers, and the articles that
// state it.
type Edge struct {
	S, O     int32
	P        quads.Predicate
	Articles []int32
}

const synthPerArticle = 20

// New generates the graph; it is deterministic in cfg.
func New(cfg Config) *Graph {
	r := rand.New(rand.NewPCG(cfg.Seed, 0x9e3779b97f4a7c15))
	g := &Graph{cfg: cfg}
	nn := cfg.Edges / 3
	if nn < 20 {
		nn = 20
	}
	// Types and names.
	byType := map[quads.EntityType][]int32{}
	used := map[string]bool{}
	for i := 0; i < nn; i++ {
		x := r.Float64()
		t := quads.Organization
		switch {
		case x < 0.40:
			t = quads.Person
		case x < 0.47:
			t = quads.Place
		case x < 0.55:
			t = quads.Base
		}
		name := synthName(r, t)
		for k := 2; used[string(t)+quads.NormalizeName(name)]; k++ {
			name = fmt.Sprintf("%s %s", synthName(r, t), roman(k))
		}
		used[string(t)+quads.NormalizeName(name)] = true
		e := quads.Entity{ID: quads.EntityID(t, name), Name: name, Type: t, Aliases: []string{}}
		if t == quads.Organization && r.IntN(5) == 0 {
			e.AddAlias(acronym(name))
		}
		byType[t] = append(byType[t], int32(i))
		g.Entities = append(g.Entities, e)
	}
	// Power-law endpoint sampling: within each type, entity j has weight
	// (j+1)^-0.75, giving a heavy-tailed degree distribution.
	pick := map[quads.EntityType]*sampler{}
	for t, ids := range byType {
		pick[t] = newSampler(ids, 0.75)
	}
	orgPlace := func() int32 {
		if r.IntN(10) == 0 {
			return pick[quads.Place].draw(r)
		}
		return pick[quads.Organization].draw(r)
	}
	seen := make(map[[3]int32]bool, cfg.Edges)
	for len(g.Edges) < cfg.Edges {
		var s, o int32
		var p quads.Predicate
		x := r.Float64()
		switch {
		case x < 0.30:
			p, s, o = quads.SignedWith, orgPlace(), orgPlace()
		case x < 0.45:
			p, s, o = quads.Leads, pick[quads.Person].draw(r), orgPlace()
		case x < 0.55:
			p, s, o = quads.HostsBaseAt, pick[quads.Organization].draw(r), orgPlace()
		case x < 0.70:
			p, s, o = quads.PartOf, pick[quads.Organization].draw(r), pick[quads.Organization].draw(r)
			if r.IntN(3) == 0 {
				s = pick[quads.Base].draw(r)
			}
		case x < 0.90:
			p, o = quads.Visited, orgPlace()
			if r.IntN(2) == 0 {
				s = pick[quads.Person].draw(r)
			} else {
				s = pick[quads.Organization].draw(r)
			}
		default:
			p, s, o = quads.MemberOf, pick[quads.Person].draw(r), orgPlace()
		}
		if s == o {
			continue
		}
		if p.Symmetric() && g.Entities[o].ID < g.Entities[s].ID {
			s, o = o, s
		}
		k := [3]int32{s, o, int32(slices.Index(quads.Predicates, p))}
		if seen[k] {
			continue
		}
		seen[k] = true
		g.Edges = append(g.Edges, Edge{S: s, O: o, P: p})
	}
	// Statements: each edge once, one in ten twice, shuffled into articles.
	var st []int32
	for i := range g.Edges {
		st = append(st, int32(i))
		if r.IntN(10) == 0 {
			st = append(st, int32(i))
		}
	}
	r.Shuffle(len(st), func(i, j int) { st[i], st[j] = st[j], st[i] })
	for i, e := range st {
		a := int32(i / synthPerArticle)
		ed := &g.Edges[e]
		if n := len(ed.Articles); n > 0 && ed.Articles[n-1] == a {
			continue
		}
		ed.Articles = append(ed.Articles, a)
	}
	g.articles = (len(st) + synthPerArticle - 1) / synthPerArticle
	return g
}

type sampler struct {
	ids []int32
	cum []float64
}

func newSampler(ids []int32, alpha float64) *sampler {
	s := &sampler{ids: ids, cum: make([]float64, len(ids))}
	t := 0.0
	for j := range ids {
		t += math.Pow(float64(j+1), -alpha)
		s.cum[j] = t
	}
	return s
}

func (s *sampler) draw(r *rand.Rand) int32 {
	x := r.Float64() * s.cum[len(s.cum)-1]
	return s.ids[sort.SearchFloat64s(s.cum, x)]
}

var (
	synthSyl = strings.Fields("an bei chang chen da dong fang feng fu gang guang hai han he hong hua huai " +
		"jian jiang jin jing kai lan li liang lin ling long lu ming nan ning pan ping qi qian qing rui " +
		"shan shen sheng shi shu song tai tian ting wan wei wen xi xia xiao xin xing yan yang yi ying yong " +
		"yu yuan yun ze zhang zhao zhen zheng zhi zhong zhou")
	synthSurnames = strings.Fields("Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He " +
		"Guo Ma Luo Liang Song Zheng Xie Han Tang Feng Yu Dong Xiao Cheng Cao Yuan Deng Fu Shen Zeng Peng Lu " +
		"Su Jiang Cai Jia Ding Wei Xue Ye Yan Pan Du Dai Xia Zhong Tian Ren Jiang Fan Fang Shi Yao Tan Liao")
	synthKinds = []string{"University", "Normal University", "University of Technology", "Museum", "Library",
		"Institute", "Academy of Sciences", "Hospital", "Water Group", "Steel Group", "Port Group",
		"Association", "Bureau of Education", "Science and Technology Bureau", "People's Congress",
		"Vocational College", "Art Gallery", "Research Centre", "Investment Group", "Chamber of Commerce"}
	synthFields = strings.Fields("Economics Chemistry Physics History Law Mathematics Literature Medicine " +
		"Management Journalism Philosophy Engineering Agriculture Pharmacy Architecture Music Design " +
		"Environment Materials Energy Logistics Finance Tourism Sociology Geography Biology")
	synthBases = []string{"Practical Teaching Base", "Innovation Research Workstation", "Popular Science Base",
		"Joint Research Centre", "Industry College", "Postgraduate Workstation", "Internship Base"}
	synthPlaces = []string{"City", "County", "District", "Province", "New Area"}
)

func cap1(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

func synthCity(r *rand.Rand) string {
	return cap1(synthSyl[r.IntN(len(synthSyl))] + synthSyl[r.IntN(len(synthSyl))])
}

func synthName(r *rand.Rand, t quads.EntityType) string {
	switch t {
	case quads.Person:
		g := synthSyl[r.IntN(len(synthSyl))]
		if r.IntN(3) != 0 {
			g += synthSyl[r.IntN(len(synthSyl))]
		}
		return synthSurnames[r.IntN(len(synthSurnames))] + " " + cap1(g)
	case quads.Place:
		return synthCity(r) + " " + synthPlaces[r.IntN(len(synthPlaces))]
	case quads.Base:
		return synthCity(r) + " " + synthFields[r.IntN(len(synthFields))] + " " + synthBases[r.IntN(len(synthBases))]
	}
	switch r.IntN(3) {
	case 0:
		return synthCity(r) + " " + synthKinds[r.IntN(len(synthKinds))]
	case 1:
		return "School of " + synthFields[r.IntN(len(synthFields))] + " of " + synthCity(r) + " " + synthKinds[r.IntN(3)]
	}
	return synthCity(r) + " " + synthFields[r.IntN(len(synthFields))] + " " + synthKinds[r.IntN(len(synthKinds))]
}

func acronym(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if c := w[0]; c >= 'A' && c <= 'Z' {
			b.WriteByte(c)
		}
	}
	return b.String()
}

func roman(k int) string {
	vals := []int{10, 9, 5, 4, 1}
	syms := []string{"X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for ; k >= v; k -= v {
			b.WriteString(syms[i])
		}
	}
	return b.String()
}

// Reader streams the graph's quads, article by article, with each entity
// described (type, name, aliases) in the first article that names it.
func (g *Graph) Reader() quad.Reader { return g.newReader() }

func (g *Graph) newReader() *synthReader {
	// Statements of each article, in article order.
	byArt := make([][]int32, g.articles)
	for i, e := range g.Edges {
		for _, a := range e.Articles {
			byArt[a] = append(byArt[a], int32(i))
		}
	}
	return &synthReader{g: g, byArt: byArt, described: make([]bool, len(g.Entities))}
}

// Articles returns how many articles state the graph's edges.
func (g *Graph) Articles() int { return g.articles }

// Groups streams the quads Reader gives, n articles at a time (the last
// group may hold fewer), calling write with each group's quads: every
// article whole in one group, and no more than one group's quads held at
// once, so that a bulk loader can write each group as one transaction
// without the graph's quads ever being in memory together. write must not
// keep qs, which is reused; Groups stops at the first error write returns.
func (g *Graph) Groups(n int, write func(qs []quad.Quad) error) error {
	if n < 1 {
		n = 1
	}
	r := g.newReader()
	for a := 0; a < len(r.byArt); {
		r.buf = r.buf[:0]
		for end := min(a+n, len(r.byArt)); a < end; a++ {
			r.fill(a)
		}
		if err := write(r.buf); err != nil {
			return err
		}
	}
	return nil
}

// Quads returns every quad of the graph.
func (g *Graph) Quads() []quad.Quad {
	qs, _ := quad.ReadAll(g.Reader())
	return qs
}

// ArticleDate returns the date of article a.
func synthDate(a int) string {
	day := (a*7919)%3650 + 1
	return time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, day).Format("2006-01-02") // 2015 onwards
}

type synthReader struct {
	g         *Graph
	byArt     [][]int32
	described []bool
	art       int
	buf       []quad.Quad
}

func (r *synthReader) ReadQuad() (quad.Quad, error) {
	for len(r.buf) == 0 {
		if r.art >= len(r.byArt) {
			return quad.Quad{}, io.EOF
		}
		r.fill(r.art)
		r.art++
	}
	q := r.buf[0]
	r.buf = r.buf[1:]
	return q, nil
}

func (r *synthReader) fill(a int) {
	g := r.g
	title := fmt.Sprintf("Synthetic cooperation news %d", a)
	text := fmt.Sprintf("%s. %d statements.", title, len(r.byArt[a]))
	artID := quads.ArticleID(text)
	art := quads.ArticleIRI(artID)
	add := func(s quad.Value, p quad.IRI, o quad.Value, l quad.Value) {
		r.buf = append(r.buf, quad.Quad{Subject: s, Predicate: p, Object: o, Label: l})
	}
	add(art, quads.RDFType, quads.ClassArticle, art)
	add(art, quads.PropTitle, quad.String(title), art)
	add(art, quads.PropText, quad.String(text), art)
	add(art, quads.PropDate, quad.String(synthDate(a)), art)
	add(art, quads.PropSource, quad.String(fmt.Sprintf("synthetic://%d", a)), art)
	for i, ei := range r.byArt[a] {
		e := g.Edges[ei]
		for _, n := range []int32{e.S, e.O} {
			if r.described[n] {
				continue
			}
			r.described[n] = true
			en := g.Entities[n]
			iri := quads.EntityIRI(en.ID)
			add(iri, quads.RDFType, en.Type.ClassIRI(), art)
			add(iri, quads.PropName, quad.String(en.Name), art)
			for _, al := range en.Aliases {
				add(iri, quads.PropAlias, quad.String(al), art)
			}
		}
		s, o := g.Entities[e.S], g.Entities[e.O]
		sentence := fmt.Sprintf("%s %s %s.", s.Name, e.P, o.Name)
		start := 40 + 100*i
		evID := quads.EvidenceID(artID, start, start+len(sentence), s.ID, e.P, o.ID)
		ev := quads.EvidenceIRI(evID)
		add(ev, quads.RDFType, quads.ClassEvidence, art)
		add(ev, quads.PropArticle, art, art)
		add(ev, quads.PropSentence, quad.String(sentence), art)
		add(ev, quads.PropStart, quad.Int(start), art)
		add(ev, quads.PropEnd, quad.Int(start+len(sentence)), art)
		add(ev, quads.PropSubject, quads.EntityIRI(s.ID), art)
		add(ev, quads.PropPredicate, e.P.IRI(), art)
		add(ev, quads.PropObject, quads.EntityIRI(o.ID), art)
		add(quads.EntityIRI(s.ID), e.P.IRI(), quads.EntityIRI(o.ID), ev)
	}
	add(art, quads.PropRelCount, quad.Int(len(r.byArt[a])), art)
}
