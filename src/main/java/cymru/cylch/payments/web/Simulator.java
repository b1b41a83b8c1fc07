package cymru.cylch.payments.web;

import cymru.cylch.payments.PaymentLine;
import cymru.cylch.payments.RateCardFault;
import cymru.cylch.payments.RateCardSimulation;
import cymru.cylch.payments.SimulatedPayments;
import cymru.cylch.payments.web.SimulationView.LineView;
import cymru.cylch.payments.web.SimulationView.ParticipantView;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Runs a simulation for the page or the API and puts its reasons and faults into the reader's language. */
@Component
class Simulator {

    private final MessageSource messages;

    Simulator(MessageSource messages) {
        this.messages = messages;
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
        return messages.getMessage(fault.code(), fault.arguments().toArray(), locale);
    }

    private LineView line(PaymentLine line, Locale locale) {
        PaymentLine.Reason reason = line.reason();
        List<String> arguments = reason == null ? List.of() : reason.arguments();
        return new LineView(line.outcome(), line.payable().amount(), line.status().name().toLowerCase(Locale.ROOT),
                reason == null ? null : messages.getMessage(reason.code(), arguments.toArray(), locale));
    }
}
