# Over 400 lines on purpose: the daemon helper and the small launcher of each local service (Java, Postgres, Redis, S3) in one module.
"""Local servers the production stack (``scripts/stack``) and the test suite start natively on 127.0.0.1:
Postgres (Debian's ``postgresql``: a private cluster made with ``initdb``), Redis (Debian's ``redis-server``),
an S3 server (s3proxy from Maven Central, filesystem backend) and the Elasticsearch node built from
``tests/engines/elasticsearch``. Every one runs detached (its own session), writes its log to a file and its pid to
``<dir>/pids/<name>.pid``, so a later ``scripts/stack down`` (another process) can stop it.

Nothing here is needed to *use* boardpapers: it is how this repository runs real services for itself.
"""
from __future__ import annotations

import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ES_LAUNCHER_DIR = REPO / "tests" / "engines" / "elasticsearch"
ES_MAIN_CLASS = "org.elasticsearch.node.EsTestNode"
S3PROXY_DIR = REPO / "scripts" / "s3proxy"
S3PROXY_MAIN_CLASS = "org.gaul.s3proxy.Main"
MIN_JAVA = 17


class ServiceError(RuntimeError):
    """A service could not be built or started; the message names it and ends with its log's last lines."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def new_secret(nbytes: int = 24) -> str:
    return secrets.token_urlsafe(nbytes)


def log_tail(path: Path, lines: int = 25) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").strip().splitlines()[-lines:])
    except OSError:
        return ""


def wait_for(what: str, check, timeout: float, log: Path | None = None, alive=None) -> None:
    """Poll ``check()`` (True when ready) until ``timeout``; ``alive()`` False means the process is gone."""
    deadline, last = time.monotonic() + timeout, ""
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except Exception as err:  # noqa: BLE001 - not ready yet, whatever the reason
            last = f"{type(err).__name__}: {err}"
        if alive is not None and not alive():
            break
        time.sleep(0.5)
    state = "exited" if alive is not None and not alive() else f"not ready after {timeout:.0f} s"
    raise ServiceError(f"{what} {state} ({last or 'no answer'})" + (f"; last lines of {log}:\n{log_tail(log)}" if log else ""))


def http_ok(url: str, timeout: float = 5.0) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 - 127.0.0.1 only
            return response.status < 500
    except urllib.error.HTTPError as err:
        return err.code < 500


# --- detached processes -----------------------------------------------------------------------------------------


@dataclass
class Daemon:
    """A process started in its own session (so ``killpg`` ends it and everything it started)."""

    name: str
    state_dir: Path

    @property
    def pid_file(self) -> Path:
        return self.state_dir / "pids" / f"{self.name}.pid"

    @property
    def log_file(self) -> Path:
        return self.state_dir / "logs" / f"{self.name}.log"

    def pid(self) -> int | None:
        try:
            pid = int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        except PermissionError:
            pass
        if _is_zombie(pid):
            return None
        return pid

    def alive(self) -> bool:
        return self.pid() is not None

    def start(self, command: list[str], env: dict | None = None, cwd: Path | None = None) -> int:
        if self.alive():
            return self.pid()
        self.pid_file.parent.mkdir(parents=True, exist_ok=True)
        self.log_file.parent.mkdir(parents=True, exist_ok=True)
        with open(self.log_file, "ab") as log:
            log.write(f"\n--- {time.strftime('%Y-%m-%d %H:%M:%S')} {' '.join(command)}\n".encode())
            log.flush()
            proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                    env=env, cwd=cwd, start_new_session=True, close_fds=True)
        self.pid_file.write_text(str(proc.pid))
        return proc.pid

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 30.0) -> None:
        """Signal the process group; after ``timeout`` seconds, SIGKILL it."""
        pid = self.pid()
        if pid is not None:
            _signal_group(pid, sig)
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline and self.alive():
                time.sleep(0.2)
            if self.alive():
                _signal_group(pid, signal.SIGKILL)
                time.sleep(0.5)
        self.pid_file.unlink(missing_ok=True)

    def kill(self) -> int | None:
        """SIGKILL the whole process group at once, as a crashed machine or container would end it."""
        pid = self.pid()
        if pid is not None:
            _signal_group(pid, signal.SIGKILL)
        return pid


def _signal_group(pid: int, sig: int) -> None:
    try:
        os.killpg(pid, sig)
    except ProcessLookupError:
        pass


def _is_zombie(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    if stat.rsplit(")", 1)[1].split()[0] == "Z":
        try:
            os.waitpid(pid, os.WNOHANG)  # our own child: reap it
        except ChildProcessError:
            pass
        return True
    return False


# --- Java and Maven ---------------------------------------------------------------------------------------------


def java_executable() -> str | None:
    explicit = os.environ.get("BOARDPAPERS_TEST_ES_JAVA")
    if explicit:
        return explicit
    java_home = os.environ.get("JAVA_HOME")
    if java_home and (Path(java_home) / "bin" / "java").exists():
        return str(Path(java_home) / "bin" / "java")
    return shutil.which("java")


def java_feature_version(java: str) -> int | None:
    try:
        out = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    match = re.search(r'version "(\d+)(?:\.(\d+))?', out.stderr + out.stdout)
    if not match:
        return None
    major = int(match.group(1))
    return int(match.group(2)) if major == 1 and match.group(2) else major


def _maven_is_current(project: Path, outputs: list[Path]) -> bool:
    classpath = project / "target" / "classpath.txt"
    if not classpath.exists() or not all(p.exists() for p in outputs):
        return False
    sources = [project / "pom.xml", *sorted((project / "src").rglob("*.java"))]
    oldest_output = min(p.stat().st_mtime for p in [classpath, *outputs])
    if any(src.stat().st_mtime > oldest_output for src in sources):
        return False
    # The jars live in the Maven local repository, which may have been cleaned since.
    return all(Path(jar).exists() for jar in classpath.read_text().strip().split(os.pathsep) if jar)


def maven_classpath(project: Path, goals: list[str], outputs: list[Path] = (), java: str | None = None,
                    timeout: float | None = None) -> str:
    """Run ``mvn -q -B <goals>`` in ``project`` unless its build is current; return ``target/classpath.txt``."""
    classpath = project / "target" / "classpath.txt"
    outputs = list(outputs)
    if not _maven_is_current(project, outputs):
        mvn = shutil.which("mvn")
        if mvn is None:
            raise ServiceError("mvn (Maven) is not installed")
        env = dict(os.environ)
        if java and (Path(java).resolve().parent / "javac").exists():
            env["JAVA_HOME"] = str(Path(java).resolve().parent.parent)
        timeout = timeout or float(os.environ.get("BOARDPAPERS_TEST_ES_BUILD_TIMEOUT", "900"))
        try:
            proc = subprocess.run([mvn, "-q", "-B", *goals], cwd=project, env=env, capture_output=True, text=True,
                                  timeout=timeout)
        except subprocess.TimeoutExpired:
            raise ServiceError(f"`mvn -q -B {' '.join(goals)}` in {project} took more than {timeout:.0f} s") from None
        if proc.returncode != 0 or not classpath.exists():
            tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-30:])
            raise ServiceError(f"`mvn -q -B {' '.join(goals)}` in {project} failed (exit {proc.returncode}):\n{tail}")
        classpath.touch()  # Maven leaves an unchanged classpath file alone; mark this build as current
    return classpath.read_text().strip()


def require_java() -> str:
    java = java_executable()
    if java is None:
        raise ServiceError("java is not installed (a JDK 17+ is needed)")
    feature = java_feature_version(java)
    if feature is None or feature < MIN_JAVA:
        raise ServiceError(f"{java} is Java {feature}; {MIN_JAVA}+ is needed")
    return java


def elasticsearch_command(java: str, port: int, home: Path, heap: str = "512m") -> list[str]:
    """The Elasticsearch node of ``tests/engines/elasticsearch`` (see its README), built with Maven if needed."""
    main_class = ES_LAUNCHER_DIR / "target" / "classes" / Path(*ES_MAIN_CLASS.split(".")).with_suffix(".class")
    deps = maven_classpath(ES_LAUNCHER_DIR, ["package"], [main_class], java)
    classpath = os.pathsep.join([str(ES_LAUNCHER_DIR / "target" / "classes"), deps])
    return [java, f"-Xms{heap}", f"-Xmx{heap}", "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED",
            "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-Des.test.node.log.level=WARN",
            "-cp", classpath, ES_MAIN_CLASS, "--port", str(port), "--home", str(home), "--no-stdin"]


# --- the servers ------------------------------------------------------------------------------------------------


def postgres_bin(program: str) -> str:
    found = shutil.which(program)
    if found:
        return found
    for candidate in sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{program}"), reverse=True):
        return str(candidate)
    raise ServiceError(f"{program} not found: install Debian's postgresql package")


def _as_postgres_user(command: list[str]) -> list[str]:
    """Postgres refuses to run as root: as root, run its programs as the ``postgres`` user."""
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


@dataclass
class Postgres:
    """A private cluster in ``data_dir`` on 127.0.0.1:``port`` (no Unix socket); ``password`` for ``postgres``."""

    data_dir: Path
    port: int
    password: str
    log_file: Path

    @property
    def admin_url(self) -> str:
        return f"postgresql+psycopg2://postgres:{self.password}@127.0.0.1:{self.port}/postgres"

    def url(self, database: str, user: str = "postgres", password: str | None = None) -> str:
        return f"postgresql+psycopg2://{user}:{password or self.password}@127.0.0.1:{self.port}/{database}"

    def _chown(self, path: Path) -> None:
        if os.geteuid() == 0:
            shutil.chown(path, "postgres", "postgres")

    def init(self) -> None:
        if (self.data_dir / "PG_VERSION").exists():
            return
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.data_dir.chmod(0o700)
        self._chown(self.data_dir)
        for parent in self.data_dir.parents:  # the postgres user must be able to reach its data directory
            if os.geteuid() == 0 and parent.stat().st_mode & 0o001 == 0 and parent != Path("/"):
                raise ServiceError(f"{parent} is not searchable by the postgres user (mode "
                                   f"{oct(parent.stat().st_mode & 0o777)}): put the stack directory elsewhere")
        pwfile = self.data_dir.parent / f".{self.data_dir.name}.pw"
        pwfile.write_text(self.password + "\n")
        pwfile.chmod(0o600)
        self._chown(pwfile)
        try:
            proc = subprocess.run(_as_postgres_user([postgres_bin("initdb"), "-D", str(self.data_dir), "-U", "postgres",
                                                     "--auth=scram-sha-256", f"--pwfile={pwfile}", "-E", "UTF8",
                                                     "--locale=C"]), capture_output=True, text=True, timeout=300)
        finally:
            pwfile.unlink(missing_ok=True)
        if proc.returncode != 0:
            raise ServiceError(f"initdb {self.data_dir} failed: {(proc.stdout + proc.stderr)[-2000:]}")

    def start(self) -> None:
        self.init()
        self.log_file.parent.mkdir(parents=True, exist_ok=True)
        self.log_file.touch()
        self._chown(self.log_file)
        if not self.running():
            options = f"-p {self.port} -h 127.0.0.1 -k '' -c max_connections=200 -c fsync=off"
            proc = subprocess.run(_as_postgres_user([postgres_bin("pg_ctl"), "-D", str(self.data_dir), "-l",
                                                     str(self.log_file), "-o", options, "-w", "-t", "120", "start"]),
                                  capture_output=True, text=True, timeout=180)
            if proc.returncode != 0:
                raise ServiceError(f"postgres on port {self.port} did not start: {proc.stdout}{proc.stderr}; "
                                   f"last lines of {self.log_file}:\n{log_tail(self.log_file)}")
        wait_for(f"postgres on 127.0.0.1:{self.port}", self.accepts_connections, 60, self.log_file)

    def running(self) -> bool:
        proc = subprocess.run(_as_postgres_user([postgres_bin("pg_ctl"), "-D", str(self.data_dir), "status"]),
                              capture_output=True, text=True, timeout=60)
        return proc.returncode == 0

    def accepts_connections(self) -> bool:
        with socket.create_connection(("127.0.0.1", self.port), timeout=2):
            return True

    def stop(self) -> None:
        if (self.data_dir / "PG_VERSION").exists() and self.running():
            subprocess.run(_as_postgres_user([postgres_bin("pg_ctl"), "-D", str(self.data_dir), "-m", "fast", "-w",
                                              "stop"]), capture_output=True, text=True, timeout=120)

    def execute(self, *statements: str, database: str = "postgres") -> None:
        import psycopg2

        conn = psycopg2.connect(host="127.0.0.1", port=self.port, user="postgres", password=self.password,
                                dbname=database)
        conn.autocommit = True
        try:
            with conn.cursor() as cursor:
                for statement in statements:
                    cursor.execute(statement)
        finally:
            conn.close()

    def ensure_database(self, name: str, owner: str, password: str) -> str:
        """Create role ``owner`` and database ``name`` if missing; return its SQLAlchemy URL."""
        import psycopg2

        conn = psycopg2.connect(host="127.0.0.1", port=self.port, user="postgres", password=self.password,
                                dbname="postgres")
        conn.autocommit = True
        try:
            with conn.cursor() as cursor:
                cursor.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (owner,))
                if cursor.fetchone() is None:
                    cursor.execute(f'CREATE ROLE "{owner}" LOGIN PASSWORD %s', (password,))
                cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
                if cursor.fetchone() is None:
                    cursor.execute(f'CREATE DATABASE "{name}" OWNER "{owner}"')
        finally:
            conn.close()
        return self.url(name, owner, password)


def redis_command(port: int, data_dir: Path) -> list[str]:
    server = shutil.which("redis-server")
    if server is None:
        raise ServiceError("redis-server not found: install Debian's redis-server package")
    data_dir.mkdir(parents=True, exist_ok=True)
    return [server, "--bind", "127.0.0.1", "--port", str(port), "--dir", str(data_dir), "--save", "",
            "--appendonly", "no", "--protected-mode", "yes", "--daemonize", "no"]


def redis_ping(port: int) -> bool:
    with socket.create_connection(("127.0.0.1", port), timeout=2) as sock:
        sock.sendall(b"PING\r\n")
        return sock.recv(64).startswith(b"+PONG")


# botocore 1.36+ adds CRC checksum headers to every upload by default; s3proxy (like several S3-compatible
# servers) answers NotImplemented to them. Checksums only where the API requires them:
S3_CHECKSUMS_WHEN_REQUIRED = {"AWS_REQUEST_CHECKSUM_CALCULATION": "when_required",
                              "AWS_RESPONSE_CHECKSUM_VALIDATION": "when_required"}


@dataclass
class S3Server:
    """s3proxy (Maven Central ``org.gaul:s3proxy``) with its filesystem backend: a real S3 HTTP API on disk."""

    port: int
    data_dir: Path
    access_key: str
    secret_key: str

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def command(self, config_file: Path) -> list[str]:
        java = require_java()
        deps = maven_classpath(S3PROXY_DIR, ["dependency:build-classpath", "-Dmdep.outputFile=target/classpath.txt"],
                               java=java)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        config_file.write_text("\n".join([
            f"s3proxy.endpoint={self.endpoint}",
            "s3proxy.authorization=aws-v2-or-v4",
            f"s3proxy.identity={self.access_key}",
            f"s3proxy.credential={self.secret_key}",
            "jclouds.provider=filesystem",
            f"jclouds.filesystem.basedir={self.data_dir}",
        ]) + "\n")
        config_file.chmod(0o600)
        return [java, "-Xmx256m", "-XX:+UseSerialGC", f"-Dlogback.configurationFile={S3PROXY_DIR / 'logback.xml'}", "-cp", deps, S3PROXY_MAIN_CLASS,
                "--properties", str(config_file)]

    def client_environment(self) -> dict[str, str]:
        """What s3fs/fsspec and botocore read to reach this server."""
        return {"FSSPEC_S3_ENDPOINT_URL": self.endpoint, "FSSPEC_S3_KEY": self.access_key,
                "FSSPEC_S3_SECRET": self.secret_key, "AWS_ACCESS_KEY_ID": self.access_key,
                "AWS_SECRET_ACCESS_KEY": self.secret_key, "AWS_ENDPOINT_URL": self.endpoint,
                "AWS_DEFAULT_REGION": "us-east-1", **S3_CHECKSUMS_WHEN_REQUIRED}

    def filesystem(self):
        import s3fs

        return s3fs.S3FileSystem(key=self.access_key, secret=self.secret_key,
                                 client_kwargs={"endpoint_url": self.endpoint, "region_name": "us-east-1"},
                                 config_kwargs={"request_checksum_calculation": "when_required",
                                                "response_checksum_validation": "when_required"})

    def ensure_bucket(self, bucket: str) -> None:
        # CreateBucket directly: s3fs's mkdir probes with GetBucketLocation, which s3proxy answers for any name.
        fs = self.filesystem()
        if bucket not in [b.rstrip("/") for b in fs.ls("", refresh=True)]:
            fs.call_s3("create_bucket", Bucket=bucket)

    def ready(self) -> bool:
        return http_ok(self.endpoint + "/")
