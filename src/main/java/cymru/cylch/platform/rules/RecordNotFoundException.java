package cymru.cylch.platform.rules;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The record does not exist, or exists but belongs to an organisation the user may not see: the two look the
 * same from outside, so that ids of other organisations' records reveal nothing.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String recordType, Object id) {
        super(recordType + " " + id + " not found or not visible");
    }
}
