package id.merit.gateway.edge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The file destination: bursts appended after whatever the file holds, each line with its own UTC time. */
class AccessLogTests {
    @Test
    void linesAreAppendedInOrderEachWithItsTime(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("access.log");
        Files.writeString(file, "kept from before\n");
        AccessLog log = AccessLog.toFile(file);
        long before = System.currentTimeMillis();
        for (int i = 0; i < 1000; i++) {
            log.add("req-" + i + " GET /api/v1/public/x 200 0.4ms route=feedback", null, null);
        }
        log.drain();
        log.add("req-last GET /f/ABC 200 1.0ms route=feedback", "t", "s");
        log.close(); // the last burst is written on close
        long after = System.currentTimeMillis();

        List<String> lines = Files.readAllLines(file);
        assertEquals(1002, lines.size());
        assertEquals("kept from before", lines.get(0));
        for (int i = 0; i < 1000; i++) {
            String line = lines.get(i + 1);
            String[] parts = line.split(" ", 2);
            long at = Instant.parse(parts[0]).toEpochMilli();
            assertTrue(at >= before - 1 && at <= after + 1, line);
            assertTrue(parts[0].matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"), line);
            assertTrue(parts[1].startsWith("req-" + i + " GET"), line);
        }
        assertTrue(lines.get(1001).endsWith(" req-last GET /f/ABC 200 1.0ms route=feedback"));
    }

    @Test
    void aFileMovedAwayByARotationIsFollowedByANewOneAtThePath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("access.log");
        Path rotated = dir.resolve("access.log.1");
        AccessLog log = AccessLog.toFile(file);
        log.add("req-1 GET /f/A 200 0.4ms", null, null);
        log.drain();
        Files.move(file, rotated); // logrotate's default: move, then the writer is to create the file anew
        log.add("req-2 GET /f/B 200 0.4ms", null, null);
        log.drain();
        Files.delete(file); // and a file deleted under the writer comes back too
        log.add("req-3 GET /f/C 200 0.4ms", null, null);
        log.close();

        assertEquals(List.of("req-1"), ids(rotated));
        assertEquals(List.of("req-3"), ids(file));
    }

    @Test
    void aFileTruncatedByACopyRotationIsWrittenFromItsNewEnd(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("access.log");
        AccessLog log = AccessLog.toFile(file);
        log.add("req-1 GET /f/A 200 0.4ms", null, null);
        log.drain();
        Files.copy(file, dir.resolve("access.log.1"));
        Files.writeString(file, ""); // copytruncate
        log.add("req-2 GET /f/B 200 0.4ms", null, null);
        log.close();

        assertEquals(List.of("req-2"), ids(file));
        assertEquals(List.of("req-1"), ids(dir.resolve("access.log.1")));
    }

    /** The request id of each line, in order. */
    private static List<String> ids(Path file) throws Exception {
        return Files.readAllLines(file).stream().map(l -> l.split(" ")[1]).toList();
    }
}
