package api

import (
	"github.com/coopgraph/coopgraph/graph"
	"github.com/coopgraph/coopgraph/quads"
)

// The wire shapes of the API (API.md). Entities and edges are quads.Entity
// and quads.Edge, whose JSON is API.md's.

// errorResponse is every error answer outside Cayley's routes.
type errorResponse struct {
	Error errorBody `json:"error"`
}

type errorBody struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// searchResponse answers GET /api/search.
type searchResponse struct {
	Entities []quads.Entity `json:"entities"`
}

// entityResponse answers GET /api/entities/{id}: the entity's fields and
// its edges.
type entityResponse struct {
	quads.Entity
	Edges []quads.Edge `json:"edges"`
}

// graphResponse is a set of nodes and the edges between them: the answer
// of GET /api/entities/{id}/neighbors and one path of GET /api/paths.
type graphResponse struct {
	Nodes []quads.Entity `json:"nodes"`
	Edges []quads.Edge   `json:"edges"`
	// EvidenceUnavailable lists the edges given without their evidence,
	// which the database (down) could not give; omitted otherwise.
	EvidenceUnavailable []string `json:"evidence_unavailable,omitempty"`

	// neighbors only: whether the limit cut the answer, and the entities
	// the neighbourhood holds without it (at least that many when
	// TotalLowerBound: counting them all would cost more than the answer)
	Truncated       bool `json:"truncated,omitempty"`
	Total           int  `json:"total,omitempty"`
	TotalLowerBound bool `json:"total_lower_bound,omitempty"`
}

// pathsResponse answers GET /api/paths.
type pathsResponse struct {
	Paths []graphResponse `json:"paths"`
}

// articlesResponse answers GET /api/articles.
type articlesResponse struct {
	Articles []graph.ArticleSummary `json:"articles"`
}

// articleRequest is the JSON body of POST /api/articles.
type articleRequest struct {
	Title  string `json:"title"`
	Date   string `json:"date"`
	Source string `json:"source"`
	Text   string `json:"text"`
}

// writeResponse answers POST /api/articles: {"article", "created",
// "quads", "entities", "relations"}.
type writeResponse = graph.WriteResult

// quadsResponse answers POST /api/quads.
type quadsResponse struct {
	Quads int `json:"quads"` // quads in the body, all written (or already stored)
}

// healthResponse answers GET /healthz and /livez.
type healthResponse struct {
	Status     string `json:"status"` // ok or degraded
	Backend    string `json:"backend"`
	Dependency string `json:"dependency,omitempty"` // what is unreachable while degraded
	Error      string `json:"error,omitempty"`      // what it answered
}

// cayleyResult is Cayley's query answer: {"result": [...]}.
type cayleyResult struct {
	Result []any `json:"result"`
}

// graphQLResult is Cayley's GraphQL answer: {"data": {...}}.
type graphQLResult struct {
	Data any `json:"data"`
}

func entities(es []quads.Entity) []quads.Entity {
	if es == nil {
		return []quads.Entity{}
	}
	return es
}

func edges(es []quads.Edge) []quads.Edge {
	if es == nil {
		return []quads.Edge{}
	}
	return es
}
