package id.merit.employee;

import id.merit.employee.domain.TrainingSource;
import id.merit.employee.domain.TrainingType;
import id.merit.platform.persistence.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One completed development activity of an employee; hours are JP (jam pelajaran). */
@Entity
@Table(name = "training")
public class Training extends Audited {
    /** Stable order of an employee's trainings (list, snapshot and event): by end date, then id. */
    public static final String ORDER = "endDate, id";

    @Id
    public UUID id;
    @Column(nullable = false)
    public String nip;
    @Column(nullable = false)
    public String title;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TrainingType type;
    public String provider;
    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;
    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;
    @Column(nullable = false)
    public int hours;
    @Convert(converter = JsonColumns.CodesColumn.class)
    @Column(nullable = false)
    public List<String> competencies;
    @Column(name = "evidence_url")
    public String evidenceUrl;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TrainingSource source;
    /** rw-diklat or rw-kursus for imported rows. */
    @Column(name = "registry_source")
    public String registrySource;
    /** The registry's own id of the row, so a re-import updates instead of duplicating. */
    @Column(name = "registry_id")
    public String registryId;

    public static List<Training> of(String nip) {
        return list("nip = ?1 order by " + ORDER, nip);
    }

    /** Activities that count in {@code year}: those that ended in it. */
    public static List<Training> endingIn(String nip, int year) {
        return list("nip = ?1 and endDate >= ?2 and endDate < ?3 order by " + ORDER, nip,
                LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }
}
