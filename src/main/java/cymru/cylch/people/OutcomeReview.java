package cymru.cylch.people;

import cymru.cylch.platform.database.StoredText;
import cymru.cylch.platform.ids.OrganisationId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One review of one personal outcome. Never changed: a later review is a new record. */
@Entity
@Table(name = "outcome_review")
public class OutcomeReview {

    @Id
    private UUID id;

    @Column(name = "outcome_id")
    private UUID outcomeId;

    @Column(name = "person_id")
    private UUID personId;

    @Column(name = "held_by")
    private UUID heldBy;

    @Column(name = "reviewed_on")
    private LocalDate reviewedOn;

    @Enumerated(EnumType.STRING)
    private Rating rating;

    @Column(name = "progress_score")
    private int progressScore;

    private String evidence;

    @Column(name = "person_view")
    private @Nullable String personView;

    @Column(name = "carer_view")
    private @Nullable String carerView;

    @Column(name = "provider_view")
    private @Nullable String providerView;

    @Column(name = "worker_view")
    private @Nullable String workerView;

    @Column(name = "views_differ")
    private boolean viewsDiffer;

    private @Nullable String disagreement;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private @Nullable UUID createdBy;

    protected OutcomeReview() {
        // for JPA
    }

    OutcomeReview(UUID id, PersonalOutcome outcome, UUID heldBy, ReviewRecord r, @Nullable UUID by, Instant now) {
        this.id = id;
        this.outcomeId = outcome.id();
        this.personId = outcome.personId();
        this.heldBy = heldBy;
        this.reviewedOn = r.reviewedOn();
        this.rating = r.rating();
        this.progressScore = r.progressScore();
        this.evidence = r.evidence().strip();
        this.personView = StoredText.of(r.personView());
        this.carerView = StoredText.of(r.carerView());
        this.providerView = StoredText.of(r.providerView());
        this.workerView = StoredText.of(r.workerView());
        this.viewsDiffer = r.viewsDiffer();
        this.disagreement = StoredText.of(r.disagreement());
        this.createdAt = now;
        this.createdBy = by;
    }

    public UUID id() {
        return id;
    }

    public UUID outcomeId() {
        return outcomeId;
    }

    public LocalDate reviewedOn() {
        return reviewedOn;
    }

    public Rating rating() {
        return rating;
    }

    public int progressScore() {
        return progressScore;
    }

    public String evidence() {
        return evidence;
    }

    public @Nullable String personView() {
        return personView;
    }

    public @Nullable String carerView() {
        return carerView;
    }

    public @Nullable String providerView() {
        return providerView;
    }

    public @Nullable String workerView() {
        return workerView;
    }

    public boolean viewsDiffer() {
        return viewsDiffer;
    }

    public @Nullable String disagreement() {
        return disagreement;
    }

    public ReviewRecord record() {
        return new ReviewRecord(reviewedOn, rating, progressScore, evidence, personView, carerView, providerView,
                workerView, viewsDiffer, disagreement);
    }

    /** The event that recording this review of {@code outcome} publishes. */
    OutcomeReviewed reviewed(PersonalOutcome outcome) {
        return new OutcomeReviewed(ReviewId.of(id()), OutcomeId.of(outcome.id()), PersonId.of(outcome.personId()),
                OrganisationId.of(heldBy), outcome.domain(), rating(), progressScore(), reviewedOn(), createdBy);
    }
}
