package cymru.cylch.monitoring;

import cymru.cylch.platform.database.OrganisationScope;
import cymru.cylch.platform.database.SystemScope;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works out every council's computed measures for the period just ended, once: each measure whose latest ended period
 * has no value yet is computed in its council's scope (as one of its users would see the records), in a transaction of
 * its own, so one council's failure leaves the others done. Every node schedules it; a PostgreSQL advisory lock per
 * measure lets one node do each, and a period computed already is skipped.
 */
@Component
class MeasureSchedule {

    private static final Logger log = LoggerFactory.getLogger(MeasureSchedule.class);

    private final MeasureStore store;
    private final MeasureValues values;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    MeasureSchedule(MeasureStore store, MeasureValues values, JdbcClient jdbc,
                    PlatformTransactionManager transactionManager) {
        this.store = store;
        this.values = values;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Scheduled(cron = "${cylch.monitoring.compute}", zone = "Europe/London")
    void daily() {
        int computed = computeDue();
        if (computed > 0) {
            log.info("Computed {} performance measures for the period just ended", computed);
        }
    }

    /** Computes each measure whose latest ended period has no value; answers how many were computed. */
    int computeDue() {
        List<Measure> inUse = SystemScope.call(() -> transactions.execute(status -> store.computedInUse()));
        int computed = 0;
        for (Measure measure : inUse == null ? List.<Measure>of() : inUse) {
            try {
                Boolean done = OrganisationScope.call(measure.heldBy().value(),
                        () -> transactions.execute(status -> computeIfDue(measure)));
                computed += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (RuntimeException failed) {
                log.error("Could not compute measure {} of {}", measure.id(), measure.heldBy(), failed);
            }
        }
        return computed;
    }

    private boolean computeIfDue(Measure measure) {
        boolean ours = jdbc.sql("select pg_try_advisory_xact_lock(hashtextextended(?, 0))")
                .param("measure/" + measure.id()).query(Boolean.class).single();
        if (!ours) {
            return false;
        }
        Period period = values.lastEnded(measure);
        if (!store.current(measure.id(), period.start(), period.start()).isEmpty()) {
            return false;
        }
        values.calculate(measure, period, null);
        return true;
    }
}
