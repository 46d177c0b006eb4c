#!/bin/sh
# Walks the usual path from "it can't connect" to the cause, one layer at a time.
# Run it from the workspace root: sh labs/c07-l8/diagnose.sh
set -u
step() { printf '\n== %s\n' "$*"; }
step "1. What does the client say?"
docker logs --tail 3 client
step "2. Does the name resolve from the client? (DNS)"
docker exec client nslookup catalog 127.0.0.11
step "3. Which networks is each container on, and under which names?"
for c in client web; do
  docker inspect -f '{{.Name}}: {{range $net, $cfg := .NetworkSettings.Networks}}{{$net}} (aliases {{$cfg.Aliases}}) {{end}}' "$c"
done
step "4. Who is on the network the server uses?"
docker network inspect -f '{{range .Containers}}{{.Name}} {{.IPv4Address}}{{"\n"}}{{end}}' shop
step "5. Is the server listening where we think? (from inside its own network namespace)"
docker exec web netstat -ltn
step "6. Does it answer locally?"
docker exec web wget -q -O - http://127.0.0.1:8080/
