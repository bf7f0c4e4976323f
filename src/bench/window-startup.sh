#!/bin/bash
# Window start-up at 100k (docs/benchmarks.md, "Window start-up"): starts the window on ARCHIVE, waits for the
# start-up line (first rows drawn), closes the window with Ctrl+Q (a clean close, so the next run does not
# verify the database) and prints the line. Needs a display (Xvfb) and xdotool. Extra arguments go to java
# before -jar (any JVM option turns the relaunch in a tuned child JVM with class-data sharing off; KLIPING_RELAUNCH=off does too).
#   xvfb-run -a -s "-screen 0 1280x800x24" src/bench/window-startup.sh /tmp/su-100k [jar] [java options]
set -u
ARCHIVE=$1
JAR=${2:-target/kliping.jar}
shift $(( $# >= 2 ? 2 : 1 ))
LOG=$(mktemp)
KLIPING_STARTUP_LOG=1 java "$@" -jar "$JAR" --archive "$ARCHIVE" >"$LOG" 2>&1 &
PID=$!
for _ in $(seq 1 600); do grep -q "first rows drawn" "$LOG" && break; sleep 0.05; done
sleep 0.5
xdotool search --name "^Kliping" windowactivate --sync key ctrl+q >/dev/null 2>&1 || xdotool key ctrl+q
for _ in $(seq 1 500); do kill -0 $PID 2>/dev/null || break; sleep 0.02; done
kill -0 $PID 2>/dev/null && { echo "the window did not close"; kill $PID; }
grep -E "first rows drawn|Exception" "$LOG"
rm -f "$LOG"
