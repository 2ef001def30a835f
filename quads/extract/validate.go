package extract

import (
	"strings"

	"github.com/coopgraph/coopgraph/quads"
)

// The last stage: relations are checked against the schema before they
// leave the extractor.

// exTypesOK checks the schema's domain and range of each predicate.
func exTypesOK(p quads.Predicate, s, o quads.EntityType) bool {
	orgOrPlace := func(t quads.EntityType) bool { return t == quads.Organization || t == quads.Place }
	switch p {
	case quads.SignedWith:
		return orgOrPlace(s) && orgOrPlace(o)
	case quads.Leads, quads.MemberOf:
		return s == quads.Person && orgOrPlace(o)
	case quads.HostsBaseAt:
		return s == quads.Organization && orgOrPlace(o)
	case quads.PartOf:
		return s == quads.Organization && o == quads.Organization
	case quads.Visited:
		return (s == quads.Organization || s == quads.Person) && orgOrPlace(o)
	}
	return false
}

// exOutranked returns the relations a stronger one of the same pair makes
// redundant: a person who leads a body is not also a member of it ("Executive
// Director, Executive Vice-president and Chief Engineer of X" leads X). A
// seat in the body's party organ is a post of its own beside a leadership
// ("member of the Standing Committee and Deputy Mayor of X" leads X and is a
// member of X): it stays. Keys carry no sentence.
func exOutranked(rels []exRel) map[exRelKey]bool {
	leads := map[[2]int]bool{}
	for _, r := range rels {
		if r.p == quads.Leads {
			leads[[2]int{r.s, r.o}] = true
		}
	}
	out := map[exRelKey]bool{}
	for _, r := range rels {
		if r.p == quads.MemberOf && leads[[2]int{r.s, r.o}] && !exPartyOrganSeat(r.title) {
			out[exRelKey{s: r.s, o: r.o, p: r.p}] = true
		}
	}
	return out
}

// exPartyOrganSeat: the member's post is a seat in a body's party organ
// ("Standing Committee Member", "member of the Party Leadership Group").
func exPartyOrganSeat(title string) bool {
	low := strings.ToLower(title)
	if !strings.Contains(low, "member") {
		return false
	}
	for _, organ := range exPartyOrganSeats {
		if strings.Contains(low, organ) {
			return true
		}
	}
	return false
}

// exLinealVisits returns the visits between a body and one of its own parts
// at any depth, as the part-of relations chain them: a body does not visit
// what belongs to it, nor a part its parent ("the administrators of CNU
// went to the Tongzhou site of the Affiliated Middle School of CNU"). The
// resolver's parent test (related) sees one level only (visits9). Keys
// carry no sentence.
func exLinealVisits(rels []exRel) map[exRelKey]bool {
	parents := map[int][]int{}
	for _, r := range rels {
		if r.p == quads.PartOf {
			parents[r.s] = append(parents[r.s], r.o)
		}
	}
	if len(parents) == 0 {
		return nil
	}
	ancestor := func(a, b int) bool { // b is above a
		seen := map[int]bool{a: true}
		for up := parents[a]; len(up) > 0; {
			var next []int
			for _, p := range up {
				if p == b {
					return true
				}
				if !seen[p] {
					seen[p] = true
					next = append(next, parents[p]...)
				}
			}
			up = next
		}
		return false
	}
	out := map[exRelKey]bool{}
	for _, r := range rels {
		if r.p == quads.Visited && (ancestor(r.s, r.o) || ancestor(r.o, r.s)) {
			out[exRelKey{s: r.s, o: r.o, p: r.p}] = true
		}
	}
	return out
}
