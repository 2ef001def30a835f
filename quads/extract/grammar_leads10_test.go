package extract

import "testing"

// TestNameGrammarLeads10SpeakerOurBody checks a bare post whose holder
// speaks of "our X": "President P said that our university …" — the
// speaker's own body is the one the post is of, even when the partner is
// named more often. Thanking or praising "our X" is said to the other side.
func TestNameGrammarLeads10SpeakerOurBody(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"SaidThatOur": {
			text: "Nanhu Laboratory and Tanhai University signed an agreement. Nanhu Laboratory is a new lab.\nPresident Li Wen said that our university had always valued cooperation.",
			want: []string{"Li Wen|leads|Tanhai University"},
			not:  []string{"Li Wen|leads|Nanhu Laboratory"},
		},
		"PointedOutThatOur": {
			text: "Nanhu Laboratory and Tanhai University signed an agreement. Nanhu Laboratory is a new lab.\nVice President Zhao Min pointed out that our university would support the lab.",
			want: []string{"Zhao Min|leads|Tanhai University"},
			not:  []string{"Zhao Min|leads|Nanhu Laboratory"},
		},
		"NotedOurCompany": {
			text: "Tanhai University and Nanhu Group signed an agreement. Tanhai University will train engineers. Tanhai University is old.\nChairman Chen Qiu noted that our company needs talent.",
			want: []string{"Chen Qiu|leads|Nanhu Group"},
			not:  []string{"Chen Qiu|leads|Tanhai University"},
		},
		// near-miss: the holder thanks "our X", so is of the other side
		"ThankedOur": {
			text: "Nanhu Laboratory and Tanhai University signed an agreement. Nanhu Laboratory is a new lab.\nPresident Li Wen thanked our university for its support.",
			not:  []string{"Li Wen|leads|Tanhai University"},
		},
	})
}

// TestNameGrammarLeads10UnnamedOwnBody checks a person whose post is "of
// our X" where the text never names X: a bare title of theirs later in
// the article is the same post of that unnamed body, never the post of the
// partner the article names most.
func TestNameGrammarLeads10UnnamedOwnBody(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"TitleBeforeNameLater": {
			text: "The School of Management and Nanhu Group signed an agreement.\nLi Wen, Vice President of our university, and Chen Qiu, Director of Nanhu Group, attended the ceremony. Vice President Li Wen delivered a speech.",
			want: []string{"Chen Qiu|leads|Nanhu Group"},
			not:  []string{"Li Wen|leads|*"},
		},
		"AppositionLater": {
			text: "The School of Management and Nanhu Group signed an agreement.\nLi Wen, Vice President of our university, and Chen Qiu, Director of Nanhu Group, attended the ceremony. Li Wen, the vice president, delivered a speech.",
			not:  []string{"Li Wen|leads|*"},
		},
		"DeanOfOurCollege": {
			text: "The Tanhai Primary School and Nanhu Group opened a base.\nZhao Min, Vice Dean of our College, and Sun Mei, Principal of Tanhai Primary School, attended. Dean Zhao Min thanked the school.",
			want: []string{"Sun Mei|leads|Tanhai Primary School"},
			not:  []string{"Zhao Min|leads|*"},
		},
		// near-miss: "our university" is named, so the bare title is its
		"OurBodyNamed": {
			text: "Tanhai University and Nanhu Group signed an agreement at Nanhu Group.\nLi Wen, Vice President of our university, and Chen Qiu, Director of Nanhu Group, attended the ceremony. Vice President Li Wen delivered a speech.",
			want: []string{"Li Wen|leads|Tanhai University"},
			not:  []string{"Li Wen|leads|Nanhu Group"},
		},
	})
}

// TestNameGrammarLeads10LowerGovPlacePost checks a post phrase whose place
// is followed by its government in lower case ("Mayor of Nanhu city Mr. P",
// "Secretary of Nanhu municipal committee P"): the phrase runs into the
// name after it, which holds the post, as "Chairman of O Mr. P" does — it is
// not an apposition of the name before.
func TestNameGrammarLeads10LowerGovPlacePost(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"ListWithHonorifics": {
			text: "Tanhai Academy visited Nanhu. Present were Secretary of Nanhu municipal committee Mr. Wang Dong, Mayor of Nanhu city Mr. Zhang Tao, Deputy Secretary of Nanhu municipal committee Mr. Zhao Jian, and others.",
			want: []string{"Wang Dong|leads|Nanhu", "Zhang Tao|leads|Nanhu", "Zhao Jian|leads|Nanhu"},
		},
		"NoHonorific": {
			text: "Tanhai Academy visited Luoxi. Li Wen, President of Tanhai Academy, Mayor of Luoxi city Sun Mei and others attended.",
			want: []string{"Li Wen|leads|Tanhai Academy", "Sun Mei|leads|Luoxi"},
			not:  []string{"Li Wen|leads|Luoxi"},
		},
		"CountyGovernment": {
			text: "Tanhai Academy visited Luoxi County. Present were Dean of Tanhai Academy Mr. Chen Qiu and Head of Luoxi county government Ms. Zhou Lan.",
			want: []string{"Chen Qiu|leads|Tanhai Academy", "Zhou Lan|leads|Luoxi County"},
			not:  []string{"Chen Qiu|leads|Luoxi County"},
		},
		// near-miss: a post phrase ending at the government words, set off
		// by a comma, is still the apposition of the name before
		"AppositionStays": {
			text: "Tanhai Academy visited Nanhu. Zhang Tao, Mayor of Nanhu city, met Li Wen.",
			want: []string{"Zhang Tao|leads|Nanhu"},
			not:  []string{"Li Wen|leads|Nanhu"},
		},
	})
}

// TestNameGrammarLeads10ListSharedBody checks a list of "Title Name"
// entries that ends in one body ("Executive President A, Vice President B,
// and Deputy Secretary of the CPC committee C from O"): "from" after the
// last name names the list's body as "of" does, and a title of a party
// organ written in lower case runs into its name, so the list goes on.
func TestNameGrammarLeads10ListSharedBody(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"FromAfterPartyOrganTitle": {
			text: "Luoxi College signed an agreement with Tanhai University. Present were Executive President Wang Hua, Vice President Li Ming, Vice President Zhao Yun, and Deputy Secretary of the CPC committee Fu Hong from Tanhai University.",
			want: []string{"Wang Hua|leads|Tanhai University", "Li Ming|leads|Tanhai University", "Zhao Yun|leads|Tanhai University", "Fu Hong|leads|Tanhai University"},
			not:  []string{"Wang Hua|leads|Luoxi College", "Li Ming|leads|Luoxi College"},
		},
		"OfAfterPartyOrganTitle": {
			text: "Luoxi College signed an agreement with Tanhai University. Present were Vice President Zhao Yun and Deputy Secretary of the party committee Fu Hong of Tanhai University.",
			want: []string{"Zhao Yun|leads|Tanhai University", "Fu Hong|leads|Tanhai University"},
		},
		"FromPlainList": {
			text: "Luoxi Group signed an agreement with Tanhai University. Present were Chairman Sun Mei, General Manager Chen Qiu and Deputy General Manager Zhou Lan from Luoxi Group.",
			want: []string{"Sun Mei|leads|Luoxi Group", "Chen Qiu|leads|Luoxi Group", "Zhou Lan|leads|Luoxi Group"},
			not:  []string{"Sun Mei|leads|Tanhai University"},
		},
		// near-miss: a name with an apposition of its own before the list's
		// end keeps that post's body
		"OwnAppositionStops": {
			text: "Luoxi Group signed an agreement with Tanhai University. Present were President Li Wen and Zhao Min, dean of Luoxi Academy, from Luoxi Group.",
			want: []string{"Zhao Min|leads|Luoxi Academy"},
			not:  []string{"Li Wen|leads|Luoxi Group"},
		},
	})
}

// TestNameGrammarLeads10PluralPossessiveName checks a body's name with a
// plural possessive of people before its head ("Nanhu Teachers’ College",
// "Luoxi Workers' Union"): one name, whose posts are its own; a possessive
// of a body ("the Academy of Sciences' Institute of X") still names the
// unit's owner.
func TestNameGrammarLeads10PluralPossessiveName(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"TeachersCollegeCurly": {
			text: "Nanhu Teachers’ College signed an agreement with Tanhai University. Li Wen, president of Nanhu Teachers’ College, attended.",
			want: []string{"Li Wen|leads|Nanhu Teachers’ College", "Nanhu Teachers’ College|signed-with|Tanhai University"},
			not:  []string{"Li Wen|leads|Nanhu Teachers"},
		},
		"WorkersUnionStraight": {
			text: "Luoxi Workers' Union signed an agreement with Tanhai University. Zhao Min, chairman of Luoxi Workers' Union, attended.",
			want: []string{"Zhao Min|leads|Luoxi Workers' Union"},
		},
		"PartyCommitteeOfTeachersCollege": {
			text: "Nanhu Teachers’ College signed an agreement with Tanhai University. Chen Qiu, secretary of the CPC Committee of Nanhu Teachers’ College, attended.",
			want: []string{"Chen Qiu|leads|Nanhu Teachers’ College"},
		},
		// near-miss: a body's possessive names the owner of the unit after it
		"BodyPossessiveStays": {
			text: "The Nanhu Academy of Sciences' Institute of Physics signed an agreement with Tanhai University.",
			want: []string{"Institute of Physics, Nanhu Academy of Sciences|part-of|Nanhu Academy of Sciences"},
		},
	})
}

// TestNameGrammarLeads10WhoAreRespectively checks names whose posts a
// relative clause gives in order ("A and B, who are respectively T1 and T2
// of O", "who were respectively T1 of X and T2 of Y"); without the
// pairing word a shared body still pairs the posts in order, but two
// bodies are not shared out.
func TestNameGrammarLeads10WhoAreRespectively(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"SharedBody": {
			text: "Luoxi College signed an agreement with Tanhai University. Present were Wang Bin and Huang Yong, who are respectively secretary and deputy secretary of the CPC Committee of Luoxi College.",
			want: []string{"Wang Bin|leads|Luoxi College", "Huang Yong|leads|Luoxi College"},
		},
		"TwoBodies": {
			text: "Luoxi College signed an agreement with Tanhai University. Present were Wang Bin and Huang Yong, who were respectively president of Luoxi College and dean of Tanhai University.",
			want: []string{"Wang Bin|leads|Luoxi College", "Huang Yong|leads|Tanhai University"},
			not:  []string{"Huang Yong|leads|Luoxi College", "Wang Bin|leads|Tanhai University"},
		},
		"ThreeNames": {
			text: "Luoxi Group signed an agreement with Tanhai University. Present were Sun Mei, Chen Qiu and Zhou Lan, who are respectively chairman, general manager and deputy general manager of Luoxi Group.",
			want: []string{"Sun Mei|leads|Luoxi Group", "Chen Qiu|leads|Luoxi Group", "Zhou Lan|leads|Luoxi Group"},
		},
		// near-miss: two bodies without "respectively" are not shared out
		"TwoBodiesNoPairing": {
			text: "Luoxi College signed an agreement with Tanhai University. Present were Wang Bin and Huang Yong, who are president of Luoxi College and dean of Tanhai University.",
			not:  []string{"Wang Bin|leads|Tanhai University"},
		},
	})
}

// TestNameGrammarLeads10PlaceLevelDepartment checks a government
// department named in lower case after its place and level word ("the
// Jiading district education bureau", "Luoxi county health commission"):
// one body named with its place, whose head's post is the department's,
// not the place's.
func TestNameGrammarLeads10PlaceLevelDepartment(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"DistrictEducationBureau": {
			text: "Tanhai University hosted a meeting. Yao Wei, director of the Luoxi district education bureau, said the two sides made progress.",
			want: []string{"Yao Wei|leads|Luoxi district education bureau"},
			not:  []string{"Yao Wei|leads|Luoxi"},
		},
		"CountyHealthCommission": {
			text: "Tanhai University hosted a meeting. Zhou Lan, deputy director of Nanhu county health commission, attended.",
			want: []string{"Zhou Lan|leads|Nanhu county health commission"},
			not:  []string{"Zhou Lan|leads|Nanhu County"},
		},
		"DelegationFrom": {
			text: "A delegation from the Luoxi district culture and tourism bureau visited Tanhai University. Chen Qiu, head of the Luoxi district culture and tourism bureau, led it.",
			want: []string{"Chen Qiu|leads|Luoxi district culture and tourism bureau"},
		},
		// near-miss: the place's own government post stays the place's
		"DistrictPartySecretary": {
			text: "Tanhai University hosted a meeting. Sun Mei, secretary of the Luoxi district party committee, attended.",
			want: []string{"Sun Mei|leads|Luoxi"},
			not:  []string{"Sun Mei|leads|Luoxi district party committee"},
		},
	})
}

// TestNameGrammarLeads10AmpersandPosts checks posts joined by an ampersand
// ("Chairman & CEO of O", "Party Secretary & Mayor of X"): read as posts
// joined by "and"; an ampersand inside a body's name stays the name's.
func TestNameGrammarLeads10AmpersandPosts(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"ChairmanAndCEO": {
			text: "Tanhai University signed an agreement with Luoxi Group. Li Wen, Chairman & CEO of Luoxi Group, attended.",
			want: []string{"Li Wen|leads|Luoxi Group"},
		},
		"ManagerAndPartySecretary": {
			text: "Tanhai University signed an agreement with Luoxi Group. Li Wen, General Manager & Deputy Secretary of the Party Committee of Luoxi Group, attended.",
			want: []string{"Li Wen|leads|Luoxi Group"},
			not:  []string{"Li Wen|leads|Tanhai University"},
		},
		"SecretaryAndMayor": {
			text: "Li Wen, Party Secretary & Mayor of Nanhu, visited Tanhai University.",
			want: []string{"Li Wen|leads|Nanhu"},
			not:  []string{"Li Wen|leads|Tanhai University"},
		},
		// near-miss: an ampersand in a body's name joins no posts
		"InsideBodyName": {
			text: "Tanhai University signed an agreement with Luoxi Research & Development Center. Zhou Lan, director of Luoxi Research & Development Center, attended.",
			want: []string{"Zhou Lan|leads|Luoxi Research & Development Center"},
		},
	})
}
