package cymru.cylch.payments;

import cymru.cylch.platform.money.Money;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one outcome event of a participant pays in a simulation.
 *
 * @param outcome the rate card outcome's code
 * @param payable what is paid for it now: its price, less when cut to the cap, nothing when pending or refused
 * @param status  paid, pending (it may pay later) or refused (it never will)
 * @param reason  why it is not a plain payment of its price; absent for a plain payment
 */
public record PaymentLine(String outcome, Money payable, Status status, @Nullable Reason reason) {

    /** Whether the line is paid now, may be paid later, or never will be. */
    public enum Status { PAID, PENDING, REFUSED }

    /**
     * Why, as a message key (also stable for programs) and the arguments its placeholders take, in order, with
     * their types (codes as strings, {@link Money}, dates, days) for the reader's page to write in its language.
     */
    public record Reason(String code, List<Object> arguments) {

        public Reason {
            arguments = List.copyOf(arguments);
        }
    }
}
