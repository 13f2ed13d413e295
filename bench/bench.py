#!/usr/bin/env python3
"""`make bench`: how fast ci-reporter judges, next to what bounds it.

Measures, with the release build:
  - a full scan of a generated corpus (bench/generate.py) and of ../shared/corpus when present,
    on one job and on every core, against a raw libyaml event parse of the same files;
  - `diff --base HEAD~1` in a generated repository of 10,000 manifests whose last commit changes
    one file, against `git diff --name-only HEAD~1`;
  - the peak resident memory of every run;
  - peers found on PATH (checkov, kics, trivy, kube-linter) on the same corpus.
Each timing is the median of several runs. Prints a Markdown report and writes it to
bench/results/latest.md. Nothing here fails on a slow figure: the targets are reported.
"""
import argparse
import datetime
import hashlib
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
WORK = os.path.join(BENCH, ".work")
BUILD = os.path.join(BENCH, ".build")
BINARY = os.path.join(ROOT, ".build", "release", "ci-reporter")
SHARED_CORPUS = os.path.normpath(os.path.join(ROOT, "..", "shared", "corpus"))
CORES = os.cpu_count() or 1
# One rule, to tell the cost of reading the files from the cost of judging them.
ONE_RULE = "kubelet_client_certificate_or_key_not_set"


def log(message):
    print(message, file=sys.stderr, flush=True)


def run_once(command, cwd=None):
    """Wall time (s) of one run, output discarded."""
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    return time.perf_counter() - start


def time_tool():
    """/usr/bin/time, installed (apt package `time`) when missing; None when it cannot be."""
    if os.access("/usr/bin/time", os.X_OK):
        return "/usr/bin/time"
    log("installing /usr/bin/time (apt package time)")
    sudo = [] if os.geteuid() == 0 else ["sudo", "-n"]
    subprocess.run(sudo + ["apt-get", "install", "-y", "-qq", "time"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


TIME = None


def peak_memory(command, cwd=None):
    """Peak resident memory (bytes) of one run: /usr/bin/time's %M, or else the child's rusage
    (which can include the memory of this script, forked before the program was started)."""
    if TIME:
        report = os.path.join(WORK, "time.out")
        subprocess.run([TIME, "-f", "%M", "-o", report, *command], cwd=cwd, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
        return int(open(report).read().strip().splitlines()[-1]) * 1024
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               stdin=subprocess.DEVNULL)
    _, _, usage = os.wait4(process.pid, 0)
    return usage.ru_maxrss * 1024


def measure_together(commands, runs, cwd=None):
    """`measure` for several commands whose times are compared, taken in turns (one run of each,
    then again) so that a burst of other work on the machine weighs on all of them alike."""
    for command in commands:
        run_once(command, cwd)
    times = [[] for _ in commands]
    for _ in range(runs):
        for index, command in enumerate(commands):
            times[index].append(run_once(command, cwd))
    return [(statistics.median(times[index]), peak_memory(command, cwd)) for index, command in enumerate(commands)]


def measure_slow(command, runs, cwd=None):
    """For slow programs (peers): no warm-up, and the memory read from the timed runs."""
    times, peaks = [], []
    for _ in range(runs):
        start = time.perf_counter()
        peaks.append(peak_memory(command, cwd))
        times.append(time.perf_counter() - start)
    return statistics.median(times), max(peaks)


def files_and_bytes(folder):
    count, size, largest = 0, 0, 0
    for parent, folders, names in os.walk(folder):
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        for name in names:
            if name.rsplit(".", 1)[-1].lower() in ("yaml", "yml", "json"):
                path = os.path.join(parent, name)
                if os.path.islink(path) or not os.path.isfile(path):
                    continue
                length = os.path.getsize(path)
                count, size, largest = count + 1, size + length, max(largest, length)
    return count, size, largest


def stamp_matches(folder, text):
    stamp = os.path.join(folder, ".stamp")
    return os.path.exists(stamp) and open(stamp).read() == text


def write_stamp(folder, text):
    with open(os.path.join(folder, ".stamp"), "w") as f:
        f.write(text)


def prepare(arguments):
    """The release build, the baseline parser, and the generated inputs (made again only when
    the generator or its arguments changed)."""
    if not arguments.no_build:
        log("building the release binary (swift build -c release)")
        subprocess.run(["swift", "build", "-c", "release"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    os.makedirs(BUILD, exist_ok=True)
    baseline = os.path.join(BUILD, "yaml-parse-baseline")
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "yaml-0.1"], check=True, capture_output=True,
                           text=True).stdout.split()
    subprocess.run(["cc", "-O2", "-o", baseline, os.path.join(BENCH, "yaml-parse-baseline.c"), *flags], check=True)

    generator = os.path.join(BENCH, "generate.py")
    digest = hashlib.sha256(open(generator, "rb").read()).hexdigest()
    corpus = os.path.join(WORK, "corpus")
    if not stamp_matches(corpus, f"{digest} {arguments.mb}"):
        log(f"generating a {arguments.mb} MB corpus in {corpus}")
        subprocess.run([sys.executable, generator, "corpus", corpus, "--mb", str(arguments.mb)], check=True,
                       stdout=subprocess.DEVNULL)
        write_stamp(corpus, f"{digest} {arguments.mb}")
    repo = os.path.join(WORK, "repo")
    if not stamp_matches(repo, f"{digest} {arguments.repo_files}"):
        log(f"generating a repository of {arguments.repo_files} manifests in {repo}")
        subprocess.run([sys.executable, generator, "repo", repo, "--files", str(arguments.repo_files)], check=True,
                       stdout=subprocess.DEVNULL)
        write_stamp(repo, f"{digest} {arguments.repo_files}")
    return baseline, corpus, repo


def megabytes(size):
    return size / 1_000_000


def mib(size):
    return f"{size / (1 << 20):.0f} MiB"


def peers():
    """The peers on PATH, each as (name, command), run from inside the corpus: checkov leaves out
    every file under a hidden folder such as bench/.work, so the corpus is given as `.`."""
    found = []
    if shutil.which("checkov"):
        found.append(("checkov", ["checkov", "--framework", "kubernetes", "-d", ".", "--quiet", "--compact",
                                  "--skip-download"]))
    if shutil.which("kics"):
        found.append(("kics", ["kics", "scan", "-p", ".", "--type", "Kubernetes", "--no-progress",
                               "-o", os.path.join(WORK, "kics-out")]))
    if shutil.which("trivy"):
        found.append(("trivy", ["trivy", "config", "--quiet", "."]))
    if shutil.which("kube-linter"):
        found.append(("kube-linter", ["kube-linter", "lint", "."]))
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="timed runs per measurement (median reported)")
    parser.add_argument("--peer-runs", type=int, default=1, help="timed runs per peer tool (they are slow)")
    parser.add_argument("--mb", type=int, default=20, help="size of the generated corpus")
    parser.add_argument("--repo-files", type=int, default=10000, help="manifests in the generated repository")
    parser.add_argument("--no-build", action="store_true", help="use the release binary as it is")
    parser.add_argument("--out", default=os.path.join(BENCH, "results", "latest.md"))
    arguments = parser.parse_args()

    global TIME
    baseline, generated, repo = prepare(arguments)
    TIME = time_tool()
    runs = arguments.runs
    corpora = [("generated", generated)]
    notes = []
    if os.path.isdir(SHARED_CORPUS):
        corpora.append(("../shared/corpus", SHARED_CORPUS))
    else:
        notes.append("../shared/corpus is absent: only the generated corpus was scanned.")

    rows = []       # table rows
    figures = {}    # for the targets
    for label, folder in corpora:
        count, size, largest = files_and_bytes(folder)
        figures[label] = {"largest": largest}
        log(f"{label}: raw libyaml parse, scan on 1 and {CORES} jobs, scan with one rule")
        jobs_list = sorted({1, CORES})
        commands = [[baseline, folder]]
        commands += [[BINARY, "scan", folder, "--jobs", str(jobs), "--fail-on", "none", "-q"] for jobs in jobs_list]
        commands += [[BINARY, "scan", folder, "--jobs", "1", "--rule", ONE_RULE, "--fail-on", "none", "-q"]]
        measured = measure_together(commands, runs)
        raw, raw_peak = measured[0]
        rows.append((f"raw libyaml event parse ({label})", f"{count} files, {megabytes(size):.1f} MB", raw,
                     f"{megabytes(size) / raw:.1f}", f"{count / raw:.0f}", "1.00×", mib(raw_peak)))
        for jobs, (scan, peak) in zip(jobs_list, measured[1:]):
            figures[label][jobs] = (scan, peak)
            rows.append((f"`ci-reporter scan --jobs {jobs}` ({label})", f"{count} files, {megabytes(size):.1f} MB", scan,
                         f"{megabytes(size) / scan:.1f}", f"{count / scan:.0f}", f"{raw / scan:.2f}×", mib(peak)))
        scan, peak = measured[-1]
        rows.append((f"`ci-reporter scan --jobs 1 --rule {ONE_RULE}` ({label})", f"{count} files, {megabytes(size):.1f} MB",
                     scan, f"{megabytes(size) / scan:.1f}", f"{count / scan:.0f}", f"{raw / scan:.2f}×", mib(peak)))
        figures[label]["raw"] = raw
        for name, command in peers():
            log(f"{label}: {name}")
            try:
                elapsed, peak = measure_slow(command, arguments.peer_runs, cwd=folder)
            except OSError as error:
                notes.append(f"{name} could not run: {error}")
                continue
            rows.append((f"`{name}` ({label})", f"{count} files, {megabytes(size):.1f} MB", elapsed,
                         f"{megabytes(size) / elapsed:.1f}", f"{count / elapsed:.0f}", f"{raw / elapsed:.3f}×", mib(peak)))
            ours = figures[label][CORES][0]
            notes.append(f"{name} on {label}: {elapsed / ours:.0f}× the time of `ci-reporter scan` on {CORES} jobs "
                         f"({elapsed:.1f} s against {ours:.2f} s; median of {arguments.peer_runs}).")
    missing = [name for name in ("checkov", "kics", "trivy", "kube-linter") if not shutil.which(name)]
    if missing:
        notes.append("Not on PATH, so not compared: " + ", ".join(missing) + ".")

    log("diff latency")
    diff_runs = max(runs, 10)
    (diff, diff_peak), (git, git_peak) = measure_together(
        [[BINARY, "diff", "--base", "HEAD~1", "--fail-on", "none", "-q"], ["git", "diff", "--name-only", "HEAD~1"]],
        diff_runs, cwd=repo)
    files_in_repo = arguments.repo_files
    rows.append((f"`ci-reporter diff --base HEAD~1` (one file changed)", f"repository of {files_in_repo} manifests",
                 diff, "", "", "", mib(diff_peak)))
    rows.append(("`git diff --name-only HEAD~1`", f"repository of {files_in_repo} manifests", git, "", "", "", mib(git_peak)))

    # The targets.
    checks = []

    def check(name, met, detail):
        checks.append(f"| {name} | {'met' if met else '**missed**'} | {detail} |")

    for label, _ in corpora:
        f = figures[label]
        one, raw = f[1][0], f["raw"]
        check(f"full scan, one job ≥ 0.5× raw parse throughput ({label})", raw / one >= 0.5,
              f"{raw / one:.2f}× ({one:.2f} s against {raw:.3f} s)")
        if CORES > 1:
            many = f[CORES][0]
            check(f"{CORES} jobs ≥ 1.6× faster than one job ({label})", one / many >= 1.6,
                  f"{one / many:.2f}× ({one:.2f} s → {many:.2f} s)")
        for jobs in sorted({1, CORES}):
            limit = 64 * (1 << 20) + 3 * f["largest"]
            peak = f[jobs][1]
            check(f"peak memory ≤ 64 MiB + 3× largest file, scan --jobs {jobs} ({label})", peak <= limit,
                  f"{mib(peak)} against {mib(limit)}")
    check("diff of one file in 10,000 under 50 ms end to end", diff < 0.050, f"{diff * 1000:.1f} ms")
    check("diff within 3× of `git diff --name-only`", diff <= 3 * git,
          f"{diff / git:.2f}× ({diff * 1000:.1f} ms against {git * 1000:.1f} ms)")
    limit = 64 * (1 << 20) + 3 * files_and_bytes(repo)[2]
    check("peak memory ≤ 64 MiB + 3× largest file, diff", diff_peak <= limit, f"{mib(diff_peak)} against {mib(limit)}")

    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "# ci-reporter benchmark",
        "",
        f"{now}; {platform.machine()}, {CORES} cores, {platform.system()} {platform.release()}; release build; "
        f"median of {runs} runs ({diff_runs} for diff latency) taken in turns with the runs they are compared with, "
        f"after one warm-up run; peak resident memory "
        f"from {'`/usr/bin/time -f %M`' if TIME else 'getrusage'} on one more run.",
        "",
        "| run | input | median | MB/s | files/s | vs raw parse | peak memory |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for name, size, elapsed, rate, fps, ratio, peak in rows:
        shown = f"{elapsed * 1000:.1f} ms" if elapsed < 1 else f"{elapsed:.2f} s"
        lines.append(f"| {name} | {size} | {shown} | {rate} | {fps} | {ratio} | {peak} |")
    lines += ["", "| target | | measured |", "|---|---|---|"] + checks
    if notes:
        lines += [""] + [f"- {note}" for note in notes]
    report = "\n".join(lines) + "\n"
    print(report)
    os.makedirs(os.path.dirname(arguments.out), exist_ok=True)
    temporary = arguments.out + ".tmp"
    with open(temporary, "w") as f:
        f.write(report)
    os.replace(temporary, arguments.out)
    log(f"written to {os.path.relpath(arguments.out, ROOT)}")


if __name__ == "__main__":
    main()
