package cymru.cylch.measurement;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The scoring half of issue 4's benchmark, run as a command, never in the build (the name does not match
 * Surefire's test patterns): {@code ./mvnw -B test -Dtest=ScoringBenchmark}. On one thread it scores a million
 * administrations of each shipped standard instrument through the engine, and the same answers through the
 * simplest hand-written arithmetic for that instrument (int arrays, no checks), the lower bound; both must give
 * the same scores. Goal: at least 100,000 administrations a second on one core. Figures are printed and written
 * to target/benchmark/scoring.txt.
 */
@Tag("benchmark")
class ScoringBenchmark {

    private static final int ADMINISTRATIONS = Integer.getInteger("benchmark.administrations", 1_000_000);
    private static final int DISTINCT = 100_000;
    private static final int ROUNDS = 3;

    /** Where each round's checksum goes, so the JIT cannot drop the scoring as unused. */
    private static volatile BigDecimal sink = BigDecimal.ZERO;

    @Test
    void scoresAMillionAdministrationsOnOneThread() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("Cylch scoring benchmark: %,d administrations per instrument per round, best of %d rounds, one thread"
                .formatted(ADMINISTRATIONS, ROUNDS));
        lines.add("Java %s, %d processors".formatted(Runtime.version(), Runtime.getRuntime().availableProcessors()));
        lines.add("%-18s %14s %14s %8s  %s".formatted("instrument", "engine adm/s", "bound adm/s", "ratio",
                "goal >= 100,000 adm/s"));
        for (String code : List.of("wemwbs", "swemwbs", "ascot-asc-survey")) {
            lines.add(measure(ShippedInstruments.scorer(code)));
        }
        lines.forEach(System.out::println);
        Files.createDirectories(Path.of("target/benchmark"));
        Files.write(Path.of("target/benchmark/scoring.txt"), lines);
    }

    private static String measure(InstrumentScorer scorer) {
        InstrumentDefinition instrument = scorer.definition();
        List<Item> items = instrument.items();
        Random random = new Random(42);
        int[][] raw = new int[DISTINCT][items.size()];
        List<Map<String, BigDecimal>> answers = new ArrayList<>(DISTINCT);
        for (int a = 0; a < DISTINCT; a++) {
            Map<String, BigDecimal> given = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                int low = items.get(i).min().intValueExact();
                int high = items.get(i).max().intValueExact();
                raw[a][i] = low + random.nextInt(high - low + 1);
                given.put(items.get(i).code(), BigDecimal.valueOf(raw[a][i]));
            }
            answers.add(given);
        }
        HandWritten bound = HandWritten.of(instrument);
        for (int a = 0; a < 1000; a++) {
            BigDecimal engine = scorer.score(answers.get(a)).get(bound.score());
            if (engine.compareTo(bound.score(raw[a])) != 0) {
                throw new IllegalStateException(instrument.code() + ": the bound disagrees with the engine");
            }
        }
        double engineRate = best(() -> {
            BigDecimal sum = BigDecimal.ZERO;
            for (int n = 0; n < ADMINISTRATIONS; n++) {
                sum = sum.add(scorer.score(answers.get(n % DISTINCT)).get(bound.score()));
            }
            return sum;
        });
        double boundRate = best(() -> {
            BigDecimal sum = BigDecimal.ZERO;
            for (int n = 0; n < ADMINISTRATIONS; n++) {
                sum = sum.add(bound.score(raw[n % DISTINCT]));
            }
            return sum;
        });
        return "%-18s %,14.0f %,14.0f %7.1fx  %s".formatted(instrument.code(), engineRate, boundRate,
                boundRate / engineRate, engineRate >= 100_000 ? "pass" : "FAIL");
    }

    /** Administrations a second in the best of the rounds, after one warm-up round. */
    private static double best(Supplier<BigDecimal> round) {
        round.get();
        double best = 0;
        for (int r = 0; r < ROUNDS; r++) {
            long start = System.nanoTime();
            sink = round.get();
            long took = System.nanoTime() - start;
            best = Math.max(best, ADMINISTRATIONS / (took / 1e9));
        }
        return best;
    }

    /** The simplest arithmetic giving one score of an instrument from int answers in item order. */
    private record HandWritten(String score, double @Nullable [][] weights, double multiplier,
                               double constant, BigDecimal @Nullable [] lookup, int decimals) {

        static HandWritten of(InstrumentDefinition instrument) {
            return switch (instrument.code()) {
                case "wemwbs" -> new HandWritten("total", null, 1, 0, null, 0);
                case "swemwbs" -> {
                    ScoreDefinition metric = instrument.score("metric").orElseThrow();
                    BigDecimal[] table = new BigDecimal[36];
                    metric.lookup().forEach((rawScore, value) -> table[rawScore] = value);
                    yield new HandWritten("metric", null, 1, 0, table, 2);
                }
                default -> {
                    ScoreDefinition weighted = instrument.score("weighted").orElseThrow();
                    double[][] table = new double[instrument.items().size()][5];
                    for (int i = 0; i < instrument.items().size(); i++) {
                        var byAnswer = weighted.weights().get(instrument.items().get(i).code());
                        for (int answer = 1; answer <= 4; answer++) {
                            table[i][answer] = byAnswer.get(answer).doubleValue();
                        }
                    }
                    yield new HandWritten("weighted", table, weighted.multiplier().doubleValue(),
                            weighted.constant().doubleValue(), null, 6);
                }
            };
        }

        BigDecimal score(int[] answers) {
            if (weights != null) {
                double sum = 0;
                for (int i = 0; i < answers.length; i++) {
                    sum += weights[i][answers[i]];
                }
                return BigDecimal.valueOf(multiplier * sum + constant).setScale(decimals, RoundingMode.HALF_UP);
            }
            int sum = Arrays.stream(answers).sum();
            return lookup != null ? lookup[sum] : BigDecimal.valueOf(sum);
        }
    }
}
