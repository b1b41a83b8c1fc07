package cymru.cylch.market.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import cymru.cylch.contracts.CareServices;
import cymru.cylch.market.ListingContent;
import cymru.cylch.market.ProviderListing;
import cymru.cylch.organisations.ListedOrganisation;
import cymru.cylch.people.Areas;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Published listings in the shape of <b>Open Referral UK</b>, the UK profile of the Human Services Data
 * Specification (<b>HSDS) version 3.0</b> (openreferraluk.org; OpenReferralUK/uk-profile): a page of services, each
 * listed kind of service of a provider being one HSDS service, with its organization, service_areas, cost_options
 * (amount as a number, currency GBP, amount_description), languages and contacts, named as the standard names them.
 * Ids are UUIDs made from the provider and what they identify, so the same listing always gives the same ids.
 * What HSDS has no field for (capacity, vacancies) is left out. The UK profile leaves {@code currency} out of
 * cost_option; HSDS 3.0 has it, and Cylch gives it, as consumers outside the UK profile read it.
 */
@Component
class OpenReferralUk {

    /** The standard and version this export follows. */
    static final String STANDARD = "Open Referral UK (HSDS 3.0 UK profile)";

    private final CareServices services;
    private final Areas areas;

    OpenReferralUk(CareServices services, Areas areas) {
        this.services = services;
        this.areas = areas;
    }

    /** A page of services, as HSDS 3.0's {@code GET /services} answers (one page holding everything). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Page(@JsonProperty("total_items") int totalItems, @JsonProperty("total_pages") int totalPages,
                @JsonProperty("page_number") int pageNumber, int size, @JsonProperty("first_page") boolean firstPage,
                @JsonProperty("last_page") boolean lastPage, boolean empty, List<Service> contents) {

        static Page of(List<Service> services) {
            return new Page(services.size(), 1, 1, services.size(), true, true, services.isEmpty(), services);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Service(String id, @JsonProperty("organization_id") String organizationId, String name,
                   @Nullable String description, String url, @Nullable String email, String status,
                   @JsonProperty("last_modified") Instant lastModified, Organization organization,
                   @JsonProperty("service_areas") List<ServiceArea> serviceAreas,
                   @JsonProperty("cost_options") List<CostOption> costOptions, List<Language> languages,
                   List<Contact> contacts) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Organization(String id, String name, String description, @Nullable String email) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ServiceArea(String id, @JsonProperty("service_id") String serviceId, String name,
                       @Nullable String description) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CostOption(String id, @JsonProperty("service_id") String serviceId, String option, BigDecimal amount,
                      String currency, @JsonProperty("amount_description") String amountDescription) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Language(String id, @JsonProperty("service_id") String serviceId, String name, @Nullable String code,
                    @Nullable String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Contact(String id, @JsonProperty("service_id") String serviceId, String name, @Nullable String email,
                   List<Phone> phones) {
    }

    record Phone(String id, String number) {
    }

    /** Every published listing as services, in the language given ("cy" or "en") for names. */
    Page page(List<ProviderListing> listings, Map<OrganisationId, ListedOrganisation> providers, String baseUrl,
              String language) {
        List<Service> all = new ArrayList<>();
        for (ProviderListing listing : listings) {
            var provider = providers.get(listing.provider());
            if (provider != null) {
                all.addAll(services(listing, provider, baseUrl, language));
            }
        }
        return Page.of(all);
    }

    private List<Service> services(ProviderListing listing, ListedOrganisation provider, String baseUrl,
                                   String language) {
        ListingContent c = listing.content();
        UUID providerId = provider.id().value();
        String organisationName = provider.nameIn(language);
        var organization = new Organization(providerId.toString(), organisationName,
                c.description() == null ? organisationName : c.description(), c.contactEmail());
        return c.services().stream().map(code -> {
            String serviceId = id(providerId, "service/" + code);
            return new Service(serviceId, providerId.toString(),
                    services.nameOf(code, language) + " – " + organisationName, c.description(),
                    baseUrl + "/api/v1/market/listings/" + providerId, c.contactEmail(), "active",
                    listing.publishedAt(), organization, serviceAreas(providerId, serviceId, c, language),
                    costOptions(providerId, serviceId, c, language), languages(providerId, serviceId, c, language),
                    contacts(providerId, serviceId, c, organisationName));
        }).toList();
    }

    private List<ServiceArea> serviceAreas(UUID provider, String serviceId, ListingContent c, String language) {
        return c.areas().stream().map(area -> new ServiceArea(id(provider, serviceId + "/area/" + area), serviceId,
                areas.nameOf(area, language), area)).toList();
    }

    private static List<CostOption> costOptions(UUID provider, String serviceId, ListingContent c,
                                                String language) {
        boolean welsh = "cy".equals(language);
        List<CostOption> options = new ArrayList<>();
        cost(options, provider, serviceId, "hour", c.hourly(), welsh ? "Yr awr" : "Per hour",
                welsh ? "yr awr" : "per hour");
        cost(options, provider, serviceId, "week", c.weekly(), welsh ? "Yr wythnos" : "Per week",
                welsh ? "yr wythnos" : "per week");
        cost(options, provider, serviceId, "package", c.perPackage(), welsh ? "Y pecyn" : "Per package",
                welsh ? "y pecyn gofal" : "per package of care");
        return options;
    }

    private static void cost(List<CostOption> options, UUID provider, String serviceId, String per,
                             @Nullable Money amount, String option, String description) {
        if (amount != null) {
            options.add(new CostOption(id(provider, serviceId + "/cost/" + per), serviceId, option, amount.amount(),
                    Money.CURRENCY, description));
        }
    }

    private static List<Language> languages(UUID provider, String serviceId, ListingContent c, String language) {
        boolean welsh = "cy".equals(language);
        List<Language> spoken = new ArrayList<>();
        spoken.add(new Language(id(provider, serviceId + "/language/en"), serviceId, welsh ? "Saesneg" : "English",
                "en", null));
        if (c.welshSpeakingStaff() > 0 || c.welshActiveOffer()) {
            String note = (welsh ? "Staff sy’n siarad Cymraeg: " : "Welsh-speaking staff: ") + c.welshSpeakingStaff()
                    + (c.welshActiveOffer() ? (welsh ? "; gwneir y Cynnig Rhagweithiol" : "; makes the Welsh active offer")
                    : "");
            spoken.add(new Language(id(provider, serviceId + "/language/cy"), serviceId, welsh ? "Cymraeg" : "Welsh",
                    "cy", note));
        }
        for (String other : c.otherLanguageList()) {
            spoken.add(new Language(id(provider, serviceId + "/language/" + other), serviceId, other, null, null));
        }
        return spoken;
    }

    private static List<Contact> contacts(UUID provider, String serviceId, ListingContent c, String name) {
        if (c.contactEmail() == null && c.contactPhone() == null) {
            return List.of();
        }
        List<Phone> phones = c.contactPhone() == null ? List.of()
                : List.of(new Phone(id(provider, serviceId + "/phone"), c.contactPhone()));
        return List.of(new Contact(id(provider, serviceId + "/contact"), serviceId, name, c.contactEmail(), phones));
    }

    private static String id(UUID provider, String what) {
        return UUID.nameUUIDFromBytes(("cylch-market/" + provider + "/" + what).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
