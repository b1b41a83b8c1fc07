package cymru.cylch.monitoring;

import cymru.cylch.contracts.Contract;
import cymru.cylch.platform.ids.OrganisationId;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * When a supplier's next performance assessment under a live contract with key performance indicators is due: twelve
 * months after the last published assessment's period, or, with none yet, twelve months after the contract began.
 */
public record AssessmentDue(Contract contract, OrganisationId supplier, @Nullable LocalDate lastEnd, LocalDate due,
                            boolean overdue) {

    static AssessmentDue of(Contract contract, OrganisationId supplier, @Nullable AssessmentPeriod last,
                            LocalDate today) {
        LocalDate due = last == null ? contract.terms().start().plusMonths(12) : last.nextDue();
        return new AssessmentDue(contract, supplier, last == null ? null : last.end(), due, due.isBefore(today));
    }
}
