package cymru.cylch.monitoring;

import cymru.cylch.contracts.CommissionedBusiness;
import cymru.cylch.people.PersonId;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.time.Today;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proportionate, risk-based monitoring: each provider the council commissions or lists gets a risk score from its
 * measures, its open performance issues, the regulator's rating, safeguarding concerns and its returns, which sets the
 * monitoring level and so how often it is visited (the visits are the relationship log's). The council records what
 * only it knows (the rating, the concerns) and draws seeded random samples of the people a provider supports for a
 * case audit. Council readers read it; commissioners record and draw; providers do not see it.
 */
@Service
@Transactional
public class ProviderRisks {

    /** The most people one audit sample holds. */
    public static final int LARGEST_SAMPLE = 50;

    private final RiskStore store;
    private final MonitoringStaff staff;
    private final Measures measures;
    private final MeasureValues values;
    private final IssueStore issues;
    private final ProviderReturns returns;
    private final CommissionedBusiness business;
    private final AuditLog audit;
    private final Today today;
    private final SecureRandom seeds = new SecureRandom();

    ProviderRisks(RiskStore store, MonitoringStaff staff, Measures measures, MeasureValues values, IssueStore issues,
                  ProviderReturns returns, CommissionedBusiness business, AuditLog audit, Today today) {
        this.store = store;
        this.staff = staff;
        this.measures = measures;
        this.values = values;
        this.issues = issues;
        this.returns = returns;
        this.business = business;
        this.audit = audit;
        this.today = today;
    }

    /** What the council records of a provider beyond Cylch's data. */
    public record Inputs(RegulatorRating rating, @Nullable LocalDate ratedOn, int safeguardingConcerns, String note) {
    }

    /**
     * A provider's risk now: its factors and score, what the council last recorded, the last monitoring visit, the
     * next one booked, and when the next is due at its level (now, if it has never been visited).
     */
    public record Assessment(OrganisationId provider, RiskScore score, @Nullable Inputs inputs,
                             @Nullable LocalDate lastVisit, @Nullable LocalDate nextBooked, LocalDate visitDue) {

        /** Never visited and none booked, or past its due day with none booked by then. */
        public boolean visitOverdue(LocalDate day) {
            if (lastVisit == null) {
                return nextBooked == null;
            }
            return visitDue.isBefore(day) && (nextBooked == null || nextBooked.isAfter(visitDue));
        }
    }

    /** A sample of people supported, drawn for a case audit. */
    public record Sample(UUID id, long seed, int drawnFrom, List<PersonId> people, Instant drawnAt) {

        public Sample {
            people = List.copyOf(people);
        }
    }

    /** Every provider the council knows, riskiest first. */
    @Transactional(readOnly = true)
    public List<Assessment> all(CylchUser reader) {
        OrganisationId council = staff.reader(reader);
        List<Assessment> all = new ArrayList<>(assess(reader, council, List.copyOf(staff.providersKnownTo(council))));
        all.sort(Comparator.comparingInt((Assessment a) -> a.score().total()).reversed()
                .thenComparing(a -> a.provider().value()));
        return all;
    }

    /** One provider's risk; not found for a provider the council does not know. */
    @Transactional(readOnly = true)
    public Assessment one(CylchUser reader, OrganisationId provider) {
        OrganisationId council = known(staff.reader(reader), provider);
        return assess(reader, council, List.of(provider)).getFirst();
    }

    /** Records the regulator's latest rating and the safeguarding concerns open now. */
    public void record(CylchUser commissioner, OrganisationId provider, Inputs inputs) {
        OrganisationId council = known(staff.commissioner(commissioner, "record a provider's risks"), provider);
        if (inputs.safeguardingConcerns() < 0 || inputs.safeguardingConcerns() > 1000) {
            throw new RuleViolationException("risk.concerns.invalid", "safeguardingConcerns");
        }
        boolean rated = inputs.rating() != RegulatorRating.NOT_RATED;
        if (rated && (inputs.ratedOn() == null || inputs.ratedOn().isAfter(today.date()))) {
            throw new RuleViolationException("risk.ratedOn.invalid", "ratedOn");
        }
        if (inputs.note().strip().length() > 2000) {
            throw new RuleViolationException("risk.note.tooLong", "note");
        }
        Inputs kept = new Inputs(inputs.rating(), rated ? inputs.ratedOn() : null, inputs.safeguardingConcerns(),
                inputs.note().strip());
        UUID id = store.addInputs(council, provider, kept, commissioner.userId(), today.now());
        audit.record(AuditAction.CREATED, "provider risk input", id, inputs.rating().name());
    }

    /**
     * Draws {@code size} of the people the provider supports today under the council's agreements, at random from a
     * new seed; the same seed draws the same people from the same list again, so the sample can be shown to be fair.
     */
    public Sample draw(CylchUser commissioner, OrganisationId provider, int size) {
        OrganisationId council = known(staff.commissioner(commissioner, "draw audit samples"), provider);
        if (size < 1 || size > LARGEST_SAMPLE) {
            throw new RuleViolationException("risk.sample.size", "size");
        }
        LocalDate day = today.date();
        List<PersonId> supported = business.workedTo(council, day, day).stream()
                .filter(w -> w.provider().equals(provider) && w.onDay(day)).map(CommissionedBusiness.WorkedTo::person)
                .distinct().sorted(Comparator.comparing(PersonId::value)).toList();
        if (supported.isEmpty()) {
            throw new RuleViolationException("risk.sample.nobody");
        }
        long seed = seeds.nextLong();
        Sample sample = new Sample(UUID.randomUUID(), seed, supported.size(), drawn(supported, seed, size),
                today.now());
        store.addSample(council, provider, sample, commissioner.userId());
        audit.record(AuditAction.CREATED, "audit sample", sample.id(), sample.people().size() + " of "
                + supported.size());
        return sample;
    }

    /** The provider's samples, newest first. */
    @Transactional(readOnly = true)
    public List<Sample> samples(CylchUser reader, OrganisationId provider) {
        return store.samples(known(staff.reader(reader), provider), provider);
    }

    /** The first {@code size} of the list shuffled by the seed: the same seed and list give the same people. */
    @SuppressFBWarnings(value = "PREDICTABLE_RANDOM",
            justification = "Repeatable on purpose: the seed (itself from SecureRandom) lets anyone draw it again")
    static List<PersonId> drawn(List<PersonId> from, long seed, int size) {
        List<PersonId> shuffled = new ArrayList<>(from);
        Collections.shuffle(shuffled, new Random(seed));
        return List.copyOf(shuffled.subList(0, Math.min(size, shuffled.size())));
    }

    private OrganisationId known(OrganisationId council, OrganisationId provider) {
        if (!staff.knows(council, provider)) {
            audit.recordRefusal("provider risk", provider.value());
            throw new RecordNotFoundException("provider risk", provider.value());
        }
        return council;
    }

    private List<Assessment> assess(CylchUser reader, OrganisationId council, List<OrganisationId> providers) {
        Map<String, int[]> ratings = new HashMap<>();
        List<Measure> aboutProviders = measures.measures(reader).stream()
                .filter(m -> m.attachment() == Attachment.PROVIDER && !m.retired()).toList();
        values.overview(reader, aboutProviders).values().forEach(standings -> standings.forEach(s -> {
            int[] counts = ratings.computeIfAbsent(s.subject().key(), k -> new int[2]);
            if (s.latest().rag() == Rag.RED) {
                counts[0]++;
            } else if (s.latest().rag() == Rag.AMBER) {
                counts[1]++;
            }
        }));
        Map<OrganisationId, List<Seriousness>> open = new HashMap<>();
        issues.ofCouncil(council, List.of(IssueStatus.RAISED, IssueStatus.CAP_DRAFT, IssueStatus.CAP_PROPOSED,
                IssueStatus.CAP_AGREED, IssueStatus.ESCALATED))
                .forEach(i -> open.computeIfAbsent(i.provider(), p -> new ArrayList<>()).add(i.seriousness()));
        Map<OrganisationId, int[]> sent = new HashMap<>();
        returns.received(reader).forEach(e -> {
            int[] counts = sent.computeIfAbsent(e.provider(), p -> new int[2]);
            if (e.status() == ReturnStatus.LATE) {
                counts[0]++;
            } else if (e.status() == ReturnStatus.OVERDUE) {
                counts[1]++;
            }
        });
        Map<OrganisationId, Inputs> inputs = store.latestInputs(council);
        Map<OrganisationId, RiskStore.Visits> visits = store.visits(council, today.date());
        List<Assessment> assessed = new ArrayList<>();
        for (OrganisationId provider : providers) {
            int[] rag = ratings.getOrDefault(provider.value().toString(), new int[2]);
            int[] returned = sent.getOrDefault(provider, new int[2]);
            Inputs recorded = inputs.get(provider);
            RiskScore score = RiskScore.of(new RiskScore.Factors(rag[0], rag[1],
                    open.getOrDefault(provider, List.of()), recorded == null ? null : recorded.rating(),
                    recorded == null ? 0 : recorded.safeguardingConcerns(), returned[0], returned[1]));
            RiskStore.Visits v = visits.get(provider);
            LocalDate last = v == null ? null : v.last();
            assessed.add(new Assessment(provider, score, recorded, last, v == null ? null : v.nextBooked(),
                    last == null ? today.date() : last.plusMonths(score.level().visitEveryMonths())));
        }
        return assessed;
    }
}
