package cymru.cylch.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Measurement ids sort as PostgreSQL sorts uuids (byte by byte, as their text does) in the order recorded. */
class MeasurementIdsTest {

    @Test
    void idsRecordedLaterSortLaterAndAreVersion7() {
        List<UUID> ids = new ArrayList<>();
        Instant start = Instant.parse("2026-11-23T09:00:00Z");
        for (int i = 0; i < 1_000; i++) {
            ids.add(MeasurementIds.next(Clock.fixed(start.plusMillis(i * 7L), ZoneOffset.UTC)));
        }

        List<UUID> sorted = new ArrayList<>(ids);
        sorted.sort(Comparator.comparing(UUID::toString));

        assertThat(sorted).isEqualTo(ids);
        assertThat(ids).allSatisfy(id -> {
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
        });
        assertThat(ids).doesNotHaveDuplicates();
    }
}
