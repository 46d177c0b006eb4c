# Offline variant: the course toolbox plays the compiler.
# Everything happens in one stage, and the final image starts from that stage's whole filesystem.
FROM course/toolbox:1 AS Build
WORKDIR /src
COPY . .
RUN sh build.sh /src/src /out && sh test.sh /out

FROM scratch
ARG REVISION=unknown
LABEL org.opencontainers.image.title="driftwood-web" \
      org.opencontainers.image.version="2.0.0" \
      org.opencontainers.image.source="https://example.com/driftwood" \
      org.opencontainers.image.revision="${REVISION}"
COPY --from=Build / /
USER 65534:65534
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --retries=3 CMD ["/bin/busybox", "wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/"]
CMD ["/bin/busybox", "httpd", "-f", "-p", "8080", "-h", "/out/www"]
