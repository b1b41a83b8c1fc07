package cymru.cylch.contracts;

import org.jspecify.annotations.Nullable;

/**
 * One published evaluation criterion: its number in the procurement, its title, its kind and its weight in percent
 * (the weights of a procurement sum to exactly 100), and what bidders are asked to say about it.
 */
public record Criterion(int number, String title, CriterionKind kind, int weight, @Nullable String guidance) {
}
