package cymru.cylch.platform.web;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/**
 * Forms whose typed values cannot all be converted (letters in a number or date box, a made-up choice). Spring
 * then still builds the form record, with nulls for what failed, but keeps it out of the model and leaves its
 * binding result without a target (the typed values are kept in the binding result instead). Without help the
 * page could neither reject another field nor show the form again; these two methods put that right.
 */
public final class FormErrors {

    private FormErrors() {
    }

    /**
     * Puts the form record back in the model beside its errors, after a failed conversion; call first thing in
     * a handler that may show the form again. Does nothing when conversion succeeded.
     */
    public static void keep(Model model, String name, Object form, BindingResult errors) {
        if (errors.getTarget() == null) {
            // Adding the form drops the binding result that has no target, so it is added back after.
            model.addAttribute(name, form);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, errors);
        }
    }

    /** Rejects a field with a message key, whether or not the form's values all converted. */
    public static void reject(Errors errors, String field, String messageKey) {
        if (errors instanceof BindingResult result && result.getTarget() == null) {
            result.addError(new FieldError(result.getObjectName(), field, null, false,
                    result.resolveMessageCodes(messageKey, field), null, messageKey));
        } else {
            errors.rejectValue(field, messageKey);
        }
    }
}
