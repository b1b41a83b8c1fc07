package cymru.cylch.payments;

import java.util.List;

/**
 * One thing wrong with a rate card or the participants given with it. The code is stable (programs may act on
 * it) and is also the key of the message that explains it, whose placeholders the arguments fill in order. The
 * arguments keep their types (codes and ids as strings, {@link cymru.cylch.platform.money.Money}, dates, days),
 * so that each reader's page can write them in its own language.
 */
public record RateCardFault(String code, List<Object> arguments) {

    public RateCardFault {
        arguments = List.copyOf(arguments);
    }

    static RateCardFault of(String code, Object... arguments) {
        return new RateCardFault(code, List.of(arguments));
    }
}
