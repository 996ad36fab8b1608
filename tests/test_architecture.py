"""Import boundaries: the CLI starts without heavy libraries, and the layer contracts hold."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("textual", "torch", "sentence_transformers", "spacy", "numpy", "trafilatura")


def test_cli_help_imports_no_heavy_library():
    code = (
        "import sys; from factcheck.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        f"print('LOADED:' + ','.join(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert "LOADED:\n" in out.stderr + "\n", out.stderr


def test_listing_imports_no_model_library(demo):
    _, _, path = demo
    code = (
        "import sys; from factcheck.cli import main\n"
        f"try:\n    main(['quotes', '--json', '--db', {str(path)!r}])\nexcept SystemExit:\n    pass\n"
        "print('LOADED:' + ','.join(m for m in ('torch', 'sentence_transformers', 'spacy', 'textual') if m in sys.modules), file=sys.stderr)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert "LOADED:\n" in out.stderr + "\n", out.stderr


def test_import_linter_contracts_hold():
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint is not None, "import-linter is a test dependency (pip install -e '.[test]'); the contracts must run"
    out = subprocess.run([lint, str(ROOT / "pyproject.toml")], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stdout + out.stderr
