package api

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// healthz answers GET /healthz: the server is up.
func (s *Server) healthz(c echo.Context) error {
	return c.JSON(http.StatusOK, healthResponse{Status: "ok", Backend: s.store.Backend().Name})
}
