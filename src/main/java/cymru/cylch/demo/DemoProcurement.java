package cymru.cylch.demo;

import cymru.cylch.contracts.CommissioningModel;
import cymru.cylch.contracts.Criterion;
import cymru.cylch.contracts.CriterionKind;
import cymru.cylch.contracts.Lot;
import cymru.cylch.contracts.NewBid;
import cymru.cylch.contracts.ProcurementDraft;
import cymru.cylch.contracts.ProcurementId;
import cymru.cylch.contracts.ProcurementRoute;
import cymru.cylch.contracts.ProcurementSetup.SentBid;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.time.Today;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The demo county's tender: Mynyddwen's home care on outcomes, in two lots, published a week ago and open for bids
 * for three weeks more, with bids from the first two providers. The demo commissioner and a second commissioner
 * evaluate it; the demo commissioner moderates.
 */
final class DemoProcurement {

    static final ProcurementId ID = ProcurementId.of(DemoCounty.id("procurement-home-care"));
    /** A second tender, for day opportunities, still a draft: the commissioner may change or delete it. */
    static final ProcurementId DRAFT_ID = ProcurementId.of(DemoCounty.id("procurement-day-opportunities"));
    static final UUID EVALUATOR = DemoCounty.id("user-evaluator");
    static final String EVALUATOR_USERNAME = "evaluator";
    static final String EVALUATOR_NAME = "Elin Evaluator";

    private final LocalDate today;

    DemoProcurement(LocalDate today) {
        this.today = today;
    }

    Instant publishedAt() {
        return today.minusDays(7).atTime(LocalTime.of(10, 0)).atZone(Today.ZONE).toInstant();
    }

    ProcurementDraft draft(UUID commissioner) {
        int year = today.getYear() + 1;
        return new ProcurementDraft("MCC-HC-" + year, "Home care on outcomes, " + year + " to " + (year + 3),
                "Support at home for adults across Mynyddwen, planned and paid for around the outcomes that matter to "
                        + "each person.",
                ProcurementRoute.FRAMEWORK_AGREEMENT, CommissioningModel.OUTCOME_BASED_CARE_PLANNING,
                List.of(new Lot(1, "Mynyddwen North", Set.of(), Set.of()),
                        new Lot(2, "Mynyddwen South", Set.of(), Set.of())),
                List.of(new Criterion(1, "Quality and safety of care", CriterionKind.QUALITY, 35,
                                "How you will keep people safe and well supported at home"),
                        new Criterion(2, "Outcomes for people", CriterionKind.OUTCOMES, 30,
                                "How you will help each person achieve what matters to them, and show it"),
                        new Criterion(3, "Social value and the Welsh language", CriterionKind.SOCIAL_VALUE, 10,
                                "Local jobs, fair work and support in Welsh without having to ask"),
                        new Criterion(4, "Price", CriterionKind.PRICE, 25, null)),
                today.plusDays(21).atTime(LocalTime.NOON).atZone(Today.ZONE).toInstant(), 8,
                Set.of(commissioner, EVALUATOR), commissioner,
                LocalDate.of(year, 4, 1), LocalDate.of(year + 3, 3, 31),
                List.of("People live well in their own homes for as long as they wish",
                        "People have a say in their support and how it is given"),
                null);
    }

    /** The draft for day opportunities, drafted yesterday, to be published next month. */
    ProcurementDraft dayOpportunities(UUID commissioner) {
        int year = today.getYear() + 1;
        return new ProcurementDraft("MCC-DO-" + year, "Day opportunities, " + year + " to " + (year + 2),
                "Days out, skills and friendships for adults with a learning disability, planned around what each "
                        + "person wants from their week.",
                ProcurementRoute.BLOCK_CONTRACT, CommissioningModel.OUTCOME_BASED_CARE_PLANNING,
                List.of(new Lot(1, "Whole county", Set.of("day-opportunities"), Set.of())),
                List.of(new Criterion(1, "Quality and safety", CriterionKind.QUALITY, 40,
                                "How you will keep people safe while they try new things"),
                        new Criterion(2, "Outcomes for people", CriterionKind.OUTCOMES, 40,
                                "How each person’s week will build towards what matters to them"),
                        new Criterion(3, "Price", CriterionKind.PRICE, 20, null)),
                today.plusDays(45).atTime(LocalTime.NOON).atZone(Today.ZONE).toInstant(), 8,
                Set.of(commissioner, EVALUATOR), commissioner,
                LocalDate.of(year, 4, 1), LocalDate.of(year + 2, 3, 31),
                List.of("People spend their days doing things they enjoy with people they like"), null);
    }

    Instant draftedAt() {
        return today.minusDays(1).atTime(LocalTime.of(15, 0)).atZone(Today.ZONE).toInstant();
    }

    List<SentBid> bids(OrganisationId first, OrganisationId second, UUID firstUser) {
        Instant sent = publishedAt().plusSeconds(3 * 86_400L);
        return List.of(
                new SentBid(first, new NewBid(1, Money.of("1840000.00"), Map.of(
                        1, "Every care worker is trained and supervised monthly; visits are never shorter than planned.",
                        2, "Each person’s outcomes lead their plan, and we review progress with them every quarter.",
                        3, "We recruit in the communities we serve and pay the Real Living Wage.")), sent, firstUser),
                new SentBid(second, new NewBid(1, Money.of("1712500.00"), Map.of(
                        1, "A named coordinator for every person and a registered manager on call at all hours.",
                        2, "We agree measures of what matters with each person and report them at reviews.",
                        3, "Half our staff speak Welsh and offer support in Welsh from the first visit.")), sent.plusSeconds(3600),
                        null),
                new SentBid(second, new NewBid(2, Money.of("1655000.00"), Map.of(
                        1, "Small teams so that people see the same faces, with weekly team supervision.",
                        2, "Outcome conversations at every review, led by the person and their family.",
                        3, "Apprenticeships for local young people, and support in Welsh on request or without it.")),
                        sent.plusSeconds(7200), null));
    }
}
