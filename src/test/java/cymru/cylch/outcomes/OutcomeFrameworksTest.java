package cymru.cylch.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutcomeFrameworksTest {

    private final OutcomeFrameworks frameworks = new OutcomeFrameworks();

    @Test
    void walesHasTheEightAspectsOfWellBeingAndControlOverDayToDayLife() {
        assertThat(frameworks.domainsOf(OutcomeFrameworks.WALES)).hasSize(9)
                .extracting(OutcomeDomain::english)
                .contains("Securing rights and entitlements", "Protection from abuse and neglect",
                        "Suitability of living accommodation", "Control over day-to-day life");
    }

    @Test
    void englandHasTheFourAscofDomains() {
        assertThat(frameworks.domainsOf(OutcomeFrameworks.ENGLAND)).hasSize(4)
                .extracting(OutcomeDomain::code)
                .containsExactly("quality-of-life", "delaying-need", "positive-experience", "safeguarding");
    }

    @Test
    void everyDomainIsNamedInBothLanguages() {
        assertThat(frameworks.domains()).allSatisfy(d -> {
            assertThat(d.english()).isNotBlank();
            assertThat(d.welsh()).isNotBlank().isNotEqualTo(d.english());
        });
        assertThat(frameworks.nameOf("wales-nof/health", "cy"))
                .isEqualTo("Iechyd corfforol, iechyd meddwl a llesiant emosiynol");
        assertThat(frameworks.nameOf("wales-nof/control", "cy")).isEqualTo("Rheolaeth ar fywyd pob dydd");
        assertThat(frameworks.nameOf("no/such", "en")).isEqualTo("no/such");
    }
}
