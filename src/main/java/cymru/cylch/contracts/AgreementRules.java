package cymru.cylch.contracts;

import cymru.cylch.platform.rules.RuleViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a service agreement must be: under a contract the provider supplies under, for a service it covers, inside the contract's term, at
 * a price not below nothing for no more hours than a week has, for outcomes agreed with this person, and never
 * for someone who has died. An agreement ends on a day not before it started, once, with a reason.
 */
public final class AgreementRules {

    private static final BigDecimal HOURS_IN_A_WEEK = BigDecimal.valueOf(168);

    private AgreementRules() {
    }

    /**
     * Checks an agreement about to start, given the contract it is under, the person's agreed outcomes and the
     * date of their death, if recorded.
     */
    public static void checkStart(NewServiceAgreement agreement, Contract contract, Set<UUID> personsOutcomes,
                                  @Nullable LocalDate dateOfDeath) {
        if (!contract.terms().suppliedBy(agreement.provider())) {
            throw new RuleViolationException("agreement.provider.notOnContract");
        }
        ContractTerms terms = contract.terms();
        if (!terms.coversService(agreement.service())) {
            throw new RuleViolationException("agreement.service.notCovered");
        }
        if (agreement.start().isBefore(terms.start()) || agreement.start().isAfter(terms.end())) {
            throw new RuleViolationException("agreement.start.outsideContract");
        }
        LocalDate end = agreement.end();
        if (end != null && end.isBefore(agreement.start())) {
            throw new RuleViolationException("agreement.end.beforeStart");
        }
        if (agreement.weeklyPrice().isNegative()) {
            throw new RuleViolationException("agreement.price.negative");
        }
        if (agreement.weeklyHours().signum() < 0 || agreement.weeklyHours().compareTo(HOURS_IN_A_WEEK) > 0) {
            throw new RuleViolationException("agreement.hours.range");
        }
        if (agreement.outcomes().isEmpty()) {
            throw new RuleViolationException("agreement.outcomes.none");
        }
        if (!agreement.outcomes().stream().allMatch(o -> personsOutcomes.contains(o.value()))) {
            throw new RuleViolationException("agreement.outcomes.notThePersons");
        }
        if (dateOfDeath != null && !agreement.start().isBefore(dateOfDeath)) {
            throw new RuleViolationException("agreement.person.died");
        }
    }

    /** Checks the ending of an agreement on {@code lastDay}. */
    public static void checkEnd(ServiceAgreement agreement, LocalDate lastDay, @Nullable String reason) {
        if (agreement.ended()) {
            throw new RuleViolationException("agreement.end.already");
        }
        if (lastDay.isBefore(agreement.start())) {
            throw new RuleViolationException("agreement.end.beforeStart");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("agreement.end.reason");
        }
    }
}
