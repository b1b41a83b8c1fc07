package cymru.cylch.people;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Everything Cylch holds about one person, for a subject access request: their record, the people who matter
 * to them, every assessment conversation, outcome and review, every revision of their support plan, every
 * recorded access to their record (who, when, what) as the audit log has it, and a section from each other module
 * that holds something about them ({@link PersonalDataContributor}).
 */
public record SubjectAccessExport(Instant exportedAt, PersonDetails person, String reference,
                                  @Nullable LocalDate dateOfDeath, List<Contact> contacts,
                                  List<Conversation> assessments, List<Outcome> outcomes, List<Plan> supportPlans,
                                  List<Access> accesses, List<PersonalDataSection> sections) {

    /** A carer or other person who matters. */
    public record Contact(String name, String relationship, boolean carer, @Nullable String telephone,
                          @Nullable String notes) {
    }

    /** An outcome with its reviews, oldest review first. */
    public record Outcome(UUID id, OutcomeAgreement agreement, LocalDate agreedOn, List<ReviewRecord> reviews) {
    }

    /** One revision of the support plan, as it was recorded. */
    public record Plan(int revision, LocalDate effectiveFrom, Arrangement arrangement, String allocationScheme,
                       int allocationPoints, BigDecimal indicativeWeeklyBudget, PlanDraft.Contributions contributions,
                       List<AssessedNeed> needs, List<PlannedSupport> support, @Nullable String reason,
                       @Nullable LocalDate revisedAtReview, Instant recordedAt) {
    }

    /** One recorded access to the person's record. */
    public record Access(Instant when, @Nullable String who, String action, String channel) {
    }
}
