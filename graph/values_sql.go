package graph

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	"github.com/lib/pq"
)

// Cayley v0.7.7's SQL backend reads a node's value with one query per node
// (it has no batch ValuesOf), so an index build that reads every piece of
// evidence's sentence would make one query a piece. valuesOf reads values
// in batches instead, on the database's nodes table beside Cayley, for the
// stores registered here (every store on a SQL database, by Open); on other
// backends it is cgraph.ValuesOf.

var sqlNodes sync.Map // cgraph.QuadStore → *sql.DB

func registerSQLNodes(qs cgraph.QuadStore, db *sql.DB) { sqlNodes.Store(qs, db) }

func unregisterSQLNodes(qs cgraph.QuadStore) { sqlNodes.Delete(qs) }

// valuesOf returns the values of refs, in order (nil for a ref without one).
func valuesOf(ctx context.Context, qs cgraph.QuadStore, refs []cgraph.Ref) ([]quad.Value, error) {
	db, ok := sqlNodes.Load(qs)
	if !ok {
		return cgraph.ValuesOf(ctx, qs, refs)
	}
	out := make([]quad.Value, len(refs))
	at := map[cgraph.ValueHash][]int{}
	var hashes [][]byte
	for i, r := range refs {
		var h cgraph.ValueHash
		switch r := r.(type) {
		case csql.NodeHash:
			h = r.ValueHash
		case cgraph.ValueHash:
			h = r
		case cgraph.PreFetchedValue:
			out[i] = r.NameOf()
			continue
		default:
			if r != nil {
				out[i] = qs.NameOf(r)
			}
			continue
		}
		if !h.Valid() {
			continue
		}
		if _, seen := at[h]; !seen {
			hashes = append(hashes, h[:])
		}
		at[h] = append(at[h], i)
	}
	if len(hashes) == 0 {
		return out, nil
	}
	rows, err := db.(*sql.DB).QueryContext(ctx, `SELECT hash, value, value_string, datatype, language, iri, bnode,
		value_int, value_bool, value_float, value_time FROM nodes WHERE hash = ANY($1)`, pq.ByteaArray(hashes))
	if err != nil {
		return nil, fmt.Errorf("read %d values: %w", len(hashes), err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			hash       csql.NodeHash
			data       []byte
			str        sql.NullString
			typ, lang  sql.NullString
			iri, bnode sql.NullBool
			vint       sql.NullInt64
			vbool      sql.NullBool
			vfloat     sql.NullFloat64
			vtime      csql.NullTime
		)
		if err := rows.Scan(&hash, &data, &str, &typ, &lang, &iri, &bnode, &vint, &vbool, &vfloat, &vtime); err != nil {
			return nil, fmt.Errorf("read values: %w", err)
		}
		// As Cayley's QuadStore.NameOf reads a row.
		var v quad.Value
		unescape := func(s string) quad.String { return quad.String(strings.ReplaceAll(s, `\x00`, "\u0000")) }
		switch {
		case str.Valid && iri.Bool:
			v = quad.IRI(str.String)
		case str.Valid && bnode.Bool:
			v = quad.BNode(str.String)
		case str.Valid && lang.Valid:
			v = quad.LangString{Value: unescape(str.String), Lang: lang.String}
		case str.Valid && typ.Valid:
			v = quad.TypedString{Value: unescape(str.String), Type: quad.IRI(typ.String)}
		case str.Valid:
			v = unescape(str.String)
		case vint.Valid:
			v = quad.Int(vint.Int64)
		case vbool.Valid:
			v = quad.Bool(vbool.Bool)
		case vfloat.Valid:
			v = quad.Float(vfloat.Float64)
		case vtime.Valid:
			v = quad.Time(vtime.Time)
		default:
			if v, err = pquads.UnmarshalValue(data); err != nil {
				return nil, fmt.Errorf("read a value: %w", err)
			}
		}
		for _, i := range at[hash.ValueHash] {
			out[i] = v
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read values: %w", err)
	}
	return out, nil
}
