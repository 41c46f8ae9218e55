package id.merit.infra.test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.stream.Collectors;

/** Validates an event payload against a JSON Schema from the class path (a producer's events/*.schema.json). */
public final class EventSchemas {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventSchemas() {
    }

    /** Throws AssertionError listing every violation. */
    public static void assertValid(String schemaResource, String json) {
        Set<ValidationMessage> errors = validate(schemaResource, json);
        if (!errors.isEmpty()) {
            throw new AssertionError("payload does not match " + schemaResource + ": "
                    + errors.stream().map(ValidationMessage::getMessage).collect(Collectors.joining("; ")) + "\n" + json);
        }
    }

    public static Set<ValidationMessage> validate(String schemaResource, String json) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(schemaResource)) {
            if (in == null) {
                throw new AssertionError("no schema on the class path at " + schemaResource);
            }
            JsonNode schemaNode = MAPPER.readTree(in);
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);
            return schema.validate(MAPPER.readTree(json));
        } catch (IOException e) {
            throw new AssertionError("cannot read schema or payload: " + e.getMessage(), e);
        }
    }
}
