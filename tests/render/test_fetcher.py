"""The resource fetcher WeasyPrint must use: data: URLs and files inside the allowed folders."""

from __future__ import annotations

import base64

import pytest

from briefwriter.render.fetcher import ResourceBlocked, SafeURLFetcher


@pytest.fixture
def folders(tmp_path):
    pack = tmp_path / "pack"
    (pack / "img").mkdir(parents=True)
    (pack / "img" / "a.png").write_bytes(b"\x89PNG\r\n\x1a\nabc")
    (pack / "style.css").write_text("p { color: red }")
    (tmp_path / "secret.txt").write_text("secret")
    return tmp_path, pack


def test_files_inside_the_pack_are_served_with_their_type(folders):
    _, pack = folders
    fetcher = SafeURLFetcher([pack])
    response = fetcher.fetch((pack / "img" / "a.png").as_uri() + "?v=2#x")
    assert response.read() == b"\x89PNG\r\n\x1a\nabc"
    assert response.content_type == "image/png"
    assert fetcher.fetch((pack / "style.css").as_uri()).content_type == "text/css"
    assert fetcher.blocked == []


def test_data_urls_are_decoded(folders):
    _, pack = folders
    fetcher = SafeURLFetcher([pack])
    payload = base64.b64encode(b"<svg/>").decode()
    response = fetcher.fetch(f"data:image/svg+xml;base64,{payload}")
    assert response.read() == b"<svg/>" and response.content_type == "image/svg+xml"
    assert fetcher.fetch("data:,hello%20world").read() == b"hello world"


@pytest.mark.parametrize("url", [
    "http://example.com/x.css", "https://example.com/x.png", "ftp://example.com/f",
    "file:///etc/passwd", "file://otherhost/share/x.css", "gopher://x", "about:blank",
])
def test_everything_else_is_refused_and_recorded(folders, url):
    _, pack = folders
    fetcher = SafeURLFetcher([pack])
    with pytest.raises(ResourceBlocked):
        fetcher.fetch(url)
    assert len(fetcher.blocked) == 1
    assert fetcher.blocked[0].startswith(f"The template tried to load {url}: blocked")


def test_paths_escaping_the_pack_are_refused(folders):
    root, pack = folders
    fetcher = SafeURLFetcher([pack])
    for url in (pack.as_uri() + "/../secret.txt", pack.as_uri() + "/img/%2e%2e/%2e%2e/secret.txt",
                (root / "secret.txt").as_uri()):
        with pytest.raises(ResourceBlocked):
            fetcher.fetch(url)
    assert fetcher.fetched == []


def test_symlink_out_of_the_pack_is_refused(folders):
    root, pack = folders
    (pack / "link.css").symlink_to(root / "secret.txt")
    fetcher = SafeURLFetcher([pack])
    with pytest.raises(ResourceBlocked, match="symbolic link"):
        fetcher.fetch((pack / "link.css").as_uri())


def test_a_refused_url_is_recorded_once(folders):
    _, pack = folders
    fetcher = SafeURLFetcher([pack])
    for _ in range(3):
        with pytest.raises(ResourceBlocked):
            fetcher.fetch("http://example.com/x.css")
    assert len(fetcher.blocked) == 1


def test_size_caps(folders):
    _, pack = folders
    (pack / "big.bin").write_bytes(b"x" * 2000)
    fetcher = SafeURLFetcher([pack], max_bytes=1000)
    with pytest.raises(ResourceBlocked, match="larger than"):
        fetcher.fetch((pack / "big.bin").as_uri())
    total = SafeURLFetcher([pack], max_total_bytes=25)
    total.fetch((pack / "style.css").as_uri())
    with pytest.raises(ResourceBlocked, match="too much data"):
        total.fetch((pack / "style.css").as_uri())


def test_folders_and_missing_files_are_refused(folders):
    _, pack = folders
    fetcher = SafeURLFetcher([pack])
    with pytest.raises(ResourceBlocked, match="no such file"):
        fetcher.fetch((pack / "img").as_uri())
    with pytest.raises(ResourceBlocked, match="no such file"):
        fetcher.fetch((pack / "missing.css").as_uri())
