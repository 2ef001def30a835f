package api

import (
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/coopgraph/coopgraph/quads"
)

// search answers GET /api/search?q=&type=&limit=: the entities whose name or
// alias matches q, ranked exact name, alias, prefix, then fuzzy.
func (s *Server) search(c echo.Context) error {
	q := strings.TrimSpace(c.QueryParam("q"))
	if q == "" {
		return quads.Errorf(quads.EINVALID, "q is required: the name to search for")
	}
	if len(q) > quads.MaxNameLen {
		return quads.Errorf(quads.EINVALID, "q is longer than %d bytes", quads.MaxNameLen)
	}
	var t quads.EntityType
	if v := c.QueryParam("type"); v != "" {
		var err error
		if t, err = entityType(v); err != nil {
			return err
		}
	}
	most := min(maxSearch, s.cfg.ResultLimit)
	limit, err := intParam(c, "limit", min(defaultSearch, most), most)
	if err != nil {
		return err
	}
	ctx, cancel := s.queryContext(c)
	defer cancel()
	es, err := s.store.Search(ctx, q, t, limit)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, searchResponse{Entities: entities(es)})
}
