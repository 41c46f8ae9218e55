package id.merit.appraisal;

import id.merit.infra.test.ServiceContractTests;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HealthTests extends ServiceContractTests {
}
