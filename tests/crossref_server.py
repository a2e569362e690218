#!/usr/bin/env python3
"""A stand-in for api.crossref.org on 127.0.0.1, for tests/fetch_test.cpp.

Serves GET /works/{DOI} from recorded responses (fixtures/fetch/works/, one
file per DOI, named by the URL-encoded lower-case DOI); any other DOI is 404
"Resource not found." as Crossref answers.  GET /works?query.bibliographic=S
(a search) answers from fixtures/fetch/search/ (see handle_search); its modes
are set under the key "search".  Python standard library only.

    crossref_server.py --fixtures DIR [--log FILE] [--mode DOI=MODE[:TIMES]]...
                       [--rate-limit N/SECONDS] [--retry-after SECONDS]
                       [--slow SECONDS] [--delay SECONDS]

Binds port 0 and prints the chosen port on the first line of stdout.

Modes (DOI `*` is every DOI; TIMES: the mode answers that many requests,
then the DOI is served normally; without it, every request):
  429        Too Many Requests with Retry-After (--retry-after, default 1)
  500, 503   a server error
  404        not found, although recorded
  slow       the normal answer after --slow seconds (default 5)
  truncate   Content-Length of the whole body, half of it sent, then the
             connection closed
  malformed  200 with half of the JSON (a complete HTTP response)
The control endpoint sets a mode while running:
  GET /_control?doi=DOI&mode=MODE[&times=N]      (mode=ok clears it)
--delay holds every answer that long (a slow server for interruption tests).
--rate-limit adds X-Rate-Limit-Limit / X-Rate-Limit-Interval to each answer.

Each request is logged on arrival as one JSON line in --log:
  {"t": monotonic seconds, "doi": ..., "answer": mode or status, "ua": User-Agent}
"""
import argparse
import json
import os
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOCK = threading.Lock()
MODES = {}  # doi -> [mode, remaining or None]
CONFIG = None
LOG = None


def set_mode(doi, spec):
    mode, _, times = spec.partition(":")
    with LOCK:
        if mode == "ok":
            MODES.pop(doi, None)
        else:
            MODES[doi] = [mode, int(times) if times else None]


def take_mode(doi):
    """The mode for this request, counting it down."""
    with LOCK:
        for key in (doi, "*"):
            entry = MODES.get(key)
            if not entry:
                continue
            mode, remaining = entry
            if remaining is not None:
                if remaining <= 0:
                    continue
                entry[1] = remaining - 1
            return mode
    return "ok"


def log(record):
    if LOG is None:
        return
    with LOCK:
        LOG.write(json.dumps(record) + "\n")
        LOG.flush()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as the real API

    def log_message(self, *args):
        pass

    def answer(self, status, body, extra_headers=(), send_bytes=None):
        self.send_response(status)
        self.send_header("Content-Type", "application/json;charset=utf-8" if status == 200 else "text/plain")
        self.send_header("Content-Length", str(len(body)))
        if CONFIG.rate_limit:
            limit, _, interval = CONFIG.rate_limit.partition("/")
            self.send_header("X-Rate-Limit-Limit", limit)
            self.send_header("X-Rate-Limit-Interval", interval + "s")
        for name, value in extra_headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body if send_bytes is None else body[:send_bytes])
        self.wfile.flush()

    def do_GET(self):
        try:
            self.handle_get()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client timed out and hung up

    def handle_get(self):
        url = urllib.parse.urlsplit(self.path)
        if url.path == "/_control":
            q = urllib.parse.parse_qs(url.query)
            doi = q["doi"][0].lower()
            spec = q["mode"][0] + (":" + q["times"][0] if "times" in q else "")
            set_mode(doi, spec)
            self.answer(200, b"{}")
            return
        if url.path == "/works" and "query.bibliographic" in urllib.parse.parse_qs(url.query):
            self.handle_search(url)
            return
        if not url.path.startswith("/works/"):
            log({"t": time.monotonic(), "path": self.path, "answer": 400})
            self.answer(400, b"Bad request")
            return
        doi = urllib.parse.unquote(url.path[len("/works/"):]).lower()
        mode = take_mode(doi)
        ua = self.headers.get("User-Agent", "")
        log({"t": time.monotonic(), "doi": doi, "answer": mode, "ua": ua})
        if CONFIG.delay:
            time.sleep(CONFIG.delay)
        if self.answered_by_mode(mode):
            return
        path = os.path.join(CONFIG.fixtures, urllib.parse.quote(doi, safe="") + ".json")
        if mode == "404" or not os.path.isfile(path):
            self.answer(404, b"Resource not found.")
            return
        with open(path, "rb") as f:
            body = f.read()
        if mode == "truncate":
            self.answer(200, body, send_bytes=len(body) // 2)
            self.close_connection = True
            return
        if mode == "malformed":
            body = body[: len(body) // 2]
        self.answer(200, body)


    def answered_by_mode(self, mode):
        """Answers as a failing server does (429, 5xx), or waits (slow);
        True when the request is answered."""
        if mode == "429":
            self.answer(429, b"Too many requests", [("Retry-After", str(CONFIG.retry_after))])
            return True
        if mode in ("500", "502", "503", "504"):
            self.answer(int(mode), b"Internal Server Error")
            return True
        if mode == "slow":
            time.sleep(CONFIG.slow)
        return False

    def handle_search(self, url):
        """GET /works?query.bibliographic=STRING&rows=N: the answer recorded
        for STRING in search/index.tsv beside the works (STRING<TAB>file),
        else a work list without items.  Modes apply under the key "search"."""
        q = urllib.parse.parse_qs(url.query)
        string = q["query.bibliographic"][0]
        mode = take_mode("search")
        log({"t": time.monotonic(), "doi": "search:" + string, "rows": q.get("rows", [""])[0], "answer": mode,
             "ua": self.headers.get("User-Agent", "")})
        if CONFIG.delay:
            time.sleep(CONFIG.delay)
        if self.answered_by_mode(mode):
            return
        search_dir = os.path.join(os.path.dirname(os.path.abspath(CONFIG.fixtures)), "search")
        recorded = {}
        index = os.path.join(search_dir, "index.tsv")
        if os.path.isfile(index):
            with open(index, encoding="utf-8") as f:
                for line in f:
                    if "\t" in line and not line.startswith("#"):
                        key, _, name = line.rstrip("\n").partition("\t")
                        recorded[key] = name
        if string in recorded:
            with open(os.path.join(search_dir, recorded[string]), "rb") as f:
                body = f.read()
        else:
            body = json.dumps({"status": "ok", "message-type": "work-list", "message-version": "1.0.0",
                               "message": {"facets": {}, "total-results": 0, "items": [], "items-per-page": 5,
                                           "query": {"start-index": 0, "search-terms": None}}}).encode()
        if mode == "malformed":
            body = body[: len(body) // 2]
        self.answer(200, body)


def main():
    global CONFIG, LOG
    p = argparse.ArgumentParser()
    p.add_argument("--fixtures", required=True)
    p.add_argument("--log")
    p.add_argument("--mode", action="append", default=[])
    p.add_argument("--rate-limit")
    p.add_argument("--retry-after", type=int, default=1)
    p.add_argument("--slow", type=float, default=5.0)
    p.add_argument("--delay", type=float, default=0.0)
    CONFIG = p.parse_args()
    for m in CONFIG.mode:
        doi, _, spec = m.rpartition("=")
        set_mode(doi.lower(), spec)
    if CONFIG.log:
        LOG = open(CONFIG.log, "a", encoding="utf-8")
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
