package id.merit.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the shared platform code; every service may override them (MERIT_OUTBOX_BATCH_SIZE, ...). */
@ConfigMapping(prefix = "merit")
public interface PlatformConfig {
    /** The CloudEvents source of this service's events, e.g. /merit/employee-service. */
    @WithDefault("/merit/${quarkus.application.name}")
    String eventSource();

    Outbox outbox();

    Events events();

    interface Events {
        /**
         * How long a consumer ({@code @RetriedWhileDatabaseDown}) keeps trying a delivery while the database is
         * unreachable before the event goes to the dead-letter topic.
         */
        @WithDefault("10m")
        Duration databaseRetryFor();
    }

    interface Outbox {
        /** How long the relay waits, once the outbox is drained, before looking for new rows (e.g. 0.3s, 100ms). */
        @WithDefault("0.3s")
        Duration pollInterval();

        /** Rows published per relay transaction (500: ~15 % more events/s than 200 in deploy/bench/outbox, same as 1000). */
        @WithDefault("500")
        int batchSize();

        /** Longest pause between attempts while Kafka is unreachable. */
        @WithDefault("30s")
        Duration maxBackoff();

        /** Published rows are kept this long (for inspection), then deleted. */
        @WithDefault("P7D")
        Duration retention();

        /** Per-attempt bound on waiting for the broker's acknowledgement. */
        @WithDefault("15s")
        Duration sendTimeout();
    }
}
