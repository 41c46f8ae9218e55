package id.merit.launcher;

import java.nio.file.Path;
import java.util.Locale;

/** One of Merit's Quarkus applications: a service with its own database, or the gateway (no database). */
public record App(String name, int port, String database) {

    public boolean isService() {
        return database != null;
    }

    public Path jar(Path repoRoot) {
        return repoRoot.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public String url() {
        return "http://localhost:" + port;
    }

    /** The environment variable the gateway reads this service's address from, e.g. EMPLOYEE_SERVICE_URL. */
    public String urlVariable() {
        return name.toUpperCase(Locale.ROOT).replace('-', '_') + "_URL";
    }
}
