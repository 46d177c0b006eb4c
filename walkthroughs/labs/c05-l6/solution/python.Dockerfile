# The online API image of Driftwood with every input it can pin, pinned in text: exact versions for
# npm and pip, no apk or apt packages at all (the healthcheck uses Python itself), a versioned base tag.
# For a release build, also append the digest you look up in the lab's last step
# (FROM python:3.12-slim@sha256:<digest>) so the base cannot move under you.
FROM node:20-alpine AS assets
WORKDIR /assets
RUN npm install --global sass@1.77.8 && npm cache clean --force
COPY styles.scss ./
RUN sass --no-source-map styles.scss styles.css

FROM python:3.12-slim AS final
ARG REVISION=unknown
LABEL org.opencontainers.image.title="driftwood-api" \
      org.opencontainers.image.version="1.4.0" \
      org.opencontainers.image.source="https://example.com/driftwood" \
      org.opencontainers.image.revision="${REVISION}"
WORKDIR /app
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt
COPY app.py ./
COPY --from=assets /assets/styles.css ./static/
USER 65534:65534
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --retries=3 CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8080/', timeout=2)"]
CMD ["python", "app.py"]
