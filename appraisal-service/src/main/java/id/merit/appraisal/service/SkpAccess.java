package id.merit.appraisal.service;

import id.merit.appraisal.EmployeeView;
import id.merit.appraisal.Skp;
import id.merit.platform.problem.ProblemException;
import id.merit.platform.security.Caller;
import id.merit.platform.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Object-level rules (DESIGN §6): the employee acts on their own SKP, the appraiser on the SKPs they appraise,
 * the appraiser's superior on objections; hr-admin and auditor read everything.
 */
@RequestScoped
public class SkpAccess {
    @Inject
    Caller caller;

    public boolean isOwner(Skp s) {
        return caller.is(s.nip);
    }

    public boolean isAppraiser(Skp s) {
        return caller.is(s.appraiserNip);
    }

    /** The appraiser's own supervisor (atasan pejabat penilai), who decides objections. */
    public boolean isAppraisersSuperior(Skp s) {
        return caller.is(superiorOf(s));
    }

    public static String superiorOf(Skp s) {
        EmployeeView appraiser = EmployeeView.findById(s.appraiserNip);
        return appraiser == null ? null : appraiser.supervisorNip;
    }

    public void requireRead(Skp s) {
        if (caller.isHrAdmin() || caller.hasRole(Roles.AUDITOR) || isOwner(s) || isAppraiser(s) || isAppraisersSuperior(s)) {
            return;
        }
        throw ProblemException.forbidden("only the employee, their appraiser, the appraiser's superior, hr-admin or an auditor may read this SKP");
    }

    /** The registry export is also for the integration systems that write results to SIASN. */
    public void requireRegistryRead(Skp s) {
        if (caller.hasRole(Roles.INTEGRATION)) {
            return;
        }
        requireRead(s);
    }

    public void requireOwner(Skp s, String action) {
        if (!isOwner(s)) {
            throw ProblemException.forbidden("only the employee whose SKP this is may " + action);
        }
    }

    public void requireAppraiser(Skp s, String action) {
        if (!isAppraiser(s)) {
            throw ProblemException.forbidden("only the appraiser of this SKP may " + action);
        }
    }

    public void requireSuperior(Skp s, String action) {
        if (!isAppraisersSuperior(s)) {
            throw ProblemException.forbidden("only the appraiser's superior may " + action);
        }
    }

    public void requireSelfOrReader(String nip, String what) {
        if (caller.isHrAdmin() || caller.hasRole(Roles.AUDITOR) || caller.is(nip)) {
            return;
        }
        throw ProblemException.forbidden("only the employee, hr-admin or an auditor may read " + what);
    }
}
