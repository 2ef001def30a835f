package quads

import (
	"fmt"
	"time"
	"unicode"
	"unicode/utf8"
)

// CheckText returns EINVALID, naming field and the byte offset, when s is
// not UTF-8 or holds a control character other than tab, newline and
// carriage return: NUL and the other C0 controls, DEL, and the C1 controls
// (U+0080–U+009F). Carriage return is kept because articles saved on
// Windows end their lines with CR LF, and the spans of their evidence count
// those bytes; a lone CR is as harmless.
func CheckText(field, s string) error {
	for i, r := range s {
		switch {
		case r == utf8.RuneError && !validRuneAt(s, i):
			return Errorf(EINVALID, "%s is not UTF-8 (byte %d)", field, i)
		case r == '\t' || r == '\n' || r == '\r':
		case unicode.IsControl(r):
			return Errorf(EINVALID, "%s holds control character %U at byte %d", field, r, i)
		}
	}
	return nil
}

func validRuneAt(s string, i int) bool {
	r, n := utf8.DecodeRuneInString(s[i:])
	return r != utf8.RuneError || n > 1
}

// Dates an article may carry: from FirstDate to a year past today, so that
// a typo (0000-00-00, 2204-01-01) is refused rather than stored, while an
// article dated tomorrow in another time zone is not.
var FirstDate = time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)

// lastDate returns the last date an article may carry, now.
func lastDate() time.Time { return time.Now().UTC().AddDate(1, 0, 0) }

// ParseDate reads a calendar date written YYYY-MM-DD: 2023-02-30 and
// 0000-00-00 are refused with EINVALID.
func ParseDate(s string) (time.Time, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil || len(s) != len(time.DateOnly) {
		return time.Time{}, Errorf(EINVALID, "%q is not a calendar date YYYY-MM-DD", Truncate(s, 40))
	}
	return t, nil
}

// ValidateDate returns EINVALID unless s is a calendar date YYYY-MM-DD
// from FirstDate to a year past today.
func ValidateDate(s string) error {
	t, err := ParseDate(s)
	if err != nil {
		return err
	}
	if last := lastDate(); t.Before(FirstDate) || t.After(last) {
		return Errorf(EINVALID, "date %s is outside %s … %s", s, FirstDate.Format(time.DateOnly), last.Format(time.DateOnly))
	}
	return nil
}

// checkFields runs CheckText on each named field, returning the first fault.
func checkFields(what string, fields ...string) error {
	for i := 0; i+1 < len(fields); i += 2 {
		if err := CheckText(fmt.Sprintf("%s %s", what, fields[i]), fields[i+1]); err != nil {
			return err
		}
	}
	return nil
}
