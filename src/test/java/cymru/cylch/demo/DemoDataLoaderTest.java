package cymru.cylch.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Demo data never reaches a real database unless someone asks for it. */
class DemoDataLoaderTest {

    @Test
    void byDefaultOnlyTheEmbeddedDatabaseGetsDemoData() {
        assertThat(DemoDataLoader.enabled("", true)).isTrue();
        assertThat(DemoDataLoader.enabled("", false)).isFalse();
    }

    @Test
    void anExternalDatabaseGetsDemoDataOnlyWhenAskedExplicitly() {
        assertThat(DemoDataLoader.enabled("true", false)).isTrue();
        assertThat(DemoDataLoader.enabled("yes", false)).isFalse();
        assertThat(DemoDataLoader.enabled("false", true)).isFalse();
    }
}
