package cymru.cylch.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RuleViolationException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rules of poor performance without a database: the state machine of an issue, its corrective action plan and
 * escalation; the route Cylch suggests from the five factors; and what a plan needs before the provider sees it.
 */
class PerformanceIssueRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    void theDevelopmentalRouteRunsFromRaisedThroughAnAgreedPlanToResolved() {
        IssueStatus status = IssueStep.CAP_STARTED.from(IssueStatus.RAISED, null);
        assertThat(status).isEqualTo(IssueStatus.CAP_DRAFT);
        status = IssueStep.CAP_SAVED.from(status, null);
        status = IssueStep.CAP_PROPOSED.from(status, null);
        assertThat(status).isEqualTo(IssueStatus.CAP_PROPOSED);
        assertThat(IssueStep.CAP_DISPUTED.from(status, "The dates are too soon")).isEqualTo(IssueStatus.CAP_DRAFT);
        status = IssueStep.CAP_AGREED.from(status, null);
        assertThat(status).isEqualTo(IssueStatus.CAP_AGREED);
        assertThat(IssueStep.ACTION_DONE.from(status, null)).isEqualTo(IssueStatus.CAP_AGREED);
        assertThat(IssueStep.CAP_REVIEWED.from(status, "On track")).isEqualTo(IssueStatus.CAP_AGREED);
        assertThat(IssueStep.RESOLVED.from(status, "Visits on time for three months")).isEqualTo(IssueStatus.RESOLVED);
        assertThat(IssueStep.CAP_STARTED.route()).isEqualTo(IssueRoute.DEVELOPMENTAL);
    }

    @Test
    void thePunitiveRouteIsChosenAtOnceOrWhenAPlanFailsAndEndsInResolutionOrTermination() {
        for (IssueStatus from : List.of(IssueStatus.RAISED, IssueStatus.CAP_DRAFT, IssueStatus.CAP_PROPOSED,
                IssueStatus.CAP_AGREED)) {
            assertThat(IssueStep.ESCALATED.from(from, "Missed visits again")).isEqualTo(IssueStatus.ESCALATED);
        }
        assertThat(IssueStep.ESCALATED.route()).isEqualTo(IssueRoute.PUNITIVE);
        assertThat(IssueStep.SANCTIONED.from(IssueStatus.ESCALATED, "Default notice")).isEqualTo(IssueStatus.ESCALATED);
        assertThat(IssueStep.TERMINATED.from(IssueStatus.ESCALATED, "Not remedied"))
                .isEqualTo(IssueStatus.TERMINATED);
        // A plan may still be agreed after a notice.
        assertThat(IssueStep.CAP_STARTED.from(IssueStatus.ESCALATED, null)).isEqualTo(IssueStatus.CAP_DRAFT);
    }

    @ParameterizedTest
    @EnumSource(value = IssueStep.class, mode = EnumSource.Mode.EXCLUDE, names = "DEDUCTION_WITHDRAWN")
    void noStepIsTakenOnceTheIssueHasEnded(IssueStep step) {
        for (IssueStatus ended : EnumSet.of(IssueStatus.RESOLVED, IssueStatus.CLOSED, IssueStatus.TERMINATED)) {
            assertThat(step.allowedFrom(ended)).as(step + " from " + ended).isFalse();
            assertThatThrownBy(() -> step.from(ended, "reason")).isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("issue.step.notNow");
        }
    }

    @ParameterizedTest
    @EnumSource(IssueStatus.class)
    void aPendingDeductionMayBeWithdrawnAtAnyStageEvenAfterTheIssueEndsLeavingItWhereItIs(IssueStatus status) {
        // A plan agreed after the notice, or the issue's end, cancels no deduction: the council withdraws it.
        assertThat(IssueStep.DEDUCTION_WITHDRAWN.from(status, "Made in error")).isEqualTo(status);
        assertThat(IssueStep.DEDUCTION_WITHDRAWN.takenBy(IssueStep.Side.PROVIDER)).isFalse();
    }

    @Test
    void anAgreedPlanIsReopenedToChangeItAndGoesBackToTheProvider() {
        assertThat(IssueStep.CAP_VARIED.from(IssueStatus.CAP_AGREED, "A new action")).isEqualTo(IssueStatus.CAP_DRAFT);
        assertThatThrownBy(() -> IssueStep.CAP_VARIED.from(IssueStatus.CAP_PROPOSED, "Change"))
                .hasMessageContaining("issue.step.notNow");
        assertThat(IssueStep.CAP_VARIED.takenBy(IssueStep.Side.PROVIDER)).isFalse();
    }

    @Test
    void aChangedPlanKeepsTheDoneMarksOfTheActionsItStillHas() {
        LocalDate done = TODAY.minusDays(3);
        var before = new CorrectivePlan(List.of(
                new CapAction("Recruit two carers", "Registered manager", TODAY.plusDays(30), done, "Both started"),
                new CapAction("Reroute the morning runs", "Care coordinator", TODAY.plusDays(14), null, null)),
                "Weekly data", "Visits", TODAY.plusDays(7));
        var changed = new CorrectivePlan(List.of(
                new CapAction(" Recruit two carers ", "Registered manager", TODAY.plusDays(40), null, null),
                new CapAction("Reroute the morning runs", "Registered manager", TODAY.plusDays(14), null, null),
                new CapAction("Train on medication", "Trainer", TODAY.plusDays(20), null, null)),
                "Weekly data", "Visits", TODAY.plusDays(10)).keepingDoneFrom(before);
        assertThat(changed.actions()).extracting(CapAction::doneOn).containsExactly(done, null, null);
        assertThat(changed.actions().getFirst().doneNote()).isEqualTo("Both started");
        assertThat(changed.actions().getFirst().dueOn()).as("as rewritten").isEqualTo(TODAY.plusDays(40));
        assertThat(changed.reviewOn()).isEqualTo(TODAY.plusDays(10));
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        assertThatThrownBy(() -> IssueStep.SANCTIONED.from(IssueStatus.CAP_AGREED, "Fine them"))
                .hasMessageContaining("issue.step.notNow");
        assertThatThrownBy(() -> IssueStep.CAP_AGREED.from(IssueStatus.CAP_DRAFT, null))
                .hasMessageContaining("issue.step.notNow");
        assertThatThrownBy(() -> IssueStep.RESOLVED.from(IssueStatus.RAISED, "Fine now"))
                .hasMessageContaining("issue.step.notNow");
        assertThatThrownBy(() -> IssueStep.CLOSED.from(IssueStatus.ESCALATED, "No action"))
                .hasMessageContaining("issue.step.notNow");
        assertThatThrownBy(() -> IssueStep.RAISED.from(IssueStatus.RAISED, null))
                .hasMessageContaining("issue.step.notNow");
    }

    @Test
    void escalatingClosingResolvingDisputingAndSanctioningNeedAReason() {
        Set<IssueStep> needReasons = EnumSet.of(IssueStep.RESPONDED, IssueStep.CAP_DISPUTED, IssueStep.CAP_REVIEWED,
                IssueStep.CAP_VARIED, IssueStep.ESCALATED, IssueStep.SANCTIONED, IssueStep.DEDUCTION_WITHDRAWN,
                IssueStep.TERMINATED, IssueStep.RESOLVED, IssueStep.CLOSED);
        for (IssueStep step : IssueStep.values()) {
            assertThat(step.needsReason()).as(step.name()).isEqualTo(needReasons.contains(step));
        }
        assertThatThrownBy(() -> IssueStep.ESCALATED.from(IssueStatus.RAISED, "  "))
                .hasMessageContaining("issue.reason.missing");
        assertThatThrownBy(() -> IssueStep.CLOSED.from(IssueStatus.RAISED, "x".repeat(4001)))
                .hasMessageContaining("issue.reason.tooLong");
    }

    @Test
    void eachSideTakesOnlyItsOwnSteps() {
        assertThat(IssueStep.CAP_AGREED.takenBy(IssueStep.Side.PROVIDER)).isTrue();
        assertThat(IssueStep.CAP_AGREED.takenBy(IssueStep.Side.COUNCIL)).isFalse();
        assertThat(IssueStep.RESPONDED.takenBy(IssueStep.Side.COUNCIL)).isFalse();
        assertThat(IssueStep.SANCTIONED.takenBy(IssueStep.Side.PROVIDER)).isFalse();
        assertThat(IssueStep.ESCALATED.takenBy(IssueStep.Side.PROVIDER)).isFalse();
        assertThat(IssueStep.ACTION_DONE.takenBy(IssueStep.Side.PROVIDER)).isTrue();
        assertThat(IssueStep.ACTION_DONE.takenBy(IssueStep.Side.COUNCIL)).isTrue();
    }

    @Test
    void criticalIssuesAndBreachesWithAPoorRelationshipOrADisputeLeanPunitive() {
        assertThat(RouteAdvice.of(Seriousness.CRITICAL, false, ProviderRelationship.GOOD, ProviderStance.ACCEPTS))
                .isEqualTo(new RouteAdvice(IssueRoute.PUNITIVE, List.of("critical")));
        assertThat(RouteAdvice.of(Seriousness.SERIOUS, true, ProviderRelationship.POOR, ProviderStance.DISPUTES))
                .isEqualTo(new RouteAdvice(IssueRoute.PUNITIVE, List.of("breachedPoorRelationship",
                        "breachedDisputed")));
        assertThat(RouteAdvice.of(Seriousness.MODERATE, true, ProviderRelationship.GOOD, null).route())
                .isEqualTo(IssueRoute.DEVELOPMENTAL);
        assertThat(RouteAdvice.of(Seriousness.SERIOUS, false, ProviderRelationship.POOR, ProviderStance.DISPUTES))
                .isEqualTo(new RouteAdvice(IssueRoute.DEVELOPMENTAL, List.of("notBreached")));
        assertThat(RouteAdvice.of(Seriousness.LOW, true, ProviderRelationship.FAIR, ProviderStance.PARTLY_ACCEPTS))
                .isEqualTo(new RouteAdvice(IssueRoute.DEVELOPMENTAL, List.of("breachedButWorkable", "accepted")));
        // Without the council's view of the relationship (as the provider reads it), only the other factors count.
        assertThat(RouteAdvice.of(Seriousness.LOW, true, null, ProviderStance.ACCEPTS).route())
                .isEqualTo(IssueRoute.DEVELOPMENTAL);
    }

    @Test
    void aPlanNeedsActionsWithOwnersAndDatesAndAReviewDateBeforeTheProviderSeesIt() {
        assertThat(CorrectivePlan.EMPTY.missingForProposing(TODAY))
                .containsExactly("cap.missing.actions", "cap.missing.reviewOn");
        var vague = new CorrectivePlan(List.of(new CapAction("Recruit two carers", "", null, null, null)), "", "",
                TODAY.minusDays(1));
        assertThat(vague.missingForProposing(TODAY)).containsExactly("cap.missing.actionDetail", "cap.reviewOn.past");
        assertThat(plan().missingForProposing(TODAY)).isEmpty();
    }

    @Test
    void actionsAreDoneOnceAndThePlanIsCompleteWhenAllAre() {
        CorrectivePlan plan = plan();
        assertThat(plan.complete()).isFalse();
        CorrectivePlan one = plan.withDone(0, TODAY, " Two carers started ");
        assertThat(one.actions().getFirst().doneOn()).isEqualTo(TODAY);
        assertThat(one.actions().getFirst().doneNote()).isEqualTo("Two carers started");
        assertThat(one.complete()).isFalse();
        assertThatThrownBy(() -> one.withDone(0, TODAY, null)).hasMessageContaining("cap.action.alreadyDone");
        assertThatThrownBy(() -> one.withDone(2, TODAY, null)).hasMessageContaining("cap.action.unknown");
        assertThatThrownBy(() -> one.withDone(-1, TODAY, null)).hasMessageContaining("cap.action.unknown");
        assertThat(one.withDone(1, TODAY, null).complete()).isTrue();
        assertThat(CorrectivePlan.EMPTY.complete()).isFalse();
        assertThat(plan.actions().get(1).overdueOn(TODAY.plusDays(31))).isTrue();
        assertThat(plan.actions().get(1).overdueOn(TODAY)).isFalse();
    }

    @Test
    void aPlanTooLongToKeepIsRefused() {
        var tooMany = new CorrectivePlan(Collections.nCopies(31,
                new CapAction("a", "b", TODAY, null, null)), "", "", TODAY);
        assertThatThrownBy(tooMany::checked).hasMessageContaining("cap.actions.tooMany");
        var wordy = new CorrectivePlan(List.of(), "m".repeat(4001), "", TODAY);
        assertThatThrownBy(wordy::checked).hasMessageContaining("cap.part.tooLong");
    }

    @Test
    void aNewIssueNeedsATitleAndDescriptionAndABreachNeedsAContract() {
        var provider = OrganisationId.of(UUID.randomUUID());
        var breachNoContract = new NewPerformanceIssue(provider, null, null, "Late visits", "Many late visits",
                Seriousness.SERIOUS, "", true, ProviderRelationship.FAIR);
        assertThatThrownBy(breachNoContract::checked).hasMessageContaining("issue.breach.noContract");
        var untitled = new NewPerformanceIssue(provider, null, null, " ", "Many late visits", Seriousness.LOW, "",
                false, ProviderRelationship.FAIR);
        assertThatThrownBy(untitled::checked).hasMessageContaining("issue.title.missing");
        var stripped = new NewPerformanceIssue(provider, null, null, " Late visits ", " Many ", Seriousness.LOW,
                " none ", false, ProviderRelationship.GOOD).checked();
        assertThat(stripped.title()).isEqualTo("Late visits");
        assertThat(stripped.risks()).isEqualTo("none");
    }

    private static CorrectivePlan plan() {
        return new CorrectivePlan(List.of(
                new CapAction("Recruit two carers for the north locality", "Registered manager", TODAY.plusDays(30),
                        null, null),
                new CapAction("Reroute the morning runs", "Care coordinator", TODAY.plusDays(30), null, null)),
                "Weekly visit data", "The council's quality team visits monthly", TODAY.plusDays(14));
    }
}
