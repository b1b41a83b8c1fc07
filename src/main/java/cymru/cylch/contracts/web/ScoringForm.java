package cymru.cylch.contracts.web;

import cymru.cylch.contracts.ScoreEntry;
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
 * Scores for several bids and criteria at once: an evaluator's (a score and the comment that justifies it) or the
 * moderator's (the agreed score and, where the evaluators differed, the reason). One line per bid and criterion.
 */
record ScoringForm(List<@Valid Line> lines) {

    ScoringForm {
        lines = lines == null ? new ArrayList<>() : new ArrayList<>(lines);
    }

    record Line(@Nullable UUID bid, @Nullable Integer criterion, @Nullable Integer score,
                @MultiLineText @Size(max = 2000) @Nullable String comment) {

        boolean blank() {
            return score == null && TypedNumbers.blank(comment);
        }
    }

    /** An evaluator may leave lines blank for later; a line begun needs a score and a comment. */
    void validateScores(Errors errors) {
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.blank()) {
                continue;
            }
            if (line.score() == null) {
                FormErrors.reject(errors, "lines[" + i + "].score", "procurement.score.missing");
            }
            if (TypedNumbers.blank(line.comment())) {
                FormErrors.reject(errors, "lines[" + i + "].comment", "procurement.score.comment");
            }
        }
    }

    /** The moderator agrees a score on every line. */
    void validateModeration(Errors errors) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).score() == null) {
                FormErrors.reject(errors, "lines[" + i + "].score", "procurement.moderation.missing");
            }
        }
    }

    /** The lines given, as entries; only after validation. */
    List<ScoreEntry> entries() {
        List<ScoreEntry> entries = new ArrayList<>();
        for (Line line : lines) {
            UUID bid = line.bid();
            Integer criterion = line.criterion();
            Integer score = line.score();
            if (!line.blank() && bid != null && criterion != null && score != null) {
                entries.add(new ScoreEntry(bid, criterion, score, line.comment()));
            }
        }
        return entries;
    }

    /** The line a rule's part ({@code bid/criterion}) is about, or -1. */
    int lineOf(@Nullable String part) {
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if ((line.bid() + "/" + line.criterion()).equals(part)) {
                return i;
            }
        }
        return -1;
    }
}
