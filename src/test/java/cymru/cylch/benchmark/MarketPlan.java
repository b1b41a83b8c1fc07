package cymru.cylch.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The providers of the national market (DESIGN.md, "Scale"): 5,000 at scale 1, each based in one council and
 * working with up to three neighbouring ones too, so that a council has providers in proportion to its people. The first
 * 175 are based one in each council, so that even a small scale has a provider in every council. The same for every
 * run.
 */
record MarketPlan(NationalPlan nation, List<Provider> providers) {

    static final int PROVIDERS = 5_000;
    private static final long SEED = 2026_12_03L;

    /** A provider and the numbers of the councils it works with, its home council first. */
    record Provider(int number, List<Integer> councils) {

        UUID id() {
            return UUID.nameUUIDFromBytes(("cylch-benchmark/provider/" + number).getBytes(StandardCharsets.UTF_8));
        }

        String name() {
            return "Benchmark care provider %04d".formatted(number);
        }

        boolean worksWith(Council council) {
            return councils.contains(council.number());
        }
    }

    static MarketPlan of(NationalPlan nation, double scale) {
        int count = Math.max(nation.councils().size(), (int) Math.round(PROVIDERS * scale));
        Random random = new Random(SEED);
        List<Council> councils = nation.councils();
        double people = nation.people();
        List<Provider> providers = new ArrayList<>(count);
        int home = 0;
        double reached = councils.getFirst().people();
        int rest = count - councils.size();
        for (int n = 1; n <= count; n++) {
            // One in each council; the rest spread over councils in proportion to their people.
            double share = (n - councils.size() - 0.5) / Math.max(1, rest) * people;
            while (share > reached && home < councils.size() - 1) {
                home++;
                reached += councils.get(home).people();
            }
            int based = n <= councils.size() ? n - 1 : home;
            List<Integer> works = new ArrayList<>(List.of(based + 1));
            addIf(works, based + 2, random.nextDouble() < 0.5, councils.size());
            addIf(works, based, random.nextDouble() < 0.25, councils.size());
            addIf(works, based + 3, random.nextDouble() < 0.1, councils.size());
            providers.add(new Provider(n, List.copyOf(works)));
        }
        return new MarketPlan(nation, List.copyOf(providers));
    }

    private static void addIf(List<Integer> works, int council, boolean chosen, int councils) {
        if (chosen && council >= 1 && council <= councils) {
            works.add(council);
        }
    }

    List<Provider> of(Council council) {
        return providers.stream().filter(p -> p.worksWith(council)).toList();
    }
}
