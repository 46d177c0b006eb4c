# Offline variant. Needs BuildKit (RUN --mount):
#   docker build --secret id=api_token,src=labs/c05-l4/secrets/api_token.txt -f labs/c05-l4/offline.Dockerfile …
FROM course/toolbox:1
ARG REVISION=unknown
LABEL org.opencontainers.image.title="driftwood-web" \
      org.opencontainers.image.version="1.2.0" \
      org.opencontainers.image.source="https://example.com/driftwood" \
      org.opencontainers.image.revision="${REVISION}"
WORKDIR /app
COPY fetch-deps.sh deps.txt ./
# The cache survives between builds but never becomes part of a layer;
# the secret is a file that exists only while this one RUN executes.
RUN --mount=type=cache,id=driftwood-deps,target=/var/cache/deps \
    --mount=type=secret,id=api_token \
    sh fetch-deps.sh deps.txt /var/cache/deps /app/vendor
COPY www/ ./www/
USER 65534:65534
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --retries=3 CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/"]
CMD ["httpd", "-f", "-p", "8080", "-h", "/app/www"]
