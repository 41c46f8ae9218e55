package id.merit.manifests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The part of `kustomize build` that deploy/k8s uses, because no kustomize is published to the package registries
 * this build reaches: resources (files and directories), namespace, labels (pairs, includeSelectors=false,
 * includeTemplates), images (newName, newTag) and strategic-merge patches from files (matched by kind and name).
 * Any other kustomization field is refused, so the manifests cannot silently rely on something not rendered here.
 * Checked by hand against `kubectl kustomize` (kustomize v5.5.0) on the same directories: same resources, same fields.
 */
final class Kustomize {
    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "namespace", "labels", "resources", "images", "patches");
    /** Kinds that have no namespace among those used here. */
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace");
    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "DaemonSet", "Job");

    private Kustomize() {
    }

    static List<Map<String, Object>> build(Path dir) {
        Map<String, Object> k = Repo.yaml(dir.resolve("kustomization.yaml"));
        for (String field : k.keySet()) {
            if (!SUPPORTED.contains(field)) {
                throw new IllegalArgumentException(dir + ": kustomization field '" + field + "' is not rendered by this subset");
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object r : Repo.list(k, "resources")) {
            Path p = dir.resolve(String.valueOf(r)).normalize();
            if (Files.isDirectory(p)) {
                out.addAll(build(p));
            } else {
                out.addAll(Repo.yamlDocuments(p));
            }
        }
        for (Object patch : Repo.list(k, "patches")) {
            Map<String, Object> spec = Repo.map(patch);
            if (spec.keySet().stream().anyMatch(f -> !f.equals("path"))) {
                throw new IllegalArgumentException(dir + ": only file patches (path) are rendered, got " + spec.keySet());
            }
            for (Map<String, Object> p : Repo.yamlDocuments(dir.resolve(String.valueOf(spec.get("path"))))) {
                Map<String, Object> target = out.stream()
                        .filter(d -> Objects.equals(d.get("kind"), p.get("kind"))
                                && Objects.equals(Repo.str(d, "metadata", "name"), Repo.str(p, "metadata", "name")))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException(dir + ": patch matches no resource: "
                                + p.get("kind") + "/" + Repo.str(p, "metadata", "name")));
                StrategicMerge.apply(target, p);
            }
        }
        String namespace = Repo.str(k, "namespace");
        if (namespace != null) {
            out.stream().filter(d -> !CLUSTER_SCOPED.contains(String.valueOf(d.get("kind"))))
                    .forEach(d -> metadata(d).put("namespace", namespace));
        }
        for (Object l : Repo.list(k, "labels")) {
            applyLabels(Repo.map(l), out);
        }
        for (Object image : Repo.list(k, "images")) {
            applyImage(Repo.map(image), out);
        }
        return out;
    }

    private static void applyLabels(Map<String, Object> spec, List<Map<String, Object>> docs) {
        if (Boolean.TRUE.equals(spec.get("includeSelectors"))) {
            throw new IllegalArgumentException("labels with includeSelectors=true are not rendered by this subset");
        }
        Map<String, Object> pairs = Repo.map(spec, "pairs");
        boolean templates = Boolean.TRUE.equals(spec.get("includeTemplates"));
        for (Map<String, Object> d : docs) {
            labels(metadata(d)).putAll(pairs);
            if (templates && WORKLOADS.contains(String.valueOf(d.get("kind")))) {
                labels(child(child(child(d, "spec"), "template"), "metadata")).putAll(pairs);
            }
        }
    }

    private static void applyImage(Map<String, Object> spec, List<Map<String, Object>> docs) {
        String name = Repo.str(spec, "name");
        for (Map<String, Object> d : docs) {
            Map<String, Object> podSpec = Repo.map(d, "spec", "template", "spec");
            for (String field : List.of("containers", "initContainers")) {
                for (Object c : Repo.list(podSpec, field)) {
                    Map<String, Object> container = Repo.map(c);
                    String image = Repo.str(container, "image");
                    String bare = image.contains("@") ? image.substring(0, image.indexOf('@'))
                            : image.lastIndexOf(':') > image.lastIndexOf('/') ? image.substring(0, image.lastIndexOf(':')) : image;
                    if (!bare.equals(name)) {
                        continue;
                    }
                    String tag = image.substring(bare.length());
                    String newName = spec.containsKey("newName") ? Repo.str(spec, "newName") : bare;
                    String newTag = spec.containsKey("newTag") ? ":" + Repo.str(spec, "newTag") : tag;
                    container.put("image", newName + newTag);
                }
            }
        }
    }

    private static Map<String, Object> metadata(Map<String, Object> doc) {
        return child(doc, "metadata");
    }

    private static Map<String, Object> labels(Map<String, Object> metadata) {
        return child(metadata, "labels");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.computeIfAbsent(key, x -> new LinkedHashMap<String, Object>());
    }
}
