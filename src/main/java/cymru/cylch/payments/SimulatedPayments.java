package cymru.cylch.payments;

import cymru.cylch.platform.money.Money;
import java.util.List;

/** What a rate card pays for every participant given, as of a day; {@code total} is the sum of theirs. */
public record SimulatedPayments(String currency, Money total, List<ParticipantPayments> participants) {

    public SimulatedPayments {
        participants = List.copyOf(participants);
    }
}
