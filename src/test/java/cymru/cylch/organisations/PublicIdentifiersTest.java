package cymru.cylch.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicIdentifiersTest {

    @Test
    void identifiersAreStoredCanonically() {
        var ids = new PublicIdentifiers(" sc 123456 ", "", "ciw-0001", "7a1");

        assertThat(ids.companiesHouseNumber()).isEqualTo("SC123456");
        assertThat(ids.charityNumber()).isNull();
        assertThat(ids.careRegulatorRegistration()).isEqualTo("CIW-0001");
        assertThat(ids.odsCode()).isEqualTo("7A1");
    }

    @Test
    void companiesHouseNumbersAreEightDigitsOrTwoLettersAndSix() {
        assertThat("01234567").matches(PublicIdentifiers.COMPANIES_HOUSE_PATTERN);
        assertThat("SC123456").matches(PublicIdentifiers.COMPANIES_HOUSE_PATTERN);
        assertThat("1234567").doesNotMatch(PublicIdentifiers.COMPANIES_HOUSE_PATTERN);
        assertThat("S1234567").doesNotMatch(PublicIdentifiers.COMPANIES_HOUSE_PATTERN);
    }
}
