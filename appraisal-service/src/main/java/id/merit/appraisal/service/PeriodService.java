package id.merit.appraisal.service;

import id.merit.appraisal.Period;
import id.merit.appraisal.config.AppraisalConfig;
import id.merit.platform.problem.ProblemException;
import id.merit.platform.rest.Versions;
import id.merit.platform.security.Caller;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Annual periods, opened and closed by hr-admin. */
@ApplicationScoped
public class PeriodService {
    @Inject
    Caller caller;
    @Inject
    AppraisalConfig config;

    @Transactional
    public Period open(int year, Period.SubPeriodKind kind) {
        if (Period.findById(year) != null) {
            throw ProblemException.conflict("the period " + year + " already exists");
        }
        Period p = new Period();
        p.year = year;
        p.subPeriodKind = kind;
        p.status = Period.Status.OPEN;
        p.touch(caller.id(), OffsetDateTime.now(ZoneOffset.UTC));
        p.persistAndFlush();
        return p;
    }

    @Transactional
    public Period close(int year, String ifMatch) {
        Period p = get(year);
        Versions.check(ifMatch, p.version);
        if (p.status == Period.Status.CLOSED) {
            throw ProblemException.illegalState("the period " + year + " is already closed");
        }
        p.status = Period.Status.CLOSED;
        p.touch(caller.id(), OffsetDateTime.now(ZoneOffset.UTC));
        p.flush();
        return p;
    }

    /** The year a read asked for, or the current year in the service's zone (MERIT_APPRAISAL_ZONE) when it named none. */
    public int yearOrCurrent(Integer year) {
        return year != null ? year : LocalDate.now(config.zone()).getYear();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Period get(int year) {
        Period p = Period.findById(year);
        if (p == null) {
            throw ProblemException.notFound("period", year);
        }
        return p;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Period> list(int offset, int size) {
        return Period.findAll(Sort.descending("year")).range(offset, offset + size - 1).list();
    }
}
