package extract

import "strings"

// part-of: units named without their parent that only a university has.

// exUniversityOnlyUnit: every name of the entity is a generic name of a
// unit only a university has ("Graduate School", "Academic Affairs
// Office", "Office of Student Affairs"): named without its parent in an
// article of one university, it is that university's.
func exUniversityOnlyUnit(names map[string]int) bool {
	seen := false
	for n, c := range names {
		if c == 0 {
			continue
		}
		ws := strings.Fields(strings.ToLower(n))
		if len(ws) < 2 || !exSubunitHeads[ws[0]] && !exSubunitHeads[ws[len(ws)-1]] {
			return false
		}
		uni := false
		for _, w := range ws {
			switch {
			case exUniversityUnitWords[w]:
				uni = true
			case exUniversityUnitFillers[w] || exSubunitHeads[w] && w != "university" && w != "academy" && w != "group" && w != "company":
			default:
				return false
			}
		}
		if !uni {
			return false
		}
		seen = true
	}
	return seen
}
