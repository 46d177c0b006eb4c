#!/bin/sh
# The offline lab's test suite: fails the build if a page is missing, unstamped or altered.
# Usage: sh test.sh <output dir>
set -eu
www=$1/www
test -s "$www/index.html" || { echo "FAIL: index.html is missing"; exit 1; }
if grep -l '@VERSION@' "$www"/*.html; then echo "FAIL: pages above still contain @VERSION@"; exit 1; fi
(cd "$www" && sha256sum -c MANIFEST)
echo "PASS: all pages built and stamped"
