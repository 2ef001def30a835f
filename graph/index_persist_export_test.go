package graph

import "path/filepath"

// Hooks for the snapshot tests of package graph_test.

// IndexBuilds returns how many times an index was built from a store.
func IndexBuilds() int64 { return indexBuilds.Load() }

// WaitIndexSave waits for the snapshot written in the background after a
// rebuild at open.
func WaitIndexSave(s *Store) {
	if s.snap.bgDone != nil {
		<-s.snap.bgDone
	}
}

// BoltSnapshotFile is where the snapshot of the bolt store in dir lies.
func BoltSnapshotFile(dir string) string { return filepath.Join(dir, boltSnapshotName) }

// SnapshotSection returns where the named section lies in a snapshot.
func SnapshotSection(snap []byte, name string) (off, n int64, ok bool) {
	h, _, err := decodeHeader(snap)
	if err != nil || h == nil {
		return 0, 0, false
	}
	for _, s := range h.sections {
		if s.name == name {
			return s.off, s.len, true
		}
	}
	return 0, 0, false
}
