#!/bin/sh
# Starts "isolated": Driftwood's export signer. It signs export files with a private key;
# it never needs to talk to anything. Run it from the workspace root:
#   sh labs/c07-l4/run-isolated.sh
set -eu
old=$(docker ps -aq --filter label=docker-course.lesson --filter name='^isolated$')
[ -z "$old" ] || docker rm -f $old >/dev/null
docker run -d --init --name isolated \
  --label docker-course.lesson=c07-l4 \
  --user 65534:65534 \
  course/toolbox:1 \
  sleep 86400
echo "started isolated"
