package id.merit.launcher;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunDirTests {
    @TempDir
    Path dir;
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        started.forEach(Process::destroyForcibly);
    }

    private Process sleeper() throws IOException {
        Process p = new ProcessBuilder("sleep", "60").start();
        started.add(p);
        return p;
    }

    @Test
    void aRecordedRunningProcessIsFound() throws IOException {
        RunDir run = new RunDir(dir);
        Process p = sleeper();
        run.record("kafka", p.toHandle());
        assertEquals(p.pid(), run.find("kafka").orElseThrow().pid());
        assertEquals(List.of("kafka"), run.children().stream().map(RunDir.Entry::name).toList());
    }

    @Test
    void aFileOfAnEndedProcessIsStale() throws Exception {
        RunDir run = new RunDir(dir);
        Process p = sleeper();
        run.record("kafka", p.toHandle());
        p.destroyForcibly().waitFor();
        assertTrue(run.find("kafka").isEmpty());
        assertTrue(run.children().isEmpty());
    }

    @Test
    void aPidReusedByAnotherProcessIsLeftAlone() throws IOException {
        RunDir run = new RunDir(dir);
        Process p = sleeper();
        long otherStart = p.toHandle().info().startInstant().orElseThrow().toEpochMilli() - 60_000;
        Files.writeString(dir.resolve("kafka.pid"), p.pid() + " " + otherStart + "\n");
        assertTrue(run.find("kafka").isEmpty());
        assertFalse(run.stopAll(Duration.ofSeconds(5), Duration.ofSeconds(5), s -> { }));
        assertTrue(p.isAlive(), "a process that only shares the pid must survive");
    }

    @Test
    void stopSignalsTheLauncherThenEndsWhatItLeftBehind() throws Exception {
        RunDir run = new RunDir(dir);
        Process launcher = sleeper();
        Process leftover = sleeper();
        run.record(RunDir.LAUNCHER, launcher.toHandle());
        run.record("keycloak", leftover.toHandle());
        List<String> said = new ArrayList<>();

        assertTrue(run.stopAll(Duration.ofSeconds(10), Duration.ofSeconds(10), said::add));

        assertTrue(launcher.waitFor(5, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(143, launcher.exitValue(), "the launcher gets SIGTERM, so its shutdown hook runs");
        assertTrue(leftover.waitFor(5, java.util.concurrent.TimeUnit.SECONDS));
        assertTrue(said.stream().anyMatch(s -> s.contains("keycloak") && s.contains(Long.toString(leftover.pid()))), said.toString());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "pid files removed");
        }
    }

    @Test
    void aChildIgnoringSigtermIsKilledAfterTheGracePeriod() throws Exception {
        RunDir run = new RunDir(dir);
        Process stubborn = new ProcessBuilder("sh", "-c", "trap '' TERM; sleep 60 & wait").start();
        started.add(stubborn);
        run.record("kafka", stubborn.toHandle());
        Thread.sleep(300);
        List<ProcessHandle> children = stubborn.toHandle().descendants().toList();

        run.stopAll(Duration.ofSeconds(1), Duration.ofSeconds(1), s -> { });

        assertTrue(stubborn.waitFor(5, java.util.concurrent.TimeUnit.SECONDS));
        assertTrue(children.stream().noneMatch(RunDir::isRunning), "descendants are ended too");
    }

    @Test
    void nothingRecordedMeansNothingRunning() {
        assertFalse(new RunDir(dir.resolve("absent")).stopAll(Duration.ofSeconds(1), Duration.ofSeconds(1), s -> { }));
    }
}
