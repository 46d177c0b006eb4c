# Offline variant: the course toolbox plays the compiler in the build stage;
# the final image starts from scratch and receives only what it needs to serve the site.
FROM course/toolbox:1 AS build
WORKDIR /src
COPY build.sh test.sh ./
COPY src/ ./src/
RUN sh build.sh /src/src /out

# Built only with --target test (BuildKit skips it otherwise; the legacy builder runs it on the way).
FROM build AS test
LABEL stage=test
RUN sh test.sh /out

FROM scratch AS final
ARG REVISION=unknown
LABEL org.opencontainers.image.title="driftwood-web" \
      org.opencontainers.image.version="2.0.0" \
      org.opencontainers.image.source="https://example.com/driftwood" \
      org.opencontainers.image.revision="${REVISION}"
COPY --from=build /bin/busybox /bin/busybox
COPY --from=build /out/www /www
USER 65534:65534
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --retries=3 CMD ["/bin/busybox", "wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/"]
CMD ["/bin/busybox", "httpd", "-f", "-p", "8080", "-h", "/www"]
