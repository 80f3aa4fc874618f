"""`make lab`'s JupyterLab: the notebooks are listed and a kernel started there imports dossier and reads the seeds."""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

from conftest import NOTEBOOKS, SEEDS

pytestmark = pytest.mark.notebook


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    port, token = _free_port(), secrets.token_hex(16)
    env = {**os.environ, "JUPYTER_RUNTIME_DIR": str(tmp_path_factory.mktemp("runtime"))}
    proc = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", "--allow-root", "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}",
         f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={NOTEBOOKS}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while True:
        try:
            urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2)
            break
        except OSError:
            if proc.poll() is not None or time.time() > deadline:
                proc.kill()
                pytest.fail("JupyterLab did not start: " + proc.stderr.read().decode()[-2000:])
            time.sleep(0.5)
    yield base, token
    proc.terminate()
    proc.wait(timeout=20)


def _api(base, token, path, method="GET", body=None):
    req = urllib.request.Request(f"{base}{path}?token={token}", method=method, data=json.dumps(body).encode() if body is not None else None)
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.loads(r.read() or b"null")


def test_notebooks_are_listed(lab):
    listing = _api(*lab, "/api/contents/")
    names = {c["name"] for c in listing["content"]}
    assert {p.name for p in NOTEBOOKS.glob("*.ipynb")} <= names and "01_corpus.ipynb" in names


def test_a_kernel_imports_dossier_and_reads_the_seeds(lab):
    import asyncio

    from tornado.websocket import websocket_connect

    base, token = lab
    kernel = _api(base, token, "/api/kernels", "POST", {"name": "python3"})
    code = f"import dossier; print('articles:', len(dossier.read_articles({str(SEEDS)!r})), dossier.__file__)"

    async def run() -> str:
        ws = await websocket_connect(f"{base.replace('http', 'ws')}/api/kernels/{kernel['id']}/channels?token={token}")
        msg_id = uuid.uuid4().hex
        ws.write_message(json.dumps({
            "header": {"msg_id": msg_id, "username": "test", "session": uuid.uuid4().hex, "msg_type": "execute_request", "version": "5.3"},
            "parent_header": {}, "metadata": {}, "channel": "shell",
            "content": {"code": code, "silent": False, "store_history": False, "user_expressions": {}, "allow_stdin": False},
        }))
        out = []
        while True:
            msg = json.loads(await asyncio.wait_for(ws.read_message(), 60))
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "stream":
                out.append(msg["content"]["text"])
            elif msg["msg_type"] == "error":
                out.append("\n".join(msg["content"]["traceback"]))
            elif msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                ws.close()
                return "".join(out)

    try:
        printed = asyncio.run(run())
    finally:
        _api(base, token, f"/api/kernels/{kernel['id']}", "DELETE")
    assert "articles: 5" in printed, printed
    assert str(Path(__file__).resolve().parents[2] / "lib" / "dossier") in printed
