package cymru.cylch.contracts.web;

import cymru.cylch.contracts.CallOffMethod;
import cymru.cylch.contracts.CommissioningModel;
import cymru.cylch.contracts.Contract;
import cymru.cylch.contracts.ContractTerms;
import cymru.cylch.contracts.Lot;
import cymru.cylch.contracts.Party;
import cymru.cylch.contracts.PaymentTerms;
import cymru.cylch.contracts.PaymentTerms.PaymentFrequency;
import cymru.cylch.contracts.ProcurementRoute;
import cymru.cylch.contracts.Remedy;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import cymru.cylch.platform.web.DateParts;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.MultiLineText;
import cymru.cylch.platform.web.SingleLineText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * Letting a contract, or varying one (then the reference, route and call-off fields are not shown and the reason
 * is). Amounts are kept as typed and read in {@link #terms}, so a mistyped one can be shown with its error. Lots
 * left wholly blank are ignored; the form always offers blank lots below those already made. One outcome statement
 * or requirement a line. The remedies ticked are the powers over poor performance; none ticked, none given.
 */
record ContractForm(
        @SingleLineText @Size(max = 60) @Nullable String reference,
        @Nullable ProcurementRoute route,
        @Nullable String parentId,
        @Nullable CallOffMethod callOffMethod,
        @SingleLineText @Size(max = 200) @Nullable String title,
        @MultiLineText @Size(max = 4000) @Nullable String description,
        @Nullable CommissioningModel model,
        @Nullable Integer startDay, @Nullable Integer startMonth, @Nullable Integer startYear,
        @Nullable Integer endDay, @Nullable Integer endMonth, @Nullable Integer endYear,
        @Nullable String extensionMonths,
        @Nullable String estimatedValue,
        @Nullable String maximumValue,
        List<String> suppliers,
        List<@Valid LotLine> lots,
        List<String> outcomeDomains,
        @MultiLineText @Size(max = 4000) @Nullable String outcomeStatements,
        @MultiLineText @Size(max = 4000) @Nullable String qualityRequirements,
        @Nullable String fixedElement,
        @Nullable PaymentFrequency frequency,
        @Nullable String outcomeShare,
        @MultiLineText @Size(max = 2000) @Nullable String paymentNotes,
        List<Remedy> remedies,
        @MultiLineText @Size(max = 2000) @Nullable String reason,
        @Nullable Integer expectedVersion) {

    static final int BLANK_LOTS = 2;
    /** Amounts a numeric(19,2) column holds. */
    private static final BigDecimal LIMIT = new BigDecimal("100000000000000000");

    ContractForm {
        suppliers = suppliers == null ? new ArrayList<>() : suppliers;
        lots = lots == null ? new ArrayList<>() : lots;
        outcomeDomains = outcomeDomains == null ? new ArrayList<>() : outcomeDomains;
        remedies = remedies == null ? new ArrayList<>() : remedies;
    }

    /** A lot as typed; its number is its place among the lots not left blank. */
    record LotLine(@SingleLineText @Size(max = 200) @Nullable String title, List<String> services,
                   List<String> areas) {

        LotLine {
            services = services == null ? new ArrayList<>() : services;
            areas = areas == null ? new ArrayList<>() : areas;
        }

        boolean blank() {
            return (title == null || title.isBlank()) && services.isEmpty() && areas.isEmpty();
        }

        static LotLine empty() {
            return new LotLine(null, new ArrayList<>(), new ArrayList<>());
        }
    }

    static ContractForm blank() {
        return new ContractForm(null, null, null, null, null, null, null, null, null, null, null, null, null, "0",
                null, null, null, blankLots(List.of()), null, null, null, "0.00", null, null, null, null, null, null);
    }

    /** The contract's latest terms, to vary. */
    static ContractForm of(Contract contract) {
        ContractTerms t = contract.terms();
        List<String> suppliers = t.parties().stream().filter(p -> p.role() == Party.PartyRole.SUPPLIER)
                .map(p -> p.organisation().value().toString()).toList();
        List<LotLine> lots = t.lots().stream().map(l -> new LotLine(l.title(), new ArrayList<>(l.services()),
                new ArrayList<>(l.areas()))).toList();
        BigDecimal share = t.paymentTerms().outcomeSharePercent();
        return new ContractForm(contract.reference(), contract.route(), null, contract.callOffMethod(), t.title(),
                t.description(), t.model(), t.start().getDayOfMonth(), t.start().getMonthValue(), t.start().getYear(),
                t.end().getDayOfMonth(), t.end().getMonthValue(), t.end().getYear(),
                String.valueOf(t.extensionMonths()), t.estimatedValue().toString(), t.maximumValue().toString(),
                new ArrayList<>(suppliers), blankLots(lots), new ArrayList<>(t.outcomeDomains()),
                String.join("\n", t.outcomeStatements()), String.join("\n", t.qualityRequirements()),
                t.paymentTerms().fixedElementPerYear().toString(), t.paymentTerms().frequency(),
                share == null ? null : share.toPlainString(), t.paymentTerms().notes(), new ArrayList<>(t.remedies()),
                null, contract.version());
    }

    private static List<LotLine> blankLots(List<LotLine> made) {
        List<LotLine> all = new ArrayList<>(made);
        IntStream.range(0, BLANK_LOTS).forEach(i -> all.add(LotLine.empty()));
        return all;
    }

    /**
     * The terms as typed, or empty with each unreadable field rejected on {@code errors}: dates that are not dates,
     * amounts that are not amounts, a lot with no title, a supplier that is not an id.
     */
    Optional<ContractTerms> terms(BindingResult errors) {
        Optional<LocalDate> start = new DateParts(startDay, startMonth, startYear).toDate();
        Optional<LocalDate> end = new DateParts(endDay, endMonth, endYear).toDate();
        start.ifPresentOrElse(d -> { }, () -> FormErrors.reject(errors, "startDay", "contracts.form.start.invalid"));
        end.ifPresentOrElse(d -> { }, () -> FormErrors.reject(errors, "endDay", "contracts.form.end.invalid"));
        if (title == null || title.isBlank()) {
            FormErrors.reject(errors, "title", "contract.title.blank");
        }
        if (model == null) {
            FormErrors.reject(errors, "model", "contracts.form.model.missing");
        }
        if (frequency == null) {
            FormErrors.reject(errors, "frequency", "contracts.form.frequency.missing");
        }
        Optional<Integer> extension = whole(extensionMonths, "extensionMonths", errors);
        Optional<Money> estimate = money(estimatedValue, "estimatedValue", errors);
        Optional<Money> maximum = money(maximumValue, "maximumValue", errors);
        Optional<Money> fixed = money(fixedElement, "fixedElement", errors);
        BigDecimal share = null;
        if (outcomeShare != null && !outcomeShare.isBlank()) {
            share = decimal(outcomeShare).orElse(null);
            if (share == null) {
                FormErrors.reject(errors, "outcomeShare", "contracts.form.outcomeShare.invalid");
            }
        }
        List<Lot> madeLots = new ArrayList<>();
        for (int i = 0; i < lots.size(); i++) {
            LotLine line = lots.get(i);
            if (line.blank()) {
                continue;
            }
            String lotTitle = line.title();
            if (lotTitle == null || lotTitle.isBlank()) {
                FormErrors.reject(errors, "lots[" + i + "].title", "contract.lots.title");
            } else {
                madeLots.add(new Lot(madeLots.size() + 1, lotTitle.strip(), Set.copyOf(line.services()),
                        Set.copyOf(line.areas())));
            }
        }
        List<Party> parties = new ArrayList<>();
        for (String supplier : suppliers) {
            try {
                parties.add(Party.supplier(OrganisationId.of(UUID.fromString(supplier))));
            } catch (IllegalArgumentException notAnId) {
                FormErrors.reject(errors, "suppliers", "contract.parties.unknown");
            }
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new ContractTerms(title.strip(), blankToNull(description), model, start.get(), end.get(),
                extension.orElseThrow(), estimate.orElseThrow(), maximum.orElseThrow(), madeLots, parties,
                outcomeDomains, lines(outcomeStatements), lines(qualityRequirements),
                new PaymentTerms(fixed.orElseThrow(), share, frequency, blankToNull(paymentNotes)),
                remedies.stream().filter(Objects::nonNull).toList())); // an empty value binds as null
    }

    private static List<String> lines(@Nullable String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Optional<Money> money(@Nullable String typed, String field, BindingResult errors) {
        Optional<Money> amount = decimal(typed).filter(d -> d.scale() <= 2 && d.abs().compareTo(LIMIT) < 0)
                .map(Money::of);
        if (amount.isEmpty()) {
            FormErrors.reject(errors, field, "contracts.form.money.invalid");
        }
        return amount;
    }

    private static Optional<Integer> whole(@Nullable String typed, String field, BindingResult errors) {
        Optional<Integer> number = decimal(typed).filter(d -> d.scale() <= 0 && d.abs().compareTo(BigDecimal
                .valueOf(10_000)) < 0).map(BigDecimal::intValue);
        if (number.isEmpty()) {
            FormErrors.reject(errors, field, "contracts.form.extension.invalid");
        }
        return number;
    }

    /** A plain decimal as typed, with a pound sign and thousands commas allowed; never exponent notation. */
    private static Optional<BigDecimal> decimal(@Nullable String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String plain = typed.strip().replace("£", "").replace(",", "");
        if (!plain.matches("-?\\d{1,18}(\\.\\d{1,4})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(plain));
    }
}
