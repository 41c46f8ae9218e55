package id.merit.feedback.service;

import id.merit.feedback.config.FeedbackConfig;
import id.merit.feedback.domain.AnonymityGate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The configured anonymity gate, shared by the APIs and the summary event so both hide exactly the same groups. */
@ApplicationScoped
public class Gate {
    @Produces
    @Singleton
    AnonymityGate gate(FeedbackConfig config) {
        return AnonymityGate.configured(config.anonymity().defaultK(), config.anonymity().k());
    }
}
