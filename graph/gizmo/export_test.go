package gizmo

import (
	"errors"
	"testing"

	"github.com/dop251/goja"
)

// TestExportBounded: the walk refuses cycles, depth and size with the
// right error, and exports what is within its bounds as goja would.
func TestExportBounded(t *testing.T) {
	for _, c := range []struct {
		src  string
		want any // an error type, or nil for a value
	}{
		{`var a=[]; a.push(a); a`, &ErrMalformed{}},
		{`var o={}; o.x={y: o}; o`, &ErrMalformed{}},
		{`var v=1; for (var i=0; i<100; i++) v=[v]; v`, &ErrMalformed{}},
		{`var s="x"; for (var i=0; i<21; i++) s=s+s; s`, &ErrTooLarge{}},
		{`var a=[1]; for (var i=0; i<40; i++) a=[a,a]; a`, &ErrTooLarge{}},
		{`var a=[]; a[1e9]=1; a`, &ErrTooLarge{}},
		{`var s={n: 1}; [s, s, {k: [s]}]`, nil}, // shared, not cyclic
		{`({a: [1, "b", null, true], c: {d: 2.5}})`, nil},
	} {
		vm := goja.New()
		v, err := vm.RunString(c.src)
		if err != nil {
			t.Fatalf("%s: %v", c.src, err)
		}
		got, err := exportBounded(v, DefaultMaxDepth, 1<<20)
		switch want := c.want.(type) {
		case nil:
			if err != nil {
				t.Errorf("%s: %v", c.src, err)
			}
			if _, ok := got.(map[string]interface{}); !ok {
				if _, ok := got.([]interface{}); !ok {
					t.Errorf("%s: exported %T", c.src, got)
				}
			}
		case *ErrMalformed:
			if !errors.As(err, &want) {
				t.Errorf("%s: error %v, want a malformed value", c.src, err)
			}
		case *ErrTooLarge:
			if !errors.As(err, &want) {
				t.Errorf("%s: error %v, want too large", c.src, err)
			}
		}
	}
}
