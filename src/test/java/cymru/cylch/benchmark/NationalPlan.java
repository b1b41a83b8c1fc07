package cymru.cylch.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The councils of the national data set (DESIGN.md, "Scale"): 175 councils and 600,000 people at scale 1, very
 * unequal in size: one large council of 20,000, the rest drawn from a log-normal distribution (median about
 * 2,900; most between 1,000 and 5,000, a few up to 9,000), scaled to add up. The same for every run.
 */
record NationalPlan(List<Council> councils) {

    static final int COUNCILS = 175;
    static final int PEOPLE = 600_000;
    static final int LARGE_COUNCIL = 20_000;
    private static final long SEED = 2026_11_22L;

    static NationalPlan at(double scale) {
        int[] sizes = sizes(scale);
        List<Council> councils = new ArrayList<>(COUNCILS);
        long first = 1;
        for (int i = 0; i < COUNCILS; i++) {
            councils.add(new Council(i + 1, sizes[i], first));
            first += sizes[i];
        }
        return new NationalPlan(List.copyOf(councils));
    }

    private static int[] sizes(double scale) {
        Random random = new Random(SEED);
        double[] drawn = new double[COUNCILS - 1];
        for (int i = 0; i < drawn.length; i++) {
            drawn[i] = Math.clamp(2_900 * Math.exp(0.45 * random.nextGaussian()), 800, 9_000);
        }
        double rest = (PEOPLE - LARGE_COUNCIL) * scale / Arrays.stream(drawn).sum();
        int[] sizes = new int[COUNCILS];
        sizes[0] = Math.max(1, (int) Math.round(LARGE_COUNCIL * scale));
        for (int i = 0; i < drawn.length; i++) {
            sizes[i + 1] = Math.max(1, (int) Math.round(drawn[i] * rest));
        }
        return sizes;
    }

    Council large() {
        return councils.getFirst();
    }

    /** The council of median size: what most councils look like. */
    Council typical() {
        List<Council> bySize = councils.stream().sorted(Comparator.comparingInt(Council::people)).toList();
        return bySize.get(bySize.size() / 2);
    }

    long people() {
        return councils.stream().mapToLong(Council::people).sum();
    }
}
