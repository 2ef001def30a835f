package extract

import "testing"

// TestNameGrammarMembers10 checks round 10's member-of class on invented
// sentences: a manager's post of a field ("Senior Account Manager of X",
// "project manager at Y", "Sales Manager of Z") serves the body's clients
// or one of its functions and is no leadership of it (SCHEMA.md: member-
// of), while a general manager, a deputy general manager, a manager of a
// body whose name holds a field word, and a field's director keep leads.
func TestNameGrammarMembers10(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"SeniorAccountManagerOfBranch": {
			text: "Zhou Ping, Senior Account Manager of Linhe Bank Shanghai Branch, attended the signing ceremony.",
			want: []string{"Zhou Ping|member-of|Linhe Bank Shanghai Branch"},
			not:  []string{"Zhou Ping|leads|Linhe Bank Shanghai Branch"},
		},
		"ProjectManagerAtCompany": {
			text: "Gao Yun, project manager at Beihai Steel Group, introduced the plan.",
			want: []string{"Gao Yun|member-of|Beihai Steel Group"},
			not:  []string{"Gao Yun|leads|Beihai Steel Group"},
		},
		"SalesManagerOfCompany": {
			text: "Qiantang University signed an agreement with Linhe Power Co., Ltd. Ma Lin, Sales Manager of Linhe Power Co., Ltd., presided over the ceremony.",
			want: []string{"Ma Lin|member-of|Linhe Power Co., Ltd."},
			not:  []string{"Ma Lin|leads|Linhe Power Co., Ltd."},
		},
		"CustomerManagerAfterNameOfBank": {
			text: "Chen Hua, customer manager of Xiling Commercial Bank, and Zhou Ping, president of Qiantang University, met on May 3.",
			want: []string{"Chen Hua|member-of|Xiling Commercial Bank", "Zhou Ping|leads|Qiantang University"},
			not:  []string{"Chen Hua|leads|Xiling Commercial Bank"},
		},
		// near-misses: the company's heads, a field word in the body's name
		"GeneralManagerLeads": {
			text: "Zhou Ping, general manager of Linhe Steel Group, and Gao Yun, deputy general manager of Beihai Power Co., Ltd., attended.",
			want: []string{"Zhou Ping|leads|Linhe Steel Group", "Gao Yun|leads|Beihai Power Co., Ltd."},
			not:  []string{"Zhou Ping|member-of|Linhe Steel Group", "Gao Yun|member-of|Beihai Power Co., Ltd."},
		},
		"ManagerOfProjectCompanyLeads": {
			text: "Ma Lin, manager of Linhe Project Management Co., Ltd., attended the ceremony.",
			want: []string{"Ma Lin|leads|Linhe Project Management Co., Ltd."},
			not:  []string{"Ma Lin|member-of|Linhe Project Management Co., Ltd."},
		},
	})
}
