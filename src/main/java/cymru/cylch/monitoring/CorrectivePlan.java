package cymru.cylch.monitoring;

import cymru.cylch.platform.rules.RuleViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A corrective action plan: what the provider (and the council) will do to put things right, each action with an
 * owner and a date; the extra monitoring and the support that go with it; and when it is next reviewed.
 */
public record CorrectivePlan(List<CapAction> actions, String monitoring, String support,
                             @Nullable LocalDate reviewOn) {

    public static final int MOST_ACTIONS = 30;
    public static final CorrectivePlan EMPTY = new CorrectivePlan(List.of(), "", "", null);

    public CorrectivePlan {
        actions = List.copyOf(actions);
    }

    /** Refuses a part too long to keep; what is saved may still be incomplete. */
    CorrectivePlan checked() {
        if (monitoring.length() > CurveParts.LONGEST || support.length() > CurveParts.LONGEST) {
            throw new RuleViolationException("cap.part.tooLong");
        }
        if (actions.size() > MOST_ACTIONS) {
            throw new RuleViolationException("cap.actions.tooMany");
        }
        if (actions.stream().anyMatch(a -> a.action().length() > 500 || a.owner().length() > 200)) {
            throw new RuleViolationException("cap.part.tooLong");
        }
        return this;
    }

    /**
     * What stops the plan being put to the provider, as rule codes, all at once: at least one action, each with what,
     * who and when; and a review date no earlier than {@code today}.
     */
    public List<String> missingForProposing(LocalDate today) {
        List<String> missing = new ArrayList<>();
        if (actions.isEmpty()) {
            missing.add("cap.missing.actions");
        } else if (actions.stream().anyMatch(a -> a.action().isBlank() || a.owner().isBlank() || a.dueOn() == null)) {
            missing.add("cap.missing.actionDetail");
        }
        if (reviewOn == null) {
            missing.add("cap.missing.reviewOn");
        } else if (reviewOn.isBefore(today)) {
            missing.add("cap.reviewOn.past");
        }
        return missing;
    }

    /** Whether every action is done. */
    public boolean complete() {
        return !actions.isEmpty() && actions.stream().allMatch(CapAction::done);
    }

    /** The plan with its action {@code index} (from 0) done on the day; refused if there is none or it is done. */
    CorrectivePlan withDone(int index, LocalDate day, @Nullable String note) {
        if (index < 0 || index >= actions.size()) {
            throw new RuleViolationException("cap.action.unknown");
        }
        if (actions.get(index).done()) {
            throw new RuleViolationException("cap.action.alreadyDone");
        }
        if (note != null && note.length() > CurveParts.LONGEST) {
            throw new RuleViolationException("cap.part.tooLong");
        }
        List<CapAction> changed = new ArrayList<>(actions);
        changed.set(index, actions.get(index).doneOn(day, note));
        return new CorrectivePlan(changed, monitoring, support, reviewOn);
    }

    /**
     * This plan as rewritten, keeping the done marks of {@code before}: an action still worded as it was, with the
     * same owner, stays done when a plan is changed (a variation of an agreed plan, or a plan started again after
     * escalation), so work already done is not asked for twice.
     */
    CorrectivePlan keepingDoneFrom(CorrectivePlan before) {
        List<CapAction> kept = new ArrayList<>();
        for (CapAction action : actions) {
            kept.add(before.actions.stream().filter(CapAction::done)
                    .filter(d -> d.action().strip().equals(action.action().strip())
                            && d.owner().strip().equals(action.owner().strip()))
                    .findFirst()
                    .map(d -> new CapAction(action.action(), action.owner(), action.dueOn(), d.doneOn(), d.doneNote()))
                    .orElse(action));
        }
        return new CorrectivePlan(kept, monitoring, support, reviewOn);
    }

    /** The same plan, next reviewed on the day given. */
    CorrectivePlan reviewedNext(@Nullable LocalDate next) {
        return new CorrectivePlan(actions, monitoring, support, next);
    }
}
