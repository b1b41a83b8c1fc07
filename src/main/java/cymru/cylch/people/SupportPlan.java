package cymru.cylch.people;

import cymru.cylch.platform.database.StoredText;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/**
 * One revision of a person's outcome-focused support plan. Revisions are never changed: a new revision is a new
 * row, so the plan as it stood on any day can be shown, and why it changed.
 */
@Entity
@Table(name = "support_plan")
public class SupportPlan {

    @Id
    private UUID id;

    @Column(name = "person_id")
    private UUID personId;

    @Column(name = "held_by")
    private UUID heldBy;

    private int revision;

    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    @Enumerated(EnumType.STRING)
    private Arrangement arrangement;

    @Column(name = "allocation_scheme")
    private String allocationScheme;

    @Column(name = "allocation_points")
    private int allocationPoints;

    @Column(name = "indicative_weekly_budget")
    private BigDecimal indicativeWeeklyBudget;

    @Column(name = "person_contribution")
    private @Nullable String personContribution;

    @Column(name = "family_contribution")
    private @Nullable String familyContribution;

    @Column(name = "community_contribution")
    private @Nullable String communityContribution;

    @Column(name = "services_contribution")
    private @Nullable String servicesContribution;

    private @Nullable String reason;

    @Column(name = "revised_at_review")
    private @Nullable LocalDate revisedAtReview;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private @Nullable UUID createdBy;

    // Batched: a plan's history, or every plan of a council, loads its lines in a few queries, not two per plan.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "support_plan_need", joinColumns = @JoinColumn(name = "plan_id"))
    @BatchSize(size = 100)
    private List<AssessedNeed> needs = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "support_plan_support", joinColumns = @JoinColumn(name = "plan_id"))
    @BatchSize(size = 100)
    @OrderColumn(name = "position")
    private List<PlannedSupport> support = new ArrayList<>();

    protected SupportPlan() {
        // for JPA
    }

    SupportPlan(UUID id, UUID personId, UUID heldBy, int revision, PlanDraft draft,
                ResourceAllocationScheme.Allocation allocation, @Nullable UUID by, Instant now) {
        this.id = id;
        this.personId = personId;
        this.heldBy = heldBy;
        this.revision = revision;
        this.effectiveFrom = draft.effectiveFrom();
        this.arrangement = draft.arrangement();
        this.allocationScheme = allocation.scheme();
        this.allocationPoints = allocation.points();
        this.indicativeWeeklyBudget = allocation.indicativeWeeklyBudget();
        this.personContribution = StoredText.of(draft.contributions().person());
        this.familyContribution = StoredText.of(draft.contributions().family());
        this.communityContribution = StoredText.of(draft.contributions().community());
        this.servicesContribution = StoredText.of(draft.contributions().services());
        this.reason = StoredText.of(draft.reason());
        this.revisedAtReview = draft.revisedAtReview();
        this.createdAt = now;
        this.createdBy = by;
        this.needs.addAll(allocation.needs());
        draft.support().forEach(s -> this.support.add(new PlannedSupport(s.description().strip(),
                StoredText.of(s.providedBy()), s.hoursPerWeek(), s.weeklyCost())));
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

    public int revision() {
        return revision;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public Arrangement arrangement() {
        return arrangement;
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

    public PlanDraft.Contributions contributions() {
        return new PlanDraft.Contributions(personContribution, familyContribution, communityContribution,
                servicesContribution);
    }

    public @Nullable String reason() {
        return reason;
    }

    public @Nullable LocalDate revisedAtReview() {
        return revisedAtReview;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable UUID createdBy() {
        return createdBy;
    }

    public List<AssessedNeed> needs() {
        return List.copyOf(needs);
    }

    public List<PlannedSupport> support() {
        return List.copyOf(support);
    }

    /** The level assessed in one area, if this revision assessed it (a scheme may gain areas later). */
    public @Nullable Integer levelOf(String area) {
        return needs.stream().filter(n -> n.area().equals(area)).map(AssessedNeed::level).findFirst().orElse(null);
    }

    public BigDecimal plannedWeeklyCost() {
        return PlannedSupport.weeklyCostOf(support);
    }

    public BigDecimal plannedHoursPerWeek() {
        return support.stream().map(PlannedSupport::hoursPerWeek).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** How far the planned cost is above (positive) or below (negative) the indicative budget. */
    public BigDecimal costAgainstBudget() {
        return plannedWeeklyCost().subtract(indicativeWeeklyBudget);
    }

    /** The revision as a care manager would have written it, for the demo county's past funding decisions. */
    PlanDraft asDraft() {
        Map<String, Integer> levels = new HashMap<>();
        needs.forEach(n -> levels.put(n.area(), n.level()));
        return new PlanDraft(arrangement, effectiveFrom, levels, contributions(), support, revision - 1, reason,
                revisedAtReview);
    }

    /** The event that making this revision publishes. */
    SupportPlanChanged changed() {
        return new SupportPlanChanged(SupportPlanId.of(id), PersonId.of(personId), OrganisationId.of(heldBy), revision,
                arrangement(), effectiveFrom(), Money.of(indicativeWeeklyBudget()), Money.of(plannedWeeklyCost()),
                plannedHoursPerWeek(), revisedAtReview());
    }
}
