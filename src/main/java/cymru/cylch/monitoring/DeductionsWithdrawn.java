package cymru.cylch.monitoring;

import cymru.cylch.payments.DeductionWithdrawn;
import cymru.cylch.platform.events.OrganisationEventListener;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Records in a performance issue's history that a deduction imposed on it was withdrawn, however it was withdrawn
 * (the issue's page or the deductions API), once payments has announced it.
 */
@Component
class DeductionsWithdrawn {

    private final IssueStore store;

    DeductionsWithdrawn(IssueStore store) {
        this.store = store;
    }

    @OrganisationEventListener
    void on(DeductionWithdrawn withdrawn) {
        UUID source = withdrawn.source();
        if (source == null) {
            return;
        }
        store.find(source).filter(issue -> issue.council().equals(withdrawn.council()))
                .ifPresent(issue -> store.addEvent(issue, IssueStep.DEDUCTION_WITHDRAWN, issue.status(),
                        withdrawn.reason(), withdrawn.by(), withdrawn.council(), withdrawn.at()));
    }
}
