package id.merit.employee.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The competency standard (SKJ) of a position: the nine standard competencies plus technical ones, levels 1-5. */
public final class CompetencyStandard {
    private CompetencyStandard() {
    }

    public record Requirement(String code, String name, CompetencyKind kind, int requiredLevel) {
    }

    /** The eight managerial competencies and Perekat Bangsa, each at the type's default level. */
    public static List<Requirement> defaults(PositionType type, FungsionalLevel level) {
        int l = type.defaultManagerialLevel(level);
        return Competency.standard().stream().map(c -> new Requirement(c.name(), c.title, c.kind, l)).toList();
    }

    /** Defaults with the given entries laid over them (same code replaces the default; new codes are technical). */
    public static List<Requirement> withOverrides(PositionType type, FungsionalLevel level, List<Requirement> given) {
        Map<String, Requirement> byCode = new LinkedHashMap<>();
        defaults(type, level).forEach(r -> byCode.put(r.code(), r));
        for (Requirement r : given) {
            Requirement d = byCode.get(r.code());
            String name = r.name() != null ? r.name() : d != null ? d.name() : null;
            byCode.put(r.code(), new Requirement(r.code(), name, Competency.kindOf(r.code()), r.requiredLevel()));
        }
        return new ArrayList<>(byCode.values());
    }
}
