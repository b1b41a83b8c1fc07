package cymru.cylch.market.web;

import cymru.cylch.market.Accreditation;
import cymru.cylch.market.ListingContent;
import cymru.cylch.market.Listings;
import cymru.cylch.market.ProviderListing;
import cymru.cylch.market.StandingChange;
import cymru.cylch.market.StandingStatus;
import cymru.cylch.market.StandingStep;
import cymru.cylch.organisations.OrganisationDirectory;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.web.MultiLineText;
import cymru.cylch.platform.web.SingleLineText;
import cymru.cylch.platform.web.WholeNumber;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The market for other systems: a council's standings with its providers (and a commissioner's changes to them), a
 * provider's own standings, published listings, a provider's draft and publishing it, and listings in the Open
 * Referral UK (HSDS 3.0) shape. The same walls as the pages: a council sees its own providers, a provider itself.
 */
@RestController
@RequestMapping("/api/v1/market")
@Tag(name = "Market")
class MarketApi {

    private static final String STANDING_READERS = "hasAnyRole('COMMISSIONER', 'ADMINISTRATOR', 'AUDITOR', "
            + "'PROVIDER_USER')";
    private static final String LISTING_READERS = "hasAnyRole('COMMISSIONER', 'BROKER', 'CARE_MANAGER', "
            + "'AUDITOR', 'ADMINISTRATOR', 'PROVIDER_USER')";

    private final Accreditation accreditation;
    private final Listings listings;
    private final OrganisationDirectory directory;
    private final OpenReferralUk openReferral;

    MarketApi(Accreditation accreditation, Listings listings, OrganisationDirectory directory,
              OpenReferralUk openReferral) {
        this.accreditation = accreditation;
        this.listings = listings;
        this.directory = directory;
        this.openReferral = openReferral;
    }

    record StandingView(UUID councilId, String councilName, UUID providerId, String providerName,
                        StandingStatus status, @Nullable String evidence, @Nullable LocalDate accreditedUntil,
                        @Nullable String suspensionReason, @Nullable LocalDate suspendedFrom,
                        @Nullable LocalDate suspendedUntil, boolean mayTakeNewWorkToday) {

        static StandingView of(Accreditation.Standing s, boolean councilSide, String ownName) {
            var p = s.standing();
            String other = s.other().name();
            return new StandingView(p.councilId(), councilSide ? ownName : other, p.providerId(),
                    councilSide ? other : ownName, p.status(), p.evidence(), p.accreditedUntil(),
                    p.suspensionReason(), p.suspendedFrom(), p.suspendedUntil(), s.mayTakeNewWork());
        }
    }

    record ChangeView(UUID id, StandingStep step, @Nullable StandingStatus fromStatus, StandingStatus toStatus,
                      @Nullable String reason, @Nullable String evidence, @Nullable LocalDate accreditedUntil,
                      @Nullable LocalDate suspendedFrom, @Nullable LocalDate suspendedUntil,
                      @Nullable UUID changedBy, Instant changedAt) {

        static ChangeView of(StandingChange c) {
            return new ChangeView(c.id(), c.step(), c.fromStatus(), c.toStatus(), c.reason(), c.evidence(),
                    c.accreditedUntil(), c.suspendedFrom(), c.suspendedUntil(), c.changedBy(), c.changedAt());
        }
    }

    record StandingWithHistory(StandingView standing, List<ChangeView> history) {
    }

    /** A commissioner's change: ACCREDITED, RENEWED (evidence, accreditedUntil), SUSPENDED (from, until), ... */
    record ChangeBody(@NotNull StandingStep step, @MultiLineText @Size(max = 2000) @Nullable String evidence,
                      @Nullable LocalDate accreditedUntil, @Nullable LocalDate from, @Nullable LocalDate until,
                      @MultiLineText @Size(max = 2000) @Nullable String reason) {
    }

    record ListingView(UUID providerId, @Nullable Integer version, @Nullable Instant publishedAt,
                       List<String> services, List<String> areas, @Nullable BigDecimal pricePerHour,
                       @Nullable BigDecimal pricePerWeek, @Nullable BigDecimal pricePerPackage, int capacityHours,
                       int vacancyHours, int welshSpeakingStaff, boolean welshActiveOffer,
                       @Nullable String otherLanguages, @Nullable String description, @Nullable String contactEmail,
                       @Nullable String contactPhone) {

        static ListingView of(UUID provider, @Nullable Integer version, @Nullable Instant at, ListingContent c) {
            return new ListingView(provider, version, at, c.services(), c.areas(), c.pricePerHour(),
                    c.pricePerWeek(), c.pricePerPackage(), c.capacityHours(), c.vacancyHours(),
                    c.welshSpeakingStaff(), c.welshActiveOffer(), c.otherLanguages(), c.description(),
                    c.contactEmail(), c.contactPhone());
        }

        static ListingView of(ProviderListing l) {
            return of(l.provider().value(), l.version(), l.publishedAt(), l.content());
        }
    }

    /** A provider's listing as its system sends it; the provider is always the caller's own. */
    record ListingBody(@NotNull @Size(max = 20) List<@NotNull @Size(max = 40) String> services,
                       @NotNull @Size(max = 100) List<@NotNull @Size(max = 40) String> areas,
                       @Digits(integer = 17, fraction = 2) @Nullable BigDecimal pricePerHour,
                       @Digits(integer = 17, fraction = 2) @Nullable BigDecimal pricePerWeek,
                       @Digits(integer = 17, fraction = 2) @Nullable BigDecimal pricePerPackage,
                       @NotNull @JsonDeserialize(using = WholeNumber.class) Integer capacityHours,
                       @NotNull @JsonDeserialize(using = WholeNumber.class) Integer vacancyHours,
                       @JsonDeserialize(using = WholeNumber.class) @Nullable Integer welshSpeakingStaff,
                       @Nullable Boolean welshActiveOffer,
                       @SingleLineText @Size(max = 200) @Nullable String otherLanguages,
                       @MultiLineText @Size(max = 2000) @Nullable String description,
                       @SingleLineText @Email @Size(max = 200) @Nullable String contactEmail,
                       @SingleLineText @Size(max = 40) @Nullable String contactPhone) {

        ListingContent content() {
            return new ListingContent(services, areas, pricePerHour, pricePerWeek, pricePerPackage, capacityHours,
                    vacancyHours, welshSpeakingStaff == null ? 0 : welshSpeakingStaff,
                    Boolean.TRUE.equals(welshActiveOffer), otherLanguages, description, contactEmail, contactPhone);
        }
    }

    // --- Standings ---------------------------------------------------------------------------------------------

    @GetMapping("/standings")
    @PreAuthorize(STANDING_READERS)
    @Operation(summary = "A council's standings with its providers (filter by status), or, for a provider, its "
            + "standing with each council")
    List<StandingView> standings(@AuthenticationPrincipal CylchUser user,
                                 @RequestParam(required = false) @Nullable StandingStatus status) {
        String ownName = user.organisation().organisationName();
        if (Accreditation.actsForProvider(user)) {
            return accreditation.ofProvider(user).stream().filter(s -> status == null
                    || s.standing().status() == status).map(s -> StandingView.of(s, false, ownName)).toList();
        }
        return accreditation.ofCouncil(user, status).stream().map(s -> StandingView.of(s, true, ownName)).toList();
    }

    @GetMapping("/standings/{providerId}")
    @PreAuthorize("hasAnyRole('COMMISSIONER', 'ADMINISTRATOR', 'AUDITOR')")
    @Operation(summary = "One provider's standing with the caller's council and its history, newest first; 404 "
            + "for a provider the council has no standing with")
    StandingWithHistory standing(@AuthenticationPrincipal CylchUser user, @PathVariable UUID providerId) {
        var standing = accreditation.withProvider(user, providerId);
        return new StandingWithHistory(StandingView.of(standing, true, user.organisation().organisationName()),
                accreditation.history(user, providerId).stream().map(h -> ChangeView.of(h.change())).toList());
    }

    @PostMapping("/standings/{providerId}/changes")
    @PreAuthorize("hasRole('COMMISSIONER')")
    @Operation(summary = "A commissioner changes a provider's standing: ACCREDITED or RENEWED (evidence, "
            + "accreditedUntil), SUSPENDED (from, until), SUSPENSION_LIFTED or REMOVED, always with a reason. 422 with "
            + "rule market.standing.* when the change makes no sense. Send an Idempotency-Key header to retry safely.")
    ChangeView change(@AuthenticationPrincipal CylchUser user, @PathVariable UUID providerId,
                      @Valid @RequestBody ChangeBody body) {
        String reason = body.reason() == null ? "" : body.reason();
        String evidence = body.evidence() == null ? "" : body.evidence();
        return ChangeView.of(switch (body.step()) {
            case ACCREDITED -> accreditation.accredit(user, providerId, evidence, body.accreditedUntil(), reason);
            case RENEWED -> accreditation.renew(user, providerId, evidence, body.accreditedUntil(), reason);
            case SUSPENDED -> accreditation.suspend(user, providerId, reason, body.from(), body.until());
            case SUSPENSION_LIFTED -> accreditation.lift(user, providerId, reason);
            case REMOVED -> accreditation.remove(user, providerId, reason);
            case APPLIED -> throw new RuleViolationException("market.standing.step.missing");
        });
    }

    // --- Listings ----------------------------------------------------------------------------------------------

    @GetMapping("/listings")
    @PreAuthorize(LISTING_READERS)
    @Operation(summary = "The latest published listing of each of the council's providers; for a provider, its own")
    List<ListingView> listings(@AuthenticationPrincipal CylchUser user) {
        if (Accreditation.actsForProvider(user)) {
            return listings.publishedOf(user, user.organisationId()).map(ListingView::of).stream().toList();
        }
        return listings.publishedFor(user).stream().map(ListingView::of).toList();
    }

    @GetMapping("/listings/{providerId}")
    @PreAuthorize(LISTING_READERS)
    @Operation(summary = "A provider's latest published listing; 404 for a provider the council does not know, "
            + "another provider, or a listing never published")
    ListingView listing(@AuthenticationPrincipal CylchUser user, @PathVariable UUID providerId) {
        return ListingView.of(published(user, providerId));
    }

    @GetMapping("/listing/draft")
    @PreAuthorize(ListingPages.PROVIDERS)
    @Operation(summary = "The caller's provider's draft listing (changes not yet published); 404 when there is none")
    ListingView draft(@AuthenticationPrincipal CylchUser user) {
        var draft = listings.draft(user)
                .orElseThrow(() -> new RecordNotFoundException("provider-listing-draft", user.organisationId()));
        return ListingView.of(user.organisationId(), null, null, draft);
    }

    @PutMapping("/listing/draft")
    @PreAuthorize(ListingPages.PROVIDERS)
    @Operation(summary = "Replaces the caller's provider's draft listing. 422 with rule market.listing.* for "
            + "unknown services or areas, prices below zero, vacancies above capacity")
    ListingView saveDraft(@AuthenticationPrincipal CylchUser user, @Valid @RequestBody ListingBody body) {
        listings.saveDraft(user, body.content());
        return draft(user);
    }

    @PostMapping("/listing/publish")
    @PreAuthorize(ListingPages.PROVIDERS)
    @Operation(summary = "Publishes the caller's provider's draft as its listing's next version; 422 "
            + "market.listing.nothingToPublish without a draft")
    ListingView publish(@AuthenticationPrincipal CylchUser user) {
        return ListingView.of(listings.publish(user));
    }

    // --- Open Referral UK --------------------------------------------------------------------------------------

    @GetMapping("/listings/hsds")
    @PreAuthorize(LISTING_READERS)
    @Operation(summary = "Every published listing of the council's providers (a provider: its own) in the shape of "
            + OpenReferralUk.STANDARD + ": a page of services with organization, service_areas, cost_options, "
            + "languages and contacts")
    OpenReferralUk.Page openReferral(@AuthenticationPrincipal CylchUser user, HttpServletRequest request) {
        List<ProviderListing> all = Accreditation.actsForProvider(user)
                ? listings.publishedOf(user, user.organisationId()).stream().toList()
                : listings.publishedFor(user);
        return page(all, request);
    }

    @GetMapping("/listings/{providerId}/hsds")
    @PreAuthorize(LISTING_READERS)
    @Operation(summary = "One provider's published listing in the shape of " + OpenReferralUk.STANDARD)
    OpenReferralUk.Page openReferralOf(@AuthenticationPrincipal CylchUser user, @PathVariable UUID providerId,
                                       HttpServletRequest request) {
        return page(List.of(published(user, providerId)), request);
    }

    private OpenReferralUk.Page page(List<ProviderListing> all, HttpServletRequest request) {
        var providers = directory.byIds(all.stream().map(ProviderListing::provider).toList());
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        return openReferral.page(all, providers, base, LocaleContextHolder.getLocale().getLanguage());
    }

    private ProviderListing published(CylchUser user, UUID providerId) {
        return listings.publishedOf(user, providerId)
                .orElseThrow(() -> new RecordNotFoundException("provider-listing", providerId));
    }
}
