package id.merit.feedback.service;

import id.merit.feedback.config.FeedbackConfig;
import id.merit.feedback.domain.AnonymityGate;
import id.merit.feedback.domain.RaterGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.EnumMap;
import java.util.Map;

/** The configured anonymity gate, shared by the APIs and the summary event so both hide exactly the same groups. */
@ApplicationScoped
public class Gate {
    @Produces
    @Singleton
    AnonymityGate gate(FeedbackConfig config) {
        Map<RaterGroup, Integer> k = new EnumMap<>(RaterGroup.class);
        config.anonymity().k().forEach((group, value) -> k.put(RaterGroup.valueOf(group.toUpperCase()), value));
        return new AnonymityGate(config.anonymity().defaultK(), k);
    }
}
