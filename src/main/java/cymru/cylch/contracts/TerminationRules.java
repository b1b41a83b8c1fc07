package cymru.cylch.contracts;

import cymru.cylch.contracts.Party.PartyRole;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RuleViolationException;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * When a commissioner may terminate a provider's contract for poor performance, and what the contract says then.
 * Only where the contract gives the power ({@link Remedy#TERMINATION}); only a supplier, since a consortium's member
 * is bound through its consortium and cannot leave on its own; on a last day from today to the contract's end, with
 * a reason. A sole supplier's contract ends on that day with no extension left. A framework or dynamic purchasing
 * system (or any contract with several suppliers) goes on without this one from the new version, as versions carry
 * no date of their own: so its last day must be today, and the record says what happened. Each broken rule is a {@link RuleViolationException}
 * whose code is also its message key.
 */
final class TerminationRules {

    /** The longest reason, as the pages and API take one. */
    static final int MOST_REASON_LENGTH = 4000;

    private TerminationRules() {
    }

    /** The terms after terminating the provider, or the first rule the termination breaks. */
    static ContractTerms termsAfter(ContractTerms terms, ProcurementRoute route, OrganisationId provider,
                                    LocalDate lastDay, @Nullable String reason, LocalDate today) {
        if (!terms.allows(Remedy.TERMINATION)) {
            throw new RuleViolationException("contracts.terminate.notAllowed");
        }
        Optional<Party> party = terms.parties().stream().filter(p -> p.organisation().equals(provider)).findFirst();
        if (party.isEmpty()) {
            throw new RuleViolationException("contracts.terminate.notSupplier");
        }
        if (party.get().role() == PartyRole.CONSORTIUM_MEMBER) {
            throw new RuleViolationException("contracts.terminate.consortiumMember");
        }
        if (lastDay.isBefore(today)) {
            throw new RuleViolationException("contracts.terminate.lastDay.past");
        }
        if (lastDay.isAfter(terms.end())) {
            throw new RuleViolationException("contracts.terminate.lastDay.afterEnd");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("contracts.terminate.reason.blank");
        }
        if (reason.strip().length() > MOST_REASON_LENGTH) {
            throw new RuleViolationException("contracts.terminate.reason.tooLong");
        }
        long suppliers = terms.parties().stream().filter(p -> p.role() == PartyRole.SUPPLIER).count();
        boolean goesOn = route.takesCallOffs() || suppliers > 1;
        if (goesOn && !lastDay.equals(today)) {
            throw new RuleViolationException("contracts.terminate.lastDay.today");
        }
        return goesOn ? terms.withoutSupplier(provider) : terms.endingOn(lastDay);
    }
}
