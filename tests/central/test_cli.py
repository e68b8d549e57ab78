"""desk-central commands, publishing and the schema check."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select

from desk.central import tables as t
from desk.central.app import create_app
from desk.central.cli import main
from desk.central.db import make_engine

from .conftest import change, proto_headers, push_body

REPO = Path(__file__).resolve().parents[2]


def _url(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def run(engine: Engine, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main([*argv[:1], *argv[1:], "--db", _url(engine)] if argv[0] != "org" else
                [*argv, "--db", _url(engine)])  # fmt: skip
    out, err = capsys.readouterr()
    return code, out, err


def test_admin_commands_end_to_end(engine: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(engine, capsys, "org", "add", "harelbeke", "--name", "Harelbeke")[0] == 0
    code, _, err = run(engine, capsys, "org", "add", "harelbeke", "--name", "Again")
    assert code == 1 and "already exists" in err
    assert run(engine, capsys, "office", "add", "harelbeke", "balie", "--name", "Balie")[0] == 0
    code, out, err = run(engine, capsys, "enroll-code", "harelbeke", "--office", "balie",
                         "--role", "social", "--expires", "2h")  # fmt: skip
    assert code == 0
    enroll_code = out.strip()
    assert out == enroll_code + "\n" and len(enroll_code) == 19  # only the code on stdout
    code, _, err = run(engine, capsys, "enroll-code", "nowhere")
    assert code == 1 and "unknown organisation" in err
    code, _, err = run(engine, capsys, "enroll-code", "harelbeke", "--expires", "soon")
    assert code == 1 and "not a duration" in err

    with TestClient(create_app(engine)) as client:
        answer = client.post(
            "/v1/enroll",
            json={"code": enroll_code, "device_name": "Balie 1", "app_version": "0.1.0",
                  "os": "Windows 11 23H2"},
            headers=proto_headers(),
        )  # fmt: skip
        assert answer.status_code == 200
        device = answer.json()
        headers = {"Authorization": f"Bearer {device['token']}", **proto_headers()}
        client.post("/v1/push", json=push_body(change("case"), change("case"),
                                               change("referral")), headers=headers)  # fmt: skip

        code, out, _ = run(engine, capsys, "counts", "--json")
        assert code == 0
        assert json.loads(out)["harelbeke"] == {"cases": 2, "referrals": 1, "devices": 1}

        code, out, _ = run(engine, capsys, "devices", "list", "--json")
        rows = json.loads(out)
        assert rows[0]["id"] == device["device_id"] and rows[0]["os"] == "Windows 11 23H2"
        assert rows[0]["last_sync"] and rows[0]["revoked"] is False
        code, out, _ = run(engine, capsys, "devices", "list")
        assert "app_version" in out and device["device_id"] in out

        assert run(engine, capsys, "devices", "revoke", device["device_id"])[0] == 0
        code, _, err = run(engine, capsys, "devices", "revoke", device["device_id"])
        assert code == 1 and "already revoked" in err
        assert client.get("/v1/pull", headers=headers).status_code == 401

        assert run(engine, capsys, "config", "set-min-version", "9.0.0")[0] == 0
        code, _, err = run(engine, capsys, "config", "set-min-version", "latest")
        assert code == 1
    with TestClient(create_app(engine)) as client:
        answer = client.post("/v1/enroll", json={"code": "x", "device_name": "x",
                             "app_version": "1.0.0", "os": "x"}, headers=proto_headers())  # fmt: skip
        assert answer.status_code == 426
    with engine.connect() as conn:
        actions = set(conn.execute(select(t.audit_log.c.action)).scalars())
    assert {"org.add", "office.add", "enroll_code.create", "device.enroll", "device.revoke",
            "config.min_version"} <= actions  # fmt: skip
    code, out, _ = run(engine, capsys, "stats", "rebuild")
    assert json.loads(out) == {"records": 3}


def test_publish_guides_and_directory(
    engine: Engine, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    src = REPO / "guides"
    if not any(src.glob("*.md")):
        pytest.skip("no guides in the repository yet")
    folder = tmp_path / "guides"
    shutil.copytree(src, folder)
    code, out, err = run(engine, capsys, "publish", "guides", str(folder))
    assert code == 0, err
    published = json.loads(out)["published"]
    assert "itsme-activeren" in published
    code, out, _ = run(engine, capsys, "publish", "guides", str(folder))
    assert json.loads(out)["published"] == []  # unchanged: nothing new to pull

    # A broken guide: nothing is published, the problem names file and line
    broken = folder / "itsme-activeren.md"
    broken.write_text(broken.read_text(encoding="utf-8").replace("version = ", "versie = "),
                      encoding="utf-8")  # fmt: skip
    code, _, err = run(engine, capsys, "publish", "guides", str(folder))
    assert code == 1 and "itsme-activeren.md:" in err and "nothing was published" in err

    directory = tmp_path / "partners.json"
    directory.write_text('{"organizations": [], "services": [{"id": "s"}], "locations": []}')
    code, out, _ = run(engine, capsys, "publish", "directory", str(directory))
    assert code == 0 and json.loads(out)["published"] == ["directory"]
    for bad, message in [
        ("{nope", "not valid JSON"),
        ("[]", "must be a JSON object"),
        ('{"organizations": [], "services": []}', "missing the 'locations' array"),
        ('{"organizations": [], "services": {}, "locations": []}', "'services' must be an array"),
    ]:
        directory.write_text(bad)
        code, _, err = run(engine, capsys, "publish", "directory", str(directory))
        assert code == 1 and message in err, err
    real = REPO / "resources" / "directory" / "partners.json"
    if real.exists():
        assert run(engine, capsys, "publish", "directory", str(real))[0] == 0

    # Devices pull the guides and the directory, whatever their organisation
    run(engine, capsys, "org", "add", "menen", "--name", "Menen")
    code, out, _ = run(engine, capsys, "enroll-code", "menen", "--office", "")
    with TestClient(create_app(engine)) as client:
        answer = client.post("/v1/enroll", json={"code": out.strip(), "device_name": "x",
                             "app_version": "0.1.0", "os": "x"}, headers=proto_headers())  # fmt: skip
        token = answer.json()["token"]
        pulled = client.get("/v1/pull?limit=1000", headers={"Authorization": f"Bearer {token}",
                                                            **proto_headers()}).json()  # fmt: skip
    kinds = {c["kind"] for c in pulled["changes"]}
    assert kinds == {"guide", "directory"}
    guide = next(c for c in pulled["changes"] if c["id"] == "itsme-activeren")
    assert guide["body"]["text"].startswith("+++") and guide["body"]["version"] >= 1
    with_images = [c for c in pulled["changes"] if c["kind"] == "guide" and c["body"]["images"]]
    if any((folder / "images").glob("*")):
        assert with_images, "guides that show images carry them"
        name, data = next(iter(with_images[0]["body"]["images"].items()))
        import base64

        assert base64.b64decode(data) == (folder / name).read_bytes()


def test_schema_check_and_console_script(tmp_path: Path) -> None:
    env = {**os.environ, "DESK_CENTRAL_HOME": str(tmp_path / "home")}
    env.pop("DESK_CENTRAL_DB", None)
    exe = [sys.executable, "-m", "desk.central.cli"]
    counts = subprocess.run([*exe, "counts", "--json"], env=env, capture_output=True, text=True,
                            timeout=60)  # fmt: skip
    assert counts.returncode == 2 and "desk-central db upgrade" in counts.stderr
    serve = subprocess.run([*exe, "serve", "--port", "1"], env=env, capture_output=True,
                           text=True, timeout=60)  # fmt: skip
    assert serve.returncode == 2 and "no schema yet" in serve.stderr
    assert subprocess.run([*exe, "db", "upgrade"], env=env, timeout=60).returncode == 0
    assert (tmp_path / "home" / "central.db").exists()
    subprocess.run([*exe, "org", "add", "kuurne", "--name", "Kuurne"], env=env, check=True,
                   timeout=60)  # fmt: skip
    code = subprocess.run([*exe, "enroll-code", "kuurne", "--office", ""], env=env,
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert code.returncode == 0 and len(code.stdout.strip().splitlines()) == 1
    engine = make_engine(f"sqlite:///{tmp_path / 'home' / 'central.db'}")
    with engine.connect() as conn:
        assert conn.execute(select(t.enroll_codes.c.org)).scalar_one() == "kuurne"
    engine.dispose()


def test_serve_runs_uvicorn_and_answers(tmp_path: Path) -> None:
    import socket

    import httpx

    env = {**os.environ, "DESK_CENTRAL_HOME": str(tmp_path / "home")}
    env.pop("DESK_CENTRAL_DB", None)
    exe = [sys.executable, "-m", "desk.central.cli"]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [*exe, "serve", "--upgrade", "--port", str(port)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        seen = []
        for line in proc.stdout:  # the server says when it is ready: no polling
            seen.append(line)
            if "Uvicorn running on" in line or len(seen) > 50:
                break
        assert any("Uvicorn running on" in line for line in seen), seen
        answer = httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=10)
        assert answer.status_code == 200 and answer.headers["x-server-time"]
        spec = httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=10).json()
        assert "/v1/push" in spec["paths"] and spec["openapi"].startswith("3.")
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        if proc.stdout:
            rest = proc.stdout.read()
            assert "Traceback" not in rest, rest


def test_migrations_match_the_schema_in_code(engine: Engine) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from desk.central.migrate import check_current

    check_current(engine)  # the fixture upgraded to head
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), t.metadata)
    # Only type-level noise allowed: our UTCDateTime is stored as a plain DateTime.
    assert [d for d in diff if not (isinstance(d, list) and d and d[0][0] == "modify_type")] == []


def test_the_audit_actor_records_the_os_user_id(
    engine: Engine, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    if not hasattr(os, "getuid"):
        pytest.skip("no numeric user ids on this system")
    import pwd

    monkeypatch.setenv("LOGNAME", "someone-else")
    monkeypatch.setenv("USER", "someone-else")
    assert run(engine, capsys, "org", "add", "menen", "--name", "Menen")[0] == 0
    with engine.connect() as conn:
        actor = conn.execute(
            select(t.audit_log.c.actor).where(t.audit_log.c.action == "org.add")
        ).scalar_one()
    account = pwd.getpwuid(os.getuid()).pw_name
    assert actor == f"cli:someone-else (uid {os.getuid()} {account})"


def test_the_sqlite_database_and_its_folder_are_owner_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    import stat

    from desk.central.db import resolve_url
    from desk.central.migrate import upgrade

    monkeypatch.setenv("DESK_CENTRAL_HOME", str(tmp_path / "data" / "central"))
    monkeypatch.delenv("DESK_CENTRAL_DB", raising=False)
    old = os.umask(0o022)  # the usual umask, under which files came out 0644
    try:
        engine = make_engine(resolve_url())
        upgrade(engine)
        with engine.begin() as conn:  # a write, so the WAL exists
            conn.execute(t.server_config.insert().values(key="k", value="v"))
        folder = tmp_path / "data" / "central"
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        files = [p for p in folder.iterdir() if p.name.startswith("central.db")]
        assert {p.name for p in files} >= {"central.db", "central.db-wal"}
        for path in files:
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
        engine.dispose()
    finally:
        os.umask(old)


def test_serve_warns_when_reachable_without_a_proxy(
    engine: Engine, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn

    calls: list[dict[str, object]] = []
    monkeypatch.setattr(uvicorn, "run", lambda *a, **kw: calls.append(kw))
    monkeypatch.setenv("DESK_CENTRAL_DB", _url(engine))  # serve sets it; restored afterwards
    for argv, warned in [
        (["--host", "0.0.0.0"], True),
        (["--host", "192.0.2.10"], True),
        (["--host", "desk.example.invalid"], True),
        (["--host", "0.0.0.0", "--proxy-headers", "--forwarded-allow-ips", "10.0.0.5"], False),
        (["--host", "127.0.0.1"], False),
        (["--host", "::1"], False),
        (["--host", "localhost"], False),
    ]:
        assert main(["serve", *argv, "--db", _url(engine)]) == 0
        err = capsys.readouterr().err
        assert ("without --proxy-headers" in err) == warned, (argv, err)
        if warned:
            assert "https" in err and "TLS" in err
    assert len(calls) == 7 and calls[3]["proxy_headers"] is True
