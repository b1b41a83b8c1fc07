package cymru.cylch.people;

import cymru.cylch.platform.reference.ReferenceFile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * The council's resource allocation scheme, configured by {@code CYLCH_ALLOCATION_SCHEME_NAME}, its Welsh form
 * {@code CYLCH_ALLOCATION_SCHEME_NAME_CY} (blank: the English name in Welsh pages too), {@code CYLCH_ALLOCATION_TABLE}
 * (need areas, levels and points), {@code CYLCH_ALLOCATION_PRICE_PER_POINT} and
 * {@code CYLCH_ALLOCATION_WEEKLY_CEILING}.
 */
@ConfigurationProperties("cylch.allocation")
record AllocationSettings(String schemeName, @Nullable String schemeNameCy, Resource table, BigDecimal pricePerPoint,
                          BigDecimal weeklyCeiling) {

    /** Reads the table: a heading row per area (level and points empty), then a row per level. */
    ResourceAllocationScheme scheme() {
        Map<String, String[]> headings = new LinkedHashMap<>();
        Map<String, List<NeedArea.Level>> levels = new LinkedHashMap<>();
        for (String[] row : ReferenceFile.rows(table, 5)) {
            if (row[1].isEmpty()) {
                headings.put(row[0], row);
                levels.put(row[0], new ArrayList<>());
            } else if (levels.containsKey(row[0])) {
                levels.get(row[0]).add(new NeedArea.Level(Integer.parseInt(row[1]), Integer.parseInt(row[2]),
                        row[3], row[4]));
            } else {
                throw new IllegalStateException("Level before its area's heading in " + table.getDescription()
                        + ": " + String.join("|", row));
            }
        }
        List<NeedArea> areas = headings.values().stream()
                .map(h -> new NeedArea(h[0], h[3], h[4], levels.get(h[0]))).toList();
        return new ResourceAllocationScheme(schemeName, schemeNameCy == null ? "" : schemeNameCy, areas,
                pricePerPoint, weeklyCeiling);
    }
}
