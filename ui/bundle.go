package ui

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"mime"
	"path"
	"regexp"
	"sort"
	"strings"
	"sync"
)

// Asset is one built file made ready to serve once, at startup: its bytes,
// their gzip when that is worth sending, and a name that carries a hash of
// its content, so that a browser may keep it for good.
type Asset struct {
	// Name is the file's path in the build: "app.js".
	Name string
	// Path is where it is served under its own name: "/app.js".
	Path string
	// Fingerprinted is where it is served under a name that holds its
	// content's hash: "/app.3f0c9a41d2b7e815.js". A new build gives a new
	// name, so that one may be cached for ever. Empty for the page itself.
	Fingerprinted string
	// ContentType is its media type, from its extension.
	ContentType string
	// Body is its bytes; for index.html, with the assets' names rewritten to
	// their fingerprinted ones.
	Body []byte
	// Gzip is Body gzipped, or nil when it is not text or gzip would not
	// make it smaller by enough to be worth it.
	Gzip []byte
	// ETag is the strong validator of Body, a quoted hash; GzipETag is
	// Gzip's (a different representation needs a different tag).
	ETag, GzipETag string
}

// Bundle is the whole build made ready to serve: the page and every other
// file.
type Bundle struct {
	// Index is index.html, which names the other files by their
	// fingerprinted paths.
	Index *Asset
	// Assets are the other files, by Name.
	Assets []*Asset
}

// hashLen is how many hex digits of a file's SHA-256 go into its
// fingerprinted name: 64 bits, plenty to tell builds apart.
const hashLen = 16

// minGzip is the size below which a file is sent as it is: gzip's header
// and trailer would eat most of what it saves.
const minGzip = 512

// Built returns the bundle of the embedded build, made the first time it is
// asked for and kept.
var Built = sync.OnceValues(func() (*Bundle, error) { return NewBundle(FS()) })

// NewBundle reads every file of fsys, which must hold index.html at its
// root, fingerprints and compresses each, and rewrites the src and href
// attributes of index.html that name one of them to its fingerprinted path.
// It works with whatever files the build holds.
func NewBundle(fsys fs.FS) (*Bundle, error) {
	b := &Bundle{}
	byName := map[string]*Asset{}
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		body, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		a := newAsset(name, body)
		if name == "index.html" {
			b.Index = a
			return nil
		}
		sum := sha256.Sum256(body)
		ext := path.Ext(name)
		a.Fingerprinted = "/" + strings.TrimSuffix(name, ext) + "." + hex.EncodeToString(sum[:])[:hashLen] + ext
		byName[name] = a
		b.Assets = append(b.Assets, a)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("ui: read the build: %w", err)
	}
	if b.Index == nil {
		return nil, fmt.Errorf("ui: the build has no index.html")
	}
	sort.Slice(b.Assets, func(i, j int) bool { return b.Assets[i].Name < b.Assets[j].Name })
	b.Index = newAsset("index.html", rewriteRefs(b.Index.Body, byName))
	return b, nil
}

func newAsset(name string, body []byte) *Asset {
	ctype := mime.TypeByExtension(path.Ext(name))
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	sum := sha256.Sum256(body)
	tag := hex.EncodeToString(sum[:])[:hashLen]
	a := &Asset{Name: name, Path: "/" + name, ContentType: ctype, Body: body, ETag: `"` + tag + `"`}
	if Compressible(ctype) && len(body) >= minGzip {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression) // the level is valid
		zw.Write(body)
		zw.Close()
		if buf.Len() < len(body)*9/10 {
			a.Gzip = buf.Bytes()
			a.GzipETag = `"` + tag + `-gzip"`
		}
	}
	return a
}

// ref is a src or href attribute with a relative or root-relative value.
var ref = regexp.MustCompile(`(\s(?:src|href)\s*=\s*")(?:\./|/)?([^"?#:]+)(")`)

// rewriteRefs replaces, in an HTML page, each src or href naming one of
// the files with that file's fingerprinted path.
func rewriteRefs(page []byte, byName map[string]*Asset) []byte {
	return ref.ReplaceAllFunc(page, func(m []byte) []byte {
		sub := ref.FindSubmatch(m)
		a, ok := byName[string(sub[2])]
		if !ok {
			return m
		}
		return []byte(string(sub[1]) + a.Fingerprinted + string(sub[3]))
	})
}

// Compressible reports whether a body of media type ctype is text that
// gzip shrinks: HTML, CSS, JavaScript, JSON, XML and SVG, N-Quads. Images
// other than SVG, fonts and archives are compressed already.
func Compressible(ctype string) bool {
	mt, _, err := mime.ParseMediaType(ctype)
	if err != nil {
		return false
	}
	if strings.HasPrefix(mt, "text/") || strings.HasSuffix(mt, "+json") || strings.HasSuffix(mt, "+xml") {
		return true
	}
	switch mt {
	case "application/json", "application/javascript", "application/ecmascript", "application/xml",
		"application/n-quads", "application/n-triples", "application/x-ndjson":
		return true
	}
	return false
}
