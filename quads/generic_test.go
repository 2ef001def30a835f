package quads

import "testing"

func TestIsGenericName(t *testing.T) {
	for name, want := range map[string]bool{
		"the municipal government":         true,
		"Municipal People's Government":    true,
		"city party committee":             true,
		"the two sides":                    true,
		"the University":                   true,
		"Provincial Party Committee":       true,
		"Anshan":                           false,
		"Anshan Municipal Government":      false,
		"Liaoning University":              false,
		"School of Economics":              false,
		"LNU":                              false,
		"Museum of the Chinese Revolution": false,
	} {
		if got := IsGenericName(name); got != want {
			t.Errorf("IsGenericName(%q) = %v, want %v", name, got, want)
		}
	}
}
