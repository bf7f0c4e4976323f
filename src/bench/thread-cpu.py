#!/usr/bin/env python3
"""CPU seconds per thread of one 100k `Probe import` (docs/benchmarks.md, "Where an import's time goes").

Runs the import in a fresh JVM with the launcher's options for bulk commands (BULK_OPTIONS), polls /proc/PID/task/*/stat every
0.3 s and prints each thread name's user+system CPU (system in parentheses) with the import's wall time, then the total, the
near-duplicate work counters, the pairs linked and the peak resident memory the probe printed. Linux only.

  mvn -B -q -Pbench test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
  src/bench/thread-cpu.py target/bench/corpus-100000-seed7.jsonl /tmp/archive [extra JVM options...]

The archive directory must not exist. Compare two builds by running each from its own checkout, alternating.
"""
import collections
import os
import re
import subprocess
import sys
import time

corpus, archive, extra = sys.argv[1], sys.argv[2], sys.argv[3:]
classpath = "target/classes:target/test-classes:" + open("target/cp.txt").read().strip()
command = (["java", "-Xmx512m", "-XX:+IgnoreUnrecognizedVMOptions", "-XX:InlineSmallCode=500",
            "-XX:FreqInlineSize=50", "-XX:MaxInlineSize=20", "-XX:+UseParallelGC"] + extra
           + ["-cp", classpath, "org.kliping.bench.Probe", "import", corpus, archive])
process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
ticks = os.sysconf("SC_CLK_TCK")
last = {}  # thread id -> (name, user s, system s), the last reading before the thread or the process ended
while process.poll() is None:
    try:
        tasks = os.listdir(f"/proc/{process.pid}/task")
    except OSError:
        break
    for task in tasks:
        try:
            stat = open(f"/proc/{process.pid}/task/{task}/stat").read()
        except OSError:
            continue
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2:].split()
        last[task] = (name, int(fields[11]) / ticks, int(fields[12]) / ticks)
    time.sleep(0.3)
output = process.stdout.read().decode()
by_name = collections.defaultdict(lambda: [0.0, 0.0])
for name, user, system in last.values():
    total = by_name[re.sub(r"\d+$", "#", name)]  # numbered threads (GC Thread#0, #1) together
    total[0] += user
    total[1] += system
wall = re.search(r"importMs=([\d.]+)", output)
print("import wall", f"{float(wall.group(1)) / 1000:.1f} s" if wall else "(failed)", "| CPU by thread:",
      ", ".join(f"{n} {u + s:.1f} ({s:.1f})" for n, (u, s) in sorted(by_name.items(), key=lambda kv: -sum(kv[1]))[:8]))
print("total CPU", f"{sum(u + s for u, s in by_name.values()):.1f} s |",
      " ".join(line for line in output.splitlines() if line.startswith(("work.", "fixed.", "peakRssMb=", "nearDuplicateLinks="))))
