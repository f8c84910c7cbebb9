"""What runs on the Dask workers: index a file, learn the length statistics from a sample, and run
`cli.js corpus check --stdin` on one partition of lines, writing its part files.

Standard library only: the client ships this module to the workers by value (cloudpickle), so a
worker needs Python, Node.js and cli.js, not this package. Every task reads the input from the file
system the workers share, and writes its part files there under a temporary name, renamed into
place only when the partition is complete; a retried task (its worker died) writes them anew.
"""

import bisect
import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
import uuid

BLOCK = 1 << 20
BOM = b"\xef\xbb\xbf"
RANK = {"error": 3, "warning": 2, "info": 1, "hint": 0}


class TaskFailed(RuntimeError):
    """A partition could not run (cli.js exited 2, or the input cannot be fed to it)."""


def _exit_text(rc):
    if rc < 0:
        try:
            return f"was stopped by {signal.Signals(-rc).name}"
        except ValueError:
            return f"was stopped by signal {-rc}"
    return f"exited {rc}"


def index_chunk(path, start, end, step):
    """Newlines in bytes [start, end) of `path`, and marks: (k, the offset just after the k-th of
    them, where a line starts) for the first newline and every `step`-th (k counted in this chunk)."""
    count = 0
    marks = []
    target = 1
    with open(path, "rb") as f:
        f.seek(start)
        pos = start
        while pos < end:
            block = f.read(min(BLOCK, end - pos))
            if not block:
                break
            c = block.count(b"\n")
            if count + c >= target:
                at = 0
                for _ in range(c):
                    at = block.index(b"\n", at) + 1
                    count += 1
                    if count == target:
                        marks.append((count, pos + at))
                        target = step if target == 1 else target + step
            else:
                count += c
            pos += len(block)
    return {"newlines": count, "marks": marks}


def _seek_line(f, known_line, known_offset, line):
    """Positions `f` at the start of `line`, from a line whose start is known (at most a few
    thousand lines before it). Returns False if the file ends first."""
    f.seek(known_offset)
    for _ in range(line - known_line):
        if not f.readline():
            return False
    return True


def _strip_eol(line):
    if line.endswith(b"\n"):
        line = line[:-1]
    if line.endswith(b"\r"):
        line = line[:-1]
    return line


def _partition_lines(spec):
    """Yields (side A bytes, side B bytes) of the partition's lines for a pair, or the raw line for a
    TSV (as (line, None)); line ends removed; a BOM removed from line 1 of each file."""
    files = [open(p, "rb") for p in spec["paths"]]
    try:
        live = []
        for f, (known_line, known_offset) in zip(files, spec["seek"]):
            live.append(_seek_line(f, known_line, known_offset, spec["start"]))
        for i in range(spec["end"] - spec["start"]):
            parts = []
            for k, f in enumerate(files):
                raw = f.readline() if live[k] else b""
                if not raw:
                    live[k] = False
                    parts.append(None)
                    continue
                raw = _strip_eol(raw)
                if spec["start"] + i == 0 and raw.startswith(BOM):
                    raw = raw[3:]
                parts.append(raw)
            if len(files) == 1:
                yield (parts[0] if parts[0] is not None else b"", None)
            else:
                yield (parts[0], parts[1])
    finally:
        for f in files:
            f.close()


def _tsv_line(spec, index, a, b):
    """One stdin line for cli.js. For a pair, a side B that is missing (side A's file is longer)
    gives a line with no tab, which cli.js reports as a missing side B."""
    if len(spec["paths"]) == 1:
        return a + b"\n"
    if a is None:
        a = b""
    if b"\t" in a:
        raise TaskFailed(
            f"{spec['paths'][0]}: line {spec['start'] + index + 1} holds a tab; "
            "cli.js --stdin takes side A up to the first tab, so this pair cannot be checked as a TSV line"
        )
    return a + b"\n" if b is None else a + b"\t" + b + b"\n"


def _escape_tsv(text):
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n")


class _Part:
    """A part file written under a temporary name and renamed into place by commit(). A `.parquet`
    part is written as JSON Lines first and converted at commit (needs pyarrow on the worker)."""

    def __init__(self, path):
        self.path = path
        # The worker's pid in the name: part files of an attempt that died with its worker are told apart.
        self.tmp = f"{path}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.file = open(self.tmp, "wb", buffering=BLOCK)

    def commit(self):
        self.file.close()
        if self.path.endswith(".parquet"):
            _jsonl_to_parquet(self.tmp)
        os.replace(self.tmp, self.path)

    def abandon(self):
        self.file.close()
        try:
            os.unlink(self.tmp)
        except FileNotFoundError:
            pass


def _jsonl_to_parquet(path):
    """Rewrites a file of --stdin records as Parquet in place: columns n, a, b, findings (JSON text)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as e:
        raise TaskFailed(f"--format parquet: pyarrow does not import on {socket.gethostname()} ({e})")
    rows = {"n": [], "a": [], "b": [], "findings": []}
    with open(path, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            for key in ("n", "a", "b"):
                rows[key].append(rec[key])
            rows["findings"].append(json.dumps(rec["findings"], ensure_ascii=False))
    table = pa.table({"n": pa.array(rows["n"], pa.int64()), "a": pa.array(rows["a"], pa.string()), "b": pa.array(rows["b"], pa.string()), "findings": pa.array(rows["findings"], pa.string())})
    pq.write_table(table, path)


def learn_stats(node, cli, paths, sample_lines, langs):
    """Runs `cli.js corpus check SAMPLE.A SAMPLE.B --quiet --stats-out stats.json` on the first
    `sample_lines` pairs, once, and returns the statistics (and languages) it learned."""
    tmp = tempfile.mkdtemp(prefix="bitext-dask-sample-")
    try:
        sample = [os.path.join(tmp, "sample.a"), os.path.join(tmp, "sample.b")]
        spec = {"paths": paths, "seek": [(0, 0)] * len(paths), "start": 0, "end": sample_lines}
        with open(sample[0], "wb") as fa, open(sample[1], "wb") as fb:
            for a, b in _partition_lines(spec):
                if len(paths) == 1:  # a TSV line
                    a, _, b = a.partition(b"\t")
                fa.write((a or b"") + b"\n")
                fb.write((b or b"") + b"\n")
        out = os.path.join(tmp, "stats.json")
        cmd = [node, cli, "corpus", "check", sample[0], sample[1], "--quiet", "--workers", "0", "--stats-out", out]
        if langs:
            cmd += ["--langs", langs]
        r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if r.returncode not in (0, 1):
            raise TaskFailed(f"learning the length statistics: cli.js {_exit_text(r.returncode)}: {r.stderr.decode('utf-8', 'replace').strip() or '(no message)'}")
        with open(out, encoding="utf-8") as f:
            return json.load(f)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def run_partition(spec):
    """Runs cli.js --stdin on one partition and writes its part files. `spec` holds: index, paths,
    seek (per file: a (line, byte offset) at or before `start`), start, end (lines, 0-based, end
    exclusive), cmd (the cli.js command line), mode ("check" or "filter"), and the part paths."""
    started = time.time()
    parts = {}
    proc = None
    try:
        for name, path in spec["outputs"].items():
            parts[name] = _Part(path)
        where = f"part-{spec['index']:05d} (lines {spec['start'] + 1}-{spec['end']})"
        try:
            proc = subprocess.Popen(spec["cmd"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=BLOCK)
        except OSError as e:
            raise TaskFailed(f"{where}: cannot start {spec['cmd'][0]} on {socket.gethostname()}: {e.strerror or e}")
        keep = spec["mode"] == "filter"
        kept_lines = [] if keep else None
        feed_error = []

        def feed():
            try:
                buf = []
                size = 0
                # An empty line first (its record is dropped): cli.js treats the start of its input
                # as the start of a file (a BOM dropped, a UTF-16 mark refused), which the first
                # line of a partition is not. (The BOM of each file's line 1 is removed above.)
                buf.append(b"\n")
                for i, (a, b) in enumerate(_partition_lines(spec)):
                    line = _tsv_line(spec, i, a, b)
                    if keep:
                        kept_lines.append((a, b))
                    buf.append(line)
                    size += len(line)
                    if size >= BLOCK:
                        proc.stdin.write(b"".join(buf))
                        buf, size = [], 0
                if buf:
                    proc.stdin.write(b"".join(buf))
            except BrokenPipeError:
                pass  # cli.js stopped early; its exit code and message say why
            except BaseException as e:  # noqa: BLE001 - reported by the task below
                feed_error.append(e)
            finally:
                try:
                    proc.stdin.close()
                except BrokenPipeError:
                    pass

        stderr_box = []
        t_feed = threading.Thread(target=feed, daemon=True)
        t_err = threading.Thread(target=lambda: stderr_box.append(proc.stderr.read()), daemon=True)
        t_feed.start()
        t_err.start()

        by_rule = {}
        errors = 0
        rejected = {}
        findings_out = parts.get("findings")
        min_rank = RANK[spec.get("reject_on", "warning")]
        offset = spec["start"]
        all_records = spec.get("all", False)
        records = 0
        for rec in proc.stdout:
            # cli.js runs with --all (a record per line, so that every line is seen to come back).
            # Every record starts {"n":K, with K - 1 the line within this partition (after the
            # empty line fed first): make it the line of the corpus.
            comma = rec.find(b",", 5)
            if not rec.startswith(b'{"n":') or comma < 0:
                raise TaskFailed(f"{where}: cli.js wrote something that is not a --stdin record: {rec[:200]!r}")
            n = int(rec[5:comma]) - 1
            if n == 0:
                continue
            records += 1
            if rec.endswith(b'"findings":[]}\n'):
                if not all_records:
                    continue
            else:
                obj = json.loads(rec)
                rules = []
                for f in obj["findings"]:
                    by_rule[f["rule"]] = by_rule.get(f["rule"], 0) + 1
                    if f["severity"] == "error":
                        errors += 1
                    if RANK.get(f["severity"], 0) >= min_rank and f["rule"] not in rules:
                        rules.append(f["rule"])
                if keep and rules:
                    rejected[n] = (rules, obj["a"], obj["b"])
            if findings_out is not None:
                findings_out.file.write(b'{"n":%d' % (n + offset) + rec[comma:])
        # wait4 rather than wait: the CPU time of this cli.js, for the summary and the bench.
        _, status, usage = os.wait4(proc.pid, 0)
        rc = proc.returncode = os.waitstatus_to_exitcode(status)
        t_feed.join()
        t_err.join()
        message = b"".join(stderr_box).decode("utf-8", "replace").strip()
        if feed_error:
            raise TaskFailed(f"{where}: {feed_error[0]}")
        if rc not in (0, 1):
            raise TaskFailed(f"{where}: cli.js {_exit_text(rc)}: {message or '(no message)'}")
        lines = spec["end"] - spec["start"]
        if records != lines:
            raise TaskFailed(f"{where}: cli.js exited {rc} with {records} records for {lines} lines: {message or '(no message)'}")
        kept = 0
        if keep:
            clean_a = parts["clean_a"].file
            clean_b = parts["clean_b"].file if "clean_b" in parts else None
            rej = parts["rejected"].file
            for i, (a, b) in enumerate(kept_lines):
                why = rejected.get(i + 1)
                if why:
                    rules, text_a, text_b = why
                    rej.write(f"{offset + i + 1}\t{','.join(rules)}\t{_escape_tsv(text_a)}\t{_escape_tsv(text_b)}\n".encode("utf-8"))
                else:
                    kept += 1
                    clean_a.write((a or b"") + b"\n")
                    if clean_b is not None:
                        clean_b.write((b or b"") + b"\n")
        for part in parts.values():
            part.commit()
        return {
            "index": spec["index"],
            "start": spec["start"],
            "end": spec["end"],
            "lines": lines,
            "records": records,
            "findingsByRule": by_rule,
            "errors": errors,
            "kept": kept,
            "rejected": len(rejected),
            "seconds": time.time() - started,
            "cliCpuSeconds": usage.ru_utime + usage.ru_stime,
            "worker": socket.gethostname() + ":" + str(os.getpid()),
        }
    except BaseException:
        for part in parts.values():
            part.abandon()
        if proc is not None and proc.poll() is None:
            proc.kill()
            proc.wait()
        raise


def known_start(marks, line):
    """The last (line, offset) in the sorted `marks` list at or before `line`."""
    i = bisect.bisect_right(marks, (line, float("inf"))) - 1
    return marks[i]
