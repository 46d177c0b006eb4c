#!/bin/sh
# Creates the volume "ramdisk": an in-memory scratch area for Driftwood's thumbnail renderer,
# capped at 16 MiB so a runaway job cannot eat the host's memory.
# Usage (from the workspace root): sh labs/c06-l5/make-ramdisk.sh
set -eu
old=$(docker volume ls -q --filter label=docker-course.lesson=c06-l5 --filter name='^ramdisk$')
[ -z "$old" ] || docker volume rm "$old" >/dev/null
docker volume create --driver local \
  --opt type=tmpfs \
  --opt device=tmpfs \
  --opt o=size=16m \
  --label docker-course.lesson=c06-l5 \
  ramdisk
