package id.merit.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnzipTests {
    @TempDir
    Path dir;

    @Test
    void keepsUnixModesAndStripsTheTopFolder() throws IOException {
        Path zip = dir.resolve("dist.zip");
        Files.write(zip, withUnixModes(zipOf("keycloak-1/", "keycloak-1/bin/", "keycloak-1/bin/kc.sh",
                "keycloak-1/conf/keycloak.conf"), "keycloak-1/bin/kc.sh", 0100755, "keycloak-1/conf/keycloak.conf", 0100644));

        Unzip.extract(zip, dir.resolve("out"), 1);

        Path script = dir.resolve("out/bin/kc.sh");
        assertEquals("content of keycloak-1/bin/kc.sh", Files.readString(script));
        assertTrue(Files.isExecutable(script));
        assertFalse(Files.isExecutable(dir.resolve("out/conf/keycloak.conf")));
    }

    @Test
    void refusesEntriesOutsideTheTarget() throws IOException {
        Path zip = dir.resolve("evil.zip");
        Files.write(zip, zipOf("top/../../evil.txt"));
        assertThrows(IOException.class, () -> Unzip.extract(zip, dir.resolve("out"), 0));
        assertFalse(Files.exists(dir.resolve("evil.txt")));
    }

    private static byte[] zipOf(String... names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                if (!name.endsWith("/")) {
                    zip.write(("content of " + name).getBytes(StandardCharsets.UTF_8));
                }
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** ZipOutputStream cannot record Unix modes, so they are patched into the central directory as zip(1) writes them. */
    private static byte[] withUnixModes(byte[] zip, Object... nameAndMode) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        for (int pos = 0; pos + 46 <= zip.length; pos++) {
            if (b.getInt(pos) != 0x02014b50) {
                continue;
            }
            int nameLength = Short.toUnsignedInt(b.getShort(pos + 28));
            String name = new String(zip, pos + 46, nameLength, StandardCharsets.UTF_8);
            for (int i = 0; i < nameAndMode.length; i += 2) {
                if (nameAndMode[i].equals(name)) {
                    b.putShort(pos + 4, (short) (3 << 8 | 20));
                    b.putInt(pos + 38, (Integer) nameAndMode[i + 1] << 16);
                }
            }
        }
        return zip;
    }
}
