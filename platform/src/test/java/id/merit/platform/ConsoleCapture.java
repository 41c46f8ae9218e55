package id.merit.platform;

import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.handlers.ConsoleHandler;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.logging.Handler;

/** Reads what the application's console log handler writes, formatted exactly as it would reach stdout. */
final class ConsoleCapture implements AutoCloseable {
    private final ConsoleHandler console;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private ConsoleCapture(ConsoleHandler console) {
        this.console = console;
        console.setOutputStream(out);
    }

    static ConsoleCapture start() {
        Deque<Handler> todo = new ArrayDeque<>(List.of(LogContext.getLogContext().getLogger("").getHandlers()));
        while (!todo.isEmpty()) {
            Handler h = todo.pop();
            if (h instanceof ConsoleHandler c) {
                return new ConsoleCapture(c);
            }
            if (h instanceof ExtHandler e) {
                todo.addAll(List.of(e.getHandlers()));
            }
        }
        throw new AssertionError("the application has no console log handler");
    }

    /** The lines written so far that contain the text. */
    List<String> linesWith(String text) {
        console.flush();
        synchronized (out) {
            return out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains(text)).toList();
        }
    }

    @Override
    public void close() {
        console.setTarget(ConsoleHandler.Target.SYSTEM_OUT);
    }
}
