package cymru.cylch.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cymru.cylch.platform.rules.RuleViolationException;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who a person may be allocated to. */
class AllocationRuleTest {

    private final UUID carys = UUID.randomUUID();
    private final UUID dafydd = UUID.randomUUID();
    private final AllocationRule rule = new AllocationRule(Set.of(carys, dafydd));

    @Test
    void aPersonMovesToAnotherCareManagerOfTheOrganisation() {
        assertThat(rule.moves(carys, dafydd)).isTrue();
    }

    @Test
    void aPersonWithNoWorkerYetMovesToACareManager() {
        assertThat(rule.moves(null, carys)).isTrue();
    }

    @Test
    void allocatingToTheWorkerTheyHaveChangesNothing() {
        assertThat(rule.moves(carys, carys)).isFalse();
    }

    @Test
    void anyoneWhoIsNotAnEnabledCareManagerThereIsRefused() {
        assertThatThrownBy(() -> rule.moves(carys, UUID.randomUUID()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("person.allocation.notCareManager"));
    }
}
