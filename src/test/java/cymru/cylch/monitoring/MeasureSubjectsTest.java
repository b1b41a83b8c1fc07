package cymru.cylch.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cymru.cylch.contracts.CareServices;
import cymru.cylch.contracts.ContractManagement;
import cymru.cylch.platform.ids.OrganisationId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A page showing many measures reads the council's contracts once, not once per measure (the overview's cost). */
class MeasureSubjectsTest {

    private final OrganisationId council = OrganisationId.of(UUID.randomUUID());
    private final ContractManagement contracts = mock(ContractManagement.class);
    private final MeasureSubjects subjects = new MeasureSubjects(contracts, mock(CareServices.class));
    private final Period november = new Period(Frequency.MONTHLY, LocalDate.of(2026, 11, 1));

    @Test
    void readsTheContractsOnceForEveryMeasureOfTheCouncil() {
        when(contracts.letBy(council)).thenReturn(List.of());
        var expected = subjects.expectedOf(council);

        assertThat(expected.in(measure(council, Attachment.PROVIDER), november)).isEmpty();
        assertThat(expected.in(measure(council, Attachment.CONTRACT), november)).isEmpty();
        assertThat(expected.in(measure(council, Attachment.COUNCIL), november)).containsExactly(Subject.COUNCIL);

        verify(contracts, times(1)).letBy(council);
    }

    @Test
    void readsNoContractsForTheCouncilsOwnMeasures() {
        assertThat(subjects.expectedOf(council).in(measure(council, Attachment.COUNCIL), november))
                .containsExactly(Subject.COUNCIL);

        verify(contracts, times(0)).letBy(council);
    }

    @Test
    void refusesAnotherCouncilsMeasure() {
        var other = measure(OrganisationId.of(UUID.randomUUID()), Attachment.PROVIDER);

        assertThatThrownBy(() -> subjects.expectedOf(council).in(other, november))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Measure measure(OrganisationId council, Attachment attachment) {
        return new Measure(MeasureId.of(UUID.randomUUID()), council, null, new MeasureText("m", "m"),
                Quadrant.HOW_MUCH, MeasureFormula.of(Shape.COUNT, 0), new MeasureText("n", "n"), null,
                new MeasureText("", ""), Frequency.MONTHLY, Polarity.HIGHER_IS_BETTER, MeasureSource.RETURNED, null,
                false, attachment, null, RagBands.usual(Polarity.HIGHER_IS_BETTER), null, null, null, Instant.EPOCH,
                null, 0);
    }
}
