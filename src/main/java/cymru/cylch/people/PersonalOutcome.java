package cymru.cylch.people;

import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.outcomes.StatementKind;
import cymru.cylch.platform.database.ChangeStamp;
import cymru.cylch.platform.database.StoredText;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An outcome agreed with a person, in their own words. {@code genuine}: agreed, and meets their needs;
 * {@code realistic}: do-able for those who will help. {@code statementKind} keeps how the outcome helper read
 * the words when it was agreed, for quality assurance of outcome-writing.
 */
@Entity
@Table(name = "personal_outcome")
public class PersonalOutcome {

    @Id
    private UUID id;

    @Column(name = "person_id")
    private UUID personId;

    @Column(name = "held_by")
    private UUID heldBy;

    private String statement;

    private String domain;

    private @Nullable String indicator;

    private @Nullable String baseline;

    @Column(name = "target_date")
    private @Nullable LocalDate targetDate;

    private @Nullable String contributors;

    private boolean genuine;

    private boolean realistic;

    @Enumerated(EnumType.STRING)
    @Column(name = "statement_kind")
    private StatementKind statementKind;

    @Column(name = "agreed_on")
    private LocalDate agreedOn;

    @Embedded
    private ChangeStamp stamp;

    /** Null until first saved, which tells Spring Data the entity is new (no select before insert). */
    @Version
    private @Nullable Long version;

    protected PersonalOutcome() {
        // for JPA
    }

    PersonalOutcome(UUID id, Person person, OutcomeAgreement agreement, StatementKind statementKind,
                    LocalDate agreedOn, @Nullable UUID by, Instant now) {
        this(id, person.id(), person.heldBy(), agreement, statementKind, agreedOn, by, now);
    }

    PersonalOutcome(UUID id, UUID personId, UUID heldBy, OutcomeAgreement agreement, StatementKind statementKind,
                    LocalDate agreedOn, @Nullable UUID by, Instant now) {
        this.id = id;
        this.personId = personId;
        this.heldBy = heldBy;
        this.statement = agreement.statement().strip();
        this.domain = agreement.domain();
        this.indicator = StoredText.of(agreement.indicator());
        this.baseline = StoredText.of(agreement.baseline());
        this.targetDate = agreement.targetDate();
        this.contributors = StoredText.of(agreement.contributors());
        this.genuine = agreement.genuine();
        this.realistic = agreement.realistic();
        this.statementKind = statementKind;
        this.agreedOn = agreedOn;
        this.stamp = ChangeStamp.created(by, now);
    }

    public UUID id() {
        return id;
    }

    public UUID personId() {
        return personId;
    }

    public String statement() {
        return statement;
    }

    /** The framework domain's key, e.g. {@code wales-nof/health}. */
    public String domain() {
        return domain;
    }

    public @Nullable String indicator() {
        return indicator;
    }

    public @Nullable String baseline() {
        return baseline;
    }

    public @Nullable LocalDate targetDate() {
        return targetDate;
    }

    public @Nullable String contributors() {
        return contributors;
    }

    public boolean genuine() {
        return genuine;
    }

    public boolean realistic() {
        return realistic;
    }

    public StatementKind statementKind() {
        return statementKind;
    }

    public LocalDate agreedOn() {
        return agreedOn;
    }

    /** The event that agreeing this outcome publishes. */
    PersonalOutcomeAgreed agreed() {
        return new PersonalOutcomeAgreed(OutcomeId.of(id), PersonId.of(personId), OrganisationId.of(heldBy), domain(),
                statementKind, agreedOn(), targetDate());
    }
}
