// Package ui holds coopgraph's single-page app, built from src/ into dist/
// by esbuild (npm run build) and embedded in the binary. At startup Built
// makes a Bundle of it (bundle.go): each file gets a name holding the hash
// of its content ("/app.3f0c9a41d2b7e815.js"), index.html is rewritten to
// load those names, and text is gzipped once. The api package serves the
// page at "/", each file under its own name and its fingerprinted one, and
// the app calls the API under "/api/".
//
// The built files are committed, so a Go build needs no Node; CI rebuilds
// them with npm ci and fails if they differ from the committed copy.
// The page loads nothing from another host and needs no inline script or
// style, so it runs under a Content-Security-Policy of 'self'.
package ui

import (
	"embed"
	"io/fs"
)

//go:embed dist
var dist embed.FS

// FS returns the built app with dist/ stripped: index.html is at its root.
func FS() fs.FS {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic("ui: " + err.Error()) // unreachable: dist is embedded
	}
	return sub
}
