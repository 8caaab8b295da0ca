# Over 400 lines on purpose: the local stack's start, health and stop order for every component, read as one sequence.
"""The production stack, started natively: ``scripts/stack up|down|status|env|pools|start NAME|stop NAME|kill NAME``.

Postgres (Airflow's metadata database *and* the boardpapers catalogue), Redis (the Celery broker), an S3 server
(s3proxy: the archive), the Elasticsearch node (the index), Airflow 3 with the CeleryExecutor (api-server,
scheduler, dag-processor, triggerer, two Celery workers) and the web app, all on 127.0.0.1 on free ports. State
(data, logs, pids, ports, generated secrets, ``stack.env``) lives in ``$STACK_DIR`` (default
``/tmp/boardpapers-stack``); ``up`` on an existing directory restarts the same stack with the same data.

The Airflow settings shared with ``docker-compose.yml`` are in ``docker/airflow.env`` (compose reads it as an
``env_file``); initialisation is ``docker/airflow-init.sh`` in both (``airflow db migrate``, then one pool per
website host from the sources file). Only addresses, ports and secrets differ. Variables ``AIRFLOW__*`` and
``BOARDPAPERS_*`` set when running ``up`` override the defaults (e.g. ``BOARDPAPERS_SOURCES``, shorter timeouts in
tests) and are kept in ``stack.env`` for later ``start``/``pools`` commands.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from boardpapers import services
from boardpapers.services import REPO, Daemon, Postgres, S3Server, ServiceError, free_port, new_secret, wait_for

DEFAULT_STACK_DIR = "/tmp/boardpapers-stack"
SHARED_SETTINGS = REPO / "docker" / "airflow.env"
INIT_SCRIPT = REPO / "docker" / "airflow-init.sh"
ARCHIVE_BUCKET = "boardpapers-archive"
CELERY_WORKERS = ("worker1", "worker2")
# The Airflow components: the same commands as the services of docker-compose.yml (tests/stack checks it).
AIRFLOW_COMMANDS = {
    "api-server": ["airflow", "api-server"],
    "scheduler": ["airflow", "scheduler"],
    "dag-processor": ["airflow", "dag-processor"],
    "triggerer": ["airflow", "triggerer"],
    "celery-worker": ["airflow", "celery", "worker"],
}
WEB_COMMAND = ["boardpapers", "serve"]
PASSED_THROUGH = ("AIRFLOW__", "BOARDPAPERS_")


def read_env_file(path: Path) -> dict[str, str]:
    """``KEY=VALUE`` lines (``#`` comments), the format of docker compose's ``env_file``."""
    values = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            key, _, value = line.partition("=")
            values[key.strip()] = value.strip()
    return values


@dataclass
class Stack:
    directory: Path

    @classmethod
    def from_env(cls) -> "Stack":
        return cls(Path(os.environ.get("STACK_DIR") or DEFAULT_STACK_DIR).resolve())

    # --- state ------------------------------------------------------------------------------------------------

    @property
    def state_file(self) -> Path:
        return self.directory / "state.json"

    @property
    def env_file(self) -> Path:
        return self.directory / "stack.env"

    def state(self) -> dict:
        if self.state_file.exists():
            return json.loads(self.state_file.read_text())
        ports = {name: free_port() for name in ("postgres", "redis", "s3", "elasticsearch", "api", "web",
                                                "triggerer_logs", *(f"{w}_logs" for w in CELERY_WORKERS))}
        secrets = {name: new_secret() for name in ("postgres", "airflow_db", "catalogue_db", "s3", "api_secret_key",
                                                   "admin")}
        secrets["jwt"] = new_secret(64)  # HS512 wants 64 bytes or more
        state = {"ports": ports, "secrets": secrets}
        self.directory.mkdir(parents=True, exist_ok=True)
        self.directory.chmod(0o755)  # the postgres user must reach its data directory
        self.state_file.write_text(json.dumps(state, indent=2))
        self.state_file.chmod(0o600)
        return state

    def postgres(self) -> Postgres:
        state = self.state()
        return Postgres(self.directory / "postgres", state["ports"]["postgres"], state["secrets"]["postgres"],
                        self.directory / "logs" / "postgres.log")

    def s3(self) -> S3Server:
        state = self.state()
        return S3Server(state["ports"]["s3"], self.directory / "s3", "boardpapers", state["secrets"]["s3"])

    def daemon(self, name: str) -> Daemon:
        return Daemon(name, self.directory)

    def urls(self) -> dict[str, str]:
        ports = self.state()["ports"]
        return {"airflow": f"http://127.0.0.1:{ports['api']}", "web": f"http://127.0.0.1:{ports['web']}",
                "elasticsearch": f"http://127.0.0.1:{ports['elasticsearch']}", "s3": self.s3().endpoint,
                "postgres": f"127.0.0.1:{ports['postgres']}", "redis": f"redis://127.0.0.1:{ports['redis']}/0"}

    def environment(self, overrides: dict[str, str] | None = None) -> dict[str, str]:
        """Everything an Airflow component, a task or the web app of this stack needs."""
        state, pg, s3 = self.state(), self.postgres(), self.s3()
        ports, secrets = state["ports"], state["secrets"]
        airflow_db = pg.url("airflow", "airflow", secrets["airflow_db"])
        api = f"http://127.0.0.1:{ports['api']}"
        env = dict(read_env_file(SHARED_SETTINGS))
        env.update({
            "AIRFLOW_HOME": str(self.directory / "airflow"),
            "AIRFLOW__CORE__DAGS_FOLDER": str(REPO / "dags"),
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": airflow_db,
            "AIRFLOW__CELERY__RESULT_BACKEND": "db+" + airflow_db.replace("+psycopg2", ""),
            "AIRFLOW__CELERY__BROKER_URL": f"redis://127.0.0.1:{ports['redis']}/0",
            "AIRFLOW__API__PORT": str(ports["api"]),
            "AIRFLOW__API__HOST": "127.0.0.1",
            "AIRFLOW__API__BASE_URL": api,
            "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"{api}/execution/",
            "AIRFLOW__API_AUTH__JWT_SECRET": secrets["jwt"],
            "AIRFLOW__API__SECRET_KEY": secrets["api_secret_key"],
            "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": str(self.directory / "airflow" / "passwords.json"),
            "AIRFLOW__LOGGING__TRIGGER_LOG_SERVER_PORT": str(ports["triggerer_logs"]),
            "BOARDPAPERS_SOURCES": str(REPO / "sources.yaml"),
            "BOARDPAPERS_HOME": str(self.directory / "data"),
            "BOARDPAPERS_CATALOGUE_URL": pg.url("boardpapers", "boardpapers", secrets["catalogue_db"]),
            "ELASTICSEARCH_URL": f"http://127.0.0.1:{ports['elasticsearch']}",
            **s3.client_environment(),
            "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "/usr/bin:/bin")]),
        })
        for key in ("HOME", "LANG", "LC_ALL", "TZ", "JAVA_HOME"):
            if key in os.environ:
                env[key] = os.environ[key]
        env.update(overrides or {})
        return env

    def saved_environment(self) -> dict[str, str]:
        if not self.env_file.exists():
            raise ServiceError(f"no stack in {self.directory} (run `scripts/stack up` first)")
        env = {}
        for line in self.env_file.read_text().splitlines():
            if line.startswith("export "):
                key, _, value = line[len("export "):].partition("=")
                env[key] = json.loads(value)
        return env

    def _save_environment(self, env: dict[str, str]) -> None:
        self.env_file.write_text("".join(f"export {k}={json.dumps(v)}\n" for k, v in sorted(env.items())))
        self.env_file.chmod(0o600)

    # --- starting and stopping --------------------------------------------------------------------------------

    def up(self, log=print) -> dict[str, str]:
        started = time.monotonic()
        overrides = {k: v for k, v in os.environ.items() if k.startswith(PASSED_THROUGH)}
        env = self.environment(overrides)
        self._save_environment(env)
        for sub in ("logs", "pids", "data", "airflow"):
            (self.directory / sub).mkdir(parents=True, exist_ok=True)
        self._write_admin_password()
        self._start_postgres(log)
        self._start_redis(log)
        self._start_s3(env, log)
        self._start_elasticsearch(log)
        log(f"airflow: {INIT_SCRIPT.name} (db migrate, pools from {env['BOARDPAPERS_SOURCES']})")
        self.run([str(INIT_SCRIPT)], env, "airflow-init")
        for name in ("api-server", "scheduler", "dag-processor", "triggerer", *CELERY_WORKERS, "web"):
            self.start(name, env)
        api = self.urls()["airflow"]
        wait_for("airflow api-server", lambda: services.http_ok(f"{api}/api/v2/monitor/health"), 420,
                 self.daemon("api-server").log_file, self.daemon("api-server").alive)
        web = self.urls()["web"]
        wait_for("web app", lambda: services.http_ok(f"{web}/"), 300, self.daemon("web").log_file,
                 self.daemon("web").alive)
        log(f"stack up in {time.monotonic() - started:.0f} s: {json.dumps(self.urls())}")
        log(f"environment: source {self.env_file}")
        return self.urls()

    def _write_admin_password(self) -> None:
        path = self.directory / "airflow" / "passwords.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"admin": self.state()["secrets"]["admin"]}))
        path.chmod(0o600)

    def _start_postgres(self, log) -> None:
        pg, secrets = self.postgres(), self.state()["secrets"]
        log(f"postgres: {pg.data_dir} on 127.0.0.1:{pg.port}")
        pg.start()
        pg.ensure_database("airflow", "airflow", secrets["airflow_db"])
        pg.ensure_database("boardpapers", "boardpapers", secrets["catalogue_db"])

    def _start_redis(self, log) -> None:
        port, redis = self.state()["ports"]["redis"], self.daemon("redis")
        log(f"redis: 127.0.0.1:{port}")
        redis.start(services.redis_command(port, self.directory / "redis"))
        wait_for("redis", lambda: services.redis_ping(port), 30, redis.log_file, redis.alive)

    def _start_s3(self, env: dict, log) -> None:
        s3, daemon = self.s3(), self.daemon("s3")
        log(f"s3 (s3proxy, filesystem backend {s3.data_dir}): {s3.endpoint}")
        daemon.start(s3.command(self.directory / "s3proxy.properties"))
        wait_for("s3proxy", s3.ready, 120, daemon.log_file, daemon.alive)
        bucket = env["BOARDPAPERS_ARCHIVE_URL"].removeprefix("s3://").split("/")[0]
        s3.ensure_bucket(bucket)

    def _start_elasticsearch(self, log) -> None:
        port, daemon = self.state()["ports"]["elasticsearch"], self.daemon("elasticsearch")
        url = self.urls()["elasticsearch"]
        log(f"elasticsearch: {url}")
        daemon.start(services.elasticsearch_command(services.require_java(), port, self.directory / "elasticsearch"))
        wait_for("elasticsearch", lambda: services.http_ok(f"{url}/_cluster/health?wait_for_status=yellow&timeout=5s"),
                 180, daemon.log_file, daemon.alive)

    def command_for(self, name: str) -> list[str]:
        if name in CELERY_WORKERS:
            return AIRFLOW_COMMANDS["celery-worker"] + ["--celery-hostname", f"{name}@%h"]
        if name == "web":
            return WEB_COMMAND + ["--host", "127.0.0.1", "--port", str(self.state()["ports"]["web"])]
        if name in AIRFLOW_COMMANDS:
            return AIRFLOW_COMMANDS[name]
        raise ServiceError(f"unknown component {name!r}; one of {', '.join(self.components())}")

    def components(self) -> list[str]:
        return ["api-server", "scheduler", "dag-processor", "triggerer", *CELERY_WORKERS, "web"]

    def start(self, name: str, env: dict | None = None) -> int:
        env = dict(env or self.saved_environment())
        if name in CELERY_WORKERS:  # several workers on one machine: one log-server port each
            env["AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT"] = str(self.state()["ports"][f"{name}_logs"])
        command = self.command_for(name)
        command[0] = shutil.which(command[0], path=env["PATH"]) or command[0]
        return self.daemon(name).start(command, env, cwd=self.directory)

    def run(self, command: list[str], env: dict, name: str, timeout: float = 600) -> None:
        log_file = self.directory / "logs" / f"{name}.log"
        with open(log_file, "ab") as log:
            proc = subprocess.run(["bash", *command], env=env, stdout=log, stderr=subprocess.STDOUT,
                                  cwd=self.directory, timeout=timeout)
        if proc.returncode != 0:
            raise ServiceError(f"{' '.join(command)} failed (exit {proc.returncode}); last lines of {log_file}:\n"
                               f"{services.log_tail(log_file)}")

    def pools(self) -> None:
        """Create the pools of sources added since ``up`` (the init script's second half)."""
        env = self.saved_environment()
        pools_file = self.directory / "pools.json"
        with open(pools_file, "w") as out:
            subprocess.run([sys.executable, "-m", "boardpapers.airflow_tasks", "pools", "--slots",
                            env.get("BOARDPAPERS_POOL_SLOTS", "1")], env=env, stdout=out, check=True)
        subprocess.run(["airflow", "pools", "import", str(pools_file)], env=env, check=True,
                       stdout=subprocess.DEVNULL)

    def down(self, log=print) -> None:
        for name in reversed(self.components()):
            self.daemon(name).stop()
        for name in ("elasticsearch", "s3", "redis"):
            self.daemon(name).stop()
        if self.state_file.exists():
            self.postgres().stop()
        log(f"stack in {self.directory} stopped")

    def status(self) -> dict:
        names = ["redis", "s3", "elasticsearch", *self.components()]
        out = {name: {"pid": self.daemon(name).pid()} for name in names}
        out["postgres"] = {"running": self.state_file.exists() and self.postgres().running()}
        out["urls"] = self.urls() if self.state_file.exists() else {}
        return out

    def api(self) -> "AirflowAPI":
        return AirflowAPI(self.urls()["airflow"], "admin", self.state()["secrets"]["admin"])


def wait_until(what: str, check, timeout: float = 600, every: float = 2.0):
    """Poll ``check()`` until it returns something true; return that, or raise AssertionError naming ``what``."""
    deadline, value = time.monotonic() + timeout, None
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(every)
    raise AssertionError(f"{what}: not within {timeout:.0f} s (last: {value!r})")


class AirflowAPI:
    """A small client of Airflow 3's REST API (``/api/v2``), logged in as the stack's admin."""

    def __init__(self, base_url: str, username: str, password: str):
        self.base_url, self.username, self.password = base_url.rstrip("/"), username, password
        self._token: str | None = None

    def _request(self, method: str, path: str, body=None, auth: bool = True):
        """One call; a GET that times out or finds the server restarting is tried again (a loaded machine)."""
        for attempt in range(5):
            try:
                return self._request_once(method, path, body, auth)
            except (TimeoutError, ConnectionError, urllib.error.URLError) as err:
                if method != "GET" or attempt == 4 or isinstance(err, urllib.error.HTTPError):
                    raise
                time.sleep(3)

    def _request_once(self, method: str, path: str, body, auth: bool):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.base_url + path, data=data, method=method,
                                         headers={"Content-Type": "application/json", "Accept": "application/json"})
        if auth:
            request.add_header("Authorization", f"Bearer {self.token()}")
        with urllib.request.urlopen(request, timeout=120) as response:  # noqa: S310 - 127.0.0.1 only
            text = response.read().decode()
        return json.loads(text) if text else None

    def token(self) -> str:
        if self._token is None:
            self._token = self._request("POST", "/auth/token", {"username": self.username, "password": self.password},
                                        auth=False)["access_token"]
        return self._token

    def get(self, path: str):
        return self._request("GET", path)

    def post(self, path: str, body: dict):
        return self._request("POST", path, body)

    def patch(self, path: str, body: dict):
        return self._request("PATCH", path, body)

    def dag_ids(self) -> list[str]:
        return [d["dag_id"] for d in self.get("/api/v2/dags?limit=1000")["dags"]]

    def runs(self, dag_id: str) -> list[dict]:
        try:
            return self.get(f"/api/v2/dags/{dag_id}/dagRuns?limit=1000&order_by=start_date")["dag_runs"]
        except urllib.error.HTTPError as err:
            if err.code == 404:
                return []
            raise

    def finished(self, dag_id: str, run_id: str) -> dict | None:
        """The run once it has finished (success or failed), else None."""
        run = next(r for r in self.runs(dag_id) if r["dag_run_id"] == run_id)
        return run if run["state"] in ("success", "failed") else None

    def task_instances(self, dag_id: str, run_id: str) -> list[dict]:
        return self.get(f"/api/v2/dags/{dag_id}/dagRuns/{run_id}/taskInstances?limit=1000")["task_instances"]

    def unpause(self, dag_id: str) -> None:
        self.patch(f"/api/v2/dags/{dag_id}", {"is_paused": False})

    def trigger(self, dag_id: str, conf: dict | None = None) -> dict:
        return self.post(f"/api/v2/dags/{dag_id}/dagRuns", {"logical_date": None, "conf": conf or {}})

    def asset_events(self, uri: str) -> list[dict]:
        assets = self.get("/api/v2/assets?limit=1000")["assets"]
        ids = [a["id"] for a in assets if a["uri"] == uri]
        if not ids:
            return []
        return self.get(f"/api/v2/assets/events?asset_id={ids[0]}&limit=1000")["asset_events"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/stack", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=["up", "down", "status", "env", "pools", "start", "stop", "kill"])
    parser.add_argument("name", nargs="?", help="a component, for start/stop/kill: " + ", ".join(
        Stack(Path(DEFAULT_STACK_DIR)).components()))
    parser.add_argument("--purge", action="store_true", help="down: also delete $STACK_DIR")
    args = parser.parse_args(argv)
    stack = Stack.from_env()
    try:
        if args.action == "up":
            stack.up()
        elif args.action == "down":
            stack.down()
            if args.purge:
                shutil.rmtree(stack.directory, ignore_errors=True)
        elif args.action == "status":
            status = stack.status()
            print(json.dumps(status, indent=2))
            return 0 if all(v.get("pid") or v.get("running") for k, v in status.items() if k != "urls") else 3
        elif args.action == "env":
            print(stack.env_file)
        elif args.action == "pools":
            stack.pools()
        elif args.action in ("start", "stop", "kill"):
            if not args.name:
                parser.error(f"{args.action} needs a component name")
            if args.action == "start":
                print(stack.start(args.name))
            elif args.action == "stop":
                stack.daemon(args.name).stop()
            else:
                print(stack.daemon(args.name).kill())
    except ServiceError as err:
        print(f"scripts/stack {args.action}: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
