package cymru.cylch.payments;

import java.util.Arrays;
import java.util.List;

/**
 * One thing wrong with a rate card or the participants given with it. The code is stable (programs may act on
 * it) and is also the key of the message that explains it, whose placeholders the arguments fill in order.
 */
public record RateCardFault(String code, List<String> arguments) {

    public RateCardFault {
        arguments = List.copyOf(arguments);
    }

    static RateCardFault of(String code, Object... arguments) {
        return new RateCardFault(code, Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
