package cymru.cylch.demo;

import cymru.cylch.people.Language;
import cymru.cylch.people.NhsNumber;
import cymru.cylch.people.PeopleSetup;
import cymru.cylch.people.PersonDetails;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * The people of the demo county: about 1,070 people with care and support (the Calderdale scale of the domain
 * guide), mostly older, about a fifth preferring Welsh, spread over six areas. NHS numbers are in the 999
 * range kept for testing, with valid check digits, so none is a real person's.
 */
final class DemoPeople {

    static final int PEOPLE = 1_070;

    private static final String[] GIVEN = {"Gwen", "Dilys", "Megan", "Eirlys", "Nesta", "Olwen", "Bethan", "Catrin",
            "Mair", "Rhiannon", "Margaret", "Joan", "Mary", "Patricia", "Dorothy", "Jean", "Iris", "Glenys",
            "Dafydd", "Gwilym", "Emyr", "Huw", "Ieuan", "Islwyn", "Gareth", "Tomos", "John", "David", "William",
            "Robert", "Kenneth", "Brian", "Alan", "Eifion", "Aled", "Siân", "Elen", "Owain", "Rhodri", "Ceri"};
    private static final String[] FAMILY = {"Jones", "Williams", "Davies", "Evans", "Thomas", "Roberts", "Hughes",
            "Lewis", "Morgan", "Griffiths", "Price", "Edwards", "Owen", "Rees", "Jenkins", "Lloyd", "Parry",
            "Pritchard", "Powell", "Phillips", "Rowlands", "Watkins", "Bowen", "Howells", "Vaughan", "Pugh",
            "Morris", "James", "Harris", "Smith", "Taylor", "Walker", "Llewelyn", "ap Gwynfor", "Meredith"};
    private static final String[] STREETS = {"Heol y Bryn", "Stryd Fawr", "Ffordd yr Orsaf", "Maes y Dre",
            "Lôn Las", "Heol Newydd", "Rhodfa’r Parc", "Bryn Teg", "Clos y Coed", "Tan y Fron"};
    static final String[][] AREAS = {
            {"MYN-ABW", "Aberwen", "SA98"}, {"MYN-BRH", "Bryn Hafod", "SA97"}, {"MYN-CWE", "Cwm Eithin", "SA96"},
            {"MYN-DOL", "Dolgarth", "SA95"}, {"MYN-LLF", "Llanfedw", "SA94"}, {"MYN-RHF", "Rhosfawr", "SA93"}};

    /** Where an area comes in the list (0 for an unknown one): the further down, the harder outcomes come. */
    static int areaIndex(String areaCode) {
        for (int i = 0; i < AREAS.length; i++) {
            if (AREAS[i][0].equals(areaCode)) {
                return i;
            }
        }
        return 0;
    }
    private static final String[] NEEDS = {"Hard of hearing: speak clearly and face them",
            "Uses large print", "Has dementia: short, simple questions and time to answer",
            "Uses British Sign Language", "Prefers to have her daughter present"};
    private static final String[][] CONTACTS = {{"daughter", "true"}, {"son", "true"}, {"husband", "true"},
            {"wife", "true"}, {"neighbour", "false"}, {"friend from chapel", "false"}, {"niece", "false"}};

    private final long seed;
    private final LocalDate today;

    DemoPeople(long seed, LocalDate today) {
        this.seed = seed;
        this.today = today;
    }

    @SuppressFBWarnings(value = "PREDICTABLE_RANDOM",
            justification = "Seeded so that the fictional demo county is the same on every start; no secret")
    List<PeopleSetup.NewPerson> people() {
        Random random = new Random(seed);
        Set<String> nhsNumbers = new HashSet<>();
        List<PeopleSetup.NewPerson> people = new ArrayList<>(PEOPLE);
        for (int i = 0; i < PEOPLE; i++) {
            String given = GIVEN[random.nextInt(GIVEN.length)];
            String family = FAMILY[random.nextInt(FAMILY.length)];
            // Ages 18 to 101, most over 65.
            int age = random.nextDouble() < 0.8 ? 65 + random.nextInt(37) : 18 + random.nextInt(47);
            LocalDate born = today.minusYears(age).minusDays(random.nextInt(365));
            String[] area = AREAS[random.nextInt(AREAS.length)];
            boolean welsh = random.nextDouble() < 0.22;
            var address = new PersonDetails.Address((1 + random.nextInt(120)) + " " + STREETS[random.nextInt(
                    STREETS.length)], null, area[1], area[2] + " " + (1 + random.nextInt(9))
                    + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26)), area[0]);
            var details = new PersonDetails(given, family, born, nhsNumber(random, nhsNumbers), address,
                    welsh ? Language.CY : Language.EN, welsh || random.nextDouble() < 0.6,
                    random.nextDouble() < 0.15 ? NEEDS[random.nextInt(NEEDS.length)] : null,
                    random.nextDouble() < 0.9);
            PeopleSetup.Contact contact = null;
            if (random.nextDouble() < 0.7) {
                String[] kind = CONTACTS[random.nextInt(CONTACTS.length)];
                contact = new PeopleSetup.Contact(GIVEN[random.nextInt(GIVEN.length)] + " "
                        + FAMILY[random.nextInt(FAMILY.length)], kind[0], Boolean.parseBoolean(kind[1]));
            }
            LocalDate died = age > 85 && random.nextDouble() < 0.06 ? today.minusDays(1 + random.nextInt(300)) : null;
            // The demo care manager holds a realistic caseload of about forty people.
            UUID worker = i % 25 == 0 && died == null ? DemoCounty.id("user-caremanager") : null;
            people.add(new PeopleSetup.NewPerson(DemoCounty.id("person-" + i), details, contact, died, worker));
        }
        return people;
    }

    private static NhsNumber nhsNumber(Random random, Set<String> used) {
        while (true) {
            String nine = "999" + String.format("%06d", random.nextInt(1_000_000));
            var check = NhsNumber.checkDigit(nine);
            if (check.isPresent() && used.add(nine)) {
                return new NhsNumber(nine + check.get());
            }
        }
    }
}
