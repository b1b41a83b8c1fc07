package cymru.cylch.market;

import cymru.cylch.organisations.Colleagues;
import cymru.cylch.organisations.ListedOrganisation;
import cymru.cylch.organisations.OrganisationDirectory;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each council's standing with each provider. A provider's users apply to a council; the council's commissioners
 * accredit, renew, suspend, lift a suspension and remove, always with a reason; its administrators and auditors
 * read. Every change is kept ({@link StandingChange}) and audited. A council sees only its own relationships and a
 * provider only its own: anyone else's answers as not found. Brokerage asks {@link #mayTakeNewWork} and
 * {@link #providersForNewWork}.
 */
@Service
@Transactional
public class Accreditation {

    private static final String RECORD = "provider-standing";

    private final ProviderStandings standings;
    private final StandingChanges changes;
    private final OrganisationDirectory directory;
    private final Colleagues colleagues;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Today today;

    Accreditation(ProviderStandings standings, StandingChanges changes, OrganisationDirectory directory,
                  Colleagues colleagues, AuditLog audit, ApplicationEventPublisher events, Today today) {
        this.standings = standings;
        this.changes = changes;
        this.directory = directory;
        this.colleagues = colleagues;
        this.audit = audit;
        this.events = events;
        this.today = today;
    }

    /** A standing with the organisation on the other side (the provider for a council, the council for a provider). */
    public record Standing(ProviderStanding standing, ListedOrganisation other, boolean mayTakeNewWork) {
    }

    /** One change in the history, with the name of who made it where the reader may know it. */
    public record HistoryEntry(StandingChange change, @Nullable String changedBy) {
    }

    /** Whether the user reads their council's standings: its commissioners, administrators and auditors. */
    public static boolean readsStandings(CylchUser user) {
        return council(user) && (user.hasRole(Role.COMMISSIONER) || user.hasRole(Role.ADMINISTRATOR)
                || user.hasRole(Role.AUDITOR));
    }

    /** Whether the user changes their council's standings: its commissioners. */
    public static boolean changesStandings(CylchUser user) {
        return council(user) && user.hasRole(Role.COMMISSIONER);
    }

    /** Whether the user acts for a provider: its provider users and administrators. */
    public static boolean actsForProvider(CylchUser user) {
        return OrganisationKind.PROVIDER.name().equals(user.organisation().organisationKind())
                && (user.hasRole(Role.PROVIDER_USER) || user.hasRole(Role.ADMINISTRATOR));
    }

    static boolean council(CylchUser user) {
        return OrganisationKind.COUNCIL.name().equals(user.organisation().organisationKind());
    }

    // --- Brokerage's questions ---------------------------------------------------------------------------------

    /** Whether the council may give the provider new work today. */
    @Transactional(readOnly = true)
    public boolean mayTakeNewWork(OrganisationId council, OrganisationId provider) {
        LocalDate day = today.date();
        return standings.findByCouncilIdAndProviderId(council.value(), provider.value())
                .map(s -> s.mayTakeNewWork(day)).orElse(false);
    }

    /** Every provider the council may give new work to today. */
    @Transactional(readOnly = true)
    public Set<OrganisationId> providersForNewWork(OrganisationId council) {
        LocalDate day = today.date();
        return standings.findByCouncilId(council.value()).stream().filter(s -> s.mayTakeNewWork(day))
                .map(s -> OrganisationId.of(s.providerId())).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the provider has any standing with the council (applied and removed ones too). */
    @Transactional(readOnly = true)
    public boolean knows(UUID council, UUID provider) {
        return standings.findByCouncilIdAndProviderId(council, provider).isPresent();
    }

    /** Every provider with a standing with the council that has not been removed. */
    @Transactional(readOnly = true)
    public Set<UUID> providersListedWith(UUID council) {
        return standings.findByCouncilId(council).stream().filter(s -> s.status() != StandingStatus.REMOVED)
                .map(ProviderStanding::providerId).collect(Collectors.toUnmodifiableSet());
    }

    // --- The council's side ------------------------------------------------------------------------------------

    /** The council's providers, by name, optionally only those of one status. */
    @Transactional(readOnly = true)
    public List<Standing> ofCouncil(CylchUser reader, @Nullable StandingStatus only) {
        requireReader(reader);
        var theirs = standings.findByCouncilId(reader.organisationId()).stream()
                .filter(s -> only == null || s.status() == only).toList();
        return withOthers(theirs, ProviderStanding::providerId);
    }

    /** One provider's standing with the reader's council; not found for a provider the council does not know. */
    @Transactional(readOnly = true)
    public Standing withProvider(CylchUser reader, UUID providerId) {
        requireReader(reader);
        return withOthers(List.of(held(reader, providerId)), ProviderStanding::providerId).getFirst();
    }

    /** The standing's history, newest first. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(CylchUser reader, UUID providerId) {
        requireReader(reader);
        return historyOf(reader, held(reader, providerId));
    }

    public StandingChange accredit(CylchUser commissioner, UUID providerId, String evidence,
                                   @Nullable LocalDate until, String reason) {
        requireCommissioner(commissioner);
        ProviderStanding standing = held(commissioner, providerId);
        StandingStatus before = standing.status();
        return record(commissioner, standing, before,
                standing.accredit(evidence, until, reason, today.date()), reason);
    }

    public StandingChange renew(CylchUser commissioner, UUID providerId, String evidence,
                                @Nullable LocalDate until, String reason) {
        requireCommissioner(commissioner);
        ProviderStanding standing = held(commissioner, providerId);
        StandingStatus before = standing.status();
        return record(commissioner, standing, before, standing.renew(evidence, until, reason, today.date()),
                reason);
    }

    /** Stops new work from {@code from} (today if null), until {@code until} (or until lifted). */
    public StandingChange suspend(CylchUser commissioner, UUID providerId, String reason, @Nullable LocalDate from,
                                  @Nullable LocalDate until) {
        requireCommissioner(commissioner);
        ProviderStanding standing = held(commissioner, providerId);
        StandingStatus before = standing.status();
        var change = record(commissioner, standing, before, standing.suspend(reason, from, until, today.date()),
                reason);
        events.publishEvent(new ProviderSuspended(OrganisationId.of(standing.councilId()),
                OrganisationId.of(standing.providerId()), change.id(), reason.strip(), standing.suspendedFrom(),
                standing.suspendedUntil()));
        return change;
    }

    public StandingChange lift(CylchUser commissioner, UUID providerId, String reason) {
        requireCommissioner(commissioner);
        ProviderStanding standing = held(commissioner, providerId);
        StandingStatus before = standing.status();
        return record(commissioner, standing, before, standing.lift(reason), reason);
    }

    public StandingChange remove(CylchUser commissioner, UUID providerId, String reason) {
        requireCommissioner(commissioner);
        ProviderStanding standing = held(commissioner, providerId);
        StandingStatus before = standing.status();
        var change = record(commissioner, standing, before, standing.remove(reason), reason);
        events.publishEvent(new ProviderRemoved(OrganisationId.of(standing.councilId()),
                OrganisationId.of(standing.providerId()), change.id(), reason.strip(), today.date()));
        return change;
    }

    // --- The provider's side -----------------------------------------------------------------------------------

    /** The councils a provider may apply to: every council it has no standing with yet. */
    @Transactional(readOnly = true)
    public List<ListedOrganisation> councilsToApplyTo(CylchUser member) {
        requireProvider(member);
        Set<UUID> known = standings.findByProviderId(member.organisationId()).stream()
                .map(ProviderStanding::councilId).collect(Collectors.toSet());
        return directory.ofKind(OrganisationKind.COUNCIL).stream().filter(c -> !known.contains(c.id().value()))
                .toList();
    }

    /** The provider's standing with each council it has applied to, by council name. */
    @Transactional(readOnly = true)
    public List<Standing> ofProvider(CylchUser member) {
        requireProvider(member);
        return withOthers(standings.findByProviderId(member.organisationId()), ProviderStanding::councilId);
    }

    /** The provider applies to a council, with what it wants the council to know. */
    public StandingChange apply(CylchUser member, UUID councilId, String statement) {
        requireProvider(member);
        directory.find(OrganisationId.of(councilId)).filter(c -> c.active() && c.kind() == OrganisationKind.COUNCIL)
                .orElseThrow(() -> new RuleViolationException("market.standing.notACouncil"));
        if (statement == null || statement.isBlank()) {
            throw new RuleViolationException("market.standing.reason.missing");
        }
        if (standings.findByCouncilIdAndProviderId(councilId, member.organisationId()).isPresent()) {
            throw new RuleViolationException("market.standing.alreadyApplied");
        }
        var standing = standings.save(new ProviderStanding(UUID.randomUUID(), councilId,
                member.organisationId(), member.userId(), today.now()));
        return record(member, standing, null, StandingStep.APPLIED, statement);
    }

    // -----------------------------------------------------------------------------------------------------------

    private StandingChange record(CylchUser actor, ProviderStanding standing, @Nullable StandingStatus before,
                                  StandingStep step, String reason) {
        if (before != null) {
            standing.changed(actor.userId(), today.now());
        }
        // The standing is managed (just saved, or loaded in this transaction): flushing writes the change.
        standings.flush();
        var change = new StandingChange(UUID.randomUUID(), standing, step, before, reason, actor.userId(),
                today.now());
        changes.saveAndFlush(change);
        // Recorded in the council's log and the provider's, each of which sees its own.
        audit.recordInEach(List.of(standing.councilId(), standing.providerId()), AuditAction.CHANGED, RECORD,
                standing.id(), step.name());
        return change;
    }

    private ProviderStanding held(CylchUser reader, UUID providerId) {
        return standings.findByCouncilIdAndProviderId(reader.organisationId(), providerId).orElseThrow(() -> {
            audit.recordRefusal(RECORD, providerId);
            return new RecordNotFoundException(RECORD, providerId);
        });
    }

    private List<HistoryEntry> historyOf(CylchUser reader, ProviderStanding standing) {
        Map<UUID, Optional<String>> names = new HashMap<>();
        return changes.findByStandingIdOrderBySequenceDesc(standing.id()).stream()
                .map(c -> new HistoryEntry(c, c.changedBy() == null ? null
                        : names.computeIfAbsent(c.changedBy(), id -> colleagues.nameOf(reader, id)).orElse(null)))
                .toList();
    }

    private List<Standing> withOthers(List<ProviderStanding> found, Function<ProviderStanding, UUID> otherSide) {
        LocalDate day = today.date();
        Function<ProviderStanding, OrganisationId> other = otherSide.andThen(OrganisationId::of);
        Map<OrganisationId, ListedOrganisation> named = directory.byIds(found.stream().map(other).toList());
        return found.stream().filter(s -> named.containsKey(other.apply(s)))
                .map(s -> new Standing(s, named.get(other.apply(s)), s.mayTakeNewWork(day)))
                .sorted(Comparator.comparing(s -> s.other().name().toLowerCase(java.util.Locale.ROOT)))
                .toList();
    }

    private static void requireReader(CylchUser user) {
        if (!readsStandings(user)) {
            throw new AccessDeniedException("Only a council's commissioners, administrators and auditors read it");
        }
    }

    private static void requireCommissioner(CylchUser user) {
        if (!changesStandings(user)) {
            throw new AccessDeniedException("Only a council's commissioners change a provider's standing");
        }
    }

    static void requireProvider(CylchUser user) {
        if (!actsForProvider(user)) {
            throw new AccessDeniedException("Only a provider's own users act for it");
        }
    }
}
