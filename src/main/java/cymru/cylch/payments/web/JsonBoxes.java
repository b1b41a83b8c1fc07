package cymru.cylch.payments.web;

import cymru.cylch.payments.InvalidRateCard;
import cymru.cylch.payments.RateCardFault;
import jakarta.validation.Validator;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A form's box of JSON (a rate card, a simulation) read as the API would read it: what is not JSON of the right shape,
 * or breaks a field's limits, and every fault of the card, each an error beside the box in the reader's language.
 */
@Component
class JsonBoxes {

    private final JsonMapper json;
    private final SpringValidatorAdapter validator;
    private final MessageSource messages;
    private final Simulator simulator;

    JsonBoxes(JsonMapper json, Validator validator, MessageSource messages, Simulator simulator) {
        this.json = json;
        this.validator = new SpringValidatorAdapter(validator);
        this.messages = messages;
        this.simulator = simulator;
    }

    /** The box as a {@code type}, or null with the errors beside {@code field}. */
    <T> @Nullable T read(String text, Class<T> type, String field, BindingResult errors, Locale locale) {
        T body;
        try {
            body = json.readValue(text, type);
        } catch (JacksonException e) {
            errors.rejectValue(field, "payments.simulator.unreadable");
            return null;
        }
        BindingResult invalid = new BeanPropertyBindingResult(body, "body");
        validator.validate(body, invalid);
        for (FieldError error : invalid.getFieldErrors()) {
            errors.rejectValue(field, "payments.simulator.field",
                    new Object[] {error.getField(), messages.getMessage(error, locale)}, null);
        }
        return errors.hasFieldErrors(field) ? null : body;
    }

    /** Every fault of the card, beside the box. */
    void reject(InvalidRateCard invalid, String field, BindingResult errors) {
        for (RateCardFault fault : invalid.faults()) {
            errors.rejectValue(field, fault.code(), simulator.written(fault.arguments()), null);
        }
    }
}
