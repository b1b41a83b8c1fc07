package cymru.cylch.demo;

import cymru.cylch.contracts.ContractId;
import cymru.cylch.monitoring.CapAction;
import cymru.cylch.monitoring.CorrectivePlan;
import cymru.cylch.monitoring.CorrectivePlans;
import cymru.cylch.monitoring.EntryKind;
import cymru.cylch.monitoring.NewRelationshipEntry;
import cymru.cylch.monitoring.NewPerformanceIssue;
import cymru.cylch.monitoring.PerformanceIssue;
import cymru.cylch.monitoring.PerformanceIssues;
import cymru.cylch.monitoring.PerformanceSanctions;
import cymru.cylch.monitoring.ProviderRisks;
import cymru.cylch.monitoring.ProviderRelationship;
import cymru.cylch.monitoring.ProviderStance;
import cymru.cylch.monitoring.RegulatorRating;
import cymru.cylch.monitoring.RelationshipLog;
import cymru.cylch.monitoring.Seriousness;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.security.Account;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Membership;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Poor performance in the demo county, handled both ways: the provider whose visits on time fell to red is on a
 * corrective action plan it agreed, one action done; the first provider (the demo provider user's) has a small plan
 * to agree; another provider, whose missed medication visits were critical and which disputed them, has had a
 * default notice, a deduction from its next payment run and is suspended from new work. The council has recorded the regulator's ratings of the three and
 * drawn a sample of cases to audit at the provider on the plan.
 */
@Component
class DemoPerformanceIssues {

    private final PerformanceIssues issues;
    private final CorrectivePlans plans;
    private final PerformanceSanctions sanctions;
    private final RelationshipLog log;
    private final ProviderRisks risks;
    private final Today today;

    DemoPerformanceIssues(PerformanceIssues issues, CorrectivePlans plans, PerformanceSanctions sanctions,
                          RelationshipLog log, ProviderRisks risks, Today today) {
        this.issues = issues;
        this.plans = plans;
        this.sanctions = sanctions;
        this.log = log;
        this.risks = risks;
        this.today = today;
    }

    /** Loads both, after the contracts, the market and the monitoring. */
    void load(UUID council, UUID firstProvider, UUID onPlan, UUID suspended) {
        CylchUser commissioner = member(DemoCounty.id("user-commissioner"), council, "COUNCIL", Role.COMMISSIONER);
        LocalDate day = today.date();
        PerformanceIssue late = issues.raise(commissioner, new NewPerformanceIssue(OrganisationId.of(onPlan),
                ContractId.of(DemoCounty.id("contract-call-off-1")), null, "Morning visits running late in Aberwen",
                "Visits delivered on time fell from 92% a year ago to 74% over the last three months; people "
                        + "waiting for help to get up have told their care managers.",
                Seriousness.SERIOUS, "People miss breakfast and medication at the right time; carers are "
                        + "rushed between visits.", false, ProviderRelationship.GOOD));
        CylchUser lateMember = member(DemoCounty.id("user-provider-" + onPlan), onPlan, "PROVIDER",
                Role.PROVIDER_USER);
        late = issues.respond(lateMember, late.id(), late.version(), ProviderStance.ACCEPTS,
                "We lost four drivers in the summer and planned rounds without travel time. We are recruiting and "
                        + "re-planning the northern rounds.");
        late = plans.start(commissioner, late.id(), late.version());
        late = plans.save(commissioner, late.id(), late.version(), new CorrectivePlan(List.of(
                new CapAction("Re-plan every round in Aberwen with travel time between visits",
                        "Provider's registered manager", day.plusWeeks(2), null, null),
                new CapAction("Recruit four care workers who drive", "Provider's recruitment lead",
                        day.plusWeeks(8), null, null),
                new CapAction("Report visits on time weekly until three months are above 90%",
                        "Provider's care coordinator", day.plusWeeks(12), null, null)),
                "Weekly visit data; a monitoring visit each month", "The council's brokerage team offers rounds "
                        + "nearer workers' homes", day.plusWeeks(4)));
        late = plans.propose(commissioner, late.id(), late.version());
        late = plans.agree(lateMember, late.id(), late.version(), "Agreed at the contract meeting");
        plans.markDone(lateMember, late.id(), late.version(), 0, "Rounds re-planned with travel time");
        logOf(commissioner, lateMember, onPlan, council, day);

        // The demo provider user's own organisation has a plan to agree or dispute.
        PerformanceIssue slow = issues.raise(commissioner, new NewPerformanceIssue(OrganisationId.of(firstProvider),
                ContractId.of(DemoContracts.BLOCK), null, "Returns sent late",
                "Two of the last four monthly returns arrived more than two weeks after they were due.",
                Seriousness.LOW, "", false, ProviderRelationship.GOOD));
        slow = plans.start(commissioner, slow.id(), slow.version());
        slow = plans.save(commissioner, slow.id(), slow.version(), new CorrectivePlan(List.of(
                new CapAction("Name a deputy to send the return when the manager is away",
                        "Provider's registered manager", day.plusWeeks(2), null, null)),
                "", "", day.plusWeeks(10)));
        plans.propose(commissioner, slow.id(), slow.version());

        PerformanceIssue missed = issues.raise(commissioner, new NewPerformanceIssue(OrganisationId.of(suspended),
                ContractId.of(DemoCounty.id("contract-call-off-2")), null, "Medication visits missed",
                "Eleven medication visits were missed in two weeks; two people were admitted to hospital.",
                Seriousness.CRITICAL, "Harm to people who cannot take their medication alone.", true,
                ProviderRelationship.POOR));
        CylchUser missedMember = member(DemoCounty.id("user-provider-" + suspended), suspended, "PROVIDER",
                Role.PROVIDER_USER);
        missed = issues.respond(missedMember, missed.id(), missed.version(), ProviderStance.DISPUTES,
                "Several of the visits were cancelled by families.");
        missed = issues.escalate(commissioner, missed.id(), missed.version(),
                "Critical: people were harmed, and the provider disputes the facts the visit records show.");
        missed = sanctions.defaultNotice(commissioner, missed.id(), missed.version(), "Breach of the call-off's "
                        + "requirement to deliver every planned medication visit",
                "Deliver every planned medication visit and report each one the same day", day.plusWeeks(4));
        missed = sanctions.deduct(commissioner, missed.id(), missed.version(), "Service credit under the "
                + "call-off for the medication visits missed", Money.of("850.00"), YearMonth.from(day).plusMonths(1));
        sanctions.suspend(commissioner, missed.id(), missed.version(),
                "No new packages until medication visits are delivered safely", null, null);

        // What the council knows beyond Cylch's data, from the regulator's reports and safeguarding enquiries.
        risks.record(commissioner, OrganisationId.of(suspended), new ProviderRisks.Inputs(
                RegulatorRating.REQUIRES_SIGNIFICANT_IMPROVEMENT, day.minusMonths(2), 2,
                "Two safeguarding enquiries open after the missed medication visits"));
        risks.record(commissioner, OrganisationId.of(onPlan), new ProviderRisks.Inputs(RegulatorRating.GOOD,
                day.minusMonths(9), 0, ""));
        risks.record(commissioner, OrganisationId.of(firstProvider), new ProviderRisks.Inputs(
                RegulatorRating.EXCELLENT, day.minusMonths(5), 0, ""));
        risks.draw(commissioner, OrganisationId.of(onPlan), 10);
    }

    /** The relationship log with the provider on the plan: a meeting, an unannounced visit, its view, a visit ahead. */
    private void logOf(CylchUser commissioner, CylchUser member, UUID provider, UUID council, LocalDate day) {
        log.write(commissioner, provider, new NewRelationshipEntry(EntryKind.MEETING, day.minusDays(20),
                "Quarterly contract meeting", "Visits on time have fallen for three months; the provider explained "
                + "the loss of drivers. We agreed to look at the rounds together.",
                "Commissioner for home care; the provider's registered manager", ""));
        log.write(commissioner, provider, new NewRelationshipEntry(EntryKind.UNANNOUNCED_VISIT, day.minusDays(8),
                "Unannounced visit to the Aberwen office", "Looked at this week's rotas and ten care records "
                + "chosen at random.", "Commissioner; quality officer", "Rounds in the north leave no travel "
                + "time between visits; care records are complete and people's outcomes are written in their words."));
        log.write(member, council, new NewRelationshipEntry(EntryKind.PROVIDER_VIEW, day.minusDays(7),
                "Our view of the visit", "A fair visit. The rotas were planned before we lost the drivers; the new "
                + "rounds start next week.", "", ""));
        log.write(commissioner, provider, new NewRelationshipEntry(EntryKind.PLANNED_VISIT, day.plusDays(21),
                "Monitoring visit to review the plan", "Booked with the registered manager.", "", ""));
    }

    static CylchUser member(UUID user, UUID organisation, String kind, Role role) {
        return CylchUser.of(new Account(user, "demo", "demo", true, List.of(new Membership(organisation,
                "Mynyddwen", null, kind, Set.of(role)))), organisation);
    }
}
