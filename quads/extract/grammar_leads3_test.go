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

// TestNameGrammarLeadsPrefixedAndMet checks leads for an organisation's
// party post written after its full name ("Donghu Museum Party Secretary
// P", issue 12 class 4, as after an acronym), for a bare post after a
// meeting verb (the person is of the body visited) and for a dean's bare
// post (the one school the sentence names, not its university). Near-
// misses: a party committee named without a post stays the body's name;
// two schools leave a dean's post to the other rules.
func TestNameGrammarLeadsPrefixedAndMet(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"PartySecretaryAfterName": {
			text: "Tang Li, Jinshui Museum Party Secretary, met Gao Yun, the President of Yunping University.",
			want: []string{"Tang Li|leads|Jinshui Museum", "Gao Yun|leads|Yunping University"},
			not:  []string{"Tang Li|leads|Jinshui Museum Party"},
		},
		"PartySecretaryBeforeName": {
			text: "Yunping University Party Secretary Gao Yun visited Jinshui Museum.",
			want: []string{"Gao Yun|leads|Yunping University", "Gao Yun|visited|Jinshui Museum"},
		},
		"PartyCommitteeSecretaryBeforeName": {
			text: "Yunping University Party Committee Secretary Gao Yun visited Jinshui Museum.",
			want: []string{"Gao Yun|leads|Yunping University"},
		},
		"PartyCommitteeWithoutPost": {
			text: "The Yunping University Party Committee signed an agreement with Jinshui Museum.",
			want: []string{"Yunping University|signed-with|Jinshui Museum"},
		},
		"MetCurator": {
			text: "The delegation of Yunping University visited Jinshui Museum and met Curator Tang Li.",
			want: []string{"Tang Li|leads|Jinshui Museum"},
			not:  []string{"Tang Li|leads|Yunping University"},
		},
		"TalkedWithDirector": {
			text: "Gao Yun led a delegation to Jinshui Museum and talked with Curator Tang Li.",
			want: []string{"Tang Li|leads|Jinshui Museum"},
		},
		"DeanOfNamedSchool": {
			text: "Gao Yun visited the School of Law of Yunping University and talked with Dean Tang Li.",
			want: []string{"Tang Li|leads|School of Law, Yunping University"},
			not:  []string{"Tang Li|leads|Yunping University"},
		},
		"DeanBesideTwoSchools": {
			text: "Gao Yun visited the School of Law and the School of History of Yunping University and talked with Dean Tang Li.",
			not:  []string{"Tang Li|leads|School of Law, Yunping University", "Tang Li|leads|School of History, Yunping University"},
		},
	})
}

// TestNameGrammarLeadsItsAcrossSentences checks posts after "its" with no
// body before them in their sentence: the body the sentence before is
// about, also for a second "its" after a first post; a body named before
// "its" in the same sentence still wins.
func TestNameGrammarLeadsItsAcrossSentences(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"SecondItsPostAfterFirst": {
			text: "Yunping University signed a memorandum with Jinshui Museum. The delegation also visited Baisha Shipyard Company. Its chief engineer, Fang Hui, and its chairman Lou Ping showed the guests the docks.",
			want: []string{"Lou Ping|leads|Baisha Shipyard Company"},
			not:  []string{"Lou Ping|leads|Yunping University", "Lou Ping|leads|Jinshui Museum"},
		},
		"ItsPostOpensSentence": {
			text: "Yunping University signed a memorandum with Jinshui Museum. The delegation also visited Baisha Shipyard Company. Its chairman, Lou Ping, showed the guests the docks.",
			want: []string{"Lou Ping|leads|Baisha Shipyard Company"},
		},
		"ItsAfterBodyInSentence": {
			text: "Yunping University signed a memorandum with Jinshui Museum. Baisha Shipyard Company sent its chairman Lou Ping to the ceremony.",
			want: []string{"Lou Ping|leads|Baisha Shipyard Company"},
		},
	})
}
