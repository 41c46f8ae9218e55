package id.merit.appraisal;

import id.merit.appraisal.domain.BerAkhlak;
import id.merit.appraisal.domain.Rating;
import id.merit.appraisal.domain.SkpState;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Supplier;

/** Arranges state directly in the database so that each HTTP test acts as one caller on a known starting point. */
public final class Fixtures {
    public static final int YEAR = 2026;

    private Fixtures() {
    }

    public static void period(int year) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (Period.findById(year) == null) {
                Period p = new Period();
                p.year = year;
                p.subPeriodKind = Period.SubPeriodKind.QUARTERLY;
                p.status = Period.Status.OPEN;
                p.touch("fixture", now());
                p.persist();
            }
        });
    }

    public static void employee(String nip, String supervisorNip, UUID unitId) {
        QuarkusTransaction.requiringNew().run(() -> {
            EmployeeView e = EmployeeView.findById(nip);
            if (e == null) {
                e = new EmployeeView();
                e.nip = nip;
            }
            e.displayName = "Pegawai " + nip.substring(14);
            e.status = "ACTIVE";
            e.supervisorNip = supervisorNip;
            e.unitId = unitId;
            e.unitName = "Bidang Uji";
            e.positionName = "Analis";
            e.golongan = "III/c";
            e.version = 1;
            e.persist();
        });
    }

    /** An SKP in the given state with one RHK UTAMA (one indicator); RATED and later states carry a full rating. */
    public static Skp skp(String nip, String appraiserNip, int year, UUID unitId, SkpState state, Rating hasil, Rating perilaku) {
        period(year);
        return QuarkusTransaction.requiringNew().call(() -> {
            Skp s = new Skp();
            s.id = UUID.randomUUID();
            s.year = year;
            s.nip = nip;
            s.appraiserNip = appraiserNip;
            s.unitId = unitId;
            s.state = state;
            s.touch("fixture", now());
            if (state == SkpState.FINAL || state == SkpState.REOPENED) {
                s.finalizedAt = now();
            }
            if (state.hasPredikat()) {
                s.rate(hasil, perilaku);
                s.ratedAt = now();
                s.ratedBy = "fixture";
            }
            s.persistAndFlush();
            if (state.hasPredikat()) {
                for (BerAkhlak v : BerAkhlak.values()) {
                    BehaviourRating b = new BehaviourRating();
                    b.id = UUID.randomUUID();
                    b.skpId = s.id;
                    b.value = v;
                    b.rating = perilaku;
                    b.expectation = "sesuai ekspektasi pimpinan";
                    b.persist();
                }
            }
            Rhk r = new Rhk();
            r.id = UUID.randomUUID();
            r.skpId = s.id;
            r.kind = Rhk.Kind.UTAMA;
            r.text = "Tersusunnya dokumen perencanaan";
            r.createdAt = now();
            r.createdBy = "fixture";
            r.persist();
            Indicator i = new Indicator();
            i.id = UUID.randomUUID();
            i.rhkId = r.id;
            i.aspect = Indicator.Aspect.QUANTITY;
            i.description = "Jumlah dokumen";
            i.target = new BigDecimal("12");
            i.targetUnit = "dokumen";
            i.updatedAt = now();
            i.updatedBy = "fixture";
            i.persist();
            return s;
        });
    }

    public static Skp skp(String nip, String appraiserNip, SkpState state) {
        return skp(nip, appraiserNip, YEAR, null, state, Rating.MEETS, Rating.MEETS);
    }

    public static Skp reload(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Skp.findById(id));
    }

    public static <T> T inTx(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }

    public static UUID firstRhk(UUID skpId) {
        return inTx(() -> Rhk.ofSkp(skpId).get(0).id);
    }

    public static Indicator firstIndicator(UUID skpId) {
        return inTx(() -> Indicator.ofRhks(Rhk.ofSkp(skpId).stream().map(r -> r.id).toList()).get(0));
    }

    public static long historyCount(UUID skpId) {
        return inTx(() -> SkpHistory.count("skpId", skpId));
    }

    public static void setFinalizedAt(UUID skpId, OffsetDateTime at) {
        QuarkusTransaction.requiringNew().run(() -> {
            Skp s = Skp.findById(skpId);
            s.finalizedAt = at;
        });
    }

    /** Bounded polling for asynchronous effects (projections); no fixed sleeps. */
    public static void await(Duration timeout, Supplier<Boolean> condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!Boolean.TRUE.equals(condition.get())) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within " + timeout);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
