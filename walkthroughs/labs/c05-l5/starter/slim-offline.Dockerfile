# Offline variant of the "after" image. Start as a copy of fat-offline.Dockerfile; make it small.
FROM course/toolbox:1
ARG REVISION=unknown
LABEL org.opencontainers.image.title="driftwood-web" \
      org.opencontainers.image.version="1.3.0" \
      org.opencontainers.image.source="https://example.com/driftwood" \
      org.opencontainers.image.revision="${REVISION}"
WORKDIR /app
RUN mkdir -p /opt/sdk
RUN dd if=/dev/urandom of=/opt/sdk/sdk.bin bs=1M count=40
RUN md5sum /opt/sdk/sdk.bin | cut -c1-12 > /app/build-id
RUN rm -rf /opt/sdk
COPY www/ ./www/
USER 65534:65534
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --retries=3 CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/"]
CMD ["httpd", "-f", "-p", "8080", "-h", "/app/www"]
