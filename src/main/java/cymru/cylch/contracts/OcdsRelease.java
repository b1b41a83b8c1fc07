package cymru.cylch.contracts;

import cymru.cylch.contracts.Party.PartyRole;
import cymru.cylch.organisations.ListedOrganisation;
import cymru.cylch.organisations.PublicIdentifiers;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.time.Today;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Writes one contract as an OCDS 1.1 release, field by field, to a streaming generator. Only organisations and
 * the contract's own terms go in: never a person, a service agreement or who made a version.
 *
 * <p>One award, and one contract, per supplier: a framework agreement's or dynamic purchasing system's suppliers
 * each hold their own place on it. A consortium that supplies is one award whose {@code suppliers} are the
 * consortium and then its members, and all of them are parties with the role {@code supplier}: OCDS 1.1 has no
 * code for a consortium or its members (the proposal, open-contracting/standard#370, was left for a later
 * version), its {@code supplier} is any organisation contracted to provide the services, which the members are,
 * and suppliers named together in one award share its items and value, as a consortium's members do. The award's
 * description says which is the consortium.
 */
final class OcdsRelease {

    static final String GBP = Money.CURRENCY;

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final OcdsSettings settings;
    private final Map<OrganisationId, ListedOrganisation> organisations;
    private final LocalDate today;

    OcdsRelease(OcdsSettings settings, Map<OrganisationId, ListedOrganisation> organisations, LocalDate today) {
        this.settings = settings;
        this.organisations = organisations;
        this.today = today;
    }

    /** Who publishes a package: the council, by name and, where it has one, its first public identifier. */
    record Publisher(String name, @Nullable Identifier identifier) {
    }

    Publisher publisher(OrganisationId council) {
        ListedOrganisation listed = organisations.get(council);
        if (listed == null) {
            return new Publisher(council.toString(), null);
        }
        List<Identifier> known = identifiersOf(listed.identifiers());
        return new Publisher(listed.name(), known.isEmpty() ? null : known.getFirst());
    }

    /** The release's own identifier: one per version of the contract, so each variation is a new release. */
    static String releaseId(String ocid, int version) {
        return ocid + "-" + version;
    }

    /** A moment as OCDS writes one, to the second. */
    static String instant(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * Writes the release for the contract as it stands, {@code variations} being its versions after the first
     * and {@code date} when its latest version was made.
     */
    void write(JsonGenerator out, Contract contract, List<ContractVariation> variations, Instant date) {
        ContractTerms terms = contract.terms();
        String ocid = settings.ocid(contract.id());
        List<Party> suppliers = terms.parties().stream().filter(p -> p.role() == PartyRole.SUPPLIER).toList();
        Term term = Term.of(terms);
        out.writeStartObject();
        out.writeStringProperty("ocid", ocid);
        out.writeStringProperty("id", releaseId(ocid, contract.version()));
        out.writeStringProperty("date", instant(date));
        out.writeArrayPropertyStart("tag");
        out.writeString(tag(contract, suppliers));
        out.writeEndArray();
        out.writeStringProperty("initiationType", "tender");
        out.writeStringProperty("language", "en");
        parties(out, contract);
        out.writeName("buyer");
        reference(out, contract.heldBy());
        planning(out, contract);
        tender(out, contract, ocid, term);
        if (!suppliers.isEmpty()) {
            awards(out, contract, suppliers, term);
            contracts(out, contract, suppliers, variations, ocid, term);
        }
        if (contract.parent() != null) {
            out.writeArrayPropertyStart("relatedProcesses");
            out.writeStartObject();
            out.writeStringProperty("id", "framework");
            out.writeArrayPropertyStart("relationship");
            out.writeString("framework");
            out.writeEndArray();
            out.writeStringProperty("scheme", "ocid");
            out.writeStringProperty("identifier", settings.ocid(contract.parent()));
            out.writeEndObject();
            out.writeEndArray();
        }
        out.writeEndObject();
    }

    /** A dynamic purchasing system no one has been admitted to yet is still only a tender. */
    private static String tag(Contract contract, List<Party> suppliers) {
        if (suppliers.isEmpty()) {
            return "tender";
        }
        return contract.version() > 1 ? "contractAmendment" : "contract";
    }

    private void parties(JsonGenerator out, Contract contract) {
        Map<OrganisationId, Set<String>> roles = new LinkedHashMap<>();
        roles.computeIfAbsent(contract.heldBy(), o -> new LinkedHashSet<>()).addAll(List.of("buyer", "procuringEntity"));
        contract.terms().suppliers().forEach(o -> roles.computeIfAbsent(o, k -> new LinkedHashSet<>()).add("supplier"));
        out.writeArrayPropertyStart("parties");
        roles.forEach((organisation, itsRoles) -> {
            out.writeStartObject();
            out.writeStringProperty("id", organisation.toString());
            ListedOrganisation listed = organisations.get(organisation);
            if (listed != null) {
                out.writeStringProperty("name", listed.name());
                identifiers(out, listed);
            }
            out.writeArrayPropertyStart("roles");
            itsRoles.forEach(out::writeString);
            out.writeEndArray();
            out.writeEndObject();
        });
        out.writeEndArray();
    }

    /** The organisation's public identifiers: the first as {@code identifier}, the others as additional ones. */
    private static void identifiers(JsonGenerator out, ListedOrganisation organisation) {
        List<Identifier> known = identifiersOf(organisation.identifiers());
        if (known.isEmpty()) {
            return;
        }
        out.writeName("identifier");
        identifier(out, known.getFirst(), organisation.name());
        if (known.size() > 1) {
            out.writeArrayPropertyStart("additionalIdentifiers");
            known.subList(1, known.size()).forEach(other -> identifier(out, other, organisation.name()));
            out.writeEndArray();
        }
    }

    /**
     * Scheme and identifier pairs from org-id.guide's list: Companies House ({@code GB-COH}), the Charity
     * Commission for England and Wales ({@code GB-CHC}) and the NHS Organisation Data Service ({@code GB-NHS}).
     * The care regulators' registrations have no scheme there, so they are left out.
     */
    static List<Identifier> identifiersOf(PublicIdentifiers identifiers) {
        List<Identifier> known = new ArrayList<>();
        if (identifiers.companiesHouseNumber() != null) {
            known.add(new Identifier("GB-COH", identifiers.companiesHouseNumber()));
        }
        if (identifiers.charityNumber() != null) {
            known.add(new Identifier("GB-CHC", identifiers.charityNumber()));
        }
        if (identifiers.odsCode() != null) {
            known.add(new Identifier("GB-NHS", identifiers.odsCode()));
        }
        return known;
    }

    /** An organisation's identifier in a scheme of org-id.guide. */
    record Identifier(String scheme, String id) {
    }

    private static void identifier(JsonGenerator out, Identifier known, String legalName) {
        out.writeStartObject();
        out.writeStringProperty("scheme", known.scheme());
        out.writeStringProperty("id", known.id());
        out.writeStringProperty("legalName", legalName);
        out.writeEndObject();
    }

    private void reference(JsonGenerator out, OrganisationId organisation) {
        out.writeStartObject();
        out.writeStringProperty("id", organisation.toString());
        ListedOrganisation listed = organisations.get(organisation);
        if (listed != null) {
            out.writeStringProperty("name", listed.name());
        }
        out.writeEndObject();
    }

    /** Why the services are bought: the commissioning model and the outcomes the contract is for; its estimate. */
    private static void planning(JsonGenerator out, Contract contract) {
        ContractTerms terms = contract.terms();
        out.writeObjectPropertyStart("planning");
        out.writeStringProperty("rationale", rationale(terms));
        out.writeObjectPropertyStart("budget");
        out.writeStringProperty("description", "Estimated value of the contract");
        out.writeName("amount");
        value(out, terms.estimatedValue());
        out.writeEndObject();
        out.writeEndObject();
    }

    static String rationale(ContractTerms terms) {
        StringBuilder text = new StringBuilder("Outcomes-based commissioning, model ").append(terms.model().number())
                .append(" (").append(modelName(terms.model())).append(").");
        if (!terms.outcomeStatements().isEmpty()) {
            text.append(" Outcomes: ").append(String.join("; ", terms.outcomeStatements())).append('.');
        }
        if (!terms.outcomeDomains().isEmpty()) {
            text.append(" Outcome framework domains: ").append(String.join(", ", terms.outcomeDomains())).append('.');
        }
        return text.toString();
    }

    private static String modelName(CommissioningModel model) {
        return switch (model) {
            case OUTCOME_BASED_CARE_PLANNING -> "outcome-based care planning";
            case PAYMENT_BY_RESULTS -> "payment by results";
            case POPULATION_ACCOUNTABILITY -> "population accountability";
        };
    }

    private void tender(JsonGenerator out, Contract contract, String ocid, Term term) {
        ContractTerms terms = contract.terms();
        out.writeObjectPropertyStart("tender");
        out.writeStringProperty("id", ocid + "-tender");
        out.writeStringProperty("title", terms.title());
        optional(out, "description", terms.description());
        out.writeStringProperty("status", OcdsCodes.tenderStatus(contract.route(), contract.statusOn(today)));
        out.writeName("procuringEntity");
        reference(out, contract.heldBy());
        items(out, terms);
        out.writeName("value");
        value(out, terms.maximumValue());
        out.writeStringProperty("procurementMethod",
                OcdsCodes.procurementMethod(contract.route(), contract.callOffMethod()));
        out.writeStringProperty("procurementMethodDetails",
                OcdsCodes.procurementMethodDetails(contract.route(), contract.callOffMethod()));
        out.writeStringProperty("mainProcurementCategory", "services");
        out.writeName("contractPeriod");
        term.write(out);
        out.writeEndObject();
    }

    /**
     * The lots, as items (the lots extension is not declared, so lots are described in the core's items), or
     * one item for the whole contract when it has none.
     */
    private static void items(JsonGenerator out, ContractTerms terms) {
        out.writeArrayPropertyStart("items");
        if (terms.lots().isEmpty()) {
            out.writeStartObject();
            out.writeStringProperty("id", "1");
            out.writeStringProperty("description", terms.title());
            out.writeEndObject();
        }
        for (Lot lot : terms.lots()) {
            out.writeStartObject();
            out.writeStringProperty("id", "lot-" + lot.number());
            out.writeStringProperty("description", lotDescription(lot));
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    static String lotDescription(Lot lot) {
        return "Lot " + lot.number() + ": " + lot.title() + " (services: "
                + (lot.services().isEmpty() ? "all" : String.join(", ", lot.services().stream().sorted().toList()))
                + "; areas: "
                + (lot.areas().isEmpty() ? "all" : String.join(", ", lot.areas().stream().sorted().toList())) + ")";
    }

    private void awards(JsonGenerator out, Contract contract, List<Party> suppliers, Term term) {
        ContractTerms terms = contract.terms();
        out.writeArrayPropertyStart("awards");
        for (Party supplier : suppliers) {
            List<OrganisationId> members = terms.parties().stream()
                    .filter(p -> supplier.organisation().equals(p.memberOf())).map(Party::organisation).toList();
            out.writeStartObject();
            out.writeStringProperty("id", awardId(supplier.organisation()));
            out.writeStringProperty("title", terms.title());
            String description = awardDescription(contract, supplier, members, suppliers.size());
            optional(out, "description", description);
            out.writeStringProperty("status", "active");
            out.writeName("value");
            value(out, terms.maximumValue());
            out.writeArrayPropertyStart("suppliers");
            reference(out, supplier.organisation());
            members.forEach(member -> reference(out, member));
            out.writeEndArray();
            out.writeName("contractPeriod");
            term.write(out);
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private @Nullable String awardDescription(Contract contract, Party supplier, List<OrganisationId> members,
                                              int supplierCount) {
        List<String> sentences = new ArrayList<>();
        if (!members.isEmpty()) {
            sentences.add("Awarded to the consortium " + nameOf(supplier.organisation()) + ", listed first; its members "
                    + String.join(", ", members.stream().map(this::nameOf).toList()) + " supply under it.");
        }
        if (contract.route().takesCallOffs()) {
            sentences.add("One of " + supplierCount + " suppliers on it; the value is the most that may be called "
                    + "off under it from all its suppliers together, not this supplier's share.");
        }
        return sentences.isEmpty() ? null : String.join(" ", sentences);
    }

    private String nameOf(OrganisationId organisation) {
        ListedOrganisation listed = organisations.get(organisation);
        return listed == null ? organisation.toString() : listed.name();
    }

    private void contracts(JsonGenerator out, Contract contract, List<Party> suppliers,
                           List<ContractVariation> variations, String ocid, Term term) {
        ContractTerms terms = contract.terms();
        out.writeArrayPropertyStart("contracts");
        for (Party supplier : suppliers) {
            out.writeStartObject();
            out.writeStringProperty("id", contractId(supplier.organisation()));
            out.writeStringProperty("awardID", awardId(supplier.organisation()));
            out.writeStringProperty("title", terms.title());
            optional(out, "description", terms.description());
            out.writeStringProperty("status", OcdsCodes.contractStatus(contract.statusOn(today)));
            out.writeName("period");
            term.write(out);
            out.writeName("value");
            value(out, terms.maximumValue());
            if (!variations.isEmpty()) {
                amendments(out, variations, ocid);
            }
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private static void amendments(JsonGenerator out, List<ContractVariation> variations, String ocid) {
        out.writeArrayPropertyStart("amendments");
        for (ContractVariation variation : variations) {
            out.writeStartObject();
            out.writeStringProperty("id", String.valueOf(variation.number()));
            out.writeStringProperty("date", instant(variation.madeAt()));
            out.writeStringProperty("rationale", variation.reason());
            out.writeStringProperty("description", "Version " + variation.number() + " of the contract");
            out.writeStringProperty("amendsReleaseID", releaseId(ocid, variation.number() - 1));
            out.writeStringProperty("releaseID", releaseId(ocid, variation.number()));
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    /** The supplier's award: one per supplier, as a framework's suppliers each hold their own place on it. */
    static String awardId(OrganisationId supplier) {
        return "award-" + supplier;
    }

    /** The supplier's contract, made under its award. */
    static String contractId(OrganisationId supplier) {
        return "contract-" + supplier;
    }

    /**
     * The term: from the start of its first day to the end of its last, UK time, and extensions up to the
     * furthest; worked out once a release, as the tender, each award and each contract repeat it.
     */
    private record Term(String startDate, String endDate, String maxExtentDate) {

        static Term of(ContractTerms terms) {
            return new Term(startOf(terms.start()), endOf(terms.end()),
                    endOf(terms.end().plusMonths(terms.extensionMonths())));
        }

        void write(JsonGenerator out) {
            out.writeStartObject();
            out.writeStringProperty("startDate", startDate);
            out.writeStringProperty("endDate", endDate);
            out.writeStringProperty("maxExtentDate", maxExtentDate);
            out.writeEndObject();
        }
    }

    /** The start of the day, UK time, as OCDS writes a period's start. */
    static String startOf(LocalDate day) {
        return DATE_TIME.format(day.atStartOfDay(Today.ZONE));
    }

    /** The end of the day (its last second), UK time, as OCDS writes a period's end. */
    static String endOf(LocalDate day) {
        return DATE_TIME.format(day.atTime(LocalTime.of(23, 59, 59)).atZone(Today.ZONE));
    }

    private static void value(JsonGenerator out, Money money) {
        out.writeStartObject();
        out.writeNumberProperty("amount", money.amount());
        out.writeStringProperty("currency", GBP);
        out.writeEndObject();
    }

    private static void optional(JsonGenerator out, String name, @Nullable String text) {
        if (text != null && !text.isBlank()) {
            out.writeStringProperty(name, text);
        }
    }
}
