"""XML that is no feed, from a real HTTP server on 127.0.0.1, is named by what it is: an XHTML
page (its XML declaration first) is "an HTML page" like any other, and any other XML names its
root element (an object store's ``<Error>``, a sitemap), not only "not an RSS or Atom feed".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from refresh_servers import served_once

XHTML = (
    b'<?xml version="1.0" encoding="utf-8"?>\n'
    b'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"'
    b' "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
    b'<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Sign in</title></head>'
    b"<body><p>Log in to read the feed.</p></body></html>"
)
ACCESS_DENIED = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code>'
    b"<Message>Access Denied</Message><RequestId>4442587FB7D0A2F9</RequestId></Error>"
)
SITEMAP = (
    b'<?xml version="1.0"?><!-- by a plugin --><urlset xmlns="http://www.sitemaps.org/schemas/'
    b'sitemap/0.9"><url><loc>https://ex.com/</loc></url></urlset>'
)


@pytest.mark.parametrize(
    ("body", "content_type", "error"),
    [
        pytest.param(
            XHTML, "application/xhtml+xml", "expected a feed, got an HTML page", id="xhtml"
        ),
        pytest.param(
            ACCESS_DENIED,
            "application/xml",
            "not an RSS or Atom feed: an XML document of <Error>",
            id="object-store-error",
        ),
        pytest.param(
            SITEMAP,
            "text/xml",
            "not an RSS or Atom feed: an XML document of <urlset>",
            id="sitemap",
        ),
    ],
)
async def test_xml_that_is_no_feed_is_named(
    tmp_path: Path, body: bytes, content_type: str, error: str
) -> None:
    outcome, stored = await served_once(tmp_path, body, content_type)
    assert not outcome.ok
    assert outcome.error == error
    assert stored == []
