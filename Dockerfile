# syntax=docker/dockerfile:1
# coopgraph in two stages: a Go toolchain builds one static binary (the UI
# and the shipped articles are embedded in it, so no npm is needed here);
# a distroless image runs it as a non-root user.

FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
COPY third_party ./third_party
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/coopgraph ./cmd/coopgraph

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/coopgraph /usr/local/bin/coopgraph
# The embedded default store lives in /data; on PostgreSQL it stays empty.
ENV COOPGRAPH_ADDR=0.0.0.0:8080 \
    COOPGRAPH_DATA=/data
WORKDIR /data
VOLUME ["/data"]
EXPOSE 8080
USER nonroot:nonroot
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["/usr/local/bin/coopgraph", "health"]
ENTRYPOINT ["/usr/local/bin/coopgraph"]
CMD ["serve"]
