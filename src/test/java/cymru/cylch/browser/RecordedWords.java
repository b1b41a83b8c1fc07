package cymru.cylch.browser;

import cymru.cylch.platform.database.SystemScope;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What people typed into Cylch and Cylch shows as typed, in whichever language the page is: names and addresses of people,
 * users and organisations, outcomes in the person's own words, planned support (also in a funding request's draft), funding reasons, procurements' titles, lots, criteria and bids, reviews' evidence and views, what an
 * assessment heard, contracts' terms and the reasons for their versions, providers' views of progress, why an agreement ended, providers' standing (evidence, reasons) and listings (description, languages, contacts), support requests (communication needs, the worker's reasons) and providers' proposals. The Welsh
 * check takes these out before it compares the pages. A new free-text field a page shows belongs here.
 */
final class RecordedWords {

    private static final String RECORDED = """
            select given_name || ' ' || family_name from person
            union select address_line_1 from person union select address_line_2 from person
            union select town from person
            union select display_name from app_user union select username from app_user
            union select name from api_token
            union select name from organisation union select welsh_name from organisation
            union select statement from personal_outcome
            union select description from support_plan_support
            union select provided_by from support_plan_support where provided_by is not null
            union select unnest(array[person_contribution, family_contribution, community_contribution,
                services_contribution, reason]) from support_plan
            union select reasons from plan_funding_decision
            union select v #>> '{}' from plan_funding_request, jsonb_path_query(draft, 'lax $.**') v
                where jsonb_typeof(v) = 'string'
            union select unnest(array[evidence, person_view, carer_view, provider_view, worker_view, disagreement])
                from outcome_review
            union select seen from outcome_provider_view
            union select what_matters from assessment
            union select reference from contract
            union select v #>> '{}' from contract_version, jsonb_path_query(terms, 'lax $.**') v
                where jsonb_typeof(v) = 'string'
            union select reason from contract_version
            union select ended_reason from service_agreement where ended_reason is not null
            union select unnest(array[reference, title, description]) from procurement
            union select unnest(outcome_statements) from procurement
            union select title from procurement_lot
            union select unnest(array[title, guidance]) from procurement_criterion
            union select r.value from procurement_bid, jsonb_each_text(responses) r
            union select comment from procurement_score union select reason from procurement_moderated_score
            union select reason from procurement_award
            union select unnest(array[evidence, suspension_reason]) from provider_standing
            union select unnest(array[reason, evidence]) from provider_standing_change
            union select unnest(array[description, other_languages, contact_email, contact_phone])
                from provider_listing_version
            union select unnest(array[description, other_languages, contact_email, contact_phone])
                from provider_listing_draft
            union select unnest(array[communication_needs, decision_reason]) from support_request
            union select o ->> 'statement' from support_request, jsonb_array_elements(outcomes) o
            union select a ->> 'approach' from support_proposal, jsonb_array_elements(approaches) a
            union select other_languages from support_proposal
            union select unnest(array[evidence, verification_note, check_note]) from outcome_claim
            union select note from outcome_claim_event
            union select reason from rate_card
            union select reason from contract_spend_plan
            union select reason from measure_target union select reason from measure_value
            union select baseline_story from measure
            union select unnest(array[story, partners, what_works, low_cost, off_the_wall])
                from turn_the_curve_report
            union select unnest(array[a ->> 'action', a ->> 'owner'])
                from turn_the_curve_report, jsonb_array_elements(actions) a
            union select unnest(array[title, description, risks, provider_response, cap_monitoring, cap_support])
                from performance_issue
            union select unnest(array[a ->> 'action', a ->> 'owner', a ->> 'doneNote'])
                from performance_issue, jsonb_array_elements(cap_actions) a
            union select note from performance_issue_event
            union select unnest(array[reason, remedy]) from performance_sanction
            union select unnest(array[reason, withdrawn_reason]) from payment_deduction
            union select unnest(array[subject, summary, attendees, findings]) from relationship_entry
            union select file_name from visit_import
            union select note from provider_risk_input
            union select unnest(array[explanation, note]) from contract_assessment_rating
            union select v #>> '{}' from rate_card, jsonb_path_query(card, 'lax $.**') v
                where jsonb_typeof(v) = 'string'""";

    private RecordedWords() {
    }

    /** Longest first, so that a name inside a longer record is not taken out on its own. */
    static List<String> of(JdbcClient jdbc) {
        return SystemScope.call(() -> jdbc.sql(RECORDED).query((row, n) -> row.getString(1)).list()).stream()
                .filter(java.util.Objects::nonNull)
                .map(words -> words.strip().replaceAll("\\s+", " "))
                // Pages are compared sentence by sentence: a record of several sentences is taken out of each.
                .flatMap(words -> Stream.concat(Stream.of(words), Arrays.stream(words.split("(?<=[.!?])\\s+"))))
                .filter(words -> !words.isEmpty())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }
}
