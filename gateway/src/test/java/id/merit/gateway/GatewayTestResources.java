package id.merit.gateway;

import io.quarkus.test.common.QuarkusTestResource;

/** The fake services and the fake identity provider, started once for every gateway test. */
@QuarkusTestResource(FakeUpstream.class)
@QuarkusTestResource(FakeIdentityProvider.class)
public final class GatewayTestResources {
    private GatewayTestResources() {
    }
}
