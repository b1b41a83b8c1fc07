package cymru.cylch.monitoring;

import cymru.cylch.contracts.OcdsContractIds;
import cymru.cylch.contracts.OcdsExport;
import cymru.cylch.contracts.OcdsExport.OcdsDocument;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.security.CylchUser;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JsonGenerator;

/**
 * A published contract performance assessment as an OCDS 1.1 release (tag {@code implementation}) of its contract's
 * contracting process, in a release package: one metric per key performance indicator in the supplier's contract's
 * {@code implementation.metrics} (the OCDS metrics extension), each with one observation for the assessment period,
 * carrying the measure's latest value in it and the rating as the UK extension's {@code measureClassification}.
 * The contract's ocid and the supplier's award and contract ids come from {@link OcdsExport}, so that this release
 * merges with the contract's own. Each export is audited, so the transaction writes. An observation's id is the period, so a correction's release (published later)
 * takes the corrected one's place when the releases are compiled.
 */
@Service
@Transactional
public class AssessmentReleases {

    /** The OCDS metrics extension, which gives {@code implementation.metrics}. */
    public static final String METRICS_EXTENSION =
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_metrics_extension/master/extension.json";
    /** The Cabinet Office's UK extension, which gives {@code measureClassification}; as Find a Tender declares it. */
    public static final String UK_EXTENSION =
            "https://raw.githubusercontent.com/cabinetoffice/ocds_uk_extension/main/extension.json";
    /**
     * The scheme of a rating's classification. Neither the UK extension (its README and release schema, January 2026)
     * nor Find a Tender's published packages name a scheme for {@code measureClassification}, only its ids, so Cylch
     * names its own: the scale of the Procurement Regulations 2024 for key performance indicators.
     */
    public static final String RATING_SCHEME = "UK_KPI_RATING";

    private final ContractAssessments assessments;
    private final OcdsExport ocds;
    private final AuditLog audit;

    AssessmentReleases(ContractAssessments assessments, OcdsExport ocds, AuditLog audit) {
        this.assessments = assessments;
        this.ocds = ocds;
        this.audit = audit;
    }

    /**
     * The published assessment as a release package published at {@code uri}: not found for a draft, or for anyone
     * who may not read the assessment.
     */
    public OcdsDocument release(CylchUser reader, UUID id, URI uri) {
        ContractAssessment assessment = assessments.assessment(reader, id);
        if (!assessment.published()) {
            throw new RecordNotFoundException("published contract assessment", id);
        }
        OcdsContractIds ids = ocds.idsOf(assessment.contract(), assessment.supplier());
        audit.record(AuditAction.EXPORTED, "contract assessment", id, "OCDS release package");
        return ocds.packageOf(assessment.council(), uri, Objects.requireNonNull(assessment.publishedAt()),
                List.of(METRICS_EXTENSION, UK_EXTENSION), "ocds-contract-assessment-" + id + ".json",
                out -> write(out, assessment, ids));
    }

    static void write(JsonGenerator out, ContractAssessment assessment, OcdsContractIds ids) {
        out.writeStartObject();
        out.writeStringProperty("ocid", ids.ocid());
        out.writeStringProperty("id", ids.ocid() + "-assessment-" + assessment.id());
        out.writeStringProperty("date", OcdsExport.instant(Objects.requireNonNull(assessment.publishedAt())));
        out.writeArrayPropertyStart("tag");
        out.writeString("implementation");
        out.writeEndArray();
        out.writeStringProperty("initiationType", "tender");
        out.writeStringProperty("language", "en");
        out.writeArrayPropertyStart("contracts");
        out.writeStartObject();
        out.writeStringProperty("id", ids.contractId());
        out.writeStringProperty("awardID", ids.awardId());
        out.writeObjectPropertyStart("implementation");
        out.writeArrayPropertyStart("metrics");
        assessment.ratings().forEach(kpi -> metric(out, assessment, kpi));
        out.writeEndArray();
        out.writeEndObject();
        out.writeEndObject();
        out.writeEndArray();
        out.writeEndObject();
    }

    private static void metric(JsonGenerator out, ContractAssessment assessment, KpiRating kpi) {
        PerformanceRating rating = Objects.requireNonNull(kpi.rating());
        AssessmentPeriod period = assessment.period();
        out.writeStartObject();
        out.writeStringProperty("id", kpi.measure().toString());
        out.writeStringProperty("title", kpi.name().english());
        out.writeArrayPropertyStart("observations");
        out.writeStartObject();
        out.writeStringProperty("id", period.start() + "/" + period.end());
        out.writeObjectPropertyStart("period");
        out.writeStringProperty("startDate", OcdsExport.periodStart(period.start()));
        out.writeStringProperty("endDate", OcdsExport.periodEnd(period.end()));
        out.writeEndObject();
        if (kpi.measured() != null) {
            out.writeNumberProperty("measure", kpi.measured());
            if (!kpi.unit().english().isBlank()) {
                out.writeObjectPropertyStart("unit");
                out.writeStringProperty("name", kpi.unit().english());
                out.writeEndObject();
            }
            out.writeObjectPropertyStart("dimensions");
            out.writeStringProperty("measuredPeriodStart", Objects.requireNonNull(kpi.measuredStart()).toString());
            out.writeEndObject();
        }
        String notes = notes(kpi, assessment.replaces());
        if (!notes.isEmpty()) {
            out.writeStringProperty("notes", notes);
        }
        out.writeObjectPropertyStart("measureClassification");
        out.writeStringProperty("scheme", RATING_SCHEME);
        out.writeStringProperty("id", rating.ukCode());
        out.writeStringProperty("description", rating.title());
        out.writeEndObject();
        out.writeEndObject();
        out.writeEndArray();
        out.writeEndObject();
    }

    /** The explanation of "other", the note, and the value's period, as sentences. */
    static String notes(KpiRating kpi, @Nullable UUID replaces) {
        List<String> said = new ArrayList<>();
        if (kpi.explanation() != null) {
            said.add(kpi.explanation());
        }
        if (kpi.note() != null) {
            said.add(kpi.note());
        }
        LocalDate measuredStart = kpi.measuredStart();
        if (measuredStart != null) {
            said.add("The measure is the value for the period beginning " + measuredStart + ".");
        }
        if (replaces != null) {
            said.add("Corrects the assessment " + replaces + ".");
        }
        return String.join(" ", said);
    }
}
