package cymru.cylch.payments;

import cymru.cylch.contracts.ContractId;
import cymru.cylch.contracts.ServiceAgreementId;
import cymru.cylch.payments.OutcomeClaim.Decision;
import cymru.cylch.people.PersonId;
import cymru.cylch.people.ReviewId;
import cymru.cylch.platform.ids.OrganisationId;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Claims and their histories in the database, under row-level security: the council holding the agreement sees its
 * claims, a provider its own, and a provider writes a claim only under an agreement that names it. Inserting is
 * {@code on conflict do nothing} on (agreement, outcome), so that of any number of identical claims made at once
 * exactly one is stored and the others learn it was there first.
 */
@Repository
class OutcomeClaims {

    private static final String SELECT = """
            select id, held_by, agreement_id, contract_id, provider_id, person_id, outcome, card_version,
                   achieved_on, sustained_until, evidence, status, sampled, raised_by_review, submitted_at,
                   submitted_by, verified_at, verified_by, verification_note, checked_at, checked_by, check_note,
                   version
            from outcome_claim""";

    private final JdbcClient jdbc;

    OutcomeClaims(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the claim; false if the agreement already has a claim for the outcome. */
    boolean insert(OutcomeClaim claim) {
        LocalDate until = claim.sustainedUntil();
        return jdbc.sql("""
                        insert into outcome_claim (id, held_by, agreement_id, contract_id, provider_id, person_id,
                                                   outcome, card_version, achieved_on, sustained_until, evidence,
                                                   status, raised_by_review, submitted_at, submitted_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (agreement_id, outcome) do nothing""")
                .params(claim.id().value(), claim.heldBy().value(), claim.agreement().value(),
                        claim.contract().value(), claim.provider().value(), claim.person().value(), claim.outcome(),
                        claim.cardVersion(), Date.valueOf(claim.achievedOn()),
                        until == null ? null : Date.valueOf(until), claim.evidence(), claim.status().name(),
                        Optional.ofNullable(claim.raisedByReview()).map(ReviewId::value).orElse(null),
                        Timestamp.from(claim.submittedAt()), claim.submittedBy())
                .update() == 1;
    }

    /** Stores a claim as it stands after its decisions (bulk set-up: the demo county's past claims). */
    void insertDecided(OutcomeClaim claim) {
        insert(claim);
        OutcomeClaim.Decision verification = claim.verification();
        if (verification != null) {
            jdbc.sql("""
                            update outcome_claim set status = ?, sampled = ?, verified_at = ?, verified_by = ?,
                                                     verification_note = ?
                            where id = ?""")
                    .params(claim.status().name(), claim.sampled(), Timestamp.from(verification.at()),
                            verification.by(), verification.note(), claim.id().value())
                    .update();
        }
    }

    /** Appends the next step of the claim's history. */
    void record(OutcomeClaim claim, ClaimEvent.Action action, @Nullable String note, Instant at, @Nullable UUID by) {
        jdbc.sql("""
                        insert into outcome_claim_event (claim_id, number, held_by, provider_id, action, note, at, by_user)
                        select ?, coalesce(max(number), 0) + 1, ?, ?, ?, ?, ?, ? from outcome_claim_event
                        where claim_id = ?""")
                .params(claim.id().value(), claim.heldBy().value(), claim.provider().value(), action.name(), note,
                        Timestamp.from(at), by, claim.id().value())
                .update();
    }

    /** The care manager's decision, if the claim is still submitted at the version read. */
    boolean verify(ClaimId id, long version, ClaimStatus status, boolean sampled, Decision decision) {
        return jdbc.sql("""
                        update outcome_claim set status = ?, sampled = ?, verified_at = ?, verified_by = ?,
                                                 verification_note = ?, version = version + 1
                        where id = ? and version = ? and status = 'SUBMITTED'""")
                .params(status.name(), sampled, Timestamp.from(decision.at()), decision.by(), decision.note(),
                        id.value(), version)
                .update() == 1;
    }

    /** The second check's decision, if the claim is still waiting for it at the version read. */
    boolean check(ClaimId id, long version, ClaimStatus status, Decision decision) {
        return jdbc.sql("""
                        update outcome_claim set status = ?, checked_at = ?, checked_by = ?, check_note = ?,
                                                 version = version + 1
                        where id = ? and version = ? and status = 'SECOND_CHECK'""")
                .params(status.name(), Timestamp.from(decision.at()), decision.by(), decision.note(), id.value(),
                        version)
                .update() == 1;
    }

    /** A verified claim's verification withdrawn, if it is still verified at the version read: rejected again. */
    boolean withdraw(ClaimId id, long version) {
        return jdbc.sql("""
                        update outcome_claim set status = 'REJECTED', version = version + 1
                        where id = ? and version = ? and status = 'VERIFIED'""")
                .params(id.value(), version)
                .update() == 1;
    }

    /** A rejected claim made again with new dates and evidence: submitted afresh, earlier decisions cleared. */
    boolean resubmit(ClaimId id, long version, LocalDate achievedOn, @Nullable LocalDate sustainedUntil,
                     String evidence, Instant at, @Nullable UUID by) {
        return jdbc.sql("""
                        update outcome_claim set status = 'SUBMITTED', achieved_on = ?, sustained_until = ?,
                                                 evidence = ?, sampled = false, submitted_at = ?, submitted_by = ?,
                                                 verified_at = null, verified_by = null, verification_note = null,
                                                 checked_at = null, checked_by = null, check_note = null,
                                                 version = version + 1
                        where id = ? and version = ? and status = 'REJECTED'""")
                .params(Date.valueOf(achievedOn), sustainedUntil == null ? null : Date.valueOf(sustainedUntil),
                        evidence, Timestamp.from(at), by, id.value(), version)
                .update() == 1;
    }

    Optional<OutcomeClaim> find(ClaimId id) {
        return jdbc.sql(SELECT + " where id = ?").param(id.value()).query(OutcomeClaims::claim).optional();
    }

    Optional<OutcomeClaim> find(ServiceAgreementId agreement, String outcome) {
        return jdbc.sql(SELECT + " where agreement_id = ? and outcome = ?").params(agreement.value(), outcome)
                .query(OutcomeClaims::claim).optional();
    }

    /** The council's claims, or a provider's, newest first, of a status or of any; at most {@code limit}. */
    List<OutcomeClaim> list(OrganisationId organisation, boolean provider, @Nullable ClaimStatus status, int limit) {
        return jdbc.sql(SELECT + (provider ? " where provider_id = ?" : " where held_by = ?")
                        + " and (?::text is null or status = ?) order by submitted_at desc, id limit ?")
                .params(organisation.value(), status == null ? null : status.name(),
                        status == null ? null : status.name(), limit)
                .query(OutcomeClaims::claim).list();
    }

    /** The council's claims that count towards payment, as outcome events. */
    List<PaymentRunInputs.VerifiedClaim> verified(OrganisationId council) {
        return jdbc.sql("""
                        select id, agreement_id, outcome, achieved_on, sustained_until from outcome_claim
                        where held_by = ? and status = 'VERIFIED' order by agreement_id, achieved_on, id""")
                .param(council.value())
                // Dates read as LocalDate: through java.sql.Date, each cost a calendar, and a run reads millions.
                .query((rs, row) -> new PaymentRunInputs.VerifiedClaim(ClaimId.of(rs.getObject("id", UUID.class)),
                        ServiceAgreementId.of(rs.getObject("agreement_id", UUID.class)), rs.getString("outcome"),
                        rs.getObject("achieved_on", LocalDate.class), rs.getObject("sustained_until", LocalDate.class)))
                .list();
    }

    List<ClaimEvent> history(ClaimId id) {
        return jdbc.sql("select number, action, note, at, by_user from outcome_claim_event where claim_id = ? "
                        + "order by number")
                .param(id.value())
                .query((rs, row) -> new ClaimEvent(rs.getInt("number"),
                        ClaimEvent.Action.valueOf(rs.getString("action")), rs.getString("note"),
                        rs.getTimestamp("at").toInstant(), rs.getObject("by_user", UUID.class)))
                .list();
    }

    private static OutcomeClaim claim(ResultSet rs, int row) throws SQLException {
        Date until = rs.getDate("sustained_until");
        UUID review = rs.getObject("raised_by_review", UUID.class);
        return new OutcomeClaim(ClaimId.of(rs.getObject("id", UUID.class)),
                OrganisationId.of(rs.getObject("held_by", UUID.class)),
                ServiceAgreementId.of(rs.getObject("agreement_id", UUID.class)),
                ContractId.of(rs.getObject("contract_id", UUID.class)),
                OrganisationId.of(rs.getObject("provider_id", UUID.class)),
                PersonId.of(rs.getObject("person_id", UUID.class)), rs.getString("outcome"),
                rs.getInt("card_version"), rs.getDate("achieved_on").toLocalDate(),
                until == null ? null : until.toLocalDate(), rs.getString("evidence"),
                ClaimStatus.valueOf(rs.getString("status")), rs.getBoolean("sampled"),
                review == null ? null : ReviewId.of(review), rs.getTimestamp("submitted_at").toInstant(),
                rs.getObject("submitted_by", UUID.class),
                decision(rs, "verified_at", "verified_by", "verification_note"),
                decision(rs, "checked_at", "checked_by", "check_note"), rs.getLong("version"));
    }

    private static @Nullable Decision decision(ResultSet rs, String at, String by, String note) throws SQLException {
        Timestamp when = rs.getTimestamp(at);
        return when == null ? null : new Decision(when.toInstant(), rs.getObject(by, UUID.class), rs.getString(note));
    }
}
