package cymru.cylch.demo;

import cymru.cylch.contracts.ServiceAgreement;
import cymru.cylch.payments.ClaimEvent.Action;
import cymru.cylch.payments.ClaimId;
import cymru.cylch.payments.ClaimStatus;
import cymru.cylch.payments.InvestorKind;
import cymru.cylch.payments.NewInvestorCommitment;
import cymru.cylch.payments.OutcomeBasis;
import cymru.cylch.payments.OutcomeClaim;
import cymru.cylch.payments.OutcomeName;
import cymru.cylch.payments.PaymentsSetup.PastClaim;
import cymru.cylch.payments.PaymentsSetup.PastStep;
import cymru.cylch.payments.RateCard;
import cymru.cylch.payments.RateCardOutcome;
import cymru.cylch.platform.money.Money;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The demo county's payment by results: the reablement contract's rate card, and its provider's claims for the
 * people it supports under it, in every state: verified, waiting, rejected, chosen for a second check, and a
 * sustainment stage claimed after the entry was verified. Deterministic: the same day gives the same claims.
 */
final class DemoPayments {

    static final String ENTRY = "independent-at-home";
    static final String THREE_MONTHS = "independent-3m";
    static final String SIX_MONTHS = "independent-6m";

    private final LocalDate today;
    private final UUID provider;
    private final UUID careManager;
    private final UUID teamManager;

    DemoPayments(LocalDate today, UUID provider, UUID careManager, UUID teamManager) {
        this.today = today;
        this.provider = provider;
        this.careManager = careManager;
        this.teamManager = teamManager;
    }

    /**
     * Reablement paid by results: independence at home after six weeks' support, then still independent three and
     * six months on; at most £1,200 a person, £15,000 a month to the provider and £360,000 over the contract (the
     * fifth of its £1.8 million estimate that depends on outcomes). Entry is shown by a review rating the outcome
     * achieved, which raises the claim itself.
     */
    static RateCard reablementCard() {
        return new RateCard("GBP", null, Money.of("1200.00"), Money.of("15000.00"), Money.of("360000.00"), List.of(
                new RateCardOutcome(ENTRY, Money.of("600.00"), null, null,
                        new OutcomeName("Independent at home after reablement", "Yn annibynnol gartref ar ôl ailalluogi"),
                        new OutcomeBasis(OutcomeBasis.Kind.REVIEW_RATING, "ACHIEVED", true)),
                new RateCardOutcome(THREE_MONTHS, Money.of("400.00"), ENTRY, 91,
                        new OutcomeName("Still independent three months on", "Yn dal yn annibynnol dri mis yn ddiweddarach"),
                        new OutcomeBasis(OutcomeBasis.Kind.OUTCOME_DOMAIN, "wales-nof/control", false)),
                new RateCardOutcome(SIX_MONTHS, Money.of("300.00"), THREE_MONTHS, 182,
                        new OutcomeName("Still independent six months on", "Yn dal yn annibynnol chwe mis yn ddiweddarach"),
                        new OutcomeBasis(OutcomeBasis.Kind.OUTCOME_DOMAIN, "wales-nof/control", false))));
    }

    /** A contract's budget for the year, and the outcome payments anticipated when it was let (none under Model 1). */
    record PlannedSpend(UUID contract, String budget, @Nullable String anticipated, String why) {
    }

    /**
     * The year's budgets: the framework's £38 million estimate over its four years, the reablement contract's £1.8
     * million over three with a fifth on outcomes, and the published cards' contracts wholly on outcomes.
     */
    static List<PlannedSpend> plannedSpend() {
        return List.of(
                new PlannedSpend(DemoContracts.FRAMEWORK, "9500000.00", null,
                        "A quarter of the framework's estimate, as set by cabinet in February"),
                new PlannedSpend(DemoContracts.BLOCK, "600000.00", "120000.00",
                        "A third of the estimate; a fifth of it on outcomes, as the business case expected"),
                new PlannedSpend(DemoContracts.ON_PUBLISHED_CARDS.get("troubled-families-2012"), "160000.00",
                        "160000.00", "A third of the estimate, all of it on outcomes"),
                new PlannedSpend(DemoContracts.ON_PUBLISHED_CARDS.get("fair-chance-fund"), "300000.00", "300000.00",
                        "A third of the estimate, all of it on outcomes"),
                new PlannedSpend(DemoContracts.ON_PUBLISHED_CARDS.get("youth-engagement"), "200000.00", "200000.00",
                        "A third of the estimate, all of it on outcomes"));
    }

    /** Claims for the agreements under the reablement contract, by their place in the list. */
    List<PastClaim> claims(List<ServiceAgreement> underContract) {
        List<PastClaim> claims = new ArrayList<>();
        for (int i = 0; i < underContract.size(); i++) {
            ServiceAgreement agreement = underContract.get(i);
            LocalDate achieved = agreement.start().plusDays(35 + i % 10);
            if (achieved.plusDays(14).isAfter(today)) {
                continue;
            }
            claims.add(entry(agreement, achieved, i % 6));
            LocalDate lasted = achieved.plusDays(100);
            if (i % 6 < 3 && i % 2 == 0 && !lasted.isAfter(today.minusDays(5))) {
                claims.add(new PastClaim(claim(agreement, THREE_MONTHS, achieved, lasted, ClaimStatus.SUBMITTED,
                        false, null, "Still managing at home without support: reviewed by phone on "
                                + lasted), List.of()));
            }
        }
        return claims;
    }

    private PastClaim entry(ServiceAgreement agreement, LocalDate achieved, int kind) {
        String evidence = "Six-week review on " + achieved + ": the person manages washing, dressing and meals "
                + "without help and says they feel in control at home.";
        Instant decided = at(achieved.plusDays(10));
        return switch (kind) {
            case 3 -> new PastClaim(claim(agreement, ENTRY, achieved, null, ClaimStatus.SUBMITTED, false, null,
                    evidence), List.of());
            case 4 -> new PastClaim(claim(agreement, ENTRY, achieved, null, ClaimStatus.REJECTED, false,
                    new OutcomeClaim.Decision(decided, careManager, "The review rated this partly achieved; "
                            + "claim again after the next review"), evidence),
                    List.of(new PastStep(Action.REJECTED, "The review rated this partly achieved; claim again "
                            + "after the next review", decided, careManager)));
            case 5 -> new PastClaim(claim(agreement, ENTRY, achieved, null, ClaimStatus.SECOND_CHECK, true,
                    new OutcomeClaim.Decision(decided, careManager, null), evidence),
                    List.of(new PastStep(Action.VERIFIED, null, decided, careManager),
                            new PastStep(Action.SENT_TO_SECOND_CHECK, null, decided, null)));
            default -> new PastClaim(claim(agreement, ENTRY, achieved, null, ClaimStatus.VERIFIED, false,
                    new OutcomeClaim.Decision(decided, kind == 0 ? teamManager : careManager,
                            "Matches the review"), evidence),
                    List.of(new PastStep(Action.VERIFIED, "Matches the review", decided,
                            kind == 0 ? teamManager : careManager)));
        };
    }

    private OutcomeClaim claim(ServiceAgreement agreement, String outcome, LocalDate achieved, @Nullable LocalDate lasted,
                               ClaimStatus status, boolean sampled, OutcomeClaim.@Nullable Decision verification,
                               String evidence) {
        UUID id = UUID.nameUUIDFromBytes(("demo-claim/" + agreement.id() + "/" + outcome)
                .getBytes(StandardCharsets.UTF_8));
        LocalDate claimed = (lasted == null ? achieved : lasted).plusDays(3);
        return new OutcomeClaim(ClaimId.of(id), agreement.heldBy(), agreement.id(), agreement.contract(),
                agreement.provider(), agreement.person(), outcome, 1, achieved, lasted, evidence, status, sampled,
                null, at(claimed), provider, verification, null, 0);
    }

    private static Instant at(LocalDate day) {
        return day.atTime(11, 0).toInstant(ZoneOffset.UTC);
    }

    /** The reablement bond's investors, who committed as the contract was let. */
    static List<NewInvestorCommitment> investors() {
        return List.of(
                new NewInvestorCommitment("Cronfa Buddsoddi Cymdeithasol Cymru", InvestorKind.SOCIAL_INVESTMENT_FUND,
                        Money.of("250000.00"), DemoContracts.BLOCK_START.minusDays(14)),
                new NewInvestorCommitment("Ymddiriedolaeth Elusennol Mynyddwen", InvestorKind.TRUST_OR_FOUNDATION,
                        Money.of("100000.00"), DemoContracts.BLOCK_START.minusDays(10)),
                new NewInvestorCommitment("Banc Cymunedol y Cymoedd", InvestorKind.BANK, Money.of("50000.00"),
                        DemoContracts.BLOCK_START.minusDays(7)));
    }
}
