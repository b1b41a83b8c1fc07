package cymru.cylch.payments;

import cymru.cylch.platform.money.Money;
import java.util.List;

/**
 * What a rate card pays for one participant: the up-front payment, the outcome lines (paid ones first, in the
 * order they were paid) and their sum; {@code total} is always exactly {@code upfront + outcomes}, and
 * {@code outcomes} exactly the sum of the lines.
 *
 * @param capped whether the participant cap cut or refused a payment
 */
public record ParticipantPayments(String id, Money upfront, Money outcomes, Money total, boolean capped,
                                  List<PaymentLine> lines) {

    public ParticipantPayments {
        lines = List.copyOf(lines);
    }
}
