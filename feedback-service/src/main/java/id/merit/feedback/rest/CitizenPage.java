package id.merit.feedback.rest;

import id.merit.feedback.domain.BerAkhlak;
import id.merit.feedback.domain.Score;
import id.merit.feedback.domain.SkmElement;
import id.merit.feedback.service.PublicFeedbackService;
import id.merit.feedback.service.PublicFeedbackService.Visit;
import id.merit.feedback.service.PublicFeedbackService.VisitState;
import id.merit.feedback.service.RateLimitedException;
import id.merit.platform.problem.ProblemException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The citizens' page behind the QR code: plain server-rendered HTML in Bahasa Indonesia, no JavaScript needed.
 * Qute escapes every value it prints, so whatever a unit or a citizen typed is shown as text.
 */
@Path("/f/{code}")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Public feedback (anonymous)")
@PermitAll
public class CitizenPage {
    static final int COMMENT_MAX = 1000;
    static final List<Option> SCALE = List.of(new Option(1, "Tidak baik"), new Option(2, "Kurang baik"),
            new Option(3, "Baik"), new Option(4, "Sangat baik"));

    @Inject
    PublicFeedbackService feedback;
    @Inject
    ClientRequests clients;

    public record Option(int value, String label) {
    }

    public record Question(String name, String label, Integer chosen) {
    }

    @CheckedTemplate
    static class Templates {
        /** @param citizen a CITIZEN's visit: the SKM elements and optional behaviour; else (STUDENT, PARENT) behaviour only */
        static native TemplateInstance form(Visit visit, boolean citizen, List<Question> elements, List<Question> behaviour,
                                            List<Option> scale, String comment, List<String> errors);

        static native TemplateInstance thanks();

        static native TemplateInstance gone(String title, String message);
    }

    @GET
    @Operation(summary = "Citizens' rating page (HTML)")
    public Response page(@PathParam("code") String code, @Context HttpServerRequest request) {
        try {
            clients.countAddress(request);
            Visit v = feedback.visit(code);
            if (v.state() != VisitState.OPEN) {
                return gone(v.state());
            }
            return Response.ok(form(v, Map.of(), Map.of(), "", List.of())).build();
        } catch (ProblemException e) {
            return problemPage(e);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Submit the citizens' rating form (HTML)")
    public Response submit(@PathParam("code") String code, MultivaluedMap<String, String> form, @Context HttpServerRequest request) {
        try {
            clients.countAddress(request);
            Visit v = feedback.visit(code);
            if (v.state() != VisitState.OPEN) {
                return gone(v.state());
            }
            List<String> errors = new ArrayList<>();
            // Only what the token's group is asked is read: a student's form has no SKM element to send.
            Map<SkmElement, Integer> elements = new EnumMap<>(SkmElement.class);
            if (v.group().answersSkm()) {
                for (SkmElement e : SkmElement.values()) {
                    Integer s = score(form.getFirst("e_" + e.name()));
                    if (s == null) {
                        errors.add("Mohon beri nilai untuk \"" + e.label() + "\".");
                    } else {
                        elements.put(e, s);
                    }
                }
            }
            Map<BerAkhlak, Integer> behaviour = new EnumMap<>(BerAkhlak.class);
            if (v.employeeName() != null) {
                for (BerAkhlak b : BerAkhlak.values()) {
                    Integer s = score(form.getFirst("b_" + b.name()));
                    if (s != null) {
                        behaviour.put(b, s);
                    }
                }
            }
            if (v.group().needsEmployee() && behaviour.isEmpty()) {
                errors.add("Mohon beri nilai untuk sedikitnya satu pertanyaan.");
            }
            String comment = form.getFirst("comment");
            if (comment != null && comment.length() > COMMENT_MAX) {
                errors.add("Saran terlalu panjang (paling banyak " + COMMENT_MAX + " karakter).");
            }
            if (comment != null && (comment.indexOf('<') >= 0 || comment.indexOf('>') >= 0)) {
                errors.add("Saran tidak boleh memuat tanda < atau >.");
            }
            if (!errors.isEmpty()) {
                return Response.status(400).entity(form(v, elements, behaviour, comment == null ? "" : comment, errors)).build();
            }
            clients.countChannel(feedback.channelOf(code));
            feedback.submit(code, elements, behaviour, comment);
            return Response.ok(Templates.thanks()).build();
        } catch (ProblemException e) {
            return problemPage(e);
        }
    }

    private static Integer score(String raw) {
        try {
            Integer s = raw == null ? null : Integer.valueOf(raw.trim());
            return Score.valid(s) ? s : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The form asks only what applies to the token's group: SKM elements for a CITIZEN, behaviour about an employee. */
    private static TemplateInstance form(Visit v, Map<SkmElement, Integer> elements, Map<BerAkhlak, Integer> behaviour, String comment,
                                         List<String> errors) {
        return Templates.form(v, v.group().answersSkm(), questions(v, elements), behaviourQuestions(v, behaviour), SCALE, comment, errors);
    }

    private static List<Question> questions(Visit v, Map<SkmElement, Integer> chosen) {
        List<Question> q = new ArrayList<>();
        if (!v.group().answersSkm()) {
            return q;
        }
        for (SkmElement e : SkmElement.values()) {
            q.add(new Question("e_" + e.name(), e.label(), chosen.get(e)));
        }
        return q;
    }

    private static final Map<BerAkhlak, String> BEHAVIOUR_LABELS = Map.of(
            BerAkhlak.BERORIENTASI_PELAYANAN, "Berorientasi pelayanan (ramah, cepat, membantu)",
            BerAkhlak.AKUNTABEL, "Akuntabel (jujur, bertanggung jawab)",
            BerAkhlak.KOMPETEN, "Kompeten (menguasai pekerjaannya)",
            BerAkhlak.HARMONIS, "Harmonis (menghargai setiap orang)",
            BerAkhlak.LOYAL, "Loyal (menjaga nama baik instansi)",
            BerAkhlak.ADAPTIF, "Adaptif (terbuka pada perubahan)",
            BerAkhlak.KOLABORATIF, "Kolaboratif (mau bekerja sama)");

    private static List<Question> behaviourQuestions(Visit v, Map<BerAkhlak, Integer> chosen) {
        List<Question> q = new ArrayList<>();
        if (v.employeeName() != null) {
            for (BerAkhlak b : BerAkhlak.values()) {
                q.add(new Question("b_" + b.name(), BEHAVIOUR_LABELS.get(b), chosen.get(b)));
            }
        }
        return q;
    }

    private static Response gone(VisitState state) {
        return state == VisitState.USED
                ? Response.status(409).entity(Templates.gone("Kode sudah digunakan",
                "Kode ini sudah digunakan untuk memberi penilaian. Setiap kunjungan dinilai satu kali. Terima kasih atas partisipasi Anda.")).build()
                : Response.status(410).entity(Templates.gone("Kode sudah kedaluwarsa",
                "Masa berlaku kode ini sudah habis. Silakan minta kode baru kepada petugas layanan bila ingin memberi penilaian.")).build();
    }

    private static Response problemPage(ProblemException e) {
        int status = e.problem().status();
        if (e instanceof RateLimitedException r) {
            return Response.status(429).header(HttpHeaders.RETRY_AFTER, r.retryAfterSeconds()).entity(Templates.gone("Terlalu banyak permintaan",
                    "Mohon tunggu sebentar (" + r.retryAfterSeconds() + " detik), lalu coba lagi.")).build();
        }
        if (status == 409) {
            return gone(VisitState.USED);
        }
        if (status == 410) {
            return gone(VisitState.EXPIRED);
        }
        return Response.status(status == 400 ? 400 : 404).entity(Templates.gone("Kode tidak ditemukan",
                "Kode ini tidak dikenal. Periksa kembali kode pada struk atau kartu yang Anda terima, atau pindai ulang kode QR.")).build();
    }
}
