package extract

// part-of: a party of people is no unit. "The research group of X", "its
// inspection group", "the visiting group of X" name the people X sends on
// a trip or a task, not a standing unit of X (SCHEMA.md's sub-units are
// schools, offices, libraries, companies), so no part-of comes of them.

// exPeopleGroupAt: the lower-case words toks[i:h] before the group head
// toks[h] say what the group was sent to do (exPeopleGroupModifiers), and
// the head is a group's: "research group", "study and inspection group".
// A field of its own ("the basic education group of X") still heads a
// unit.
func exPeopleGroupAt(toks []exTok, i, h int) bool {
	if h <= i || !toks[h].in(exPeopleGroupHeads) {
		return false
	}
	for k := i; k < h; k++ {
		if !toks[k].in(exPeopleGroupModifiers) && toks[k].low != "and" {
			return false
		}
	}
	return true
}
