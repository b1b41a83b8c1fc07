package cymru.cylch.market;

import cymru.cylch.contracts.CareServices;
import cymru.cylch.people.Areas;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.time.Today;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Standings and listings made in bulk by Cylch itself (the demo county), under the same rules and keeping the
 * same history, and publishing the same events, as the pages; the caller runs it in system scope.
 */
@Service
@Transactional
public class MarketSetup {

    private final ProviderStandings standings;
    private final StandingChanges changes;
    private final ListingDrafts drafts;
    private final PublishedListings published;
    private final ListingRules rules;
    private final ApplicationEventPublisher events;
    private final Today today;

    MarketSetup(ProviderStandings standings, StandingChanges changes, ListingDrafts drafts,
                PublishedListings published, CareServices services, Areas areas, ApplicationEventPublisher events,
                Today today) {
        this.standings = standings;
        this.changes = changes;
        this.drafts = drafts;
        this.published = published;
        this.rules = new ListingRules(code -> services.exists(code), code -> areas.listed(code));
        this.events = events;
        this.today = today;
    }

    /** An accreditation to record: the evidence, the date it runs to and the reason. */
    public record Accredited(String evidence, LocalDate until, String reason) {
    }

    /** A suspension to record after the accreditation. */
    public record Suspended(String reason, LocalDate from, @Nullable LocalDate until) {
    }

    /** The provider applies (by the user given), and is then accredited and suspended as given. */
    public void relate(UUID council, UUID provider, @Nullable UUID applicant, String statement,
                       @Nullable Accredited accredited, @Nullable UUID commissioner, @Nullable Suspended suspended) {
        LocalDate day = today.date();
        var standing = standings.saveAndFlush(new ProviderStanding(UUID.randomUUID(), council, provider, applicant,
                today.now()));
        keep(standing, StandingStep.APPLIED, null, statement, applicant);
        if (accredited != null) {
            keep(standing, standing.accredit(accredited.evidence(), accredited.until(), accredited.reason(), day),
                    StandingStatus.APPLIED, accredited.reason(), commissioner);
        }
        if (suspended != null) {
            var change = keep(standing, standing.suspend(suspended.reason(), suspended.from(), suspended.until(), day),
                    StandingStatus.ACCREDITED, suspended.reason(), commissioner);
            events.publishEvent(new ProviderSuspended(OrganisationId.of(council), OrganisationId.of(provider),
                    change.id(), suspended.reason(), standing.suspendedFrom(), standing.suspendedUntil()));
        }
        standings.saveAndFlush(standing);
    }

    /** Publishes the listing as the provider's next version. */
    public void publish(UUID provider, ListingContent content, @Nullable UUID by) {
        publish(provider, content, by, today.now());
    }

    /**
     * Publishes the listing as the provider's next version as it was published at a past moment, so that a market
     * loaded in bulk has a history (its price trend) like one whose providers published over time.
     */
    public void publish(UUID provider, ListingContent content, @Nullable UUID by, Instant at) {
        if (at.isAfter(today.now())) {
            throw new IllegalArgumentException("A listing cannot be published in the future");
        }
        rules.check(content);
        var latest = published.findFirstByProviderIdOrderByNumberDesc(provider);
        if (latest.isPresent() && at.isBefore(latest.get().publishedAt())) {
            throw new IllegalArgumentException("Versions are published in order");
        }
        int next = latest.map(p -> p.number() + 1).orElse(1);
        published.saveAndFlush(new PublishedListing(UUID.randomUUID(), provider, next, content, by, at));
    }

    /** Keeps changes the provider has not published yet. */
    public void draft(UUID provider, ListingContent content, @Nullable UUID by) {
        rules.check(content);
        drafts.saveAndFlush(new ListingDraft(provider, content, by, today.now()));
    }

    private StandingChange keep(ProviderStanding standing, StandingStep step, @Nullable StandingStatus before,
                                String reason, @Nullable UUID by) {
        return changes.save(new StandingChange(UUID.randomUUID(), standing, step, before, reason, by, today.now()));
    }
}
