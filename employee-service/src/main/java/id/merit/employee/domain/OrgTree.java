package id.merit.employee.domain;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Rules of the organisation tree that need nothing but the parent links. */
public final class OrgTree {
    /** Deeper than any real government hierarchy; guards against a corrupted tree looping forever. */
    public static final int MAX_DEPTH = 64;

    private OrgTree() {
    }

    /** True when putting {@code unit} under {@code newParent} would close a loop (the parent is the unit or one of its descendants). */
    public static boolean wouldCreateCycle(UUID unit, UUID newParent, Function<UUID, UUID> parentOf) {
        Set<UUID> seen = new HashSet<>();
        for (UUID u = newParent; u != null; u = parentOf.apply(u)) {
            if (u.equals(unit) || !seen.add(u) || seen.size() > MAX_DEPTH) {
                return true;
            }
        }
        return false;
    }
}
