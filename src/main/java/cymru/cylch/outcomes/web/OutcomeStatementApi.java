package cymru.cylch.outcomes.web;

import cymru.cylch.outcomes.StatementAdvice;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The outcome statement helper for other systems: any signed-in user or API token may ask. */
@RestController
@PreAuthorize("isAuthenticated()")
@Tag(name = "Outcome statements")
class OutcomeStatementApi {

    private final StatementAdvice advice;

    OutcomeStatementApi(StatementAdvice advice) {
        this.advice = advice;
    }

    /** The verdict: {@code kind} is one of outcome, output, process, input. */
    record Verdict(String kind, String reason, String suggestion) {
    }

    @PostMapping("/api/v1/outcome-statements/classify")
    @Operation(summary = "Does this read as an outcome, an output, a process or an input? Answers in the language "
            + "of Accept-Language (English or Welsh), with the reason and a suggestion.")
    Verdict classify(@Valid @RequestBody StatementCheck request, Locale locale) {
        var result = advice.advise(request.text(), locale);
        return new Verdict(result.kind().name().toLowerCase(Locale.ROOT), result.reason(), result.suggestion());
    }
}
