"""Command line: python3 -m bitext_dask {check,filter} INPUT... --out DIR [options]."""

import argparse
import os
import signal
import sys

from .stage import StageError, StageOptions, run_stage

DEFAULT_CLI = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "out", "cli.js"))

EPILOG = """Input: a line-aligned pair (train.vi train.en: line N of one translates line N of the other)
or one TSV file (side A, a tab, side B), on a file system the workers share.
Output folder: check -> findings/part-NNNNN.jsonl (one JSON object per pair with findings, "n" the
line in the corpus; `cat findings/part-*.jsonl` is the output of `bitext corpus check --stdin` on
the whole corpus), filter -> clean/part-NNNNN.<ext> and rejected/part-NNNNN.tsv (as `bitext filter`),
and in both stats.json, summary.json, summary.txt (the summary table, also printed on stderr).
Exit code: 0 no error-level finding (filter: done), 1 error-level findings, 2 could not run."""


def parse(argv):
    p = argparse.ArgumentParser(prog="bitext-dask", description="The bitext corpus stage on a Dask cluster.", epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="mode", required=True)
    for mode, what in (("check", "findings per pair"), ("filter", "clean and rejected pairs")):
        s = sub.add_parser(mode, help=what, epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
        s.add_argument("inputs", nargs="+", metavar="INPUT", help="train.vi train.en, or train.tsv")
        s.add_argument("--out", required=True, help="output folder (new or empty), on the shared file system")
        s.add_argument("--scheduler", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (default: a local cluster)")
        s.add_argument("--workers", type=int, help="worker processes of the local cluster (default: one per core)")
        s.add_argument("--timeout", type=float, default=20, help="seconds to wait for the scheduler (default 20)")
        s.add_argument("--wait-workers", type=int, default=0, help="wait until this many workers are connected")
        s.add_argument("--partitions", type=int, help="number of partitions (default: one per --partition-lines)")
        s.add_argument("--partition-lines", type=int, default=250_000, help="lines per partition (default 250000)")
        s.add_argument("--index-chunk", type=int, default=64 << 20, help="bytes per indexing task (default 64 MiB)")
        s.add_argument("--stats", help="length statistics, JSON or a file (from `bitext corpus check --stats-out`); default: learned once from the first --sample-lines pairs")
        s.add_argument("--sample-lines", type=int, default=20_000, help="pairs in the sample the statistics and languages are learned from (default 20000, what `corpus check` learns them from)")
        s.add_argument("--langs", help="languages of side A and B, e.g. vi,en (default: detected on the sample)")
        s.add_argument("--disable", help="rules to turn off, e.g. line-length-ratio")
        s.add_argument("--config", help="JSON rule settings (as for bitext), on the shared file system")
        s.add_argument("--cli", default=DEFAULT_CLI, help=f"path of the bundled cli.js on every worker (default {DEFAULT_CLI})")
        s.add_argument("--node", default="node", help="Node.js 20 on the workers (default: node on their PATH)")
        s.add_argument("--quiet", "-q", action="store_true", help="no progress, no summary on stderr")
        if mode == "check":
            s.add_argument("--all", action="store_true", help="a record for every pair, also those without findings")
            s.add_argument("--format", default="jsonl", choices=["jsonl", "parquet"], help="part files as JSON Lines (default) or Parquet (needs pyarrow)")
        else:
            s.add_argument("--reject-on", default="warning", help="lowest severity that rejects a pair: error, warning (default) or info")
    return p.parse_args(argv)


def main(argv=None):
    args = parse(sys.argv[1:] if argv is None else argv)
    for name, value in (("--partitions", args.partitions), ("--partition-lines", args.partition_lines), ("--sample-lines", args.sample_lines), ("--workers", args.workers), ("--index-chunk", args.index_chunk)):
        if value is not None and value < 1:
            sys.stderr.write(f"bitext-dask: {name} must be a positive whole number\n")
            return 2
    opts = StageOptions(
        mode=args.mode,
        inputs=args.inputs,
        out=args.out,
        scheduler=args.scheduler,
        local_workers=args.workers,
        partitions=args.partitions,
        partition_lines=args.partition_lines,
        stats=args.stats,
        sample_lines=args.sample_lines,
        langs=args.langs,
        all_records=getattr(args, "all", False),
        disable=args.disable,
        config=args.config,
        reject_on=getattr(args, "reject_on", "warning"),
        fmt=getattr(args, "format", "jsonl"),
        node=args.node,
        cli=os.path.abspath(args.cli),
        wait_workers=args.wait_workers,
        timeout=args.timeout,
        index_chunk=args.index_chunk,
        quiet=args.quiet,
    )
    try:
        return run_stage(opts)
    except StageError as e:
        sys.stderr.write(f"bitext-dask: {e}\n")
        return 2
    except KeyboardInterrupt:
        sys.stderr.write("bitext-dask: interrupted; the output folder holds only the partitions that were complete\n")
        return 2
    except Exception as e:  # a task failed (cli.js exit 2, unreadable input) or the cluster went away
        kind = "" if type(e).__name__ == "TaskFailed" else f"{type(e).__name__}: "
        sys.stderr.write(f"bitext-dask: {kind}{e}\n")
        return 2


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    sys.exit(main())
