#!/usr/bin/env bash
# Run a command N times in a row with two CPU-bound processes alongside, as on a busy shared machine,
# and print one line per run (exit status, seconds, load average, the last line it printed). It stops
# the two processes it started, by their ids, when it ends. `make soak` runs the browser suite 5 times.
#   scripts/soak.sh N LOG_PREFIX [COMMAND...]   (default command: the browser suite)
set -uo pipefail
runs=${1:?how many runs}
prefix=${2:?log file prefix}
shift 2
[ $# -gt 0 ] || set -- .venv/bin/pytest -m browser -p no:cacheprovider --durations=10
python3 -c "while True: pass" & burner1=$!
python3 -c "while True: pass" & burner2=$!
trap 'kill "$burner1" "$burner2" 2>/dev/null' EXIT
failed=0
for run in $(seq 1 "$runs"); do
  start=$(date +%s)
  "$@" > "$prefix-$run.log" 2>&1
  status=$?
  [ "$status" = 0 ] || failed=1
  echo "run $run of $runs: exit $status, $(( $(date +%s) - start )) s, load $(cut -d' ' -f1-3 /proc/loadavg): $(tail -n 1 "$prefix-$run.log")"
done
exit "$failed"
