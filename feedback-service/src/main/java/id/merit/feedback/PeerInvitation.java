package id.merit.feedback;

import id.merit.feedback.domain.BerAkhlak;
import id.merit.feedback.domain.RaterGroup;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One rater invited to one round, with their answer once given (BerAKHLAK scores 1-4 and an optional comment). */
@Entity
@Table(name = "peer_invitation")
public class PeerInvitation extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "round_id", nullable = false)
    public UUID roundId;
    @Column(name = "rater_nip", nullable = false)
    public String raterNip;
    @Enumerated(EnumType.STRING)
    @Column(name = "rater_group", nullable = false)
    public RaterGroup group;
    @Column(name = "invited_by", nullable = false)
    public String invitedBy;
    @Column(name = "invited_at", nullable = false)
    public OffsetDateTime invitedAt;
    @Column(nullable = false)
    public boolean answered;
    @Column(name = "s_berorientasi_pelayanan")
    public Short berorientasiPelayanan;
    @Column(name = "s_akuntabel")
    public Short akuntabel;
    @Column(name = "s_kompeten")
    public Short kompeten;
    @Column(name = "s_harmonis")
    public Short harmonis;
    @Column(name = "s_loyal")
    public Short loyal;
    @Column(name = "s_adaptif")
    public Short adaptif;
    @Column(name = "s_kolaboratif")
    public Short kolaboratif;
    public String comment;

    public Map<BerAkhlak, Integer> scores() {
        Map<BerAkhlak, Integer> m = new EnumMap<>(BerAkhlak.class);
        if (answered) {
            m.put(BerAkhlak.BERORIENTASI_PELAYANAN, berorientasiPelayanan.intValue());
            m.put(BerAkhlak.AKUNTABEL, akuntabel.intValue());
            m.put(BerAkhlak.KOMPETEN, kompeten.intValue());
            m.put(BerAkhlak.HARMONIS, harmonis.intValue());
            m.put(BerAkhlak.LOYAL, loyal.intValue());
            m.put(BerAkhlak.ADAPTIF, adaptif.intValue());
            m.put(BerAkhlak.KOLABORATIF, kolaboratif.intValue());
        }
        return m;
    }

    public void answer(Map<BerAkhlak, Integer> s, String comment) {
        berorientasiPelayanan = s.get(BerAkhlak.BERORIENTASI_PELAYANAN).shortValue();
        akuntabel = s.get(BerAkhlak.AKUNTABEL).shortValue();
        kompeten = s.get(BerAkhlak.KOMPETEN).shortValue();
        harmonis = s.get(BerAkhlak.HARMONIS).shortValue();
        loyal = s.get(BerAkhlak.LOYAL).shortValue();
        adaptif = s.get(BerAkhlak.ADAPTIF).shortValue();
        kolaboratif = s.get(BerAkhlak.KOLABORATIF).shortValue();
        this.comment = comment;
        answered = true;
    }

    public static List<PeerInvitation> ofRound(UUID roundId) {
        return list("roundId = ?1 order by group, id", roundId);
    }
}
