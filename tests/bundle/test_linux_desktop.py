"""Linux desktop integration: the desktop entry, the AppStream metainfo, the MIME
type of workshop files and the script that installs them (packaging/linux/)."""

from __future__ import annotations

import configparser
import os
import shutil
import sqlite3
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from crm_workshop import __version__
from crm_workshop.cli import main as cli_main
from crm_workshop.storage.schema import APPLICATION_ID

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.crmworkshop.CrmWorkshop"
MIME_TYPE = "application/x-crm-workshop"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive: Name[pl], MimeType
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def _metainfo() -> ET.Element:
    return ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()


def _mime_type() -> ET.Element:
    root = ET.parse(LINUX / "crm-workshop-mime.xml").getroot()
    (mime_type,) = root.findall(f"{MIME_NS}mime-type")
    return mime_type


def test_desktop_entry_opens_workshop_files_in_the_app() -> None:
    entry = _entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[-1] == "%f"
    assert entry["MimeType"].rstrip(";").split(";") == [MIME_TYPE]
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    for key in ("Name", "Name[pl]", "Comment", "Comment[pl]", "Categories"):
        assert entry[key].strip(), key
    assert "ł" in entry["Comment[pl]"] or "ą" in entry["Comment[pl]"]


def test_metainfo_describes_the_app_as_packaged() -> None:
    component = _metainfo()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert component.tag == "component"
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    assert component.findtext("metadata_license") == "CC0-1.0"
    assert component.findtext("project_license") == project["project"]["license"]
    assert component.findtext("name") == _entry()["Name"]
    launchable = component.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert (LINUX / launchable.text).is_file()
    assert component.findtext("icon") == _entry()["Icon"]
    provides = component.find("provides")
    assert provides is not None
    assert provides.findtext("mediatype") == MIME_TYPE
    assert provides.findtext("binary") in project["project"]["scripts"]
    releases = [release.get("version") for release in component.iter("release")]
    assert releases[0] == __version__
    languages = {s.get(XML_LANG) for s in component.iter("summary")}
    assert languages == {None, "pl"}
    description = component.find("description")
    assert description is not None and description.find("p") is not None


def test_mime_type_knows_workshops_by_name_and_by_content() -> None:
    mime_type = _mime_type()
    assert mime_type.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in mime_type.findall(f"{MIME_NS}glob")] == ["*.crmw"]
    (magic,) = mime_type.findall(f"{MIME_NS}magic")
    (header,) = magic.findall(f"{MIME_NS}match")
    assert (header.get("offset"), header.get("value")) == ("0", "SQLite format 3")
    (app_id,) = header.findall(f"{MIME_NS}match")
    assert app_id.get("type") == "big32"
    assert app_id.get("offset") == "68"
    assert int(app_id.get("value"), 16) == APPLICATION_ID


def test_a_workshop_file_carries_the_application_id_the_mime_type_matches(
    tmp_path,
) -> None:
    path = tmp_path / "demo.crmw"
    assert cli_main(["demo", str(path)]) == 0
    header = path.read_bytes()[:100]
    assert header.startswith(b"SQLite format 3\x00")
    assert struct.unpack(">I", header[68:72])[0] == APPLICATION_ID


_DETECT = """
import sys
from PySide6.QtCore import QCoreApplication, QMimeDatabase
app = QCoreApplication([])
database = QMimeDatabase()
for path in sys.argv[1:]:
    print(database.mimeTypeForFile(path).name())
"""


def test_desktops_recognise_a_workshop_by_its_content(tmp_path) -> None:
    """Qt reads the user's shared-mime-info packages as desktops do: a workshop
    without its extension is still one, a plain SQLite database is not."""
    share = tmp_path / "share"
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy(LINUX / "crm-workshop-mime.xml", share / "mime" / "packages")
    workshop = tmp_path / "workshop.crmw"
    assert cli_main(["demo", str(workshop)]) == 0
    renamed = tmp_path / "attachment-from-mail"
    shutil.copy(workshop, renamed)
    plain = tmp_path / "other.sqlite"
    sqlite3.connect(plain).execute("CREATE TABLE t (x)").connection.close()
    env = {**os.environ, "XDG_DATA_HOME": str(share), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", _DETECT, str(workshop), str(renamed), str(plain)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    detected = result.stdout.split()
    assert detected[:2] == [MIME_TYPE, MIME_TYPE]
    assert detected[2] != MIME_TYPE


def _install(prefix: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(prefix.parent / "home")}
    return subprocess.run(
        ["sh", str(LINUX / "install.sh"), "--prefix", str(prefix), *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def app_executable(tmp_path) -> Path:
    folder = tmp_path / "Użytkownik" / "Programy" / "CRM Workshop & co"
    folder.mkdir(parents=True)
    exe = folder / "crm-workshop"
    exe.write_text("#!/bin/sh\n", encoding="utf-8")
    exe.chmod(0o755)
    return exe


def test_install_script_registers_entry_icons_and_file_type(
    tmp_path, app_executable
) -> None:
    prefix = tmp_path / "prefix"
    result = _install(prefix, "--exec", str(app_executable))
    assert result.returncode == 0, result.stderr
    share = prefix / "share"
    entry = (share / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f'Exec="{app_executable}" %f' in entry.splitlines()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "mime" / "packages" / "crm-workshop.xml").is_file()
    assert (
        share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    ).is_file()
    for size in ICON_SIZES:
        icon = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert icon.is_file(), icon

    result = _install(prefix, "--uninstall")
    assert result.returncode == 0, result.stderr
    left = [p for p in share.rglob(f"{APP_ID}*") if p.is_file()]
    assert left == []
    assert not (share / "mime" / "packages" / "crm-workshop.xml").exists()


def test_install_script_refuses_a_path_a_desktop_entry_cannot_quote(tmp_path) -> None:
    folder = tmp_path / 'a "quoted" folder'
    folder.mkdir()
    exe = folder / "crm-workshop"
    exe.write_text("#!/bin/sh\n", encoding="utf-8")
    exe.chmod(0o755)
    result = _install(tmp_path / "prefix", "--exec", str(exe))
    assert result.returncode == 3
    assert "cannot" in result.stderr
    assert not (tmp_path / "prefix" / "share" / "applications").exists()


@pytest.mark.parametrize(
    "command",
    [
        ("desktop-file-validate", f"{APP_ID}.desktop"),
        ("appstreamcli", "validate", "--no-net", f"{APP_ID}.metainfo.xml"),
    ],
    ids=["desktop-file-validate", "appstreamcli"],
)
def test_freedesktop_validators_accept_the_files(command) -> None:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed (the structure tests above run)")
    result = subprocess.run(
        [*command[:-1], str(LINUX / command[-1])],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
