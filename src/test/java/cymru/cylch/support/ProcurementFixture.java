package cymru.cylch.support;

import cymru.cylch.contracts.CommissioningModel;
import cymru.cylch.contracts.Criterion;
import cymru.cylch.contracts.CriterionKind;
import cymru.cylch.contracts.Lot;
import cymru.cylch.contracts.NewBid;
import cymru.cylch.contracts.Procurement;
import cymru.cylch.contracts.ProcurementDraft;
import cymru.cylch.contracts.ProcurementManagement;
import cymru.cylch.contracts.ProcurementRoute;
import cymru.cylch.contracts.ScoreEntry;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.support.OrganisationsFixture.TestUser;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Procurements made for one test: a council of its own with a commissioner, two evaluators and a moderator (each a
 * commissioner), and providers of its own with a provider user each, so that no test disturbs another's tender.
 */
@Component
public class ProcurementFixture {

    /** Quality 40, outcomes 30, price 30. */
    public static final List<Criterion> CRITERIA = List.of(
            new Criterion(1, "Quality of care and support", CriterionKind.QUALITY, 40, "How you will keep care safe"),
            new Criterion(2, "Outcomes for people", CriterionKind.OUTCOMES, 30, "How you will help people achieve "
                    + "what matters to them"),
            new Criterion(3, "Price", CriterionKind.PRICE, 30, null));

    private final OrganisationsFixture organisations;
    private final ProcurementManagement procurements;

    public ProcurementFixture(OrganisationsFixture organisations, ProcurementManagement procurements) {
        this.organisations = organisations;
        this.procurements = procurements;
    }

    /** A council's procurement team: who drafts, the two evaluators and the moderator. */
    public record Team(UUID council, TestUser commissioner, TestUser firstEvaluator, TestUser secondEvaluator,
                       TestUser moderator) {

        public CylchUser asCommissioner() {
            return ProcurementFixture.as(commissioner, Role.COMMISSIONER);
        }

        public CylchUser asFirstEvaluator() {
            return ProcurementFixture.as(firstEvaluator, Role.COMMISSIONER);
        }

        public CylchUser asSecondEvaluator() {
            return ProcurementFixture.as(secondEvaluator, Role.COMMISSIONER);
        }

        public CylchUser asModerator() {
            return ProcurementFixture.as(moderator, Role.COMMISSIONER);
        }
    }

    public Team team() {
        UUID council = organisations.organisation(OrganisationKind.COUNCIL, OrganisationsFixture.DEMO_COUNCIL);
        return new Team(council, organisations.user(council, Role.COMMISSIONER),
                organisations.user(council, Role.COMMISSIONER), organisations.user(council, Role.COMMISSIONER),
                organisations.user(council, Role.COMMISSIONER));
    }

    /** A provider registered by the council, with one provider user. */
    public TestUser provider(UUID council) {
        UUID provider = organisations.organisation(OrganisationKind.PROVIDER, council);
        return organisations.user(provider, Role.PROVIDER_USER);
    }

    public static CylchUser as(TestUser user, Role role) {
        String kind = role == Role.PROVIDER_USER ? "PROVIDER" : "COUNCIL";
        return SignedIn.asMemberOf(kind, user.id(), user.organisationId(), role);
    }

    public static CylchUser asProvider(TestUser user) {
        return as(user, Role.PROVIDER_USER);
    }

    /** A sound draft with two lots and the three criteria, closing at {@code closesAt}. */
    public static ProcurementDraft draft(Team team, String reference, ProcurementRoute route, Instant closesAt) {
        return new ProcurementDraft(reference, "Home care on outcomes", "Support at home for adults",
                route, CommissioningModel.OUTCOME_BASED_CARE_PLANNING,
                List.of(new Lot(1, "North", Set.of("home-care"), Set.of("north")),
                        new Lot(2, "South", Set.of("home-care"), Set.of("south"))),
                CRITERIA, closesAt, 8, Set.of(team.firstEvaluator().id(), team.secondEvaluator().id()),
                team.moderator().id(), LocalDate.of(2027, 4, 1), LocalDate.of(2030, 3, 31),
                List.of("People live well in their own homes"), null);
    }

    /** A procurement drafted and published by the team's commissioner. */
    public Procurement published(Team team, String reference, ProcurementRoute route, Instant closesAt) {
        Procurement drafted = procurements.draft(team.asCommissioner(), draft(team, reference, route, closesAt));
        return procurements.publish(team.asCommissioner(), drafted.id());
    }

    /**
     * After closing: both evaluators give each bid the same score on both scored criteria, and the moderator agrees
     * it, so the procurement is moderated and ready to award.
     */
    public void moderatedAlike(Team team, Procurement tender, Map<UUID, Integer> scores) {
        List<ScoreEntry> entries = new ArrayList<>();
        scores.forEach((bid, score) -> {
            entries.add(new ScoreEntry(bid, 1, score, "Scored " + score + " on quality"));
            entries.add(new ScoreEntry(bid, 2, score, "Scored " + score + " on outcomes"));
        });
        procurements.score(team.asFirstEvaluator(), tender.id(), entries);
        procurements.score(team.asSecondEvaluator(), tender.id(), entries);
        procurements.moderate(team.asModerator(), tender.id(),
                entries.stream().map(e -> new ScoreEntry(e.bid(), e.criterion(), e.score(), null)).toList());
    }

    /** A bid answering both scored criteria. */
    public static NewBid bid(int lot, String price) {
        return new NewBid(lot, Money.of(price), Map.of(1, "Trained staff, supervised monthly",
                2, "Support planned around what matters to each person"));
    }
}
