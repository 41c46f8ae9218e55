#!/usr/bin/env bash
# Sourced by the benchmarks: is a JVM's JIT compiler done with the workload, and a warm-up that waits for it. Two 10 s
# rounds agreeing on req/s is not enough on 2 cores — measured: employee-service's compiler still took 18 % of its CPU
# after such a warm-up (853 req/s; 1 142 averaged over the next 150 s). compile_seconds reads the compilers' accumulated
# time (jstat, seconds); jit_quiet says whether it grew by less than MAX (default 0.3 s) between two readings of a 10 s
# round.
compile_seconds() { jstat -compiler "$1" 2>/dev/null | awk 'NR == 2 { print $4 }'; }

jit_quiet() { # before after
  awk -v a="$1" -v b="$2" -v max="${JIT_QUIET_SECONDS:-0.3}" 'BEGIN { exit !(a != "" && b != "" && b - a < max) }'
}

# warm_until_steady LABEL PID MAX_ROUNDS WRK_ARGS...: 10 s rounds of `wrk -d10s WRK_ARGS` until two in a row agree
# within 10 % on req/s and, when PID is given (a JVM; empty for nginx), its JIT compiler was quiet during the last
# one; at most MAX_ROUNDS. Reports on stderr.
warm_until_steady() {
  local label="$1" pid="$2" max="$3" prev=0 cur=0 rounds=0 before="" after=""
  shift 3
  while [ "$rounds" -lt "$max" ]; do
    [ -n "$pid" ] && before="$(compile_seconds "$pid")"
    cur="$(wrk -d10s "$@" | awk '/^Requests\/sec/ { printf "%d", $2 }')"
    [ -n "$pid" ] && after="$(compile_seconds "$pid")"
    rounds=$((rounds + 1))
    if awk -v a="$prev" -v b="$cur" 'BEGIN { exit !(a > 0 && b > 0 && (a > b ? a / b : b / a) < 1.10) }' \
        && { [ -z "$pid" ] || jit_quiet "$before" "$after"; }; then
      break
    fi
    prev="$cur"
  done
  echo "  $label: warm after $rounds round(s) of 10 s, last $cur req/s${pid:+, JIT $(awk -v a="$before" -v b="$after" 'BEGIN { printf "%.2f", b - a }') s in it}, load $(cut -d' ' -f1 /proc/loadavg)" >&2
}
