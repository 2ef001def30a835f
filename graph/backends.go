package graph

// The Cayley backends coopgraph supports, registered by their init
// functions. Not graph/all: that drags in the nosql family and MySQL.
import (
	_ "github.com/cayleygraph/cayley/graph/kv/bolt"
	_ "github.com/cayleygraph/cayley/graph/memstore"
	_ "github.com/cayleygraph/cayley/graph/sql/cockroach"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"
	_ "github.com/cayleygraph/cayley/writer"
)
