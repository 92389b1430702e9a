#!/usr/bin/env python3
"""Writes a varied NCSA Combined access log, as Waymark and nginx write it, for the
`waymark logs stats` benchmark and its comparison with GoAccess.

usage: generate_log.py LINES OUTPUT [--seed N] [--days N] [--start YYYY-MM-DD]

OUTPUT ending in .gz is written gzip-compressed (with no name or time in its header, so
the bytes depend on the seed alone); "-" writes to standard output.

Deterministic for a seed: visitors (IPv4 or IPv6 address + user agent, crawlers and "-"
among them) come back over several days, pages outnumber static files, about one request
in six fails (404s with and without a query string, scanners' one-off paths, 4xx and
5xx from the API, nginx's 400 for a request line it could not read, 499 for a client that
went away). Times move forward with a little jitter, so a few lines are out of order,
across midnight too.

About one line in five hundred is broken in a way every Combined reader must skip: not a
log line at all, an impossible date, a status that is not an HTTP status, a line cut
after its size. Every status written is one GoAccess names, so that its status panel can
be compared code by code; addresses are always valid IPv4 or IPv6 (GoAccess rejects
lines whose address is not one, Waymark counts them).
"""
import argparse
import datetime
import gzip
import io
import random
import sys

USER_AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36 Edg/119.0.2151.72",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.6045.163 Mobile Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 13; SM-X700) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36 OPR/105.0.0.0",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
    "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.0; +https://openai.com/gptbot)",
    "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)",
    "Mozilla/5.0 (compatible; \\x22quoted\\x22 checker/1.0)",  # nginx escapes a quote as \x22
    "curl/7.88.1",
    "python-requests/2.31.0",
    "Wget/1.21.3",
    "Go-http-client/1.1",
    "-",
]
PAGES = ["/", "/changelog/acme", "/changelog/acme/feed.xml", "/cookie-policy", "/privacy",
         "/app/", "/app/projects", "/docs/getting-started", "/pricing", "/blog/release-notes"]
STATIC = ["/sdk.js", "/site.js", "/static/app.css", "/static/logo.svg", "/favicon.ico",
          "/static/fonts/inter.woff2", "/static/hero.webp", "/robots.txt"]
API = ["/v1/widget/boot", "/v1/events", "/api/v1/projects", "/api/v1/auth/me", "/consent"]
MISSING = ["/wp-login.php", "/.env", "/old-page", "/admin.php", "/static/missing.png",
           "/blog/deleted-post", "/xmlrpc.php", "/.git/config", "/%2e%2e/%2e%2e/etc/passwd",
           "/cgi-bin/luci"]
PLUGINS = ["revslider", "wp-file-manager", "contact-form-7", "elementor", "duplicator",
           "backup", "akismet", "jetpack", "woocommerce", "yoast"]
REFERRERS = ["https://www.google.com/", "https://duckduckgo.com/", "https://www.bing.com/search?q=waymark",
             "https://news.ycombinator.com/item?id=1", "https://github.com/acme/waymark",
             "https://twitter.com/", "https://t.co/abc", "https://www.reddit.com/r/selfhosted/",
             "https://example.com/blog/post", "http://localhost:8080/", "https://acme.test/app"]
REFERRERS += [f"https://site{n}.example.org/page/{n}" for n in range(30)]
UNREADABLE = "\\x16\\x03\\x01\\x02\\x00\\x01\\x00\\x01\\xFC\\x03\\x03"
PROTOCOLS = ["HTTP/1.1"] * 6 + ["HTTP/2.0"] * 3 + ["HTTP/1.0"]


def address(rng):
    roll = rng.random()
    if roll < 0.1:
        return f"2001:db8:{rng.randrange(65536):x}::{rng.randrange(1, 65536):x}"
    if roll < 0.12:
        return f"::ffff:{rng.randrange(1, 224)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    return f"{rng.randrange(1, 224)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"


def not_found(rng):
    """A request answered 404: a known missing path (sometimes with a query string, to
    show that readers count paths without it) or a scanner's probe, most of them one-offs."""
    if rng.random() < 0.4:
        path = f"/wp-content/plugins/{rng.choice(PLUGINS)}-{rng.randrange(2000)}/readme.txt"
    else:
        path = rng.choice(MISSING)
    if rng.random() < 0.3:
        path += f"?id={rng.randrange(50)}&debug=1"
    method = "GET" if rng.random() < 0.85 else rng.choice(["HEAD", "POST"])
    return method, path, 404


def request(rng):
    """Method, target and status of one request (the protocol is chosen apart); no method
    when the target is the whole request field."""
    roll = rng.random()
    if roll < 0.06:
        return not_found(rng)
    if roll < 0.08:
        return "POST", "/v1/events", rng.choice([400, 413, 429])
    if roll < 0.09:
        return "GET", rng.choice(API), rng.choice([500, 502, 503, 504])
    if roll < 0.095:
        return rng.choice(["GET", "POST"]), rng.choice(API + PAGES), 499
    if roll < 0.097:
        # What nginx writes for a request line it could not read: "-", or the escaped
        # bytes of a TLS handshake sent in clear.
        return None, rng.choice(["-", UNREADABLE]), 400
    if roll < 0.45:
        path = rng.choice(PAGES)
        if rng.random() < 0.2:
            path += f"?utm_source=news&ref={rng.randrange(100)}"
        return "GET", path, rng.choice([200, 200, 200, 304, 301, 302])
    if roll < 0.8:
        return "GET", rng.choice(STATIC), rng.choice([200, 200, 304])
    method = "POST" if rng.random() < 0.7 else rng.choice(["GET", "DELETE", "PUT", "HEAD", "OPTIONS"])
    return method, rng.choice(API), rng.choice([200, 200, 201, 204, 401, 403, 405])


def broken_line(rng, when):
    """A line that no Combined reader can count."""
    kind = rng.randrange(4)
    if kind == 0:
        return "this is not an access log line\n"
    if kind == 1:  # an impossible date (not 31/Feb, which some readers take)
        return f'192.0.2.1 - - [32/{when:%b/%Y:%H:%M:%S} +0000] "GET / HTTP/1.1" 200 512 "-" "-"\n'
    if kind == 2:  # not an HTTP status
        return f'192.0.2.2 - - [{when:%d/%b/%Y:%H:%M:%S} +0000] "GET / HTTP/1.1" 999 512 "-" "-"\n'
    # cut after the size, as a crash mid-write leaves it
    return f'192.0.2.3 - - [{when:%d/%b/%Y:%H:%M:%S} +0000] "GET / HTTP/1.1" 200 512\n'


def write_log(out, lines, seed, days, start):
    rng = random.Random(seed)
    visitors = [(address(rng), rng.choice(USER_AGENTS)) for _ in range(max(1, lines // 20))]
    step = days * 86400 / max(1, lines)
    batch = []
    for n in range(lines):
        seconds = n * step + rng.uniform(-2, 2)  # a few lines out of order
        when = start + datetime.timedelta(seconds=max(0.0, seconds))
        if rng.random() < 0.002:
            batch.append(broken_line(rng, when))
            continue
        ip, agent = rng.choice(visitors)
        method, target, status = request(rng)
        size = 0 if status in (204, 304, 499) or method == "HEAD" else rng.randrange(120, 60000)
        size_field = "-" if size == 0 and rng.random() < 0.1 else str(size)  # Apache's "no body"
        field = target if method is None else f"{method} {target} {rng.choice(PROTOCOLS)}"
        user = "alice" if rng.random() < 0.01 else "-"
        referrer = rng.choice(REFERRERS) if rng.random() < 0.4 else "-"
        batch.append(f'{ip} - {user} [{when:%d/%b/%Y:%H:%M:%S} +0000] '
                     f'"{field}" {status} {size_field} '
                     f'"{referrer}" "{agent}"\n')
        if len(batch) >= 10000:
            out.write("".join(batch))
            batch.clear()
    out.write("".join(batch))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lines", type=int)
    parser.add_argument("output")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--days", type=int, default=7)
    parser.add_argument("--start", default="2026-11-01", help="the first day, YYYY-MM-DD")
    args = parser.parse_args()
    start = datetime.datetime.strptime(args.start, "%Y-%m-%d").replace(tzinfo=datetime.timezone.utc)
    if args.output == "-":
        write_log(sys.stdout, args.lines, args.seed, args.days, start)
    elif args.output.endswith(".gz"):
        with open(args.output, "wb") as raw, \
                gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as packed:
            with io.TextIOWrapper(packed, encoding="ascii", newline="\n") as out:
                write_log(out, args.lines, args.seed, args.days, start)
    else:
        with open(args.output, "w", encoding="ascii", newline="\n") as out:
            write_log(out, args.lines, args.seed, args.days, start)


if __name__ == "__main__":
    main()
