package id.merit.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Extracts a zip with java.util.zip and keeps the Unix file modes recorded in it (so {@code bin/kc.sh} stays
 * executable). java.util.zip does not expose those modes, so they are read from the zip's central directory.
 */
final class Unzip {
    private static final int EOCD = 0x06054b50;
    private static final int ZIP64_EOCD_LOCATOR = 0x07064b50;
    private static final int ZIP64_EOCD = 0x06064b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int HOST_UNIX = 3;

    private Unzip() {
    }

    /** Extracts {@code zip} into {@code target}, dropping the first {@code strip} path segments of each entry. */
    static void extract(Path zip, Path target, int strip) throws IOException {
        Map<String, Integer> modes = unixModes(zip);
        Path root = target.toAbsolutePath().normalize();
        Files.createDirectories(root);
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            for (ZipEntry e : Collections.list(zf.entries())) {
                String name = stripSegments(e.getName(), strip);
                if (name.isEmpty()) {
                    continue;
                }
                Path dest = root.resolve(name).normalize();
                if (!dest.startsWith(root)) {
                    throw new IOException("zip entry outside the target folder: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(dest);
                    continue;
                }
                Files.createDirectories(dest.getParent());
                try (InputStream in = zf.getInputStream(e)) {
                    Files.copy(in, dest, StandardCopyOption.REPLACE_EXISTING);
                }
                Integer mode = modes.get(e.getName());
                if (mode != null && (mode & 0777) != 0) {
                    Files.setPosixFilePermissions(dest, permissions(mode));
                }
            }
        }
    }

    private static String stripSegments(String name, int strip) {
        String n = name;
        for (int i = 0; i < strip; i++) {
            int slash = n.indexOf('/');
            if (slash < 0) {
                return "";
            }
            n = n.substring(slash + 1);
        }
        return n;
    }

    static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> p = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {
                PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
                PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        for (int bit = 0; bit < order.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                p.add(order[bit]);
            }
        }
        p.add(PosixFilePermission.OWNER_READ);
        p.add(PosixFilePermission.OWNER_WRITE);
        return p;
    }

    /** Entry name to Unix mode, for entries written on Unix (host system 3 in "version made by"). */
    static Map<String, Integer> unixModes(Path zip) throws IOException {
        try (FileChannel ch = FileChannel.open(zip, StandardOpenOption.READ)) {
            long size = ch.size();
            int tailLength = (int) Math.min(size, 22 + 65535);
            ByteBuffer tail = read(ch, size - tailLength, tailLength);
            int eocd = -1;
            for (int i = tailLength - 22; i >= 0; i--) {
                if (tail.getInt(i) == EOCD) {
                    eocd = i;
                    break;
                }
            }
            if (eocd < 0) {
                throw new IOException("not a zip file (no end of central directory): " + zip);
            }
            long entries = Short.toUnsignedLong(tail.getShort(eocd + 10));
            long cdSize = Integer.toUnsignedLong(tail.getInt(eocd + 12));
            long cdOffset = Integer.toUnsignedLong(tail.getInt(eocd + 16));
            if ((entries == 0xFFFF || cdSize == 0xFFFFFFFFL || cdOffset == 0xFFFFFFFFL) && eocd >= 20
                    && tail.getInt(eocd - 20) == ZIP64_EOCD_LOCATOR) {
                ByteBuffer z = read(ch, tail.getLong(eocd - 20 + 8), 56);
                if (z.getInt(0) == ZIP64_EOCD) {
                    entries = z.getLong(32);
                    cdSize = z.getLong(40);
                    cdOffset = z.getLong(48);
                }
            }
            if (cdSize > Integer.MAX_VALUE) {
                throw new IOException("central directory too large: " + zip);
            }
            ByteBuffer cd = read(ch, cdOffset, (int) cdSize);
            Map<String, Integer> modes = new HashMap<>();
            int pos = 0;
            for (long i = 0; i < entries && pos + 46 <= cd.limit() && cd.getInt(pos) == CENTRAL_HEADER; i++) {
                int host = Short.toUnsignedInt(cd.getShort(pos + 4)) >> 8;
                int nameLength = Short.toUnsignedInt(cd.getShort(pos + 28));
                int extraLength = Short.toUnsignedInt(cd.getShort(pos + 30));
                int commentLength = Short.toUnsignedInt(cd.getShort(pos + 32));
                int external = cd.getInt(pos + 38);
                byte[] name = new byte[nameLength];
                cd.get(pos + 46, name);
                if (host == HOST_UNIX) {
                    modes.put(new String(name, StandardCharsets.UTF_8), external >>> 16);
                }
                pos += 46 + nameLength + extraLength + commentLength;
            }
            return modes;
        }
    }

    private static ByteBuffer read(FileChannel ch, long position, int length) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            if (ch.read(b, position + b.position()) < 0) {
                throw new IOException("unexpected end of zip file");
            }
        }
        return b.flip();
    }
}
