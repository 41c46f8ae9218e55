package id.merit.appraisal;

import id.merit.appraisal.domain.BerAkhlak;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One entry of the performance dialogue between employee and appraiser, about an RHK or a BerAKHLAK value. */
@Entity
@Table(name = "dialogue_entry")
public class DialogueEntry extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "skp_id", nullable = false)
    public UUID skpId;
    @Column(name = "rhk_id")
    public UUID rhkId;
    @Enumerated(EnumType.STRING)
    public BerAkhlak berakhlak;
    @Column(name = "author_nip", nullable = false)
    public String authorNip;
    @Column(nullable = false)
    public String text;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
