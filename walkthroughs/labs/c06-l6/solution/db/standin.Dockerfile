# Offline stand-in for postgres:16-alpine: same data path, same user id (70), a healthcheck,
# and a clean shutdown. Build it from the workspace root:
#   docker build -t learner/db-standin:1 -f driftwood/db/standin.Dockerfile driftwood/db
FROM course/toolbox:1
ARG REVISION=unknown
LABEL org.opencontainers.image.title="driftwood-db-standin" \
      org.opencontainers.image.version="16.0.0" \
      org.opencontainers.image.source="https://example.com/driftwood" \
      org.opencontainers.image.revision="${REVISION}"
ENV PGDATA=/var/lib/postgresql/data
COPY standin-db.sh /usr/local/bin/standin-db.sh
RUN mkdir -p /var/lib/postgresql/data && chown -R 70:70 /var/lib/postgresql
USER 70:70
EXPOSE 5432
HEALTHCHECK --interval=5s --timeout=3s --retries=5 CMD ["test", "-s", "/var/lib/postgresql/data/PG_VERSION"]
CMD ["sh", "/usr/local/bin/standin-db.sh"]
