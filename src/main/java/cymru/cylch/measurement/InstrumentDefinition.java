package cymru.cylch.measurement;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * An instrument, as data: its items and scores, where it comes from, its licence terms (shown to
 * administrators), and its version. A definition is checked when it is made, so a broken file stops Cylch at
 * start-up: every score names real items, a lookup table covers every raw score that can occur, and weights
 * cover every answer.
 */
public record InstrumentDefinition(String code, String version, Wording name, Wording description, String source,
                                   Wording licence, List<Item> items, List<ScoreDefinition> scores) {

    public InstrumentDefinition {
        items = List.copyOf(items);
        scores = List.copyOf(scores);
        Set<String> itemCodes = new HashSet<>();
        for (Item item : items) {
            if (!itemCodes.add(item.code())) {
                throw new IllegalArgumentException(code + ": item " + item.code() + " appears twice");
            }
        }
        Map<String, Item> byCode = new LinkedHashMap<>();
        items.forEach(i -> byCode.put(i.code(), i));
        Set<String> scoreCodes = new HashSet<>();
        for (ScoreDefinition score : scores) {
            if (!scoreCodes.add(score.code())) {
                throw new IllegalArgumentException(code + ": score " + score.code() + " appears twice");
            }
            for (String itemCode : score.items()) {
                if (!byCode.containsKey(itemCode)) {
                    throw new IllegalArgumentException(code + ": score " + score.code() + " names no item " + itemCode);
                }
            }
            checkTables(code, score, score.items().stream().map(byCode::get).toList());
        }
    }

    public InstrumentDefinition withVersion(String newVersion) {
        return new InstrumentDefinition(code, newVersion, name, description, source, licence, items, scores);
    }

    public InstrumentDefinition withCode(String newCode) {
        return new InstrumentDefinition(newCode, version, name, description, source, licence, items, scores);
    }

    public Optional<ScoreDefinition> score(String scoreCode) {
        return scores.stream().filter(s -> s.code().equals(scoreCode)).findFirst();
    }

    public Optional<Item> item(String itemCode) {
        return items.stream().filter(i -> i.code().equals(itemCode)).findFirst();
    }

    private static void checkTables(String instrument, ScoreDefinition score, List<Item> scoreItems) {
        if (score.method() == ScoreMethod.LOOKUP) {
            int low = scoreItems.stream().mapToInt(i -> i.min().intValueExact()).sum();
            int high = scoreItems.stream().mapToInt(i -> i.max().intValueExact()).sum();
            IntStream.rangeClosed(low, high).filter(raw -> !score.lookup().containsKey(raw)).findFirst()
                    .ifPresent(raw -> {
                        throw new IllegalArgumentException(instrument + ": score " + score.code()
                                + " has no lookup for raw score " + raw);
                    });
        }
        if (score.method() == ScoreMethod.WEIGHTED) {
            for (Item item : scoreItems) {
                Map<Integer, BigDecimal> weights = score.weights().get(item.code());
                int low = item.min().intValueExact();
                int high = item.max().intValueExact();
                if (weights == null || IntStream.rangeClosed(low, high).anyMatch(a -> !weights.containsKey(a))) {
                    throw new IllegalArgumentException(instrument + ": score " + score.code()
                            + " lacks weights for item " + item.code());
                }
            }
        }
    }
}
