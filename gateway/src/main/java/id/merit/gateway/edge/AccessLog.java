package id.merit.gateway.edge;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Access lines on their way out. The event loop only queues a line; one thread ({@code merit-access-log}) takes the
 * queue every {@link #BURST_MILLIS} ms, so an event loop never waits for output and the writer wakes once per burst,
 * not once per request. Two destinations:
 * <ul>
 * <li>the log category {@code merit.gateway.access} (default): one record per line with the request's trace in the
 * MDC, so JSON logs and log shippers see it like any other record;</li>
 * <li>a file ({@code merit.gateway.access-log-file}), as nginx writes one: each burst is appended with one write,
 * every line starting with its UTC time. The logging system's formatting and per-record write were ~8 % of a
 * proxied request's CPU; a burst write is next to nothing. Rotation either way logrotate does it: copy-and-truncate
 * (the file is opened for appending, so writes continue at the new end), or move-and-create: before each burst the
 * path is checked to still name the open file (one stat per burst) and the file is reopened when it does not.</li>
 * </ul>
 */
final class AccessLog {
    static final long BURST_MILLIS = 20;
    private static final Logger ACCESS = Logger.getLogger("merit.gateway.access");
    private static final Logger LOG = Logger.getLogger(AccessLog.class);
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private record Line(long epochMillis, String text, String traceId, String spanId) {
    }

    private final Queue<Line> lines = new ConcurrentLinkedQueue<>();
    private final ScheduledExecutorService writer;
    /** Null when the lines go to the log category. */
    private final Path path;
    private FileChannel file;
    /** Identifies the file {@link #file} was opened as; another key under {@link #path} means it was rotated away. */
    private Object fileKey;
    private final StringBuilder burst = new StringBuilder(64 * 1024);
    private long second = -1;
    private String secondText = "";
    private long lastFailureReport;

    private AccessLog(Path path) {
        this.path = path;
        if (path != null) {
            try {
                open();
            } catch (IOException e) {
                throw new IllegalStateException("cannot open the access log file " + path + ": " + e.getMessage(), e);
            }
        }
        this.writer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "merit-access-log");
            t.setDaemon(true);
            return t;
        });
        writer.scheduleWithFixedDelay(this::drain, BURST_MILLIS, BURST_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Lines to the log category. */
    static AccessLog toLog() {
        return new AccessLog(null);
    }

    /** Lines appended to a file (created if missing). */
    static AccessLog toFile(Path path) {
        return new AccessLog(path);
    }

    private void open() throws IOException {
        file = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        fileKey = Files.readAttributes(path, BasicFileAttributes.class).fileKey();
    }

    /** Reopens the file when its path no longer names it (moved away by a rotation, or deleted). */
    private void reopenIfRotated() throws IOException {
        if (fileKey == null) {
            return; // a file system without file keys: copy-and-truncate only
        }
        Object current;
        try {
            current = Files.readAttributes(path, BasicFileAttributes.class).fileKey();
        } catch (NoSuchFileException moved) {
            current = null;
        }
        if (!fileKey.equals(current)) {
            FileChannel rotated = file;
            open();
            rotated.close();
        }
    }

    boolean enabled() {
        return path != null || ACCESS.isInfoEnabled();
    }

    /** From the event loop: queue only. */
    void add(String text, String traceId, String spanId) {
        lines.add(new Line(path == null ? 0 : System.currentTimeMillis(), text, traceId, spanId));
    }

    /** Synchronized: the writer thread and close() (or a test) may both drain. */
    synchronized void drain() {
        if (path == null) {
            drainToLog();
        } else {
            drainToFile();
        }
    }

    private void drainToLog() {
        for (Line line; (line = lines.poll()) != null; ) {
            if (line.traceId() != null) {
                MDC.put("traceId", line.traceId());
                MDC.put("spanId", line.spanId());
            }
            ACCESS.info(line.text());
            if (line.traceId() != null) {
                MDC.remove("traceId");
                MDC.remove("spanId");
            }
        }
    }

    private void drainToFile() {
        burst.setLength(0);
        for (Line line; (line = lines.poll()) != null; ) {
            appendTime(line.epochMillis());
            burst.append(' ').append(line.text()).append('\n');
        }
        if (burst.isEmpty()) {
            return;
        }
        // Through a String: its UTF-8 bytes come from an array copy when the text is ASCII (access lines are, bar a
        // path), where a CharBuffer over the builder went through the general encoder char by char (~0.7 µs a line).
        ByteBuffer bytes = ByteBuffer.wrap(burst.toString().getBytes(StandardCharsets.UTF_8));
        try {
            reopenIfRotated();
            while (bytes.hasRemaining()) {
                file.write(bytes);
            }
        } catch (IOException e) {
            long now = System.currentTimeMillis();
            if (now - lastFailureReport > 60_000) { // a full disk must not flood the log as well
                lastFailureReport = now;
                LOG.warnf("access lines lost: %s", e.getMessage());
            }
        }
    }

    /** ISO-8601 UTC with milliseconds; the part up to the second is formatted once per second. */
    private void appendTime(long epochMillis) {
        long s = Math.floorDiv(epochMillis, 1000);
        if (s != second) {
            second = s;
            secondText = SECOND.format(Instant.ofEpochSecond(s));
        }
        int millis = (int) Math.floorMod(epochMillis, 1000);
        burst.append(secondText).append('.').append((char) ('0' + millis / 100)).append((char) ('0' + millis / 10 % 10))
                .append((char) ('0' + millis % 10)).append('Z');
    }

    void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        drain();
        if (file != null) {
            try {
                file.close();
            } catch (IOException e) {
                LOG.debugf("closing the access log file: %s", e.getMessage());
            }
        }
    }
}
