#!/bin/sh
# Offline reverse proxy for the course toolbox, run once per connection by `nc -ll -e`.
# It reads one HTTP request, forwards GET requests to $UPSTREAM with wget and relays the answer.
# Only GET is supported: anything else gets 405. Errors from the upstream become 502.
set -u
upstream=${UPSTREAM:-app:8080}
read -r method target _version
# Skip the request headers up to the blank line.
while read -r line; do
  line=$(printf '%s' "$line" | tr -d '\r')
  [ -z "$line" ] && break
done
if [ "$method" != "GET" ]; then
  printf 'HTTP/1.0 405 Method Not Allowed\r\nAllow: GET\r\nContent-Type: text/plain\r\n\r\nthis proxy forwards GET only\n'
  exit 0
fi
# A fresh DNS lookup per request: with several containers behind one name, Docker's DNS
# returns them in rotating order, so requests spread across them.
if body=$(timeout 5 wget -q -O - "http://$upstream$target" 2>/dev/null </dev/null); then
  printf 'HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nContent-Length: %s\r\nVia: 1.0 driftwood-proxy\r\n\r\n%s\n' "$((${#body} + 1))" "$body"
else
  printf 'HTTP/1.0 502 Bad Gateway\r\nContent-Type: text/plain\r\n\r\nupstream %s did not answer %s\n' "$upstream" "$target"
fi
