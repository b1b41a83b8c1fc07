package cymru.cylch.contracts.web;

import cymru.cylch.contracts.CommissioningModel;
import cymru.cylch.contracts.ContractTerms;
import cymru.cylch.contracts.Lot;
import cymru.cylch.contracts.Party;
import cymru.cylch.contracts.PaymentTerms;
import cymru.cylch.contracts.PaymentTerms.PaymentFrequency;
import cymru.cylch.contracts.Remedy;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.web.MultiLineText;
import cymru.cylch.platform.web.SingleLineText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A contract's terms as other systems send them (letting or varying): suppliers by organisation id, a consortium's
 * members each with the consortium they belong to, money in pounds to the penny, the remedies it gives over poor
 * performance. Lists default to empty: a body without remedies gives none.
 */
record ContractBody(@NotBlank @SingleLineText @Size(max = 200) String title,
                    @MultiLineText @Size(max = 4000) @Nullable String description,
                    @NotNull CommissioningModel model, @NotNull LocalDate start, @NotNull LocalDate end,
                    int extensionMonths,
                    @NotNull @Digits(integer = 17, fraction = 2) BigDecimal estimatedValue,
                    @NotNull @Digits(integer = 17, fraction = 2) BigDecimal maximumValue,
                    @Size(max = 50) @Nullable List<@Valid LotBody> lots,
                    @Size(max = 500) @Nullable List<UUID> suppliers,
                    @Size(max = 500) @Nullable List<@Valid MemberBody> consortiumMembers,
                    @Size(max = 20) @Nullable List<@SingleLineText @Size(max = 80) String> outcomeDomains,
                    @Size(max = 20) @Nullable List<@SingleLineText @Size(max = 300) String> outcomeStatements,
                    @Size(max = 30) @Nullable List<@SingleLineText @Size(max = 300) String> qualityRequirements,
                    @NotNull @Valid PaymentBody payment,
                    @Size(max = 3) @Nullable List<@NotNull Remedy> remedies) {

    record LotBody(int number, @NotBlank @SingleLineText @Size(max = 200) String title,
                   @Size(max = 50) @Nullable Set<@SingleLineText @Size(max = 60) String> services,
                   @Size(max = 100) @Nullable Set<@SingleLineText @Size(max = 60) String> areas) {
    }

    record MemberBody(@NotNull UUID member, @NotNull UUID consortium) {
    }

    record PaymentBody(@NotNull @Digits(integer = 17, fraction = 2) BigDecimal fixedElementPerYear,
                       @Digits(integer = 3, fraction = 2) @Nullable BigDecimal outcomeSharePercent,
                       @NotNull PaymentFrequency frequency, @MultiLineText @Size(max = 2000) @Nullable String notes) {
    }

    ContractTerms terms() {
        List<Party> parties = Stream.concat(
                orEmpty(suppliers).stream().map(id -> Party.supplier(OrganisationId.of(id))),
                orEmpty(consortiumMembers).stream().map(m -> Party.memberOf(OrganisationId.of(m.consortium()),
                        OrganisationId.of(m.member())))).toList();
        return new ContractTerms(title.strip(), description, model, start, end, extensionMonths,
                Money.of(estimatedValue), Money.of(maximumValue),
                orEmpty(lots).stream().map(l -> new Lot(l.number(), l.title().strip(), orEmpty(l.services()),
                        orEmpty(l.areas()))).toList(),
                parties, orEmpty(outcomeDomains), orEmpty(outcomeStatements), orEmpty(qualityRequirements),
                new PaymentTerms(Money.of(payment.fixedElementPerYear()), payment.outcomeSharePercent(),
                        payment.frequency(), payment.notes()), orEmpty(remedies));
    }

    private static <T> List<T> orEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <T> Set<T> orEmpty(@Nullable Set<T> set) {
        return set == null ? Set.of() : set;
    }
}
