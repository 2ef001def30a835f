// Package api is coopgraph's HTTP API on Echo: the routes of API.md, Cayley's
// own query languages and v2 API over the same store, the OpenAPI document,
// Prometheus metrics and the UI. It wraps all of net/http so that cmd only
// builds a Config, calls New, Start or Open, and Shutdown.
package api

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/coopgraph/coopgraph/graph"
	"github.com/coopgraph/coopgraph/ui"
)

// Defaults of Config's zero values.
const (
	DefaultAddr         = "127.0.0.1:8080"
	DefaultBodyLimit    = 10 << 20 // 10 MiB
	DefaultQueryTimeout = 10 * time.Second
	DefaultResultLimit  = 1000
)

// Config is everything the server is told. The zero value of each field
// means its default; cmd fills it from flags and the environment.
type Config struct {
	// Addr is where Start (with an empty address) and Open listen,
	// host:port; ":0" picks a free port (see URL). Default DefaultAddr.
	Addr string

	// Token is the bearer token every write needs (Authorization: Bearer
	// TOKEN). When empty, New makes a random one and logs it, so no server
	// ever accepts anonymous writes; Token() returns it.
	Token string

	// BodyLimit bounds a request body in bytes; a longer one answers 413.
	// Default DefaultBodyLimit (10 MiB).
	BodyLimit int64

	// QueryTimeout bounds every query (search, neighbours, paths, Cayley's
	// languages); a query past it is stopped and answers 504. Default
	// DefaultQueryTimeout (10 s).
	QueryTimeout time.Duration

	// ResultLimit bounds the results of every query: the largest limit a
	// client may ask of search, neighbours and Cayley's languages. Default
	// DefaultResultLimit (1000).
	ResultLimit int

	// CORSOrigins lists the origins allowed to call the API from a browser
	// (e.g. https://example.org, or "*"). Empty: CORS closed, no CORS
	// headers, same origin only.
	CORSOrigins []string

	// RateLimit is the number of requests per second one client (by IP)
	// may make; past it the server answers 429. Zero: no limit.
	RateLimit float64
	// RateBurst is how many requests a client may make at once above
	// RateLimit. Default: RateLimit rounded up, at least 1.
	RateBurst int
	// TrustProxy takes the client's IP from X-Forwarded-For / X-Real-IP
	// (set it only behind a proxy that sets them); otherwise the rate limit
	// and the logs use the connection's address.
	TrustProxy bool

	// Logger receives the request log and the server's messages. Nil means
	// slog.Default().
	Logger *slog.Logger
}

func (c Config) withDefaults() Config {
	if c.Addr == "" {
		c.Addr = DefaultAddr
	}
	if c.BodyLimit <= 0 {
		c.BodyLimit = DefaultBodyLimit
	}
	if c.QueryTimeout <= 0 {
		c.QueryTimeout = DefaultQueryTimeout
	}
	if c.ResultLimit <= 0 {
		c.ResultLimit = DefaultResultLimit
	}
	if c.RateLimit > 0 && c.RateBurst <= 0 {
		c.RateBurst = int(c.RateLimit)
		if float64(c.RateBurst) < c.RateLimit {
			c.RateBurst++
		}
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	return c
}

// Server is coopgraph's HTTP server over one graph.Store.
type Server struct {
	cfg   Config
	store *graph.Store
	log   *slog.Logger
	echo  *echo.Echo
	token [sha256.Size]byte // the token's hash: compared in constant time
	raw   string
	m     *metrics
	limit *limiter   // the per-client rate limit; nil when there is none
	ui    *ui.Bundle // the UI's files, fingerprinted and compressed
	doc   []byte     // the OpenAPI document, for this configuration

	mu   sync.Mutex
	srv  *http.Server
	ln   net.Listener
	done chan struct{} // closed when Serve returns
	err  error         // what Serve returned, other than ErrServerClosed
}

// New builds a server over store (which the caller opens and closes): the
// routes, the middleware and the metrics. It makes and logs a token when
// cfg.Token is empty, and logs which backend it serves.
func New(cfg Config, store *graph.Store) (*Server, error) {
	if store == nil {
		return nil, errors.New("api: no store")
	}
	cfg = cfg.withDefaults()
	s := &Server{cfg: cfg, store: store, log: cfg.Logger}
	if cfg.Token == "" {
		b := make([]byte, 24)
		if _, err := rand.Read(b); err != nil {
			return nil, fmt.Errorf("api: make a token: %w", err)
		}
		s.cfg.Token = hex.EncodeToString(b)
		s.log.Warn("no token configured (COOPGRAPH_TOKEN); writes need this one, made for this run",
			"token", s.cfg.Token)
	}
	s.raw = s.cfg.Token
	s.token = sha256.Sum256([]byte(s.cfg.Token))
	s.m = newMetrics(store)
	if cfg.RateLimit > 0 {
		s.limit = newLimiter(cfg.RateLimit, cfg.RateBurst)
	}
	var err error
	if s.ui, err = ui.Built(); err != nil {
		return nil, fmt.Errorf("api: %w", err)
	}
	if s.doc, err = openAPIDocument(s.cfg, s.ui); err != nil {
		return nil, err
	}

	e := echo.New()
	e.HideBanner, e.HidePort = true, true
	e.HTTPErrorHandler = s.handleError
	e.IPExtractor = echo.ExtractIPDirect()
	if cfg.TrustProxy {
		e.IPExtractor = echo.ExtractIPFromXFFHeader()
	}
	s.echo = e
	s.registerRoutes()
	s.log.Info("serving graph", "backend", store.Backend().String(),
		"query_timeout", cfg.QueryTimeout, "result_limit", cfg.ResultLimit,
		"body_limit", cfg.BodyLimit, "rate_limit", cfg.RateLimit, "cors", cfg.CORSOrigins)
	return s, nil
}

// Handler returns the server's http.Handler, for httptest and for callers
// that run their own http.Server.
func (s *Server) Handler() http.Handler { return s.echo }

// Token returns the bearer token writes need: the configured one or the
// one New made.
func (s *Server) Token() string { return s.raw }

// Config returns the configuration in effect, defaults filled in.
func (s *Server) Config() Config { return s.cfg }

// Open listens on cfg.Addr (":0" picks a free port) and serves in the
// background; it returns once the server accepts connections. URL reports
// where. Stop it with Shutdown.
func (s *Server) Open() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.srv != nil {
		return errors.New("api: server already started")
	}
	ln, err := net.Listen("tcp", s.cfg.Addr)
	if err != nil {
		return fmt.Errorf("api: listen on %s: %w", s.cfg.Addr, err)
	}
	s.ln = ln
	s.srv = &http.Server{
		Handler:           s.echo,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       2 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    1 << 20,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	s.done = make(chan struct{})
	go func() {
		defer close(s.done)
		if err := s.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.mu.Lock()
			s.err = err
			s.mu.Unlock()
			s.log.Error("server stopped", "err", err)
		}
	}()
	s.log.Info("listening", "addr", ln.Addr().String())
	return nil
}

// Start listens on addr (cfg.Addr when empty) and serves until Shutdown,
// then returns nil, or the error that stopped it.
func (s *Server) Start(addr string) error {
	if addr != "" {
		s.cfg.Addr = addr
	}
	if err := s.Open(); err != nil {
		return err
	}
	<-s.done
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.err
}

// Addr returns the address the server listens on, nil before Open.
func (s *Server) Addr() net.Addr {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ln == nil {
		return nil
	}
	return s.ln.Addr()
}

// URL returns the server's base URL, such as http://127.0.0.1:38123; a
// wildcard host is reported as 127.0.0.1. Empty before Open.
func (s *Server) URL() string {
	a, ok := s.Addr().(*net.TCPAddr)
	if !ok {
		return ""
	}
	host := a.IP.String()
	if a.IP == nil || a.IP.IsUnspecified() {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, fmt.Sprint(a.Port))
}

// Shutdown stops the server gracefully: it stops accepting connections and
// waits for requests in flight to finish, or for ctx to end, in which case
// it closes the remaining connections and returns ctx's error. cmd calls it
// on SIGTERM and SIGINT.
func (s *Server) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	srv, done := s.srv, s.done
	s.mu.Unlock()
	if srv == nil {
		return nil
	}
	s.log.Info("shutting down: finishing requests in flight")
	err := srv.Shutdown(ctx)
	if err != nil {
		srv.Close()
		return fmt.Errorf("api: shutdown: %w", err)
	}
	<-done
	return nil
}
