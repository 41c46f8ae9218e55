#!/usr/bin/env bash
# Sourced by the benchmarks for PROFILE=1: async-profiler (Maven Central tools.profiler:async-profiler, fetched once
# through the project's Maven wrapper) loaded into a running JVM with jcmd, CPU samples every 0.5 ms with kernel
# frames (on loopback half of a server's CPU is the kernel's TCP path, which JFR cannot see).
#   profile_start PID
#   profile_report PID REQUESTS STACKS_FILE "layer=frame/prefix ..."   -> microseconds of CPU per request by layer
# A sample is charged to the kernel when its innermost frame is a kernel one, else to the innermost frame of a listed
# layer (so the work a layer causes in the libraries below it counts as that layer's), else to the JVM itself.

profiler_lib() {
  local dir="$HOME/.cache/merit-bench" version=4.1
  if [ ! -f "$dir/libasyncProfiler-$version.so" ]; then
    mkdir -p "$dir"
    "$ROOT/mvnw" -B -q dependency:copy -Dartifact="tools.profiler:async-profiler:$version" -DoutputDirectory="$dir" >&2
    unzip -p "$dir/async-profiler-$version.jar" linux-x64/libasyncProfiler.so > "$dir/libasyncProfiler-$version.so"
  fi
  echo "$dir/libasyncProfiler-$version.so"
}

profile_start() {
  PROFILER="$(profiler_lib)"
  # The options in quotes of their own: jcmd would read "a=b" as one of its own named arguments.
  jcmd "$1" JVMTI.agent_load "$PROFILER" '"start,event=cpu,interval=500us"' >/dev/null
}

profile_report() {
  jcmd "$1" JVMTI.agent_load "$PROFILER" "\"stop,file=$3,collapsed\"" >/dev/null
  awk -v reqs="$2" -v layers="$4" '
    BEGIN { n = split(layers, spec, " ")
            for (i = 1; i <= n; i++) { split(spec[i], kv, "="); layer[i] = kv[1]; prefix[i] = kv[2] } }
    { count = $NF; sub(/ [0-9]+$/, ""); f = split($0, fr, ";"); total += count
      if (fr[f] ~ /_\[k\]$/) { by["kernel (TCP, epoll, scheduler)"] += count; next }
      cat = "jvm (gc, compiler, interpreter)"
      for (j = f; j >= 1 && cat ~ /^jvm/; j--) for (i = 1; i <= n; i++) if (index(fr[j], prefix[i]) == 1) { cat = layer[i]; break }
      by[cat] += count }
    END { printf "async-profiler: %d samples of 0.5 ms, %.1f us of CPU per request; by layer:\n", total, total * 500 / reqs
          for (c in by) printf "%8.2f us %5.1f%%  %s\n", by[c] * 500 / reqs, 100 * by[c] / total, c }' \
    "$3" | { read -r head; echo "$head"; sort -rn; } >&2
  echo "  (stacks kept in $3, one line per stack: a flame graph tool reads it)" >&2
}
