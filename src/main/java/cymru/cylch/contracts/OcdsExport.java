package cymru.cylch.contracts;

import cymru.cylch.organisations.ListedOrganisation;
import cymru.cylch.organisations.OrganisationDirectory;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.time.Today;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * A council's contracts in the Open Contracting Data Standard 1.1: a release package holding one release per
 * contract ({@link OcdsRelease}), for one contract or for all of a council's. The package of all is written to
 * the output as the contracts are read from the database, one at a time, so a council with tens of thousands of
 * contracts never has them in memory at once. No personal data goes in: organisations and contract terms only.
 * Each export is audited as {@code EXPORTED}.
 */
@Service
@EnableConfigurationProperties(OcdsSettings.class)
public class OcdsExport {

    /** The version of OCDS that packages declare (major and minor; the schemas used are 1.1.5). */
    public static final String OCDS_VERSION = "1.1";

    private final ContractManagement management;
    private final Contracts contracts;
    private final OrganisationDirectory directory;
    private final AuditLog audit;
    private final Today today;
    private final JsonMapper json;
    private final OcdsSettings settings;
    /** A read-only transaction, in which the contracts are read with a cursor while the package is written. */
    private final TransactionTemplate reading;

    OcdsExport(ContractManagement management, Contracts contracts, OrganisationDirectory directory, AuditLog audit,
               Today today, JsonMapper json, OcdsSettings settings, PlatformTransactionManager transactions) {
        this.management = management;
        this.contracts = contracts;
        this.directory = directory;
        this.audit = audit;
        this.today = today;
        this.json = json;
        this.settings = settings;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /** A release package as JSON, with a file name to save it under. */
    public record OcdsDocument(String fileName, String json) {
    }

    /**
     * One contract as a release package published at {@code uri}: not found (and the attempt audited) unless the
     * reader's organisation let it or supplies under it.
     */
    @Transactional
    public OcdsDocument contract(CylchUser reader, ContractId id, URI uri) {
        Contract contract = management.contract(reader, id);
        List<ContractVersion> versions = contracts.versions(contract.id());
        Instant date = versions.getLast().madeAt();
        List<ContractVariation> variations = versions.stream().filter(v -> v.number() > 1)
                .map(v -> new ContractVariation(v.number(), v.reason(), v.madeAt())).toList();
        OcdsRelease release = new OcdsRelease(settings, organisations(contract.heldBy(),
                contract.terms().suppliers()), today.date());
        audit.record(AuditAction.EXPORTED, "contract", id, "OCDS release package");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = json.createGenerator(bytes)) {
            startPackage(out, uri, date, release.publisher(contract.heldBy()), List.of());
            release.write(out, contract, variations, date);
            endPackage(out);
        }
        return new OcdsDocument("ocds-" + id + ".json", bytes.toString(StandardCharsets.UTF_8));
    }

    /** The name of the file holding all of the reader's council's contracts. */
    public String allContractsFileName() {
        return "ocds-contracts-" + today.date() + ".json";
    }

    /**
     * All the contracts the reader's council let, as one release package published at {@code uri}, written to the
     * stream {@code output} gives, contract by contract. Before anything is written (so before {@code output} is
     * asked for): refused unless the reader's organisation commissions, and not found if it has no contracts (a
     * package holds at least one release); then the export is audited, in a transaction of its own that commits
     * before the first byte, so that an export cut short (the client gone) is still on record.
     */
    public void writeAllContracts(CylchUser reader, URI uri, Supplier<OutputStream> output) {
        OrganisationId council = OrganisationId.of(reader.organisationId());
        if (!management.commissions(council)) {
            throw new AccessDeniedException("only a commissioner publishes its contracts");
        }
        Instant published = reading.execute(status -> contracts.lastChangeHeldBy(council))
                .orElseThrow(() -> new RecordNotFoundException("contracts", council));
        audit.record(AuditAction.EXPORTED, "contracts", council, "OCDS release package of all contracts");
        reading.executeWithoutResult(status -> {
            OcdsRelease release = new OcdsRelease(settings,
                    organisations(council, contracts.partiesHeldBy(council).stream()), today.date());
            Map<ContractId, List<ContractVariation>> variations = contracts.variationsHeldBy(council);
            try (JsonGenerator out = json.createGenerator(output.get())) {
                startPackage(out, uri, published, release.publisher(council), List.of());
                contracts.eachHeldBy(council, (contract, date) ->
                        release.write(out, contract, variations.getOrDefault(contract.id(), List.of()), date));
                endPackage(out);
            }
        });
    }

    /**
     * How the releases of a contract name its contracting process, and one supplier's award and contract in it, so
     * that a release another module publishes about the same contract (an implementation release, say) merges with
     * these.
     */
    public OcdsContractIds idsOf(ContractId contract, OrganisationId supplier) {
        return new OcdsContractIds(settings.ocid(contract), OcdsRelease.awardId(supplier),
                OcdsRelease.contractId(supplier));
    }

    /**
     * A release package published by the council at {@code uri}, declaring the {@code extensions} its releases use,
     * whose releases another module writes ({@code releases} writes each as an object): the package's metadata, its
     * publisher and licence are the same as for the council's contracts.
     */
    public OcdsDocument packageOf(OrganisationId council, URI uri, Instant published, List<String> extensions,
                                  String fileName, Consumer<JsonGenerator> releases) {
        OcdsRelease release = new OcdsRelease(settings, organisations(council, Stream.empty()), today.date());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = json.createGenerator(bytes)) {
            startPackage(out, uri, published, release.publisher(council), extensions);
            releases.accept(out);
            endPackage(out);
        }
        return new OcdsDocument(fileName, bytes.toString(StandardCharsets.UTF_8));
    }

    /** A moment as the releases write one: UTC, to the second. */
    public static String instant(Instant at) {
        return OcdsRelease.instant(at);
    }

    /** The start of a period's first day, UK time, as the releases write it. */
    public static String periodStart(LocalDate first) {
        return OcdsRelease.startOf(first);
    }

    /** The end of a period's last day, UK time, as the releases write it. */
    public static String periodEnd(LocalDate last) {
        return OcdsRelease.endOf(last);
    }

    private Map<OrganisationId, ListedOrganisation> organisations(OrganisationId council,
                                                                  Stream<OrganisationId> others) {
        return directory.byIds(Stream.concat(Stream.of(council), others).distinct().toList());
    }

    /** The package's metadata, then the start of its releases. */
    private void startPackage(JsonGenerator out, URI uri, Instant published, OcdsRelease.Publisher publisher,
                              List<String> extensions) {
        out.writeStartObject();
        out.writeStringProperty("uri", uri.toString());
        out.writeStringProperty("version", OCDS_VERSION);
        if (!extensions.isEmpty()) {
            out.writeArrayPropertyStart("extensions");
            extensions.forEach(out::writeString);
            out.writeEndArray();
        }
        out.writeStringProperty("publishedDate", OcdsRelease.instant(published));
        out.writeObjectPropertyStart("publisher");
        out.writeStringProperty("name", publisher.name());
        OcdsRelease.Identifier identifier = publisher.identifier();
        if (identifier != null) {
            out.writeStringProperty("scheme", identifier.scheme());
            out.writeStringProperty("uid", identifier.id());
        }
        out.writeEndObject();
        settings.licenseAddress().ifPresent(address -> out.writeStringProperty("license", address));
        settings.publicationPolicyAddress().ifPresent(address -> out.writeStringProperty("publicationPolicy", address));
        out.writeArrayPropertyStart("releases");
    }

    private static void endPackage(JsonGenerator out) {
        out.writeEndArray();
        out.writeEndObject();
    }
}
