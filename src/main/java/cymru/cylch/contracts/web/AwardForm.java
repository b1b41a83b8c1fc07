package cymru.cylch.contracts.web;

import cymru.cylch.contracts.AwardChoice;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.MultiLineText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The award decision: for each lot the bids chosen (one for a block contract, one or more for a framework agreement)
 * and, when they are not the highest scoring in rank order, why.
 */
record AwardForm(List<@Valid Line> lines) {

    AwardForm {
        lines = lines == null ? new ArrayList<>() : new ArrayList<>(lines);
    }

    record Line(@Nullable Integer lot, @Nullable List<UUID> bids,
                @MultiLineText @Size(max = 2000) @Nullable String reason) {
    }

    void validate(Errors errors) {
        for (int i = 0; i < lines.size(); i++) {
            List<UUID> bids = lines.get(i).bids();
            if (bids == null || bids.isEmpty()) {
                FormErrors.reject(errors, "lines[" + i + "].bids", "procurement.award.choose");
            }
        }
    }

    List<AwardChoice> choices() {
        List<AwardChoice> choices = new ArrayList<>();
        for (Line line : lines) {
            Integer lot = line.lot();
            List<UUID> bids = line.bids();
            if (lot != null && bids != null) {
                bids.forEach(bid -> choices.add(new AwardChoice(lot, bid, line.reason())));
            }
        }
        return choices;
    }

    /** The line about a lot, by the lot's number as a rule's part, or -1. */
    int lineOf(@Nullable String part) {
        for (int i = 0; i < lines.size(); i++) {
            if (String.valueOf(lines.get(i).lot()).equals(part)) {
                return i;
            }
        }
        return -1;
    }
}
