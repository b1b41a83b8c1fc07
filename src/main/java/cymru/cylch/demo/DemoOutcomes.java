package cymru.cylch.demo;

import cymru.cylch.people.Language;
import cymru.cylch.people.OutcomeAgreement;
import cymru.cylch.people.PeopleSetup;
import cymru.cylch.people.Rating;
import cymru.cylch.people.ReviewRecord;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Two to five personal outcomes for each person in the demo county, in their preferred language, with review
 * histories: a first review six weeks after agreement, then yearly. How often outcomes are achieved varies by
 * area and improves with time, so that the commissioner's figures have something to show. A few outcomes are
 * written as outputs, as happens in real plans, so the helper's quality figures do too.
 */
final class DemoOutcomes {

    private record Wording(String english, String welsh, String domain) {
    }

    private static final List<Wording> WORDINGS = List.of(
            new Wording("I want to get to chapel on Sundays again", "Rydw i eisiau mynd i’r capel ar ddydd Sul eto",
                    "wales-nof/relationships"),
            new Wording("I want to stay living in my own home", "Rydw i eisiau aros yn byw yn fy nghartref fy hun",
                    "wales-nof/accommodation"),
            new Wording("I want to feel safe when I am on my own at night",
                    "Rydw i eisiau teimlo’n ddiogel pan fydda i ar fy mhen fy hun yn y nos", "wales-nof/protection"),
            new Wording("I want to be able to wash and dress myself", "Rydw i eisiau gallu ymolchi a gwisgo fy hun",
                    "wales-nof/control"),
            new Wording("I want to see my grandchildren every week", "Rydw i eisiau gweld fy wyrion bob wythnos",
                    "wales-nof/relationships"),
            new Wording("I want to get out to the shops on my own",
                    "Rydw i eisiau mynd allan i’r siopau ar fy mhen fy hun", "wales-nof/control"),
            new Wording("I want to feel less lonely", "Rydw i eisiau teimlo’n llai unig", "wales-nof/health"),
            new Wording("I want to manage my own medication", "Rydw i eisiau rheoli fy meddyginiaeth fy hun",
                    "wales-nof/health"),
            new Wording("I want to keep going to the choir", "Rydw i eisiau dal i fynd i’r côr", "wales-nof/education"),
            new Wording("I want to help out at the community garden", "Rydw i eisiau helpu yn yr ardd gymunedol",
                    "wales-nof/contribution"),
            new Wording("I want to cook my own meals", "Hoffwn goginio fy mhrydau fy hun", "wales-nof/control"),
            new Wording("I want to walk to the end of the street without falling",
                    "Rydw i eisiau cerdded i ben y stryd heb gwympo", "wales-nof/health"),
            new Wording("I want to manage my money and pay my own bills",
                    "Rydw i eisiau rheoli fy arian a thalu fy miliau fy hun", "wales-nof/social-economic"),
            new Wording("Provide 10 hours of home care a week", "Darparu 10 awr o ofal cartref yr wythnos",
                    "wales-nof/health"),
            new Wording("Twice daily visits to help with personal care",
                    "Ymweliadau ddwywaith y dydd i helpu gyda gofal personol", "wales-nof/control"));

    private final long seed;
    private final LocalDate today;

    DemoOutcomes(long seed, LocalDate today) {
        this.seed = seed;
        this.today = today;
    }

    @SuppressFBWarnings(value = "PREDICTABLE_RANDOM",
            justification = "Seeded so that the fictional demo county is the same on every start; no secret")
    List<PeopleSetup.PastOutcome> outcomesOf(List<PeopleSetup.NewPerson> people) {
        Random random = new Random(seed);
        List<PeopleSetup.PastOutcome> outcomes = new ArrayList<>();
        int n = 0;
        for (PeopleSetup.NewPerson person : people) {
            int count = 2 + random.nextInt(4);
            LocalDate end = person.dateOfDeath() == null ? today : person.dateOfDeath();
            LocalDate agreedOn = end.minusDays(30 + random.nextInt(900));
            // Areas differ: the further down the list of areas, the harder outcomes are to achieve.
            int areaIndex = DemoPeople.areaIndex(person.details().address().areaCode());
            List<Wording> chosen = new ArrayList<>(WORDINGS);
            for (int i = 0; i < count; i++) {
                Wording wording = chosen.remove(random.nextInt(chosen.size()));
                boolean welsh = person.details().preferredLanguage() == Language.CY;
                var agreement = new OutcomeAgreement(welsh ? wording.welsh() : wording.english(), wording.domain(),
                        null, null, agreedOn.plusMonths(12), null, true, random.nextDouble() < 0.9);
                outcomes.add(new PeopleSetup.PastOutcome(DemoCounty.id("outcome-" + n++), person.id(), agreement,
                        agreedOn, reviews(random, agreedOn, end, areaIndex)));
            }
        }
        return outcomes;
    }

    private List<ReviewRecord> reviews(Random random, LocalDate agreedOn, LocalDate end, int areaIndex) {
        List<ReviewRecord> reviews = new ArrayList<>();
        LocalDate due = agreedOn.plusWeeks(6);
        int round = 0;
        while (!due.isAfter(end)) {
            // A review is sometimes late; now and then one is missed, leaving the person overdue.
            LocalDate held = due.plusDays(random.nextInt(21));
            if (held.isAfter(end) || random.nextDouble() < 0.08) {
                break;
            }
            double chance = 0.35 + 0.15 * round - 0.05 * areaIndex + random.nextDouble() * 0.3;
            Rating rating = random.nextDouble() < 0.06 ? Rating.NO_LONGER_RELEVANT
                    : chance > 0.6 ? Rating.ACHIEVED : chance > 0.35 ? Rating.PARTLY_ACHIEVED : Rating.NOT_ACHIEVED;
            int score = switch (rating) {
                case ACHIEVED -> 8 + random.nextInt(3);
                case PARTLY_ACHIEVED -> 4 + random.nextInt(4);
                case NOT_ACHIEVED -> random.nextInt(4);
                case NO_LONGER_RELEVANT -> random.nextInt(11);
            };
            boolean differ = random.nextDouble() < 0.1;
            reviews.add(new ReviewRecord(held, rating, score, "Discussed at the review with the person and their "
                    + "provider", null, null, null, null, differ, differ ? "The provider rated it higher" : null));
            if (rating == Rating.ACHIEVED || rating == Rating.NO_LONGER_RELEVANT) {
                break;
            }
            due = held.plusMonths(12);
            round++;
        }
        return reviews;
    }
}
