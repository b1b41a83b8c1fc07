package cymru.cylch.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.jspecify.annotations.Nullable;

/**
 * A support plan revision that costs more than its indicative budget allows, waiting for a funding decision
 * ({@link FundingDecision}). It keeps the revision as the care manager wrote it and the allocation as scored on
 * the day, so that an approval makes exactly the revision that was asked for. Never changed once made.
 */
@Entity
@Table(name = "plan_funding_request")
public class FundingRequest {

    @Id
    private UUID id;

    @Column(name = "person_id")
    private UUID personId;

    @Column(name = "held_by")
    private UUID heldBy;

    @Column(name = "based_on_revision")
    private int basedOnRevision;

    // JSON text written as jsonb; read back as text by PlanJson.
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String draft;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String needs;

    @Column(name = "allocation_scheme")
    private String allocationScheme;

    @Column(name = "allocation_points")
    private int allocationPoints;

    @Column(name = "indicative_weekly_budget")
    private BigDecimal indicativeWeeklyBudget;

    @Column(name = "planned_weekly_cost")
    private BigDecimal plannedWeeklyCost;

    @Column(name = "margin_percent")
    private BigDecimal marginPercent;

    @Column(name = "requested_by")
    private @Nullable UUID requestedBy;

    @Column(name = "requested_at")
    private Instant requestedAt;

    protected FundingRequest() {
        // for JPA
    }

    FundingRequest(UUID id, UUID personId, UUID heldBy, int basedOnRevision, PlanJson.Stored stored,
                   ResourceAllocationScheme.Allocation allocation, BigDecimal plannedWeeklyCost,
                   FundingThreshold threshold, @Nullable UUID by, Instant now) {
        this.id = id;
        this.personId = personId;
        this.heldBy = heldBy;
        this.basedOnRevision = basedOnRevision;
        this.draft = stored.draft();
        this.needs = stored.needs();
        this.allocationScheme = allocation.scheme();
        this.allocationPoints = allocation.points();
        this.indicativeWeeklyBudget = allocation.indicativeWeeklyBudget();
        this.plannedWeeklyCost = plannedWeeklyCost;
        this.marginPercent = threshold.marginPercent();
        this.requestedBy = by;
        this.requestedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID personId() {
        return personId;
    }

    public UUID heldBy() {
        return heldBy;
    }

    public int basedOnRevision() {
        return basedOnRevision;
    }

    /** The revision number it becomes if approved. */
    public int revision() {
        return basedOnRevision + 1;
    }

    PlanJson.Stored stored() {
        return new PlanJson.Stored(draft, needs);
    }

    public String allocationScheme() {
        return allocationScheme;
    }

    public int allocationPoints() {
        return allocationPoints;
    }

    public BigDecimal indicativeWeeklyBudget() {
        return indicativeWeeklyBudget;
    }

    public BigDecimal plannedWeeklyCost() {
        return plannedWeeklyCost;
    }

    /** How much the plan costs a week above its budget. */
    public BigDecimal overBudget() {
        return plannedWeeklyCost.subtract(indicativeWeeklyBudget);
    }

    public BigDecimal marginPercent() {
        return marginPercent;
    }

    public @Nullable UUID requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }
}
