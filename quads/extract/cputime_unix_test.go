//go:build unix

package extract

import "syscall"

// processCPUSeconds is the CPU time (user and system) the test process has
// used so far. BenchmarkExtract divides by it because wall-clock MB/s on a
// shared machine follows the machine's load more than the code: with
// -cpu 1 the process's CPU time is the one core's work, whatever else runs.
func processCPUSeconds() (float64, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	sec := func(t syscall.Timeval) float64 { return float64(t.Sec) + float64(t.Usec)/1e6 }
	return sec(ru.Utime) + sec(ru.Stime), true
}
