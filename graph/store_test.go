package graph_test

import (
	"testing"

	"github.com/coopgraph/coopgraph/graph/storetest"
)

func TestMemstore(t *testing.T) {
	storetest.TestAll(t, storetest.OpenMemstore, nil)
}

func TestBolt(t *testing.T) {
	storetest.TestAll(t, storetest.OpenBolt, &storetest.Config{Persistent: true})
}

func TestPostgres(t *testing.T) {
	storetest.TestAll(t, storetest.OpenPostgres, &storetest.Config{Persistent: true})
}

func TestConcurrentMemstore(t *testing.T) {
	storetest.TestConcurrentReadWrite(t, storetest.OpenMemstore)
}

func TestConcurrentBolt(t *testing.T) {
	storetest.TestConcurrentReadWrite(t, storetest.OpenBolt)
}

func TestConcurrentPostgres(t *testing.T) {
	storetest.TestConcurrentReadWrite(t, storetest.OpenPostgres)
}
