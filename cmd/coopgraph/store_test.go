package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestCommandOnAHeldBoltStoreExitsSaying runs verify, export, load and serve on a
// bolt store that a running `coopgraph serve` holds: each must exit
// non-zero within 5 s with one line saying another process holds it.
func TestCommandOnAHeldBoltStoreExitsSaying(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	nq := fixtureNQuads(t)
	mustRun(t, "load", "--db", db, nq)
	startServe(t, "--db", db, "--shipped=false")
	for _, args := range [][]string{
		{"verify", "--db", db},
		{"export", "--db", db},
		{"load", "--db", db, nq},
		{"serve", "--db", db, "--addr", "127.0.0.1:0", "--token", "another-token-0123456789", "--shipped=false"},
	} {
		cmd := child(args...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		start := time.Now()
		err := cmd.Run()
		took := time.Since(start)
		msg := strings.TrimSpace(stderr.String())
		t.Logf("coopgraph %s: %v after %v: %s", args[0], err, took.Round(time.Millisecond), msg)
		if err == nil {
			t.Fatalf("%s on a held store exited 0", args[0])
		}
		if took > 5*time.Second {
			t.Fatalf("%s on a held store took %v to exit (want under 5s)", args[0], took)
		}
		last := msg[strings.LastIndex(msg, "\n")+1:]
		if !strings.Contains(last, "held by another process") || !strings.HasPrefix(last, "coopgraph: ") {
			t.Fatalf("%s: the last line does not say another process holds the store: %q", args[0], msg)
		}
	}
}

// TestSignalEndsACommandWaitingForTheStore sends SIGTERM to verify while it
// waits for a held bolt store: the wait ends at once, not at its timeout.
func TestSignalEndsACommandWaitingForTheStore(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	mustRun(t, "load", "--db", db, fixtureNQuads(t))
	startServe(t, "--db", db, "--shipped=false")
	cmd := child("verify", "--db", db)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond)
	sent := time.Now()
	cmd.Process.Signal(syscall.SIGTERM)
	err := cmd.Wait()
	took := time.Since(sent)
	t.Logf("verify after SIGTERM: %v after %v: %s", err, took.Round(time.Millisecond), strings.TrimSpace(stderr.String()))
	if err == nil {
		t.Fatal("verify interrupted by SIGTERM exited 0")
	}
	if took > time.Second {
		t.Fatalf("verify took %v to end after SIGTERM", took)
	}
}

// TestSignalEndsAnExportBlockedOnItsOutput sends SIGTERM to an export whose
// standard output nobody reads, so it is stuck in a write where it cannot
// look at its context: the process still ends within its grace.
func TestSignalEndsAnExportBlockedOnItsOutput(t *testing.T) {
	var nq strings.Builder
	for i := 0; i < 4000; i++ { // far more than a pipe buffer holds
		fmt.Fprintf(&nq, "<http://example.org/n%d> <http://example.org/note> %q .\n", i, strings.Repeat("x", 80))
	}
	file := filepath.Join(t.TempDir(), "raw.nq")
	os.WriteFile(file, []byte(nq.String()), 0o644)
	db := filepath.Join(t.TempDir(), "db")
	mustRun(t, "load", "--db", db, file)

	cmd := child("export", "--db", db)
	out, err := cmd.StdoutPipe() // never read
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(time.Second)
	sent := time.Now()
	cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		took := time.Since(sent)
		t.Logf("export after SIGTERM: %v after %v: %s", err, took.Round(time.Millisecond), strings.TrimSpace(stderr.String()))
		if err == nil {
			t.Fatal("export interrupted by SIGTERM exited 0")
		}
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		<-done
		t.Fatal("export blocked on its output ignored SIGTERM for 10s")
	}
}
