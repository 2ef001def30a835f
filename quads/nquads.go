package quads

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// Quads returns the quads that store the extraction. Every quad about the
// article, its entities and its evidence carries the article's IRI as label;
// each relation quad carries its evidence node's IRI, so one relation stated
// by two articles is one subject-predicate-object with two labels.
func (x *Extraction) Quads() []quad.Quad {
	a := &x.Article
	art := ArticleIRI(a.ID)
	qs := make([]quad.Quad, 0, 8+4*len(x.Entities)+8*len(x.Relations))
	add := func(s quad.Value, p quad.IRI, o quad.Value) {
		qs = append(qs, quad.Quad{Subject: s, Predicate: p, Object: o, Label: art})
	}
	add(art, RDFType, ClassArticle)
	add(art, PropTitle, quad.String(a.Title))
	add(art, PropText, quad.String(a.Text))
	if a.Date != "" {
		add(art, PropDate, quad.String(a.Date))
	}
	if a.Source != "" {
		add(art, PropSource, quad.String(a.Source))
	}
	if a.File != "" {
		add(art, PropFile, quad.String(a.File))
	}
	for _, e := range x.Entities {
		n := EntityIRI(e.ID)
		add(art, PropMentions, n)
		add(n, RDFType, e.Type.ClassIRI())
		add(n, PropName, quad.String(e.Name))
		for _, al := range e.Aliases {
			add(n, PropAlias, quad.String(al))
		}
	}
	rels := 0
	seen := make(map[string]bool, len(x.Relations))
	for _, r := range x.Relations {
		s, o := r.Subject, r.Object
		if r.Predicate.Symmetric() && o < s {
			s, o = o, s
		}
		evID := EvidenceID(a.ID, r.Evidence.Start, r.Evidence.End, s, r.Predicate, o)
		if seen[evID] {
			continue // the same relation twice in one sentence is one piece of evidence
		}
		seen[evID] = true
		ev := EvidenceIRI(evID)
		add(ev, RDFType, ClassEvidence)
		add(ev, PropArticle, art)
		add(ev, PropSentence, quad.String(r.Evidence.Sentence))
		add(ev, PropStart, quad.Int(r.Evidence.Start))
		add(ev, PropEnd, quad.Int(r.Evidence.End))
		add(ev, PropSubject, EntityIRI(s))
		add(ev, PropPredicate, r.Predicate.IRI())
		add(ev, PropObject, EntityIRI(o))
		if r.Title != "" {
			add(ev, PropTitle, quad.String(r.Title))
		}
		qs = append(qs, quad.Quad{Subject: EntityIRI(s), Predicate: r.Predicate.IRI(), Object: EntityIRI(o), Label: ev})
		rels++
	}
	add(art, PropRelCount, quad.Int(rels))
	return qs
}

// MaxNQuadsLine bounds one N-Quads line in bytes.
const MaxNQuadsLine = 1 << 20

// ReadNQuads parses a whole N-Quads document. Blank lines and # comments are
// skipped. The first malformed line fails the whole document with EINVALID
// naming its line number, so a caller never writes part of a bad file.
func ReadNQuads(r io.Reader) ([]quad.Quad, error) {
	qs, _, err := ReadNQuadsLines(r)
	return qs, err
}

// ReadNQuadsLines is ReadNQuads that also returns the line number of each
// quad, so that a later check can name the line it refuses.
func ReadNQuadsLines(r io.Reader) ([]quad.Quad, []int, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), MaxNQuadsLine)
	var out []quad.Quad
	var lines []int
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" || s[0] == '#' {
			continue
		}
		q, err := parseNQuad(s)
		if err != nil {
			return nil, nil, Errorf(EINVALID, "line %d: malformed N-Quad: %s", line, cleanParseError(err))
		}
		if err := ValidateQuad(q); err != nil {
			return nil, nil, Errorf(EINVALID, "line %d: %s", line, ErrorMessage(err))
		}
		out = append(out, q)
		lines = append(lines, line)
	}
	if err := sc.Err(); err != nil {
		if err == bufio.ErrTooLong {
			return nil, nil, Errorf(ETOOLARGE, "line %d: longer than %d bytes", line+1, MaxNQuadsLine)
		}
		return nil, nil, fmt.Errorf("read n-quads after line %d: %w", line, err)
	}
	return out, lines, nil
}

// parseNQuad is nquads.Parse with the parser's panics turned into errors:
// quad/nquads v1.1.0 panics ("internal parser error") on a \U escape past
// int32, such as "\U80000000", which any client can send.
func parseNQuad(s string) (q quad.Quad, err error) {
	err = Recovered("parse", func() error {
		q, err = nquads.Parse(s)
		return err
	})
	return q, err
}

// Recovered runs f, a call into a third-party parser, and returns its
// panic, if any, as an EINVALID error naming what was being done: the input
// that made the parser panic came from outside, and must get a 400, not
// take down the request.
func Recovered(what string, f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = Errorf(EINVALID, "%s: the parser refused the input (%v)", what, r)
		}
	}()
	return f()
}

// ValidateQuad returns EINVALID for a quad Cayley cannot store or that
// carries text no input may: a missing subject, predicate or object, a
// term that is not UTF-8 or holds a control character other than tab,
// newline and carriage return (CheckText), or an IRI or blank node with any
// control character or space. It does not check coopgraph's vocabulary;
// graph does, against what is stored.
func ValidateQuad(q quad.Quad) error {
	if q.Subject == nil || q.Predicate == nil || q.Object == nil {
		return Errorf(EINVALID, "quad lacks a subject, predicate or object")
	}
	for _, t := range []struct {
		dir string
		v   quad.Value
	}{{"subject", q.Subject}, {"predicate", q.Predicate}, {"object", q.Object}, {"label", q.Label}} {
		if err := validateTerm(t.dir, t.v); err != nil {
			return err
		}
	}
	return nil
}

func validateTerm(dir string, v quad.Value) error {
	var name string
	switch v := v.(type) {
	case nil:
		return nil
	case quad.IRI:
		return checkName(dir+" IRI", string(v))
	case quad.BNode:
		return checkName(dir+" blank node", string(v))
	case quad.String:
		return CheckText(dir+" literal", string(v))
	case quad.LangString:
		if err := checkName(dir+" language tag", v.Lang); err != nil {
			return err
		}
		return CheckText(dir+" literal", string(v.Value))
	case quad.TypedString:
		if err := checkName(dir+" datatype IRI", string(v.Type)); err != nil {
			return err
		}
		return CheckText(dir+" literal", string(v.Value))
	default:
		// Native values (Int, Float, Bool, Time) come from Go, not text;
		// check their printed form all the same.
		name = v.String()
	}
	return CheckText(dir, name)
}

// checkName refuses an IRI, blank node or tag with a control character or
// a space: N-Quads cannot even write one back.
func checkName(field, s string) error {
	if err := CheckText(field, s); err != nil {
		return err
	}
	for i, r := range s {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' {
			return Errorf(EINVALID, "%s holds white space at byte %d", field, i)
		}
	}
	return nil
}

func cleanParseError(err error) string {
	s := err.Error()
	if len(s) > 200 {
		s = Truncate(s, 200)
	}
	return s
}

// WriteNQuads writes quads as N-Quads, one per line.
func WriteNQuads(w io.Writer, qs []quad.Quad) error {
	nw := nquads.NewWriter(w)
	if _, err := nw.WriteQuads(qs); err != nil {
		return fmt.Errorf("write n-quads: %w", err)
	}
	return nw.Close()
}
