package id.merit.feedback;

import id.merit.infra.test.MeritInfraResource;
import io.quarkus.test.common.QuarkusTestResource;

/** Real PostgreSQL and Kafka for every test of this module (one broker and one fresh database per JVM). */
@QuarkusTestResource(MeritInfraResource.class)
public class TestInfra {
}
