#!/bin/sh
# Runs Driftwood's nightly bookmark import once. Each run appends to its state in the named volume
# pgdata, and the container is removed afterwards (--rm), so nothing is left behind but the data.
# Usage: sh labs/c06-l3/run-importer.sh
set -eu
docker run --rm --label docker-course.lesson=c06-l3 \
  -v pgdata:/var/lib/importer \
  course/toolbox:1 \
  sh -c 'date -u +%FT%TZ >> /var/lib/importer/runs.log && echo "runs so far: $(wc -l < /var/lib/importer/runs.log)"'
