package id.merit.placement;

import id.merit.placement.domain.ActivityType;
import id.merit.placement.domain.DevelopmentPlanner;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One activity of a plan; its changes bump the plan's version (the plan is the unit of If-Match). */
@Entity
@Table(name = "development_item")
public class DevelopmentItem extends PanacheEntityBase {
    public enum Origin { RECOMMENDED, MANUAL }

    public enum Status { PLANNED, DONE, DROPPED }

    @Id
    public UUID id;
    @Column(name = "plan_id", nullable = false)
    public UUID planId;
    @Column(nullable = false)
    public int ordinal;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Origin origin;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DevelopmentPlanner.Kind kind;
    @Column(nullable = false)
    public String focus;
    @Column(name = "focus_label", nullable = false)
    public String focusLabel;
    @Enumerated(EnumType.STRING)
    @Column(name = "activity_type", nullable = false)
    public ActivityType activityType;
    @Column(name = "suggested_jp", nullable = false)
    public int suggestedJp;
    @Column(nullable = false)
    public String reason;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    @Column(name = "drop_reason")
    public String dropReason;
    @Column(name = "status_at")
    public OffsetDateTime statusAt;
    @Column(name = "status_by")
    public String statusBy;

    public String key() {
        return kind + ":" + focus;
    }
}
