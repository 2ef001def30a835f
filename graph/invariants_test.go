package graph

import (
	"github.com/cayleygraph/quad"
)

// writeUnchecked writes quads past WriteQuads' invariant check, as a store
// written before the check existed (or by another tool) may hold them, so
// that tests can plant what verify must find.
func writeUnchecked(s *Store, qs []quad.Quad) error {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	if err := s.applyAdds(qs); err != nil {
		return err
	}
	s.indexAdd(qs)
	return nil
}
