package graphbench

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/coopgraph/coopgraph/quads"
)

// ServeResult is how a real `coopgraph serve` process on the bench store
// comes up: the time from its start to its first answered search, with
// the page cache as the previous steps left it (warm: a server has just
// read the store) and after the page cache was dropped (cold), and its
// resident memory once serving.
type ServeResult struct {
	ReadyWarmS float64 `json:"ready_warm_s"`
	ReadyColdS float64 `json:"ready_cold_s,omitempty"` // 0 when the cache could not be dropped
	RSSBytes   int64   `json:"rss_bytes"`
	LoadAvg    string  `json:"load_avg"`
}

// serveReady starts `coopgraph serve` on dsn through start and returns the
// time from its start to its first answered search for name, and its
// resident set size then (VmRSS of /proc/PID/status). The server is stopped
// before it returns.
func serveReady(ctx context.Context, start func(args ...string) *exec.Cmd, dsn, name string) (time.Duration, int64, error) {
	cmd := start("serve", "--db", dsn, "--addr", "127.0.0.1:0", "--token", "bench-"+strconv.FormatInt(time.Now().UnixNano(), 36), "--shipped", "false")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return 0, 0, err
	}
	t0 := time.Now()
	if err := cmd.Start(); err != nil {
		return 0, 0, fmt.Errorf("bench: start coopgraph serve: %w", err)
	}
	exited := make(chan struct{})
	defer func() {
		// SIGTERM and a clean exit; a server that does not stop within a
		// minute is killed.
		cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(time.Minute):
			cmd.Process.Kill()
			<-exited
		}
	}()
	found := make(chan string, 1)
	var tail []string
	go func() {
		re := regexp.MustCompile(`msg="ready: open the UI in a browser" url=(\S+)`)
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			if m := re.FindStringSubmatch(sc.Text()); m != nil {
				found <- m[1]
			} else if len(tail) < 20 {
				tail = append(tail, sc.Text())
			}
		}
		cmd.Wait()
		close(exited)
	}()
	var base string
	select {
	case base = <-found:
	case <-exited:
		return 0, 0, quads.Errorf(quads.EINTERNAL, "bench: coopgraph serve exited before it was ready: %s", strings.Join(tail, "; "))
	case <-time.After(15 * time.Minute):
		return 0, 0, quads.Errorf(quads.ETIMEOUT, "bench: coopgraph serve not listening after 15 minutes")
	case <-ctx.Done():
		return 0, 0, ctx.Err()
	}
	q := base + "/api/search?limit=1&q=" + url.QueryEscape(name)
	client := &http.Client{Timeout: 10 * time.Second}
	for {
		if ok, err := searchAnswered(client, q); err != nil {
			return 0, 0, err
		} else if ok {
			break
		}
		if time.Since(t0) > 15*time.Minute {
			return 0, 0, quads.Errorf(quads.ETIMEOUT, "bench: coopgraph serve did not answer a search within 15 minutes")
		}
		time.Sleep(5 * time.Millisecond)
	}
	took := time.Since(t0)
	rss, err := vmRSS(cmd.Process.Pid)
	return took, rss, err
}

// searchAnswered reports whether the search q answered 200 with an entity.
func searchAnswered(c *http.Client, q string) (bool, error) {
	resp, err := c.Get(q)
	if err != nil {
		return false, nil // not listening yet
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return false, nil
	}
	var body struct {
		Entities []json.RawMessage `json:"entities"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		return false, fmt.Errorf("bench: search answer: %w", err)
	}
	if len(body.Entities) == 0 {
		return false, quads.Errorf(quads.EINTERNAL, "bench: the server found nothing for %s", q)
	}
	return true, nil
}

// vmRSS reads a process's resident set size from /proc.
func vmRSS(pid int) (int64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, fmt.Errorf("bench: server memory: %w", err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
			kb, err := strconv.ParseInt(f[1], 10, 64)
			return kb * 1024, err
		}
	}
	return 0, quads.Errorf(quads.EINTERNAL, "bench: no VmRSS in /proc/%d/status", pid)
}

// dropPageCache writes dirty pages out and drops the kernel's page cache
// (echo 3 > /proc/sys/vm/drop_caches), which needs root.
func dropPageCache() error {
	syscall.Sync()
	if err := os.WriteFile("/proc/sys/vm/drop_caches", []byte("3\n"), 0); err != nil {
		return fmt.Errorf("drop the page cache: %w", err)
	}
	return nil
}

// loadAvg returns the 1, 5 and 15 minute load averages, as /proc/loadavg
// gives them.
func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}
