package cymru.cylch.payments;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Where each payment run has got to, in the log, so that an operator can see where one stopped. */
@Component
class RunProgressLog implements PaymentRuns.RunProgress {

    private static final Logger LOG = LoggerFactory.getLogger(RunProgressLog.class);

    @Override
    public void reached(PaymentRunId run, String step) {
        LOG.info("Payment run {}: {}", run, step);
    }
}
