package id.merit.feedback.rest;

import id.merit.feedback.domain.BerAkhlak;
import id.merit.feedback.domain.SkmElement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.EnumMap;
import java.util.Map;

/**
 * A rating of one visit. What applies follows the visit token's group, not this body: CITIZEN sends the nine SKM
 * elements (1-4) and, about an employee, optional behaviour ratings; STUDENT and PARENT send behaviour ratings only
 * (at least one) and no elements. An optional comment either way.
 */
@Schema(name = "PublicSubmission")
public record PublicSubmission(@Valid @Schema(description = "CITIZEN: required; STUDENT, PARENT: must be absent") Elements elements,
                               @Valid @Schema(description = "about an employee only; STUDENT, PARENT: at least one value") Behaviour behaviour,
                               @Size(max = 1000) @Pattern(regexp = NO_MARKUP, message = NO_MARKUP_MESSAGE) String comment) {
    /** Free text is plain text: markup is refused outright rather than stored and escaped later. */
    public static final String NO_MARKUP = "[^<>]*";
    public static final String NO_MARKUP_MESSAGE = "must not contain < or >";

    @Schema(name = "SkmElements", description = "each of the nine elements on the 1-4 scale")
    public record Elements(
            @NotNull @Min(1) @Max(4) Integer PERSYARATAN,
            @NotNull @Min(1) @Max(4) Integer PROSEDUR,
            @NotNull @Min(1) @Max(4) Integer WAKTU_PENYELESAIAN,
            @NotNull @Min(1) @Max(4) Integer BIAYA_TARIF,
            @NotNull @Min(1) @Max(4) Integer PRODUK_LAYANAN,
            @NotNull @Min(1) @Max(4) Integer KOMPETENSI_PELAKSANA,
            @NotNull @Min(1) @Max(4) Integer PERILAKU_PELAKSANA,
            @NotNull @Min(1) @Max(4) Integer PENANGANAN_PENGADUAN,
            @NotNull @Min(1) @Max(4) Integer SARANA_PRASARANA) {
        /** The nine elements; empty when none were sent. */
        public static Map<SkmElement, Integer> asMap(Elements e) {
            return e == null ? Map.of() : e.asMap();
        }

        public Map<SkmElement, Integer> asMap() {
            Map<SkmElement, Integer> m = new EnumMap<>(SkmElement.class);
            m.put(SkmElement.PERSYARATAN, PERSYARATAN);
            m.put(SkmElement.PROSEDUR, PROSEDUR);
            m.put(SkmElement.WAKTU_PENYELESAIAN, WAKTU_PENYELESAIAN);
            m.put(SkmElement.BIAYA_TARIF, BIAYA_TARIF);
            m.put(SkmElement.PRODUK_LAYANAN, PRODUK_LAYANAN);
            m.put(SkmElement.KOMPETENSI_PELAKSANA, KOMPETENSI_PELAKSANA);
            m.put(SkmElement.PERILAKU_PELAKSANA, PERILAKU_PELAKSANA);
            m.put(SkmElement.PENANGANAN_PENGADUAN, PENANGANAN_PENGADUAN);
            m.put(SkmElement.SARANA_PRASARANA, SARANA_PRASARANA);
            return m;
        }
    }

    @Schema(name = "PublicBehaviour", description = "optional 1-4 ratings of the employee on the values that apply")
    public record Behaviour(
            @Min(1) @Max(4) Integer BERORIENTASI_PELAYANAN,
            @Min(1) @Max(4) Integer AKUNTABEL,
            @Min(1) @Max(4) Integer KOMPETEN,
            @Min(1) @Max(4) Integer HARMONIS,
            @Min(1) @Max(4) Integer LOYAL,
            @Min(1) @Max(4) Integer ADAPTIF,
            @Min(1) @Max(4) Integer KOLABORATIF) {
        /** The values rated; empty when none were sent. */
        public static Map<BerAkhlak, Integer> asMap(Behaviour b) {
            return b == null ? Map.of() : b.asMap();
        }

        public Map<BerAkhlak, Integer> asMap() {
            Map<BerAkhlak, Integer> m = new EnumMap<>(BerAkhlak.class);
            put(m, BerAkhlak.BERORIENTASI_PELAYANAN, BERORIENTASI_PELAYANAN);
            put(m, BerAkhlak.AKUNTABEL, AKUNTABEL);
            put(m, BerAkhlak.KOMPETEN, KOMPETEN);
            put(m, BerAkhlak.HARMONIS, HARMONIS);
            put(m, BerAkhlak.LOYAL, LOYAL);
            put(m, BerAkhlak.ADAPTIF, ADAPTIF);
            put(m, BerAkhlak.KOLABORATIF, KOLABORATIF);
            return m;
        }

        private static void put(Map<BerAkhlak, Integer> m, BerAkhlak k, Integer v) {
            if (v != null) {
                m.put(k, v);
            }
        }
    }
}
