package cymru.cylch.monitoring.web;

import cymru.cylch.monitoring.Frequency;
import cymru.cylch.monitoring.Measure;
import cymru.cylch.monitoring.ProviderReturn;
import cymru.cylch.monitoring.ProviderReturns;
import cymru.cylch.monitoring.ReturnChannel;
import cymru.cylch.monitoring.ReturnRow;
import cymru.cylch.monitoring.ReturnSchedule;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.web.ApiWriteProblems;
import cymru.cylch.platform.web.MultiLineText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Providers' returns for their own systems, and the council's view of them. */
@RestController
@Tag(name = "Provider returns")
class ReturnApi {

    private final ProviderReturns returns;

    ReturnApi(ProviderReturns returns) {
        this.returns = returns;
    }

    record MeasureView(String measure, String nameEn, String nameCy, String shape, boolean needsDenominator) {

        static MeasureView of(Measure m) {
            return new MeasureView(m.reference(), m.name().english(), m.name().welsh(), m.formula().shape().name(),
                    m.formula().shape().hasDenominator());
        }
    }

    record ExpectedView(UUID council, UUID provider, String frequency, LocalDate periodStart, LocalDate dueOn,
                        String status, @Nullable UUID latestReturn, @Nullable Instant sentAt,
                        List<MeasureView> measures, int chases) {

        static ExpectedView of(ProviderReturns.Expected e) {
            return new ExpectedView(e.council().value(), e.provider().value(), e.period().frequency().name(),
                    e.period().start(), ReturnSchedule.dueOn(e.period()), e.status().name(),
                    e.latest() == null ? null : e.latest().id(), e.latest() == null ? null : e.latest().submittedAt(),
                    e.measures().stream().map(MeasureView::of).toList(), e.chases().size());
        }
    }

    record RowBody(@NotNull @Size(max = 60) String measure, @NotNull BigDecimal numerator,
                   @Nullable BigDecimal denominator) {
    }

    record ReturnBody(@NotNull UUID council, @NotNull Frequency frequency, @NotNull LocalDate periodStart,
                      @NotEmpty @Size(max = 500) List<@Valid @NotNull RowBody> rows,
                      @MultiLineText @Size(max = 2000) @Nullable String reason) {
    }

    record ReturnView(UUID id, UUID council, String frequency, LocalDate periodStart, int rows,
                      @Nullable UUID replaces, boolean late, Instant sentAt) {

        static ReturnView of(ProviderReturn r) {
            return new ReturnView(r.id(), r.council().value(), r.period().frequency().name(), r.period().start(),
                    r.rows(), r.replaces(), r.late(), r.submittedAt());
        }
    }

    @GetMapping("/api/v1/returns")
    @PreAuthorize(ReturnPages.SENDERS)
    @Operation(summary = "The provider's returns to each council it supplies over the recent periods: the measures "
            + "each carries (name a measure by its code), when it is due, and whether it is DUE, OVERDUE (missing), "
            + "ON_TIME or LATE")
    List<ExpectedView> expected(@AuthenticationPrincipal CylchUser user) {
        return returns.expected(user).stream().map(ExpectedView::of).toList();
    }

    @PostMapping("/api/v1/returns")
    @PreAuthorize(ReturnPages.SENDERS)
    @ResponseStatus(HttpStatus.CREATED)
    @ApiWriteProblems
    @Operation(summary = "Send a return: one row for every measure it carries. It is checked whole and recorded whole "
            + "or not at all; a refused return is one 422 problem naming every row at fault. A period sent before "
            + "needs a reason, and its figures correct the earlier ones")
    ReturnView send(@AuthenticationPrincipal CylchUser user, @Valid @RequestBody ReturnBody body) {
        List<ReturnRow> rows = new ArrayList<>();
        for (int i = 0; i < body.rows().size(); i++) {
            RowBody row = body.rows().get(i);
            rows.add(new ReturnRow(i + 1, row.measure(), row.numerator().toPlainString(),
                    row.denominator() == null ? null : row.denominator().toPlainString()));
        }
        return ReturnView.of(returns.submit(user, new ProviderReturns.Submission(OrganisationId.of(body.council()),
                body.frequency(), body.periodStart(), rows, body.reason(), ReturnChannel.API)));
    }

    @GetMapping("/api/v1/returns/received")
    @PreAuthorize(MeasurePages.READERS)
    @Operation(summary = "The council's providers' returns over the recent periods, latest first: DUE, OVERDUE "
            + "(missing), ON_TIME or LATE, with the chases made")
    List<ExpectedView> received(@AuthenticationPrincipal CylchUser user) {
        return returns.received(user).stream().map(ExpectedView::of).toList();
    }
}
