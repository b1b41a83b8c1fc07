package cymru.cylch.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Names with their share of people, from a list in {@code benchmark/} (one {@code name,percent} a line; names
 * without a percent share what is left equally). The data set's SQL draws from them with
 * {@code names[width_bucket(random(), from)]}, where {@code from} holds where each name's share starts in [0, 1).
 */
record WeightedNames(List<String> names, List<Double> from) {

    static WeightedNames read(String resource) {
        List<String> names = new ArrayList<>();
        List<Double> percents = new ArrayList<>();
        for (String line : lines(resource)) {
            String[] parts = line.split(",");
            names.add(parts[0].strip());
            percents.add(parts.length > 1 ? Double.parseDouble(parts[1]) : null);
        }
        double given = percents.stream().filter(p -> p != null).mapToDouble(Double::doubleValue).sum();
        long unweighted = percents.stream().filter(p -> p == null).count();
        double each = unweighted == 0 ? 0 : (100 - given) / unweighted;
        List<Double> from = new ArrayList<>();
        double start = 0;
        for (Double percent : percents) {
            from.add(start / 100);
            start += percent == null ? each : percent;
        }
        return new WeightedNames(List.copyOf(names), List.copyOf(from));
    }

    String namesArray() {
        return arrayLiteral(names);
    }

    String fromArray() {
        return arrayLiteral(from);
    }

    /** A PostgreSQL array literal, {@code {"Jones","O'Brien"}}, to pass as one parameter and cast. */
    static String arrayLiteral(List<?> values) {
        return values.stream()
                .map(v -> "\"" + v.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static List<String> lines(String resource) {
        return BenchmarkResources.text(resource).lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();
    }
}
