package cymru.cylch.market;

import cymru.cylch.contracts.CareServices;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.people.Areas;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Providers' listings. A provider's own users change a draft and publish it; each published version is kept. A
 * council's commissioners, brokers, care managers, auditors and administrators see the latest published listing of
 * each provider with a standing with their council, never a draft; a provider sees only its own.
 */
@Service
@Transactional
public class Listings {

    private static final String RECORD = "provider-listing";

    private final ListingDrafts drafts;
    private final PublishedListings published;
    private final Accreditation accreditation;
    private final ListingRules rules;
    private final AuditLog audit;
    private final Today today;

    Listings(ListingDrafts drafts, PublishedListings published, Accreditation accreditation, CareServices services,
             Areas areas, AuditLog audit, Today today) {
        this.drafts = drafts;
        this.published = published;
        this.accreditation = accreditation;
        this.rules = new ListingRules(code -> services.exists(code), code -> areas.listed(code));
        this.audit = audit;
        this.today = today;
    }

    /** Whether the user reads their council's providers' listings. */
    public static boolean readsListings(CylchUser user) {
        return OrganisationKind.COUNCIL.name().equals(user.organisation().organisationKind())
                && (user.hasRole(Role.COMMISSIONER) || user.hasRole(Role.BROKER) || user.hasRole(Role.CARE_MANAGER)
                || user.hasRole(Role.AUDITOR) || user.hasRole(Role.ADMINISTRATOR));
    }

    // --- Brokerage's question ----------------------------------------------------------------------------------

    /** The latest published listing of every provider with a standing with the council (removed ones left out). */
    @Transactional(readOnly = true)
    public List<ProviderListing> publishedFor(OrganisationId council) {
        var providers = accreditation.providersListedWith(council.value());
        return published.latestOf(providers).stream().map(ProviderListing::of).toList();
    }

    // --- A council's readers -----------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<ProviderListing> publishedFor(CylchUser reader) {
        requireReader(reader);
        return publishedFor(OrganisationId.of(reader.organisationId()));
    }

    /**
     * A provider's latest published listing, for a council that knows the provider or for the provider itself;
     * empty if it has published none. Anyone else's provider is not found.
     */
    @Transactional(readOnly = true)
    public Optional<ProviderListing> publishedOf(CylchUser reader, UUID providerId) {
        boolean provider = Accreditation.actsForProvider(reader);
        if (!provider) {
            requireReader(reader);
        }
        if (provider ? !reader.organisationId().equals(providerId)
                : !accreditation.knows(reader.organisationId(), providerId)) {
            audit.recordRefusal(RECORD, providerId);
            throw new RecordNotFoundException(RECORD, providerId);
        }
        return published.findFirstByProviderIdOrderByNumberDesc(providerId).map(ProviderListing::of);
    }

    // --- The provider's own users ------------------------------------------------------------------------------

    /** The provider's draft, if it has changes not yet published. */
    @Transactional(readOnly = true)
    public Optional<ListingContent> draft(CylchUser member) {
        Accreditation.requireProvider(member);
        return drafts.findById(member.organisationId()).map(ListingDraft::content);
    }

    /** What the provider edits: its draft, or else its published listing, or else an empty one. */
    @Transactional(readOnly = true)
    public ListingContent toEdit(CylchUser member) {
        return draft(member).or(() -> published.findFirstByProviderIdOrderByNumberDesc(member.organisationId())
                .map(PublishedListing::content)).orElseGet(ListingContent::empty);
    }

    /** Every published version of the provider's listing, newest first. */
    @Transactional(readOnly = true)
    public List<ProviderListing> versions(CylchUser member) {
        Accreditation.requireProvider(member);
        return published.findByProviderIdOrderByNumberDesc(member.organisationId()).stream()
                .map(ProviderListing::of).toList();
    }

    /** Keeps the provider's changes as its draft; councils see nothing of it until it is published. */
    public void saveDraft(CylchUser member, ListingContent content) {
        Accreditation.requireProvider(member);
        rules.check(content);
        UUID provider = member.organisationId();
        var draft = drafts.findById(provider).orElse(null);
        if (draft == null) {
            drafts.saveAndFlush(new ListingDraft(provider, content, member.userId(), today.now()));
        } else {
            draft.change(content, member.userId(), today.now());
            drafts.saveAndFlush(draft);
        }
        audit.record(AuditAction.CHANGED, RECORD, provider, "draft");
    }

    /** Publishes the draft as the listing's next version; the draft is then gone. */
    public ProviderListing publish(CylchUser member) {
        Accreditation.requireProvider(member);
        UUID provider = member.organisationId();
        var draft = drafts.findById(provider)
                .orElseThrow(() -> new RuleViolationException("market.listing.nothingToPublish"));
        rules.check(draft.content());
        int next = published.findFirstByProviderIdOrderByNumberDesc(provider).map(p -> p.number() + 1).orElse(1);
        var version = published.saveAndFlush(new PublishedListing(UUID.randomUUID(), provider, next,
                draft.content(), member.userId(), today.now()));
        drafts.delete(draft);
        drafts.flush();
        audit.record(AuditAction.CREATED, RECORD, provider, "version " + next);
        return ProviderListing.of(version);
    }

    private static void requireReader(CylchUser user) {
        if (!readsListings(user)) {
            throw new AccessDeniedException("Only a council's staff read its providers' listings");
        }
    }
}
