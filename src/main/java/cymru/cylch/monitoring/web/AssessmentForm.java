package cymru.cylch.monitoring.web;

import cymru.cylch.contracts.ContractId;
import cymru.cylch.monitoring.NewAssessment;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.web.DateParts;
import cymru.cylch.platform.web.FormErrors;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * A new contract performance assessment as the commissioner starts it: the contract (from the link that opened the
 * form), the supplier where the contract has several, and the period's first and last days in GOV.UK date boxes.
 */
record AssessmentForm(@Size(max = 36) @Nullable String contract, @Size(max = 36) @Nullable String supplier,
                      @Nullable Integer startDay, @Nullable Integer startMonth, @Nullable Integer startYear,
                      @Nullable Integer endDay, @Nullable Integer endMonth, @Nullable Integer endYear) {

    static AssessmentForm of(String contract, @Nullable String supplier, LocalDate start, LocalDate end) {
        return new AssessmentForm(contract, supplier, start.getDayOfMonth(), start.getMonthValue(), start.getYear(),
                end.getDayOfMonth(), end.getMonthValue(), end.getYear());
    }

    void validate(Errors errors) {
        if (start().isEmpty()) {
            FormErrors.reject(errors, "startDay", "contractAssessment.start.invalid");
        }
        if (end().isEmpty()) {
            FormErrors.reject(errors, "endDay", "contractAssessment.end.invalid");
        }
    }

    NewAssessment assessment() {
        return new NewAssessment(ContractId.of(IssueForm.id(contract).orElseThrow()),
                IssueForm.id(supplier).map(OrganisationId::of).orElse(null), start().orElseThrow(),
                end().orElseThrow());
    }

    private Optional<LocalDate> start() {
        return new DateParts(startDay, startMonth, startYear).toDate();
    }

    private Optional<LocalDate> end() {
        return new DateParts(endDay, endMonth, endYear).toDate();
    }
}
