#!/bin/sh
# Starts Driftwood's development server with the source folder bind-mounted from the workspace.
# Run it from the workspace root: sh driftwood/app/run-dev.sh
set -eu
old=$(docker ps -aq --filter label=docker-course.lesson --filter name='^dev$')
[ -z "$old" ] || docker rm -f $old >/dev/null
docker run -d --init --name dev \
  --label docker-course.lesson=c06-l4 \
  -p 127.0.0.1:8081:8080 \
  -v "$PWD/driftwood/app/src:/app/src" \
  course/toolbox:1 \
  httpd -f -p 8080 -h /app/src
echo "dev server: http://127.0.0.1:8081/"
