package cymru.cylch.people;

import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.time.Today;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people a provider supports, as its users see them: through the access grants in force today, with the
 * service agreements in force (from {@link AgreedSupport}) and only the outcomes those agreements work to. The
 * provider records its view of progress on those outcomes ({@link ProviderView}); the council holding the person
 * reads the views when reviewing, and nobody else. Every read and write is audited in the provider's and the
 * holder's logs; a person not granted today is not found, and the attempt is audited as refused.
 */
@Service
@Transactional(readOnly = true)
public class SupportedPeople {

    /** The longest view a provider may write, as the column holds. */
    public static final int LONGEST_SEEN = 2000;

    private final GrantedPeople granted;
    private final PersonAccessGrants grants;
    private final PersonNames names;
    private final PersonManagement people;
    private final ObjectProvider<AgreedSupport> support;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Today today;

    SupportedPeople(GrantedPeople granted, PersonAccessGrants grants, PersonNames names, PersonManagement people,
                    ObjectProvider<AgreedSupport> support, JdbcClient jdbc, AuditLog audit, Today today) {
        this.granted = granted;
        this.grants = grants;
        this.names = names;
        this.people = people;
        this.support = support;
        this.jdbc = jdbc;
        this.audit = audit;
        this.today = today;
    }

    /** One person supported today: their name where the profile is granted, the agreements, the outcomes. */
    public record Supported(PersonId person, @Nullable String name, List<AgreedSupport.Agreement> agreements) {

        public Supported {
            agreements = List.copyOf(agreements);
        }

        /** The outcomes the agreements work to, each once. */
        public Set<OutcomeId> outcomes() {
            return agreements.stream().flatMap(a -> a.outcomes().stream())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }

    /** What the provider may see of one person today, its agreements, and its own views of their outcomes. */
    public record SupportedPerson(GrantedPerson person, List<AgreedSupport.Agreement> agreements,
                                  List<GrantedPerson.GrantedOutcome> outcomesWorkedTo, List<ProviderView> views) {

        public SupportedPerson {
            agreements = List.copyOf(agreements);
            outcomesWorkedTo = List.copyOf(outcomesWorkedTo);
            views = List.copyOf(views);
        }

        /** Their name, where their profile is granted. */
        public @Nullable String name() {
            GrantedPerson.Profile profile = person.profile();
            return profile == null ? null : profile.givenName() + " " + profile.familyName();
        }

        /** Whether their measurements are granted, to read and to record. */
        public boolean measurementsShared() {
            return person.parts().contains(AccessPart.MEASUREMENTS);
        }

        public List<ProviderView> viewsOf(OutcomeId outcome) {
            return views.stream().filter(v -> v.outcome().equals(outcome)).toList();
        }
    }

    /**
     * The people the reader's organisation supports today: those with a grant and an agreement both in force, by
     * name (those whose profile is not granted last).
     */
    @Transactional
    public List<Supported> today(CylchUser reader) {
        Set<PersonId> grantedToday = granted.inForce(reader).stream().map(AccessGrant::person)
                .collect(Collectors.toSet());
        Map<PersonId, List<AgreedSupport.Agreement>> byPerson = new LinkedHashMap<>();
        agreementsInForce(reader).stream().filter(a -> grantedToday.contains(a.person()))
                .forEach(a -> byPerson.computeIfAbsent(a.person(), p -> new ArrayList<>()).add(a));
        Map<PersonId, String> named = names.of(reader, byPerson.keySet(), "the people supported");
        return byPerson.entrySet().stream()
                .map(e -> new Supported(e.getKey(), named.get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparing(Supported::name, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(s -> s.person().value()))
                .toList();
    }

    /** One person the reader's organisation supports today: not found (audited) without a grant in force. */
    @Transactional
    public SupportedPerson person(CylchUser reader, UUID personId) {
        GrantedPerson person = granted.view(reader, personId);
        List<AgreedSupport.Agreement> agreements = agreementsInForce(reader).stream()
                .filter(a -> a.person().value().equals(personId)).toList();
        Set<OutcomeId> worked = agreements.stream().flatMap(a -> a.outcomes().stream()).collect(Collectors.toSet());
        List<GrantedPerson.GrantedOutcome> outcomes = person.outcomes().stream()
                .filter(o -> worked.contains(o.id())).toList();
        List<ProviderView> views = person.parts().contains(AccessPart.OUTCOMES)
                ? jdbc.sql(SELECT + " where provider_id = ? and person_id = ? order by created_at desc, id")
                .params(reader.organisationId(), personId).query(SupportedPeople::view).list()
                : List.of();
        return new SupportedPerson(person, agreements, outcomes, views);
    }

    /** One of the outcomes the provider works to for this person; any other is not found, audited as refused. */
    public GrantedPerson.GrantedOutcome outcomeWorkedTo(SupportedPerson person, UUID outcomeId) {
        return person.outcomesWorkedTo().stream().filter(o -> o.id().value().equals(outcomeId)).findFirst()
                .orElseThrow(() -> refused("outcome", outcomeId));
    }

    /**
     * Records the provider's view of progress on an outcome one of its agreements in force today works to, for a
     * person whose outcomes are granted to it today. Anything else is not found, audited as refused.
     */
    @Transactional
    public ProviderView recordView(CylchUser provider, UUID personId, UUID outcomeId, Rating rating, String seen) {
        OrganisationId organisation = OrganisationId.of(provider.organisationId());
        AccessGrant grant = grants.inForce(organisation, PersonId.of(personId), AccessPart.OUTCOMES)
                .orElseThrow(() -> refused("person", personId));
        boolean worksTo = agreementsInForce(provider).stream()
                .anyMatch(a -> a.person().value().equals(personId) && a.outcomes().contains(OutcomeId.of(outcomeId)));
        if (!worksTo) {
            throw refused("outcome", outcomeId);
        }
        String words = seen.strip();
        if (words.isEmpty()) {
            throw new RuleViolationException("providerView.seen.blank");
        }
        if (words.length() > LONGEST_SEEN) {
            throw new RuleViolationException("providerView.seen.tooLong");
        }
        var view = new ProviderView(UUID.randomUUID(), OutcomeId.of(outcomeId), PersonId.of(personId), organisation,
                rating, words, today.now().truncatedTo(ChronoUnit.MICROS), provider.userId());
        jdbc.sql("""
                        insert into outcome_provider_view (id, outcome_id, person_id, held_by, provider_id, rating, seen,
                                                           created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(view.id(), outcomeId, personId, grant.heldBy().value(), organisation.value(), rating.name(),
                        words, Timestamp.from(view.recordedAt()), provider.userId())
                .update();
        audit.recordInEach(List.of(grant.heldBy().value()), AuditAction.CREATED, "outcome-provider-view", view.id(),
                "for outcome " + outcomeId + " of person " + personId + " through access grant: " + grant.source());
        return view;
    }

    /**
     * The providers' views of one of the person's outcomes, newest first, for those who read the record in the
     * organisation holding it.
     */
    public List<ProviderView> viewsOf(CylchUser reader, UUID personId, UUID outcomeId) {
        people.held(reader, personId);
        return jdbc.sql(SELECT + " where held_by = ? and person_id = ? and outcome_id = ? order by created_at desc, id")
                .params(reader.organisationId(), personId, outcomeId).query(SupportedPeople::view).list();
    }

    private List<AgreedSupport.Agreement> agreementsInForce(CylchUser reader) {
        AgreedSupport agreed = support.getIfAvailable();
        LocalDate day = today.date();
        return agreed == null ? List.of() : agreed.inForce(OrganisationId.of(reader.organisationId()), day);
    }

    private RecordNotFoundException refused(String type, UUID id) {
        audit.recordRefusal(type, id);
        return new RecordNotFoundException(type, id);
    }

    private static final String SELECT = """
            select id, outcome_id, person_id, provider_id, rating, seen, created_at, created_by
            from outcome_provider_view""";

    private static ProviderView view(ResultSet rs, int row) throws SQLException {
        return new ProviderView(rs.getObject("id", UUID.class), OutcomeId.of(rs.getObject("outcome_id", UUID.class)),
                PersonId.of(rs.getObject("person_id", UUID.class)),
                OrganisationId.of(rs.getObject("provider_id", UUID.class)), Rating.valueOf(rs.getString("rating")),
                rs.getString("seen"), rs.getTimestamp("created_at").toInstant(),
                rs.getObject("created_by", UUID.class));
    }
}
