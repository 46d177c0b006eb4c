"""The Python variant of the Driftwood app.

It serves the same page and the same two endpoints as the toolbox (busybox httpd + CGI) variant,
at the same paths, so probes, health checks and proxies work with either image:

    GET /                    the page in src/index.html
    GET /cgi-bin/bookmarks   the bookmarks in $DRIFTWOOD_DATA/bookmarks.tsv as JSON
    GET /cgi-bin/health      {"status": "ok", "version": ..., "env": ...}
"""

import os
from pathlib import Path

from flask import Flask, jsonify, send_from_directory

HOME = Path(os.environ.get("DRIFTWOOD_HOME", Path(__file__).resolve().parent.parent))
SRC = HOME / "src"

app = Flask(__name__)


def data_file() -> Path:
    return Path(os.environ.get("DRIFTWOOD_DATA", HOME / "data")) / "bookmarks.tsv"


def read_bookmarks() -> list[dict[str, str]]:
    try:
        lines = data_file().read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    bookmarks = []
    for line in lines:
        title, _, url = line.partition("\t")
        if url:
            bookmarks.append({"title": title, "url": url})
    return bookmarks


@app.get("/")
def index():
    return send_from_directory(SRC, "index.html")


@app.get("/cgi-bin/bookmarks")
def bookmarks():
    return jsonify(read_bookmarks())


@app.get("/cgi-bin/health")
def health():
    try:
        version = (SRC / "VERSION").read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        version = "unknown"
    return jsonify(status="ok", version=version, env=os.environ.get("APP_ENV", "unset"))
