#!/bin/sh
# Seeds a broken setup for the troubleshooting lesson. Run it from the workspace root:
#   sh labs/c07-l8/break.sh
# "web" serves Driftwood's catalogue on the network "shop". "client" is supposed to fetch
# http://catalog:8080/ every 2 seconds and log OK or FAIL. Right now it only ever logs FAIL.
set -eu
LBL=docker-course.lesson=c07-l8
for lesson in c07-l1 c07-l2 c07-l3 c07-l4 c07-l5 c07-l6 c07-l8; do
  old=$(docker ps -aq --filter label=docker-course.lesson=$lesson)
  [ -z "$old" ] || docker rm -f $old >/dev/null
  nets=$(docker network ls -q --filter label=docker-course.lesson=$lesson)
  [ -z "$nets" ] || docker network rm $nets >/dev/null
done
# Containers from other course lessons that use the same names (db from chapter 6, web from chapter 3, …)
# are removed too, but only when they carry the course label; anything else with these names is left alone.
for name in web client; do
  old=$(docker ps -aq --filter "name=^$name\$" --filter label=docker-course.lesson)
  [ -z "$old" ] || { docker rm -f $old >/dev/null && echo "removed the earlier lab container $name"; }
done
for net in shop shop-old; do
  old=$(docker network ls -q --filter "name=^$net\$" --filter label=docker-course.lesson)
  [ -z "$old" ] || { docker network rm $old >/dev/null && echo "removed the earlier lab network $net"; }
done
docker network create --label "$LBL" shop >/dev/null
docker network create --label "$LBL" shop-old >/dev/null
docker run -d --init --name web --label "$LBL" --network shop \
  --user 65534:65534 --tmpfs /www:uid=65534,gid=65534,size=1m \
  course/toolbox:1 \
  sh -c 'echo "catalogue: 42 bookmarks" > /www/index.html && exec httpd -f -p 8080 -h /www' >/dev/null
docker run -d --init --name client --label "$LBL" --network shop-old \
  --user 65534:65534 -e CATALOG_URL=http://catalog:8080/ \
  course/toolbox:1 \
  sh -c 'while true; do if out=$(wget -q -O - "$CATALOG_URL" 2>&1); then echo "$(date -u +%T) OK   $out"; else echo "$(date -u +%T) FAIL $out"; fi; sleep 2; done' >/dev/null
echo "seeded: web on shop, client on shop-old calling http://catalog:8080/"
