#!/usr/bin/env bash
# Installs factcheck and everything it needs into .venv: CPU torch 2.13.0 first (any other torch
# requirement would pull gigabytes of CUDA packages), then the package with its test and browse extras.
set -euo pipefail
cd "$(dirname "$0")"
python=${PYTHON:-$(command -v python3.11 || command -v python3)}
if [[ ! -x .venv/bin/python ]]; then
    "$python" -m venv .venv
fi
export PIP_DISABLE_PIP_VERSION_CHECK=1
.venv/bin/python -m pip install -q --upgrade pip 2>&1 | grep -v "^WARNING: Location" || true
.venv/bin/python -m pip install -q torch==2.13.0 2>&1 | grep -v "^WARNING: Location" || true
# setuptools reports every editable install as a BuildBackendWarning ("Editable installation ... be careful
# with folders named like the package"); it is information, not a problem, so it is filtered by its message.
PYTHONWARNINGS="ignore:Editable installation" \
    .venv/bin/python -m pip install -q -e ".[test,browse]" 2>&1 | grep -v "^WARNING: Location" || true
.venv/bin/python -c "import torch, factcheck; assert torch.__version__.startswith('2.13.0'), torch.__version__" \
    || { echo "install.sh: installation incomplete (see pip output above)" >&2; exit 1; }
