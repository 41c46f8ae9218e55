package id.merit.launcher;

import id.merit.infra.InfraException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The pid files in {@code .merit/run}: the launcher and every process it started, so that {@code merit stop}
 * in another terminal can ask the launcher to stop and end whatever a killed launcher left behind.
 * Each file holds the pid and the process' start time; a pid the system has since given to another
 * process is recognised by its different start time and left alone.
 */
public final class RunDir {
    public static final String LAUNCHER = "launcher";
    private static final String SUFFIX = ".pid";
    private static final long START_TOLERANCE_MILLIS = 1000;

    private final Path dir;

    public RunDir(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public record Entry(String name, ProcessHandle process) {
    }

    public void record(String name, ProcessHandle process) {
        long start = process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        try {
            Files.createDirectories(dir);
            Files.writeString(file(name), process.pid() + " " + start + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InfraException("cannot write " + file(name) + ": " + e.getMessage(), e);
        }
    }

    public void forget(String name) {
        try {
            Files.deleteIfExists(file(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The recorded process if it still runs; a stale file (process gone, or pid reused) yields nothing. */
    public Optional<ProcessHandle> find(String name) {
        Path f = file(name);
        try {
            String[] parts = Files.readString(f, StandardCharsets.UTF_8).trim().split("\\s+");
            long pid = Long.parseLong(parts[0]);
            long start = parts.length > 1 ? Long.parseLong(parts[1]) : 0L;
            return ProcessHandle.of(pid).filter(RunDir::isRunning).filter(h -> startedAt(h, start));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean startedAt(ProcessHandle h, long recordedStart) {
        Optional<Instant> actual = h.info().startInstant();
        if (recordedStart == 0 || actual.isEmpty()) {
            return true;
        }
        return Math.abs(actual.get().toEpochMilli() - recordedStart) < START_TOLERANCE_MILLIS;
    }

    /** Recorded processes other than the launcher that still run, most recently started first. */
    public List<Entry> children() {
        List<Entry> running = new ArrayList<>();
        for (Path f : files()) {
            String name = f.getFileName().toString();
            name = name.substring(0, name.length() - SUFFIX.length());
            if (!name.equals(LAUNCHER)) {
                String n = name;
                find(n).ifPresent(h -> running.add(new Entry(n, h)));
            }
        }
        return running;
    }

    /**
     * What {@code merit stop} does: signals the launcher (its shutdown hook stops everything in order) and
     * waits for it; then ends any recorded process still running, and removes the pid files.
     *
     * @return whether anything was running
     */
    public boolean stopAll(Duration launcherGrace, Duration childGrace, Consumer<String> out) {
        boolean any = false;
        Optional<ProcessHandle> launcher = find(LAUNCHER);
        if (launcher.isPresent()) {
            any = true;
            ProcessHandle h = launcher.get();
            out.accept("Asking the Merit launcher (pid " + h.pid() + ") to stop ...");
            h.destroy();
            if (!awaitExit(h, launcherGrace)) {
                out.accept("The launcher did not stop within " + launcherGrace.toSeconds() + " s; killing it");
                h.destroyForcibly();
                awaitExit(h, Duration.ofSeconds(10));
            }
        }
        List<Entry> leftovers = new ArrayList<>(children());
        leftovers.sort(Comparator.comparingInt(e -> Suite.stopRank(e.name())));
        for (Entry e : leftovers) {
            any = true;
            out.accept("Stopping " + e.name() + " (pid " + e.process().pid() + "), left behind by the launcher ...");
            terminate(e.process(), childGrace);
        }
        files().forEach(f -> {
            try {
                Files.deleteIfExists(f);
            } catch (IOException ignored) {
                // a file we cannot delete is reported as stale next time, nothing worse
            }
        });
        return any;
    }

    /** SIGTERM, then SIGKILL after the grace period; the process' descendants go with it. */
    static void terminate(ProcessHandle process, Duration grace) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        if (!awaitExit(process, grace)) {
            process.destroyForcibly();
            awaitExit(process, Duration.ofSeconds(10));
        }
        for (ProcessHandle d : descendants) {
            if (isRunning(d)) {
                d.destroy();
                if (!awaitExit(d, grace)) {
                    d.destroyForcibly();
                    awaitExit(d, Duration.ofSeconds(10));
                }
            }
        }
    }

    /** Polls rather than onExit(): a process that is not our child may stay a zombie until init reaps it. */
    static boolean awaitExit(ProcessHandle h, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (isRunning(h)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !isRunning(h);
            }
        }
        return true;
    }

    /** Alive and not a zombie (an ended process its parent has not reaped yet). */
    static boolean isRunning(ProcessHandle h) {
        if (!h.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(h.pid()), "stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException | RuntimeException e) {
            return h.isAlive();
        }
    }

    private List<Path> files() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparing(RunDir::modified).reversed())
                    .toList();
        } catch (IOException e) {
            throw new InfraException("cannot read " + dir + ": " + e.getMessage(), e);
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private Path file(String name) {
        return dir.resolve(name + SUFFIX);
    }
}
