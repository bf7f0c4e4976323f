#!/bin/bash
# Window start-up at 100k (docs/benchmarks.md, "Window start-up"): starts the window on ARCHIVE, waits for the
# start-up line (first rows drawn), closes the window with Ctrl+Q (a clean close, so the next run does not
# verify the database) and prints the line. Needs a display (Xvfb) and xdotool. Extra arguments go to java
# before -jar (any JVM option turns the relaunch in a tuned child JVM with class-data sharing off; KLIPING_RELAUNCH=off does too).
# Instead of a jar, the installed launcher (`mvn -B -Pinstaller package`: target/installer/Kliping/bin/Kliping, its own
# runtime with JavaFX on the module path) is started as it is.
#   xvfb-run -a -s "-screen 0 1280x800x24" src/bench/window-startup.sh /tmp/su-100k [jar|launcher] [java options]
set -u
ARCHIVE=$1
JAR=${2:-target/kliping.jar}
shift $(( $# >= 2 ? 2 : 1 ))
LOG=$(mktemp)
if [[ "$JAR" == *.jar ]]; then
  KLIPING_STARTUP_LOG=1 java "$@" -jar "$JAR" --archive "$ARCHIVE" >"$LOG" 2>&1 &
else
  KLIPING_STARTUP_LOG=1 "$JAR" --archive "$ARCHIVE" >"$LOG" 2>&1 &
fi
PID=$!
# waits up to KLIPING_STARTUP_WAIT seconds (default 120: a loaded machine) for the first rows
for _ in $(seq 1 $(( ${KLIPING_STARTUP_WAIT:-120} * 20 ))); do grep -q "first rows drawn" "$LOG" && break; sleep 0.05; done
sleep 0.5
xdotool search --name "^Kliping" windowactivate --sync key ctrl+q >/dev/null 2>&1 || xdotool key ctrl+q
for _ in $(seq 1 500); do kill -0 $PID 2>/dev/null || break; sleep 0.02; done
kill -0 $PID 2>/dev/null && { echo "the window did not close"; kill $PID; }
grep -E "first rows drawn|Exception|Unsupported JavaFX" "$LOG"
rm -f "$LOG"
