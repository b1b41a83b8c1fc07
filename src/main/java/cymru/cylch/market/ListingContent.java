package cymru.cylch.market;

import cymru.cylch.platform.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * What a provider lists: the services it offers and the areas it serves (codes from {@link cymru.cylch.contracts.CareServices} and the
 * council's areas), its prices per hour, per week and per package, the hours a week it can give and how many of
 * those are free now, its Welsh-speaking staff and whether it makes the Welsh active offer, other languages its
 * staff speak, and how to reach it. Checked by {@link ListingRules}.
 */
@Embeddable
public record ListingContent(
        @JdbcTypeCode(SqlTypes.ARRAY) @Column(name = "services", columnDefinition = "text[]") List<String> services,
        @JdbcTypeCode(SqlTypes.ARRAY) @Column(name = "areas", columnDefinition = "text[]") List<String> areas,
        @Column(name = "price_per_hour") @Nullable BigDecimal pricePerHour,
        @Column(name = "price_per_week") @Nullable BigDecimal pricePerWeek,
        @Column(name = "price_per_package") @Nullable BigDecimal pricePerPackage,
        @Column(name = "capacity_hours") int capacityHours,
        @Column(name = "vacancy_hours") int vacancyHours,
        @Column(name = "welsh_speaking_staff") int welshSpeakingStaff,
        @Column(name = "welsh_active_offer") boolean welshActiveOffer,
        @Column(name = "other_languages") @Nullable String otherLanguages,
        @Column(name = "description") @Nullable String description,
        @Column(name = "contact_email") @Nullable String contactEmail,
        @Column(name = "contact_phone") @Nullable String contactPhone) {

    public ListingContent {
        services = services == null ? List.of() : List.copyOf(services);
        areas = areas == null ? List.of() : List.copyOf(areas);
    }

    /** A listing with nothing in it yet, for a provider's first draft. */
    public static ListingContent empty() {
        return new ListingContent(List.of(), List.of(), null, null, null, 0, 0, 0, false, null, null, null, null);
    }

    public @Nullable Money hourly() {
        return pricePerHour == null ? null : Money.of(pricePerHour);
    }

    public @Nullable Money weekly() {
        return pricePerWeek == null ? null : Money.of(pricePerWeek);
    }

    public @Nullable Money perPackage() {
        return pricePerPackage == null ? null : Money.of(pricePerPackage);
    }

    /** The other languages as listed, one each, without blanks ("Polish, Urdu" gives two). */
    public List<String> otherLanguageList() {
        if (otherLanguages == null || otherLanguages.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(otherLanguages.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }
}
