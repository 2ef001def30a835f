package extract

import "testing"

// TestNameGrammarLeads9Cantonese checks names in the Cantonese romanisation
// of Macao and Hong Kong: a surname of that romanisation and two
// one-syllable words, set off in a list of posts, are one person's name.
func TestNameGrammarLeads9Cantonese(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"AfterPostOfBodyComma": {
			text: "Nanhu Arts Bureau and Tanhai Library signed an agreement. The agreement was signed by the President of the Nanhu Arts Bureau, Leong Hoi Kei, and the Deputy Director of Tanhai Library, Zhao Min.",
			want: []string{"Leong Hoi Kei|leads|Nanhu Arts Bureau", "Zhao Min|leads|Tanhai Library"},
			not:  []string{"Hoi Kei|leads|*"},
		},
		"BeforePostApposition": {
			text: "Tanhai Museum received a delegation. Wang Bo, Director of Tanhai Museum, met with the visiting delegation of Lao Kam Fai, Director of the Nanhu Youth Bureau.",
			want: []string{"Lao Kam Fai|leads|Nanhu Youth Bureau", "Wang Bo|leads|Tanhai Museum"},
			not:  []string{"Kam Fai|leads|*"},
		},
		"TwoNamesAfterPluralPost": {
			text: "Nanhu Arts Bureau and Tanhai Library signed an agreement. Also present were the Deputy Directors of the Nanhu Archives Centre, Pun Sio Wa and Wong Mei Ieng, who witnessed the signing.",
			want: []string{"Pun Sio Wa|leads|Nanhu Archives Centre", "Wong Mei Ieng|leads|Nanhu Archives Centre"},
		},
		"SemicolonList": {
			text: "Nanhu Arts Bureau and Tanhai Library signed an agreement. The ceremony was attended by the Deputy Director of Tanhai Library, Zhao Min; the Head of the Nanhu Arts Bureau, Chan Chon In; and others.",
			want: []string{"Chan Chon In|leads|Nanhu Arts Bureau", "Zhao Min|leads|Tanhai Library"},
		},
		// near-misses: the same words opening a body's name, or a surname
		// word inside a longer capitalised run, are no person
		"RunsOnIntoBody": {
			text: "Lam Tin Kai Hospital signed an agreement with Tanhai University. Zhao Min, president of Tanhai University, attended.",
			want: []string{"Zhao Min|leads|Tanhai University"},
			not:  []string{"Lam Tin Kai|*", "Zhao Min|leads|Lam Tin Kai"},
		},
		"InsideLongerRun": {
			text: "Tanhai University signed an agreement with Nanhu Chan Lok Fai. Zhao Min, president of Tanhai University, attended.",
			not:  []string{"Chan Lok Fai|*"},
		},
	})
}

// TestNameGrammarLeads9NoPlacePost checks a post carried over a list of
// names and posts to the body named before: a post no city, county or
// province has (a president's, a dean's, a general manager's) is never
// carried to a place, while a government's post still is.
func TestNameGrammarLeads9NoPlacePost(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"VicePresidentAfterMayor": {
			text: "Luoxi College and Nanhu City signed an agreement. Guests included Wang Bo, president of Luoxi College; Li Wen, the mayor of Nanhu City; Zhao Yun, vice president; and Sun Mei, vice mayor of Nanhu.",
			want: []string{"Li Wen|leads|Nanhu", "Wang Bo|leads|Luoxi College", "Sun Mei|leads|Nanhu"},
			not:  []string{"Zhao Yun|leads|Nanhu"},
		},
		"DeanAfterMayorComma": {
			text: "Luoxi College and Nanhu City signed an agreement. Present were Li Wen, mayor of Nanhu City, Chen Qiu, dean, and other guests.",
			want: []string{"Li Wen|leads|Nanhu"},
			not:  []string{"Chen Qiu|leads|Nanhu"},
		},
		"GeneralManagerAfterSecretary": {
			text: "Luoxi Group and Nanhu County signed an agreement. Present were Li Wen, party secretary of Nanhu County; Chen Qiu, general manager; and other guests.",
			want: []string{"Li Wen|leads|Nanhu County"},
			not:  []string{"Chen Qiu|leads|Nanhu County"},
		},
		// near-misses: a government's post is still carried to the place,
		// and a president's to the body before it
		"ViceMayorAfterMayor": {
			text: "Luoxi College and Nanhu City signed an agreement. Present were Li Wen, mayor of Nanhu City; Sun Mei, vice mayor; and other guests.",
			want: []string{"Li Wen|leads|Nanhu", "Sun Mei|leads|Nanhu"},
		},
		"VicePresidentAfterPresident": {
			text: "Luoxi College and Nanhu City signed an agreement. Present were Wang Bo, president of Luoxi College; Zhao Yun, vice president; and other guests.",
			want: []string{"Wang Bo|leads|Luoxi College", "Zhao Yun|leads|Luoxi College"},
		},
	})
}

// TestNameGrammarLeads9BareCouncil checks a bare capitalised "University
// Council": the governing council of the university the article names, so
// that its chair leads that university, as "the university council" and
// "the University Council of X" do.
func TestNameGrammarLeads9BareCouncil(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"ViceChairOfUniversityCouncil": {
			text: "Tanhai City University signed an agreement with Nanhu Hospital. Guests included Wang Bo, Chair of the Academic Committee; Li Wen, Vice Chair of University Council; and Zhao Yun, Vice President.",
			want: []string{"Li Wen|leads|Tanhai City University"},
			not:  []string{"Li Wen|leads|University Council"},
		},
		"ChairmanOfTheUniversityCouncil": {
			text: "Luoxi University and Nanhu Group signed an agreement. Li Wen, Chairman of the University Council, attended the ceremony.",
			want: []string{"Li Wen|leads|Luoxi University"},
			not:  []string{"Li Wen|leads|University Council"},
		},
		"CollegeCouncilBeforeName": {
			text: "Luoxi College and Nanhu Group signed an agreement. Chair of College Council Li Wen delivered a speech.",
			not:  []string{"Li Wen|leads|College Council"},
		},
		// near-miss: a council that names its own body stays that body's
		"NamedCouncilOfBody": {
			text: "Luoxi University and Nanhu Group signed an agreement. Li Wen, Chairman of the University Council of Tanhai University, attended.",
			want: []string{"Li Wen|leads|Tanhai University"},
			not:  []string{"Li Wen|leads|Luoxi University"},
		},
	})
}

// TestNameGrammarLeads9OwnPostBefore checks "T A and B, T1 and T2 of O":
// A's post stands before A, so the apposition's two posts are B's alone
// and A is of the body A's own post names.
func TestNameGrammarLeads9OwnPostBefore(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"PlacePostBeforeFirstName": {
			text: "Nanhu County and Luoxi Bank signed an agreement. Nanhu County Mayor Li Wen and Zhao Yun, deputy party secretary and president of Luoxi Bank, signed the agreement on behalf of their respective parties.",
			want: []string{"Li Wen|leads|Nanhu County", "Zhao Yun|leads|Luoxi Bank"},
			not:  []string{"Li Wen|leads|Luoxi Bank"},
		},
		"HonorificAfterPost": {
			text: "Tanhai University and Luoxi Group signed an agreement. President Mr. Li Wen of Tanhai University and Zhao Yun, general manager and party secretary of Luoxi Group, attended.",
			want: []string{"Zhao Yun|leads|Luoxi Group"},
			not:  []string{"Li Wen|leads|Luoxi Group"},
		},
		"BarePostBeforeFirstName": {
			text: "Tanhai University and Luoxi Group signed an agreement. Chairman Li Wen and Zhao Yun, vice president and dean of the Law School of Tanhai University, attended.",
			not:  []string{"Li Wen|leads|Law School*", "Li Wen|leads|Tanhai University"},
		},
		// near-miss: with no post of its own, the first name takes the
		// first of the two posts
		"TwoPostsTwoNames": {
			text: "Tanhai University and Luoxi Bank signed an agreement. Li Wen and Zhao Yun, president and vice president of Luoxi Bank, attended.",
			want: []string{"Li Wen|leads|Luoxi Bank", "Zhao Yun|leads|Luoxi Bank"},
		},
	})
}

// TestNameGrammarLeads9BodyLeaders checks "X leaders A, B and C" and
// "leaders of X A, B and C": the names right after a body's leaders, with
// no "including" or colon, are its leaders.
func TestNameGrammarLeads9BodyLeaders(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"BodyLeadersNames": {
			text: "Luoxi Group signed an agreement with Nanhu County. The ceremony was attended by Luoxi Group leaders Li Wen, Zhao Yun, Chen Qiu and Sun Mei, as well as persons responsible for related units.",
			want: []string{"Li Wen|leads|Luoxi Group", "Zhao Yun|leads|Luoxi Group", "Chen Qiu|leads|Luoxi Group", "Sun Mei|leads|Luoxi Group"},
		},
		"LeadersOfBodyNames": {
			text: "Nanhu County and Luoxi Group signed an agreement. Three leaders of Nanhu County government Li Wen, Zhao Yun, and Sun Mei attended the signing ceremony.",
			want: []string{"Li Wen|leads|Nanhu County", "Zhao Yun|leads|Nanhu County", "Sun Mei|leads|Nanhu County"},
		},
		"UniversityLeadersTwoNames": {
			text: "Tanhai University signed an agreement with Luoxi Group. Tanhai University leaders Li Wen and Zhao Yun attended the event.",
			want: []string{"Li Wen|leads|Tanhai University", "Zhao Yun|leads|Tanhai University"},
		},
		// near-misses: a verb between the leaders and a name, and a name
		// whose own post names another body
		"LeadersMetName": {
			text: "Tanhai University signed an agreement with Luoxi Group. Luoxi Group leaders met Li Wen at the ceremony.",
			not:  []string{"Li Wen|leads|Luoxi Group"},
		},
		"NameWithOwnPostOfOtherBody": {
			text: "Tanhai University signed an agreement with Luoxi Group. Luoxi Group leaders Li Wen and Zhao Yun, dean of the School of Law of Tanhai University, attended.",
			want: []string{"Li Wen|leads|Luoxi Group"},
			not:  []string{"Zhao Yun|leads|Luoxi Group"},
		},
	})
}

// TestNameGrammarLeads9HonorificPair checks "Mr. A and Ms. B, deputy
// mayors": an honorific before the second name does not cut the pair from
// the plural post both hold.
func TestNameGrammarLeads9HonorificPair(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"MrAndMsPluralPost": {
			text: "Nanhu City and Tanhai University signed an agreement. Mr. Li Wen and Ms. Zhao Yun, deputy mayors of Nanhu City, came to Tanhai University.",
			want: []string{"Li Wen|leads|Nanhu", "Zhao Yun|leads|Nanhu"},
		},
		"HonorificOnSecondOnly": {
			text: "Luoxi Group and Tanhai University signed an agreement. Li Wen and Dr. Zhao Yun, vice presidents of Luoxi Group, attended.",
			want: []string{"Li Wen|leads|Luoxi Group", "Zhao Yun|leads|Luoxi Group"},
		},
		"ProfessorTwoPosts": {
			text: "Luoxi Group and Tanhai University signed an agreement. Li Wen and Prof. Zhao Yun, president and vice president of Tanhai University, attended.",
			want: []string{"Li Wen|leads|Tanhai University", "Zhao Yun|leads|Tanhai University"},
		},
		// near-miss: a singular post after the pair is the second name's
		"SingularPostSecondOnly": {
			text: "Luoxi Group and Tanhai University signed an agreement. Mr. Li Wen and Ms. Zhao Yun, president of Tanhai University, attended.",
			want: []string{"Zhao Yun|leads|Tanhai University"},
			not:  []string{"Li Wen|leads|Tanhai University"},
		},
	})
}
