package perturb

import "testing"

func TestAcronymOK(t *testing.T) {
	for _, c := range []struct {
		acr, name string
		want      bool
	}{
		{"LNU", "Liaoning University", true}, // N from inside Liaoning
		{"LNU", "Liaoning Normal University", true},
		{"SYAU", "Shenyang Agricultural University", true}, // Y from inside Shenyang
		{"CAS", "Chinese Academy of Sciences", true},       // "of" skipped
		{"USTC", "University of Science and Technology of China", true},
		{"XYZ", "Liaoning Normal University", false},
		{"LNU", "LNU", false}, // one word abbreviates nothing
	} {
		if got := acronymOK(c.acr, c.name); got != c.want {
			t.Errorf("acronymOK(%q, %q) = %v, want %v", c.acr, c.name, got, c.want)
		}
	}
}
