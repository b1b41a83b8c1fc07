package cymru.cylch.payments.web;

import cymru.cylch.payments.PaymentLine;
import cymru.cylch.payments.RateCardFault;
import cymru.cylch.payments.RateCardSimulation;
import cymru.cylch.payments.SimulatedPayments;
import cymru.cylch.payments.web.SimulationView.LineView;
import cymru.cylch.payments.web.SimulationView.ParticipantView;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.web.Dates;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Runs a simulation for the page or the API and puts its reasons and faults into the reader's language. */
@Component
class Simulator {

    private final MessageSource messages;
    private final Dates dates;

    Simulator(MessageSource messages, Dates dates) {
        this.messages = messages;
        this.dates = dates;
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
            case Money money -> (money.isNegative() ? "-£" : "£")
                    + new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK))
                    .format(money.amount().abs());
            default -> String.valueOf(argument);
        }).toArray();
    }

    private LineView line(PaymentLine line, Locale locale) {
        PaymentLine.Reason reason = line.reason();
        List<Object> arguments = reason == null ? List.of() : reason.arguments();
        return new LineView(line.outcome(), line.payable().amount(), line.status().name().toLowerCase(Locale.ROOT),
                reason == null ? null : messages.getMessage(reason.code(), written(arguments), locale));
    }
}
