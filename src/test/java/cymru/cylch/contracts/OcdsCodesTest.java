package cymru.cylch.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Cylch's routes and contract dates mapped to the closed codelists of OCDS 1.1. */
class OcdsCodesTest {

    @Test
    void routesWithoutCompetitionAreDirectAndMiniCompetitionsSelective() {
        assertThat(OcdsCodes.procurementMethod(ProcurementRoute.SPOT_PURCHASE, null)).isEqualTo("direct");
        assertThat(OcdsCodes.procurementMethod(ProcurementRoute.CALL_OFF, CallOffMethod.DIRECT_AWARD))
                .isEqualTo("direct");
        assertThat(OcdsCodes.procurementMethod(ProcurementRoute.SERVICE_LEVEL_AGREEMENT, null)).isEqualTo("direct");
        assertThat(OcdsCodes.procurementMethod(ProcurementRoute.CALL_OFF, CallOffMethod.MINI_COMPETITION))
                .isEqualTo("selective");
        assertThat(OcdsCodes.procurementMethod(ProcurementRoute.BLOCK_CONTRACT, null)).isEqualTo("open");
        assertThat(OcdsCodes.procurementMethod(ProcurementRoute.FRAMEWORK_AGREEMENT, null)).isEqualTo("open");
        assertThat(OcdsCodes.procurementMethod(ProcurementRoute.DYNAMIC_PURCHASING_SYSTEM, null)).isEqualTo("open");
        assertThat(OcdsCodes.procurementMethod(ProcurementRoute.GRANT, null)).isEqualTo("open");
    }

    @Test
    void everyRouteMapsToACodeOfTheClosedMethodCodelistAndIsNamedInWords() {
        for (ProcurementRoute route : ProcurementRoute.values()) {
            for (CallOffMethod method : CallOffMethod.values()) {
                assertThat(OcdsCodes.procurementMethod(route, method)).isIn("open", "selective", "limited", "direct");
                assertThat(OcdsCodes.procurementMethodDetails(route, method)).isNotBlank().doesNotContain("_");
            }
        }
        assertThat(OcdsCodes.procurementMethodDetails(ProcurementRoute.CALL_OFF, CallOffMethod.MINI_COMPETITION))
                .isEqualTo("Call-off by mini competition");
        assertThat(OcdsCodes.procurementMethodDetails(ProcurementRoute.DYNAMIC_PURCHASING_SYSTEM, null))
                .isEqualTo("Dynamic purchasing system");
    }

    @Test
    void aContractIsPendingBeforeItsStartActiveThroughItsLastDayAndTerminatedAfter() {
        LocalDate start = LocalDate.of(2026, 4, 1);
        LocalDate end = LocalDate.of(2029, 3, 31);

        assertThat(OcdsCodes.contractStatus(ContractStatus.on(start.minusDays(1), start, end))).isEqualTo("pending");
        assertThat(OcdsCodes.contractStatus(ContractStatus.on(start, start, end))).isEqualTo("active");
        assertThat(OcdsCodes.contractStatus(ContractStatus.on(end, start, end))).isEqualTo("active");
        assertThat(OcdsCodes.contractStatus(ContractStatus.on(end.plusDays(1), start, end))).isEqualTo("terminated");
    }

    @Test
    void onlyARunningDynamicPurchasingSystemKeepsItsTenderActive() {
        assertThat(OcdsCodes.tenderStatus(ProcurementRoute.DYNAMIC_PURCHASING_SYSTEM, ContractStatus.LIVE))
                .isEqualTo("active");
        assertThat(OcdsCodes.tenderStatus(ProcurementRoute.DYNAMIC_PURCHASING_SYSTEM, ContractStatus.NOT_STARTED))
                .isEqualTo("active");
        assertThat(OcdsCodes.tenderStatus(ProcurementRoute.DYNAMIC_PURCHASING_SYSTEM, ContractStatus.ENDED))
                .isEqualTo("complete");
        assertThat(OcdsCodes.tenderStatus(ProcurementRoute.FRAMEWORK_AGREEMENT, ContractStatus.LIVE))
                .isEqualTo("complete");
        assertThat(OcdsCodes.tenderStatus(ProcurementRoute.BLOCK_CONTRACT, ContractStatus.NOT_STARTED))
                .isEqualTo("complete");
    }
}
