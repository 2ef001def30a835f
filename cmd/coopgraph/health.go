package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"time"
)

// health asks a running server for /healthz; it is the container health
// check, since the image has no shell or curl.
func (m *Main) health(ctx context.Context, args []string) error {
	fs := m.newFlagSet("health", "", "Asks the server at --addr whether it is alive; exits 0 if it answers 200.", "addr")
	if err := fs.parse(args); err != nil {
		return err
	}
	host, port, err := net.SplitHostPort(fs.str("addr"))
	if err != nil {
		return usageError(fmt.Sprintf("--addr: %v", err))
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, "GET", "http://"+net.JoinHostPort(host, port)+"/healthz", nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("health: %w", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("health: %s answered %s", req.URL, resp.Status)
	}
	fmt.Fprintln(m.Stdout, "ok")
	return nil
}
