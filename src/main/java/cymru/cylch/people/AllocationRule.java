package cymru.cylch.people;

import cymru.cylch.platform.rules.RuleViolationException;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who a person may be allocated to: an enabled care manager of the organisation that holds their record (the
 * {@code careManagers} given). Allocating to the worker they already have changes nothing.
 */
record AllocationRule(Set<UUID> careManagers) {

    AllocationRule {
        careManagers = Set.copyOf(careManagers);
    }

    /** Whether the person moves to the worker; refused with {@code person.allocation.notCareManager} otherwise. */
    boolean moves(@Nullable UUID currentWorker, UUID worker) {
        if (!careManagers.contains(worker)) {
            throw new RuleViolationException("person.allocation.notCareManager");
        }
        return !worker.equals(currentWorker);
    }
}
