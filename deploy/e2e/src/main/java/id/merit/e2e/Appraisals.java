package id.merit.e2e;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * DESIGN §2 flow 2 (appraisal year) as the three people who act in it: hr-admin (BKPSDM), the employee who owns the
 * SKP and the appraiser. Each step looks at the SKP's state first and does only what is still missing, so a script
 * that stopped half-way can run again and a finished year is left as it is.
 */
public final class Appraisals {
    public static final List<String> BERAKHLAK = List.of("BERORIENTASI_PELAYANAN", "AKUNTABEL", "KOMPETEN", "HARMONIS",
            "LOYAL", "ADAPTIF", "KOLABORATIF");

    private Appraisals() {
    }

    /** The employee's SKP of the year (hr-admin creates it when missing; an existing one is found in the owner's list). */
    public static JsonNode ensureSkp(Merit hr, Merit owner, int year, String nip) {
        Optional<JsonNode> mine = find(owner, year);
        if (mine.isPresent()) {
            return mine.get();
        }
        Api.Res r = hr.post("/api/v1/skp").json(Map.of("year", year, "nip", nip)).send();
        if (r.status() == 409) {
            return find(owner, year).orElseThrow(() -> new Api.ApiException("409 for the SKP of " + nip + " but not in /skp/mine: " + r));
        }
        return r.expect(201).json();
    }

    private static Optional<JsonNode> find(Merit owner, int year) {
        for (JsonNode s : owner.get("/api/v1/skp/mine?size=100").send().expect(200).json().path("items")) {
            if (s.path("year").asInt() == year) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public static Api.Res detail(Merit reader, String skpId) {
        return reader.get("/api/v1/skp/" + skpId).send().expect(200);
    }

    /** A plan (one RHK UTAMA with a quantity and a time indicator) drafted by the owner and submitted, unless done. */
    public static void draftAndSubmit(Merit owner, String skpId, String rhkText, int target) {
        Api.Res d = detail(owner, skpId);
        if (!"DRAFT".equals(d.json().path("state").asText())) {
            return;
        }
        if (d.json().path("rhk").isEmpty()) {
            Map<String, Object> rhk = new LinkedHashMap<>();
            rhk.put("kind", "UTAMA");
            rhk.put("text", rhkText);
            rhk.put("indicators", List.of(
                    indicator("QUANTITY", "Jumlah keluaran yang diselesaikan", target, "dokumen"),
                    indicator("TIME", "Ketepatan waktu penyelesaian", 12, "bulan")));
            owner.post("/api/v1/skp/" + skpId + "/rhk").json(rhk).send().expect(201);
            d = detail(owner, skpId);
        }
        owner.post("/api/v1/skp/" + skpId + "/submit").ifMatch(d.etag()).send().expect(200);
    }

    private static Map<String, Object> indicator(String aspect, String description, int target, String unit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("aspect", aspect);
        m.put("description", description);
        m.put("target", target);
        m.put("targetUnit", unit);
        return m;
    }

    /** The appraiser agrees a submitted plan. */
    public static void agree(Merit appraiser, String skpId) {
        Api.Res d = detail(appraiser, skpId);
        if ("SUBMITTED".equals(d.json().path("state").asText())) {
            appraiser.post("/api/v1/skp/" + skpId + "/agree").ifMatch(d.etag()).send().expect(200);
        }
    }

    /** The owner reports each quarter of the first indicator (with an evidence link) unless realisations exist. */
    public static int realise(Merit owner, String skpId, int quarters, int perQuarter) {
        Api.Res d = detail(owner, skpId);
        if (!"AGREED".equals(d.json().path("state").asText())
                || owner.get("/api/v1/skp/" + skpId + "/realisations").send().expect(200).json().size() > 0) {
            return 0;
        }
        String indicatorId = d.json().path("rhk").path(0).path("indicators").path(0).path("id").asText();
        for (int q = 1; q <= quarters; q++) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("indicatorId", indicatorId);
            r.put("subPeriod", q);
            r.put("actionPlan", "Rencana aksi triwulan " + q);
            r.put("value", perQuarter);
            r.put("narrative", "Realisasi triwulan " + q + " sesuai rencana");
            r.put("evidence", List.of(Map.of("url", "https://arsip.palangkaraya.go.id/skp/" + skpId + "/tw" + q + ".pdf",
                    "label", "Laporan triwulan " + q)));
            owner.post("/api/v1/skp/" + skpId + "/realisations").json(r).send().expect(201);
        }
        return quarters;
    }

    /** The appraiser's rating (all seven BerAKHLAK values at the Perilaku Kerja rating) of an AGREED SKP. */
    public static JsonNode rate(Merit appraiser, String skpId, String hasilKerja, String perilakuKerja) {
        Api.Res d = detail(appraiser, skpId);
        String state = d.json().path("state").asText();
        if (!"AGREED".equals(state)) {
            return d.json();
        }
        List<Map<String, Object>> values = new ArrayList<>();
        for (String v : BERAKHLAK) {
            values.add(Map.of("value", v, "rating", perilakuKerja, "expectation", "Menunjukkan nilai " + v.toLowerCase().replace('_', ' ')
                    + " dalam pekerjaan sehari-hari", "feedback", "Pertahankan"));
        }
        return appraiser.put("/api/v1/skp/" + skpId + "/rating").ifMatch(d.etag())
                .json(Map.of("hasilKerja", hasilKerja, "perilakuKerja", perilakuKerja, "berakhlak", values))
                .send().expect(200).json();
    }

    /**
     * Every step up to RATED for one employee and year; returns the SKP summary. Realisation is reported for the
     * four quarters of a QUARTERLY period.
     */
    public static JsonNode toRated(Merit hr, Merit owner, Merit appraiser, int year, String nip, String rhkText,
                                   String hasilKerja, String perilakuKerja) {
        return toRated(hr, owner, appraiser, year, nip, rhkText, hasilKerja, perilakuKerja, 4);
    }

    /** As above, with realisation for the first {@code quarters} quarters (0 for none). */
    public static JsonNode toRated(Merit hr, Merit owner, Merit appraiser, int year, String nip, String rhkText,
                                   String hasilKerja, String perilakuKerja, int quarters) {
        String id = ensureSkp(hr, owner, year, nip).path("id").asText();
        draftAndSubmit(owner, id, rhkText, 12);
        agree(appraiser, id);
        if (quarters > 0) {
            realise(owner, id, quarters, 3);
        }
        rate(appraiser, id, hasilKerja, perilakuKerja);
        return detail(owner, id).json();
    }

    /** hr-admin records the unit's own result of the year (the curve the distribution is checked against). */
    public static void unitResult(Merit hr, UUID unitId, int year, String result) {
        hr.put("/api/v1/appraisals/units/" + unitId + "/result?year=" + year).json(Map.of("result", result)).send().expect(200);
    }

    public static JsonNode distribution(Merit hr, UUID unitId, int year) {
        return hr.get("/api/v1/appraisals/units/" + unitId + "/distribution?year=" + year).send().expect(200).json();
    }

    /** RATED → FINAL for the unit; {@code overrideReason} may be null. Returns the raw answer (409 when the curve is broken). */
    public static Api.Res finalizeUnit(Merit hr, UUID unitId, int year, String overrideReason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("overrideReason", overrideReason);
        return hr.post("/api/v1/appraisals/units/" + unitId + "/finalization?year=" + year).json(body).send();
    }

    /** The predikat the curve allows for a Hasil Kerja / Perilaku Kerja pair (DESIGN §3 matrix), for checks. */
    public static String predikat(String hasilKerja, String perilakuKerja) {
        if ("BELOW".equals(perilakuKerja)) {
            return "BELOW".equals(hasilKerja) ? "SANGAT_KURANG" : "KURANG";
        }
        if ("BELOW".equals(hasilKerja)) {
            return "BUTUH_PERBAIKAN";
        }
        return "ABOVE".equals(hasilKerja) && "ABOVE".equals(perilakuKerja) ? "SANGAT_BAIK" : "BAIK";
    }
}
