// Package ui holds coopgraph's single-page app, built from src/ into dist/
// by esbuild (npm run build) and embedded in the binary. The api package
// serves FS at "/": index.html at "/", the assets beside it ("/app.js",
// "/app.css", "/favicon.svg"), and the app calls the API under "/api/".
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
