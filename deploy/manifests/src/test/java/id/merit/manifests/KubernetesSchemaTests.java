package id.merit.manifests;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every manifest of the base, and every resource of the rendered production overlay, is valid Kubernetes. */
class KubernetesSchemaTests {

    @TestFactory
    Stream<DynamicTest> every_base_manifest_is_valid_against_the_kubernetes_schema() {
        return manifestFiles(Repo.K8S.resolve("base")).stream().flatMap(file -> Repo.yamlDocuments(file).stream()
                .map(doc -> DynamicTest.dynamicTest(Repo.K8S.relativize(file) + " " + doc.get("kind") + "/" + Repo.str(doc, "metadata", "name"),
                        () -> KubernetesSchema.validate(doc))));
    }

    @TestFactory
    Stream<DynamicTest> every_resource_of_the_rendered_production_overlay_is_valid() {
        return Kustomize.build(Repo.K8S.resolve("overlays/production")).stream()
                .map(doc -> DynamicTest.dynamicTest(doc.get("kind") + "/" + Repo.str(doc, "metadata", "name"),
                        () -> KubernetesSchema.validate(doc)));
    }

    @Test
    void every_manifest_file_is_listed_by_its_kustomization() throws IOException {
        for (Path dir : List.of(Repo.K8S.resolve("base"), Repo.K8S.resolve("overlays/production"))) {
            Map<String, Object> k = Repo.yaml(dir.resolve("kustomization.yaml"));
            List<String> listed = new ArrayList<>();
            Repo.list(k, "resources").forEach(r -> listed.add(String.valueOf(r)));
            Repo.list(k, "patches").forEach(p -> listed.add(Repo.str(p, "path")));
            for (Path file : manifestFiles(dir)) {
                assertTrue(listed.contains(dir.relativize(file).toString()), file + " is not used by " + dir.resolve("kustomization.yaml"));
            }
        }
    }

    @Test
    void the_validator_rejects_a_misspelled_field() {
        Map<String, Object> deployment = baseDeployment();
        Map<String, Object> container = Repo.map(Repo.list(deployment, "spec", "template", "spec", "containers").get(0));
        container.put("readinesProbe", container.remove("readinessProbe"));

        var e = assertThrows(KubernetesSchema.InvalidManifest.class, () -> KubernetesSchema.validate(deployment));
        assertTrue(e.getMessage().contains("readinesProbe"), e.getMessage());
    }

    @Test
    void the_validator_rejects_a_missing_required_field() {
        Map<String, Object> deployment = baseDeployment();
        Repo.map(Repo.list(deployment, "spec", "template", "spec", "containers").get(0)).remove("name");

        var e = assertThrows(KubernetesSchema.InvalidManifest.class, () -> KubernetesSchema.validate(deployment));
        assertTrue(e.getMessage().contains("name"), e.getMessage());
    }

    @Test
    void the_validator_rejects_a_value_of_the_wrong_type() {
        Map<String, Object> deployment = baseDeployment();
        Repo.map(deployment, "spec").put("replicas", Map.of("count", 2));

        assertThrows(KubernetesSchema.InvalidManifest.class, () -> KubernetesSchema.validate(deployment));
    }

    @Test
    void the_validator_rejects_a_kind_its_api_version_does_not_have() {
        Map<String, Object> deployment = baseDeployment();
        deployment.put("apiVersion", "v1");

        assertThrows(KubernetesSchema.InvalidManifest.class, () -> KubernetesSchema.validate(deployment));
    }

    @Test
    void an_unchanged_deployment_passes_the_same_validator() {
        assertDoesNotThrow(() -> KubernetesSchema.validate(baseDeployment()));
        assertEquals("Deployment", baseDeployment().get("kind"));
    }

    private static Map<String, Object> baseDeployment() {
        return Repo.yamlDocuments(Repo.K8S.resolve("base/employee-service.yaml")).get(0);
    }

    static List<Path> manifestFiles(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".yaml") && !p.getFileName().toString().equals("kustomization.yaml"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
