package id.merit.manifests;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The production overlay, rendered: the fields an operator relies on. */
class ProductionOverlayTests {
    private static final List<Map<String, Object>> RENDERED = Kustomize.build(Repo.K8S.resolve("overlays/production"));

    @Test
    void every_app_runs_two_replicas_of_its_production_image_in_namespace_merit() {
        for (String app : Repo.APPS) {
            Map<String, Object> d = find("Deployment", app);
            assertEquals(2, d.get("spec") instanceof Map<?, ?> s ? s.get("replicas") : null, app);
            assertEquals("registry.merit.example/merit/" + app + ":0.1.0", Repo.str(container(d), "image"), app);
        }
        RENDERED.stream().filter(d -> !"Namespace".equals(d.get("kind")))
                .forEach(d -> assertEquals("merit", Repo.str(d, "metadata", "namespace"), d.get("kind") + "/" + Repo.str(d, "metadata", "name")));
    }

    @Test
    void every_app_is_probed_on_its_quarkus_health_endpoints_at_its_own_port() {
        for (String app : Repo.APPS) {
            Map<String, Object> c = container(find("Deployment", app));
            assertEquals("/q/health/ready", Repo.str(c, "readinessProbe", "httpGet", "path"), app);
            assertEquals("/q/health/live", Repo.str(c, "livenessProbe", "httpGet", "path"), app);
            assertEquals("/q/health/started", Repo.str(c, "startupProbe", "httpGet", "path"), app);
            assertEquals("http", Repo.str(c, "readinessProbe", "httpGet", "port"), app);
            Map<String, Object> port = Repo.map(Repo.list(c, "ports").get(0));
            assertEquals("http", port.get("name"));
            assertEquals(Repo.httpPort(app), port.get("containerPort"), app);
            assertEquals(String.valueOf(Repo.httpPort(app)), Repo.str(find("Service", app), "spec", "ports") == null ? null
                    : String.valueOf(Repo.map(Repo.list(find("Service", app), "spec", "ports").get(0)).get("port")), app);
        }
    }

    @Test
    void every_container_has_requests_and_limits_and_runs_as_non_root_with_a_read_only_root() {
        for (String app : Repo.APPS) {
            Map<String, Object> d = find("Deployment", app);
            Map<String, Object> c = container(d);
            for (String r : List.of("cpu", "memory")) {
                assertNotNull(Repo.str(c, "resources", "requests", r), app + " requests." + r);
                assertNotNull(Repo.str(c, "resources", "limits", r), app + " limits." + r);
            }
            assertTrue(memoryMi(Repo.str(c, "resources", "requests", "memory")) <= memoryMi(Repo.str(c, "resources", "limits", "memory")), app);
            assertEquals(true, Repo.at(d, "spec", "template", "spec", "securityContext", "runAsNonRoot"), app);
            assertEquals(true, Repo.at(c, "securityContext", "readOnlyRootFilesystem"), app);
            assertEquals(false, Repo.at(c, "securityContext", "allowPrivilegeEscalation"), app);
        }
        assertEquals("4", Repo.str(container(find("Deployment", "placement-service")), "resources", "limits", "cpu"));
        assertEquals("2Gi", Repo.str(container(find("Deployment", "placement-service")), "resources", "limits", "memory"));
    }

    @Test
    void every_app_scales_on_cpu_from_two_replicas_and_services_not_beyond_their_topics_partitions() {
        for (String app : Repo.APPS) {
            Map<String, Object> hpa = find("HorizontalPodAutoscaler", app);
            assertEquals("Deployment", Repo.str(hpa, "spec", "scaleTargetRef", "kind"));
            assertEquals(app, Repo.str(hpa, "spec", "scaleTargetRef", "name"));
            assertEquals(2, Repo.at(hpa, "spec", "minReplicas"), app);
            Map<String, Object> metric = Repo.map(Repo.list(hpa, "spec", "metrics").get(0));
            assertEquals("cpu", Repo.str(metric, "resource", "name"));
            assertEquals(70, Repo.at(metric, "resource", "target", "averageUtilization"));
        }
        assertEquals(8, Repo.at(find("HorizontalPodAutoscaler", "gateway"), "spec", "maxReplicas"));
        int partitions = topicPartitions();
        for (String service : Repo.SERVICES) {
            assertEquals(partitions, Repo.at(find("HorizontalPodAutoscaler", service), "spec", "maxReplicas"), service);
        }
    }

    @Test
    void every_disruption_budget_and_service_selects_exactly_its_apps_pods() {
        for (String app : Repo.APPS) {
            Map<String, Object> pdb = find("PodDisruptionBudget", app);
            assertEquals(1, Repo.at(pdb, "spec", "maxUnavailable"));
            assertEquals(Set.of(app), podsSelectedBy(Repo.map(pdb, "spec", "selector", "matchLabels")));
            assertEquals(Set.of(app), podsSelectedBy(Repo.map(find("Service", app), "spec", "selector")));
        }
    }

    @Test
    void network_policies_let_only_the_gateway_reach_the_services_and_only_services_reach_the_data_stores() {
        assertEquals(Set.copyOf(Repo.APPS), podsSelectedBy(Repo.map(find("NetworkPolicy", "default-deny"), "spec", "podSelector")));
        assertEquals(List.of("Ingress", "Egress"), Repo.list(find("NetworkPolicy", "default-deny"), "spec", "policyTypes"));

        Map<String, Object> services = find("NetworkPolicy", "services");
        assertEquals(Set.copyOf(Repo.SERVICES), podsSelectedBy(Repo.map(services, "spec", "podSelector", "matchLabels")));
        List<Object> ingress = Repo.list(services, "spec", "ingress");
        assertEquals(1, ingress.size());
        Map<String, Object> from = Repo.map(Repo.list(ingress.get(0), "from").get(0));
        assertEquals(Set.of("gateway"), podsSelectedBy(Repo.map(from, "podSelector", "matchLabels")));
        assertEquals(Set.of("kafka:9092", "postgres:5432", "keycloak:8080", "keycloak:8180", "keycloak:8443"), egressTargets(services));

        Map<String, Object> gateway = find("NetworkPolicy", "gateway");
        assertEquals(Set.of("gateway"), podsSelectedBy(Repo.map(gateway, "spec", "podSelector", "matchLabels")));
        Map<String, Object> toServices = Repo.map(Repo.list(Repo.list(gateway, "spec", "egress").get(0), "to").get(0));
        assertEquals(Set.copyOf(Repo.SERVICES), podsSelectedBy(Repo.map(toServices, "podSelector", "matchLabels")));
        assertFalse(egressTargets(gateway).stream().anyMatch(t -> t.startsWith("kafka") || t.startsWith("postgres")),
                "the gateway must not reach Kafka or PostgreSQL");
    }

    @Test
    void kafka_postgres_and_keycloak_are_external_services() {
        for (String name : List.of("kafka", "postgres", "keycloak")) {
            Map<String, Object> s = find("Service", name);
            assertEquals("ExternalName", Repo.str(s, "spec", "type"), name);
            assertTrue(Repo.str(s, "spec", "externalName").endsWith(".svc.cluster.local"), name);
        }
        assertEquals("merit-kafka-bootstrap.kafka.svc.cluster.local", Repo.str(find("Service", "kafka"), "spec", "externalName"));
        assertEquals("merit-pg-rw.postgres.svc.cluster.local", Repo.str(find("Service", "postgres"), "spec", "externalName"));
    }

    @Test
    void every_app_gets_the_environment_it_cannot_start_without_and_no_secret_is_in_the_repository() {
        assertTrue(RENDERED.stream().noneMatch(d -> "Secret".equals(d.get("kind"))), "Secrets are created outside the repository");
        Set<String> documented = documentedSecretKeys();
        for (String app : Repo.APPS) {
            Map<String, Object> d = find("Deployment", app);
            Map<String, Object> c = container(d);
            Map<String, String> env = new java.util.LinkedHashMap<>();
            for (Object from : Repo.list(c, "envFrom")) {
                String cm = Repo.str(from, "configMapRef", "name");
                if (cm != null) {
                    Repo.map(find("ConfigMap", cm), "data").forEach((k, v) -> env.put(k, String.valueOf(v)));
                }
            }
            for (Object e : Repo.list(c, "env")) {
                String name = Repo.str(e, "name");
                String secret = Repo.str(e, "valueFrom", "secretKeyRef", "name");
                String cmRef = Repo.str(e, "valueFrom", "configMapKeyRef", "name");
                if (secret != null) {
                    String key = secret + "/" + Repo.str(e, "valueFrom", "secretKeyRef", "key");
                    assertTrue(documented.contains(key), app + ": secret " + key + " is not created by deploy/README.md");
                    env.put(name, "(secret)");
                } else if (cmRef != null) {
                    Object value = Repo.map(find("ConfigMap", cmRef), "data").get(Repo.str(e, "valueFrom", "configMapKeyRef", "key"));
                    assertNotNull(value, app + ": " + name + " refers to a missing ConfigMap key");
                    env.put(name, String.valueOf(value));
                } else {
                    env.put(name, Repo.str(e, "value"));
                }
            }
            for (String required : RequiredSettings.of(app)) {
                assertTrue(env.containsKey(required), app + " lacks " + required);
            }
            assertEquals(String.valueOf(Repo.httpPort(app)), env.get("QUARKUS_HTTP_PORT"), app);
            if (Repo.SERVICES.contains(app)) {
                String db = "merit_" + app.replace("-service", "");
                assertEquals("jdbc:postgresql://postgres:5432/" + db, env.get("QUARKUS_DATASOURCE_JDBC_URL"));
                assertEquals("kafka:9092", env.get("KAFKA_BOOTSTRAP_SERVERS"));
            } else {
                for (String service : Repo.SERVICES) {
                    assertEquals("http://" + service + ":" + Repo.httpPort(service),
                            env.get(service.replace("-service", "").toUpperCase() + "_SERVICE_URL"));
                }
            }
        }
    }

    private static Map<String, Object> find(String kind, String name) {
        return RENDERED.stream().filter(d -> kind.equals(d.get("kind")) && name.equals(Repo.str(d, "metadata", "name")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + "/" + name + " in the rendered overlay"));
    }

    private static Map<String, Object> container(Map<String, Object> deployment) {
        return Repo.map(Repo.list(deployment, "spec", "template", "spec", "containers").get(0));
    }

    /** The Deployments whose pod template labels include every label of the selector. */
    private static Set<String> podsSelectedBy(Map<String, Object> matchLabels) {
        Map<String, Object> labels = matchLabels.containsKey("matchLabels") ? Repo.map(matchLabels, "matchLabels") : matchLabels;
        return RENDERED.stream().filter(d -> "Deployment".equals(d.get("kind")))
                .filter(d -> Repo.map(d, "spec", "template", "metadata", "labels").entrySet().containsAll(labels.entrySet()))
                .map(d -> Repo.str(d, "metadata", "name")).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Egress rules as namespace:port, where the namespace stands for the external service of the same name. */
    private static Set<String> egressTargets(Map<String, Object> policy) {
        Set<String> out = new LinkedHashSet<>();
        for (Object rule : Repo.list(policy, "spec", "egress")) {
            for (Object to : Repo.list(rule, "to")) {
                String ns = Repo.str(to, "namespaceSelector", "matchLabels", "kubernetes.io/metadata.name");
                if (ns != null) {
                    Repo.list(rule, "ports").forEach(p -> out.add(ns + ":" + Repo.str(p, "port")));
                }
            }
        }
        return out;
    }

    private static int memoryMi(String q) {
        return q.endsWith("Gi") ? Integer.parseInt(q.replace("Gi", "")) * 1024 : Integer.parseInt(q.replace("Mi", ""));
    }

    /** Partitions per Merit topic as the compose file's topic job creates them (and deploy/README.md sizes them). */
    private static int topicPartitions() {
        Matcher m = Pattern.compile("--topic \"\\$\\$t\" --partitions (\\d+)").matcher(Repo.read(Repo.COMPOSE.resolve("compose.yaml")));
        assertTrue(m.find());
        return Integer.parseInt(m.group(1));
    }

    /** secret-name/key for every `kubectl create secret generic NAME ... --from-literal=KEY=...` in deploy/README.md. */
    private static Set<String> documentedSecretKeys() {
        String guide = Repo.read(Repo.ROOT.resolve("deploy/README.md")).replace("\\\n", " ");
        Set<String> keys = new LinkedHashSet<>();
        Matcher cmd = Pattern.compile("kubectl create secret generic (\\S+)([^\\n]*)").matcher(guide);
        while (cmd.find()) {
            Matcher lit = Pattern.compile("--from-literal=([\\w.-]+)=").matcher(cmd.group(2));
            while (lit.find()) {
                keys.add(cmd.group(1) + "/" + lit.group(1));
            }
        }
        return keys;
    }
}
