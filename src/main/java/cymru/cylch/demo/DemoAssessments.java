package cymru.cylch.demo;

import cymru.cylch.contracts.Contract;
import cymru.cylch.contracts.ContractId;
import cymru.cylch.contracts.ContractManagement;
import cymru.cylch.monitoring.ContractAssessment;
import cymru.cylch.monitoring.ContractAssessments;
import cymru.cylch.monitoring.KpiEvidence;
import cymru.cylch.monitoring.NewAssessment;
import cymru.cylch.monitoring.PerformanceRating;
import cymru.cylch.monitoring.RatingChoice;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.security.Role;
import cymru.cylch.platform.time.Today;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Contract performance assessments in the demo county: the night-time support call-off (whose provider's visits on
 * time fell to red) assessed over the last twelve months and published, each KPI rated as Cylch suggests (or good
 * where no period was rated), the visits with a note; and a draft for the hospital discharge call-off, not rated yet.
 */
@Component
class DemoAssessments {

    private final ContractAssessments assessments;
    private final ContractManagement contracts;
    private final Today today;

    DemoAssessments(ContractAssessments assessments, ContractManagement contracts, Today today) {
        this.assessments = assessments;
        this.contracts = contracts;
        this.today = today;
    }

    /** Loads both, after the monitoring and the performance issues. */
    void load(UUID council) {
        CylchUser commissioner = DemoPerformanceIssues.member(DemoCounty.id("user-commissioner"), council, "COUNCIL",
                Role.COMMISSIONER);
        ContractAssessment published = start(commissioner, "contract-call-off-1");
        List<RatingChoice> ratings = new ArrayList<>();
        for (KpiEvidence kpi : assessments.evidence(commissioner, published)) {
            PerformanceRating rating = kpi.suggested() == null ? PerformanceRating.GOOD : kpi.suggested();
            ratings.add(new RatingChoice(kpi.measure().id(), rating, null, "visits-on-time".equals(kpi.measure()
                    .code()) ? "Visits on time fell after four drivers left; a corrective action plan is agreed."
                    : null));
        }
        ContractAssessment rated = assessments.rate(commissioner, published.id(), published.version(), ratings);
        assessments.publish(commissioner, published.id(), rated.version());
        start(commissioner, "contract-call-off-2");
    }

    /** A draft for the call-off's supplier over the twelve months to the end of last month, or since it began. */
    private ContractAssessment start(CylchUser commissioner, String contractKey) {
        Contract contract = contracts.contract(commissioner, ContractId.of(DemoCounty.id(contractKey)));
        LocalDate end = today.date().withDayOfMonth(1).minusDays(1);
        LocalDate start = end.minusMonths(12).plusDays(1);
        if (start.isBefore(contract.terms().start())) {
            start = contract.terms().start();
        }
        return assessments.start(commissioner, new NewAssessment(contract.id(), null, start,
                end.isBefore(start) ? start : end));
    }
}
