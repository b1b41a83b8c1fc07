package cymru.cylch.browser;

import static cymru.cylch.support.OrganisationsFixture.DEMO_COUNCIL;
import static cymru.cylch.support.OrganisationsFixture.DEMO_FIRST_PROVIDER;

import cymru.cylch.measurement.AdministrationMode;
import cymru.cylch.measurement.SelfCompletion;
import cymru.cylch.people.AssessmentRecords;
import cymru.cylch.people.Conversation;
import cymru.cylch.platform.database.SystemScope;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import cymru.cylch.support.SignedIn;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Real ids from the demo county for a page's path variables and required request parameters. Each fill names the
 * pages it serves (a pattern over the handler's path), the variable, and where the value comes from; a variable no
 * fill serves fails the crawl,
 * so a new page's ids are given a source the day it exists. One person serves every person's page, so their
 * outcome, assessment and plan belong together.
 */
final class PathIds {

    private record Fill(Pattern pages, String variable, Supplier<String> value) {
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");
    /** A living demo person with the most kinds of record (outcome, plan, measurement). */
    private static final String PERSON = """
            select p.id from person p
            where p.held_by = :council and p.date_of_death is null
              and exists (select 1 from personal_outcome o where o.person_id = p.id)
            order by (exists (select 1 from support_plan s where s.person_id = p.id))::int
                   + (exists (select 1 from measurement m where m.person_id = p.id))::int desc, p.reference
            limit 1""";

    /** The first of a provider's agreements in force today, with a grant in force and an outcome it works to. */
    private static final String SUPPORTED = """
            select %s from service_agreement a
            join person_access_grant g on g.source = 'service-agreement/' || a.id and g.granted_to = a.provider_id
            where a.held_by = :council and a.provider_id = '%s' and cardinality(a.outcomes) > 0
              and a.start_date <= current_date and (a.end_date is null or a.end_date >= current_date)
              and g.valid_from <= current_date and (g.valid_until is null or g.valid_until >= current_date)
            order by a.start_date, a.id limit 1""";

    private static final UUID PROCUREMENT =
            UUID.nameUUIDFromBytes("cylch-demo/procurement-home-care".getBytes(StandardCharsets.UTF_8));

    private static final String OUTCOME =
            "select id from personal_outcome where person_id = :person order by agreed_on, id limit 1";

    private final JdbcClient jdbc;
    private final AssessmentRecords assessments;
    private final SelfCompletion selfCompletion;
    private final Map<String, String> looked = new HashMap<>();
    private final List<Fill> fills;

    PathIds(JdbcClient jdbc, AssessmentRecords assessments, SelfCompletion selfCompletion) {
        this.jdbc = jdbc;
        this.assessments = assessments;
        this.selfCompletion = selfCompletion;
        this.fills = List.of(
                // The demo's published Turn the Curve report.
                new Fill(Pattern.compile("/turn-the-curve/.*"), "reportId", () -> query("curveReport", """
                        select id from turn_the_curve_report where held_by = :council order by created_at limit 1""")),
                // The demo's deduction, still pending, and the escalated issue it was imposed on.
                new Fill(Pattern.compile("/performance-issues/.*/deductions/.*"), "id", () -> query("deductedIssue",
                        """
                        select source_id from payment_deduction where held_by = :council and status = 'PENDING'
                        order by imposed_at limit 1""")),
                new Fill(Pattern.compile("/performance-issues/.*/deductions/.*"), "deduction", () -> query(
                        "deduction", """
                        select id from payment_deduction where held_by = :council and status = 'PENDING'
                        order by imposed_at limit 1""")),
                // The demo's issue on a corrective action plan (the provider whose visits fell to red).
                new Fill(Pattern.compile("/performance-issues/.*"), "id", () -> query("performanceIssue", """
                        select id from performance_issue where held_by = :council and status = 'CAP_AGREED'
                        order by raised_at limit 1""")),
                // The demo's published assessment of the night-time call-off, and its contract for a new one.
                new Fill(Pattern.compile("/contract-assessments/.*"), "id", () -> query("contractAssessment", """
                        select id from contract_assessment where held_by = :council and status = 'PUBLISHED'
                        order by period_end desc limit 1""")),
                new Fill(Pattern.compile("/contract-assessments/new"), "contract", () -> query("assessedContract", """
                        select contract_id from contract_assessment where held_by = :council
                        order by period_end desc limit 1""")),
                new Fill(Pattern.compile("/relationship-log/.*"), "other", () -> query("relationshipLog", """
                        select provider_id from relationship_entry where held_by = :council limit 1""")),
                new Fill(Pattern.compile("/provider-risk/.*"), "provider", () -> query("riskProvider", """
                        select provider_id from audit_sample where held_by = :council limit 1""")),
                // The first provider's monthly return to the demo council for last month.
                new Fill(Pattern.compile("/returns/.*"), "council", DEMO_COUNCIL::toString),
                new Fill(Pattern.compile("/returns/.*"), "frequency", () -> "MONTHLY"),
                new Fill(Pattern.compile("/returns/.*"), "period", () -> LocalDate.now(Today.ZONE).withDayOfMonth(1)
                        .minusMonths(1).toString()),
                // Providers' visits on time: returned, with targets, one provider falling to red.
                new Fill(Pattern.compile("/(my-)?measures/.*"), "id", () -> query("measure", """
                        select id from measure where held_by = :council and code = 'visits-on-time'""")),
                new Fill(Pattern.compile("/measures/.*/subjects/.*"), "subject", () -> query("measureSubject", """
                        select v.subject from measure_value v join measure m on m.id = v.measure_id
                        where m.held_by = :council and m.code = 'visits-on-time'
                        order by v.subject limit 1""")),
                new Fill(Pattern.compile("/organisations/.*"), "id", DEMO_COUNCIL::toString),
                new Fill(Pattern.compile("/organisations/.*"), "organisationId", DEMO_COUNCIL::toString),
                new Fill(Pattern.compile("/organisations/.*/users/.*"), "userId", () -> UUID.nameUUIDFromBytes(
                        "cylch-demo/user-admin".getBytes(StandardCharsets.UTF_8)).toString()),
                new Fill(Pattern.compile("/people/.*"), "id", this::person),
                new Fill(Pattern.compile("/people/.*"), "personId", this::person),
                new Fill(Pattern.compile("/people/.*"), "outcomeId", () -> query("outcomeId", OUTCOME)),
                // The demo county records no assessment conversations: the crawl records one, as a worker would.
                new Fill(Pattern.compile("/people/.*"), "assessmentId", this::assessment),
                // A request still waiting for its decision: a decided one shows no form.
                // A support request closed and waiting for the decision: its page shows the comparison and forms.
                new Fill(Pattern.compile("/support-requests/.*"), "requestId", () -> query("supportRequestId", """
                        select id from support_request where held_by = :council and status = 'OPEN'
                          and closes_at < now() order by created_at, id limit 1""")),
                new Fill(Pattern.compile("/funding-decisions/.*"), "requestId", () -> query("requestId", """
                        select r.id from plan_funding_request r where r.held_by = :council and not exists
                          (select 1 from plan_funding_decision d where d.request_id = r.id)
                        order by r.requested_at, r.id limit 1""")),
                new Fill(Pattern.compile("/people/.*"), "outcome", () -> query("outcomeId", OUTCOME)),
                // Only a dynamic purchasing system admits providers.
                new Fill(Pattern.compile("/contracts/\\{contractId}/admit"), "contractId", () -> query("dynamicSystem", """
                        select id from contract where held_by = :council and route = 'DYNAMIC_PURCHASING_SYSTEM'
                        order by reference limit 1""")),
                // The reablement contract, paid by results, has the demo's rate card.
                new Fill(Pattern.compile("/contracts/\\{contractId}/rate-card"), "contractId", () -> query(
                        "byResults", """
                        select c.id from contract c join rate_card r on r.contract_id = c.id
                        where c.held_by = :council order by c.reference limit 1""")),
                // The reablement contract's budget and anticipated outcome payments.
                new Fill(Pattern.compile("/spend/contracts/\\{contractId}"), "contractId", () -> query(
                        "reablement", """
                        select id from contract where held_by = :council and reference = 'MYN-REAB-2026'""")),
                // The reablement contract, a social impact bond: its investors and the flows of the posted run.
                new Fill(Pattern.compile("/contracts/\\{contractId}/investors"), "contractId", () -> query(
                        "socialImpactBond", """
                        select c.id from contract c
                        where c.held_by = :council
                          and exists (select 1 from investor_commitment i where i.contract_id = c.id)
                        order by c.reference limit 1""")),
                // The framework agreement: lots, several providers, call-offs and agreements under it.
                new Fill(Pattern.compile("/contracts/.*"), "contractId", () -> query("contractId", """
                        select id from contract where held_by = :council and route = 'FRAMEWORK_AGREEMENT'
                        order by reference limit 1""")),
                // A running agreement of the first provider, whose demo user the crawl may use.
                new Fill(Pattern.compile("/service-agreements/.*"), "agreementId", () -> query("agreementId", """
                        select id from service_agreement where held_by = :council and ended_at is null
                          and provider_id = '%s' order by start_date, id limit 1""".formatted(
                        DEMO_FIRST_PROVIDER))),
                // A claim of the first provider waiting to be verified, so that the care manager sees the form; a
                // new claim under one of its agreements under the reablement contract, paid by results.
                new Fill(Pattern.compile("/claims/.*"), "claimId", () -> query("claimId", """
                        select id from outcome_claim where held_by = :council and status = 'SUBMITTED'
                          and provider_id = '%s' order by submitted_at, id limit 1""".formatted(DEMO_FIRST_PROVIDER))),
                new Fill(Pattern.compile("/claims/new"), "agreement", () -> query("claimAgreement", """
                        select a.id from service_agreement a join rate_card r on r.contract_id = a.contract_id
                        where a.held_by = :council and a.ended_at is null and a.provider_id = '%s'
                        order by a.start_date, a.id limit 1""".formatted(DEMO_FIRST_PROVIDER))),
                // The demo's payment runs: last month's waiting for approval; the month before's posted, with the
                // first provider's remittance.
                new Fill(Pattern.compile("/payment-runs/\\{runId}"), "runId", () -> query("preparedRun", """
                        select id from payment_run where held_by = :council and status = 'PREPARED'""")),
                new Fill(Pattern.compile("/payment-runs/.*/providers/.*"), "runId", () -> query("postedRun", """
                        select id from payment_run where held_by = :council and status = 'EXPORTED'
                        order by month desc limit 1""")),
                new Fill(Pattern.compile("/payment-runs/.*/providers/.*"), "providerId",
                        DEMO_FIRST_PROVIDER::toString),
                // The demo county's tender, open for bids, and the first demo provider's bid in it.
                // Only a draft can be changed: the demo's draft for day opportunities.
                new Fill(Pattern.compile("/procurements/\\{id}/edit"), "id", () -> UUID.nameUUIDFromBytes(
                        "cylch-demo/procurement-day-opportunities".getBytes(StandardCharsets.UTF_8)).toString()),
                new Fill(Pattern.compile("/procurements/.*"), "id", () -> PROCUREMENT.toString()),
                new Fill(Pattern.compile("/bids/.*"), "procurementId", () -> PROCUREMENT.toString()),
                new Fill(Pattern.compile("/bids/.*"), "bidId", () -> query("bidId",
                        "select id from procurement_bid where procurement_id = '" + PROCUREMENT + "' and provider_id = '"
                                + DEMO_FIRST_PROVIDER + "' and not withdrawn order by seq desc limit 1")),
                // A person the first provider supports today under an agreement that works to an outcome.
                new Fill(Pattern.compile("/supported-people/.*"), "personId", () -> query("supportedPerson",
                        SUPPORTED.formatted("a.person_id", DEMO_FIRST_PROVIDER))),
                new Fill(Pattern.compile("/supported-people/.*"), "outcomeId", () -> query("supportedOutcome",
                        SUPPORTED.formatted("a.outcomes[1]", DEMO_FIRST_PROVIDER))),
                new Fill(Pattern.compile("/supported-people/.*"), "instrument", () -> "swemwbs"),
                // The first provider: accredited, with a published listing and a draft, and the demo user's own.
                new Fill(Pattern.compile("/market/providers/.*"), "providerId", DEMO_FIRST_PROVIDER::toString),
                new Fill(Pattern.compile("/people/.*"), "instrument", () -> "wemwbs"),
                new Fill(Pattern.compile("/instruments/\\{code}"), "code", () -> "wemwbs"),
                // Only a council's own instrument can be revised.
                new Fill(Pattern.compile("/instruments/\\{code}/revise"), "code", () -> query("localInstrument",
                        "select code from measurement_local_instrument where held_by = :council order by code limit 1")),
                // A link's secret is stored only as its digest: the crawl issues a link, as a care manager would.
                new Fill(Pattern.compile("/public/questionnaires/.*"), "secret", this::questionnaireLink));
    }

    /** The path with its variables and required parameters filled, or empty when one has no fill. */
    Optional<String> fill(String pattern, List<String> parameters) {
        Optional<String> path = fillPath(pattern);
        StringBuilder query = new StringBuilder();
        for (String parameter : parameters) {
            Optional<String> value = value(pattern, parameter);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            query.append(query.isEmpty() ? "?" : "&").append(parameter).append('=').append(value.get());
        }
        return path.map(p -> p + query);
    }

    private Optional<String> value(String pattern, String variable) {
        return fills.stream().filter(f -> f.variable.equals(variable) && f.pages.matcher(pattern).matches())
                .findFirst().map(f -> f.value.get());
    }

    private Optional<String> fillPath(String pattern) {
        Matcher variables = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variables.find()) {
            Optional<String> value = value(pattern, variables.group(1));
            if (value.isEmpty()) {
                return Optional.empty();
            }
            variables.appendReplacement(path, Matcher.quoteReplacement(value.get()));
        }
        variables.appendTail(path);
        return Optional.of(path.toString());
    }

    private String person() {
        return query("person", PERSON);
    }

    private String query(String name, String sql) {
        return once(name, () -> {
            var params = new HashMap<String, Object>(Map.of("council", DEMO_COUNCIL));
            if (sql.contains(":person")) {
                params.put("person", UUID.fromString(person()));
            }
            return SystemScope.call(() -> jdbc.sql(sql).params(params).query((row, n) -> row.getString(1)).optional()
                    .orElseThrow(() -> new IllegalStateException("The demo county has no " + name + ": " + sql)));
        });
    }

    private String assessment() {
        UUID someone = UUID.fromString(person());
        return once("assessment", () -> asCouncil(Role.CARE_MANAGER, worker -> assessments.record(worker, someone,
                new Conversation(LocalDate.of(2026, 11, 2), "Byw gartref ger y capel", null, null, null, null, null,
                        null, null, true, false, false, null)).id().toString()));
    }

    private String questionnaireLink() {
        UUID someone = UUID.fromString(person());
        return once("secret", () -> asCouncil(Role.CARE_MANAGER, worker ->
                selfCompletion.issue(worker, someone, "wemwbs", AdministrationMode.SELF, "en").secret()));
    }

    /** Each value is looked up or made once, whichever thread asks first (synchronised: one may need another). */
    private synchronized String once(String name, Supplier<String> value) {
        String known = looked.get(name);
        if (known == null) {
            known = value.get();
            looked.put(name, known);
        }
        return known;
    }

    private static <T> T asCouncil(Role role, Function<CylchUser, T> work) {
        try {
            return work.apply(SignedIn.as(UUID.randomUUID(), DEMO_COUNCIL, role));
        } finally {
            SignedIn.clear();
        }
    }
}
