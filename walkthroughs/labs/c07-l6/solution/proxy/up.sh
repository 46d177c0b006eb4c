#!/bin/sh
# Starts Driftwood behind its reverse proxy: two app replicas and the proxy.
# Run it from the workspace root: sh driftwood/proxy/up.sh online   (nginx, needs a registry)
#                                 sh driftwood/proxy/up.sh offline  (toolbox forwarder, GET only)
set -eu
mode=${1:-offline}
LBL=docker-course.lesson=c07-l6

# Start clean: remove what earlier runs of the chapter 7 labs left behind, selected by the course label only.
for lesson in c07-l1 c07-l2 c07-l3 c07-l4 c07-l5 c07-l6 c07-l8; do
  old=$(docker ps -aq --filter label=docker-course.lesson=$lesson)
  [ -z "$old" ] || docker rm -f $old >/dev/null
  nets=$(docker network ls -q --filter label=docker-course.lesson=$lesson)
  [ -z "$nets" ] || docker network rm $nets >/dev/null
done
# Containers from other course lessons that use the same names (db from chapter 6, web from chapter 3, …)
# are removed too, but only when they carry the course label; anything else with these names is left alone.
for name in app1 app2 proxy; do
  old=$(docker ps -aq --filter "name=^$name\$" --filter label=docker-course.lesson)
  [ -z "$old" ] || { docker rm -f $old >/dev/null && echo "removed the earlier lab container $name"; }
done
for net in frontend; do
  old=$(docker network ls -q --filter "name=^$net\$" --filter label=docker-course.lesson)
  [ -z "$old" ] || { docker network rm $old >/dev/null && echo "removed the earlier lab network $net"; }
done

docker network create --label "$LBL" frontend >/dev/null
echo "created network frontend"

# Each app replica answers /api/health with its own hostname. Both answer to the name "app" on
# frontend, and neither publishes a port: the proxy is the only way in.
for n in 1 2; do
  docker run -d --init --name app$n --label "$LBL" --network frontend --network-alias app \
    --user 65534:65534 --tmpfs /www:uid=65534,gid=65534,size=1m \
    course/toolbox:1 \
    sh -c 'mkdir -p /www/api && echo "driftwood-app ok $(hostname)" > /www/api/health && exec httpd -f -p 8080 -h /www' >/dev/null
  echo "started app$n"
done

# The proxy is published on the loopback address only.
if [ "$mode" = online ]; then
  docker run -d --name proxy --label "$LBL" --network frontend -p 127.0.0.1:8080:8080 \
    -v "$PWD/driftwood/proxy/nginx.conf:/etc/nginx/conf.d/default.conf:ro" \
    nginxinc/nginx-unprivileged:1.27-alpine >/dev/null
else
  docker run -d --init --name proxy --label "$LBL" --network frontend -p 127.0.0.1:8080:8080 \
    --user 65534:65534 -e UPSTREAM=app:8080 \
    -v "$PWD/driftwood/proxy/forward.sh:/usr/local/bin/forward.sh:ro" \
    course/toolbox:1 nc -ll -p 8080 -e /bin/sh /usr/local/bin/forward.sh >/dev/null
fi
echo "started proxy ($mode): http://127.0.0.1:8080/api/health"
