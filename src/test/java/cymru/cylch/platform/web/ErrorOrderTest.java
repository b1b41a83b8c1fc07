package cymru.cylch.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.util.DetailedError;

/** The error summary lists a form's errors in the order of its fields on the page, once each. */
class ErrorOrderTest {

    record Line(String what, String hours) {
    }

    record Form(String reason, String name, Integer startDay, Map<String, Integer> levels, List<Line> lines,
                Boolean confirmed) {
    }

    private final ErrorOrder order = new ErrorOrder();

    @Test
    void errorsFollowTheFormsComponentsListIndexesAndTheLinesOwnComponents() {
        var found = List.of(error("confirmed"), error("lines[10].what"), error("lines[2].hours"),
                error("lines[2].what"), error("levels[home]"), error("levels[carer]"), error("startDay"),
                error("name"), error("reason"));

        var sorted = order.inPageOrder(found, new Form(null, null, null, Map.of(), List.of(), null));

        assertThat(sorted).extracting(DetailedError::getFieldName).containsExactly("reason", "name", "startDay",
                "levels[home]", "levels[carer]", "lines[2].what", "lines[2].hours", "lines[10].what", "confirmed");
    }

    @Test
    void errorsOfNoFieldComeFirstAndTwoErrorsOfOneFieldKeepTheirOrder() {
        var found = List.of(error("name", "Size"), error("reason"), error("name", "Pattern"),
                new DetailedError("changedMeanwhile", null, "Changed meanwhile"));

        var sorted = order.inPageOrder(found, new Form(null, null, null, Map.of(), List.of(), null));

        assertThat(sorted).extracting(DetailedError::getCode).containsExactly("changedMeanwhile", "NotBlank", "Size",
                "Pattern");
    }

    @Test
    void withoutTheFormTheOrderFoundIsKept() {
        var found = List.of(error("name"), error("reason"));

        assertThat(order.inPageOrder(found, null)).extracting(DetailedError::getFieldName)
                .containsExactly("name", "reason");
    }

    private static DetailedError error(String field) {
        return error(field, "NotBlank");
    }

    private static DetailedError error(String field, String code) {
        return new DetailedError(field, code, null, code + " " + field);
    }
}
