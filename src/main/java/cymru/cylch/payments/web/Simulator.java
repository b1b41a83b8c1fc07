package cymru.cylch.payments.web;

import cymru.cylch.payments.PaymentLine;
import cymru.cylch.payments.RateCardFault;
import cymru.cylch.payments.RateCardSimulation;
import cymru.cylch.payments.SimulatedPayments;
import cymru.cylch.payments.web.SimulationView.LineView;
import cymru.cylch.payments.web.SimulationView.ParticipantView;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.web.Dates;
import cymru.cylch.platform.web.Pounds;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Runs a simulation for the page or the API and puts its reasons and faults into the reader's language. */
@Component
class Simulator {

    private final MessageSource messages;
    private final Dates dates;
    private final Pounds pounds;

    Simulator(MessageSource messages, Dates dates, Pounds pounds) {
        this.messages = messages;
        this.dates = dates;
        this.pounds = pounds;
    }

    /** The answer; {@link cymru.cylch.payments.InvalidRateCard} when the card or participants are at fault. */
    SimulationView simulate(SimulationBody body, Locale locale) {
        SimulatedPayments payments = RateCardSimulation.simulate(body.card(), body.asOf(), body.people());
        return new SimulationView(payments.currency(), payments.total().amount(), payments.participants().stream()
                .map(p -> new ParticipantView(p.id(), p.upfront().amount(), p.outcomes().amount(),
                        p.total().amount(), p.capped(), p.lines().stream().map(line -> line(line, locale)).toList()))
                .toList());
    }

    /** A fault, explained. */
    String explain(RateCardFault fault, Locale locale) {
        return messages.getMessage(fault.code(), written(fault.arguments()), locale);
    }

    /**
     * Arguments as the reader reads them: dates in words in the page's language, money with the pound sign and
     * thousands separated (as the tables show it), anything else as it is.
     */
    Object[] written(List<Object> arguments) {
        return arguments.stream().map(argument -> switch (argument) {
            case LocalDate day -> dates.day(day);
            case Money money -> pounds.of(money);
            default -> String.valueOf(argument);
        }).toArray();
    }

    private LineView line(PaymentLine line, Locale locale) {
        return new LineView(line.outcome(), line.payable().amount(), line.status().name().toLowerCase(Locale.ROOT),
                explain(line.reason(), locale));
    }

    /** Why a line is not a plain payment, in the reader's language; null for a plain payment. */
    @Nullable String explain(PaymentLine.@Nullable Reason reason, Locale locale) {
        return reason == null ? null : messages.getMessage(reason.code(), written(reason.arguments()), locale);
    }
}
