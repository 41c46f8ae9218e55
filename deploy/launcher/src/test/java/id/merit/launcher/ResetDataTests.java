package id.merit.launcher;

import id.merit.infra.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./merit start --reset-data}: the given databases are dropped (and made again empty by the start that
 * follows), Kafka's data folder is gone, other databases are untouched. Probe databases of its own, never the
 * suite's, on the PostgreSQL the launcher would use.
 */
class ResetDataTests {
    static final String PROBE = "merit_reset_probe";
    static final String BYSTANDER = "merit_reset_bystander";
    static PostgresServer pg;

    @TempDir
    Path state;

    @BeforeAll
    static void connect(@TempDir Path embedded) {
        pg = PostgresServer.fromEnvironment(embedded.resolve("pg"));
    }

    @AfterAll
    static void close() {
        pg.dropDatabase(PROBE);
        pg.dropDatabase(BYSTANDER);
        pg.close();
    }

    @Test
    void dropsTheGivenDatabasesAndKafkasDataAndNothingElse() throws Exception {
        pg.ensureDatabase(PROBE, PROBE, "probe");
        pg.ensureDatabase(BYSTANDER, BYSTANDER, "probe");
        try (Connection c = pg.admin(PROBE)) {
            c.createStatement().execute("create table business (id int); insert into business values (1)");
        }
        Path kafka = state.resolve("kafka");
        Files.createDirectories(kafka.resolve("merit.employees.v1-0"));
        Files.writeString(kafka.resolve("merit.employees.v1-0/00000000000000000000.log"), "events");

        Suite.resetData(pg, List.of(PROBE), kafka);

        assertFalse(exists(PROBE), "the service database is dropped");
        assertTrue(exists(BYSTANDER), "a database not named stays");
        assertFalse(Files.exists(kafka), "Kafka's data is gone");
        pg.ensureDatabase(PROBE, PROBE, "probe");
        try (Connection c = pg.admin(PROBE);
             ResultSet rs = c.createStatement().executeQuery("select count(*) from information_schema.tables where table_name = 'business'")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "made again, it is empty");
        }
        Suite.resetData(pg, List.of(PROBE), kafka); // nothing left to delete: no error
        assertFalse(exists(PROBE));
    }

    private static boolean exists(String database) throws SQLException {
        try (Connection c = pg.admin("postgres");
             ResultSet rs = c.createStatement().executeQuery("select count(*) from pg_database where datname = '" + database + "'")) {
            rs.next();
            return rs.getInt(1) == 1;
        }
    }
}
