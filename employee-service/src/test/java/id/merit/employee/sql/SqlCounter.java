package id.merit.employee.sql;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts the SQL statements Hibernate prepares while serving one HTTP request (entity loads, HQL and native queries
 * alike) and answers them in test-only headers, so a test can pin how many statements a read costs. Statements of
 * other threads (outbox relay, consumers) run outside that request's context and are not counted.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class SqlCounter implements StatementInspector {
    public static final String COUNT = "X-Test-Sql-Count";
    public static final String STATEMENTS = "X-Test-Sql";

    /** The statements of the current request (methods, not fields: a client proxy delegates only calls). */
    @RequestScoped
    public static class Statements {
        private final List<String> sql = new ArrayList<>();

        void add(String statement) {
            sql.add(statement);
        }

        List<String> all() {
            return List.copyOf(sql);
        }
    }

    @Override
    public String inspect(String sql) {
        if (Arc.container().requestContext().isActive()) {
            Arc.container().instance(Statements.class).get().add(sql);
        }
        return sql;
    }

    /** Puts the request's statements into the response headers. */
    @ApplicationScoped
    public static class Headers {
        @ServerResponseFilter
        public void answer(ContainerResponseContext response) {
            List<String> sql = Arc.container().instance(Statements.class).get().all();
            response.getHeaders().putSingle(COUNT, sql.size());
            // A header value holds no newline; the statements are there to read a failure.
            response.getHeaders().putSingle(STATEMENTS, String.join(" ;; ", sql).replaceAll("\\s+", " "));
        }
    }
}
