# syntax=docker/dockerfile:1
# cairn in a container: the vote endpoint by default, or any other cairn command (such as
# `cairn build` in a CI system other than GitHub Actions). The binary is the static
# (musl) one of the release archives, built by the same script (scripts/build-static),
# on an empty base image, run as an unprivileged user.
#
#   docker build -t cairn .
#   docker run -p 127.0.0.1:8787:8787 -v "$PWD/public:/site:ro" -v cairn-data:/data cairn
#   docker run --rm --user "$(id -u)" -v "$PWD:/repo" cairn build /repo
#
# compose.yaml runs the endpoint with PostgreSQL.

FROM rust:1.95.0-slim-bookworm AS build
# musl-gcc builds SQLite and mimalloc for the musl target. Debian's current package is
# wanted (security updates), so its version is not pinned.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends musl-tools \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN scripts/build-static /out/cairn \
    && mkdir -p /out/data /out/site

FROM scratch
# Root certificates, for the outgoing TLS connections of later versions (this one's
# PostgreSQL driver has no TLS: keep the database on a private network).
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY --from=build /out/cairn /usr/local/bin/cairn
COPY --from=build --chown=10001:10001 /out/data /data
COPY --from=build /out/site /site
USER 10001:10001
# The built site is mounted at /site; the ballots' SQLite file and the endpoint's key are
# kept in the /data volume (the key is made on the first start). For PostgreSQL, set
# CAIRN_DATABASE=postgres://… (and CAIRN_ENDPOINT_KEY for several instances).
ENV CAIRN_SITE=/site \
    CAIRN_DATABASE=sqlite:///data/votes.db \
    CAIRN_KEY_FILE=/data/endpoint.key \
    CAIRN_LISTEN=0.0.0.0:8787
VOLUME ["/data"]
EXPOSE 8787
HEALTHCHECK --interval=30s --timeout=5s --start-period=5s --retries=3 \
    CMD ["/usr/local/bin/cairn", "endpoint", "health", "--timeout", "2"]
ENTRYPOINT ["/usr/local/bin/cairn"]
CMD ["endpoint"]
