package perturb

import (
	"crypto/sha512"
	"math/bits"
	"strconv"
)

// pyRandom is Python's random.Random (MT19937 seeded from a string, choice
// through getrandbits), so that a seed draws the same words as the shared
// tool ../shared/tools/perturb-names: the port is checked against the tool's
// output word for word, not only in shape.
type pyRandom struct {
	mt  [624]uint32
	idx int
}

// newPyRandom is random.Random(f"perturb:{seed}").
func newPyRandom(seed int64) *pyRandom {
	s := []byte("perturb:" + strconv.FormatInt(seed, 10))
	sum := sha512.Sum512(s)
	// int.from_bytes(s + sha512(s), "big") split into 32-bit words, least
	// significant first, as CPython's random_seed does.
	b := append(append([]byte{}, s...), sum[:]...)
	for len(b) > 0 && b[0] == 0 {
		b = b[1:]
	}
	if pad := (4 - len(b)%4) % 4; pad > 0 {
		b = append(make([]byte, pad), b...)
	}
	key := make([]uint32, 0, len(b)/4)
	for i := len(b); i > 0; i -= 4 {
		key = append(key, uint32(b[i-4])<<24|uint32(b[i-3])<<16|uint32(b[i-2])<<8|uint32(b[i-1]))
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	r := &pyRandom{}
	r.initByArray(key)
	return r
}

func (r *pyRandom) initGenrand(s uint32) {
	r.mt[0] = s
	for i := 1; i < len(r.mt); i++ {
		r.mt[i] = 1812433253*(r.mt[i-1]^(r.mt[i-1]>>30)) + uint32(i)
	}
	r.idx = len(r.mt)
}

func (r *pyRandom) initByArray(key []uint32) {
	const n = 624
	r.initGenrand(19650218)
	i, j := 1, 0
	k := max(n, len(key))
	for ; k > 0; k-- {
		r.mt[i] = (r.mt[i] ^ ((r.mt[i-1] ^ (r.mt[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= n {
			r.mt[0] = r.mt[n-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = n - 1; k > 0; k-- {
		r.mt[i] = (r.mt[i] ^ ((r.mt[i-1] ^ (r.mt[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= n {
			r.mt[0] = r.mt[n-1]
			i = 1
		}
	}
	r.mt[0] = 0x80000000
	r.idx = n
}

func (r *pyRandom) uint32() uint32 {
	const n, m = 624, 397
	if r.idx >= n {
		for kk := 0; kk < n; kk++ {
			y := r.mt[kk]&0x80000000 | r.mt[(kk+1)%n]&0x7fffffff
			v := r.mt[(kk+m)%n] ^ (y >> 1)
			if y&1 != 0 {
				v ^= 0x9908b0df
			}
			r.mt[kk] = v
		}
		r.idx = 0
	}
	y := r.mt[r.idx]
	r.idx++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// below is random._randbelow_with_getrandbits(n) for 0 < n < 2**32.
func (r *pyRandom) below(n int) int {
	k := bits.Len(uint(n))
	for {
		v := int(r.uint32() >> (32 - k))
		if v < n {
			return v
		}
	}
}

// choice is random.choice for a non-empty list.
func pyChoice[T any](r *pyRandom, xs []T) T {
	return xs[r.below(len(xs))]
}
