package id.merit.employee.domain;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who supervises whom: the holder of the head position of the unit above for a unit head, of the employee's own
 * unit for staff. A vacant head position passes supervision on to the next unit up (the acting chain).
 */
public final class Supervision {
    private Supervision() {
    }

    /** What the rule needs to know about the organisation. */
    public interface OrgView {
        UUID parentOf(UUID unit);

        UUID headPositionOf(UUID unit);

        /** The NIP of the (first, by NIP) holder of a position, if anyone holds it. */
        Optional<String> holderOf(UUID position);
    }

    public static Optional<String> supervisorOf(String nip, UUID positionId, UUID unitId, OrgView org) {
        if (unitId == null) {
            return Optional.empty();
        }
        boolean head = positionId != null && positionId.equals(org.headPositionOf(unitId));
        UUID unit = head ? org.parentOf(unitId) : unitId;
        Set<UUID> seen = new HashSet<>();
        while (unit != null && seen.add(unit) && seen.size() <= OrgTree.MAX_DEPTH) {
            UUID headPosition = org.headPositionOf(unit);
            if (headPosition != null) {
                Optional<String> holder = org.holderOf(headPosition).filter(h -> !h.equals(nip));
                if (holder.isPresent()) {
                    return holder;
                }
            }
            unit = org.parentOf(unit);
        }
        return Optional.empty();
    }
}
