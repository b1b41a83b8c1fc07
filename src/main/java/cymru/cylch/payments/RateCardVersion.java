package cymru.cylch.payments;

import cymru.cylch.contracts.ContractId;
import cymru.cylch.platform.ids.OrganisationId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One version of a contract's rate card: the card, the day it takes effect and why it was made. Versions are kept
 * and never changed; an agreement is paid under the version in force on the day it started.
 */
public record RateCardVersion(ContractId contract, int version, OrganisationId heldBy, LocalDate effectiveFrom,
                              RateCard card, String reason, Instant madeAt) {

    /**
     * The version an agreement that started on the day is paid under: the latest in force that day, or the first
     * when it started before any (a card made for a contract already running); none when the contract has none.
     */
    public static Optional<RateCardVersion> forAgreementStarting(List<RateCardVersion> versions, LocalDate start) {
        return versions.stream().filter(v -> !v.effectiveFrom().isAfter(start))
                .reduce((earlier, later) -> later).or(() -> versions.stream().findFirst());
    }
}
