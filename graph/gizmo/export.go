package gizmo

import (
	"fmt"
	"reflect"
	"strconv"

	"github.com/dop251/goja"
)

var (
	typeArray = reflect.TypeOf([]interface{}(nil))
	typeMap   = reflect.TypeOf(map[string]interface{}(nil))
	errorType = reflect.TypeOf((*error)(nil)).Elem()
)

// exporter turns a script's value into Go with a bounded walk. goja's own
// Export (in the version Cayley v0.7.7 pins) recurses without a bound, so
// a cyclic value (var a=[]; a.push(a)) overflows the goroutine's stack,
// which kills the process. The walk refuses a value that contains itself,
// that nests deeper than maxDepth, or whose size (strings' bytes plus a
// few bytes a node) passes budget.
type exporter struct {
	// ctx, when set, stops a long walk: the walk is Go, which the VM's
	// interrupt does not reach.
	ctx      interface{ Err() error }
	steps    int
	maxDepth int
	budget   int64
	used     int64
	// path holds the objects being walked, outermost first, to find cycles.
	path []*goja.Object
}

// exportBounded exports v as exportArgs and g.Emit need it.
func exportBounded(v goja.Value, maxDepth int, budget int64) (interface{}, error) {
	e := &exporter{maxDepth: maxDepth, budget: budget}
	return e.value(v, 0)
}

// exportEmitted exports a value for g.Emit, against what is left of the
// session's answer bytes.
func (s *Session) exportEmitted(v goja.Value) (interface{}, error) {
	e := &exporter{ctx: s.ctx, maxDepth: s.lim.MaxDepth, budget: s.lim.MaxAnswerBytes - s.emitted}
	out, err := e.value(v, 0)
	s.emitted += e.used
	if _, ok := err.(*ErrTooLarge); ok {
		err = &ErrTooLarge{Msg: fmt.Sprintf("answer larger than %d bytes: g.emit stopped", s.lim.MaxAnswerBytes)}
	}
	return out, err
}

// nodeBytes is what a node costs beyond its strings: about what it takes
// in Go once exported, and it bounds the nodes a walk visits.
const nodeBytes = 64

func (e *exporter) spend(n int64) error {
	e.used += n
	if e.steps++; e.ctx != nil && e.steps%4096 == 0 {
		if err := e.ctx.Err(); err != nil {
			return err
		}
	}
	if e.used > e.budget {
		return &ErrTooLarge{Msg: fmt.Sprintf("value larger than %d bytes", e.budget)}
	}
	return nil
}

func (e *exporter) value(v goja.Value, depth int) (interface{}, error) {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil, e.spend(4)
	}
	o, ok := v.(*goja.Object)
	if !ok {
		x := v.Export() // a primitive: no recursion
		if s, ok := x.(string); ok {
			return x, e.spend(int64(len(s)) + 2)
		}
		return x, e.spend(nodeBytes)
	}
	if depth >= e.maxDepth {
		return nil, &ErrMalformed{Msg: fmt.Sprintf("value nested deeper than %d levels", e.maxDepth)}
	}
	for _, p := range e.path {
		if p == o {
			return nil, &ErrMalformed{Msg: "value contains itself (a cycle): it cannot be exported"}
		}
	}
	if err := e.spend(nodeBytes); err != nil {
		return nil, err
	}
	e.path = append(e.path, o)
	defer func() { e.path = e.path[:len(e.path)-1] }()
	switch t := o.ExportType(); t {
	case typeArray:
		n := o.Get("length").ToInteger()
		if n < 0 {
			n = 0
		}
		// Every element costs at least its node, so the budget bounds n;
		// check it before allocating.
		if err := e.spend(0); err != nil || int64(n)*nodeBytes > e.budget-e.used {
			return nil, &ErrTooLarge{Msg: fmt.Sprintf("array of %d elements is larger than %d bytes", n, e.budget)}
		}
		arr := make([]interface{}, 0, n)
		for i := int64(0); i < n; i++ {
			x, err := e.value(o.Get(strconv.FormatInt(i, 10)), depth+1)
			if err != nil {
				return nil, err
			}
			arr = append(arr, x)
		}
		return arr, nil
	case typeMap:
		m := make(map[string]interface{})
		for _, k := range o.Keys() {
			if err := e.spend(int64(len(k)) + 2); err != nil {
				return nil, err
			}
			x, err := e.value(o.Get(k), depth+1)
			if err != nil {
				return nil, err
			}
			m[k] = x
		}
		return m, nil
	default:
		// A Go value the environment made (a path, a quad value, a
		// date, results of toArray); the script may have put itself
		// inside a Go slice or map, so those are walked too.
		return e.goValue(reflect.ValueOf(o.Export()), depth+1)
	}
}

// goValue copies slices and maps of a Go value with the same bounds; any
// other value is a leaf.
func (e *exporter) goValue(v reflect.Value, depth int) (interface{}, error) {
	if !v.IsValid() {
		return nil, nil
	}
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			return nil, nil
		}
		return e.goValue(v.Elem(), depth)
	case reflect.Slice, reflect.Array, reflect.Map:
		if v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Uint8 {
			return v.Interface(), e.spend(int64(v.Len()))
		}
	case reflect.String:
		return v.Interface(), e.spend(int64(v.Len()) + 2)
	default:
		return v.Interface(), e.spend(8)
	}
	if depth >= e.maxDepth {
		return nil, &ErrMalformed{Msg: fmt.Sprintf("value nested deeper than %d levels", e.maxDepth)}
	}
	if err := e.spend(8 + int64(v.Len())); err != nil {
		return nil, err
	}
	if v.Kind() == reflect.Map {
		if v.Type().Key().Kind() != reflect.String {
			return v.Interface(), nil
		}
		m := make(map[string]interface{}, v.Len())
		it := v.MapRange()
		for it.Next() {
			x, err := e.goValue(it.Value(), depth+1)
			if err != nil {
				return nil, err
			}
			k := it.Key().String()
			if err := e.spend(int64(len(k))); err != nil {
				return nil, err
			}
			m[k] = x
		}
		return m, nil
	}
	arr := make([]interface{}, v.Len())
	for i := range arr {
		x, err := e.goValue(v.Index(i), depth+1)
		if err != nil {
			return nil, err
		}
		arr[i] = x
	}
	return arr, nil
}
