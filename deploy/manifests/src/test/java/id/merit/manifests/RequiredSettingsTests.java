package id.merit.manifests;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reader of @ConfigMapping interfaces finds what an application needs from its environment. */
class RequiredSettingsTests {

    @Test
    void feedback_service_needs_its_two_hmac_secrets_and_its_public_address() {
        // FeedbackConfig: tokenSecret(), addressPepper(), publicBaseUrl() have no default and are not Optional.
        assertEquals(Set.of("MERIT_FEEDBACK_TOKEN_SECRET", "MERIT_FEEDBACK_ADDRESS_PEPPER", "MERIT_FEEDBACK_PUBLIC_BASE_URL"),
                RequiredSettings.fromConfigMappings("feedback-service"));
    }

    @Test
    void optional_defaulted_and_configured_settings_are_not_required() {
        // RegistryConfig is all Optional or @WithDefault; AppraisalConfig's maps are set in application.properties.
        assertTrue(RequiredSettings.fromConfigMappings("employee-service").isEmpty());
        assertTrue(RequiredSettings.fromConfigMappings("appraisal-service").isEmpty());
    }

    @Test
    void setting_names_become_environment_variables_the_smallrye_way() {
        assertEquals("address-pepper", RequiredSettings.kebab("addressPepper"));
        assertEquals("public-base-url", RequiredSettings.kebab("publicBaseUrl"));
    }
}
