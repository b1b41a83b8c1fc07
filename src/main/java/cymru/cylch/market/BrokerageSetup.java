package cymru.cylch.market;

import cymru.cylch.people.PeopleSetup;
import cymru.cylch.people.PersonId;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Support requests as they stood, for the demo county: each made at a past moment, sent to the providers eligible
 * now by the same rules as {@link Brokerage#request}, with the proposals those providers made and the worker's
 * scores. Run in the system scope; nothing here checks who is acting.
 */
@Component
@Transactional
public class BrokerageSetup {

    private final Brokerage brokerage;
    private final SupportRequests requests;
    private final PeopleSetup people;

    BrokerageSetup(Brokerage brokerage, SupportRequests requests, PeopleSetup people) {
        this.brokerage = brokerage;
        this.requests = requests;
        this.people = people;
    }

    /** A request as it was made: for the person's latest plan, at {@code madeAt}, closing at {@code closesAt}. */
    public record PastRequest(UUID id, PersonId person, String service, String area, LocalDate start,
                              BigDecimal weeklyHours, Money weeklyBudget, boolean welsh,
                              @Nullable String communicationNeeds, List<RequestedOutcome> outcomes, Instant madeAt,
                              Instant closesAt, @Nullable UUID madeBy) {
    }

    /** A proposal a provider made, and the worker's scores of it if they have scored it. */
    public record PastProposal(OrganisationId provider, List<String> approaches, Money weeklyPrice,
                               BigDecimal weeklyHours, LocalDate start, boolean welshSpeakingStaff,
                               Instant submittedAt, @Nullable ProposalScore score) {
    }

    /** The providers the council could send a request to now. */
    @Transactional(readOnly = true)
    public List<OrganisationId> eligible(OrganisationId council, String service, String area, BigDecimal hours,
                                         boolean welsh) {
        return brokerage.eligible(council, service, area, hours, welsh);
    }

    /**
     * Makes the request and sends it to the eligible providers (or puts it on the unmet list if there are none);
     * {@code proposalsFrom} is given those providers and says who proposed what; each proposal from a provider it
     * was sent to is recorded with its scores. The person must have a plan.
     */
    public SupportRequest put(OrganisationId council, PastRequest past,
                              Function<List<OrganisationId>, List<PastProposal>> proposalsFrom) {
        var plan = people.latestPlan(past.person().value())
                .orElseThrow(() -> new IllegalArgumentException(past.person() + " has no plan"));
        List<OrganisationId> eligible = eligible(council, past.service(), past.area(), past.weeklyHours(),
                past.welsh());
        var request = new SupportRequest(SupportRequestId.of(past.id()), council, past.person(), plan, past.service(),
                past.area(), past.start(), past.weeklyHours(), past.weeklyBudget(), past.welsh(),
                past.communicationNeeds(), past.outcomes(), past.closesAt(), AwardWeights.USUAL,
                eligible.isEmpty() ? RequestStatus.UNMET : RequestStatus.OPEN,
                eligible.isEmpty() ? UnmetReason.NO_ELIGIBLE_PROVIDER : null, past.madeAt(), null, null, null, null);
        requests.insert(request, past.madeBy());
        requests.offer(request.id(), eligible, past.madeAt());
        for (PastProposal p : proposalsFrom.apply(eligible)) {
            if (!eligible.contains(p.provider())) {
                continue;
            }
            var proposal = new Proposal(ProposalId.of(UUID.nameUUIDFromBytes((past.id() + "/" + p.provider())
                    .getBytes(StandardCharsets.UTF_8))), request.id(), p.provider(),
                    zip(past.outcomes(), p.approaches()), p.weeklyPrice(), p.weeklyHours(), p.start(),
                    p.welshSpeakingStaff(), null, p.submittedAt());
            requests.insertProposal(proposal, null, null);
            ProposalScore score = p.score();
            if (score != null) {
                requests.score(proposal.id(), score, p.submittedAt().plusSeconds(3600), past.madeBy());
            }
        }
        return request;
    }

    private static List<OutcomeApproach> zip(List<RequestedOutcome> outcomes, List<String> approaches) {
        return IntStream.range(0, outcomes.size())
                .mapToObj(i -> new OutcomeApproach(outcomes.get(i).outcome(), approaches.get(i % approaches.size())))
                .toList();
    }
}
