package cymru.cylch.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a commissioner drafts: the reference (unique within the commissioner) and title; the route the tender leads
 * to (a block contract or a framework agreement) and its model; the lots and the evaluation criteria with their
 * weights; when bidding closes and how many working days the standstill lasts; the evaluators (at least two
 * commissioners of the council) and the moderator; and the contract's term and outcomes, for the contract the
 * award lets. {@code outcomeSharePercent} is the share of payment that depends on outcomes, under payment by results
 * (model 2) only.
 */
public record ProcurementDraft(String reference, String title, @Nullable String description, ProcurementRoute route,
                               CommissioningModel model, List<Lot> lots, List<Criterion> criteria, Instant closesAt,
                               int standstillDays, Set<UUID> evaluators, UUID moderator, LocalDate contractStart,
                               LocalDate contractEnd, List<String> outcomeStatements,
                               @Nullable BigDecimal outcomeSharePercent) {

    public ProcurementDraft {
        lots = List.copyOf(lots);
        criteria = List.copyOf(criteria);
        evaluators = Set.copyOf(evaluators);
        outcomeStatements = List.copyOf(outcomeStatements);
    }

    /** The criteria evaluators score (all but price). */
    public List<Criterion> scoredCriteria() {
        return criteria.stream().filter(c -> c.kind().scoredByEvaluators()).toList();
    }

    public Optional<Criterion> criterion(int number) {
        return criteria.stream().filter(c -> c.number() == number).findFirst();
    }

    public Optional<Lot> lot(int number) {
        return lots.stream().filter(l -> l.number() == number).findFirst();
    }
}
