package graph

import (
	"fmt"
	"os"
	"sync"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	hkv "github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
)

// cayleyBolt is the name under which coopgraph opens bolt stores in
// Cayley: Cayley's own kv quad store over the same file (indexes.bolt in
// the store's directory), created and opened exactly as Cayley's "bolt"
// registration does (graph/kv/bolt of v0.7.7), so that a store is the same
// whichever of the two wrote it. The one difference is that the bolt
// handle is handed to the Store, for the bulk loader (bulkbolt.go), which
// writes Cayley's layout in bolt transactions of its own.
const cayleyBolt = "coopgraph.bolt"

func init() {
	kv.Register(cayleyBolt, kv.Registration{
		NewFunc:      openCayleyBolt,
		InitFunc:     createCayleyBolt,
		IsPersistent: true,
	})
}

// openedBolt hands the bolt handle a Cayley open made to the Store that
// asked for it (Open), by file; an entry lives from the open to takeBolt.
var openedBolt struct {
	sync.Mutex
	byFile map[string]*bolt.DB
}

func createCayleyBolt(dir string, _ cgraph.Options) (hkv.KV, error) {
	if err := os.MkdirAll(dir, 0700); err != nil {
		return nil, fmt.Errorf("create bolt store %s: %w", dir, err)
	}
	db, err := hbolt.Open(boltFile(dir), nil)
	if err != nil {
		return nil, fmt.Errorf("create bolt store %s: %w", dir, err)
	}
	return db, nil
}

// boltMmapSize is the address space bolt maps from the start. Bolt maps
// its file and, when a write outgrows the map, maps it anew, which first
// copies every node the transaction has touched out of the old map
// (Bucket.dereference): a tenth of a bulk load's time. Mapping 1 GiB from
// the start costs address space, not memory (pages are read in as they are
// touched), and bolt still grows the map past it as the file grows.
const boltMmapSize = 1 << 30

func openCayleyBolt(dir string, opt cgraph.Options) (hkv.KV, error) {
	db, err := hbolt.Open(boltFile(dir), &bolt.Options{InitialMmapSize: boltMmapSize})
	if err != nil {
		return nil, fmt.Errorf("open bolt store %s: %w", dir, err)
	}
	bdb := db.DB()
	if bdb.NoSync, err = opt.BoolKey("nosync", false); err != nil {
		db.Close()
		return nil, err
	}
	bdb.NoGrowSync = bdb.NoSync
	openedBolt.Lock()
	if openedBolt.byFile == nil {
		openedBolt.byFile = map[string]*bolt.DB{}
	}
	openedBolt.byFile[boltFile(dir)] = bdb
	openedBolt.Unlock()
	return db, nil
}

// takeBolt returns the bolt handle of the store just opened in dir (nil if
// none) and forgets it.
func takeBolt(dir string) *bolt.DB {
	openedBolt.Lock()
	defer openedBolt.Unlock()
	db := openedBolt.byFile[boltFile(dir)]
	delete(openedBolt.byFile, boltFile(dir))
	return db
}
