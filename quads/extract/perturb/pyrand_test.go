package perturb

import "testing"

// TestPyRandom checks the generator against values printed by Python 3.11:
// r = random.Random("perturb:1"); [r.getrandbits(32) for _ in range(3)].
func TestPyRandom(t *testing.T) {
	r := newPyRandom(1)
	for i, want := range []uint32{2160890390, 3542976277, 3429606735} {
		if got := r.uint32(); got != want {
			t.Fatalf("draw %d: %d, want %d", i, got, want)
		}
	}
}
