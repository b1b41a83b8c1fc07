package cymru.cylch.payments.web;

import cymru.cylch.platform.web.ApiWriteProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rate card simulator for other systems: a council's commissioners check what a card would pay before they let
 * a contract on it, and its finance systems check their own sums against Cylch's. Nothing is stored.
 */
@RestController
@PreAuthorize(RateCardApi.SIMULATORS)
@Tag(name = "Rate cards")
class RateCardApi {

    /** A council's commissioners and finance officers (a provider's or health board's are not). */
    static final String SIMULATORS = "hasAnyRole('COMMISSIONER', 'FINANCE_OFFICER')"
            + " and principal.organisation().organisationKind() == 'COUNCIL'";

    private final Simulator simulator;

    RateCardApi(Simulator simulator) {
        this.simulator = simulator;
    }

    @PostMapping("/api/v1/rate-cards/simulate")
    @ApiWriteProblems
    @ApiResponse(responseCode = "200", description = "What the card pays; nothing was stored")
    @Operation(summary = "What a rate card pays for participants' outcome histories as of a day, storing nothing: "
            + "the up-front share, each outcome line (paid, pending or refused, and why, in the language of "
            + "Accept-Language) and the totals. A card or history at fault is one 422 problem naming every fault "
            + "under errors.")
    SimulationView simulate(@Valid @RequestBody SimulationBody body, Locale locale) {
        return simulator.simulate(body, locale);
    }
}
