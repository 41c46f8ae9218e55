package id.merit.employee.service;

import id.merit.employee.OrgUnit;
import id.merit.employee.events.UnitSnapshot;
import id.merit.platform.outbox.Outbox;
import id.merit.platform.problem.ProblemException;
import id.merit.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Organisation units: every change and its unit.upserted event commit together. */
@ApplicationScoped
public class OrgUnitService {
    @Inject
    Outbox outbox;
    @Inject
    Caller caller;

    @Transactional
    public OrgUnit create(String code, String name, UUID parentId) {
        if (OrgUnit.findByCode(code).isPresent()) {
            throw ProblemException.conflict("a unit with code " + code + " already exists");
        }
        if (parentId != null && OrgUnit.findById(parentId) == null) {
            throw ProblemException.invalid("body.parentId", "unit " + parentId + " does not exist");
        }
        OrgUnit u = new OrgUnit();
        u.id = UUID.randomUUID();
        u.code = code;
        u.name = name;
        u.parentId = parentId;
        u.touch(caller.id(), OffsetDateTime.now(ZoneOffset.UTC));
        u.persistAndFlush();
        publish(u);
        return u;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrgUnit get(UUID id) {
        OrgUnit u = OrgUnit.findById(id);
        if (u == null) {
            throw ProblemException.notFound("unit", id);
        }
        return u;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrgUnit> list(int offset, int size) {
        return OrgUnit.findAll(io.quarkus.panache.common.Sort.by("code").and("id")).range(offset, offset + size - 1).list();
    }

    private void publish(OrgUnit u) {
        outbox.publish(UnitSnapshot.TOPIC, u.id.toString(), UnitSnapshot.TYPE, u.id.toString(), UnitSnapshot.of(u));
    }
}
