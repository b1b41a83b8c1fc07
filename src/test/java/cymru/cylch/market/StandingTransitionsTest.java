package cymru.cylch.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cymru.cylch.platform.rules.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which changes to a provider's standing make sense from which status, and with which dates. */
class StandingTransitionsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final LocalDate EXPIRY = LocalDate.of(2027, 6, 30);

    private static ProviderStanding applied() {
        return new ProviderStanding(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null, Instant.EPOCH);
    }

    private static ProviderStanding accredited() {
        var standing = applied();
        standing.accredit("Inspection report", EXPIRY, "Meets the criteria", TODAY);
        return standing;
    }

    private static void breaks(Runnable change, String code) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(RuleViolationException.class,
                rule -> assertThat(rule.code()).isEqualTo(code));
    }

    @Test
    void anAppliedProviderIsAccreditedWithEvidenceAndExpiry() {
        var standing = applied();
        assertThat(standing.accredit(" Inspection report ", EXPIRY, "Meets the criteria", TODAY))
                .isEqualTo(StandingStep.ACCREDITED);
        assertThat(standing.status()).isEqualTo(StandingStatus.ACCREDITED);
        assertThat(standing.evidence()).isEqualTo("Inspection report");
        assertThat(standing.accreditedUntil()).isEqualTo(EXPIRY);
        assertThat(standing.mayTakeNewWork(TODAY)).isTrue();
    }

    @Test
    void accreditingNeedsEvidenceAnExpiryNotBeforeTodayAndAReason() {
        breaks(() -> applied().accredit(" ", EXPIRY, "Reason", TODAY), "market.standing.evidence.missing");
        breaks(() -> applied().accredit("Evidence", null, "Reason", TODAY), "market.standing.expiry.missing");
        breaks(() -> applied().accredit("Evidence", TODAY.minusDays(1), "Reason", TODAY),
                "market.standing.expiry.past");
        breaks(() -> applied().accredit("Evidence", EXPIRY, "", TODAY), "market.standing.reason.missing");
        assertThat(applied().accredit("Evidence", TODAY, "Reason", TODAY)).isEqualTo(StandingStep.ACCREDITED);
    }

    @Test
    void anAccreditedProviderIsRenewedNotAccreditedAgain() {
        var standing = accredited();
        breaks(() -> standing.accredit("Evidence", EXPIRY, "Reason", TODAY), "market.standing.alreadyAccredited");
        assertThat(standing.renew("New report", EXPIRY.plusYears(1), "Annual renewal", TODAY))
                .isEqualTo(StandingStep.RENEWED);
        assertThat(standing.accreditedUntil()).isEqualTo(EXPIRY.plusYears(1));
        breaks(() -> applied().renew("Evidence", EXPIRY, "Reason", TODAY), "market.standing.notAccredited");
    }

    @Test
    void anAppliedProviderCannotBeSuspended() {
        breaks(() -> applied().suspend("Reason", TODAY, null, TODAY), "market.standing.notAccredited");
    }

    @Test
    void aSuspensionStartsTodayUnlessToldAndStopsNewWorkAtOnce() {
        var standing = accredited();
        assertThat(standing.suspend("Missed visits", null, null, TODAY)).isEqualTo(StandingStep.SUSPENDED);
        assertThat(standing.suspendedFrom()).isEqualTo(TODAY);
        assertThat(standing.mayTakeNewWork(TODAY)).isFalse();
        breaks(() -> standing.suspend("Again", null, null, TODAY), "market.standing.alreadySuspended");
    }

    @Test
    void aSuspensionCannotEndBeforeItStartsNorStartBeforeToday() {
        breaks(() -> accredited().suspend("Reason", TODAY.plusDays(5), TODAY.plusDays(4), TODAY),
                "market.standing.until.beforeFrom");
        breaks(() -> accredited().suspend("Reason", TODAY.minusDays(1), null, TODAY), "market.standing.from.past");
        breaks(() -> accredited().suspend(" ", null, null, TODAY), "market.standing.reason.missing");
        assertThat(accredited().suspend("One day", TODAY, TODAY, TODAY)).isEqualTo(StandingStep.SUSPENDED);
    }

    @Test
    void liftingASuspensionLetsTheProviderTakeNewWorkAgain() {
        var standing = accredited();
        standing.suspend("Missed visits", null, null, TODAY);
        assertThat(standing.lift("Improvement plan met")).isEqualTo(StandingStep.SUSPENSION_LIFTED);
        assertThat(standing.status()).isEqualTo(StandingStatus.ACCREDITED);
        assertThat(standing.suspendedFrom()).isNull();
        assertThat(standing.mayTakeNewWork(TODAY)).isTrue();
        breaks(() -> standing.lift("Again"), "market.standing.notSuspended");
    }

    @Test
    void aRemovedProviderCannotBeAccreditedRenewedSuspendedLiftedOrRemovedAgain() {
        var standing = accredited();
        assertThat(standing.remove("Contract ended")).isEqualTo(StandingStep.REMOVED);
        assertThat(standing.mayTakeNewWork(TODAY)).isFalse();
        breaks(() -> standing.accredit("Evidence", EXPIRY, "Reason", TODAY), "market.standing.removed");
        breaks(() -> standing.renew("Evidence", EXPIRY, "Reason", TODAY), "market.standing.removed");
        breaks(() -> standing.suspend("Reason", null, null, TODAY), "market.standing.removed");
        breaks(() -> standing.lift("Reason"), "market.standing.removed");
        breaks(() -> standing.remove("Reason"), "market.standing.removed");
    }

    @Test
    void removingNeedsAReason() {
        breaks(() -> applied().remove(""), "market.standing.reason.missing");
    }
}
