package cymru.cylch.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * A whole number in a JSON body, and nothing else: by default Jackson reads {@code 5.5} as 5 and {@code "5"} as 5,
 * which would store what the page refuses ("Enter a whole number"). Use with
 * {@code @JsonDeserialize(using = WholeNumber.class)}, or {@code contentUsing} for a map's values.
 */
public final class WholeNumber extends ValueDeserializer<Integer> {

    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            return context.reportInputMismatch(Integer.class, "A whole number is needed");
        }
        return parser.getIntValue();
    }
}
