"""Driftwood's front page for the online variant of the shrinking lab (standard library only)."""
from functools import partial
from http.server import HTTPServer, SimpleHTTPRequestHandler

if __name__ == "__main__":
    handler = partial(SimpleHTTPRequestHandler, directory="/app/www")
    HTTPServer(("0.0.0.0", 8080), handler).serve_forever()
