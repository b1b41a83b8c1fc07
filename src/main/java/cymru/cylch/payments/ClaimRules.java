package cymru.cylch.payments;

import cymru.cylch.contracts.ServiceAgreement;
import cymru.cylch.platform.rules.RuleViolationException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What makes a claim sound. The outcome is on the card the agreement is paid under; it was achieved, and sustained,
 * within the agreement's term and by today: nothing is claimed for a day after the agreement ended, which is also
 * never after the person died (a death ends their agreements the day before). Evidence is required.
 */
final class ClaimRules {

    static final int EVIDENCE_LIMIT = 4000;

    private ClaimRules() {
    }

    static void check(ServiceAgreement agreement, RateCard card, String outcome, LocalDate achievedOn,
                      @Nullable LocalDate sustainedUntil, String evidence, LocalDate today) {
        if (card.outcome(outcome).isEmpty()) {
            throw new RuleViolationException("claim.outcome.unknown");
        }
        checkDay(agreement, achievedOn, today, "claim.achievedOn");
        if (sustainedUntil != null) {
            if (sustainedUntil.isBefore(achievedOn)) {
                throw new RuleViolationException("claim.sustainedUntil.beforeAchieved");
            }
            checkDay(agreement, sustainedUntil, today, "claim.sustainedUntil");
        }
        if (evidence.isBlank()) {
            throw new RuleViolationException("claim.evidence.blank");
        }
        if (evidence.strip().length() > EVIDENCE_LIMIT) {
            throw new RuleViolationException("claim.evidence.tooLong");
        }
    }

    private static void checkDay(ServiceAgreement agreement, LocalDate day, LocalDate today, String field) {
        if (day.isAfter(today)) {
            throw new RuleViolationException(field + ".future");
        }
        if (day.isBefore(agreement.start())) {
            throw new RuleViolationException(field + ".beforeAgreement");
        }
        LocalDate end = agreement.end();
        if (end != null && day.isAfter(end)) {
            throw new RuleViolationException(field + ".afterAgreement");
        }
    }
}
