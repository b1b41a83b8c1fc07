package cymru.cylch.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The decision on one {@link FundingRequest}: who decided what, when and why. One per request, never changed. */
@Entity
@Table(name = "plan_funding_decision")
public class FundingDecision {

    @Id
    @Column(name = "request_id")
    private UUID requestId;

    @Column(name = "held_by")
    private UUID heldBy;

    @Enumerated(EnumType.STRING)
    private FundingVerdict verdict;

    @Column(name = "approved_weekly_amount")
    private @Nullable BigDecimal approvedWeeklyAmount;

    private @Nullable String reasons;

    @Column(name = "plan_id")
    private @Nullable UUID planId;

    @Column(name = "decided_by")
    private @Nullable UUID decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected FundingDecision() {
        // for JPA
    }

    FundingDecision(FundingRequest request, FundingVerdict verdict, @Nullable BigDecimal approvedWeeklyAmount,
                    @Nullable String reasons, @Nullable SupportPlan plan, @Nullable UUID by, Instant now) {
        this.requestId = request.id();
        this.heldBy = request.heldBy();
        this.verdict = verdict;
        this.approvedWeeklyAmount = approvedWeeklyAmount;
        this.reasons = reasons;
        this.planId = plan == null ? null : plan.id();
        this.decidedBy = by;
        this.decidedAt = now;
    }

    public UUID requestId() {
        return requestId;
    }

    public FundingVerdict verdict() {
        return verdict;
    }

    public @Nullable BigDecimal approvedWeeklyAmount() {
        return approvedWeeklyAmount;
    }

    public @Nullable String reasons() {
        return reasons;
    }

    /** The revision that took effect, for an approval. */
    public @Nullable UUID planId() {
        return planId;
    }

    public @Nullable UUID decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
