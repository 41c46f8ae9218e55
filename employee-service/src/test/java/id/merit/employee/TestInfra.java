package id.merit.employee;

import id.merit.employee.registry.FakeRegistryResource;
import id.merit.infra.test.MeritInfraResource;
import io.quarkus.test.common.QuarkusTestResource;

/** Real PostgreSQL and Kafka for every test of this module (one broker and one fresh database per JVM), and the fake registry. */
@QuarkusTestResource(MeritInfraResource.class)
@QuarkusTestResource(FakeRegistryResource.class)
public class TestInfra {
}
