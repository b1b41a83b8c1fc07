package cymru.cylch.monitoring.web;

import cymru.cylch.monitoring.CapAction;
import cymru.cylch.monitoring.IssueEvent;
import cymru.cylch.monitoring.PerformanceIssue;
import cymru.cylch.monitoring.PerformanceIssues;
import cymru.cylch.monitoring.Sanction;
import cymru.cylch.platform.security.CylchUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Performance issues for other systems: a council's contract management or risk register reads its issues; a
 * provider's quality system reads the issues about it, with each corrective action plan's actions, the sanctions and
 * the history. The provider never sees the council's view of the relationship.
 */
@RestController
@Tag(name = "Performance issues")
class IssueApi {

    private final PerformanceIssues issues;

    IssueApi(PerformanceIssues issues) {
        this.issues = issues;
    }

    record IssueView(UUID id, UUID council, UUID provider, @Nullable UUID contract, @Nullable UUID measure,
                     String title, String description, String seriousness, String risks, boolean contractBreached,
                     @Nullable String relationship, @Nullable String providerStance,
                     @Nullable String providerResponse, String status, @Nullable String route, PlanView plan,
                     Instant raisedAt, Instant changedAt, int version) {

        static IssueView of(PerformanceIssue i) {
            return new IssueView(i.id(), i.council().value(), i.provider().value(),
                    i.contract() == null ? null : i.contract().value(), i.measure() == null ? null : i.measure().value(),
                    i.title(), i.description(), i.seriousness().name(), i.risks(), i.contractBreached(),
                    i.relationship() == null ? null : i.relationship().name(),
                    i.stance() == null ? null : i.stance().name(), i.response(), i.status().name(),
                    i.route() == null ? null : i.route().name(), new PlanView(i.plan().actions(),
                    i.plan().monitoring(), i.plan().support(), i.plan().reviewOn()), i.raisedAt(), i.changedAt(),
                    i.version());
        }
    }

    record PlanView(List<CapAction> actions, String monitoring, String support, @Nullable LocalDate reviewOn) {
    }

    record SanctionView(String kind, String reason, @Nullable String remedy, @Nullable LocalDate remedyBy,
                        @Nullable BigDecimal amount, @Nullable LocalDate from, @Nullable LocalDate until,
                        Instant imposedAt) {

        static SanctionView of(Sanction s) {
            return new SanctionView(s.kind().name(), s.reason(), s.remedy(), s.remedyBy(),
                    s.amount() == null ? null : s.amount().amount(), s.from(), s.until(), s.imposedAt());
        }
    }

    record EventView(String step, @Nullable String from, String to, @Nullable String note, boolean byProvider,
                     Instant at) {

        static EventView of(IssueEvent e) {
            return new EventView(e.step().name(), e.from() == null ? null : e.from().name(), e.to().name(), e.note(),
                    e.byProvider(), e.at());
        }
    }

    record IssueDetail(IssueView issue, List<SanctionView> sanctions, List<EventView> history) {
    }

    @GetMapping("/api/v1/performance-issues")
    @PreAuthorize(IssuePages.READERS_OR_PROVIDERS)
    @Operation(summary = "The council's performance issues (open ones unless all=true), or a provider's own")
    List<IssueView> list(@AuthenticationPrincipal CylchUser user, @RequestParam(defaultValue = "false") boolean all) {
        List<PerformanceIssue> found = issues.readsCouncilIssues(user) ? issues.ofCouncil(user, !all)
                : issues.ofProvider(user);
        return found.stream().map(IssueView::of).toList();
    }

    @GetMapping("/api/v1/performance-issues/{id}")
    @PreAuthorize(IssuePages.READERS_OR_PROVIDERS)
    @Operation(summary = "One performance issue with its plan, sanctions and history")
    IssueDetail issue(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id) {
        PerformanceIssue issue = issues.issue(user, id);
        return new IssueDetail(IssueView.of(issue), issues.sanctions(user, issue).stream().map(SanctionView::of)
                .toList(), issues.history(user, issue).stream().map(EventView::of).toList());
    }
}
