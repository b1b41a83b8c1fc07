package cymru.cylch.monitoring;

import cymru.cylch.platform.rules.RuleViolationException;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.time.Today;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The developmental route: purchaser and provider agree what went wrong and why, and a corrective action plan with
 * extra monitoring and support. The commissioner starts and writes the plan and puts it to the provider, who agrees
 * or disputes it (back to the commissioner, with the reason); once agreed, either side marks actions done, the
 * commissioner reviews it on its dates, and resolves the issue when every action is done or escalates it when the
 * plan fails ({@link PerformanceIssues}).
 */
@Service
@Transactional
public class CorrectivePlans {

    private final IssueSteps steps;
    private final Today today;

    CorrectivePlans(IssueSteps steps, Today today) {
        this.steps = steps;
        this.today = today;
    }

    /** Chooses the developmental route for a raised (or escalated) issue: an empty plan to write. */
    public PerformanceIssue start(CylchUser commissioner, UUID id, int version) {
        IssueSteps.Actor actor = steps.commissioner(commissioner);
        return steps.take(actor, steps.issue(actor, id), version, IssueStep.CAP_STARTED, null, i -> i);
    }

    /**
     * Saves the plan as written; saving a plan the provider has takes it back to a draft. Actions already done keep
     * their marks where they are unchanged ({@link CorrectivePlan#keepingDoneFrom}); none is marked done here.
     */
    public PerformanceIssue save(CylchUser commissioner, UUID id, int version, CorrectivePlan plan) {
        IssueSteps.Actor actor = steps.commissioner(commissioner);
        PerformanceIssue issue = steps.issue(actor, id);
        if (plan.actions().stream().anyMatch(CapAction::done)) {
            throw new RuleViolationException("cap.action.doneInDraft");
        }
        CorrectivePlan checked = plan.checked().keepingDoneFrom(issue.plan());
        return steps.take(actor, issue, version, IssueStep.CAP_SAVED, null, i -> i.planned(checked));
    }

    /**
     * Reopens the agreed plan to change it, with the reason the provider reads: it is a draft again, its done
     * actions kept, and goes back to the provider to agree.
     */
    public PerformanceIssue vary(CylchUser commissioner, UUID id, int version, String reason) {
        IssueSteps.Actor actor = steps.commissioner(commissioner);
        return steps.take(actor, steps.issue(actor, id), version, IssueStep.CAP_VARIED, reason, i -> i);
    }

    /** Puts the plan to the provider, if it has everything; refused with every part missing otherwise. */
    public PerformanceIssue propose(CylchUser commissioner, UUID id, int version) {
        IssueSteps.Actor actor = steps.commissioner(commissioner);
        PerformanceIssue issue = steps.issue(actor, id);
        if (issue.status() == IssueStatus.CAP_DRAFT) {
            List<String> missing = issue.plan().missingForProposing(today.date());
            if (!missing.isEmpty()) {
                throw new Incomplete(missing);
            }
        }
        return steps.take(actor, issue, version, IssueStep.CAP_PROPOSED, null, i -> i);
    }

    /** The provider agrees the plan, with anything it wants to say. */
    public PerformanceIssue agree(CylchUser member, UUID id, int version, @Nullable String note) {
        IssueSteps.Actor actor = steps.provider(member);
        return steps.take(actor, steps.issue(actor, id), version, IssueStep.CAP_AGREED, note, i -> i);
    }

    /** The provider disputes the plan, with the reason: it goes back to the commissioner to change. */
    public PerformanceIssue dispute(CylchUser member, UUID id, int version, String reason) {
        IssueSteps.Actor actor = steps.provider(member);
        return steps.take(actor, steps.issue(actor, id), version, IssueStep.CAP_DISPUTED, reason, i -> i);
    }

    /** Either side marks one action of the agreed plan (numbered from 0) done today, with a note. */
    public PerformanceIssue markDone(CylchUser user, UUID id, int version, int action, @Nullable String note) {
        IssueSteps.Actor actor = steps.either(user);
        LocalDate day = today.date();
        return steps.take(actor, steps.issue(actor, id), version, IssueStep.ACTION_DONE, note,
                i -> i.planned(i.plan().withDone(action, day, note)));
    }

    /** The commissioner reviews the agreed plan: what they found, and when it is next reviewed (if it is). */
    public PerformanceIssue review(CylchUser commissioner, UUID id, int version, String findings,
                                   @Nullable LocalDate next) {
        IssueSteps.Actor actor = steps.commissioner(commissioner);
        if (next != null && next.isBefore(today.date())) {
            throw new RuleViolationException("cap.reviewOn.past", "day");
        }
        return steps.take(actor, steps.issue(actor, id), version, IssueStep.CAP_REVIEWED, findings,
                i -> i.planned(i.plan().reviewedNext(next)));
    }
}
