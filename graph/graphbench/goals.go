package graphbench

import (
	"fmt"
	"io"
)

// Goal is one of the scale goals (issue 17, stated for 10^6 edges on bolt)
// beside the figure this run measured: Met when Value is within Limit (at
// most, or with AtLeast at least). Measured is false when the figure could
// not be taken (Why says why); such a goal is not met.
type Goal struct {
	Name     string  `json:"name"`
	Value    float64 `json:"value"`
	Limit    float64 `json:"limit"`
	AtLeast  bool    `json:"at_least,omitempty"`
	Unit     string  `json:"unit"`
	Measured bool    `json:"measured"`
	Met      bool    `json:"met"`
	Why      string  `json:"why,omitempty"`
	LoadAvg  string  `json:"load_avg,omitempty"` // when the figure was taken
}

func (r *Result) goal(name string, value, limit float64, atLeast bool, unit, load string) {
	g := Goal{Name: name, Value: value, Limit: limit, AtLeast: atLeast, Unit: unit, Measured: true, LoadAvg: load}
	if atLeast {
		g.Met = value >= limit
	} else {
		g.Met = value <= limit
	}
	r.Goals = append(r.Goals, g)
}

func (r *Result) unmeasured(name string, limit float64, atLeast bool, unit, why string) {
	r.Goals = append(r.Goals, Goal{Name: name, Limit: limit, AtLeast: atLeast, Unit: unit, Why: why})
}

// setGoals fills r.Goals from r's figures; bolt, when r is a PostgreSQL
// run beside a bolt one, gives the figures PostgreSQL is held to.
func (r *Result) setGoals(bolt *Result) {
	r.Goals = nil
	if s := r.Serve; s != nil {
		r.goal("serve_ready_warm", s.ReadyWarmS, 3, false, "s", s.LoadAvg)
		if s.ReadyColdS > 0 {
			r.goal("serve_ready_cold", s.ReadyColdS, 6, false, "s", s.LoadAvg)
		} else {
			r.unmeasured("serve_ready_cold", 6, false, "s", r.DropCaches)
		}
		r.goal("serve_rss", float64(s.RSSBytes)/(1<<30), 1.5, false, "GiB", s.LoadAvg)
	} else {
		r.unmeasured("serve_ready_warm", 3, false, "s", r.ServeNote)
		r.unmeasured("serve_ready_cold", 6, false, "s", r.ServeNote)
		r.unmeasured("serve_rss", 1.5, false, "GiB", r.ServeNote)
	}
	for _, q := range []struct {
		query string
		limit float64
	}{{"shortest_path", 5}, {"neighbors", 15}} {
		if w := r.result(r.Results, q.query); w != nil {
			r.goal(q.query+"_p99_warm", w.P99, q.limit, false, "ms", w.LoadAvg)
		}
		if c := r.result(r.ColdResults, q.query); c != nil {
			r.goal(q.query+"_p99_cold", c.P99, q.limit, false, "ms", c.LoadAvg)
		} else {
			r.unmeasured(q.query+"_p99_cold", q.limit, false, "ms", r.DropCaches)
		}
	}
	if r.PeerLoadQuadsPerS > 0 {
		r.goal("load_vs_cayley_writer", r.LoadQuadsPerS/r.PeerLoadQuadsPerS, 2, true, "x", r.LoadLoadAvg)
	}
	if bolt != nil {
		for _, q := range []string{"shortest_path", "k_paths"} {
			p, b := r.result(r.Results, q), bolt.result(bolt.Results, q)
			if p != nil && b != nil && b.P50 > 0 {
				r.goal(q+"_p50_vs_bolt", p.P50/b.P50, 2, false, "x", p.LoadAvg)
			}
		}
	}
}

func (r *Result) result(rs []QueryResult, query string) *QueryResult {
	for i := range rs {
		if rs[i].Query == query {
			return &rs[i]
		}
	}
	return nil
}

func printGoals(w io.Writer, r *Result) {
	fmt.Fprintf(w, "goals (issue 17, stated for 10^6 edges on bolt; load average 1/5/15 min when measured):\n")
	for _, g := range r.Goals {
		cmp := "≤"
		if g.AtLeast {
			cmp = "≥"
		}
		if !g.Measured {
			fmt.Fprintf(w, "  %-28s %12s   goal %s %g %-4s  NOT MEASURED: %s\n", g.Name, "-", cmp, g.Limit, g.Unit, g.Why)
			continue
		}
		verdict := "not met"
		if g.Met {
			verdict = "met"
		}
		fmt.Fprintf(w, "  %-28s %10.2f %-4s goal %s %g %-4s  %-8s (load %s)\n", g.Name, g.Value, g.Unit, cmp, g.Limit, g.Unit, verdict, g.LoadAvg)
	}
}
