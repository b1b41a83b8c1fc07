package cymru.cylch.measurement;

import java.math.BigDecimal;
import java.util.List;

/**
 * An instrument made up for tests, with the kinds of item no shipped instrument has yet: a reverse-scored
 * Likert item, a yes/no item and a number.
 */
final class MixedInstrument {

    static final InstrumentDefinition DEFINITION = new InstrumentDefinition("test-mixed", "2",
            new Wording("Mixed test instrument", "Offeryn prawf cymysg"),
            new Wording("Three questions of different kinds.", "Tri chwestiwn o fathau gwahanol."),
            "Made up for Cylch's tests.", new Wording("Free to use.", "Am ddim i’w ddefnyddio."),
            List.of(
                    new Item("lonely", ItemType.LIKERT, new Wording("I feel lonely", "Rwy’n teimlo’n unig"),
                            BigDecimal.ONE, BigDecimal.valueOf(3), true, null, List.of(
                                    new Wording("Never", "Byth"), new Wording("Sometimes", "Weithiau"),
                                    new Wording("Often", "Yn aml"))),
                    new Item("goes-out", ItemType.YES_NO, new Wording("I go out each week", "Rwy’n mynd allan bob wythnos"),
                            BigDecimal.ZERO, BigDecimal.ONE, false, null, List.of()),
                    new Item("visits", ItemType.NUMBER, new Wording("Visits from friends last month",
                            "Ymweliadau gan ffrindiau y mis diwethaf"), BigDecimal.ZERO, BigDecimal.valueOf(31),
                            false, null, List.of())),
            List.of(new ScoreDefinition("connected", new Wording("Connectedness", "Cysylltiad"), ScoreMethod.MEAN,
                    List.of("lonely", "goes-out"), new MissingRule(1, false), 2, BigDecimal.ZERO,
                    BigDecimal.valueOf(3), null, null, null, null, null, false, false)));

    private MixedInstrument() {
    }
}
