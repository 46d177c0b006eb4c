#!/bin/sh
# The fix for the seeded fault: the client was on the wrong network, and nothing answered to "catalog".
# Run it from the workspace root: sh labs/c07-l8/fix.sh
set -eu
# 1. Put the client on the network where web lives (it may stay on shop-old as well).
docker network connect shop client
# 2. Give web the name the client uses. An alias is set per network, so reconnect web to shop with it.
docker network disconnect shop web
docker network connect --alias catalog shop web
echo "fixed: client joined shop; web answers to catalog on shop"
