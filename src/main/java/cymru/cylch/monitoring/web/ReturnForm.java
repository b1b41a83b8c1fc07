package cymru.cylch.monitoring.web;

import cymru.cylch.monitoring.Figures;
import cymru.cylch.monitoring.Measure;
import cymru.cylch.monitoring.MeasureId;
import cymru.cylch.monitoring.ReturnRow;
import cymru.cylch.platform.web.MultiLineText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A return typed into the form: one row per measure, and the reason when it is sent again. */
record ReturnForm(@Nullable List<@Valid Row> rows, @MultiLineText @Size(max = 2000) @Nullable String reason) {

    /** One measure's figures as typed. */
    record Row(@Size(max = 60) @Nullable String measure, @Size(max = 30) @Nullable String numerator,
               @Size(max = 30) @Nullable String denominator) {
    }

    /** A row for each measure, filled with what was sent for it before (so sending again changes only what differs). */
    static ReturnForm of(List<Measure> measures, Map<MeasureId, Figures> sent) {
        return new ReturnForm(measures.stream().map(m -> {
            Figures before = sent.get(m.id());
            return new Row(m.reference(), before == null ? null : plain(before.numerator()),
                    before == null || before.denominator() == null ? null : plain(before.denominator()));
        }).toList(), null);
    }

    private static String plain(BigDecimal figure) {
        return figure.stripTrailingZeros().toPlainString();
    }

    /** The rows as the return checks them, numbered as the form lists them. */
    List<ReturnRow> returnRows() {
        List<ReturnRow> returned = new ArrayList<>();
        List<Row> typed = rows == null ? List.of() : rows;
        for (int i = 0; i < typed.size(); i++) {
            Row row = typed.get(i);
            returned.add(new ReturnRow(i + 1, row.measure() == null ? "" : row.measure(), row.numerator(),
                    row.denominator()));
        }
        return returned;
    }
}
