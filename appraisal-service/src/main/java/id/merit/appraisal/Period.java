package id.merit.appraisal;

import id.merit.platform.persistence.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An annual appraisal period; its year is the period reference other services use. */
@Entity
@Table(name = "period")
public class Period extends Audited {
    public enum SubPeriodKind {
        MONTHLY(12), QUARTERLY(4);

        public final int count;

        SubPeriodKind(int count) {
            this.count = count;
        }
    }

    public enum Status { OPEN, CLOSED }

    @Id
    public Integer year;
    @Enumerated(EnumType.STRING)
    @Column(name = "sub_period_kind", nullable = false)
    public SubPeriodKind subPeriodKind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
}
