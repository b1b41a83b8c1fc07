package cymru.cylch.monitoring;

import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.rules.RecordNotFoundException;
import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.time.Today;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Takes a step in a performance issue's life for whoever may: finds the issue the actor may act on (the council's
 * commissioner, or the provider's user), checks the step against the state machine ({@link IssueStep}), stores what
 * it changes only if nobody changed the issue meanwhile, and keeps the step in its history and in both
 * organisations' audit logs.
 */
@Component
class IssueSteps {

    static final String RECORD = "performance issue";

    private final IssueStore store;
    private final MonitoringStaff staff;
    private final AuditLog audit;
    private final Today today;

    IssueSteps(IssueStore store, MonitoringStaff staff, AuditLog audit, Today today) {
        this.store = store;
        this.staff = staff;
        this.audit = audit;
        this.today = today;
    }

    /** Who acts on an issue, and for which side. */
    record Actor(CylchUser user, OrganisationId organisation, IssueStep.Side side) {
    }

    /** The council's commissioner, acting on its issues. */
    Actor commissioner(CylchUser user) {
        return new Actor(user, staff.commissioner(user, "manage performance issues"), IssueStep.Side.COUNCIL);
    }

    /** The provider's user, acting on the issues about it. */
    Actor provider(CylchUser user) {
        return new Actor(user, staff.provider(user), IssueStep.Side.PROVIDER);
    }

    /** A commissioner or a provider's user, whichever the user is. */
    Actor either(CylchUser user) {
        return staff.commissions(user) ? commissioner(user) : provider(user);
    }

    /** The issue, if it is one the actor's side holds or is about; not found otherwise. */
    PerformanceIssue issue(Actor actor, UUID id) {
        return store.find(id).filter(i -> actor.side() == IssueStep.Side.COUNCIL
                        ? i.council().equals(actor.organisation()) : i.provider().equals(actor.organisation()))
                .orElseThrow(() -> {
                    audit.recordRefusal(RECORD, id);
                    return new RecordNotFoundException(RECORD, id);
                });
    }

    /**
     * Takes the step on the issue as the form or request saw it ({@code version}), applying {@code change} (which
     * may refuse) to what is stored; the status and route follow from the step.
     */
    PerformanceIssue take(Actor actor, PerformanceIssue issue, int version, IssueStep step, @Nullable String note,
                          UnaryOperator<PerformanceIssue> change) {
        if (!step.takenBy(actor.side())) {
            throw new AccessDeniedException("the other side takes the step " + step);
        }
        if (issue.version() != version) {
            throw new RuleViolationException("issue.changedMeanwhile");
        }
        IssueStatus to = step.from(issue.status(), note);
        PerformanceIssue changed = moved(change.apply(issue), to, step.route() == null ? issue.route() : step.route());
        if (!store.update(changed, version)) {
            throw new RuleViolationException("issue.changedMeanwhile");
        }
        store.addEvent(changed, step, issue.status(), note, actor.user().userId(), actor.organisation(),
                changed.changedAt());
        audit.recordInEach(List.of(issue.council().value(), issue.provider().value()), AuditAction.CHANGED, RECORD,
                issue.id(), step.name());
        PerformanceIssue stored = store.find(issue.id()).orElseThrow();
        return actor.side() == IssueStep.Side.PROVIDER ? stored.forProvider() : stored;
    }

    private PerformanceIssue moved(PerformanceIssue i, IssueStatus to, @Nullable IssueRoute route) {
        return new PerformanceIssue(i.id(), i.council(), i.provider(), i.contract(), i.measure(), i.title(),
                i.description(), i.seriousness(), i.risks(), i.contractBreached(), i.relationship(), i.stance(),
                i.response(), to, route, i.plan(), i.raisedAt(), today.now(), i.version());
    }
}
