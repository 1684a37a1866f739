#!/usr/bin/env python3
"""A one-page HTTP server on 127.0.0.1 that answers any request (also proxy-style absolute URIs)
with the given file, so that wget can be pointed at the site's real URL through it and record a
WARC whose WARC-Target-URI is that URL.  Usage: servepage.py PORT FILE LAST_MODIFIED"""
import http.server, sys

PORT, FILE, LASTMOD = int(sys.argv[1]), sys.argv[2], sys.argv[3]
BODY = open(FILE, "rb").read()


class H(http.server.BaseHTTPRequestHandler):
    server_version = "Apache/2.2.15"
    sys_version = ""
    protocol_version = "HTTP/1.1"

    def version_string(self):
        return self.server_version

    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Last-Modified", LASTMOD)
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Content-Length", str(len(BODY)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(BODY)

    def log_message(self, *a):
        pass


srv = http.server.HTTPServer(("127.0.0.1", PORT), H)
srv.handle_request()
