package cymru.cylch.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostcodesTest {

    @Test
    void postcodesAreWrittenTheRoyalMailWay() {
        assertThat(Postcodes.canonical("sa311aa")).isEqualTo("SA31 1AA");
        assertThat(Postcodes.canonical(" cf10  1ns ")).isEqualTo("CF10 1NS");
        assertThat(Postcodes.canonical("LL55 4UR")).isEqualTo("LL55 4UR");
        assertThat(Postcodes.canonical("EC1A1BB")).isEqualTo("EC1A 1BB");
    }

    @Test
    void shapesThatAreNotPostcodesAreRefused() {
        assertThat(Postcodes.isValid("SA31")).isFalse();
        assertThat(Postcodes.isValid("12345")).isFalse();
        assertThat(Postcodes.isValid("SA31 1A")).isFalse();
    }
}
