package id.merit.platform.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/** Tells a lost or unobtainable database connection from a failure of the statement itself. */
public final class DatabaseFailures {
    private DatabaseFailures() {
    }

    /** True when this exception or one of its causes says the database could not be reached, not that the work was wrong. */
    public static boolean unavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && lostConnection(sql)) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception), 57P01-57P03 (the server shutting down or starting up), 53300 (no
     * connection slot left), or the pool finding no connection in time.
     */
    public static boolean lostConnection(SQLException e) {
        String state = e.getSQLState();
        if (state != null) {
            return state.startsWith("08") || state.startsWith("57P0") || state.equals("53300");
        }
        return e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                // Agroal's acquisition timeout carries no SQLSTATE
                || (e.getMessage() != null && e.getMessage().contains("acquisition timeout"));
    }
}
