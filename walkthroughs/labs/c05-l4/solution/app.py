"""Driftwood's front page for the online variant of the cache-mount lab (standard library only)."""
from http.server import HTTPServer, SimpleHTTPRequestHandler
from functools import partial

if __name__ == "__main__":
    handler = partial(SimpleHTTPRequestHandler, directory="/app/www")
    HTTPServer(("0.0.0.0", 8080), handler).serve_forever()
