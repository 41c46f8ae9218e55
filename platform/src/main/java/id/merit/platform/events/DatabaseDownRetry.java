package id.merit.platform.events;

import id.merit.platform.config.PlatformConfig;
import id.merit.platform.persistence.DatabaseFailures;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.jboss.logging.Logger;

/**
 * Retries a consumer's delivery while the database is unreachable, with a growing pause (0.1 s doubling to 5 s), for
 * at most {@code merit.events.database-retry-for}; after that, or for any other failure, the failure goes on to the
 * channel's failure strategy (the dead-letter topic). Runs outside {@code @Transactional} (lower priority number), so
 * every try is a fresh transaction. The channel waits meanwhile: later events of the partition keep their order.
 */
@RetriedWhileDatabaseDown
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class DatabaseDownRetry {
    private static final Logger LOG = Logger.getLogger(DatabaseDownRetry.class);
    private static final long FIRST_PAUSE_MILLIS = 100;
    private static final long LONGEST_PAUSE_MILLIS = 5_000;

    @Inject
    PlatformConfig config;

    @AroundInvoke
    Object retry(InvocationContext ctx) throws Exception {
        long giveUpAt = System.nanoTime() + config.events().databaseRetryFor().toNanos();
        long pause = FIRST_PAUSE_MILLIS;
        for (int attempt = 1; ; attempt++) {
            try {
                return ctx.proceed();
            } catch (Exception e) {
                if (!DatabaseFailures.unavailable(e) || System.nanoTime() + pause * 1_000_000 > giveUpAt) {
                    throw e;
                }
                LOG.warnf("%s.%s: database unavailable (attempt %d), trying again in %d ms: %s",
                        ctx.getMethod().getDeclaringClass().getSimpleName(), ctx.getMethod().getName(), attempt, pause,
                        e.getMessage());
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException stopping) {
                    Thread.currentThread().interrupt();
                    e.addSuppressed(stopping);
                    throw e; // the application is stopping: the failure goes on as it is
                }
                pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
            }
        }
    }
}
