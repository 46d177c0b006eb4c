#!/bin/sh
# The offline lab's package manager. "Downloads" each dependency in deps.txt into a cache folder
# (slowly, like a real network fetch), then copies it into the app.
# Usage: sh fetch-deps.sh <deps file> <cache dir> <destination dir>
# Private dependencies need a token: read from /run/secrets/api_token, else from $API_TOKEN.
set -eu
deps=$1
cache=$2
dest=$3
mkdir -p "$cache" "$dest"
token=""
if [ -s /run/secrets/api_token ]; then token=$(cat /run/secrets/api_token); fi
if [ -z "$token" ] && [ -n "${API_TOKEN:-}" ]; then token=$API_TOKEN; fi
grep -v '^#' "$deps" | while read -r ref version; do
  [ -n "$ref" ] || continue
  name=${ref#*:}
  file="$cache/$name-$version.pkg"
  if [ -f "$file" ]; then
    echo "cache hit   $name $version"
  else
    case $ref in
      private:*) [ -n "$token" ] || { echo "ERROR: $name is private and no API token was given" >&2; exit 1; } ;;
    esac
    echo "downloading $name $version (3 s)"
    sleep 3
    echo "$name $version" > "$file"
  fi
  cp "$file" "$dest/"
done
