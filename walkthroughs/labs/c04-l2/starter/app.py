"""Cache demo app: one page whose text you edit between builds."""

from flask import Flask, send_from_directory

app = Flask(__name__)


@app.get("/")
def index():
    return send_from_directory("src", "index.html")
