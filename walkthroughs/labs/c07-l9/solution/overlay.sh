#!/bin/sh
# First look at overlay networks: turns this engine into a one-node swarm, creates the overlay
# network "ov" (attachable, so plain containers may join it) and runs two containers on it.
# Run it from the workspace root:
#   sh labs/c07-l9/overlay.sh
# Undo everything with: sh labs/c07-l9/cleanup.sh
set -eu
LBL=docker-course.lesson=c07-l9
state=$(docker info --format '{{.Swarm.LocalNodeState}}')
if [ "$state" != active ]; then
  docker swarm init --advertise-addr 127.0.0.1 --listen-addr 127.0.0.1:2377 >/dev/null
  echo "swarm initialised (this engine is now a one-node swarm manager)"
fi
docker network create --driver overlay --attachable --label "$LBL" ov >/dev/null
echo "created overlay network ov"
for n in one two; do
  docker run -d --init --name "ov-$n" --label "$LBL" --network ov course/toolbox:1 sleep 86400 >/dev/null
  echo "started ov-$n"
done
