#!/usr/bin/env python3
"""Take a PNG screenshot of an HTML file (an `acta viz` page) with headless Chromium, offline.

    python3 scripts/screenshot.py acta-demo/graph.html docs/graph.png --width 1400 --height 900

Waits until an acta page has finished its layout (window.acta.stable), so the
picture shows the settled graph; other pages are shot once loaded.  Every
request that is not for a local file is refused, as the README's picture
should show what a reader sees without a network.  Optionally selects a node
first (--select "MISPA II") so that the evidence panel is filled in.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


def default_chromium() -> str:
    return os.environ.get("ACTA_CHROMIUM", "/usr/bin/chromium")


def screenshot(html: Path, png: Path, width: int = 1400, height: int = 900, chromium: str | None = None,
               timeout: float = 120.0, select: str | None = None) -> float:
    """Write ``png``; returns the seconds the page took to settle."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium or default_chromium(), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
            start = time.monotonic()
            page.goto(html.resolve().as_uri())
            if page.evaluate("typeof window.acta !== 'undefined'"):
                while not page.evaluate("window.acta.stable"):
                    if time.monotonic() - start > timeout:
                        raise TimeoutError(f"{html} did not settle within {timeout:.0f} s")
                    page.wait_for_timeout(50)      # not time.sleep: the route handler must keep running
                if select:
                    page.locator("#search").press_sequentially(select)
                    page.locator("#search").press("Enter")
                    page.wait_for_timeout(500)
            settled = time.monotonic() - start
            png.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(png))
            return settled
        finally:
            browser.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("html", type=Path, help="the HTML file to load")
    parser.add_argument("png", type=Path, help="where to write the PNG")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--chromium", default=None, help="Chromium executable (default $ACTA_CHROMIUM or "
                        "/usr/bin/chromium)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds to wait for the layout")
    parser.add_argument("--select", default=None,
                        help="search for this text first (fills the evidence panel)")
    args = parser.parse_args(argv)
    if not args.html.is_file():
        print(f"Error: no such file: {args.html}", file=sys.stderr)
        return 1
    try:
        seconds = screenshot(args.html, args.png, args.width, args.height, args.chromium, args.timeout,
                             args.select)
    except Exception as exc:  # noqa: BLE001 - a script: one line for any failure
        print(f"Error: {exc}".splitlines()[0], file=sys.stderr)
        return 1
    print(f"wrote {args.png} ({seconds:.1f} s to settle)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
