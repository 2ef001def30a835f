package extract

import "testing"

// TestNameGrammarLeads4 checks how a post in a list of officials finds its
// body (issue 12, classes 2–5) on invented sentences: people bracketed after
// a plural post or a group; a group's members with posts after their names
// or a body before the group noun; a plural post after a run of bare names;
// one "of X" over a list of titled names; a fronted "side" phrase; a body
// before a list of titled names; coordinated posts paired with names; a
// government post that names its level; and the posts that head a
// newspaper. Near-misses check that each rule stops where its class ends.
func TestNameGrammarLeads4(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"PluralPostBracketedNames": {
			text: "Zhao Lei, president of Mingcheng University, and two vice presidents of Tanhai University (Qian Wen and Sun Hao) attended the signing ceremony.",
			want: []string{"Qian Wen|leads|Tanhai University", "Sun Hao|leads|Tanhai University", "Zhao Lei|leads|Mingcheng University"},
			not:  []string{"Qian Wen|leads|Mingcheng University", "Sun Hao|leads|Mingcheng University"},
		},
		"PluralPostBracketedNamesAllCaps": {
			text: "The ceremony was attended by ZHAO Lei, director of the Luoxi Institute of Optics, and the deputy directors of the Luoxi Institute of Optics (QIAN Wen, SUN Hao and LI Ming).",
			want: []string{"QIAN Wen|leads|Luoxi Institute of Optics", "SUN Hao|leads|Luoxi Institute of Optics", "LI Ming|leads|Luoxi Institute of Optics"},
		},
		"GroupBracketedIncluding": {
			text: "Attendees included Zhao Lei, the director of the Luoxi Bureau of Commerce; and the leaders of Tanhai University (including Qian Wen, Sun Hao and Li Ming).",
			want: []string{"Zhao Lei|leads|Luoxi Bureau of Commerce", "Qian Wen|leads|Tanhai University", "Sun Hao|leads|Tanhai University", "Li Ming|leads|Tanhai University"},
			not:  []string{"Qian Wen|leads|Luoxi Bureau of Commerce"},
		},
		"GroupBracketedTitledMembers": {
			text: "The leaders of Tanhai University (including President Qian Wen and Vice President Sun Hao) met the guests from Mingcheng Museum.",
			want: []string{"Qian Wen|leads|Tanhai University", "Sun Hao|leads|Tanhai University"},
			not:  []string{"Qian Wen|leads|Mingcheng Museum"},
		},
		// near-miss: a bracket that holds no names says nothing of posts
		"PluralPostBracketedAbbreviation": {
			text: "Two vice presidents of Tanhai University (TU) attended, and Zhao Lei, curator of Mingcheng Museum, spoke.",
			want: []string{"Zhao Lei|leads|Mingcheng Museum"},
			not:  []string{"Zhao Lei|leads|Tanhai University"},
		},
		// a group's members with their posts after their names, and the
		// group's body named before the group noun
		"GroupMembersPostAfterName": {
			text: "Leaders of Tanhai University including Zhao Lei, Secretary of the Party Committee and President, Qian Wen, Deputy Secretary of the Party Committee, Vice Presidents Sun Hao and Li Ming took part in the visit to Mingcheng Museum.",
			want: []string{"Zhao Lei|leads|Tanhai University", "Qian Wen|leads|Tanhai University", "Sun Hao|leads|Tanhai University", "Li Ming|leads|Tanhai University"},
			not:  []string{"Zhao Lei|leads|Mingcheng Museum", "Sun Hao|leads|Mingcheng Museum"},
		},
		"GroupBodyBeforeNoun": {
			text: "The Tanhai University leaders, including Party Secretary Zhao Lei, Vice President Sun Hao and Vice President Li Ming, visited Mingcheng Museum.",
			want: []string{"Zhao Lei|leads|Tanhai University", "Sun Hao|leads|Tanhai University", "Li Ming|leads|Tanhai University"},
			not:  []string{"Zhao Lei|leads|Mingcheng Museum"},
		},
		"GroupBodyPossessiveBeforeNoun": {
			text: "Mingcheng Museum welcomed Tanhai University's leaders, including President Zhao Lei and Qian Wen, on Friday.",
			want: []string{"Zhao Lei|leads|Tanhai University", "Qian Wen|leads|Tanhai University"},
			not:  []string{"Zhao Lei|leads|Mingcheng Museum", "Qian Wen|leads|Mingcheng Museum"},
		},
		// near-miss: a member whose post names another body holds it there
		"GroupMemberPostOfOtherBody": {
			text: "Leaders of Tanhai University including Zhao Lei, curator of Mingcheng Museum, attended the ceremony.",
			want: []string{"Zhao Lei|leads|Mingcheng Museum"},
			not:  []string{"Zhao Lei|leads|Tanhai University"},
		},
		// near-miss: a place before the group noun is no group body
		"GroupAfterPlaceNoBody": {
			text: "Luoxi leaders, including Mayor Zhao Lei, met President Qian Wen of Tanhai University.",
			want: []string{"Qian Wen|leads|Tanhai University"},
			not:  []string{"Zhao Lei|leads|Tanhai University"},
		},
		// a plural post after a run of bare names covers the whole run
		"PluralPostAfterNamesRun": {
			text: "Zhao Lei, President of Tanhai University, Qian Wen, Sun Hao, Vice Presidents, and Li Ming, Curator of Mingcheng Museum, attended the ceremony.",
			want: []string{"Zhao Lei|leads|Tanhai University", "Qian Wen|leads|Tanhai University", "Sun Hao|leads|Tanhai University", "Li Ming|leads|Mingcheng Museum"},
			not:  []string{"Qian Wen|leads|Mingcheng Museum"},
		},
		"PluralPostOfBodyAfterNamesRun": {
			text: "Present were Qian Wen, Sun Hao and Li Ming, vice presidents of Tanhai University, and Zhao Lei, curator of Mingcheng Museum.",
			want: []string{"Qian Wen|leads|Tanhai University", "Sun Hao|leads|Tanhai University", "Li Ming|leads|Tanhai University", "Zhao Lei|leads|Mingcheng Museum"},
			not:  []string{"Qian Wen|leads|Mingcheng Museum"},
		},
		// near-miss: a singular post after a run of names is the last one's
		"SingularPostAfterNamesRun": {
			text: "Qian Wen, Sun Hao, director of the Luoxi Bureau of Commerce, and Zhao Lei visited Tanhai University.",
			want: []string{"Sun Hao|leads|Luoxi Bureau of Commerce"},
			not:  []string{"Qian Wen|leads|Luoxi Bureau of Commerce"},
		},
		// the posts that head a newspaper lead it
		"PressPostsLead": {
			text: "Zhao Lei, publisher and editor-in-chief of Luoxi Daily, signed the agreement with Tanhai University.",
			want: []string{"Zhao Lei|leads|Luoxi Daily"},
		},
		"PressPostsLeadTitleFirst": {
			text: "Luoxi Daily Editor-in-Chief Qian Wen and Tanhai University President Sun Hao signed the agreement.",
			want: []string{"Qian Wen|leads|Luoxi Daily", "Sun Hao|leads|Tanhai University"},
			not:  []string{"Qian Wen|leads|Tanhai University"},
		},
		// near-miss: a member of a newspaper's board holds no leading post
		"PressBoardMemberNoLead": {
			text: "Li Ming, a member of the editorial board of Luoxi Daily, attended the ceremony.",
			not:  []string{"Li Ming|leads|Luoxi Daily"},
		},
		// one "of X" after a list of titled names scopes over the list; a
		// bare name after a titled one shares its post
		"OfBodyScopesOverListBareLast": {
			text: "Party Secretary Zhao Lei, president and deputy party secretary Qian Wen, vice president Sun Hao and Li Ming of Tanhai University, Zhou Yu, senior vice president of Mingcheng Holdings, and relevant personnel attended the signing ceremony.",
			want: []string{"Zhao Lei|leads|Tanhai University", "Qian Wen|leads|Tanhai University", "Sun Hao|leads|Tanhai University", "Li Ming|leads|Tanhai University", "Zhou Yu|leads|Mingcheng Holdings"},
			not:  []string{"Li Ming|leads|Mingcheng Holdings", "Zhou Yu|leads|Tanhai University"},
		},
		"OfBodyScopesOverTwoBareAfterTitle": {
			text: "Vice Presidents Sun Hao and Li Ming of Tanhai University met Curator Zhao Lei of Mingcheng Museum.",
			want: []string{"Sun Hao|leads|Tanhai University", "Li Ming|leads|Tanhai University", "Zhao Lei|leads|Mingcheng Museum"},
			not:  []string{"Sun Hao|leads|Mingcheng Museum"},
		},
		// near-miss: a bare name before the first title holds no post
		"OfBodyListBareFirstNoPost": {
			text: "Guests Zhou Yu, Vice President Qian Wen and Sun Hao of Tanhai University toured Mingcheng Museum.",
			want: []string{"Qian Wen|leads|Tanhai University", "Sun Hao|leads|Tanhai University"},
			not:  []string{"Zhou Yu|leads|Tanhai University"},
		},
		// near-miss: a name after another body's apposition is not in the list
		"OfBodyListEndsAtApposition": {
			text: "Zhou Yu, curator of Mingcheng Museum, Li Ming and Sun Hao of Tanhai University visited the exhibition.",
			not:  []string{"Zhou Yu|leads|Tanhai University"},
		},
		// a fronted "side" phrase names the body of the officials after it
		"SideFrontedTitledList": {
			text: "On the Tanhai University side, President Zhao Lei, Vice President Qian Wen and Dean Sun Hao attended the signing with Mingcheng Museum.",
			want: []string{"Zhao Lei|leads|Tanhai University", "Qian Wen|leads|Tanhai University", "Sun Hao|leads|Tanhai University"},
			not:  []string{"Qian Wen|leads|Mingcheng Museum", "Sun Hao|leads|Mingcheng Museum"},
		},
		"SideOfFrontedTitledList": {
			text: "From the side of Luoxi Bureau of Commerce, Director Zhao Lei and Deputy Director Qian Wen attended the talks at Tanhai University.",
			want: []string{"Zhao Lei|leads|Luoxi Bureau of Commerce", "Qian Wen|leads|Luoxi Bureau of Commerce"},
			not:  []string{"Zhao Lei|leads|Tanhai University", "Qian Wen|leads|Tanhai University"},
		},
		"SideFrontedPluralPostNames": {
			text: "From the Tanhai University side, vice presidents Zhao Lei and Qian Wen attended the signing with Mingcheng Museum.",
			want: []string{"Zhao Lei|leads|Tanhai University", "Qian Wen|leads|Tanhai University"},
			not:  []string{"Qian Wen|leads|Mingcheng Museum"},
		},
		// near-miss: a fronted place phrase with no side noun names no body
		// of the officials after it
		"FrontedCampusNoSide": {
			text: "On the Tanhai University campus, Curator Qian Wen of Mingcheng Museum met the students.",
			want: []string{"Qian Wen|leads|Mingcheng Museum"},
			not:  []string{"Qian Wen|leads|Tanhai University"},
		},
		// a group noun as a plural post before the bodies and the names
		"GroupNounBodiesThenNamesInOrder": {
			text: "The heads of Tanhai University and Mingcheng Museum, Zhao Lei and Qian Wen, signed the agreement.",
			want: []string{"Zhao Lei|leads|Tanhai University", "Qian Wen|leads|Mingcheng Museum"},
			not:  []string{"Zhao Lei|leads|Mingcheng Museum", "Qian Wen|leads|Tanhai University"},
		},
		"GroupNounOneBodyThenNames": {
			text: "The leaders of the Luoxi Bureau of Commerce, Zhao Lei and Qian Wen, visited Tanhai University.",
			want: []string{"Zhao Lei|leads|Luoxi Bureau of Commerce", "Qian Wen|leads|Luoxi Bureau of Commerce"},
			not:  []string{"Zhao Lei|leads|Tanhai University"},
		},
		// near-miss: three names for two bodies do not say whose is whose
		"GroupNounBodiesNamesMismatch": {
			text: "The heads of Tanhai University and Mingcheng Museum, Zhao Lei, Qian Wen and Sun Hao, attended.",
			not:  []string{"Sun Hao|leads|Mingcheng Museum", "Sun Hao|leads|Tanhai University"},
		},
		// a group's possessed event before its list: the list is the group's
		"GroupPossessedEventThenList": {
			text: "The agreement was signed during the TU leaders’ recent visit to Luoxi County, including Party Secretary Zhao Lei, Vice President Qian Wen and Vice President Sun Hao.",
			want: []string{"Zhao Lei|leads|TU", "Qian Wen|leads|TU", "Sun Hao|leads|TU"},
		},
		"GroupPossessedEventApostrophe": {
			text: "Mingcheng Museum hosted the Tanhai University leaders' study tour last week, including President Zhao Lei and Dean Qian Wen.",
			want: []string{"Zhao Lei|leads|Tanhai University", "Qian Wen|leads|Tanhai University"},
			not:  []string{"Zhao Lei|leads|Mingcheng Museum"},
		},
		// near-miss: an event that names another body owns the list
		"GroupPossessedEventNamesBody": {
			text: "The TU leaders’ visit to Mingcheng Museum, including Curator Li Ming's lecture, was a success.",
			not:  []string{"Li Ming|leads|TU"},
		},
		// a body named before a list of titled names scopes over the list,
		// beside a post a relative clause adds
		"PrefixBodySemicolonListWithWhoClause": {
			text: "TU President Zhao Lei; Vice President Qian Wen, who is also vice chairman of the Luoxi Chemistry Society; and Sun Hao, deputy secretary of the TU Party Committee, accompanied the visitors.",
			want: []string{"Zhao Lei|leads|TU", "Qian Wen|leads|TU", "Qian Wen|leads|Luoxi Chemistry Society", "Sun Hao|leads|TU"},
			not:  []string{"Zhao Lei|leads|Luoxi Chemistry Society"},
		},
		"PrefixBodyCommaListWithWhoClause": {
			text: "TU President Zhao Lei, Vice President Qian Wen, who is also chairman of the Luoxi Chemistry Society, and Dean Sun Hao accompanied the visitors.",
			want: []string{"Zhao Lei|leads|TU", "Qian Wen|leads|TU", "Qian Wen|leads|Luoxi Chemistry Society", "Sun Hao|leads|TU"},
		},
		"PrefixBodyAndWithWhoClause": {
			text: "Tanhai University President Zhao Lei and Vice President Qian Wen, who is also curator of Mingcheng Museum, received the guests.",
			want: []string{"Zhao Lei|leads|Tanhai University", "Qian Wen|leads|Tanhai University", "Qian Wen|leads|Mingcheng Museum"},
			not:  []string{"Zhao Lei|leads|Mingcheng Museum"},
		},
		"PrefixBodyListWithHonorific": {
			text: "On the Chinese side, TU President Zhao Lei, Vice President Dr Qian Wen and Sun Hao, Director of the International Office, attended the ceremony with Nordvik University.",
			want: []string{"Zhao Lei|leads|TU", "Qian Wen|leads|TU"},
			not:  []string{"Zhao Lei|leads|Nordvik University", "Qian Wen|leads|Nordvik University"},
		},
		// near-misses: an entry with a body of its own ends the list
		"PrefixListEndsAtOwnBodyPrefix": {
			text: "Tanhai University President Zhao Lei and Mingcheng Museum Curator Qian Wen signed the agreement.",
			want: []string{"Zhao Lei|leads|Tanhai University", "Qian Wen|leads|Mingcheng Museum"},
			not:  []string{"Qian Wen|leads|Tanhai University"},
		},
		"PrefixListEndsAtOwnBodyAfter": {
			text: "Tanhai University President Zhao Lei, Vice President Qian Wen and Curator Sun Hao of Mingcheng Museum attended.",
			want: []string{"Zhao Lei|leads|Tanhai University", "Qian Wen|leads|Tanhai University", "Sun Hao|leads|Mingcheng Museum"},
			not:  []string{"Sun Hao|leads|Tanhai University"},
		},
		// a government post that names its level is of the article's place
		// at that level
		"CountyPostGoesToCounty": {
			text: "Lanbei County of Luoxi City signed a cooperation agreement with Mingcheng University. Zhao Lei, deputy county chief, and Qian Wen, vice mayor, attended the signing.",
			want: []string{"Zhao Lei|leads|Lanbei County", "Qian Wen|leads|Luoxi"},
			not:  []string{"Zhao Lei|leads|Luoxi", "Qian Wen|leads|Lanbei County"},
		},
		"DistrictHeadGoesToDistrict": {
			text: "Mingcheng University and Tanshan District of Luoxi City signed an agreement. District Head Sun Hao spoke at the ceremony.",
			want: []string{"Sun Hao|leads|Tanshan District"},
			not:  []string{"Sun Hao|leads|Luoxi"},
		},
		// coordinated posts of one body before the names, in order
		"PairedPostsThenNames": {
			text: "The president and the vice president of Tanhai University, Zhao Lei and Qian Wen, met Curator Sun Hao of Mingcheng Museum.",
			want: []string{"Zhao Lei|leads|Tanhai University", "Qian Wen|leads|Tanhai University", "Sun Hao|leads|Mingcheng Museum"},
			not:  []string{"Qian Wen|leads|Mingcheng Museum"},
		},
		"PairedThreePostsThenNames": {
			text: "Present were the director, the deputy director and the chief engineer of the Luoxi Water Bureau, Zhao Lei, Qian Wen and Sun Hao, and teachers of Tanhai University.",
			want: []string{"Zhao Lei|leads|Luoxi Water Bureau", "Qian Wen|leads|Luoxi Water Bureau"},
			not:  []string{"Zhao Lei|leads|Tanhai University", "Qian Wen|leads|Tanhai University"},
		},
		// near-miss: two posts held by one name are that name's compound post
		"PairedPostsOneName": {
			text: "The director and party secretary of the Luoxi Water Bureau, Zhao Lei, and Qian Wen visited Tanhai University.",
			want: []string{"Zhao Lei|leads|Luoxi Water Bureau"},
			not:  []string{"Qian Wen|leads|Luoxi Water Bureau", "Qian Wen|leads|Tanhai University"},
		},
		"TitledNamesBeforeOneOf": {
			text: "Director Zhao Lei, Party Secretary Qian Wen and Deputy Director Sun Hao of the Luoxi Bureau of Commerce, as well as President Li Ming of Tanhai University, attended the ceremony.",
			want: []string{"Zhao Lei|leads|Luoxi Bureau of Commerce", "Qian Wen|leads|Luoxi Bureau of Commerce", "Sun Hao|leads|Luoxi Bureau of Commerce", "Li Ming|leads|Tanhai University"},
			not:  []string{"Zhao Lei|leads|Tanhai University", "Sun Hao|leads|Tanhai University", "Li Ming|leads|Luoxi Bureau of Commerce"},
		},
		"TitledNamesBeforeOneOfLowerCase": {
			text: "director Zhao Lei and deputy director Sun Hao of Luoxi Commerce Commission, together with president Li Ming of Tanhai University, visited the park.",
			want: []string{"Zhao Lei|leads|Luoxi Commerce Commission", "Sun Hao|leads|Luoxi Commerce Commission", "Li Ming|leads|Tanhai University"},
			not:  []string{"Zhao Lei|leads|Tanhai University"},
		},
		"TitledNamesBeforeOneOfThreeWithComma": {
			text: "On behalf of the two sides, President Zhao Lei, Vice President Qian Wen, and Vice President Sun Hao of Tanhai University met Curator Li Ming of Mingcheng Museum.",
			want: []string{"Zhao Lei|leads|Tanhai University", "Qian Wen|leads|Tanhai University", "Sun Hao|leads|Tanhai University", "Li Ming|leads|Mingcheng Museum"},
			not:  []string{"Zhao Lei|leads|Mingcheng Museum", "Qian Wen|leads|Mingcheng Museum"},
		},
	})
}
