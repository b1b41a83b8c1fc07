package cymru.cylch.monitoring;

import cymru.cylch.contracts.ContractId;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RuleViolationException;
import org.jspecify.annotations.Nullable;

/** What a commissioner records when raising a performance issue. */
public record NewPerformanceIssue(OrganisationId provider, @Nullable ContractId contract, @Nullable MeasureId measure,
                                  String title, String description, Seriousness seriousness, String risks,
                                  boolean contractBreached, ProviderRelationship relationship) {

    /** Refuses a missing title or description, or any part too long to keep, naming the part. */
    NewPerformanceIssue checked() {
        if (title.isBlank()) {
            throw new RuleViolationException("issue.title.missing", "title");
        }
        if (title.strip().length() > 200) {
            throw new RuleViolationException("issue.title.tooLong", "title");
        }
        if (description.isBlank()) {
            throw new RuleViolationException("issue.description.missing", "description");
        }
        if (description.strip().length() > CurveParts.LONGEST) {
            throw new RuleViolationException("issue.part.tooLong", "description");
        }
        if (risks.strip().length() > CurveParts.LONGEST) {
            throw new RuleViolationException("issue.part.tooLong", "risks");
        }
        if (contractBreached && contract == null) {
            throw new RuleViolationException("issue.breach.noContract", "contract");
        }
        return new NewPerformanceIssue(provider, contract, measure, title.strip(), description.strip(), seriousness,
                risks.strip(), contractBreached, relationship);
    }
}
