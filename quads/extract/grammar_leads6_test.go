package extract

import "testing"

// TestNameGrammarLeads6 checks, on invented sentences, classes of posts
// whose body the sentence gives without an "of O" after the post: posts
// joined by "and" right before a name in a list are that name's; a post of
// two bodies of one kind joined by "and" is of both; a body's name in quotes
// after a post is the post's; a bare governor's post is the article's
// province's, never its city's; a
// portfolio post ("Minister of Education") heads the ministry of that
// portfolio, named in full or by its acronym; the hosts a visitor "held a
// meeting with" hold their posts at the body visited, as those a visitor
// "met". Near-misses: a portfolio whose ministry the article does not name,
// two ministries of one portfolio, a meeting the visitor holds with no
// titled hosts.
func TestNameGrammarLeads6(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"PortfolioPostAfterNameAcronym": {
			text: "MOST and Luoxi Province signed the protocol in Mingcheng. Present were Wang Bo, Minister of Science and Technology, Li Wen, Governor of Luoxi Province, and Zhao Yun, Vice Minister of Science and Technology.",
			want: []string{"Wang Bo|leads|MOST", "Zhao Yun|leads|MOST", "Li Wen|leads|Luoxi"},
			not:  []string{"Zhao Yun|leads|Luoxi"},
		},
		"PortfolioPostAfterNameFullName": {
			text: "The Ministry of Commerce and Luoxi Province signed an agreement. The Ministry of Commerce is in Mingcheng. Wang Bo, Minister of Education, and Li Wen, Vice Minister of Education, attended. The Ministry of Education sent a letter.",
			want: []string{"Wang Bo|leads|Ministry of Education", "Li Wen|leads|Ministry of Education"},
			not:  []string{"Wang Bo|leads|Ministry of Commerce", "Li Wen|leads|Ministry of Commerce"},
		},
		"PortfolioPostBeforeName": {
			text: "MOE and Tanhai University signed the agreement. Vice Minister of Education Zhao Yun attended the ceremony.",
			want: []string{"Zhao Yun|leads|MOE"},
			not:  []string{"Zhao Yun|leads|Tanhai University"},
		},
		// near-miss: the article names no ministry of the portfolio
		"PortfolioMinistryUnnamed": {
			text: "MOST and Tanhai University signed the agreement. Zhao Yun, Minister of Commerce, attended the ceremony.",
			not:  []string{"Zhao Yun|leads|MOST"},
		},
		// near-miss: two ministries of one portfolio (two countries')
		"PortfolioTwoMinistries": {
			text: "The Ministry of Education of Norland and the Ministry of Education of Sudland signed an agreement. Zhao Yun, Minister of Education, spoke.",
			not:  []string{"Zhao Yun|leads|Ministry of Education of Norland", "Zhao Yun|leads|Ministry of Education of Sudland"},
		},
		// near-miss: a party department's head is read as any post
		"MinisterOfPartyDepartment": {
			text: "Tanhai University and Luoxi signed an agreement. Zhao Yun, Minister of United Front Work Department of Luoxi Municipal Party Committee, attended.",
			want: []string{"Zhao Yun|leads|*"},
		},
		// two posts joined by "and" before a name in a list are that
		// name's, not the one before
		"JoinedPostsBeforeNextName": {
			text: "Director Gao Lan of Luoxi Bureau of Commerce as well as party secretary Chen Qiu, president and deputy party secretary Jia Xing, and vice president Ma Xiao of Tanhai Polytechnic attended.",
			want: []string{"Jia Xing|leads|Tanhai Polytechnic", "Chen Qiu|leads|Tanhai Polytechnic"},
			not:  []string{"Chen Qiu|leads|Luoxi Bureau of Commerce"},
		},
		"JoinedPostsBeforeNextNameAfterApposition": {
			text: "Zhou Ping, dean of Tanhai College, chairman and general manager Wu Lei of Mingcheng Company, and Li Na attended.",
			want: []string{"Zhou Ping|leads|Tanhai College", "Wu Lei|leads|Mingcheng Company"},
			not:  []string{"Zhou Ping|leads|Mingcheng Company"},
		},
		// near-miss: the joined posts end in "of O" before the next name's
		// apposition: they are the first name's
		"JoinedPostsOfBodyStayFirstNames": {
			text: "Zhou Ping, secretary and director of Tanhai College, and Wu Lei, president of Mingcheng Company, attended.",
			want: []string{"Zhou Ping|leads|Tanhai College", "Wu Lei|leads|Mingcheng Company"},
			not:  []string{"Zhou Ping|leads|Mingcheng Company"},
		},
		// one post of two bodies of one kind joined by "and"
		"PostOfTwoCompanies": {
			text: "The delegation included Shan Jing, Chairman of Yuande Plastics Co., Ltd., Hai Lin, Chairman of Dahai Culture Co., Ltd. and Jiucheng Investment Co., Ltd., and Zeng Yong, Secretary-General of Tanhai Alumni Association.",
			want: []string{"Hai Lin|leads|Dahai Culture Co., Ltd.", "Hai Lin|leads|Jiucheng Investment Co., Ltd.", "Zeng Yong|leads|Tanhai Alumni Association"},
			not:  []string{"Hai Lin|leads|Tanhai Alumni Association", "Shan Jing|leads|Dahai Culture Co., Ltd."},
		},
		"PostOfTwoSchoolsSemicolon": {
			text: "Present were Zhou Ping, dean of Tanhai Medical College and Luoxi Nursing College; and Wu Lei, president of Mingcheng University.",
			want: []string{"Zhou Ping|leads|Tanhai Medical College", "Zhou Ping|leads|Luoxi Nursing College", "Wu Lei|leads|Mingcheng University"},
		},
		// near-miss: the body after "and" is a party of the signing
		"SecondBodySigns": {
			text: "Wang Lei, president of Tanhai University, and Mingcheng University signed the agreement.",
			want: []string{"Wang Lei|leads|Tanhai University"},
			not:  []string{"Wang Lei|leads|Mingcheng University"},
		},
		// near-miss: bodies of two kinds are no one post's pair
		"SecondBodyOtherKind": {
			text: "Present were Zhou Ping, director of the Tanhai Museum and Luoxi University, Wu Lei and others.",
			not:  []string{"Zhou Ping|leads|Luoxi University"},
		},
		// a body's name in quotes after the post
		"QuotedBodyAfterPost": {
			text: "The delegation included Hai Lin, President of “Silk Road Heritage Union”, Chairman of Dahai Culture Co., Ltd., and Zeng Yong, Secretary-General of Tanhai Alumni Association.",
			want: []string{"Hai Lin|leads|Silk Road Heritage Union", "Hai Lin|leads|Dahai Culture Co., Ltd."},
		},
		// a bare governor's post is the province's, not the city's
		"BareGovernorIsProvinces": {
			text: "The Qinghai Provincial People's Government and Tanhai University signed an agreement in Xining. Vice governor Cheng Li attended the ceremony.",
			want: []string{"Cheng Li|leads|Qinghai"},
			not:  []string{"Cheng Li|leads|Xining"},
		},
		"GovernorThenMayorInList": {
			text: "The Qinghai Provincial People's Government and Tanhai University signed an agreement in Xining. Vice-governor Cheng Li and Mayor Wang Bo attended.",
			want: []string{"Cheng Li|leads|Qinghai", "Wang Bo|leads|Xining"},
			not:  []string{"Wang Bo|leads|Qinghai", "Cheng Li|leads|Xining"},
		},
		// near-miss: no province named: the governor is no city's
		"BareGovernorNoProvince": {
			text: "Tanhai University signed an agreement with the Xining Municipal Government in Xining. Vice governor Cheng Li attended the ceremony.",
			not:  []string{"Cheng Li|leads|Xining"},
		},
		// near-miss: a mayor after a governor in a list stays the city's
		"MayorThenGovernorInList": {
			text: "The Qinghai Provincial People's Government and Tanhai University signed an agreement in Xining. Mayor Wang Bo and Vice-governor Cheng Li attended.",
			want: []string{"Cheng Li|leads|Qinghai", "Wang Bo|leads|Xining"},
		},
		"HeldMeetingWithHosts": {
			text: "Secretary-General Ma Lin of Norland-Sudland Centre led a delegation to Luoxi University and held a meeting with Party Secretary Zhong Hai and President Xie Tang.",
			want: []string{"Zhong Hai|leads|Luoxi University", "Xie Tang|leads|Luoxi University", "Ma Lin|leads|Norland-Sudland Centre"},
			not:  []string{"Xie Tang|leads|Norland-Sudland Centre", "Zhong Hai|leads|Norland-Sudland Centre"},
		},
		"HadTalksWithHost": {
			text: "Dean Zhou Ping of Tanhai College visited Mingcheng Polytechnic and had talks with President Gao Lan.",
			want: []string{"Gao Lan|leads|Mingcheng Polytechnic", "Zhou Ping|leads|Tanhai College"},
			not:  []string{"Gao Lan|leads|Tanhai College"},
		},
		"HeldInDepthDiscussionsWithHost": {
			text: "A delegation from Tanhai College visited Mingcheng Museum and held in-depth discussions with Curator Gao Lan.",
			want: []string{"Gao Lan|leads|Mingcheng Museum"},
			not:  []string{"Gao Lan|leads|Tanhai College"},
		},
		// near-miss: the meeting is with a body, the visitor's own post
		// stays its own
		"HeldMeetingWithBody": {
			text: "President Gao Lan of Tanhai College held a meeting with Mingcheng Polytechnic.",
			want: []string{"Gao Lan|leads|Tanhai College"},
			not:  []string{"Gao Lan|leads|Mingcheng Polytechnic"},
		},
	})
}
