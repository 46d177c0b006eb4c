# Online variant of the "after" image: the stylesheet is compiled in a throwaway stage,
# the runtime is the small Alpine Python, and no package cache is kept.
FROM node:20-alpine AS assets
WORKDIR /assets
RUN npm install --global sass@1.77.8 && npm cache clean --force
COPY styles.scss ./
RUN sass --no-source-map styles.scss styles.css

FROM python:3.12-alpine AS final
ARG REVISION=unknown
LABEL org.opencontainers.image.title="driftwood-web" \
      org.opencontainers.image.version="1.3.0" \
      org.opencontainers.image.source="https://example.com/driftwood" \
      org.opencontainers.image.revision="${REVISION}"
WORKDIR /app
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt
COPY app.py ./
COPY www/ ./www/
COPY --from=assets /assets/styles.css ./www/
USER 65534:65534
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --retries=3 CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8080/', timeout=2)"]
CMD ["python", "app.py"]
