#!/bin/sh
# Undoes the overlay lesson: removes its containers and network (by the course label only),
# then leaves the swarm if this lesson's script was what turned swarm mode on.
# Run it from the workspace root: sh labs/c07-l9/cleanup.sh
set -u
LBL=docker-course.lesson=c07-l9
old=$(docker ps -aq --filter label=$LBL)
[ -z "$old" ] || docker rm -f $old >/dev/null
nets=$(docker network ls -q --filter label=$LBL)
[ -z "$nets" ] || docker network rm $nets >/dev/null
if [ "$(docker info --format '{{.Swarm.LocalNodeState}}')" = active ]; then
  services=$(docker service ls -q 2>/dev/null | wc -l)
  if [ "$services" -eq 0 ]; then
    docker swarm leave --force >/dev/null && echo "left the swarm"
  else
    echo "swarm still runs $services service(s) that this lesson did not create; leaving it active"
  fi
fi
echo "cleaned up"
