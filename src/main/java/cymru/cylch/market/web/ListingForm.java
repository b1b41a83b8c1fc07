package cymru.cylch.market.web;

import cymru.cylch.market.ListingContent;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.MultiLineText;
import cymru.cylch.platform.web.SingleLineText;
import cymru.cylch.platform.web.TypedAmounts;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * A provider's listing as its users type it. Which provider it belongs to is never a field: it is the provider the
 * user acts for. Prices are kept as typed and read in {@link #validate}, so "£2x" can be shown back with its error.
 */
record ListingForm(
        @Nullable List<@Size(max = 40) String> services,
        @Nullable List<@Size(max = 40) String> areas,
        @Size(max = 20) @Nullable String pricePerHour,
        @Size(max = 20) @Nullable String pricePerWeek,
        @Size(max = 20) @Nullable String pricePerPackage,
        @Nullable Integer capacityHours,
        @Nullable Integer vacancyHours,
        @Nullable Integer welshSpeakingStaff,
        @Nullable Boolean welshActiveOffer,
        @SingleLineText @Size(max = 200) @Nullable String otherLanguages,
        @MultiLineText @Size(max = 2000) @Nullable String description,
        @SingleLineText @Email @Size(max = 200) @Nullable String contactEmail,
        @SingleLineText @Size(max = 40) @Nullable String contactPhone) {

    static ListingForm of(ListingContent c) {
        return new ListingForm(c.services(), c.areas(), plain(c.pricePerHour()), plain(c.pricePerWeek()),
                plain(c.pricePerPackage()), c.capacityHours(), c.vacancyHours(), c.welshSpeakingStaff(),
                c.welshActiveOffer(), c.otherLanguages(), c.description(), c.contactEmail(), c.contactPhone());
    }

    private static @Nullable String plain(@Nullable BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    void validate(Errors errors) {
        price(errors, pricePerHour, "pricePerHour");
        price(errors, pricePerWeek, "pricePerWeek");
        price(errors, pricePerPackage, "pricePerPackage");
        if (capacityHours == null && !errors.hasFieldErrors("capacityHours")) {
            FormErrors.reject(errors, "capacityHours", "market.listing.capacity.missing");
        }
        if (vacancyHours == null && !errors.hasFieldErrors("vacancyHours")) {
            FormErrors.reject(errors, "vacancyHours", "market.listing.vacancies.missing");
        }
    }

    private static void price(Errors errors, @Nullable String typed, String field) {
        if (typed != null && !typed.isBlank()) {
            BigDecimal amount = TypedAmounts.parse(typed);
            if (amount == null || amount.stripTrailingZeros().scale() > 2) {
                FormErrors.reject(errors, field, "market.listing.price.number");
            }
        }
    }

    /** Only after {@link #validate} found nothing wrong. */
    ListingContent content() {
        return new ListingContent(services == null ? List.of() : services, areas == null ? List.of() : areas,
                TypedAmounts.parse(pricePerHour), TypedAmounts.parse(pricePerWeek),
                TypedAmounts.parse(pricePerPackage), capacityHours == null ? 0 : capacityHours,
                vacancyHours == null ? 0 : vacancyHours, welshSpeakingStaff == null ? 0 : welshSpeakingStaff,
                Boolean.TRUE.equals(welshActiveOffer), blankToNull(otherLanguages), blankToNull(description),
                blankToNull(contactEmail), blankToNull(contactPhone));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
