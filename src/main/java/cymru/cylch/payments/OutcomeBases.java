package cymru.cylch.payments;

import cymru.cylch.measurement.InstrumentDefinition;
import cymru.cylch.measurement.InstrumentLibrary;
import cymru.cylch.outcomes.OutcomeFrameworks;
import cymru.cylch.people.Rating;
import cymru.cylch.platform.ids.OrganisationId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Whether the bases of a card's outcomes name things Cylch knows: a domain of a national outcome framework, a
 * review rating, or an instrument the council may use. A card that names anything else could never be verified.
 */
@Component
class OutcomeBases {

    private final OutcomeFrameworks frameworks;
    private final InstrumentLibrary instruments;

    OutcomeBases(OutcomeFrameworks frameworks, InstrumentLibrary instruments) {
        this.frameworks = frameworks;
        this.instruments = instruments;
    }

    List<RateCardFault> faults(RateCard card, OrganisationId council) {
        List<RateCardFault> faults = new ArrayList<>();
        for (RateCardOutcome outcome : card.outcomes()) {
            OutcomeBasis basis = outcome.basis();
            if (basis != null && !basis.key().isBlank() && !known(basis, council)) {
                faults.add(RateCardFault.of("payments.rateCard.outcome.basis.unknown", outcome.code(), basis.key()));
            }
        }
        return faults;
    }

    private boolean known(OutcomeBasis basis, OrganisationId council) {
        return switch (basis.kind()) {
            case OUTCOME_DOMAIN -> frameworks.domain(basis.key()).isPresent();
            case REVIEW_RATING -> Arrays.stream(Rating.values()).anyMatch(r -> r.name().equals(basis.key()));
            case INSTRUMENT_RESULT -> instruments.available(council.value()).stream()
                    .map(InstrumentDefinition::code).anyMatch(basis.key()::equals);
        };
    }
}
