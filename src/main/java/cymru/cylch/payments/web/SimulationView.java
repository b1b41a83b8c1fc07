package cymru.cylch.payments.web;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a rate card pays, as the API answers and the page shows it: amounts as numbers with two decimals, each
 * line's status ({@code paid}, {@code pending} or {@code refused}) and, unless it is a plain payment, why, in the
 * reader's language.
 */
record SimulationView(String currency, BigDecimal total, List<ParticipantView> participants) {

    record ParticipantView(String id, BigDecimal upfront, BigDecimal outcomes, BigDecimal total, boolean capped,
                           List<LineView> lines) {
    }

    record LineView(String outcome, BigDecimal payable, String status, @Nullable String reason) {
    }
}
