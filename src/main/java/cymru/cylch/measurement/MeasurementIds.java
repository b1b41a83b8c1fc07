package cymru.cylch.measurement;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Ids for measurements that sort in the order they were recorded (UUID version 7: the time in milliseconds first,
 * then random bits). Two measurements of a person on the same day are told apart by id when finding the first and
 * latest for cohort views, so the one recorded later is the latest, as on the person's page.
 */
final class MeasurementIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private MeasurementIds() {
    }

    static UUID next(Clock clock) {
        long millis = clock.millis();
        long high = (millis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
        long low = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
