package extract

import "strings"

// Venues named like bodies (names9): "the signing ceremony was held at
// the X Building", "in Conference Room 524, Y Building": a building where
// an event takes place is a place of the event, no organisation, although
// "Building" ends a body's name ("Z Commercial Arts Building", a store,
// signs agreements).

// exVenueBuildings turns back into words the mentions of a building that
// a locative word or a room's number names as where something happens.
func exVenueBuildings(items []exItem) {
	for k := range items {
		it := &items[k]
		if it.kind != xOrg || it.inner || !exVenueBuildingName(it.name) {
			continue
		}
		q := k - 1
		if exWordAt(items, q, "the") {
			q--
		}
		room := exWordAt(items, q, ",") && q > 0 && items[q-1].kind == xWord && strings.ContainsAny(items[q-1].low, "0123456789")
		if !room && (q < 0 || items[q].kind != xWord || !exVenueWords.has(items[q].low)) {
			continue
		}
		it.kind, it.low, it.parent = xWord, strings.ToLower(it.name), -1
	}
	// "held at the X Exhibition Center", "in the Y Conference Center": a
	// hall of events is a venue after "at" or "in" only, since such a
	// centre may also be a unit ("the Coordinator of the Z Exchange Center")
	for k := range items {
		it := &items[k]
		if it.kind != xOrg || it.inner || !exVenueHallName(it.name) {
			continue
		}
		q := k - 1
		if exWordAt(items, q, "the") {
			q--
		}
		if exWordAt(items, q, "at", "in") {
			it.kind, it.low, it.parent = xWord, strings.ToLower(it.name), -1
		}
	}
}

// exVenueBuildingName: the name's last word names a building.
func exVenueBuildingName(name string) bool {
	f := strings.Fields(name)
	return len(f) >= 2 && exBuildingNouns.has(strings.ToLower(f[len(f)-1]))
}

// exVenueHallName: the name ends in a hall of events ("… Exhibition
// Center", "… Conference Centre").
func exVenueHallName(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	if len(f) < 2 {
		return false
	}
	last := f[len(f)-1]
	return (last == "center" || last == "centre") && exVenueHallKinds.has(f[len(f)-2])
}
