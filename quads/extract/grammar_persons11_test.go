package extract

import "testing"

// The cases are read by checkEntityNames (grammar_names9_test.go).

// TestNameGrammarPersons11UpperSurname: a person named with the surname in
// capitals ("ZHENG Shuiquan", the genre's English pages of universities)
// is later called by that surname alone ("Deputy Chairman ZHENG", "Mr.
// HUANG", "CHEN also said"): the one word is the person, not a body's
// acronym or a place. An acronym the article's persons do not spell so
// stays a body.
func TestNameGrammarPersons11UpperSurname(t *testing.T) {
	checkEntityNames(t, map[string]entityNameCase{
		"AfterPost": {
			text:  "Fenglin University Meets Donghu Delegation\n\nDeputy Chairman ZHENG Hualin of Fenglin University met the guests. Deputy Chairman ZHENG extended a welcome to the guests.",
			names: []string{"ZHENG Hualin"},
			not:   []string{"ZHENG"},
		},
		"AfterHonorific": {
			text:  "Donghu Group Visits Fenglin University\n\nThe ceremony was attended by Mr. HUANG Lichang, general manager of Donghu Group. On behalf of Donghu Group, Mr. HUANG expressed his gratitude to Fenglin University.",
			names: []string{"HUANG Lichang"},
			not:   []string{"HUANG"},
		},
		"SentenceStart": {
			text:  "Fenglin University Signs with Donghu Institute\n\nCHEN Mingzhi, president of Fenglin University, signed the agreement. CHEN also expressed his good wishes for the cooperation.",
			names: []string{"CHEN Mingzhi"},
			not:   []string{"CHEN"},
		},
		// near-miss: capitals no person's name writes are a body's acronym
		"AcronymOfBodyStays": {
			text:  "Fenglin University Signs with Donghu Institute\n\nChen Mingzhi, president of Fenglin University, signed the agreement with CHEN. CHEN will send teachers.",
			names: []string{"Chen Mingzhi", "CHEN"},
		},
	})
	checkGrammar(t, map[string]grammarCase{
		"SurnameAloneLeads": {
			text: "Deputy Chairman ZHENG Hualin of Fenglin University met the guests from Donghu Institute. Deputy Chairman ZHENG extended a welcome to the guests.",
			want: []string{"ZHENG Hualin|leads|Fenglin University"},
		},
	})
}

// TestNameGrammarPersons11EnglishGiven: an English given name before a
// Chinese surname ("Evelyn Wang", "Kevin Zhang") is a person's name even
// where no comma or post marks it, as a European given name is: after a
// body the post is of ("Chair of X at Y Evelyn Wang attended"), so the post
// goes to that person and not to the next name of the sentence. A word of
// no such list before a surname stays a body's word ("Evergreen Wang
// Foundation" runs on into a body's head).
func TestNameGrammarPersons11EnglishGiven(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"PostAtBodyThenName": {
			text: "Chair of Department of Physics at Donghu Institute of Technology Evelyn Wang and Fenglin University Vice President Zhou Lin attended the ceremony.",
			want: []string{"Evelyn Wang|leads|Department of Physics*", "Zhou Lin|leads|Fenglin University"},
			not:  []string{"Zhou Lin|leads|Department of Physics*"},
		},
		"CEOOfCompanyName": {
			text: "CEO of Tanhai Robotics Kevin Zhang visited Fenglin University on May 3.",
			want: []string{"Kevin Zhang|leads|Tanhai Robotics", "Kevin Zhang|visited|Fenglin University"},
		},
		"NameBeforeVerb": {
			text: "Vivian Liu, general manager of Tanhai Robotics, said the two sides would train engineers. Later Vivian Liu signed the agreement with Fenglin University.",
			want: []string{"Vivian Liu|leads|Tanhai Robotics"},
		},
	})
	checkEntityNames(t, map[string]entityNameCase{
		// near-miss: an unlisted word before a surname and a body's head
		"BodyNamedAfterPerson": {
			text:  "Fenglin University Signs with Evergreen Wang Foundation\n\nFenglin University signed an agreement with the Evergreen Wang Foundation on May 3.",
			names: []string{"Evergreen Wang Foundation"},
			not:   []string{"Evergreen Wang"},
		},
		"GivenNameBeforeBodyHead": {
			text:  "Fenglin University Signs with Kevin Zhang Foundation\n\nFenglin University signed an agreement with the Kevin Zhang Foundation on May 3.",
			names: []string{"Kevin Zhang Foundation"},
			not:   []string{"Kevin Zhang"},
		},
	})
}

// TestNameGrammarPersons11GluedCommaClause: machine-translated pages glue
// a comma to the capitalised first word of the next clause ("… and Y
// Company,Gives specific instructions", "in his speech,Highly praised …"):
// that word is no body, so it signs nothing. Names glued after a comma in
// a list ("Huawei,Tencent and ZTE", "Secretariat,Planning Department and")
// stay names.
func TestNameGrammarPersons11GluedCommaClause(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"VerbAfterGluedComma": {
			text: "Wang Lin attended the signing ceremony in his speech,Highly praised the past cooperation between the School of Physics of Fenglin University and Donghu Power Company,Gives specific instructions on how both parties can further deepen cooperation.",
			not:  []string{"Donghu Power Company|signed-with|Gives", "School of Physics*|signed-with|Gives"},
		},
		"AdverbAfterGluedComma": {
			text: "Fenglin University signed an agreement with Donghu Power Company,Warmly welcomed by the staff of both sides.",
			want: []string{"Fenglin University|signed-with|Donghu Power Company"},
			not:  []string{"Fenglin University|signed-with|Warmly"},
		},
	})
	checkEntityNames(t, map[string]entityNameCase{
		"ClauseWordNoEntity": {
			text:  "Fenglin University Signs with Donghu Power Company\n\nZhou Min spoke at the signing ceremony,Warmly praised the past cooperation between the School of Physics of Fenglin University and Donghu Power Company,Offers new ideas on how both parties can train engineers.",
			names: []string{"Donghu Power Company"},
			not:   []string{"Offers"},
		},
		// near-miss: one-word names glued in a signing list stay parties
		"GluedListOfNames": {
			text:  "Fenglin University Signs with Three Companies\n\nFenglin University signed agreements with Tanhai Robotics,Nordvik and Linhe Optronics on May 3.",
			names: []string{"Nordvik"},
		},
	})
}

// TestNameGrammarPersons11NameGluedOnward: a page that lost the space after
// a pinyin name runs it onto "of", "and" or a verb of speech ("General
// Manager Liu RenliangofDonghu Center", "Prof. Yingkui Yangintroduced the
// plan"): no pinyin name ends so, and the name is cut where it ends, so the
// person is the one named elsewhere and the post finds its body. English
// words that end so and names that do not stay whole.
func TestNameGrammarPersons11NameGluedOnward(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"GluedOfBeforeBody": {
			text: "The ceremony was attended by General Manager Zhou MinghuiofLinhe Robotics Research Center and teachers of Fenglin University.",
			want: []string{"Zhou Minghui|leads|Linhe Robotics Research Center"},
		},
		"GluedAndBeforeName": {
			text: "Vice President Zhou MinghuiandProfessor Chen Lin of Fenglin University visited Linhe Robotics Research Center.",
			want: []string{"Zhou Minghui|visited|Linhe Robotics Research Center"},
		},
	})
	checkEntityNames(t, map[string]entityNameCase{
		"GluedSpeechVerb": {
			text:  "Fenglin University Sets Up Graphene Center\n\nProfessor Qiang Xiaolin of Fenglin University was named director of the center. Prof. Xiaolin Qiangintroduced the establishment process of the center.",
			names: []string{"Xiaolin Qiang"},
			not:   []string{"Xiaolin Qiangintroduced"},
		},
		"GluedOfEntity": {
			text:  "Fenglin University Meets Linhe Robotics\n\nGeneral Manager Zhou MinghuiofLinhe Robotics Research Center attended the talks.",
			names: []string{"Zhou Minghui"},
			not:   []string{"Zhou Minghuiof"},
		},
		// near-miss: an English word ending in "and" after no pinyin stays whole
		"EnglishWordEndingAnd": {
			text:  "Fenglin University Signs with Auckland Institute\n\nFenglin University signed an agreement with Auckland Institute of Design on May 3.",
			names: []string{"Auckland Institute of Design"},
		},
	})
}

// TestGlueSplitPinyinName: the cut of exNameGlueCut on runs of letters, and
// the runs it leaves whole.
func TestGlueSplitPinyinName(t *testing.T) {
	for run, want := range map[string]int{
		"RenliangofChongqing": len("Renliang"),
		"Minghuiand":          len("Minghui"),
		"Yangintroduced":      len("Yang"),
		"Xiaolinsaid":         len("Xiaolin"),
		"Lisaid":              0, // too short a run to be sure of
		"Auckland":            0,
		"Thereof":             0,
		"Zealand":             0,
	} {
		if got := exGlueSplit(run); got != want {
			t.Errorf("exGlueSplit(%q) = %d, want %d", run, got, want)
		}
	}
}

// TestNameGrammarPersons11MixedCaseGiven: a given name whose second
// syllable the page capitalised ("Qi ShengLi", "Wang XiaoMing") is one
// name; a capitalised word glued to a name that opens a body's name, or is
// no pinyin, is not its part.
func TestNameGrammarPersons11MixedCaseGiven(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"PostBeforeMixedCase": {
			text: "Tanhai Group's Deputy Secretary of the Party Committee Qi ShengLi visited Fenglin University on May 3.",
			want: []string{"Qi ShengLi|visited|Fenglin University"},
			not:  []string{"Qi Sheng|visited|Fenglin University"},
		},
		"MixedCaseBeforeApposition": {
			text: "Wang XiaoMing, general manager of Tanhai Robotics, signed the agreement with Fenglin University.",
			want: []string{"Wang XiaoMing|leads|Tanhai Robotics"},
		},
	})
	checkEntityNames(t, map[string]entityNameCase{
		"MixedCaseEntity": {
			text:  "Fenglin University Visits Tanhai Group\n\nThe delegation met Deputy Secretary Qi ShengLi and other leaders of Tanhai Group.",
			names: []string{"Qi ShengLi"},
			not:   []string{"Qi Sheng"},
		},
		// near-miss: the glued capital is no pinyin
		"GluedNonPinyinWord": {
			text: "Fenglin University Visits Tanhai Group\n\nThe delegation met Deputy Secretary Qi ShengMartin and other leaders of Tanhai Group.",
			not:  []string{"Qi ShengMartin"},
		},
	})
}

// TestNameGrammarPersons11CreditLines: the credits a page sets under its
// story on lines of their own ("(Translated by P", "Reviewed by Q)",
// "(Edited by P with X, p@x.org)") are page furniture, as "Reviewed by Q"
// was: they name who made the page, not persons of the story. A paragraph
// that opens with such a word and no "by" is the story's.
func TestNameGrammarPersons11CreditLines(t *testing.T) {
	checkEntityNames(t, map[string]entityNameCase{
		"BracketSplitOverTwoLines": {
			text:  "Fenglin University Signs with Linhe County\n\nFenglin University signed an agreement with Linhe County on May 3.\n(Translated by Zhou Minghui\nReviewed by Chen Lixia)",
			names: []string{"Fenglin University"},
			not:   []string{"Zhou Minghui", "Chen Lixia"},
		},
		"EditedByWithAgency": {
			text:  "Fenglin University Signs with Linhe County\n\nFenglin University signed an agreement with Linhe County on May 3.\n(Edited by Zhou Minghui with Xinhua Silk Road, zhouminghui@xinhua.org)",
			names: []string{"Fenglin University"},
			not:   []string{"Zhou Minghui"},
		},
		"BracketInsideParagraph": {
			text:  "Fenglin University Signs with Linhe County\n\nFenglin University signed an agreement with Linhe County on May 3. (Translated by Zhou Minghui)",
			names: []string{"Fenglin University"},
			not:   []string{"Zhou Minghui"},
		},
		// near-miss: a paragraph of the story that opens with such a word
		// and no "by"
		"StorySentenceKept": {
			text:  "Fenglin University Signs with Linhe County\n\nFenglin University signed an agreement with Linhe County on May 3.\nTranslated into five languages, the plan was presented by Zhou Minghui, president of Fenglin University.",
			names: []string{"Zhou Minghui"},
		},
	})
}
