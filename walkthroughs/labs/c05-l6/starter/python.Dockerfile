# The online API image of Driftwood. Its inputs float: the base has no tag at all, and the apk,
# npm, apt and pip packages each resolve to whatever is newest on the day of the build.
FROM node:20-alpine AS assets
RUN apk add --no-cache git
RUN npm install --global sass
WORKDIR /assets
COPY styles.scss ./
RUN sass --no-source-map styles.scss styles.css

FROM python
ARG REVISION=unknown
LABEL org.opencontainers.image.title="driftwood-api" \
      org.opencontainers.image.version="1.4.0" \
      org.opencontainers.image.source="https://example.com/driftwood" \
      org.opencontainers.image.revision="${REVISION}"
WORKDIR /app
RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
RUN pip install --no-cache-dir requests
COPY app.py ./
COPY --from=assets /assets/styles.css ./static/
USER 65534:65534
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --retries=3 CMD ["curl", "-fsS", "http://127.0.0.1:8080/"]
CMD ["python", "app.py"]
