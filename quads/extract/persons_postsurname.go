package extract

// A surname in capitals straight after a post ("Minister XU said", "on
// behalf of Chairman ZHENG", "Governor LIANG and Mayor WANG signed"), the
// genre's English pages writing Chinese surnames so, names the post's
// holder even where the article never gives the full name: it is no
// body's acronym, and no body signs, leads or visits through it (signed13).

// exPostSurnameAt: the capitals word at i is a common Chinese surname
// after a capitalised post word, and no capitalised word follows it (a
// following given name makes it a full name, which personAt reads).
func exPostSurnameAt(toks []exTok, i int) bool {
	if i < 1 || i >= len(toks) {
		return false
	}
	t, post := &toks[i], &toks[i-1]
	if !t.acr || !t.is(xfSurnames) || !post.word || !post.cap || !post.is(xfTitleCore) {
		return false
	}
	return i+1 >= len(toks) || !(toks[i+1].word && toks[i+1].cap)
}
