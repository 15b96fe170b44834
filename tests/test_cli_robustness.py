"""The command line as a hostile or unlucky user meets it: an output that is an input, FIFOs,
link loops, closed pipes, full disks, signals, odd encodings, huge pages, dying parents.

Scenarios that involve the operating system run the real command in a subprocess.
"""

from __future__ import annotations

import contextlib
import errno
import io
import json
import os
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

import paper_parser
from paper_parser import MastheadWarning, Span, cli, parse_issue, records
from paper_parser.cli import glob_files, main
from tests.conftest import CORPUS, SAMPLE_NAME

SAMPLE = CORPUS / SAMPLE_NAME
COMMAND = [sys.executable, "-m", "paper_parser"]


def run(*args: str, stdin: bytes = b"") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(args), stdout=out, stderr=err, stdin=io.BytesIO(stdin))
    return status, out.getvalue(), err.getvalue()


def jsonl(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def sample_copies(folder: Path, n: int, *, repeat: int = 1) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    text = SAMPLE.read_text(encoding="utf-8") * repeat
    paths = [folder / f"{i:03d}.txt" for i in range(n)]
    for path in paths:
        path.write_text(text, encoding="utf-8")
    return paths


def parts(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.part"))


# --- 1. an output that is an input ------------------------------------------------------------


@pytest.mark.parametrize("how", ["same", "symlink", "hardlink", "inside-dir", "view"])
def test_output_equal_to_an_input_is_refused(tmp_path: Path, how: str) -> None:
    page = tmp_path / "a.txt"
    page.write_bytes(SAMPLE.read_bytes())
    before = page.read_bytes()
    if how == "symlink":
        (tmp_path / "link.txt").symlink_to(page)
        args = ["--jsonl", str(tmp_path / "link.txt"), "-o", str(page)]
    elif how == "hardlink":
        os.link(page, tmp_path / "hard.txt")
        args = ["--jsonl", str(page), "-o", str(tmp_path / "hard.txt")]
    elif how == "inside-dir":
        args = ["--jsonl", str(tmp_path), "-o", str(page)]
    elif how == "view":
        args = ["view", str(page), "-o", str(page)]
    else:
        args = [str(page), "-o", str(page)]
    proc = subprocess.run([*COMMAND, *args], capture_output=True, text=True, check=False)
    assert proc.returncode == 2
    assert proc.stdout == ""
    (line,) = proc.stderr.splitlines()
    assert line.startswith("paper-parser: -o ")
    assert line.endswith("; refusing to overwrite it")
    assert page.read_bytes() == before
    assert parts(tmp_path) == []


def test_output_goes_through_a_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text("old contents\n", encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    assert run("--jsonl", str(SAMPLE), str(SAMPLE), "-o", str(link))[:2] == (0, "")
    # Written through the link: the link stays a link, the file keeps its mode.
    assert link.is_symlink()
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert [r["file"] for r in jsonl(target.read_text(encoding="utf-8"))] == [str(SAMPLE)] * 2
    assert parts(tmp_path) == []


def test_an_input_that_is_standard_output_is_skipped(tmp_path: Path) -> None:
    page = tmp_path / "a.txt"
    page.write_bytes(SAMPLE.read_bytes())
    with page.open("ab") as out:  # paper-parser a.txt >> a.txt
        proc = subprocess.run(
            [*COMMAND, "--jsonl", str(page)], stdout=out, stderr=subprocess.PIPE, check=False
        )
    assert proc.returncode == 2
    assert b"a.txt: is the output file; skipped" in proc.stderr
    data = page.read_bytes()
    assert data.startswith(SAMPLE.read_bytes())
    (record,) = jsonl(data[len(SAMPLE.read_bytes()) :].decode("utf-8"))
    assert record["type"] == "Error"


# --- 2. hangs: FIFOs, link loops, signals, dying parents --------------------------------------


def test_a_fifo_is_reported_and_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    sample_copies(folder, 1)
    os.mkfifo(folder / "pipe.txt")
    os.mkfifo(tmp_path / "named.txt")
    proc = subprocess.run(
        [*COMMAND, "--jsonl", str(tmp_path / "named.txt"), str(folder), str(folder / "*.txt")],
        capture_output=True,
        text=True,
        timeout=20,
        check=False,
    )
    assert proc.returncode == 2
    records = jsonl(proc.stdout)
    assert [(Path(r["file"]).name, r["type"]) for r in records] == [
        ("named.txt", "Error"),
        ("000.txt", "Issue"),
        ("pipe.txt", "Error"),
        ("000.txt", "Issue"),
        ("pipe.txt", "Error"),
    ]
    assert records[0]["error"] == f"{tmp_path / 'named.txt'}: not a regular file (a FIFO); skipped"
    assert "Traceback" not in proc.stderr


def _loop_tree(root: Path) -> None:
    """root/a/x.txt, root/a/b/y.txt, and links back up, sideways and to themselves."""
    (root / "a" / "b").mkdir(parents=True)
    (root / "a" / "x.txt").write_text("浙江工人日报\n", encoding="utf-8")
    (root / "a" / "b" / "y.txt").write_text("浙江工人日报\n", encoding="utf-8")
    (root / "a" / "b" / "up").symlink_to("../..")
    (root / "a" / "self").symlink_to("../a")
    (root / "z").symlink_to("a/b")
    (root / "outside").mkdir()
    (root / "outside" / "w.txt").write_text("浙江工人日报\n", encoding="utf-8")
    (root / "a" / "elsewhere").symlink_to("../outside")


def test_a_symlink_loop_under_a_glob_ends(tmp_path: Path) -> None:
    _loop_tree(tmp_path)
    os.rename(tmp_path / "outside", tmp_path / ".outside")  # only reachable through the link
    (tmp_path / "a" / "elsewhere").unlink()
    (tmp_path / "a" / "elsewhere").symlink_to("../.outside")
    # Each directory is walked once, under its own name when it has one.
    assert glob_files(str(tmp_path / "**" / "*.txt")) == [
        str(tmp_path / "a" / "b" / "y.txt"),
        str(tmp_path / "a" / "elsewhere" / "w.txt"),
        str(tmp_path / "a" / "x.txt"),
    ]
    proc = subprocess.run(
        [*COMMAND, "--jsonl", str(tmp_path / "**" / "*.txt"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=20,
        check=False,
    )
    assert proc.returncode == 0
    files = [r["file"] for r in jsonl(proc.stdout)]
    # The directory walk enters hidden directories (as it always did); the glob does not
    # (as in the glob module), but reaches .outside through the link.
    assert files[:3] == glob_files(str(tmp_path / "**" / "*.txt"))
    assert sorted(Path(f).name for f in files[3:]) == ["w.txt", "x.txt", "y.txt"]


def test_glob_semantics(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", ".hidden.txt", "c.log"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.txt").write_text("x", encoding="utf-8")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere")
    assert glob_files(str(tmp_path / "*.txt")) == [
        str(tmp_path / name) for name in ("a.txt", "b.txt", "dangling.txt")
    ]
    assert glob_files(str(tmp_path / ".*.txt")) == [str(tmp_path / ".hidden.txt")]
    assert glob_files(str(tmp_path / "**")) == sorted(
        str(tmp_path / n) for n in ("a.txt", "b.txt", "c.log", "dangling.txt", "sub/d.txt")
    )
    assert glob_files(str(tmp_path / "s?b" / "[cd].txt")) == [str(tmp_path / "sub" / "d.txt")]
    assert glob_files(str(tmp_path / "nothing" / "*.txt")) == []


def _signal_ready(pid: int, sig: int) -> bool:
    """Whether ``pid`` catches ``sig`` (its handler is installed) and sleeps (is blocked)."""
    fields = dict(
        line.split(":\t", 1)
        for line in Path(f"/proc/{pid}/status").read_text().splitlines()
        if ":\t" in line
    )
    caught = int(fields["SigCgt"], 16)
    return bool(caught >> (sig - 1) & 1) and fields["State"].startswith("S")


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_blocked_run_ends_on_a_signal(sig: int) -> None:
    """Standard input that never comes: the run is blocked in a read, and a signal ends it."""
    proc = subprocess.Popen(
        [*COMMAND, "--jsonl", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 10
        while not _signal_ready(proc.pid, signal.SIGTERM) and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(0.1)  # into the read
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=1.5)
    finally:
        with contextlib.suppress(OSError):
            proc.kill()
    assert proc.returncode == 130
    assert out == b""
    assert err.decode().splitlines() == [
        "paper-parser: interrupted after 0 pages; the output so far is valid"
    ]


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                if int(fields[1]) == pid:
                    found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_die_with_their_parent(tmp_path: Path) -> None:
    sample_copies(tmp_path / "archive", 40, repeat=4)
    target = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [*COMMAND, "--jsonl", "-j", "2", "-o", str(target), str(tmp_path / "archive")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            found = parts(tmp_path)
            if found and found[0].read_bytes().count(b"\n") >= 1:
                break
            time.sleep(0.02)
        workers = _children(proc.pid)
        assert len(workers) >= 2
        proc.kill()  # SIGKILL: the parent cannot clean up
        proc.wait(timeout=5)
        deadline = time.monotonic() + 5
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert not any(_alive(w) for w in workers)
    finally:
        with contextlib.suppress(OSError):
            proc.kill()
    # The target was never touched; the temporary file holds whole records.
    assert not target.exists()
    (part,) = parts(tmp_path)
    assert part.read_bytes().endswith(b"\n")
    assert {r["type"] for r in jsonl(part.read_text(encoding="utf-8"))} == {"Issue"}


# --- 3. write errors ---------------------------------------------------------------------------


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_closed_pipe_ends_the_run_quietly(tmp_path: Path, jobs: str) -> None:
    """``paper-parser DIR --jsonl | head -1``."""
    sample_copies(tmp_path / "archive", 20)
    proc = subprocess.Popen(
        [*COMMAND, "--jsonl", "-j", jobs, str(tmp_path / "archive")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    _, err = proc.communicate(timeout=20)
    assert json.loads(first)["type"] == "Issue"
    assert err == b""
    assert proc.returncode == 141  # what a shell shows for cat: 128 + SIGPIPE


@contextlib.contextmanager
def small_disk(path: Path, size: str) -> Iterator[Path]:
    path.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (the mocked test covers ENOSPC)")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or os.geteuid() != 0, reason="mounts a tmpfs"
)
def test_a_full_disk_leaves_whole_records(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    sample_copies(archive, 12)
    with small_disk(tmp_path / "disk", "200k") as disk:
        target = disk / "out.jsonl"
        proc = subprocess.run(
            [*COMMAND, "--jsonl", "-o", str(target), str(archive)],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        assert proc.returncode == 1
        (part,) = parts(disk)
        records = jsonl(part.read_text(encoding="utf-8"))
        assert 1 <= len(records) < 12
        assert part.read_bytes().endswith(b"\n")
        last = proc.stderr.splitlines()[-1]
        assert last == (
            f"paper-parser: cannot write {target}: No space left on device; the "
            f"{len(records)} records written are in {part} ({target} is unchanged)"
        )
        assert not target.exists()
        assert "Traceback" not in proc.stderr
        part.unlink()
        # Standard output redirected to the full disk: cut back to whole records too.
        with (disk / "stdout.jsonl").open("wb") as out:
            proc2 = subprocess.run(
                [*COMMAND, "--jsonl", str(archive)],
                stdout=out,
                stderr=subprocess.PIPE,
                text=True,
                timeout=30,
                check=False,
            )
        assert proc2.returncode == 1
        assert proc2.stderr.splitlines()[-1] == (
            "paper-parser: cannot write standard output: No space left on device"
        )
        data = (disk / "stdout.jsonl").read_bytes()
        assert data.endswith(b"\n")
        assert 1 <= len(jsonl(data.decode("utf-8"))) < 12


class ShortWrites:
    """``os.write`` that writes at most 4,000 bytes per call to files (not to the terminal),
    fails with EAGAIN ``blocked`` times first, and with ENOSPC once ``budget`` bytes have
    gone out."""

    def __init__(self, budget: int, *, blocked: int = 0) -> None:
        self.budget = budget
        self.blocked = blocked  # calls that fail with EAGAIN first (a full non-blocking pipe)
        self.calls = 0
        self.real = os.write

    def __call__(self, fd: int, data: Any) -> int:
        if fd <= 2:
            return self.real(fd, data)
        self.calls += 1
        if self.blocked:
            self.blocked -= 1
            raise BlockingIOError(errno.EAGAIN, os.strerror(errno.EAGAIN))
        if self.budget <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        n = self.real(fd, bytes(data[: min(4000, self.budget)]))
        self.budget -= n
        return n


def test_short_writes_never_leave_half_a_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The mocked file system layer: short writes, then ENOSPC in the middle of a record."""
    whole = run("--jsonl", str(SAMPLE))[1].encode("utf-8")
    target = tmp_path / "out.jsonl"
    writes = ShortWrites(budget=10**9, blocked=3)
    monkeypatch.setattr(os, "write", writes)
    assert run("--jsonl", "-o", str(target), str(SAMPLE), str(SAMPLE))[0] == 0
    assert target.read_bytes() == whole * 2
    assert writes.calls >= 2 * len(whole) // 4000

    writes.budget = len(whole) * 2 + 1000  # two records and a piece of the third
    status, out, err = run("--jsonl", "-o", str(target), str(SAMPLE), str(SAMPLE), str(SAMPLE))
    assert (status, out) == (1, "")
    (part,) = parts(tmp_path)
    assert part.read_bytes() == whole * 2
    assert err.splitlines() == [
        f"paper-parser: cannot write {target}: No space left on device; the 2 records "
        f"written are in {part} ({target} is unchanged)"
    ]
    assert target.read_bytes() == whole * 2  # the last complete run's output, untouched


def test_an_unwritable_output_is_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "missing" / "dir"
    for args in (["view", str(SAMPLE)], [str(SAMPLE)]):
        target = missing / "x.out"
        proc = subprocess.run(
            [*COMMAND, *args, "-o", str(target)], capture_output=True, text=True, check=False
        )
        assert proc.returncode == 1
        assert proc.stderr == f"paper-parser: cannot write {target}: No such file or directory\n"
    status, _, err = run(str(SAMPLE), "-o", str(tmp_path))
    assert (status, err) == (1, f"paper-parser: cannot write {tmp_path}: is a directory\n")


# --- 4. encodings ------------------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["rot13", "base64", "hex", "zlib", "uu", "undefined"])
def test_only_text_encodings_are_accepted(codec: str) -> None:
    status, out, err = run("--encoding", codec, str(SAMPLE))
    assert (status, out) == (2, "")
    assert len(err.splitlines()) == 1
    assert err.startswith(f"paper-parser: --encoding {codec!r} ")
    assert run("view", "--encoding", codec, str(SAMPLE))[0] == 2


@pytest.mark.parametrize(
    ("codec", "hint"),
    [("utf-16-le", "utf-16"), ("utf-16-be", "utf-16"), ("utf-32-le", "utf-32")],
)
def test_utf16_and_utf32_with_a_byte_order_mark(tmp_path: Path, codec: str, hint: str) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    page = tmp_path / "wide.txt"
    page.write_bytes("\ufeff".encode(codec) + text.encode(codec))
    status, out, err = run("--jsonl", str(page))
    reason = f"{page}: {hint.upper()} text (byte order mark); use --encoding {hint}"
    assert (status, err) == (2, f"paper-parser: {reason}\n")
    assert jsonl(out)[0]["error"] == reason
    # The encoding named reads it: the same record as the UTF-8 page.
    status, out, _ = run("--jsonl", "--encoding", hint, str(page))
    assert status == 0
    (record,) = jsonl(out)
    assert record["articles"] == records.page_record(str(page), text)["articles"]


# --- 6. backstops are never silent ----------------------------------------------------------


def test_a_backstop_warning_reaches_the_record(monkeypatch: pytest.MonkeyPatch) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    issue = parse_issue(text)
    warning = MastheadWarning(
        code="backstop-timeout",
        message="a pattern ran out of time; the masthead may be incomplete",
        span=Span.of(text, 0, 0),
    )
    flagged = attrs.evolve(issue, masthead=attrs.evolve(issue.masthead, warnings=(warning,)))
    monkeypatch.setattr(records, "parse_issue", lambda _text, **_roles: flagged)
    status, out, err = run("--jsonl", str(SAMPLE))
    assert status == 0
    (record,) = jsonl(out)
    line = "backstop-timeout: a pattern ran out of time; the masthead may be incomplete"
    assert record["warnings"] == [line]
    assert err == f"paper-parser: warning: {SAMPLE}: {line}\n"
    status, out, _ = run("--jsonl", "--per-article", str(SAMPLE))
    assert {tuple(r["warnings"]) for r in jsonl(out)} == {(line,)}


# --- 8. size limits --------------------------------------------------------------------------


def test_pages_over_max_page_bytes_are_not_parsed(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 1001)
    edge = tmp_path / "edge.txt"
    edge.write_bytes(b"x" * 1000)
    status, out, err = run("--jsonl", "--max-page-bytes", "1K", str(big), str(edge))
    assert status == 2
    reason = f"{big}: larger than --max-page-bytes (1,000 bytes); not parsed"
    assert [r.get("error") for r in jsonl(out)] == [reason, None]
    assert err.splitlines()[0] == f"paper-parser: {reason}"
    # Standard input too; 0 lifts the limit.
    status, out, _ = run("--jsonl", "--max-page-bytes", "1000", "-", stdin=b"x" * 1001)
    assert (
        jsonl(out)[0]["error"] == "<stdin>: larger than --max-page-bytes (1,000 bytes); not parsed"
    )
    assert run("--jsonl", "--max-page-bytes", "0", str(big))[0] == 0
    assert run("--max-page-bytes", "lots", str(big))[0] == 2
    assert records.DEFAULT_MAX_PAGE_BYTES == 20_000_000
    assert cli.build_parser().parse_args(["x"]).max_page_bytes == 20_000_000


def test_the_pages_own_warnings_reach_the_record(monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure the parser recovered from (``Issue.warnings``) is said in the record."""
    issue = parse_issue(SAMPLE.read_text(encoding="utf-8"))
    if "warnings" not in attrs.fields_dict(type(issue)):
        pytest.skip("Issue has no warnings field in this tree")
    flagged = attrs.evolve(issue, warnings=("segmentation-failed: RuntimeError: boom",))
    monkeypatch.setattr(records, "parse_issue", lambda _text, **_roles: flagged)
    status, out, err = run("--jsonl", str(SAMPLE))
    (record,) = jsonl(out)
    assert (status, record["warnings"]) == (0, ["segmentation-failed: RuntimeError: boom"])
    assert err == f"paper-parser: warning: {SAMPLE}: segmentation-failed: RuntimeError: boom\n"
    # The record reads back to the page, warnings included.
    text = SAMPLE.read_text(encoding="utf-8")
    assert paper_parser.from_dict(record, text=text) == flagged


def test_dask_records_share_the_limits(tmp_path: Path) -> None:
    """The Dask helpers give the CLI's records: FIFOs, link loops and huge pages included."""
    from paper_parser.dask import bytes_record, file_record, resolve_paths

    _loop_tree(tmp_path)
    os.mkfifo(tmp_path / "a" / "pipe.txt")
    paths = resolve_paths(str(tmp_path / "**" / "*.txt"))
    assert [Path(p).name for p in paths] == ["y.txt", "pipe.txt", "x.txt", "w.txt"]
    records = [file_record(p, max_bytes=20) for p in paths]
    assert [r["type"] for r in records] == ["Issue", "Error", "Issue", "Issue"]
    assert records[1]["error"].endswith("not a regular file (a FIFO); skipped")
    assert file_record(paths[0], max_bytes=10)["error"].endswith("not parsed")
    assert bytes_record("w.txt", "浙江".encode("utf-16"))["error"] == (
        "w.txt: UTF-16 text (byte order mark); use --encoding utf-16"
    )


def test_a_library_warning_reaches_the_record(monkeypatch: pytest.MonkeyPatch) -> None:
    """A scan that ran out of time warns (IncompleteScanWarning): the record says so."""
    import warnings

    from paper_parser.numerals import IncompleteScanWarning

    real = paper_parser.records.parse_issue

    def slow_scan(text: str, **roles: object) -> paper_parser.Issue:
        warnings.warn(
            "find_numbers: a scan window ran out of time", IncompleteScanWarning, stacklevel=2
        )
        warnings.warn("not the library's", DeprecationWarning, stacklevel=2)
        return real(text)

    monkeypatch.setattr(paper_parser.records, "parse_issue", slow_scan)
    with pytest.warns(DeprecationWarning, match="not the library's"):  # passed on, not eaten
        status, out, err = run("--jsonl", "--per-article", str(SAMPLE))
    line = "IncompleteScanWarning: find_numbers: a scan window ran out of time"
    records = jsonl(out)
    assert status == 0
    assert len(records) > 1
    assert all(r["warnings"] == [line] for r in records)
    assert err == f"paper-parser: warning: {SAMPLE}: {line}\n"


def test_a_signal_that_strikes_inside_a_c_call_is_an_interrupt() -> None:
    """A signal handled while ctypes converts an argument (reading a PDF page) surfaces
    as ctypes' ArgumentError wrapping the interrupt: the run still ends as interrupted
    (status 130, the output so far kept), not with a traceback."""
    import ctypes

    from paper_parser import cli

    signals = cli._Signals()
    signals.received.append(int(signal.SIGINT))
    err = io.StringIO()
    writer = cli._LineWriter(None, io.StringIO())
    exc = ctypes.ArgumentError("argument 1: _Interrupted: 2")
    assert cli._stopped(exc, writer, 3, signals, err) == 130
    assert "interrupted after 3 pages" in err.getvalue()
    # Without a signal received, the same error is a bug and is raised.
    with pytest.raises(ctypes.ArgumentError):
        cli._stopped(exc, cli._LineWriter(None, io.StringIO()), 3, cli._Signals(), err)


def test_worker_batches_keep_order_and_send_pdfs_alone() -> None:
    """``--jobs`` workers get text pages in batches of 1, 2, 4, then 8 (so a short run still
    spreads over the workers), a PDF on its own, and every task once, in input order."""

    def task(name: str) -> cli._Task:
        return cli._Task(name, None, None, "utf-8", False, "jsonl", None, frozenset())

    names = [f"p{i}.txt" for i in range(20)]
    names.insert(5, "a.pdf")
    batches = list(cli._batches(iter(task(n) for n in names)))
    assert [[t.name for t in b] for b in batches] == [
        ["p0.txt"],
        ["p1.txt", "p2.txt"],
        ["p3.txt", "p4.txt"],
        ["a.pdf"],
        ["p5.txt", "p6.txt", "p7.txt", "p8.txt"],  # a PDF cut the batch of 4 short
        [f"p{i}.txt" for i in range(9, 17)],
        ["p17.txt", "p18.txt", "p19.txt"],
    ]
    # A PDF's text given on stdin (text set) is a text task, batched with the others.
    given = task("b.pdf")._replace(text="x")
    assert [len(b) for b in cli._batches(iter([task("p.txt"), given, task("q.txt")]))] == [1, 2]
