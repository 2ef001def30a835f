package api

import (
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"net/http"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/coopgraph/coopgraph/graph"
	"github.com/coopgraph/coopgraph/quads"
	"github.com/coopgraph/coopgraph/ui"
)

// openAPI answers GET /api/openapi.json: the OpenAPI 3 description of every
// route, made by New for this server's limits and UI build.
// TestOpenAPIMatchesRoutes fails when it and registerRoutes differ, and
// every answer of the api tests is validated against it.
func (s *Server) openAPI(c echo.Context) error {
	return c.JSONBlob(http.StatusOK, s.doc)
}

// operation is one method on one path of the document.
type operation struct {
	method, path string // path in OpenAPI's form: /api/entities/{id}
	tag, summary string
	params       []obj
	body         obj // the requestBody, or nil
	ok           obj // the responses other than errors, by status
	errors       []int
	write        bool // needs the bearer token
}

type obj = map[string]any

// operations lists every route of registerRoutes.
var operations = []operation{
	{method: "GET", path: "/api/search", tag: "graph",
		summary: "Entities whose name or alias matches q, ranked: exact name, alias, prefix, then fuzzy (typos, case, punctuation).",
		params: []obj{
			query("q", "The name to look for.", str(), true),
			query("type", "Only entities of this type.", enumOf(quads.EntityTypes), false),
			query("limit", "At most this many entities.", intIn(defaultSearch, 1, upToResultLimit(maxSearch)), false),
		},
		ok: jsonOK(200, "The ranked entities.", obj{"type": "object", "required": []string{"entities"},
			"properties": obj{"entities": arrayOf(ref("Entity"))}}),
		errors: []int{400, 429, 504}},
	{method: "GET", path: "/api/entities/{id}", tag: "graph",
		summary: "An entity, by id or exact name or alias, with every edge at it.",
		params:  []obj{entityPath()},
		ok:      jsonOK(200, "The entity and its edges.", ref("EntityWithEdges")),
		errors:  []int{400, 404, 429, 504}},
	{method: "GET", path: "/api/entities/{id}/neighbors", tag: "graph",
		summary: "The entities within depth hops of an entity, and the edges between them.",
		params: append([]obj{entityPath(),
			query("depth", "Hops from the entity.", intIn(defaultDepth, 1, maxDepth), false),
			query("limit", "At most this many nodes (and the server's result limit).", intIn(upToResultLimit(defaultNeighbors), 1, resultLimit), false),
			predicatesQuery(), typesQuery()}, datesQuery()...),
		ok:     jsonOK(200, "The neighbourhood.", ref("Subgraph")),
		errors: []int{400, 404, 429, 504}},
	{method: "GET", path: "/api/paths", tag: "graph",
		summary: "Up to k shortest loopless paths between two entities, shortest first, each edge with its evidence.",
		params: append([]obj{
			query("from", "An entity id, or an exact name or alias.", str(), true),
			query("to", "An entity id, or an exact name or alias.", str(), true),
			query("k", "At most this many paths.", intIn(defaultK, 1, maxK), false),
			query("max_len", "At most this many edges in a path.", intIn(defaultMaxLen, 1, maxMaxLen), false),
			predicatesQuery(), typesQuery()}, datesQuery()...),
		ok: jsonOK(200, "The paths.", obj{"type": "object", "required": []string{"paths"},
			"properties": obj{"paths": arrayOf(ref("Subgraph"))}}),
		errors: []int{400, 404, 429, 504}},
	{method: "GET", path: "/api/edges/{id}", tag: "graph",
		summary: "One edge with all its evidence. An edge id is SUBJECT~predicate~OBJECT.",
		params:  []obj{pathParamDoc("id", "The edge id.")},
		ok:      jsonOK(200, "The edge.", ref("Edge")),
		errors:  []int{400, 404, 429, 504}},
	{method: "GET", path: "/api/overview", tag: "graph",
		summary: "The graph's largest component, or its limit best-connected entities, with degrees and types, and the edges among them (at most 3 per entity, without evidence): a whole picture in one answer.",
		params:  []obj{query("limit", "At most this many entities.", intIn(defaultOverview, 1, maxOverview), false)},
		ok:      jsonOK(200, "The overview.", ref("Overview")),
		errors:  []int{400, 429, 504}},
	{method: "GET", path: "/api/articles", tag: "articles",
		summary: "Every stored article, newest first (undated last).",
		ok: jsonOK(200, "The articles.", obj{"type": "object", "required": []string{"articles"},
			"properties": obj{"articles": arrayOf(ref("ArticleSummary"))}}),
		errors: []int{429, 504}},
	{method: "GET", path: "/api/articles/{id}", tag: "articles",
		summary: "One article, its text, and the entities and relations extracted from it.",
		params:  []obj{pathParamDoc("id", "The article id.")},
		ok:      jsonOK(200, "The article.", ref("ArticleDetail")),
		errors:  []int{404, 429, 504}},
	{method: "POST", path: "/api/articles", tag: "articles", write: true,
		summary: "Extract a new article and store it as one transaction; the same text again changes nothing. Text, title, source and date with control characters (other than tab, newline, CR), or a date that is no calendar date from 1900-01-01 to a year past today, are 400.",
		body: obj{"required": true, "content": obj{
			"text/plain":       obj{"schema": str()},
			"application/json": obj{"schema": ref("ArticleRequest")},
		}},
		ok: merge(jsonOK(201, "The article was new and is stored.", ref("WriteResult")),
			jsonOK(200, "The same text was already stored: nothing changed.", ref("WriteResult"))),
		errors: []int{400, 401, 413, 415, 429, 504}},
	{method: "POST", path: "/api/quads", tag: "articles", write: true,
		summary: "Write N-Quads as one transaction; a malformed line, a control character, or a line that would break the store's rules (a second cg:name, a relation without evidence, a second article text, a value of the wrong kind: README, \"What every write keeps\") rejects the whole body with 400 naming its line, and nothing is written.",
		body:    obj{"required": true, "content": obj{"application/n-quads": obj{"schema": str()}}},
		ok: jsonOK(200, "Every quad is stored.", obj{"type": "object", "required": []string{"quads"},
			"properties": obj{"quads": obj{"type": "integer"}}}),
		errors: []int{400, 401, 413, 415, 429, 504}},
	{method: "GET", path: "/api/export", tag: "articles",
		summary: "The whole graph, streamed: N-Quads and JSON-LD hold every quad, GraphML the entity graph.",
		params:  []obj{notEmpty(query("format", "The format.", obj{"type": "string", "enum": []string{"nquads", "jsonld", "graphml"}, "default": "nquads"}, false))},
		ok: obj{"200": obj{"description": "The graph.", "content": obj{
			"application/n-quads": obj{"schema": str()}, "application/ld+json": obj{"schema": obj{}},
			"application/graphml+xml": obj{"schema": str()}}}},
		errors: []int{400, 429, 503, 504}},

	cayleyV1("gizmo", "A Gizmo (JavaScript) query, as Cayley's v1 API runs it.", "g.V().Has(\"<http://coopgraph.org/ns#name>\").Limit(5).All()"),
	cayleyV1("graphql", "A GraphQL query, as Cayley's v1 API runs it; the answer is {\"data\": ...}.", "{ nodes(first: 5) { id } }"),
	cayleyV1("mql", "An MQL query, as Cayley's v1 API runs it.", "[{\"id\": null}]"),
	cayleyV2Query("GET"),
	cayleyV2Query("POST"),
	cayleyV2Read("GET"),
	cayleyV2Read("POST"),
	{method: "GET", path: "/api/v2/formats", tag: "cayley",
		summary: "The quad formats Cayley reads and writes (Cayley's v2 API).",
		ok:      jsonOK(200, "The formats.", arrayOf(obj{"type": "object"})),
		errors:  []int{429}},
	{method: "POST", path: "/api/v2/write", tag: "cayley", write: true,
		summary: "Write quads in any format Cayley reads, chosen by Content-Type (N-Quads by default), as one transaction (Cayley's v2 API).",
		body:    obj{"required": true, "content": obj{"application/n-quads": obj{"schema": str()}, "application/ld+json": obj{"schema": obj{}}}},
		ok: jsonOK(200, `Written: {"result": "Successfully wrote N quads.", "count": N}.`, obj{"type": "object",
			"properties": obj{"result": str(), "count": obj{"type": "integer"}}}),
		errors: []int{400, 401, 413, 429}},
	{method: "POST", path: "/api/v1/shape/gizmo", tag: "cayley",
		summary: "The shape of a Gizmo query's iterator tree, as Cayley's v1 API gives it.",
		body:    obj{"required": true, "content": anyBody("")},
		ok:      jsonOK(200, "The shape: {\"nodes\": [...], \"links\": [...]}.", obj{"type": "object"}),
		errors:  []int{400, 413, 429, 503, 504}},
	{method: "POST", path: "/api/v1/write", tag: "cayley", write: true,
		summary: "Write a JSON array of {subject, predicate, object, label} as one transaction (Cayley's v1 API).",
		body:    obj{"required": true, "content": obj{"application/json": obj{"schema": arrayOf(obj{"type": "object"})}}},
		ok: jsonOK(200, `Written: {"result": "Successfully wrote N quads.", "count": N}.`, obj{"type": "object",
			"properties": obj{"result": str(), "count": obj{"type": "integer"}}}),
		errors: []int{400, 401, 413, 429}},
	{method: "GET", path: "/gephi/gs", tag: "cayley",
		summary: "Cayley's Gephi graph-streaming endpoint: one JSON event a line (an: add node, cn: change node, ae: add edge), for Gephi's Graph Streaming plugin.",
		params: []obj{query("mode", "raw: every quad an edge; nodes: literal and well-known properties inline.", obj{"type": "string", "enum": []string{"raw", "nodes"}, "default": "raw"}, false),
			query("limit", "At most this many quads (raw) or nodes (nodes).", obj{"type": "integer", "minimum": 1, "default": 10000}, false),
			query("sub", "Subjects (raw).", str(), false), query("pred", "Predicates (raw).", str(), false),
			query("obj", "Objects (raw).", str(), false), query("label", "Labels (raw).", str(), false)},
		ok:     obj{"200": obj{"description": "The stream: one JSON object a line.", "content": obj{"application/stream+json": obj{}}}},
		errors: []int{400, 413, 429, 503, 504}},
	cayleyDelete("/api/v1/delete", "Delete quads (Cayley's v1 API): refused, coopgraph is append-only."),
	cayleyDelete("/api/v2/delete", "Delete quads (Cayley's v2 API): refused, coopgraph is append-only."),
	cayleyDelete("/api/v2/node/delete", "Delete a node (Cayley's v2 API): refused, coopgraph is append-only."),

	{method: "GET", path: "/api/openapi.json", tag: "server",
		summary: "This document.",
		ok:      jsonOK(200, "The OpenAPI 3 document.", obj{"type": "object"})},
	{method: "GET", path: "/healthz", tag: "server",
		summary: "Readiness: 200 while the database answers (within 2 s), 503 degraded, naming the dependency and its error, while it does not.",
		ok: merge(jsonOK(200, "Ready.", healthSchema),
			jsonOK(503, `Degraded: {"status": "degraded", "dependency": "database", "error": "…"}.`, healthSchema))},
	{method: "GET", path: "/livez", tag: "server",
		summary: "Liveness: the process is serving, whatever its database does.",
		ok:      jsonOK(200, "Up.", healthSchema)},
	{method: "GET", path: "/metrics", tag: "server",
		summary: "Prometheus metrics.",
		ok:      obj{"200": obj{"description": "The metrics, in Prometheus' text format.", "content": obj{"text/plain": obj{"schema": str()}}}}},
}

// uiOperations describes the UI's routes, one per file of the build: the
// page, and each file under its own name and its fingerprinted one.
func uiOperations(b *ui.Bundle) []operation {
	file := func(path, summary string, a *ui.Asset, cache string) operation {
		headers := obj{
			"ETag":          obj{"description": "The file's validator: If-None-Match with it answers 304.", "required": true, "schema": str()},
			"Cache-Control": obj{"description": "Always " + cache + ".", "required": true, "schema": obj{"type": "string", "enum": []string{cache}}},
		}
		return operation{method: "GET", path: path, tag: "ui", summary: summary,
			ok: obj{
				"200": obj{"description": "The file (gzipped for a client that takes gzip).", "headers": headers,
					"content": obj{a.ContentType: obj{}}},
				"304": obj{"description": "Not modified: the client's copy (If-None-Match) is current.", "headers": headers},
			}}
	}
	ops := []operation{
		file("/", "The UI's page.", b.Index, cacheRevalidate),
		file("/index.html", "The UI's page.", b.Index, cacheRevalidate),
	}
	for _, a := range b.Assets {
		ops = append(ops,
			file(a.Path, "The UI's "+a.Name+", revalidated on every use.", a, cacheRevalidate),
			file(a.Fingerprinted, "The UI's "+a.Name+" under a name holding its content's hash: cached for a year.", a, cacheImmutable))
	}
	return ops
}

// healthSchema is the body of /healthz and /livez.
var healthSchema = obj{"type": "object", "properties": obj{
	"status": obj{"type": "string", "enum": []string{"ok", "degraded"}}, "backend": str(),
	"dependency": str(), "error": str()}}

func cayleyV1(lang, summary, example string) operation {
	return operation{method: "POST", path: "/api/v1/query/" + lang, tag: "cayley", summary: summary,
		params: []obj{cayleyLimitQuery()},
		body:   obj{"required": true, "content": anyBody(example)},
		ok:     jsonOK(200, "The results.", ref("CayleyResult")),
		errors: []int{400, 413, 429, 503, 504}}
}

func cayleyV2Query(method string) operation {
	op := operation{method: method, path: "/api/v2/query", tag: "cayley",
		summary: "A query in gizmo, graphql or mql (Cayley's v2 API): the query is qu, or the body of a POST.",
		params: []obj{query("lang", "The query language.", obj{"type": "string", "enum": []string{"gizmo", "graphql", "mql"}}, true),
			cayleyLimitQuery()},
		ok:     jsonOK(200, "The results.", ref("CayleyResult")),
		errors: []int{400, 413, 429, 503, 504}}
	if method == "GET" {
		op.params = append(op.params, query("qu", "The query.", str(), true))
	} else {
		op.body = obj{"required": true, "content": anyBody("")}
	}
	return op
}

// anyBody is a query in the body, of any Content-Type or none, as Cayley
// reads it (its clients send none).
func anyBody(example string) obj {
	text := obj{"schema": str()}
	if example != "" {
		text["example"] = example
	}
	return obj{"text/plain": text, "*/*": obj{"schema": str()}}
}

func cayleyV2Read(method string) operation {
	return operation{method: method, path: "/api/v2/read", tag: "cayley",
		summary: "Quads matching sub, pred, obj and label (comma-separated values), in the format asked for (Cayley's v2 API).",
		params: []obj{query("sub", "Subjects.", str(), false), query("pred", "Predicates.", str(), false),
			query("obj", "Objects.", str(), false), query("label", "Labels.", str(), false),
			query("format", "A format of /api/v2/formats; else the Accept header's; else nquads.", str(), false),
			query("iri", "IRIs as stored, short or full.", obj{"type": "string", "enum": []string{"short", "full"}}, false)},
		ok: obj{"200": obj{"description": "The quads.", "content": obj{
			"application/n-quads": obj{"schema": str()}, "application/json": obj{"schema": obj{}},
			"application/ld+json": obj{"schema": obj{}}, "application/xml": obj{},
			// JSON a line, protobuf, GML and Graphviz: types no schema describes.
			"application/x-json-stream": obj{}, "application/x-protobuf": obj{}, "application/octet-stream": obj{}}}},
		errors: []int{400, 413, 429, 503, 504}}
}

func cayleyDelete(path, summary string) operation {
	return operation{method: "POST", path: path, tag: "cayley", write: true, summary: summary,
		errors: []int{401, 403, 429}}
}

func cayleyLimitQuery() obj {
	return query("limit", "At most this many results.", intIn(upToResultLimit(graph.DefaultQueryLimit), 1, resultLimit), false)
}

// query is a query parameter. An optional one may be given empty
// (?until=), which the server takes as not given.
func query(name, desc string, schema obj, required bool) obj {
	q := obj{"name": name, "in": "query", "description": desc, "required": required, "schema": schema}
	if !required {
		q["allowEmptyValue"] = true
	}
	return q
}

// notEmpty is a parameter that must not be given empty: the server refuses
// an empty one.
func notEmpty(q obj) obj {
	delete(q, "allowEmptyValue")
	return q
}

func pathParamDoc(name, desc string) obj {
	return obj{"name": name, "in": "path", "description": desc, "required": true, "schema": str()}
}

func entityPath() obj {
	return pathParamDoc("id", "An entity id, or an exact name or alias.")
}

func predicatesQuery() obj {
	return query("predicates", "Only edges of these predicates, comma-separated: "+join(quads.Predicates)+".", str(), false)
}

func typesQuery() obj {
	return query("types", "Only entities of these types, comma-separated: "+join(quads.EntityTypes)+".", str(), false)
}

func datesQuery() []obj {
	date := obj{"type": "string", "format": "date"}
	return []obj{
		query("since", "Only edges with evidence from articles dated on or after this day.", date, false),
		query("until", "Only edges with evidence from articles dated on or before this day.", date, false),
	}
}

func str() obj            { return obj{"type": "string"} }
func ref(name string) obj { return obj{"$ref": "#/components/schemas/" + name} }
func arrayOf(items obj) obj {
	return obj{"type": "array", "items": items}
}
func intIn[D, H int | upToResultLimit](def D, lo int, hi H) obj {
	return obj{"type": "integer", "default": def, "minimum": lo, "maximum": hi}
}

// upToResultLimit is a number the server's ResultLimit caps: the document
// is made with the smaller of the two.
type upToResultLimit int

// resultLimit is the server's ResultLimit itself.
const resultLimit = upToResultLimit(math.MaxInt)

// withLimits copies a part of the document, each upToResultLimit replaced
// by its value for a server whose ResultLimit is limit.
func withLimits(v any, limit int) any {
	switch x := v.(type) {
	case obj:
		out := make(obj, len(x))
		for k, e := range x {
			out[k] = withLimits(e, limit)
		}
		return out
	case []obj:
		out := make([]obj, len(x))
		for i, e := range x {
			out[i] = withLimits(e, limit).(obj)
		}
		return out
	case upToResultLimit:
		return min(int(x), limit)
	}
	return v
}
func enumOf[T ~string](xs []T) obj {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = string(x)
	}
	return obj{"type": "string", "enum": s}
}
func jsonOK(status int, desc string, schema obj) obj {
	return obj{strconv.Itoa(status): obj{"description": desc, "content": obj{"application/json": obj{"schema": schema}}}}
}
func merge(a, b obj) obj {
	for k, v := range b {
		a[k] = v
	}
	return a
}

// errorDescriptions says when each error status is answered.
var errorDescriptions = map[int]string{
	400: "Bad input: a missing or malformed parameter, an unknown predicate or type, a malformed body.",
	401: "A write without the right bearer token.",
	403: "Refused: coopgraph is append-only.",
	404: "An unknown entity, edge, article or path.",
	413: "The body is larger than the server's limit, or a query's answer or memory passed its bound (the query was stopped).",
	415: "The body's Content-Type is not one the route reads.",
	429: "Too many requests from this client; see Retry-After.",
	500: "Internal error.",
	503: "Too many heavy queries are running; try again shortly.",
	504: "The query ran past its time limit and was stopped.",
}

// openAPIDocument returns the OpenAPI 3 document of a server with the
// configuration cfg and the UI build b, as JSON. Every GET is documented
// for HEAD too, as it is served (headAsGet).
func openAPIDocument(cfg Config, b *ui.Bundle) ([]byte, error) {
	paths := obj{}
	for _, op := range append(slices.Clip(operations), uiOperations(b)...) {
		p, _ := paths[op.path].(obj)
		if p == nil {
			p = obj{}
			paths[op.path] = p
		}
		o := operationDoc(op)
		p[strings.ToLower(op.method)] = o
		if op.method == http.MethodGet {
			head := operationDoc(operation{method: http.MethodHead, path: op.path, tag: op.tag, params: op.params,
				summary: "The headers of GET " + op.path + ", without its body."})
			resp := obj{}
			for code, r := range o["responses"].(obj) {
				r := maps.Clone(r.(obj))
				delete(r, "content")
				resp[code] = r
			}
			head["responses"] = resp
			p["head"] = head
		}
	}
	doc := obj{
		"openapi": "3.0.3",
		"info": obj{
			"title":   "coopgraph",
			"version": "1",
			"description": "A graph of cooperation between institutions, extracted from news articles, every edge " +
				"with the sentences that state it. Writes need Authorization: Bearer TOKEN. Cayley's own query " +
				"languages and v2 API are served under /api/v1/query and /api/v2. Every GET answers HEAD too; " +
				"a path no route has answers 404, a method a route lacks 405 with Allow; text answers are " +
				"gzipped for clients that take gzip.",
		},
		"paths": paths,
		"components": obj{
			"securitySchemes": obj{"bearer": obj{"type": "http", "scheme": "bearer"}},
			"schemas":         schemas(),
		},
	}
	out, err := json.MarshalIndent(withLimits(doc, cfg.ResultLimit), "", "  ")
	if err != nil {
		return nil, fmt.Errorf("api: encode the OpenAPI document: %w", err)
	}
	return out, nil
}

// operationDoc is the document's object for one operation.
func operationDoc(op operation) obj {
	o := obj{"summary": op.summary, "tags": []string{op.tag},
		"operationId": operationID(op)}
	if len(op.params) > 0 {
		o["parameters"] = op.params
	}
	if op.body != nil {
		o["requestBody"] = op.body
	}
	resp := obj{}
	for k, v := range op.ok {
		resp[k] = v
	}
	errs := append([]int{}, op.errors...)
	if strings.HasPrefix(op.path, "/api/") {
		errs = append(errs, 500)
	}
	for _, code := range errs {
		schema := ref("Error")
		if strings.HasPrefix(op.path, "/api/v1/") || strings.HasPrefix(op.path, "/api/v2/") {
			schema = ref("CayleyError")
		}
		resp[strconv.Itoa(code)] = obj{"description": errorDescriptions[code],
			"content": obj{"application/json": obj{"schema": schema}}}
	}
	o["responses"] = resp
	if op.write {
		o["security"] = []obj{{"bearer": []string{}}}
	}
	return o
}

func operationID(op operation) string {
	var b strings.Builder
	b.WriteString(strings.ToLower(op.method))
	up := true
	for _, r := range op.path {
		switch {
		case r == '/' || r == '{' || r == '}' || r == '_' || r == '.' || r == '-':
			up = true
		case up:
			b.WriteString(strings.ToUpper(string(r)))
			up = false
		default:
			b.WriteRune(r)
		}
	}
	if op.path == "/" {
		b.WriteString("UI")
	}
	return b.String()
}

func schemas() obj {
	props := func(required []string, p obj) obj {
		sort.Strings(required)
		return obj{"type": "object", "required": required, "properties": p}
	}
	articleRef := obj{"id": str(), "title": str(), "date": str(), "source": str()}
	return obj{
		"Error": props([]string{"error"}, obj{"error": props([]string{"code", "message"}, obj{
			"code":    obj{"type": "string", "example": quads.ENOTFOUND},
			"message": str()})}),
		"CayleyError": obj{"type": "object", "description": `Cayley's shape: {"error": "message"} (GraphQL: {"errors": [{"message"}]}).`,
			"properties": obj{"error": str(), "errors": arrayOf(props([]string{"message"}, obj{"message": str()}))}},
		"CayleyResult": obj{"type": "object", "description": `Cayley's shape: {"result": [...]} (GraphQL: {"data": {...}}).`,
			"properties": obj{"result": obj{"type": "array", "nullable": true, "items": obj{"nullable": true}}, "data": obj{}}},
		"Entity": props([]string{"id", "name", "type", "aliases"}, obj{
			"id": str(), "name": str(), "type": enumOf(quads.EntityTypes), "aliases": arrayOf(str())}),
		"Evidence": props([]string{"article", "sentence", "start", "end"}, obj{
			"article":  props([]string{"id", "title", "date", "source"}, articleRef),
			"sentence": str(), "start": obj{"type": "integer"}, "end": obj{"type": "integer"},
			"title": obj{"type": "string", "description": "The post a leads or member-of relation names."}}),
		"Edge": props([]string{"id", "subject", "predicate", "object", "evidence"}, obj{
			"id": str(), "subject": ref("Entity"), "predicate": enumOf(quads.Predicates), "object": ref("Entity"),
			"evidence": arrayOf(ref("Evidence"))}),
		"EntityWithEdges": obj{"allOf": []obj{ref("Entity"),
			props([]string{"edges"}, obj{"edges": arrayOf(ref("Edge"))})}},
		"Subgraph": props([]string{"nodes", "edges"}, obj{
			"nodes": arrayOf(ref("Entity")), "edges": arrayOf(ref("Edge")),
			"truncated": obj{"type": "boolean", "description": "Neighbours only: the limit cut the answer."},
			"total": obj{"type": "integer", "description": "Neighbours only: entities in the neighbourhood without the limit " +
				"(at least this many when total_lower_bound is true)."},
			"total_lower_bound": obj{"type": "boolean", "description": "Neighbours only: total is a lower bound, the entities " +
				"within the distances counted; counting farther would have cost more than the answer. Absent when total is exact."}}),
		"Overview": props([]string{"nodes", "edges", "total_nodes", "total_edges", "truncated"}, obj{
			"nodes": arrayOf(props([]string{"id", "name", "type", "degree"}, obj{
				"id": str(), "name": str(), "type": enumOf(quads.EntityTypes), "degree": obj{"type": "integer"}})),
			"edges": arrayOf(props([]string{"id", "source", "target", "predicate"}, obj{
				"id": str(), "source": str(), "target": str(), "predicate": enumOf(quads.Predicates)})),
			"total_nodes": obj{"type": "integer"}, "total_edges": obj{"type": "integer"}, "truncated": obj{"type": "boolean"}}),
		"ArticleSummary": props([]string{"id", "title", "date", "source", "relations"}, obj{
			"id": str(), "title": str(), "date": str(), "source": str(), "file": str(),
			"relations": obj{"type": "integer"}}),
		"ArticleDetail": props([]string{"id", "title", "date", "source", "text", "entities", "relations"}, obj{
			"id": str(), "title": str(), "date": str(), "source": str(), "file": str(),
			"text": str(), "entities": arrayOf(ref("Entity")),
			"relations": arrayOf(props([]string{"edge", "subject", "predicate", "object", "sentence", "start", "end"}, obj{
				"edge": str(), "subject": ref("Entity"), "predicate": enumOf(quads.Predicates), "object": ref("Entity"),
				"title": str(), "sentence": str(), "start": obj{"type": "integer"}, "end": obj{"type": "integer"}}))}),
		"ArticleRequest": closed(props([]string{"text"}, obj{
			"title": str(),
			"date": obj{"anyOf": []obj{{"type": "string", "format": "date"}, {"type": "string", "maxLength": 0}},
				"description": "YYYY-MM-DD, a day of the calendar from 1900 to a year from today; empty or absent: none."},
			"source": str(), "text": str()})),
		"WriteResult": props([]string{"created", "quads", "entities", "relations"}, obj{
			"article": str(), "created": obj{"type": "boolean"}, "quads": obj{"type": "integer"},
			"entities": obj{"type": "integer"}, "relations": obj{"type": "integer"}}),
	}
}

// closed marks an object schema as taking no keys but its own, as the
// handler does (exactKeys): a misspelt key is refused, not dropped.
func closed(schema obj) obj {
	schema["additionalProperties"] = false
	return schema
}
