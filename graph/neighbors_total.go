package graph

// reachCount counts the entities within depth edges of c, c included,
// through the edges and entities f lets through: the size of the
// neighbourhood Neighbors would give without its limit, so that a cut
// answer can say how much it left out.
func reachCount(d *indexData, f filter, b *budget, c uint32, depth int) (int, error) {
	seen := map[uint32]bool{c: true}
	level := []uint32{c}
	for i := 0; i < depth && len(level) > 0; i++ {
		var next []uint32
		for _, u := range level {
			a, bb := d.halves(u)
			if b.tick(len(a) + len(bb) + 1) {
				return 0, b.err
			}
			for _, hs := range [2][]uint64{a, bb} {
				for _, hv := range hs {
					h := half(hv)
					v := h.nb()
					if seen[v] || !f.edgeOK(d, h) || !f.nodeOK(d, v) {
						continue
					}
					seen[v] = true
					next = append(next, v)
				}
			}
		}
		level = next
	}
	return len(seen), nil
}
