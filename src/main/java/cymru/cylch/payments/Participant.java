package cymru.cylch.payments;

import cymru.cylch.platform.money.Money;
import java.util.List;

/**
 * A person whose outcomes a rate card pays for, as the simulator sees them: an id of the caller's choosing, the
 * value of their plan (from which the up-front share is paid) and the outcome events of their history.
 */
public record Participant(String id, Money planValue, List<OutcomeEvent> events) {

    public Participant {
        events = List.copyOf(events);
    }
}
