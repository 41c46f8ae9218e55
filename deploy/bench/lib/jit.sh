#!/usr/bin/env bash
# Sourced by the benchmarks: is a JVM's JIT compiler done with the workload? Two 10 s rounds agreeing on req/s is not
# enough on 2 cores — measured: employee-service's compiler still took 18 % of its CPU after such a warm-up (853 req/s;
# 1 142 averaged over the next 150 s). compile_seconds reads the compilers' accumulated time (jstat, seconds);
# jit_quiet says whether it grew by less than MAX (default 0.3 s) between two readings of a 10 s round.
compile_seconds() { jstat -compiler "$1" 2>/dev/null | awk 'NR == 2 { print $4 }'; }

jit_quiet() { # before after
  awk -v a="$1" -v b="$2" -v max="${JIT_QUIET_SECONDS:-0.3}" 'BEGIN { exit !(a != "" && b != "" && b - a < max) }'
}
