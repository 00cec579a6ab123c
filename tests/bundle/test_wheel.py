"""The wheel carries the app's data, and an installed wheel finds it away from the
source checkout: models, report fonts, icons, translations, themes (everything in
models/ and resources/), through crm_workshop/locations.py's installed branch.

The wheel is built offline with the locked build backend (hatchling, a dev
dependency), installed without dependencies into a fresh virtual environment that
borrows the dependencies from the project's environment by a plain path entry (so
the editable install's path hook, which points at the checkout, is never read), and
run from a folder outside the checkout.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]
DATA = "crm_workshop/_data"


def _source_files(folder: str) -> set[str]:
    """Files under ``folder`` of the checkout, as the wheel should hold them."""
    base = ROOT / folder
    return {
        f"{DATA}/{folder}/{path.relative_to(base).as_posix()}"
        for path in base.rglob("*")
        if path.is_file()
        and "__pycache__" not in path.parts
        and not path.name.startswith(".")
    }


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "--quiet",
            "--wheel-dir",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("crm_workshop-*.whl")
    return built


@pytest.fixture(scope="module")
def names(wheel) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def test_wheel_holds_every_model_and_resource_file(names) -> None:
    expected = _source_files("models") | _source_files("resources")
    assert expected - names == set()


def test_wheel_holds_the_fonts_icons_and_model_by_name(names) -> None:
    for name in (
        "models/crm-maturity-1.0.toml",
        "resources/fonts/DejaVuSans.ttf",
        "resources/fonts/DejaVuSans-Bold.ttf",
        "resources/fonts/DejaVuSans-Oblique.ttf",
        "resources/fonts/DejaVuSans-BoldOblique.ttf",
        "resources/icons/crm-workshop.svg",
        "resources/icons/png/crm-workshop-16.png",
        "resources/icons/png/crm-workshop-256.png",
    ):
        assert f"{DATA}/{name}" in names


def test_every_translation_catalogue_is_shipped_compiled(names) -> None:
    """A .ts catalogue is of no use to the app: its compiled .qm must travel."""
    for source in (ROOT / "resources" / "i18n").glob("*.ts"):
        assert f"{DATA}/resources/i18n/{source.stem}.qm" in names, source.name


def test_wheel_holds_code_not_caches_or_tests(names) -> None:
    assert "crm_workshop/cli.py" in names
    assert "crm_workshop/gui/forms/__init__.py" in names
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
    assert not [n for n in names if n.startswith(("tests/", "packaging/"))]
    (entry_points,) = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
    assert entry_points


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh environment with the wheel installed (not editable); the
    dependencies come from the project's environment through a ``.pth`` line."""
    env_dir = tmp_path_factory.mktemp("fresh-env")
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    site = Path(
        subprocess.run(
            [
                str(python),
                "-c",
                "import sysconfig; print(sysconfig.get_path('purelib'))",
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    # A .pth line only appends the folder: the .pth files inside it (among them
    # the editable install's hook to the checkout) are not processed.
    (site / "project_dependencies.pth").write_text(
        sysconfig.get_path("purelib") + "\n", encoding="utf-8"
    )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "--no-index",
            "--quiet",
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    return env_dir


def _outside_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["HOME"] = str(tmp_path / "home")
    return env


def test_installed_wheel_resolves_its_data_inside_itself(installed, tmp_path) -> None:
    probe = (
        "import sys, crm_workshop, crm_workshop.locations as l\n"
        "print(crm_workshop.__file__)\n"
        "print(l.models_dir()); print(l.fonts_dir()); print(l.resources_dir())\n"
        "print('\\n'.join(sys.path))\n"
    )
    result = subprocess.run(
        [str(installed / "bin" / "python"), "-I", "-c", probe],
        cwd=tmp_path,
        env=_outside_env(tmp_path),
        check=True,
        capture_output=True,
        text=True,
    )
    package, models, fonts, resources, *path = result.stdout.splitlines()
    site = Path(package).parent.parent
    assert site.is_relative_to(installed), package
    assert Path(models) == site / DATA / "models"
    assert Path(fonts) == site / DATA / "resources" / "fonts"
    assert (Path(fonts) / "DejaVuSans.ttf").is_file()
    assert (Path(resources) / "icons" / "crm-workshop.svg").is_file()
    assert not [entry for entry in path if entry and Path(entry) == ROOT], path


def test_installed_wheel_writes_the_demo_and_its_report(installed, tmp_path) -> None:
    command = installed / "bin" / "crm-workshop"
    env = _outside_env(tmp_path)
    for args in (("demo", "x.crmw"), ("report", "x.crmw", "-o", "x.pdf")):
        result = subprocess.run(
            [str(command), *args],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr
    reader = PdfReader(tmp_path / "x.pdf")
    assert len(reader.pages) > 5
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages[:2]
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("DejaVuSans" in font for font in fonts), fonts
