module github.com/dop251/goja

go 1.12

require (
	github.com/dlclark/regexp2 v1.1.4
	github.com/go-sourcemap/sourcemap v2.1.2+incompatible
	golang.org/x/text v0.40.0
)
