#!/bin/sh
# Runs Driftwood's nightly bookmark import once. Each run writes its state to /var/lib/importer.
# Usage: sh labs/c06-l3/run-importer.sh
set -eu
docker run --label docker-course.lesson=c06-l3 \
  -v /var/lib/importer \
  course/toolbox:1 \
  sh -c 'date -u +%FT%TZ >> /var/lib/importer/runs.log && echo "runs so far: $(wc -l < /var/lib/importer/runs.log)"'
