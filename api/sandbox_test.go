package api_test

import (
	"net/http"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/coopgraph/coopgraph/api"
	"github.com/coopgraph/coopgraph/graph"
)

// heapAfterGC is the Go heap in use once garbage is collected.
func heapAfterGC() uint64 {
	var m runtime.MemStats
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// TestGizmoCrashQueries sends the queries that used to overflow the
// goroutine's stack (a fatal error that killed the server): each gets a
// 4xx in Cayley's error shape, and the server answers the next query.
func TestGizmoCrashQueries(t *testing.T) {
	ts := MustOpenServer(t, api.Config{QueryTimeout: 5 * time.Second})
	deep := `var v = 1; for (var i = 0; i < 10000; i++) { v = [v] }; g.Emit(v)`
	deepObj := `var v = {}; for (var i = 0; i < 10000; i++) { v = {x: v} }; g.Emit(v)`
	for _, c := range []struct {
		name, query string
		status      int
	}{
		{"CyclicArray", `var a=[];a.push(a);g.Emit(a)`, 400},
		{"CyclicObject", `var o={};o.self=o;g.Emit(o)`, 400},
		{"CyclicInPathArg", `var a=[];a.push(a);g.V(a).All()`, 400},
		{"CyclicCompletionValue", `var a=[];a.push(a);a`, 200},
		{"DeepArray", deep, 400},
		{"DeepObject", deepObj, 400},
		{"StringOfCyclic", `var a=[];a.push(a);g.Emit(String(a))`, 400},
		{"JoinOfCyclic", `var a=[];a.push(a);g.Emit(a.join())`, 400},
		{"ToStringLoop", `var o={};o.toString=function(){return String(o)};g.Emit(""+o)`, 400},
		{"ApplyCycle", `var f=Function.prototype.apply;var x=[f];x.push(x);f.apply(f,x)`, 400},
		{"ThrowCyclic", `var o={};o.self=o;throw o`, 400},
		{"CyclicInsideGoArray", `var r=g.V().TagArray(1);r[0]={x:r};g.Emit(r)`, 400},
		{"SharedDAG", `var a=[1];for(var i=0;i<60;i++){a=[a,a]};g.Emit(a)`, 400},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, send := range []func() *response{
				func() *response { return ts.do("POST", "/api/v1/query/gizmo", strings.NewReader(c.query)) },
				func() *response { return ts.get("/api/v2/query?lang=gizmo&qu=" + q(c.query)) },
			} {
				r := send()
				if r.Status != c.status && !(c.name == "SharedDAG" && r.Status == 413) {
					t.Fatalf("status %d, want %d: %s", r.Status, c.status, r.Body)
				}
				if r.Status >= 400 {
					t.Logf("%d %s", r.Status, cayleyError(t, r))
				}
				expect(t, ts.do("POST", "/api/v1/query/gizmo", strings.NewReader(namesQuery)), 200, "")
			}
		})
	}
}

// TestGizmoBounds sends queries past each bound: every one answers its
// status within the time limit and a little slack, the server keeps
// answering, and the heap is given back.
func TestGizmoBounds(t *testing.T) {
	// Two servers: one whose time limit is short, for the query that only
	// runs long, and one whose time limit is long, so that the memory and
	// answer bounds are what stops the others even on a loaded machine
	// (on two busy cores, growing a heap to its bound can take seconds).
	const shortLimit, longLimit = 3 * time.Second, 30 * time.Second
	short := MustOpenServer(t, api.Config{QueryTimeout: shortLimit})
	long := MustOpenServer(t, api.Config{QueryTimeout: longLimit})
	for _, ts := range []*testServer{short, long} {
		ts.store.SetQueryBounds(graph.QueryBounds{HeapPerQuery: 256 << 20, AnswerBytes: 8 << 20})
		expect(t, ts.get("/healthz"), 200, "")
	}
	before := heapAfterGC()
	for _, c := range []struct {
		name, query string
		status      int
	}{
		{"EndlessRecursion", `function f(x){ return f(x+1) + 1 }; f(0)`, http.StatusRequestEntityTooLarge},
		{"WhileTrue", `while(true){}`, http.StatusGatewayTimeout},
		{"StringDoubling", `var s="x"; while(true){ s = s + s }`, http.StatusRequestEntityTooLarge},
		{"ArrayGrowth", `var a=[]; while(true){ a.push({n: a.length, s: "some text"}) }`, http.StatusRequestEntityTooLarge},
		{"HugeEmit", `var s="x"; for(var i=0;i<27;i++){ s = s + s }; g.Emit(s)`, http.StatusRequestEntityTooLarge},
		{"ManyEmits", `var s="x"; for(var i=0;i<20;i++){ s = s + s }; for(var i=0;i<100;i++){ g.Emit(s) }`, http.StatusRequestEntityTooLarge},
		{"CaughtAndRetried", `var s="x"; for(var i=0;i<24;i++){ s = s + s }; while(true){ try { g.Emit(s) } catch(e) {} }`, http.StatusRequestEntityTooLarge},
	} {
		t.Run(c.name, func(t *testing.T) {
			ts, limit := long, longLimit
			if c.status == http.StatusGatewayTimeout {
				ts, limit = short, shortLimit
			}
			start := time.Now()
			r := ts.do("POST", "/api/v1/query/gizmo", strings.NewReader(c.query))
			took := time.Since(start)
			if r.Status != c.status {
				t.Fatalf("status %d after %v, want %d: %.300s", r.Status, took, c.status, r.Body)
			}
			t.Logf("%d after %v: %s", r.Status, took.Round(time.Millisecond), cayleyError(t, r))
			if took > limit+time.Second {
				t.Errorf("answered after %v; the limit is %v", took, limit)
			}
			expect(t, ts.do("POST", "/api/v1/query/gizmo", strings.NewReader(namesQuery)), 200, "")
		})
	}
	after := heapAfterGC()
	t.Logf("heap after GC: %d KiB before, %d KiB after", before>>10, after>>10)
	if after > before+64<<20 {
		t.Errorf("heap after GC grew from %d MiB to %d MiB: the queries' memory was not given back", before>>20, after>>20)
	}
}

// TestQueryAnswerBounds: GraphQL, MQL and v2 reads get the same answer
// bound as Gizmo, and a v2 read the query time limit.
func TestQueryAnswerBounds(t *testing.T) {
	ts := MustOpenServer(t, api.Config{})
	ts.store.SetQueryBounds(graph.QueryBounds{AnswerBytes: 512})
	for _, c := range []struct{ path, query string }{
		{"/api/v1/query/graphql", `{ nodes { id } }`},
		{"/api/v1/query/mql", `[{"id": null}]`},
		{"/api/v1/query/gizmo", `g.V().All()`},
		{"/api/v1/query/gizmo", `g.Emit(g.V().ToArray())`},
	} {
		r := ts.do("POST", c.path+"?limit=1000", strings.NewReader(c.query))
		if r.Status != http.StatusRequestEntityTooLarge {
			t.Errorf("%s %s: status %d, want 413: %.200s", c.path, c.query, r.Status, r.Body)
		}
	}
	r := ts.do("POST", "/api/v1/query/mql", strings.NewReader(`[{"id": null}]`))
	expect(t, r, http.StatusRequestEntityTooLarge, "")
	cayleyError(t, r)

	slow := MustOpenServer(t, api.Config{QueryTimeout: 20 * time.Millisecond})
	fillStore(t, slow, 10000, 100)
	start := time.Now()
	r = slow.get("/api/v2/read?format=jsonld")
	if r.Status != http.StatusGatewayTimeout {
		t.Fatalf("v2 read past its time: status %d, want 504", r.Status)
	}
	if took := time.Since(start); took > time.Second {
		t.Errorf("v2 read stopped after %v; its limit is 20ms", took)
	}
}
