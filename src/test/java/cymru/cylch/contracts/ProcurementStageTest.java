package cymru.cylch.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which stage a procurement is at, and what each stage allows. */
class ProcurementStageTest {

    private static final Instant CLOSES = Instant.parse("2026-12-10T12:00:00Z");
    private static final Instant BEFORE = CLOSES.minusSeconds(1);

    @Test
    void aDraftStaysADraftWhateverTheTime() {
        assertThat(ProcurementStage.of(ProcurementStatus.DRAFT, CLOSES, CLOSES.plusSeconds(99), false, false))
                .isEqualTo(ProcurementStage.DRAFT);
    }

    @Test
    void aPublishedProcurementIsOpenForBidsUntilItsClosingTimeAndClosedFromIt() {
        assertThat(ProcurementStage.of(ProcurementStatus.PUBLISHED, CLOSES, BEFORE, false, false))
                .isEqualTo(ProcurementStage.PUBLISHED);
        assertThat(ProcurementStage.of(ProcurementStatus.PUBLISHED, CLOSES, CLOSES, false, false))
                .isEqualTo(ProcurementStage.CLOSED);
        assertThat(ProcurementStage.PUBLISHED.openForBids()).isTrue();
        assertThat(ProcurementStage.CLOSED.openForBids()).isFalse();
    }

    @Test
    void bidsStaySealedUntilClosing() {
        assertThat(ProcurementStage.PUBLISHED.bidsOpened()).isFalse();
        assertThat(ProcurementStage.CLOSED.bidsOpened()).isTrue();
    }

    @Test
    void afterClosingEvaluationThenModerationMoveItOn() {
        assertThat(ProcurementStage.of(ProcurementStatus.PUBLISHED, CLOSES, CLOSES, true, false))
                .isEqualTo(ProcurementStage.EVALUATED);
        assertThat(ProcurementStage.of(ProcurementStatus.PUBLISHED, CLOSES, CLOSES, true, true))
                .isEqualTo(ProcurementStage.MODERATED);
        assertThat(ProcurementStage.CLOSED.scoring()).isTrue();
        assertThat(ProcurementStage.EVALUATED.scoring()).isTrue();
        assertThat(ProcurementStage.MODERATED.scoring()).isFalse();
    }

    @Test
    void anAwardIsInStandstillUntilConcluded() {
        assertThat(ProcurementStage.of(ProcurementStatus.AWARDED, CLOSES, CLOSES, true, true))
                .isEqualTo(ProcurementStage.STANDSTILL);
        assertThat(ProcurementStage.of(ProcurementStatus.CONCLUDED, CLOSES, CLOSES, true, true))
                .isEqualTo(ProcurementStage.CONCLUDED);
    }

    @Test
    void aWithdrawnAwardGoesBackToModerated() {
        // Withdrawing sets the status back to published; the moderated scores are still there.
        assertThat(ProcurementStage.of(ProcurementStatus.PUBLISHED, CLOSES, CLOSES.plusSeconds(86_400), true, true))
                .isEqualTo(ProcurementStage.MODERATED);
    }
}
