//go:build !unix

package extract

// processCPUSeconds is unknown here; BenchmarkExtract then reports wall-clock
// figures only.
func processCPUSeconds() (float64, bool) { return 0, false }
