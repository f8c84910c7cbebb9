"""The client side of the corpus stage: plan the partitions, submit one task per partition to the
Dask scheduler, collect what the tasks report, write the summary.

    run_stage(StageOptions(...)) -> exit code (0 clean, 1 error-level findings, 2 could not run)

The input (a line-aligned pair, or a TSV of side A, a tab, side B) and the output folder are on a
file system the client and the workers share. The workers index the input in parallel (newlines
per chunk, with a mark every few thousand lines), so partitions start at exact lines without the
client reading the corpus; each task then runs `cli.js corpus check --stdin` on its lines.
"""

import glob
import json
import logging
import math
import os
import sys
import time
import uuid
from dataclasses import dataclass
from typing import List, Optional

from . import tasks

INDEX_CHUNK = 64 << 20
MARK_STEP = 4096
RULE_ORDER = [
    "line-encoding",
    "line-empty",
    "line-untranslated",
    "line-length-ratio",
    "line-shift",
    "line-number-mismatch",
    "line-segmentation",
    "line-inconsistent",
]


class StageError(Exception):
    """The stage cannot run: a clear message, exit code 2."""


@dataclass
class StageOptions:
    mode: str  # "check" or "filter"
    inputs: List[str]  # [A, B] (a pair) or [TSV]
    out: str
    scheduler: Optional[str] = None
    local_workers: Optional[int] = None
    partitions: Optional[int] = None
    partition_lines: int = 250_000
    stats: Optional[str] = None  # JSON text or a file
    sample_lines: int = 20_000
    langs: Optional[str] = None
    all_records: bool = False
    disable: Optional[str] = None
    config: Optional[str] = None
    reject_on: str = "warning"
    fmt: str = "jsonl"
    node: str = "node"
    cli: str = ""
    wait_workers: int = 0
    timeout: float = 20
    index_chunk: int = INDEX_CHUNK
    quiet: bool = False


def _log(opts, text):
    if not opts.quiet:
        sys.stderr.write(text + "\n")
        sys.stderr.flush()


def _check_inputs(opts):
    if len(opts.inputs) not in (1, 2):
        raise StageError("give a line-aligned pair (train.vi train.en) or one TSV file (side A<TAB>side B)")
    paths = [os.path.abspath(p) for p in opts.inputs]
    for p in paths:
        if not os.path.exists(p):
            raise StageError(f"{p}: no such file")
        if os.path.isdir(p):
            raise StageError(f"{p} is a folder; give a file")
        with open(p, "rb") as f:
            head = f.read(65536)
        if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
            raise StageError(f"{p}: the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8")
        nul = head.find(b"\0")
        if nul >= 0:
            raise StageError(f"{p}: the file is binary, not text (a NUL byte at byte {nul})")
    if len(paths) == 2 and os.path.samefile(paths[0], paths[1]):
        raise StageError(f"side A and side B are the same file ({paths[0]})")
    out = os.path.abspath(opts.out)
    for p in paths:
        if out == p or p.startswith(out + os.sep):
            raise StageError(f"the output folder {out} holds the input {p}; choose another")
    if os.path.exists(out):
        if not os.path.isdir(out):
            raise StageError(f"--out {out} is a file; give a folder (new or empty)")
        if os.listdir(out):
            raise StageError(f"--out {out} is not empty; give a new or empty folder (part files are not mixed with an older run's)")
    if opts.mode == "filter" and opts.reject_on not in ("error", "warning", "info"):
        raise StageError(f"--reject-on must be error, warning or info, not '{opts.reject_on}'")
    if opts.fmt not in ("jsonl", "parquet"):
        raise StageError(f"--format must be jsonl or parquet, not '{opts.fmt}'")
    if opts.fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise StageError("--format parquet needs pyarrow, which does not import here (pip install pyarrow, or use --format jsonl)")
    if not os.path.isfile(opts.cli):
        raise StageError(f"cli.js not found at {opts.cli}: run `node esbuild.mjs` in the repository, or give --cli PATH (the same path on every worker)")
    return paths, out


def _stats_arg(opts):
    """--stats as given: inline JSON or a file holding it (read here, passed inline to every task)."""
    text = opts.stats.strip()
    if not text.startswith("{"):
        try:
            with open(text, encoding="utf-8") as f:
                text = f.read().strip()
        except OSError as e:
            raise StageError(f"--stats {opts.stats}: {e.strerror}")
    try:
        stats = json.loads(text)
    except ValueError as e:
        raise StageError(f"--stats: expected JSON {{\"logRatioMean\":..,\"logRatioStd\":..}} ({e})")
    if not isinstance(stats, dict):
        raise StageError('--stats: expected a JSON object {"logRatioMean":..,"logRatioStd":..}')
    mean, std = stats.get("logRatioMean"), stats.get("logRatioStd")
    if not (isinstance(mean, (int, float)) and isinstance(std, (int, float)) and std > 0):
        raise StageError("--stats needs numbers logRatioMean and logRatioStd (> 0)")
    return stats


def _connect(opts):
    # Futures the distributed client drops at close (a heartbeat cut short) are not the stage's news.
    logging.getLogger("asyncio").setLevel(logging.CRITICAL)
    if opts.quiet:
        logging.getLogger("distributed").setLevel(logging.ERROR)
    from distributed import Client, LocalCluster

    if opts.scheduler:
        try:
            client = Client(opts.scheduler, timeout=f"{opts.timeout}s")
        except (OSError, TimeoutError) as e:
            raise StageError(f"cannot reach the Dask scheduler at {opts.scheduler}: {e}")
        return client, None
    workers = opts.local_workers or os.cpu_count() or 1
    cluster = LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None, silence_logs=logging.ERROR
    )
    return Client(cluster), cluster


def _index(client, paths, run, chunk_bytes):
    """Per file: its line count and a sorted list of (line, byte offset) where lines start."""
    futures = []
    for p in paths:
        size = os.path.getsize(p)
        chunks = [(s, min(s + chunk_bytes, size)) for s in range(0, size, chunk_bytes)]
        futures.append([
            client.submit(tasks.index_chunk, p, s, e, MARK_STEP, key=f"bitext-index-{run}-{len(futures)}-{k}", retries=2)
            for k, (s, e) in enumerate(chunks)
        ])
    result = []
    for p, fs in zip(paths, futures):
        marks = [(0, 0)]
        before = 0
        for r in client.gather(fs):
            for k, offset in r["marks"]:
                marks.append((before + k, offset))
            before += r["newlines"]
        size = os.path.getsize(p)
        lines = before
        if size:
            with open(p, "rb") as f:
                f.seek(size - 1)
                if f.read(1) != b"\n":
                    lines += 1
        result.append({"lines": lines, "marks": marks})
    return result


def _outputs(opts, paths, out, index):
    name = f"part-{index:05d}"
    if opts.mode == "check":
        return {"findings": os.path.join(out, "findings", f"{name}.{'parquet' if opts.fmt == 'parquet' else 'jsonl'}")}
    exts = []
    if len(paths) == 2:
        for k, p in enumerate(paths):
            ext = os.path.splitext(p)[1].lstrip(".") or "ab"[k]
            exts.append(ext if ext not in exts else ext + "b")
        outputs = {"clean_a": os.path.join(out, "clean", f"{name}.{exts[0]}"), "clean_b": os.path.join(out, "clean", f"{name}.{exts[1]}")}
    else:
        outputs = {"clean_a": os.path.join(out, "clean", f"{name}.tsv")}
    outputs["rejected"] = os.path.join(out, "rejected", f"{name}.tsv")
    return outputs


def _table(by_rule):
    rows = []
    total = 0
    for rule in RULE_ORDER + sorted(r for r in by_rule if r not in RULE_ORDER):
        n = by_rule.get(rule, 0)
        total += n
        if n:
            rows.append((rule, f"{n:,}"))
    rows.append(("total findings", f"{total:,}"))
    w = max([len(r[0]) for r in rows] + [20])
    nw = max([len(r[1]) for r in rows] + [8])
    lines = ["", f"{'rule'.ljust(w)}  {'findings'.rjust(nw)}", f"{'-' * w}  {'-' * nw}"]
    lines += [f"{k.ljust(w)}  {v.rjust(nw)}" for k, v in rows]
    return lines


def run_stage(opts: StageOptions) -> int:
    paths, out = _check_inputs(opts)
    given_stats = _stats_arg(opts) if opts.stats else None
    run = uuid.uuid4().hex[:8]
    started = time.time()
    client, cluster = _connect(opts)
    phases = {}
    mark = [time.time()]

    def phase(name):
        now = time.time()
        phases[name] = round(now - mark[0], 3)
        mark[0] = now

    try:
        from distributed import as_completed

        # Workers run tasks.py by value: they need no copy of this package.
        import cloudpickle

        cloudpickle.register_pickle_by_value(tasks)
        if opts.wait_workers:
            client.wait_for_workers(opts.wait_workers, timeout=60)
        workers = len(client.scheduler_info()["workers"])
        _log(opts, f"bitext-dask: {opts.scheduler or 'local cluster'}, {workers} worker{'s' if workers != 1 else ''}")
        phases["connect"] = round(time.time() - started, 3)
        mark[0] = time.time()

        # 1. The length statistics: given, or learned once from a sample (on one worker).
        if given_stats is not None:
            stats = given_stats
        else:
            stats = client.submit(tasks.learn_stats, opts.node, opts.cli, paths, opts.sample_lines, opts.langs, key=f"bitext-stats-{run}").result()
        phase("stats")
        langs = opts.langs or (f"{stats['langA']},{stats['langB']}" if stats.get("langA") and stats.get("langB") else None)
        has_ratio = isinstance(stats.get("logRatioMean"), (int, float)) and isinstance(stats.get("logRatioStd"), (int, float))
        if not has_ratio:
            _log(opts, "bitext-dask: no length statistics (the sample is too small): line-length-ratio is not checked")

        # 2. The index, and the partitions.
        index = _index(client, paths, run, opts.index_chunk)
        phase("index")
        total = max(ix["lines"] for ix in index)
        if len(paths) == 2 and index[0]["lines"] != index[1]["lines"]:
            _log(opts, f"bitext-dask: side A has {index[0]['lines']:,} lines, side B {index[1]['lines']:,}: the pairs past the shorter side are one-sided")
        count = opts.partitions or max(1, math.ceil(total / opts.partition_lines))
        count = max(1, min(count, total)) if total else 0
        bounds = [round(total * k / count) for k in range(count + 1)] if count else [0]

        cmd = [opts.node, opts.cli, "corpus", "check", "--stdin"]
        if langs:
            cmd += ["--langs", langs]
        if has_ratio:
            cmd += ["--stats", json.dumps({k: stats[k] for k in ("logRatioMean", "logRatioStd", "sampleSize", "langProfile") if k in stats})]
        cmd.append("--all")  # every line comes back; the tasks keep the records with findings (unless --all)
        if opts.disable:
            cmd += ["--disable", opts.disable]
        if opts.config:
            cmd += ["--config", os.path.abspath(opts.config)]

        os.makedirs(out, exist_ok=True)
        for sub in ("findings",) if opts.mode == "check" else ("clean", "rejected"):
            os.makedirs(os.path.join(out, sub), exist_ok=True)
        with open(os.path.join(out, "stats.json"), "w", encoding="utf-8") as f:
            json.dump(stats, f)
            f.write("\n")

        # 3. One task per partition.
        futures = []
        for k in range(count):
            start, end = bounds[k], bounds[k + 1]
            spec = {
                "index": k,
                "paths": paths,
                "seek": [tasks.known_start(ix["marks"], start) for ix in index],
                "start": start,
                "end": end,
                "cmd": cmd,
                "mode": opts.mode,
                "reject_on": opts.reject_on,
                "all": opts.all_records and opts.mode == "check",
                "outputs": _outputs(opts, paths, out, k),
            }
            futures.append(client.submit(tasks.run_partition, spec, key=f"bitext-{opts.mode}-{run}-{k:05d}"))
        results = []
        try:
            for fut in as_completed(futures):
                r = fut.result()
                results.append(r)
                _log(opts, f"bitext-dask: part-{r['index']:05d} done ({len(results)}/{count}; lines {r['start'] + 1:,}-{r['end']:,}, {r['seconds']:.2f} s)")
        except Exception:
            for fut in futures:
                fut.cancel()
            raise
        phase("partitions")
        results.sort(key=lambda r: r["index"])

        # Part files of attempts that died with their worker (Dask ran the partition again elsewhere).
        lost = [p for p in glob.glob(os.path.join(out, "*", "part-*.tmp-*"))]
        for p in lost:
            os.unlink(p)

        seconds = time.time() - started
        by_rule = {}
        for r in results:
            for rule, n in r["findingsByRule"].items():
                by_rule[rule] = by_rule.get(rule, 0) + n
        errors = sum(r["errors"] for r in results)
        summary = {
            "mode": opts.mode,
            "inputs": paths,
            "lines": total,
            "linesPerFile": [ix["lines"] for ix in index],
            "partitions": [{k: r[k] for k in ("index", "start", "end", "lines", "records", "errors", "kept", "rejected", "seconds", "cliCpuSeconds", "worker")} for r in results],
            "findingsByRule": by_rule,
            "errors": errors,
            "kept": sum(r["kept"] for r in results),
            "rejected": sum(r["rejected"] for r in results),
            "lostAttempts": len(lost),
            "seconds": seconds,
            "phases": phases,
            "workers": workers,
            "langs": langs,
            "stats": stats,
            "command": cmd,
        }
        with open(os.path.join(out, "summary.json"), "w", encoding="utf-8") as f:
            json.dump(summary, f, ensure_ascii=False, indent=1)
            f.write("\n")
        text = _table(by_rule)
        rate = round(total / seconds) if seconds > 0 else 0
        text.append("")
        text.append(f"lines read: {total:,} in {count:,} partition{'s' if count != 1 else ''} in {seconds:.2f} s = {rate:,} lines/s; {workers} Dask worker{'s' if workers != 1 else ''}")
        text.append(
            f"languages: {langs or 'not given'}; length ratio "
            + (f"median log ratio {stats['logRatioMean']:.3f}, robust sd {stats['logRatioStd']:.3f} (sample {stats.get('sampleSize', 0):,})" if has_ratio else "not learned (sample too small)")
        )
        if opts.mode == "filter":
            text.append(f"kept {summary['kept']:,} pairs, rejected {summary['rejected']:,} (at or above {opts.reject_on})")
        if lost:
            text.append(f"partitions run again after a worker was lost: {len(lost)}")
        text.append(f"output: {out}")
        table = "\n".join(text) + "\n"
        with open(os.path.join(out, "summary.txt"), "w", encoding="utf-8") as f:
            f.write(table)
        if not opts.quiet:
            sys.stderr.write(table)
        return 1 if errors and opts.mode == "check" else 0
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
