#!/usr/bin/env python3
"""Writes the committed seed inputs of dyad's Jazzer fuzz tests (issue 13, item 3), small inputs written for
the tests: one of each format the readers take, and a few sentences for the time and quote stages. Jazzer's
FuzzedDataProvider takes its picks from the end of an input, so the reader seeds end in the byte that picks the
file name (the index into ReadersFuzzTest.NAMES). Run from the repository root; it rewrites only seed-* files,
never the findings kept beside them.

  python3 scripts/fuzz/seeds.py
"""
import gzip
import os

ENGINE = "dyad-engine/src/test/resources/org/dyad/engine"
NAMES = ["a.txt", "a.html", "a.jsonl", "a.rss", "a.atom", "a.xml", "a.jsonl.gz", "a.json", "a"]
S = "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Seoul on Sunday."


def write(folder, name, data):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def reader(name, data):
    write(ENGINE + "/read/ReadersFuzzTestInputs/everyFileReaderEndsInDocumentsOrOneLineProblems",
          "seed-" + name.replace(".", "-"), data + bytes([NAMES.index(name)]))


reader("a.txt", ("| 11 December 2023 |\n\nLeaders meet\n\n" + S + "\n").encode())
reader("a.html", ("<html><head><title>Leaders meet</title><meta property=\"article:published_time\" "
                  "content=\"2023-12-11T09:30:00+09:00\"></head><body><article><h1>Leaders meet</h1><p>" + S
                  + " &amp; &#8220;We agree,&#8221; he said.</p></article></body></html>").encode())
reader("a.jsonl", ("{\"id\": \"k1\", \"date\": \"2023-12-11\", \"text\": \"" + S + "\"}\n"
                   "{\"id\": \"k2\", \"title\": \"Brief\"}\n{broken\n").encode())
reader("a.rss", ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><item><guid>g1</guid>"
                 "<pubDate>Mon, 11 Dec 2023 09:00:00 GMT</pubDate><title>Leaders meet</title><description>&lt;p&gt;"
                 + S + "&lt;/p&gt;</description></item></channel></rss>").encode())
reader("a.atom", ("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Wire</title><entry>"
                  "<id>e1</id><updated>2023-12-11T09:00:00Z</updated><title>Leaders meet</title>"
                  "<content type=\"html\">" + S + "</content></entry></feed>").encode())
reader("a.xml", ("<?xml version=\"1.0\"?><html><body><p>" + S + "</p></body></html>").encode())
reader("a.jsonl.gz", gzip.compress(("{\"id\": \"z1\", \"text\": \"" + S + "\"}\n").encode(), mtime=0))
reader("a.json", "\ufeff{\"id\": \"u1\", \"text\": \"a\\u0000b \\ud800 c\"}\n".encode())
reader("a", b"\xff\xfe" + (S + "\r\n").encode("utf-16-le"))


def warc(records):
    out = b""
    for i, (status, html, declared) in enumerate(records, 1):
        http = ("HTTP/1.1 %s\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" % status).encode() + html.encode()
        out += (("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.org/%d\r\n"
                 "WARC-Date: 2023-12-11T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:%08d-0000-0000-0000-000000000000>\r\n"
                 "Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n")
                % (i, i, len(http) + declared)).encode() + http + b"\r\n\r\n"
    return out


PAGE = "<html><body><article><p>" + S + "</p></article></body></html>"
W = ENGINE + "/read/ReadersFuzzTestInputs/theWarcReaderEndsInDocumentsOrOneLineProblems"
write(W, "seed-two-records", warc([("200 OK", PAGE, 0), ("404 Not Found", "<p>gone</p>", 0)]))
write(W, "seed-lying-length", warc([("200 OK", PAGE, 0), ("200 OK", PAGE, 10), ("200 OK", PAGE, 0)]))
write(W, "seed-gzip-members", b"".join(gzip.compress(warc([("200 OK", PAGE, 0)]), mtime=0) for _ in range(2)))

H = ENGINE + "/read/ReadersFuzzTestInputs/aPagesSourceMapPointsIntoThePageForwardOnly"
write(H, "seed-article", PAGE.encode())
write(H, "seed-entities", ("<html><body><main><p>Caf&eacute; &amp; Co. &#x1F600; <b>bold</b><br>"
                           "line</p><script>x()</script><p>" + S + "</p></main></body></html>").encode())

X = ENGINE + "/ExtractionFuzzTestInputs/everyFactPointsAtItsTextAndNoStageFails"
write(X, "seed-quote", ("\u201cWe will not give in,\u201d Yoon said on Sunday, two days after " + S).encode())
write(X, "seed-times", ("Last week, on 11 December 2023 and again in early 2024, three years ago, every Monday "
                        "from 9 a.m. to noon. " + S).encode())
write(X, "seed-unbalanced", ("\"He said \u201c" + S + " 'and \"then\u201d").encode())
