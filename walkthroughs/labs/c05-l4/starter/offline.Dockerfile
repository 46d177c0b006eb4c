# Offline variant. Every change to deps.txt downloads everything again,
# and the token passed with --build-arg is written into the image's history.
FROM course/toolbox:1
ARG API_TOKEN
ARG REVISION=unknown
LABEL org.opencontainers.image.title="driftwood-web" \
      org.opencontainers.image.version="1.2.0" \
      org.opencontainers.image.source="https://example.com/driftwood" \
      org.opencontainers.image.revision="${REVISION}"
WORKDIR /app
COPY fetch-deps.sh deps.txt ./
RUN sh fetch-deps.sh deps.txt /var/cache/deps /app/vendor && rm -rf /var/cache/deps
COPY www/ ./www/
USER 65534:65534
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --retries=3 CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/"]
CMD ["httpd", "-f", "-p", "8080", "-h", "/app/www"]
