package cymru.cylch.measurement;

import cymru.cylch.people.Person;
import cymru.cylch.people.PersonManagement;
import cymru.cylch.platform.audit.Actor;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditChannel;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Secrets;
import cymru.cylch.platform.time.Today;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-completion: a care manager issues a single-use link for the person (or their carer) to answer an
 * instrument on their own, in English or Welsh, without an account. The secret is shown once and kept only as a
 * digest. Opening and completing run as Cylch itself (callers wrap them in {@code SystemScope}), because whoever
 * holds the link is not signed in; completing locks the link, so it is used at most once, and stores nothing if
 * an answer is bad or the link has expired.
 */
@Service
@Transactional
public class SelfCompletion {

    static final String PREFIX = "cq_";

    private final PersonManagement people;
    private final InstrumentLibrary library;
    private final MeasurementStore store;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration validFor;
    private final Today today;

    SelfCompletion(PersonManagement people, InstrumentLibrary library, MeasurementStore store, JdbcClient jdbc,
                   AuditLog audit, ApplicationEventPublisher events, Clock clock,
                   @Value("${cylch.measurement.link-valid-for:P14D}") Duration validFor, Today today) {
        this.people = people;
        this.library = library;
        this.store = store;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.validFor = validFor;
        this.today = today;
    }

    /** The link's secret (to put in the URL, shown once) and when it stops working. */
    public record IssuedLink(String secret, Instant expiresAt) {
    }

    /**
     * What a link opens: the instrument in the link's language, and who is answering. Nothing about the person:
     * a forwarded link must not reveal whose it is.
     */
    public record Questionnaire(InstrumentDefinition instrument, String language, AdministrationMode mode) {
    }

    public IssuedLink issue(CylchUser actor, UUID personId, String instrument, AdministrationMode mode,
                            String language) {
        Person person = people.held(actor, personId);
        if (library.scorer(person.heldBy(), instrument).isEmpty()) {
            throw new RecordNotFoundException("instrument", instrument);
        }
        if (mode == AdministrationMode.WITH_WORKER || !(language.equals("en") || language.equals("cy"))) {
            throw new IllegalArgumentException("A self-completion link is for the person or a carer, in en or cy");
        }
        String secret = Secrets.newSecret(PREFIX);
        Instant expires = clock.instant().plus(validFor);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into self_completion_link (id, secret_digest, person_id, held_by, area_code, instrument,
                                                          mode, language, expires_at, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, Secrets.digest(secret), personId, person.heldBy(), person.address().areaCode(),
                        instrument, mode.name(), language,
                        Timestamp.from(expires), Timestamp.from(clock.instant()), actor.userId())
                .update();
        audit.record(AuditAction.CREATED, "self-completion-link", id);
        return new IssuedLink(secret, expires);
    }

    /** The questionnaire behind a link that can still be used. Run in system scope. */
    @Transactional(readOnly = true)
    public Questionnaire open(String secret) {
        Link link = usable(secret, false);
        return new Questionnaire(library.scorer(link.heldBy(), link.instrument()).orElseThrow().definition(),
                link.language(),
                link.mode());
    }

    /**
     * Scores and stores the answers and uses up the link, all or nothing. Run in system scope.
     *
     * @throws InvalidAnswers naming every bad answer; the link stays usable
     * @throws RuleViolationException when the answers give no score; the link stays usable
     * @throws LinkUnusable when the link is unknown, used or expired
     */
    public Measurement complete(String secret, Map<String, @Nullable BigDecimal> answers) {
        Link link = usable(secret, true);
        InstrumentScorer scorer = library.scorer(link.heldBy(), link.instrument()).orElseThrow();
        Map<String, @Nullable BigDecimal> scores = scorer.scoreToKeep(answers);
        LocalDate today = this.today.date();
        Measurement measurement = new Measurement(MeasurementIds.next(clock), link.personId(), link.instrument(),
                scorer.definition().version(), today, link.mode(), null, answers, scores, clock.instant());
        store.insert(measurement, new MeasurementStore.Placement(link.heldBy(), link.areaCode(), null), null, null);
        jdbc.sql("update self_completion_link set used_at = ?, measurement_id = ? where id = ?")
                .params(Timestamp.from(clock.instant()), measurement.id(), link.id()).update();
        audit.record(new Actor(null, null, link.heldBy(), AuditChannel.WEB), AuditAction.CREATED, "measurement",
                measurement.id().toString(), "self-completion link");
        events.publishEvent(MeasurementRecorded.of(measurement, link.heldBy()));
        return measurement;
    }

    private record Link(UUID id, UUID personId, UUID heldBy, @Nullable String areaCode, String instrument,
                        AdministrationMode mode,
                        String language, Instant expiresAt, @Nullable Instant usedAt) {
    }

    private Link usable(String secret, boolean lock) {
        Link link = jdbc.sql("""
                        select l.id, l.person_id, l.held_by, l.area_code, l.instrument, l.mode, l.language,
                               l.expires_at, l.used_at
                        from self_completion_link l where l.secret_digest = ?""" + (lock ? " for update" : ""))
                .param(Secrets.digest(secret))
                .query((rs, n) -> new Link(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                        rs.getObject("held_by", UUID.class), rs.getString("area_code"), rs.getString("instrument"),
                        AdministrationMode.valueOf(rs.getString("mode")), rs.getString("language"),
                        rs.getTimestamp("expires_at").toInstant(),
                        rs.getTimestamp("used_at") == null ? null : rs.getTimestamp("used_at").toInstant()))
                .optional()
                .orElseThrow(() -> new LinkUnusable(LinkUnusable.Reason.UNKNOWN));
        if (link.usedAt() != null) {
            throw new LinkUnusable(LinkUnusable.Reason.USED);
        }
        if (!link.expiresAt().isAfter(clock.instant())) {
            throw new LinkUnusable(LinkUnusable.Reason.EXPIRED);
        }
        return link;
    }
}
