package id.merit.infra;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ClusterIdTests {
    @Test
    void clusterIdsAre16BytesOfUrlSafeBase64AndNeverLookLikeAnOption() {
        // 1 in 64 raw ids starts with '-': 5 000 draws meet that case about 78 times.
        for (int i = 0; i < 5000; i++) {
            String id = KafkaBroker.clusterId();
            assertFalse(id.startsWith("-"), id);
            assertEquals(22, id.length(), id);
            assertEquals(16, Base64.getUrlDecoder().decode(id).length, id);
        }
    }
}
