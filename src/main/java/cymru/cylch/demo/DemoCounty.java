package cymru.cylch.demo;

import cymru.cylch.organisations.OrganisationDetails;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.organisations.PublicIdentifiers;
import cymru.cylch.platform.security.Role;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Mynyddwen, a fictional Welsh county: one council, one health board, twelve home care providers and one demo
 * user per role. Everything follows from the seed, ids included, so two runs give the same county.
 * Names and numbers are invented; any likeness to a real body is chance.
 */
final class DemoCounty {

    static final String PASSWORD = "Cylch-demo-1";
    static final int PROVIDERS = 12;

    private static final String[] PLACES = {"Aberwen", "Bryn Hafod", "Cwm Eithin", "Dolgarth", "Glan Teifion",
            "Llanfedw", "Maes y Ffin", "Nant Celyn", "Pen y Waun", "Rhosfawr", "Tal y Bont Uchaf", "Ystrad Goch",
            "Coed Arian", "Ffynnon Las"};
    private static final String[] ENGLISH_FORMS = {"Home Care Ltd", "Care at Home Ltd", "Community Support CIC",
            "Domiciliary Care Ltd", "Support Services Ltd", "Care Co-operative Ltd"};
    private static final String[] WELSH_FORMS = {"Gofal Cartref", "Gofal yn y Cartref", "Cymorth Cymunedol",
            "Gofal Cartref", "Gwasanaethau Cymorth", "Cwmni Cydweithredol Gofal"};

    record DemoOrganisation(UUID id, OrganisationDetails details, boolean registeredByCouncil) {
    }

    record DemoUser(UUID id, String username, String displayName, UUID organisationId, Set<Role> roles) {
        String token() {
            return "cylch-demo-token-" + username;
        }
    }

    private final long seed;

    DemoCounty(long seed) {
        this.seed = seed;
    }

    static UUID id(String key) {
        return UUID.nameUUIDFromBytes(("cylch-demo/" + key).getBytes(StandardCharsets.UTF_8));
    }

    DemoOrganisation council() {
        return new DemoOrganisation(id("council"), new OrganisationDetails(OrganisationKind.COUNCIL,
                "Mynyddwen County Council", "Cyngor Sir Mynyddwen", PublicIdentifiers.none()), false);
    }

    DemoOrganisation healthBoard() {
        return new DemoOrganisation(id("health-board"), new OrganisationDetails(OrganisationKind.HEALTH_BOARD,
                "Mynyddwen University Health Board", "Bwrdd Iechyd Prifysgol Mynyddwen",
                new PublicIdentifiers(null, null, null, "7Z9")), false);
    }

    @SuppressFBWarnings(value = "PREDICTABLE_RANDOM",
            justification = "Seeded so that the fictional demo county is the same on every start; no secret")
    List<DemoOrganisation> providers() {
        Random random = new Random(seed);
        List<String> places = new ArrayList<>(List.of(PLACES));
        Set<String> companyNumbers = new LinkedHashSet<>();
        List<DemoOrganisation> providers = new ArrayList<>();
        for (int i = 0; i < PROVIDERS; i++) {
            String place = places.remove(random.nextInt(places.size()));
            int form = random.nextInt(ENGLISH_FORMS.length);
            String companyNumber;
            do {
                companyNumber = String.format("%08d", 10_000_000 + random.nextInt(90_000_000));
            } while (!companyNumbers.add(companyNumber));
            String regulator = String.format("CIW-%06d", random.nextInt(1_000_000));
            providers.add(new DemoOrganisation(id("provider-" + (i + 1)), new OrganisationDetails(
                    OrganisationKind.PROVIDER, place + " " + ENGLISH_FORMS[form], WELSH_FORMS[form] + " " + place,
                    new PublicIdentifiers(companyNumber, null, regulator, null)), true));
        }
        return providers;
    }

    List<DemoUser> users() {
        UUID council = council().id();
        UUID firstProvider = providers().getFirst().id();
        return List.of(
                user("admin", "Alys Administrator", council, Role.ADMINISTRATOR),
                user("commissioner", "Cai Commissioner", council, Role.COMMISSIONER),
                user("caremanager", "Carys Care-Manager", council, Role.CARE_MANAGER),
                user("teammanager", "Tomos Team-Manager", council, Role.TEAM_MANAGER),
                user("broker", "Bryn Broker", council, Role.BROKER),
                user("finance", "Ffion Finance", council, Role.FINANCE_OFFICER),
                user("provider", "Pedr Provider", firstProvider, Role.PROVIDER_USER),
                user("auditor", "Awen Auditor", council, Role.AUDITOR));
    }

    private static DemoUser user(String username, String name, UUID organisationId, Role role) {
        return new DemoUser(id("user-" + username), username, name, organisationId, EnumSet.of(role));
    }
}
