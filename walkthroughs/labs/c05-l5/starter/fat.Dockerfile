# Online variant of the "before" image: the full Python image, tools "just in case",
# package caches left behind, one layer per command.
FROM node:20-alpine AS assets
RUN apk add git
RUN npm install -g sass
WORKDIR /assets
COPY styles.scss ./
RUN sass styles.scss styles.css

FROM python:3.12
ARG REVISION=unknown
LABEL org.opencontainers.image.title="driftwood-web" \
      org.opencontainers.image.version="1.3.0" \
      org.opencontainers.image.source="https://example.com/driftwood" \
      org.opencontainers.image.revision="${REVISION}"
WORKDIR /app
RUN apt-get update
RUN apt-get install -y curl vim build-essential
COPY requirements.txt ./
RUN pip install -r requirements.txt
COPY app.py ./
COPY www/ ./www/
COPY --from=assets /assets/styles.css ./www/
USER 65534:65534
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --retries=3 CMD ["curl", "-fsS", "http://127.0.0.1:8080/"]
CMD ["python", "app.py"]
