package id.merit.manifests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.kubernetes.client.openapi.JSON;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.Set;

/**
 * Validates one manifest against the Kubernetes API schema, through the models that io.kubernetes:client-java-api
 * generates from the Kubernetes OpenAPI document: an unknown field, a missing required field or a value of the
 * wrong JSON type anywhere in the object is an error. apiVersion and kind choose the model (apps/v1 Deployment →
 * V1Deployment, autoscaling/v2 HorizontalPodAutoscaler → V2HorizontalPodAutoscaler); an unknown pair is an error.
 */
final class KubernetesSchema {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JSON CLIENT_JSON = new JSON();
    /** The kinds each API group version serves, of those Merit's manifests may use (Kubernetes API reference). */
    private static final Map<String, Set<String>> KINDS = Map.of(
            "v1", Set.of("ConfigMap", "Namespace", "Secret", "Service", "ServiceAccount"),
            "apps/v1", Set.of("Deployment", "StatefulSet"),
            "autoscaling/v2", Set.of("HorizontalPodAutoscaler"),
            "policy/v1", Set.of("PodDisruptionBudget"),
            "networking.k8s.io/v1", Set.of("NetworkPolicy", "Ingress"));

    private KubernetesSchema() {
    }

    /** Returns nothing when valid; throws {@link InvalidManifest} naming the problem otherwise. */
    static void validate(Map<String, Object> manifest) {
        String apiVersion = Repo.str(manifest, "apiVersion");
        String kind = Repo.str(manifest, "kind");
        String where = kind + "/" + Repo.str(manifest, "metadata", "name");
        if (apiVersion == null || kind == null || !KINDS.getOrDefault(apiVersion, Set.of()).contains(kind)) {
            throw new InvalidManifest(where + ": no kind " + kind + " in apiVersion " + apiVersion);
        }
        String version = apiVersion.contains("/") ? apiVersion.substring(apiVersion.indexOf('/') + 1) : apiVersion;
        Class<?> model;
        try {
            model = Class.forName("io.kubernetes.client.openapi.models." + capitalize(version) + kind);
        } catch (ClassNotFoundException e) {
            throw new InvalidManifest(where + ": no kind " + kind + " in " + apiVersion);
        }
        JsonElement json;
        try {
            json = JsonParser.parseString(MAPPER.writeValueAsString(manifest));
        } catch (JsonProcessingException e) {
            throw new InvalidManifest(where + ": " + e.getMessage());
        }
        try {
            model.getMethod("validateJsonElement", JsonElement.class).invoke(null, json);
            // Typed read: numbers, booleans, quantities and int-or-string fields must parse as their types.
            CLIENT_JSON.getGson().fromJson(json, model);
        } catch (InvocationTargetException e) {
            throw new InvalidManifest(where + ": " + e.getCause().getMessage());
        } catch (RuntimeException e) {
            throw new InvalidManifest(where + ": " + e.getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static final class InvalidManifest extends RuntimeException {
        InvalidManifest(String message) {
            super(message);
        }
    }
}
