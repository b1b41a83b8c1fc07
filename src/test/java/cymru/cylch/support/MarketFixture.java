package cymru.cylch.support;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;

import cymru.cylch.market.Accreditation;
import cymru.cylch.market.ListingContent;
import cymru.cylch.market.Listings;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.security.ApiTokens;
import cymru.cylch.platform.security.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Providers made for one test, with a standing with the demo council and, if asked, a published listing. */
@Component
public class MarketFixture {

    private final OrganisationsFixture organisations;
    private final Accreditation accreditation;
    private final Listings listings;
    private final ApiTokens tokens;

    public MarketFixture(OrganisationsFixture organisations, Accreditation accreditation, Listings listings,
                         ApiTokens tokens) {
        this.organisations = organisations;
        this.accreditation = accreditation;
        this.listings = listings;
        this.tokens = tokens;
    }

    /** A provider of the council's, its user (with an API token) and its standing. */
    public record TestProvider(UUID id, OrganisationsFixture.TestUser user, String token) {
    }

    /** A new provider that has applied to the council. */
    public TestProvider applied(UUID council) {
        UUID provider = organisations.organisation(OrganisationKind.PROVIDER, council);
        var user = organisations.user(provider, Role.PROVIDER_USER);
        String token = "cylch-demo-token-test-" + UUID.randomUUID();
        tokens.issueDemoToken(user.id(), provider, Set.of(Role.PROVIDER_USER), token);
        try {
            accreditation.apply(SignedIn.asMemberOf("PROVIDER", user.id(), provider, Role.PROVIDER_USER), council,
                    "Registered with the regulator");
        } finally {
            SignedIn.clear();
        }
        return new TestProvider(provider, user, token);
    }

    /**
     * Makes an existing provider organisation accredited by the council until next year (applying through a user of
     * its own), so that the council may give it new work; nothing if it already has a standing.
     */
    public void accredited(UUID council, UUID provider) {
        try {
            if (accreditation.knows(council, provider)) {
                return;
            }
            var user = organisations.user(provider, Role.PROVIDER_USER);
            accreditation.apply(SignedIn.asMemberOf("PROVIDER", user.id(), provider, Role.PROVIDER_USER), council,
                    "Registered with the regulator");
            accreditation.accredit(SignedIn.as(UUID.randomUUID(), council, Role.COMMISSIONER), provider,
                    "Inspection report", LocalDate.now().plusYears(1), "Meets the criteria");
        } finally {
            SignedIn.clear();
        }
    }

    /** A new provider, accredited by the demo council until next year, with a published listing. */
    public TestProvider listed() {
        var provider = applied(DEMO_COUNCIL);
        try {
            accreditation.accredit(SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, Role.COMMISSIONER), provider.id(),
                    "Inspection report", LocalDate.now().plusYears(1), "Meets the criteria");
            var member = SignedIn.asMemberOf("PROVIDER", provider.user().id(), provider.id(), Role.PROVIDER_USER);
            listings.saveDraft(member, listing("Published description"));
            listings.publish(member);
        } finally {
            SignedIn.clear();
        }
        return provider;
    }

    /** A new provider, accredited by the council until next year by {@code commissioner}, with this listing. */
    public TestProvider listed(UUID council, UUID commissioner, ListingContent listing) {
        var provider = applied(council);
        try {
            accreditation.accredit(SignedIn.as(commissioner, council, Role.COMMISSIONER), provider.id(),
                    "Inspection report", LocalDate.now().plusYears(1), "Meets the criteria");
            var member = SignedIn.asMemberOf("PROVIDER", provider.user().id(), provider.id(), Role.PROVIDER_USER);
            listings.saveDraft(member, listing);
            listings.publish(member);
        } finally {
            SignedIn.clear();
        }
        return provider;
    }

    /**
     * A new provider accredited by the council until next year that publishes these listings one after another,
     * the last being the one the council sees.
     */
    public TestProvider listedWith(UUID council, ListingContent first, ListingContent... later) {
        var provider = listed(council, UUID.randomUUID(), first);
        for (ListingContent version : later) {
            publish(provider, version);
        }
        return provider;
    }

    /** The provider publishes a new version of its listing. */
    public void publish(TestProvider provider, ListingContent content) {
        try {
            var member = SignedIn.asMemberOf("PROVIDER", provider.user().id(), provider.id(), Role.PROVIDER_USER);
            listings.saveDraft(member, content);
            listings.publish(member);
        } finally {
            SignedIn.clear();
        }
    }

    /** The council removes the provider from its list. */
    public void remove(UUID council, TestProvider provider) {
        try {
            accreditation.remove(SignedIn.as(UUID.randomUUID(), council, Role.COMMISSIONER), provider.id(),
                    "No longer trading");
        } finally {
            SignedIn.clear();
        }
    }

    /**
     * A listing of the services in the areas at an hourly price (none if null), with its capacity, vacancies,
     * Welsh-speaking staff and whether it makes the Welsh active offer.
     */
    public static ListingContent listing(List<String> services, List<String> areas, @Nullable String hourly,
                                         int capacity, int vacancies, int welshStaff, boolean activeOffer) {
        return new ListingContent(services, areas, hourly == null ? null : new BigDecimal(hourly), null, null,
                capacity, vacancies, welshStaff, activeOffer, null, "Care at home", "office@example.org",
                "01970 600000");
    }

    /** A listing of home care in Aberwen at £26.50 an hour, 400 hours with 40 free. */
    public static ListingContent listing(String description) {
        return new ListingContent(List.of("home-care"), List.of("MYN-ABW"), new BigDecimal("26.50"),
                new BigDecimal("900.00"), null, 400, 40, 3, true, "Polish", description, "office@example.org",
                "01970 600000");
    }
}
