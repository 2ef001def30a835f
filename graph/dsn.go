package graph

import (
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/coopgraph/coopgraph/quads"
)

// Backend names a Cayley backend and the address it is opened at.
type Backend struct {
	Name string // Cayley's registered name: memstore, bolt, postgres, cockroach
	Addr string // a directory, a connection string, or "" for memstore
}

// ParseDSN turns a DSN into the Cayley backend it names: "memstore",
// "postgres://…" or "postgresql://…" (PostgreSQL), "cockroach://…" or a
// postgres URL with "flavor=cockroach" (CockroachDB), and anything else a
// bolt directory. It returns EINVALID for an empty DSN.
func ParseDSN(dsn string) (Backend, error) {
	switch {
	case dsn == "":
		return Backend{}, quads.Errorf(quads.EINVALID, "no database given (--db or COOPGRAPH_DB)")
	case dsn == "memstore":
		return Backend{Name: "memstore"}, nil
	case strings.HasPrefix(dsn, "cockroach://"):
		return Backend{Name: "cockroach", Addr: "postgres://" + strings.TrimPrefix(dsn, "cockroach://")}, nil
	case strings.HasPrefix(dsn, "postgres://"), strings.HasPrefix(dsn, "postgresql://"):
		if strings.Contains(dsn, "flavor=cockroach") {
			return Backend{Name: "cockroach", Addr: removeParam(dsn, "flavor")}, nil
		}
		return Backend{Name: "postgres", Addr: dsn}, nil
	}
	return Backend{Name: "bolt", Addr: strings.TrimPrefix(dsn, "bolt://")}, nil
}

// Persistent reports whether the backend keeps data past Close.
func (b Backend) Persistent() bool { return b.Name != "memstore" }

// String returns the backend with any password hidden, fit for logs.
func (b Backend) String() string {
	addr := b.Addr
	if i := strings.Index(addr, "://"); i >= 0 {
		if at := strings.Index(addr[i+3:], "@"); at >= 0 {
			cred := addr[i+3 : i+3+at]
			if c := strings.Index(cred, ":"); c >= 0 {
				addr = addr[:i+3] + cred[:c] + ":***" + addr[i+3+at:]
			}
		}
	}
	if addr == "" {
		return b.Name
	}
	return b.Name + " " + addr
}

// registered reports whether Cayley registered the backend in this build;
// some of its backends fail to register under a current Go toolchain.
func (b Backend) registered() bool {
	for _, n := range cgraph.QuadStores() {
		if n == b.Name {
			return true
		}
	}
	return false
}

func removeParam(dsn, name string) string {
	q := strings.Index(dsn, "?")
	if q < 0 {
		return dsn
	}
	var keep []string
	for _, kv := range strings.Split(dsn[q+1:], "&") {
		if !strings.HasPrefix(kv, name+"=") && kv != "" {
			keep = append(keep, kv)
		}
	}
	if len(keep) == 0 {
		return dsn[:q]
	}
	return dsn[:q] + "?" + strings.Join(keep, "&")
}
