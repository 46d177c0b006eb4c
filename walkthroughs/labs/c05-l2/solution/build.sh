#!/bin/sh
# The offline lab's "compiler": stamps the version into every page and writes a checksum manifest.
# Usage: sh build.sh <source dir> <output dir>
set -eu
src=$1
out=$2
mkdir -p "$out/www"
version=$(cat "$src/VERSION")
for page in "$src"/*.html; do
  sed "s/@VERSION@/$version/g" "$page" > "$out/www/$(basename "$page")"
done
(cd "$out/www" && sha256sum ./*.html > MANIFEST)
echo "built version $version into $out/www"
