package extract

import "testing"

// TestNameGrammarLeadsGroups checks leads (issue 12, classes 2 and 4) on
// invented sentences: posts listed after a group of a body's administrators
// ("administrators of its College of X, including dean A") are the group
// body's, a member with an apposition of their own holds that post only,
// and a post followed by an honorific and a name is that name's, not an
// apposition of the name before.
func TestNameGrammarLeadsGroups(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"GroupOfPossessedUnit": {
			text: "The delegation of Qinglan Agricultural University included administrators of its College of Horticulture, including dean Mo Lan and deputy dean Fu Rui.",
			want: []string{"Mo Lan|leads|College of Horticulture, Qinglan Agricultural University", "Fu Rui|leads|College of Horticulture, Qinglan Agricultural University"},
			not:  []string{"Mo Lan|leads|Qinglan Agricultural University", "Fu Rui|leads|Qinglan Agricultural University"},
		},
		"GroupPostsStayAfterOffice": {
			text: "The delegation included administrators of Qinglan Agricultural University, including Pan Jie, director of the Office of Rural Cooperation, and administrators of its College of Horticulture, including dean Mo Lan and deputy dean Fu Rui.",
			want: []string{"Pan Jie|leads|Office of Rural Cooperation", "Fu Rui|leads|College of Horticulture, Qinglan Agricultural University"},
			not:  []string{"Fu Rui|leads|Office of Rural Cooperation", "Mo Lan|leads|Office of Rural Cooperation"},
		},
		"MemberWithOwnPostTakesNoGroupPost": {
			text: "Administrators of Yunping University, including Vice President Tang Wei and Pan Jie, director of the Office of Rural Cooperation, attended.",
			want: []string{"Tang Wei|leads|Yunping University", "Pan Jie|leads|Office of Rural Cooperation"},
			not:  []string{"Pan Jie|leads|Yunping University"},
		},
		"BareGroupMemberTakesGroupPost": {
			text: "Administrators of Yunping University, including Tang Wei and Pan Jie, attended the ceremony.",
			want: []string{"Tang Wei|leads|Yunping University", "Pan Jie|leads|Yunping University"},
		},
		"PostBeforeHonorificIsNextName": {
			text: "Gaolan Maritime University and Veltrix University signed a memorandum. On the Chinese side, GMU President Shen Bo, Vice President Dr Lu Qing and Fang Hui, Director of the International Office, attended.",
			want: []string{"Shen Bo|leads|Gaolan Maritime University", "Lu Qing|leads|Gaolan Maritime University"},
			not:  []string{"Shen Bo|leads|Veltrix University", "Lu Qing|leads|Veltrix University"},
		},
		"PostBeforeProfIsNextName": {
			text: "Attending were Gao Yun, Dean of the School of Law of Yunping University, Vice Dean Prof. Lu Qing, and Fang Hui.",
			want: []string{"Gao Yun|leads|School of Law, Yunping University", "Lu Qing|leads|School of Law, Yunping University"},
			not:  []string{"Gao Yun|leads|Yunping University"},
		},
	})
}
