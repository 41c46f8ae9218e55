package id.merit.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The PostgreSQL server Merit runs on: the one given by the environment if it answers, otherwise an
 * embedded server (binaries from Maven Central) whose data lives in a project folder and survives restarts.
 */
public final class PostgresServer implements AutoCloseable {
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final String host;
    private final int port;
    private final String adminUser;
    private final String adminPassword;
    private final EmbeddedPostgres embedded;

    private PostgresServer(String host, int port, String adminUser, String adminPassword, EmbeddedPostgres embedded) {
        this.host = host;
        this.port = port;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
        this.embedded = embedded;
    }

    /** Settings from MERIT_PG_HOST / MERIT_PG_PORT / MERIT_PG_USER / MERIT_PG_PASSWORD, defaults 127.0.0.1:5432 postgres. */
    public static PostgresServer fromEnvironment(Path embeddedDataDir) {
        String host = env("MERIT_PG_HOST", "127.0.0.1");
        int port = Integer.parseInt(env("MERIT_PG_PORT", "5432"));
        return connectOrStart(host, port, env("MERIT_PG_USER", "postgres"), env("MERIT_PG_PASSWORD", ""), embeddedDataDir);
    }

    public static PostgresServer connectOrStart(String host, int port, String user, String password, Path embeddedDataDir) {
        if (Net.isListening(host, port)) {
            PostgresServer existing = new PostgresServer(host, port, user, password, null);
            existing.checkConnection();
            return existing;
        }
        return startEmbedded(port, embeddedDataDir);
    }

    private static PostgresServer startEmbedded(int port, Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .start();
            return new PostgresServer("127.0.0.1", pg.getPort(), "postgres", "", pg);
        } catch (IOException e) {
            throw new InfraException("no PostgreSQL answers on port " + port + " and the embedded one failed to start: "
                    + e.getMessage(), e);
        }
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** Creates the role and the database it owns when missing; running it again changes nothing. */
    public void ensureDatabase(String database, String user, String password) {
        requireIdentifier(database);
        requireIdentifier(user);
        try (Connection c = admin("postgres"); Statement st = c.createStatement()) {
            if (!exists(c, "select 1 from pg_roles where rolname = ?", user)) {
                st.execute("create role " + user + " login password '" + password.replace("'", "''") + "'");
            }
            if (!exists(c, "select 1 from pg_database where datname = ?", database)) {
                st.execute("create database " + database + " owner " + user);
            }
        } catch (SQLException e) {
            throw new InfraException("cannot create database " + database + ": " + e.getMessage(), e);
        }
    }

    /** Drops the database and the role of the same name, as {@link #ensureDatabase} made them for tests. */
    public void dropDatabase(String database) {
        requireIdentifier(database);
        try (Connection c = admin("postgres"); Statement st = c.createStatement()) {
            st.execute("drop database if exists " + database + " with (force)");
            st.execute("drop role if exists " + database);
        } catch (SQLException e) {
            throw new InfraException("cannot drop database " + database + ": " + e.getMessage(), e);
        }
    }

    public Connection admin(String database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", adminUser);
        if (!adminPassword.isEmpty()) {
            p.setProperty("password", adminPassword);
        }
        return DriverManager.getConnection(jdbcUrl(database), p);
    }

    private void checkConnection() {
        try (Connection c = admin("postgres")) {
            c.isValid(2);
        } catch (SQLException e) {
            throw new InfraException("PostgreSQL answers on " + host + ":" + port + " but refuses user " + adminUser
                    + " (" + e.getMessage() + "); set MERIT_PG_USER / MERIT_PG_PASSWORD", e);
        }
    }

    private static boolean exists(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void requireIdentifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain SQL identifier: " + name);
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new InfraException("embedded PostgreSQL did not stop cleanly: " + e.getMessage(), e);
            }
        }
    }
}
