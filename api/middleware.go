package api

import (
	"crypto/sha256"
	"crypto/subtle"
	"fmt"
	"log/slog"
	"math"
	"net/http"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/coopgraph/coopgraph/quads"
)

// headKey marks, in the request's echo.Context, a HEAD routed as a GET.
const headKey = "coopgraph.head"

// headAsGet runs before routing (e.Pre): it routes a HEAD request as the
// GET of the same path, so that HEAD is answered wherever GET is. The
// request keeps the method GET only while the router looks it up:
// answerHead gives it back at once.
func headAsGet(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if r := c.Request(); r.Method == http.MethodHead {
			r.Method = http.MethodGet
			c.Set(headKey, true)
		}
		return next(c)
	}
}

// answerHead runs first after routing. It gives a HEAD routed as a GET
// its method back, so handlers, logs and metrics see HEAD and net/http
// sends the GET's status and headers (Content-Length included when the
// body is known) with no body. And since every GET route takes HEAD, it
// adds HEAD to the Allow header of a 405 or an OPTIONS answer that lists
// GET (Echo's router lists only the methods registered).
func answerHead(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if head, _ := c.Get(headKey).(bool); head {
			c.Request().Method = http.MethodHead
		}
		res := c.Response()
		res.Before(func() {
			if allow := res.Header().Get(echo.HeaderAllow); allow != "" {
				res.Header().Set(echo.HeaderAllow, withHead(allow))
			}
		})
		return next(c)
	}
}

// withHead adds HEAD, after GET, to an Allow list that has GET.
func withHead(allow string) string {
	methods := strings.Split(allow, ", ")
	i := slices.Index(methods, http.MethodGet)
	if i < 0 || slices.Contains(methods, http.MethodHead) {
		return allow
	}
	return strings.Join(slices.Insert(methods, i+1, http.MethodHead), ", ")
}

// observe logs every request with slog and counts it in the metrics, after
// the error handler has answered, so both see the final status.
func (s *Server) observe(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		start := time.Now()
		s.m.inflight.Inc()
		defer s.m.inflight.Dec()
		if err := next(c); err != nil {
			c.Error(err)
		}
		req, res := c.Request(), c.Response()
		dur := time.Since(start)
		route := c.Path()
		if route == "" {
			route = "unmatched"
		}
		s.m.observe(req.Method, route, res.Status, dur)
		level := slog.LevelInfo
		if res.Status >= 500 {
			level = slog.LevelWarn
		}
		s.log.LogAttrs(req.Context(), level, "request",
			slog.String("method", req.Method), slog.String("path", req.URL.Path),
			slog.Int("status", res.Status), slog.Int64("bytes", res.Size),
			slog.Duration("duration", dur), slog.String("ip", c.RealIP()))
		return nil
	}
}

// recoverPanic turns a panic in a handler into a logged 500.
func (s *Server) recoverPanic(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) (err error) {
		defer func() {
			if r := recover(); r != nil {
				if r == http.ErrAbortHandler {
					panic(r)
				}
				err = fmt.Errorf("panic: %v\n%s", r, debug.Stack())
			}
		}()
		return next(c)
	}
}

// contentSecurityPolicy lets the UI load only its own scripts, styles,
// images and API: it has no inline script or style and uses no other host.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; " +
	"img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"

// securityHeaders sets the headers that keep the UI from being framed,
// sniffed or made to run someone else's script, on every answer.
func (s *Server) securityHeaders(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		h := c.Response().Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		return next(c)
	}
}

// cors answers cross-origin requests from the configured origins only; with
// none configured it adds nothing, and browsers keep to the same origin.
func (s *Server) cors(next echo.HandlerFunc) echo.HandlerFunc {
	origins := s.cfg.CORSOrigins
	any := slices.Contains(origins, "*")
	return func(c echo.Context) error {
		origin := c.Request().Header.Get("Origin")
		if len(origins) == 0 || origin == "" || !(any || slices.Contains(origins, origin)) {
			return next(c)
		}
		h := c.Response().Header()
		h.Add("Vary", "Origin")
		h.Set("Access-Control-Allow-Origin", origin)
		if c.Request().Method == http.MethodOptions && c.Request().Header.Get("Access-Control-Request-Method") != "" {
			h.Add("Vary", "Access-Control-Request-Method")
			h.Add("Vary", "Access-Control-Request-Headers")
			h.Set("Access-Control-Allow-Methods", "GET, POST")
			h.Set("Access-Control-Allow-Headers", "Authorization, Content-Type")
			h.Set("Access-Control-Max-Age", "600")
			return c.NoContent(http.StatusNoContent)
		}
		return next(c)
	}
}

// limitBody refuses a body longer than BodyLimit: at once when it says its
// length, and as soon as it is read past the limit otherwise
// (*http.MaxBytesError, 413 in handleError).
func (s *Server) limitBody(next echo.HandlerFunc) echo.HandlerFunc {
	limit := s.cfg.BodyLimit
	return func(c echo.Context) error {
		req := c.Request()
		if req.ContentLength > limit {
			return quads.Errorf(quads.ETOOLARGE, "request body of %d bytes is larger than %d bytes", req.ContentLength, limit)
		}
		if req.Body != nil && req.Body != http.NoBody {
			req.Body = http.MaxBytesReader(c.Response(), req.Body, limit)
		}
		return next(c)
	}
}

// requireToken lets a write through only with Authorization: Bearer TOKEN.
func (s *Server) requireToken(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		h := c.Request().Header.Get("Authorization")
		if h == "" {
			return quads.Errorf(quads.EUNAUTHORIZED, "writes need Authorization: Bearer TOKEN")
		}
		if !s.authorized(c.Request()) {
			return quads.Errorf(quads.EUNAUTHORIZED, "wrong token")
		}
		return next(c)
	}
}

// authorized reports whether r carries the server's bearer token. The
// comparison is of the tokens' SHA-256 hashes, in constant time, so it
// tells nothing of the token's length or content.
func (s *Server) authorized(r *http.Request) bool {
	h := r.Header.Get("Authorization")
	scheme, tok, ok := strings.Cut(h, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return false
	}
	sum := sha256.Sum256([]byte(strings.TrimSpace(tok)))
	return subtle.ConstantTimeCompare(sum[:], s.token[:]) == 1
}

// rateLimit answers 429 to a client (by IP) past RateLimit requests per
// second, with Retry-After. /healthz, /livez and /metrics are not limited.
func (s *Server) rateLimit(next echo.HandlerFunc) echo.HandlerFunc {
	l := s.limit
	return func(c echo.Context) error {
		if l == nil {
			return next(c)
		}
		switch c.Path() {
		case "/healthz", "/livez", "/metrics":
			return next(c)
		}
		if ok, wait := l.allow(c.RealIP(), time.Now()); !ok {
			c.Response().Header().Set("Retry-After", strconv.Itoa(int(math.Ceil(wait.Seconds()))))
			return errRateLimited
		}
		return next(c)
	}
}

// limiter is a token bucket per client.
type limiter struct {
	mu      sync.Mutex
	rate    float64 // tokens per second
	burst   float64
	clients map[string]*bucket
	swept   time.Time
}

type bucket struct {
	tokens float64
	last   time.Time
}

func newLimiter(rate float64, burst int) *limiter {
	return &limiter{rate: rate, burst: float64(burst), clients: map[string]*bucket{}}
}

// allow takes a token from the client's bucket, or says how long until one
// is there.
func (l *limiter) allow(client string, now time.Time) (bool, time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if now.Sub(l.swept) > time.Minute {
		l.sweep(now)
	}
	b, ok := l.clients[client]
	if !ok {
		b = &bucket{tokens: l.burst, last: now}
		l.clients[client] = b
	}
	b.tokens = math.Min(l.burst, b.tokens+now.Sub(b.last).Seconds()*l.rate)
	b.last = now
	if b.tokens >= 1 {
		b.tokens--
		return true, 0
	}
	return false, time.Duration((1 - b.tokens) / l.rate * float64(time.Second))
}

// sweep forgets clients whose bucket has filled up again: they are as if new.
func (l *limiter) sweep(now time.Time) {
	l.swept = now
	full := time.Duration(l.burst / l.rate * float64(time.Second))
	for k, b := range l.clients {
		if now.Sub(b.last) > full {
			delete(l.clients, k)
		}
	}
}
