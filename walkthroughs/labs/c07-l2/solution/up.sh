#!/bin/sh
# Starts Driftwood's three tiers: proxy on "frontend", db on "backend" (also known as "postgres"),
# and api on both, so it is the only container that can talk to both sides.
# Run it from the workspace root: sh labs/c07-l2/up.sh
set -eu
LBL=docker-course.lesson=c07-l2

# Start clean: remove what earlier runs of the chapter 7 labs left behind, selected by the course label only.
for lesson in c07-l1 c07-l2 c07-l3 c07-l4 c07-l5 c07-l6 c07-l8; do
  old=$(docker ps -aq --filter label=docker-course.lesson=$lesson)
  [ -z "$old" ] || docker rm -f $old >/dev/null
  nets=$(docker network ls -q --filter label=docker-course.lesson=$lesson)
  [ -z "$nets" ] || docker network rm $nets >/dev/null
done
# Containers from other course lessons that use the same names (db from chapter 6, web from chapter 3, …)
# are removed too, but only when they carry the course label; anything else with these names is left alone.
for name in db api proxy; do
  old=$(docker ps -aq --filter "name=^$name\$" --filter label=docker-course.lesson)
  [ -z "$old" ] || { docker rm -f $old >/dev/null && echo "removed the earlier lab container $name"; }
done
for net in backend frontend; do
  old=$(docker network ls -q --filter "name=^$net\$" --filter label=docker-course.lesson)
  [ -z "$old" ] || { docker network rm $old >/dev/null && echo "removed the earlier lab network $net"; }
done

# svc NAME [docker run options...]: a tiny web service on port 8080 that answers with its name and hostname.
# It runs as an unprivileged user and keeps its page on a small tmpfs.
svc() {
  name=$1
  shift
  docker run -d --init --name "$name" --label "$LBL" "$@" \
    --user 65534:65534 --tmpfs /www:uid=65534,gid=65534,size=1m \
    course/toolbox:1 \
    sh -c "echo \"$name on \$(hostname)\" > /www/index.html && exec httpd -f -p 8080 -h /www" >/dev/null
  echo "started $name"
}

docker network create --label "$LBL" backend >/dev/null
docker network create --label "$LBL" frontend >/dev/null
echo "created networks backend and frontend"
svc db --network backend --network-alias postgres
svc api --network backend
docker network connect frontend api
echo "connected api to frontend"
svc proxy --network frontend
