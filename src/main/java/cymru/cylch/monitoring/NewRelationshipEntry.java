package cymru.cylch.monitoring;

import cymru.cylch.platform.rules.RuleViolationException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An entry as written, before it is checked: only a planned visit may be dated ahead, and only a visit has findings. */
public record NewRelationshipEntry(EntryKind kind, @Nullable LocalDate occurredOn, String subject, String summary,
                                   String attendees, String findings) {

    /** The entry with its text stripped; refused, naming the part, if something is missing, too long or misdated. */
    NewRelationshipEntry checked(LocalDate today) {
        if (occurredOn == null) {
            throw new RuleViolationException("relationship.occurredOn.missing", "occurredOn");
        }
        if (occurredOn.isAfter(today) && kind != EntryKind.PLANNED_VISIT) {
            throw new RuleViolationException("relationship.occurredOn.future", "occurredOn");
        }
        if (occurredOn.isBefore(today.minusYears(10))) {
            throw new RuleViolationException("relationship.occurredOn.tooOld", "occurredOn");
        }
        if (subject.isBlank()) {
            throw new RuleViolationException("relationship.subject.missing", "subject");
        }
        if (summary.isBlank()) {
            throw new RuleViolationException("relationship.summary.missing", "summary");
        }
        if (subject.strip().length() > 200 || summary.strip().length() > CurveParts.LONGEST
                || attendees.strip().length() > 1000 || findings.strip().length() > CurveParts.LONGEST) {
            throw new RuleViolationException("relationship.tooLong", "summary");
        }
        if (!kind.visit() && !findings.isBlank()) {
            throw new RuleViolationException("relationship.findings.notAVisit", "findings");
        }
        return new NewRelationshipEntry(kind, occurredOn, subject.strip(), summary.strip(), attendees.strip(),
                findings.strip());
    }
}
