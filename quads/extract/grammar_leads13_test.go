package extract

import "testing"

// TestNameGrammarLeads13RankedTypos checks misspelt posts that are words or
// surnames of their own ("Mayer", "principle"): after a rank word they are
// the post; alone they stay what they are.
func TestNameGrammarLeads13RankedTypos(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"DeputyMayerAfterSeat": {
			text: "Tanhai University met the Luoxi delegation. Li Wen, member of Luoxi Municipal Standing Committee and Deputy Mayer, attended.",
			want: []string{"Li Wen|leads|Luoxi"},
		},
		"VicePrincipleOfSchool": {
			text: "Zhao Min, vice principle of Nanhu No.2 Middle School, welcomed the visitors from Tanhai University.",
			want: []string{"Zhao Min|leads|Nanhu No.2 Middle School"},
		},
		"ExecutiveVicePrincipleBeforeName": {
			text: "Tanhai University visited Luoxi Experimental School, where Executive Vice Principle Sun Mei of Luoxi Experimental School received them.",
			want: []string{"Sun Mei|leads|Luoxi Experimental School"},
		},
		// near-misses: the word alone is a word or a surname
		"PrincipleAlone": {
			text: "Zhao Min, a teacher of Nanhu Middle School, explained the principle of the project to Tanhai University.",
			not:  []string{"Zhao Min|leads|*"},
		},
		"SurnameMayer": {
			text: "Hans Mayer, director of Nordlab, visited Tanhai University.",
			want: []string{"Hans Mayer|leads|Nordlab"},
			not:  []string{"Hans Mayer|leads|Tanhai University"},
		},
	})
}

// TestNameGrammarLeads13CoordinatedBodyPost checks two names joined by
// "and" sharing a plural post written after its body ("A and B, O's
// presidents", "A and B, O academicians"): both hold it, and a name after
// the apposition does not.
func TestNameGrammarLeads13CoordinatedBodyPost(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"PossessivePluralPost": {
			text: "Attending were Li Wen and Zhao Min, Tanhai University's vice presidents, and Chen Qiu, chairman of Nanhu Group.",
			want: []string{"Li Wen|leads|Tanhai University", "Zhao Min|leads|Tanhai University", "Chen Qiu|leads|Nanhu Group"},
			not:  []string{"Chen Qiu|leads|Tanhai University"},
		},
		"PossessiveBeforeNextApposition": {
			text: "The meeting was attended by Sun Mei, Secretary of TNU’s Party Committee, Li Wen and Zhao Min, TNU’s presidents, Chen Qiu, member of Luoxi Municipal Standing Committee and Deputy Mayor, and others.",
			want: []string{"Li Wen|leads|TNU", "Zhao Min|leads|TNU", "Chen Qiu|leads|Luoxi", "Chen Qiu|member-of|Luoxi"},
			not:  []string{"Chen Qiu|leads|TNU"},
		},
		"AttributivePluralPostSubject": {
			text: "Li Wen and Zhao Min, Nanhu Group vice presidents, visited Tanhai University.",
			want: []string{"Li Wen|leads|Nanhu Group", "Zhao Min|leads|Nanhu Group"},
			not:  []string{"Li Wen|leads|Tanhai University"},
		},
		"AcronymAcademicians": {
			text: "The participants include Wu Fang, vice mayor of Luoxi Municipality; Li Wen and Zhao Min, TAS academicians; and Sun Mei of Nanhu Group. TAS is the Tanhai Academy of Sciences.",
			want: []string{"Li Wen|member-of|Tanhai Academy of Sciences", "Zhao Min|member-of|Tanhai Academy of Sciences"},
			not:  []string{"Sun Mei|member-of|Tanhai Academy of Sciences"},
		},
		"AttributiveProfessors": {
			text: "Li Wen and Zhao Min, Tanhai University professors, gave talks at Nanhu Group.",
			want: []string{"Li Wen|member-of|Tanhai University", "Zhao Min|member-of|Tanhai University"},
			not:  []string{"Li Wen|member-of|Nanhu Group"},
		},
		// near-misses: a plural post followed by a name that no
		// coordination precedes, and a list after a comma
		"PluralPostThenNameAfterObject": {
			text: "Li Wen and Zhao Min met Nanhu Group's vice president, Chen Qiu.",
			want: []string{"Chen Qiu|leads|Nanhu Group"},
			not:  []string{"Li Wen|leads|Nanhu Group", "Zhao Min|leads|Nanhu Group"},
		},
		"AcademiciansThenAnotherName": {
			text: "The participants include Li Wen and Zhao Min, Tanhai Academy academicians, and Sun Mei.",
			want: []string{"Li Wen|member-of|Tanhai Academy", "Zhao Min|member-of|Tanhai Academy"},
			not:  []string{"Sun Mei|member-of|Tanhai Academy"},
		},
	})
}

// TestNameGrammarLeads13EscortingHosts checks bare posts of the hosts who
// escort the visitors ("Vice President A and Manager B accompanied the
// investigation"): the posts are of the host, never of the visiting side,
// which a unit of it may stand for ("the School of X of Y visited"). Only
// one development article (dev23 u05) has the class, so these phrasings are
// invented.
func TestNameGrammarLeads13EscortingHosts(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"CoordinatedEscortsUnnamedHost": {
			text: "Professor Li Wen of the School of Chemistry of Tanhai University visited the company on Monday. Tanhai University is old. Tanhai University is large. Vice President Wu Lin and Assistant General Manager Wang Xing accompanied the investigation.",
			not:  []string{"Wu Lin|leads|Tanhai University", "Wang Xing|leads|Tanhai University"},
		},
		"EscortOfNamedHost": {
			text: "Teachers of the College of Arts of Tanhai University visited Nanhu Group. Tanhai University is old. Tanhai University is large. Director Wu Lin accompanied the guests to the workshops.",
			want: []string{"Wu Lin|leads|Nanhu Group"},
			not:  []string{"Wu Lin|leads|Tanhai University"},
		},
		"CoordinatedReceivers": {
			text: "A delegation of Tanhai University visited Nanhu Group. Tanhai University is old. Tanhai University is large. Chairman Sun Mei and Vice President Wu Lin warmly received the delegation.",
			want: []string{"Sun Mei|leads|Nanhu Group", "Wu Lin|leads|Nanhu Group"},
			not:  []string{"Sun Mei|leads|Tanhai University"},
		},
		// near-misses: the visitor accompanied by a host, and a visitor's
		// own post named with its unit
		"AccompaniedByHost": {
			text: "A delegation of Tanhai University visited Nanhu Group. Tanhai University is old. Tanhai University is large. Vice President Wu Lin, accompanied by General Manager Zhao Min, toured the plant.",
			want: []string{"Wu Lin|leads|Tanhai University", "Zhao Min|leads|Nanhu Group"},
		},
		"VisitorUnitPostNamed": {
			text: "Teachers of the College of Arts of Tanhai University visited Nanhu Group. Tanhai University is old. Dean Wu Lin of the College of Arts led the visit.",
			want: []string{"Wu Lin|leads|College of Arts, Tanhai University"},
			not:  []string{"Wu Lin|leads|Nanhu Group"},
		},
	})
}

// TestNameGrammarLeads13DefinedAlias checks a bracket that defines what the
// text will call a body ("(hereinafter referred to as BAST)"): the alias is
// that body's, even when an acronym would fit another body as well, and a
// bracket that defines no name gives none.
func TestNameGrammarLeads13DefinedAlias(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"AcronymFitsBoth": {
			text: "An agreement was signed between Tanhai Association for Science and Technology (hereinafter referred to as TAST) and Tanhai Academy of Science and Technology (hereinafter referred to as TAAST). Li Wen, Party secretary of TAST, and Zhao Min, president of TAAST, attended.",
			want: []string{"Li Wen|leads|Tanhai Association for Science and Technology", "Zhao Min|leads|Tanhai Academy of Science and Technology"},
			not:  []string{"Li Wen|leads|Tanhai Academy of Science and Technology"},
		},
		"QuotedShortName": {
			text: "Tanhai University and Luoxi Nanhu Power Equipment Research Institute Corporation (hereafter called “Nanhu Power”) signed an agreement. Li Wen, general manager of Nanhu Power, attended.",
			want: []string{"Li Wen|leads|Nanhu Power", "Tanhai University|signed-with|Nanhu Power"},
		},
		"HereinafterAlone": {
			text: "Tanhai Institute of Marine Technology (hereinafter TIMT) and Luoxi Institute of Marine Technology signed an agreement. Zhao Min, director of TIMT, spoke.",
			want: []string{"Zhao Min|leads|Tanhai Institute of Marine Technology"},
			not:  []string{"Zhao Min|leads|Luoxi Institute of Marine Technology"},
		},
		// near-miss: the bracket names no body
		"DefinesNoName": {
			text: "Tanhai University and Luoxi Nanhu Power Equipment Research Institute Corporation (hereinafter referred to as the two parties) signed an agreement. Li Wen, president of Tanhai University, attended.",
			want: []string{"Li Wen|leads|Tanhai University", "Tanhai University|signed-with|Luoxi Nanhu Power Equipment Research Institute Corporation"},
		},
	})
}

// TestNameGrammarLeads13LevelPartySeat checks a party seat of a place's
// level written before a post of the place ("District CPC Committee member
// and deputy director of X District", "County CPC Standing Committee
// Member, deputy Secretary of the Party Committee of Y"): the seat is a
// membership of the place beside the leadership, and with no post after
// it the seat goes to no other body.
func TestNameGrammarLeads13LevelPartySeat(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"DistrictSeatAndDeputyDirector": {
			text: "Tanhai University and Luoxi District signed an agreement. Attending were Zhao Chen, District CPC Committee member and deputy director of Luoxi District, and Sun Mei.",
			want: []string{"Zhao Chen|leads|Luoxi District", "Zhao Chen|member-of|Luoxi District"},
		},
		"CountyStandingSeatThenSecretary": {
			text: "Tanhai University helped Pinglu County. Li Wen went there with the company of Feng Rui, County CPC Standing Committee Member, deputy Secretary of the Party Committee of Pinglu, and Head of the Poverty Relief Group.",
			want: []string{"Feng Rui|leads|Pinglu County", "Feng Rui|member-of|Pinglu County"},
			not:  []string{"Feng Rui|leads|Tanhai University"},
		},
		"MunicipalSeatAndViceMayor": {
			text: "Tanhai University and Nanhu City signed an agreement. Wang Jin, Municipal Party Committee member and vice mayor of Nanhu City, attended.",
			want: []string{"Wang Jin|leads|Nanhu", "Wang Jin|member-of|Nanhu"},
		},
		// near-miss: no post of a place after the seat
		"SeatAloneBeforeVerb": {
			text: "Tanhai University and Luoxi District signed an agreement. Zhao Chen, District CPC Committee member, met Li Wen, president of Tanhai University.",
			want: []string{"Li Wen|leads|Tanhai University"},
			not:  []string{"Zhao Chen|leads|Tanhai University", "Zhao Chen|member-of|Tanhai University"},
		},
	})
}

// TestNameGrammarLeads13HyphenedRank checks a rank joined to its post by a
// hyphen ("Deputy-Director", "deputy-secretary"): the post, before or after
// the name; a hyphened word of another modifier is none. Only one
// development article (dev26 z02) has the form, so these phrasings are
// invented.
func TestNameGrammarLeads13HyphenedRank(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"LevelDeputyDirectorBeforeName": {
			text: "Tanhai University and Luoxi District signed an agreement. The District Deputy-Director Chen Shi signed it.",
			want: []string{"Chen Shi|leads|Luoxi District"},
			not:  []string{"Chen Shi|leads|Tanhai University"},
		},
		"DeputyDirectorOfBody": {
			text: "Tanhai University and Nanhu Group signed an agreement. Deputy-Director Chen Shi of Nanhu Group signed it.",
			want: []string{"Chen Shi|leads|Nanhu Group"},
		},
		"AppositionDeputySecretary": {
			text: "Tanhai University and Nanhu Group signed an agreement. Chen Shi, deputy-secretary of Nanhu Group, signed it.",
			want: []string{"Chen Shi|leads|Nanhu Group"},
		},
		// near-miss: a party member holds no leadership
		"PartyMemberHyphened": {
			text: "Tanhai University and Nanhu Group signed an agreement. Chen Shi, a party-member of Nanhu Group, signed it.",
			not:  []string{"Chen Shi|leads|Nanhu Group"},
		},
	})
}

// TestNameGrammarLeads13ReveredLeader checks a bare post and name after "the
// spirit of", "the thought of" ("learn from the spirit of President P"): a
// national leader the text reveres, whose post is of no body it names.
func TestNameGrammarLeads13ReveredLeader(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"LearnFromSpirit": {
			text: "Tanhai University and Nanhu Group signed an agreement. Tanhai University is old. Li Wen said we should learn from the spirit of President Zhao Min and work hard.",
			not:  []string{"Zhao Min|leads|*"},
		},
		"SpiritOfPossessiveReply": {
			text: "Tanhai University and Nanhu Group signed an agreement. Tanhai University is old. Li Wen said the school would take the spirit of President Zhao Min's reply as guidance.",
			not:  []string{"Zhao Min|leads|*"},
		},
		"ThoughtOfChairman": {
			text: "Tanhai University and Nanhu Group signed an agreement. Tanhai University is old. The meeting studied the thought of Chairman Zhao Min.",
			not:  []string{"Zhao Min|leads|*"},
		},
		// near-misses: the spirit of something else, and a body named
		"SpiritOfCooperation": {
			text: "Tanhai University and Nanhu Group signed an agreement. Tanhai University is old. Tanhai University is large. In the spirit of cooperation, President Zhao Min welcomed the guests.",
			want: []string{"Zhao Min|leads|*"},
		},
		"SpiritOfPresidentOfBody": {
			text: "Nanhu Group signed an agreement. Li Wen praised the spirit of President Zhao Min of Tanhai University.",
			want: []string{"Zhao Min|leads|Tanhai University"},
		},
	})
}

// TestNameGrammarLeads13BackPossessiveUnit checks a back-reference in the
// possessive before a named unit ("of the College's School of X", "the
// Academy's Institute of Y"): the back-reference is the body named before,
// and the post is of its unit; an instructor's post is a member's.
func TestNameGrammarLeads13BackPossessiveUnit(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"LecturerOfCollegesSchool": {
			text: "Tanhai College signed with Nanhu Group. Lecturer Bian Xin of the College's School of Economics gave a demonstration.",
			want: []string{"Bian Xin|member-of|School of Economics, Tanhai College", "School of Economics, Tanhai College|part-of|Tanhai College"},
			not:  []string{"School of Economics, Tanhai College|part-of|Nanhu Group"},
		},
		"DirectorOfAcademysInstitute": {
			text: "Nanhu Academy of Sciences and Luoxi Group built a workstation. Director Deng Qing of the Academy's Institute of Fruit Trees spoke.",
			want: []string{"Deng Qing|leads|Institute of Fruit Trees, Nanhu Academy of Sciences"},
			not:  []string{"Deng Qing|leads|Luoxi Group"},
		},
		"ResearcherOfUniversitysCentre": {
			text: "Tanhai University and Nanhu Group signed. Sun Mei, a researcher of the University's Centre for Marine Studies, spoke.",
			want: []string{"Sun Mei|member-of|Centre for Marine Studies, Tanhai University"},
		},
		"InstructorOfSchool": {
			text: "Tanhai College signed with Nanhu Group. Zhou Yi, an instructor of the School of Welding, showed the robots.",
			want: []string{"Zhou Yi|member-of|School of Welding, Tanhai College"},
			not:  []string{"Zhou Yi|leads|*"},
		},
		// near-miss: the possessive before a post, not a unit
		"PossessiveBeforePost": {
			text: "Tanhai University and Nanhu Group signed. The University's President Li Wen spoke.",
			want: []string{"Li Wen|leads|Tanhai University"},
			not:  []string{"Li Wen|leads|Nanhu Group"},
		},
	})
}

// TestNameGrammarLeads13PostBothSides checks a name with a post of a body
// right before it and an apposition after it ("Academician of the X
// Academy P, a professor at Y"): the name holds both posts.
func TestNameGrammarLeads13PostBothSides(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"AcademicianThenProfessor": {
			text: "Tanhai University signed with Nanhu Group. Academician of the Chinese Academy of Engineering Luo Ting, a professor at Tanhai University, was invited.",
			want: []string{"Luo Ting|member-of|Chinese Academy of Engineering", "Luo Ting|member-of|Tanhai University"},
		},
		"PresidentThenDean": {
			text: "Tanhai University signed with Nanhu Group. President of Tanhai University Li Wen, dean of its School of Law, spoke.",
			want: []string{"Li Wen|leads|Tanhai University", "Li Wen|leads|School of Law, Tanhai University"},
		},
		"ChairmanThenDeputy": {
			text: "Tanhai University signed with Nanhu Group. Attending were Chairman of Nanhu Group Zhao Min, a deputy to the Luoxi People's Congress, and Li Wen.",
			want: []string{"Zhao Min|leads|Nanhu Group"},
			not:  []string{"Li Wen|leads|Nanhu Group"},
		},
		// near-miss: no post before the body
		"DelegationOfBody": {
			text: "Tanhai University signed with Nanhu Group. The delegation of Tanhai University Li Wen, dean of the School of Law of Luoxi University, arrived.",
			not:  []string{"Li Wen|leads|Tanhai University", "Li Wen|member-of|Tanhai University"},
		},
	})
}

// TestNameGrammarLeads13SeatBeforeNextName checks a seat in a party organ
// written before the next name, alone or with more posts of bodies joined
// by "and" ("…, Member of the Standing Committee of X [and Minister of Y]
// Q"): the posts are Q's, no apposition of the name before. Only one
// development article (dev26 z12) has the class, so these phrasings are
// invented.
func TestNameGrammarLeads13SeatBeforeNextName(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"SeatAndMinisterBeforeName": {
			text: "Tanhai University and Luoxi City signed. At the ceremony, Vice Secretary of TU Party Committee Chen Ying, Member of the Standing Committee of the Nanhu District Party Committee and Minister of the United Front Work Department Zhang Lin delivered speeches.",
			want: []string{"Zhang Lin|member-of|Nanhu District", "Chen Ying|leads|Tanhai University"},
			not:  []string{"Chen Ying|member-of|Nanhu District"},
		},
		"SeatAloneAfterAnd": {
			text: "Tanhai University and Luoxi City signed. Present were Dean of the School of Law Chen Ying, and Member of the Standing Committee of the Nanhu District Party Committee Zhang Lin.",
			want: []string{"Zhang Lin|member-of|Nanhu District"},
			not:  []string{"Chen Ying|member-of|Nanhu District"},
		},
		"LowerSeatAndDirectorBeforeName": {
			text: "Tanhai University and Luoxi City signed. Speakers were President of Tanhai University Chen Ying, member of the Standing Committee of Luoxi Municipal Party Committee and director of the Luoxi Publicity Department Zhang Lin, and others.",
			want: []string{"Zhang Lin|member-of|Luoxi", "Zhang Lin|leads|Luoxi Publicity Department"},
			not:  []string{"Chen Ying|member-of|Luoxi", "Chen Ying|leads|Luoxi Publicity Department"},
		},
		// near-miss: a bare post after "and" opens a conjunct; the post of
		// a body before it stays the name's before
		"BarePostConjunct": {
			text: "Tanhai University and Luoxi City signed. Li Wen, rector of Nanhu University, signed in front of Tian Xue, Deputy Minister of the Luoxi Department of Education and Chairman Chen Wen.",
			want: []string{"Tian Xue|leads|Luoxi Department of Education", "Li Wen|leads|Nanhu University"},
		},
	})
}

// TestNameGrammarLeads13LevelSeatBeforeBodyPost checks a seat of a place's
// level joined by "and" to a body's post before a name ("the District
// Standing Committee Member and Organization Department Director P"): P
// holds the seat in the article's place at that level and the post of the
// body. Only one development article (dev26 z02) has the class, so these
// phrasings are invented.
func TestNameGrammarLeads13LevelSeatBeforeBodyPost(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"DistrictSeatAndDepartmentDirector": {
			text: "Tanhai University and Xuhui District signed. Present were the District Party Committee Secretary Bao Bing, the District Standing Committee Member and Organization Department Director Shen Shan, and others.",
			want: []string{"Shen Shan|member-of|Xuhui District", "Shen Shan|leads|Organization Department", "Bao Bing|leads|Xuhui District"},
		},
		"CountySeatAndDepartmentHead": {
			text: "Tanhai University and Luoxi County signed. The County Standing Committee Member and Publicity Department Head Zhao Min spoke.",
			want: []string{"Zhao Min|member-of|Luoxi County", "Zhao Min|leads|Publicity Department"},
		},
		"CountySeatAndUniversityPresident": {
			text: "Tanhai University and Luoxi County signed. The County Standing Committee Member and Tanhai University President Zhao Min spoke.",
			want: []string{"Zhao Min|member-of|Luoxi County", "Zhao Min|leads|Tanhai University"},
		},
		// near-miss: a seat that names no level
		"SeatOfNoLevel": {
			text: "Tanhai University and Xuhui District signed. Present was the Standing Committee Member and Organization Department Director Shen Shan.",
			want: []string{"Shen Shan|leads|Organization Department"},
			not:  []string{"Shen Shan|member-of|Xuhui District"},
		},
	})
}

// TestNameGrammarLeads13SectionUnits checks "Section" as the head of a
// unit's name ("the Planning and Finance Section", "the Vocational
// Education Section of X"): a body whose head holds its post; a numbered
// section of a text is none.
func TestNameGrammarLeads13SectionUnits(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"HeadOfSection": {
			text: "Tanhai University signed with the Luoxi Vocational Education Section. Li Wen, head of the Luoxi Vocational Education Section, spoke.",
			want: []string{"Li Wen|leads|Luoxi Vocational Education Section", "Tanhai University|signed-with|Luoxi Vocational Education Section"},
		},
		"DirectorOfSectionOfBody": {
			text: "Tanhai Academy signed with Nanhu Group. Gao Yue, director of the Planning and Finance Section of Tanhai Academy, attended.",
			want: []string{"Gao Yue|leads|Planning and Finance Section, Tanhai Academy"},
			not:  []string{"Gao Yue|leads|Nanhu Group"},
		},
		// near-miss: a section of a text
		"NumberedSection": {
			text: "The contract is set out in Section 3 of the agreement between Tanhai University and Nanhu Group.",
			want: []string{"Tanhai University|signed-with|Nanhu Group"},
			not:  []string{"Tanhai University|part-of|*"},
		},
	})
}

// TestNameGrammarLeads13BothPost checks two names joined by "and" with "both
// T [of O]" after them: each holds the post, singular or plural.
func TestNameGrammarLeads13BothPost(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"BothPluralOfBody": {
			text: "Attending were Li Wen and Zhao Min, both vice presidents of Tanhai University, and Chen Qiu, chairman of Nanhu Group.",
			want: []string{"Li Wen|leads|Tanhai University", "Zhao Min|leads|Tanhai University", "Chen Qiu|leads|Nanhu Group"},
			not:  []string{"Chen Qiu|leads|Tanhai University"},
		},
		"BothSingularBare": {
			text: "Tanhai University opened an institute. Attending were Prof. Wang Han, the school Party Chief, accompanied by Li Wen and Zhao Min, both vice president, and local officials.",
			want: []string{"Li Wen|leads|Tanhai University", "Zhao Min|leads|Tanhai University"},
		},
		"BothDeansSubject": {
			text: "Li Wen and Zhao Min, both deans of Tanhai University, spoke at Nanhu Group.",
			want: []string{"Li Wen|leads|Tanhai University", "Zhao Min|leads|Tanhai University"},
			not:  []string{"Li Wen|leads|Nanhu Group"},
		},
		// near-miss: "both" before no post
		"BothFromBody": {
			text: "Li Wen and Zhao Min, both from Tanhai University, met Chen Qiu, president of Nanhu Group.",
			want: []string{"Chen Qiu|leads|Nanhu Group"},
			not:  []string{"Li Wen|leads|*", "Zhao Min|leads|*"},
		},
	})
}

// TestNameGrammarLeads13PrefixedPostsBeforeName checks posts joined by
// "and" before a name, the first after a body's name and the last "of O"
// ("RUC vice President and executive director of O P"): each post is of its
// own body.
func TestNameGrammarLeads13PrefixedPostsBeforeName(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"AcronymVicePresidentAndDirector": {
			text: "Tanhai University and Luoxi signed. The ceremony was attended by TU vice President and executive director of the National Institute for Strategy Liu Yuan.",
			want: []string{"Liu Yuan|leads|Tanhai University", "Liu Yuan|leads|National Institute for Strategy"},
		},
		"VicePresidentAndDean": {
			text: "Tanhai University and Luoxi signed. The ceremony was attended by Tanhai University Vice President and Dean of the Graduate School Liu Yuan.",
			want: []string{"Liu Yuan|leads|Tanhai University", "Liu Yuan|leads|Graduate School, Tanhai University"},
		},
		"ChairmanAndPresident": {
			text: "Tanhai University and Luoxi signed. Present was Nanhu Group Chairman and President of Nanhu Bank Zhao Min.",
			want: []string{"Zhao Min|leads|Nanhu Group", "Zhao Min|leads|Nanhu Bank"},
			not:  []string{"Zhao Min|leads|Tanhai University"},
		},
		// near-miss: one post only, of the body after it
		"SinglePostOfBody": {
			text: "Tanhai University and Luoxi signed. Present was Nanhu Group director of the Luoxi Office Zhao Min.",
			not:  []string{"Zhao Min|leads|Tanhai University"},
		},
	})
}
