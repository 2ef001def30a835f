package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"github.com/coopgraph/coopgraph/quads"
	"io"
	"net/http"
	"net/url"
	"os/exec"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// server is a `coopgraph serve` child process and a client of it.
type server struct {
	t       *testing.T
	url     string
	token   string
	logs    *syncBuffer
	cmd     *exec.Cmd
	stopped bool
}

// startServe runs `coopgraph serve` as a child on a free port with a data
// directory of its own, waits until it listens, and stops it with SIGTERM
// at cleanup, checking that it exits cleanly.
func startServe(t *testing.T, args ...string) *server {
	t.Helper()
	token := "test-token-" + fmt.Sprint(time.Now().UnixNano())
	cmd := child(append([]string{"serve", "--addr", "127.0.0.1:0", "--token", token}, args...)...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	logs := &syncBuffer{}
	found := make(chan string, 1)
	go func() {
		re := regexp.MustCompile(`msg="ready: open the UI in a browser" url=(\S+)`)
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			logs.WriteString(sc.Text() + "\n")
			if m := re.FindStringSubmatch(sc.Text()); m != nil {
				found <- m[1]
			}
		}
	}()
	s := &server{t: t, token: token, logs: logs, cmd: cmd}
	select {
	case s.url = <-found:
	case <-time.After(60 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("serve did not start listening within 60s")
	}
	t.Cleanup(s.stop)
	return s
}

// stop sends SIGTERM and checks that serve exits cleanly and soon.
func (s *server) stop() {
	if s.stopped {
		return
	}
	s.stopped = true
	s.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan error, 1)
	go func() { done <- s.cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			s.t.Errorf("serve exited with %v after SIGTERM\n%s", err, s.logs)
		}
	case <-time.After(30 * time.Second):
		s.cmd.Process.Kill()
		s.t.Errorf("serve did not stop within 30s of SIGTERM")
	}
}

// do sends a request and decodes a JSON answer into out (when not nil).
func (s *server) do(method, path, ctype string, body io.Reader, auth bool, out any) int {
	s.t.Helper()
	req, err := http.NewRequest(method, s.url+path, body)
	if err != nil {
		s.t.Fatal(err)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	if auth {
		req.Header.Set("Authorization", "Bearer "+s.token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		s.t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	if out != nil {
		if err := json.Unmarshal(data, out); err != nil {
			s.t.Fatalf("%s %s: %d, not JSON: %v\n%.300s", method, path, resp.StatusCode, err, data)
		}
	}
	return resp.StatusCode
}

type entityJSON struct {
	ID, Name, Type string
	Aliases        []string
}

type edgeJSON struct {
	ID        string
	Subject   entityJSON
	Predicate string
	Object    entityJSON
	Evidence  []struct {
		Article  struct{ ID, Title, Date, Source string }
		Sentence string
		Start    int
		End      int
	}
}

type errorJSON struct {
	Error struct{ Code, Message string }
}

// TestServeShippedGraphAsAClient starts `coopgraph serve` on its embedded
// default and uses it as an API client would.
func TestServeShippedGraphAsAClient(t *testing.T) {
	s := startServe(t, "--data", t.TempDir(), "--query-timeout", "2s")

	// Search with a typo finds the museum.
	var found struct{ Entities []entityJSON }
	if code := s.do("GET", "/api/search?q="+url.QueryEscape("Liaoning Provinical Museum"), "", nil, false, &found); code != 200 || len(found.Entities) == 0 {
		t.Fatalf("search with a typo: %d, %+v", code, found)
	}
	if found.Entities[0].Name != "Liaoning Provincial Museum" {
		t.Fatalf("search with a typo ranked %q first", found.Entities[0].Name)
	}
	museum := found.Entities[0]

	// Its neighbours include the university it signed with and its curator.
	var nb struct {
		Nodes []entityJSON
		Edges []edgeJSON
	}
	if code := s.do("GET", "/api/entities/"+museum.ID+"/neighbors?depth=1", "", nil, false, &nb); code != 200 {
		t.Fatalf("neighbors: %d", code)
	}
	names := map[string]bool{}
	for _, n := range nb.Nodes {
		names[n.Name] = true
	}
	if !names["Shenyang University"] || !names["Wang Xiaowen"] {
		t.Fatalf("neighbours of the museum lack Shenyang University or Wang Xiaowen: %v", names)
	}

	// Two people who lead two organisations that signed with each other:
	// three hops, each with its sentence from the articles.
	var paths struct {
		Paths []struct {
			Nodes []entityJSON
			Edges []edgeJSON
		}
	}
	q := "/api/paths?from=" + url.QueryEscape("Wang Xiaowen") + "&to=" + url.QueryEscape("Zhao Yanzhi") + "&k=3"
	if code := s.do("GET", q, "", nil, false, &paths); code != 200 || len(paths.Paths) == 0 {
		t.Fatalf("paths: %d, %+v", code, paths)
	}
	p := paths.Paths[0]
	if len(p.Edges) != 3 || p.Nodes[0].Name != "Wang Xiaowen" || p.Nodes[3].Name != "Zhao Yanzhi" {
		t.Fatalf("shortest path is not three hops from Wang Xiaowen to Zhao Yanzhi: %+v", p.Nodes)
	}
	wantPreds := []string{"leads", "signed-with", "leads"}
	for i, e := range p.Edges {
		if e.Predicate != wantPreds[i] || len(e.Evidence) == 0 {
			t.Fatalf("hop %d: %s with %d pieces of evidence, want %s with evidence", i, e.Predicate, len(e.Evidence), wantPreds[i])
		}
		ev := e.Evidence[0]
		if ev.Sentence == "" || ev.Article.ID == "" || ev.Article.Title+ev.Article.Source == "" || ev.End <= ev.Start {
			t.Fatalf("hop %d evidence lacks its sentence or article: %+v", i, ev)
		}
	}
	if !strings.Contains(p.Edges[0].Evidence[0].Sentence, "Wang Xiaowen") {
		t.Fatalf("first hop's sentence does not name Wang Xiaowen: %q", p.Edges[0].Evidence[0].Sentence)
	}

	// A Gizmo query, as a Cayley client sends it.
	var giz struct {
		Result []map[string]any
	}
	gq := `g.V().Has("<http://coopgraph.org/ns#name>", "Shenyang University").Out("<http://coopgraph.org/ns#name>").All()`
	if code := s.do("POST", "/api/v1/query/gizmo", "text/plain", strings.NewReader(gq), false, &giz); code != 200 || len(giz.Result) == 0 {
		t.Fatalf("gizmo: %d, %+v", code, giz)
	}

	// Malformed N-Quads: 400 naming the line, and the store unchanged.
	before := s.export()
	var e errorJSON
	bad := "<http://e/a> <http://e/p> <http://e/b> .\n<http://e/a> <http://e/p> this is not a term .\n"
	if code := s.do("POST", "/api/quads", "application/n-quads", strings.NewReader(bad), true, &e); code != 400 || !strings.Contains(e.Error.Message, "line 2") {
		t.Fatalf("malformed N-Quads: %d %+v, want 400 naming line 2", code, e)
	}
	if after := s.export(); after != before {
		t.Fatal("a rejected N-Quads body changed the store")
	}

	// A 20 MB body: 413.
	big := bytes.Repeat([]byte("<http://e/a> <http://e/p> <http://e/b> .\n"), 20<<20/41)
	if code := s.do("POST", "/api/quads", "application/n-quads", bytes.NewReader(big), true, nil); code != 413 {
		t.Fatalf("20 MB body: %d, want 413", code)
	}

	// A write without the token: 401.
	if code := s.do("POST", "/api/articles", "text/plain", strings.NewReader("Some Title\nA text."), false, &e); code != 401 {
		t.Fatalf("write without token: %d, want 401", code)
	}

	// An endless Gizmo loop: 504 within the query timeout, and the server
	// still answers.
	start := time.Now()
	if code := s.do("POST", "/api/v1/query/gizmo", "text/plain", strings.NewReader("while (true) {}"), false, nil); code != 504 {
		t.Fatalf("endless gizmo loop: %d, want 504", code)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Fatalf("endless loop answered after %v, past the 2s budget", d)
	}
	if code := s.do("GET", "/healthz", "", nil, false, nil); code != 200 {
		t.Fatalf("after the endless loop: healthz %d", code)
	}
}

func (s *server) export() string {
	s.t.Helper()
	resp, err := http.Get(s.url + "/api/export?format=nquads")
	if err != nil {
		s.t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	return strings.Join(sorted(strings.Join(lines, "\n")), "\n")
}

// TestServeReusesTheDefaultStore restarts serve on the same data directory:
// the shipped articles are not loaded twice and what was written stays.
func TestServeReusesTheDefaultStore(t *testing.T) {
	data := t.TempDir()
	count := func(s *server) int {
		var list struct{ Articles []map[string]any }
		if code := s.do("GET", "/api/articles", "", nil, false, &list); code != 200 {
			t.Fatalf("articles: %d", code)
		}
		return len(list.Articles)
	}
	first := startServe(t, "--data", data)
	n := count(first)
	if shipped := len(quads.ShippedArticlePaths()); n < shipped {
		t.Fatalf("fresh default store holds %d articles, want the %d shipped", n, shipped)
	}
	text := "Hypothetical Institute Signs with Example University\nDate: 2024-01-02\nHypothetical Institute and Example University signed a cooperation agreement.\n"
	if code := first.do("POST", "/api/articles", "text/plain", strings.NewReader(text), true, nil); code != 201 {
		t.Fatalf("post article: %d, want 201", code)
	}
	if code := first.do("POST", "/api/articles", "text/plain", strings.NewReader(text), true, nil); code != 200 {
		t.Fatalf("post the same article again: %d, want 200", code)
	}
	// bolt allows one process: stop the first before the second opens.
	first.stop()
	second := startServe(t, "--data", data)
	if m := count(second); m != n+1 {
		t.Fatalf("after restart: %d articles, want %d", m, n+1)
	}
}

// syncBuffer collects a child's log lines while the test reads them.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) WriteString(s string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.buf.WriteString(s)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
