"""Fetch a list from a file, a folder or an http(s) URL, and hash its content.

Downloads are streamed to a file with a size cap and a timeout; the validators of the
last download of the same list (ETag, Last-Modified) are sent back, and a "304 Not
Modified" answer means the list did not change. The content hash (SHA-256 of the bytes;
for a folder, of each regular file's name and bytes) is what decides whether a list
changed at all.
"""

from __future__ import annotations

import hashlib
import os
import stat
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from knowable import __version__
from knowable.errors import InputError
from knowable.sources.guards import check_input
from knowable.timeutil import as_utc

#: Largest list download accepted (the full OpenSanctions FtM export is far larger:
#: download a dataset, not the whole collection).
MAX_DOWNLOAD_BYTES = 1024**3
TIMEOUT_SECONDS = 120.0
_CHUNK = 1 << 16


def is_url(source: str) -> bool:
    """True for an http(s) URL."""
    return source.lower().startswith(("http://", "https://"))


@dataclass(frozen=True, slots=True)
class Fetched:
    """A list's bytes on disk (``path``), their hash and the HTTP validators, or
    ``not_modified`` when the server answered 304 (then ``path`` is None)."""

    origin: str
    path: Path | None
    content_hash: str
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False

    def published(self) -> datetime | None:
        """The server's Last-Modified date, when it sent a valid one."""
        if not self.last_modified:
            return None
        try:
            return as_utc(parsedate_to_datetime(self.last_modified))
        except (TypeError, ValueError):
            return None


def hash_path(path: Path) -> str:
    """SHA-256 of a file's bytes, or of a folder's regular files (names and bytes)."""
    if path.is_dir():
        outer = hashlib.sha256()
        for child in sorted(path.iterdir(), key=lambda p: p.name):
            mode = child.lstat().st_mode
            if stat.S_ISREG(mode):
                outer.update(f"{child.name}\0{_file_hash(child)}\n".encode())
        return outer.hexdigest()
    check_input(path)
    return _file_hash(path)


def _file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                digest.update(chunk)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", file=str(path)) from None
    return digest.hexdigest()


def local(path: Path) -> Fetched:
    """A list on disk: its hash (files and folders)."""
    if not path.exists():
        raise InputError("no such file or folder", file=str(path))
    return Fetched(str(path), path, hash_path(path))


def _file_name(url: str) -> str:
    name = PurePosixPath(urlsplit(url).path).name
    safe = "".join(ch for ch in name if ch.isalnum() or ch in "._-")[:100]
    return safe or "download"


def download(
    url: str,
    folder: Path,
    etag: str | None = None,
    last_modified: str | None = None,
    max_bytes: int = MAX_DOWNLOAD_BYTES,
    timeout: float = TIMEOUT_SECONDS,
) -> Fetched:
    """Stream ``url`` into ``folder``; refuse more than ``max_bytes`` or a stalled server.

    Raises:
        InputError: not http(s), an HTTP error, a network error, a timeout or too large.
    """
    if not is_url(url):
        raise InputError("only http:// and https:// URLs are fetched", file=url)
    headers = {"User-Agent": f"knowable/{__version__} (watchlist update)"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    request = urllib.request.Request(url, headers=headers)
    try:
        response = urllib.request.urlopen(request, timeout=timeout)
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return Fetched(url, None, "", etag, last_modified, not_modified=True)
        raise InputError(f"the server answered HTTP {exc.code} {exc.reason}", file=url) from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise InputError(f"cannot download: {reason}", file=url) from None
    target = folder / _file_name(url)
    digest = hashlib.sha256()
    with response:
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > max_bytes:
            raise InputError(
                f"the server announces {declared} bytes, more than the {max_bytes}-byte limit",
                file=url,
            )
        size = 0
        try:
            with target.open("wb") as out:
                while chunk := response.read(_CHUNK):
                    size += len(chunk)
                    if size > max_bytes:
                        raise InputError(
                            f"download larger than the {max_bytes}-byte limit (stopped)", file=url
                        )
                    digest.update(chunk)
                    out.write(chunk)
        except (TimeoutError, OSError) as exc:
            target.unlink(missing_ok=True)
            raise InputError(f"download interrupted: {exc}", file=url) from None
        except InputError:
            target.unlink(missing_ok=True)
            raise
        os.chmod(target, 0o600)
        return Fetched(
            url,
            target,
            digest.hexdigest(),
            response.headers.get("ETag"),
            response.headers.get("Last-Modified"),
        )


def download_set(
    urls: list[str],
    folder: Path,
    max_bytes: int = MAX_DOWNLOAD_BYTES,
    timeout: float = TIMEOUT_SECONDS,
) -> Fetched:
    """Download the files of one list (OFAC's sdn.csv, add.csv, alt.csv...) into
    ``folder``, each under the name its URL ends with; the hash is the folder's.

    Raises:
        InputError: as :func:`download`, or two URLs ending in the same file name.
    """
    names = [_file_name(url) for url in urls]
    if len(set(names)) != len(names):
        raise InputError("the URLs of one list must end in different file names", file=urls[0])
    if len(urls) == 1:
        return download(urls[0], folder, max_bytes=max_bytes, timeout=timeout)
    for url in urls:
        download(url, folder, max_bytes=max_bytes, timeout=timeout)
    return Fetched(" ".join(urls), folder, hash_path(folder))
