"""The offline edition's zip inside the web site: the real one when the build is given it, else a note.

``make offline`` builds the edition that opens from disk and zips it; the Pages workflow then builds the
web site with ``OFFLINE_ZIP`` naming that zip, and the home page links to it. A build without it (a
preview, the tests) still has a file at that link, a small zip whose README says how to get the real one,
so the link never breaks and ``--strict`` stays happy.
"""

from __future__ import annotations

import io
import zipfile

OFFLINE_ZIP_PATH = "mlops-study-guide-offline.zip"
ZIP_ENV = "OFFLINE_ZIP"
_README = """\
This build of the MLOps Study Guide was made without its offline edition.

Build it yourself with `make offline` (it writes mlops-study-guide-offline/ and
mlops-study-guide-offline.zip), or download it from the published guide:
{url}
"""


def placeholder_zip(site_url: str) -> bytes:
    """A zip holding only README.txt, which points to the published offline edition."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        info = zipfile.ZipInfo("README.txt", date_time=(2024, 1, 1, 0, 0, 0))  # the same bytes every build
        archive.writestr(info, _README.format(url=(site_url or "") + OFFLINE_ZIP_PATH))
    return buffer.getvalue()
