package id.merit.manifests;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** deploy/docker: one Dockerfile for every app, non-root with a health check; the build script needs no engine to plan. */
class DockerImageTests {
    private final String dockerfile = Repo.read(Repo.ROOT.resolve("deploy/docker/Dockerfile"));

    @Test
    void the_image_runs_as_a_non_root_user_and_checks_its_liveness_endpoint() {
        List<String> users = dockerfile.lines().filter(l -> l.startsWith("USER ")).toList();
        assertEquals(List.of("USER 185:185"), users);
        assertTrue(dockerfile.lines().anyMatch(l -> l.startsWith("HEALTHCHECK ")));
        assertTrue(dockerfile.contains("GET /q/health/live"));
        assertTrue(dockerfile.contains("ARG APP") && dockerfile.contains("${APP}/target/quarkus-app/lib/"));
        assertTrue(dockerfile.contains("quarkus-run.jar"));
    }

    @Test
    void the_build_script_plans_one_image_per_app_with_its_port_without_a_container_engine() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", Repo.ROOT.resolve("deploy/docker/build-images.sh").toString(), "--dry-run", "--no-build")
                .redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
        List<String> builds = out.lines().filter(l -> l.contains(" build ")).toList();
        assertEquals(Repo.APPS.size(), builds.size(), out);
        for (String app : Repo.APPS) {
            assertTrue(builds.stream().anyMatch(b -> b.contains("--build-arg APP=" + app + " ") && b.contains("--build-arg PORT=" + Repo.httpPort(app) + " ")
                    && b.contains("-t merit/" + app + ":")), app + " not planned correctly: " + out);
        }
    }

    @Test
    void compose_builds_each_app_from_the_same_dockerfile() {
        Map<String, Object> compose = Repo.yaml(Repo.COMPOSE.resolve("compose.yaml"));
        for (String app : Repo.APPS) {
            assertEquals("deploy/docker/Dockerfile", Repo.str(compose, "services", app, "build", "dockerfile"));
            assertEquals(app, Repo.str(compose, "services", app, "build", "args", "APP"));
        }
    }
}
